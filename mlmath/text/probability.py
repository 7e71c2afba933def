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
    "softmax.sum": "Add them up: Σ = {exps: + } = {total}",
    "softmax.divide": "Divide each by the sum: p = [{probabilities}]; the probabilities sum to {check}",
    "softmax.log": "log-softmax = (z − m) − log Σ: log-sum-exp LSE = m + log Σ = {max} + log {total} = {lse}, "
    "so log p = z − LSE = [{log_probabilities}]  (never log of 0)",
    "softmax.row": "Row {row}",
    "softmax.rows_hidden": "… {rows} more rows, computed the same way",
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
    "activation.points_hidden": "… {count} more points, computed the same way",
    "activation.step.sigmoid": "σ({x}) = 1 / (1 + e^(−{x:p})) = 1 / (1 + {e}) = {value};  "
    "σ′ = σ·(1 − σ) = {value}·{rest} = {derivative}",
    "activation.step.sigmoid_negative": "σ({x}) = e^{x:p} / (1 + e^{x:p}) = {e} / (1 + {e}) = {value}  "
    "(this form for x < 0 never overflows);  σ′ = σ·(1 − σ) = {value}·{rest} = {derivative}",
    "activation.step.tanh": "tanh({x}) = {value};  tanh′ = 1 − tanh² = 1 − {squared:squares} = {derivative}",
    "activation.step.relu_pos": "relu({x}) = max(0, {x}) = {value};  relu′ = 1 (x > 0: the gradient passes "
    "unchanged)",
    "activation.step.relu_neg": "relu({x}) = max(0, {x}) = 0;  relu′ = 0 (x < 0: no gradient flows)",
    "activation.step.relu_zero": "relu(0) = 0;  relu′(0) is a corner, undefined: mlmath takes 0, as PyTorch does",
    "activation.step.leaky_pos": "leaky-relu({x}) = {value} (x > 0);  derivative 1",
    "activation.step.leaky_neg": "leaky-relu({x}) = {product} = {value} (x ≤ 0);  derivative {slope} "
    "(also at 0, as PyTorch)",
    "activation.step.softplus": "softplus({x}) = log(1 + e^{x:p}) = log(1 + {e}) = {value};  "
    "softplus′ = σ({x}) = {derivative}",
    "activation.step.softplus_linear": "softplus({x}) = {value}: above x = {threshold} PyTorch returns x itself "
    "(log(1 + eˣ) differs from x by less than e⁻ˣ), and so does mlmath;  softplus′ = 1",
    "activation.step.gelu": "gelu({x}) = x·Φ(x) = {product} = {value};  gelu′ = Φ(x) + x·φ(x) = "
    "{terms: + } = {derivative}",
    "activation.step.gelu_tanh": "gelu({x}) ≈ ½·x·(1 + tanh(u)) with u = √(2/π)·(x + 0.044715·x³) = {inner}: "
    "{value};  gelu′ = {derivative}",
    "activation.step.softmax": "Derivative: ∂pᵢ/∂zᵢ = pᵢ(1 − pᵢ) = [{diagonal}]; off the diagonal "
    "∂pᵢ/∂zⱼ = −pᵢpⱼ (the Jacobian below)",
    "activation.fact.sigmoid.1": "Output in (0, 1): read it as a probability (the last layer of a binary "
    "classifier).",
    "activation.fact.sigmoid.2": "σ′ is at most 0.25 (at x = 0) and near 0 for large |x|: stacked sigmoids "
    "multiply gradients by ≤ 0.25 each — the vanishing gradient.",
    "activation.fact.sigmoid.3": "Not zero-centred: every output is positive.",
    "activation.fact.sigmoid.4": "Stable for large |x|: for x < 0 mlmath uses eˣ/(1 + eˣ), so σ(−1000) = 0 "
    "without overflow.",
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
    "loss.reduce.mean": "Reduction mean: ({terms: + }) / {count} = {value}",
    "loss.reduce.sum": "Reduction sum: {terms: + } = {value}",
    "loss.reduce.none": "Reduction none: the {count} terms themselves are the answer",
    "loss.reduce.rmse_mean": "Reduction mean, then the root: √(({terms: + }) / {count}) = √{inside} = {value}",
    "loss.reduce.rmse_sum": "Reduction sum, then the root: √({terms: + }) = √{inside} = {value}",
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
    "loss.gradient.ce": "Gradient ∂L/∂pᵢ = −yᵢ/pᵢ = [{values}]",
    "loss.gradient.ce_mean": "Gradient ∂L/∂pᵢ = −yᵢ/pᵢ/{count} = [{values}]",
    "loss.gradient.ce_logits": "Gradient ∂L/∂z = p − y: softmax and cross-entropy together give the "
    "probabilities minus the target; row 1: [{p}] − [{y}] = [{difference}]",
    "loss.gradient.ce_logits_mean": "Gradient ∂L/∂z = (p − y)/{count}: softmax and cross-entropy together give "
    "the probabilities minus the target; row 1: [{p}] − [{y}] = [{difference}]",
    "loss.log.clamp": "log(0): a probability of exactly 0 (or 1, in log(1 − p)) makes a log −∞; mlmath clamps "
    "every log at {floor}, as PyTorch's BCE does, so such a term counts at most 100",
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
    "loss.column.gradient_x": "∂L/∂x",
    "loss.column.gradient_z": "∂L/∂z",
    "loss.title.compare": "Every loss that fits these inputs (reduction {reduction})",
    "loss.column.sample": "#",
    "loss.column.pred": "ŷ",
    "loss.column.logit": "x",
    "loss.column.logits": "z",
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
}
