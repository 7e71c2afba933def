"""Sentences for normalize: standard and min-max scaling, batch and layer normalization."""

EN = {
    # steps ---------------------------------------------------------------------------------
    "normalization.column": "Column {column}",
    "normalization.row": "Row {row}",
    "normalization.others": "Every other column is done the same way ({count} more; the table above)",
    "normalization.others_rows": "Every other row is done the same way ({count} more; the table above)",
    "normalization.mean": "Mean μ = ({values: + }) / {n} = {mean}",
    "normalization.deviations": "Deviations x − μ = x − {mean:p} = [{deviations}]",
    "normalization.variance": "Variance σ² = ({deviations:squares}) / {n} = {variance}  (the population "
    "variance: divide by n, not n − 1, as StandardScaler does)",
    "normalization.standard.formula": "Standardize each column: z = (x − μ) / σ with the column's mean μ and "
    "population standard deviation σ (scikit-learn's StandardScaler); afterwards every column has mean 0 and "
    "standard deviation 1",
    "normalization.standard.std": "Standard deviation σ = √{variance} = {std}",
    "normalization.standard.z": "z = (x − μ) / σ = [{deviations}] / {std} ≈ [{values}]",
    "normalization.standard.constant": "Column {column} is constant (every entry {value}): σ = 0 and "
    "(x − μ)/σ would be 0/0; StandardScaler divides by 1 instead, so the column becomes 0",
    "normalization.minmax.formula": "Rescale each column to [{low}, {high}]: x′ = a + (x − min)·(b − a) / "
    "(max − min) with a = {low}, b = {high} (scikit-learn's MinMaxScaler); the smallest entry becomes a, the "
    "largest b",
    "normalization.minmax.extremes": "Of [{values}]: min = {minimum}, max = {maximum}, max − min = {spread}",
    "normalization.minmax.offsets": "x − min = x − {minimum:p} = [{offsets}]",
    "normalization.minmax.scale": "x′ = {low} + (x − min)·({high} − {low:p}) / {spread} = {low} + (x − min)·"
    "{factor} = [{values}]",
    "normalization.minmax.scale_approx": "x′ = {low} + (x − min)·({high} − {low:p}) / {spread} ≈ {low} + (x − min)·"
    "{factor} = [{values}]",
    "normalization.minmax.constant": "Column {column} is constant (every entry {value}): max − min = 0; "
    "MinMaxScaler divides by 1 instead, so every entry becomes a = {low}",
    "normalization.batchnorm.formula": "Batch normalization in training (torch.nn.BatchNorm1d): per feature "
    "(column), x̂ = (x − μ_B) / √(σ²_B + ε) with the batch's mean and biased variance, then y = γ·x̂ + β; the "
    "running statistics move towards the batch's",
    "normalization.batchnorm.eval_formula": "Batch normalization in evaluation (model.eval()): per feature "
    "(column), x̂ = (x − running mean) / √(running variance + ε), then y = γ·x̂ + β; the batch's own "
    "statistics are not used",
    "normalization.batchnorm.variance": "Variance σ² = ({deviations:squares}) / {n} = {variance}  (biased: "
    "divide by n)",
    "normalization.batchnorm.eval_stats": "Running mean {mean}, running variance {variance} (as given)",
    "normalization.batchnorm.hat": "x̂ = (x − {mean:p}) / √({variance} + {eps}) = (x − {mean:p}) / "
    "{denominator} ≈ [{normalized}]",
    "normalization.affine": "y = γ·x̂ + β = {gamma}·x̂ + {beta:p} = [{y}]",
    "normalization.batchnorm.running_mean": "Running mean ← (1 − m)·old + m·μ_B = {rest}·{old:p} + "
    "{momentum}·{mean:p} = {new}",
    "normalization.batchnorm.unbiased": "Unbiased variance σ²_B·n/(n − 1) = {variance}·{n}/{n1} = {unbiased}  "
    "(the running variance uses this one, as PyTorch does)",
    "normalization.batchnorm.running_var": "Running variance ← (1 − m)·old + m·σ²_unbiased = {rest}·{old:p} + "
    "{momentum}·{unbiased:p} = {new}",
    "normalization.batchnorm.constant": "Column {column} is constant (every entry {value}): σ²_B = 0, so x − μ_B "
    "(0, up to rounding) is divided by √ε = √{eps} = {root} instead of by 0, and y = β = {beta}",
    "normalization.batchnorm.eval_unchanged": "In evaluation the running statistics stay as they are",
    "normalization.layernorm.formula": "Layer normalization (torch.nn.LayerNorm): per sample (row), over its "
    "features, x̂ = (x − μ) / √(σ² + ε) with the row's mean and biased variance, then y = γ⊙x̂ + β with one γ "
    "and β per feature; independent of the other samples in the batch",
    "normalization.layernorm.affine": "y = γ⊙x̂ + β with γ = [{gamma}], β = [{beta}]: [{y}]",
    "normalization.layernorm.affine_plain": "y = γ⊙x̂ + β with γ = 1, β = 0 (the initial values): y = x̂",
    "normalization.layernorm.constant": "Row {row} is constant (every entry {value}): σ² = 0, so x − μ (0, up to "
    "rounding) is divided by √ε = √{eps} instead of by 0, and y = β",
    # view ----------------------------------------------------------------------------------
    "normalization.headline.standard": "Standardized (z-scores): each column now has mean 0 and standard "
    "deviation 1",
    "normalization.headline.minmax": "Min-max scaled: each column now spans [{low}, {high}]",
    "normalization.headline.batchnorm": "Batch-normalized (training): y = γ·(x − μ_B)/√(σ²_B + ε) + β per column",
    "normalization.headline.batchnorm_eval": "Batch-normalized (evaluation): y = γ·(x − running mean)/"
    "√(running variance + ε) + β per column",
    "normalization.headline.layernorm": "Layer-normalized: y = γ⊙(x − μ)/√(σ² + ε) + β per row",
    "normalization.title.result": "Result",
    "normalization.title.input": "X (rows: samples, columns: features)",
    "normalization.title.statistics": "Statistics per column",
    "normalization.title.statistics_rows": "Statistics per row",
    "normalization.title.normalized": "x̂ (before γ and β)",
    "normalization.title.plot": "Before and after, per {unit}",
    "normalization.title.before": "before",
    "normalization.title.after": "after",
    "normalization.unit.column": "column",
    "normalization.unit.row": "row",
    "normalization.plot_hidden": "(boxes for the first {shown} of {count} only)",
    "normalization.label.mean": "mean μ",
    "normalization.label.variance": "variance σ²",
    "normalization.label.std": "std σ",
    "normalization.label.denominator": "√(σ² + ε)",
    "normalization.label.eval_mean": "running mean",
    "normalization.label.eval_variance": "running var",
    "normalization.label.eval_denominator": "√(var + ε)",
    "normalization.label.minimum": "min",
    "normalization.label.maximum": "max",
    "normalization.label.gamma": "γ",
    "normalization.label.beta": "β",
    "normalization.label.unbiased": "σ²·n/(n−1)",
    "normalization.label.old_mean": "running mean (before)",
    "normalization.label.new_mean": "running mean (after)",
    "normalization.label.old_var": "running var (before)",
    "normalization.label.new_var": "running var (after)",
    "normalization.label.column": "col {index}",
    "normalization.label.row": "row {index}",
    "normalization.error.per_feature": "{what} has {size} entries for {count} features",
    "normalization.error.per_feature.hint": "give one number per feature (column), or one number for all",
    "normalization.error.method": "unknown method {method!r}",
    "normalization.error.method.hint": "use one of {methods}",
    "normalization.error.range_empty": "the range {low:g}:{high:g} is empty",
    "normalization.error.range_empty.hint": "the lower end must be below the upper, e.g. 0:1 or -1:1",
    "normalization.error.overflow": "the scaled values are too large for 64-bit floats",
    "normalization.error.overflow.hint": "use a narrower range",
    "normalization.error.eps": "ε must be a positive number, got {eps:g}",
    "normalization.error.eps.hint": "the default is 1e-5",
    "normalization.error.momentum": "the momentum must lie in [0, 1], got {momentum:g}",
    "normalization.error.momentum.hint": "the default is 0.1",
    "normalization.error.running_mean": "the running mean",
    "normalization.error.running_var": "the running variance",
    "normalization.error.negative_var": "a running variance is negative",
    "normalization.error.negative_var.hint": "variances are ≥ 0, e.g. 1,1,1",
    "normalization.error.batch_of_one": "batch normalization in training needs at least 2 samples (rows)",
    "normalization.error.batch_of_one.hint": "a batch of one has no variance; PyTorch refuses it too (or use eval "
    "mode)",
    "normalization.error.misplaced": "does not apply to --method {method}",
    "normalization.error.misplaced.hint": "see mlmath normalize --help",
    "normalization.error.range": "cannot read {text!r} as a range",
    "normalization.error.range.hint": "write A:B, e.g. 0:1 or -1:1",
}

KO = {
    "normalization.column": "{column}열",
    "normalization.row": "{row}행",
    "normalization.others": "나머지 {count}개 열도 같은 방법으로 계산합니다 (위의 표)",
    "normalization.others_rows": "나머지 {count}개 행도 같은 방법으로 계산합니다 (위의 표)",
    "normalization.mean": "평균 μ = ({values: + }) / {n} = {mean}",
    "normalization.deviations": "편차 x − μ = x − {mean:p} = [{deviations}]",
    "normalization.variance": "분산 σ² = ({deviations:squares}) / {n} = {variance}  (모분산: StandardScaler처럼 "
    "n − 1이 아니라 n으로 나눕니다)",
    "normalization.standard.formula": "각 열을 표준화합니다: z = (x − μ) / σ, μ는 열의 평균, σ는 모표준편차입니다 "
    "(scikit-learn의 StandardScaler). 표준화 후 모든 열의 평균은 0, 표준편차는 1입니다",
    "normalization.standard.std": "표준편차 σ = √{variance} = {std}",
    "normalization.standard.z": "z = (x − μ) / σ = [{deviations}] / {std} ≈ [{values}]",
    "normalization.standard.constant": "{column}열은 상수입니다 (모든 값이 {value}): σ = 0이라 (x − μ)/σ는 0/0이 "
    "됩니다. StandardScaler는 대신 1로 나누므로 이 열은 0이 됩니다",
    "normalization.minmax.formula": "각 열을 [{low}, {high}] 범위로 조정합니다: x′ = a + (x − min)·(b − a) / "
    "(max − min), a = {low}, b = {high} (scikit-learn의 MinMaxScaler). 가장 작은 값은 a, 가장 큰 값은 b가 "
    "됩니다",
    "normalization.minmax.extremes": "[{values}]에서 min = {minimum}, max = {maximum}, max − min = {spread}",
    "normalization.minmax.offsets": "x − min = x − {minimum:p} = [{offsets}]",
    "normalization.minmax.scale": "x′ = {low} + (x − min)·({high} − {low:p}) / {spread} = {low} + (x − min)·"
    "{factor} = [{values}]",
    "normalization.minmax.scale_approx": "x′ = {low} + (x − min)·({high} − {low:p}) / {spread} ≈ {low} + (x − min)·"
    "{factor} = [{values}]",
    "normalization.minmax.constant": "{column}열은 상수입니다 (모든 값이 {value}): max − min = 0이므로 "
    "MinMaxScaler는 대신 1로 나누고, 모든 값이 a = {low}가 됩니다",
    "normalization.batchnorm.formula": "학습 중의 배치 정규화 (torch.nn.BatchNorm1d): 특성(열)마다 "
    "x̂ = (x − μ_B) / √(σ²_B + ε), μ_B와 σ²_B는 배치의 평균과 편향 분산이고, 그다음 y = γ·x̂ + β입니다. "
    "이동 통계(running statistics)는 배치의 통계 쪽으로 움직입니다",
    "normalization.batchnorm.eval_formula": "평가 모드의 배치 정규화 (model.eval()): 특성(열)마다 "
    "x̂ = (x − 이동 평균) / √(이동 분산 + ε), 그다음 y = γ·x̂ + β입니다. 배치 자신의 통계는 쓰지 않습니다",
    "normalization.batchnorm.variance": "분산 σ² = ({deviations:squares}) / {n} = {variance}  (편향 분산: n으로 "
    "나눕니다)",
    "normalization.batchnorm.eval_stats": "이동 평균 {mean}, 이동 분산 {variance} (주어진 값)",
    "normalization.batchnorm.hat": "x̂ = (x − {mean:p}) / √({variance} + {eps}) = (x − {mean:p}) / "
    "{denominator} ≈ [{normalized}]",
    "normalization.affine": "y = γ·x̂ + β = {gamma}·x̂ + {beta:p} = [{y}]",
    "normalization.batchnorm.running_mean": "이동 평균 ← (1 − m)·이전 값 + m·μ_B = {rest}·{old:p} + "
    "{momentum}·{mean:p} = {new}",
    "normalization.batchnorm.unbiased": "불편 분산 σ²_B·n/(n − 1) = {variance}·{n}/{n1} = {unbiased}  "
    "(PyTorch처럼 이동 분산에는 이 값을 씁니다)",
    "normalization.batchnorm.running_var": "이동 분산 ← (1 − m)·이전 값 + m·σ²_불편 = {rest}·{old:p} + "
    "{momentum}·{unbiased:p} = {new}",
    "normalization.batchnorm.constant": "{column}열은 상수입니다 (모든 값이 {value}): σ²_B = 0이라 x − μ_B "
    "(반올림 오차를 빼면 0)를 0이 아니라 √ε = √{eps} = {root}로 나누고, y = β = {beta}가 됩니다",
    "normalization.batchnorm.eval_unchanged": "평가 모드에서는 이동 통계가 바뀌지 않습니다",
    "normalization.layernorm.formula": "층 정규화 (torch.nn.LayerNorm): 샘플(행)마다 그 특성들에 대해 "
    "x̂ = (x − μ) / √(σ² + ε), μ와 σ²는 그 행의 평균과 편향 분산이고, 그다음 y = γ⊙x̂ + β (γ와 β는 특성마다 "
    "하나씩)입니다. 배치의 다른 샘플과 무관합니다",
    "normalization.layernorm.affine": "y = γ⊙x̂ + β, γ = [{gamma}], β = [{beta}]: [{y}]",
    "normalization.layernorm.affine_plain": "y = γ⊙x̂ + β, γ = 1, β = 0 (초깃값): y = x̂",
    "normalization.layernorm.constant": "{row}행은 상수입니다 (모든 값이 {value}): σ² = 0이라 x − μ (반올림 오차를 "
    "빼면 0)를 0이 아니라 √ε = √{eps}로 나누고, y = β가 됩니다",
    "normalization.headline.standard": "표준화 (z 점수): 이제 각 열의 평균은 0, 표준편차는 1입니다",
    "normalization.headline.minmax": "최소-최대 정규화: 이제 각 열은 [{low}, {high}] 범위에 걸칩니다",
    "normalization.headline.batchnorm": "배치 정규화 (학습): 열마다 y = γ·(x − μ_B)/√(σ²_B + ε) + β",
    "normalization.headline.batchnorm_eval": "배치 정규화 (평가): 열마다 y = γ·(x − 이동 평균)/"
    "√(이동 분산 + ε) + β",
    "normalization.headline.layernorm": "층 정규화: 행마다 y = γ⊙(x − μ)/√(σ² + ε) + β",
    "normalization.title.result": "결과",
    "normalization.title.input": "X (행: 샘플, 열: 특성)",
    "normalization.title.statistics": "열마다의 통계",
    "normalization.title.statistics_rows": "행마다의 통계",
    "normalization.title.normalized": "x̂ (γ와 β 적용 전)",
    "normalization.title.plot": "정규화 전과 후, {unit}마다",
    "normalization.title.before": "전",
    "normalization.title.after": "후",
    "normalization.unit.column": "열",
    "normalization.unit.row": "행",
    "normalization.plot_hidden": "({count}개 중 처음 {shown}개만 상자로 그립니다)",
    "normalization.label.mean": "평균 μ",
    "normalization.label.variance": "분산 σ²",
    "normalization.label.std": "표준편차 σ",
    "normalization.label.denominator": "√(σ² + ε)",
    "normalization.label.eval_mean": "이동 평균",
    "normalization.label.eval_variance": "이동 분산",
    "normalization.label.eval_denominator": "√(분산 + ε)",
    "normalization.label.minimum": "최솟값",
    "normalization.label.maximum": "최댓값",
    "normalization.label.gamma": "γ",
    "normalization.label.beta": "β",
    "normalization.label.unbiased": "σ²·n/(n−1)",
    "normalization.label.old_mean": "이동 평균 (전)",
    "normalization.label.new_mean": "이동 평균 (후)",
    "normalization.label.old_var": "이동 분산 (전)",
    "normalization.label.new_var": "이동 분산 (후)",
    "normalization.label.column": "{index}열",
    "normalization.label.row": "{index}행",
    "normalization.error.per_feature": "{what}의 원소가 {size}개인데 특성은 {count}개입니다",
    "normalization.error.per_feature.hint": "특성(열)마다 숫자 하나를 주거나, 모두에 쓸 숫자 하나를 주세요",
    "normalization.error.method": "알 수 없는 방법 {method!r}",
    "normalization.error.method.hint": "다음 중 하나를 쓰세요: {methods}",
    "normalization.error.range_empty": "비어 있는 범위입니다: {low:g}:{high:g}",
    "normalization.error.range_empty.hint": "아래 끝이 위 끝보다 작아야 합니다, 예: 0:1 또는 -1:1",
    "normalization.error.overflow": "스케일한 값이 64비트 부동소수점으로 나타내기에 너무 큽니다",
    "normalization.error.overflow.hint": "더 좁은 범위를 쓰세요",
    "normalization.error.eps": "ε는 양수여야 하는데 {eps:g}입니다",
    "normalization.error.eps.hint": "기본값은 1e-5입니다",
    "normalization.error.momentum": "모멘텀은 [0, 1] 안에 있어야 하는데 {momentum:g}입니다",
    "normalization.error.momentum.hint": "기본값은 0.1입니다",
    "normalization.error.running_mean": "이동 평균",
    "normalization.error.running_var": "이동 분산",
    "normalization.error.negative_var": "이동 분산에 음수가 있습니다",
    "normalization.error.negative_var.hint": "분산은 0 이상입니다, 예: 1,1,1",
    "normalization.error.batch_of_one": "학습 중 배치 정규화에는 샘플(행)이 2개 이상 필요합니다",
    "normalization.error.batch_of_one.hint": "샘플 하나짜리 배치에는 분산이 없습니다; PyTorch도 거부합니다(또는 평가 "
    "모드를 쓰세요)",
    "normalization.error.misplaced": "--method {method}에는 쓰이지 않습니다",
    "normalization.error.misplaced.hint": "mlmath normalize --help를 보세요",
    "normalization.error.range": "{text!r}를 범위로 읽을 수 없습니다",
    "normalization.error.range.hint": "A:B로 쓰세요, 예: 0:1 또는 -1:1",
}

HELP_KO = {
    "normalize": """데이터 정규화: z 점수(표준화), 최소-최대, 배치 정규화, 층 정규화를 한 열씩 손으로 풀어 봅니다.

standard와 minmax는 scikit-learn의 StandardScaler, MinMaxScaler를, batchnorm과 layernorm은 PyTorch의
BatchNorm1d(이동 통계 포함)와 LayerNorm을 따릅니다. 상자 그림이 정규화 전과 후의 각 특성을 보여 줍니다.

[dim]예:[/]
  mlmath normalize "1,200;2,300;3,250;4,100"
  mlmath normalize "1,200;2,300;3,250" --method minmax --range -1:1
  mlmath normalize "1,2;3,6;5,4;7,8" --method batchnorm --momentum 0.1
  mlmath normalize "1,2,3,4;2,4,6,9" --method layernorm
""",
    "normalize.x": "데이터: 행은 샘플, 열은 특성, 예: \"1,200;2,300;3,250\". 벡터는 특성 하나 (layernorm이면 "
    "샘플 하나)입니다.",
    "normalize.method": "standard (z 점수, 표준화), minmax, batchnorm (배치 정규화) 또는 layernorm (층 정규화).",
    "normalize.feature_range": "minmax: 옮겨 갈 범위. \\[기본값: 0:1]",
    "normalize.eps": "batchnorm, layernorm: 분산에 더하는 값. \\[기본값: 1e-5]",
    "normalize.gamma": "batchnorm, layernorm: 배율, 특성마다 하나 (또는 모두에 하나). \\[기본값: 1]",
    "normalize.beta": "batchnorm, layernorm: 이동, 특성마다 하나 (또는 모두에 하나). \\[기본값: 0]",
    "normalize.momentum": "batchnorm: 이동 통계가 배치의 통계 쪽으로 움직이는 정도. \\[기본값: 0.1]",
    "normalize.running_mean": "batchnorm: 이 배치 전의 이동 평균. \\[기본값: 0]",
    "normalize.running_var": "batchnorm: 이 배치 전의 이동 분산. \\[기본값: 1]",
    "normalize.eval_mode": "batchnorm: 평가 모드, 이동 통계로 정규화합니다.",
}
