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
}

KO = {
    "convexity.entry": "∂²f/∂{i}∂{j} = {value}",
    "convexity.eigenvalues": "고윳값 {values}: 이 행렬은 {kind}입니다",
    "convexity.minors.positive": "선행 주소행렬식 {minors}이 모두 > 0: 양의 정부호 (실베스터 판정법)",
    "convexity.minors.negative": "선행 주소행렬식 {minors}의 부호가 −, +, −, …로 번갈아: 음의 정부호 (실베스터 판정법)",
    "convexity.minors.zero": "선행 주소행렬식 {minors}에 0이 있어 실베스터 판정법으로는 정할 수 없고, 고윳값으로 정합니다",
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
}
