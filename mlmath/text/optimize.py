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
    "optimize.column.step": "step",
    "optimize.column.loss": "f(θ)",
    "optimize.column.optimizer": "",
    "optimize.column.lr": "lr",
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
