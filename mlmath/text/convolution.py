"""Sentences for conv and pool: the output-size rule, one window worked out, feature maps, pooling."""

EN = {
    # the axes, named inside sentences -------------------------------------------------------
    "convolution.axis.height": "height",
    "convolution.axis.width": "width",
    "convolution.axis.length": "length",
    "convolution.axis.both": "height and width",
    # convolution steps ---------------------------------------------------------------------
    "convolution.size": "Output {axis}: ⌊(n + 2p − d(k−1) − 1)/s⌋ + 1 = ⌊({n} + 2·{p} − {d}·({k}−1) − 1)/{s}⌋ + 1 "
    "= ⌊{numerator}/{s}⌋ + 1 = {quotient} + 1 = {size}",
    "convolution.size_asymmetric": "Output {axis}: ⌊(n + p_before + p_after − d(k−1) − 1)/s⌋ + 1 = "
    "⌊({n} + {p} + {p2} − {d}·({k}−1) − 1)/{s}⌋ + 1 = ⌊{numerator}/{s}⌋ + 1 = {size}  (padding 'same' needs "
    "d(k−1) zeros; torch puts the odd one after)",
    "convolution.pad": "Pad with zeros (before+after per axis: {pads}): the input {shape} becomes {padded}",
    "convolution.cell": "Cell ({i}, {j}) of the feature map (counted from 0): the kernel's top-left entry sits on "
    "input (row, column) = (i·s − p, j·s − p) = ({i}·{si} − {pi}, {j}·{sj} − {pj}) = ({row}, {col}); multiply "
    "the window under the kernel by the kernel, entry by entry, and add: {value}",
    "convolution.cell_map": "Cell ({i}, {j}) of feature map {o} (counted from 0), made by kernel {o}: the kernel's "
    "top-left entry sits on input (row, column) = (i·s − p, j·s − p) = ({i}·{si} − {pi}, {j}·{sj} − {pj}) = "
    "({row}, {col}); multiply the window by the kernel, entry by entry, and add: {value}",
    "convolution.cell_1d": "Position {j} of the feature map (counted from 0): the kernel starts on input position "
    "j·s − p = {j}·{s} − {p} = {start}; multiply the window by the kernel, entry by entry, and add: {value}",
    "convolution.cell_1d_map": "Position {j} of feature map {o} (counted from 0), made by kernel {o}: the kernel "
    "starts on input position j·s − p = {j}·{s} − {p} = {start}; multiply entry by entry and add: {value}",
    "convolution.dilated": "Dilation {dh}×{dw}: the kernel's entries sit {dh} rows and {dw} columns apart, so the "
    "window spans {span}",
    "convolution.dilated_1d": "Dilation {d}: the kernel's entries sit {d} apart, so the window spans {span}",
    "convolution.products": "Σ window·kernel = {terms: + } = {total}",
    "convolution.products_approx": "Σ window·kernel = {terms: + } ≈ {total}",
    "convolution.channel": "Input channel {channel}: {terms: + } = {total}",
    "convolution.channel_approx": "Input channel {channel}: {terms: + } ≈ {total}",
    "convolution.channels_hidden": "… {count} more input channels, each the same way",
    "convolution.channel_sum": "Add the channels: {partials: + } = {total}",
    "convolution.channel_sum_approx": "Add the channels: {partials: + } ≈ {total}",
    "convolution.bias": "Add the bias: {total} + {b:p} = {value}",
    "convolution.bias_approx": "Add the bias: {total} + {b:p} ≈ {value}",
    "convolution.slide": "The other cells ({others} more): slide the kernel by the stride ({s}) and repeat (the "
    "feature map above)",
    # convolution backward --------------------------------------------------------------------
    "convolution.backward.input": "∂L/∂x: every input entry collects ∂L/∂out × the kernel weight it was "
    "multiplied by, over every window that covered it (a 'full' convolution of ∂L/∂out with the flipped kernel)",
    "convolution.backward.kernel": "∂L/∂w[o,c,u,v] = Σᵢⱼ ∂L/∂out[o,i,j] · x_pad[c, i·s + u·d, j·s + v·d]: each "
    "weight collects ∂L/∂out × the input entry it met, over every position of the window",
    "convolution.backward.bias": "∂L/∂b = the sum of ∂L/∂out over each feature map = [{values}]",
    "convolution.backward.kernel_entry": "For example ∂L/∂w[{o},0,0,0] = {terms: + } = {total}",
    "convolution.backward.kernel_entry_approx": "For example ∂L/∂w[{o},0,0,0] = {terms: + } ≈ {total}",
    "convolution.backward.kernel_entry_batch": "For example ∂L/∂w[{o},0,0,0]: the first batch item gives "
    "{terms: + } = {total}; with the other items, {value}",
    # pooling steps --------------------------------------------------------------------------
    "convolution.pool.size": "Output {axis}: ⌊(n + 2p − k)/s⌋ + 1 = ⌊({n} + 2·{p} − {k})/{s}⌋ + 1 = "
    "⌊{numerator}/{s}⌋ + 1 = {quotient} + 1 = {size}",
    "convolution.pool.pad_max": "Pad each side with −∞ (rows: {ph}, columns: {pw}): padding never wins a maximum",
    "convolution.pool.pad_avg": "Pad each side with zeros (rows: {ph}, columns: {pw}), counted in every mean "
    "(count_include_pad=True, torch's default)",
    "convolution.pool.chosen": "[{value}]",
    "convolution.pool.cell_max": "Cell ({i}, {j}): the window from input ({row}, {col}) holds {entries} → max = "
    "{value} (marked [ ], at ({u}, {v}) in the window)",
    "convolution.pool.cell_avg": "Cell ({i}, {j}), the window from input ({row}, {col}): ({entries: + }) / {count} "
    "= {value}",
    "convolution.pool.cell_avg_approx": "Cell ({i}, {j}), the window from input ({row}, {col}): ({entries: + }) / "
    "{count} ≈ {value}",
    "convolution.pool.more_cells": "The other cells ({count} more): slide the window by the stride, the same way "
    "(the table above)",
    "convolution.pool.backward.max": "∂L/∂x for max pooling: each window sends its ∂L/∂out to the entry that was "
    "its maximum (the first one on ties, as torch); every other entry gets 0",
    "convolution.pool.backward.max_overlap": "∂L/∂x for max pooling: each window sends its ∂L/∂out to the entry "
    "that was its maximum (the first one on ties, as torch); windows overlap, so an entry that is the maximum of "
    "several windows adds up their gradients; every other entry gets 0",
    "convolution.pool.backward.avg": "∂L/∂x for average pooling: each window spreads its ∂L/∂out evenly, 1/{count} "
    "to each of its {count} entries (for ∂L/∂out = {g}: {g}/{count} = {share}); where windows overlap, an entry "
    "adds up its shares",
    "convolution.pool.backward.avg_approx": "∂L/∂x for average pooling: each window spreads its ∂L/∂out evenly, "
    "1/{count} to each of its {count} entries (for ∂L/∂out = {g}: {g}/{count} ≈ {share}); where windows overlap, "
    "an entry adds up its shares",
    # views ---------------------------------------------------------------------------------
    "convolution.headline": "{op}: input {input} ⋆ kernel {kernel} → feature map {output}",
    "convolution.headline_bias": "{op}: input {input} ⋆ kernel {kernel} + bias → feature map {output}",
    "convolution.title.input": "Input",
    "convolution.title.input_named": "Input ({name})",
    "convolution.title.input_channel": "Input, channel {c}",
    "convolution.title.kernel": "Kernel",
    "convolution.title.kernel_named": "Kernel ({name})",
    "convolution.title.kernel_channel": "Kernel {o}, input channel {c}",
    "convolution.title.feature_map": "Feature map",
    "convolution.title.feature_map_channel": "Feature map {o}",
    "convolution.title.window": "Cell ({cell}): window",
    "convolution.title.products": "window·kernel (sum {value})",
    "convolution.title.window_1d": "Position {cell}: window, kernel, products (sum {value})",
    "convolution.label.window": "window",
    "convolution.label.kernel": "kernel",
    "convolution.label.products": "window·kernel",
    "convolution.title.picture": "Input → feature map (dark low, bright high)",
    "convolution.title.upstream": "∂L/∂out (upstream gradient)",
    "convolution.title.grad_input": "∂L/∂x (gradient of the input)",
    "convolution.title.grad_kernel": "∂L/∂w (gradient of the kernel)",
    "convolution.title.grad_kernel_channel": "∂L/∂w, kernel {o}, input channel {c}",
    "convolution.title.grad_bias": "∂L/∂b",
    "convolution.picture.range": "{low} … {high}",
    "convolution.picture.sampled": "one pixel in {step} per axis",
    "convolution.batch_first": "(the first of {count} batch items is shown)",
    "convolution.maps_hidden": "(… {count} more feature maps in --json)",
    "convolution.inputs_hidden": "(… {count} more input channels in --json)",
    "convolution.pool.headline": "{kind} pooling {size}, stride {stride}: input {input} → {output}",
    "convolution.pool.kind.max": "Max",
    "convolution.pool.kind.avg": "Average",
    "convolution.pool.title.marked": "Input, each window's maximum marked [ ]",
    "convolution.pool.title.output": "Pooled map",
    "convolution.pool.title.output_channel": "Pooled map, channel {c}",
    "convolution.error.empty": "{what} is empty",
    "convolution.error.the_input": "the input",
    "convolution.error.the_kernel": "the kernel",
    "convolution.error.the_bias": "the bias",
    "convolution.error.the_upstream": "the upstream gradient",
    "convolution.error.input_ndim.one": "the input has {ndim} dimension",
    "convolution.error.input_ndim": "the input has {ndim} dimensions",
    "convolution.error.input_ndim.hint_1d": "give a vector (one channel), channels × length or batch × channels × "
    "length",
    "convolution.error.input_ndim.hint_2d": "give a matrix (one channel), channels × height × width or batch × "
    "channels × height × width",
    "convolution.error.kernel_ndim.one": "the kernel has {ndim} dimension",
    "convolution.error.kernel_ndim": "the kernel has {ndim} dimensions",
    "convolution.error.kernel_ndim.hint": "give one kernel, or all of them as {layout}",
    "convolution.error.kernel_channels.one": "the kernel is for {kernel} input channel but the input has {input}",
    "convolution.error.kernel_channels": "the kernel is for {kernel} input channels but the input has {input}",
    "convolution.error.kernel_channels.hint": "the kernel's layout is (out, in, kh, kw), with in = the input's "
    "channels",
    "convolution.error.word.stride": "stride",
    "convolution.error.word.dilation": "dilation",
    "convolution.error.word.padding": "padding",
    "convolution.error.word.window_size": "window size",
    "convolution.error.word.kernel": "kernel",
    "convolution.error.word.window": "window",
    "convolution.error.word.length": "length",
    "convolution.error.word.height": "height",
    "convolution.error.word.width": "width",
    "convolution.error.word.channel": "channel",
    "convolution.error.word.row": "row",
    "convolution.error.word.column": "column",
    "convolution.error.word.position": "position",
    "convolution.error.pair_count": "the {what} has {count} values for {spatial} axes",
    "convolution.error.pair_count.hint": "give one number for every axis, or one per axis",
    "convolution.error.positive": "the {what} must be a positive whole number, got {value}",
    "convolution.error.non_negative": "the {what} must be a non-negative whole number, got {value}",
    "convolution.error.dilated": " (dilated to {span})",
    "convolution.error.too_large": "the {what} {name} {size}{dilated} is larger than the padded input's {name} "
    "{padded}",
    "convolution.error.too_large.hint": "use a smaller {what}, more padding, or a larger input",
    "convolution.error.same_stride": "padding 'same' needs stride 1",
    "convolution.error.same_stride.hint": "use a number for the padding with a stride",
    "convolution.error.padding": "unknown padding {padding!r}",
    "convolution.error.padding.hint": "give a number, 'same' or 'valid'",
    "convolution.error.bias.one": "{size} bias values for {channels} output channel",
    "convolution.error.bias": "{size} bias values for {channels} output channels",
    "convolution.error.bias.hint": "give one bias per kernel",
    "convolution.error.upstream": "the upstream gradient has {size} entries but the output has {count} ({shape})",
    "convolution.error.upstream.hint": "give one number per output entry, or one for all",
    "convolution.error.cell_count": "a cell has {spatial} or {most} indices, got {count}",
    "convolution.error.cell_count.hint_1d": "write position or channel,position",
    "convolution.error.cell_count.hint_2d": "write row,column or channel,row,column",
    "convolution.error.cell": "the cell's {name} {value} is outside the output (0 to {last}, counted from 0)",
    "convolution.error.pooling": "unknown pooling {kind!r}",
    "convolution.error.pooling.hint": "use max or avg",
    "convolution.error.pool_padding": "the padding {padding} is more than half the window {name} {size}",
    "convolution.error.pool_padding.hint": "pad at most half the window (as torch requires)",
    "convolution.error.input_twice": "give the input once: as INPUT or as --in, not both",
    "convolution.error.no_input": "no input",
    "convolution.error.no_input.hint": "name one (mlmath {command} digit7) or give a matrix, e.g. mlmath {command} "
    '"1,2;3,4"',
    "convolution.error.listed": "{first} or {last}",
    "convolution.error.names": "name {names}, or write numbers like {example}",
    "convolution.error.stride.hint": "write S or SH,SW, e.g. 2 or 2,1",
    "convolution.error.padding.cli": "write P, PH,PW, same or valid",
    "convolution.error.dilation.hint": "write D or DH,DW, e.g. 2",
    "convolution.error.cell.hint": "write I,J or CHANNEL,I,J, counted from 0",
    "convolution.error.grad.hint": "give numbers shaped like the output, or one for all",
    "convolution.error.integers.hint": "write one whole number, or one per axis like 2,1",
}

KO = {
    "convolution.axis.height": "높이",
    "convolution.axis.width": "너비",
    "convolution.axis.length": "길이",
    "convolution.axis.both": "높이와 너비",
    "convolution.size": "출력 {axis}: ⌊(n + 2p − d(k−1) − 1)/s⌋ + 1 = ⌊({n} + 2·{p} − {d}·({k}−1) − 1)/{s}⌋ + 1 "
    "= ⌊{numerator}/{s}⌋ + 1 = {quotient} + 1 = {size}",
    "convolution.size_asymmetric": "출력 {axis}: ⌊(n + p_앞 + p_뒤 − d(k−1) − 1)/s⌋ + 1 = "
    "⌊({n} + {p} + {p2} − {d}·({k}−1) − 1)/{s}⌋ + 1 = ⌊{numerator}/{s}⌋ + 1 = {size}  (패딩 'same'에는 "
    "d(k−1)개의 0이 필요하며, torch는 남는 하나를 뒤에 붙입니다)",
    "convolution.pad": "0으로 패딩합니다 (축마다 앞+뒤: {pads}): 입력 크기 {shape} → {padded}",
    "convolution.cell": "특징 맵의 ({i}, {j}) 칸 (0부터 셈): 커널의 왼쪽 위 성분이 입력의 (행, 열) = "
    "(i·s − p, j·s − p) = ({i}·{si} − {pi}, {j}·{sj} − {pj}) = ({row}, {col})에 놓입니다. "
    "커널 아래 창과 커널을 성분끼리 곱해 더합니다: {value}",
    "convolution.cell_map": "특징 맵 {o}의 ({i}, {j}) 칸 (0부터 셈, 커널 {o}가 만듦): 커널의 왼쪽 위 성분이 입력의 "
    "(행, 열) = (i·s − p, j·s − p) = ({i}·{si} − {pi}, {j}·{sj} − {pj}) = ({row}, {col})에 놓입니다. 창과 커널을 "
    "성분끼리 곱해 더합니다: {value}",
    "convolution.cell_1d": "특징 맵의 {j}번 위치 (0부터 셈): 커널이 입력의 j·s − p = {j}·{s} − {p} = {start}번 "
    "위치에서 시작합니다. 창과 커널을 성분끼리 곱해 더합니다: {value}",
    "convolution.cell_1d_map": "특징 맵 {o}의 {j}번 위치 (0부터 셈, 커널 {o}가 만듦): 커널이 입력의 "
    "j·s − p = {j}·{s} − {p} = {start}번 위치에서 시작합니다. 성분끼리 곱해 더합니다: {value}",
    "convolution.dilated": "팽창(dilation) {dh}×{dw}: 커널의 성분이 {dh}행, {dw}열 간격으로 놓이므로 창의 크기는 "
    "{span}입니다",
    "convolution.dilated_1d": "팽창(dilation) {d}: 커널의 성분이 {d} 간격으로 놓이므로 창의 길이는 {span}입니다",
    "convolution.products": "Σ 창·커널 = {terms: + } = {total}",
    "convolution.products_approx": "Σ 창·커널 = {terms: + } ≈ {total}",
    "convolution.channel": "입력 채널 {channel}: {terms: + } = {total}",
    "convolution.channel_approx": "입력 채널 {channel}: {terms: + } ≈ {total}",
    "convolution.channels_hidden": "… 나머지 입력 채널 {count}개도 같은 방법으로 계산합니다",
    "convolution.channel_sum": "채널을 더합니다: {partials: + } = {total}",
    "convolution.channel_sum_approx": "채널을 더합니다: {partials: + } ≈ {total}",
    "convolution.bias": "편향을 더합니다: {total} + {b:p} = {value}",
    "convolution.bias_approx": "편향을 더합니다: {total} + {b:p} ≈ {value}",
    "convolution.slide": "나머지 {others}개 칸: 커널을 스트라이드({s})만큼 옮기며 같은 계산을 반복합니다 "
    "(위의 특징 맵)",
    "convolution.backward.input": "∂L/∂x: 각 입력 성분은 자신을 덮은 모든 창에서 ∂L/∂out × 곱해졌던 커널 가중치를 "
    "모읍니다 (∂L/∂out과 뒤집은 커널의 'full' 합성곱)",
    "convolution.backward.kernel": "∂L/∂w[o,c,u,v] = Σᵢⱼ ∂L/∂out[o,i,j] · x_pad[c, i·s + u·d, j·s + v·d]: 각 "
    "가중치는 창의 모든 위치에서 ∂L/∂out × 만났던 입력 성분을 모읍니다",
    "convolution.backward.bias": "∂L/∂b = 특징 맵마다 ∂L/∂out을 모두 더한 값 = [{values}]",
    "convolution.backward.kernel_entry": "예: ∂L/∂w[{o},0,0,0] = {terms: + } = {total}",
    "convolution.backward.kernel_entry_approx": "예: ∂L/∂w[{o},0,0,0] = {terms: + } ≈ {total}",
    "convolution.backward.kernel_entry_batch": "예: ∂L/∂w[{o},0,0,0]: 첫 번째 배치 항목이 {terms: + } = {total}을 "
    "주고, 나머지 항목까지 더하면 {value}",
    "convolution.pool.size": "출력 {axis}: ⌊(n + 2p − k)/s⌋ + 1 = ⌊({n} + 2·{p} − {k})/{s}⌋ + 1 = "
    "⌊{numerator}/{s}⌋ + 1 = {quotient} + 1 = {size}",
    "convolution.pool.pad_max": "양쪽을 −∞로 패딩합니다 (행: {ph}, 열: {pw}): 패딩은 최댓값이 되지 않습니다",
    "convolution.pool.pad_avg": "양쪽을 0으로 패딩하고 (행: {ph}, 열: {pw}), 평균에 함께 셉니다 "
    "(count_include_pad=True, torch의 기본값)",
    "convolution.pool.chosen": "[{value}]",
    "convolution.pool.cell_max": "({i}, {j}) 칸: 입력 ({row}, {col})에서 시작하는 창 {entries} → 최댓값 = {value} "
    "([ ] 표시, 창 안의 ({u}, {v}))",
    "convolution.pool.cell_avg": "({i}, {j}) 칸, 입력 ({row}, {col})에서 시작하는 창: ({entries: + }) / {count} "
    "= {value}",
    "convolution.pool.cell_avg_approx": "({i}, {j}) 칸, 입력 ({row}, {col})에서 시작하는 창: ({entries: + }) / "
    "{count} ≈ {value}",
    "convolution.pool.more_cells": "나머지 {count}개 칸: 창을 스트라이드만큼 옮기며 같은 방법으로 계산합니다 (위의 표)",
    "convolution.pool.backward.max": "최대 풀링의 ∂L/∂x: 각 창은 ∂L/∂out을 최댓값이었던 성분에만 보냅니다 (같은 값이 "
    "여럿이면 torch처럼 첫 번째); 나머지 성분은 0을 받습니다",
    "convolution.pool.backward.max_overlap": "최대 풀링의 ∂L/∂x: 각 창은 ∂L/∂out을 최댓값이었던 성분에만 보냅니다 "
    "(같은 값이 여럿이면 torch처럼 첫 번째). 창이 겹치므로 여러 창의 최댓값인 성분은 그 기울기를 모두 더합니다; "
    "나머지 성분은 0을 받습니다",
    "convolution.pool.backward.avg": "평균 풀링의 ∂L/∂x: 각 창은 ∂L/∂out을 {count}개 성분에 1/{count}씩 고르게 "
    "나눕니다 (∂L/∂out = {g}이면 {g}/{count} = {share}); 창이 겹치는 곳에서는 몫을 더합니다",
    "convolution.pool.backward.avg_approx": "평균 풀링의 ∂L/∂x: 각 창은 ∂L/∂out을 {count}개 성분에 1/{count}씩 "
    "고르게 나눕니다 (∂L/∂out = {g}이면 {g}/{count} ≈ {share}); 창이 겹치는 곳에서는 몫을 더합니다",
    "convolution.headline": "{op}: 입력 {input} ⋆ 커널 {kernel} → 특징 맵 {output}",
    "convolution.headline_bias": "{op}: 입력 {input} ⋆ 커널 {kernel} + 편향 → 특징 맵 {output}",
    "convolution.title.input": "입력",
    "convolution.title.input_named": "입력 ({name})",
    "convolution.title.input_channel": "입력, 채널 {c}",
    "convolution.title.kernel": "커널",
    "convolution.title.kernel_named": "커널 ({name})",
    "convolution.title.kernel_channel": "커널 {o}, 입력 채널 {c}",
    "convolution.title.feature_map": "특징 맵",
    "convolution.title.feature_map_channel": "특징 맵 {o}",
    "convolution.title.window": "({cell}) 칸: 창",
    "convolution.title.products": "창·커널 (합 {value})",
    "convolution.title.window_1d": "{cell}번 위치: 창, 커널, 곱 (합 {value})",
    "convolution.label.window": "창",
    "convolution.label.kernel": "커널",
    "convolution.label.products": "창·커널",
    "convolution.title.picture": "입력 → 특징 맵 (어두울수록 작고 밝을수록 큼)",
    "convolution.title.upstream": "∂L/∂out (위에서 온 기울기)",
    "convolution.title.grad_input": "∂L/∂x (입력의 기울기)",
    "convolution.title.grad_kernel": "∂L/∂w (커널의 기울기)",
    "convolution.title.grad_kernel_channel": "∂L/∂w, 커널 {o}, 입력 채널 {c}",
    "convolution.title.grad_bias": "∂L/∂b",
    "convolution.picture.range": "{low} … {high}",
    "convolution.picture.sampled": "축마다 {step}픽셀에 하나씩",
    "convolution.batch_first": "({count}개 배치 항목 중 첫 번째를 보여 줍니다)",
    "convolution.maps_hidden": "(… 나머지 특징 맵 {count}개는 --json에 있습니다)",
    "convolution.inputs_hidden": "(… 나머지 입력 채널 {count}개는 --json에 있습니다)",
    "convolution.pool.headline": "{kind} {size}, 스트라이드 {stride}: 입력 {input} → {output}",
    "convolution.pool.kind.max": "최대 풀링",
    "convolution.pool.kind.avg": "평균 풀링",
    "convolution.pool.title.marked": "입력, 창마다 최댓값을 [ ]로 표시",
    "convolution.pool.title.output": "풀링 결과",
    "convolution.pool.title.output_channel": "풀링 결과, 채널 {c}",
    "convolution.error.empty": "{what}이(가) 비어 있습니다",
    "convolution.error.the_input": "입력",
    "convolution.error.the_kernel": "커널",
    "convolution.error.the_bias": "편향",
    "convolution.error.the_upstream": "상류 그래디언트",
    "convolution.error.input_ndim.one": "입력이 {ndim}차원입니다",
    "convolution.error.input_ndim": "입력이 {ndim}차원입니다",
    "convolution.error.input_ndim.hint_1d": "벡터(채널 하나), 채널 × 길이, 또는 배치 × 채널 × 길이로 주세요",
    "convolution.error.input_ndim.hint_2d": "행렬(채널 하나), 채널 × 높이 × 너비, 또는 배치 × 채널 × 높이 × 너비로 "
    "주세요",
    "convolution.error.kernel_ndim.one": "커널이 {ndim}차원입니다",
    "convolution.error.kernel_ndim": "커널이 {ndim}차원입니다",
    "convolution.error.kernel_ndim.hint": "커널 하나를 주거나, 모든 커널을 {layout} 모양으로 주세요",
    "convolution.error.kernel_channels.one": "커널의 입력 채널은 {kernel}개인데 입력의 채널은 {input}개입니다",
    "convolution.error.kernel_channels": "커널의 입력 채널은 {kernel}개인데 입력의 채널은 {input}개입니다",
    "convolution.error.kernel_channels.hint": "커널의 배치는 (out, in, kh, kw)이고, in = 입력의 채널 수입니다",
    "convolution.error.word.stride": "스트라이드",
    "convolution.error.word.dilation": "팽창(dilation)",
    "convolution.error.word.padding": "패딩",
    "convolution.error.word.window_size": "창 크기",
    "convolution.error.word.kernel": "커널",
    "convolution.error.word.window": "창",
    "convolution.error.word.length": "길이",
    "convolution.error.word.height": "높이",
    "convolution.error.word.width": "너비",
    "convolution.error.word.channel": "채널",
    "convolution.error.word.row": "행",
    "convolution.error.word.column": "열",
    "convolution.error.word.position": "위치",
    "convolution.error.pair_count": "{what} 값이 {count}개인데 축은 {spatial}개입니다",
    "convolution.error.pair_count.hint": "모든 축에 쓸 숫자 하나, 또는 축마다 하나씩 주세요",
    "convolution.error.positive": "{what}는 양의 정수여야 하는데 {value}입니다",
    "convolution.error.non_negative": "{what}는 0 이상의 정수여야 하는데 {value}입니다",
    "convolution.error.dilated": " (팽창하면 {span})",
    "convolution.error.too_large": "{what}의 {name} {size}{dilated}: 패딩한 입력의 {name} {padded}보다 큽니다",
    "convolution.error.too_large.hint": "더 작은 {what}, 더 많은 패딩, 또는 더 큰 입력을 쓰세요",
    "convolution.error.same_stride": "패딩 'same'은 스트라이드가 1이어야 합니다",
    "convolution.error.same_stride.hint": "스트라이드와 함께 쓸 때는 패딩을 숫자로 주세요",
    "convolution.error.padding": "알 수 없는 패딩 {padding!r}",
    "convolution.error.padding.hint": "숫자, 'same' 또는 'valid'를 주세요",
    "convolution.error.bias.one": "편향 값이 {size}개인데 출력 채널은 {channels}개입니다",
    "convolution.error.bias": "편향 값이 {size}개인데 출력 채널은 {channels}개입니다",
    "convolution.error.bias.hint": "커널마다 편향을 하나씩 주세요",
    "convolution.error.upstream": "상류 그래디언트의 원소는 {size}개인데 출력의 원소는 {count}개({shape})입니다",
    "convolution.error.upstream.hint": "출력 원소마다 숫자 하나, 또는 모두에 쓸 숫자 하나를 주세요",
    "convolution.error.cell_count": "칸의 인덱스는 {spatial}개 또는 {most}개인데 {count}개입니다",
    "convolution.error.cell_count.hint_1d": "위치 또는 채널,위치로 쓰세요",
    "convolution.error.cell_count.hint_2d": "행,열 또는 채널,행,열로 쓰세요",
    "convolution.error.cell": "칸의 {name} {value}: 출력 밖입니다(0부터 {last}까지, 0부터 셉니다)",
    "convolution.error.pooling": "알 수 없는 풀링 {kind!r}",
    "convolution.error.pooling.hint": "max 또는 avg를 쓰세요",
    "convolution.error.pool_padding": "패딩 {padding}: 창의 {name} {size}의 절반보다 큽니다",
    "convolution.error.pool_padding.hint": "패딩은 창의 절반까지만 주세요(torch도 그렇게 요구합니다)",
    "convolution.error.input_twice": "입력은 한 번만 주세요: INPUT 또는 --in 중 하나로",
    "convolution.error.no_input": "입력이 없습니다",
    "convolution.error.no_input.hint": "이름을 주거나(mlmath {command} digit7) 행렬을 주세요, 예: mlmath {command} "
    '"1,2;3,4"',
    "convolution.error.listed": "{first} 또는 {last}",
    "convolution.error.names": "{names} 중 하나의 이름을 쓰거나, {example}처럼 숫자를 쓰세요",
    "convolution.error.stride.hint": "S 또는 SH,SW로 쓰세요, 예: 2 또는 2,1",
    "convolution.error.padding.cli": "P, PH,PW, same 또는 valid로 쓰세요",
    "convolution.error.dilation.hint": "D 또는 DH,DW로 쓰세요, 예: 2",
    "convolution.error.cell.hint": "I,J 또는 CHANNEL,I,J로 쓰세요(0부터 셉니다)",
    "convolution.error.grad.hint": "출력과 같은 모양의 숫자들, 또는 모두에 쓸 숫자 하나를 주세요",
    "convolution.error.integers.hint": "정수 하나, 또는 2,1처럼 축마다 하나씩 쓰세요",
}

HELP_KO = {
    "conv": """PyTorch가 계산하는 합성곱: 출력 크기 공식, 한 창의 곱과 합, 특징 맵.

커널(필터)을 뒤집지 않고 입력 위로 옮깁니다 (교차 상관, torch.nn.functional.conv2d와 같음). 출력의 각
칸은 창과 커널을 성분끼리 곱해 더한 값에 편향을 더한 것입니다. 여러 채널은 torch의 배치를 따릅니다:
입력 in×h×w, 커널 out×in×kh×kw.

[dim]예:[/]
  mlmath conv digit7 --kernel edge-x
  mlmath conv checker -k sobel-y --padding same --cell 2,3
  mlmath conv "[[1,2,3],[4,5,6],[7,8,9]]" -k "1,0;0,-1" --backward
  mlmath conv step --1d -k diff --json
""",
    "conv.image": "입력: digit7, cross, checker, gradient (8×8), 행렬 \"1,2;3,4\" (채널 1개), 중첩 리스트나 "
    "@file.npy의 in×h×w, 또는 batch×in×h×w. --1d이면 step, pulse, ramp 또는 벡터.",
    "conv.inputs": "입력을 옵션으로 줍니다 (INPUT 대신).",
    "conv.kernel": "edge-x, edge-y, sobel-x, sobel-y, blur, sharpen, identity; 행렬; 또는 out×in×kh×kw "
    "(torch의 가중치 배치). --1d이면 diff, smooth, identity 또는 벡터. \\[기본값: edge-x; --1d이면 diff]",
    "conv.bias": "커널(출력 채널)마다 편향 하나.",
    "conv.stride": "커널이 움직이는 간격(스트라이드): S, 또는 축마다 SH,SW.",
    "conv.padding": "입력 둘레의 0 (패딩): P, PH,PW, same (출력이 입력과 같은 크기; 스트라이드 1) 또는 "
    "valid (없음).",
    "conv.dilation": "커널 성분 사이의 간격 (dilation): D 또는 DH,DW.",
    "conv.one_d": "시퀀스의 1차원 합성곱 (conv1d): INPUT은 벡터나 in×length, 커널은 벡터나 out×in×k.",
    "conv.cell": "단계별로 풀어 쓸 출력 칸, 0부터 셈: I,J 또는 CHANNEL,I,J (--1d이면 J 또는 CHANNEL,J). "
    "\\[기본값: 첫 칸]",
    "conv.backward": "위에서 온 기울기 ∂L/∂out (--grad, 기본값은 모두 1)에 대한 ∂L/∂x, ∂L/∂w (그리고 ∂L/∂b)도 "
    "계산합니다.",
    "conv.grad": "위에서 온 기울기 ∂L/∂out: 출력과 같은 모양, 또는 모두에 쓸 수 하나 (--backward를 뜻함).",
    "pool": """PyTorch가 계산하는 최대 풀링과 평균 풀링: 각 창, 고른 성분, 역전파 규칙.

창이 각 채널 위로 움직입니다 (--stride가 없으면 스트라이드 = 창 크기). 최대 풀링은 가장 큰 성분을
남기고 (기울기는 그 성분에만 갑니다; 같은 값이면 torch처럼 첫 번째), 평균 풀링은 평균을 남깁니다
(기울기는 고르게 나뉩니다).

[dim]예:[/]
  mlmath pool digit7
  mlmath pool "1,3,2,2;3,0,1,0;4,4,5,6;0,1,7,6" --backward
  mlmath pool gradient --kind avg --size 3 --stride 2 --padding 1
""",
    "pool.image": "입력: digit7, cross, checker, gradient (8×8), 행렬 \"1,2;3,4\", 중첩 리스트나 @file.npy의 "
    "channels×h×w, 또는 batch×channels×h×w.",
    "pool.inputs": "입력을 옵션으로 줍니다 (INPUT 대신).",
    "pool.kind": "max는 창마다 가장 큰 성분을, avg는 평균을 남깁니다 (패딩의 0도 셈, torch와 같음).",
    "pool.size": "창의 크기: K 또는 KH,KW.",
    "pool.stride": "창이 움직이는 간격(스트라이드): S 또는 SH,SW. \\[기본값: 창 크기, torch와 같음]",
    "pool.padding": "양쪽 패딩 (max는 −∞, avg는 0), 창의 절반까지: P 또는 PH,PW.",
    "pool.backward": "위에서 온 기울기 ∂L/∂out (--grad, 기본값은 모두 1)에 대한 ∂L/∂x도 계산합니다.",
    "pool.grad": "위에서 온 기울기 ∂L/∂out: 출력과 같은 모양, 또는 모두에 쓸 수 하나 (--backward를 뜻함).",
}
