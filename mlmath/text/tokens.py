"""Sentences for tokens: tokenization, vocabulary, integer encoding, padding, one-hot rows, embeddings."""

FORMULAS = {
    "tokens.title.matrix": "E ({shape})",
}

EN = {
    **FORMULAS,
    "tokens.title.one_hot": "One-hot, sentence {number} ({shape})",
    "tokens.title.lookup": "E[ids], sentence {number} ({shape})",
    "tokens.summary": "{count} sentence(s) → ids of length {length} (vocabulary of {size} tokens, d_model = {d_model})",
    "tokens.note.random": "E drawn at random with seed {seed} (--seed), its <pad> row 0: the same command always "
    "prints the same numbers; give --embeddings to use your own.",
    "tokens.note.one_hot": "One-hot rows are shown for a vocabulary of at most {limit} tokens.",
    "tokens.title.vocabulary": "Vocabulary ({size} tokens)",
    "tokens.title.tokens": "Tokens after padding ({shape})",
    "tokens.title.ids": "Integer ids ({shape})",
    "tokens.title.mask": "Padding mask: 1 token, 0 padding ({shape})",
    "tokens.column.id": "id",
    "tokens.column.token": "token",
    "tokens.column.sentence": "sentence",
    # steps
    "tokens.tokenize": "Tokenization: split each of the {count} sentence(s) into tokens (words, with each "
    "punctuation mark on its own)",
    "tokens.sentence": "sentence {number}: {tokens: │ } ({n} tokens)",
    "tokens.vocabulary.built": "Vocabulary: <pad> = 0 and <unk> = 1 are reserved, then each new token in order of "
    "first appearance gets the next id ({size} in all): {entries}",
    "tokens.vocabulary.given": "Vocabulary: the given list, ids counted from 0 in line order ({size} in all): "
    "{entries}",
    "tokens.vocabulary.given_added": "Vocabulary: the given list, ids counted from 0 in line order, after {added} "
    "put in front because the list lacked them ({size} in all): {entries}",
    "tokens.encode": "Integer encoding: replace each token by its id in the vocabulary",
    "tokens.encode_row": "sentence {number}: {pairs}",
    "tokens.unknown": "{tokens} not in the vocabulary: encoded as <unk> = {unk}",
    "tokens.pad.longest": "Padding: append <pad> = {pad} until every sentence is as long as the longest, "
    "{length} tokens; the padding mask is 1 on a real token and 0 on padding, so attention can ignore the padding",
    "tokens.pad.given": "Padding: append <pad> = {pad} (or cut) until every sentence has {length} tokens "
    "(--pad-to); the padding mask is 1 on a real token and 0 on padding, so attention can ignore the padding",
    "tokens.pad_row": "sentence {number}: [{before}] → [{after}], mask [{mask}]",
    "tokens.truncated": "sentence(s) {numbers} had more than {length} tokens: cut after the first {length}",
    "tokens.one_hot": "One-hot: id k becomes a row of {size} zeros with a 1 in column k, e.g. {token} (id {id}) → "
    "[{row}]",
    "tokens.one_hot_skipped": "One-hot rows would have {size} columns (a 1 and {size} − 1 zeros each): not "
    "shown beyond {limit}",
    "tokens.matrix.random": "Embedding matrix E: one row of d_model = {d_model} numbers per vocabulary id "
    "({size}×{d_model}); learned in a real model, drawn at random here (seed {seed}) with the <pad> row 0",
    "tokens.matrix.given": "Embedding matrix E: the given {size}×{d_model} --embeddings, one row per vocabulary id",
    "tokens.lookup": "Embedding lookup: id k picks row k of E (the same as one-hot row · E, a matrix row "
    "selection), e.g. {token} (id {id}) → [{row}]; all {count} sentence(s): {count}×{length}×{d_model}",
    "tokens.error.file.folder": "a folder, not a file: {path!r}",
    "tokens.error.file.missing": "no such file: {path!r}",
    "tokens.error.file.hint": "give a text file with one token per line",
    "tokens.error.file.large": "{path!r} is too large for a vocabulary",
    "tokens.error.file.utf8": "{path!r} is not UTF-8 text",
    "tokens.error.file.unreadable": "cannot read {path!r}: {error}",
    "tokens.error.file.empty": "{path!r} lists no tokens",
    "tokens.error.file.empty.hint": "write one token per line",
    "tokens.error.twice": "`vocabulary` lists {token!r} twice",
    "tokens.error.twice.hint": "list each token on one line only",
    "tokens.error.empty_sentence": "every sentence needs at least one token",
    "tokens.error.pad_to": "`pad_to` must be at least 1, got {length}",
    "tokens.error.embeddings_ndim": "`embeddings` must be a matrix, got {ndim} dimension(s)",
    "tokens.error.embeddings_rows": "`embeddings` has {rows} rows but the vocabulary has {tokens} tokens",
    "tokens.error.embeddings_rows.hint": "give one row per vocabulary id, row 0 for <pad>",
    "tokens.error.d_model_columns": "`d_model` is {d_model} but `embeddings` has {columns} columns",
    "tokens.error.d_model": "`d_model` must be between 1 and {limit}, got {d}",
    "tokens.error.table_large": "a {rows}×{d} embedding matrix is too large",
    "tokens.error.table_large.hint": "use a smaller `d_model`",
    "tokens.error.entries": "{sentences} × {length} × {d} embedding entries are too many",
    "tokens.error.entries.hint": "use fewer or shorter sentences or a smaller `d_model`",
    "tokens.error.sequence.hint": 'write a sentence like --seq "the cat sat", or @file.txt to read one from a file',
    "tokens.error.file.name": "cannot read {path!r}: not a usable file name",
    "tokens.error.file.at_hint": "to use text that begins with @, start it with a space",
    "tokens.error.file.sentence_large": "{path!r} is too large to read as a sentence",
    "tokens.error.text_long": "text too long ({count} characters)",
    "tokens.error.no_tokens": "no tokens: the text is empty",
    "tokens.error.too_many": "{count} tokens is more than the {limit} this command handles",
    "tokens.error.too_many.hint": "shorten the text",
    "tokens.error.position": "position {position} is outside the {count} tokens",
    "tokens.error.position.hint": "give a position from 1 to {count} or a token's text",
    "tokens.error.choice": "{choice!r} is not one of the tokens ({shown})",
    "tokens.error.choice.hint": "give a token's text or its position, e.g. --query 1",
}

KO = {
    "tokens.title.one_hot": "원-핫 벡터, 문장 {number} ({shape})",
    "tokens.title.lookup": "E[ids], 문장 {number} ({shape})",
    **FORMULAS,
    "tokens.summary": "문장 {count}개 → 길이 {length}의 정수 ID (어휘 사전 {size}개 토큰, d_model = {d_model})",
    "tokens.note.random": "E는 시드 {seed}(--seed)로 무작위로 뽑았고 <pad> 행은 0입니다. 같은 명령은 언제나 같은 "
    "숫자를 출력합니다. 직접 주려면 --embeddings를 쓰세요.",
    "tokens.note.one_hot": "원-핫 행은 어휘 사전이 토큰 {limit}개 이하일 때 보여 줍니다.",
    "tokens.title.vocabulary": "어휘 사전 (토큰 {size}개)",
    "tokens.title.tokens": "패딩 후 토큰 ({shape})",
    "tokens.title.ids": "정수 ID ({shape})",
    "tokens.title.mask": "패딩 마스크: 1 토큰, 0 패딩 ({shape})",
    "tokens.column.id": "ID",
    "tokens.column.token": "토큰",
    "tokens.column.sentence": "문장",
    "tokens.tokenize": "토큰화: 문장 {count}개를 각각 토큰(단어, 문장 부호는 따로)으로 나눕니다",
    "tokens.sentence": "문장 {number}: {tokens: │ } (토큰 {n}개)",
    "tokens.vocabulary.built": "어휘 사전: <pad> = 0, <unk> = 1을 먼저 두고, 처음 나온 순서대로 새 토큰마다 다음 "
    "ID를 줍니다 (모두 {size}개): {entries}",
    "tokens.vocabulary.given": "어휘 사전: 주어진 목록, 줄 순서대로 0부터 ID (모두 {size}개): {entries}",
    "tokens.vocabulary.given_added": "어휘 사전: 주어진 목록에 없던 {added}를 앞에 넣고 줄 순서대로 0부터 ID "
    "(모두 {size}개): {entries}",
    "tokens.encode": "정수 인코딩: 각 토큰을 어휘 사전의 ID로 바꿉니다",
    "tokens.encode_row": "문장 {number}: {pairs}",
    "tokens.unknown": "{tokens}: 어휘 사전에 없어 <unk> = {unk}로 인코딩합니다",
    "tokens.pad.longest": "패딩: 모든 문장이 가장 긴 문장과 같은 {length}개 토큰이 되도록 <pad> 토큰(ID {pad})을 "
    "덧붙입니다. 패딩 마스크는 진짜 토큰에서 1, 패딩에서 0이라 어텐션이 패딩을 무시할 수 있습니다",
    "tokens.pad.given": "패딩: 모든 문장이 토큰 {length}개(--pad-to)가 되도록 <pad> 토큰(ID {pad})을 덧붙이거나 "
    "자릅니다. 패딩 마스크는 진짜 토큰에서 1, 패딩에서 0이라 어텐션이 패딩을 무시할 수 있습니다",
    "tokens.pad_row": "문장 {number}: [{before}] → [{after}], 마스크 [{mask}]",
    "tokens.truncated": "문장 {numbers}: 토큰이 {length}개보다 많아 앞의 {length}개만 남깁니다",
    "tokens.one_hot": "원-핫: ID k는 0이 {size}개인 행에서 k열만 1인 벡터가 됩니다. 예: {token} (ID {id}) → "
    "[{row}]",
    "tokens.one_hot_skipped": "원-핫 행은 열이 {size}개(1 하나와 0 {size} − 1개)라 {limit}개를 넘으면 "
    "보여 주지 않습니다",
    "tokens.matrix.random": "임베딩 행렬 E: 어휘 ID마다 d_model = {d_model}개 숫자의 행 ({size}×{d_model}). "
    "실제 모델에서는 학습되지만 여기서는 무작위로 뽑았습니다 (시드 {seed}, <pad> 행은 0)",
    "tokens.matrix.given": "임베딩 행렬 E: 주어진 {size}×{d_model} --embeddings, 어휘 ID마다 한 행",
    "tokens.lookup": "임베딩 조회: ID k는 E의 k행을 고릅니다 (원-핫 행 · E와 같은 행렬의 행 선택). 예: {token} "
    "(ID {id}) → [{row}]; 문장 {count}개 모두: {count}×{length}×{d_model}",
    "tokens.error.file.folder": "파일이 아니라 폴더입니다: {path!r}",
    "tokens.error.file.missing": "그런 파일이 없습니다: {path!r}",
    "tokens.error.file.hint": "한 줄에 토큰 하나씩 적은 텍스트 파일을 주세요",
    "tokens.error.file.large": "{path!r}는 어휘 파일로 쓰기에 너무 큽니다",
    "tokens.error.file.utf8": "{path!r}는 UTF-8 텍스트가 아닙니다",
    "tokens.error.file.unreadable": "{path!r}를 읽을 수 없습니다: {error}",
    "tokens.error.file.empty": "{path!r}에 토큰이 하나도 없습니다",
    "tokens.error.file.empty.hint": "한 줄에 토큰 하나씩 쓰세요",
    "tokens.error.twice": "`vocabulary`에 {token!r}가 두 번 있습니다",
    "tokens.error.twice.hint": "토큰마다 한 줄에 한 번만 쓰세요",
    "tokens.error.empty_sentence": "문장마다 토큰이 하나 이상 있어야 합니다",
    "tokens.error.pad_to": "`pad_to`는 1 이상이어야 하는데 {length}입니다",
    "tokens.error.embeddings_ndim": "`embeddings`는 행렬이어야 하는데 {ndim}차원입니다",
    "tokens.error.embeddings_rows": "`embeddings`는 {rows}행인데 어휘의 토큰은 {tokens}개입니다",
    "tokens.error.embeddings_rows.hint": "어휘 id마다 한 행씩 주세요, 0행은 <pad>",
    "tokens.error.d_model_columns": "`d_model`은 {d_model}인데 `embeddings`는 {columns}열입니다",
    "tokens.error.d_model": "`d_model`은 1부터 {limit}까지여야 하는데 {d}입니다",
    "tokens.error.table_large": "{rows}×{d} 임베딩 행렬은 너무 큽니다",
    "tokens.error.table_large.hint": "더 작은 `d_model`을 쓰세요",
    "tokens.error.entries": "임베딩 원소 {sentences} × {length} × {d}개는 너무 많습니다",
    "tokens.error.entries.hint": "문장을 줄이거나 짧게 하거나, 더 작은 `d_model`을 쓰세요",
    "tokens.error.sequence.hint": '--seq "the cat sat"처럼 문장을 쓰거나, 파일에서 읽으려면 @file.txt를 쓰세요',
    "tokens.error.file.name": "{path!r}를 읽을 수 없습니다: 쓸 수 있는 파일 이름이 아닙니다",
    "tokens.error.file.at_hint": "@로 시작하는 텍스트를 쓰려면 앞에 공백을 하나 넣으세요",
    "tokens.error.file.sentence_large": "{path!r}는 문장으로 읽기에 너무 큽니다",
    "tokens.error.text_long": "텍스트가 너무 깁니다({count}자)",
    "tokens.error.no_tokens": "토큰이 없습니다: 텍스트가 비어 있습니다",
    "tokens.error.too_many": "토큰 {count}개는 이 명령이 다루는 {limit}개보다 많습니다",
    "tokens.error.too_many.hint": "텍스트를 줄이세요",
    "tokens.error.position": "위치 {position}: 토큰 {count}개의 범위 밖입니다",
    "tokens.error.position.hint": "1부터 {count}까지의 위치나 토큰의 텍스트를 주세요",
    "tokens.error.choice": "{choice!r}는 토큰 중에 없습니다({shown})",
    "tokens.error.choice.hint": "토큰의 텍스트나 위치를 주세요, 예: --query 1",
}

# Help in Korean (see mlmath.cli.helptext).
HELP_KO = {
    "tokens": """문장 토큰화: 어휘 사전, 정수 ID, 패딩과 그 마스크, 원-핫 행, 임베딩 조회.

어휘 사전은 <pad> = 0과 <unk> = 1을 먼저 두고, 이어서 각 토큰을 처음 나온 순서대로 둡니다.
--vocab은 대신 어휘 사전을 파일에서 읽습니다. 조회는 E의 id번째 행을 고릅니다 (--embeddings를
주지 않으면 E는 --seed로 뽑은 무작위 행렬).

[dim]예:[/]
  mlmath tokens "I love NLP" "나는 학교에 간다" --pad-to 6
  mlmath tokens "I love NLP" "I love math" --pad-to 4 --json
  mlmath tokens "the cat sat" --vocab examples/vocab.txt --d-model 2
""",
    "tokens.sentences": "문장 하나 이상 (각각 따옴표로 감쌈), 또는 @file.txt.",
    "tokens.pad_to": "모든 문장을 토큰 N개로 패딩하거나 자릅니다 \\[기본값: 가장 긴 문장의 길이].",
    "tokens.vocabulary": "어휘 사전 파일: 한 줄에 토큰 하나, ID는 줄 순서대로 0부터.",
    "tokens.embeddings": "임베딩 행렬 E, 어휘 ID마다 한 행 \\[기본값: 무작위].",
    "tokens.d_model": "무작위 E의 열 수 \\[기본값: 4].",
    "tokens.seed": "무작위 E의 시드.",
}
