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
    "optimize.rule.adadelta": "Adadelta: v ← ρ·v + (1 − ρ)·g²;  Δ = √(u + ε)/√(v + ε)·g;  u ← ρ·u + (1 − ρ)·Δ²;  "
    "θ ← θ − lr·Δ: the stride is in θ's own units (the ratio of two running RMS), so lr = 1 works, as {torch}",
    "optimize.rule.adamax": "Adamax: m ← β₁·m + (1 − β₁)·g;  u ← max(β₂·u, |g| + ε);  θ ← θ − lr/(1 − β₁ᵗ)·m/u: "
    "Adam with the ∞-norm of past gradients in place of √v, as {torch}",
    "optimize.rule.nadam": "NAdam (Adam with Nesterov momentum): μₜ = β₁·(1 − ½·0.96^(t·ψ));  m ← β₁·m + (1 − β₁)·g;  "
    "v ← β₂·v + (1 − β₂)·g²;  d = √(v/(1 − β₂ᵗ)) + ε;  θ ← θ − lr·(1 − μₜ)/(1 − Πμ)·g/d − "
    "lr·μₜ₊₁/(1 − Πμ·μₜ₊₁)·m/d  (ψ = momentum_decay, Πμ = μ₁·…·μₜ): the momentum term looks one step ahead, "
    "as {torch}",
    "optimize.rule.radam": "RAdam (rectified Adam): m ← β₁·m + (1 − β₁)·g;  v ← β₂·v + (1 − β₂)·g²;  "
    "m̂ = m/(1 − β₁ᵗ);  ρ∞ = 2/(1 − β₂) − 1;  ρₜ = ρ∞ − 2t·β₂ᵗ/(1 − β₂ᵗ);  if ρₜ > 5: "
    "θ ← θ − lr·m̂·r·√(1 − β₂ᵗ)/(√v + ε), r = √((ρₜ − 4)(ρₜ − 2)ρ∞/((ρ∞ − 4)(ρ∞ − 2)ρₜ)), else θ ← θ − lr·m̂: "
    "no adaptive stride while v rests on too few gradients (an automatic warm-up), as {torch}",
    "optimize.rule.asgd": "ASGD (averaged SGD): θ ← θ·(1 − λ·η) − η·g;  ax ← ax + μ·(θ − ax);  "
    "η ← lr/(1 + λ·lr·t)^α;  μ ← 1/max(1, t − t₀)  (λ = lambd): the walk is plain SGD with a shrinking stride, "
    "and ax, the average of the points after step t₀, is the estimate, as {torch}",
    "optimize.rule.rprop": "Rprop: each coordinate keeps its own stride s (starting at lr): s ← s·η₊ while g keeps its "
    "sign, s ← s·η₋ when it flips (and that step g counts as 0), s kept in [step_min, step_max];  "
    "θ ← θ − sign(g)·s: only the sign of g is used, never its size, as {torch}",
    "optimize.rule.lbfgs": "L-BFGS: one step is up to max_iter = {max_iter} iterations of d = −H·g, H built from the "
                           "last "
    "history_size = {history_size} pairs s = Δθ, y = Δg (two-loop recursion, H₀ = s·y/y·y);  θ ← θ + t·d with "
    "t = lr (the very first: min(1, 1/Σ|g|)·lr); it stops early when max|g| ≤ tolerance_grad, "
    "or θ or f changes by less than tolerance_change, or after max_eval = {max_eval} evaluations of f, "
    "as {torch} with opt.step(closure)",
    "optimize.rule.lbfgs_wolfe": "L-BFGS with a strong-Wolfe line search: one step is up to max_iter = {max_iter} "
    "iterations of d = −H·g, H built from the last history_size = {history_size} pairs s = Δθ, y = Δg;  "
    "θ ← θ + t·d with t found along d so that f falls enough (f(θ + t·d) ≤ f + 10⁻⁴·t·g·d) and the slope "
    "flattens (|g_new·d| ≤ 0.9·|g·d|); it stops early when max|g| ≤ tolerance_grad, or θ or f changes by less "
    "than tolerance_change, or after max_eval = {max_eval} evaluations of f, as {torch} with opt.step(closure)",
    "optimize.rule.decoupled_step": "decoupled weight decay: θ shrinks by the factor 1 − lr·λ before the step, apart "
    "from the gradient (λ = weight_decay)",
    # learning-rate schedules
    "optimize.schedule.step": "Schedule StepLR: lr ← lr·γ every {step_size} steps (γ = {gamma}), as {torch}",
    "optimize.schedule.exponential": "Schedule ExponentialLR: lr ← lr·γ after every step (γ = {gamma}), as {torch}",
    "optimize.schedule.cosine": "Schedule CosineAnnealingLR: lrₖ = η_min + (lr − η_min)·(1 + cos(π·k/T_max))/2: from "
    "lr down to η_min = {eta_min} at step T_max = {t_max}, along half a cosine, as {torch}",
    "optimize.schedule.onecycle": "Schedule OneCycleLR: lr climbs from max_lr/{div_factor} to max_lr = {max_lr} over "
    "the first {pct_start} of the {total_steps} steps, then falls along a cosine to max_lr/({div_factor}·"
    "{final_div_factor}) (momentum not cycled), as {torch}",
    "optimize.schedule.linear": "Schedule LinearLR (warm-up): lr times a factor that goes in a straight line from "
    "{start_factor} to {end_factor} over {total_iters} steps, then stays, as {torch}",
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
    "optimize.q.m_hat": "m̂ = m/(1 − β₁^{t}): {value:; }  (bias correction: m starts at 0)",
    "optimize.q.v_hat": "v̂ = v/(1 − β₂^{t}): {value:; }",
    "optimize.q.v_hat_max": "v̂ = v_max/(1 − β₂^{t}): {value:; }",
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
    "optimize.q.lr": "lr = {value}  (this step's learning rate, from the schedule)",
    "optimize.q.adadelta_v": "v ← ρ·v + (1 − ρ)·g² = ({value})",
    "optimize.q.adadelta_d": "Δ = √(u + ε)/√(v + ε)·g = ({value})  (u: the average squared step so far)",
    "optimize.q.adadelta_u": "u ← ρ·u + (1 − ρ)·Δ² = ({value})",
    "optimize.q.delta_adadelta": "Δθ = −lr·Δ = ({value})",
    "optimize.q.adamax_u": "u ← max(β₂·u, |g| + ε) = ({value})  (the largest recent |g|, fading)",
    "optimize.q.adamax_clr": "lr/(1 − β₁^{t}) = lr/{bias} = {value}",
    "optimize.q.delta_adamax": "Δθ = −lr/(1 − β₁ᵗ)·m/u = ({value})",
    "optimize.q.nadam_mu": "μ_t = β₁·(1 − ½·0.96^({t}·ψ)) = {mu};  μ_t+1 = {mu_next};  Πμ = {product}",
    "optimize.q.decayed": "θ ← θ·(1 − lr·λ) = ({value})  (decoupled weight decay on {at})",
    "optimize.q.nadam_denom": "d = √(v/(1 − β₂^{t})) + ε = ({value})",
    "optimize.q.delta_nadam": "Δθ = −lr·(1 − μ_t)/(1 − Πμ)·g/d − lr·μ_t+1/(1 − Πμ·μ_t+1)·m/d = ({value})",
    "optimize.q.radam_rho": "ρ_t = ρ∞ − 2t·β₂ᵗ/(1 − β₂ᵗ) = {rho_t}  (ρ∞ = 2/(1 − β₂) − 1 = {rho_inf})",
    "optimize.q.radam_rect": "ρ_t > 5: r = √((ρ_t − 4)(ρ_t − 2)ρ∞/((ρ∞ − 4)(ρ∞ − 2)ρ_t)) = {value}",
    "optimize.q.radam_adaptive": "a = √(1 − β₂^{t})/(√v + ε) = ({value})",
    "optimize.q.delta_radam": "Δθ = −lr·m̂·a·r = ({value})",
    "optimize.q.delta_radam_plain": "ρ_t ≤ 5, too few gradients in v to trust it: Δθ = −lr·m̂ = ({value})",
    "optimize.q.asgd_eta": "η = {eta}, μ = {mu}  (this step's stride and averaging weight)",
    "optimize.q.delta_asgd": "Δθ = −λ·η·θ − η·g = ({value})",
    "optimize.q.asgd_ax": "ax ← ax + μ·(θ − ax) = ({value})  (the average point: ASGD's estimate)",
    "optimize.q.asgd_next": "next: η = lr/(1 + λ·lr·{t})^α = {eta}, μ = 1/max(1, {t} − t₀) = {mu}",
    "optimize.q.rprop_factor": "factor from the sign of g·g_prev = ({value})  (η₊ same sign, η₋ flipped, 1 if 0)",
    "optimize.q.rprop_size": "s ← clamp(s·factor, step_min, step_max) = ({value})",
    "optimize.q.delta_rprop": "Δθ = −sign(g)·s = ({value})  (g counts as 0 where its sign flipped)",
    "optimize.q.lbfgs_iteration": "iteration {i}: d = ({d}), t = {t}, θ + t·d = ({point}), f = {value}",
    "optimize.q.lbfgs_iteration_last": "iteration {i}: d = ({d}), t = {t}, θ + t·d = ({point})  (the last one: f "
    "is evaluated at the next step)",
    "optimize.q.lbfgs_first": "iteration 1 of the first step: d = −g, t = min(1, 1/Σ|g|)·lr",
    "optimize.q.lbfgs_stop.max_iter": "stopped after max_iter iterations",
    "optimize.q.lbfgs_stop.max_eval": "stopped: max_eval evaluations of f used",
    "optimize.q.lbfgs_stop.tolerance_grad": "stopped: max|g| ≤ tolerance_grad",
    "optimize.q.lbfgs_stop.tolerance_grad_start": "max|g| ≤ tolerance_grad already: the step leaves θ as it is",
    "optimize.q.lbfgs_stop.not_descent": "stopped: g·d > −tolerance_change, d no longer goes downhill",
    "optimize.q.lbfgs_stop.tolerance_change_step": "stopped: max|t·d| ≤ tolerance_change",
    "optimize.q.lbfgs_stop.tolerance_change_value": "stopped: |Δf| < tolerance_change",
    "optimize.q.lbfgs_theta": "{name} = ({value})  ({evals} evaluations of f and ∇f in this step)",
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
    "optimize.title.loss_plot_log": "Loss f(θ) by step (log scale)",
    "optimize.title.map": "Map of f({x}, {y})",
    "optimize.map.levels": "level lines of f:",
    "optimize.map.start": "{mark} start",
    "optimize.map.start_shared": "{mark} start (shared by all)",
    "optimize.map.start_of": "{mark} start of {name}",
    "optimize.map.path": "{path} path",
    "optimize.map.end": "{mark} end",
    "optimize.map.run": "{path} {name}, ends at {end}",
    "optimize.map.minimum": "{mark} minimum",
    "optimize.map.end_outside": "{name} ends off the map (no {mark})",
    "optimize.map.overlap": "{shown} is drawn over {hidden}: they fall in the same cell",
    "optimize.map.path_hidden": "{path} {name}'s path runs mostly under {other}",
    "optimize.column.step": "step",
    "optimize.column.loss": "f(θ)",
    "optimize.column.optimizer": "",
    "optimize.column.lr": "lr",
    "optimize.column.point": "ended at θ",
    "optimize.column.distance": "to minimum",
    "optimize.column.status": "ended",
    "optimize.column.steps": "steps",
    "optimize.title.lr_plot": "Learning rate by step ({schedule})",
    "optimize.column.lr_step": "lr",
    "optimize.status.done": "—",
    "optimize.status.diverged": "diverged",
    "optimize.status.unbounded": "unbounded",
    "optimize.status.undefined": "undefined",
    "optimize.status.undefined_update": "0/0",
    "optimize.axis.step": "step",
    "optimize.error.function": "unknown function {name!r}",
    "optimize.error.function.hint": 'known: {names}, or an expression like "x**2 + 10*y**2"',
    "optimize.error.coordinates": "{name} takes {natural} coordinates, `start` gave {size}",
    "optimize.error.coordinates.hint": "e.g. `start`={start}",
    "optimize.error.no_coordinate": "`start` needs at least one coordinate",
    "optimize.error.no_coordinate.hint": "e.g. `start`=3,1",
    "optimize.error.optimizer": "unknown optimizer {name!r}",
    "optimize.error.known": "known: {names}",
    "optimize.error.known.guess": "did you mean {guess}? known: {names}",
    "optimize.error.hyper.applies": "`{hyper}` does not apply to {name}",
    "optimize.error.hyper.applies.hint": "it applies to {names}",
    "optimize.error.hyper.whole": "`{hyper}` must be a whole number of at least 1, got {value!r}",
    "optimize.error.hyper.at_least_zero": "`{hyper}` must be at least 0, got {value!r}",
    "optimize.error.hyper.finite": "`{hyper}` must be finite, got {value!r}",
    "optimize.error.rho": "`rho` must be in [0, 1], got {rho!r}",
    "optimize.error.rho.hint": "e.g. `rho`=0.9",
    "optimize.error.etas": "Rprop needs 0 < `eta_minus` < 1 < `eta_plus`, got {minus!r} and {plus!r}",
    "optimize.error.etas.hint": "e.g. `eta_minus`=0.5 and `eta_plus`=1.2",
    "optimize.error.step_sizes": "`step_min` must not exceed `step_max`, got {low!r} and {high!r}",
    "optimize.error.step_sizes.hint": "e.g. `step_min`=1e-6 and `step_max`=50",
    "optimize.error.beta": "`{hyper}` must be in [0, 1), got {value!r}",
    "optimize.error.beta.hint": "e.g. `{hyper}`=0.9",
    "optimize.error.nesterov": "Nesterov momentum needs `momentum` > 0 and `dampening` 0",
    "optimize.error.nesterov.hint": "e.g. `optimizer`=nesterov, or sgd with `nesterov` and `momentum`=0.9",
    "optimize.error.schedule": "unknown learning-rate schedule {name!r}",
    "optimize.error.schedule.needs": "the {name} schedule needs `{parameter}`",
    "optimize.error.schedule.hint": "e.g. `schedule`={example}",
    "optimize.error.schedule.finite": "`{parameter}` of the {name} schedule must be finite, got {value!r}",
    "optimize.error.schedule.whole": "`{parameter}` of the {name} schedule must be a whole number of at least 1, "
    "got {value!r}",
    "optimize.error.schedule.applies": "`{parameter}` does not apply to the {name} schedule",
    "optimize.error.schedule.needs_rule": "the {name} schedule needs {rule}",
    "optimize.error.schedule.rule.div": "division factors above 0",
    "optimize.error.schedule.rule.pct": "`pct_start`·steps other than 1 and other than the number of steps",
    "optimize.error.steps": "`steps` must be between 1 and {most:,}, got {steps}",
    "optimize.error.undefined_start": "f or its gradient is not defined at the start ({point})",
    "optimize.error.undefined_start.hint": "choose another `start`",
    "optimize.error.cli.either": "give either --optimizer or --compare",
    "optimize.error.cli.compare.hint": "e.g. --compare sgd,momentum,adam",
    "optimize.error.cli.compare.empty": "--compare needs optimizer names",
    "optimize.error.cli.compare.empty.hint": "e.g. --compare sgd,adam; known: {names}",
    "optimize.error.cli.compare.twice": "--compare names an optimizer twice",
    "optimize.error.cli.schedule": "--schedule {name} takes at most {most} numbers, got {got}",
    "optimize.error.cli.schedule.hint": "write {usage}",
    "optimize.error.cli.applies": "{option} applies to none of {names}",
    "optimize.error.cli.vars_builtin": "--vars is for expressions; a built-in names its own variables",
    "optimize.error.cli.vars_builtin.hint": 'e.g. mlmath optimize "x**2 + 10*y**2" --vars y,x --start 1,3',
    "optimize.error.cli.function.guess": 'did you mean {guess}? known: {names}, or an expression like "x**2 + 10*y**2"',
    "optimize.error.cli.no_variables": "the function has no variables to move",
    "optimize.error.cli.no_variables.hint": 'write it in terms of variables, e.g. "x**2 + 10*y**2"',
    "optimize.error.cli.vars": "--vars names {names} but the function's variables are {found}",
    "optimize.error.cli.vars.hint": "list each of them once, e.g. --vars {vars}",
    "optimize.error.cli.no_start": "an expression needs --start, one value per variable ({names})",
    "optimize.error.cli.no_start.hint": "e.g. --start {start}",
    "optimize.error.cli.start": "--start gives {values} but the function has {variables} ({names})",
    "optimize.error.cli.start.hint": "one value per variable, in this order: e.g. --start {start}",
    "optimize.error.cli.value": "{count} value",
    "optimize.error.cli.values": "{count} values",
    "optimize.error.cli.variable": "{count} variable",
    "optimize.error.cli.variables": "{count} variables",
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
    "optimize.rule.adadelta": "Adadelta: v ← ρ·v + (1 − ρ)·g²;  Δ = √(u + ε)/√(v + ε)·g;  u ← ρ·u + (1 − ρ)·Δ²;  "
    "θ ← θ − lr·Δ: 보폭이 두 이동 평균 RMS의 비라서 θ와 같은 단위이고, 그래서 lr = 1로도 됩니다;  PyTorch로는 {torch}",
    "optimize.rule.adamax": "Adamax: m ← β₁·m + (1 − β₁)·g;  u ← max(β₂·u, |g| + ε);  θ ← θ − lr/(1 − β₁ᵗ)·m/u: "
    "Adam의 √v 대신 지난 기울기의 ∞-노름을 씁니다;  PyTorch로는 {torch}",
    "optimize.rule.nadam": "NAdam (네스테로프 모멘텀을 쓴 Adam): μₜ = β₁·(1 − ½·0.96^(t·ψ));  m ← β₁·m + (1 − β₁)·g;  "
    "v ← β₂·v + (1 − β₂)·g²;  d = √(v/(1 − β₂ᵗ)) + ε;  θ ← θ − lr·(1 − μₜ)/(1 − Πμ)·g/d − "
    "lr·μₜ₊₁/(1 − Πμ·μₜ₊₁)·m/d  (ψ = momentum_decay, Πμ = μ₁·…·μₜ): 모멘텀 항이 한 단계 앞을 내다봅니다;  "
    "PyTorch로는 {torch}",
    "optimize.rule.radam": "RAdam (보정된 Adam): m ← β₁·m + (1 − β₁)·g;  v ← β₂·v + (1 − β₂)·g²;  "
    "m̂ = m/(1 − β₁ᵗ);  ρ∞ = 2/(1 − β₂) − 1;  ρₜ = ρ∞ − 2t·β₂ᵗ/(1 − β₂ᵗ);  ρₜ > 5이면 "
    "θ ← θ − lr·m̂·r·√(1 − β₂ᵗ)/(√v + ε), r = √((ρₜ − 4)(ρₜ − 2)ρ∞/((ρ∞ − 4)(ρ∞ − 2)ρₜ)), 아니면 θ ← θ − lr·m̂: "
    "v가 아직 적은 기울기에만 기대는 동안은 적응 보폭을 쓰지 않습니다 (자동 워밍업);  PyTorch로는 {torch}",
    "optimize.rule.asgd": "ASGD (평균 SGD): θ ← θ·(1 − λ·η) − η·g;  ax ← ax + μ·(θ − ax);  "
    "η ← lr/(1 + λ·lr·t)^α;  μ ← 1/max(1, t − t₀)  (λ = lambd): 걸음은 보폭이 줄어드는 보통 SGD이고, t₀ 단계 이후 "
    "점들의 평균 ax가 추정값입니다;  PyTorch로는 {torch}",
    "optimize.rule.rprop": "Rprop: 좌표마다 자기 보폭 s를 둡니다 (처음에는 lr): g의 부호가 그대로면 s ← s·η₊, 바뀌면 "
    "s ← s·η₋ (그 단계의 g는 0으로 봅니다), s는 [step_min, step_max] 안;  θ ← θ − sign(g)·s: g의 크기는 쓰지 않고 "
    "부호만 씁니다;  PyTorch로는 {torch}",
    "optimize.rule.lbfgs": "L-BFGS: 한 단계는 d = −H·g를 최대 max_iter = {max_iter}번 반복합니다. H는 최근 "
                           "history_size "
    "= {history_size}개의 쌍 s = Δθ, y = Δg로 만듭니다 (two-loop 재귀, H₀ = s·y/y·y);  θ ← θ + t·d, t = lr (맨 처음만 "
    "min(1, 1/Σ|g|)·lr); max|g| ≤ tolerance_grad이거나, θ나 f의 변화가 tolerance_change보다 작거나, f를 "
    "max_eval = {max_eval}번 계산하면 일찍 멈춥니다;  PyTorch로는 opt.step(closure)와 함께 {torch}",
    "optimize.rule.lbfgs_wolfe": "강한 Wolfe 선 탐색을 쓰는 L-BFGS: 한 단계는 d = −H·g를 최대 max_iter = {max_iter}번 "
    "반복합니다. H는 최근 history_size = {history_size}개의 쌍 s = Δθ, y = Δg로 만듭니다;  θ ← θ + t·d, t는 d 방향으로 "
    "f가 충분히 줄고 (f(θ + t·d) ≤ f + 10⁻⁴·t·g·d) 기울기가 평평해지도록 (|g_new·d| ≤ 0.9·|g·d|) 찾습니다; "
    "max|g| ≤ tolerance_grad이거나, θ나 f의 변화가 tolerance_change보다 작거나, f를 max_eval = {max_eval}번 계산하면 "
    "일찍 멈춥니다;  PyTorch로는 opt.step(closure)와 함께 {torch}",
    "optimize.rule.decoupled_step": "분리된 가중치 감쇠: 단계 전에 기울기와 따로 θ에 1 − lr·λ를 곱해 줄입니다 "
    "(λ = weight_decay)",
    # 학습률 스케줄
    "optimize.schedule.step": "스케줄 StepLR: {step_size}단계마다 lr ← lr·γ (γ = {gamma});  PyTorch로는 {torch}",
    "optimize.schedule.exponential": "스케줄 ExponentialLR: 매 단계 뒤 lr ← lr·γ (γ = {gamma});  PyTorch로는 {torch}",
    "optimize.schedule.cosine": "스케줄 CosineAnnealingLR: lrₖ = η_min + (lr − η_min)·(1 + cos(π·k/T_max))/2: 코사인 "
    "반 주기를 따라 lr에서 T_max = {t_max}단계의 η_min = {eta_min}까지 내려갑니다;  PyTorch로는 {torch}",
    "optimize.schedule.onecycle": "스케줄 OneCycleLR: lr이 전체 {total_steps}단계 중 처음 {pct_start} 동안 "
    "max_lr/{div_factor}에서 max_lr = {max_lr}까지 오르고, 그 뒤 코사인을 따라 max_lr/({div_factor}·"
    "{final_div_factor})까지 내려갑니다 (모멘텀은 바꾸지 않음);  PyTorch로는 {torch}",
    "optimize.schedule.linear": "스케줄 LinearLR (워밍업): lr에 곱하는 계수가 {total_iters}단계 동안 "
                                "{start_factor}에서 "
    "{end_factor}까지 직선으로 변하고, 그 뒤로는 그대로입니다;  PyTorch로는 {torch}",
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
    "optimize.q.m_hat": "m̂ = m/(1 − β₁^{t}): {value:; }  (편향 보정: m이 0에서 시작하므로)",
    "optimize.q.v_hat": "v̂ = v/(1 − β₂^{t}): {value:; }",
    "optimize.q.v_hat_max": "v̂ = v_max/(1 − β₂^{t}): {value:; }",
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
    "optimize.q.lr": "lr = {value}  (스케줄이 정한 이 단계의 학습률)",
    "optimize.q.adadelta_v": "v ← ρ·v + (1 − ρ)·g² = ({value})",
    "optimize.q.adadelta_d": "Δ = √(u + ε)/√(v + ε)·g = ({value})  (u: 지금까지 걸음 제곱의 평균)",
    "optimize.q.adadelta_u": "u ← ρ·u + (1 − ρ)·Δ² = ({value})",
    "optimize.q.delta_adadelta": "Δθ = −lr·Δ = ({value})",
    "optimize.q.adamax_u": "u ← max(β₂·u, |g| + ε) = ({value})  (최근 |g| 중 가장 큰 값, 점점 줄어듦)",
    "optimize.q.adamax_clr": "lr/(1 − β₁^{t}) = lr/{bias} = {value}",
    "optimize.q.delta_adamax": "Δθ = −lr/(1 − β₁ᵗ)·m/u = ({value})",
    "optimize.q.nadam_mu": "μ_t = β₁·(1 − ½·0.96^({t}·ψ)) = {mu};  μ_t+1 = {mu_next};  Πμ = {product}",
    "optimize.q.decayed": "θ ← θ·(1 − lr·λ) = ({value})  ({at}에 분리된 가중치 감쇠 적용)",
    "optimize.q.nadam_denom": "d = √(v/(1 − β₂^{t})) + ε = ({value})",
    "optimize.q.delta_nadam": "Δθ = −lr·(1 − μ_t)/(1 − Πμ)·g/d − lr·μ_t+1/(1 − Πμ·μ_t+1)·m/d = ({value})",
    "optimize.q.radam_rho": "ρ_t = ρ∞ − 2t·β₂ᵗ/(1 − β₂ᵗ) = {rho_t}  (ρ∞ = 2/(1 − β₂) − 1 = {rho_inf})",
    "optimize.q.radam_rect": "ρ_t > 5: r = √((ρ_t − 4)(ρ_t − 2)ρ∞/((ρ∞ − 4)(ρ∞ − 2)ρ_t)) = {value}",
    "optimize.q.radam_adaptive": "a = √(1 − β₂^{t})/(√v + ε) = ({value})",
    "optimize.q.delta_radam": "Δθ = −lr·m̂·a·r = ({value})",
    "optimize.q.delta_radam_plain": "ρ_t ≤ 5, v에 모인 기울기가 아직 적어 믿을 수 없음: Δθ = −lr·m̂ = ({value})",
    "optimize.q.asgd_eta": "η = {eta}, μ = {mu}  (이 단계의 보폭과 평균 가중치)",
    "optimize.q.delta_asgd": "Δθ = −λ·η·θ − η·g = ({value})",
    "optimize.q.asgd_ax": "ax ← ax + μ·(θ − ax) = ({value})  (평균 점: ASGD의 추정값)",
    "optimize.q.asgd_next": "다음: η = lr/(1 + λ·lr·{t})^α = {eta}, μ = 1/max(1, {t} − t₀) = {mu}",
    "optimize.q.rprop_factor": "g·g_prev의 부호로 정한 계수 = ({value})  (같은 부호 η₊, 바뀐 부호 η₋, 0이면 1)",
    "optimize.q.rprop_size": "s ← clamp(s·계수, step_min, step_max) = ({value})",
    "optimize.q.delta_rprop": "Δθ = −sign(g)·s = ({value})  (부호가 바뀐 좌표의 g는 0으로 봄)",
    "optimize.q.lbfgs_iteration": "반복 {i}: d = ({d}), t = {t}, θ + t·d = ({point}), f = {value}",
    "optimize.q.lbfgs_iteration_last": "반복 {i}: d = ({d}), t = {t}, θ + t·d = ({point})  (마지막 반복: f는 다음 "
    "단계에서 계산)",
    "optimize.q.lbfgs_first": "첫 단계의 반복 1: d = −g, t = min(1, 1/Σ|g|)·lr",
    "optimize.q.lbfgs_stop.max_iter": "max_iter번 반복하고 멈춤",
    "optimize.q.lbfgs_stop.max_eval": "멈춤: f를 max_eval번 다 계산함",
    "optimize.q.lbfgs_stop.tolerance_grad": "멈춤: max|g| ≤ tolerance_grad",
    "optimize.q.lbfgs_stop.tolerance_grad_start": "이미 max|g| ≤ tolerance_grad: 이 단계는 θ를 그대로 둡니다",
    "optimize.q.lbfgs_stop.not_descent": "멈춤: g·d > −tolerance_change, d가 더는 내리막이 아님",
    "optimize.q.lbfgs_stop.tolerance_change_step": "멈춤: max|t·d| ≤ tolerance_change",
    "optimize.q.lbfgs_stop.tolerance_change_value": "멈춤: |Δf| < tolerance_change",
    "optimize.q.lbfgs_theta": "{name} = ({value})  (이 단계에서 f와 ∇f를 {evals}번 계산)",
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
    "optimize.title.loss_plot_log": "단계별 손실 f(θ) (로그 눈금)",
    "optimize.title.map": "f({x}, {y}) 등고선 지도",
    "optimize.map.levels": "f의 등고선:",
    "optimize.map.start": "{mark} 시작점",
    "optimize.map.start_shared": "{mark} 시작점 (모두 같음)",
    "optimize.map.start_of": "{mark} {name}의 시작점",
    "optimize.map.path": "{path} 경로",
    "optimize.map.end": "{mark} 끝점",
    "optimize.map.run": "{path} {name}, 끝점 {end}",
    "optimize.map.minimum": "{mark} 최솟값",
    "optimize.map.end_outside": "{name}의 끝점은 지도 밖에 있습니다 ({mark} 없음)",
    "optimize.map.overlap": "같은 칸에 겹침: {shown} 아래에 {hidden}",
    "optimize.map.path_hidden": "{path} {name}의 경로는 대부분 {other} 아래에 가려져 있습니다",
    "optimize.column.step": "단계",
    "optimize.column.loss": "f(θ)",
    "optimize.column.optimizer": "",
    "optimize.column.lr": "학습률",
    "optimize.column.point": "도착점 θ",
    "optimize.column.distance": "최솟값까지",
    "optimize.column.status": "종료",
    "optimize.column.steps": "단계 수",
    "optimize.title.lr_plot": "단계별 학습률 ({schedule})",
    "optimize.column.lr_step": "학습률",
    "optimize.status.done": "—",
    "optimize.status.diverged": "발산",
    "optimize.status.unbounded": "끝없음",
    "optimize.status.undefined": "정의 안 됨",
    "optimize.status.undefined_update": "0/0",
    "optimize.axis.step": "단계",
    "optimize.error.function": "알 수 없는 함수 {name!r}",
    "optimize.error.function.hint": '쓸 수 있는 것: {names}, 또는 "x**2 + 10*y**2" 같은 식',
    "optimize.error.coordinates": "{name}의 좌표는 {natural}개인데 `start`는 {size}개입니다",
    "optimize.error.coordinates.hint": "예: `start`={start}",
    "optimize.error.no_coordinate": "`start`에는 좌표가 하나 이상 있어야 합니다",
    "optimize.error.no_coordinate.hint": "예: `start`=3,1",
    "optimize.error.optimizer": "알 수 없는 옵티마이저 {name!r}",
    "optimize.error.known": "쓸 수 있는 것: {names}",
    "optimize.error.known.guess": "혹시 {guess}인가요? 쓸 수 있는 것: {names}",
    "optimize.error.hyper.applies": "{name}에는 `{hyper}` 설정이 없습니다",
    "optimize.error.hyper.applies.hint": "쓰는 옵티마이저: {names}",
    "optimize.error.hyper.whole": "`{hyper}` 값은 1 이상의 정수여야 합니다 (받은 값: {value!r})",
    "optimize.error.hyper.at_least_zero": "`{hyper}` 값은 0 이상이어야 합니다 (받은 값: {value!r})",
    "optimize.error.hyper.finite": "`{hyper}` 값은 유한한 수여야 합니다 (받은 값: {value!r})",
    "optimize.error.rho": "`rho`는 [0, 1] 안에 있어야 합니다 (받은 값: {rho!r})",
    "optimize.error.rho.hint": "예: `rho`=0.9",
    "optimize.error.etas": "Rprop에는 0 < `eta_minus` < 1 < `eta_plus`가 필요합니다 (받은 값: {minus!r}, {plus!r})",
    "optimize.error.etas.hint": "예: `eta_minus`=0.5, `eta_plus`=1.2",
    "optimize.error.step_sizes": "`step_min`은 `step_max`보다 클 수 없습니다 (받은 값: {low!r}, {high!r})",
    "optimize.error.step_sizes.hint": "예: `step_min`=1e-6, `step_max`=50",
    "optimize.error.beta": "`{hyper}` 값은 [0, 1) 안에 있어야 합니다 (받은 값: {value!r})",
    "optimize.error.beta.hint": "예: `{hyper}`=0.9",
    "optimize.error.nesterov": "네스테로프 모멘텀에는 `momentum` > 0과 `dampening` 0이 필요합니다",
    "optimize.error.nesterov.hint": "예: 옵티마이저 'nesterov', 또는 'sgd'에 `nesterov`와 `momentum`=0.9",
    "optimize.error.schedule": "알 수 없는 학습률 스케줄 {name!r}",
    "optimize.error.schedule.needs": "{name} 스케줄에는 `{parameter}` 값이 필요합니다",
    "optimize.error.schedule.hint": "예: `schedule`={example}",
    "optimize.error.schedule.finite": "{name} 스케줄의 `{parameter}` 값은 유한한 수여야 합니다 (받은 값: {value!r})",
    "optimize.error.schedule.whole": "{name} 스케줄의 `{parameter}` 값은 1 이상의 정수여야 합니다 (받은 값: {value!r})",
    "optimize.error.schedule.applies": "{name} 스케줄에는 `{parameter}` 설정이 없습니다",
    "optimize.error.schedule.needs_rule": "{name} 스케줄에는 다음이 필요합니다: {rule}",
    "optimize.error.schedule.rule.div": "0보다 큰 나눗셈 인수",
    "optimize.error.schedule.rule.pct": "`pct_start`·스텝 수가 1도 아니고 전체 스텝 수도 아닐 것",
    "optimize.error.steps": "`steps`는 1부터 {most:,}까지여야 합니다 (받은 값: {steps})",
    "optimize.error.undefined_start": "시작점 ({point})에서 f나 그 기울기가 정의되지 않습니다",
    "optimize.error.undefined_start.hint": "다른 `start`를 고르세요",
    "optimize.error.cli.either": "--optimizer와 --compare 중 하나만 주세요",
    "optimize.error.cli.compare.hint": "예: --compare sgd,momentum,adam",
    "optimize.error.cli.compare.empty": "--compare에는 옵티마이저 이름이 필요합니다",
    "optimize.error.cli.compare.empty.hint": "예: --compare sgd,adam; 쓸 수 있는 것: {names}",
    "optimize.error.cli.compare.twice": "--compare에 같은 옵티마이저가 두 번 있습니다",
    "optimize.error.cli.schedule": "--schedule {name}에는 수를 최대 {most}개까지 줄 수 있는데 {got}개가 주어졌습니다",
    "optimize.error.cli.schedule.hint": "이렇게 쓰세요: {usage}",
    "optimize.error.cli.applies": "{option} 설정을 쓰는 옵티마이저가 {names} 중에 없습니다",
    "optimize.error.cli.vars_builtin": "--vars는 식에만 씁니다; 내장 함수는 변수 이름이 정해져 있습니다",
    "optimize.error.cli.vars_builtin.hint": '예: mlmath optimize "x**2 + 10*y**2" --vars y,x --start 1,3',
    "optimize.error.cli.function.guess": '혹시 {guess}인가요? 쓸 수 있는 것: {names}, 또는 "x**2 + 10*y**2" 같은 식',
    "optimize.error.cli.no_variables": "함수에 움직일 변수가 없습니다",
    "optimize.error.cli.no_variables.hint": '변수로 된 식을 쓰세요, 예: "x**2 + 10*y**2"',
    "optimize.error.cli.vars": "--vars의 변수는 {names}인데 함수의 변수는 {found}입니다",
    "optimize.error.cli.vars.hint": "각 변수를 한 번씩 쓰세요, 예: --vars {vars}",
    "optimize.error.cli.no_start": "식에는 --start가 필요합니다: 변수({names})마다 값 하나씩",
    "optimize.error.cli.no_start.hint": "예: --start {start}",
    "optimize.error.cli.start": "--start의 값은 {values}인데 함수의 변수는 {variables}입니다 ({names})",
    "optimize.error.cli.start.hint": "변수마다 값 하나씩, 이 순서로: 예: --start {start}",
    "optimize.error.cli.value": "{count}개",
    "optimize.error.cli.values": "{count}개",
    "optimize.error.cli.variable": "{count}개",
    "optimize.error.cli.variables": "{count}개",
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
  adagrad   G ← G + g² (G₀ = 초기 누적값);  θ ← θ − lr·g/(√G + ε)
  rmsprop   v ← α·v + (1 − α)·g²;  θ ← θ − lr·g/(√v + ε)
  adadelta  v ← ρ·v + (1 − ρ)·g²;  Δ = √(u + ε)/√(v + ε)·g
            u ← ρ·u + (1 − ρ)·Δ²;  θ ← θ − lr·Δ
  adamax    m은 adam과 같음;  u ← max(β₂·u, |g| + ε)
            θ ← θ − lr/(1 − β₁ᵗ)·m/u
  nadam     μₜ = β₁·(1 − ½·0.96^(t·ψ));  m, v는 adam과 같음;  d = √v̂ + ε
            θ ← θ − lr·(1 − μₜ)/(1 − Πμ)·g/d − lr·μₜ₊₁/(1 − Πμ·μₜ₊₁)·m/d
  radam     m, v, m̂은 adam과 같음;  ρ∞ = 2/(1 − β₂) − 1
            ρₜ = ρ∞ − 2t·β₂ᵗ/(1 − β₂ᵗ)
            ρₜ > 5이면 θ ← θ − lr·m̂·r·√(1 − β₂ᵗ)/(√v + ε)
            아니면 θ ← θ − lr·m̂
  asgd      θ ← θ·(1 − λ·η) − η·g;  η = lr/(1 + λ·lr·t)^α
            t₀ 뒤부터 ax가 θ를 평균
  rprop     s ← s·η₊ (g의 부호가 같으면) 또는 s·η₋ (바뀌면)
            θ ← θ − sign(g)·s
  lbfgs     단계마다 최대 max_iter번: d = −H·g (H는 최근 history_size개의
            쌍 s, y로);  θ ← θ + t·d, t = lr 또는 강한 Wolfe 선 탐색

가중치 감쇠 λ는 g에 λ·θ를 더합니다 (adamw, 그리고 --decoupled-weight-decay를 준 nadam/radam은
대신 θ를 줄입니다). --schedule은 torch.optim.lr_scheduler처럼 걸음마다 lr을 바꿉니다. 발산하는
실행은 그 자리에서 멈추고 그렇다고 알립니다.

[dim]예:[/]
  mlmath optimize rosenbrock --optimizer momentum --steps 2000
  mlmath optimize "x**2 + 10*y**2" --start 3,1 --compare sgd,adam --lr 0.02
  mlmath optimize beale --optimizer lbfgs --strong-wolfe --steps 20
  mlmath optimize rosenbrock --optimizer nadam --lr 0.01 --schedule cosine
""",
    "optimize.function": "rosenbrock, beale, himmelblau, booth, sphere (또는 quadratic), matyas, rastrigin, "
    "saddle — 또는 식: \"x**2 + 10*y**2\".",
    "optimize.optimizer": "sgd, momentum, nesterov, adam, adamw, adagrad, rmsprop, adadelta, adamax, nadam, radam, "
    "asgd, rprop 또는 lbfgs \\[기본값: adam].",
    "optimize.lr": "학습률: 보폭 \\[sgd, momentum, nesterov, adam, adamw, radam 0.001; adamax, nadam 0.002; "
    "adagrad, rmsprop, asgd, rprop 0.01; adadelta, lbfgs 1].",
    "optimize.steps": "갱신 횟수.",
    "optimize.start": "시작점, 변수마다 값 하나: -1.5,2 \\[기본값: 내장 함수의 시작점].",
    "optimize.variables": "식의 변수 순서 \\[기본값: 알파벳순].",
    "optimize.compare": "같은 시작점에서 여러 옵티마이저를 나란히 실행합니다: sgd,momentum,adam.",
    "optimize.schedule": "학습률 스케줄 (torch.optim.lr_scheduler의 것), 갱신마다 한 걸음씩 나아갑니다; 콜론 뒤의 "
    "수는 기본값이 적힌 곳에서는 생략할 수 있습니다: step:STEP_SIZE[,GAMMA=0.1] (StepLR), exponential:GAMMA "
    "(ExponentialLR), cosine[:T_MAX=steps[,ETA_MIN=0]] (CosineAnnealingLR), onecycle[:MAX_LR=lr[,PCT_START=0.3]] "
    "(OneCycleLR, 모멘텀은 순환하지 않음), linear[:START_FACTOR=1/3[,TOTAL_ITERS=5[,END_FACTOR=1]]] "
    "(LinearLR 워밍업). 예: --schedule step:30,0.5.",
    "optimize.every": "경로를 K걸음마다 표와 --json에 적습니다 \\[기본값: 10행쯤; JSON은 모든 걸음].",
    "optimize.momentum": "모멘텀 μ (sgd 0; momentum, nesterov 0.9; rmsprop 0).",
    "optimize.dampening": "모멘텀의 감쇠 τ (sgd 계열, 0).",
    "optimize.nesterov": "네스테로프 모멘텀 (sgd 계열).",
    "optimize.weight_decay": "가중치 감쇠 λ (adamw 0.01, 분리형; 나머지 0).",
    "optimize.beta1": "평균 기울기 m의 감쇠 (adam, adamw, adamax, nadam, radam 0.9).",
    "optimize.beta2": "평균 제곱 기울기 v의 감쇠; adamax에서는 가장 큰 |g|의 감쇠 (0.999).",
    "optimize.eps": "분모가 0보다 크도록 더하는 값 (adam 계열, rmsprop 1e-8; adagrad 1e-10; adadelta 1e-6).",
    "optimize.rho": "Adadelta가 g²와 Δ²의 평균에 쓰는 감쇠, [0, 1] 안의 값 (0.9).",
    "optimize.momentum_decay": "NAdam의 모멘텀 감쇠 ψ, μₜ = β₁·(1 − ½·0.96^(t·ψ))에서 (0.004).",
    "optimize.decoupled_weight_decay": "NAdam, RAdam: g에 λ·θ를 더하는 대신 θ에 1 − lr·λ를 곱해 줄입니다 "
    "(AdamW처럼).",
    "optimize.initial_accumulator_value": "Adagrad의 제곱 기울기 합의 시작값 (0).",
    "optimize.lambd": "ASGD의 감쇠: θ ← θ·(1 − λ·η) − η·g (0.0001).",
    "optimize.t0": "ASGD는 t₀ 단계 뒤부터 평균을 냅니다 (1e6).",
    "optimize.eta_minus": "Rprop: g의 부호가 바뀔 때 보폭에 곱하는 값, (0, 1) 안 (0.5).",
    "optimize.eta_plus": "Rprop: g가 부호를 유지하는 동안 보폭에 곱하는 값, 1보다 큼 (1.2).",
    "optimize.step_min": "Rprop의 가장 작은 보폭 (1e-6).",
    "optimize.step_max": "Rprop의 가장 큰 보폭 (50).",
    "optimize.max_iter": "L-BFGS: 단계마다 반복 횟수 (20).",
    "optimize.max_eval": "L-BFGS: 단계마다 f를 계산하는 횟수 (max_iter·5//4).",
    "optimize.history_size": "L-BFGS: H를 만들려고 간직하는 쌍 (s, y)의 수 (100).",
    "optimize.tolerance_grad": "L-BFGS는 max|g| ≤ T이면 그 단계를 멈춥니다 (1e-7).",
    "optimize.tolerance_change": "L-BFGS는 θ나 f의 변화가 T 이하이면 그 단계를 멈춥니다 (1e-9).",
    "optimize.strong_wolfe": "L-BFGS: 각 보폭 t를 강한 Wolfe 선 탐색으로 고릅니다 "
    "(line_search_fn='strong_wolfe').",
    "optimize.alpha": "RMSprop의 평균 제곱 기울기의 감쇠 (0.99); ASGD에서는 η = lr/(1 + λ·lr·t)^α의 지수 (0.75).",
    "optimize.lr_decay": "Adagrad의 학습률 감쇠: lr/(1 + (t − 1)·D) (0).",
    "optimize.amsgrad": "AMSGrad: 지금까지 가장 큰 v로 나눕니다 (adam, adamw).",
    "optimize.centered": "중심화 RMSprop: √(v − ḡ²)로 나눕니다.",
    "optimize.maximize": "대신 올라갑니다: g ← −g.",
}
PANELS_KO = {"Hyper-parameters \\[default: torch.optim's]": "하이퍼파라미터 \\[기본값: torch.optim의 값]"}
