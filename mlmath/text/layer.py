"""Sentences for layer: a fully connected layer Y = act(X·W + b), forward and backward."""

EN = {
    # headline and notes
    "layer.headline": "Fully connected layer Y = {name}(X·W + b): ({batch}×{inputs})·({inputs}×{outputs}) + "
    "({outputs}) → {batch}×{outputs}",
    "layer.headline.identity": "Fully connected layer Y = X·W + b (no activation): "
    "({batch}×{inputs})·({inputs}×{outputs}) + ({outputs}) → {batch}×{outputs}",
    "layer.note.random": "Random {names} (seed {seed}); in = {inputs} from {in_from}, out = {outputs} from {out_from}",
    "layer.note.loss": "Loss L = {value}  ({kind}, reduction {reduction})",
    "layer.source.x": "the columns of X",
    "layer.source.w": "W",
    "layer.source.b": "b",
    "layer.source.inputs": "--in",
    "layer.source.outputs": "--out",
    # tables
    "layer.title.x": "X, inputs ({shape})",
    "layer.title.w": "W, weights ({shape})",
    "layer.title.b": "b, biases ({shape})",
    "layer.title.z": "Z = X·W + b ({shape})",
    "layer.title.y": "Y = {name}(Z) ({shape})",
    "layer.title.grad_y": "∂L/∂Y ({shape})",
    "layer.title.derivative": "{name}′(Z) ({shape})",
    "layer.title.grad_z": "δ = ∂L/∂Z ({shape})",
    "layer.title.grad_w": "∂L/∂W = Xᵀ·δ ({shape})",
    "layer.title.grad_b": "∂L/∂b = Σ δ ({shape})",
    "layer.title.grad_x": "∂L/∂X = δ·Wᵀ ({shape})",
    "layer.title.bars": "Sample 1: the output y of each neuron",
    "layer.title.bars_first": "Sample 1: the outputs y of the first {shown} of {outputs} neurons",
    "layer.title.heatmap": "W, rows = inputs, columns = neurons (shade: {low} to {high})",
    "layer.title.heatmap_grad": "∂L/∂W, rows = inputs, columns = neurons (shade: {low} to {high})",
    "layer.corner.sample": "sample",
    "layer.corner.input": "in",
    "layer.label.neuron": "n{index}",
    # steps: forward
    "layer.shapes": "Shapes: X·W + b = ({batch}×{inputs})·({inputs}×{outputs}) + ({outputs}) → {batch}×{outputs}: "
    "the inner sizes {inputs} agree, the result takes the outer sizes (one row per sample, one column per "
    "neuron), and b is added to every row",
    "layer.random.both": "W and b were not given, so they are random: every entry from uniform(−1/√in, 1/√in) "
    "= uniform({low}, {high}) with in = {inputs}, seed {seed} — PyTorch nn.Linear's default distribution, "
    "drawn by NumPy (the same distribution, not torch's numbers)",
    "layer.random.weights": "W was not given, so it is random: every entry from uniform(−1/√in, 1/√in) "
    "= uniform({low}, {high}) with in = {inputs}, seed {seed} — PyTorch nn.Linear's default distribution, "
    "drawn by NumPy (the same distribution, not torch's numbers)",
    "layer.random.bias": "b was not given, so it is random: every entry from uniform(−1/√in, 1/√in) "
    "= uniform({low}, {high}) with in = {inputs}, seed {seed} — PyTorch nn.Linear's default distribution, "
    "drawn by NumPy (the same distribution, not torch's numbers)",
    "layer.random.inputs": "X was not given, so it is random: {batch}×{inputs} entries from the standard normal "
    "distribution, seed {seed}",
    "layer.neuron": "Sample {sample}, neuron {neuron}: the weighted sum of the inputs plus the bias, "
    "z{entry} = {formula} = {terms: + } = {value}",
    "layer.neuron_approx": "Sample {sample}, neuron {neuron}: the weighted sum of the inputs plus the bias, "
    "z{entry} = {formula} = {terms: + } ≈ {value}  (≈: the numbers are rounded as shown)",
    "layer.neurons_rest": "Every entry of Z is such a sum, one per sample and neuron: {count} sums of {inputs} "
    "products plus a bias, all at once as Z = X·W + b",
    "layer.activate": "Forward through the activation, entry by entry, Y = {name}(Z); for z{entry}:",
    "layer.activate.identity": "No activation (identity): Y = Z",
    "layer.storage": "W is in×out ({inputs}×{outputs}) because rows are samples (X·W, as in the notes); "
    "torch.nn.Linear({inputs}, {outputs}) stores weight = Wᵀ ({outputs}×{inputs}) and computes X·weightᵀ + bias",
    # steps: backward
    "layer.upstream.given": "Backward pass from the given ∂L/∂Y ({batch}×{outputs}): the gradient that flows back "
    "into this layer from the layers above",
    "layer.upstream.sum": "Backward pass with L = ΣY, since no loss and no ∂L/∂Y were given: ∂L/∂Y = 1 for every "
    "entry, as Y.sum().backward() in PyTorch",
    "layer.loss.mse": "Backward pass from the loss L = mse(Y, target) = {value} (reduction {reduction}); its "
    "gradient ∂L/∂Y starts the chain rule (below, ŷ is Y and y the target):",
    "layer.loss.bce": "Backward pass from the loss L = bce(Y, target) = {value} (reduction {reduction}), Y read as "
    "probabilities; its gradient ∂L/∂Y starts the chain rule (below, p is Y and y the target):",
    "layer.loss.bce_logits": "Backward pass from the loss L = bce with logits(Y, target) = {value} (reduction "
    "{reduction}), Y read as logits (σ inside the loss); its gradient ∂L/∂Y starts the chain rule "
    "(below, the logits x are Y):",
    "layer.loss.ce": "Backward pass from the loss L = cross-entropy(Y, target) = {value} (reduction {reduction}), "
    "Y read as logits (softmax inside the loss); its gradient ∂L/∂Y starts the chain rule "
    "(below, the logits z are Y):",
    "layer.loss.terms": "One term per {per}, {count} in all:",
    "layer.loss.per.entry": "entry of Y",
    "layer.loss.per.sample": "sample (row of Y)",
    "layer.delta": "Through the activation: δ = ∂L/∂Z = ∂L/∂Y ⊙ {name}′(Z), entry by entry ({batch}×{outputs}); "
    "δ{entry} = ∂L/∂y{entry}·{name}′(z{entry}) = {product} = {value}",
    "layer.delta_approx": "Through the activation: δ = ∂L/∂Z = ∂L/∂Y ⊙ {name}′(Z), entry by entry "
    "({batch}×{outputs}); δ{entry} = ∂L/∂y{entry}·{name}′(z{entry}) = {product} ≈ {value}",
    "layer.delta.identity": "No activation, so act′ = 1 and δ = ∂L/∂Z = ∂L/∂Y ({batch}×{outputs}); "
    "δ{entry} = {product} = {value}",
    "layer.delta.identity_approx": "No activation, so act′ = 1 and δ = ∂L/∂Z = ∂L/∂Y ({batch}×{outputs}); "
    "δ{entry} = {product} ≈ {value}",
    "layer.grad_w": "∂L/∂W = Xᵀ·δ: ({inputs}×{batch})·({batch}×{outputs}) → {inputs}×{outputs}, the shape of W",
    "layer.trace": "One weight through the chain rule: w₁₁ joins input 1 to neuron 1, so it reaches L only through "
    "zₛ₁ of each sample s, where ∂zₛ₁/∂w₁₁ = xₛ₁ and ∂L/∂zₛ₁ = δₛ₁; adding over the batch of {batch}, "
    "∂L/∂w₁₁ = Σₛ xₛ₁·δₛ₁ = {formula} = {terms: + } = {value}",
    "layer.trace_approx": "One weight through the chain rule: w₁₁ joins input 1 to neuron 1, so it reaches L only "
    "through zₛ₁ of each sample s, where ∂zₛ₁/∂w₁₁ = xₛ₁ and ∂L/∂zₛ₁ = δₛ₁; adding over the batch of {batch}, "
    "∂L/∂w₁₁ = Σₛ xₛ₁·δₛ₁ = {formula} = {terms: + } ≈ {value}",
    "layer.grad_b": "∂L/∂b = Σ δ over the samples (each column of δ added up): ({batch}×{outputs}) → {outputs}, "
    "the shape of b, since b is added to every row; ∂L/∂b₁ = {formula} = {terms: + } = {value}",
    "layer.grad_b_approx": "∂L/∂b = Σ δ over the samples (each column of δ added up): ({batch}×{outputs}) → "
    "{outputs}, the shape of b, since b is added to every row; ∂L/∂b₁ = {formula} = {terms: + } ≈ {value}",
    "layer.grad_x": "∂L/∂X = δ·Wᵀ: ({batch}×{outputs})·({outputs}×{inputs}) → {batch}×{inputs}, the shape of X "
    "(what flows back to the layer below); ∂L/∂x{entry} = {formula} = {terms: + } = {value}",
    "layer.grad_x_approx": "∂L/∂X = δ·Wᵀ: ({batch}×{outputs})·({outputs}×{inputs}) → {batch}×{inputs}, the shape "
    "of X (what flows back to the layer below); ∂L/∂x{entry} = {formula} = {terms: + } ≈ {value}",
}

KO = {
    # 요약과 안내
    "layer.headline": "완전 연결층 Y = {name}(X·W + b): ({batch}×{inputs})·({inputs}×{outputs}) + ({outputs}) "
    "→ {batch}×{outputs}",
    "layer.headline.identity": "완전 연결층 Y = X·W + b (활성화 함수 없음): ({batch}×{inputs})·({inputs}×{outputs}) + "
    "({outputs}) → {batch}×{outputs}",
    "layer.note.random": "무작위 {names} (시드 {seed}); 입력 수 in = {inputs} ({in_from}에서), 출력 수 out = "
    "{outputs} ({out_from}에서)",
    "layer.note.loss": "손실 L = {value}  ({kind}, reduction {reduction})",
    "layer.source.x": "X의 열 수",
    "layer.source.w": "W",
    "layer.source.b": "b",
    "layer.source.inputs": "--in",
    "layer.source.outputs": "--out",
    # 표
    "layer.title.x": "X, 입력 ({shape})",
    "layer.title.w": "W, 가중치 ({shape})",
    "layer.title.b": "b, 편향 ({shape})",
    "layer.title.z": "Z = X·W + b ({shape})",
    "layer.title.y": "Y = {name}(Z) ({shape})",
    "layer.title.grad_y": "∂L/∂Y ({shape})",
    "layer.title.derivative": "{name}′(Z) ({shape})",
    "layer.title.grad_z": "δ = ∂L/∂Z ({shape})",
    "layer.title.grad_w": "∂L/∂W = Xᵀ·δ ({shape})",
    "layer.title.grad_b": "∂L/∂b = Σ δ ({shape})",
    "layer.title.grad_x": "∂L/∂X = δ·Wᵀ ({shape})",
    "layer.title.bars": "샘플 1: 뉴런별 출력 y",
    "layer.title.bars_first": "샘플 1: 뉴런 {outputs}개 중 처음 {shown}개의 출력 y",
    "layer.title.heatmap": "W, 행 = 입력, 열 = 뉴런 (음영: {low}부터 {high}까지)",
    "layer.title.heatmap_grad": "∂L/∂W, 행 = 입력, 열 = 뉴런 (음영: {low}부터 {high}까지)",
    "layer.corner.sample": "샘플",
    "layer.corner.input": "입력",
    "layer.label.neuron": "n{index}",
    # 단계: 순전파
    "layer.shapes": "모양: X·W + b = ({batch}×{inputs})·({inputs}×{outputs}) + ({outputs}) → {batch}×{outputs}: "
    "안쪽 크기 {inputs}가 같고, 결과는 바깥쪽 크기를 가지며 (샘플마다 한 행, 뉴런마다 한 열), b는 모든 행에 "
    "더해집니다",
    "layer.random.both": "W와 b가 주어지지 않아 무작위로 정했습니다: 각 원소는 균등분포 uniform(−1/√in, 1/√in) "
    "= uniform({low}, {high}) (in = {inputs}, 시드 {seed}) — PyTorch nn.Linear의 기본 분포를 NumPy로 뽑았습니다 "
    "(분포는 같지만 torch와 같은 수는 아닙니다)",
    "layer.random.weights": "W가 주어지지 않아 무작위로 정했습니다: 각 원소는 균등분포 uniform(−1/√in, 1/√in) "
    "= uniform({low}, {high}) (in = {inputs}, 시드 {seed}) — PyTorch nn.Linear의 기본 분포를 NumPy로 뽑았습니다 "
    "(분포는 같지만 torch와 같은 수는 아닙니다)",
    "layer.random.bias": "b가 주어지지 않아 무작위로 정했습니다: 각 원소는 균등분포 uniform(−1/√in, 1/√in) "
    "= uniform({low}, {high}) (in = {inputs}, 시드 {seed}) — PyTorch nn.Linear의 기본 분포를 NumPy로 뽑았습니다 "
    "(분포는 같지만 torch와 같은 수는 아닙니다)",
    "layer.random.inputs": "X가 주어지지 않아 무작위로 정했습니다: 표준정규분포에서 뽑은 {batch}×{inputs}개의 "
    "원소, 시드 {seed}",
    "layer.neuron": "샘플 {sample}, 뉴런 {neuron}: 입력과 가중치를 곱해 모두 더하고 편향을 더합니다, "
    "z{entry} = {formula} = {terms: + } = {value}",
    "layer.neuron_approx": "샘플 {sample}, 뉴런 {neuron}: 입력과 가중치를 곱해 모두 더하고 편향을 더합니다, "
    "z{entry} = {formula} = {terms: + } ≈ {value}  (≈: 표시된 수는 반올림된 값입니다)",
    "layer.neurons_rest": "Z의 모든 원소가 이런 합입니다 (샘플과 뉴런마다 하나): 곱 {inputs}개와 편향의 합 "
    "{count}개를 Z = X·W + b로 한 번에 계산합니다",
    "layer.activate": "활성화 함수를 원소마다 적용합니다 (순전파), Y = {name}(Z); z{entry}의 경우:",
    "layer.activate.identity": "활성화 함수 없음 (항등 함수): Y = Z",
    "layer.storage": "W는 in×out ({inputs}×{outputs})입니다: 행이 샘플이므로 X·W (노트와 같은 방식); "
    "torch.nn.Linear({inputs}, {outputs})는 weight = Wᵀ ({outputs}×{inputs})를 저장하고 X·weightᵀ + bias를 "
    "계산합니다",
    # 단계: 역전파
    "layer.upstream.given": "주어진 ∂L/∂Y ({batch}×{outputs})에서 역전파를 시작합니다: 위쪽 층에서 이 층으로 "
    "거슬러 들어오는 기울기입니다",
    "layer.upstream.sum": "손실 함수도 ∂L/∂Y도 주어지지 않아 L = ΣY로 역전파합니다: 모든 원소에서 ∂L/∂Y = 1, "
    "PyTorch의 Y.sum().backward()와 같습니다",
    "layer.loss.mse": "손실 L = mse(Y, target) = {value} (reduction {reduction})에서 역전파를 시작합니다; "
    "그 기울기 ∂L/∂Y가 연쇄 법칙의 첫 단계입니다 (아래에서 ŷ는 Y, y는 정답):",
    "layer.loss.bce": "손실 L = bce(Y, target) = {value} (reduction {reduction})에서 역전파를 시작합니다, Y는 "
    "확률로 읽습니다; 그 기울기 ∂L/∂Y가 연쇄 법칙의 첫 단계입니다 (아래에서 p는 Y, y는 정답):",
    "layer.loss.bce_logits": "손실 L = 로짓 bce(Y, target) = {value} (reduction {reduction})에서 역전파를 "
    "시작합니다, Y는 로짓으로 읽습니다 (σ는 손실 안에); 그 기울기 ∂L/∂Y가 연쇄 법칙의 첫 단계입니다 "
    "(아래에서 로짓 x는 Y):",
    "layer.loss.ce": "손실 L = 교차 엔트로피(Y, target) = {value} (reduction {reduction})에서 역전파를 "
    "시작합니다, Y는 로짓으로 읽습니다 (softmax는 손실 안에); 그 기울기 ∂L/∂Y가 연쇄 법칙의 첫 단계입니다 "
    "(아래에서 로짓 z는 Y):",
    "layer.loss.terms": "{per}마다 항 하나, 모두 {count}개:",
    "layer.loss.per.entry": "Y의 원소",
    "layer.loss.per.sample": "샘플 (Y의 행)",
    "layer.delta": "활성화 함수를 거슬러: δ = ∂L/∂Z = ∂L/∂Y ⊙ {name}′(Z), 원소별 ({batch}×{outputs}); "
    "δ{entry} = ∂L/∂y{entry}·{name}′(z{entry}) = {product} = {value}",
    "layer.delta_approx": "활성화 함수를 거슬러: δ = ∂L/∂Z = ∂L/∂Y ⊙ {name}′(Z), 원소별 ({batch}×{outputs}); "
    "δ{entry} = ∂L/∂y{entry}·{name}′(z{entry}) = {product} ≈ {value}",
    "layer.delta.identity": "활성화 함수가 없으므로 act′ = 1, δ = ∂L/∂Z = ∂L/∂Y ({batch}×{outputs}); "
    "δ{entry} = {product} = {value}",
    "layer.delta.identity_approx": "활성화 함수가 없으므로 act′ = 1, δ = ∂L/∂Z = ∂L/∂Y ({batch}×{outputs}); "
    "δ{entry} = {product} ≈ {value}",
    "layer.grad_w": "∂L/∂W = Xᵀ·δ: ({inputs}×{batch})·({batch}×{outputs}) → {inputs}×{outputs}, W와 같은 모양",
    "layer.trace": "가중치 하나를 연쇄 법칙으로 따라가기: w₁₁은 입력 1과 뉴런 1을 잇고, 각 샘플 s의 zₛ₁을 "
    "통해서만 L에 닿습니다 (∂zₛ₁/∂w₁₁ = xₛ₁, ∂L/∂zₛ₁ = δₛ₁); 샘플 {batch}개에 걸쳐 더하면 "
    "∂L/∂w₁₁ = Σₛ xₛ₁·δₛ₁ = {formula} = {terms: + } = {value}",
    "layer.trace_approx": "가중치 하나를 연쇄 법칙으로 따라가기: w₁₁은 입력 1과 뉴런 1을 잇고, 각 샘플 s의 zₛ₁을 "
    "통해서만 L에 닿습니다 (∂zₛ₁/∂w₁₁ = xₛ₁, ∂L/∂zₛ₁ = δₛ₁); 샘플 {batch}개에 걸쳐 더하면 "
    "∂L/∂w₁₁ = Σₛ xₛ₁·δₛ₁ = {formula} = {terms: + } ≈ {value}",
    "layer.grad_b": "∂L/∂b = 샘플에 걸친 δ의 합 (δ의 열마다 더함): ({batch}×{outputs}) → {outputs}, b와 같은 모양 "
    "(b는 모든 행에 더해지므로); ∂L/∂b₁ = {formula} = {terms: + } = {value}",
    "layer.grad_b_approx": "∂L/∂b = 샘플에 걸친 δ의 합 (δ의 열마다 더함): ({batch}×{outputs}) → {outputs}, b와 같은 "
    "모양 (b는 모든 행에 더해지므로); ∂L/∂b₁ = {formula} = {terms: + } ≈ {value}",
    "layer.grad_x": "∂L/∂X = δ·Wᵀ: ({batch}×{outputs})·({outputs}×{inputs}) → {batch}×{inputs}, X와 같은 모양 "
    "(아래쪽 층으로 거슬러 전해지는 기울기); ∂L/∂x{entry} = {formula} = {terms: + } = {value}",
    "layer.grad_x_approx": "∂L/∂X = δ·Wᵀ: ({batch}×{outputs})·({outputs}×{inputs}) → {batch}×{inputs}, X와 같은 "
    "모양 (아래쪽 층으로 거슬러 전해지는 기울기); ∂L/∂x{entry} = {formula} = {terms: + } ≈ {value}",
}

# Help in Korean (see mlmath.cli.helptext).
HELP_KO = {
    "layer": """완전 연결층 Y = act(X·W + b): 크기 규칙, 뉴런 하나의 합, 역전파의 기울기.

행은 샘플입니다: X는 batch×in, W는 in×out, b는 뉴런마다 편향 하나. 주지 않은 W와 b는 nn.Linear처럼
uniform(−1/√in, 1/√in)에서 무작위(--seed)로 뽑습니다; --weights는 둘 다 .npz 파일에서 읽습니다.
--backward, --grad-y 또는 --loss는 δ, ∂L/∂W = Xᵀ·δ, ∂L/∂b, ∂L/∂X = δ·Wᵀ를 더해 보여 줍니다.

[dim]예:[/]
  mlmath layer --x "1,2;3,4" --out 3 --activation relu --seed 1
  mlmath layer --x 1,2 --w "0.5,-1;0.25,1" --b 0.1,0 --backward
  mlmath layer --x "1,2;3,4" --out 3 --loss ce --target 0,2
  mlmath layer --x 0.5,-1 --w "1;2" --b 0 -a sigmoid --loss bce --target 1
""",
    "layer.x": "입력, 샘플마다 한 행: \"1,2;3,4\"는 입력이 2개인 샘플 2개입니다. "
    "\\[기본값: 표준 정규 분포의 무작위 값, --in개씩 --batch행]",
    "layer.w": "가중치, in×out (노트처럼 X·W; torch의 nn.Linear weight는 Wᵀ, out×in). "
    "\\[기본값: nn.Linear처럼 무작위]",
    "layer.b": "편향, 출력 뉴런마다 하나. \\[기본값: nn.Linear처럼 무작위]",
    "layer.weights": ".npz 파일에서 W라는 배열(in×out)과 b라는 배열을 읽습니다 (언피클하지 않습니다).",
    "layer.index": "--weights와 함께: K번째 층의 배열 WK와 bK를 읽습니다 "
    "(mlmath train --save가 쓰는 W1, b1, W2, b2 …).",
    "layer.activation": "identity (없음), relu, sigmoid, tanh, leaky-relu, gelu 또는 softplus.",
    "layer.slope": "z ≤ 0에서 leaky-relu의 기울기. \\[기본값: 0.01]",
    "layer.approximate": "gelu: 정확한 erf 꼴(none, PyTorch의 기본값) 또는 tanh 공식.",
    "layer.inputs": "샘플마다 입력 수, X를 주지 않을 때 (주면 X의 열 수).",
    "layer.outputs": "출력 뉴런 수, W와 b를 주지 않을 때 (주면 W의 열 수).",
    "layer.batch": "무작위 X의 샘플 수. \\[기본값: 1]",
    "layer.seed": "무작위 W, b, X의 시드. \\[기본값: 0]",
    "layer.backward": "역전파도 보여 줍니다: δ = ∂L/∂Z, ∂L/∂W, ∂L/∂b, ∂L/∂X "
    "(--grad-y도 --loss도 없으면 L = ΣY).",
    "layer.grad_y": "상류 기울기 ∂L/∂Y, batch×out (--backward를 함께 켭니다).",
    "layer.loss": "--target에 대한 Y의 손실로 ∂L/∂Y를 구합니다 (--backward를 함께 켭니다): mse; "
    "Y를 확률로 읽는 bce (또는 --logits); Y를 로짓으로 읽는 ce.",
    "layer.target": "손실의 정답: mse와 bce는 batch×out, ce는 샘플마다 클래스 번호 하나 (또는 확률 행).",
    "layer.logits": "bce: Y를 확률 대신 로짓으로 읽습니다 (BCEWithLogits).",
    "layer.reduction": "손실의 항들을 평균하거나 더합니다.",
}
