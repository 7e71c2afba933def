"""Sentences for transpose, inverse and det."""

EN = {
    # views
    "matrices.title.matrix": "{name} ({shape}: {rows} × {cols})",
    "matrices.title.transpose": "{name}ᵀ ({shape}: {rows} × {cols})",
    "matrices.rows.one": "{count} row",
    "matrices.rows.many": "{count} rows",
    "matrices.columns.one": "{count} column",
    "matrices.columns.many": "{count} columns",
    "matrices.title.inverse": "{name}⁻¹ ({shape})",
    "matrices.title.pivots": "Pivots (the diagonal of U)",
    "matrices.title.cofactors": "Cofactor expansion along row 1",
    "matrices.column.entry": "a₁ⱼ",
    "matrices.column.pivot": "pivot",
    "matrices.column.sign": "sign",
    "matrices.column.minor": "det M₁ⱼ",
    "matrices.column.product": "term",
    "matrices.transpose.headline": "{name}ᵀ: {shape} → {result} (rows become columns)",
    "matrices.inverse.headline": "{name}⁻¹ exists: {name}·{name}⁻¹ = I",
    "matrices.inverse.headline_det": "{name}⁻¹ exists: det {name} = {det} ≠ 0, and {name}·{name}⁻¹ = I",
    "matrices.det.headline": "det {name} = {value}",
    "matrices.det.headline_zero": "det {name} = 0: {name} is singular (it has no inverse)",
    "matrices.inverse.warning": "Warning: {name} is nearly singular (condition number {condition}); "
    "the inverse may have lost about {digits} of float64's 16 significant digits",
    # transpose
    "matrices.transpose.rule": "The transpose {name}ᵀ swaps rows and columns: entry a_ij of {name} moves to "
    "position (j, i) of {name}ᵀ",
    "matrices.transpose.shapes": "{name} is {shape} ({rows} × {cols}), so {name}ᵀ is {result} "
    "({result_rows} × {result_cols})",
    "matrices.transpose.row_vector": "A row vector (1×{size}) becomes a column vector ({size}×1): a column vector "
    "is written as the transpose of a row vector, [{entries}]ᵀ",
    "matrices.transpose.column_vector": "A column vector ({size}×1) becomes a row vector (1×{size}): transposing "
    "turns a column vector back into a row vector, and a column vector is written as the transpose of that row "
    "vector, [{entries}]ᵀ",
    "matrices.transpose.symmetric": "{name} equals its transpose: {name} is symmetric ({name}ᵀ = {name})",
    "matrices.transpose.diagonal": "{name} is square, so {name}ᵀ has the same shape; the diagonal entries a_ii stay "
    "where they are and the others are mirrored across the diagonal",
    "matrices.transpose.row": "Row {row} of {name}, [{entries}], becomes column {row} of {name}ᵀ",
    "matrices.transpose.move": "{entry} = {value} → position ({row}, {col})",
    "matrices.transpose.rows_hidden": "The other {hidden} rows of {name} become columns the same way",
    # inverse
    "matrices.inverse.method": "Gauss–Jordan elimination: write [{name} | I] ({n}×{n} beside the identity matrix "
    "I) and use row operations (swap two rows, scale a row, add a multiple of one row to another) until the left "
    "half is I; the right half is then {name}⁻¹",
    "matrices.inverse.float_fallback": "A {n}×{n} matrix is too large for exact fractions (up to {limit}×{limit}): "
    "computed in float64",
    "matrices.inverse.pivot_rule.first": "Pivot rule: the first non-zero entry at or below the diagonal (exact "
    "fractions: any non-zero pivot gives the same exact answer)",
    "matrices.inverse.pivot_rule.largest": "Pivot rule: partial pivoting, the entry of largest size at or below the "
    "diagonal (it keeps float64 rounding errors small)",
    "matrices.inverse.start": "Start from [{name} | I]",
    "matrices.inverse.augmented": "{rows:  }",
    "matrices.inverse.augmented_row": "[{left} | {right}]",
    "matrices.inverse.swap.first": "{first} ↔ {second}: swap rows so that column {column} has a non-zero pivot "
    "({pivot})",
    "matrices.inverse.swap.largest": "{first} ↔ {second}: swap rows to bring the largest entry of column {column} "
    "({pivot}) up as the pivot",
    "matrices.inverse.scale": "{row} ← {factor:p}·{row}: divide by the pivot {pivot} so that it becomes 1",
    "matrices.inverse.subtract": "{row} ← {row} − {factor:p}·{source}: clear column {column} of {row}",
    "matrices.inverse.add": "{row} ← {row} + {factor:p}·{source}: clear column {column} of {row}",
    "matrices.inverse.hidden": "The remaining {count} row operations (columns {column} to {n}) were done the same "
    "way",
    "matrices.inverse.lapack": "A {n}×{n} matrix is inverted at library speed (LAPACK, the same elimination with "
    "partial pivoting); the other {count} row operations were done the same way",
    "matrices.inverse.done": "The left half is I, so the right half is {name}⁻¹",
    "matrices.inverse.determinant": "{swaps} row swaps (sign (−1)^{swaps} = {sign}), so det {name} = sign · pivots "
    "= {product} = {value} ≠ 0: {name} is invertible",
    "matrices.inverse.formula": "For a 2×2 matrix: {name}⁻¹ = (1/(ad − bc))·[[d, −b], [−c, a]] = "
    "(1/({a:p}·{d:p} − {b:p}·{c:p}))·[[{d}, {minus_b}], [{minus_c}, {a}]] = (1/{det:p})·[[{d}, {minus_b}], "
    "[{minus_c}, {a}]] = [[{first}], [{second}]]",
    "matrices.inverse.check_exact": "Check: {name}·{name}⁻¹ = I exactly",
    "matrices.inverse.check_float": "Check: {name}·{name}⁻¹ = I up to rounding (largest difference {residual})",
    "matrices.inverse.check_rows": "Check: rows {rows} of {name}·{name}⁻¹ equal those of I up to rounding "
    "(largest difference {residual})",
    "matrices.inverse.check_cell": "row 1 of {name} · column 1 of {name}⁻¹ = {terms: + } = {value}",
    "matrices.inverse.near_singular": "{name} is nearly singular: condition number {condition}, so the inverse may "
    "have lost about {digits} of float64's 16 significant digits",
    # det
    "matrices.det.one": "A 1×1 matrix's determinant is its entry: det {name} = {value}",
    "matrices.det.cofactor_rule": "Cofactor (Laplace) expansion along row 1: det {name} = Σⱼ (−1)^(1+j)·a₁ⱼ·det M₁ⱼ, "
    "where the minor M₁ⱼ is {name} without row 1 and column j",
    "matrices.det.term_1x1": "{entry} = {value}: sign {sign}, minor {minor_name} = [{minor}], term {sign}{value:p}·"
    "{minor:p} = {product}",
    "matrices.det.term_2x2": "{entry} = {value}: sign {sign}, minor {minor_name} = [[{first}], [{second}]], "
    "det {minor_name} = {a:p}·{d:p} − {b:p}·{c:p} = {minor}, term {sign}{value:p}·{minor:p} = {product}",
    "matrices.det.sum": "det {name} = {products: + } = {value}",
    "matrices.det.zero_meaning": "det {name} = 0: {name} is singular (its rows are linearly dependent) and has no "
    "inverse",
    "matrices.det.lu_rule": "LU decomposition (Gaussian elimination): clear the entries below each pivot; "
    "det {name} = (−1)^(row swaps) · the product of the pivots",
    "matrices.det.float_fallback": "A {n}×{n} matrix is too large for exact fractions (up to {limit}×{limit}): "
    "computed in float64",
    "matrices.det.pivot_rule.first": "Pivot rule: the first non-zero entry at or below the diagonal (exact fractions)",
    "matrices.det.pivot_rule.largest": "Pivot rule: partial pivoting, the entry of largest size at or below the "
    "diagonal (it keeps float64 rounding errors small)",
    "matrices.det.pivots": "The {count} pivots: {pivots}",
    "matrices.det.swaps": "{swaps} row swaps: sign (−1)^{swaps} = {sign}",
    "matrices.det.product": "det {name} = sign · pivots = {product} = {value}",
    "matrices.det.product_in_logs.large": "det {name} = sign · pivots = {product} is larger than float64 holds "
    "(about 1.8 × 10³⁰⁸ at most), so its size is added up in logarithms: log₁₀|det {name}| = Σ log₁₀|uᵢᵢ| = "
    "{log10}, and det {name} ≈ {mantissa} × 10{power}",
    "matrices.det.product_in_logs.small": "det {name} = sign · pivots = {product} is smaller than float64 holds "
    "(about 4.9 × 10⁻³²⁴ at least), so its size is added up in logarithms: log₁₀|det {name}| = Σ log₁₀|uᵢᵢ| = "
    "{log10}, and det {name} ≈ {mantissa} × 10{power}",
    "matrices.det.headline_large": "det {name} ≈ {mantissa} × 10{power} (larger than float64 holds: its largest "
    "number is about 1.8 × 10³⁰⁸)",
    "matrices.det.headline_small": "det {name} ≈ {mantissa} × 10{power} (not 0: smaller than float64 holds, its "
    "smallest positive number being about 4.9 × 10⁻³²⁴)",
    "matrices.det.zero_pivot": "Column {column} has no non-zero pivot at or below the diagonal, so det {name} = 0: "
    "{name} is singular and has no inverse",
    "matrices.det.rounding": "float64: the product of the pivots is rounded, so it may differ from the exact value "
    "in the last digits",
    "matrices.error.not_matrix": "{name} must be a matrix, got {ndim} dimensions",
    "matrices.error.not_square.inverse": "{name} is {rows}×{cols} ({rows} rows × {cols} columns); only a square "
    "matrix (as many rows as columns) has an inverse",
    "matrices.error.not_square.det": "{name} is {rows}×{cols} ({rows} rows × {cols} columns); only a square matrix "
    "(as many rows as columns) has a determinant",
    "matrices.error.not_square.hint": 'give an n×n matrix, e.g. "1,2;3,4"; {name}ᵀ·{name} ({cols}×{cols}) is square',
    "matrices.error.row": "row {index}",
    "matrices.error.singular": "{name} is singular: elimination turns row {row} into zeros ({combination} = 0), so "
    "det {name} = 0 and {name} has no inverse",
    "matrices.error.singular.hint": "its rows are linearly dependent",
    "matrices.error.singular_pivot": "{name} is singular: elimination meets a zero pivot, so det {name} = 0 and "
    "{name} has no inverse",
    "matrices.error.singular_float": "{name} is singular to float64 precision (condition number {condition:.3g}): its "
    "rows are dependent up to rounding, so {name} has no usable inverse",
}

KO = {
    # 화면
    "matrices.title.matrix": "{name} ({shape}: {rows} × {cols})",
    "matrices.title.transpose": "{name}ᵀ ({shape}: {rows} × {cols})",
    "matrices.rows.one": "{count}행",
    "matrices.rows.many": "{count}행",
    "matrices.columns.one": "{count}열",
    "matrices.columns.many": "{count}열",
    "matrices.title.inverse": "{name}⁻¹ ({shape})",
    "matrices.title.pivots": "피벗 (U의 대각 원소)",
    "matrices.title.cofactors": "1행을 따라 여인수 전개",
    "matrices.column.entry": "a₁ⱼ",
    "matrices.column.pivot": "피벗",
    "matrices.column.sign": "부호",
    "matrices.column.minor": "det M₁ⱼ",
    "matrices.column.product": "항",
    "matrices.transpose.headline": "{name}ᵀ: {shape} → {result} (행이 열이 됩니다)",
    "matrices.inverse.headline": "{name}⁻¹가 존재합니다: {name}·{name}⁻¹ = I",
    "matrices.inverse.headline_det": "{name}⁻¹가 존재합니다: 행렬식 det {name} = {det} ≠ 0 이고 {name}·{name}⁻¹ = I",
    "matrices.det.headline": "det {name} = {value}",
    "matrices.det.headline_zero": "det {name} = 0: {name}는 특이행렬입니다 (역행렬이 없습니다)",
    "matrices.inverse.warning": "경고: {name}는 거의 특이행렬입니다 (조건수 {condition}); "
    "역행렬이 float64의 유효숫자 16자리 중 약 {digits}자리를 잃었을 수 있습니다",
    # 전치
    "matrices.transpose.rule": "전치행렬 {name}ᵀ는 행과 열을 서로 맞바꾼 행렬입니다: {name}의 원소 a_ij는 "
    "{name}ᵀ의 (j, i) 위치로 갑니다",
    "matrices.transpose.shapes": "{name}는 {shape} ({rows} × {cols})이므로 {name}ᵀ는 {result} "
    "({result_rows} × {result_cols})입니다",
    "matrices.transpose.row_vector": "행벡터(1×{size})가 열벡터({size}×1)가 됩니다: 전치는 행벡터를 열벡터로 "
    "바꾸는 연산이고, 열벡터는 행벡터의 전치로 [{entries}]ᵀ처럼 씁니다",
    "matrices.transpose.column_vector": "열벡터({size}×1)가 행벡터(1×{size})가 됩니다: 전치는 열벡터를 행벡터로 "
    "바꾸는 연산이고, 이 열벡터는 그 행벡터의 전치 [{entries}]ᵀ로 씁니다",
    "matrices.transpose.symmetric": "{name}는 자신의 전치행렬과 같습니다: {name}는 대칭행렬입니다 ({name}ᵀ = {name})",
    "matrices.transpose.diagonal": "{name}는 정사각행렬이므로 {name}ᵀ도 같은 모양입니다; 대각 원소 a_ii는 "
    "그대로 있고 나머지는 대각선을 기준으로 뒤집힙니다",
    "matrices.transpose.row": "{name}의 {row}행 [{entries}]가 {name}ᵀ의 {row}열이 됩니다",
    "matrices.transpose.move": "{entry} = {value} → ({row}, {col}) 위치",
    "matrices.transpose.rows_hidden": "{name}의 나머지 {hidden}개 행도 같은 방법으로 열이 됩니다",
    # 역행렬
    "matrices.inverse.method": "가우스-조르당 소거법: [{name} | I] ({n}×{n} 행렬 옆에 단위행렬 I)를 쓰고, "
    "행 연산(두 행 바꾸기, 한 행에 수 곱하기, 한 행의 배수를 다른 행에 더하기)으로 왼쪽을 I로 만듭니다; "
    "그러면 오른쪽이 역행렬 {name}⁻¹입니다",
    "matrices.inverse.float_fallback": "{n}×{n} 행렬은 정확한 분수로 계산하기에 너무 큽니다 ({limit}×{limit}까지): "
    "float64로 계산했습니다",
    "matrices.inverse.pivot_rule.first": "피벗 규칙: 대각선과 그 아래에서 처음 나오는 0이 아닌 원소 (정확한 분수: "
    "0이 아닌 어떤 피벗도 같은 정확한 답을 줍니다)",
    "matrices.inverse.pivot_rule.largest": "피벗 규칙: 부분 피벗팅, 대각선과 그 아래에서 절댓값이 가장 큰 원소 "
    "(float64 반올림 오차를 작게 유지합니다)",
    "matrices.inverse.start": "[{name} | I]에서 시작합니다",
    "matrices.inverse.augmented": "{rows:  }",
    "matrices.inverse.augmented_row": "[{left} | {right}]",
    "matrices.inverse.swap.first": "{first} ↔ {second}: {column}열에 0이 아닌 피벗({pivot})이 오도록 두 행을 "
    "바꿉니다",
    "matrices.inverse.swap.largest": "{first} ↔ {second}: {column}열에서 절댓값이 가장 큰 원소({pivot})를 피벗으로 "
    "올리도록 두 행을 바꿉니다",
    "matrices.inverse.scale": "{row} ← {factor:p}·{row}: 피벗 {pivot}로 나눠 피벗을 1로 만듭니다",
    "matrices.inverse.subtract": "{row} ← {row} − {factor:p}·{source}: {row}의 {column}열을 0으로 만듭니다",
    "matrices.inverse.add": "{row} ← {row} + {factor:p}·{source}: {row}의 {column}열을 0으로 만듭니다",
    "matrices.inverse.hidden": "나머지 행 연산 {count}개({column}열부터 {n}열까지)도 같은 방법으로 했습니다",
    "matrices.inverse.lapack": "{n}×{n} 행렬은 라이브러리 속도(LAPACK, 부분 피벗팅을 쓰는 같은 소거법)로 역행렬을 "
    "구했습니다; 나머지 행 연산 {count}개도 같은 방법으로 했습니다",
    "matrices.inverse.done": "왼쪽이 I가 되었으므로 오른쪽이 역행렬 {name}⁻¹입니다",
    "matrices.inverse.determinant": "행 교환 {swaps}번 (부호 (−1)^{swaps} = {sign}), 따라서 행렬식 det {name} = "
    "부호 · 피벗들 = {product} = {value} ≠ 0: {name}는 역행렬을 가집니다",
    "matrices.inverse.formula": "2×2 행렬의 공식: {name}⁻¹ = (1/(ad − bc))·[[d, −b], [−c, a]] = "
    "(1/({a:p}·{d:p} − {b:p}·{c:p}))·[[{d}, {minus_b}], [{minus_c}, {a}]] = (1/{det:p})·[[{d}, {minus_b}], "
    "[{minus_c}, {a}]] = [[{first}], [{second}]]",
    "matrices.inverse.check_exact": "검산: {name}·{name}⁻¹ = I (단위행렬), 정확히 같습니다",
    "matrices.inverse.check_float": "검산: {name}·{name}⁻¹ = I (단위행렬), 반올림 오차 안에서 같습니다 "
    "(가장 큰 차이 {residual})",
    "matrices.inverse.check_rows": "검산: {name}·{name}⁻¹의 {rows}행이 단위행렬 I의 같은 행과 반올림 오차 안에서 "
    "같습니다 (가장 큰 차이 {residual})",
    "matrices.inverse.check_cell": "{name}의 1행 · {name}⁻¹의 1열 = {terms: + } = {value}",
    "matrices.inverse.near_singular": "{name}는 거의 특이행렬입니다: 조건수 {condition}, 역행렬이 float64의 "
    "유효숫자 16자리 중 약 {digits}자리를 잃었을 수 있습니다",
    # 행렬식
    "matrices.det.one": "1×1 행렬의 행렬식은 그 원소입니다: det {name} = {value}",
    "matrices.det.cofactor_rule": "1행을 따라 여인수(라플라스) 전개: det {name} = Σⱼ (−1)^(1+j)·a₁ⱼ·det M₁ⱼ, "
    "소행렬 M₁ⱼ는 {name}에서 1행과 j열을 뺀 행렬입니다",
    "matrices.det.term_1x1": "{entry} = {value}: 부호 {sign}, 소행렬 {minor_name} = [{minor}], 항 {sign}{value:p}·"
    "{minor:p} = {product}",
    "matrices.det.term_2x2": "{entry} = {value}: 부호 {sign}, 소행렬 {minor_name} = [[{first}], [{second}]], "
    "det {minor_name} = {a:p}·{d:p} − {b:p}·{c:p} = {minor}, 항 {sign}{value:p}·{minor:p} = {product}",
    "matrices.det.sum": "det {name} = {products: + } = {value}",
    "matrices.det.zero_meaning": "det {name} = 0: {name}는 특이행렬이고(행들이 선형 종속) 역행렬이 없습니다",
    "matrices.det.lu_rule": "LU 분해(가우스 소거법): 각 피벗 아래의 원소를 0으로 만듭니다; "
    "행렬식 det {name} = (−1)^(행 교환 횟수) · 피벗들의 곱",
    "matrices.det.float_fallback": "{n}×{n} 행렬은 정확한 분수로 계산하기에 너무 큽니다 ({limit}×{limit}까지): "
    "float64로 계산했습니다",
    "matrices.det.pivot_rule.first": "피벗 규칙: 대각선과 그 아래에서 처음 나오는 0이 아닌 원소 (정확한 분수)",
    "matrices.det.pivot_rule.largest": "피벗 규칙: 부분 피벗팅, 대각선과 그 아래에서 절댓값이 가장 큰 원소 "
    "(float64 반올림 오차를 작게 유지합니다)",
    "matrices.det.pivots": "피벗 {count}개: {pivots}",
    "matrices.det.swaps": "행 교환 {swaps}번: 부호 (−1)^{swaps} = {sign}",
    "matrices.det.product": "det {name} = 부호 · 피벗들 = {product} = {value}",
    "matrices.det.product_in_logs.large": "det {name} = 부호 · 피벗들 = {product}는 float64가 담을 수 있는 수(최대 약 "
    "1.8 × 10³⁰⁸)보다 커서 크기를 로그로 더합니다: log₁₀|det {name}| = Σ log₁₀|uᵢᵢ| = {log10}, 따라서 det {name} ≈ "
    "{mantissa} × 10{power}",
    "matrices.det.product_in_logs.small": "det {name} = 부호 · 피벗들 = {product}는 float64가 담을 수 있는 수(최소 약 "
    "4.9 × 10⁻³²⁴)보다 작아서 크기를 로그로 더합니다: log₁₀|det {name}| = Σ log₁₀|uᵢᵢ| = {log10}, 따라서 det {name} ≈ "
    "{mantissa} × 10{power}",
    "matrices.det.headline_large": "det {name} ≈ {mantissa} × 10{power} (float64가 담을 수 있는 수보다 큽니다: 가장 "
    "큰 수가 약 1.8 × 10³⁰⁸)",
    "matrices.det.headline_small": "det {name} ≈ {mantissa} × 10{power} (0이 아닙니다: float64가 담을 수 있는 수보다 "
    "작습니다, 가장 작은 양수가 약 4.9 × 10⁻³²⁴)",
    "matrices.det.zero_pivot": "{column}열의 대각선과 그 아래에 0이 아닌 피벗이 없으므로 det {name} = 0: "
    "{name}는 특이행렬이고 역행렬이 없습니다",
    "matrices.det.rounding": "float64: 피벗들의 곱이 반올림되므로 정확한 값과 마지막 자리가 다를 수 있습니다",
    "matrices.error.not_matrix": "{name}는 행렬이어야 하는데 {ndim}차원입니다",
    "matrices.error.not_square.inverse": "{name}는 {rows}×{cols}({rows}행 × {cols}열)입니다; 역행렬은 정사각행렬(행과 "
    "열의 수가 같은 행렬)에만 있습니다",
    "matrices.error.not_square.det": "{name}는 {rows}×{cols}({rows}행 × {cols}열)입니다; 행렬식은 정사각행렬(행과 "
    "열의 수가 같은 행렬)에만 있습니다",
    "matrices.error.not_square.hint": 'n×n 행렬을 주세요, 예: "1,2;3,4"; {name}ᵀ·{name}({cols}×{cols})는 '
    "정사각행렬입니다",
    "matrices.error.row": "{index}행",
    "matrices.error.singular": "{name}는 특이행렬입니다: 소거하면 {row}행이 모두 0이 되므로({combination} = 0) det "
    "{name} = 0이고 {name}의 역행렬은 없습니다",
    "matrices.error.singular.hint": "행들이 선형 종속입니다",
    "matrices.error.singular_pivot": "{name}는 특이행렬입니다: 소거 중에 피벗이 0이 되므로 det {name} = 0이고 "
    "{name}의 역행렬은 없습니다",
    "matrices.error.singular_float": "{name}는 float64 정밀도에서 특이행렬입니다(조건수 {condition:.3g}): 반올림 오차 "
    "안에서 행들이 종속이므로 쓸 수 있는 역행렬이 없습니다",
}

# Help in Korean (see mlmath.cli.helptext).
HELP_KO = {
    "transpose": """전치 Aᵀ: 행이 열이 되어 a_ij가 (j, i)로 옮겨 갑니다; m×n 행렬은 n×m이 됩니다.

행 벡터는 열 벡터가 되고 (열 벡터는 행 벡터의 전치로 씁니다) 열 벡터는 다시 행 벡터가 됩니다.
작은 행렬은 성분마다 옮겨 가는 자리를 보여 줍니다.

[dim]예:[/]
  mlmath transpose "[[1,2,3],[4,5,6]]"
  mlmath transpose 1,2,3
  mlmath transpose "1;2;3" --json
""",
    "transpose.matrix": "행렬: \"1,2,3;4,5,6\", [[1,2,3],[4,5,6]], 벡터 1,2,3, @file.csv 또는 - (표준 입력).",
    "inverse": """역행렬 A⁻¹: [A | I]에 가우스–조르단 소거법, 행 연산을 모두 보여 주고 A·A⁻¹ = I로 확인.

정수와 분수(1/2)는 정확한 값 그대로 계산합니다. 소수는 부분 피벗팅을 쓰는 float64로 계산하며,
거의 특이한 행렬은 조건수와 함께 경고합니다. 2×2 행렬은 공식 (1/(ad − bc))·[\\[d, −b], [−c, a]]도
보여 줍니다. 특이행렬은 어느 행이 0이 되었는지 알려 주며 거절합니다.

[dim]예:[/]
  mlmath inverse "[[2,1],[1,1]]"
  mlmath inverse "2,-1,0;-1,2,-1;0,-1,2" --json
  mlmath inverse "[[0.5,0.2],[0.1,0.4]]"
""",
    "inverse.matrix": "정사각행렬: \"2,1;1,1\", [[2,1],[1,1]], @file.csv 또는 - (표준 입력). "
    "정수와 분수는 정확한 값 그대로 계산합니다.",
    "det": """행렬식 det A: 3×3까지는 1행을 따라 여인수 전개, 그보다 크면 LU 피벗; 0이면 특이행렬.

3×3까지는 소행렬식, 부호, 곱을 모두 보여 줍니다. 더 큰 행렬은 가우스 소거법(LU 분해)으로 줄이며,
det A = (−1)^(행 교환 횟수) · 피벗들의 곱입니다. 정수와 분수는 정확한 값 그대로 계산합니다.

[dim]예:[/]
  mlmath det "[[3,8],[4,6]]"
  mlmath det "6,1,1;4,-2,5;2,8,7" --expect -306
  mlmath det "2,0,1,3;1,1,0,2;0,3,1,1;4,1,2,0" --json
""",
    "det.matrix": "정사각행렬: \"1,2;3,4\", [[1,2],[3,4]], @file.csv 또는 - (표준 입력). "
    "정수와 분수는 정확한 값 그대로 계산합니다.",
}
