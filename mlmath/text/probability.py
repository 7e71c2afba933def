"""Sentences for softmax, activation and loss: from logits to probabilities to a loss and its gradient."""

EN = {
    # softmax -------------------------------------------------------------------------
    "softmax.temperature.sharper": "Divide the logits by T = {t}: T < 1 stretches the gaps between them, so the "
    "distribution gets sharper (largest probability {before} at T = 1 → {after})",
    "softmax.temperature.flatter": "Divide the logits by T = {t}: T > 1 shrinks the gaps between them, so the "
    "distribution gets flatter, towards uniform (largest probability {before} at T = 1 → {after})",
    "softmax.temperature.sharper_rows": "Divide the logits by T = {t}: T < 1 stretches the gaps between them, so "
    "each row gets sharper (row 1's largest probability {before} at T = 1 → {after})",
    "softmax.temperature.flatter_rows": "Divide the logits by T = {t}: T > 1 shrinks the gaps between them, so "
    "each row gets flatter, towards uniform (row 1's largest probability {before} at T = 1 → {after})",
    "softmax.shift": "Subtract the largest, m = {max}: [{logits}] − {max:p} = [{shifted}]  (softmax is unchanged "
    "when every logit moves by the same amount, and now no exponential can overflow)",
    "softmax.exp": "Exponentiate: e^[{shifted}] = [{exps}]",
    "softmax.sum": "Add them up: Σ = {total}",
    "softmax.divide": "Divide each by the sum, pᵢ = eᵢ/Σ: {probabilities}; the probabilities sum to {check}",
    "softmax.log": "log-softmax = (z − m) − log Σ: log-sum-exp LSE = m + log Σ = {max} + log {total} = {lse}, "
    "so log p = z − LSE = [{log_probabilities}]  (never log of 0)",
    "softmax.row": "Row {row}",
    "softmax.rows_hidden": "… {rows} more rows, computed the same way",
    "softmax.column": "Column {column}",
    "softmax.columns_hidden": "… {columns} more columns, computed the same way",
    "softmax.column_label": "column {column}",
    "softmax.headline_columns": "softmax of each column of a {shape} matrix (each column its own distribution, "
                                "as torch.softmax(z, dim=0))",
    "softmax.headline_columns_log": "log-softmax of each column of a {shape} matrix (dim=0)",
    "softmax.title.probabilities_columns": "Probabilities p, one column of z per row (each sums to 1)",
    "softmax.error.axis": "softmax runs along the last axis (-1) or, for a matrix, the first (0); got {axis} "
                          "for {ndim} dimension(s)",
    "softmax.error.axis.hint": "use `axis`=-1 (rows) or `axis`=0 (columns)",
    "softmax.jacobian": "Jacobian ∂pᵢ/∂zⱼ = pᵢ(δᵢⱼ − pⱼ), i.e. diag(p) − p·pᵀ: each row sums to 0, since the "
    "probabilities always sum to 1",
    "softmax.jacobian_t": "Jacobian ∂pᵢ/∂zⱼ = pᵢ(δᵢⱼ − pⱼ)/T, i.e. (diag(p) − p·pᵀ)/T with T = {t}: each row "
    "sums to 0, since the probabilities always sum to 1",
    "softmax.jacobian_log": "Jacobian of log-softmax ∂log pᵢ/∂zⱼ = δᵢⱼ − pⱼ, i.e. I − 1·pᵀ",
    "softmax.jacobian_log_t": "Jacobian of log-softmax ∂log pᵢ/∂zⱼ = (δᵢⱼ − pⱼ)/T, i.e. (I − 1·pᵀ)/T with T = {t}",
    "softmax.headline": "softmax(z) = [{values}]",
    "softmax.headline_t": "softmax(z/T) = [{values}]  (T = {t})",
    "softmax.headline_log": "log-softmax(z) = [{values}]",
    "softmax.headline_log_t": "log-softmax(z/T) = [{values}]  (T = {t})",
    "softmax.headline_rows": "softmax of each row of a {shape} matrix (each row its own distribution)",
    "softmax.headline_rows_log": "log-softmax of each row of a {shape} matrix",
    "softmax.most_likely": "Most likely: {label} (p = {p})",
    "softmax.title.steps": "Softmax term by term",
    "softmax.title.probabilities": "Probabilities p (each row sums to 1)",
    "softmax.title.log_probabilities": "Log-probabilities log p",
    "softmax.title.jacobian": "Jacobian ∂pᵢ/∂zⱼ",
    "softmax.title.jacobian_log": "Jacobian ∂log pᵢ/∂zⱼ",
    "softmax.title.jacobian_row": "Jacobian ∂pᵢ/∂zⱼ, row {row}",
    "softmax.title.jacobian_log_row": "Jacobian ∂log pᵢ/∂zⱼ, row {row}",
    "softmax.title.chart": "Probabilities",
    "softmax.title.chart_row": "Probabilities, row {row}",
    "softmax.charts_hidden": "(bar charts for the first {shown} rows only)",
    "softmax.row_label": "row {row}",
    "softmax.label.logits": "z",
    "softmax.label.scaled": "z/T",
    "softmax.label.shifted": "z − m",
    "softmax.label.exps": "e^(z−m)",
    "softmax.label.probabilities": "p",
    "softmax.label.log_probabilities": "log p",
    "softmax.title.top": "The {shown} most likely of {count:,} classes",
    "softmax.column.class": "class",
    "softmax.others": "{count:,} others",
    "softmax.others_sum": "{count:,} others: Σp = {p}",
    # activation ----------------------------------------------------------------------
    "activation.formula.sigmoid": "σ(x) = 1 / (1 + e⁻ˣ)      σ′(x) = σ(x)·(1 − σ(x))",
    "activation.formula.tanh": "tanh(x) = (eˣ − e⁻ˣ) / (eˣ + e⁻ˣ)      tanh′(x) = 1 − tanh²(x)",
    "activation.formula.relu": "relu(x) = max(0, x)      relu′(x) = 1 if x > 0, else 0",
    "activation.formula.leaky-relu": "leaky-relu(x) = x if x > 0, else {slope}·x      "
    "leaky-relu′(x) = 1 if x > 0, else {slope}",
    "activation.formula.softplus": "softplus(x) = log(1 + eˣ)      softplus′(x) = σ(x)",
    "activation.formula.gelu_none": "gelu(x) = x·Φ(x), Φ the standard normal CDF      gelu′(x) = Φ(x) + x·φ(x)",
    "activation.formula.gelu_tanh": "gelu(x) ≈ ½x·(1 + tanh(√(2/π)·(x + 0.044715x³)))  (approximate='tanh')",
    "activation.formula.softmax": "softmax(z)ᵢ = e^zᵢ / Σⱼ e^zⱼ      ∂pᵢ/∂zⱼ = pᵢ(δᵢⱼ − pⱼ)",
    "activation.title.values": "Values and derivatives",
    "activation.title.jacobian": "Jacobian ∂pᵢ/∂zⱼ",
    "activation.title.plot": "{name} and its derivative on [{low}, {high}]",
    "activation.title.plot_softmax": "p₀ as z₀ sweeps [{low}, {high}], the other logits held",
    "activation.title.facts": "Key facts",
    "activation.column.x": "x",
    "activation.column.z": "z",
    "activation.column.z0": "z₀",
    "activation.column.value": "f(x)",
    "activation.column.derivative": "f′(x)",
    "activation.column.p": "p",
    "activation.column.diagonal": "∂pᵢ/∂zᵢ",
    "activation.series.value": "{name}",
    "activation.series.derivative": "{name}′",
    "activation.series.p": "p₀",
    "activation.series.dp": "∂p₀/∂z₀",
    "activation.plot.marks": "{mark} marks {f} and {d} at the given {x}",
    "activation.plot.marks_inside": "{mark} marks {f} and {d} at the given {x} in [{low}, {high}] "
                                    "({hidden} outside it not shown)",
    "activation.points_hidden": "… {count} more points, computed the same way",
    "activation.step.sigmoid": "σ({x}) = 1 / (1 + e^(−{x:p})) = 1 / (1 + {e}) = {value};  "
    "σ′ = σ·(1 − σ) = {value}·{rest} = {derivative}",
    "activation.step.sigmoid_negative": "σ({x}) = e^{x:p} / (1 + e^{x:p}) = {e} / (1 + {e}) = {value}  "
    "(this form for x < 0 never overflows);  σ′ = σ·(1 − σ) = {value}·{rest} = {derivative}",
    "activation.step.sigmoid_underflow": "σ({x}) = e^{x:p} / (1 + e^{x:p}) ≈ {mantissa}·10^{exponent}, below the "
    "smallest float64 (about 5·10^-324), so it comes out as {value};  σ′ = {derivative}",
    "activation.step.tanh": "tanh({x}) = {value};  tanh′ = 1 − tanh² = 1 − {squared:squares} = {derivative}",
    "activation.step.relu_pos": "relu({x}) = max(0, {x}) = {value};  relu′ = 1 (x > 0: the gradient passes "
    "unchanged)",
    "activation.step.relu_neg": "relu({x}) = max(0, {x}) = 0;  relu′ = 0 (x < 0: no gradient flows)",
    "activation.step.relu_zero": "relu(0) = 0;  relu′(0) is a corner, undefined: mlmath takes 0, as PyTorch does",
    "activation.step.leaky_pos": "leaky-relu({x}) = {value} (x > 0);  derivative 1",
    "activation.step.leaky_neg": "leaky-relu({x}) = {product} = {value} (x < 0);  derivative {slope}",
    "activation.step.leaky_zero": "leaky-relu({x}) = {product} = {value};  derivative {slope}: at 0 PyTorch takes "
    "the slope of the left side",
    "activation.step.softplus": "softplus({x}) = log(1 + e^{x:p}) = log(1 + {e}) = {value};  "
    "softplus′ = σ({x}) = {derivative}",
    "activation.step.softplus_linear": "softplus({x}) = {value}: above x = {threshold} PyTorch returns x itself "
    "(log(1 + eˣ) differs from x by less than e⁻ˣ), and so does mlmath;  softplus′ = 1",
    "activation.step.gelu": "gelu({x}) = x·Φ(x) = {product} = {value};  gelu′ = Φ(x) + x·φ(x) = "
    "{terms: + } = {derivative}",
    "activation.step.gelu_tanh": "gelu({x}) ≈ ½·x·(1 + tanh u) with u = √(2/π)·(x + 0.044715·x³) = {inner} and "
    "tanh u = {t}: {value};  gelu′ = ½·(1 + tanh u) + ½·x·(1 − tanh² u)·u′ with u′ = √(2/π)·(1 + 0.134145·x²) "
    "= {du}: {derivative}",
    "activation.step.softmax": "Derivative: ∂pᵢ/∂zᵢ = pᵢ(1 − pᵢ) = [{diagonal}]; off the diagonal "
    "∂pᵢ/∂zⱼ = −pᵢpⱼ (the Jacobian table above)",
    "activation.fact.sigmoid.1": "Output in (0, 1): read it as a probability (the last layer of a binary "
    "classifier).",
    "activation.fact.sigmoid.2": "σ′ is at most 0.25 (at x = 0) and near 0 for large |x|: stacked sigmoids "
    "multiply gradients by ≤ 0.25 each — the vanishing gradient.",
    "activation.fact.sigmoid.3": "Not zero-centred: every output is positive.",
    "activation.fact.sigmoid.4": "Stable for large |x|: for x < 0 mlmath uses eˣ/(1 + eˣ), so σ(−1000) comes out "
    "as 0 (its true size, about 5·10⁻⁴³⁵, is below the smallest float64) without overflow.",
    "activation.fact.tanh.1": "Output in (−1, 1) and zero-centred: tanh(x) = 2σ(2x) − 1.",
    "activation.fact.tanh.2": "tanh′ is at most 1 (at x = 0), steeper than σ′, but still vanishes for "
    "large |x|.",
    "activation.fact.tanh.3": "A common choice for hidden layers of RNNs.",
    "activation.fact.relu.1": "For x > 0 the gradient is exactly 1: it does not vanish, and relu is cheap.",
    "activation.fact.relu.2": "For x < 0 output and gradient are 0: a neuron whose input stays negative stops "
    "learning (a dead neuron).",
    "activation.fact.relu.3": "At x = 0 the derivative is undefined; mlmath, like PyTorch, takes 0.",
    "activation.fact.leaky_relu.1": "Like relu for x > 0; for x ≤ 0 it keeps a small slope ({slope}).",
    "activation.fact.leaky_relu.2": "The gradient for x < 0 is {slope}, not 0, so neurons cannot die.",
    "activation.fact.leaky_relu.3": "PyTorch's default slope is 0.01 (--slope changes it); at x = 0 the slope "
    "branch is used.",
    "activation.fact.softplus.1": "A smooth relu: always positive, and log(1 + eˣ) → x for large x.",
    "activation.fact.softplus.2": "Its derivative is the sigmoid: softplus′(x) = σ(x).",
    "activation.fact.softplus.3": "Like PyTorch, for x > {threshold} it returns x itself (the difference is "
    "below 2·10⁻⁹).",
    "activation.fact.gelu_none.1": "gelu(x) = x·Φ(x): the input weighted by how likely a standard normal is "
    "below it; used in transformers (BERT, GPT).",
    "activation.fact.gelu_none.2": "Smooth and slightly negative for x < 0 (minimum ≈ −0.17 at x ≈ −0.75), so "
    "small negative inputs still pass a gradient.",
    "activation.fact.gelu_none.3": "This is PyTorch's default, approximate='none' (the exact erf form); "
    "--approximate tanh gives the tanh formula.",
    "activation.fact.gelu_tanh.1": "The tanh formula approximates x·Φ(x) to within 0.0005 everywhere.",
    "activation.fact.gelu_tanh.2": "Smooth and slightly negative for x < 0 (minimum ≈ −0.17 at x ≈ −0.75).",
    "activation.fact.gelu_tanh.3": "This is PyTorch's approximate='tanh'; the default is the exact erf form.",
    "activation.fact.softmax.1": "Turns a vector of logits into probabilities: each in (0, 1), summing to 1.",
    "activation.fact.softmax.2": "Adding the same number to every logit changes nothing (shift invariance); "
    "mlmath subtracts the largest so nothing overflows.",
    "activation.fact.softmax.3": "∂pᵢ/∂zⱼ = pᵢ(δᵢⱼ − pⱼ): raising one logit raises its probability and lowers "
    "all the others.",
    "activation.fact.softmax.4": "With two logits [x, 0], softmax gives [σ(x), 1 − σ(x)]: the sigmoid is its "
    "two-class case.",
    "activation.formula.elu": "elu(x) = x if x > 0, else α·(eˣ − 1), α = {alpha}      elu′(x) = 1 if x > 0, "
    "else α·eˣ",
    "activation.formula.selu": "selu(x) = λ·x if x > 0, else λ·α·(eˣ − 1), λ ≈ 1.0507, α ≈ 1.6733      "
    "selu′(x) = λ if x > 0, else λ·α·eˣ",
    "activation.formula.celu": "celu(x) = x if x > 0, else α·(e^(x/α) − 1), α = {alpha}      celu′(x) = 1 if "
    "x > 0, else e^(x/α)",
    "activation.formula.silu": "silu(x) = x·σ(x)  (swish)      silu′(x) = σ(x)·(1 + x·(1 − σ(x)))",
    "activation.formula.mish": "mish(x) = x·tanh(softplus(x))      mish′(x) = tanh(sp) + x·σ(x)·(1 − tanh²(sp))",
    "activation.formula.relu6": "relu6(x) = min(max(0, x), 6)      relu6′(x) = 1 if 0 < x < 6, else 0",
    "activation.formula.hardtanh": "hardtanh(x) = clip(x, {min_val}, {max_val})      hardtanh′(x) = 1 if "
    "{min_val} < x < {max_val}, else 0",
    "activation.formula.hardsigmoid": "hardsigmoid(x) = clip(x/6 + ½, 0, 1)      hardsigmoid′(x) = 1/6 if "
    "−3 < x < 3, else 0",
    "activation.formula.hardswish": "hardswish(x) = x·clip(x + 3, 0, 6)/6      hardswish′(x) = 0 (x ≤ −3), "
    "x/3 + ½ (−3 < x < 3), 1 (x ≥ 3)",
    "activation.formula.logsigmoid": "logsigmoid(x) = log σ(x) = −log(1 + e⁻ˣ)      logsigmoid′(x) = 1 − σ(x)",
    "activation.formula.softsign": "softsign(x) = x / (1 + |x|)      softsign′(x) = 1 / (1 + |x|)²",
    "activation.formula.tanhshrink": "tanhshrink(x) = x − tanh(x)      tanhshrink′(x) = tanh²(x)",
    "activation.formula.prelu": "prelu(x) = x if x > 0, else a·x, a the learned slope (here {slope})      "
    "∂/∂x = 1 or a,  ∂/∂a = 0 or x",
    "activation.formula.softplus_beta": "softplus(x) = log(1 + e^(β·x))/β, β = {beta}; x itself where "
    "β·x > {threshold}      softplus′(x) = σ(β·x)",
    "activation.step.elu_pos": "{name}({x}) = {value} (x > 0);  derivative 1",
    "activation.step.elu_neg": "elu({x}) = α·(e^{x:p} − 1) = {alpha}·{em1:p} = {value};  elu′ = α·eˣ = "
    "{alpha}·{e} = {derivative}",
    "activation.step.selu_pos": "selu({x}) = λ·x = {scale}·{x:p} = {value};  selu′ = λ = {scale}",
    "activation.step.selu_neg": "selu({x}) = λ·α·(e^{x:p} − 1) = {scale}·{alpha}·{em1:p} = {value};  "
    "selu′ = λ·α·eˣ = {scale}·{alpha}·{e} = {derivative}",
    "activation.step.celu_neg": "celu({x}) = α·(e^(x/α) − 1) with x/α = {ratio}: {alpha}·{em1:p} = {value};  "
    "celu′ = e^(x/α) = {derivative}",
    "activation.step.silu": "silu({x}) = x·σ(x) = {product} = {value};  silu′ = σ(x)·(1 + x·(1 − σ(x))) with "
    "1 − σ(x) = {rest}: {derivative}",
    "activation.step.mish": "mish({x}): softplus(x) = {sp}, tanh of it = {t}, so x·tanh = {value};  "
    "mish′ = tanh + x·σ(x)·(1 − tanh²) with σ(x) = {s}: {derivative}",
    "activation.step.clip_inside": "{name}({x}) = {x} (strictly between {low} and {high});  derivative 1",
    "activation.step.clip_low": "{name}({x}) = {low} (x ≤ {low}: held at the floor);  derivative 0 (also at the "
    "corner itself, as PyTorch)",
    "activation.step.clip_high": "{name}({x}) = {high} (x ≥ {high}: held at the ceiling);  derivative 0 (also at "
    "the corner itself, as PyTorch)",
    "activation.step.hardsigmoid_inside": "hardsigmoid({x}) = (x + 3)/6 = {shifted}/6 = {value};  derivative "
    "1/6, in PyTorch the float32 constant {derivative}",
    "activation.step.hardsigmoid_outside": "hardsigmoid({x}) = {value} (outside (−3, 3) it is flat);  "
    "derivative 0",
    "activation.step.hardswish_low": "hardswish({x}) = 0 (x ≤ −3);  derivative 0",
    "activation.step.hardswish_mid": "hardswish({x}) = x·(x + 3)/6 = {x}·{clipped:p}/6 = {value};  derivative "
    "x/3 + ½ = {third} + 0.5 = {derivative}",
    "activation.step.hardswish_high": "hardswish({x}) = x = {value} (x ≥ 3);  derivative 1",
    "activation.step.logsigmoid": "logsigmoid({x}) = −log(1 + e^(−x)) = {value}  (computed as min(x, 0) − "
    "log(1 + e^(−|x|)), never overflowing);  derivative 1 − σ(x) = {derivative}",
    "activation.step.softsign": "softsign({x}) = x/(1 + |x|) = {x}/{denominator} = {value};  derivative "
    "1/(1 + |x|)² = 1/{denominator}² = {derivative}",
    "activation.step.tanhshrink": "tanhshrink({x}) = x − tanh x = {x} − {t:p} = {value};  derivative tanh² x = "
    "{squared:squares} = {derivative}",
    "activation.step.prelu_learned": "prelu's slope a is a weight: a real network learns it by gradient descent "
    "like any other weight (nn.PReLU starts it at 0.25); here it is given, {channels} slope(s), channel c for "
    "the c-th point of every row",
    "activation.step.prelu_pos": "prelu({x}) = {value} (x > 0, channel {channel});  ∂/∂x = 1, ∂/∂a = 0",
    "activation.step.prelu_neg": "prelu({x}) = a·x = {product} = {value} (channel {channel});  ∂/∂x = a = "
    "{slope}, ∂/∂a = x = {x}",
    "activation.step.prelu_slope_gradient": "Gradient for the slope, ∂(Σ prelu)/∂a per channel = the sum of "
    "that channel's x ≤ 0: [{values}]  (what training follows to learn a)",
    "activation.step.softplus_beta": "softplus({x}) = log(1 + e^(β·x))/β with β·x = {bx}: {value};  "
    "softplus′ = σ(β·x) = {derivative}",
    "activation.step.softplus_beta_linear": "softplus({x}) = {value}: β·x = {bx} > {threshold}, where PyTorch "
    "returns x itself;  softplus′ = 1",
    "activation.fact.elu.1": "Like relu for x > 0; for x < 0 it bends smoothly down to −α = −{alpha}, so the mean "
    "output is nearer 0 than relu's.",
    "activation.fact.elu.2": "For x < 0 the gradient α·eˣ is small but never 0: no dead neurons; it saturates "
    "(→ 0) for very negative x.",
    "activation.fact.elu.3": "Range (−α, ∞); PyTorch's default α = 1 (--alpha changes it); at 0 the derivative "
    "is the left side's, α.",
    "activation.fact.selu.1": "Scaled elu with fixed λ ≈ 1.0507 and α ≈ 1.6733: chosen so that activations keep "
    "mean 0 and variance 1 through many layers (self-normalizing networks).",
    "activation.fact.selu.2": "Range (−λα, ∞) ≈ (−1.7581, ∞); it saturates at −1.7581 for very negative x.",
    "activation.fact.selu.3": "Meant for plain stacks of fully connected layers with LeCun-normal weights; at 0 "
    "the derivative is λα ≈ 1.7581 (the left side).",
    "activation.fact.celu.1": "A continuously differentiable elu: α·(e^(x/α) − 1) for x ≤ 0 has slope 1 at 0 "
    "for every α (here α = {alpha}).",
    "activation.fact.celu.2": "Range (−α, ∞); it saturates at −α for very negative x.",
    "activation.fact.celu.3": "With α = 1 it is exactly elu.",
    "activation.fact.silu.1": "silu(x) = x·σ(x), also called swish: smooth, unbounded above, with a minimum ≈ "
    "−0.278 at x ≈ −1.278.",
    "activation.fact.silu.2": "Not monotonic: small negative inputs give small negative outputs and still a "
    "gradient; very negative ones go to 0.",
    "activation.fact.silu.3": "Used in EfficientNet and in the feed-forward layers of many transformers "
    "(SwiGLU).",
    "activation.fact.mish.1": "mish(x) = x·tanh(softplus(x)): smooth and non-monotonic like silu, minimum ≈ "
    "−0.309 at x ≈ −1.19.",
    "activation.fact.mish.2": "Range ≈ [−0.309, ∞); it tends to x for large x and to 0 for very negative x.",
    "activation.fact.mish.3": "Used in YOLOv4; costlier than relu (an exp, a log and a tanh per entry).",
    "activation.fact.relu6.1": "relu capped at 6: range [0, 6].",
    "activation.fact.relu6.2": "The cap keeps activations small enough for low-precision (8-bit) arithmetic; "
    "used in MobileNet.",
    "activation.fact.relu6.3": "The gradient is 1 only strictly between 0 and 6; at 0 and 6 PyTorch takes 0.",
    "activation.fact.hardtanh.1": "A piecewise-linear tanh: x clipped to [{min_val}, {max_val}].",
    "activation.fact.hardtanh.2": "Cheap (no exp); the gradient is 1 inside and 0 outside, so it saturates hard "
    "at both limits.",
    "activation.fact.hardtanh.3": "PyTorch's defaults are −1 and 1 (--min-val, --max-val); at the limits the "
    "derivative is 0.",
    "activation.fact.hardsigmoid.1": "A piecewise-linear sigmoid: 0 up to −3, 1 from 3, (x + 3)/6 between; "
    "range [0, 1].",
    "activation.fact.hardsigmoid.2": "Cheap (no exp), for mobile networks (MobileNetV3); its gradient is 1/6 "
    "inside (−3, 3) and 0 outside.",
    "activation.fact.hardsigmoid.3": "PyTorch multiplies by 1/6 as the float32 constant 0.16666667163… in the "
    "derivative; mlmath does the same, to match it exactly.",
    "activation.fact.hardswish.1": "hardswish(x) = x·hardsigmoid(x): a cheap silu, range [−0.375, ∞) (minimum at "
    "x = −1.5).",
    "activation.fact.hardswish.2": "0 for x ≤ −3 (gradient 0), x for x ≥ 3 (gradient 1), x(x + 3)/6 between.",
    "activation.fact.hardswish.3": "Introduced in MobileNetV3; at the corners PyTorch takes 0 at −3 and 1 at 3.",
    "activation.fact.logsigmoid.1": "log σ(x) = −softplus(−x): range (−∞, 0).",
    "activation.fact.logsigmoid.2": "Computed as min(x, 0) − log(1 + e^(−|x|)), which never overflows: "
    "logsigmoid(−1000) = −1000, not −∞.",
    "activation.fact.logsigmoid.3": "Its derivative 1 − σ(x) → 1 for very negative x: it never saturates on "
    "the left; used in log-likelihoods (−logsigmoid is BCE with logits for y = 1).",
    "activation.fact.softsign.1": "x/(1 + |x|): like tanh, range (−1, 1) and zero-centred.",
    "activation.fact.softsign.2": "It approaches ±1 polynomially, not exponentially: the gradient 1/(1 + |x|)² "
    "vanishes more slowly than tanh′.",
    "activation.fact.softsign.3": "Cheap: no exponential.",
    "activation.fact.tanhshrink.1": "x − tanh(x): near 0 it is about x³/3, almost flat; for large |x| it is "
    "x ∓ 1.",
    "activation.fact.tanhshrink.2": "Range (−∞, ∞); its derivative tanh²(x) lies in [0, 1) and is 0 at x = 0.",
    "activation.fact.tanhshrink.3": "Shrinks small inputs towards 0 (as in sparse coding), passing large ones "
    "almost unchanged.",
    "activation.fact.prelu.1": "leaky-relu whose slope a is learned: in a real network a is a weight (one, or one "
    "per channel), updated by gradient descent with ∂L/∂a = Σ over x ≤ 0 of x·(upstream gradient).",
    "activation.fact.prelu.2": "Range (−∞, ∞) for a > 0; no dead neurons as long as a ≠ 0.",
    "activation.fact.prelu.3": "nn.PReLU starts a at 0.25; give it with --slope (one number, or one per channel: "
    "the points are then read in rows of that many channels).",
    "activation.param.only": "`{name}` applies only to {functions}",
    "activation.param.finite": "`{name}` must be a finite number",
    "activation.param.positive": "`{name}` must be positive, got {value:g}; e.g. `{name}`={example}",
    "activation.param.order": "the lower limit {low:g} must be below the upper limit {high:g}; e.g. "
    "`min_val`=-1 `max_val`=1",
    "activation.param.channels": "{count} points cannot be read in rows of {channels} channels; give a multiple "
    "of {channels} points, or one slope",
    # loss ----------------------------------------------------------------------------
    "loss.formula.mse": "MSE: each term is the squared error (ŷᵢ − yᵢ)²",
    "loss.formula.mae": "MAE (L1): each term is the absolute error |ŷᵢ − yᵢ|",
    "loss.formula.rmse": "RMSE = √MSE: each term is the squared error (ŷᵢ − yᵢ)², the root is taken after "
    "the reduction",
    "loss.formula.huber": "Huber (δ = {delta}): ½(ŷ − y)² while |ŷ − y| < δ, δ·(|ŷ − y| − ½δ) beyond: squared "
    "near 0, linear for outliers",
    "loss.formula.bce": "Binary cross-entropy: each term is −(y·log p + (1 − y)·log(1 − p))",
    "loss.formula.bce_logits": "Binary cross-entropy from logits: p = σ(x), each term −(y·log p + (1 − y)·"
    "log(1 − p)), computed stably as max(x, 0) − x·y + log(1 + e^(−|x|))",
    "loss.formula.ce": "Cross-entropy: each row's term is −Σ yᵢ·log pᵢ, i.e. −log p[true class] for a class index",
    "loss.formula.ce_logits": "Cross-entropy from logits: p = softmax(z), each row's term −log p[true class] = "
    "log Σ e^z − z[true class] (log-sum-exp, stable)",
    "loss.formula.categorical-ce": "Categorical cross-entropy: each row's term is −Σ yᵢ·log pᵢ with y one-hot "
    "(or a distribution)",
    "loss.formula.categorical-ce_logits": "Categorical cross-entropy from logits: p = softmax(z), each row's "
    "term −Σ yᵢ·log pᵢ, with log p = z − log Σ e^z (stable)",
    "loss.formula.sparse-ce": "Sparse categorical cross-entropy: the target is the class index t, each row's "
    "term is −log p[t]",
    "loss.formula.sparse-ce_logits": "Sparse categorical cross-entropy from logits: p = softmax(z), each row's "
    "term −log p[t] = log Σ e^z − z[t] (stable)",
    "loss.per_sample": "One term per sample, {count} in all (the table above)",
    "loss.samples_hidden": "… {count} more, computed the same way",
    "loss.term.squared": "({pred} − {target:p})² = {diff:squares} = {value}",
    "loss.term.absolute": "|{pred} − {target:p}| = {size}",
    "loss.term.huber_small": "|{pred} − {target:p}| = {size} < δ: ½·{squared:squares} = {value}",
    "loss.term.huber_large": "|{pred} − {target:p}| = {size} ≥ δ: {delta}·({size} − ½·{delta}) = {value}",
    "loss.term.bce_one": "−log({p}) = {value}",
    "loss.term.bce_zero": "−log(1 − {p}) = {value}",
    "loss.term.bce_soft": "−({target}·log({p}) + {rest}·log({q})) = {value}",
    "loss.term.bce_logits_one": "p = σ({x}) = {p};  −log p = {value}",
    "loss.term.bce_logits_zero": "p = σ({x}) = {p};  −log(1 − p) = {value}",
    "loss.term.bce_logits_soft": "p = σ({x}) = {p};  −({target}·log p + {rest}·log(1 − p)) = {value}",
    "loss.term.ce": "class {cls}: −log({p}) = {value}",
    "loss.term.ce_logits": "class {cls}: log Σ e^z − z[{cls}] = {lse} − {logit:p} = {value}  (p[{cls}] = {p})",
    "loss.term.ce_soft": "−Σ yᵢ·log pᵢ = −({products: + }) = {value}",
    "loss.term.ce_soft_logits": "−Σ yᵢ·log softmax(z)ᵢ = −({products: + }) = {value}",
    "loss.reduce.mean": "Reduction mean: {value}",
    "loss.reduce.sum": "Reduction sum: {value}",
    "loss.reduce.none": "Reduction none: the {count} terms themselves are the answer",
    "loss.reduce.rmse_mean": "Reduction mean, then the root: {inside}; {value}",
    "loss.reduce.rmse_sum": "Reduction sum, then the root: {inside}; {value}",
    "loss.reduce.rmse_none": "Reduction none: the root of each of the {count} squared errors, √((ŷ − y)²) = "
    "|ŷ − y|",
    "loss.rmse_zero": "Where the error is 0, √ has no derivative (PyTorch gives nan); mlmath reports 0, the "
    "gradient at the minimum",
    "loss.gradient.mse": "Gradient ∂L/∂ŷᵢ = 2(ŷᵢ − yᵢ) = [{values}]",
    "loss.gradient.mse_mean": "Gradient ∂L/∂ŷᵢ = 2(ŷᵢ − yᵢ)/{count} = [{values}]",
    "loss.gradient.rmse": "Gradient ∂L/∂ŷᵢ = (ŷᵢ − yᵢ)/L = [{values}]",
    "loss.gradient.rmse_mean": "Gradient ∂L/∂ŷᵢ = (ŷᵢ − yᵢ)/(N·L) with N = {count}: [{values}]",
    "loss.gradient.mae": "Gradient ∂L/∂ŷᵢ = sign(ŷᵢ − yᵢ) = [{values}]",
    "loss.gradient.mae_mean": "Gradient ∂L/∂ŷᵢ = sign(ŷᵢ − yᵢ)/{count} = [{values}]",
    "loss.gradient.huber": "Gradient ∂L/∂ŷᵢ = clip(ŷᵢ − yᵢ, −δ, δ) = [{values}]",
    "loss.gradient.huber_mean": "Gradient ∂L/∂ŷᵢ = clip(ŷᵢ − yᵢ, −δ, δ)/{count} = [{values}]",
    "loss.gradient.bce": "Gradient ∂L/∂pᵢ = (pᵢ − yᵢ)/(pᵢ(1 − pᵢ)) = [{values}]",
    "loss.gradient.bce_mean": "Gradient ∂L/∂pᵢ = (pᵢ − yᵢ)/(pᵢ(1 − pᵢ))/{count} = [{values}]",
    "loss.gradient.bce_logits": "Gradient ∂L/∂xᵢ = σ(xᵢ) − yᵢ = [{values}]  (sigmoid and log cancel to p − y)",
    "loss.gradient.bce_logits_mean": "Gradient ∂L/∂xᵢ = (σ(xᵢ) − yᵢ)/{count} = [{values}]  (sigmoid and log "
    "cancel to p − y)",
    "loss.gradient.ce": "Gradient ∂L/∂p = −y/p, entry by entry (every row in the table above); row 1: [{values}]",
    "loss.gradient.ce_mean": "Gradient ∂L/∂p = −y/p/{count}, entry by entry (every row in the table above); "
    "row 1: [{values}]",
    "loss.gradient.ce_logits": "Gradient ∂L/∂z = p − y: softmax and cross-entropy together give the "
    "probabilities minus the target; row 1: [{p}] − [{y}] = [{difference}]",
    "loss.gradient.ce_logits_mean": "Gradient ∂L/∂z = (p − y)/{count}: softmax and cross-entropy together give "
    "the probabilities minus the target; row 1: [{p}] − [{y}] = [{difference}]",
    "loss.log.clamp": "log(0): a probability of exactly 0 (or 1, in log(1 − p)) makes a log −∞; mlmath clamps "
    "every log at {floor}, as PyTorch's BCE does, so such a term counts at most 100",
    "loss.log.clamp_ce": "log(0): a probability of exactly 0 for the true class makes −log p infinite; mlmath "
    "clamps every log at {floor}, as PyTorch's binary cross-entropy does, so such a term counts at most 100",
    "loss.log.clamped_bce": "Clamped here: a log in sample(s) {samples} was below {floor}; the gradient there is "
    "PyTorch's (p − y)/max(p(1 − p), 10⁻¹²), finite but huge",
    "loss.log.clamped_ce": "Clamped here: a log in sample(s) {samples} was below {floor}; the clamp is flat, so "
    "the gradient there is 0 (PyTorch's autograd gives nan for 0/0)",
    "loss.log.stable": "log(0): from logits the log is taken through log-sum-exp, so it is never log 0 and needs "
    "no clamp",
    "loss.title.terms": "Per sample",
    "loss.title.gradient": "Gradient {name} (rows: samples, columns: classes)",
    "loss.title.softmax": "p = softmax(z) (rows: samples, columns: classes)",
    "loss.title.gradient_softmax": "Gradient ∂L/∂z = p − y (rows: samples, columns: classes)",
    "loss.title.gradient_softmax_mean": "Gradient ∂L/∂z = (p − y)/{count} (rows: samples, columns: classes)",
    "loss.column.gradient": "∂L/∂ŷ",
    "loss.column.gradient_p": "∂L/∂p",
    "loss.column.gradient_x": "∂L/∂x",
    "loss.column.gradient_z": "∂L/∂z",
    "loss.title.compare": "Every loss that fits these inputs (reduction {reduction})",
    "loss.column.sample": "#",
    "loss.column.pred": "ŷ",
    "loss.column.logit": "x",
    "loss.column.target": "y",
    "loss.column.term": "term",
    "loss.column.kind": "loss",
    "loss.column.value": "value",
    "loss.column.input": "on",
    "loss.column.fits": "fits",
    "loss.headline.mean": "{name} = {value}  (mean of {count})",
    "loss.headline.sum": "{name} = {value}  (sum of {count})",
    "loss.headline.none": "{name} per sample = [{values}]",
    "loss.name.mse": "MSE",
    "loss.name.mae": "MAE",
    "loss.name.rmse": "RMSE",
    "loss.name.huber": "Huber",
    "loss.name.bce": "BCE",
    "loss.name.ce": "Cross-entropy",
    "loss.name.categorical-ce": "Categorical CE",
    "loss.name.sparse-ce": "Sparse CE",
    "loss.fits.mse": "regression; squaring punishes large errors most",
    "loss.fits.mae": "regression robust to outliers; every error counts in proportion",
    "loss.fits.rmse": "regression, in the targets' own units",
    "loss.fits.huber": "regression with outliers: squared for small errors, linear for large",
    "loss.fits.bce": "binary or multi-label classification (a sigmoid per output)",
    "loss.fits.ce": "multi-class; takes class indices or probability rows",
    "loss.fits.categorical-ce": "multi-class with one-hot targets (softmax outputs)",
    "loss.fits.sparse-ce": "multi-class with integer labels (softmax outputs)",
    "loss.fits.on_probabilities": "on probabilities: weak gradient when confidently wrong",
    "loss.formula.smooth-l1": "Smooth L1 (β = {beta}): ½(ŷ − y)²/β while |ŷ − y| < β, |ŷ − y| − ½β beyond (β = 0: "
    "plain L1); Huber divided by β",
    "loss.formula.kl-div": "KL divergence: the input is log q (log-probabilities), the target p; each term "
    "p·(log p − log q), with 0·log 0 = 0",
    "loss.formula.kl-div_log_target": "KL divergence with log_target: input log q, target log p; each term "
    "e^(log p)·(log p − log q)",
    "loss.formula.hinge-embedding": "Hinge embedding (margin {margin}): the term is x where y = 1, max(0, margin − x) "
    "where y = −1 (x is a distance: small for similar pairs, beyond the margin for dissimilar ones)",
    "loss.formula.margin-ranking": "Margin ranking (margin {margin}): each term max(0, −y·(x₁ − x₂) + margin): y = 1 "
    "wants x₁ above x₂ by the margin, y = −1 below",
    "loss.formula.cosine-embedding": "Cosine embedding (margin {margin}): per row 1 − cos(x₁, x₂) where y = 1, "
    "max(0, cos(x₁, x₂) − margin) where y = −1; cos = x₁·x₂/√((|x₁|² + 10⁻¹²)(|x₂|² + 10⁻¹²))",
    "loss.formula.poisson-nll_log": "Poisson NLL with log_input: the input is x = log λ, each term e^x − y·x "
    "(−log of the Poisson probability of the count y, without log y!)",
    "loss.formula.poisson-nll_rate": "Poisson NLL: the input is the rate λ, each term λ − y·log(λ + ε), ε = {eps}",
    "loss.formula.gaussian-nll": "Gaussian NLL: each term ½·(log σ² + (x − y)²/σ²), the variance floored at "
    "ε = {eps}",
    "loss.formula.gaussian-nll_full": "Gaussian NLL (full): each term ½·(log σ² + (x − y)²/σ²) + ½·log 2π, the "
    "variance floored at ε = {eps}",
    "loss.formula.bce_pos_weight": "Binary cross-entropy from logits with pos_weight w: p = σ(x), each term "
    "−(w·y·log p + (1 − y)·log(1 − p)); w > 1 weighs the positives more (recall), w < 1 less (precision)",
    "loss.formula.nll": "Negative log-likelihood: the input is already log p (a log-softmax), each row's term "
    "−w[t]·log p[t], with class weights w = [{weights}]",
    "loss.formula.weighted_ce": "Cross-entropy with class weights w = [{weights}] and label smoothing ε = "
    "{smoothing}: each row's term −Σ q_c·log p_c, with q = (1 − ε)·w[t] on the true class t plus ε·w_c/{classes} "
    "on every class",
    "loss.term.smooth_l1_small": "|{pred} − {target:p}| = {size} < β: ½·{squared:squares}/{beta} = {value}",
    "loss.term.smooth_l1_large": "|{pred} − {target:p}| = {size} ≥ β: {size} − ½·{beta} = {value}",
    "loss.term.kl": "{target}·(log {target} − {input:p}) = {value}",
    "loss.term.kl_zero": "target 0: 0·(log 0 − {input:p}) counts 0",
    "loss.term.kl_log_target": "e^{target:p}·({target} − {input:p}) = {value}",
    "loss.term.hinge_positive": "y = 1: the term is x = {value}",
    "loss.term.hinge_negative": "y = −1: max(0, {margin} − {x:p}) = {value}",
    "loss.term.margin_ranking": "max(0, −{y:p}·({x1} − {x2:p}) + {margin:p}) = max(0, {inside}) = {value}",
    "loss.term.cosine_similar": "row {row}: cos = {dot}/({norm1}·{norm2}) = {cos}; y = 1: 1 − {cos:p} = {value}",
    "loss.term.cosine_dissimilar": "row {row}: cos = {dot}/({norm1}·{norm2}) = {cos}; y = −1: max(0, {cos} − "
    "{margin:p}) = {value}",
    "loss.term.poisson_log": "e^{x:p} − {y}·{x:p} = {e} − {y}·{x:p} = {value}",
    "loss.term.poisson_log_full": "e^{x:p} − {y}·{x:p} + Stirling {stirling} = {value}",
    "loss.term.poisson_rate": "{x} − {y}·log({x} + ε) = {value}",
    "loss.term.poisson_rate_full": "{x} − {y}·log({x} + ε) + Stirling {stirling} = {value}",
    "loss.term.gaussian": "½·(log {var} + {diff:squares}/{var}) = {value}",
    "loss.term.gaussian_full": "½·(log {var} + {diff:squares}/{var}) + ½·log 2π = {value}",
    "loss.term.bce_pos_weight": "p = σ({x}) = {p};  −({w}·{target}·log p + {rest}·log(1 − p)) = {value}",
    "loss.term.ignored": "row {row}: the target is ignore_index {index}: the term is 0 and the row is not counted",
    "loss.term.nll": "−Σ q·log p = −({products: + }) = {value}",
    "loss.term.weighted_ce": "−Σ q_c·log p_c = −({products: + }) = {value}",
    "loss.reduce.batchmean": "Reduction batchmean (the true KL per sample, over the {batch} rows): {value}",
    "loss.reduce.weighted_note": "With class weights the mean divides by the weights of the true classes, "
    "Σ w[t] = {denominator}, not by the number of rows (as PyTorch)",
    "loss.kl.mean_warning": "Reduction mean divides by every entry, not by the rows: PyTorch warns that this is not "
    "the KL divergence; batchmean is",
    "loss.poisson.full": "full: Stirling's approximation of log y! = y·log y − y + ½·log(2πy) is added where y > 1",
    "loss.gaussian.floor": "A variance below ε = {eps} is raised to ε (PyTorch does it without a gradient: ∂L/∂σ² "
    "is taken at ε)",
    "loss.ignored": "Rows {rows} have the target ignore_index = {index}: no term, no gradient, not counted in the "
    "mean",
    "loss.gradient.smooth-l1": "Gradient ∂L/∂ŷᵢ = (ŷᵢ − yᵢ)/β inside, sign(ŷᵢ − yᵢ) beyond, times {scale} for the "
    "reduction: [{values}]",
    "loss.gradient.kl-div": "Gradient ∂L/∂(log q)ᵢ = −pᵢ, times {scale} for the reduction: [{values}]",
    "loss.gradient.hinge-embedding": "Gradient ∂L/∂xᵢ = 1 where y = 1, −1 where y = −1 and x ≤ margin (0 beyond), "
    "times {scale} for the reduction: [{values}]",
    "loss.gradient.margin-ranking": "Gradient ∂L/∂x₁ = −y (and ∂L/∂x₂ = y) where the term is not clamped at 0, "
    "times {scale} for the reduction: [{values}]",
    "loss.gradient.cosine-embedding": "Gradient ∂cos/∂x₁ = x₂/(|x₁||x₂|) − cos·x₁/|x₁|², with sign −1 where y = 1 "
    "and +1 where y = −1 above the margin, times {scale}: [{values}]",
    "loss.gradient.poisson-nll_log": "Gradient ∂L/∂xᵢ = e^xᵢ − yᵢ, times {scale} for the reduction: [{values}]",
    "loss.gradient.poisson-nll_rate": "Gradient ∂L/∂λᵢ = 1 − yᵢ/(λᵢ + ε), times {scale} for the reduction: "
    "[{values}]",
    "loss.gradient.gaussian-nll": "Gradient ∂L/∂xᵢ = (xᵢ − yᵢ)/σᵢ², times {scale} for the reduction: [{values}]; "
    "∂L/∂σ² = ½(1/σ² − (x − y)²/σ⁴) (gradient2)",
    "loss.gradient.bce_pos_weight": "Gradient ∂L/∂xᵢ = σ(xᵢ)·(w·yᵢ + 1 − yᵢ) − w·yᵢ, times {scale} for the "
    "reduction: [{values}]",
    "loss.gradient.nll": "Gradient ∂L/∂(log p) = −w[t] on the true class, 0 elsewhere, divided by {count} for the "
    "mean; row 1: [{values}]",
    "loss.gradient.weighted_ce_logits": "Gradient ∂L/∂z = p·Σq − q, divided by {count} for the mean; first row: "
    "[{values}]",
    "loss.gradient.weighted_ce": "Gradient ∂L/∂p = −q/p, divided by {count} for the mean; first row: [{values}]",
    "loss.param.only": "`{name}` applies only to {kinds}",
    "loss.param.finite": "`{name}` must be a finite number",
    "loss.param.nonnegative": "`{name}` must be finite numbers ≥ 0",
    "loss.param.negative": "`{name}` must not be negative, got {value:g}",
    "loss.param.positive": "`{name}` must be positive, got {value:g}",
    "loss.param.plus_minus_one": "the labels are 1 or -1, got {value}",
    "loss.param.batchmean": "reduction batchmean applies only to kl-div; use mean, sum or none",
    "loss.param.compare": "`compare` sets mse, mae, rmse, huber, bce and the ce kinds side by side, without "
    "their extra options",
    "loss.param.pos_weight_logits": "`pos_weight` needs logits (it is BCE with logits' option); add `logits`",
    "loss.param.pos_weight_size": "`pos_weight` has {size} values for {classes} classes; give one, or one per class",
    "loss.param.weight_size": "`weight` has {size} values for {classes} classes; give one weight per class",
    "loss.param.ignore_rows": "`ignore_index` applies to class indices, not to target rows",
    "loss.param.all_ignored": "every target is ignore_index: nothing is left to average",
    "loss.param.cosine_margin": "`margin` must lie in [-1, 1] (it is compared with a cosine), got {value:g}",
    "loss.param.needs_pred2": "{kind} needs `pred2`, the second input",
    "loss.param.needs_var": "gaussian-nll needs `var`, the predicted variances",
    "loss.param.smoothing": "`label_smoothing` must lie in [0, 1], got {value:g}",
    "loss.param.ignore_whole": "`ignore_index` must be a whole number, got {value}",
    "loss.kl.negative_target": "`target` holds probabilities for kl-div, got {value}; for log-probabilities "
    "add `log_target`",
    "loss.cosine.shapes": "`pred` has {first} but `pred2` has {second}; give two vectors, or two matrices of rows "
    "of the same shape",
    "loss.cosine.labels": "{rows} rows need {rows} labels (1 or -1), `target` has {count}",
    "loss.poisson.negative_target": "`target` holds counts for poisson-nll, got {value}",
    "loss.poisson.negative_rate": "without log input `pred` holds rates λ ≥ 0, got {value}",
    "loss.gaussian.var_shape": "`var` has {var} for `pred` with {pred}; give one variance, or one per prediction",
    "loss.gaussian.negative_var": "`var` has a negative variance, {value}",
    "loss.name.nll": "NLL",
    "loss.name.kl-div": "KL divergence",
    "loss.name.smooth-l1": "Smooth L1",
    "loss.name.hinge-embedding": "Hinge embedding",
    "loss.name.margin-ranking": "Margin ranking",
    "loss.name.cosine-embedding": "Cosine embedding",
    "loss.name.poisson-nll": "Poisson NLL",
    "loss.name.gaussian-nll": "Gaussian NLL",
    "loss.title.gradient_pred": "Gradient ∂L/∂x₁ (rows: samples)",
    "loss.title.gradient_pred2": "Gradient ∂L/∂x₂ (rows: samples)",
    "loss.headline.batchmean": "{name} = {value}  (sum divided by {count} rows)",
    "loss.error.unknown": "unknown loss {kind!r}",
    "loss.error.unknown.hint": "known: {kinds} (aliases: {aliases})",
    "loss.error.n.value": "{count} values",
    "loss.error.n.values": "{count} values",
    "loss.error.shapes": "`pred` has {pred} but `target` has {target}",
    "loss.error.shapes.hint": "give one target for every prediction",
    "loss.error.probability.hint_logits": "probabilities lie in [0, 1]; if these are raw scores, add `logits`",
    "loss.error.probability.hint": "probability targets lie in [0, 1]",
    "loss.error.negative": "{name} has a negative probability ({value})",
    "loss.error.above_one": "{name} has {value}, above 1",
    "loss.error.row_sum": "{name} row {row} sums to {total}, not 1",
    "loss.error.row_sum.hint_logits": "a row of probabilities sums to 1; if these are raw scores, add `logits`",
    "loss.error.row_sum.hint": "each target row is one-hot or a distribution summing to 1",
    "loss.error.sparse_rows": "sparse-ce takes class indices (one per row), but `target` has rows like `pred`",
    "loss.error.sparse_rows.hint": "for one-hot or probability rows use categorical-ce (or ce)",
    "loss.error.categorical_indices": "categorical-ce takes one-hot or probability rows shaped like `pred`",
    "loss.error.categorical_indices.hint": "for class indices such as `target`=0 use sparse-ce (or ce)",
    "loss.error.fractional_class": "class indices must be whole numbers, got {value}",
    "loss.error.fractional_class.hint": "write the class as 0..{last}",
    "loss.error.class_range": "class index {index} is out of range for {classes} classes",
    "loss.error.class_range.hint": "class indices run from 0 to {last}",
    "loss.error.wants": "give {wants}",
    "loss.error.wants.index": "{samples} class index",
    "loss.error.wants.indices": "{samples} class indexes",
    "loss.error.wants.rows": "give a {samples}×{classes} matrix of rows",
    "loss.error.wants.either": "give {indices} or a {samples}×{classes} matrix of rows",
    "loss.error.class_shape.one": "`pred` has {samples} row of {classes} classes but `target` has {target}",
    "loss.error.class_shape.many": "`pred` has {samples} rows of {classes} classes but `target` has {target}",
    "loss.error.reduction": "unknown reduction {reduction!r}",
    "loss.error.reduction.hint": "use mean, sum or none (or batchmean for kl-div)",
    "loss.error.logits": "`logits` does not apply to {kind}",
    "loss.error.logits.hint": "`logits` is for bce, ce, categorical-ce and sparse-ce",
    "loss.error.delta_huber": "`delta` applies only to huber",
    "loss.error.delta": "huber's delta must be a positive number, got {delta:g}",
    "loss.error.delta.hint": "e.g. `delta`=1",
    "loss.error.two_classes": "{kind} needs at least two classes per row, `pred` has {classes}",
    "loss.error.two_classes.hint": 'write one row of class scores per sample, e.g. `pred`="[[2,1,0.1]]"',
    "activation.error.unknown": "unknown activation {name!r}",
    "activation.error.unknown.hint": "known: {names}",
    "activation.error.range": "the range must run from a smaller to a larger number, got {low:g}:{high:g}",
    "activation.error.range.hint": "e.g. `range`=-5:5",
    "activation.error.approximate_gelu": "`approximate` applies only to gelu",
    "activation.error.approximate": "unknown approximation {approximate!r}",
    "activation.error.approximate.hint": "use `approximate` none or tanh",
    "activation.error.cli.range": "could not read {text!r} as a range",
    "activation.error.cli.range.hint": "write it as A:B, e.g. --range -5:5",
    "softmax.error.the_logits": "the logits",
    "softmax.error.temperature": "the temperature must be a positive number, got {temperature:g}",
    "softmax.error.temperature.hint": "e.g. `temperature`=0.5 (sharper) or `temperature`=2 (flatter)",
    "softmax.error.overflow": "the logits divided by T = {temperature:g} are too large for 64-bit floats",
    "softmax.error.overflow.hint": "use a larger temperature or smaller logits",
    "softmax.error.jacobian": "the Jacobian would have {count:,} entries",
    "softmax.error.jacobian.hint": "ask for `jacobian` on fewer or shorter rows",
    "softmax.error.label_empty": "a label is empty",
    "softmax.error.label_empty.hint": "write the names split by commas, e.g. cat,dog,bird",
    "softmax.error.labels": "{labels} labels for {classes} classes",
    "softmax.error.labels.hint": "give one label per logit",
}

KO = {
    # 소프트맥스 ----------------------------------------------------------------------
    "softmax.temperature.sharper": "온도 T = {t}: 로짓을 T로 나눕니다. T < 1이면 로짓 사이의 간격이 벌어져 "
    "분포가 더 뾰족해집니다 (가장 큰 확률: T = 1일 때 {before} → {after})",
    "softmax.temperature.flatter": "온도 T = {t}: 로짓을 T로 나눕니다. T > 1이면 로짓 사이의 간격이 줄어 "
    "분포가 균등 분포 쪽으로 평평해집니다 (가장 큰 확률: T = 1일 때 {before} → {after})",
    "softmax.temperature.sharper_rows": "온도 T = {t}: 로짓을 T로 나눕니다. T < 1이면 로짓 사이의 간격이 벌어져 "
    "각 행이 더 뾰족해집니다 (1행의 가장 큰 확률: T = 1일 때 {before} → {after})",
    "softmax.temperature.flatter_rows": "온도 T = {t}: 로짓을 T로 나눕니다. T > 1이면 로짓 사이의 간격이 줄어 "
    "각 행이 균등 분포 쪽으로 평평해집니다 (1행의 가장 큰 확률: T = 1일 때 {before} → {after})",
    "softmax.shift": "최댓값 m = {max}만큼 뺍니다: [{logits}] − {max:p} = [{shifted}]  (모든 로짓을 같은 만큼 "
    "옮겨도 소프트맥스는 그대로이고, 이제 어떤 지수도 오버플로하지 않습니다)",
    "softmax.exp": "지수 함수를 적용합니다: e^[{shifted}] = [{exps}]",
    "softmax.sum": "모두 더합니다: Σ = {total}",
    "softmax.divide": "각 값을 합으로 나눕니다, pᵢ = eᵢ/Σ: {probabilities}; 확률의 합은 {check}입니다",
    "softmax.log": "log-softmax = (z − m) − log Σ: log-sum-exp LSE = m + log Σ = {max} + log {total} = {lse}, "
    "따라서 log p = z − LSE = [{log_probabilities}]  (0의 로그를 구할 일이 없습니다)",
    "softmax.row": "{row}행",
    "softmax.rows_hidden": "… 나머지 {rows}개 행도 같은 방법으로 계산합니다",
    "softmax.column": "{column}열",
    "softmax.columns_hidden": "… 나머지 열 {columns}개도 같은 방법으로 계산합니다",
    "softmax.column_label": "{column}열",
    "softmax.headline_columns": "{shape} 행렬의 각 열의 소프트맥스 (열마다 하나의 확률분포, "
                                "torch.softmax(z, dim=0)와 같음)",
    "softmax.headline_columns_log": "{shape} 행렬의 각 열의 log-softmax (dim=0)",
    "softmax.title.probabilities_columns": "확률 p: z의 열 하나를 한 행에 (각각의 합은 1)",
    "softmax.error.axis": "소프트맥스는 마지막 축(-1)이나, 행렬이면 첫 축(0)을 따라 계산합니다; 차원 {ndim}개에 "
                          "{axis}가 주어졌습니다",
    "softmax.error.axis.hint": "`axis`=-1 (행) 또는 `axis`=0 (열)을 쓰세요",
    "softmax.jacobian": "야코비안 ∂pᵢ/∂zⱼ = pᵢ(δᵢⱼ − pⱼ), 즉 diag(p) − p·pᵀ: 확률의 합은 항상 1이므로 "
    "각 행의 합은 0입니다",
    "softmax.jacobian_t": "야코비안 ∂pᵢ/∂zⱼ = pᵢ(δᵢⱼ − pⱼ)/T, 즉 (diag(p) − p·pᵀ)/T (T = {t}): 확률의 합은 "
    "항상 1이므로 각 행의 합은 0입니다",
    "softmax.jacobian_log": "로그 소프트맥스의 야코비안 ∂log pᵢ/∂zⱼ = δᵢⱼ − pⱼ, 즉 I − 1·pᵀ",
    "softmax.jacobian_log_t": "로그 소프트맥스의 야코비안 ∂log pᵢ/∂zⱼ = (δᵢⱼ − pⱼ)/T, 즉 (I − 1·pᵀ)/T (T = {t})",
    "softmax.headline": "softmax(z) = [{values}]",
    "softmax.headline_t": "softmax(z/T) = [{values}]  (T = {t})",
    "softmax.headline_log": "log-softmax(z) = [{values}]",
    "softmax.headline_log_t": "log-softmax(z/T) = [{values}]  (T = {t})",
    "softmax.headline_rows": "{shape} 행렬의 각 행에 소프트맥스 적용 (행마다 하나의 확률 분포)",
    "softmax.headline_rows_log": "{shape} 행렬의 각 행에 로그 소프트맥스 적용",
    "softmax.most_likely": "가장 확률이 높은 클래스: {label} (p = {p})",
    "softmax.title.steps": "소프트맥스 항별 계산",
    "softmax.title.probabilities": "확률 p (각 행의 합은 1)",
    "softmax.title.log_probabilities": "로그 확률 log p",
    "softmax.title.jacobian": "야코비안 ∂pᵢ/∂zⱼ",
    "softmax.title.jacobian_log": "야코비안 ∂log pᵢ/∂zⱼ",
    "softmax.title.jacobian_row": "야코비안 ∂pᵢ/∂zⱼ, {row}행",
    "softmax.title.jacobian_log_row": "야코비안 ∂log pᵢ/∂zⱼ, {row}행",
    "softmax.title.chart": "확률",
    "softmax.title.chart_row": "확률, {row}행",
    "softmax.charts_hidden": "(막대 그래프는 처음 {shown}개 행만 표시)",
    "softmax.row_label": "{row}행",
    "softmax.label.logits": "z",
    "softmax.label.scaled": "z/T",
    "softmax.label.shifted": "z − m",
    "softmax.label.exps": "e^(z−m)",
    "softmax.label.probabilities": "p",
    "softmax.label.log_probabilities": "log p",
    "softmax.title.top": "클래스 {count:,}개 중 확률이 가장 큰 {shown}개",
    "softmax.column.class": "클래스",
    "softmax.others": "나머지 {count:,}개",
    "softmax.others_sum": "나머지 {count:,}개: Σp = {p}",
    # 활성화 함수 ---------------------------------------------------------------------
    "activation.formula.sigmoid": "σ(x) = 1 / (1 + e⁻ˣ)      σ′(x) = σ(x)·(1 − σ(x))",
    "activation.formula.tanh": "tanh(x) = (eˣ − e⁻ˣ) / (eˣ + e⁻ˣ)      tanh′(x) = 1 − tanh²(x)",
    "activation.formula.relu": "relu(x) = max(0, x)      relu′(x) = x > 0이면 1, 아니면 0",
    "activation.formula.leaky-relu": "leaky-relu(x) = x > 0이면 x, 아니면 {slope}·x      "
    "leaky-relu′(x) = x > 0이면 1, 아니면 {slope}",
    "activation.formula.softplus": "softplus(x) = log(1 + eˣ)      softplus′(x) = σ(x)",
    "activation.formula.gelu_none": "gelu(x) = x·Φ(x), Φ는 표준정규분포의 누적분포함수      "
    "gelu′(x) = Φ(x) + x·φ(x)",
    "activation.formula.gelu_tanh": "gelu(x) ≈ ½x·(1 + tanh(√(2/π)·(x + 0.044715x³)))  (approximate='tanh')",
    "activation.formula.softmax": "softmax(z)ᵢ = e^zᵢ / Σⱼ e^zⱼ      ∂pᵢ/∂zⱼ = pᵢ(δᵢⱼ − pⱼ)",
    "activation.title.values": "값과 도함수",
    "activation.title.jacobian": "야코비안 ∂pᵢ/∂zⱼ",
    "activation.title.plot": "{name} 함수와 도함수, 구간 [{low}, {high}]",
    "activation.title.plot_softmax": "p₀: z₀ ∈ [{low}, {high}], 나머지 로짓은 고정",
    "activation.title.facts": "주요 특징",
    "activation.column.x": "x",
    "activation.column.z": "z",
    "activation.column.z0": "z₀",
    "activation.column.value": "f(x)",
    "activation.column.derivative": "f′(x)",
    "activation.column.p": "p",
    "activation.column.diagonal": "∂pᵢ/∂zᵢ",
    "activation.series.value": "{name}",
    "activation.series.derivative": "{name}′",
    "activation.series.p": "p₀",
    "activation.series.dp": "∂p₀/∂z₀",
    "activation.plot.marks": "{mark}: 입력한 {x}에서의 {f}, {d} 값",
    "activation.plot.marks_inside": "{mark}: 입력한 {x} 중 [{low}, {high}] 안에 있는 값에서의 {f}, {d} 값 "
                                    "(범위 밖의 {hidden}개는 표시하지 않음)",
    "activation.points_hidden": "… 나머지 점 {count}개도 같은 방법으로 계산합니다",
    "activation.step.sigmoid": "σ({x}) = 1 / (1 + e^(−{x:p})) = 1 / (1 + {e}) = {value};  "
    "σ′ = σ·(1 − σ) = {value}·{rest} = {derivative}",
    "activation.step.sigmoid_negative": "σ({x}) = e^{x:p} / (1 + e^{x:p}) = {e} / (1 + {e}) = {value}  "
    "(x < 0에서는 이 형태라서 오버플로가 없습니다);  σ′ = σ·(1 − σ) = {value}·{rest} = {derivative}",
    "activation.step.sigmoid_underflow": "σ({x}) = e^{x:p} / (1 + e^{x:p}) ≈ {mantissa}·10^{exponent}: float64의 "
    "가장 작은 수 (약 5·10^-324)보다 작아서 {value}이 됩니다;  σ′ = {derivative}",
    "activation.step.tanh": "tanh({x}) = {value};  tanh′ = 1 − tanh² = 1 − {squared:squares} = {derivative}",
    "activation.step.relu_pos": "relu({x}) = max(0, {x}) = {value};  relu′ = 1 (x > 0: 기울기가 그대로 "
    "전달됩니다)",
    "activation.step.relu_neg": "relu({x}) = max(0, {x}) = 0;  relu′ = 0 (x < 0: 기울기가 흐르지 않습니다)",
    "activation.step.relu_zero": "relu(0) = 0;  relu′(0)은 꺾인 점이라 정의되지 않습니다: mlmath는 PyTorch처럼 "
    "0으로 둡니다",
    "activation.step.leaky_pos": "leaky-relu({x}) = {value} (x > 0);  도함수 1",
    "activation.step.leaky_neg": "leaky-relu({x}) = {product} = {value} (x < 0);  도함수 {slope}",
    "activation.step.leaky_zero": "leaky-relu({x}) = {product} = {value};  도함수 {slope}: 0에서는 PyTorch처럼 "
    "왼쪽의 기울기를 씁니다",
    "activation.step.softplus": "softplus({x}) = log(1 + e^{x:p}) = log(1 + {e}) = {value};  "
    "softplus′ = σ({x}) = {derivative}",
    "activation.step.softplus_linear": "softplus({x}) = {value}: x > {threshold}이면 PyTorch는 x 자체를 "
    "돌려주고 mlmath도 그렇습니다 (log(1 + eˣ)와 x의 차이는 e⁻ˣ보다 작습니다);  softplus′ = 1",
    "activation.step.gelu": "gelu({x}) = x·Φ(x) = {product} = {value};  gelu′ = Φ(x) + x·φ(x) = "
    "{terms: + } = {derivative}",
    "activation.step.gelu_tanh": "gelu({x}) ≈ ½·x·(1 + tanh u), u = √(2/π)·(x + 0.044715·x³) = {inner}, "
    "tanh u = {t}: {value};  gelu′ = ½·(1 + tanh u) + ½·x·(1 − tanh² u)·u′, u′ = √(2/π)·(1 + 0.134145·x²) "
    "= {du}: {derivative}",
    "activation.step.softmax": "도함수: ∂pᵢ/∂zᵢ = pᵢ(1 − pᵢ) = [{diagonal}]; 대각선 밖에서는 "
    "∂pᵢ/∂zⱼ = −pᵢpⱼ (위의 야코비안 표)",
    "activation.fact.sigmoid.1": "출력은 (0, 1) 범위: 확률로 읽을 수 있습니다 (이진 분류기의 마지막 층).",
    "activation.fact.sigmoid.2": "σ′는 최대 0.25(x = 0에서)이고 |x|가 크면 0에 가깝습니다: 시그모이드를 "
    "쌓으면 층마다 기울기에 0.25 이하가 곱해집니다 — 기울기 소실.",
    "activation.fact.sigmoid.3": "0 중심이 아닙니다: 출력이 모두 양수입니다.",
    "activation.fact.sigmoid.4": "|x|가 커도 안정적입니다: x < 0에서는 eˣ/(1 + eˣ)를 쓰므로 σ(−1000)이 "
    "오버플로 없이 0으로 나옵니다 (실제 크기 약 5·10⁻⁴³⁵는 float64의 가장 작은 수보다 작습니다).",
    "activation.fact.tanh.1": "출력은 (−1, 1) 범위이고 0 중심입니다: tanh(x) = 2σ(2x) − 1.",
    "activation.fact.tanh.2": "tanh′는 최대 1(x = 0에서)로 σ′보다 가파르지만, |x|가 크면 역시 0에 "
    "가까워집니다.",
    "activation.fact.tanh.3": "RNN의 은닉층에 흔히 쓰입니다.",
    "activation.fact.relu.1": "x > 0에서는 기울기가 정확히 1이라 소실되지 않고, 계산도 간단합니다.",
    "activation.fact.relu.2": "x < 0에서는 출력과 기울기가 0입니다: 입력이 계속 음수인 뉴런은 더 이상 "
    "학습하지 않습니다 (죽은 뉴런).",
    "activation.fact.relu.3": "x = 0에서 도함수는 정의되지 않습니다; mlmath는 PyTorch처럼 0으로 둡니다.",
    "activation.fact.leaky_relu.1": "x > 0에서는 relu와 같고, x ≤ 0에서는 작은 기울기({slope})를 유지합니다.",
    "activation.fact.leaky_relu.2": "x < 0에서 기울기가 0이 아니라 {slope}이므로 뉴런이 죽지 않습니다.",
    "activation.fact.leaky_relu.3": "PyTorch의 기본 기울기는 0.01입니다 (--slope로 바꿉니다); x = 0에서는 "
    "음수 쪽 기울기를 씁니다.",
    "activation.fact.softplus.1": "매끄러운 relu: 항상 양수이고, x가 크면 log(1 + eˣ) → x.",
    "activation.fact.softplus.2": "도함수가 시그모이드입니다: softplus′(x) = σ(x).",
    "activation.fact.softplus.3": "PyTorch처럼 x > {threshold}이면 x 자체를 돌려줍니다 (차이는 2·10⁻⁹ "
    "미만).",
    "activation.fact.gelu_none.1": "gelu(x) = x·Φ(x): 표준정규분포 값이 x보다 작을 확률을 입력에 곱한 것; "
    "트랜스포머(BERT, GPT)에 쓰입니다.",
    "activation.fact.gelu_none.2": "매끄럽고 x < 0에서 약간 음수입니다 (x ≈ −0.75에서 최솟값 ≈ −0.17): "
    "작은 음수 입력도 기울기를 전달합니다.",
    "activation.fact.gelu_none.3": "PyTorch의 기본값 approximate='none'(정확한 erf 형태)입니다; "
    "--approximate tanh는 tanh 공식을 씁니다.",
    "activation.fact.gelu_tanh.1": "tanh 공식과 x·Φ(x)의 차이는 어디서나 0.0005 이내입니다.",
    "activation.fact.gelu_tanh.2": "매끄럽고 x < 0에서 약간 음수입니다 (x ≈ −0.75에서 최솟값 ≈ −0.17).",
    "activation.fact.gelu_tanh.3": "PyTorch의 approximate='tanh'입니다; 기본값은 정확한 erf 형태입니다.",
    "activation.fact.softmax.1": "로짓 벡터를 확률로 바꿉니다: 각각 (0, 1) 범위이고 합은 1입니다.",
    "activation.fact.softmax.2": "모든 로짓에 같은 수를 더해도 결과는 같습니다 (이동 불변성); mlmath는 "
    "최댓값을 빼서 오버플로를 막습니다.",
    "activation.fact.softmax.3": "∂pᵢ/∂zⱼ = pᵢ(δᵢⱼ − pⱼ): 한 로짓을 올리면 그 확률은 올라가고 나머지 "
    "확률은 모두 내려갑니다.",
    "activation.fact.softmax.4": "로짓이 [x, 0] 두 개이면 소프트맥스는 [σ(x), 1 − σ(x)]: 시그모이드는 "
    "소프트맥스의 두 클래스 경우입니다.",
    "activation.formula.elu": "elu(x) = x > 0이면 x, 아니면 α·(eˣ − 1), α = {alpha}      elu′(x) = x > 0이면 1, "
    "아니면 α·eˣ",
    "activation.formula.selu": "selu(x) = x > 0이면 λ·x, 아니면 λ·α·(eˣ − 1), λ ≈ 1.0507, α ≈ 1.6733      "
    "selu′(x) = x > 0이면 λ, 아니면 λ·α·eˣ",
    "activation.formula.celu": "celu(x) = x > 0이면 x, 아니면 α·(e^(x/α) − 1), α = {alpha}      celu′(x) = "
    "x > 0이면 1, 아니면 e^(x/α)",
    "activation.formula.silu": "silu(x) = x·σ(x)  (swish)      silu′(x) = σ(x)·(1 + x·(1 − σ(x)))",
    "activation.formula.mish": "mish(x) = x·tanh(softplus(x))      mish′(x) = tanh(sp) + x·σ(x)·(1 − tanh²(sp))",
    "activation.formula.relu6": "relu6(x) = min(max(0, x), 6)      relu6′(x) = 0 < x < 6이면 1, 아니면 0",
    "activation.formula.hardtanh": "hardtanh(x) = clip(x, {min_val}, {max_val})      hardtanh′(x) = "
    "{min_val} < x < {max_val}이면 1, 아니면 0",
    "activation.formula.hardsigmoid": "hardsigmoid(x) = clip(x/6 + ½, 0, 1)      hardsigmoid′(x) = −3 < x < 3이면 "
    "1/6, 아니면 0",
    "activation.formula.hardswish": "hardswish(x) = x·clip(x + 3, 0, 6)/6      hardswish′(x) = 0 (x ≤ −3), "
    "x/3 + ½ (−3 < x < 3), 1 (x ≥ 3)",
    "activation.formula.logsigmoid": "logsigmoid(x) = log σ(x) = −log(1 + e⁻ˣ)      logsigmoid′(x) = 1 − σ(x)",
    "activation.formula.softsign": "softsign(x) = x / (1 + |x|)      softsign′(x) = 1 / (1 + |x|)²",
    "activation.formula.tanhshrink": "tanhshrink(x) = x − tanh(x)      tanhshrink′(x) = tanh²(x)",
    "activation.formula.prelu": "prelu(x) = x > 0이면 x, 아니면 a·x, a는 학습되는 기울기 (여기서는 {slope})      "
    "∂/∂x = 1 또는 a,  ∂/∂a = 0 또는 x",
    "activation.formula.softplus_beta": "softplus(x) = log(1 + e^(β·x))/β, β = {beta}; β·x > {threshold}이면 "
    "x 자체      softplus′(x) = σ(β·x)",
    "activation.step.elu_pos": "{name}({x}) = {value} (x > 0);  미분 1",
    "activation.step.elu_neg": "elu({x}) = α·(e^{x:p} − 1) = {alpha}·{em1:p} = {value};  elu′ = α·eˣ = "
    "{alpha}·{e} = {derivative}",
    "activation.step.selu_pos": "selu({x}) = λ·x = {scale}·{x:p} = {value};  selu′ = λ = {scale}",
    "activation.step.selu_neg": "selu({x}) = λ·α·(e^{x:p} − 1) = {scale}·{alpha}·{em1:p} = {value};  "
    "selu′ = λ·α·eˣ = {scale}·{alpha}·{e} = {derivative}",
    "activation.step.celu_neg": "celu({x}) = α·(e^(x/α) − 1), x/α = {ratio}: {alpha}·{em1:p} = {value};  "
    "celu′ = e^(x/α) = {derivative}",
    "activation.step.silu": "silu({x}) = x·σ(x) = {product} = {value};  silu′ = σ(x)·(1 + x·(1 − σ(x))), "
    "1 − σ(x) = {rest}: {derivative}",
    "activation.step.mish": "mish({x}): softplus(x) = {sp}, 그 tanh = {t}, 따라서 x·tanh = {value};  "
    "mish′ = tanh + x·σ(x)·(1 − tanh²), σ(x) = {s}: {derivative}",
    "activation.step.clip_inside": "{name}({x}) = {x} ({low}와 {high} 사이);  미분 1",
    "activation.step.clip_low": "{name}({x}) = {low} (x ≤ {low}: 아래 한계에 고정);  미분 0 (PyTorch처럼 꺾이는 "
    "점에서도)",
    "activation.step.clip_high": "{name}({x}) = {high} (x ≥ {high}: 위 한계에 고정);  미분 0 (PyTorch처럼 꺾이는 "
    "점에서도)",
    "activation.step.hardsigmoid_inside": "hardsigmoid({x}) = (x + 3)/6 = {shifted}/6 = {value};  미분 1/6, "
    "PyTorch에서는 float32 상수 {derivative}",
    "activation.step.hardsigmoid_outside": "hardsigmoid({x}) = {value} ((−3, 3) 밖에서는 평평함);  미분 0",
    "activation.step.hardswish_low": "hardswish({x}) = 0 (x ≤ −3);  미분 0",
    "activation.step.hardswish_mid": "hardswish({x}) = x·(x + 3)/6 = {x}·{clipped:p}/6 = {value};  미분 "
    "x/3 + ½ = {third} + 0.5 = {derivative}",
    "activation.step.hardswish_high": "hardswish({x}) = x = {value} (x ≥ 3);  미분 1",
    "activation.step.logsigmoid": "logsigmoid({x}) = −log(1 + e^(−x)) = {value}  (min(x, 0) − log(1 + e^(−|x|))로 "
    "계산하므로 오버플로하지 않습니다);  미분 1 − σ(x) = {derivative}",
    "activation.step.softsign": "softsign({x}) = x/(1 + |x|) = {x}/{denominator} = {value};  미분 "
    "1/(1 + |x|)² = 1/{denominator}² = {derivative}",
    "activation.step.tanhshrink": "tanhshrink({x}) = x − tanh x = {x} − {t:p} = {value};  미분 tanh² x = "
    "{squared:squares} = {derivative}",
    "activation.step.prelu_learned": "prelu의 기울기 a는 가중치입니다: 실제 신경망은 다른 가중치처럼 경사 하강법으로 "
    "a를 학습합니다 (nn.PReLU의 초깃값은 0.25); 여기서는 주어진 값, 기울기 {channels}개, 각 행의 c번째 점에 "
    "채널 c",
    "activation.step.prelu_pos": "prelu({x}) = {value} (x > 0, 채널 {channel});  ∂/∂x = 1, ∂/∂a = 0",
    "activation.step.prelu_neg": "prelu({x}) = a·x = {product} = {value} (채널 {channel});  ∂/∂x = a = "
    "{slope}, ∂/∂a = x = {x}",
    "activation.step.prelu_slope_gradient": "기울기 a에 대한 미분, 채널마다 ∂(Σ prelu)/∂a = 그 채널의 x ≤ 0인 "
    "값의 합: [{values}]  (학습이 a를 배우며 따르는 값)",
    "activation.step.softplus_beta": "softplus({x}) = log(1 + e^(β·x))/β, β·x = {bx}: {value};  "
    "softplus′ = σ(β·x) = {derivative}",
    "activation.step.softplus_beta_linear": "softplus({x}) = {value}: β·x = {bx} > {threshold}이면 PyTorch는 "
    "x 자체를 돌려줍니다;  softplus′ = 1",
    "activation.fact.elu.1": "x > 0에서는 relu와 같고, x < 0에서는 −α = −{alpha}까지 매끄럽게 내려가므로 출력의 "
    "평균이 relu보다 0에 가깝습니다.",
    "activation.fact.elu.2": "x < 0에서 기울기 α·eˣ는 작지만 0이 아니어서 죽은 뉴런이 없습니다; 아주 작은 x에서는 "
    "포화됩니다 (→ 0).",
    "activation.fact.elu.3": "범위 (−α, ∞); PyTorch의 기본값 α = 1 (--alpha로 바꿉니다); 0에서의 미분은 왼쪽 값 "
    "α입니다.",
    "activation.fact.selu.1": "λ ≈ 1.0507, α ≈ 1.6733로 고정한 elu: 여러 층을 지나도 활성값의 평균 0, 분산 1이 "
    "유지되도록 고른 값입니다 (자기 정규화 신경망).",
    "activation.fact.selu.2": "범위 (−λα, ∞) ≈ (−1.7581, ∞); 아주 작은 x에서는 −1.7581에 포화됩니다.",
    "activation.fact.selu.3": "LeCun 정규 초기화를 쓴 완전 연결층을 쌓을 때를 위한 함수입니다; 0에서의 미분은 "
    "λα ≈ 1.7581 (왼쪽 값)입니다.",
    "activation.fact.celu.1": "연속 미분 가능한 elu: x ≤ 0에서 α·(e^(x/α) − 1)은 어떤 α에서도 0에서 기울기가 "
    "1입니다 (여기서 α = {alpha}).",
    "activation.fact.celu.2": "범위 (−α, ∞); 아주 작은 x에서는 −α에 포화됩니다.",
    "activation.fact.celu.3": "α = 1이면 elu와 똑같습니다.",
    "activation.fact.silu.1": "silu(x) = x·σ(x), swish라고도 합니다: 매끄럽고 위로 유계가 아니며, 최솟값 ≈ −0.278 "
    "(x ≈ −1.278).",
    "activation.fact.silu.2": "단조가 아닙니다: 작은 음수 입력은 작은 음수 출력과 기울기를 주고, 아주 작은 "
    "입력은 0으로 갑니다.",
    "activation.fact.silu.3": "EfficientNet과 많은 트랜스포머의 피드포워드 층(SwiGLU)에 쓰입니다.",
    "activation.fact.mish.1": "mish(x) = x·tanh(softplus(x)): silu처럼 매끄럽고 단조가 아니며, 최솟값 ≈ −0.309 "
    "(x ≈ −1.19).",
    "activation.fact.mish.2": "범위 ≈ [−0.309, ∞); x가 크면 x에, 아주 작으면 0에 가까워집니다.",
    "activation.fact.mish.3": "YOLOv4에 쓰였습니다; relu보다 계산이 많습니다 (원소마다 exp, log, tanh).",
    "activation.fact.relu6.1": "6에서 잘린 relu: 범위 [0, 6].",
    "activation.fact.relu6.2": "상한 덕분에 활성값이 낮은 정밀도(8비트) 연산에 맞을 만큼 작게 유지됩니다; "
    "MobileNet에 쓰입니다.",
    "activation.fact.relu6.3": "기울기는 0과 6 사이에서만 1입니다; 0과 6에서 PyTorch는 0을 씁니다.",
    "activation.fact.hardtanh.1": "구간별 선형인 tanh: x를 [{min_val}, {max_val}]로 자릅니다.",
    "activation.fact.hardtanh.2": "계산이 싸고 (exp 없음) 기울기는 안에서 1, 밖에서 0이므로 양쪽 한계에서 "
    "완전히 포화됩니다.",
    "activation.fact.hardtanh.3": "PyTorch의 기본값은 −1과 1입니다 (--min-val, --max-val); 한계점에서 미분은 "
    "0입니다.",
    "activation.fact.hardsigmoid.1": "구간별 선형인 시그모이드: −3까지 0, 3부터 1, 그 사이는 (x + 3)/6; 범위 "
    "[0, 1].",
    "activation.fact.hardsigmoid.2": "계산이 싸서 (exp 없음) 모바일 신경망(MobileNetV3)에 쓰입니다; 기울기는 "
    "(−3, 3) 안에서 1/6, 밖에서 0입니다.",
    "activation.fact.hardsigmoid.3": "PyTorch는 미분에서 1/6을 float32 상수 0.16666667163…로 곱합니다; mlmath도 "
    "똑같이 맞추려고 같은 값을 씁니다.",
    "activation.fact.hardswish.1": "hardswish(x) = x·hardsigmoid(x): 값싼 silu, 범위 [−0.375, ∞) (x = −1.5에서 "
    "최소).",
    "activation.fact.hardswish.2": "x ≤ −3이면 0 (기울기 0), x ≥ 3이면 x (기울기 1), 그 사이는 x(x + 3)/6.",
    "activation.fact.hardswish.3": "MobileNetV3에서 소개되었습니다; 꺾이는 점에서 PyTorch는 −3에서 0, 3에서 "
    "1을 씁니다.",
    "activation.fact.logsigmoid.1": "log σ(x) = −softplus(−x): 범위 (−∞, 0).",
    "activation.fact.logsigmoid.2": "min(x, 0) − log(1 + e^(−|x|))로 계산하므로 오버플로하지 않습니다: "
    "logsigmoid(−1000) = −1000이지 −∞가 아닙니다.",
    "activation.fact.logsigmoid.3": "미분 1 − σ(x)는 아주 작은 x에서 1에 가까워져 왼쪽에서 포화되지 않습니다; "
    "로그 우도에 쓰입니다 (−logsigmoid는 y = 1일 때 로짓 BCE).",
    "activation.fact.softsign.1": "x/(1 + |x|): tanh처럼 범위 (−1, 1)이고 0을 중심으로 합니다.",
    "activation.fact.softsign.2": "±1에 지수가 아니라 다항식 속도로 다가가므로 기울기 1/(1 + |x|)²가 tanh′보다 "
    "천천히 사라집니다.",
    "activation.fact.softsign.3": "계산이 쌉니다: 지수 함수가 없습니다.",
    "activation.fact.tanhshrink.1": "x − tanh(x): 0 근처에서는 약 x³/3로 거의 평평하고, |x|가 크면 x ∓ 1입니다.",
    "activation.fact.tanhshrink.2": "범위 (−∞, ∞); 미분 tanh²(x)는 [0, 1) 안에 있고 x = 0에서 0입니다.",
    "activation.fact.tanhshrink.3": "작은 입력은 0 쪽으로 줄이고 (희소 부호화처럼) 큰 입력은 거의 그대로 "
    "통과시킵니다.",
    "activation.fact.prelu.1": "기울기 a를 학습하는 leaky-relu: 실제 신경망에서 a는 가중치(하나, 또는 채널마다 "
    "하나)이고, x ≤ 0인 곳의 x·(위에서 온 기울기)의 합 ∂L/∂a로 경사 하강법이 갱신합니다.",
    "activation.fact.prelu.2": "a > 0이면 범위 (−∞, ∞); a ≠ 0인 한 죽은 뉴런이 없습니다.",
    "activation.fact.prelu.3": "nn.PReLU는 a = 0.25에서 시작합니다; --slope로 줍니다 (하나, 또는 채널마다 하나: "
    "그러면 점들을 채널 수만큼씩 행으로 읽습니다).",
    "activation.param.only": "`{name}`는 {functions}에만 쓸 수 있습니다",
    "activation.param.finite": "`{name}`는 유한한 수여야 합니다",
    "activation.param.positive": "`{name}`는 양수여야 하는데 {value:g}입니다; 예: `{name}`={example}",
    "activation.param.order": "아래 한계 {low:g}는 위 한계 {high:g}보다 작아야 합니다; 예: "
    "`min_val`=-1 `max_val`=1",
    "activation.param.channels": "점 {count}개를 채널 {channels}개씩 행으로 읽을 수 없습니다; 점을 {channels}의 "
    "배수만큼 주거나 기울기를 하나만 주세요",
    # 손실 함수 -----------------------------------------------------------------------
    "loss.formula.mse": "평균 제곱 오차(MSE): 각 항은 제곱 오차 (ŷᵢ − yᵢ)²",
    "loss.formula.mae": "평균 절대 오차(MAE, L1): 각 항은 절대 오차 |ŷᵢ − yᵢ|",
    "loss.formula.rmse": "RMSE = √MSE: 각 항은 제곱 오차 (ŷᵢ − yᵢ)², 제곱근은 reduction 뒤에 취합니다",
    "loss.formula.huber": "Huber (δ = {delta}): |ŷ − y| < δ이면 ½(ŷ − y)², 그 밖에서는 δ·(|ŷ − y| − ½δ): "
    "0 근처에서는 제곱, 이상치에는 선형",
    "loss.formula.bce": "이진 교차 엔트로피: 각 항은 −(y·log p + (1 − y)·log(1 − p))",
    "loss.formula.bce_logits": "로짓에서 구하는 이진 교차 엔트로피: p = σ(x), 각 항은 −(y·log p + (1 − y)·"
    "log(1 − p)), 안정적으로 max(x, 0) − x·y + log(1 + e^(−|x|))로 계산",
    "loss.formula.ce": "교차 엔트로피: 각 행의 항은 −Σ yᵢ·log pᵢ, 정답이 클래스 번호이면 −log p[정답 클래스]",
    "loss.formula.ce_logits": "로짓에서 구하는 교차 엔트로피: p = softmax(z), 각 행의 항은 −log p[정답 클래스] = "
    "log Σ e^z − z[정답 클래스] (log-sum-exp, 안정적)",
    "loss.formula.categorical-ce": "범주형 교차 엔트로피: 각 행의 항은 −Σ yᵢ·log pᵢ, y는 원-핫 벡터 "
    "(또는 확률 분포)",
    "loss.formula.categorical-ce_logits": "로짓에서 구하는 범주형 교차 엔트로피: p = softmax(z), 각 행의 "
    "항은 −Σ yᵢ·log pᵢ, log p = z − log Σ e^z (안정적)",
    "loss.formula.sparse-ce": "희소 범주형 교차 엔트로피: 정답은 클래스 번호 t, 각 행의 항은 −log p[t]",
    "loss.formula.sparse-ce_logits": "로짓에서 구하는 희소 범주형 교차 엔트로피: p = softmax(z), 각 행의 "
    "항은 −log p[t] = log Σ e^z − z[t] (안정적)",
    "loss.per_sample": "샘플마다 항 하나, 모두 {count}개 (위의 표)",
    "loss.samples_hidden": "… 나머지 {count}개도 같은 방법으로 계산합니다",
    "loss.term.squared": "({pred} − {target:p})² = {diff:squares} = {value}",
    "loss.term.absolute": "|{pred} − {target:p}| = {size}",
    "loss.term.huber_small": "|{pred} − {target:p}| = {size} < δ: ½·{squared:squares} = {value}",
    "loss.term.huber_large": "|{pred} − {target:p}| = {size} ≥ δ: {delta}·({size} − ½·{delta}) = {value}",
    "loss.term.bce_one": "−log({p}) = {value}",
    "loss.term.bce_zero": "−log(1 − {p}) = {value}",
    "loss.term.bce_soft": "−({target}·log({p}) + {rest}·log({q})) = {value}",
    "loss.term.bce_logits_one": "p = σ({x}) = {p};  −log p = {value}",
    "loss.term.bce_logits_zero": "p = σ({x}) = {p};  −log(1 − p) = {value}",
    "loss.term.bce_logits_soft": "p = σ({x}) = {p};  −({target}·log p + {rest}·log(1 − p)) = {value}",
    "loss.term.ce": "클래스 {cls}: −log({p}) = {value}",
    "loss.term.ce_logits": "클래스 {cls}: log Σ e^z − z[{cls}] = {lse} − {logit:p} = {value}  (p[{cls}] = {p})",
    "loss.term.ce_soft": "−Σ yᵢ·log pᵢ = −({products: + }) = {value}",
    "loss.term.ce_soft_logits": "−Σ yᵢ·log softmax(z)ᵢ = −({products: + }) = {value}",
    "loss.reduce.mean": "평균 (reduction='mean'): {value}",
    "loss.reduce.sum": "합 (reduction='sum'): {value}",
    "loss.reduce.none": "reduction='none': 항 {count}개 그대로가 답입니다",
    "loss.reduce.rmse_mean": "평균 (reduction='mean') 뒤 제곱근: {inside}; {value}",
    "loss.reduce.rmse_sum": "합 (reduction='sum') 뒤 제곱근: {inside}; {value}",
    "loss.reduce.rmse_none": "reduction='none': 제곱 오차 {count}개 각각의 제곱근, √((ŷ − y)²) = |ŷ − y|",
    "loss.rmse_zero": "오차가 0인 곳에서는 √를 미분할 수 없습니다 (PyTorch는 nan); mlmath는 최솟값에서의 "
    "기울기인 0을 보고합니다",
    "loss.gradient.mse": "기울기 ∂L/∂ŷᵢ = 2(ŷᵢ − yᵢ) = [{values}]",
    "loss.gradient.mse_mean": "기울기 ∂L/∂ŷᵢ = 2(ŷᵢ − yᵢ)/{count} = [{values}]",
    "loss.gradient.rmse": "기울기 ∂L/∂ŷᵢ = (ŷᵢ − yᵢ)/L = [{values}]",
    "loss.gradient.rmse_mean": "기울기 ∂L/∂ŷᵢ = (ŷᵢ − yᵢ)/(N·L), N = {count}: [{values}]",
    "loss.gradient.mae": "기울기 ∂L/∂ŷᵢ = sign(ŷᵢ − yᵢ) = [{values}]",
    "loss.gradient.mae_mean": "기울기 ∂L/∂ŷᵢ = sign(ŷᵢ − yᵢ)/{count} = [{values}]",
    "loss.gradient.huber": "기울기 ∂L/∂ŷᵢ = clip(ŷᵢ − yᵢ, −δ, δ) = [{values}]",
    "loss.gradient.huber_mean": "기울기 ∂L/∂ŷᵢ = clip(ŷᵢ − yᵢ, −δ, δ)/{count} = [{values}]",
    "loss.gradient.bce": "기울기 ∂L/∂pᵢ = (pᵢ − yᵢ)/(pᵢ(1 − pᵢ)) = [{values}]",
    "loss.gradient.bce_mean": "기울기 ∂L/∂pᵢ = (pᵢ − yᵢ)/(pᵢ(1 − pᵢ))/{count} = [{values}]",
    "loss.gradient.bce_logits": "기울기 ∂L/∂xᵢ = σ(xᵢ) − yᵢ = [{values}]  (시그모이드와 로그가 상쇄되어 p − y)",
    "loss.gradient.bce_logits_mean": "기울기 ∂L/∂xᵢ = (σ(xᵢ) − yᵢ)/{count} = [{values}]  (시그모이드와 로그가 "
    "상쇄되어 p − y)",
    "loss.gradient.ce": "기울기 ∂L/∂p = −y/p, 원소별 (모든 행은 위의 표); 1행: [{values}]",
    "loss.gradient.ce_mean": "기울기 ∂L/∂p = −y/p/{count}, 원소별 (모든 행은 위의 표); 1행: [{values}]",
    "loss.gradient.ce_logits": "기울기 ∂L/∂z = p − y: 소프트맥스와 교차 엔트로피를 함께 미분하면 확률에서 "
    "정답을 뺀 값이 됩니다; 1행: [{p}] − [{y}] = [{difference}]",
    "loss.gradient.ce_logits_mean": "기울기 ∂L/∂z = (p − y)/{count}: 소프트맥스와 교차 엔트로피를 함께 미분하면 "
    "확률에서 정답을 뺀 값이 됩니다; 1행: [{p}] − [{y}] = [{difference}]",
    "loss.log.clamp": "log(0): 확률이 정확히 0이면 (log(1 − p)에서는 1이면) 로그가 −∞가 됩니다; mlmath는 "
    "PyTorch의 BCE처럼 모든 로그를 {floor}에서 자르므로 이런 항은 최대 100입니다",
    "loss.log.clamp_ce": "log(0): 정답 클래스의 확률이 정확히 0이면 −log p가 무한대가 됩니다; mlmath는 PyTorch의 "
    "이진 교차 엔트로피처럼 모든 로그를 {floor}에서 자르므로 이런 항은 최대 100입니다",
    "loss.log.clamped_bce": "여기서 잘림: 샘플 {samples}의 로그가 {floor}보다 작았습니다; 그곳의 기울기는 "
    "PyTorch와 같은 (p − y)/max(p(1 − p), 10⁻¹²)로, 유한하지만 매우 큽니다",
    "loss.log.clamped_ce": "여기서 잘림: 샘플 {samples}의 로그가 {floor}보다 작았습니다; 잘린 구간은 평평하므로 "
    "그곳의 기울기는 0입니다 (PyTorch의 자동 미분은 0/0이라 nan)",
    "loss.log.stable": "log(0): 로짓에서는 log-sum-exp로 로그를 구하므로 log(0)이 생기지 않아 자를 필요가 "
    "없습니다",
    "loss.title.terms": "샘플별 항",
    "loss.title.gradient": "기울기 {name} (행: 샘플, 열: 클래스)",
    "loss.title.softmax": "p = softmax(z) (행: 샘플, 열: 클래스)",
    "loss.title.gradient_softmax": "기울기 ∂L/∂z = p − y (행: 샘플, 열: 클래스)",
    "loss.title.gradient_softmax_mean": "기울기 ∂L/∂z = (p − y)/{count} (행: 샘플, 열: 클래스)",
    "loss.column.gradient": "∂L/∂ŷ",
    "loss.column.gradient_p": "∂L/∂p",
    "loss.column.gradient_x": "∂L/∂x",
    "loss.column.gradient_z": "∂L/∂z",
    "loss.title.compare": "이 입력에 맞는 모든 손실 함수 (reduction='{reduction}')",
    "loss.column.sample": "#",
    "loss.column.pred": "ŷ",
    "loss.column.logit": "x",
    "loss.column.target": "y",
    "loss.column.term": "항",
    "loss.column.kind": "손실",
    "loss.column.value": "값",
    "loss.column.input": "입력",
    "loss.column.fits": "용도",
    "loss.headline.mean": "{name} = {value}  ({count}개의 평균)",
    "loss.headline.sum": "{name} = {value}  ({count}개의 합)",
    "loss.headline.none": "샘플별 {name} = [{values}]",
    "loss.name.mse": "평균 제곱 오차(MSE)",
    "loss.name.mae": "평균 절대 오차(MAE)",
    "loss.name.rmse": "평균 제곱근 오차(RMSE)",
    "loss.name.huber": "Huber 손실",
    "loss.name.bce": "이진 교차 엔트로피(BCE)",
    "loss.name.ce": "교차 엔트로피",
    "loss.name.categorical-ce": "범주형 교차 엔트로피",
    "loss.name.sparse-ce": "희소 범주형 교차 엔트로피",
    "loss.fits.mse": "회귀; 제곱하므로 큰 오차에 가장 큰 벌점",
    "loss.fits.mae": "이상치에 강한 회귀; 모든 오차가 크기에 비례해 반영됨",
    "loss.fits.rmse": "회귀, 정답과 같은 단위",
    "loss.fits.huber": "이상치가 있는 회귀: 작은 오차는 제곱, 큰 오차는 선형",
    "loss.fits.bce": "이진 또는 다중 레이블 분류 (출력마다 시그모이드)",
    "loss.fits.ce": "다중 클래스; 클래스 번호나 확률 행을 받음",
    "loss.fits.categorical-ce": "원-핫 정답의 다중 클래스 (소프트맥스 출력)",
    "loss.fits.sparse-ce": "정수 레이블의 다중 클래스 (소프트맥스 출력)",
    "loss.fits.on_probabilities": "확률에 적용: 확신하며 틀려도 기울기가 약함",
    "loss.formula.smooth-l1": "Smooth L1 (β = {beta}): |ŷ − y| < β이면 ½(ŷ − y)²/β, "
                              "그 밖에서는 |ŷ − y| − ½β (β = 0이면 "
    "보통의 L1); Huber를 β로 나눈 것",
    "loss.formula.kl-div": "KL 발산: 입력은 log q (로그 확률), 정답은 p; 각 항은 p·(log p − log q), 0·log 0 = 0",
    "loss.formula.kl-div_log_target": "log_target인 KL 발산: 입력 log q, 정답 log p; 각 항은 "
    "e^(log p)·(log p − log q)",
    "loss.formula.hinge-embedding": "힌지 임베딩 (마진 {margin}): y = 1이면 항은 x, y = −1이면 max(0, margin − x) "
    "(x는 거리: 비슷한 쌍은 작게, 다른 쌍은 마진 밖으로)",
    "loss.formula.margin-ranking": "마진 랭킹 (마진 {margin}): 각 항 max(0, −y·(x₁ − x₂) + margin): y = 1이면 x₁이 "
    "x₂보다 마진만큼 크기를, y = −1이면 작기를 바랍니다",
    "loss.formula.cosine-embedding": "코사인 임베딩 (마진 {margin}): 행마다 y = 1이면 1 − cos(x₁, x₂), y = −1이면 "
    "max(0, cos(x₁, x₂) − margin); cos = x₁·x₂/√((|x₁|² + 10⁻¹²)(|x₂|² + 10⁻¹²))",
    "loss.formula.poisson-nll_log": "log_input인 포아송 NLL: 입력은 x = log λ, 각 항 e^x − y·x (개수 y의 포아송 "
    "확률의 −log, log y! 제외)",
    "loss.formula.poisson-nll_rate": "포아송 NLL: 입력은 비율 λ, 각 항 λ − y·log(λ + ε), ε = {eps}",
    "loss.formula.gaussian-nll": "가우시안 NLL: 각 항 ½·(log σ² + (x − y)²/σ²), 분산의 하한은 ε = {eps}",
    "loss.formula.gaussian-nll_full": "가우시안 NLL (full): 각 항 ½·(log σ² + (x − y)²/σ²) + ½·log 2π, 분산의 "
    "하한은 ε = {eps}",
    "loss.formula.bce_pos_weight": "pos_weight w가 있는 로짓 이진 교차 엔트로피: p = σ(x), 각 항 "
    "−(w·y·log p + (1 − y)·log(1 − p)); w > 1이면 양성에 더 큰 비중(재현율), w < 1이면 더 작은 비중(정밀도)",
    "loss.formula.nll": "음의 로그 우도(NLL): 입력이 이미 log p (로그 소프트맥스), 각 행의 항 −w[t]·log p[t], "
    "클래스 가중치 w = [{weights}]",
    "loss.formula.weighted_ce": "클래스 가중치 w = [{weights}]와 레이블 스무딩 ε = {smoothing}의 교차 엔트로피: "
    "각 행의 항 −Σ q_c·log p_c, q = 정답 클래스 t에 (1 − ε)·w[t], 모든 클래스에 ε·w_c/{classes}를 더한 것",
    "loss.term.smooth_l1_small": "|{pred} − {target:p}| = {size} < β: ½·{squared:squares}/{beta} = {value}",
    "loss.term.smooth_l1_large": "|{pred} − {target:p}| = {size} ≥ β: {size} − ½·{beta} = {value}",
    "loss.term.kl": "{target}·(log {target} − {input:p}) = {value}",
    "loss.term.kl_zero": "정답 0: 0·(log 0 − {input:p})은 0으로 셉니다",
    "loss.term.kl_log_target": "e^{target:p}·({target} − {input:p}) = {value}",
    "loss.term.hinge_positive": "y = 1: 항은 x = {value}",
    "loss.term.hinge_negative": "y = −1: max(0, {margin} − {x:p}) = {value}",
    "loss.term.margin_ranking": "max(0, −{y:p}·({x1} − {x2:p}) + {margin:p}) = max(0, {inside}) = {value}",
    "loss.term.cosine_similar": "{row}행: cos = {dot}/({norm1}·{norm2}) = {cos}; y = 1: 1 − {cos:p} = {value}",
    "loss.term.cosine_dissimilar": "{row}행: cos = {dot}/({norm1}·{norm2}) = {cos}; y = −1: max(0, {cos} − "
    "{margin:p}) = {value}",
    "loss.term.poisson_log": "e^{x:p} − {y}·{x:p} = {e} − {y}·{x:p} = {value}",
    "loss.term.poisson_log_full": "e^{x:p} − {y}·{x:p} + 스털링 {stirling} = {value}",
    "loss.term.poisson_rate": "{x} − {y}·log({x} + ε) = {value}",
    "loss.term.poisson_rate_full": "{x} − {y}·log({x} + ε) + 스털링 {stirling} = {value}",
    "loss.term.gaussian": "½·(log {var} + {diff:squares}/{var}) = {value}",
    "loss.term.gaussian_full": "½·(log {var} + {diff:squares}/{var}) + ½·log 2π = {value}",
    "loss.term.bce_pos_weight": "p = σ({x}) = {p};  −({w}·{target}·log p + {rest}·log(1 − p)) = {value}",
    "loss.term.ignored": "{row}행: 정답이 ignore_index {index}: 항은 0이고 이 행은 세지 않습니다",
    "loss.term.nll": "−Σ q·log p = −({products: + }) = {value}",
    "loss.term.weighted_ce": "−Σ q_c·log p_c = −({products: + }) = {value}",
    "loss.reduce.batchmean": "축약 batchmean (샘플당 실제 KL, {batch}행으로 나눔): {value}",
    "loss.reduce.weighted_note": "클래스 가중치가 있으면 평균은 행의 수가 아니라 정답 클래스 가중치의 합 "
    "Σ w[t] = {denominator}로 나눕니다 (PyTorch와 같이)",
    "loss.kl.mean_warning": "축약 mean은 행이 아니라 모든 원소의 수로 나눕니다: PyTorch는 이것이 KL 발산이 "
    "아니라고 경고합니다; batchmean이 KL 발산입니다",
    "loss.poisson.full": "full: y > 1인 곳에 log y!의 스털링 근사 y·log y − y + ½·log(2πy)를 더합니다",
    "loss.gaussian.floor": "ε = {eps}보다 작은 분산은 ε로 올립니다 (PyTorch는 기울기 없이 올리므로 ∂L/∂σ²는 "
    "ε에서 구합니다)",
    "loss.ignored": "{rows}행의 정답은 ignore_index = {index}: 항도 기울기도 없고 평균에도 세지 않습니다",
    "loss.gradient.smooth-l1": "기울기 ∂L/∂ŷᵢ = 안에서는 (ŷᵢ − yᵢ)/β, 밖에서는 sign(ŷᵢ − yᵢ), 축약에 따라 {scale}을 "
    "곱함: [{values}]",
    "loss.gradient.kl-div": "기울기 ∂L/∂(log q)ᵢ = −pᵢ, 축약에 따라 {scale}을 곱함: [{values}]",
    "loss.gradient.hinge-embedding": "기울기 ∂L/∂xᵢ = y = 1이면 1, y = −1이고 x ≤ margin이면 −1 (밖에서는 0), "
    "축약에 따라 {scale}을 곱함: [{values}]",
    "loss.gradient.margin-ranking": "기울기 ∂L/∂x₁ = −y (그리고 ∂L/∂x₂ = y), 항이 0에서 잘리지 않은 곳에서, "
    "축약에 따라 {scale}을 곱함: [{values}]",
    "loss.gradient.cosine-embedding": "기울기 ∂cos/∂x₁ = x₂/(|x₁||x₂|) − cos·x₁/|x₁|², y = 1이면 부호 −1, y = −1이고 "
    "마진 위면 +1, {scale}을 곱함: [{values}]",
    "loss.gradient.poisson-nll_log": "기울기 ∂L/∂xᵢ = e^xᵢ − yᵢ, 축약에 따라 {scale}을 곱함: [{values}]",
    "loss.gradient.poisson-nll_rate": "기울기 ∂L/∂λᵢ = 1 − yᵢ/(λᵢ + ε), 축약에 따라 {scale}을 곱함: [{values}]",
    "loss.gradient.gaussian-nll": "기울기 ∂L/∂xᵢ = (xᵢ − yᵢ)/σᵢ², 축약에 따라 {scale}을 곱함: [{values}]; "
    "∂L/∂σ² = ½(1/σ² − (x − y)²/σ⁴) (gradient2)",
    "loss.gradient.bce_pos_weight": "기울기 ∂L/∂xᵢ = σ(xᵢ)·(w·yᵢ + 1 − yᵢ) − w·yᵢ, 축약에 따라 {scale}을 곱함: "
    "[{values}]",
    "loss.gradient.nll": "기울기 ∂L/∂(log p) = 정답 클래스에 −w[t], 나머지는 0, 평균이면 {count}로 나눔; 1행: "
    "[{values}]",
    "loss.gradient.weighted_ce_logits": "기울기 ∂L/∂z = p·Σq − q, 평균이면 {count}로 나눔; 첫 행: [{values}]",
    "loss.gradient.weighted_ce": "기울기 ∂L/∂p = −q/p, 평균이면 {count}로 나눔; 첫 행: [{values}]",
    "loss.param.only": "`{name}`는 {kinds}에만 쓸 수 있습니다",
    "loss.param.finite": "`{name}`는 유한한 수여야 합니다",
    "loss.param.nonnegative": "`{name}`는 0 이상의 유한한 수여야 합니다",
    "loss.param.negative": "`{name}`는 음수일 수 없는데 {value:g}입니다",
    "loss.param.positive": "`{name}`는 양수여야 하는데 {value:g}입니다",
    "loss.param.plus_minus_one": "레이블은 1 또는 -1인데 {value}입니다",
    "loss.param.batchmean": "축약 batchmean은 kl-div에만 쓸 수 있습니다; mean, sum 또는 none을 쓰세요",
    "loss.param.compare": "`compare`는 mse, mae, rmse, huber, bce와 ce 계열을 추가 옵션 없이 나란히 보여 줍니다",
    "loss.param.pos_weight_logits": "`pos_weight`는 로짓이 필요합니다 (로짓 BCE의 옵션); `logits`를 더하세요",
    "loss.param.pos_weight_size": "`pos_weight`의 값이 {size}개인데 클래스는 {classes}개입니다; 하나, 또는 "
    "클래스마다 하나를 주세요",
    "loss.param.weight_size": "`weight`의 값이 {size}개인데 클래스는 {classes}개입니다; 클래스마다 가중치를 하나씩 "
    "주세요",
    "loss.param.ignore_rows": "`ignore_index`는 클래스 번호에 쓰며, 정답 행에는 쓸 수 없습니다",
    "loss.param.all_ignored": "모든 정답이 ignore_index입니다: 평균할 것이 남지 않습니다",
    "loss.param.cosine_margin": "`margin`은 [-1, 1] 안에 있어야 하는데 (코사인과 비교하므로) {value:g}입니다",
    "loss.param.needs_pred2": "{kind}에는 두 번째 입력 `pred2`가 필요합니다",
    "loss.param.needs_var": "gaussian-nll에는 예측한 분산 `var`가 필요합니다",
    "loss.param.smoothing": "`label_smoothing`은 [0, 1] 안에 있어야 하는데 {value:g}입니다",
    "loss.param.ignore_whole": "`ignore_index`는 정수여야 하는데 {value}입니다",
    "loss.kl.negative_target": "kl-div의 `target`은 확률인데 {value}입니다; 로그 확률이면 `log_target`을 더하세요",
    "loss.cosine.shapes": "`pred`는 {first}인데 `pred2`는 {second}입니다; 벡터 두 개, 또는 같은 모양의 행렬 두 개를 "
    "주세요",
    "loss.cosine.labels": "{rows}개 행에는 레이블(1 또는 -1)이 {rows}개 필요한데 `target`은 {count}개입니다",
    "loss.poisson.negative_target": "poisson-nll의 `target`은 개수인데 {value}입니다",
    "loss.poisson.negative_rate": "로그 입력이 아니면 `pred`는 비율 λ ≥ 0인데 {value}입니다",
    "loss.gaussian.var_shape": "`pred`는 {pred}인데 `var`는 {var}입니다; 분산을 하나, 또는 예측마다 하나 주세요",
    "loss.gaussian.negative_var": "`var`에 음수 분산 {value}가 있습니다",
    "loss.name.nll": "음의 로그 우도(NLL)",
    "loss.name.kl-div": "KL 발산",
    "loss.name.smooth-l1": "Smooth L1",
    "loss.name.hinge-embedding": "힌지 임베딩",
    "loss.name.margin-ranking": "마진 랭킹",
    "loss.name.cosine-embedding": "코사인 임베딩",
    "loss.name.poisson-nll": "포아송 NLL",
    "loss.name.gaussian-nll": "가우시안 NLL",
    "loss.title.gradient_pred": "기울기 ∂L/∂x₁ (행: 샘플)",
    "loss.title.gradient_pred2": "기울기 ∂L/∂x₂ (행: 샘플)",
    "loss.headline.batchmean": "{name} = {value}  ({count}개 행에 대한 합을 행의 수로 나눔)",
    "loss.error.unknown": "알 수 없는 손실 함수 {kind!r}",
    "loss.error.unknown.hint": "쓸 수 있는 것: {kinds} (별칭: {aliases})",
    "loss.error.n.value": "값 {count}개",
    "loss.error.n.values": "값 {count}개",
    "loss.error.shapes": "`pred`는 {pred}인데 `target`은 {target}입니다",
    "loss.error.shapes.hint": "예측마다 목표를 하나씩 주세요",
    "loss.error.probability.hint_logits": "확률은 [0, 1] 안에 있습니다; 원점수(로짓)라면 `logits`를 더하세요",
    "loss.error.probability.hint": "확률 목표는 [0, 1] 안에 있습니다",
    "loss.error.negative": "{name}에 음수 확률이 있습니다 ({value})",
    "loss.error.above_one": "{name}에 1보다 큰 값이 있습니다 ({value})",
    "loss.error.row_sum": "{name}의 {row}행의 합이 1이 아니라 {total}입니다",
    "loss.error.row_sum.hint_logits": "확률 행의 합은 1입니다; 원점수(로짓)라면 `logits`를 더하세요",
    "loss.error.row_sum.hint": "목표 행은 원-핫이거나 합이 1인 분포여야 합니다",
    "loss.error.sparse_rows": "'sparse-ce'는 클래스 번호(행마다 하나)를 받는데, `target`이 `pred`처럼 행으로 되어 "
                              "있습니다",
    "loss.error.sparse_rows.hint": "원-핫이나 확률 행이라면 'categorical-ce'(또는 ce)를 쓰세요",
    "loss.error.categorical_indices": "'categorical-ce'는 `pred`와 같은 모양의 원-핫 또는 확률 행을 받습니다",
    "loss.error.categorical_indices.hint": "`target`=0 같은 클래스 번호라면 'sparse-ce'(또는 ce)를 쓰세요",
    "loss.error.fractional_class": "클래스 번호는 정수여야 합니다 (받은 값: {value})",
    "loss.error.fractional_class.hint": "클래스를 0..{last}로 쓰세요",
    "loss.error.class_range": "클래스 번호 {index}번은 클래스 {classes}개의 범위 밖입니다",
    "loss.error.class_range.hint": "클래스 번호는 0부터 {last}까지입니다",
    "loss.error.wants": "다음을 주세요: {wants}",
    "loss.error.wants.index": "클래스 번호 {samples}개",
    "loss.error.wants.indices": "클래스 번호 {samples}개",
    "loss.error.wants.rows": "다음을 주세요: {samples}×{classes} 행렬",
    "loss.error.wants.either": "다음을 주세요: {indices} 또는 {samples}×{classes} 행렬",
    "loss.error.class_shape.one": "`pred`는 클래스 {classes}개짜리 {samples}행인데 `target`은 {target}입니다",
    "loss.error.class_shape.many": "`pred`는 클래스 {classes}개짜리 {samples}행인데 `target`은 {target}입니다",
    "loss.error.reduction": "알 수 없는 축소 방식 {reduction!r}",
    "loss.error.reduction.hint": "mean, sum, none(kl-div는 batchmean도) 중 하나를 쓰세요",
    "loss.error.logits": "{kind}에는 `logits`를 쓸 수 없습니다",
    "loss.error.logits.hint": "`logits`는 bce, ce, 'categorical-ce', 'sparse-ce'에만 씁니다",
    "loss.error.delta_huber": "`delta`는 huber에만 씁니다",
    "loss.error.delta": "huber의 delta는 양수여야 합니다 (받은 값: {delta:g})",
    "loss.error.delta.hint": "예: `delta`=1",
    "loss.error.two_classes": "{kind}에는 행마다 클래스가 2개 이상 필요한데 `pred`의 클래스는 {classes}개입니다",
    "loss.error.two_classes.hint": '샘플마다 클래스 점수 한 행을 쓰세요, 예: `pred`="[[2,1,0.1]]"',
    "activation.error.unknown": "알 수 없는 활성화 함수 {name!r}",
    "activation.error.unknown.hint": "쓸 수 있는 것: {names}",
    "activation.error.range": "범위는 작은 수에서 큰 수로 가야 합니다 (받은 값: {low:g}:{high:g})",
    "activation.error.range.hint": "예: `range`=-5:5",
    "activation.error.approximate_gelu": "`approximate`는 gelu에만 씁니다",
    "activation.error.approximate": "알 수 없는 근사 {approximate!r}",
    "activation.error.approximate.hint": "`approximate`에 'none' 또는 'tanh'를 쓰세요",
    "activation.error.cli.range": "범위로 읽을 수 없습니다: {text!r}",
    "activation.error.cli.range.hint": "A:B 꼴로 쓰세요, 예: --range -5:5",
    "softmax.error.the_logits": "로짓",
    "softmax.error.temperature": "온도는 양수여야 합니다 (받은 값: {temperature:g})",
    "softmax.error.temperature.hint": "예: `temperature`=0.5 (더 뾰족하게) 또는 `temperature`=2 (더 평평하게)",
    "softmax.error.overflow": "로짓을 온도(T = {temperature:g})로 나눈 값이 64비트 부동소수점에 담기에는 너무 큽니다",
    "softmax.error.overflow.hint": "온도를 크게 하거나 로짓을 작게 하세요",
    "softmax.error.jacobian": "야코비 행렬의 원소가 {count:,}개나 됩니다",
    "softmax.error.jacobian.hint": "`jacobian`은 더 적거나 짧은 행에 요청하세요",
    "softmax.error.label_empty": "빈 레이블이 있습니다",
    "softmax.error.label_empty.hint": "이름을 쉼표로 나누어 쓰세요, 예: 고양이,개,새",
    "softmax.error.labels": "레이블은 {labels}개인데 클래스는 {classes}개입니다",
    "softmax.error.labels.hint": "로짓마다 레이블을 하나씩 주세요",
}

# Help in Korean (see mlmath.cli.helptext).
HELP_KO = {
    "softmax": """소프트맥스 p = e^z / Σ e^z: 최댓값을 빼고, 지수를 취하고, 더하고, 나눕니다; 확률 막대그래프.

행렬은 행마다 따로 계산합니다. --temperature T는 먼저 로짓을 T로 나누고, --log는 로그 소프트맥스를,
--jacobian은 미분 ∂pᵢ/∂zⱼ를 보여 줍니다.

[dim]예:[/]
  mlmath softmax 1,2,3 --labels cat,dog,bird
  mlmath softmax 1000,1001,1002 --log
  mlmath softmax "2,1,0.1;1,1,1" --temperature 0.5 --jacobian
""",
    "softmax.logits": "로짓: 1,2,3, 또는 행렬 \"1,2,3;1,1,1\" (행마다 각자의 분포).",
    "softmax.temperature": "먼저 로짓을 T로 나눕니다: T < 1이면 더 뾰족하게, T > 1이면 더 평평하게. \\[기본값: 1]",
    "softmax.log": "로그 소프트맥스, log-sum-exp로 안정적으로 계산합니다.",
    "softmax.jacobian": "야코비 행렬 ∂p/∂z = diag(p) − p·pᵀ를 보여 줍니다.",
    "softmax.labels": "표와 막대그래프에 쓸 클래스 이름, 예: cat,dog,bird.",
    "softmax.axis": "확률분포가 놓인 축, torch.softmax의 dim과 같음: -1(또는 1)은 각 행, 0은 행렬의 각 열.",
    "activation": """활성화 함수의 값과 미분, 그 곡선, 그리고 알아 둘 성질.

NAME은 torch.nn.functional의 활성화 함수 중 하나입니다 (sigmoid, tanh, relu, leaky-relu, softplus, gelu,
softmax, elu, selu, celu, silu, mish, relu6, hardtanh, hardsigmoid, hardswish, logsigmoid, softsign,
tanhshrink, prelu). 점들은 나열하거나 (-2 0 2) 벡터로 쓸 수 있습니다 (-2,0,2).

[dim]예:[/]
  mlmath activation sigmoid -1000 0 2
  mlmath activation leaky-relu -2,0,3 --slope 0.1 --range -4:4
  mlmath activation gelu 1 --approximate tanh
  mlmath activation prelu -2 1 -3 4 --slope 0.1,0.3
""",
    "activation.name": "sigmoid, tanh, relu, leaky-relu, softplus, gelu, softmax, elu, selu, celu, silu (swish), "
    "mish, relu6, hardtanh, hardsigmoid, hardswish, logsigmoid, softsign, tanhshrink 또는 prelu.",
    "activation.points": "점들 (softmax라면 로짓): -2 0 3 또는 -2,0,3 \\[기본값: -2,-1,0,1,2; softmax는 1,2,3].",
    "activation.range_": "그림의 x 범위. \\[기본값: -5:5]",
    "activation.slope": "x ≤ 0에서의 기울기: leaky-relu의 기울기 \\[기본값: 0.01], 또는 prelu의 학습되는 기울기, "
    "하나 또는 채널마다 하나 (0.1,0.3) \\[기본값: 0.25].",
    "activation.alpha": "elu와 celu의 α, 음수 쪽의 한계 −α. \\[기본값: 1]",
    "activation.beta": "softplus의 β: log(1 + e^(βx))/β, β가 클수록 더 날카롭습니다. \\[기본값: 1]",
    "activation.threshold": "βx > T이면 softplus는 x 자체를 돌려줍니다. \\[기본값: 20]",
    "activation.min_val": "hardtanh의 아래 한계. \\[기본값: -1]",
    "activation.max_val": "hardtanh의 위 한계. \\[기본값: 1]",
    "activation.approximate": "gelu: 정확한 erf 꼴(none, PyTorch의 기본값) 또는 tanh 공식.",
    "loss": """손실 함수를 torch.nn.functional처럼 계산합니다: 항마다의 값, 축약(reduction), 기울기.

KIND는 torch.nn.functional의 손실 함수 중 하나입니다: mse, mae, rmse, huber, bce, ce, categorical-ce,
sparse-ce, nll, kl-div, smooth-l1, hinge-embedding, margin-ranking, cosine-embedding, poisson-nll,
gaussian-nll. 예측이 로짓이면 --logits를 쓰고, 축약은 --reduction mean, sum 또는 none으로 고릅니다.

[dim]예:[/]
  mlmath loss mse --pred 2.5,0,2,8 --target 3,-0.5,2,7
  mlmath loss sparse-ce --pred "[[2,1,0.1]]" --target 0 --logits
  mlmath loss bce --pred 0.9,0.2,0.6 --target 1,0,1 --compare
  mlmath loss kl-div --pred "[[-1.2,-0.4]]" --target "[[0.3,0.7]]"
""",
    "loss.kind": "mse, mae, rmse, huber, bce, ce, categorical-ce, sparse-ce, nll, kl-div, smooth-l1, "
    "hinge-embedding, margin-ranking, cosine-embedding, poisson-nll 또는 gaussian-nll "
    "(l2, l1, binary-cross-entropy, cross-entropy, kl, hinge도 됩니다).",
    "loss.pred": "예측: 값, 확률, 또는 --logits와 함께 로짓; ce 계열은 샘플마다 한 행.",
    "loss.target": "정답: 값, 0/1 레이블, 클래스 번호(0,2,1) 또는 원-핫 행.",
    "loss.logits": "예측이 가공하지 않은 로짓입니다: sigmoid(bce)나 softmax(ce)를 안에서 안정적으로 적용합니다.",
    "loss.reduction": "항들을 평균하거나, 더하거나, 하나하나 그대로 둡니다 (kl-div는 batchmean도: 합을 행의 수로 "
    "나눔).",
    "loss.pred2": "margin-ranking과 cosine-embedding의 두 번째 입력 x₂.",
    "loss.var": "gaussian-nll: 예측한 분산, 하나 또는 예측마다 하나.",
    "loss.beta": "smooth-l1의 β, 제곱이 선형으로 바뀌는 곳; 0이면 L1. \\[기본값: 1]",
    "loss.margin": "hinge-embedding \\[기본값: 1], margin-ranking과 cosine-embedding \\[기본값: 0].",
    "loss.weight": "ce, nll: 클래스마다 가중치 하나 (0.5,2,1); 평균은 정답 클래스 가중치의 합으로 나눕니다.",
    "loss.label_smoothing": "ce: 정답이 (1 − ε)·y + ε/C가 됩니다, ε는 [0, 1]. \\[기본값: 0]",
    "loss.ignore_index": "ce, sparse-ce, nll: 클래스가 K인 행은 더하지도 세지도 않습니다. \\[기본값: -100]",
    "loss.pos_weight": "--logits와 함께 bce: 양성의 가중치, 하나 또는 클래스마다 하나.",
    "loss.log_target": "kl-div: 정답도 로그 확률입니다.",
    "loss.log_input": "poisson-nll: 입력이 log λ (기본값) 또는 λ 자체.",
    "loss.full": "poisson-nll: 스털링 항을 더함; gaussian-nll: ½·log 2π를 더함.",
    "loss.eps": "poisson-nll의 log(λ + ε)의 ε \\[기본값: 1e-8]; gaussian-nll의 분산 하한 \\[기본값: 1e-6].",
    "loss.delta": "huber에서 제곱과 선형을 가르는 문턱값. \\[기본값: 1]",
    "loss.compare": "이 입력에 맞는 모든 손실 함수도 나란히 보여 줍니다.",
}
