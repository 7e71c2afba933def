"""Sentences for practice and homework new: exercises in words, hints, a session's score, a homework file."""

EN = {
    # exercises: the question, then a hint for a miss ------------------------------------------------
    "exercise.matmul.cell": "Multiply the row A = {a} by the column B = {b} (1×{n} times {n}×1): "
    "give the one cell of A·B.",
    "exercise.matmul.product": "Multiply A = {a} ({shape_a}) by B = {b} ({shape_b}): give the whole product A·B.",
    "exercise.matmul.hint": "An m×n matrix times an n×p matrix is m×p; cell (i, j) is row i of A times column j "
    "of B: multiply entry by entry and add.",
    "exercise.dot.question": "Compute the dot product a·b of a = ({a}) and b = ({b}).",
    "exercise.dot.hint": "a·b = a₁b₁ + a₂b₂ + …: multiply matching entries and add them up.",
    "exercise.cosine.question": "Compute the cosine similarity of a = ({a}) and b = ({b}).",
    "exercise.cosine.hint": "cos θ = a·b / (|a|·|b|), with |a| = √(a₁² + a₂² + …).",
    "exercise.transpose.question": "Transpose the {shape} matrix A = {a}: give Aᵀ.",
    "exercise.transpose.hint": "Row i of A becomes column i of Aᵀ: entry (i, j) moves to (j, i), and an m×n "
    "matrix becomes n×m.",
    "exercise.inverse.question": "Find the inverse A⁻¹ of the {shape} matrix A = {a} (fractions such as 1/2 "
    "are welcome).",
    "exercise.inverse.hint": "For [[a, b], [c, d]]: A⁻¹ = (1/(ad − bc))·[[d, −b], [−c, a]].",
    "exercise.inverse.hint3": "Row-reduce [A | I] until the left half is I (Gauss–Jordan); the right half is "
    "then A⁻¹.",
    "exercise.det.question": "Compute the determinant of the {shape} matrix A = {a}.",
    "exercise.det.hint": "det [[a, b], [c, d]] = ad − bc.",
    "exercise.det.hint3": "Expand along row 1: det A = a₁₁·M₁₁ − a₁₂·M₁₂ + a₁₃·M₁₃, each M the determinant "
    "of a 2×2 minor (ad − bc).",
    "exercise.derive.question": "Differentiate f(x) = {expr} with respect to x (write the derivative as an "
    "expression, e.g. 6*x + 2).",
    "exercise.derive.hint.power": "Power rule: d/dx xⁿ = n·xⁿ⁻¹, and a constant's derivative is 0.",
    "exercise.derive.hint.product": "Product rule: (u·v)′ = u′·v + u·v′.",
    "exercise.derive.hint.quotient": "Quotient rule: (u/v)′ = (u′·v − u·v′)/v².",
    "exercise.derive.hint.chain_power": "Chain rule: (g(x))ⁿ gives n·(g(x))ⁿ⁻¹·g′(x).",
    "exercise.derive.hint.exp": "d/dx e^g(x) = e^g(x)·g′(x).",
    "exercise.derive.hint.log": "d/dx log g(x) = g′(x)/g(x) (natural log).",
    "exercise.derive.hint.trig": "sin′ = cos and cos′ = −sin, times the inner derivative (chain rule).",
    "exercise.derive.hint.sigmoid": "σ′(z) = σ(z)·(1 − σ(z)), times the inner derivative.",
    "exercise.derive.hint.tanh": "tanh′(z) = 1 − tanh²(z), times the inner derivative.",
    "exercise.derive.hint.relu": "relu′(z) is 1 for z > 0 and 0 otherwise (write it step(z)), times the inner "
    "derivative.",
    "exercise.derive.hint.chain_trig": "Chain rule: the outer derivative at the inner function, times the inner "
    "derivative (xⁿ)′ = n·xⁿ⁻¹.",
    "exercise.derive.hint.exp_product": "Product rule, with (e^(ax))′ = a·e^(ax) and sin′ = cos.",
    "exercise.chain.question": "Peel f = {expr} like an onion (chain rule) and give df/dx at {point}.",
    "exercise.chain.hint": "Multiply the layers' local derivatives from the outside in, each taken at the values "
    "of the forward pass.",
    "exercise.softmax.question": "Compute the softmax of the logits z = ({logits}): give every probability.",
    "exercise.softmax.hint": "pᵢ = e^zᵢ / Σⱼ e^zⱼ; subtract the largest logit first to keep the numbers small "
    "(e ≈ 2.718).",
    "exercise.activation.value": "Compute {name}({x}).",
    "exercise.activation.derivative": "Compute the derivative {name}′(x) at x = {x}.",
    "exercise.activation.hint.sigmoid": "σ(x) = 1/(1 + e^(−x)) and σ′(x) = σ(x)·(1 − σ(x)).",
    "exercise.activation.hint.tanh": "tanh(x) = (eˣ − e⁻ˣ)/(eˣ + e⁻ˣ) and tanh′(x) = 1 − tanh²(x).",
    "exercise.activation.hint.relu": "relu(x) = max(0, x); its slope is 1 for x > 0 and 0 otherwise.",
    "exercise.activation.hint.leaky_relu": "leaky-relu(x) is x for x > 0, else 0.01·x.",
    "exercise.loss.mse": "Compute the mean squared error of the predictions ({pred}) against the targets "
    "({target}).",
    "exercise.loss.mae": "Compute the mean absolute error of the predictions ({pred}) against the targets "
    "({target}).",
    "exercise.loss.rmse": "Compute the root mean squared error of the predictions ({pred}) against the targets "
    "({target}).",
    "exercise.loss.huber": "Compute the Huber loss (δ = 1, averaged) of the predictions ({pred}) against the "
    "targets ({target}).",
    "exercise.loss.bce": "Compute the binary cross-entropy (averaged) of the probabilities ({pred}) for the labels "
    "({target}).",
    "exercise.loss.ce": "Compute the cross-entropy (averaged) of the logits {pred}, one row per sample, for the "
    "classes ({target}) counted from 0.",
    "exercise.loss.hint.mse": "MSE is the mean of (prediction − target)².",
    "exercise.loss.hint.mae": "MAE is the mean of |prediction − target|.",
    "exercise.loss.hint.rmse": "RMSE = √MSE: square the errors, average them, take the square root.",
    "exercise.loss.hint.huber": "For each error e: ½e² if |e| ≤ δ, else δ·(|e| − ½δ); then average.",
    "exercise.loss.hint.bce": "BCE = −mean of y·log p + (1 − y)·log(1 − p), natural log.",
    "exercise.loss.hint.ce": "Softmax each row of logits; the loss is −log of the true class's probability, "
    "averaged over the rows.",
    "exercise.optimize.sgd": "Minimize f(x) = {function} with SGD, learning rate {lr}, from x₀ = {start}: "
    "give x after {steps} step(s).",
    "exercise.optimize.momentum": "Minimize f(x) = {function} with momentum (μ = 0.9, the first buffer is g), "
    "learning rate {lr}, from x₀ = {start}: give x after {steps} steps.",
    "exercise.optimize.adam": "Minimize f(x) = {function} with Adam (β₁ = 0.9, β₂ = 0.999, ε = 1e-8), learning "
    "rate {lr}, from x₀ = {start}: work out m, v, m̂ and v̂, and give x after {steps} step(s).",
    "exercise.optimize.hint.sgd": "g = f′(x), then x ← x − lr·g.",
    "exercise.optimize.hint.momentum": "g = f′(x); b ← 0.9·b + g (the first b is g); x ← x − lr·b.",
    "exercise.optimize.hint.adam": "m ← 0.9·m + 0.1·g, v ← 0.999·v + 0.001·g², m̂ = m/(1 − 0.9ᵗ), "
    "v̂ = v/(1 − 0.999ᵗ), x ← x − lr·m̂/(√v̂ + ε).",
    "exercise.optimize.adam_m": "Minimize f(x) = {function} with Adam (β₁ = 0.9, β₂ = 0.999, ε = 1e-8), learning "
    "rate {lr}, from x₀ = {start}: give m, the running average of the gradient, after the first step.",
    "exercise.optimize.adam_v": "Minimize f(x) = {function} with Adam (β₁ = 0.9, β₂ = 0.999, ε = 1e-8), learning "
    "rate {lr}, from x₀ = {start}: give v, the running average of the squared gradient, after the first step.",
    "exercise.optimize.adam_m_hat": "Minimize f(x) = {function} with Adam (β₁ = 0.9, β₂ = 0.999, ε = 1e-8), "
    "learning rate {lr}, from x₀ = {start}: give the bias-corrected m̂ = m/(1 − β₁ᵗ) of the first step.",
    "exercise.optimize.adam_v_hat": "Minimize f(x) = {function} with Adam (β₁ = 0.9, β₂ = 0.999, ε = 1e-8), "
    "learning rate {lr}, from x₀ = {start}: give the bias-corrected v̂ = v/(1 − β₂ᵗ) of the first step.",
    "exercise.train.b": "A linear model z = x·W + b (layers 2,1) learns the four xor points (0,0), (0,1), (1,0), "
    "(1,1) with targets 0, 1, 1, 0: MSE loss, full-batch SGD, learning rate {lr}. Its initial weights (seed "
    "{seed}) are W = {w}, b = {b}. Give b after {epochs} update(s).",
    "exercise.train.w": "A linear model z = x·W + b (layers 2,1) learns the four xor points (0,0), (0,1), (1,0), "
    "(1,1) with targets 0, 1, 1, 0: MSE loss, full-batch SGD, learning rate {lr}. Its initial weights (seed "
    "{seed}) are W = {w}, b = {b}. Give W after {epochs} update(s).",
    "exercise.train.hint": "For each point z = x·W + b; MSE averages over the 4 points, so ∂L/∂z = 2(z − y)/4; "
    "∂L/∂W = Xᵀ·∂L/∂z and ∂L/∂b = the sum of ∂L/∂z; then W ← W − lr·∂L/∂W and b ← b − lr·∂L/∂b.",
    "exercise.attention.question": "Self-attention over \"{seq}\": X = {x} (one row per token), W_Q = {wq}, "
    "W_K = {wk}, no positional encoding. Give the weights softmax(Q·Kᵀ/√d_k), d_k = {d_k}.",
    "exercise.attention.hint": "Q = X·W_Q and K = X·W_K; score (i, j) = qᵢ·kⱼ/√d_k; then softmax each row.",
    "exercise.normalize.minmax": "Min-max scale the values ({x}) to [0, 1]: give the scaled values as a column.",
    "exercise.normalize.standard": "Standardize (z-scores, dividing by n as scikit-learn does) each column of "
    "X = {x}, rows being samples.",
    "exercise.normalize.hint.minmax": "x′ = (x − min)/(max − min).",
    "exercise.normalize.hint.standard": "z = (x − μ)/σ with σ² the mean of (x − μ)² (divide by n, not n − 1).",
    "exercise.layer.identity": "A fully connected layer without activation: x = ({x}), W = {w}, b = ({b}). "
    "Give y = x·W + b.",
    "exercise.layer.relu": "A fully connected layer: x = ({x}), W = {w}, b = ({b}). Give y = relu(x·W + b).",
    "exercise.layer.sigmoid": "A fully connected layer: x = ({x}), W = {w}, b = ({b}). "
    "Give y = sigmoid(x·W + b).",
    "exercise.layer.hint": "Output j is Σᵢ xᵢ·Wᵢⱼ + bⱼ (x times column j of W, plus its bias), then the "
    "activation.",
    "exercise.conv.question": "Slide the kernel K = {k} over X = {x}, stride {stride}, no padding, without "
    "flipping (as PyTorch): give the feature map.",
    "exercise.conv.hint": "Each output cell is the sum of the window times the kernel, entry by entry; the output "
    "is (n − k)/stride + 1 cells wide.",
    "exercise.decimals": "(at least two decimals)",
    "exercise.error.topic": "no exercises for `{topic}`; the topics are {topics}",
    "exercise.error.difficulty": "difficulty `{difficulty}` is not 1, 2 or 3",
    # practice ------------------------------------------------------------------------------------
    "practice.header": "Exercise {index}/{count} · {topic} · difficulty {difficulty}",
    "practice.weakest": "{topic}: your weakest topic so far",
    "practice.prompt": "Your answer",
    "practice.right": "✓ Right: {answer}",
    "practice.wrong": "✗ Not yet.",
    "practice.unreadable": "✗ That answer could not be read: {message}",
    "practice.hint": "Hint: {hint}",
    "practice.off": "Checked: {how}",
    "practice.again": "One more try.",
    "practice.shape": "your answer is {given}, the answer is {needed}",
    "practice.differs": "at {point} your expression gives {given}, the right one {needed}",
    "practice.no_answer": "No answer.",
    "practice.solution": "The answer is {answer}. The worked steps, as mlmath {command} shows them:",
    "practice.score": "Score: {correct}/{total}",
    "practice.topic_score": "{topic}: {correct}/{total}",
    "practice.saved": "Progress saved in {file}",
    "practice.warning.progress": "warning: the progress file {file} could not be read ({reason}); starting afresh",
    "practice.verdict.first": "{topic}: right at the first try",
    "practice.verdict.second": "{topic}: right at the second try",
    "practice.verdict.missed": "{topic}: missed; the answer is {answer}",
    "practice.error.progress_write": "cannot save the progress file `{file}`: {reason}",
    "practice.error.progress_write.hint": "use --no-save, or set XDG_STATE_HOME to a folder you can write",
    # homework new --------------------------------------------------------------------------------
    "assignment.comment.made": "Made by mlmath homework new: {count} problems, difficulty {difficulty}, "
    "seed {seed}.",
    "assignment.comment.fill": "Write each answer in expect = \"…\": a number (3/4 or 0.75), a vector [1, 2], "
    "a matrix [[1, 2], [3, 4]], or an expression for derive (6*x + 2). Then run: mlmath check {file}",
    "assignment.comment.key": "The answer key: mlmath check {file} passes every problem.",
    "assignment.problem": "{index}. {topic}",
    "assignment.written": "Wrote {file}: {count} problems ({topics}).",
    "assignment.written_key": "Wrote the answer key {file}.",
    "assignment.check": "Grade the filled-in file with: mlmath check {file}",
    "assignment.column.problem": "problem",
    "assignment.column.question": "question",
    "assignment.error.action": "unknown action `{action}`; the action is `new`",
    "assignment.error.action.hint": "e.g. mlmath homework new --topics matmul,derive --count 10 -o week3.toml",
    "assignment.error.same_file": "the answer key would overwrite the homework file `{file}`",
    "assignment.error.same_file.hint": "give the key a name of its own, e.g. --answers key.toml",
    "assignment.error.cannot_write": "cannot write `{file}`: {reason}",
    "assignment.error.no_topics": "no topics given",
    "assignment.error.no_topics.hint": "e.g. --topics matmul,derive,softmax",
}

KO = {
    "exercise.matmul.cell": "행 A = {a}와 열 B = {b}를 곱하세요 (1×{n} 곱하기 {n}×1): A·B의 칸 하나를 구하세요.",
    "exercise.matmul.product": "A = {a} ({shape_a})와 B = {b} ({shape_b})를 곱하세요: 행렬곱 A·B 전체를 구하세요.",
    "exercise.matmul.hint": "m×n 행렬 곱하기 n×p 행렬은 m×p입니다; (i, j) 칸은 A의 i행과 B의 j열을 성분끼리 곱해 "
    "더한 값입니다.",
    "exercise.dot.question": "a = ({a})와 b = ({b})의 내적 a·b를 구하세요.",
    "exercise.dot.hint": "a·b = a₁b₁ + a₂b₂ + …: 같은 자리의 성분끼리 곱해서 모두 더합니다.",
    "exercise.cosine.question": "a = ({a})와 b = ({b})의 코사인 유사도를 구하세요.",
    "exercise.cosine.hint": "cos θ = a·b / (|a|·|b|), |a| = √(a₁² + a₂² + …).",
    "exercise.transpose.question": "{shape} 행렬 A = {a}를 전치하세요: Aᵀ를 구하세요.",
    "exercise.transpose.hint": "A의 i행이 Aᵀ의 i열이 됩니다: (i, j) 성분은 (j, i)로 가고, m×n 행렬은 n×m이 됩니다.",
    "exercise.inverse.question": "{shape} 행렬 A = {a}의 역행렬 A⁻¹를 구하세요 (1/2 같은 분수로 써도 됩니다).",
    "exercise.inverse.hint": "[[a, b], [c, d]]라면 A⁻¹ = (1/(ad − bc))·[[d, −b], [−c, a]].",
    "exercise.inverse.hint3": "[A | I]의 왼쪽이 I가 될 때까지 행 연산을 합니다 (가우스–조르단); 그때 오른쪽이 "
    "A⁻¹입니다.",
    "exercise.det.question": "{shape} 행렬 A = {a}의 행렬식을 구하세요.",
    "exercise.det.hint": "det [[a, b], [c, d]] = ad − bc.",
    "exercise.det.hint3": "1행을 따라 전개합니다: det A = a₁₁·M₁₁ − a₁₂·M₁₂ + a₁₃·M₁₃, 각 M은 2×2 소행렬의 "
    "행렬식 (ad − bc).",
    "exercise.derive.question": "f(x) = {expr}를 x로 미분하세요 (도함수를 식으로 쓰세요, 예: 6*x + 2).",
    "exercise.derive.hint.power": "거듭제곱 규칙: d/dx xⁿ = n·xⁿ⁻¹, 상수의 미분은 0입니다.",
    "exercise.derive.hint.product": "곱의 미분법: (u·v)′ = u′·v + u·v′.",
    "exercise.derive.hint.quotient": "몫의 미분법: (u/v)′ = (u′·v − u·v′)/v².",
    "exercise.derive.hint.chain_power": "연쇄 법칙: (g(x))ⁿ의 미분은 n·(g(x))ⁿ⁻¹·g′(x).",
    "exercise.derive.hint.exp": "d/dx e^g(x) = e^g(x)·g′(x).",
    "exercise.derive.hint.log": "d/dx log g(x) = g′(x)/g(x) (자연로그).",
    "exercise.derive.hint.trig": "sin′ = cos, cos′ = −sin, 여기에 안쪽 함수의 미분을 곱합니다 (연쇄 법칙).",
    "exercise.derive.hint.sigmoid": "σ′(z) = σ(z)·(1 − σ(z)), 여기에 안쪽 함수의 미분을 곱합니다.",
    "exercise.derive.hint.tanh": "tanh′(z) = 1 − tanh²(z), 여기에 안쪽 함수의 미분을 곱합니다.",
    "exercise.derive.hint.relu": "relu′(z)는 z > 0이면 1, 아니면 0 (step(z)로 씁니다), 여기에 안쪽 함수의 미분을 "
    "곱합니다.",
    "exercise.derive.hint.chain_trig": "연쇄 법칙: 바깥 함수의 미분을 안쪽 함수에서 구하고, 안쪽 미분 "
    "(xⁿ)′ = n·xⁿ⁻¹을 곱합니다.",
    "exercise.derive.hint.exp_product": "곱의 미분법, (e^(ax))′ = a·e^(ax), sin′ = cos.",
    "exercise.chain.question": "f = {expr}를 양파 껍질처럼 벗겨 (연쇄 법칙) {point}에서 df/dx를 구하세요.",
    "exercise.chain.hint": "바깥부터 안쪽으로 각 층의 국소 미분을 순전파의 값에서 구해 모두 곱합니다.",
    "exercise.softmax.question": "로짓 z = ({logits})의 소프트맥스를 구하세요: 모든 확률을 쓰세요.",
    "exercise.softmax.hint": "pᵢ = e^zᵢ / Σⱼ e^zⱼ; 가장 큰 로짓을 먼저 빼면 수가 작게 유지됩니다 (e ≈ 2.718).",
    "exercise.activation.value": "{name}({x})를 구하세요.",
    "exercise.activation.derivative": "x = {x}에서 미분 {name}′(x)를 구하세요.",
    "exercise.activation.hint.sigmoid": "σ(x) = 1/(1 + e^(−x)), σ′(x) = σ(x)·(1 − σ(x)).",
    "exercise.activation.hint.tanh": "tanh(x) = (eˣ − e⁻ˣ)/(eˣ + e⁻ˣ), tanh′(x) = 1 − tanh²(x).",
    "exercise.activation.hint.relu": "relu(x) = max(0, x); 기울기는 x > 0이면 1, 아니면 0입니다.",
    "exercise.activation.hint.leaky_relu": "leaky-relu(x)는 x > 0이면 x, 아니면 0.01·x입니다.",
    "exercise.loss.mse": "예측 ({pred})과 정답 ({target})의 평균 제곱 오차(MSE)를 구하세요.",
    "exercise.loss.mae": "예측 ({pred})과 정답 ({target})의 평균 절대 오차(MAE)를 구하세요.",
    "exercise.loss.rmse": "예측 ({pred})과 정답 ({target})의 평균 제곱근 오차(RMSE)를 구하세요.",
    "exercise.loss.huber": "예측 ({pred})과 정답 ({target})의 Huber 손실 (δ = 1, 평균)을 구하세요.",
    "exercise.loss.bce": "확률 ({pred})과 레이블 ({target})의 이진 교차 엔트로피 (평균)를 구하세요.",
    "exercise.loss.ce": "로짓 {pred} (샘플마다 한 행)와 클래스 ({target}, 0부터 셈)의 교차 엔트로피 (평균)를 "
    "구하세요.",
    "exercise.loss.hint.mse": "MSE는 (예측 − 정답)²의 평균입니다.",
    "exercise.loss.hint.mae": "MAE는 |예측 − 정답|의 평균입니다.",
    "exercise.loss.hint.rmse": "RMSE = √MSE: 오차를 제곱해 평균하고 제곱근을 취합니다.",
    "exercise.loss.hint.huber": "오차 e마다 |e| ≤ δ이면 ½e², 아니면 δ·(|e| − ½δ); 그다음 평균합니다.",
    "exercise.loss.hint.bce": "BCE = −(y·log p + (1 − y)·log(1 − p))의 평균, 자연로그.",
    "exercise.loss.hint.ce": "로짓의 각 행에 소프트맥스를 취하고, 정답 클래스 확률의 −log를 행마다 구해 평균합니다.",
    "exercise.optimize.sgd": "f(x) = {function}을 SGD, 학습률 {lr}로 x₀ = {start}에서 최소화하세요: {steps}번 "
    "갱신한 뒤의 x를 구하세요.",
    "exercise.optimize.momentum": "f(x) = {function}을 모멘텀 (μ = 0.9, 첫 버퍼는 g), 학습률 {lr}로 x₀ = {start}에서 "
    "최소화하세요: {steps}번 갱신한 뒤의 x를 구하세요.",
    "exercise.optimize.adam": "f(x) = {function}을 Adam (β₁ = 0.9, β₂ = 0.999, ε = 1e-8), 학습률 {lr}로 "
    "x₀ = {start}에서 최소화하세요: m, v, m̂, v̂를 차례로 구하고 {steps}번 갱신한 뒤의 x를 구하세요.",
    "exercise.optimize.hint.sgd": "g = f′(x), 그다음 x ← x − lr·g.",
    "exercise.optimize.hint.momentum": "g = f′(x); b ← 0.9·b + g (첫 b는 g); x ← x − lr·b.",
    "exercise.optimize.hint.adam": "m ← 0.9·m + 0.1·g, v ← 0.999·v + 0.001·g², m̂ = m/(1 − 0.9ᵗ), "
    "v̂ = v/(1 − 0.999ᵗ), x ← x − lr·m̂/(√v̂ + ε).",
    "exercise.optimize.adam_m": "f(x) = {function}을 Adam (β₁ = 0.9, β₂ = 0.999, ε = 1e-8), 학습률 {lr}로 "
    "x₀ = {start}에서 최소화하세요: 첫 갱신 뒤의 m (기울기의 이동 평균)을 구하세요.",
    "exercise.optimize.adam_v": "f(x) = {function}을 Adam (β₁ = 0.9, β₂ = 0.999, ε = 1e-8), 학습률 {lr}로 "
    "x₀ = {start}에서 최소화하세요: 첫 갱신 뒤의 v (기울기 제곱의 이동 평균)를 구하세요.",
    "exercise.optimize.adam_m_hat": "f(x) = {function}을 Adam (β₁ = 0.9, β₂ = 0.999, ε = 1e-8), 학습률 {lr}로 "
    "x₀ = {start}에서 최소화하세요: 첫 갱신의 편향 보정값 m̂ = m/(1 − β₁ᵗ)을 구하세요.",
    "exercise.optimize.adam_v_hat": "f(x) = {function}을 Adam (β₁ = 0.9, β₂ = 0.999, ε = 1e-8), 학습률 {lr}로 "
    "x₀ = {start}에서 최소화하세요: 첫 갱신의 편향 보정값 v̂ = v/(1 − β₂ᵗ)을 구하세요.",
    "exercise.train.b": "선형 모델 z = x·W + b (층 2,1)가 xor의 네 점 (0,0), (0,1), (1,0), (1,1)과 정답 0, 1, 1, 0을 "
    "학습합니다: MSE 손실, 전체 배치 SGD, 학습률 {lr}. 초기 가중치 (시드 {seed})는 W = {w}, b = {b}입니다. "
    "{epochs}번 갱신한 뒤의 b를 구하세요.",
    "exercise.train.w": "선형 모델 z = x·W + b (층 2,1)가 xor의 네 점 (0,0), (0,1), (1,0), (1,1)과 정답 0, 1, 1, 0을 "
    "학습합니다: MSE 손실, 전체 배치 SGD, 학습률 {lr}. 초기 가중치 (시드 {seed})는 W = {w}, b = {b}입니다. "
    "{epochs}번 갱신한 뒤의 W를 구하세요.",
    "exercise.train.hint": "점마다 z = x·W + b; MSE는 네 점의 평균이므로 ∂L/∂z = 2(z − y)/4; ∂L/∂W = Xᵀ·∂L/∂z, "
    "∂L/∂b = ∂L/∂z의 합; 그다음 W ← W − lr·∂L/∂W, b ← b − lr·∂L/∂b.",
    "exercise.attention.question": "\"{seq}\"의 셀프 어텐션: X = {x} (토큰마다 한 행), W_Q = {wq}, W_K = {wk}, "
    "위치 인코딩 없음. 어텐션 가중치 softmax(Q·Kᵀ/√d_k)를 구하세요, d_k = {d_k}.",
    "exercise.attention.hint": "Q = X·W_Q, K = X·W_K; (i, j) 점수 = qᵢ·kⱼ/√d_k; 그다음 행마다 소프트맥스.",
    "exercise.normalize.minmax": "값 ({x})을 [0, 1]로 최소-최대 정규화하세요: 정규화한 값을 열로 쓰세요.",
    "exercise.normalize.standard": "X = {x}의 각 열을 표준화하세요 (z 점수, scikit-learn처럼 n으로 나눔; 행은 "
    "샘플).",
    "exercise.normalize.hint.minmax": "x′ = (x − min)/(max − min).",
    "exercise.normalize.hint.standard": "z = (x − μ)/σ, σ²는 (x − μ)²의 평균 (n − 1이 아니라 n으로 나눔).",
    "exercise.layer.identity": "활성화 함수가 없는 완전 연결층: x = ({x}), W = {w}, b = ({b}). y = x·W + b를 "
    "구하세요.",
    "exercise.layer.relu": "완전 연결층: x = ({x}), W = {w}, b = ({b}). y = relu(x·W + b)를 구하세요.",
    "exercise.layer.sigmoid": "완전 연결층: x = ({x}), W = {w}, b = ({b}). y = sigmoid(x·W + b)를 구하세요.",
    "exercise.layer.hint": "출력 j는 Σᵢ xᵢ·Wᵢⱼ + bⱼ (x와 W의 j열의 내적에 편향을 더함), 그다음 활성화 함수.",
    "exercise.conv.question": "커널 K = {k}를 X = {x} 위로 스트라이드 {stride}, 패딩 없이, 뒤집지 않고 (PyTorch처럼) "
    "밀면서 합성곱하세요: 특징 맵을 구하세요.",
    "exercise.conv.hint": "출력의 각 칸은 창과 커널을 성분끼리 곱해 더한 값입니다; 출력의 너비는 "
    "(n − k)/stride + 1칸입니다.",
    "exercise.decimals": "(소수 둘째 자리 이상)",
    "exercise.error.topic": "`{topic}`의 연습 문제는 없습니다; 주제는 {topics}입니다",
    "exercise.error.difficulty": "난이도 `{difficulty}`는 1, 2, 3 중 하나가 아닙니다",
    # practice
    "practice.header": "연습 {index}/{count} · {topic} · 난이도 {difficulty}",
    "practice.weakest": "{topic}: 지금까지 가장 약한 주제",
    "practice.prompt": "답",
    "practice.right": "✓ 정답: {answer}",
    "practice.wrong": "✗ 아직 아닙니다.",
    "practice.unreadable": "✗ 답을 읽을 수 없습니다: {message}",
    "practice.hint": "힌트: {hint}",
    "practice.off": "검사 결과: {how}",
    "practice.again": "한 번 더 해 보세요.",
    "practice.shape": "입력한 답의 모양은 {given}, 정답의 모양은 {needed}",
    "practice.differs": "{point}에서 입력한 식은 {given}, 맞는 식은 {needed}",
    "practice.no_answer": "답이 없습니다.",
    "practice.solution": "정답은 {answer}입니다. mlmath {command}가 보여 주는 풀이 단계:",
    "practice.score": "점수: {correct}/{total}",
    "practice.topic_score": "{topic}: {correct}/{total}",
    "practice.saved": "진도를 {file}에 저장했습니다",
    "practice.warning.progress": "경고: 진도 파일 {file}을 읽을 수 없어 ({reason}) 새로 시작합니다",
    "practice.verdict.first": "{topic}: 첫 시도에 정답",
    "practice.verdict.second": "{topic}: 두 번째 시도에 정답",
    "practice.verdict.missed": "{topic}: 틀림; 정답은 {answer}",
    "practice.error.progress_write": "진도 파일 `{file}`을 저장할 수 없습니다: {reason}",
    "practice.error.progress_write.hint": "--no-save를 쓰거나 XDG_STATE_HOME을 쓸 수 있는 폴더로 정하세요",
    # homework new
    "assignment.comment.made": "mlmath homework new로 만든 과제: 문제 {count}개, 난이도 {difficulty}, 시드 {seed}.",
    "assignment.comment.fill": "각 답을 expect = \"…\"에 쓰세요: 수 (3/4 또는 0.75), 벡터 [1, 2], "
    "행렬 [[1, 2], [3, 4]], derive라면 식 (6*x + 2). 그다음 실행: mlmath check {file}",
    "assignment.comment.key": "정답지: mlmath check {file}는 모든 문제를 통과합니다.",
    "assignment.problem": "{index}. {topic}",
    "assignment.written": "{file}을 썼습니다: 문제 {count}개 ({topics}).",
    "assignment.written_key": "정답지 {file}을 썼습니다.",
    "assignment.check": "답을 채운 파일의 채점: mlmath check {file}",
    "assignment.column.problem": "문제",
    "assignment.column.question": "질문",
    "assignment.error.action": "알 수 없는 동작 `{action}`; 동작은 `new`입니다",
    "assignment.error.action.hint": "예: mlmath homework new --topics matmul,derive --count 10 -o week3.toml",
    "assignment.error.same_file": "정답지가 과제 파일 `{file}`을 덮어쓰게 됩니다",
    "assignment.error.same_file.hint": "정답지에 다른 이름을 주세요, 예: --answers key.toml",
    "assignment.error.cannot_write": "`{file}`을 쓸 수 없습니다: {reason}",
    "assignment.error.no_topics": "주제가 없습니다",
    "assignment.error.no_topics.hint": "예: --topics matmul,derive,softmax",
}

# Help in Korean (see mlmath.cli.helptext).
HELP_KO = {
    "practice": """연습: 문제를 풀면 그 명령 자신의 --expect가 답을 확인하고, 힌트와 풀이 단계를 보여 줍니다.

문제마다 mlmath 명령줄이 하나 있습니다; 답 (수, 3/4, 벡터 1,2, 행렬 [[1,2],[3,4]] 또는 식)은 --expect와
같은 방법으로 확인합니다. 틀리면 힌트와 함께 한 번 더 풀 기회가 있고, 그다음 풀이 단계를 보여 줍니다.
끝에 점수를 보여 주고, 주제별 결과는 $XDG_STATE_HOME/mlmath/progress.json에 남깁니다; TOPIC이 없으면
가장 약한 주제가 다음 문제가 됩니다. 답은 파이프로 한 줄에 하나씩 넣을 수도 있습니다.

[dim]예:[/]
  mlmath practice matmul --count 3
  mlmath practice --difficulty 2
  mlmath practice dot --count 1 --seed 4 --no-save
""",
    "practice.topic": "matmul, dot, cosine, transpose, inverse, det, derive, chain, softmax, activation, loss, "
    "optimize, attention, normalize, layer, conv 또는 train \\[기본값: 가장 약한 주제, 문제마다 다시 고름].",
    "practice.count": "문제 수.",
    "practice.difficulty": "1 작고 정확한 수, 2 항이 더 많음, 3 더 크거나 소수.",
    "practice.seed": "문제의 시드 (같은 시드, 같은 문제) \\[기본값: 무작위].",
    "practice.no_save": "결과를 $XDG_STATE_HOME/mlmath/progress.json에 기록하지 않습니다.",
    "homework": """과제 만들기: mlmath check로 채점할, 답이 비어 있는 문제들과 그 정답지.

문제마다 mlmath 명령줄과 학생이 채울 빈 expect = ""가 있고, 그 위의 주석이 질문을 말로 설명합니다
(--lang의 언어로). 정확하지 않은 답은 소수 둘째 자리까지 묻습니다 (tol = 0.005). mlmath check는 답을
채운 파일을 채점하고 빈 답은 '답 없음'으로 알립니다; --answers는 모든 문제를 통과하는 정답지를 씁니다.

[dim]예:[/]
  mlmath homework new --topics matmul,derive,softmax -n 10 --seed 7 -o w3.toml
  mlmath homework new -o week3.toml --answers week3-key.toml
  mlmath homework new --topics attention,loss -d 2 --lang ko
""",
    "homework.action": "new: 생성한 문제로 과제 파일을 씁니다.",
    "homework.topics": "차례로 돌아가며 낼 주제: matmul, dot, cosine, transpose, inverse, det, derive, chain, "
    "softmax, activation, loss, optimize, attention, normalize, layer, conv, train \\[기본값: 모두].",
    "homework.count": "문제 수.",
    "homework.seed": "시드: 같은 시드는 같은 문제를 씁니다.",
    "homework.difficulty": "1 작고 정확한 수, 2 항이 더 많음, 3 더 크거나 소수.",
    "homework.output": "과제를 FILE에 씁니다 \\[기본값: 화면에 출력].",
    "homework.answers": "정답지도 씁니다: 모든 expect를 채운 같은 파일.",
    "homework.title": "과제의 제목 \\[기본값: 주제와 시드, 예: matmul, dot #7].",
}
