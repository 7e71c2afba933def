"""Sentences for the Hessian, definiteness and convexity."""

EN = {
    "convexity.entry": "∂²f/∂{i}∂{j} = {value}",
    "convexity.eigenvalues": "eigenvalues {values}: the matrix is {kind}",
    "convexity.minors.positive": "leading principal minors {minors} are all > 0: positive definite "
    "(Sylvester's criterion)",
    "convexity.minors.negative": "leading principal minors {minors} alternate −, +, −, …: negative definite "
    "(Sylvester's criterion)",
    "convexity.minors.zero": "leading principal minors {minors} include 0: Sylvester's criterion does not "
    "decide; the eigenvalues do",
    "convexity.minors.indefinite": "leading principal minors {minors} fit neither pattern: not definite",
    "convexity.minors.symbolic": "leading principal minors of the Hessian: {minors}",
    "convexity.kind.positive_definite": "positive definite",
    "convexity.kind.positive_semidefinite": "positive semidefinite",
    "convexity.kind.negative_definite": "negative definite",
    "convexity.kind.negative_semidefinite": "negative semidefinite",
    "convexity.kind.indefinite": "indefinite",
    "convexity.constant_hessian": "the Hessian is the same at every point: its definiteness decides",
    "convexity.witness": "at {point} the second derivatives disagree in sign with other points",
    "convexity.verdict.strictly_convex": "the Hessian is positive definite everywhere: strictly convex "
    "(every local minimum is the global minimum)",
    "convexity.verdict.convex": "the Hessian is positive semidefinite everywhere: convex",
    "convexity.verdict.strictly_concave": "the Hessian is negative definite everywhere: strictly concave",
    "convexity.verdict.concave": "the Hessian is negative semidefinite everywhere: concave",
    "convexity.verdict.neither": "the Hessian is not of one sign everywhere: neither convex nor concave",
    "convexity.verdict.undecided": "the second-derivative test does not decide it here",
    "convexity.error.variables": "at most {limit} variables, got {count}",
    "convexity.error.variables.hint": "name fewer with `wrt`",
    "convexity.error.square": "the matrix must be square",
    "convexity.error.symmetric": "the matrix is not symmetric",
    "convexity.error.symmetric.hint": "a Hessian of a smooth function is symmetric",
    "convexity.headline": "H(f) = ∇²f for f = {f}: every second partial derivative ∂²f/∂xᵢ∂xⱼ",
    "convexity.title.symbolic": "Hessian H",
    "convexity.title.values": "H at this point",
    "convexity.at_point": "at {point}: H is {kind} (eigenvalues {eigenvalues}; leading principal minors {minors})",
    "convexity.meaning.positive_definite": "f curves upward in every direction here: where ∇f = 0 this is a "
    "strict local minimum",
    "convexity.meaning.positive_semidefinite": "f curves upward or is flat in every direction here: the test "
    "alone cannot call a point with ∇f = 0 a minimum",
    "convexity.meaning.negative_definite": "f curves downward in every direction here: where ∇f = 0 this is a "
    "strict local maximum",
    "convexity.meaning.negative_semidefinite": "f curves downward or is flat in every direction here",
    "convexity.meaning.indefinite": "f curves upward in some directions and downward in others: where ∇f = 0 "
    "this is a saddle point",
    "convexity.optimize.question": "Is f convex? (second-derivative test: convex where the Hessian is positive "
    "semidefinite everywhere)",
    "convexity.optimize.quadratic": "{name} is a quadratic: its Hessian is the same at every point, H = {matrix}",
    "convexity.optimize.witness": "at {point} the Hessian (from differences of the gradient) is about {matrix}, "
    "with eigenvalues {values}: one is negative, so f curves downward there",
    "convexity.optimize.convex": "f is convex: any minimum gradient descent finds is the global minimum",
    "convexity.optimize.not_convex": "f is not convex: a minimum gradient descent finds may be only a local one",
    "convexity.optimize.undecided": "the second-derivative test does not decide whether f is convex, so a minimum "
    "found may be only a local one",
    "convexity.optimize.himmelblau": "himmelblau has four minima, {points}, all with f = 0: each is global, and "
    "the start decides which one the descent reaches",
    "convexity.optimize.rastrigin": "rastrigin has a local minimum near every point with integer coordinates, "
    "e.g. {points} with f = {values}; only the origin (f = 0) is global",
    "convexity.chord.title": "Convexity: the chord lies above the curve",
    "convexity.chord.slice": "Convexity along the line from θ₀ to its mirror image: the chord lies above f",
    "convexity.chord.curve": "f",
    "convexity.chord.chord": "chord",
    "convexity.chord.rule": "f((1 − t)·a + t·b) ≤ (1 − t)·f(a) + t·f(b) for every t in [0, 1]: the chord from "
    "a to b never dips below the curve",
    "convexity.error.the_hessian": "the Hessian",
}

KO = {
    "convexity.entry": "∂²f/∂{i}∂{j} = {value}",
    "convexity.eigenvalues": "고윳값 {values}: 이 행렬은 {kind}입니다",
    "convexity.minors.positive": "선행 주소행렬식 {minors}이 모두 > 0: 양의 정부호 (실베스터 판정법)",
    "convexity.minors.negative": "선행 주소행렬식 {minors}의 부호가 −, +, −, …로 번갈아: 음의 정부호 (실베스터 판정법)",
    "convexity.minors.zero": "선행 주소행렬식 {minors}에 0이 있어 실베스터 판정법으로는 정할 수 없고, 고윳값으로 "
                             "정합니다",
    "convexity.minors.indefinite": "선행 주소행렬식 {minors}이 어느 규칙에도 맞지 않아 정부호가 아닙니다",
    "convexity.minors.symbolic": "헤세 행렬의 선행 주소행렬식: {minors}",
    "convexity.kind.positive_definite": "양의 정부호",
    "convexity.kind.positive_semidefinite": "양의 준정부호",
    "convexity.kind.negative_definite": "음의 정부호",
    "convexity.kind.negative_semidefinite": "음의 준정부호",
    "convexity.kind.indefinite": "부정부호",
    "convexity.constant_hessian": "헤세 행렬이 모든 점에서 같으므로 그 정부호성이 결정합니다",
    "convexity.witness": "{point}에서 이계도함수의 부호가 다른 점과 다릅니다",
    "convexity.verdict.strictly_convex": "헤세 행렬이 어디서나 양의 정부호: 순볼록 함수 (극소값이 곧 전역 최소값)",
    "convexity.verdict.convex": "헤세 행렬이 어디서나 양의 준정부호: 볼록 함수",
    "convexity.verdict.strictly_concave": "헤세 행렬이 어디서나 음의 정부호: 순오목 함수",
    "convexity.verdict.concave": "헤세 행렬이 어디서나 음의 준정부호: 오목 함수",
    "convexity.verdict.neither": "헤세 행렬의 부호가 어디서나 같지는 않으므로 볼록도 오목도 아닙니다",
    "convexity.verdict.undecided": "이계도함수 판정법으로는 여기서 정할 수 없습니다",
    "convexity.error.variables": "변수는 {limit}개까지인데 {count}개입니다",
    "convexity.error.variables.hint": "`wrt`로 변수를 더 적게 고르세요",
    "convexity.error.square": "행렬은 정사각행렬이어야 합니다",
    "convexity.error.symmetric": "행렬이 대칭이 아닙니다",
    "convexity.error.symmetric.hint": "매끄러운 함수의 헤세 행렬은 대칭입니다",
    "convexity.headline": "f = {f}의 헤세 행렬 H(f) = ∇²f: 모든 이계 편미분 ∂²f/∂xᵢ∂xⱼ",
    "convexity.title.symbolic": "헤세 행렬 H",
    "convexity.title.values": "이 점에서의 H",
    "convexity.at_point": "{point}에서 H는 {kind}입니다 (고윳값 {eigenvalues}; 선행 주소행렬식 {minors})",
    "convexity.meaning.positive_definite": "이 점에서 f는 모든 방향으로 위로 휘어 있습니다: ∇f = 0인 점이라면 "
    "엄격한 극소점입니다",
    "convexity.meaning.positive_semidefinite": "이 점에서 f는 모든 방향으로 위로 휘거나 평평합니다: 이 판정만으로는 "
    "∇f = 0인 점을 극소점이라 할 수 없습니다",
    "convexity.meaning.negative_definite": "이 점에서 f는 모든 방향으로 아래로 휘어 있습니다: ∇f = 0인 점이라면 "
    "엄격한 극대점입니다",
    "convexity.meaning.negative_semidefinite": "이 점에서 f는 모든 방향으로 아래로 휘거나 평평합니다",
    "convexity.meaning.indefinite": "f는 어떤 방향으로는 위로, 다른 방향으로는 아래로 휩니다: ∇f = 0인 점이라면 "
    "안장점입니다",
    "convexity.optimize.question": "f는 볼록 함수인가? (이계도함수 판정법: 헤세 행렬이 어디서나 "
                                   "양의 준정부호이면 볼록)",
    "convexity.optimize.quadratic": "{name}은(는) 이차 함수라서 헤세 행렬이 모든 점에서 같습니다: H = {matrix}",
    "convexity.optimize.witness": "{point}에서 헤세 행렬(기울기의 차분으로 구함)은 약 {matrix}이고 "
    "고윳값은 {values}입니다: 음수가 있으므로 f는 그 점에서 아래로 휩니다",
    "convexity.optimize.convex": "f는 볼록 함수입니다: 경사 하강법이 찾은 극소값은 곧 전역 최소값입니다",
    "convexity.optimize.not_convex": "f는 볼록 함수가 아닙니다: 경사 하강법이 찾은 극소값은 지역 최소값일 수 있습니다",
    "convexity.optimize.undecided": "이계도함수 판정법으로는 f가 볼록인지 정할 수 없으므로, 찾은 극소값은 지역 "
    "최소값일 수 있습니다",
    "convexity.optimize.himmelblau": "himmelblau에는 극소점이 네 개 있고({points}) 모두 f = 0입니다: 모두 전역 "
    "최소값이며, 어느 것에 닿을지는 시작점이 정합니다",
    "convexity.optimize.rastrigin": "rastrigin에는 정수 좌표의 점마다 그 근처에 지역 최소값이 있습니다 "
    "(예: {points}에서 f = {values}); 전역 최소값은 원점(f = 0) 하나뿐입니다",
    "convexity.chord.title": "볼록성: 현(chord)이 곡선 위에 있습니다",
    "convexity.chord.slice": "θ₀에서 그 대칭점까지의 직선을 따라 본 볼록성: 현이 f 위에 있습니다",
    "convexity.chord.curve": "f",
    "convexity.chord.chord": "현",
    "convexity.chord.rule": "[0, 1]의 모든 t에 대해 f((1 − t)·a + t·b) ≤ (1 − t)·f(a) + t·f(b): a에서 b까지의 "
    "현은 곡선 아래로 내려가지 않습니다",
    "convexity.error.the_hessian": "헤세 행렬",
}
