"""Sentences for recurrent networks: RNN, LSTM and GRU step by step, and backpropagation through time."""

# Titles that are formulas read the same in every language.
FORMULAS = {
    "recurrence.formula.rnn": "hₜ = tanh(xₜ·W_xh + hₜ₋₁·W_hh + b)",
    "recurrence.formula.lstm": "[i f g o] = xₜ·W_xh + hₜ₋₁·W_hh + b;  cₜ = f⊙cₜ₋₁ + i⊙g;  hₜ = o⊙tanh(cₜ)",
    "recurrence.formula.gru": "[r z] = σ(xₜ·W_xh + hₜ₋₁·W_hh + b);  n = tanh(xₜ·W_xn + r⊙(hₜ₋₁·W_hn + b_hn));  "
    "hₜ = (1 − z)⊙n + z⊙hₜ₋₁",
    "recurrence.title.w_xh": "W_xh ({shape})",
    "recurrence.title.w_hh": "W_hh ({shape})",
    "recurrence.title.w_hh_scaled": "W_hh × {k} ({shape})",
    "recurrence.title.grad_w_xh": "∂L/∂W_xh ({shape})",
    "recurrence.title.grad_w_hh": "∂L/∂W_hh ({shape})",
    "recurrence.title.grad_b": "∂L/∂b, ∂L/∂b_hh",
    "recurrence.title.grad_x": "∂L/∂X ({shape})",
    "recurrence.title.grad_h0": "∂L/∂h₀",
    "recurrence.title.grad_h0_c0": "∂L/∂h₀, ∂L/∂c₀",
    "recurrence.column.norm": "‖∂L/∂hₜ‖",
    "recurrence.series.unit": "h[{unit}]",
    "recurrence.series.norm": "‖∂L/∂hₜ‖",
    "recurrence.series.log_norm": "log₁₀‖∂L/∂hₜ‖",
}

EN = {
    **FORMULAS,
    # the view
    "recurrence.headline.rnn": "Simple RNN, sequence length T = {n} (input {d} → hidden {h})",
    "recurrence.headline.lstm": "LSTM, sequence length T = {n} (input {d} → hidden {h}, gates i, f, g, o)",
    "recurrence.headline.gru": "GRU, sequence length T = {n} (input {d} → hidden {h}, gates r, z, n)",
    "recurrence.headline.context": "Context vector h_{n} = [{values}]",
    "recurrence.note.random": "{names} drawn at random with seed {seed} (--seed): the same command always prints the "
    "same numbers; weights are uniform in (−1/√H, 1/√H) as torch initialises them.",
    "recurrence.note.shared": "The same W_xh, W_hh and biases are used at every time step.",
    "recurrence.note.torch": "torch keeps two biases, b_ih (here b) and b_hh, and its weights transposed: "
    "weight_ih_l0 = W_xhᵀ, weight_hh_l0 = W_hhᵀ.",
    "recurrence.name.embeddings": "embeddings",
    "recurrence.name.x": "inputs X",
    "recurrence.title.x": "X: one input row per time step ({shape})",
    "recurrence.title.b": "Biases b (torch's b_ih) and b_hh ({shape} each)",
    "recurrence.title.embeddings": "X: token embeddings, one row per time step ({shape})",
    "recurrence.title.states": "Hidden states hₜ, row 0 is h₀ ({shape})",
    "recurrence.title.cells": "Cell states cₜ, row 0 is c₀ ({shape})",
    "recurrence.title.gate.input": "Input gate i = σ(·): how much of the candidate to write ({shape})",
    "recurrence.title.gate.forget": "Forget gate f = σ(·): how much of the old memory cₜ₋₁ to keep ({shape})",
    "recurrence.title.gate.candidate": "Candidate g = tanh(·): the new content offered ({shape})",
    "recurrence.title.gate.output": "Output gate o = σ(·): how much of tanh(cₜ) to show as hₜ ({shape})",
    "recurrence.title.gate.reset": "Reset gate r = σ(·): how much of hₜ₋₁ the candidate looks at ({shape})",
    "recurrence.title.gate.update": "Update gate z = σ(·): how much of hₜ₋₁ to keep ({shape})",
    "recurrence.title.gate.new": "New state n = tanh(·): the candidate ({shape})",
    "recurrence.title.norms": "The gradient reaching each hidden state (BPTT)",
    "recurrence.title.plot_states": "Hidden units over time",
    "recurrence.title.plot_norms": "‖∂L/∂hₜ‖ by time step",
    "recurrence.title.plot_norms_log": "log₁₀‖∂L/∂hₜ‖ by time step (log scale: {orders} orders of magnitude)",
    "recurrence.column.step": "t",
    "recurrence.column.ratio": "÷ ‖∂L/∂hₜ₊₁‖",
    "recurrence.axis.t": "time step t",
    "recurrence.row.start": "0 (start)",
    "recurrence.row.b": "b",
    "recurrence.row.b_hh": "b_hh",
    "recurrence.row.h0": "∂L/∂h₀",
    "recurrence.row.c0": "∂L/∂c₀",
    "recurrence.loss_line.half": "Loss L = ½‖h_{n}‖² = {value}",
    "recurrence.loss_line.upstream": "Upstream gradient given (--grad-h): L = Σₜ gₜ·hₜ = {value}",
    "recurrence.trend_line.vanishing": "Vanishing gradient: going back, ‖∂L/∂hₜ‖ shrinks by about ×{growth} per step, "
    "from {last} at t = {n} to {first} at t = 1",
    "recurrence.trend_line.exploding": "Exploding gradient: going back, ‖∂L/∂hₜ‖ grows by about ×{growth} per step, "
    "from {last} at t = {n} to {first} at t = 1",
    "recurrence.trend_line.steady": "Going back, ‖∂L/∂hₜ‖ stays about the same size (×{growth} per step)",
    "recurrence.trend_line.single": "One time step: nothing flows back further than h_1",
    "recurrence.trend_line.every": "Each hₜ gets its own upstream gradient, plus what flows back from later steps",
    # steps: the input and the weights
    "recurrence.input.tokens": "Split the text into {n} tokens ({tokens: │ }) and embed each as attention does: "
    "row t of X is token t's embedding (1×{d}, random, seed {seed}); no positional encoding is added, "
    "since the recurrence itself reads the tokens in order",
    "recurrence.input.random": "X: {n} time steps, each a random row of 1×{d} (standard normal, seed {seed})",
    "recurrence.input.given": "X has {n} rows: the input xₜ of each time step (1×{d}), in order",
    "recurrence.weights.rnn": "Weights W_xh ({d}×{h}), W_hh ({h}×{h}) and biases b, b_hh (1×{h} each): "
    "{source}",
    "recurrence.weights.lstm": "Weights W_xh ({d}×{kh}), W_hh ({h}×{kh}) and biases b, b_hh (1×{kh} each), "
    "the four gates side by side in torch's order i, f, g, o ({h} columns each): {source}",
    "recurrence.weights.gru": "Weights W_xh ({d}×{kh}), W_hh ({h}×{kh}) and biases b, b_hh (1×{kh} each), "
    "the three gates side by side in torch's order r, z, n ({h} columns each): {source}",
    "recurrence.source.random": "drawn at random, uniform in (−1/√{h}, 1/√{h}) = (−{bound}, {bound}) as torch "
    "initialises them (seed {seed})",
    "recurrence.source.mixed": "as given, except {drawn} drawn at random, uniform in (−{bound}, {bound}) "
    "(seed {seed})",
    "recurrence.source.given": "as given",
    "recurrence.scale": "Multiply W_hh by k = {k} (--scale-whh): each step back multiplies the gradient by W_hhᵀ "
    "once more, so k > 1 pushes it to explode and k < 1 to vanish",
    "recurrence.shared.rnn": "The same W_xh, W_hh and b serve all {n} time steps: the network has one set of weights "
    "however long the sequence is, and carries what it has read in the hidden state hₜ",
    "recurrence.shared.lstm": "The same weights serve all {n} time steps; besides the hidden state hₜ an LSTM "
    "carries a cell state cₜ, its long-term memory, which the gates edit",
    "recurrence.shared.gru": "The same weights serve all {n} time steps; a GRU's gates decide how much of hₜ₋₁ to "
    "keep and how much to replace",
    "recurrence.h0.zero": "Start from h_0 = 0 (1×{h})",
    "recurrence.h0.given": "Start from h_0 = [{h0}]",
    "recurrence.c0.zero": "Start from c_0 = 0 (1×{h})",
    "recurrence.c0.given": "Start from c_0 = [{c0}]",
    # steps: one time step worked out
    "recurrence.worked.rnn": "Step {label}: h_{t} = tanh(x_{t}·W_xh + h_{prev}·W_hh + b)",
    "recurrence.worked.lstm": "Step {label}: the gates, then c_{t} and h_{t}",
    "recurrence.worked.gru": "Step {label}: the gates, then h_{t}",
    "recurrence.rnn.xw": "x_{t}·W_xh = [{values}]",
    "recurrence.rnn.hw": "h_{prev}·W_hh = [{values}]",
    "recurrence.rnn.two_biases": "b = b_ih + b_hh = [{b}] + [{b_hh}] ≈ [{bias}]  (torch keeps two biases; only "
    "their sum matters here)",
    "recurrence.rnn.sum": "a_{t} = x_{t}·W_xh + h_{prev}·W_hh + b = [{xw}] + [{hw}] + [{bias}] ≈ [{values}]",
    "recurrence.rnn.tanh": "h_{t} = tanh(a_{t}) = tanh([{a}]) ≈ [{values}]",
    "recurrence.lstm.sum": "x_{t}·W_xh + h_{prev}·W_hh + b_ih + b_hh: {kh} values, split into the four gates' inputs",
    "recurrence.lstm.input": "Input gate i = σ([{pre}]) ≈ [{values}]: how much of the candidate to write into the "
    "memory",
    "recurrence.lstm.forget": "Forget gate f = σ([{pre}]) ≈ [{values}]: how much of the old memory c_{prev} to keep",
    "recurrence.lstm.candidate": "Candidate g = tanh([{pre}]) ≈ [{values}]: the new content offered",
    "recurrence.lstm.output": "Output gate o = σ([{pre}]) ≈ [{values}]: how much of the memory to show as h_{t}",
    "recurrence.lstm.cell": "c_{t} = f⊙c_{prev} + i⊙g = [{f}]⊙[{c_prev}] + [{i}]⊙[{g}] ≈ [{values}]",
    "recurrence.lstm.hidden": "h_{t} = o⊙tanh(c_{t}) = [{o}]⊙[{tanh_c}] ≈ [{values}]",
    "recurrence.lstm.words": "In words, for unit 1: the forget gate is {keep} (f = {f}), so it keeps "
    "f·c_{prev} = {f}·{c_prev:p} ≈ {kept} of the old memory; the input gate is {write} (i = {i}), so it writes "
    "i·g = {i}·{g:p} ≈ {written} of the candidate; the new memory is c_{t} ≈ {kept} + {written:p} ≈ {c}; the "
    "output gate is {show} (o = {o}), so h_{t} = o·tanh(c_{t}) = {o}·{tanh_c:p} ≈ {h}",
    "recurrence.gru.sum": "x_{t}·W_xh + b_ih and h_{prev}·W_hh + b_hh: {kh} values each, split into the gates r, z, n",
    "recurrence.gru.reset": "Reset gate r = σ([{pre}]) ≈ [{values}]: how much of h_{prev} the candidate may use",
    "recurrence.gru.update": "Update gate z = σ([{pre}]) ≈ [{values}]: how much of h_{prev} to keep as it is",
    "recurrence.gru.new": "Candidate n = tanh(x_{t}·W_xn + b_in + r⊙(h_{prev}·W_hn + b_hn)), with r = [{r}] and "
    "h_{prev}·W_hn + b_hn = [{hn}]: n ≈ [{values}]",
    "recurrence.gru.hidden": "h_{t} = (1 − z)⊙n + z⊙h_{prev} with z = [{z}], n = [{n}], h_{prev} = [{h_prev}]: "
    "h_{t} ≈ [{values}]",
    "recurrence.gru.words": "In words, for unit 1: the reset gate is {reset} (r = {r}), so the candidate n = {n} "
    "takes only that fraction of the old state's part h_{prev}·W_hn + b_hn; the update gate is {keep} "
    "(z = {z}), so h_{t} = (1 − {z})·{n:p} + {z}·{h_prev:p} ≈ {h}",
    "recurrence.gate.closed": "mostly closed",
    "recurrence.gate.half": "half open",
    "recurrence.gate.open": "mostly open",
    "recurrence.every_step": "The same step for every t = 1 … {n}, each from the state before it:",
    "recurrence.step_line.rnn": "t = {label}: h_{t} = tanh(x_{t}·W_xh + h_{prev}·W_hh + b) = [{values}]",
    "recurrence.step_line.lstm": "t = {label}: h_{t} = o⊙tanh(c_{t}) = [{values}]",
    "recurrence.step_line.gru": "t = {label}: h_{t} = (1 − z)⊙n + z⊙h_{prev} = [{values}]",
    "recurrence.steps_hidden": "… {count} more steps, worked out the same way",
    "recurrence.context": "The last hidden state h_{t} = [{h_t}] is the context vector: the whole sequence summed up "
    "in {h} numbers, which a decoder or a classifier reads next",
    # steps: backpropagation through time
    "recurrence.loss.half": "Loss L = ½‖h_{t}‖² = ½(sum of the squares of [{h_t}]) = {value}, so ∂L/∂h_{t} = h_{t}",
    "recurrence.loss.upstream_last": "Upstream gradient on the last state: ∂L/∂h_{t} = [{g}]",
    "recurrence.loss.upstream_all": "Upstream gradient on every hidden state: ∂L/∂hₜ given for all {n} steps ({h} "
    "values each)",
    "recurrence.back.rnn": "Backpropagation through time, from h_{t} back to h_1: "
    "∂L/∂hₜ₋₁ = (∂L/∂hₜ ⊙ (1 − hₜ²))·W_hhᵀ, the same W_hhᵀ at every step",
    "recurrence.back.rnn.delta": "δ_{t} = ∂L/∂h_{t} ⊙ (1 − h_{t}²) = [{dh}] ⊙ [{local}] ≈ [{values}]",
    "recurrence.back.rnn.carry": "∂L/∂h_{prev} = δ_{t}·W_hhᵀ ≈ [{values}]",
    "recurrence.back.lstm": "Backpropagation through time, from h_{t} back to h_1, through the gates: the memory's "
    "own path cₜ₋₁ → cₜ only multiplies by f, which is why an LSTM's gradient vanishes more slowly",
    "recurrence.back.gru": "Backpropagation through time, from h_{t} back to h_1, through the gates: the path "
    "hₜ₋₁ → hₜ through z multiplies by z only, which is why a GRU's gradient vanishes more slowly",
    "recurrence.back.norm": "t = {label}: ‖∂L/∂h_{t}‖ = {norm}",
    "recurrence.trend.vanishing": "Vanishing gradient: going back from t = {n} to t = 1, ‖∂L/∂hₜ‖ goes from {last} "
    "to {first}, about ×{growth} per step ({orders} orders of magnitude): the first inputs hardly change the loss, "
    "so long-range dependencies are learned poorly",
    "recurrence.trend.exploding": "Exploding gradient: going back from t = {n} to t = 1, ‖∂L/∂hₜ‖ grows from {last} "
    "to {first}, about ×{growth} per step ({orders} orders of magnitude): training steps become huge, which is "
    "why gradients are clipped",
    "recurrence.trend.steady": "Going back from t = {n} to t = 1, ‖∂L/∂hₜ‖ goes from {last} to {first}: about "
    "×{growth} per step, neither vanishing nor exploding",
    "recurrence.trend.every": "‖∂L/∂hₜ‖ for each step, from t = {n} back to t = 1 (each hₜ gets its own upstream "
    "gradient plus what flows back from later steps)",
    "recurrence.trend.zero": "For t = 1 … {first}, ∂L/∂hₜ is exactly 0: smaller than the smallest number float64 "
    "holds (about 5e-324), so it underflowed (or those steps do not reach the loss); the factor per step is "
    "taken over the steps after",
    "recurrence.trend.saturated": "{percent}% of the hidden values are beyond ±{limit}, where tanh is flat and "
    "1 − h² is near 0: the saturated states stop the gradient, whatever the size of W_hh",
    "recurrence.back.weights": "The weights' gradients add up every step's share: ∂L/∂W_hh = Σₜ hₜ₋₁ᵀ·δₜ and "
    "∂L/∂W_xh = Σₜ xₜᵀ·δₜ for t = 1 … {n}, δₜ being the gradient of step t's pre-activations: the same "
    "weights were used at every step",
    "recurrence.error.n.value": "{count} value",
    "recurrence.error.n.values": "{count} values",
    "recurrence.error.n.column": "{count} column",
    "recurrence.error.n.columns": "{count} columns",
    "recurrence.error.vector": "{name} must be a vector, got shape {shape}",
    "recurrence.error.matrix": "{name} must be a matrix, got shape {shape}",
    "recurrence.error.finite": "{name} holds a value that is not a finite number",
    "recurrence.error.shape": "{name} has {got} but needs {want}",
    "recurrence.error.cell": "unknown cell {cell!r}",
    "recurrence.error.cell.hint": "use rnn, lstm or gru",
    "recurrence.error.sources": "give the sequence one way: as inputs X, as tokens, or as a number of random steps",
    "recurrence.error.scale": "the scale of W_hh must be a finite number",
    "recurrence.error.c0": "only an LSTM has a cell state c_0",
    "recurrence.error.c0.hint": "drop c_0, or use the lstm cell",
    "recurrence.error.hidden_is": "the hidden size is {hidden}",
    "recurrence.error.gates": "{name} has {what}, not a multiple of the {per} gates of {cell}",
    "recurrence.error.shape_is": "{name} is {shape}",
    "recurrence.error.hidden": "the hidden size disagrees: {sizes}",
    "recurrence.error.hidden_range": "the hidden size must be between 1 and {limit}, got {hidden}",
    "recurrence.error.x_columns.one": "X has {count} column",
    "recurrence.error.x_columns": "X has {count} columns",
    "recurrence.error.input_is": "the input size is {size}",
    "recurrence.error.wxh_rows.one": "W_xh has {count} row",
    "recurrence.error.wxh_rows": "W_xh has {count} rows",
    "recurrence.error.width": "the input width disagrees: {widths}",
    "recurrence.error.width.hint": "W_xh has one row per input column",
    "recurrence.error.input_range": "the input size must be between 1 and {limit}, got {width}",
    "recurrence.error.empty": "the sequence needs at least one time step",
    "recurrence.error.too_many": "{steps} time steps × {columns} gate columns is too many to keep",
    "recurrence.error.too_many.hint": "use fewer time steps or a smaller hidden size",
    "recurrence.error.state.hint": "give one value per hidden unit",
    "recurrence.error.overflow": "the hidden states overflow float64: the inputs or weights are too large",
    "recurrence.error.overflow.hint": "scale them down (entries near 1 are typical)",
    "recurrence.error.at": "time step {at} is outside the {steps} steps",
    "recurrence.error.at.hint": "choose a step from 1 to {steps}",
    "recurrence.error.layout.rnn": "W_xh is D×H, W_hh is H×H, b and b_hh have H values",
    "recurrence.error.layout.gates": "W_xh is D×{k}H, W_hh is H×{k}H, b and b_hh have {k}H values: the gates {gates} "
    "side by side",
    "recurrence.error.grad_ndim": "∂L/∂h must be a vector or a matrix, got shape {shape}",
    "recurrence.error.grad.hint": "give ∂L/∂h_T (H values) or ∂L/∂h_t for every step (T×H)",
    "recurrence.error.explode": "the gradients overflow float64 going back through the steps (they explode)",
    "recurrence.error.explode.hint": "use fewer time steps or a smaller scale of W_hh",
    "recurrence.error.one_way": "give the sequence one way",
    "recurrence.error.no_sequence": "no sequence given",
    "recurrence.error.one_way.hint": 'use --seq "the cat sat", --x "1,0;0,1" (one row per time step) or --length 10',
    "recurrence.error.not_step": "{at!r} is not a time step",
    "recurrence.error.not_step.hint": "give a position 1, 2, 3 …",
}

KO = {
    **FORMULAS,
    # the view
    "recurrence.headline.rnn": "순환 신경망(RNN), 시점 {n}개 (입력 {d} → 은닉 {h})",
    "recurrence.headline.lstm": "LSTM, 시점 {n}개 (입력 {d} → 은닉 {h}, 게이트 i, f, g, o)",
    "recurrence.headline.gru": "GRU, 시점 {n}개 (입력 {d} → 은닉 {h}, 게이트 r, z, n)",
    "recurrence.headline.context": "문맥 벡터 h_{n} = [{values}]",
    "recurrence.note.random": "{names}: 시드 {seed}(--seed)로 무작위 생성했습니다. 같은 명령은 항상 같은 숫자를 "
    "출력합니다. 가중치는 torch의 초기화처럼 (−1/√H, 1/√H) 균등 분포입니다.",
    "recurrence.note.shared": "모든 시점에서 같은 W_xh, W_hh, 편향을 사용합니다.",
    "recurrence.note.torch": "torch는 편향을 두 개(b_ih(여기서 b)와 b_hh) 두고, 가중치를 전치해 저장합니다: "
    "weight_ih_l0 = W_xhᵀ, weight_hh_l0 = W_hhᵀ.",
    "recurrence.name.embeddings": "임베딩",
    "recurrence.name.x": "입력 X",
    "recurrence.title.x": "X: 시점마다 입력 한 행 ({shape})",
    "recurrence.title.b": "편향 b (torch의 b_ih)와 b_hh (각각 {shape})",
    "recurrence.title.embeddings": "X: 토큰 임베딩, 시점마다 한 행 ({shape})",
    "recurrence.title.states": "은닉 상태 hₜ, 0행은 h₀ ({shape})",
    "recurrence.title.cells": "셀 상태 cₜ, 0행은 c₀ ({shape})",
    "recurrence.title.gate.input": "입력 게이트 i = σ(·): 후보를 얼마나 기록할지 ({shape})",
    "recurrence.title.gate.forget": "망각 게이트 f = σ(·): 이전 기억 cₜ₋₁을 얼마나 유지할지 ({shape})",
    "recurrence.title.gate.candidate": "후보 g = tanh(·): 새로 제안된 내용 ({shape})",
    "recurrence.title.gate.output": "출력 게이트 o = σ(·): tanh(cₜ)를 얼마나 hₜ로 내보낼지 ({shape})",
    "recurrence.title.gate.reset": "리셋 게이트 r = σ(·): 후보가 hₜ₋₁을 얼마나 참고할지 ({shape})",
    "recurrence.title.gate.update": "업데이트 게이트 z = σ(·): hₜ₋₁을 얼마나 유지할지 ({shape})",
    "recurrence.title.gate.new": "새 상태 n = tanh(·): 후보 ({shape})",
    "recurrence.title.norms": "각 은닉 상태에 도달하는 기울기 (시간 역전파)",
    "recurrence.title.plot_states": "시간에 따른 은닉 유닛",
    "recurrence.title.plot_norms": "시점별 ‖∂L/∂hₜ‖",
    "recurrence.title.plot_norms_log": "시점별 log₁₀‖∂L/∂hₜ‖ (로그 눈금: {orders}자릿수)",
    "recurrence.column.step": "t",
    "recurrence.column.ratio": "÷ ‖∂L/∂hₜ₊₁‖",
    "recurrence.axis.t": "시점 t",
    "recurrence.row.start": "0 (시작)",
    "recurrence.row.b": "b",
    "recurrence.row.b_hh": "b_hh",
    "recurrence.row.h0": "∂L/∂h₀",
    "recurrence.row.c0": "∂L/∂c₀",
    "recurrence.loss_line.half": "손실 L = ½‖h_{n}‖² = {value}",
    "recurrence.loss_line.upstream": "주어진 상위 기울기(--grad-h): L = Σₜ gₜ·hₜ = {value}",
    "recurrence.trend_line.vanishing": "기울기 소실: 거꾸로 갈수록 ‖∂L/∂hₜ‖가 한 시점마다 약 ×{growth}씩 줄어, "
    "t = {n}의 {last}에서 t = 1의 {first}가 됩니다",
    "recurrence.trend_line.exploding": "기울기 폭발: 거꾸로 갈수록 ‖∂L/∂hₜ‖가 한 시점마다 약 ×{growth}씩 커져, "
    "t = {n}의 {last}에서 t = 1의 {first}가 됩니다",
    "recurrence.trend_line.steady": "거꾸로 가도 ‖∂L/∂hₜ‖의 크기가 거의 같습니다 (한 시점마다 ×{growth})",
    "recurrence.trend_line.single": "시점이 하나뿐이라 h_1보다 더 거꾸로 흐르지 않습니다",
    "recurrence.trend_line.every": "각 hₜ는 자신의 상위 기울기와, 뒤 시점에서 거꾸로 흘러온 기울기를 함께 받습니다",
    # steps: the input and the weights
    "recurrence.input.tokens": "문장을 토큰 {n}개({tokens: │ })로 나누고 어텐션과 같은 방식으로 임베딩합니다: X의 "
    "t번째 행이 t번째 토큰의 임베딩입니다 (1×{d}, 무작위, 시드 {seed}). 순환 구조가 토큰을 순서대로 읽으므로 "
    "위치 인코딩은 더하지 않습니다",
    "recurrence.input.random": "X: 시점 {n}개, 시점마다 무작위 행 1×{d} (표준 정규 분포, 시드 {seed})",
    "recurrence.input.given": "X는 {n}개의 행: 시점마다 입력 xₜ (1×{d}), 순서대로",
    "recurrence.weights.rnn": "가중치 W_xh ({d}×{h}), W_hh ({h}×{h})와 편향 b, b_hh (각각 1×{h}): {source}",
    "recurrence.weights.lstm": "가중치 W_xh ({d}×{kh}), W_hh ({h}×{kh})와 편향 b, b_hh (각각 1×{kh}). 네 게이트가 "
    "torch의 순서 i, f, g, o로 나란히 놓입니다 (각 {h}열): {source}",
    "recurrence.weights.gru": "가중치 W_xh ({d}×{kh}), W_hh ({h}×{kh})와 편향 b, b_hh (각각 1×{kh}). 세 게이트가 "
    "torch의 순서 r, z, n으로 나란히 놓입니다 (각 {h}열): {source}",
    "recurrence.source.random": "torch의 초기화처럼 (−1/√{h}, 1/√{h}) = (−{bound}, {bound}) 균등 분포에서 무작위로 "
    "생성 (시드 {seed})",
    "recurrence.source.mixed": "주어진 값, 단 {drawn}는 (−{bound}, {bound}) 균등 분포에서 무작위로 생성 "
    "(시드 {seed})",
    "recurrence.source.given": "주어진 값",
    "recurrence.scale": "W_hh에 k = {k}를 곱합니다 (--scale-whh): 한 시점 거꾸로 갈 때마다 기울기에 W_hhᵀ가 한 번 "
    "더 곱해지므로, k > 1이면 기울기 폭발, k < 1이면 기울기 소실 쪽으로 갑니다",
    "recurrence.shared.rnn": "같은 W_xh, W_hh, b가 {n}개 시점 모두에 쓰입니다: 시퀀스가 아무리 길어도 가중치는 한 "
    "벌이고, 읽은 내용은 은닉 상태 hₜ에 담아 다음 시점으로 넘깁니다",
    "recurrence.shared.lstm": "같은 가중치가 {n}개 시점 모두에 쓰입니다. LSTM은 은닉 상태 hₜ 외에 장기 기억인 셀 상태 "
    "cₜ를 가지고, 게이트가 이를 고칩니다",
    "recurrence.shared.gru": "같은 가중치가 {n}개 시점 모두에 쓰입니다. GRU의 게이트는 hₜ₋₁을 얼마나 유지하고 얼마나 "
    "바꿀지 정합니다",
    "recurrence.h0.zero": "h_0 = 0 (1×{h})에서 시작합니다",
    "recurrence.h0.given": "h_0 = [{h0}]에서 시작합니다",
    "recurrence.c0.zero": "c_0 = 0 (1×{h})에서 시작합니다",
    "recurrence.c0.given": "c_0 = [{c0}]에서 시작합니다",
    # steps: one time step worked out
    "recurrence.worked.rnn": "시점 {label}: h_{t} = tanh(x_{t}·W_xh + h_{prev}·W_hh + b)",
    "recurrence.worked.lstm": "시점 {label}: 게이트, 그다음 c_{t}와 h_{t}",
    "recurrence.worked.gru": "시점 {label}: 게이트, 그다음 h_{t}",
    "recurrence.rnn.xw": "x_{t}·W_xh = [{values}]",
    "recurrence.rnn.hw": "h_{prev}·W_hh = [{values}]",
    "recurrence.rnn.two_biases": "b = b_ih + b_hh = [{b}] + [{b_hh}] ≈ [{bias}]  (torch는 편향을 두 개 두지만 여기서는 "
    "합만 의미가 있습니다)",
    "recurrence.rnn.sum": "a_{t} = x_{t}·W_xh + h_{prev}·W_hh + b = [{xw}] + [{hw}] + [{bias}] ≈ [{values}]",
    "recurrence.rnn.tanh": "h_{t} = tanh(a_{t}) = tanh([{a}]) ≈ [{values}]",
    "recurrence.lstm.sum": "x_{t}·W_xh + h_{prev}·W_hh + b_ih + b_hh: 값 {kh}개를 네 게이트의 입력으로 나눕니다",
    "recurrence.lstm.input": "입력 게이트 i = σ([{pre}]) ≈ [{values}]: 후보를 기억에 얼마나 기록할지",
    "recurrence.lstm.forget": "망각 게이트 f = σ([{pre}]) ≈ [{values}]: 이전 기억 c_{prev}를 얼마나 유지할지",
    "recurrence.lstm.candidate": "후보 g = tanh([{pre}]) ≈ [{values}]: 새로 제안된 내용",
    "recurrence.lstm.output": "출력 게이트 o = σ([{pre}]) ≈ [{values}]: 기억을 얼마나 h_{t}로 내보낼지",
    "recurrence.lstm.cell": "c_{t} = f⊙c_{prev} + i⊙g = [{f}]⊙[{c_prev}] + [{i}]⊙[{g}] ≈ [{values}]",
    "recurrence.lstm.hidden": "h_{t} = o⊙tanh(c_{t}) = [{o}]⊙[{tanh_c}] ≈ [{values}]",
    "recurrence.lstm.words": "말로 풀면, 유닛 1에서: 망각 게이트가 {keep} (f = {f}), 이전 기억 중 "
    "f·c_{prev} = {f}·{c_prev:p} ≈ {kept}를 유지합니다. 입력 게이트가 {write} (i = {i}), 후보 중 "
    "i·g = {i}·{g:p} ≈ {written}를 기록합니다. 새 기억은 c_{t} ≈ {kept} + {written:p} ≈ {c}입니다. 출력 게이트가 "
    "{show} (o = {o}), h_{t} = o·tanh(c_{t}) = {o}·{tanh_c:p} ≈ {h}입니다",
    "recurrence.gru.sum": "x_{t}·W_xh + b_ih와 h_{prev}·W_hh + b_hh: 각각 값 {kh}개를 게이트 r, z, n으로 나눕니다",
    "recurrence.gru.reset": "리셋 게이트 r = σ([{pre}]) ≈ [{values}]: 후보가 h_{prev}를 얼마나 쓸지",
    "recurrence.gru.update": "업데이트 게이트 z = σ([{pre}]) ≈ [{values}]: h_{prev}를 그대로 얼마나 유지할지",
    "recurrence.gru.new": "후보 n = tanh(x_{t}·W_xn + b_in + r⊙(h_{prev}·W_hn + b_hn)), r = [{r}], "
    "h_{prev}·W_hn + b_hn = [{hn}]: n ≈ [{values}]",
    "recurrence.gru.hidden": "h_{t} = (1 − z)⊙n + z⊙h_{prev}, z = [{z}], n = [{n}], h_{prev} = [{h_prev}]: "
    "h_{t} ≈ [{values}]",
    "recurrence.gru.words": "말로 풀면, 유닛 1에서: 리셋 게이트가 {reset} (r = {r}), 후보 n = {n}은 이전 상태의 몫 "
    "h_{prev}·W_hn + b_hn을 그 비율만큼만 씁니다. 업데이트 게이트가 {keep} (z = {z}), "
    "h_{t} = (1 − {z})·{n:p} + {z}·{h_prev:p} ≈ {h}입니다",
    "recurrence.gate.closed": "거의 닫혀 있어",
    "recurrence.gate.half": "반쯤 열려 있어",
    "recurrence.gate.open": "거의 열려 있어",
    "recurrence.every_step": "t = 1 … {n} 모든 시점에서 같은 계산을, 직전 상태로부터 반복합니다:",
    "recurrence.step_line.rnn": "t = {label}: h_{t} = tanh(x_{t}·W_xh + h_{prev}·W_hh + b) = [{values}]",
    "recurrence.step_line.lstm": "t = {label}: h_{t} = o⊙tanh(c_{t}) = [{values}]",
    "recurrence.step_line.gru": "t = {label}: h_{t} = (1 − z)⊙n + z⊙h_{prev} = [{values}]",
    "recurrence.steps_hidden": "… 같은 방식으로 계산한 시점 {count}개 더",
    "recurrence.context": "마지막 은닉 상태 h_{t} = [{h_t}]가 문맥 벡터입니다: 시퀀스 전체를 숫자 {h}개로 "
    "요약한 것으로, 디코더나 분류기가 이어서 읽습니다",
    # steps: backpropagation through time
    "recurrence.loss.half": "손실 L = ½‖h_{t}‖² = ½([{h_t}]의 제곱합) = {value}, 따라서 ∂L/∂h_{t} = h_{t}",
    "recurrence.loss.upstream_last": "마지막 상태의 상위 기울기: ∂L/∂h_{t} = [{g}]",
    "recurrence.loss.upstream_all": "모든 은닉 상태의 상위 기울기: {n}개 시점 모두 ∂L/∂hₜ가 주어짐 (각각 값 {h}개)",
    "recurrence.back.rnn": "시간 역전파, h_{t}에서 h_1까지 거꾸로: ∂L/∂hₜ₋₁ = (∂L/∂hₜ ⊙ (1 − hₜ²))·W_hhᵀ, "
    "매 시점 같은 W_hhᵀ",
    "recurrence.back.rnn.delta": "δ_{t} = ∂L/∂h_{t} ⊙ (1 − h_{t}²) = [{dh}] ⊙ [{local}] ≈ [{values}]",
    "recurrence.back.rnn.carry": "∂L/∂h_{prev} = δ_{t}·W_hhᵀ ≈ [{values}]",
    "recurrence.back.lstm": "시간 역전파, h_{t}에서 h_1까지 게이트를 거쳐 거꾸로: 기억의 경로 cₜ₋₁ → cₜ는 f만 곱하므로 "
    "LSTM의 기울기는 더 천천히 소실됩니다",
    "recurrence.back.gru": "시간 역전파, h_{t}에서 h_1까지 게이트를 거쳐 거꾸로: z를 통한 경로 hₜ₋₁ → hₜ는 z만 "
    "곱하므로 GRU의 기울기는 더 천천히 소실됩니다",
    "recurrence.back.norm": "t = {label}: ‖∂L/∂h_{t}‖ = {norm}",
    "recurrence.trend.vanishing": "기울기 소실: t = {n}에서 t = 1로 거꾸로 가며 ‖∂L/∂hₜ‖가 {last}에서 {first}로, "
    "한 시점마다 약 ×{growth} ({orders}자릿수): 앞쪽 입력은 손실을 거의 바꾸지 못하므로 장기 의존성을 "
    "잘 배우지 못합니다",
    "recurrence.trend.exploding": "기울기 폭발: t = {n}에서 t = 1로 거꾸로 가며 ‖∂L/∂hₜ‖가 {last}에서 {first}로, "
    "한 시점마다 약 ×{growth} ({orders}자릿수) 커집니다: 학습 단계가 지나치게 커지므로 기울기를 잘라냅니다"
    "(gradient clipping)",
    "recurrence.trend.steady": "t = {n}에서 t = 1로 거꾸로 가며 ‖∂L/∂hₜ‖가 {last}에서 {first}로: 한 시점마다 약 "
    "×{growth}, 소실도 폭발도 아닙니다",
    "recurrence.trend.every": "t = {n}부터 t = 1까지 시점마다 ‖∂L/∂hₜ‖ (각 hₜ는 자신의 상위 기울기와 뒤 시점에서 "
    "흘러온 기울기를 함께 받습니다)",
    "recurrence.trend.zero": "t = 1 … {first}에서 ∂L/∂hₜ는 정확히 0입니다: float64가 담을 수 있는 가장 작은 수(약 "
    "5e-324)보다 작아져 언더플로했습니다(또는 그 시점이 손실에 닿지 않습니다). 한 시점마다의 배율은 그 뒤 시점들로 "
    "계산합니다",
    "recurrence.trend.saturated": "은닉 값의 {percent}%가 ±{limit} 밖에 있습니다. 그곳에서 tanh는 평평하고 1 − h²는 "
    "0에 가깝습니다: 포화된 상태가 W_hh의 크기와 상관없이 기울기를 막습니다",
    "recurrence.back.weights": "가중치의 기울기는 모든 시점의 몫을 더합니다: ∂L/∂W_hh = Σₜ hₜ₋₁ᵀ·δₜ, "
    "∂L/∂W_xh = Σₜ xₜᵀ·δₜ (t = 1 … {n}, δₜ는 시점 t의 활성화 전 값에 대한 기울기). 매 시점 같은 가중치를 썼기 "
    "때문입니다",
    "recurrence.error.n.value": "값 {count}개",
    "recurrence.error.n.values": "값 {count}개",
    "recurrence.error.n.column": "{count}열",
    "recurrence.error.n.columns": "{count}열",
    "recurrence.error.vector": "{name}는 벡터여야 하는데 모양이 {shape}입니다",
    "recurrence.error.matrix": "{name}는 행렬이어야 하는데 모양이 {shape}입니다",
    "recurrence.error.finite": "{name}에 유한한 수가 아닌 값이 있습니다",
    "recurrence.error.shape": "{name}는 {got}인데 {want}이어야 합니다",
    "recurrence.error.cell": "알 수 없는 셀 {cell!r}",
    "recurrence.error.cell.hint": "rnn, lstm 또는 gru를 쓰세요",
    "recurrence.error.sources": "시퀀스는 한 가지 방법으로만 주세요: 입력 X, 토큰, 또는 무작위 시간 단계의 수",
    "recurrence.error.scale": "W_hh의 배율은 유한한 수여야 합니다",
    "recurrence.error.c0": "셀 상태 c_0는 LSTM에만 있습니다",
    "recurrence.error.c0.hint": "c_0를 빼거나 lstm 셀을 쓰세요",
    "recurrence.error.hidden_is": "은닉 크기는 {hidden}",
    "recurrence.error.gates": "{name}는 {what}인데, {cell}의 게이트 수 {per}의 배수가 아닙니다",
    "recurrence.error.shape_is": "{name}는 {shape}",
    "recurrence.error.hidden": "은닉 크기가 서로 맞지 않습니다: {sizes}",
    "recurrence.error.hidden_range": "은닉 크기는 1부터 {limit}까지여야 하는데 {hidden}입니다",
    "recurrence.error.x_columns.one": "X는 {count}열",
    "recurrence.error.x_columns": "X는 {count}열",
    "recurrence.error.input_is": "입력 크기는 {size}",
    "recurrence.error.wxh_rows.one": "W_xh는 {count}행",
    "recurrence.error.wxh_rows": "W_xh는 {count}행",
    "recurrence.error.width": "입력 너비가 서로 맞지 않습니다: {widths}",
    "recurrence.error.width.hint": "W_xh는 입력의 열마다 한 행입니다",
    "recurrence.error.input_range": "입력 크기는 1부터 {limit}까지여야 하는데 {width}입니다",
    "recurrence.error.empty": "시퀀스에는 시간 단계가 하나 이상 있어야 합니다",
    "recurrence.error.too_many": "시간 단계 {steps}개 × 게이트 열 {columns}개는 저장하기에 너무 많습니다",
    "recurrence.error.too_many.hint": "시간 단계를 줄이거나 은닉 크기를 줄이세요",
    "recurrence.error.state.hint": "은닉 유닛마다 값을 하나씩 주세요",
    "recurrence.error.overflow": "은닉 상태가 float64 범위를 넘습니다: 입력이나 가중치가 너무 큽니다",
    "recurrence.error.overflow.hint": "값을 줄이세요(보통 원소는 1 근처입니다)",
    "recurrence.error.at": "시간 단계 {at}: 전체 {steps}단계 밖입니다",
    "recurrence.error.at.hint": "1부터 {steps}까지의 단계를 고르세요",
    "recurrence.error.layout.rnn": "W_xh는 D×H, W_hh는 H×H, b와 b_hh는 값 H개입니다",
    "recurrence.error.layout.gates": "W_xh는 D×{k}H, W_hh는 H×{k}H, b와 b_hh는 값 {k}H개입니다: 게이트 {gates}가 "
    "나란히 놓입니다",
    "recurrence.error.grad_ndim": "∂L/∂h는 벡터나 행렬이어야 하는데 모양이 {shape}입니다",
    "recurrence.error.grad.hint": "∂L/∂h_T(값 H개) 또는 모든 단계의 ∂L/∂h_t(T×H)를 주세요",
    "recurrence.error.explode": "단계를 거슬러 올라가며 그래디언트가 float64 범위를 넘습니다(폭발합니다)",
    "recurrence.error.explode.hint": "시간 단계를 줄이거나 W_hh의 배율을 줄이세요",
    "recurrence.error.one_way": "시퀀스는 한 가지 방법으로만 주세요",
    "recurrence.error.no_sequence": "시퀀스가 없습니다",
    "recurrence.error.one_way.hint": '--seq "the cat sat", --x "1,0;0,1"(시간 단계마다 한 행) 또는 --length 10을 '
    "쓰세요",
    "recurrence.error.not_step": "{at!r}는 시간 단계가 아닙니다",
    "recurrence.error.not_step.hint": "위치 1, 2, 3 …을 주세요",
}

# Help in Korean (see mlmath.cli.helptext).
HELP_KO = {
    "rnn": """순환 신경망 hₜ = tanh(xₜ·W_xh + hₜ₋₁·W_hh + b)를 한 시점씩; LSTM과 GRU의 게이트; BPTT.

시점마다 한 행이며, 노트처럼 행 벡터를 씁니다 (torch는 W·x로 계산하므로 그 가중치는 전치입니다).
같은 가중치를 모든 시점에 씁니다; 마지막 은닉 상태가 문맥 벡터입니다. --cell lstm은 게이트 i, f, g, o
(torch의 순서)와 셀 상태를, --cell gru는 게이트 r, z, n을 보여 줍니다. torch는 편향을 두 개 둡니다:
b_ih (--bias)와 b_hh (--bias-hh). GRU의 n 게이트는 r ⊙ (hₜ₋₁·W_hn + b_hn)을 씁니다. 주지 않은
가중치는 torch가 초기화하듯 uniform(−1/√H, 1/√H)에서 무작위로 뽑습니다. --backward는 기울기 소실
(--scale-whh로는 기울기 폭발)을 보여 줍니다. --expect는 마지막 은닉 상태 h_T를 확인합니다.

[dim]예:[/]
  mlmath rnn --seq "the cat sat"
  mlmath rnn --seq "the cat sat on the mat" --hidden 32 --backward -k 3
  mlmath rnn --x "1,0;0,1;1,1" --hidden 2 --cell lstm --at 2
  mlmath rnn --length 1000 --hidden 256 --no-steps --backward
""",
    "rnn.seq": "문장: attention처럼 임베딩한 토큰 하나가 한 시점입니다 (또는 @file.txt).",
    "rnn.x": "입력 X, 시점마다 한 행 (T×D).",
    "rnn.length": "시점 T개의 무작위 입력 (표준 정규 분포, --seed).",
    "rnn.cell": "셀: tanh RNN, LSTM (게이트 i, f, g, o) 또는 GRU (게이트 r, z, n).",
    "rnn.hidden": "은닉 크기 \\[기본값: 4, 아니면 주어진 가중치에서 읽음].",
    "rnn.input_size": "입력(임베딩) 하나의 너비 \\[기본값: 8, 아니면 X의 열 수].",
    "rnn.seed": "무작위 입력, 임베딩, 가중치의 시드.",
    "rnn.wxh": "W_xh, D×H (lstm은 D×4H, gru는 D×3H: 게이트를 torch의 순서로 나란히). "
    "torch의 weight_ih_l0은 그 전치입니다.",
    "rnn.whh": "W_hh, H×H (H×4H, H×3H). torch의 weight_hh_l0은 그 전치입니다.",
    "rnn.bias": "b (torch의 b_ih), 값 H개 (4H, 3H). 이것만 주면 b_hh는 0입니다.",
    "rnn.bias_hh": "b_hh, torch의 두 번째 편향 (GRU의 n 게이트는 그 n 부분에 r을 곱합니다).",
    "rnn.h0": "초기 은닉 상태 h₀ \\[기본값: 영벡터].",
    "rnn.c0": "lstm: 초기 셀 상태 c₀ \\[기본값: 영벡터].",
    "rnn.scale_whh": "W_hh에 K를 곱합니다: K > 1이면 기울기가 폭발하는 쪽으로, K < 1이면 소실되는 쪽으로.",
    "rnn.backward": "L = ½‖h_T‖²에서 시간을 거슬러 역전파(BPTT): 시점마다 ‖∂L/∂hₜ‖, "
    "그리고 X, 가중치, h₀의 기울기.",
    "rnn.grad_h": "½‖h_T‖² 대신 쓸 상류 기울기: ∂L/∂h_T (값 H개) 또는 시점마다 ∂L/∂hₜ (T×H); "
    "--backward를 함께 켭니다.",
    "rnn.at": "수로 풀어 쓸 시점 (위치, 또는 --seq의 토큰) \\[기본값: 1].",
}
PANELS_KO = {"Weights and states (\"1,2;3,4\", [[1,2],[3,4]], @file.csv, @file.npy …)":
             "가중치와 상태 (\"1,2;3,4\", [[1,2],[3,4]], @file.csv, @file.npy …)"}
