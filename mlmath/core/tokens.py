"""From sentences to numbers: tokens, a vocabulary, integer ids, padding, one-hot rows, embeddings.

The vocabulary rule: ``<pad>`` has id 0 and ``<unk>`` id 1, then every token
of the sentences in order of first appearance (sentence by sentence, left to
right), exactly as written (``The`` and ``the`` are two tokens).  A given
vocabulary lists one token per line, ids counted from 0 in line order; a
special token it lacks is put in front (``<pad>`` first, then ``<unk>``).

A token missing from the vocabulary is encoded as ``<unk>``.  Every sentence
is padded with ``<pad>`` (or cut) to one length; the padding mask is 1 on a
real token and 0 on padding.  The embedding lookup picks row ``id`` of the
embedding matrix E, the same as multiplying the one-hot row by E.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import numpy as np

from mlmath.core.result import Result, Step, step
from mlmath.core.transformer import embed_tokens
from mlmath.errors import InputError, MathError
from mlmath.text import say

__all__ = ["encode_sentences"]

PAD = "<pad>"
UNK = "<unk>"
SPECIALS = (PAD, UNK)
DEFAULT_D_MODEL = 4
MAX_D_MODEL = 4096
MAX_ONE_HOT = 16  # one-hot rows are given for vocabularies up to this size
MAX_ENTRIES = 1 << 24  # sentences × length × d_model of the looked-up embeddings
MAX_WORKED = 8  # tokens written out one by one in a sentence of the steps


@dataclass
class TokensResult(Result):
    """``result`` = the integer ids, sentences × length (padded).

    ``tokens`` are each sentence's tokens as split; ``padded`` the same cut or
    padded to the length; ``mask`` is 1 on a real token, 0 on padding.
    ``one_hot`` (sentences × length × vocabulary) is None for a vocabulary of
    more than 16 tokens.  ``embedding_matrix`` E has one row per vocabulary id;
    ``embeddings`` = E[ids], sentences × length × d_model.
    """

    sentences: list[str] = field(default_factory=list)
    tokens: list[list[str]] = field(default_factory=list)
    padded: list[list[str]] = field(default_factory=list)
    vocabulary: list[str] = field(default_factory=list)
    vocabulary_given: bool = False
    added: list[str] = field(default_factory=list)
    unknown: list[str] = field(default_factory=list)
    length: int = 0
    truncated: list[int] = field(default_factory=list)
    mask: Any = None
    one_hot: Any = None
    d_model: int = 0
    seed: int | None = None
    random: bool = False
    embedding_matrix: Any = None
    embeddings: Any = None


MAX_VOCABULARY_BYTES = 50_000_000


def vocabulary_from_file(path: str) -> list[str]:
    """The tokens of a UTF-8 text file, one per line (spaces around a token and blank lines ignored)."""
    from pathlib import Path

    file = Path(path)
    if not file.is_file():
        raise InputError(say("tokens.error.file.folder" if file.is_dir() else "tokens.error.file.missing", path=path),
                         hint=say("tokens.error.file.hint"))
    try:
        if file.stat().st_size > MAX_VOCABULARY_BYTES:
            raise InputError(say("tokens.error.file.large", path=path))
        lines = file.read_text(encoding="utf-8-sig").splitlines()
    except UnicodeDecodeError:
        raise InputError(say("tokens.error.file.utf8", path=path), hint=say("tokens.error.file.hint")) from None
    except OSError as error:
        raise InputError(say("tokens.error.file.unreadable", path=path, error=error.strerror or error)) from None
    words = [line.strip() for line in lines if line.strip()]
    if not words:
        raise InputError(say("tokens.error.file.empty", path=path), hint=say("tokens.error.file.empty.hint"))
    return words


def build_vocabulary(sentences: list[list[str]]) -> list[str]:
    """``<pad>``, ``<unk>``, then each distinct token in order of first appearance."""
    return list(dict.fromkeys([*SPECIALS, *(token for tokens in sentences for token in tokens)]))


def complete_vocabulary(given: list[str]) -> tuple[list[str], list[str]]:
    """A given vocabulary with the special tokens it lacks put in front; (vocabulary, the ones added)."""
    seen: set[str] = set()
    for token in given:
        if token in seen:
            raise MathError(say("tokens.error.twice", token=token), hint=say("tokens.error.twice.hint"))
        seen.add(token)
    added = [special for special in SPECIALS if special not in seen]
    return [*added, *given], added


def encode(tokens: list[str], index: dict[str, int]) -> list[int]:
    """Each token's id; a token not in the vocabulary gets the id of ``<unk>``."""
    unknown = index[UNK]
    return [index.get(token, unknown) for token in tokens]


def one_hot(ids: np.ndarray, size: int) -> np.ndarray:
    """Row k of the identity for id k: ids (any shape) × size, with 1 in column id."""
    return (np.asarray(ids)[..., None] == np.arange(size)).astype(np.int64)


def encode_sentences(
    sentences: list[list[str]],
    texts: list[str] | None = None,
    *,
    vocabulary: list[str] | None = None,
    pad_to: int | None = None,
    embeddings: Any = None,
    d_model: int | None = None,
    seed: int = 0,
    explain: bool = True,
) -> TokensResult:
    """Tokenized sentences → vocabulary, ids padded to ``pad_to`` (default: the longest), mask, embeddings.

    ``embeddings`` is the embedding matrix E (one row per vocabulary id); when
    it is not given E is drawn at random from ``seed`` (d_model columns,
    default 4), with the ``<pad>`` row zero as in ``nn.Embedding(padding_idx=0)``.
    """
    if not sentences or any(len(tokens) == 0 for tokens in sentences):
        raise MathError(say("tokens.error.empty_sentence"))
    texts = list(texts) if texts is not None else [" ".join(tokens) for tokens in sentences]
    if vocabulary is None:
        vocab, added, given_vocab = build_vocabulary(sentences), [], False
    else:
        vocab, added = complete_vocabulary(list(vocabulary))
        given_vocab = True
    index = {token: i for i, token in enumerate(vocab)}
    longest = max(len(tokens) for tokens in sentences)
    length = longest if pad_to is None else pad_to
    if length < 1:
        raise MathError(say("tokens.error.pad_to", length=length))

    # integer encoding, then padding (or cutting) to one length
    pad_id = index[PAD]
    ids = np.full((len(sentences), length), pad_id, dtype=np.int64)
    mask = np.zeros((len(sentences), length), dtype=np.int64)
    padded, truncated = [], []
    for row, words in enumerate(sentences):
        kept = words[:length]
        if len(words) > length:
            truncated.append(row)
        ids[row, : len(kept)] = encode(kept, index)
        mask[row, : len(kept)] = 1
        padded.append([*kept, *[PAD] * (length - len(kept))])
    unknown = list(dict.fromkeys(token for words in sentences for token in words if token not in index))

    # the embedding matrix: given, or drawn with the <pad> row zero
    if embeddings is not None:
        table = np.asarray(embeddings)
        if table.ndim != 2:
            raise MathError(say("tokens.error.embeddings_ndim", ndim=table.ndim))
        table = table.astype(np.float64)
        if table.shape[0] != len(vocab):
            raise MathError(say("tokens.error.embeddings_rows", rows=table.shape[0], tokens=len(vocab)),
                            hint=say("tokens.error.embeddings_rows.hint"))
        if d_model is not None and d_model != table.shape[1]:
            raise MathError(say("tokens.error.d_model_columns", d_model=d_model, columns=table.shape[1]))
        d = table.shape[1]
    else:
        d = DEFAULT_D_MODEL if d_model is None else d_model
        if not 1 <= d <= MAX_D_MODEL:
            raise MathError(say("tokens.error.d_model", limit=MAX_D_MODEL, d=d))
        if len(vocab) * d > MAX_ENTRIES:
            raise MathError(say("tokens.error.table_large", rows=len(vocab), d=d),
                            hint=say("tokens.error.table_large.hint"))
        table = embed_tokens(vocab, d, seed)  # each token's row drawn from its own text, as attention draws it
        table[pad_id] = 0.0
    if ids.size * d > MAX_ENTRIES:
        raise MathError(say("tokens.error.entries", sentences=len(sentences), length=length, d=d),
                        hint=say("tokens.error.entries.hint"))
    looked_up = table[ids]  # row selection: E[id] for every position

    result = TokensResult(
        result=ids, sentences=texts, tokens=[list(t) for t in sentences], padded=padded, vocabulary=vocab,
        vocabulary_given=given_vocab, added=added, unknown=unknown, length=length, truncated=truncated,
        mask=mask, one_hot=one_hot(ids, len(vocab)) if len(vocab) <= MAX_ONE_HOT else None,
        d_model=d, seed=None if embeddings is not None else seed, random=embeddings is None,
        embedding_matrix=table, embeddings=looked_up,
    )
    if explain:
        result.steps = _steps(result, longest)
    return result


# --- steps ----------------------------------------------------------------------


def _pairs(words: list[str], ids: list[int]) -> list[str]:
    pairs = [f"{token} → {number}" for token, number in zip(words[:MAX_WORKED], ids[:MAX_WORKED])]
    if len(words) > MAX_WORKED:
        pairs.append("…")
    return pairs


def _steps(result: TokensResult, longest: int) -> list[Step]:
    ids = result.result
    vocab = result.vocabulary
    count = len(result.tokens)
    split = [step("tokens.sentence", number=row + 1, tokens=words, n=len(words))
             for row, words in enumerate(result.tokens[:MAX_WORKED])]
    steps = [step("tokens.tokenize", *split, count=count)]

    entries = [f"{token} = {number}" for number, token in enumerate(vocab)]
    if result.vocabulary_given:
        if result.added:
            steps.append(step("tokens.vocabulary.given_added", size=len(vocab), added=result.added, entries=entries))
        else:
            steps.append(step("tokens.vocabulary.given", size=len(vocab), entries=entries))
    else:
        steps.append(step("tokens.vocabulary.built", size=len(vocab), entries=entries))

    encoded = [step("tokens.encode_row", number=row + 1, pairs=_pairs(result.tokens[row],
                                                                       ids[row].tolist()))
               for row in range(min(count, MAX_WORKED))]
    if result.unknown:
        encoded.append(step("tokens.unknown", tokens=result.unknown, unk=vocab.index(UNK)))
    steps.append(step("tokens.encode", *encoded))

    pad_id = vocab.index(PAD)
    padding = []
    for row in range(min(count, MAX_WORKED)):
        before = ids[row, : min(len(result.tokens[row]), result.length)].tolist()
        padding.append(step("tokens.pad_row", number=row + 1, before=before, after=ids[row].tolist(),
                            mask=result.mask[row].tolist()))
    if result.truncated:
        padding.append(step("tokens.truncated", numbers=[row + 1 for row in result.truncated], length=result.length))
    if result.length == longest:
        steps.append(step("tokens.pad.longest", *padding, length=result.length, pad=pad_id))
    else:
        steps.append(step("tokens.pad.given", *padding, length=result.length, pad=pad_id))

    if result.one_hot is not None:
        first = result.padded[0][0]
        steps.append(step("tokens.one_hot", size=len(vocab), token=first, id=int(ids[0, 0]),
                          row=result.one_hot[0, 0].tolist()))
    else:
        steps.append(step("tokens.one_hot_skipped", size=len(vocab), limit=MAX_ONE_HOT))

    if result.random:
        steps.append(step("tokens.matrix.random", size=len(vocab), d_model=result.d_model, seed=result.seed))
    else:
        steps.append(step("tokens.matrix.given", size=len(vocab), d_model=result.d_model))
    token, number = result.padded[0][0], int(ids[0, 0])
    steps.append(step("tokens.lookup", token=token, id=number, row=result.embedding_matrix[number].tolist(),
                      count=count, length=result.length, d_model=result.d_model))
    return steps
