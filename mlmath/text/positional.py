"""Sentences for the sinusoidal positional encoding."""

FORMULAS = {
    "positional.title.x": "X + PE ({shape})",
    "positional.corner": "pos╲col",
}

EN = {
    **FORMULAS,
    "positional.summary": "Sinusoidal positional encoding: {positions} positions × d_model = {d_model}",
    "positional.summary.sentence": "Sinusoidal positional encoding added to the embeddings of {positions} tokens "
    "(d_model = {d_model})",
    "positional.note.random": "X drawn at random with seed {seed} (--seed), as attention draws it: the same "
    "command always prints the same numbers; give --embeddings to use your own.",
    "positional.title.table": "PE: positional encoding ({shape})",
    "positional.title.embeddings": "X: embeddings ({shape})",
    "positional.title.heatmap": "The waves: PE by position ↓ and column → (−1 dark … 1 bright)",
    "positional.title.waves": "Columns of PE along the positions",
    "positional.axis.position": "position",
    "positional.label.column": "column {column}",
    # steps
    "positional.formula": "PE(pos, 2i) = sin(pos / 10000^(2i/{d_model})), PE(pos, 2i+1) = cos(pos / "
    "10000^(2i/{d_model})) for positions 0 … {last}: the {pairs} column pair(s) are waves of falling "
    "frequency, from {fastest} radians per position (pair 0) to {slowest} (a full turn every ≈ {period} "
    "positions)",
    "positional.entry": "Work out position {pos}, pair i = {i} (columns {column} and {next}):",
    "positional.exponent": "2i/D = {two_i}/{d_model} = {exponent}",
    "positional.divisor": "10000^{exponent} = {divisor}",
    "positional.angle": "angle = pos / 10000^(2i/D) = {pos} / {divisor} ≈ {angle}",
    "positional.sin": "PE({pos}, {column}) = sin({angle}) ≈ {value}",
    "positional.cos": "PE({pos}, {column}) = cos({angle}) ≈ {value}",
    "positional.pattern": "Each of the {positions} positions gets its own pattern of {d_model} values between −1 "
    "and 1 (each pair has sin² + cos² = 1), and a shift by k positions turns every pair by a fixed angle: the "
    "model can read both where a token is and how far apart two tokens are",
    "positional.embed.random": "Embeddings X ({n}×{d_model}): one row per token, drawn at random (seed {seed}) as "
    "attention draws them; a token that occurs twice gets the same row",
    "positional.embed.given": "Embeddings X: the given {n}×{d_model} --embeddings, one row per token",
    "positional.add": "X + PE: add row pos of PE to the embedding of token pos, so the same word at two places "
    "gets two vectors, e.g. {token}: [{embedding}] + [{encoding}] = [{sum}]; {n}×{d_model}",
    "positional.error.embeddings_ndim": "`embeddings` must be a matrix, got {ndim} dimension(s)",
    "positional.error.no_tokens": "`embeddings` need the sentence they embed",
    "positional.error.no_tokens.hint": "give `tokens` too",
    "positional.error.positions": "`positions` is {positions} but the sentence has {count} tokens",
    "positional.error.positions.hint": "leave out `positions`: it is the number of tokens",
    "positional.error.rows": "`embeddings` has {rows} rows but there are {count} tokens",
    "positional.error.rows.hint": "give one embedding row per token",
    "positional.error.columns": "`d_model` is {d_model} but `embeddings` has {columns} columns",
    "positional.error.positions_range": "`positions` must be at least 1, got {n}",
    "positional.error.d_model": "`d_model` must be between 1 and {limit}, got {d}",
    "positional.error.large": "{n} positions × d_model {d} is too large a table",
    "positional.error.large.hint": "use fewer `positions`",
    "positional.error.position": "`position` {pos} is outside 0 … {last}",
    "positional.error.position.hint": "positions are counted from 0",
    "positional.error.pair": "`pair` {i} is outside 0 … {last}: pair i holds columns 2i and 2i + 1",
    "positional.error.pair.hint": "choose a pair from 0 to {last}",
}

KO = {
    **FORMULAS,
    "positional.summary": "사인 위치 인코딩: 위치 {positions}개 × d_model = {d_model}",
    "positional.summary.sentence": "토큰 {positions}개의 임베딩에 더한 사인 위치 인코딩 (d_model = {d_model})",
    "positional.note.random": "X는 어텐션과 같은 방법으로 시드 {seed}(--seed)로 무작위로 뽑았습니다. 같은 명령은 "
    "언제나 같은 숫자를 출력합니다. 직접 주려면 --embeddings를 쓰세요.",
    "positional.title.table": "PE: 위치 인코딩 ({shape})",
    "positional.title.embeddings": "X: 임베딩 ({shape})",
    "positional.title.heatmap": "파동: 위치 ↓와 열 →에 따른 PE (−1 어두움 … 1 밝음)",
    "positional.title.waves": "위치에 따른 PE의 열",
    "positional.axis.position": "위치",
    "positional.label.column": "{column}열",
    "positional.formula": "PE(pos, 2i) = sin(pos / 10000^(2i/{d_model})), PE(pos, 2i+1) = cos(pos / "
    "10000^(2i/{d_model})), 위치는 0 … {last}: 열 쌍 {pairs}개는 주파수가 점점 낮아지는 파동으로, "
    "위치마다 {fastest} 라디안(쌍 0)부터 {slowest} 라디안(약 {period} 위치마다 한 바퀴)까지입니다",
    "positional.entry": "위치 {pos}, 쌍 i = {i} ({column}열과 {next}열)를 계산합니다:",
    "positional.exponent": "2i/D = {two_i}/{d_model} = {exponent}",
    "positional.divisor": "10000^{exponent} = {divisor}",
    "positional.angle": "각도 = pos / 10000^(2i/D) = {pos} / {divisor} ≈ {angle}",
    "positional.sin": "PE({pos}, {column}) = sin({angle}) ≈ {value}",
    "positional.cos": "PE({pos}, {column}) = cos({angle}) ≈ {value}",
    "positional.pattern": "위치 {positions}개가 저마다 −1과 1 사이 값 {d_model}개의 고유한 패턴을 가지며 "
    "(쌍마다 sin² + cos² = 1), k 위치만큼 옮기면 쌍마다 일정한 각도만큼 돕니다: 모델은 토큰이 어디 있는지와 두 "
    "토큰이 얼마나 떨어져 있는지를 모두 읽을 수 있습니다",
    "positional.embed.random": "임베딩 X ({n}×{d_model}): 토큰마다 한 행, 어텐션과 같은 방법으로 무작위로 뽑음 "
    "(시드 {seed}); 두 번 나온 토큰은 같은 행을 받습니다",
    "positional.embed.given": "임베딩 X: 주어진 {n}×{d_model} --embeddings, 토큰마다 한 행",
    "positional.add": "X + PE: PE의 pos행을 pos번째 토큰의 임베딩에 더하므로 같은 단어도 자리가 다르면 다른 "
    "벡터가 됩니다. 예: {token}: [{embedding}] + [{encoding}] = [{sum}]; {n}×{d_model}",
    "positional.error.embeddings_ndim": "`embeddings`는 행렬이어야 하는데 {ndim}차원입니다",
    "positional.error.no_tokens": "`embeddings`에는 그것이 임베딩하는 문장이 함께 있어야 합니다",
    "positional.error.no_tokens.hint": "`tokens`도 주세요",
    "positional.error.positions": "`positions`는 {positions}인데 문장의 토큰은 {count}개입니다",
    "positional.error.positions.hint": "`positions`를 빼세요: 토큰 수가 곧 위치 수입니다",
    "positional.error.rows": "`embeddings`는 {rows}행인데 토큰은 {count}개입니다",
    "positional.error.rows.hint": "토큰마다 임베딩 행을 하나씩 주세요",
    "positional.error.columns": "`d_model`은 {d_model}인데 `embeddings`는 {columns}열입니다",
    "positional.error.positions_range": "`positions`는 1 이상이어야 하는데 {n}입니다",
    "positional.error.d_model": "`d_model`은 1부터 {limit}까지여야 하는데 {d}입니다",
    "positional.error.large": "위치 {n}개 × d_model {d}: 표가 너무 큽니다",
    "positional.error.large.hint": "`positions`를 줄이세요",
    "positional.error.position": "`position` {pos}: 0 … {last} 범위 밖입니다",
    "positional.error.position.hint": "위치는 0부터 셉니다",
    "positional.error.pair": "`pair` {i}: 0 … {last} 범위 밖입니다(쌍 i는 2i열과 2i + 1열입니다)",
    "positional.error.pair.hint": "0부터 {last}까지의 쌍을 고르세요",
}

# Help in Korean (see mlmath.cli.helptext).
HELP_KO = {
    "posenc": """사인 위치 인코딩 PE(pos, 2i) = sin(pos/10000^(2i/D)), 2i+1은 cos, 그 파형과 함께.

항목 하나를 수로 풀어 씁니다 (--at, --pair). 히트맵은 위치마다의 고유한 무늬를 보여 줍니다.
--seq는 문장의 임베딩에 PE를 더하며, 임베딩은 attention과 같은 방식으로 뽑습니다.

[dim]예:[/]
  mlmath posenc --positions 10 --d-model 8
  mlmath posenc --positions 50 --d-model 16 --at 7 --pair 0
  mlmath posenc --seq "the cat sat on the mat" --d-model 4
""",
    "posenc.positions": "위치 수 (행) \\[기본값: 8, 아니면 --seq의 토큰 수].",
    "posenc.d_model": "인코딩 하나의 너비 (열) \\[기본값: 8, 아니면 --embeddings에서 읽음].",
    "posenc.tokens": "문장 (또는 @file.txt): 그 임베딩에 PE를 더합니다.",
    "posenc.embeddings": "--seq의 임베딩 X, 토큰마다 한 행 \\[기본값: attention처럼 무작위].",
    "posenc.position": "풀어 쓸 항목의 위치, 0부터 \\[기본값: 마지막 위치].",
    "posenc.pair": "풀어 쓸 항목의 열 쌍 i: 열 2i와 2i+1 \\[기본값: 1].",
    "posenc.seed": "무작위 임베딩의 시드.",
}
