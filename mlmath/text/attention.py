"""Sentences for attention."""

# Titles that are formulas read the same in every language.
FORMULAS = {
    "attention.title.x": "X + PE ({shape})",
    "attention.title.kv_x": "Y + PE ({shape})",
    "attention.title.wq": "W_Q ({shape})",
    "attention.title.wk": "W_K ({shape})",
    "attention.title.wv": "W_V ({shape})",
    "attention.title.wo": "W_O ({shape})",
    "attention.title.b_q": "b_Q ({shape})",
    "attention.title.b_k": "b_K ({shape})",
    "attention.title.b_v": "b_V ({shape})",
    "attention.title.b_o": "b_O ({shape})",
    "attention.title.q": "Q = X·W_Q ({shape})",
    "attention.title.k": "K = X·W_K ({shape})",
    "attention.title.v": "V = X·W_V ({shape})",
    "attention.title.k_cross": "K = Y·W_K ({shape})",
    "attention.title.v_cross": "V = Y·W_V ({shape})",
}

EN = {
    **FORMULAS,
    # headline and notes
    "attention.summary.self": "Self-attention over {n} tokens (d_model = {d_model}, heads = {heads}, d_k = {d_k})",
    "attention.summary.causal": "Causal (masked) self-attention over {n} tokens (d_model = {d_model}, heads = {heads}, "
    "d_k = {d_k})",
    "attention.summary.cross": "Cross-attention: {n} queries attend to {m} keys (d_model = {d_model}, heads = {heads}, "
    "d_k = {d_k})",
    "attention.note.random": "{names} drawn at random with seed {seed} (--seed); give --embeddings, --wq, --wk, "
    "--wv, --wo to use your own.",
    "attention.note.words": "A token's embedding is drawn from its own text: the same word has the same row in "
    "every sentence.",
    "attention.note.meaning": "Random numbers show the arithmetic of attention, not meaning; in a trained model the "
    "learned W_Q and W_K make the weights meaningful (try --vectors).",
    "attention.note.vectors": "Embeddings: word vectors from {file} ({found} of {n} tokens found).",
    "attention.note.missing": "Not in {file}, drawn at random instead (--random-missing): {missing}.",
    "attention.note.identity": "W_Q = W_K = W_V = I (--identity-weights): each weight shows how similar two "
    "embeddings are, Q·Kᵀ = X·Xᵀ.",
    "attention.note.padding": "--pad-to {length}: {pads} <pad> key(s) added; the key-padding mask hides them from "
    "every query (– in the weights).",
    "attention.note.hidden": "Hidden here: {what}. To see them: a wider terminal (COLUMNS), --precision 1, "
    "--head K for one head, --query TOKEN for one row's dot products, or --json for every number.",
    "attention.note.other_heads": "Heads {first}–{last} take the same steps on their own columns ({heads} more "
    "heads; --head K works out head K in full, --json has every number)",
    "attention.hidden.keys": "{hidden} of {total} key columns",
    "attention.hidden.queries": "{hidden} of {total} query rows",
    "attention.note.vector_full": "{name} in full ({count} numbers, the table above shows only some): {values}",
    "attention.note.focus": "Showing head {head} of {heads} (--head).",
    # names of what is drawn at random
    "attention.name.embeddings": "embeddings",
    "attention.name.kv_embeddings": "--kv-seq embeddings",
    "attention.name.wq": "W_Q",
    "attention.name.wk": "W_K",
    "attention.name.wv": "W_V",
    "attention.name.wo": "W_O",
    "attention.name.bq": "b_Q",
    "attention.name.bk": "b_K",
    "attention.name.bv": "b_V",
    "attention.name.bo": "b_O",
    "attention.legend": "weight",
    # table titles
    "attention.title.embeddings": "X: embeddings ({shape})",
    "attention.title.kv_embeddings": "Y: embeddings of --kv-seq ({shape})",
    "attention.title.positional": "PE: positional encoding ({shape})",
    "attention.title.kv_positional": "PE for --kv-seq ({shape})",
    "attention.title.q_head": "Q, head {head}: columns {first}–{last} ({shape})",
    "attention.title.k_head": "K, head {head}: columns {first}–{last} ({shape})",
    "attention.title.v_head": "V, head {head}: columns {first}–{last} ({shape})",
    "attention.title.raw_scores": "Q·Kᵀ: raw scores ({shape})",
    "attention.title.scores": "Q·Kᵀ / √d_k: scaled scores ({shape})",
    "attention.title.mask": "Mask: 0 to keep, −∞ to hide ({shape})",
    "attention.title.masked_scores": "Scaled scores + mask ({shape})",
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
    "({n}×{d_model}), drawn at random from the token's own text and seed {seed}, so a word has the same row in "
    "every sentence (and twice in one)",
    "attention.embed.vectors": "Embed each token by its word vector (looked up in lower case): one row of X per "
    "token ({n}×{d_model})",
    "attention.embed.vectors_missing": "Embed each token by its word vector (looked up in lower case): one row of X "
    "per token ({n}×{d_model}); not in the file, so drawn at random from their text and seed {seed}: {missing:, }",
    "attention.kv_embed.vectors": "Embed the {m} tokens of --kv-seq by their word vectors the same way: Y "
    "({m}×{d_model})",
    "attention.pad": "Pad to {length} tokens with {pads} {pad} token(s), as a batch of sentences is padded to one "
    "length; their embedding rows are zero",
    "attention.weights.identity": "W_Q = W_K = W_V = I ({d_model}×{d_model}, --identity-weights): Q = K = V = X, so "
    "a score is the dot product of two embeddings, how similar they are",
    "attention.bias.random": "Add biases after each projection, as nn.MultiheadAttention(bias=True): Q = X·W_Q + b_Q, "
    "K = X·W_K + b_K, V = X·W_V + b_V, and b_O after W_O (drawn at random, seed {seed})",
    "attention.bias.given": "Add the given biases after each projection: Q = X·W_Q + b_Q, K = X·W_K + b_K, "
    "V = X·W_V + b_V, and b_O after W_O",
    "attention.mask.cross": "Causal cross-attention: query i may look at keys 1…i only (the sequences are aligned "
    "position by position, as PyTorch's memory_is_causal), so the scores right of the diagonal become −∞ and "
    "get weight 0",
    "attention.mask.padding": "Key-padding mask: the {pads} <pad> key(s) get score −∞ and weight 0 in every row, "
    "so padding never changes a real token's output; {m} keys in all",
    "attention.embed.given": "Embed each token as a vector of d_model = {d_model} numbers: X is the given "
    "{n}×{d_model} --embeddings, one row per token",
    "attention.kv_embed.random": "Embed the {m} tokens of --kv-seq the same way: Y ({m}×{d_model}, random, "
    "seed {seed})",
    "attention.kv_embed.given": "The tokens of --kv-seq are embedded by the given {m}×{d_model} --kv-embeddings: Y",
    "attention.positional.sinusoidal": "Add the positional encoding PE(pos, 2i) = sin(pos / 10000^(2i/{d_model})), "
    "PE(pos, 2i+1) = cos(pos / 10000^(2i/{d_model})) to X, which is X + PE from here on: attention alone cannot "
    "see word order, so each position gets its own pattern of waves",
    "attention.positional.none": "No positional encoding (--positional none): X is used as it is, so attention "
    "cannot tell the order of the tokens",
    "attention.weights.random": "The weights W_Q, W_K ({d_model}×{width_qk}) and W_V ({d_model}×{width_v}) are "
    "parameters a model learns (fixed numbers once trained, not random variables); with no trained model at hand "
    "they are drawn at random here (seed {seed}), scaled by 1/√d_model",
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
    "attention.dot": "q_{query}·k_{key_token} = {value}",
    "attention.dot_more": "… and {count} more keys, each the same way",
    "attention.scale": "Divide by √d_k = √{d_k} = {root} (d_k = {d_k}, the width of one query or key) so the "
    "scores do not grow with the width and the softmax does not saturate: e.g. {scaled} for {query}→{key_token}",
    "attention.mask": "Causal mask: a token may not look at later tokens, so scores above the diagonal become −∞ "
    "and get weight 0 after the softmax: the first token sees only itself, the last sees all {m}",
    "attention.softmax": "Softmax row by row, shifted by the row's maximum for stability: every weight is "
    "between 0 and 1 and each row sums to 1. Row {query}:",
    "attention.softmax_row": "the row's maximum is {max}; exp(s − max) over ({keys}) = {exps}; "
    "their sum is {total}; weights = exp / sum: {weights}",
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
    "attention.error.not_matrix": "{name} must be a matrix, got {ndim} dimension(s)",
    "attention.error.overflow": "{what} overflow float64: the embeddings or weights are too large",
    "attention.error.overflow.hint": "scale them down (entries near 1 are typical)",
    "attention.error.what.qkv": "Q, K or V",
    "attention.error.what.scores": "the scores Q·Kᵀ or the output",
    "attention.error.n.token": "{count} token",
    "attention.error.n.tokens": "{count} tokens",
    "attention.error.n.row": "{count} row",
    "attention.error.n.rows": "{count} rows",
    "attention.error.n.column": "{count} column",
    "attention.error.n.columns": "{count} columns",
    "attention.error.source.has": "{name} has {count}",
    "attention.error.source.d_model": "`d_model` is {d_model}",
    "attention.error.d_model.disagrees": "d_model disagrees: {sources}",
    "attention.error.d_model.disagrees.hint": "embeddings have d_model columns and W_Q, W_K, W_V have d_model rows",
    "attention.error.d_model.range": "d_model must be between 1 and {most}, got {size}",
    "attention.error.d_model.vectors": "`d_model` is {d_model} but the word vectors have {size} numbers",
    "attention.error.wq_wk": "W_Q (`wq`) is {wq} but W_K (`wk`) is {wk}",
    "attention.error.wq_wk.hint": "queries and keys must have the same width to take their dot products",
    "attention.error.wo": "W_O (`wo`) is {wo} but the attention output is {width} wide (the columns of W_V)",
    "attention.error.wo.hint": "W_O needs {width} rows",
    "attention.error.width_qk": "the width of W_Q and W_K",
    "attention.error.width_v": "the width of W_V",
    "attention.error.or": "{first} or {last}",
    "attention.error.heads_divide": "`heads` {heads} does not divide {what} = {width}: each head takes an equal slice",
    "attention.error.heads_divide.hint": "use `heads`={choices}",
    "attention.error.biases": "`biases` are four vectors: b_q, b_k, b_v, b_o",
    "attention.error.bias_size": "{name} has {size} entries but must have {width}",
    "attention.error.rows": "{name} has {rows} but there are {tokens} tokens",
    "attention.error.rows.kv": "{name} has {rows} but there are {tokens} tokens in `kv_seq`",
    "attention.error.rows.hint": "give one embedding row per token",
    "attention.error.missing": "{tokens} not in the word vectors: {shown}",
    "attention.error.missing.hint": "use `random_missing` to draw random rows for them, or change the sentence",
    "attention.error.no_tokens": "attention needs at least one token",
    "attention.error.heads": "`heads` must be at least 1, got {heads}",
    "attention.error.positional": "unknown positional encoding {positional!r}",
    "attention.error.positional.hint": "use sinusoidal or none",
    "attention.error.pad_to": "`pad_to` {pad_to} is shorter than the {tokens}",
    "attention.error.pad_to.hint": "use `pad_to`={length} or more",
    "attention.error.scores": "{heads} head(s) × {n} × {m} attention scores is too many to keep",
    "attention.error.scores.hint": "use fewer tokens or heads",
    "attention.error.query": "query {query} is outside the {tokens}",
    "attention.error.kv_embeddings": "`kv_embeddings` belongs to `kv_seq`",
    "attention.error.kv_embeddings.hint": "give `kv_seq` too, or drop `kv_embeddings`",
    "attention.error.vectors_differ": "the word vectors differ in length",
    "attention.error.cli.random_missing": "--random-missing fills in tokens missing from --vectors",
    "attention.error.cli.random_missing.hint": "give --vectors FILE too",
    "attention.error.cli.head": "--head {head} is beyond --heads {heads}",
    "attention.error.cli.head.hint": "choose --head from 1 to {heads}",
    "attention.error.cli.head.split": "split into heads with --heads 2 or more",
    "attention.error.blind": "query {query} may look at no key: every key it could see is padding",
}

KO = {
    **FORMULAS,
    # 제목 줄과 안내
    "attention.summary.self": "토큰 {n}개의 셀프 어텐션 (d_model = {d_model}, 헤드 = {heads}, d_k = {d_k})",
    "attention.summary.causal": "토큰 {n}개의 인과(마스크) 셀프 어텐션 (d_model = {d_model}, 헤드 = {heads}, "
    "d_k = {d_k})",
    "attention.summary.cross": "크로스 어텐션: 쿼리 {n}개가 키 {m}개를 봅니다 (d_model = {d_model}, 헤드 = {heads}, "
    "d_k = {d_k})",
    "attention.note.random": "{names}: 시드 {seed}(--seed)로 무작위로 뽑았습니다; 직접 주려면 --embeddings, --wq, "
    "--wk, --wv, --wo를 쓰세요.",
    "attention.note.focus": "헤드 {heads}개 중 {head}번만 보여 줍니다 (--head).",
    "attention.note.words": "토큰의 임베딩은 토큰 자신의 텍스트로 뽑습니다: 같은 단어는 어느 문장에서나 같은 행을 "
    "받습니다.",
    "attention.note.meaning": "무작위 수는 어텐션의 계산을 보여 줄 뿐 의미를 보여 주지 않습니다; 학습된 모델에서는 "
    "학습된 W_Q와 W_K가 가중치에 의미를 줍니다 (--vectors를 써 보세요).",
    "attention.note.vectors": "임베딩: {file}의 단어 벡터 (토큰 {n}개 중 {found}개를 찾음).",
    "attention.note.missing": "{file}에 없어서 무작위로 뽑았습니다 (--random-missing): {missing}.",
    "attention.note.identity": "W_Q = W_K = W_V = I (--identity-weights): 각 가중치는 두 임베딩이 얼마나 "
    "비슷한지를 보여 줍니다, Q·Kᵀ = X·Xᵀ.",
    "attention.note.padding": "--pad-to {length}: <pad> 키 {pads}개를 덧붙였습니다; 키 패딩 마스크가 모든 쿼리에서 "
    "가립니다 (가중치의 –).",
    "attention.note.hidden": "여기서 가려진 것: {what}. 보려면: 더 넓은 터미널 (COLUMNS), --precision 1, 헤드 하나만 "
    "--head K, 한 행의 내적은 --query TOKEN, 모든 수는 --json.",
    "attention.note.other_heads": "헤드 {first}–{last}도 자기 열에서 같은 단계를 밟습니다 (헤드 {heads}개 더; "
    "--head K는 헤드 K를 모두 풀어 쓰고, --json에는 모든 수가 있습니다)",
    "attention.hidden.keys": "키 열 {total}개 중 {hidden}개",
    "attention.hidden.queries": "쿼리 행 {total}개 중 {hidden}개",
    "attention.note.vector_full": "{name} 전체 ({count}개, 위 표에는 일부만 보임): {values}",
    # 무작위로 뽑은 것의 이름
    "attention.name.embeddings": "임베딩",
    "attention.name.kv_embeddings": "--kv-seq 임베딩",
    "attention.name.wq": "W_Q",
    "attention.name.wk": "W_K",
    "attention.name.wv": "W_V",
    "attention.name.wo": "W_O",
    "attention.name.bq": "b_Q",
    "attention.name.bk": "b_K",
    "attention.name.bv": "b_V",
    "attention.name.bo": "b_O",
    "attention.legend": "가중치",
    # 표 제목
    "attention.title.embeddings": "X: 임베딩 ({shape})",
    "attention.title.kv_embeddings": "Y: --kv-seq의 임베딩 ({shape})",
    "attention.title.positional": "PE: 위치 인코딩 ({shape})",
    "attention.title.kv_positional": "--kv-seq의 PE ({shape})",
    "attention.title.q_head": "Q, 헤드 {head}: {first}–{last}열 ({shape})",
    "attention.title.k_head": "K, 헤드 {head}: {first}–{last}열 ({shape})",
    "attention.title.v_head": "V, 헤드 {head}: {first}–{last}열 ({shape})",
    "attention.title.raw_scores": "Q·Kᵀ: 원래 점수 ({shape})",
    "attention.title.scores": "Q·Kᵀ / √d_k: 스케일한 점수 ({shape})",
    "attention.title.mask": "마스크: 0은 남기고 −∞는 가립니다 ({shape})",
    "attention.title.masked_scores": "스케일한 점수 + 마스크 ({shape})",
    "attention.title.head_output": "헤드 {head} 출력 = 가중치·V ({shape})",
    "attention.title.output": "출력 = 가중치·V ({shape})",
    "attention.title.concat": "Concat: 헤드 {heads}개를 옆으로 이어 붙임 ({shape})",
    "attention.title.result": "출력 = Concat·W_O ({shape})",
    "attention.title.result_wo": "출력 = (가중치·V)·W_O ({shape})",
    "attention.title.heatmap": "어텐션 가중치: 쿼리 ↓, 키 →",
    "attention.title.heatmap_head": "어텐션 가중치, 헤드 {head}: 쿼리 ↓, 키 →",
    "attention.corner": "q╲k",
    # 단계
    "attention.tokens": "텍스트를 토큰 {n}개로 나눕니다: {tokens: │ }",
    "attention.tokens.cross": "두 텍스트를 토큰으로 나눕니다: --seq에서 쿼리 {n}개 ({tokens: │ }), --kv-seq에서 "
    "키와 값 {m}개 ({kv_tokens: │ })",
    "attention.embed.random": "각 토큰을 숫자 d_model = {d_model}개짜리 벡터로 임베딩합니다: 토큰마다 X의 한 행 "
    "({n}×{d_model}), 토큰 자신의 텍스트와 시드 {seed}로 무작위로 뽑으므로 같은 단어는 어느 문장에서나 (한 문장에 "
    "두 번 나와도) 같은 행을 받습니다",
    "attention.embed.vectors": "각 토큰을 단어 벡터로 임베딩합니다 (소문자로 찾음): 토큰마다 X의 한 행 "
    "({n}×{d_model})",
    "attention.embed.vectors_missing": "각 토큰을 단어 벡터로 임베딩합니다 (소문자로 찾음): 토큰마다 X의 한 행 "
    "({n}×{d_model}); 파일에 없는 토큰은 텍스트와 시드 {seed}로 무작위로 뽑았습니다: {missing:, }",
    "attention.kv_embed.vectors": "--kv-seq의 토큰 {m}개도 같은 방법으로 단어 벡터로 임베딩합니다: Y "
    "({m}×{d_model})",
    "attention.pad": "문장 여러 개를 한 길이로 맞추듯 {pad} 토큰 {pads}개로 {length}개까지 채웁니다; 그 임베딩 "
    "행은 0입니다",
    "attention.weights.identity": "W_Q = W_K = W_V = I ({d_model}×{d_model}, --identity-weights): Q = K = V = X "
    "이므로 점수는 두 임베딩의 내적, 곧 얼마나 비슷한지입니다",
    "attention.bias.random": "nn.MultiheadAttention(bias=True)처럼 사영마다 편향을 더합니다: Q = X·W_Q + b_Q, "
    "K = X·W_K + b_K, V = X·W_V + b_V, W_O 뒤에 b_O (무작위, 시드 {seed})",
    "attention.bias.given": "사영마다 주어진 편향을 더합니다: Q = X·W_Q + b_Q, K = X·W_K + b_K, V = X·W_V + b_V, "
    "W_O 뒤에 b_O",
    "attention.mask.cross": "인과 크로스 어텐션: 쿼리 i는 키 1…i만 볼 수 있습니다 (두 시퀀스가 위치별로 맞춰져 "
    "있을 때, PyTorch의 memory_is_causal처럼): 대각선 오른쪽의 점수는 −∞, 가중치는 0이 됩니다",
    "attention.mask.padding": "키 패딩 마스크: <pad> 키 {pads}개는 모든 행에서 점수 −∞, 가중치 0을 받으므로 "
    "패딩은 실제 토큰의 출력을 바꾸지 않습니다; 키는 모두 {m}개",
    "attention.embed.given": "각 토큰을 숫자 d_model = {d_model}개짜리 벡터로 임베딩합니다: X는 주어진 "
    "{n}×{d_model} --embeddings, 토큰마다 한 행",
    "attention.kv_embed.random": "--kv-seq의 토큰 {m}개도 같은 방법으로 임베딩합니다: Y ({m}×{d_model}, 무작위, "
    "시드 {seed})",
    "attention.kv_embed.given": "--kv-seq의 토큰은 주어진 {m}×{d_model} --kv-embeddings로 임베딩합니다: Y",
    "attention.positional.sinusoidal": "위치 인코딩 PE(pos, 2i) = sin(pos / 10000^(2i/{d_model})), "
    "PE(pos, 2i+1) = cos(pos / 10000^(2i/{d_model}))를 X에 더하고, 이제부터 X는 X + PE입니다: 어텐션만으로는 "
    "단어 순서를 알 수 없으므로 위치마다 고유한 파동 무늬를 줍니다",
    "attention.positional.none": "위치 인코딩 없음 (--positional none): X를 그대로 쓰므로 어텐션은 토큰의 순서를 "
    "구별하지 못합니다",
    "attention.weights.random": "가중치 W_Q, W_K ({d_model}×{width_qk})와 W_V ({d_model}×{width_v})는 모델이 "
    "학습하는 파라미터입니다 (학습이 끝나면 고정된 값이지 확률 변수가 아닙니다); 학습된 모델이 없으니 여기서는 "
    "무작위로 뽑고 (시드 {seed}) 1/√d_model을 곱했습니다",
    "attention.weights.given": "학습되는 가중치 W_Q, W_K ({d_model}×{width_qk})와 W_V ({d_model}×{width_v})는 "
    "주어진 값입니다",
    "attention.weights.mixed": "학습되는 가중치 W_Q, W_K ({d_model}×{width_qk})와 W_V ({d_model}×{width_v}): "
    "{drawn:, }는 무작위로 뽑고 (시드 {seed}) 나머지는 주어진 값입니다",
    "attention.project": "모든 토큰을 사영합니다: Q = X·W_Q (각 토큰이 찾는 것), K = X·W_K (매칭에 내놓는 것), "
    "V = X·W_V (전달하는 것); {n}×{width_qk}, {n}×{width_qk}, {n}×{width_v}",
    "attention.project.cross": "사영합니다: Q = X·W_Q는 --seq에서 ({n}×{width_qk}); K = Y·W_K와 V = Y·W_V는 "
    "--kv-seq에서 ({m}×{width_qk}, {m}×{width_v})",
    "attention.split": "헤드 {heads}개로 나눕니다: k번째 헤드는 Q와 K의 k번째 {d_k}개 열 (d_k = {d_k}), V의 "
    "k번째 {d_v}개 열을 가지고 따로 어텐션을 계산합니다",
    "attention.head": "헤드 {head}: Q와 K의 {first}–{last}열, V의 {first_v}–{last_v}열",
    "attention.scores": "점수 Q·Kᵀ ({n}×{m}): 행은 쿼리 토큰, 열은 키 토큰; 각 원소는 내적이며 쿼리가 키와 "
    "잘 맞을수록 큽니다. {query} 행:",
    "attention.dot": "q_{query}·k_{key_token} = {value}",
    "attention.dot_more": "… 나머지 키 {count}개도 같은 방법으로 계산합니다",
    "attention.scale": "√d_k = √{d_k} = {root}로 나눕니다 (d_k = {d_k}, 쿼리나 키 하나의 폭): 폭이 커져도 점수가 "
    "커지지 않아 소프트맥스가 포화되지 않습니다. 예: {query}→{key_token}: {scaled}",
    "attention.mask": "인과 마스크: 토큰은 뒤에 오는 토큰을 볼 수 없으므로 대각선 위의 점수를 −∞로 바꾸고, "
    "소프트맥스 뒤 가중치는 0이 됩니다: 첫 토큰은 자기 자신만, 마지막 토큰은 {m}개 모두를 봅니다",
    "attention.softmax": "행마다 소프트맥스를 적용하고 안정성을 위해 행의 최댓값만큼 뺍니다: 모든 가중치는 "
    "0과 1 사이이고 각 행의 합은 1입니다. {query} 행:",
    "attention.softmax_row": "행의 최댓값은 {max}; ({keys})에 대한 exp(s − max) = {exps}; 합은 {total}; "
    "가중치 = exp / 합: {weights}",
    "attention.softmax_masked": "{keys}는 마스크로 가려집니다: exp(−∞) = 0, 가중치 0",
    "attention.mix": "출력 = 가중치·V ({n}×{width}): 각 토큰의 새 벡터는 값 벡터들을 각 키를 보는 만큼 "
    "가중해 섞은 것입니다",
    "attention.mix_row": "out_{query} = {terms: + }",
    "attention.concat": "헤드 {heads}개의 출력을 옆으로 이어 붙입니다: {n}×{width}",
    "attention.out_projection.random": "W_O ({width}×{d_model}, 무작위, 시드 {seed})를 곱해 헤드들을 "
    "섞습니다: 출력 = Concat·W_O, {n}×{d_model}",
    "attention.out_projection.single": "주어진 W_O ({width}×{d_model})를 곱합니다: 출력 = (가중치·V)·W_O, "
    "{n}×{d_model}",
    "attention.out_projection.given": "주어진 W_O ({width}×{d_model})를 곱해 헤드들을 섞습니다: "
    "출력 = Concat·W_O, {n}×{d_model}",
    "attention.error.not_matrix": "행렬이어야 하는데 {ndim}차원입니다: {name}",
    "attention.error.overflow": "{what}: float64 범위를 넘었습니다; 임베딩이나 가중치가 너무 큽니다",
    "attention.error.overflow.hint": "값을 줄이세요 (보통 1 근처의 값을 씁니다)",
    "attention.error.what.qkv": "Q, K 또는 V",
    "attention.error.what.scores": "점수 Q·Kᵀ 또는 출력",
    "attention.error.n.token": "토큰 {count}개",
    "attention.error.n.tokens": "토큰 {count}개",
    "attention.error.n.row": "{count}행",
    "attention.error.n.rows": "{count}행",
    "attention.error.n.column": "{count}열",
    "attention.error.n.columns": "{count}열",
    "attention.error.source.has": "{name}: {count}",
    "attention.error.source.d_model": "`d_model`: {d_model}",
    "attention.error.d_model.disagrees": "d_model이 서로 맞지 않습니다: {sources}",
    "attention.error.d_model.disagrees.hint": "임베딩의 열 수와 W_Q, W_K, W_V의 행 수가 모두 d_model이어야 합니다",
    "attention.error.d_model.range": "d_model은 1부터 {most}까지여야 합니다 (받은 값: {size})",
    "attention.error.d_model.vectors": "`d_model`은 {d_model}인데 단어 벡터의 길이는 {size}입니다",
    "attention.error.wq_wk": "W_Q (`wq`)는 {wq}인데 W_K (`wk`)는 {wk}입니다",
    "attention.error.wq_wk.hint": "쿼리와 키의 내적을 구하려면 너비가 같아야 합니다",
    "attention.error.wo": "W_O (`wo`)는 {wo}인데 어텐션 출력의 너비(W_V의 열 수)는 {width}입니다",
    "attention.error.wo.hint": "W_O에는 {width}행이 필요합니다",
    "attention.error.width_qk": "W_Q와 W_K의 너비",
    "attention.error.width_v": "W_V의 너비",
    "attention.error.or": "{first} 또는 {last}",
    "attention.error.heads_divide": "헤드 수로 나누어떨어지지 않습니다: {what} = {width}, `heads` {heads} (헤드마다 "
    "같은 크기의 조각을 받습니다)",
    "attention.error.heads_divide.hint": "다음을 쓰세요: `heads`={choices}",
    "attention.error.biases": "`biases`는 벡터 4개입니다: b_q, b_k, b_v, b_o",
    "attention.error.bias_size": "{name}의 값은 {size}개인데 {width}개여야 합니다",
    "attention.error.rows": "{name}는 {rows}인데 토큰은 {tokens}개입니다",
    "attention.error.rows.kv": "{name}는 {rows}인데 `kv_seq`의 토큰은 {tokens}개입니다",
    "attention.error.rows.hint": "토큰마다 임베딩 행을 하나씩 주세요",
    "attention.error.missing": "단어 벡터에 없는 {tokens}: {shown}",
    "attention.error.missing.hint": "`random_missing`으로 무작위 행을 뽑거나 문장을 바꾸세요",
    "attention.error.no_tokens": "어텐션에는 토큰이 하나 이상 필요합니다",
    "attention.error.heads": "`heads`는 1 이상이어야 합니다 (받은 값: {heads})",
    "attention.error.positional": "알 수 없는 위치 인코딩 {positional!r}",
    "attention.error.positional.hint": "'sinusoidal' 또는 'none'을 쓰세요",
    "attention.error.pad_to": "`pad_to` {pad_to}: {tokens}보다 짧습니다",
    "attention.error.pad_to.hint": "`pad_to`={length} 이상을 쓰세요",
    "attention.error.scores": "헤드 {heads}개 × {n} × {m}개의 어텐션 점수는 너무 많아 담을 수 없습니다",
    "attention.error.scores.hint": "토큰이나 헤드를 줄이세요",
    "attention.error.query": "쿼리 {query}번은 {tokens} 범위 밖입니다",
    "attention.error.kv_embeddings": "`kv_embeddings`는 `kv_seq`와 함께 씁니다",
    "attention.error.kv_embeddings.hint": "`kv_seq`도 주거나 `kv_embeddings`를 빼세요",
    "attention.error.vectors_differ": "단어 벡터들의 길이가 서로 다릅니다",
    "attention.error.cli.random_missing": "--random-missing은 --vectors에 없는 토큰을 채웁니다",
    "attention.error.cli.random_missing.hint": "--vectors FILE도 주세요",
    "attention.error.cli.head": "--head {head}: --heads {heads}의 범위 밖입니다",
    "attention.error.cli.head.hint": "--head는 1부터 {heads}까지 고르세요",
    "attention.error.cli.head.split": "--heads 2 이상으로 헤드를 나누세요",
    "attention.error.blind": "쿼리 {query}는 볼 수 있는 키가 없습니다: 볼 수 있는 키가 모두 패딩입니다",
}

# Help in Korean (see mlmath.cli.helptext).
HELP_KO = {
    "attention": """문장으로 보는 어텐션 softmax(Q·Kᵀ/√d_k)·V: 가중치와 출력을 먼저, 그다음 모든 단계.

토큰의 무작위 임베딩은 토큰 자신의 텍스트와 --seed로 뽑습니다 (같은 단어는 어느 문장에서나 같은 행);
무작위 수는 계산을 보여 줄 뿐 의미를 보여 주지 않습니다: 실제 단어 벡터는 --vectors로 쓰세요.

[dim]예:[/]
  mlmath attention --seq "the cat sat"
  mlmath attention --seq "the cat sat on the mat" --heads 2 --causal --head 2
  mlmath attention --seq "I go to school" --kv-seq "나는 학교에 간다"
  mlmath attention --seq "king queen" --vectors v.txt --identity-weights
""",
    "attention.seq": "문장 (쿼리), 또는 @file.txt.",
    "attention.d_model": "임베딩 하나의 너비 \\[기본값: 8, 아니면 주어진 행렬에서 읽음].",
    "attention.heads": "헤드 수; d_model을 나누어떨어지게 해야 합니다.",
    "attention.seed": "무작위 임베딩과 가중치의 시드.",
    "attention.causal": "미래 토큰을 가립니다 (디코더의 셀프 어텐션).",
    "attention.positional": "X에 더하는 위치 인코딩.",
    "attention.kv_seq": "크로스 어텐션: 키와 값을 이 문장에서 가져옵니다.",
    "attention.head": "헤드 K만 보여 줍니다.",
    "attention.query": "내적을 풀어 쓸 쿼리 토큰 (텍스트 또는 위치) \\[기본값: 마지막 토큰].",
    "attention.embeddings": "임베딩 X, --seq의 토큰마다 한 행.",
    "attention.kv_embeddings": "--kv-seq의 임베딩, 토큰마다 한 행.",
    "attention.wq": "W_Q (d_model × d_model).",
    "attention.wk": "W_K (d_model × d_model).",
    "attention.wv": "W_V (d_model × d_model).",
    "attention.wo": "W_O (d_model × d_model) \\[기본값: --heads > 1이면 무작위].",
    "attention.vectors": "단어 벡터 파일 (GloVe / word2vec 텍스트 형식, .txt 또는 .txt.gz): 토큰마다 그 벡터를 "
    "임베딩으로 씁니다.",
    "attention.random_missing": "--vectors에 없는 토큰은 무작위 행을 씁니다 (없으면 오류).",
    "attention.identity_weights": "W_Q = W_K = W_V = I: 가중치가 임베딩끼리의 유사도만 보여 줍니다.",
    "attention.bias": "사영의 편향 b_Q, b_K, b_V, b_O (nn.MultiheadAttention(bias=True)처럼), 주지 않은 것은 무작위.",
    "attention.bq": "b_Q: Q = X·W_Q의 모든 행에 더합니다.",
    "attention.bk": "b_K: K의 모든 행에 더합니다.",
    "attention.bv": "b_V: V의 모든 행에 더합니다.",
    "attention.bo": "b_O: ·W_O 뒤 출력의 모든 행에 더합니다.",
    "attention.pad_to": "키 시퀀스를 <pad> 토큰으로 N개까지 채우고 키 패딩 마스크로 가립니다.",
}
PANELS_KO = {"Matrices (\"1,2;3,4\", [[1,2],[3,4]], @file.csv, @file.npy …)":
             "행렬 (\"1,2;3,4\", [[1,2],[3,4]], @file.csv, @file.npy …)"}
