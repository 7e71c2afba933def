"""Sentences for matmul, dot and cosine."""

EN = {
    # matmul
    "matmul.title.operand": "{name} ({shape})",
    "matmul.title.result": "{names} ({shape})",
    "matmul.title.elementwise": "{names} ({shape})",
    "matmul.headline": "{names}: {shapes: · } → {result}",
    "matmul.headline.elementwise": "{names}, element by element: {shapes: ⊙ } → {result}",
    "matmul.shape_chain": "Shapes {shapes: · } → {result}: each neighbouring pair's inner sizes must agree; "
    "{names} takes the outer sizes",
    "matmul.shape_rule": "{left}·{right}: ({left_shape})·({right_shape}) → {result}; the inner sizes {inner} "
    "agree, the result takes the outer sizes",
    "matmul.cell": "{cell} = row {row} · column {col} = {total}",
    "matmul.cells_hidden": "{cells} cells of {terms} products each: too many to write out, computed at once",
    "matmul.batch_rule": "{left}·{right}: ({left_shape})·({right_shape}) → ({result}); the batch axes "
    "({left_batch}) and ({right_batch}) broadcast to ({batch}), and each of the {count} matrix products is "
    "({left_matrix})·({right_matrix}) → {matrix} (the inner sizes {inner} agree)",
    "matmul.batch_first": "The first product, at batch index [{index}]",
    "matmul.batch_rest": "The other {others} products are done the same way",
    "matmul.batch_rest_one": "The other product is done the same way",
    "matmul.title.slice": "{name}[{index}] ({shape}), the first matrix of {full}",
    "matmul.broadcast": "Broadcast {shapes: and } to a common shape {result} (sizes must agree or be 1, "
    "counted from the right)",
    "matmul.stretch.rows": "{name} is stretched down the rows: its single row is repeated {times} times",
    "matmul.stretch.columns": "{name} is stretched across the columns: its single column is repeated {times} times",
    "matmul.stretch.axis": "{name} is stretched along axis {axis}: its single entry there is repeated {times} times",
    "matmul.no_stretch": "{name} already has the common shape",
    "matmul.hadamard": "Multiply entry by entry: {names}",
    "matmul.hadamard.cell": "{cell} = {factors} = {product} = {value}",
    "matmul.hadamard.more": "… {count} more cells, each the same way",
    # dot
    "dot.title": "Term by term",
    "dot.sum": "{a}·{b} = {products: + } = {total}",
    "dot.norm": "|{name}| = √({entries:squares}) = √{squares:p} = {norm}  (Pythagoras)",
    "dot.zero_vector": "{name} is the zero vector, so the angle is undefined",
    "dot.angle": "cos θ = {cosine}, so θ = {angle}°",
    "dot.direction.same": "{value} > 0: the vectors point broadly the same way (θ = {angle}° < 90°)",
    "dot.direction.orthogonal": "0: the vectors are orthogonal (θ = 90°)",
    "dot.direction.opposite": "{value} < 0: the vectors point in broadly opposite ways (θ = {angle}° > 90°)",
    "dot.summary": "{a}·{b} = {value}",
    # cosine
    "cosine.formula": "cos θ = {a}·{b} / (|{a}|·|{b}|) = {value}",
    "cosine.angle": "θ = {angle}°",
    "cosine.reading.very_similar": "{value} is close to 1: very similar (nearly the same direction)",
    "cosine.reading.similar": "{value}: similar",
    "cosine.reading.slightly_similar": "{value}: slightly similar",
    "cosine.reading.unrelated": "{value} is close to 0: unrelated (nearly orthogonal)",
    "cosine.reading.dissimilar": "{value}: dissimilar, pointing partly opposite ways",
    "cosine.reading.opposite": "{value} is close to -1: opposite directions",
    "cosine.reading.exactly_same": "{value}: exactly the same direction (one vector is a positive multiple of "
    "the other)",
    "cosine.reading.exactly_orthogonal": "{value}: at right angles (orthogonal), unrelated",
    "cosine.reading.exactly_opposite": "{value}: exactly opposite directions (one vector is a negative multiple "
    "of the other)",
    "cosine.normalise": "Scale each of the {count} vectors (length {size}) to length 1: v / |v|",
    "cosine.pairwise": "Every pair's cosine is the dot product of the scaled vectors: S = N·Nᵀ ({count}×{count})",
    "cosine.query": "Rank the {count} rows by cosine similarity to the query: best is {best} ({value})",
    "cosine.title.pairwise": "Cosine similarity of every pair",
    "cosine.title.heatmap": "Similarity heatmap",
    "cosine.title.ranking": "Rows ranked by similarity to the query",
    "cosine.column.rank": "rank",
    "cosine.column.row": "row",
    "cosine.column.similarity": "cos θ",
    "cosine.column.reading": "reading",
    "cosine.word.very_similar": "very similar",
    "cosine.word.similar": "similar",
    "cosine.word.slightly_similar": "slightly similar",
    "cosine.word.unrelated": "unrelated",
    "cosine.word.dissimilar": "dissimilar",
    "cosine.word.opposite": "opposite",
    "cosine.summary": "cos θ = {value}   θ = {angle}°   ({reading})",
    "cosine.note.vectors": "Word vectors from {file}, looked up case-folded.",
    "matmul.error.mismatch": "{a}·{b} does not fit: {a} is {m}×{n} and {b} is {p}×{q}; the inner sizes {n} and {p} "
    "must agree ({a}'s columns = {b}'s rows)",
    "matmul.error.fit": "{product} would fit and give {shape}",
    "matmul.error.write_transpose": "{fit}: write {b} transposed as {written!r} (or .T at the end)",
    "matmul.error.fit_either": "{first} or {second}",
    "cosine.error.lengths": "the vectors differ in length (entries: {sizes})",
    "cosine.error.lengths.hint": "cosine similarity needs vectors of equal length",
    "matmul.error.result_too_large": "the result would be {shape}, {gib} GiB of float64; at most {most} entries "
    "are computed",
    "matmul.error.result_too_large.hint": "use smaller matrices, or fewer rows",
    "cosine.error.two": "cosine needs two vectors (or a matrix of at least two rows)",
    "cosine.error.two.hint": "e.g. mlmath cosine 1,2 2,4",
    "cosine.error.missing_words": "not in the word vectors: {words}",
    "cosine.error.missing_words.hint": "check the spelling, or use a larger vector file",
    "cosine.error.two_words": "cosine needs two words (or --query)",
    "cosine.error.two_words.hint": "e.g. mlmath cosine king queen --vectors FILE",
    "matmul.error.two": "matmul needs at least two matrices",
    "matmul.error.two.hint": 'e.g. mlmath matmul "1,2;3,4" "5;6"',
    "matmul.error.batched_mismatch": "{a}·{b} does not fit: {a} is {a_shape} and {b} is {b_shape}; the inner sizes "
    "{n} and {p} must agree ({a}'s last axis = {b}'s second-to-last)",
    "matmul.error.batch_axes": "{a}·{b}: the batch axes ({a_shape}) and ({b_shape}) do not broadcast",
    "matmul.error.batch_axes.hint": "batch sizes must agree or be 1, counted from the right",
    "matmul.error.elementwise_two": "`elementwise` needs at least two arrays",
    "matmul.error.broadcast": "cannot broadcast {operands}",
    "matmul.error.broadcast.hint": "sizes must agree or be 1 on each axis, counted from the right",
    "dot.error.lengths": "{a} has {n} entries and {b} has {m}; a dot product needs vectors of equal length",
    "cosine.error.pair_lengths": "{a} has {n} entries and {b} has {m}; cosine similarity needs vectors of equal "
    "length",
    "cosine.error.zero": "{name} is the zero vector: its length is 0, so cosine similarity (a·b / (|a||b|)) is "
    "undefined",
    "cosine.error.zero.hint": "give vectors with at least one non-zero entry",
    "cosine.error.query": "`query` has {n} entries but the rows have {m}",
    "cosine.error.query.hint": "give a query vector of the same length as the rows",
}

KO = {
    # 행렬 곱
    "matmul.title.operand": "{name} ({shape})",
    "matmul.title.result": "{names} ({shape})",
    "matmul.title.elementwise": "{names} ({shape})",
    "matmul.headline": "{names}: {shapes: · } → {result}",
    "matmul.headline.elementwise": "{names}, 원소별 곱: {shapes: ⊙ } → {result}",
    "matmul.shape_chain": "모양 {shapes: · } → {result}: 이웃한 두 행렬의 안쪽 크기가 같아야 하고, "
    "{names}는 바깥쪽 크기를 가집니다",
    "matmul.shape_rule": "{left}·{right}: ({left_shape})·({right_shape}) → {result}; 안쪽 크기 {inner}가 같으므로 "
    "곱할 수 있고, 결과는 바깥쪽 크기를 가집니다",
    "matmul.cell": "{cell} = {row}행 · {col}열 = {total}",
    "matmul.cells_hidden": "칸 {cells}개, 칸마다 곱 {terms}개: 모두 쓰기에는 너무 많아 한 번에 계산했습니다",
    "matmul.batch_rule": "{left}·{right}: ({left_shape})·({right_shape}) → ({result}); 배치 축 "
    "({left_batch})와 ({right_batch})가 ({batch})로 브로드캐스팅되고, {count}개의 행렬 곱은 각각 "
    "({left_matrix})·({right_matrix}) → {matrix}입니다 (안쪽 크기 {inner}가 같습니다)",
    "matmul.batch_first": "첫 번째 곱, 배치 인덱스 [{index}]",
    "matmul.batch_rest": "나머지 {others}개의 곱도 같은 방법으로 계산합니다",
    "matmul.batch_rest_one": "나머지 곱 하나도 같은 방법으로 계산합니다",
    "matmul.title.slice": "{name}[{index}] ({shape}), {full}의 첫 번째 행렬",
    "matmul.broadcast": "{shapes:와 }를 공통 모양 {result}로 브로드캐스팅합니다 "
                        "(오른쪽부터 세어 크기가 같거나 1이어야 합니다)",
    "matmul.stretch.rows": "{name}를 행 방향으로 늘립니다: 하나뿐인 행을 {times}번 반복합니다",
    "matmul.stretch.columns": "{name}를 열 방향으로 늘립니다: 하나뿐인 열을 {times}번 반복합니다",
    "matmul.stretch.axis": "{name}를 축 {axis} 방향으로 늘립니다: 그 축의 한 원소를 {times}번 반복합니다",
    "matmul.no_stretch": "{name}는 이미 공통 모양입니다",
    "matmul.hadamard": "원소끼리 곱합니다: {names}",
    "matmul.hadamard.cell": "{cell} = {factors} = {product} = {value}",
    "matmul.hadamard.more": "… 나머지 칸 {count}개도 같은 방법으로",
    # 내적
    "dot.title": "항별 곱",
    "dot.sum": "{a}·{b} = {products: + } = {total}",
    "dot.norm": "|{name}| = √({entries:squares}) = √{squares:p} = {norm}  (피타고라스 정리)",
    "dot.zero_vector": "{name}가 영벡터이므로 각도가 정의되지 않습니다",
    "dot.angle": "cos θ = {cosine}, 따라서 θ = {angle}°",
    "dot.direction.same": "{value} > 0: 두 벡터가 대체로 같은 방향입니다 (θ = {angle}° < 90°)",
    "dot.direction.orthogonal": "0: 두 벡터가 직교합니다 (θ = 90°)",
    "dot.direction.opposite": "{value} < 0: 두 벡터가 대체로 반대 방향입니다 (θ = {angle}° > 90°)",
    "dot.summary": "{a}·{b} = {value}",
    # 코사인 유사도
    "cosine.formula": "cos θ = {a}·{b} / (|{a}|·|{b}|) = {value}",
    "cosine.angle": "θ = {angle}°",
    "cosine.reading.very_similar": "{value}: 1에 가깝습니다 — 매우 유사합니다 (거의 같은 방향)",
    "cosine.reading.similar": "{value}: 유사합니다",
    "cosine.reading.slightly_similar": "{value}: 약간 유사합니다",
    "cosine.reading.unrelated": "{value}: 0에 가깝습니다 — 관련이 없습니다 (거의 직교)",
    "cosine.reading.dissimilar": "{value}: 유사하지 않습니다, 부분적으로 반대 방향입니다",
    "cosine.reading.opposite": "{value}: -1에 가깝습니다 — 반대 방향입니다",
    "cosine.reading.exactly_same": "{value}: 정확히 같은 방향입니다 (한 벡터가 다른 벡터의 양수배)",
    "cosine.reading.exactly_orthogonal": "{value}: 직각입니다 (직교) — 관련이 없습니다",
    "cosine.reading.exactly_opposite": "{value}: 정확히 반대 방향입니다 (한 벡터가 다른 벡터의 음수배)",
    "cosine.normalise": "벡터 {count}개(길이 {size})를 각각 자기 크기로 나눠 길이가 1이 되게 합니다: v / |v|",
    "cosine.pairwise": "모든 쌍의 코사인은 정규화된 벡터의 내적입니다: S = N·Nᵀ ({count}×{count})",
    "cosine.query": "질의 벡터와의 코사인 유사도로 {count}개 행의 순위를 매깁니다: 가장 가까운 것은 {best} ({value})",
    "cosine.title.pairwise": "모든 쌍의 코사인 유사도",
    "cosine.title.heatmap": "유사도 히트맵",
    "cosine.title.ranking": "질의와의 유사도 순위",
    "cosine.column.rank": "순위",
    "cosine.column.row": "행",
    "cosine.column.similarity": "cos θ",
    "cosine.column.reading": "해석",
    "cosine.word.very_similar": "매우 유사",
    "cosine.word.similar": "유사",
    "cosine.word.slightly_similar": "약간 유사",
    "cosine.word.unrelated": "관련 없음",
    "cosine.word.dissimilar": "유사하지 않음",
    "cosine.word.opposite": "반대",
    "cosine.summary": "cos θ = {value}   θ = {angle}°   ({reading})",
    "cosine.note.vectors": "{file}의 단어 벡터 (소문자로 찾음).",
    "matmul.error.mismatch": "행렬곱 {a}·{b}의 크기가 맞지 않습니다: {a}는 {m}×{n}, {b}는 {p}×{q}입니다; 안쪽 크기가 "
    "같아야 합니다(지금 {n} 대 {p}; {a}의 열 수 = {b}의 행 수)",
    "matmul.error.fit": "{product}로 바꾸면 크기가 맞습니다(결과는 {shape})",
    "matmul.error.write_transpose": "{fit}: {b}를 전치하려면 {written!r}처럼 씁니다 (또는 끝에 .T)",
    "matmul.error.fit_either": "{first}, 또는 {second}",
    "cosine.error.lengths": "벡터들의 길이가 서로 다릅니다(원소 수: {sizes})",
    "cosine.error.lengths.hint": "코사인 유사도는 길이가 같은 벡터들 사이에서만 구합니다",
    "matmul.error.result_too_large": "결과가 {shape}, float64로 {gib} GiB가 됩니다; 성분 {most}개까지만 계산합니다",
    "matmul.error.result_too_large.hint": "더 작은 행렬이나 더 적은 행을 쓰세요",
    "cosine.error.two": "코사인 유사도에는 벡터 두 개(또는 행이 두 개 이상인 행렬 하나)가 필요합니다",
    "cosine.error.two.hint": "예: mlmath cosine 1,2 2,4",
    "cosine.error.missing_words": "단어 벡터 파일에 없는 단어: {words}",
    "cosine.error.missing_words.hint": "철자를 확인하거나 더 큰 벡터 파일을 쓰세요",
    "cosine.error.two_words": "코사인 유사도에는 단어 두 개(또는 --query)가 필요합니다",
    "cosine.error.two_words.hint": "예: mlmath cosine king queen --vectors FILE",
    "matmul.error.two": "행렬곱에는 행렬이 둘 이상 필요합니다",
    "matmul.error.two.hint": '예: mlmath matmul "1,2;3,4" "5;6"',
    "matmul.error.batched_mismatch": "행렬곱 {a}·{b}의 크기가 맞지 않습니다: {a}는 {a_shape}, {b}는 {b_shape}입니다; "
    "안쪽 크기가 같아야 합니다(지금 {n} 대 {p}; {a}의 마지막 축 = {b}의 끝에서 두 번째 축)",
    "matmul.error.batch_axes": "{a}·{b}: 배치 축 ({a_shape})와 ({b_shape})가 브로드캐스트되지 않습니다",
    "matmul.error.batch_axes.hint": "배치 크기는 오른쪽부터 세어 같거나 1이어야 합니다",
    "matmul.error.elementwise_two": "`elementwise`에는 배열이 둘 이상 필요합니다",
    "matmul.error.broadcast": "브로드캐스트할 수 없습니다: {operands}",
    "matmul.error.broadcast.hint": "축마다 오른쪽부터 세어 크기가 같거나 1이어야 합니다",
    "dot.error.lengths": "{a}의 성분은 {n}개, {b}의 성분은 {m}개입니다; 내적에는 길이가 같은 벡터가 필요합니다",
    "cosine.error.pair_lengths": "{a}의 성분은 {n}개, {b}의 성분은 {m}개입니다; 코사인 유사도에는 길이가 같은 "
    "벡터가 필요합니다",
    "cosine.error.zero": "{name}는 영벡터입니다: 길이가 0이므로 코사인 유사도 (a·b / (|a||b|))가 정의되지 않습니다",
    "cosine.error.zero.hint": "0이 아닌 성분이 하나 이상 있는 벡터를 주세요",
    "cosine.error.query": "`query`의 성분은 {n}개인데 행의 성분은 {m}개입니다",
    "cosine.error.query.hint": "행과 길이가 같은 쿼리 벡터를 주세요",
}

HELP_KO = {
    "dot": """내적 a·b = Σ aᵢbᵢ: |a|, |b|, 두 벡터 사이의 각, 그리고 부호가 뜻하는 것.

A와 B는 길이가 같은 벡터입니다. a·b의 부호는 두 벡터가 같은 쪽을 가리키는지(> 0),
직각인지(0), 반대쪽인지(< 0) 알려 줍니다.

[dim]예:[/]
  mlmath dot 1,2,3 4,5,6
  mlmath dot 1,2 -2,1
  mlmath dot 1,2,3 4,5,6 --expect 32
""",
    "dot.a": "첫째 벡터: 1,2,3 또는 \"1 2 3\" 또는 [1,2,3].",
    "dot.b": "둘째 벡터 (길이가 같아야 합니다).",
    "matmul": """행렬곱: 크기 규칙 (m×n)·(n×p) → m×p, 그리고 칸마다의 계산.

두 개 이상의 행렬을 왼쪽부터 차례로 곱합니다. --elementwise는 대신 원소별로 곱하며(A ⊙ B),
크기가 1인 행이나 열은 NumPy 브로드캐스팅처럼 늘려 맞춥니다. 축이 셋 이상인 피연산자는
numpy.matmul처럼 곱합니다: 배치 축은 브로드캐스팅되고 마지막 두 축끼리 곱해져
(2×3×4)·(4×5) → 2×3×5가 됩니다.

[dim]예:[/]
  mlmath matmul "[[2,3],[4,5],[6,7]]" "[[10],[20]]"
  mlmath matmul "1,2,3;4,5,6" "1;0;2" "2,1"
  mlmath matmul "[[3,4],[5,6]]" "[[0.5,0.2]]" --elementwise
""",
    "matmul.matrices": "행렬: \"1,2;3,4\", [[1,2],[3,4]], @file.csv 또는 - (표준 입력).",
    "matmul.elementwise": "대신 원소별로 곱합니다 (NumPy 브로드캐스팅).",
    "cosine": """코사인 유사도 cos θ = a·b / (|a||b|): 1이면 비슷하고, 0이면 무관하고, -1이면 반대.

벡터 두 개는 코사인과 각을 보여 줍니다. 셋 이상(또는 @file의 행들)은 모든 쌍의 코사인을 표와
히트맵으로 보여 주고, --query는 행들을 Q와의 유사도 순으로 줄 세웁니다. --vectors를 주면
인자는 단어이고, 단어 벡터 파일에서 (소문자로) 찾습니다.

[dim]예:[/]
  mlmath cosine 1,2 -2,-4
  mlmath cosine 1,0,1 1,1,0 0,1,1
  mlmath cosine @examples/embeddings.csv --query 0.2,0.9,0.1
  mlmath cosine king queen man woman --vectors glove.6B.50d.txt
""",
    "cosine.vectors": "벡터들 (1,2,3), 또는 행 벡터들로 된 행렬 하나 (@rows.csv).",
    "cosine.query": "벡터들을 Q와의 유사도 순으로 줄 세웁니다 (의미 기반 검색).",
    "cosine.vectors_file": "단어 벡터 (GloVe / word2vec 텍스트, .txt 또는 .txt.gz): 단어를 비교하고, --query로 "
    "단어를 줄 세웁니다.",
}
