"""Numbers, vectors and matrices from text, files and standard input.

Accepted forms (DESIGN.md §3):

* scalar ``3``, ``-2.5``, ``1e-3``, ``3/4`` (integers and fractions stay exact)
* vector ``1,2,3``, ``"1 2 3"``, ``[1,2,3]``
* matrix ``"1,2;3,4"`` or ``[[1,2],[3,4]]``; any entry in any scalar form
* ``@path`` for a ``.csv``/``.tsv``/``.txt``/``.npy``/``.json`` file, ``-`` for stdin; a CSV file is
  read with the standard library (``,`` ``;`` or tab detected, quoted fields), and its header row and
  first column of names are kept as labels (:func:`parse_labeled`)

Numeric literals are read here with a regular expression and Python's own
``int``/``float``/``Fraction`` constructors — never ``eval``.
"""

from __future__ import annotations

import re
from fractions import Fraction
from pathlib import Path
from typing import TYPE_CHECKING, Any

from mlmath.core.arrays import LARGEST_FLOAT64_INTEGER, shape_text
from mlmath.errors import InputError
from mlmath.text import Sentence, say

if TYPE_CHECKING:
    import numpy as np

Number = int | Fraction | float

MAX_LITERAL_CHARS = 400  # room for every integer float64 can reach (309 digits), so answers read back
MAX_TEXT_CHARS = 50_000_000
MAX_EXACT_ENTRIES = 10_000  # beyond this, exact arithmetic is too slow: use float64
SMALL_INT = 2**20  # integers this small multiply and add in int64 without overflow

SCALAR_HINT = say("numbers.hint.scalar")
VECTOR_HINT = say("numbers.hint.vector")
MATRIX_HINT = say("numbers.hint.matrix")
Hint = str | Sentence

_DECIMAL = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")
_INTEGER = re.compile(r"[+-]?\d+")
_FRACTION = re.compile(r"([+-]?\d+)/(\d+)")
_NONFINITE = re.compile(r"[+-]?(?:nan|inf|infinity)", re.IGNORECASE)


def parse_number(text: str, name: str | None = None) -> Number:
    """One scalar: ``int`` for ``3``, ``Fraction`` for ``3/4``, ``float`` for ``2.5``."""
    token = text.strip()
    try:
        return _read_literal(token)
    except InputError as error:
        raise error.for_argument(name) if name else error


def _read_literal(token: str, label: Sentence | None = None) -> Number:
    """One literal; ``label`` names it in messages instead of its text (an entry of a file is
    never echoed: the file may hold anything)."""
    shown = label or _quoted(token)
    if not token:
        raise InputError(say("numbers.error.empty"), hint=SCALAR_HINT)
    if len(token) > MAX_LITERAL_CHARS:
        raise InputError(say("numbers.error.number_too_long", count=len(token)), hint=SCALAR_HINT)
    if _INTEGER.fullmatch(token):
        return _within_float64(int(token), shown)
    fraction = _FRACTION.fullmatch(token)
    if fraction:
        numerator, denominator = int(fraction[1]), int(fraction[2])
        if denominator == 0:
            raise InputError(say("numbers.error.divides_by_zero", what=label or repr(token)), hint=SCALAR_HINT)
        value = _within_float64(Fraction(numerator, denominator), shown)
        return value.numerator if value.denominator == 1 else value
    if _DECIMAL.fullmatch(token):
        value = float(token)
        if value in (float("inf"), float("-inf")):
            raise InputError(say("numbers.error.too_large", what=label or repr(token)), hint=SCALAR_HINT)
        return value
    if _NONFINITE.fullmatch(token):
        raise InputError(say("numbers.error.not_finite", what=label or repr(token)), hint=SCALAR_HINT)
    raise InputError(say("numbers.error.not_a_number", what=label or repr(token)), hint=SCALAR_HINT)


def _within_float64(value: Any, what: str | Sentence) -> Any:
    """An exact number as written, as long as float64 can hold its size (every result is shown in it)."""
    if abs(value) > LARGEST_FLOAT64_INTEGER:
        raise InputError(say("numbers.error.too_large", what=what), hint=SCALAR_HINT)
    return value


def _quoted(token: str) -> str:
    return repr(token) if len(token) <= 24 else repr(token[:20] + "…")


# --- nested lists from text -------------------------------------------------

_TOKEN = re.compile(r"\s*(\[|\]|,|;|\n|[^\s\[\],;]+)")


def _tokens(text: str) -> list[str]:
    return [match[1] for match in _TOKEN.finditer(text)]


def _read_bracketed(text: str, hint: Hint) -> list[Any]:
    """``[[1,2],[3,4]]`` or ``[1 2 3]`` → nested lists of literals (recursive descent)."""
    tokens = _tokens(text)
    position = 0

    def read_item(depth: int) -> Any:
        nonlocal position
        if depth > 4:
            raise InputError(say("numbers.error.brackets_deep"), hint=hint)
        if position >= len(tokens):
            raise InputError(say("numbers.error.close_missing"), hint=hint)
        token = tokens[position]
        if token == "[":
            position += 1
            items: list[Any] = []
            while True:
                if position >= len(tokens):
                    raise InputError(say("numbers.error.close_missing"), hint=hint)
                if tokens[position] == "]":
                    position += 1
                    return items
                if tokens[position] in (",", "\n"):
                    if not items:
                        raise InputError(say("numbers.error.missing_before_comma"), hint=hint)
                    position += 1
                    if position < len(tokens) and tokens[position] in (",", "]"):
                        raise InputError(say("numbers.error.missing_after_comma"), hint=hint)
                    continue
                items.append(read_item(depth + 1))
        if token in ("]", ",", ";"):
            raise InputError(say("numbers.error.unexpected", token=token), hint=hint)
        position += 1
        return _read_literal(token)

    value = read_item(0)
    if position != len(tokens):
        raise InputError(say("numbers.error.after_bracket", text=tokens[position]), hint=hint)
    return value


def _read_flat(text: str, hint: Hint, source: str | None = None) -> list[Any]:
    """``1,2;3,4`` / ``1 2 3`` / lines of a text file → a list of rows of literals.

    ``source``: the file the text came from; its messages then name a line and an entry of
    the file, never what the file holds.
    """
    rows = []
    for number, raw_row in enumerate(re.split(r"[;\n]", text), start=1):
        if not raw_row.strip():
            continue
        entries = re.split(r"\s*,\s*|\s+", raw_row.strip())
        if "" in entries:
            problem = say("numbers.error.entry_missing.file", row=number, path=source) if source else \
                say("numbers.error.entry_missing", text=raw_row.strip())
            raise InputError(problem, hint=hint)
        rows.append([_read_literal(entry, say("numbers.entry", column=column, row=number, path=source) if source
                                   else None)
                     for column, entry in enumerate(entries, start=1)])
    if not rows:
        raise InputError(say("numbers.error.empty"), hint=hint)
    return rows


def _nested_from_text(text: str, hint: Hint) -> Any:
    stripped = text.strip()
    if not stripped:
        raise InputError(say("numbers.error.empty"), hint=hint)
    if len(stripped) > MAX_TEXT_CHARS:
        raise InputError(say("numbers.error.input_too_long", count=len(stripped)), hint=hint)
    if "]" in stripped and "[" not in stripped:
        raise InputError(say("numbers.error.open_missing"), hint=hint)
    if stripped.startswith("["):
        return _read_bracketed(stripped, hint)
    if "[" in stripped:
        raise InputError(say("numbers.error.open_inside"), hint=hint)
    rows = _read_flat(stripped, hint)
    if len(rows) == 1 and ";" not in stripped and "\n" not in stripped:
        row = rows[0]
        return row[0] if len(row) == 1 else row
    return rows


# --- files and standard input -----------------------------------------------

def _read_stdin() -> str:
    from mlmath.environment import current

    environment = current()
    if environment.stdin_read:
        raise InputError(say("numbers.error.stdin_twice"))
    environment.stdin_read = True
    stdin = environment.stdin
    if stdin is None or stdin.isatty():
        raise InputError(say("numbers.error.stdin_empty"), hint=say("numbers.error.stdin_empty.hint"))
    text = stdin.read(MAX_TEXT_CHARS + 1)  # capped while reading: `cat /dev/zero | mlmath softmax -` ends
    if len(text) > MAX_TEXT_CHARS:
        raise InputError(say("numbers.error.stdin_too_long", most=f"{MAX_TEXT_CHARS:,}"))
    return text


def _read_file(path_text: str, hint: Hint) -> Any:
    """``@file``: rows of numbers (.csv/.tsv/.txt), a .npy array or a .json list."""
    path = Path(path_text)
    suffix = path.suffix.lower()
    if suffix not in (".csv", ".tsv", ".txt", ".npy", ".json"):
        raise InputError(say("numbers.error.file.suffix", path=path_text))
    try:
        found = path.is_file()
    except (OSError, ValueError):  # a name too long for the system, or with a null byte
        raise InputError(say("numbers.error.file.name", path=path_text[:60])) from None
    if not found:
        raise InputError(say("numbers.error.file.folder" if path.is_dir() else "numbers.error.file.missing",
                             path=path_text))
    try:
        if suffix == ".npy":
            import numpy as np

            try:
                array = np.load(path, allow_pickle=False)
            except MemoryError:  # a header promising more numbers than memory holds
                raise InputError(say("numbers.error.npy.too_large", path=path_text)) from None
            except EOFError:  # an empty file (Click would read EOFError as Ctrl-D)
                raise InputError(say("numbers.error.npy.empty", path=path_text)) from None
            except ValueError as error:  # NumPy's message may quote the header, over several lines
                raise InputError(say("numbers.error.npy.header" if "max_header_size" in str(error)
                                     else "numbers.error.npy.unreadable", path=path_text),
                                 hint=say("numbers.error.npy.hint")) from None
            if array.dtype.kind not in "iuf":
                raise InputError(say("numbers.error.npy.dtype", path=path_text, dtype=str(array.dtype)))
            if array.dtype.kind == "u" and array.size and int(array.max()) > np.iinfo(np.int64).max:
                raise InputError(say("numbers.error.npy.unsigned", path=path_text))
            if array.dtype.kind == "f" and array.dtype != np.float64:
                array = array.astype(np.float64)  # float16, float32 or long double: computed in float64
            return array
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, ValueError, UnicodeDecodeError) as error:
        if isinstance(error, InputError):
            raise
        raise InputError(say("numbers.error.file.unreadable", path=path_text, error=error)) from None
    if suffix == ".json":
        import json

        try:
            data = json.loads(text, parse_constant=_reject_constant)
            return _literals_from_json(data, hint)
        except RecursionError:
            raise InputError(say("numbers.error.json.deep", path=path_text), hint=hint) from None
        except ValueError as error:
            raise InputError(say("numbers.error.json.invalid", path=path_text, error=error)) from None
    lines = [line for line in text.splitlines() if line.strip() and not line.lstrip().startswith("#")]
    table = "\n".join(lines)
    if suffix in (".csv", ".tsv"):
        fast = _plain_table(table.replace("\t", ",")) if len(table) > FAST_TABLE_CHARS else None
        return fast if fast is not None else _read_csv(lines, path_text, hint, tab=suffix == ".tsv")
    fast = _plain_table(table) if len(table) > FAST_TABLE_CHARS else None
    return fast if fast is not None else _read_flat(table, hint, source=path_text)


class Labeled(list):
    """Rows of literals read from a CSV file, with the names it gave them: ``columns`` from a header row,
    ``rows`` from a first column of text (None where the file has none)."""

    columns: list[str] | None = None
    rows: list[str] | None = None


DELIMITERS = {",": "','", ";": "';'", "\t": say("numbers.tab")}
CSV_HINT = say("numbers.hint.csv")


def _is_number(cell: str) -> bool:
    try:
        _read_literal(cell)
    except InputError:
        return False
    return True


def _split(lines: list[str], delimiter: str) -> list[list[str]]:
    import csv

    return [[cell.strip() for cell in row] for row in csv.reader(lines, delimiter=delimiter, skipinitialspace=True)]


def _delimiter(lines: list[str], path_text: str) -> str | None:
    """The delimiter that splits every line into the same number (more than one) of fields, preferring one whose
    fields below a possible header are numbers; None for one column; an error when two fit equally."""
    fitting = []
    for delimiter in DELIMITERS:
        counts = {len(row) for row in _split(lines, delimiter)}
        if len(counts) == 1 and counts.pop() > 1:
            fitting.append(delimiter)
    if len(fitting) > 1:
        numeric = [d for d in fitting if all(_is_number(cell) for row in _split(lines[1:], d) for cell in row[1:])]
        fitting = numeric or fitting
    if len(fitting) > 1:
        found = [DELIMITERS[d] for d in fitting]
        problem = say("numbers.error.csv.ambiguous", path=path_text, first=found[0], second=found[1]) \
            if len(found) == 2 else say("numbers.error.csv.ambiguous3", path=path_text, first=found[0],
                                        second=found[1], third=found[2])
        raise InputError(problem, hint=CSV_HINT)
    return fitting[0] if fitting else None


def _ragged(cells: list[list[str]], path_text: str, start: int = 1) -> None:
    """The first row whose length differs from the first row's, named (an empty field: a missing entry)."""
    for number, row in enumerate(cells, start=start):
        if "" in row:
            raise InputError(say("numbers.error.entry_missing.file", row=number, path=path_text), hint=CSV_HINT)
        if len(row) != len(cells[0]):
            raise InputError(say("numbers.error.csv.ragged", row=number, path=path_text, entries=_entries(len(row)),
                                 first=start, first_entries=_entries(len(cells[0]))), hint=CSV_HINT)
    raise InputError(say("numbers.error.csv.columns", path=path_text), hint=CSV_HINT)


def _read_csv(lines: list[str], path_text: str, hint: Hint, tab: bool) -> Labeled:
    """A .csv/.tsv file with the standard library's reader: the delimiter detected (``,`` ``;`` or a tab; a .tsv
    file is split at tabs), quoted fields, a header row and a first column of names kept as labels."""
    if not lines:
        raise InputError(say("numbers.error.file.no_numbers", path=path_text), hint=hint)
    delimiter = "\t" if tab else _delimiter(lines, path_text)
    if delimiter is None:
        if not any(mark in line for line in lines for mark in (*DELIMITERS, '"')):
            # one column, or numbers split by spaces only: the plain reader
            return Labeled(_read_flat("\n".join(lines), hint, source=path_text))
        split = max(DELIMITERS, key=lambda mark: len(_split(lines[:1], mark)[0]))
        _ragged(_split(lines, split), path_text)
    cells = _split(lines, delimiter)
    table = Labeled()
    width = max(len(row) for row in cells)
    if len(cells) > 1 and any(not _is_number(cell) and column < len(cells[1]) and _is_number(cells[1][column])
                              for column, cell in enumerate(cells[0])):
        table.columns = cells[0]
        cells = cells[1:]
    first = 1 if table.columns is not None else 0
    if width > 1 and all(row and not _is_number(row[0]) for row in cells):
        table.rows = [row[0] for row in cells]
        cells = [row[1:] for row in cells]
        if table.columns is not None:
            table.columns = table.columns[1:]
    if any(len(row) != len(cells[0]) or "" in row for row in cells):
        _ragged(cells, path_text, start=1 + first)
    for number, row in enumerate(cells, start=1 + first):
        table.append([_read_literal(cell, say("numbers.entry", column=column, row=number, path=path_text))
                      for column, cell in enumerate(row, start=1)])
    if not table:
        raise InputError(say("numbers.error.csv.header_only", path=path_text), hint=CSV_HINT)
    return table


# A large file that is nothing but decimals separated by commas or spaces, one row per line, is read
# by NumPy's C parser (4 million numbers in a second, not a minute); anything else (a fraction, a
# missing entry, a word) goes through the careful reader above, which says what is wrong where.
FAST_TABLE_CHARS = 100_000
_PLAIN_NUMBER = r"[+-]?(?:\d+\.?\d*|\.\d+)(?:[eE][+-]?\d+)?"
_PLAIN_ROW = re.compile(rf"[ \t]*{_PLAIN_NUMBER}(?:[ \t]*[, \t][ \t]*{_PLAIN_NUMBER})*[ \t]*")


def _plain_table(text: str) -> Any:
    """``text`` as a float64 (or, when every entry is a small integer, int64) array; None if it is not
    a plain, rectangular table of finite decimals."""
    import io

    import numpy as np

    lines = text.split("\n")
    if not all(_PLAIN_ROW.fullmatch(line) for line in lines):
        return None
    try:
        array = np.loadtxt(io.StringIO(text.replace(",", " ")), dtype=np.float64, ndmin=2)
    except ValueError:  # rows of different lengths
        return None
    if not np.isfinite(array).all() or array.shape[0] != len(lines):
        return None
    if not any(mark in text for mark in ".eE") and np.abs(array).max(initial=0) <= SMALL_INT:
        array = array.astype(np.int64)  # integers written as such stay exact
    return array


def _reject_constant(name: str) -> None:
    raise InputError(say("numbers.error.not_finite", what=name), hint=SCALAR_HINT)


MAX_JSON_DEPTH = 32  # lists in a JSON file nested deeper than this are refused, not read


def _literals_from_json(data: Any, hint: Hint, depth: int = 0) -> Any:
    if isinstance(data, list):
        # counted here, not left to the interpreter's recursion limit: since Python 3.12 a list
        # comprehension has no frame of its own, so the limit alone comes too late
        if depth >= MAX_JSON_DEPTH:
            raise RecursionError("lists nested too deeply")
        return [_literals_from_json(item, hint, depth + 1) for item in data]
    if isinstance(data, bool):
        raise InputError(say("numbers.error.json.bool", value=str(data).lower()), hint=hint)
    if isinstance(data, int):
        return _within_float64(data, say("numbers.json.integer"))
    if isinstance(data, float):
        return data
    if isinstance(data, str):
        return _read_literal(data, say("numbers.json.text"))
    raise InputError(say("numbers.error.json.type", kind=type(data).__name__), hint=hint)


# --- nested lists → numpy arrays --------------------------------------------


def _shape_of(nested: Any, hint: Hint) -> tuple[int, ...]:
    if not isinstance(nested, list):
        return ()
    if not nested:
        raise InputError(say("numbers.error.empty_list"), hint=hint)
    shapes = [_shape_of(item, hint) for item in nested]
    first = shapes[0]
    for index, shape in enumerate(shapes[1:], start=2):
        if shape != first:
            if len(shape) == len(first) == 1:
                raise InputError(say("numbers.error.ragged", row=index, entries=_entries(shape[0]),
                                     first_entries=_entries(first[0])), hint=hint)
            raise InputError(say("numbers.error.ragged_nesting"), hint=hint)
    return (len(nested), *first)


def _entries(count: int) -> Sentence:
    return say("numbers.entries.one" if count == 1 else "numbers.entries.many", count=count)


def _flatten(nested: Any) -> list[Any]:
    if not isinstance(nested, list):
        return [nested]
    return [leaf for item in nested for leaf in _flatten(item)]


def _to_array(nested: Any, hint: Hint) -> np.ndarray:
    """Exact values stay exact: small ints → int64, fractions or big ints → objects."""
    import numpy as np

    shape = _shape_of(nested, hint)
    leaves = _flatten(nested)
    if all(isinstance(leaf, int) for leaf in leaves) and all(abs(leaf) <= SMALL_INT for leaf in leaves):
        return np.array(leaves, dtype=np.int64).reshape(shape)
    exact = all(isinstance(leaf, (int, Fraction)) for leaf in leaves)
    if exact and len(leaves) <= MAX_EXACT_ENTRIES:
        array = np.empty(len(leaves), dtype=object)
        array[:] = leaves
        return array.reshape(shape)
    try:
        return np.array([float(leaf) for leaf in leaves], dtype=np.float64).reshape(shape)
    except OverflowError:
        raise InputError(say("errors.too_large_for_float"), hint=hint) from None


def _check_finite(array: np.ndarray, hint: Hint) -> None:
    import numpy as np

    if array.dtype.kind == "f" and not np.isfinite(array).all():
        raise InputError(say("numbers.error.nan"), hint=hint)


def parse_array(text: str, name: str | None = None, *, max_ndim: int = 2, hint: Hint = MATRIX_HINT) -> np.ndarray:
    """Any accepted form → a numpy array of at most ``max_ndim`` dimensions."""
    return parse_labeled(text, name, max_ndim=max_ndim, hint=hint)[0]


def parse_labeled(text: str, name: str | None = None, *, max_ndim: int = 2,
                  hint: Hint = MATRIX_HINT) -> tuple[np.ndarray, list[str] | None, list[str] | None]:
    """(array, column names, row names): :func:`parse_array` with the names that a CSV file's header row and
    first column of text give (None where there are none)."""
    import numpy as np

    columns = rows = None
    try:
        source, transposed = without_transpose(text.strip())
        if source == "-":
            nested: Any = _nested_from_text(_read_stdin(), hint)
        elif source.startswith("@"):
            nested = _read_file(source[1:], hint)
            columns, rows = getattr(nested, "columns", None), getattr(nested, "rows", None)
        else:
            nested = _nested_from_text(source, hint)
        if isinstance(nested, np.ndarray):
            array = nested if nested.dtype.kind == "f" else nested.astype(np.int64)
            if array.size == 0:
                raise InputError(say("numbers.error.array_empty"), hint=hint)
        else:
            try:
                array = _to_array(nested, hint)
            except RecursionError:
                raise InputError(say("numbers.error.lists_deep"), hint=hint) from None
        _check_finite(array, hint)
        if array.ndim > max_ndim:
            raise InputError(say("numbers.error.ndim", most=max_ndim, shape=shape_text(array.shape)), hint=hint)
        if transposed:  # rows become columns: a row vector [a, b]ᵀ is the column [[a], [b]]
            array = array.T if array.ndim == 2 else array.reshape(-1, 1)
            columns, rows = rows, columns
        return array, columns, rows
    except InputError as error:
        raise error.for_argument(name) if name else error


TRANSPOSE_MARKS = ("ᵀ", ".T")  # "[[0.5,0.2]]ᵀ", @b.csv.T: the operand transposed, as the notes write Bᵀ


def without_transpose(text: str) -> tuple[str, bool]:
    """``text`` without a trailing ``ᵀ`` or ``.T``, and whether it had one."""
    for mark in TRANSPOSE_MARKS:
        if text.endswith(mark) and len(text) > len(mark):
            return text[: -len(mark)].rstrip(), True
    return text, False


def parse_vector(text: str, name: str | None = None) -> np.ndarray:
    """A 1-D array; a single row or column matrix counts as a vector."""
    array = parse_array(text, name, hint=VECTOR_HINT)
    if array.ndim == 2 and 1 in array.shape:
        array = array.reshape(-1)
    if array.ndim == 0:
        array = array.reshape(1)
    if array.ndim != 1:
        raise InputError(say("numbers.error.not_vector", shape=shape_text(array.shape)),
                         hint=VECTOR_HINT, argument=name)
    return array


def parse_matrix(text: str, name: str | None = None) -> np.ndarray:
    """A 2-D array; a vector becomes one row, a scalar a 1×1 matrix."""
    array = parse_array(text, name)
    if array.ndim < 2:
        array = array.reshape(1, -1)
    return array


ABSOLUTE_TOLERANCE = 1e-9

# a number written with a decimal point or an exponent: 0.417, 4e-1, 4.0e-1, 1.5E3
_WRITTEN_PLACES = re.compile(r"(?<![\w.])\d*(?:\.(\d*))?(?:[eE]([+-]?\d+))?(?![\w])")


def _last_places(text: str) -> list[int]:
    """For each number written with a point or an exponent, the power of ten of its last digit written:
    ``0.417`` → -3, ``4e-1`` → -1, ``4.0e-1`` → -2, ``1.5e3`` → 2.  Integers (``32``) are exact."""
    places = []
    for match in _WRITTEN_PLACES.finditer(text):
        decimals, exponent = match.group(1), match.group(2)
        if decimals is None and exponent is None:
            continue
        places.append(int(exponent or 0) - len(decimals or ""))
    return places


def decimals_written(text: str) -> int:
    """How many decimals the most precise number in ``text`` was written with, in any notation:
    ``0.417`` → 3, ``4e-1`` → 1, ``4.0e-1`` → 2."""
    return max((-place for place in _last_places(text)), default=0)


def default_tolerance(expected_text: str) -> float:
    """Half a unit in the last digit written, whatever the notation: ``0.417`` matches 0.41703 (±0.0005),
    and ``0.4``, ``4e-1`` are the same answer (±0.05).

    An answer written without a point or an exponent (``32``, ``3/4``) is exact: checked to 1e-9.
    """
    places = _last_places(expected_text)
    if not places:
        return ABSOLUTE_TOLERANCE
    return 0.5 * 10.0 ** min(places) + ABSOLUTE_TOLERANCE


def parse_tolerance(text: str, name: str = "--tol") -> float:
    value = float(parse_number(text, name))
    if value < 0:
        raise InputError(say("numbers.error.negative_tolerance", text=text),
                         hint=say("numbers.error.negative_tolerance.hint"),
                         argument=name)
    return value
