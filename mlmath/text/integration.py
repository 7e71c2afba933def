"""Sentences for integrate: the antiderivative by named rules, the area, densities and Riemann sums."""

# The table integrals read the same in every language.
FORMULAS = {
    "integration.sin": "∫ {f} d{x} = {result}  (∫ sin x dx = −cos x)",
    "integration.cos": "∫ {f} d{x} = {result}  (∫ cos x dx = sin x)",
    "integration.sec2": "∫ {f} d{x} = {result}  (∫ sec²x dx = tan x)",
    "integration.csc2": "∫ {f} d{x} = {result}  (∫ csc²x dx = −cot x)",
    "integration.sec_tan": "∫ {f} d{x} = {result}  (∫ sec x·tan x dx = sec x)",
    "integration.csc_cot": "∫ {f} d{x} = {result}  (∫ csc x·cot x dx = −csc x)",
    "integration.sinh": "∫ {f} d{x} = {result}  (∫ sinh x dx = cosh x)",
    "integration.cosh": "∫ {f} d{x} = {result}  (∫ cosh x dx = sinh x)",
    "integration.arctan": "∫ {f} d{x} = {result}  (∫ 1/(1 + x²) dx = atan x)",
    "integration.arcsin": "∫ {f} d{x} = {result}  (∫ 1/√(1 − x²) dx = asin x)",
    "integration.arcsinh": "∫ {f} d{x} = {result}  (∫ 1/√(1 + x²) dx = asinh x)",
}

EN = {
    **FORMULAS,
    # the rules
    "integration.constant": "∫ {f} d{x} = {result}  (constant rule: ∫ c dx = c·x)",
    "integration.power": "∫ {f} d{x} = {result}  (power rule in reverse: ∫ xⁿ dx = xⁿ⁺¹/(n + 1), here n = {n})",
    "integration.reciprocal": "∫ {f} d{x} = {result}  (∫ 1/x dx = ln|x|: the power rule's one exception, n = −1)",
    "integration.constant_multiple": "∫ {f} d{x} = {c}·∫ {g} d{x} = {result}  (constant multiple rule)",
    "integration.sum": "∫ ({f}) d{x} = {terms: + } = {result}  (sum rule: term by term)",
    "integration.substitution": "let {u} = {g}, so d{u} = {du}·d{x}: ∫ {f} d{x} = ∫ {h} d{u} = {inner} "
    "= {result}  (substitution u = g(x))",
    "integration.parts": "u = {u}, dv = {dv}·d{x}, so du = {du}·d{x} and v = {v}: ∫ {f} d{x} = {uv} − ∫ {vdu} d{x} "
    "= {result}  (integration by parts: ∫ u dv = u·v − ∫ v du)",
    "integration.cyclic_parts": "∫ {f} d{x} = {result}  (integration by parts twice brings the integral back: "
    "solve the equation for it)",
    "integration.rewrite": "rewrite {f} = {g}: ∫ = {result}",
    "integration.exp": "∫ {f} d{x} = {result}  (exp rule: ∫ eˣ dx = eˣ, ∫ aˣ dx = aˣ/ln a)",
    "integration.erf": "∫ {f} d{x} = {result}  (e^(−x²) has no antiderivative in elementary functions: it is "
    "written with the error function erf(x) = (2/√π)·∫₀ˣ e^(−t²) dt)",
    "integration.sqrt_quadratic": "∫ {f} d{x} = {result}  (square root of a quadratic: a standard table integral)",
    "integration.heaviside": "∫ {f} d{x} = {result}  (a step switches the integrand on)",
    "integration.piecewise": "∫ {f} d{x} = {result}  (piece by piece)",
    "integration.trig_substitution": "∫ {f} d{x} = {result}  (trigonometric substitution)",
    "integration.other": "∫ {f} d{x} = {result}  ({rule} rule)",
    "integration.algorithm": "∫ {f} d{x} = {result}  (no named rule reaches it; this is SymPy's integration "
    "algorithm's answer)",
    # the ML functions
    "integration.sigmoid": "∫ {f} d{x} = {result}  (∫ σ(x) dx = softplus(x) = ln(1 + eˣ), since softplus′ = σ)",
    "integration.tanh": "∫ {f} d{x} = {result}  (∫ tanh x dx = ln cosh x, since (ln cosh x)′ = sinh x/cosh x "
    "= tanh x)",
    "integration.step": "∫ {f} d{x} = {result}  (∫ step(x) dx = relu(x): the area under a step grows like relu)",
    "integration.relu": "∫ {f} d{x} = {result}  (∫ relu(x) dx = relu(x)²/2)",
    "integration.linear": "let {u} = {inner}, linear in {x}, so d{x} = d{u}/{a}: ∫ {f} d{x} = (1/{a})·∫ {g} d{u} "
    "= {result}",
    "integration.switched_on": "{s} switches {g} on at {x} = {c}: ∫ {f} d{x} = {s}·(G({x}) − G({c})) with "
    "G = ∫ {g} d{x} = {G} and G({c}) = {Gc}, so ∫ = {result}",
    # around the rules
    "integration.plus_c": "every antiderivative is F + C for a constant C (the derivative of a constant is 0): "
    "∫ f d{x} = {F} + C",
    "integration.simplify": "simplify: {raw} = {result}",
    "integration.verified": "check by differentiating: d/d{x} ({F}) = {f} ✓",
    "integration.verified.numeric": "check by differentiating: d/d{x} ({F}) agrees with {f} at {points} sample "
    "points ✓",
    # the definite integral
    "integration.ftc": "fundamental theorem of calculus: ∫ from {a} to {b} = F({b}) − F({a}) = {Fb} − {Fa} "
    "= {exact} ≈ {value}",
    "integration.ftc.limits": "fundamental theorem of calculus, with limits at ±∞: ∫ from {a} to {b} = "
    "F({b}) − F({a}) = {Fb} − {Fa} = {exact} ≈ {value}",
    "integration.improper": "{f} is undefined at {gaps} inside [{a}, {b}]: an improper integral, taken as a "
    "limit: {value}",
    "integration.numeric": "{reason}: the area is found numerically by {method}: ∫ from {a} to {b} of {f} d{x} "
    "≈ {value} (error estimate {error})",
    "integration.reason.no_closed_form": "no antiderivative in closed form was found",
    "integration.reason.too_long": "the symbolic integration takes too long",
    "integration.reason.no_limit": "F cannot be found at the bounds",
    "integration.sign.above": "{f} stays on or above the axis on [{a}, {b}]: the integral is the area, {value}",
    "integration.sign.below": "{f} stays on or below the axis on [{a}, {b}]: area below the axis counts "
    "negative, so the integral is {value}",
    "integration.sign.both": "{f} crosses the axis at {x} ≈ {crossings}: area above {above}, area below "
    "{below} (counted negative); signed total {above} + ({below}) ≈ {value}",
    # densities
    "integration.normal": "{f} is the normal density with μ = {mu}, σ = {sigma} (a probability density function)",
    "integration.sigma_rule": "the bounds are μ ± {k}σ: the 68–95–99.7 rule says about {percent} of the "
    "probability lies within {k}σ of the mean; here exactly {value}",
    "integration.z_scores": "in standard units z = (x − μ)/σ the bounds {a} and {b} are z = {za} and z = {zb}",
    "integration.total_area": "a probability density function has total area 1: ∫ from -∞ to ∞ of {f} d{x} "
    "= {total} ✓",
    # Riemann sums
    "integration.riemann": "Riemann sums of {f} on [{a}, {b}] with N = {n} rectangles:",
    "integration.riemann.dx": "Δx = ({b} − {a})/{n} = {dx}",
    "integration.riemann.left": "left sum: f at the left ends {x} = {points}; L = Δx·({values: + }) ≈ {total}",
    "integration.riemann.right": "right sum: f at the right ends {x} = {points}; R = Δx·({values: + }) ≈ {total}",
    "integration.riemann.midpoint": "midpoint sum: f at the middles {x} = {points}; M = Δx·({values: + }) "
    "≈ {total}",
    "integration.riemann.converge": "with N = {n}: left {left}, right {right}, midpoint {midpoint}, closing in "
    "on {value}; as N doubles the left and right errors about halve (∝ 1/N), the midpoint's error quarters (∝ 1/N²)",
    # the view
    "integration.headline": "∫ {f} d{x} = {result} + C",
    "integration.headline.definite": "∫ from {a} to {b} of {f} d{x} = {value}",
    "integration.syntax": "in SymPy syntax: {result}",
    "integration.exact": "exact: {exact}",
    "integration.method.ftc": "by the fundamental theorem of calculus",
    "integration.method.numeric": "numerically, by {method} (error estimate {error})",
    "integration.title.riemann": "Riemann sums → {value}",
    "integration.column.n": "N",
    "integration.column.dx": "Δx",
    "integration.column.left": "left",
    "integration.column.right": "right",
    "integration.column.midpoint": "midpoint",
    "integration.column.error": "midpoint error",
    "integration.plot.title": "∫ of {f} from {a} to {b}: the signed area",
    "integration.plot.title.antiderivative": "{f} and its antiderivative F",
    "integration.plot.above": "area > 0",
    "integration.plot.below": "area < 0 (counts negative)",
    "integration.plot.rectangles": "left sum, N = {n}",
    "integration.plot.window": "(the plot shows {x} from {low} to {high} of the infinite interval)",
    "integration.error.hard.hint": "try a simpler integrand, or give `lower` and `upper` for a numeric value",
    "integration.error.complex_value": "the integral is not a real number ({value}): the function is not real "
                                       "on the interval",
    "integration.error.complex_value.hint": "choose bounds where the function is real, e.g. x ≥ 0 for sqrt(x)",
    "integration.error.nested": "the integral is nested too deeply to work out",
    "integration.error.time": "{what} takes too long (over {seconds:g} s) and was stopped",
    "integration.error.worker": "{what} could not be worked out (the worker ended early)",
    "integration.error.what.integral": "the integral",
    "integration.error.what.numeric": "the numeric integral",
    "integration.error.what.check": "checking the antiderivative",
    "integration.error.numeric.hint": "try a simpler integrand or a shorter interval",
    "integration.error.no_antiderivative": "no antiderivative of {f} in closed form was found",
    "integration.error.no_antiderivative.hint": "give `lower` and `upper` for a numeric value of the area",
    "integration.error.not_real": "{f} is not a real number at {x} = {t:.6g}",
    "integration.error.defined.hint": "choose bounds where the integrand is defined",
    "integration.error.evaluate": "{f} cannot be evaluated on [{left:g}, {right:g}]",
    "integration.error.riemann_undefined": "{f} is undefined at {x} = {t:.6g}, a sample point of the Riemann sums",
    "integration.error.variables": "the expression has the variables {names}",
    "integration.error.variables.hint": "choose the one to integrate by, e.g. `wrt`={first}",
    "integration.error.bound": "a bound must be a number, not {value}",
    "integration.error.bound.hint": "e.g. `lower`=0 `upper`=pi",
    "integration.error.bound_plain": "a bound must be a number",
    "integration.error.both_bounds": "a definite integral needs both bounds",
    "integration.error.both_bounds.hint": "give `lower` and `upper`, e.g. `lower`=0 `upper`=1",
    "integration.error.others": "a definite integral needs a value for {names}",
    "integration.error.others.hint": "write the numbers into the expression",
    "integration.error.riemann_bounds": "Riemann sums need bounds",
    "integration.error.riemann_bounds.hint": "give `lower` and `upper` as well",
    "integration.error.riemann_finite": "Riemann sums need finite bounds",
    "integration.error.riemann_finite.hint": "e.g. `lower`=0 `upper`=1",
    "integration.error.riemann_n": "must be between 1 and {limit}, got {n}",
    "integration.error.riemann_work": "{n} rectangles of this integrand are too much work",
    "integration.error.riemann_work.hint": "choose a smaller N",
    "integration.error.unbounded": "the integral of {f} from {a} to {b} has no finite value: {f} is unbounded at "
    "{gaps}",
    "integration.error.unbounded.hint": "choose bounds that avoid the point",
    "integration.error.diverges": "the integral of {f} from {a} to {b} diverges (F({b}) − F({a}) = {exact})",
    "integration.error.diverges.hint": "choose finite bounds or another integrand",
    "integration.error.disagree": "the integral of {f} from {a} to {b}: F(b) − F(a) = {exact} disagrees with the "
    "numeric value {value:.6g}",
    "integration.error.failed": "the integral could not be computed",
    "integration.error.unreliable": "the integral of {f} from {a} to {b} has no reliable numeric value (estimate "
    "{value:.6g} ± {error:.2g}); it may diverge",
    "integration.error.unreliable.hint": "choose other bounds",
    "integration.error.one_variable": "integrate by one variable at a time",
    "integration.error.one_variable.hint": "e.g. --wrt x",
    "integration.error.bound_text": "a bound must be a number, not {text!r}",
    "integration.error.bound_text.hint": "e.g. 0, 1/2, pi or -oo",
    "integration.error.expect_number": "with --from and --to the answer is a number",
    "integration.error.expect_number.hint": "e.g. --expect 0.3333 or 1/3",
    "integration.error.expect_undefined": "the expected value is undefined ({reason})",
    "integration.error.the_antiderivative": "the antiderivative",
}

KO = {
    **FORMULAS,
    # 규칙
    "integration.constant": "∫ {f} d{x} = {result}  (상수의 적분: ∫ c dx = c·x)",
    "integration.power": "∫ {f} d{x} = {result}  (거듭제곱 규칙을 거꾸로: ∫ xⁿ dx = xⁿ⁺¹/(n + 1), 여기서 n = {n})",
    "integration.reciprocal": "∫ {f} d{x} = {result}  (∫ 1/x dx = ln|x|: 거듭제곱 규칙의 유일한 예외 n = −1)",
    "integration.constant_multiple": "∫ {f} d{x} = {c}·∫ {g} d{x} = {result}  (상수배 법칙)",
    "integration.sum": "∫ ({f}) d{x} = {terms: + } = {result}  (합의 법칙: 항별로 적분)",
    "integration.substitution": "{u} = {g}로 두면 d{u} = {du}·d{x}: ∫ {f} d{x} = ∫ {h} d{u} = {inner} "
    "= {result}  (치환적분 u = g(x))",
    "integration.parts": "u = {u}, dv = {dv}·d{x}로 두면 du = {du}·d{x}, v = {v}: ∫ {f} d{x} = {uv} − ∫ {vdu} d{x} "
    "= {result}  (부분적분: ∫ u dv = u·v − ∫ v du)",
    "integration.cyclic_parts": "∫ {f} d{x} = {result}  (부분적분을 두 번 하면 같은 적분이 다시 나오므로, "
    "그 식을 적분에 대해 풉니다)",
    "integration.rewrite": "{f} = {g}로 바꿔 씁니다: ∫ = {result}",
    "integration.exp": "∫ {f} d{x} = {result}  (지수 함수의 적분: ∫ eˣ dx = eˣ, ∫ aˣ dx = aˣ/ln a)",
    "integration.erf": "∫ {f} d{x} = {result}  (e^(−x²)의 원시함수는 초등함수로 쓸 수 없어 오차 함수 "
    "erf(x) = (2/√π)·∫₀ˣ e^(−t²) dt로 씁니다)",
    "integration.sqrt_quadratic": "∫ {f} d{x} = {result}  (이차식의 제곱근: 적분표의 공식)",
    "integration.heaviside": "∫ {f} d{x} = {result}  (계단 함수가 피적분 함수를 켭니다)",
    "integration.piecewise": "∫ {f} d{x} = {result}  (구간별로 적분)",
    "integration.trig_substitution": "∫ {f} d{x} = {result}  (삼각 치환)",
    "integration.other": "∫ {f} d{x} = {result}  ({rule} 규칙)",
    "integration.algorithm": "∫ {f} d{x} = {result}  (이름 붙은 규칙으로는 구할 수 없어 SymPy 적분 알고리즘의 "
    "답을 씁니다)",
    # 머신러닝 함수
    "integration.sigmoid": "∫ {f} d{x} = {result}  (∫ σ(x) dx = softplus(x) = ln(1 + eˣ), softplus′ = σ이므로)",
    "integration.tanh": "∫ {f} d{x} = {result}  (∫ tanh x dx = ln cosh x, (ln cosh x)′ = sinh x/cosh x "
    "= tanh x이므로)",
    "integration.step": "∫ {f} d{x} = {result}  (∫ step(x) dx = relu(x): 계단 함수 아래 넓이는 relu처럼 늘어납니다)",
    "integration.relu": "∫ {f} d{x} = {result}  (∫ relu(x) dx = relu(x)²/2)",
    "integration.linear": "{u} = {inner}는 {x}의 일차식이므로 d{x} = d{u}/{a}: ∫ {f} d{x} = (1/{a})·∫ {g} d{u} "
    "= {result}",
    "integration.switched_on": "{s}는 {x} = {c}에서 {g}를 켭니다: ∫ {f} d{x} = {s}·(G({x}) − G({c})), "
    "G = ∫ {g} d{x} = {G}, G({c}) = {Gc}이므로 ∫ = {result}",
    # 규칙 밖의 단계
    "integration.plus_c": "원시함수끼리는 상수 C만큼만 다릅니다(상수의 도함수는 0): "
    "부정적분 ∫ f d{x} = {F} + C",
    "integration.simplify": "정리: {raw} = {result}",
    "integration.verified": "미분해서 확인: d/d{x} ({F}) = {f} ✓",
    "integration.verified.numeric": "미분해서 확인: d/d{x} ({F})가 표본점 {points}곳에서 {f}와 같습니다 ✓",
    # 정적분
    "integration.ftc": "미적분학의 기본 정리: {a}부터 {b}까지의 정적분 = F({b}) − F({a}) = {Fb} − {Fa} "
    "= {exact} ≈ {value}",
    "integration.ftc.limits": "미적분학의 기본 정리(±∞에서는 극한): {a}부터 {b}까지의 정적분 = "
    "F({b}) − F({a}) = {Fb} − {Fa} = {exact} ≈ {value}",
    "integration.improper": "{f}는 [{a}, {b}] 안의 {gaps}에서 정의되지 않으므로 이상적분을 극한으로 구합니다: {value}",
    "integration.numeric": "{reason}: 넓이를 {method}로 수치 계산합니다: {a}부터 {b}까지 ∫ {f} d{x} "
    "≈ {value} (오차 추정 {error})",
    "integration.reason.no_closed_form": "닫힌 꼴의 원시함수를 찾지 못했습니다",
    "integration.reason.too_long": "기호 적분이 너무 오래 걸립니다",
    "integration.reason.no_limit": "구간 끝에서 F의 값을 구할 수 없습니다",
    "integration.sign.above": "{f}는 [{a}, {b}]에서 축에 닿거나 축 위에 있으므로 정적분이 곧 넓이 {value}입니다",
    "integration.sign.below": "{f}는 [{a}, {b}]에서 축 아래에 있습니다: 축 아래 넓이는 음수로 세므로 "
    "정적분은 {value}입니다",
    "integration.sign.both": "{f}는 {x} ≈ {crossings}에서 축을 지납니다: 축 위 넓이 {above}, 축 아래 넓이 "
    "{below}(음수로 셈); 부호 있는 합 {above} + ({below}) ≈ {value}",
    # 확률 밀도 함수
    "integration.normal": "{f}는 μ = {mu}, σ = {sigma}인 정규분포의 확률 밀도 함수입니다",
    "integration.sigma_rule": "구간이 μ ± {k}σ입니다: 68–95–99.7 규칙에 따르면 확률의 약 {percent}가 평균에서 "
    "{k}σ 안에 있습니다; 정확히는 {value}",
    "integration.z_scores": "표준화 z = (x − μ)/σ로 보면 구간 끝 {a}, {b}는 z = {za}, z = {zb}입니다",
    "integration.total_area": "확률 밀도 함수의 전체 넓이는 1입니다: -∞부터 ∞까지 ∫ {f} d{x} = {total} ✓",
    # 리만 합
    "integration.riemann": "[{a}, {b}]에서 {f}의 리만 합, 직사각형 N = {n}개:",
    "integration.riemann.dx": "Δx = ({b} − {a})/{n} = {dx}",
    "integration.riemann.left": "왼쪽 합: 왼쪽 끝 {x} = {points}에서의 f 값; L = Δx·({values: + }) ≈ {total}",
    "integration.riemann.right": "오른쪽 합: 오른쪽 끝 {x} = {points}에서의 f 값; R = Δx·({values: + }) ≈ {total}",
    "integration.riemann.midpoint": "중점 합: 가운데 {x} = {points}에서의 f 값; M = Δx·({values: + }) ≈ {total}",
    "integration.riemann.converge": "N = {n}이면 왼쪽 {left}, 오른쪽 {right}, 중점 {midpoint}로 {value}에 "
    "다가갑니다; N을 두 배로 하면 왼쪽·오른쪽 합의 오차는 약 절반(∝ 1/N), 중점 합의 오차는 약 4분의 1(∝ 1/N²)",
    # 화면
    "integration.headline": "∫ {f} d{x} = {result} + C",
    "integration.headline.definite": "{a}부터 {b}까지 ∫ {f} d{x} = {value}",
    "integration.syntax": "SymPy 문법: {result}",
    "integration.exact": "정확한 값: {exact}",
    "integration.method.ftc": "미적분학의 기본 정리로 계산",
    "integration.method.numeric": "{method}로 수치 계산 (오차 추정 {error})",
    "integration.title.riemann": "리만 합 → {value}",
    "integration.column.n": "N",
    "integration.column.dx": "Δx",
    "integration.column.left": "왼쪽",
    "integration.column.right": "오른쪽",
    "integration.column.midpoint": "중점",
    "integration.column.error": "중점 합의 오차",
    "integration.plot.title": "{a}부터 {b}까지 {f}의 정적분: 부호 있는 넓이",
    "integration.plot.title.antiderivative": "{f}와 원시함수 F",
    "integration.plot.above": "넓이 > 0",
    "integration.plot.below": "넓이 < 0 (음수로 셈)",
    "integration.plot.rectangles": "왼쪽 합, N = {n}",
    "integration.plot.window": "(무한 구간 중 {x} = {low}부터 {high}까지를 그립니다)",
    "integration.error.hard.hint": "더 간단한 피적분 함수를 쓰거나, 수치 값을 원하면 `lower`와 `upper`를 주세요",
    "integration.error.complex_value": "적분이 실수가 아닙니다 ({value}): 이 구간에서 함수가 실수 값을 갖지 않습니다",
    "integration.error.complex_value.hint": "함수가 실수인 구간을 고르세요 (예: sqrt(x)라면 x ≥ 0)",
    "integration.error.nested": "적분이 너무 깊게 중첩되어 계산할 수 없습니다",
    "integration.error.time": "{what}: 너무 오래 걸려서({seconds:g}초 초과) 멈췄습니다",
    "integration.error.worker": "{what}: 계산하지 못했습니다(작업 프로세스가 일찍 끝났습니다)",
    "integration.error.what.integral": "적분",
    "integration.error.what.numeric": "수치 적분",
    "integration.error.what.check": "원시함수 확인",
    "integration.error.numeric.hint": "더 간단한 피적분 함수나 더 짧은 구간을 쓰세요",
    "integration.error.no_antiderivative": "{f}의 원시함수를 닫힌 형태로 찾지 못했습니다",
    "integration.error.no_antiderivative.hint": "넓이의 수치 값을 원하면 `lower`와 `upper`를 주세요",
    "integration.error.not_real": "{x} = {t:.6g}에서 {f}의 값이 실수가 아닙니다",
    "integration.error.defined.hint": "피적분 함수가 정의되는 구간을 고르세요",
    "integration.error.evaluate": "[{left:g}, {right:g}]에서 {f}의 값을 계산할 수 없습니다",
    "integration.error.riemann_undefined": "리만 합의 표본점 {x} = {t:.6g}에서 {f}가 정의되지 않습니다",
    "integration.error.variables": "식에 변수가 여럿 있습니다: {names}",
    "integration.error.variables.hint": "적분할 변수를 하나 고르세요, 예: `wrt`={first}",
    "integration.error.bound": "적분 구간의 끝은 수여야 하는데 {value}입니다",
    "integration.error.bound.hint": "예: `lower`=0 `upper`=pi",
    "integration.error.bound_plain": "적분 구간의 끝은 수여야 합니다",
    "integration.error.both_bounds": "정적분에는 구간의 양 끝이 모두 필요합니다",
    "integration.error.both_bounds.hint": "`lower`와 `upper`를 주세요, 예: `lower`=0 `upper`=1",
    "integration.error.others": "정적분에는 다음 변수의 값이 필요합니다: {names}",
    "integration.error.others.hint": "식에 숫자를 직접 쓰세요",
    "integration.error.riemann_bounds": "리만 합에는 구간이 필요합니다",
    "integration.error.riemann_bounds.hint": "`lower`와 `upper`도 주세요",
    "integration.error.riemann_finite": "리만 합에는 유한한 구간이 필요합니다",
    "integration.error.riemann_finite.hint": "예: `lower`=0 `upper`=1",
    "integration.error.riemann_n": "1부터 {limit}까지여야 하는데 {n}입니다",
    "integration.error.riemann_work": "이 피적분 함수로 직사각형 {n}개는 계산량이 너무 많습니다",
    "integration.error.riemann_work.hint": "더 작은 N을 고르세요",
    "integration.error.unbounded": "{a}부터 {b}까지 {f}의 적분은 유한한 값이 없습니다: {f}는 {gaps}에서 유계가 "
    "아닙니다",
    "integration.error.unbounded.hint": "그 점을 피하는 구간을 고르세요",
    "integration.error.diverges": "{a}부터 {b}까지 {f}의 적분은 발산합니다(F({b}) − F({a}) = {exact})",
    "integration.error.diverges.hint": "유한한 구간이나 다른 피적분 함수를 고르세요",
    "integration.error.disagree": "{a}부터 {b}까지 {f}의 적분: F(b) − F(a) = {exact}가 수치 값 {value:.6g}와 맞지 "
    "않습니다",
    "integration.error.failed": "적분을 계산할 수 없었습니다",
    "integration.error.unreliable": "{a}부터 {b}까지 {f}의 적분은 믿을 만한 수치 값이 없습니다(추정값 {value:.6g} ± "
    "{error:.2g}); 발산할 수도 있습니다",
    "integration.error.unreliable.hint": "다른 구간을 고르세요",
    "integration.error.one_variable": "한 번에 한 변수로만 적분합니다",
    "integration.error.one_variable.hint": "예: --wrt x",
    "integration.error.bound_text": "적분 구간의 끝은 수여야 하는데 {text!r}입니다",
    "integration.error.bound_text.hint": "예: 0, 1/2, pi 또는 -oo",
    "integration.error.expect_number": "--from과 --to를 주면 답은 수입니다",
    "integration.error.expect_number.hint": "예: --expect 0.3333 또는 1/3",
    "integration.error.expect_undefined": "기대한 값이 정의되지 않습니다({reason})",
    "integration.error.the_antiderivative": "원시함수",
}

HELP_KO = {
    "integrate": """이름 붙은 규칙(거듭제곱, 치환적분, 부분적분 …)으로 구하는 EXPR의 적분;
--from/--to를 주면 부호 있는 넓이.

원시함수는 다시 미분해서 확인합니다. 정적분은 미적분학의 기본 정리 F(b) − F(a)로 구합니다
(닫힌 꼴이 있으면 정확히, 없으면 수치 계산하고 그 방법을 밝힘). 축 아래 넓이는 음수로 셉니다.
--expect에는 원시함수(상수 차이는 괜찮음)나, 구간이 있으면 수를 씁니다.

[dim]예:[/]
  mlmath integrate "x*exp(x)" --expect "x*exp(x) - exp(x)"
  mlmath integrate "x**2" --from 0 --to 1 --riemann 4
  mlmath integrate "normal(x, 0, 1)" --from -1 --to 1
""",
    "integrate.expression": "피적분 함수: x**2, x*exp(x), sigmoid(x), tanh(2x), normal(x, 0, 1), uniform(x, 0, 2), "
    "exponential(x, 3). 함수: sin cos tan exp log sqrt abs sigmoid tanh relu step erf cosh atan.",
    "integrate.wrt": "이 변수로 적분합니다 \\[기본값: EXPR의 유일한 변수].",
    "integrate.lower": "정적분의 아래 끝: 수, pi/2, 또는 -oo.",
    "integrate.upper": "정적분의 위 끝: 수, pi, 또는 oo.",
    "integrate.riemann": "직사각형 N, 2N, 4N, 8N, 16N개로 왼쪽·오른쪽·중점 리만 합 (--from, --to가 필요).",
}
