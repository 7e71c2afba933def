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
    "layer.error.activation": "unknown activation {name!r}",
    "layer.error.activation.hint": "known: {names} (none = identity)",
    "layer.error.softmax": "softmax is not applied entry by entry, so it is not a layer activation here",
    "layer.error.softmax.hint": "take the identity activation and the ce loss: cross-entropy applies softmax to Y",
    "layer.error.loss": "unknown loss {kind!r}",
    "layer.error.loss.hint": "use mse, bce or ce",
    "layer.error.bias_vector": "{what} must be a vector (one bias per output neuron), got a {shape} matrix",
    "layer.error.bias_vector.hint": "write it as 0.1,-0.2,0.3",
    "layer.error.like_y": "{what} is {size} but Y is {batch}×{outputs}",
    "layer.error.like_y.hint": "give a {batch}×{outputs} matrix, one row per sample and one column per neuron",
    "layer.error.the_target": "the target",
    "layer.error.n.value": "{count} value",
    "layer.error.n.values": "{count} values",
    "layer.error.n.row": "{count} row",
    "layer.error.n.rows": "{count} rows",
    "layer.error.n.column": "{count} column",
    "layer.error.n.columns": "{count} columns",
    "layer.error.n.input": "{count} input",
    "layer.error.n.inputs": "{count} inputs",
    "layer.error.n.output": "{count} output",
    "layer.error.n.outputs": "{count} outputs",
    "layer.error.n.entry": "{count} entry",
    "layer.error.n.entries": "{count} entries",
    "layer.error.size.inputs": "the number of inputs must be a whole number of at least 1, got {value}",
    "layer.error.size.outputs": "the number of outputs must be a whole number of at least 1, got {value}",
    "layer.error.size.batch": "the batch size must be a whole number of at least 1, got {value}",
    "layer.error.file.folder": "a folder, not a file: {path!r}",
    "layer.error.file.missing": "no such file: {path!r}",
    "layer.error.file.not_npz": "{path!r} is not an .npz file",
    "layer.error.file.savez": "save it with numpy.savez(FILE, W=W, b=b)",
    "layer.error.file.no_array": "{path!r} has no array named {missing} (it holds {names})",
    "layer.error.file.savez_in_out": "save it with numpy.savez(FILE, W=W, b=b), W shaped in×out",
    "layer.error.file.pickle": "{path!r} holds Python objects, which mlmath never unpickles",
    "layer.error.file.pickle.hint": "save plain numeric arrays W and b",
    "layer.error.file.unreadable": "cannot read {path!r} as .npz ({error})",
    "layer.error.file.dtype": "{name} in {path!r} holds {dtype} values, not numbers",
    "layer.error.file.empty": "{name} in {path!r} is empty",
    "layer.error.file.nan": "{name} in {path!r} holds nan or inf",
    "layer.error.file.ndim": "{name} in {path!r} has {ndim} dimensions",
    "layer.error.file.ndim.hint": "W is a matrix in×out, b a vector",
    "layer.error.slope_only": "a slope applies only to leaky-relu",
    "layer.error.approximate_only": "an approximation applies only to gelu",
    "layer.error.slope_finite": "the slope must be a finite number",
    "layer.error.slope_finite.hint": "e.g. 0.1",
    "layer.error.approximate": "unknown approximation {approximate!r}",
    "layer.error.approximate.hint": "none or tanh",
    "layer.error.grad_and_loss": "give either an upstream gradient ∂L/∂Y or a loss, not both",
    "layer.error.target_without_loss": "a target needs a loss to compare Y with",
    "layer.error.no_target": "the {kind} loss needs a target",
    "layer.error.no_target.hint": "class indices for ce (one per sample), a batch×out matrix for mse and bce",
    "layer.error.logits": "reading Y as logits applies to bce only",
    "layer.error.logits_ce": "reading Y as logits applies to bce only (ce always reads Y as logits)",
    "layer.error.reduction": "unknown reduction {reduction!r}",
    "layer.error.reduction.hint": "use mean or sum",
    "layer.error.seed": "the seed must be 0 or more, got {seed}",
    "layer.error.inputs_from_x": "X has {columns} columns, so the layer has {columns} inputs, not {inputs}",
    "layer.error.inputs_from_x.hint": "leave the number of inputs out, or make it match X",
    "layer.error.batch_from_x": "X has {rows} rows (samples), not {batch}",
    "layer.error.batch_from_x.hint": "the batch size comes from X when X is given",
    "layer.error.w_rows.x": "W has {rows} but X has {columns}: in X·W the inner sizes must agree",
    "layer.error.w_rows.layer": "W has {rows} but the layer has {inputs}: in X·W the inner sizes must agree",
    "layer.error.w_rows.hint": "W must be in×out with {inputs} rows",
    "layer.error.w_rows.hint_transposed": "W must be in×out with {inputs} rows; it looks stored out×in, as torch's "
    "weight: give its transpose",
    "layer.error.outputs_from_w": "W has {columns} columns, so the layer has {columns} outputs, not {outputs}",
    "layer.error.outputs_from_w.hint": "leave the number of outputs out, or make it match W",
    "layer.error.b_size.w": "b has {entries} but W has {columns} (output neurons): b must have one bias per output "
    "neuron",
    "layer.error.b_size.layer": "b has {entries} but the layer has {outputs} (output neurons): b must have one bias "
    "per output neuron",
    "layer.error.b_size.hint": "give {outputs} biases",
    "layer.error.inputs_unknown": "the layer's number of inputs is unknown",
    "layer.error.inputs_unknown.hint": "give the inputs X (one row per sample), W, or the number of inputs",
    "layer.error.outputs_unknown": "the layer's number of output neurons is unknown",
    "layer.error.outputs_unknown.hint": "give W, b, or the number of outputs",
    "layer.error.random_size": "a random {label} would have {count:,} entries, more than {limit:,}",
    "layer.error.random_size.hint": "choose fewer inputs, outputs or samples",
    "layer.error.overflow": "{what} is too large for 64-bit floats",
    "layer.error.overflow.hint": "use smaller inputs or weights",
    "layer.error.ce_outputs": "cross-entropy needs at least two output neurons (one per class), the layer has 1",
    "layer.error.ce_outputs.hint": "give the layer one output per class",
    "layer.error.ce_target": "the target is {size} but Y has {rows} of {outputs} classes",
    "layer.error.ce_target.hint_one": "give {batch} class index (0 to {last}), or a {batch}×{outputs} matrix of "
    "probability rows",
    "layer.error.ce_target.hint": "give {batch} class indices (0 to {last}), or a {batch}×{outputs} matrix of "
    "probability rows",
    "layer.error.bce_range": "bce reads Y as probabilities, but Y = {activation}(Z) has {value:.6g}, outside [0, 1]",
    "layer.error.bce_range.hint": "take the sigmoid activation, or read Y as logits (bce with logits)",
    "layer.error.weights_twice": "give W and b either in the file or as --w and --b, not both",
    "layer.error.index": "--index picks a layer of a --weights file",
    "layer.error.index.hint": "add --weights FILE.npz",
    "layer.error.seed_whole": "the seed must be a whole number, got {seed}",
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
    "layer.error.activation": "알 수 없는 활성화 함수 {name!r}",
    "layer.error.activation.hint": "쓸 수 있는 것: {names} (none = 항등 함수)",
    "layer.error.softmax": "소프트맥스는 원소마다 따로 적용되지 않으므로 여기서는 층의 활성화 함수가 될 수 없습니다",
    "layer.error.softmax.hint": "항등 활성화 함수와 ce 손실을 쓰세요: 교차 엔트로피가 Y에 소프트맥스를 적용합니다",
    "layer.error.loss": "알 수 없는 손실 함수 {kind!r}",
    "layer.error.loss.hint": "mse, bce 또는 ce를 쓰세요",
    "layer.error.bias_vector": "{what}는 벡터여야 하는데(출력 뉴런마다 편향 하나) {shape} 행렬입니다",
    "layer.error.bias_vector.hint": "0.1,-0.2,0.3처럼 쓰세요",
    "layer.error.like_y": "{what}의 크기는 {size}인데 Y는 {batch}×{outputs}입니다",
    "layer.error.like_y.hint": "{batch}×{outputs} 행렬을 주세요: 행은 샘플마다, 열은 뉴런마다 하나씩",
    "layer.error.the_target": "정답(타깃)",
    "layer.error.n.value": "값 {count}개",
    "layer.error.n.values": "값 {count}개",
    "layer.error.n.row": "{count}행",
    "layer.error.n.rows": "{count}행",
    "layer.error.n.column": "{count}열",
    "layer.error.n.columns": "{count}열",
    "layer.error.n.input": "입력 {count}개",
    "layer.error.n.inputs": "입력 {count}개",
    "layer.error.n.output": "출력 {count}개",
    "layer.error.n.outputs": "출력 {count}개",
    "layer.error.n.entry": "원소 {count}개",
    "layer.error.n.entries": "원소 {count}개",
    "layer.error.size.inputs": "입력 수는 1 이상의 정수여야 하는데 {value}입니다",
    "layer.error.size.outputs": "출력 수는 1 이상의 정수여야 하는데 {value}입니다",
    "layer.error.size.batch": "배치 크기는 1 이상의 정수여야 하는데 {value}입니다",
    "layer.error.file.folder": "파일이 아니라 폴더입니다: {path!r}",
    "layer.error.file.missing": "그런 파일이 없습니다: {path!r}",
    "layer.error.file.not_npz": "{path!r}는 .npz 파일이 아닙니다",
    "layer.error.file.savez": "numpy.savez(FILE, W=W, b=b)로 저장하세요",
    "layer.error.file.no_array": "{path!r}에 {missing} 배열이 없습니다(들어 있는 것: {names})",
    "layer.error.file.savez_in_out": "numpy.savez(FILE, W=W, b=b)로 저장하세요, W의 모양은 in×out",
    "layer.error.file.pickle": "{path!r}에는 Python 객체가 들어 있는데, mlmath는 pickle을 절대 풀지 않습니다",
    "layer.error.file.pickle.hint": "숫자 배열 W와 b를 그대로 저장하세요",
    "layer.error.file.unreadable": "{path!r}를 .npz로 읽을 수 없습니다({error})",
    "layer.error.file.dtype": "{path!r}의 {name}에는 숫자가 아닌 {dtype} 값이 들어 있습니다",
    "layer.error.file.empty": "{path!r}의 {name}가 비어 있습니다",
    "layer.error.file.nan": "{path!r}의 {name}에 nan 또는 inf가 있습니다",
    "layer.error.file.ndim": "{path!r}의 {name}는 {ndim}차원입니다",
    "layer.error.file.ndim.hint": "W는 in×out 행렬, b는 벡터입니다",
    "layer.error.slope_only": "기울기(slope)는 leaky-relu에만 쓰입니다",
    "layer.error.approximate_only": "근사(approximate)는 gelu에만 쓰입니다",
    "layer.error.slope_finite": "기울기는 유한한 수여야 합니다",
    "layer.error.slope_finite.hint": "예: 0.1",
    "layer.error.approximate": "알 수 없는 근사 {approximate!r}",
    "layer.error.approximate.hint": "none 또는 tanh",
    "layer.error.grad_and_loss": "상류 그래디언트 ∂L/∂Y와 손실 함수 중 하나만 주세요",
    "layer.error.target_without_loss": "정답(타깃)은 Y와 비교할 손실 함수가 있어야 쓰입니다",
    "layer.error.no_target": "{kind} 손실에는 정답(타깃)이 필요합니다",
    "layer.error.no_target.hint": "ce는 샘플마다 클래스 번호 하나, mse와 bce는 batch×out 행렬",
    "layer.error.logits": "Y를 로짓으로 읽는 것은 bce에만 해당합니다",
    "layer.error.logits_ce": "Y를 로짓으로 읽는 것은 bce에만 해당합니다(ce는 언제나 Y를 로짓으로 읽습니다)",
    "layer.error.reduction": "알 수 없는 reduction {reduction!r}",
    "layer.error.reduction.hint": "mean 또는 sum을 쓰세요",
    "layer.error.seed": "시드는 0 이상이어야 하는데 {seed}입니다",
    "layer.error.inputs_from_x": "X의 열이 {columns}개이므로 층의 입력 수도 {columns}개입니다(주어진 값: {inputs})",
    "layer.error.inputs_from_x.hint": "입력 수를 빼거나 X와 맞추세요",
    "layer.error.batch_from_x": "X의 행(샘플)은 {rows}개이지 {batch}개가 아닙니다",
    "layer.error.batch_from_x.hint": "X를 주면 배치 크기는 X에서 정해집니다",
    "layer.error.w_rows.x": "W는 {rows}인데 X는 {columns}입니다: X·W에서 안쪽 크기가 같아야 합니다",
    "layer.error.w_rows.layer": "W는 {rows}인데 층의 입력은 {inputs}입니다: X·W에서 안쪽 크기가 같아야 합니다",
    "layer.error.w_rows.hint": "W는 in×out 모양으로 {inputs}행이어야 합니다",
    "layer.error.w_rows.hint_transposed": "W는 in×out 모양으로 {inputs}행이어야 합니다; torch의 weight처럼 out×in으로 "
    "저장된 것 같으니 전치해서 주세요",
    "layer.error.outputs_from_w": "W의 열이 {columns}개이므로 층의 출력 수도 {columns}개입니다(주어진 값: {outputs})",
    "layer.error.outputs_from_w.hint": "출력 수를 빼거나 W와 맞추세요",
    "layer.error.b_size.w": "b는 {entries}인데 W는 {columns}(출력 뉴런)입니다: b는 출력 뉴런마다 편향이 하나씩 있어야 "
    "합니다",
    "layer.error.b_size.layer": "b는 {entries}인데 층의 출력은 {outputs}(출력 뉴런)입니다: b는 출력 뉴런마다 편향이 "
    "하나씩 있어야 합니다",
    "layer.error.b_size.hint": "편향 {outputs}개를 주세요",
    "layer.error.inputs_unknown": "층의 입력 수를 알 수 없습니다",
    "layer.error.inputs_unknown.hint": "입력 X(샘플마다 한 행), W 또는 입력 수를 주세요",
    "layer.error.outputs_unknown": "층의 출력 뉴런 수를 알 수 없습니다",
    "layer.error.outputs_unknown.hint": "W, b 또는 출력 수를 주세요",
    "layer.error.random_size": "무작위 {label}의 원소가 {count:,}개가 되어 상한 {limit:,}개를 넘습니다",
    "layer.error.random_size.hint": "입력, 출력 또는 샘플 수를 줄이세요",
    "layer.error.overflow": "{what}가 64비트 부동소수점으로 나타내기에 너무 큽니다",
    "layer.error.overflow.hint": "더 작은 입력이나 가중치를 쓰세요",
    "layer.error.ce_outputs": "교차 엔트로피에는 출력 뉴런이 두 개 이상(클래스마다 하나) 있어야 하는데 이 층은 "
    "하나입니다",
    "layer.error.ce_outputs.hint": "층에 클래스마다 출력을 하나씩 주세요",
    "layer.error.ce_target": "정답(타깃)의 크기는 {size}인데 Y는 {rows}, 클래스 {outputs}개입니다",
    "layer.error.ce_target.hint_one": "클래스 번호 {batch}개(0부터 {last}까지) 또는 확률 행으로 된 {batch}×{outputs} "
    "행렬을 주세요",
    "layer.error.ce_target.hint": "클래스 번호 {batch}개(0부터 {last}까지) 또는 확률 행으로 된 {batch}×{outputs} "
    "행렬을 주세요",
    "layer.error.bce_range": "bce는 Y를 확률로 읽는데 Y = {activation}(Z)에 [0, 1] 밖의 값이 있습니다: {value:.6g}",
    "layer.error.bce_range.hint": "sigmoid 활성화 함수를 쓰거나 Y를 로짓으로 읽으세요(bce with logits)",
    "layer.error.weights_twice": "W와 b는 파일로 주거나 --w와 --b로 주세요, 둘 다는 안 됩니다",
    "layer.error.index": "--index는 --weights 파일의 층 하나를 고릅니다",
    "layer.error.index.hint": "--weights FILE.npz를 더하세요",
    "layer.error.seed_whole": "시드는 정수여야 하는데 {seed}입니다",
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
