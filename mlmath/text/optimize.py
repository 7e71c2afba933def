"""Sentences for optimize: the function, each optimizer's rule, the quantities of a step, how a run ends."""

EN = {
    # the function
    "optimize.function.builtin": "f({variables}) = {formula}  ({name})",
    "optimize.function.expression": "f({variables}) = {formula}",
    "optimize.partial": "∂f/∂{var} = {formula}",
    "optimize.partial_each": "∂f/∂xᵢ = {formula}",
    "optimize.start": "Start at θ₀ = ({point}): f(θ₀) = {value}",
    # the rules (g = ∇f at the current point)
    "optimize.rule.sgd": "SGD: θ ← θ − lr·g, as {torch}",
    "optimize.rule.momentum": "SGD with momentum: b ← μ·b + (1 − τ)·g, starting at b = g;  θ ← θ − lr·b  "
    "(μ = momentum, τ = dampening), as {torch}",
    "optimize.rule.nesterov": "SGD with Nesterov momentum: b ← μ·b + g, starting at b = g;  θ ← θ − lr·(g + μ·b)  "
    "(μ = momentum), as {torch}",
    "optimize.rule.adam": "Adam: m ← β₁·m + (1 − β₁)·g;  v ← β₂·v + (1 − β₂)·g²;  m̂ = m/(1 − β₁ᵗ);  "
    "v̂ = v/(1 − β₂ᵗ);  θ ← θ − lr·m̂/(√v̂ + ε)  ((β₁, β₂) = betas), as {torch}",
    "optimize.rule.adam_amsgrad": "Adam (AMSGrad): m ← β₁·m + (1 − β₁)·g;  v ← β₂·v + (1 − β₂)·g²;  "
    "v_max ← max(v_max, v);  m̂ = m/(1 − β₁ᵗ);  v̂ = v_max/(1 − β₂ᵗ);  θ ← θ − lr·m̂/(√v̂ + ε)  "
    "((β₁, β₂) = betas), as {torch}",
    "optimize.rule.adamw": "AdamW: θ ← θ·(1 − lr·λ);  m ← β₁·m + (1 − β₁)·g;  v ← β₂·v + (1 − β₂)·g²;  "
    "m̂ = m/(1 − β₁ᵗ);  v̂ = v/(1 − β₂ᵗ);  θ ← θ − lr·m̂/(√v̂ + ε)  ((β₁, β₂) = betas, λ = weight_decay), "
    "as {torch}",
    "optimize.rule.adamw_amsgrad": "AdamW (AMSGrad): θ ← θ·(1 − lr·λ);  m ← β₁·m + (1 − β₁)·g;  "
    "v ← β₂·v + (1 − β₂)·g²;  v_max ← max(v_max, v);  m̂ = m/(1 − β₁ᵗ);  v̂ = v_max/(1 − β₂ᵗ);  "
    "θ ← θ − lr·m̂/(√v̂ + ε)  ((β₁, β₂) = betas, λ = weight_decay), as {torch}",
    "optimize.rule.adagrad": "Adagrad: G ← G + g²;  θ ← θ − lr·g/(√G + ε): a coordinate's stride shrinks as its "
    "squared gradients pile up, as {torch}",
    "optimize.rule.adagrad_decay": "Adagrad: G ← G + g²;  lrₜ = lr/(1 + (t − 1)·lr_decay);  "
    "θ ← θ − lrₜ·g/(√G + ε), as {torch}",
    "optimize.rule.rmsprop": "RMSprop: v ← α·v + (1 − α)·g²;  θ ← θ − lr·g/(√v + ε): a running average of g², "
    "so old gradients fade, as {torch}",
    "optimize.rule.rmsprop_momentum": "RMSprop with momentum: v ← α·v + (1 − α)·g²;  b ← μ·b + g/(√v + ε), "
    "starting at b = 0;  θ ← θ − lr·b  (μ = momentum), as {torch}",
    "optimize.rule.rmsprop_centered": "RMSprop, centered: v ← α·v + (1 − α)·g²;  ḡ ← α·ḡ + (1 − α)·g;  "
    "θ ← θ − lr·g/(√(v − ḡ²) + ε), as {torch}",
    "optimize.rule.rmsprop_centered_momentum": "RMSprop, centered, with momentum: v ← α·v + (1 − α)·g²;  "
    "ḡ ← α·ḡ + (1 − α)·g;  b ← μ·b + g/(√(v − ḡ²) + ε), starting at b = 0;  θ ← θ − lr·b  (μ = momentum), "
    "as {torch}",
    "optimize.rule.weight_decay": "weight decay: g ← g + λ·θ first (λ = weight_decay: an L2 penalty λ/2·|θ|² "
    "added to f)",
    "optimize.rule.decoupled": "decoupled weight decay: θ shrinks by the factor 1 − lr·λ before the Adam step, "
    "apart from the gradient (λ = weight_decay)",
    "optimize.rule.maximize": "maximize: g ← −g, so the walk climbs uphill",
    # one step's quantities
    "optimize.step": "Step {k}",
    "optimize.q.grad": "g = ∇f({at}) = ({value})",
    "optimize.q.decay": "g ← g + λ·θ = ({value})",
    "optimize.q.maximize": "g ← −g = ({value})",
    "optimize.q.maximize_decay": "g ← −g + λ·θ = ({value})",
    "optimize.q.buffer_first": "b = g = ({value})  (the momentum buffer starts at the first gradient)",
    "optimize.q.buffer": "b ← μ·b + (1 − τ)·g = ({value})",
    "optimize.q.buffer_undamped": "b ← μ·b + g = ({value})",
    "optimize.q.nesterov": "d = g + μ·b = ({value})  (look ahead along the momentum)",
    "optimize.q.delta_sgd": "Δθ = −lr·g = ({value})",
    "optimize.q.delta_momentum": "Δθ = −lr·b = ({value})",
    "optimize.q.delta_nesterov": "Δθ = −lr·d = ({value})",
    "optimize.q.adamw_decay": "θ ← θ·(1 − lr·λ) = ({value})  (decoupled weight decay on {at})",
    "optimize.q.m": "m ← β₁·m + (1 − β₁)·g = ({value})  (the average direction)",
    "optimize.q.v": "v ← β₂·v + (1 − β₂)·g² = ({value})  (the average squared size)",
    "optimize.q.v_max": "v_max ← max(v_max, v) = ({value})",
    "optimize.q.m_hat": "m̂ = m/(1 − β₁^{t}) = m/{bias} = ({value})  (bias correction: m starts at 0)",
    "optimize.q.v_hat": "v̂ = v/(1 − β₂^{t}) = v/{bias} = ({value})",
    "optimize.q.v_hat_max": "v̂ = v_max/(1 − β₂^{t}) = v_max/{bias} = ({value})",
    "optimize.q.delta_adam": "Δθ = −lr·m̂/(√v̂ + ε) = ({value})",
    "optimize.q.sum": "G ← G + g² = ({value})",
    "optimize.q.clr": "lrₜ = lr/(1 + ({t} − 1)·lr_decay) = {value}",
    "optimize.q.delta_adagrad": "Δθ = −lr·g/(√G + ε) = ({value})",
    "optimize.q.delta_adagrad_decay": "Δθ = −lrₜ·g/(√G + ε) = ({value})",
    "optimize.q.square": "v ← α·v + (1 − α)·g² = ({value})",
    "optimize.q.mean": "ḡ ← α·ḡ + (1 − α)·g = ({value})",
    "optimize.q.avg": "√v + ε = ({value})",
    "optimize.q.avg_centered": "√(v − ḡ²) + ε = ({value})",
    "optimize.q.rms_buffer": "b ← μ·b + g/(√v + ε) = ({value})",
    "optimize.q.rms_buffer_centered": "b ← μ·b + g/(√(v − ḡ²) + ε) = ({value})",
    "optimize.q.delta_rmsprop": "Δθ = −lr·g/(√v + ε) = ({value})",
    "optimize.q.theta": "{name} = {previous} + Δθ = ({value})",
    "optimize.q.value": "f({name}) = {value}",
    # how the run ends
    "optimize.more": "… {count} more steps the same way",
    "optimize.more_one": "… 1 more step the same way",
    "optimize.final": "After {steps} steps: {name} = ({point}), f = {value}",
    "optimize.stopped_at": "Stopped after {steps} steps at {name} = ({point}), f = {value}",
    "optimize.distance": "Distance to the minimum ({minimum}): {distance}",
    "optimize.distance_nearest": "Distance to the nearest minimum ({minimum}): {distance}",
    "optimize.not_there": "Not there yet, and f was still falling: more --steps (now {steps}) or a larger --lr "
    "(now {lr}) would go further",
    "optimize.saddle": "This function has no minimum; its saddle point ({saddle}) is {distance} away. Near it the "
    "gradient is tiny, so plain gradient descent stalls there before it slides off",
    "optimize.stop.diverged": "Step {k}: f = {value}, up from {start} at the start — the run diverged. The stride was "
    "too long: each step overshoots the valley and lands higher on the other side. Try a smaller --lr "
    "(e.g. {suggest} instead of {lr})",
    "optimize.stop.overflow": "Step {k}: the numbers overflowed (f = {value}) — the run diverged. The stride was too "
    "long: each step overshoots the valley and lands higher on the other side. Try a smaller --lr "
    "(e.g. {suggest} instead of {lr})",
    "optimize.stop.unbounded": "Step {k}: f = {value} and still falling — f has no minimum in this direction, so "
    "the walk never ends; stopped",
    "optimize.stop.unbounded_max": "Step {k}: f = {value} and still rising — f has no maximum in this direction, so "
    "the walk never ends; stopped",
    "optimize.stop.undefined": "Step {k}: f or its gradient is not defined at ({point}) — the step jumped out of "
    "the function's domain. The stride was too long — try a smaller --lr (e.g. {suggest} instead of {lr})",
    "optimize.stop.update_undefined": "Step {k}: the {name} update itself became undefined (0/0, or the root of a "
    "number below 0 through rounding), where PyTorch would write NaN; with --eps 0 a zero gradient divides 0 by "
    "0 — give --eps a small positive value",
    # the view
    "optimize.summary": "{name} = ({point})   f = {value}   after {steps} steps of {optimizer}",
    "optimize.summary.stopped": "{name} = ({point})   f = {value}   after {steps} of {planned} steps of {optimizer}",
    "optimize.why.diverged": "Diverged at step {k}: the stride was too long — try a smaller --lr",
    "optimize.why.unbounded": "Stopped at step {k}: f has no minimum in that direction",
    "optimize.why.unbounded_max": "Stopped at step {k}: f has no maximum in that direction",
    "optimize.why.undefined": "Stopped at step {k}: the step left the function's domain — try a smaller --lr",
    "optimize.why.undefined_update": "Stopped at step {k}: the update divided 0 by 0 (a zero gradient with "
    "--eps 0) — give --eps a small "
    "positive value",
    "optimize.summary.compare": "{count} optimizers, {steps} steps each from ({start}): lowest f = {value} ({best})",
    "optimize.title.trajectory": "Trajectory (every {every} steps)",
    "optimize.title.trajectory_one": "Trajectory (every step)",
    "optimize.title.losses": "f at each step, side by side (every {every} steps)",
    "optimize.title.losses_one": "f at each step, side by side",
    "optimize.title.final": "Where each optimizer ended",
    "optimize.title.loss_plot": "Loss f(θ) by step",
    "optimize.title.loss_plot_log": "log₁₀ f(θ) by step: −3 is 0.001, −6 a millionth",
    "optimize.title.map": "Map of f({x}, {y}): S start, E end, * minimum",
    "optimize.title.map_no_minimum": "Map of f({x}, {y}): S start, E end",
    "optimize.column.step": "step",
    "optimize.column.loss": "f(θ)",
    "optimize.column.optimizer": "",
    "optimize.column.lr": "lr",
    "optimize.column.point": "ended at θ",
    "optimize.column.distance": "to minimum",
    "optimize.column.status": "ended",
    "optimize.column.steps": "steps",
    "optimize.status.done": "—",
    "optimize.status.diverged": "diverged",
    "optimize.status.unbounded": "unbounded",
    "optimize.status.undefined": "undefined",
    "optimize.status.undefined_update": "0/0",
    "optimize.axis.step": "step",
}

KO = {
    # 함수
    "optimize.function.builtin": "f({variables}) = {formula}  ({name})",
    "optimize.function.expression": "f({variables}) = {formula}",
    "optimize.partial": "∂f/∂{var} = {formula}",
    "optimize.partial_each": "∂f/∂xᵢ = {formula}",
    "optimize.start": "시작점 θ₀ = ({point}): f(θ₀) = {value}",
    # 옵티마이저별 규칙 (g = 현재 점의 ∇f)
    "optimize.rule.sgd": "SGD: θ ← θ − lr·g;  PyTorch로는 {torch}",
    "optimize.rule.momentum": "모멘텀 SGD: b ← μ·b + (1 − τ)·g, 처음에는 b = g;  θ ← θ − lr·b  "
    "(μ = momentum, τ = dampening);  PyTorch로는 {torch}",
    "optimize.rule.nesterov": "네스테로프 모멘텀 SGD: b ← μ·b + g, 처음에는 b = g;  θ ← θ − lr·(g + μ·b)  "
    "(μ = momentum);  PyTorch로는 {torch}",
    "optimize.rule.adam": "Adam: m ← β₁·m + (1 − β₁)·g;  v ← β₂·v + (1 − β₂)·g²;  m̂ = m/(1 − β₁ᵗ);  "
    "v̂ = v/(1 − β₂ᵗ);  θ ← θ − lr·m̂/(√v̂ + ε)  ((β₁, β₂) = betas);  PyTorch로는 {torch}",
    "optimize.rule.adam_amsgrad": "Adam (AMSGrad): m ← β₁·m + (1 − β₁)·g;  v ← β₂·v + (1 − β₂)·g²;  "
    "v_max ← max(v_max, v);  m̂ = m/(1 − β₁ᵗ);  v̂ = v_max/(1 − β₂ᵗ);  θ ← θ − lr·m̂/(√v̂ + ε)  "
    "((β₁, β₂) = betas);  PyTorch로는 {torch}",
    "optimize.rule.adamw": "AdamW: θ ← θ·(1 − lr·λ);  m ← β₁·m + (1 − β₁)·g;  v ← β₂·v + (1 − β₂)·g²;  "
    "m̂ = m/(1 − β₁ᵗ);  v̂ = v/(1 − β₂ᵗ);  θ ← θ − lr·m̂/(√v̂ + ε)  ((β₁, β₂) = betas, λ = weight_decay);  "
    "PyTorch로는 {torch}",
    "optimize.rule.adamw_amsgrad": "AdamW (AMSGrad): θ ← θ·(1 − lr·λ);  m ← β₁·m + (1 − β₁)·g;  "
    "v ← β₂·v + (1 − β₂)·g²;  v_max ← max(v_max, v);  m̂ = m/(1 − β₁ᵗ);  v̂ = v_max/(1 − β₂ᵗ);  "
    "θ ← θ − lr·m̂/(√v̂ + ε)  ((β₁, β₂) = betas, λ = weight_decay);  PyTorch로는 {torch}",
    "optimize.rule.adagrad": "Adagrad: G ← G + g²;  θ ← θ − lr·g/(√G + ε): 기울기 제곱이 쌓일수록 그 좌표의 "
    "보폭이 줄어듭니다;  PyTorch로는 {torch}",
    "optimize.rule.adagrad_decay": "Adagrad: G ← G + g²;  lrₜ = lr/(1 + (t − 1)·lr_decay);  "
    "θ ← θ − lrₜ·g/(√G + ε);  PyTorch로는 {torch}",
    "optimize.rule.rmsprop": "RMSprop: v ← α·v + (1 − α)·g²;  θ ← θ − lr·g/(√v + ε): v는 g²의 이동 평균이라 "
    "오래된 기울기는 점점 잊힙니다;  PyTorch로는 {torch}",
    "optimize.rule.rmsprop_momentum": "모멘텀 RMSprop: v ← α·v + (1 − α)·g²;  b ← μ·b + g/(√v + ε), "
    "처음에는 b = 0;  θ ← θ − lr·b  (μ = momentum);  PyTorch로는 {torch}",
    "optimize.rule.rmsprop_centered": "중심화 RMSprop (centered): v ← α·v + (1 − α)·g²;  ḡ ← α·ḡ + (1 − α)·g;  "
    "θ ← θ − lr·g/(√(v − ḡ²) + ε);  PyTorch로는 {torch}",
    "optimize.rule.rmsprop_centered_momentum": "중심화 모멘텀 RMSprop (centered): v ← α·v + (1 − α)·g²;  "
    "ḡ ← α·ḡ + (1 − α)·g;  b ← μ·b + g/(√(v − ḡ²) + ε), 처음에는 b = 0;  θ ← θ − lr·b  (μ = momentum);  "
    "PyTorch로는 {torch}",
    "optimize.rule.weight_decay": "가중치 감쇠: 먼저 g ← g + λ·θ (λ = weight_decay: f에 L2 벌점 항 λ/2·|θ|²을 "
    "더한 것과 같습니다)",
    "optimize.rule.decoupled": "분리된 가중치 감쇠: Adam 단계 전에 기울기와 따로 θ에 1 − lr·λ를 곱해 줄입니다 "
    "(λ = weight_decay)",
    "optimize.rule.maximize": "최대화: g ← −g, 그래서 오르막으로 올라갑니다",
    # 한 단계의 값들
    "optimize.step": "{k}단계",
    "optimize.q.grad": "g = ∇f({at}) = ({value})",
    "optimize.q.decay": "g ← g + λ·θ = ({value})",
    "optimize.q.maximize": "g ← −g = ({value})",
    "optimize.q.maximize_decay": "g ← −g + λ·θ = ({value})",
    "optimize.q.buffer_first": "b = g = ({value})  (모멘텀 버퍼는 첫 기울기에서 시작합니다)",
    "optimize.q.buffer": "b ← μ·b + (1 − τ)·g = ({value})",
    "optimize.q.buffer_undamped": "b ← μ·b + g = ({value})",
    "optimize.q.nesterov": "d = g + μ·b = ({value})  (모멘텀 방향으로 한발 앞을 내다봄)",
    "optimize.q.delta_sgd": "Δθ = −lr·g = ({value})",
    "optimize.q.delta_momentum": "Δθ = −lr·b = ({value})",
    "optimize.q.delta_nesterov": "Δθ = −lr·d = ({value})",
    "optimize.q.adamw_decay": "θ ← θ·(1 − lr·λ) = ({value})  ({at}에 분리된 가중치 감쇠 적용)",
    "optimize.q.m": "m ← β₁·m + (1 − β₁)·g = ({value})  (평균 방향)",
    "optimize.q.v": "v ← β₂·v + (1 − β₂)·g² = ({value})  (제곱의 평균 크기)",
    "optimize.q.v_max": "v_max ← max(v_max, v) = ({value})",
    "optimize.q.m_hat": "m̂ = m/(1 − β₁^{t}) = m/{bias} = ({value})  (편향 보정: m이 0에서 시작하므로)",
    "optimize.q.v_hat": "v̂ = v/(1 − β₂^{t}) = v/{bias} = ({value})",
    "optimize.q.v_hat_max": "v̂ = v_max/(1 − β₂^{t}) = v_max/{bias} = ({value})",
    "optimize.q.delta_adam": "Δθ = −lr·m̂/(√v̂ + ε) = ({value})",
    "optimize.q.sum": "G ← G + g² = ({value})",
    "optimize.q.clr": "lrₜ = lr/(1 + ({t} − 1)·lr_decay) = {value}",
    "optimize.q.delta_adagrad": "Δθ = −lr·g/(√G + ε) = ({value})",
    "optimize.q.delta_adagrad_decay": "Δθ = −lrₜ·g/(√G + ε) = ({value})",
    "optimize.q.square": "v ← α·v + (1 − α)·g² = ({value})",
    "optimize.q.mean": "ḡ ← α·ḡ + (1 − α)·g = ({value})",
    "optimize.q.avg": "√v + ε = ({value})",
    "optimize.q.avg_centered": "√(v − ḡ²) + ε = ({value})",
    "optimize.q.rms_buffer": "b ← μ·b + g/(√v + ε) = ({value})",
    "optimize.q.rms_buffer_centered": "b ← μ·b + g/(√(v − ḡ²) + ε) = ({value})",
    "optimize.q.delta_rmsprop": "Δθ = −lr·g/(√v + ε) = ({value})",
    "optimize.q.theta": "{name} = {previous} + Δθ = ({value})",
    "optimize.q.value": "f({name}) = {value}",
    # 실행이 끝나는 방식
    "optimize.more": "… 같은 방식으로 {count}단계 더",
    "optimize.more_one": "… 같은 방식으로 1단계 더",
    "optimize.final": "{steps}단계 후: {name} = ({point}), f = {value}",
    "optimize.stopped_at": "{steps}단계 후 멈춤: {name} = ({point}), f = {value}",
    "optimize.distance": "최솟값 ({minimum})까지의 거리: {distance}",
    "optimize.distance_nearest": "가장 가까운 최솟값 ({minimum})까지의 거리: {distance}",
    "optimize.not_there": "아직 도착하지 못했고 f는 계속 줄고 있었습니다: --steps(지금 {steps})를 늘리거나 --lr(지금 "
    "{lr})을 키우면 더 갑니다",
    "optimize.saddle": "이 함수에는 최솟값이 없습니다; 안장점 ({saddle})까지의 거리는 {distance}입니다. 그 근처에서는 "
    "기울기가 아주 작아서, 기본 경사하강법은 미끄러져 벗어나기 전에 한동안 거의 멈춰 있습니다",
    "optimize.stop.diverged": "{k}단계: f = {value}, 시작할 때의 {start}보다 커졌습니다 — 발산했습니다. 보폭이 너무 "
    "컸습니다: 매 단계가 골짜기를 지나쳐 반대편의 더 높은 곳에 떨어집니다. 더 작은 --lr을 써 보세요 "
    "(예: {lr} 대신 {suggest})",
    "optimize.stop.overflow": "{k}단계: 값이 너무 커져 오버플로가 났습니다 (f = {value}) — 발산했습니다. 보폭이 너무 "
    "컸습니다: 매 단계가 골짜기를 지나쳐 반대편의 더 높은 곳에 떨어집니다. 더 작은 --lr을 써 보세요 "
    "(예: {lr} 대신 {suggest})",
    "optimize.stop.unbounded": "{k}단계: f = {value}, 계속 줄어듭니다 — 이 방향으로는 f에 최솟값이 없어 끝없이 "
    "내려가므로 멈췄습니다",
    "optimize.stop.unbounded_max": "{k}단계: f = {value}, 계속 커집니다 — 이 방향으로는 f에 최댓값이 없어 끝없이 "
    "올라가므로 멈췄습니다",
    "optimize.stop.undefined": "{k}단계: ({point})에서 f나 그 기울기가 정의되지 않습니다 — 한 단계가 함수의 정의역 "
    "밖으로 뛰어나갔습니다. 보폭이 너무 컸습니다 — 더 작은 --lr을 써 보세요 (예: {lr} 대신 {suggest})",
    "optimize.stop.update_undefined": "{k}단계: {name}의 업데이트 자체가 정의되지 않게 되었습니다 (0/0, 또는 반올림 "
    "오차로 0보다 작아진 수의 제곱근) — PyTorch라면 NaN이 나오는 곳입니다; --eps 0이면 기울기가 0일 때 0을 0으로 "
    "나누게 되니 --eps에 작은 양수를 주세요",
    # 화면
    "optimize.summary": "{name} = ({point})   f = {value}   {optimizer} {steps}단계 후",
    "optimize.summary.stopped": "{name} = ({point})   f = {value}   {optimizer} {planned}단계 중 {steps}단계 후",
    "optimize.why.diverged": "{k}단계에서 발산: 보폭이 너무 컸습니다 — 더 작은 --lr을 써 보세요",
    "optimize.why.unbounded": "{k}단계에서 멈춤: 그 방향으로는 f에 최솟값이 없습니다",
    "optimize.why.unbounded_max": "{k}단계에서 멈춤: 그 방향으로는 f에 최댓값이 없습니다",
    "optimize.why.undefined": "{k}단계에서 멈춤: 함수의 정의역을 벗어났습니다 — 더 작은 --lr을 써 보세요",
    "optimize.why.undefined_update": "{k}단계에서 멈춤: 업데이트에서 0을 0으로 나눴습니다 (--eps 0에서 기울기가 0) "
    "— --eps에 작은 양수를 주세요",
    "optimize.summary.compare": "옵티마이저 {count}개, ({start})에서 각각 {steps}단계: 가장 낮은 f = {value} ({best})",
    "optimize.title.trajectory": "궤적 ({every}단계마다)",
    "optimize.title.trajectory_one": "궤적 (매 단계)",
    "optimize.title.losses": "단계별 f 비교 ({every}단계마다)",
    "optimize.title.losses_one": "단계별 f 비교",
    "optimize.title.final": "옵티마이저별 도착점",
    "optimize.title.loss_plot": "단계별 손실 f(θ)",
    "optimize.title.loss_plot_log": "단계별 log₁₀ f(θ): −3은 0.001, −6은 백만분의 1",
    "optimize.title.map": "f({x}, {y}) 등고선: S 시작, E 끝, * 최솟값",
    "optimize.title.map_no_minimum": "f({x}, {y}) 등고선: S 시작, E 끝",
    "optimize.column.step": "단계",
    "optimize.column.loss": "f(θ)",
    "optimize.column.optimizer": "",
    "optimize.column.lr": "학습률",
    "optimize.column.point": "도착점 θ",
    "optimize.column.distance": "최솟값까지",
    "optimize.column.status": "종료",
    "optimize.column.steps": "단계 수",
    "optimize.status.done": "—",
    "optimize.status.diverged": "발산",
    "optimize.status.unbounded": "끝없음",
    "optimize.status.undefined": "정의 안 됨",
    "optimize.status.undefined_update": "0/0",
    "optimize.axis.step": "단계",
}

# Help in Korean (see mlmath.cli.helptext).
HELP_KO = {
    "optimize": """경사하강법과 torch.optim의 옵티마이저: 풀어 쓴 단계, 경로, 손실.

학습률 lr은 기울기 g = ∇f를 따라 내려가는 보폭입니다: 너무 크면 걸음마다 골짜기를 지나치고,
너무 작으면 한없이 오래 걸립니다. 규칙은 torch.optim이 계산하는 그대로입니다 (float64):

  sgd       θ ← θ − lr·g
  momentum  b ← μ·b + (1 − τ)·g, b₁ = g;  θ ← θ − lr·b
  nesterov  b ← μ·b + g;  θ ← θ − lr·(g + μ·b)
  adam      m ← β₁·m + (1 − β₁)·g;  v ← β₂·v + (1 − β₂)·g²
            θ ← θ − lr·m̂/(√v̂ + ε)
            m̂ = m/(1 − β₁ᵗ), v̂ = v/(1 − β₂ᵗ)
  adamw     θ ← θ·(1 − lr·λ), 이어서 adam 단계
  adagrad   G ← G + g²;  θ ← θ − lr·g/(√G + ε)
  rmsprop   v ← α·v + (1 − α)·g²;  θ ← θ − lr·g/(√v + ε)

가중치 감쇠 λ는 g에 λ·θ를 더합니다 (adamw는 대신 θ를 줄입니다). 발산하는 실행은 그 자리에서
멈추고 그렇다고 알립니다.

[dim]예:[/]
  mlmath optimize rosenbrock --optimizer momentum --steps 2000
  mlmath optimize "x**2 + 10*y**2" --start 3,1 --compare sgd,momentum,adam --lr 0.02 --steps 200
  mlmath optimize himmelblau --start -1,-1 --optimizer rmsprop --lr 0.05 --json
""",
    "optimize.function": "rosenbrock, beale, himmelblau, booth, sphere (또는 quadratic), matyas, rastrigin, "
    "saddle — 또는 식: \"x**2 + 10*y**2\".",
    "optimize.optimizer": "sgd, momentum, nesterov, adam, adamw, adagrad 또는 rmsprop \\[기본값: adam].",
    "optimize.lr": "학습률: 보폭 \\[sgd, momentum, nesterov, adam, adamw 0.001; adagrad, rmsprop 0.01].",
    "optimize.steps": "갱신 횟수.",
    "optimize.start": "시작점, 변수마다 값 하나: -1.5,2 \\[기본값: 내장 함수의 시작점].",
    "optimize.variables": "식의 변수 순서 \\[기본값: 알파벳순].",
    "optimize.compare": "같은 시작점에서 여러 옵티마이저를 나란히 실행합니다: sgd,momentum,adam.",
    "optimize.every": "경로를 K걸음마다 표와 --json에 적습니다 \\[기본값: 10행쯤; JSON은 모든 걸음].",
    "optimize.momentum": "모멘텀 μ (sgd 0; momentum, nesterov 0.9; rmsprop 0).",
    "optimize.dampening": "모멘텀의 감쇠 τ (sgd 계열, 0).",
    "optimize.nesterov": "네스테로프 모멘텀 (sgd 계열).",
    "optimize.weight_decay": "가중치 감쇠 λ (adamw 0.01, 분리형; 나머지 0).",
    "optimize.beta1": "Adam의 평균 기울기 m의 감쇠 (0.9).",
    "optimize.beta2": "Adam의 평균 제곱 기울기 v의 감쇠 (0.999).",
    "optimize.eps": "분모의 제곱근에 더하는 값 (adam, rmsprop 1e-8; adagrad 1e-10).",
    "optimize.alpha": "RMSprop의 평균 제곱 기울기의 감쇠 (0.99).",
    "optimize.lr_decay": "Adagrad의 학습률 감쇠: lr/(1 + (t − 1)·D) (0).",
    "optimize.amsgrad": "AMSGrad: 지금까지 가장 큰 v로 나눕니다 (adam, adamw).",
    "optimize.centered": "중심화 RMSprop: √(v − ḡ²)로 나눕니다.",
    "optimize.maximize": "대신 올라갑니다: g ← −g.",
}
PANELS_KO = {"Hyper-parameters \\[default: torch.optim's]": "하이퍼파라미터 \\[기본값: torch.optim의 값]"}
