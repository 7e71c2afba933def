"""Sentences for transformer blocks: residual connections, layer normalization, the feed-forward network."""

FORMULAS = {
    "blocks.title.x": "X + PE ({shape})",
    "blocks.title.memory_x": "X_memory + PE ({shape})",
    "blocks.stage.self_attention": "L{layer} attention",
    "blocks.stage.masked_self_attention": "L{layer} masked",
    "blocks.stage.cross_attention": "L{layer} cross",
    "blocks.stage.feed_forward": "L{layer} FFN",
}

EN = {
    **FORMULAS,
    "blocks.summary.encoder": "Transformer encoder: {layers} block(s) over {n} tokens (d_model = {d_model}, heads = "
    "{heads}, d_ff = {d_ff}, {activation}, {norm})",
    "blocks.summary.decoder": "Transformer decoder: {layers} block(s) over {n} tokens with a memory of {m} tokens "
    "(d_model = {d_model}, heads = {heads}, d_ff = {d_ff}, {activation}, {norm})",
    "blocks.norm.post": "post-norm",
    "blocks.norm.pre": "pre-norm",
    "blocks.note.random": "{count} matrices and vectors drawn at random with seed {seed} (--seed): the same command "
    "always prints the same numbers; give --weights FILE.npz to use your own (a trained PyTorch layer's, say).",
    "blocks.note.pre_norm": "Pre-norm (--pre-norm): LayerNorm before each sub-layer, the stream itself left "
    "unnormalised; the original paper \"Attention Is All You Need\" used post-norm (Add, then Norm).",
    "blocks.note.post_norm": "Post-norm, as the original paper \"Attention Is All You Need\": each sub-layer's "
    "output is added to its input, then normalised (Add & Norm); --pre-norm normalises first.",
    "blocks.title.embeddings": "X: embeddings ({shape})",
    "blocks.title.memory": "Memory: the encoder's output for the memory sentence ({shape})",
    "blocks.title.normed_input": "Layer {layer} {block}: {norm}(stream) ({shape})",
    "blocks.title.self_attention": "Layer {layer} {block}: multi-head self-attention ({shape})",
    "blocks.title.masked_self_attention": "Layer {layer} {block}: masked multi-head self-attention ({shape})",
    "blocks.title.cross_attention": "Layer {layer} {block}: cross-attention on the memory ({shape})",
    "blocks.title.feed_forward": "Layer {layer} {block}: FFN(x) ({shape})",
    "blocks.title.residual": "Layer {layer} {block}: residual stream + sub-layer ({shape})",
    "blocks.title.normed": "Layer {layer} {block}: {norm}(stream + sub-layer) ({shape})",
    "blocks.title.output": "Output of the last block ({shape})",
    "blocks.title.heatmap": "Layer 1 {block}, head 1: attention weights, query ↓, key →",
    "blocks.title.writes": "Writes to the residual stream: mean ‖write‖ per token (‖X + PE‖ = {input})",
    "blocks.block.encoder": "encoder",
    "blocks.block.decoder": "decoder",
    "blocks.pointer": "Every step of attention in full: mlmath attention --seq TEXT --heads H (the first encoder "
    "layer draws the same X, W_Q, W_K, W_V, W_O from the same --seed).",
    # steps
    "blocks.memory": "Memory: the encoder ({layers} block(s)) reads the memory sentence, {m} tokens ({tokens: │ }), "
    "and its output (m×d_model = {m}×{d_model}) is what the decoder's cross-attention looks at",
    "blocks.memory.done": "The memory: {m}×{d_model}, the encoder's output (the same as mlmath transformer --seq on "
    "that sentence)",
    "blocks.input.random": "Input: the {n} tokens ({tokens: │ }) embedded as X ({n}×{d_model}, random, seed {seed}) "
    "plus the positional encoding PE: X + PE",
    "blocks.input.given": "Input: the {n} tokens ({tokens: │ }) embedded as the given X ({n}×{d_model}) plus the "
    "positional encoding PE: X + PE",
    "blocks.weights.random": "The weights (W_Q, W_K, W_V, W_O {d_model}×{d_model}, W₁ {d_model}×{d_ff}, W₂ "
    "{d_ff}×{d_model}, biases, LayerNorm γ and β) are learned; drawn at random here (seed {seed}): attention biases "
    "0, γ = 1, β = 0 as a new PyTorch layer has them",
    "blocks.weights.given": "The weights (W_Q, W_K, W_V, W_O {d_model}×{d_model}, W₁ {d_model}×{d_ff}, W₂ "
    "{d_ff}×{d_model}, biases, LayerNorm γ and β) are the given ones",
    "blocks.weights.mixed": "The weights (W_Q, W_K, W_V, W_O {d_model}×{d_model}, W₁ {d_model}×{d_ff}, W₂ "
    "{d_ff}×{d_model}, biases, γ, β): {count} not in the file drawn at random (seed {seed}), the rest given",
    "blocks.layer.encoder": "Encoder block {layer}:",
    "blocks.layer.decoder": "Decoder block {layer}:",
    "blocks.attention.self": "Multi-head self-attention: {heads} head(s) of d_k = {d_k}, softmax(Q·Kᵀ/√d_k)·V, "
    "concatenated, ·W_O + b_O → {n}×{d_model} (every step in full: mlmath attention)",
    "blocks.attention.masked": "Masked multi-head self-attention: {heads} head(s) of d_k = {d_k}; a token sees "
    "only itself and earlier tokens → {n}×{d_model}",
    "blocks.attention.cross": "Cross-attention: queries from this stream, keys and values from the {m} rows of "
    "the memory; {heads} head(s) of d_k = {d_k} → {n}×{d_model}",
    "blocks.attention.focus": "{token} attends most to {key_token} (weight {weight}, mean over the heads)",
    "blocks.add": "Residual connection (Add): stream + sub-layer output, {n}×{d_model}; for {token} the write has "
    "length ‖write‖ = {write} against ‖input‖ = {stream}",
    "blocks.norm": "Layer normalization ({norm}) of each token's row: (x − mean) / √(var + 1e-5)·γ + β; for "
    "{token} = [{entries}]: mean = {mean}, var = {var}, √(var + 1e-5) = {std}, normalised row ≈ [{normed}]",
    "blocks.pre_norm": "Layer normalization ({norm}) first (pre-norm), on a copy: the stream goes on unnormalised",
    "blocks.ffn.relu": "Feed-forward network FFN(x) = relu(x·W₁ + b₁)·W₂ + b₂ on each token alone: {d_model} → "
    "{d_ff} → {d_model}; for {token}, {active} of the {d_ff} hidden units are positive (relu sets the rest to 0)",
    "blocks.ffn.gelu": "Feed-forward network FFN(x) = gelu(x·W₁ + b₁)·W₂ + b₂ on each token alone: {d_model} → "
    "{d_ff} → {d_model}; gelu(z) = z·Φ(z); for {token}, {active} of the {d_ff} hidden units are positive",
    "blocks.done": "Output: {n}×{d_model}, the same shape as the input, so blocks stack ({layers} here)",
    "blocks.error.d_model_disagrees": "`d_model` disagrees: `weights` and `d_model` give {sizes}",
    "blocks.error.d_model_disagrees.hint": "embeddings have d_model columns; W_Q, W_K, W_V and W₁ have d_model rows",
    "blocks.error.d_ff_disagrees": "`d_ff` disagrees: W₁ in `weights` and `d_ff` give {sizes}",
    "blocks.error.d_model": "`d_model` must be between 1 and {limit}, got {d}",
    "blocks.error.d_ff": "`d_ff` must be between 1 and {limit}, got {width}",
    "blocks.error.no_token": "a block needs at least one token",
    "blocks.error.activation": "unknown `activation` {activation!r}",
    "blocks.error.activation.hint": "use relu or gelu",
    "blocks.error.layers": "`layers` must be between 1 and {limit}, got {layers}",
    "blocks.error.heads_positive": "`heads` must be at least 1, got {heads}",
    "blocks.error.weight_name": "`weights` has an unknown name {name!r} for {layers} layer(s)",
    "blocks.error.weight_name.encoder": "`weights` has an unknown name {name!r} for {layers} layer(s) of an encoder",
    "blocks.error.weight_name.hint_decoder": "names look like encoder.0.wq, decoder.0.cross_wk, "
    "encoder.1.norm2_gamma, embeddings",
    "blocks.error.weight_name.hint_encoder": "names look like encoder.0.wq, encoder.0.w1, encoder.1.norm2_gamma, "
    "embeddings",
    "blocks.error.memory_embeddings": "memory_embeddings in `weights` belong to a decoder with a memory sentence",
    "blocks.error.heads": "`heads` {heads} does not divide d_model = {d}: each head takes an equal slice",
    "blocks.error.heads.hint": "use one of {choices} for `heads`",
    "blocks.error.attention_size": "{heads} heads × {n} × {n} attention weights are too many to keep",
    "blocks.error.attention_size.hint": "use fewer tokens or `heads`",
    "blocks.error.ff_size": "{n} tokens × d_ff {width} is too large",
    "blocks.error.ff_size.hint": "use a smaller `d_ff`",
    "blocks.error.weight_shape": "{name} in `weights` is {shape} but must be {expected}",
    "blocks.error.weight_shape.hint": "weights are stored for row vectors: x·W (transpose PyTorch's weight matrices)",
    "blocks.error.weight_finite": "{name} in `weights` holds a value that is not a finite number",
    "blocks.error.overflow": "the block's output overflowed float64: the embeddings or weights are too large",
    "blocks.error.overflow.hint": "scale them down (entries near 1 are typical)",
    "blocks.error.file.savez": "save one with numpy.savez(FILE, **{{'encoder.0.wq': wq, ...}})",
    "blocks.error.file.pickle.hint": "save plain numeric arrays",
    "blocks.error.no_memory": "a decoder block needs a memory to attend to",
    "blocks.error.no_memory.hint": 'give --memory "a sentence"',
    "blocks.error.memory": "a memory is read by decoder blocks",
    "blocks.error.memory.hint": "add --decoder",
}

KO = {
    **FORMULAS,
    "blocks.summary.encoder": "트랜스포머 인코더: 토큰 {n}개에 블록 {layers}개 (d_model = {d_model}, 헤드 = {heads}, "
    "d_ff = {d_ff}, {activation}, {norm})",
    "blocks.summary.decoder": "트랜스포머 디코더: 토큰 {n}개, 메모리 토큰 {m}개에 블록 {layers}개 (d_model = "
    "{d_model}, 헤드 = {heads}, d_ff = {d_ff}, {activation}, {norm})",
    "blocks.norm.post": "사후 정규화(post-norm)",
    "blocks.norm.pre": "사전 정규화(pre-norm)",
    "blocks.note.random": "행렬과 벡터 {count}개를 시드 {seed}(--seed)로 무작위로 뽑았습니다. 같은 명령은 언제나 같은 "
    "숫자를 출력합니다. 직접 주려면 --weights FILE.npz를 쓰세요 (학습된 PyTorch 층의 가중치 등).",
    "blocks.note.pre_norm": "사전 정규화(--pre-norm): 각 부층 앞에서 층 정규화를 하고 흐름 자체는 정규화하지 "
    "않습니다. 원래 논문 \"Attention Is All You Need\"는 사후 정규화(더한 뒤 정규화)를 썼습니다.",
    "blocks.note.post_norm": "원래 논문 \"Attention Is All You Need\"처럼 사후 정규화: 각 부층의 출력을 입력에 "
    "더한 뒤 정규화합니다(Add & Norm). --pre-norm은 먼저 정규화합니다.",
    "blocks.title.embeddings": "X: 임베딩 ({shape})",
    "blocks.title.memory": "메모리: 메모리 문장에 대한 인코더의 출력 ({shape})",
    "blocks.title.normed_input": "{layer}층 {block}: {norm}(흐름) ({shape})",
    "blocks.title.self_attention": "{layer}층 {block}: 멀티 헤드 셀프 어텐션 ({shape})",
    "blocks.title.masked_self_attention": "{layer}층 {block}: 마스크 멀티 헤드 셀프 어텐션 ({shape})",
    "blocks.title.cross_attention": "{layer}층 {block}: 메모리에 대한 크로스 어텐션 ({shape})",
    "blocks.title.feed_forward": "{layer}층 {block}: FFN(x) ({shape})",
    "blocks.title.residual": "{layer}층 {block}: 잔차 흐름 + 부층 ({shape})",
    "blocks.title.normed": "{layer}층 {block}: {norm}(흐름 + 부층) ({shape})",
    "blocks.title.output": "마지막 블록의 출력 ({shape})",
    "blocks.title.heatmap": "1층 {block}, 헤드 1: 어텐션 가중치, 쿼리 ↓, 키 →",
    "blocks.title.writes": "잔차 흐름에 더하는 것: 토큰당 평균 ‖write‖ (‖X + PE‖ = {input})",
    "blocks.block.encoder": "인코더",
    "blocks.block.decoder": "디코더",
    "blocks.pointer": "어텐션의 모든 단계: mlmath attention --seq TEXT --heads H (첫 인코더 층은 같은 --seed에서 "
    "같은 X, W_Q, W_K, W_V, W_O를 뽑습니다).",
    "blocks.memory": "메모리: 인코더(블록 {layers}개)가 메모리 문장의 토큰 {m}개({tokens: │ })를 읽고, 그 출력"
    "(m×d_model = {m}×{d_model})을 디코더의 크로스 어텐션이 봅니다",
    "blocks.memory.done": "메모리: {m}×{d_model}, 인코더의 출력 (그 문장에 mlmath transformer --seq를 한 것과 같음)",
    "blocks.input.random": "입력: 토큰 {n}개({tokens: │ })의 임베딩 X ({n}×{d_model}, 무작위, 시드 {seed})에 위치 "
    "인코딩 PE를 더한 X + PE",
    "blocks.input.given": "입력: 토큰 {n}개({tokens: │ })의 주어진 임베딩 X ({n}×{d_model})에 위치 인코딩 PE를 "
    "더한 X + PE",
    "blocks.weights.random": "가중치(W_Q, W_K, W_V, W_O {d_model}×{d_model}, W₁ {d_model}×{d_ff}, W₂ "
    "{d_ff}×{d_model}, 편향, 층 정규화의 γ와 β)는 학습되는 값이지만 여기서는 무작위로 뽑았습니다 (시드 {seed}). "
    "어텐션 편향 0, γ = 1, β = 0은 새 PyTorch 층과 같습니다",
    "blocks.weights.given": "가중치(W_Q, W_K, W_V, W_O {d_model}×{d_model}, W₁ {d_model}×{d_ff}, W₂ "
    "{d_ff}×{d_model}, 편향, 층 정규화의 γ와 β)는 주어진 값입니다",
    "blocks.weights.mixed": "가중치(W_Q, W_K, W_V, W_O {d_model}×{d_model}, W₁ {d_model}×{d_ff}, W₂ "
    "{d_ff}×{d_model}, 편향, γ, β): 파일에 없는 {count}개는 무작위로 뽑고 (시드 {seed}) 나머지는 주어진 값",
    "blocks.layer.encoder": "인코더 블록 {layer}:",
    "blocks.layer.decoder": "디코더 블록 {layer}:",
    "blocks.attention.self": "멀티 헤드 셀프 어텐션: d_k = {d_k}인 헤드 {heads}개, softmax(Q·Kᵀ/√d_k)·V를 "
    "이어 붙여 ·W_O + b_O → {n}×{d_model} (모든 단계: mlmath attention)",
    "blocks.attention.masked": "마스크 멀티 헤드 셀프 어텐션: d_k = {d_k}인 헤드 {heads}개; 토큰은 자기 자신과 앞의 "
    "토큰만 봅니다 → {n}×{d_model}",
    "blocks.attention.cross": "크로스 어텐션: 쿼리는 이 흐름에서, 키와 값은 메모리의 {m}행에서; d_k = {d_k}인 헤드 "
    "{heads}개 → {n}×{d_model}",
    "blocks.attention.focus": "{token} → {key_token}: {token}의 가장 큰 어텐션 가중치 {weight} (헤드 평균)",
    "blocks.add": "잔차 연결(Add): 흐름 + 부층 출력, {n}×{d_model}; {token}에서 더하는 벡터의 길이 ‖write‖ = "
    "{write}, ‖입력‖ = {stream}",
    "blocks.norm": "층 정규화({norm}): 토큰마다 행을 (x − 평균) / √(분산 + 1e-5)·γ + β로; "
    "{token} = [{entries}]: 평균 = {mean}, 분산 = {var}, √(분산 + 1e-5) = {std}, 정규화한 행 ≈ [{normed}]",
    "blocks.pre_norm": "층 정규화({norm})를 먼저 (사전 정규화), 사본에: 흐름은 정규화하지 않은 채 이어집니다",
    "blocks.ffn.relu": "피드포워드 신경망 FFN(x) = relu(x·W₁ + b₁)·W₂ + b₂, 토큰마다 따로: {d_model} → {d_ff} → "
    "{d_model}; {token}에서 은닉 유닛 {d_ff}개 중 {active}개가 양수 (relu가 나머지를 0으로)",
    "blocks.ffn.gelu": "피드포워드 신경망 FFN(x) = gelu(x·W₁ + b₁)·W₂ + b₂, 토큰마다 따로: {d_model} → {d_ff} → "
    "{d_model}; gelu(z) = z·Φ(z); {token}에서 은닉 유닛 {d_ff}개 중 {active}개가 양수",
    "blocks.done": "출력: {n}×{d_model}, 입력과 같은 모양이라 블록을 쌓을 수 있습니다 (여기서는 {layers}개)",
    "blocks.error.d_model_disagrees": "`d_model`이 서로 맞지 않습니다: `weights`와 `d_model`이 주는 값 {sizes}",
    "blocks.error.d_model_disagrees.hint": "임베딩은 d_model열, W_Q, W_K, W_V와 W₁은 d_model행입니다",
    "blocks.error.d_ff_disagrees": "`d_ff`가 서로 맞지 않습니다: `weights`의 W₁과 `d_ff`가 주는 값 {sizes}",
    "blocks.error.d_model": "`d_model`은 1부터 {limit}까지여야 하는데 {d}입니다",
    "blocks.error.d_ff": "`d_ff`는 1부터 {limit}까지여야 하는데 {width}입니다",
    "blocks.error.no_token": "블록에는 토큰이 하나 이상 있어야 합니다",
    "blocks.error.activation": "알 수 없는 `activation` {activation!r}",
    "blocks.error.activation.hint": "relu 또는 gelu를 쓰세요",
    "blocks.error.layers": "`layers`는 1부터 {limit}까지여야 하는데 {layers}입니다",
    "blocks.error.heads_positive": "`heads`는 1 이상이어야 하는데 {heads}입니다",
    "blocks.error.weight_name": "`weights`에 층 {layers}개에는 없는 이름 {name!r}가 있습니다",
    "blocks.error.weight_name.encoder": "`weights`에 인코더 층 {layers}개에는 없는 이름 {name!r}가 있습니다",
    "blocks.error.weight_name.hint_decoder": "이름의 예: encoder.0.wq, decoder.0.cross_wk, encoder.1.norm2_gamma, "
    "embeddings",
    "blocks.error.weight_name.hint_encoder": "이름의 예: encoder.0.wq, encoder.0.w1, encoder.1.norm2_gamma, embeddings",
    "blocks.error.memory_embeddings": "`weights`의 memory_embeddings는 메모리 문장이 있는 디코더에 쓰입니다",
    "blocks.error.heads": "d_model = {d}, `heads` {heads}: d_model이 헤드 수로 나누어떨어지지 않습니다(헤드마다 "
    "같은 크기의 조각을 맡습니다)",
    "blocks.error.heads.hint": "`heads`를 다음 중 하나로 쓰세요: {choices}",
    "blocks.error.attention_size": "헤드 {heads}개 × {n} × {n} 어텐션 가중치는 저장하기에 너무 많습니다",
    "blocks.error.attention_size.hint": "토큰이나 `heads`를 줄이세요",
    "blocks.error.ff_size": "토큰 {n}개 × d_ff {width}: 너무 큽니다",
    "blocks.error.ff_size.hint": "더 작은 `d_ff`를 쓰세요",
    "blocks.error.weight_shape": "`weights`의 {name}는 {shape}인데 {expected}여야 합니다",
    "blocks.error.weight_shape.hint": "가중치는 행 벡터용으로 저장합니다: x·W (PyTorch의 가중치 행렬을 전치하세요)",
    "blocks.error.weight_finite": "`weights`의 {name}에 유한한 수가 아닌 값이 있습니다",
    "blocks.error.overflow": "블록의 출력이 float64 범위를 넘었습니다: 임베딩이나 가중치가 너무 큽니다",
    "blocks.error.overflow.hint": "값을 줄이세요(보통 원소는 1 근처입니다)",
    "blocks.error.file.savez": "numpy.savez(FILE, **{{'encoder.0.wq': wq, ...}})로 저장하세요",
    "blocks.error.file.pickle.hint": "숫자 배열을 그대로 저장하세요",
    "blocks.error.no_memory": "디코더 블록에는 어텐션할 메모리가 필요합니다",
    "blocks.error.no_memory.hint": '--memory "나는 학교에 간다"처럼 문장을 주세요',
    "blocks.error.memory": "메모리는 디코더 블록이 읽습니다",
    "blocks.error.memory.hint": "--decoder를 더하세요",
}

# Help in Korean (see mlmath.cli.helptext).
HELP_KO = {
    "transformer": """트랜스포머 블록: X + PE, 멀티 헤드 어텐션, Add & Norm, 피드포워드, Add & Norm을 하나하나.

가중치는 --weights FILE.npz에 없으면 무작위(--seed)입니다. 수는 드롭아웃이 0인
torch.nn.TransformerEncoderLayer(와 DecoderLayer)의 값과 같습니다. --layers는 블록을 쌓고,
--pre-norm은 각 LayerNorm을 부층 앞으로 옮깁니다.

[dim]예:[/]
  mlmath transformer --seq "the cat sat"
  mlmath transformer --seq "the cat sat" --pre-norm --activation gelu
  mlmath transformer --seq "I go to school" --decoder --memory "나는 간다"
""",
    "transformer.tokens": "문장 (--decoder라면 디코더의 입력), 또는 @file.txt.",
    "transformer.d_model": "잔차 흐름의 너비 \\[기본값: 8, 아니면 --weights에서 읽음].",
    "transformer.heads": "어텐션 헤드 수; d_model을 나누어떨어지게 해야 합니다.",
    "transformer.d_ff": "피드포워드 신경망의 은닉 너비 \\[기본값: 4·d_model].",
    "transformer.activation": "피드포워드 신경망의 활성화 함수.",
    "transformer.pre_norm": "각 부층 앞에서 LayerNorm (원래 논문은 부층 뒤에서 정규화합니다).",
    "transformer.layers": "쌓는 블록 수.",
    "transformer.decoder": "디코더 블록: 마스크 셀프 어텐션, --memory에 대한 크로스 어텐션, FFN.",
    "transformer.memory_tokens": "--decoder와 함께: 인코더가 읽는 문장; 인코더의 출력이 메모리입니다.",
    "transformer.seed": "무작위 임베딩과 가중치의 시드.",
    "transformer.weights": "이름 붙은 배열 (encoder.0.wq, encoder.0.w1, … docs/json.md 참고); 나머지는 무작위.",
}
