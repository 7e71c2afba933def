"""Sentences for derive and chain."""

EN = {
    # derive: the rules
    "derive.constant": "{d} {f} = 0  (constant rule: {f} does not change with {x})",
    "derive.identity": "{d} {x} = 1",
    "derive.power": "{d} {f} = {n}·{x}^({n} - 1) = {result}  (power rule: (xⁿ)′ = n·xⁿ⁻¹)",
    "derive.sum": "{d} ({f}) = {terms: + } = {result}  (sum rule: term by term)",
    "derive.sum_direct": "{d} ({f}) = {result}  (sum rule: term by term)",
    "derive.constant_multiple": "{d} {f} = {c}·{d} {g} = {c}·{dg} = {result}  (constant multiple rule)",
    "derive.product": "{d} ({factors: · }) = {terms: + } = {result}  (product rule: (uv)′ = u′v + uv′)",
    "derive.quotient": "{d} {f} = ({du}·{v} - {u}·{dv})/{v}² = {result}  "
    "(quotient rule: (u/v)′ = (u′v − uv′)/v²)",
    "derive.exponential": "{d} {f} = {f}·ln({a}) = {result}  (exponential rule: (aˣ)′ = aˣ·ln a)",
    "derive.general_power": "{d} {f} = {f}·({dexp}·ln({base}) + {exponent}·{dbase}/{grouped_base}) = {result}  "
    "(variable in base and exponent: (fᵍ)′ = fᵍ·(g′·ln f + g·f′/f))",
    "derive.chain": "let {u} = {inner}: {d} {f} = {outer}·{dinner} = {result}  "
    "(chain rule: f′({u})·{du})",
    "derive.chain.named": "let {u} = {inner}: {d} {f} = {outer}·{du} = {result}  "
    "(chain rule: f′({u})·{du}; {du} is worked out below, link by link)",
    "derive.chain.link": "{named} = {d} {f} = {outer}·{du}, where {u} = {inner}  (chain rule: f′({u})·{du})",
    "derive.chain.link_sum": "{named} = {d} {f} = {outer}·{du}, where {u} = {inner}  (chain rule: f′({u})·{du}; "
    "a constant term adds 0)",
    "derive.rule.exp": "{d} {f} = {result}  (exp rule: (eᵘ)′ = eᵘ)",
    "derive.rule.log": "{d} {f} = {result}  (log rule: (ln u)′ = 1/u)",
    "derive.rule.sin": "{d} {f} = {result}  (sin′ = cos)",
    "derive.rule.cos": "{d} {f} = {result}  (cos′ = −sin)",
    "derive.rule.tan": "{d} {f} = {result}  (tan′ = 1 + tan²)",
    "derive.rule.tanh": "{d} {f} = {result}  (tanh′ = 1 − tanh²)",
    "derive.rule.sinh": "{d} {f} = {result}  (sinh′ = cosh)",
    "derive.rule.cosh": "{d} {f} = {result}  (cosh′ = sinh)",
    "derive.rule.asin": "{d} {f} = {result}  (asin′(u) = 1/√(1 − u²), for −1 < u < 1)",
    "derive.rule.acos": "{d} {f} = {result}  (acos′(u) = −1/√(1 − u²), for −1 < u < 1)",
    "derive.rule.atan": "{d} {f} = {result}  (atan′(u) = 1/(1 + u²))",
    "derive.rule.log_base": "{d} {f} = {result}  (log rule with base {b}: (log_b u)′ = 1/(u·ln {b}), "
    "since log_b u = ln u / ln {b})",
    "derive.rule.sigmoid": "{d} {f} = {result}  (sigmoid′ = σ·(1 − σ))",
    "derive.rule.softplus": "{d} {f} = {result}  (softplus′ = sigmoid)",
    "derive.rule.relu": "{d} {f} = {result}  (relu′ = step: 1 where {u} > 0, 0 where {u} < 0; "
    "relu has no derivative at {u} = 0, and mlmath takes 0 there, as PyTorch does)",
    "derive.rule.abs": "{d} {f} = {result}  (|u|′ = sign(u); undefined at {u} = 0)",
    "derive.rule.sign": "{d} {f} = 0  (sign is flat except where it jumps at {u} = 0, where it has no derivative)",
    "derive.rule.step": "{d} {f} = 0  (step is flat except where it jumps at {u} = 0, where it has no derivative)",
    "derive.no_rule": "{d} {f} = {result}  (no named rule applies here; this is SymPy's answer)",
    # derive: around the rules
    "derive.several_variables": "{names} are all variables: differentiate by each in turn, giving the gradient "
    "(choose one with --wrt)",
    "derive.partial": "{d} {f} = {result}  (hold {others} fixed)",
    "derive.partial.alone": "{d} {f} = {result}  (no other variable to hold fixed)",
    "derive.simplify": "simplify: {raw} = {result}",
    "derive.round": "derivative {k} of {order}: {d} {f} = {result}",
    "derive.value": "at {point}: f = {function_value}, {d} = {values}",
    "derive.value.gradient": "at {point}: f = {function_value}, {d} = ({values})",
    "derive.absent": "{f} does not contain {names:, }: f does not change with it, so its derivative by it is 0",
    "derive.pure_partials": "with several variables and order n = {order}, each entry is the partial derivative "
    "of order n by that variable alone (∂ⁿf/∂vⁿ for v = {names:, }); the mixed ones (∂²f/∂x∂y) are in --hessian",
    "derive.value.underflow": "the true {name} ≈ {value} is closer to 0 than the smallest 64-bit float "
    "(about 4.9e-324): it is shown as 0",
    "derive.value.overflow": "the true {name} ≈ {value} is beyond the largest 64-bit float (about 1.8e308): "
    "it is shown as ∞",
    "derive.error.corner": "the derivative is undefined at {where}: {function} has a corner where {argument} = 0 "
    "(slope {left} on the left, {right} on the right)",
    "derive.error.jump": "the derivative is undefined at {where}: {function} jumps where {argument} = 0 "
    "(from {left} on the left to {right} on the right)",
    "derive.error.corner_hint": "choose another point with `at`",
    "derive.error.hessian_order": "the Hessian is always of order 2: leave the order out",
    # derive: the view
    "derive.headline": "{d} {f} = {result}",
    "derive.headline.gradient": "∇{f} = {result}",
    "derive.headline.pure": "f = {f}: {d} = {result}",
    "derive.headline.value": "at {point}: {name} = {value}",
    "derive.syntax": "in SymPy syntax: {result}",
    "derive.title.gradient": "Gradient",
    "derive.column.variable": "variable",
    "derive.column.partial": "partial derivative",
    "derive.column.syntax": "SymPy syntax",
    "derive.column.value": "value",
    "derive.plot.title": "{f} and its derivative",
    "derive.plot.too_large": "(No plot: over {name} from {low:g} to {high:g} the values are too large to draw.)",
    "derive.plot.marks": "{mark} marks f and {d} at {point}",
    "derive.plot.marks_outside": "(At {point}, f or {d} lies outside the plotted range, so it is not marked.)",
    # chain: the onion
    "chain.layer": "{name} = {outer} with {next} = {inner}: {ratio} = {local}",
    "chain.innermost": "{name} = {inner} is the innermost layer: {ratio} = {local}",
    "chain.no_layers": "{f} has no outer function to peel off: differentiate it directly by {x}",
    "chain.multiply": "multiply the local derivatives, outside in: d{y}/d{x} = {ratios:·} = {locals:·} = {result}",
    "chain.at": "at {point}, from the inside out:",
    "chain.layer_value": "{name} = {value}, {ratio} = {local}",
    "chain.product_value": "d{y}/d{x} = {product}",
    # chain: the graph
    "chain.graph": "the computational graph has {nodes} operations; add --at (e.g. --at x=0.5) to run "
    "the forward and backward passes",
    "chain.forward": "forward pass: compute the {nodes} operation nodes from their inputs, in order; {y} = {output}",
    "chain.backward": "backward pass: start from ∂{y}/∂{y} = 1; each node sends local derivative × upstream "
    "gradient to each of its inputs, and what reaches an input along several paths adds up",
    "chain.gradient": "∂{y}/∂{name} = {value}  (central difference: {fd})",
    # chain: the view
    "chain.headline": "d{y}/d{x} = {result}",
    "chain.headline.value": "at {point}: {y} = {output}, d{y}/d{x} = {value}",
    "chain.title.layers": "The onion, outside in",
    "chain.title.forward": "Forward pass",
    "chain.title.backward": "Backward pass (local × upstream)",
    "chain.title.gradient": "Gradients: backpropagation vs central difference",
    "chain.column.layer": "layer",
    "chain.column.outer": "definition",
    "chain.column.local": "local derivative",
    "chain.column.value": "value",
    "chain.column.local_value": "local value",
    "chain.column.node": "node",
    "chain.column.operation": "operation",
    "chain.column.input": "input",
    "chain.column.upstream": "upstream",
    "chain.column.contribution": "local × upstream",
    "chain.column.gradient": "backprop",
    "chain.column.fd": "central difference",
    "chain.column.gap": "difference",
    "chain.input": "input",
    "chain.more_rows": "… {count} more rows (see --json)",
    "derive.error.too_large": "{what} grows too large to show (over {most} operations)",
    "derive.error.too_large.hint": "ask for a lower `order` or a smaller expression",
    "derive.error.no_value": "no value for {names}",
    "derive.error.no_value.hint": "give every variable, e.g. {option} {example}",
    "derive.error.no_variable": "the expression has no variable {names}",
    "derive.error.variables": "its variables are {names}",
    "derive.error.variables.none": "its variables are none",
    "derive.error.too_large_to_compute": "too large to compute",
    "derive.error.undefined": "{what} is undefined at {where} ({reason})",
    "derive.error.named_twice": "a variable is named twice",
    "derive.error.named_twice.hint": "e.g. `wrt`=x,y",
    "derive.error.order": "must be between 1 and {most}, got {order}",
    "derive.error.what.function": "the function",
    "derive.error.what.derivative": "the derivative",
    "chain.error.what.layer": "layer {name}",
    "chain.error.what.layer_derivative": "the derivative of layer {name}",
    "chain.error.what.node": "node {name}",
    "chain.error.one_variable": "the onion is peeled for one variable",
    "chain.error.one_variable.hint": "e.g. --wrt x",
}

KO = {
    # derive: 규칙
    "derive.constant": "{d} {f} = 0  (상수 규칙: {f}의 값은 {x}에 따라 변하지 않습니다)",
    "derive.identity": "{d} {x} = 1",
    "derive.power": "{d} {f} = {n}·{x}^({n} - 1) = {result}  (거듭제곱 규칙(멱법칙): (xⁿ)′ = n·xⁿ⁻¹)",
    "derive.sum": "{d} ({f}) = {terms: + } = {result}  (합의 법칙: 항별로 미분)",
    "derive.sum_direct": "{d} ({f}) = {result}  (합의 법칙: 항별로 미분)",
    "derive.constant_multiple": "{d} {f} = {c}·{d} {g} = {c}·{dg} = {result}  (상수배 법칙)",
    "derive.product": "{d} ({factors: · }) = {terms: + } = {result}  (곱의 법칙: (uv)′ = u′v + uv′)",
    "derive.quotient": "{d} {f} = ({du}·{v} - {u}·{dv})/{v}² = {result}  "
    "(몫의 법칙: (u/v)′ = (u′v − uv′)/v²)",
    "derive.exponential": "{d} {f} = {f}·ln({a}) = {result}  (지수 함수의 미분: (aˣ)′ = aˣ·ln a)",
    "derive.general_power": "{d} {f} = {f}·({dexp}·ln({base}) + {exponent}·{dbase}/{grouped_base}) = {result}  "
    "(밑과 지수에 모두 변수가 있을 때: (fᵍ)′ = fᵍ·(g′·ln f + g·f′/f))",
    "derive.chain": "치환 {u} = {inner}: {d} {f} = {outer}·{dinner} = {result}  "
    "(연쇄 법칙: f′({u})·{du})",
    "derive.chain.named": "치환 {u} = {inner}: {d} {f} = {outer}·{du} = {result}  "
    "(연쇄 법칙: f′({u})·{du}; {du}는 아래에서 고리마다 구합니다)",
    "derive.chain.link": "{named} = {d} {f} = {outer}·{du}, 여기서 {u} = {inner}  (연쇄 법칙: f′({u})·{du})",
    "derive.chain.link_sum": "{named} = {d} {f} = {outer}·{du}, 여기서 {u} = {inner}  (연쇄 법칙: f′({u})·{du}; "
    "상수항은 0을 더함)",
    "derive.rule.exp": "{d} {f} = {result}  (지수 함수: (eᵘ)′ = eᵘ)",
    "derive.rule.log": "{d} {f} = {result}  (로그 함수: (ln u)′ = 1/u)",
    "derive.rule.sin": "{d} {f} = {result}  (sin′ = cos)",
    "derive.rule.cos": "{d} {f} = {result}  (cos′ = −sin)",
    "derive.rule.tan": "{d} {f} = {result}  (tan′ = 1 + tan²)",
    "derive.rule.tanh": "{d} {f} = {result}  (tanh′ = 1 − tanh²)",
    "derive.rule.sinh": "{d} {f} = {result}  (sinh′ = cosh)",
    "derive.rule.cosh": "{d} {f} = {result}  (cosh′ = sinh)",
    "derive.rule.asin": "{d} {f} = {result}  (asin′(u) = 1/√(1 − u²), −1 < u < 1에서)",
    "derive.rule.acos": "{d} {f} = {result}  (acos′(u) = −1/√(1 − u²), −1 < u < 1에서)",
    "derive.rule.atan": "{d} {f} = {result}  (atan′(u) = 1/(1 + u²))",
    "derive.rule.log_base": "{d} {f} = {result}  (밑이 {b}인 로그 함수: log_b u = ln u / ln {b}이므로 "
    "(log_b u)′ = 1/(u·ln {b}))",
    "derive.rule.sigmoid": "{d} {f} = {result}  (sigmoid′ = σ·(1 − σ))",
    "derive.rule.softplus": "{d} {f} = {result}  (softplus′ = sigmoid)",
    "derive.rule.relu": "{d} {f} = {result}  (relu′ = 계단 함수: {u} > 0이면 1, {u} < 0이면 0; "
    "relu는 {u} = 0에서 미분할 수 없으며, mlmath는 PyTorch처럼 그 점의 값을 0으로 둡니다)",
    "derive.rule.abs": "{d} {f} = {result}  (|u|′ = sign(u); {u} = 0에서는 정의되지 않음)",
    "derive.rule.sign": "{d} {f} = 0  (sign은 {u} = 0에서 값이 뛰는 곳 말고는 평평하며, "
                        "그 점에서는 미분할 수 없습니다)",
    "derive.rule.step": "{d} {f} = 0  (계단 함수는 {u} = 0에서 값이 뛰는 곳 말고는 평평하며, 그 점에서는 미분할 수 "
    "없습니다)",
    "derive.no_rule": "{d} {f} = {result}  (이름 붙은 규칙이 없어 SymPy의 답을 그대로 씁니다)",
    # derive: 규칙 밖의 단계
    "derive.several_variables": "변수가 여러 개({names})이므로 하나씩 차례로 미분해 기울기(그래디언트)를 구합니다 "
    "(하나만 고르려면 --wrt)",
    "derive.partial": "{d} {f} = {result}  ({others} 고정)",
    "derive.partial.alone": "{d} {f} = {result}  (고정할 다른 변수 없음)",
    "derive.simplify": "정리: {raw} = {result}",
    "derive.round": "{order}번 중 {k}번째 미분: {d} {f} = {result}",
    "derive.value": "{point}에서: f = {function_value}, {d} = {values}",
    "derive.value.gradient": "{point}에서: f = {function_value}, {d} = ({values})",
    "derive.absent": "{f}에는 {names:, }이(가) 없습니다: f는 그 변수에 따라 변하지 않으므로 "
    "그 변수에 대한 미분은 0입니다",
    "derive.pure_partials": "변수가 여러 개이고 n = {order}번 미분하면, 각 항목은 그 변수로만 n번 편미분한 것입니다 "
    "(v = {names:, }에 대해 ∂ⁿf/∂vⁿ); 혼합 편미분(∂²f/∂x∂y)은 --hessian에 있습니다",
    "derive.value.underflow": "{name}의 참값은 약 {value}로, 64비트 부동소수점의 가장 작은 수(약 4.9e-324)보다 "
    "0에 더 가까워 0으로 보입니다",
    "derive.value.overflow": "{name}의 참값은 약 {value}로, 64비트 부동소수점의 가장 큰 수(약 1.8e308)를 넘어 "
    "∞로 보입니다",
    "derive.error.corner": "{where}에서는 미분할 수 없습니다: {function}은(는) {argument} = 0에서 꺾입니다 "
    "(왼쪽 기울기 {left}, 오른쪽 기울기 {right})",
    "derive.error.jump": "{where}에서는 미분할 수 없습니다: {function}은(는) {argument} = 0에서 값이 뜁니다 "
    "(왼쪽 {left}에서 오른쪽 {right}로)",
    "derive.error.corner_hint": "`at`으로 다른 점을 고르세요",
    "derive.error.hessian_order": "헤세 행렬은 언제나 2계 미분입니다: 차수는 빼고 쓰세요",
    # derive: 화면
    "derive.headline": "{d} {f} = {result}",
    "derive.headline.gradient": "∇{f} = {result}",
    "derive.headline.pure": "f = {f}: {d} = {result}",
    "derive.headline.value": "{point}에서: {name} = {value}",
    "derive.syntax": "SymPy 문법: {result}",
    "derive.title.gradient": "기울기(그래디언트)",
    "derive.column.variable": "변수",
    "derive.column.partial": "편미분",
    "derive.column.syntax": "SymPy 문법",
    "derive.column.value": "값",
    "derive.plot.title": "{f}의 그래프와 도함수",
    "derive.plot.too_large": "(그래프 없음: {name} = {low:g} … {high:g}에서 값이 너무 커서 그릴 수 없습니다.)",
    "derive.plot.marks": "{mark}: {point}에서의 f와 {d}",
    "derive.plot.marks_outside": "({point}에서 f 또는 {d}의 값이 그래프 범위 밖이라 표시하지 않았습니다.)",
    # chain: 양파 껍질
    "chain.layer": "{name} = {outer}, 단 {next} = {inner}: {ratio} = {local}",
    "chain.innermost": "가장 안쪽 껍질 {name} = {inner}: {ratio} = {local}",
    "chain.no_layers": "{f}에는 벗겨 낼 바깥 함수가 없으므로 {x}에 대해 바로 미분합니다",
    "chain.multiply": "국소 미분을 바깥에서 안쪽 순서로 곱합니다: d{y}/d{x} = {ratios:·} = {locals:·} = {result}",
    "chain.at": "{point}에서, 안쪽부터 바깥쪽으로:",
    "chain.layer_value": "{name} = {value}, {ratio} = {local}",
    "chain.product_value": "d{y}/d{x} = {product}",
    # chain: 계산 그래프
    "chain.graph": "계산 그래프의 연산은 {nodes}개입니다; 순전파와 역전파를 보려면 --at을 주세요 (예: --at x=0.5)",
    "chain.forward": "순전파: 연산 노드 {nodes}개를 입력부터 차례로 계산합니다; {y} = {output}",
    "chain.backward": "역전파: ∂{y}/∂{y} = 1에서 시작합니다; 각 노드는 국소 미분 × 상류 기울기를 자기 입력마다 "
    "보내고, 여러 경로로 같은 입력에 도달한 값은 모두 더해집니다",
    "chain.gradient": "∂{y}/∂{name} = {value}  (중앙 차분: {fd})",
    # chain: 화면
    "chain.headline": "d{y}/d{x} = {result}",
    "chain.headline.value": "{point}에서: {y} = {output}, d{y}/d{x} = {value}",
    "chain.title.layers": "양파 껍질, 바깥에서 안쪽으로",
    "chain.title.forward": "순전파",
    "chain.title.backward": "역전파 (국소 미분 × 상류 기울기)",
    "chain.title.gradient": "기울기: 역전파와 중앙 차분 비교",
    "chain.column.layer": "껍질",
    "chain.column.outer": "정의",
    "chain.column.local": "국소 미분",
    "chain.column.value": "값",
    "chain.column.local_value": "국소 미분값",
    "chain.column.node": "노드",
    "chain.column.operation": "연산",
    "chain.column.input": "입력",
    "chain.column.upstream": "상류 기울기",
    "chain.column.contribution": "국소 × 상류",
    "chain.column.gradient": "역전파",
    "chain.column.fd": "중앙 차분",
    "chain.column.gap": "차이",
    "chain.input": "입력",
    "chain.more_rows": "… {count}행 더 있음 (--json 참고)",
    "derive.error.too_large": "{what}: 너무 커서 보여 줄 수 없습니다 (연산 {most}개 초과)",
    "derive.error.too_large.hint": "더 낮은 `order`나 더 작은 식을 주세요",
    "derive.error.no_value": "값이 없는 변수: {names}",
    "derive.error.no_value.hint": "모든 변수에 값을 주세요, 예: {option} {example}",
    "derive.error.no_variable": "식에 없는 변수: {names}",
    "derive.error.variables": "식의 변수: {names}",
    "derive.error.variables.none": "식에 변수가 없습니다",
    "derive.error.too_large_to_compute": "너무 커서 계산할 수 없습니다",
    "derive.error.undefined": "{where}에서 {what}의 값이 정의되지 않습니다 ({reason})",
    "derive.error.named_twice": "같은 변수가 두 번 나옵니다",
    "derive.error.named_twice.hint": "예: `wrt`=x,y",
    "derive.error.order": "1부터 {most}까지여야 합니다 (받은 값: {order})",
    "derive.error.what.function": "함수",
    "derive.error.what.derivative": "도함수",
    "chain.error.what.layer": "층 {name}",
    "chain.error.what.layer_derivative": "층 {name}의 도함수",
    "chain.error.what.node": "노드 {name}",
    "chain.error.one_variable": "양파 껍질은 변수 하나에 대해서만 벗깁니다",
    "chain.error.one_variable.hint": "예: --wrt x",
}

# Help in Korean (see mlmath.cli.helptext).
HELP_KO = {
    "chain": """연쇄 법칙: EXPR를 양파 껍질처럼 벗기고, 껍질마다의 미분을 곱한 뒤 역전파합니다.

껍질은 바깥에서 안쪽으로 가며 각자 국소 미분을 가집니다. 계산 그래프에서 순전파와
역전파(국소 × 상류)를 하고, 그 결과를 중앙 차분으로 확인합니다.

[dim]예:[/]
  mlmath chain "exp(sin(3*x))" --at x=0.5
  mlmath chain "sigmoid(w*x + b)" --at w=0.5,x=2,b=-1
  mlmath chain "(2x+1)^3" --expect "6*(2*x + 1)**2"
""",
    "chain.expression": "합성함수: exp(sin(3*x)), (2x+1)^3, sigmoid(w*x + b).",
    "chain.at": "한 점에서 순전파와 역전파를 합니다: x=0.5, 또는 w=0.5,x=2,b=-1.",
    "chain.wrt": "양파의 변수 \\[기본값: 변수가 하나면 그 변수, 아니면 x, 그것도 없으면 첫 변수].",
    "derive": """EXPR의 미분: 단계마다 쓴 규칙(거듭제곱, 곱, 몫, 연쇄 …)과 함께.

--expect는 식을 받아 같은 함수인지 확인합니다 (차를 간단히 한 뒤, 무작위 점들에서 값을 비교).
--at이 있으면 수를 줄 수도 있습니다. relu′(0)은 PyTorch처럼 0으로 봅니다.

[dim]예:[/]
  mlmath derive "x^2 + 3x - 1"
  mlmath derive "sin(x^2)" --expect "2*cos(x**2)*x"
  mlmath derive "x**2*y + y**3" --wrt x,y --at x=1,y=2
  mlmath derive "x^2 + x*y + 2y^2" --hessian --at x=1,y=1
""",
    "derive.expression": "함수: x**2 + 3*x - 1, sin(x^2), 2x, sigmoid(w*x + b). "
    "쓸 수 있는 함수: sin cos tan exp log ln sqrt abs sigmoid tanh relu softplus sinh cosh asin acos atan, "
    "log(x, 2); 상수 pi, e.",
    "derive.wrt": "x로 미분하거나, x,y로 미분해 기울기(그래디언트)를 구합니다 \\[기본값: EXPR의 모든 변수].",
    "derive.order": "N번 미분합니다. 변수가 여러 개면 각 항목은 그 변수로만 N번 편미분한 ∂ᴺf/∂vᴺ입니다 "
    "(혼합 편미분은 --hessian).",
    "derive.hessian": "모든 이계 편미분 ∂²f/∂xᵢ∂xⱼ를 혼합 편미분까지 행렬(헤세 행렬)로 보입니다; "
    "--at이 있으면 그 점의 값, 고윳값, 선행 주소행렬식과 양의 (준)정부호인지를 보입니다.",
    "derive.at": "한 점에서 값을 구합니다: x=2, 또는 w=0.5,x=2,b=-1.",
}
