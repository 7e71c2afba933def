"""Sentences for regularize (the L1 and L2 penalties) and dropout."""

EN = {
    # regularize: steps ---------------------------------------------------------------------
    "regularization.l1.formula": "L1 penalty (lasso): λ·Σ|w|, the sum of the weights' sizes",
    "regularization.l1.sum": "Σ|w| = {sizes: + } = {size}",
    "regularization.l1.penalty": "Penalty λ·Σ|w| = {lam}·{size:p} = {penalty}",
    "regularization.l2.formula": "L2 penalty (ridge): λ·Σw², the sum of the squared weights (no ½ here; "
    "--half uses ½λ·Σw²)",
    "regularization.l2.formula_half": "L2 penalty with the ½ convention: ½λ·Σw², so that its gradient is λ·w",
    "regularization.l2.sum": "Σw² = {terms:squares} = {size}",
    "regularization.l2.penalty": "Penalty λ·Σw² = {lam}·{size:p} = {penalty}",
    "regularization.l2.penalty_half": "Penalty ½λ·Σw² = ½·{lam}·{size:p} = {penalty}",
    "regularization.total": "Total loss = data loss + penalty = {loss} + {penalty:p} = {total}",
    "regularization.l1.gradient": "Gradient of the penalty λ·sign(w) = [{gradient}]  (sign(0) = 0, as in PyTorch: "
    "|w| has no slope at 0)",
    "regularization.l2.gradient": "Gradient of the penalty 2λ·w = {twice}·w = [{gradient}]",
    "regularization.l2.gradient_half": "Gradient of the penalty λ·w = {lam}·w = [{gradient}]",
    "regularization.push.l1": "L1 pushes every nonzero weight towards 0 with the same force λ = {lam}, whatever its "
    "size: the smallest, {smallest}, is pushed by {ratio} times its own size, so small weights reach exactly 0 "
    "first and the weights become sparse",
    "regularization.push.l2": "L2 pushes each weight in proportion to its size: the largest, {largest}, hardest "
    "({largest_push}), the smallest, {smallest}, barely ({smallest_push}); weights shrink towards 0 but rarely "
    "reach it",
    "regularization.push.zero": "Every weight is 0: the penalty and its gradient are 0, nothing is pushed",
    "regularization.l1.step": "One step of size η = {lr} on the penalty alone moves every weight η·λ = {shift} "
    "towards 0 and stops it at 0 (soft-thresholding): [{after}]; weights that became exactly 0: {zeroed}",
    "regularization.l2.step": "One step of size η = {lr} on the penalty alone multiplies every weight by "
    "1 − 2ηλ = {factor} (weight decay): [{after}]",
    "regularization.l2.step_half": "One step of size η = {lr} on the penalty alone multiplies every weight by "
    "1 − ηλ = {factor} (weight decay): [{after}]",
    "regularization.compare": "For comparison, {kind}",
    "regularization.weight_decay": "In PyTorch, weight_decay=λ (mlmath optimize --weight-decay) adds λ·w to the "
    "gradient: the gradient of ½λ·Σw², the L2 penalty with the ½. With Adam that term is then divided by Adam's "
    "per-weight step sizes, so large-gradient weights decay less; AdamW decouples it and shrinks w by η·λ·w "
    "directly, the same for every weight",
    # regularize: view ----------------------------------------------------------------------
    "regularization.headline.penalty": "{kind} penalty = {penalty}  (λ = {lam})",
    "regularization.headline.total": "Total loss = {loss} + {kind} penalty {penalty} = {total}  (λ = {lam})",
    "regularization.title.weights": "Weights and the penalty's gradient",
    "regularization.title.compare": "Side by side",
    "regularization.title.plot": "The push on a weight w: gradient of the penalty against w",
    "regularization.label.w": "w",
    "regularization.label.gradient": "∂penalty/∂w",
    "regularization.label.stepped": "after a step η = {lr}",
    "regularization.label.kind": "penalty",
    "regularization.label.value": "value",
    "regularization.label.total": "total loss",
    "regularization.label.gradient_of": "gradient, {kind}",
    "regularization.label.stepped_of": "step, {kind}",
    "regularization.series.l1": "L1: λ·sign(w)",
    "regularization.series.l2": "L2: 2λ·w",
    "regularization.series.l2_half": "L2: λ·w",
    "regularization.xlabel": "w",
    # dropout --------------------------------------------------------------------------------
    "regularization.dropout.draw": "Draw a random keep-mask: each entry is kept with probability 1 − p = {keep} "
    "(NumPy's generator with seed {seed}; PyTorch's generator would draw a different mask): [{mask}], {kept} of "
    "{count} kept (on average {expected})",
    "regularization.dropout.given_mask": "The mask is given (1 keep, 0 drop): [{mask}], {kept} of {count} kept",
    "regularization.dropout.scale": "Inverted dropout, as PyTorch: the kept entries are multiplied by "
    "1/(1 − p) = 1/{keep} = {scale}, the dropped ones are 0",
    "regularization.dropout.apply": "y = x·mask/(1 − p) = [{y}]",
    "regularization.dropout.kept": "x{index} = {x} kept: {x:p}/{keep} = {y}",
    "regularization.dropout.dropped": "x{index} = {x} dropped: 0",
    "regularization.dropout.entries_hidden": "… {count} more entries, done the same way",
    "regularization.dropout.why": "Why scale: each entry survives with probability {keep}, so E[y] = {keep}·x/{keep} "
    "+ {p}·0 = x; the expected output equals the input, and at test time (eval mode) dropout does nothing",
    "regularization.dropout.eval": "Evaluation mode (model.eval()): dropout is the identity, y = x = [{values}] "
    "(p = {p} only matters in training, where the scaling already kept the expected output equal to x)",
    "regularization.dropout.headline": "Dropout in training, p = {p}: {kept} of {count} entries kept, scaled by "
    "1/(1 − p) = {scale}",
    "regularization.dropout.headline_eval": "Dropout in evaluation mode: y = x (p = {p} is not applied)",
    "regularization.dropout.title.values": "x, the mask and y",
    "regularization.dropout.title.x": "x (input)",
    "regularization.dropout.title.mask": "mask (1 keep, 0 drop)",
    "regularization.dropout.title.y": "y = x·mask/(1 − p)",
    "regularization.dropout.title.y_eval": "y = x (evaluation)",
    "regularization.dropout.label.x": "x",
    "regularization.dropout.label.mask": "mask",
    "regularization.dropout.label.y": "y",
    "regularization.error.kind": "unknown penalty {name!r}",
    "regularization.error.kind.hint": "use l1 or l2",
    "regularization.error.kind.cli": "use --kind l1 or --kind l2",
    "regularization.error.compare": "nothing to compare",
    "regularization.error.compare.hint": "write e.g. --compare l1,l2",
    "regularization.error.half": "the ½ convention is for L2 only",
    "regularization.error.half.hint": "use it with --kind l2 or --compare l1,l2",
    "regularization.error.lambda": "λ must be a number ≥ 0, got {lam:g}",
    "regularization.error.lambda.hint": "e.g. 0.01",
    "regularization.error.lr": "the step size η must be positive, got {lr:g}",
    "regularization.error.lr.hint": "e.g. 0.1",
    "regularization.error.data_loss": "the data loss must be a finite number",
    "regularization.error.overflow": "the penalty is too large for 64-bit floats",
    "regularization.error.overflow.hint": "use smaller weights or a smaller λ",
    "regularization.error.p": "the drop probability p must lie in [0, 1), got {p:g}",
    "regularization.error.p.hint": "p = 1 would drop everything and 1/(1 − p) is undefined (PyTorch returns zeros)",
    "regularization.error.mask_shape": "the mask has shape {mask}, the input {input}",
    "regularization.error.mask_shape.hint": "give one 0 or 1 per entry of the input",
    "regularization.error.mask_values": "the mask must hold only 0 (drop) and 1 (keep)",
    "regularization.error.mask_values.hint": "e.g. 1,0,1,1",
    "regularization.error.seed": "the seed must be a whole number ≥ 0, got {seed}",
    "regularization.error.mask_and_seed": "a given mask is not drawn, so a seed does nothing",
    "regularization.error.mask_and_seed.hint": "give --mask or --seed, not both",
    "regularization.error.eval_mask": "evaluation mode uses no mask",
    "regularization.error.eval_mask.hint": "drop --mask, or --eval",
    "regularization.error.the_weights": "the weights",
    "regularization.error.the_input": "the input",
    "regularization.error.the_mask": "the mask",
}

KO = {
    "regularization.l1.formula": "L1 규제 (라쏘): λ·Σ|w|, 가중치 크기의 합",
    "regularization.l1.sum": "Σ|w| = {sizes: + } = {size}",
    "regularization.l1.penalty": "규제 항 λ·Σ|w| = {lam}·{size:p} = {penalty}",
    "regularization.l2.formula": "L2 규제 (릿지): λ·Σw², 가중치 제곱의 합 (여기서는 ½ 없이; --half는 ½λ·Σw²)",
    "regularization.l2.formula_half": "½을 붙인 L2 규제: ½λ·Σw², 그래서 기울기가 λ·w입니다",
    "regularization.l2.sum": "Σw² = {terms:squares} = {size}",
    "regularization.l2.penalty": "규제 항 λ·Σw² = {lam}·{size:p} = {penalty}",
    "regularization.l2.penalty_half": "규제 항 ½λ·Σw² = ½·{lam}·{size:p} = {penalty}",
    "regularization.total": "전체 손실 = 데이터 손실 + 규제 항 = {loss} + {penalty:p} = {total}",
    "regularization.l1.gradient": "규제 항의 기울기 λ·sign(w) = [{gradient}]  (PyTorch처럼 sign(0) = 0: |w|는 0에서 "
    "기울기가 없습니다)",
    "regularization.l2.gradient": "규제 항의 기울기 2λ·w = {twice}·w = [{gradient}]",
    "regularization.l2.gradient_half": "규제 항의 기울기 λ·w = {lam}·w = [{gradient}]",
    "regularization.push.l1": "L1은 0이 아닌 모든 가중치를 크기와 상관없이 같은 힘 λ = {lam}로 0 쪽으로 밉니다: 가장 "
    "작은 {smallest}는 자기 크기의 {ratio}배만큼 밀리므로, 작은 가중치부터 정확히 0이 되어 가중치가 희소해집니다",
    "regularization.push.l2": "L2는 각 가중치를 그 크기에 비례해 밉니다: 가장 큰 {largest}를 가장 세게 "
    "({largest_push}), "
    "가장 작은 {smallest}는 거의 밀지 않습니다 ({smallest_push}). 가중치는 0 쪽으로 줄어들지만 정확히 0이 되는 일은 "
    "드뭅니다",
    "regularization.push.zero": "모든 가중치가 0입니다: 규제 항과 그 기울기가 0이라 아무것도 밀리지 않습니다",
    "regularization.l1.step": "규제 항만으로 크기 η = {lr}의 한 걸음을 가면 모든 가중치가 0 쪽으로 η·λ = {shift}만큼 "
    "움직이고 0에서 멈춥니다 (소프트 임계값): [{after}]; {zeroed}개의 가중치가 정확히 0이 되었습니다",
    "regularization.l2.step": "규제 항만으로 크기 η = {lr}의 한 걸음을 가면 모든 가중치에 1 − 2ηλ = {factor}가 "
    "곱해집니다 (가중치 감쇠): [{after}]",
    "regularization.l2.step_half": "규제 항만으로 크기 η = {lr}의 한 걸음을 가면 모든 가중치에 1 − ηλ = {factor}가 "
    "곱해집니다 (가중치 감쇠): [{after}]",
    "regularization.compare": "비교: {kind}",
    "regularization.weight_decay": "PyTorch의 가중치 감쇠 weight_decay=λ (mlmath optimize --weight-decay)는 "
    "기울기에 λ·w를 "
    "더합니다: ½을 붙인 L2 규제 ½λ·Σw²의 기울기입니다. Adam에서는 이 항이 Adam의 가중치별 보폭으로 다시 나뉘어 "
    "기울기가 큰 가중치는 덜 감쇠합니다. AdamW는 이를 분리해 w를 η·λ·w만큼 직접, 모든 가중치에 똑같이 줄입니다",
    "regularization.headline.penalty": "{kind} 규제 항 = {penalty}  (λ = {lam})",
    "regularization.headline.total": "전체 손실 = {loss} + {kind} 규제 항 {penalty} = {total}  (λ = {lam})",
    "regularization.title.weights": "가중치와 규제 항의 기울기",
    "regularization.title.compare": "나란히 비교",
    "regularization.title.plot": "가중치 w가 받는 힘: w에 대한 규제 항의 기울기",
    "regularization.label.w": "w",
    "regularization.label.gradient": "∂규제/∂w",
    "regularization.label.stepped": "η = {lr} 한 걸음 후",
    "regularization.label.kind": "규제",
    "regularization.label.value": "값",
    "regularization.label.total": "전체 손실",
    "regularization.label.gradient_of": "기울기, {kind}",
    "regularization.label.stepped_of": "한 걸음, {kind}",
    "regularization.series.l1": "L1: λ·sign(w)",
    "regularization.series.l2": "L2: 2λ·w",
    "regularization.series.l2_half": "L2: λ·w",
    "regularization.xlabel": "w",
    "regularization.dropout.draw": "무작위 유지 마스크를 뽑습니다: 각 값은 확률 1 − p = {keep}로 유지됩니다 "
    "(시드 {seed}의 NumPy 생성기; PyTorch의 생성기는 다른 마스크를 뽑습니다): [{mask}], {count}개 중 {kept}개 유지 "
    "(평균 {expected}개)",
    "regularization.dropout.given_mask": "마스크가 주어졌습니다 (1 유지, 0 누락): [{mask}], {count}개 중 {kept}개 유지",
    "regularization.dropout.scale": "PyTorch처럼 역 드롭아웃: 유지된 값에 1/(1 − p) = 1/{keep} = {scale}을 곱하고, "
    "누락된 값은 0입니다",
    "regularization.dropout.apply": "y = x·mask/(1 − p) = [{y}]",
    "regularization.dropout.kept": "x{index} = {x} 유지: {x:p}/{keep} = {y}",
    "regularization.dropout.dropped": "x{index} = {x} 누락: 0",
    "regularization.dropout.entries_hidden": "… 나머지 {count}개도 같은 방법으로",
    "regularization.dropout.why": "왜 곱하나: 각 값은 확률 {keep}로 살아남으므로 E[y] = {keep}·x/{keep} + {p}·0 = x; "
    "출력의 "
    "기댓값이 입력과 같아서, 테스트 때(평가 모드) 드롭아웃은 아무것도 하지 않습니다",
    "regularization.dropout.eval": "평가 모드 (model.eval()): 드롭아웃은 항등 함수, y = x = [{values}] "
    "(p = {p}는 학습 중에만 쓰이고, 그때의 스케일링이 출력의 기댓값을 x로 맞춰 두었습니다)",
    "regularization.dropout.headline": "학습 중의 드롭아웃, p = {p}: {count}개 중 {kept}개 유지, 1/(1 − p) = {scale}배",
    "regularization.dropout.headline_eval": "평가 모드의 드롭아웃: y = x (p = {p}는 적용되지 않습니다)",
    "regularization.dropout.title.values": "x, 마스크와 y",
    "regularization.dropout.title.x": "x (입력)",
    "regularization.dropout.title.mask": "마스크 (1 유지, 0 누락)",
    "regularization.dropout.title.y": "y = x·mask/(1 − p)",
    "regularization.dropout.title.y_eval": "y = x (평가 모드)",
    "regularization.dropout.label.x": "x",
    "regularization.dropout.label.mask": "마스크",
    "regularization.dropout.label.y": "y",
    "regularization.error.kind": "알 수 없는 규제 {name!r}",
    "regularization.error.kind.hint": "l1 또는 l2를 쓰세요",
    "regularization.error.kind.cli": "--kind l1 또는 --kind l2를 쓰세요",
    "regularization.error.compare": "비교할 것이 없습니다",
    "regularization.error.compare.hint": "예: --compare l1,l2",
    "regularization.error.half": "½을 붙이는 관례는 L2에만 해당합니다",
    "regularization.error.half.hint": "--kind l2 또는 --compare l1,l2와 함께 쓰세요",
    "regularization.error.lambda": "λ는 0 이상의 수여야 하는데 {lam:g}입니다",
    "regularization.error.lambda.hint": "예: 0.01",
    "regularization.error.lr": "스텝 크기(학습률) η는 양수여야 하는데 {lr:g}입니다",
    "regularization.error.lr.hint": "예: 0.1",
    "regularization.error.data_loss": "데이터 손실은 유한한 수여야 합니다",
    "regularization.error.overflow": "규제 항이 64비트 부동소수점으로 나타내기에 너무 큽니다",
    "regularization.error.overflow.hint": "더 작은 가중치나 더 작은 λ를 쓰세요",
    "regularization.error.p": "드롭 확률 p는 [0, 1) 안에 있어야 하는데 {p:g}입니다",
    "regularization.error.p.hint": "p = 1이면 모든 값을 버리고 1/(1 − p)가 정의되지 않습니다(PyTorch는 0을 돌려줍니다)",
    "regularization.error.mask_shape": "마스크의 모양은 {mask}인데 입력은 {input}입니다",
    "regularization.error.mask_shape.hint": "입력의 원소마다 0 또는 1을 하나씩 주세요",
    "regularization.error.mask_values": "마스크에는 0(버림)과 1(남김)만 있어야 합니다",
    "regularization.error.mask_values.hint": "예: 1,0,1,1",
    "regularization.error.seed": "시드는 0 이상의 정수여야 하는데 {seed}입니다",
    "regularization.error.mask_and_seed": "마스크를 주면 무작위로 뽑지 않으므로 시드는 아무 일도 하지 않습니다",
    "regularization.error.mask_and_seed.hint": "--mask와 --seed 중 하나만 주세요",
    "regularization.error.eval_mask": "평가 모드에서는 마스크를 쓰지 않습니다",
    "regularization.error.eval_mask.hint": "--mask나 --eval 중 하나를 빼세요",
    "regularization.error.the_weights": "가중치",
    "regularization.error.the_input": "입력",
    "regularization.error.the_mask": "마스크",
}

HELP_KO = {
    "regularize": """L1/L2 규제: 규제 항, 전체 손실, 그 기울기, 그리고 어떤 가중치를 가장 세게 미는지.

L1은 모든 가중치를 같은 힘으로 0 쪽으로 밀어 작은 가중치가 정확히 0이 되고, L2는 각 가중치를 그 크기에
비례해 밉니다. --half는 L2를 ½λ·Σw²로 씁니다: torch의 weight_decay(가중치 감쇠) 뒤에 있는 규제 항입니다.

[dim]예:[/]
  mlmath regularize 0.5,-2,0,3,-0.01 --kind l1 --lambda 0.1
  mlmath regularize 0.5,-2,0,3 --lambda 0.1 --loss 0.8 --half
  mlmath regularize 0.5,-2,0.03,3 --compare l1,l2 --lambda 0.1 --lr 0.5
""",
    "regularize.weights": "가중치: 벡터 0.5,-2,0,3 또는 행렬 \"1,-2;0,4\".",
    "regularize.kind": "L1 (λ·Σ|w|) 또는 L2 (λ·Σw²).",
    "regularize.lam": "규제 세기 λ. \\[기본값: 0.01]",
    "regularize.half": "L2를 ½λ·Σw²로 (기울기 λ·w, torch의 weight_decay와 같음).",
    "regularize.loss": "데이터 손실: 그러면 결과는 전체 손실, 데이터 손실 + 규제 항입니다.",
    "regularize.lr": "규제 항만으로 크기 η의 한 걸음도 보여 줍니다.",
    "regularize.compare": "이 규제들을 나란히 보여 줍니다, 예: l1,l2.",
    "dropout": """드롭아웃: 무작위 유지 마스크, PyTorch처럼 유지된 값에 1/(1 − p)를 곱함; 평가 모드는 항등 함수.

각 값은 확률 1 − p로 유지됩니다. 마스크는 --seed를 시드로 한 NumPy 생성기에서 뽑으므로 무작위이지만
PyTorch가 뽑을 마스크와는 다릅니다. --mask로 마스크를 직접 줄 수 있습니다 (숙제용). p = 1은 받지
않습니다: 모든 값이 누락되고 1/(1 − p)가 정의되지 않습니다 (PyTorch는 0을 돌려줍니다).

[dim]예:[/]
  mlmath dropout 1,2,3,4,5,6 --p 0.5 --seed 1
  mlmath dropout 2,-4,6,8 --p 0.75 --mask 1,0,0,1
  mlmath dropout "1,2;3,4" --p 0.5 --eval
""",
    "dropout.x": "활성값: 벡터 1,2,3,4 또는 행렬 \"1,2;3,4\".",
    "dropout.p": "값을 누락시킬 확률, 0 ≤ p < 1. \\[기본값: 0.5]",
    "dropout.seed": "무작위 마스크의 시드 (NumPy 생성기). \\[기본값: 0]",
    "dropout.mask": "무작위 마스크 대신 이 마스크를 씁니다: 1 유지, 0 누락, 값마다 하나.",
    "dropout.eval_mode": "평가 모드: 드롭아웃은 항등 함수입니다.",
}
