"""Word vectors from a text file: the GloVe / word2vec text format, plain or gzipped.

One word per line followed by its numbers, separated by spaces
(``king 0.50451 0.68607 …``); a word2vec file starts with a header line of
two counts (``400000 50``), which is skipped.  Only the rows of the words asked
for are parsed and kept, so reading a 400,000-word file costs one pass over
its lines.  Words are matched case-folded: a token ``The`` finds ``the``.
"""

from __future__ import annotations

import gzip
from collections.abc import Iterable
from pathlib import Path

import numpy as np

from mlmath.errors import InputError
from mlmath.text import say

GZIP_MAGIC = b"\x1f\x8b"
HINT = say("vectors.error.hint")


def _open(path: Path):
    with path.open("rb") as probe:
        gzipped = probe.read(2) == GZIP_MAGIC
    return gzip.open(path, "rb") if gzipped else path.open("rb", buffering=1 << 20)


def _is_header(line: bytes) -> bool:
    parts = line.split()
    return len(parts) == 2 and all(part.isdigit() for part in parts)


def read_vectors(text: str, words: Iterable[str], argument: str = "--vectors") -> dict[str, np.ndarray]:
    """``{word.casefold(): vector}`` for those of ``words`` the file has (an exact case-folded match first,
    else the first line whose word lower-cases to it); the others are simply absent."""
    path = Path(text.removeprefix("@")).expanduser()
    wanted = {word.casefold().encode("utf-8") for word in words}
    exact: dict[bytes, bytes] = {}
    folded: dict[bytes, bytes] = {}
    try:
        with _open(path) as lines:
            first = True
            for line in lines:
                if first:
                    first = False
                    if _is_header(line):
                        continue
                word, _, numbers = line.partition(b" ")
                if word in wanted:
                    exact.setdefault(word, numbers)
                elif word.lower() in wanted:
                    folded.setdefault(word.lower(), numbers)
    except FileNotFoundError:
        raise InputError(say("vectors.error.missing", path=str(path)), hint=HINT, argument=argument) from None
    except (OSError, EOFError, gzip.BadGzipFile) as error:
        raise InputError(say("vectors.error.unreadable", path=str(path),
                             reason=getattr(error, "strerror", None) or error), hint=HINT, argument=argument) from None
    rows = {**folded, **exact}
    vectors: dict[str, np.ndarray] = {}
    for word, numbers in rows.items():
        try:
            vector = np.array(numbers.split(), dtype=np.float64)
        except ValueError:
            raise InputError(say("vectors.error.not_number", word=word.decode("utf-8", "replace"), file=path.name),
                             hint=HINT, argument=argument) from None
        vectors[word.decode("utf-8")] = vector
    sizes = {vector.size for vector in vectors.values()}
    if len(sizes) > 1 or 0 in sizes:
        raise InputError(say("vectors.error.lengths", file=path.name, sizes=", ".join(map(str, sorted(sizes)))),
                         hint=HINT, argument=argument)
    return vectors
