"""Sentences for attention."""

EN = {
    # headline and notes
    "attention.summary.self": "Self-attention over {n} tokens (d_model = {d_model}, heads = {heads}, d_k = {d_k})",
    "attention.summary.causal": "Causal (masked) self-attention over {n} tokens (d_model = {d_model}, heads = {heads}, "
    "d_k = {d_k})",
    "attention.summary.cross": "Cross-attention: {n} queries attend to {m} keys (d_model = {d_model}, heads = {heads}, "
    "d_k = {d_k})",
    "attention.note.random": "{names} drawn at random with seed {seed} (--seed): the same command always prints "
    "the same numbers; give --embeddings, --wq, --wk, --wv, --wo to use your own.",
    "attention.note.focus": "Showing head {head} of {heads} (--head).",
    "attention.note.more_heads": "{hidden} more head(s) not shown; pick one with --head.",
    # names of what is drawn at random
    "attention.name.embeddings": "embeddings",
    "attention.name.kv_embeddings": "--kv-seq embeddings",
    "attention.name.wq": "W_Q",
    "attention.name.wk": "W_K",
    "attention.name.wv": "W_V",
    "attention.name.wo": "W_O",
    # table titles
    "attention.title.embeddings": "X: embeddings ({shape})",
    "attention.title.kv_embeddings": "Y: embeddings of --kv-seq ({shape})",
    "attention.title.positional": "PE: positional encoding ({shape})",
    "attention.title.kv_positional": "PE for --kv-seq ({shape})",
    "attention.title.x": "X + PE ({shape})",
    "attention.title.kv_x": "Y + PE ({shape})",
    "attention.title.wq": "W_Q ({shape})",
    "attention.title.wk": "W_K ({shape})",
    "attention.title.wv": "W_V ({shape})",
    "attention.title.wo": "W_O ({shape})",
    "attention.title.q": "Q = X·W_Q ({shape})",
    "attention.title.k": "K = X·W_K ({shape})",
    "attention.title.v": "V = X·W_V ({shape})",
    "attention.title.k_cross": "K = Y·W_K ({shape})",
    "attention.title.v_cross": "V = Y·W_V ({shape})",
    "attention.title.q_head": "Q, head {head}: columns {first}–{last} ({shape})",
    "attention.title.k_head": "K, head {head}: columns {first}–{last} ({shape})",
    "attention.title.v_head": "V, head {head}: columns {first}–{last} ({shape})",
    "attention.title.raw_scores": "Q·Kᵀ: raw scores ({shape})",
    "attention.title.scores": "Q·Kᵀ / √d_k: scaled scores ({shape})",
    "attention.title.mask": "Mask: 0 to keep, −∞ to hide ({shape})",
    "attention.title.masked_scores": "Scaled scores + mask ({shape})",
    "attention.title.weights": "Weights: softmax by row ({shape})",
    "attention.title.head_output": "Head {head} output = weights·V ({shape})",
    "attention.title.output": "Output = weights·V ({shape})",
    "attention.title.concat": "Concat: the {heads} heads side by side ({shape})",
    "attention.title.result": "Output = Concat·W_O ({shape})",
    "attention.title.result_wo": "Output = (weights·V)·W_O ({shape})",
    "attention.title.heatmap": "Attention weights: query ↓, key →",
    "attention.title.heatmap_head": "Attention weights, head {head}: query ↓, key →",
    "attention.corner": "q╲k",
    # steps
    "attention.tokens": "Split the text into {n} tokens: {tokens: │ }",
    "attention.tokens.cross": "Split both texts into tokens: {n} queries from --seq ({tokens: │ }) and {m} keys "
    "and values from --kv-seq ({kv_tokens: │ })",
    "attention.embed.random": "Embed each token as a vector of d_model = {d_model} numbers: one row of X per token "
    "({n}×{d_model}); a token that occurs twice gets the same row (random, seed {seed})",
    "attention.embed.given": "Embed each token as a vector of d_model = {d_model} numbers: X is the given "
    "{n}×{d_model} --embeddings, one row per token",
    "attention.kv_embed.random": "Embed the {m} tokens of --kv-seq the same way: Y ({m}×{d_model}, random, "
    "seed {seed})",
    "attention.kv_embed.given": "The tokens of --kv-seq are embedded by the given {m}×{d_model} --kv-embeddings: Y",
    "attention.positional.sinusoidal": "Add the positional encoding PE(pos, 2i) = sin(pos / 10000^(2i/{d_model})), "
    "PE(pos, 2i+1) = cos(pos / 10000^(2i/{d_model})): attention alone cannot see word order, so each position "
    "gets its own pattern of waves",
    "attention.positional.none": "No positional encoding (--positional none): X is used as it is, so attention "
    "cannot tell the order of the tokens",
    "attention.weights.random": "The learned weights W_Q, W_K ({d_model}×{width_qk}) and W_V ({d_model}×{width_v}) "
    "are model parameters, not random variables; here they are drawn at random (seed {seed}), scaled by "
    "1/√d_model",
    "attention.weights.given": "The learned weights W_Q, W_K ({d_model}×{width_qk}) and W_V ({d_model}×{width_v}) "
    "are the given ones",
    "attention.weights.mixed": "The learned weights W_Q, W_K ({d_model}×{width_qk}) and W_V ({d_model}×{width_v}): "
    "{drawn: and } drawn at random (seed {seed}), the others given",
    "attention.project": "Project every token: Q = X·W_Q (what each token looks for), K = X·W_K (what it offers "
    "to be matched on), V = X·W_V (what it passes on); {n}×{width_qk}, {n}×{width_qk}, {n}×{width_v}",
    "attention.project.cross": "Project: Q = X·W_Q from --seq ({n}×{width_qk}); K = Y·W_K and V = Y·W_V from "
    "--kv-seq ({m}×{width_qk}, {m}×{width_v})",
    "attention.split": "Split into {heads} heads: head k takes the k-th {d_k} columns of Q and K "
    "(d_k = {d_k}) and the k-th {d_v} columns of V; each head attends on its own",
    "attention.head": "Head {head}: columns {first}–{last} of Q and K, {first_v}–{last_v} of V",
    "attention.scores": "Scores Q·Kᵀ ({n}×{m}): row = query token, column = key token; each entry is a dot "
    "product, large when the query matches the key. Row {query}:",
    "attention.dot": "q_{query}·k_{key_token} = {terms: + } = {value}",
    "attention.dot_more": "… and {count} more keys, each the same way",
    "attention.scale": "Divide by √d_k = √{d_k} = {root} (d_k = {d_k}, the width of one query or key) so the "
    "scores do not grow with the width and the softmax does not saturate: e.g. {raw} / {root} = {scaled} "
    "for {query}→{key_token}",
    "attention.mask": "Causal mask: a token may not look at later tokens, so scores above the diagonal become −∞ "
    "and get weight 0 after the softmax: the first token sees only itself, the last sees all {m}",
    "attention.softmax": "Softmax row by row, shifted by the row's maximum for stability: every weight is "
    "between 0 and 1 and each row sums to 1. Row {query}:",
    "attention.softmax_row": "the row's maximum is {max}; exp(s − max) over ({keys}) = {exps}; "
    "their sum is {total}; weights = exp / sum = {weights}",
    "attention.softmax_masked": "{keys} hidden by the mask: exp(−∞) = 0, weight 0",
    "attention.mix": "Output = weights·V ({n}×{width}): each token's new vector is a mix of the value vectors, "
    "weighted by how much it attends to each key",
    "attention.mix_row": "out_{query} = {terms: + }",
    "attention.concat": "Concatenate the {heads} heads' outputs side by side: {n}×{width}",
    "attention.out_projection.random": "Multiply by W_O ({width}×{d_model}, drawn at random with seed {seed}) to mix "
    "the heads: output = Concat·W_O, {n}×{d_model}",
    "attention.out_projection.single": "Multiply by the given W_O ({width}×{d_model}): output = (weights·V)·W_O, "
    "{n}×{d_model}",
    "attention.out_projection.given": "Multiply by the given W_O ({width}×{d_model}) to mix the heads: "
    "output = Concat·W_O, {n}×{d_model}",
}
