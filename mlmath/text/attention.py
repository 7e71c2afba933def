"""Sentences for attention."""

# Titles that are formulas read the same in every language.
FORMULAS = {
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
}

EN = {
    **FORMULAS,
    # headline and notes
    "attention.summary.self": "Self-attention over {n} tokens (d_model = {d_model}, heads = {heads}, d_k = {d_k})",
    "attention.summary.causal": "Causal (masked) self-attention over {n} tokens (d_model = {d_model}, heads = {heads}, "
    "d_k = {d_k})",
    "attention.summary.cross": "Cross-attention: {n} queries attend to {m} keys (d_model = {d_model}, heads = {heads}, "
    "d_k = {d_k})",
    "attention.note.random": "{names} drawn at random with seed {seed} (--seed): the same command always prints "
    "the same numbers; give --embeddings, --wq, --wk, --wv, --wo to use your own.",
    "attention.note.focus": "Showing head {head} of {heads} (--head).",
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

KO = {
    **FORMULAS,
    # 제목 줄과 안내
    "attention.summary.self": "토큰 {n}개의 셀프 어텐션 (d_model = {d_model}, 헤드 = {heads}, d_k = {d_k})",
    "attention.summary.causal": "토큰 {n}개의 인과(마스크) 셀프 어텐션 (d_model = {d_model}, 헤드 = {heads}, "
    "d_k = {d_k})",
    "attention.summary.cross": "크로스 어텐션: 쿼리 {n}개가 키 {m}개를 봅니다 (d_model = {d_model}, 헤드 = {heads}, "
    "d_k = {d_k})",
    "attention.note.random": "{names}: 시드 {seed}(--seed)로 무작위로 뽑았습니다. 같은 명령은 언제나 같은 숫자를 "
    "출력합니다. 직접 주려면 --embeddings, --wq, --wk, --wv, --wo를 쓰세요.",
    "attention.note.focus": "헤드 {heads}개 중 {head}번만 보여 줍니다 (--head).",
    # 무작위로 뽑은 것의 이름
    "attention.name.embeddings": "임베딩",
    "attention.name.kv_embeddings": "--kv-seq 임베딩",
    "attention.name.wq": "W_Q",
    "attention.name.wk": "W_K",
    "attention.name.wv": "W_V",
    "attention.name.wo": "W_O",
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
    "attention.title.weights": "가중치: 행마다 소프트맥스 ({shape})",
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
    "({n}×{d_model}); 두 번 나오는 토큰은 같은 행을 받습니다 (무작위, 시드 {seed})",
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
    "attention.dot": "q_{query}·k_{key_token} = {terms: + } = {value}",
    "attention.dot_more": "… 나머지 키 {count}개도 같은 방법으로 계산합니다",
    "attention.scale": "√d_k = √{d_k} = {root}로 나눕니다 (d_k = {d_k}, 쿼리나 키 하나의 폭): 폭이 커져도 점수가 "
    "커지지 않아 소프트맥스가 포화되지 않습니다. 예: {query}→{key_token}: {raw} / {root} = {scaled}",
    "attention.mask": "인과 마스크: 토큰은 뒤에 오는 토큰을 볼 수 없으므로 대각선 위의 점수를 −∞로 바꾸고, "
    "소프트맥스 뒤 가중치는 0이 됩니다: 첫 토큰은 자기 자신만, 마지막 토큰은 {m}개 모두를 봅니다",
    "attention.softmax": "행마다 소프트맥스를 적용하고 안정성을 위해 행의 최댓값만큼 뺍니다: 모든 가중치는 "
    "0과 1 사이이고 각 행의 합은 1입니다. {query} 행:",
    "attention.softmax_row": "행의 최댓값은 {max}; ({keys})에 대한 exp(s − max) = {exps}; 합은 {total}; "
    "가중치 = exp / 합 = {weights}",
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
}

# Help in Korean (see mlmath.cli.helptext).
HELP_KO = {
    "attention": """문장으로 보는 어텐션 softmax(Q·Kᵀ/√d_k)·V: 임베딩, Q, K, V, 점수, 가중치, 출력.

주지 않은 임베딩과 가중치는 --seed로 무작위로 뽑으므로, 같은 명령은 언제나 같은 수를 출력합니다.

[dim]예:[/]
  mlmath attention --seq "the cat sat"
  mlmath attention --seq "the cat sat on the mat" --heads 2 --causal --head 2
  mlmath attention --seq "I go to school" --kv-seq "나는 학교에 간다"
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
}
PANELS_KO = {"Matrices (\"1,2;3,4\", [[1,2],[3,4]], @file.csv, @file.npy …)":
             "행렬 (\"1,2;3,4\", [[1,2],[3,4]], @file.csv, @file.npy …)"}
