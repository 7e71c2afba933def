"""The JSON writer: the same text as json.dumps of the plain document, float arrays written in blocks."""

from __future__ import annotations

import json
import math

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from mlmath.render import jsonout
from mlmath.render.jsonout import jsonable, to_json, write_json


def plain(value):
    """The reference: arrays as nested lists with NaN and ±inf as None, written out by hand."""
    if isinstance(value, np.ndarray):
        if value.ndim == 0:
            return plain(value.item())
        return [plain(item) for item in value]
    if isinstance(value, (np.floating, float)):
        number = float(value)
        return number if math.isfinite(number) else None
    if isinstance(value, dict):
        return {key: plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [plain(item) for item in value]
    return value


float_arrays = hnp.arrays(
    np.float64,
    hnp.array_shapes(min_dims=1, max_dims=3, min_side=0, max_side=5),
    elements=st.floats(allow_nan=True, allow_infinity=True, width=64),
)
leaves = st.one_of(st.none(), st.booleans(), st.integers(-10**6, 10**6), st.text(max_size=5),
                   st.floats(allow_nan=False, allow_infinity=False), float_arrays)
documents = st.recursive(leaves, lambda children: st.one_of(
    st.lists(children, max_size=4), st.dictionaries(st.text(max_size=4), children, max_size=4)), max_leaves=12)


@settings(max_examples=300, deadline=None)
@given(document=documents, block=st.sampled_from([1, 2, 3, 7, 1 << 16]))
def test_the_text_is_what_json_dumps_writes_for_the_plain_document(document, block):
    original = jsonout.BLOCK_ENTRIES
    jsonout.BLOCK_ENTRIES = block
    try:
        written = to_json(jsonable(document, "x", []))
    finally:
        jsonout.BLOCK_ENTRIES = original
    assert written == json.dumps(plain(document), ensure_ascii=False)


def test_korean_text_stays_readable():
    assert to_json(jsonable({"tokens": ["나는", "학교에"]}, "x", [])) == '{"tokens": ["나는", "학교에"]}'


def test_an_array_that_appears_twice_is_written_the_same_both_times(monkeypatch):
    monkeypatch.setattr(jsonout, "BLOCK_ENTRIES", 4)
    array = np.arange(12.0).reshape(3, 4) / 7
    text = to_json(jsonable({"result": array, "probabilities": array}, "x", []))
    document = json.loads(text)
    assert document["result"] == document["probabilities"] == (np.arange(12.0).reshape(3, 4) / 7).tolist()


def test_non_finite_entries_are_null_and_named():
    warnings: list[str] = []
    text = to_json({"v": jsonable(np.array([1.0, np.inf, np.nan]), "v", warnings)})
    assert text == '{"v": [1.0, null, null]}'
    assert warnings == ["v[1] is inf; written as null", "v[2] is nan; written as null"]


def test_a_large_array_is_written_in_pieces(monkeypatch):
    monkeypatch.setattr(jsonout, "BLOCK_ENTRIES", 100)
    pieces: list[str] = []
    array = np.linspace(0, 1, 2000).reshape(40, 50)
    write_json(jsonable({"a": array}, "a", []), pieces.append)
    assert max(len(piece) for piece in pieces) < 100 * 25  # about a block of numbers at a time
    assert json.loads("".join(pieces))["a"] == array.tolist()


@pytest.mark.parametrize("shape", [(0,), (2, 0), (0, 3), (1, 1, 1)])
def test_empty_and_degenerate_shapes(shape):
    array = np.zeros(shape)
    assert to_json(jsonable(array, "a", [])) == json.dumps(array.tolist())


def test_an_integer_past_float64_is_null_and_named_and_many_are_counted():
    warnings: list[str] = []
    document = {"result": jsonable([[3**1000, 1], [2, -(3**10000)]], "result", warnings)}
    assert json.loads(to_json(document)) == {"result": [[None, 1], [2, None]]}
    assert warnings == ["result[0][0] is an integer larger than float64 can hold; written as null",
                        "result[1][1] is an integer larger than float64 can hold; written as null"]
    many = [f"w{index}" for index in range(50)]
    assert jsonout.capped(many) == [*many[:10], "40 more values were written as null"]


def test_no_steps_leaves_the_steps_out_of_json(cli):
    with_steps = cli("dot", "1,2", "3,4", "--json").json
    without = cli("dot", "1,2", "3,4", "--json", "--no-steps").json
    assert "steps" in with_steps and "steps" not in without
    assert {key: value for key, value in with_steps.items() if key != "steps"} == without


def test_piped_output_has_no_trailing_spaces(cli):
    for args in (("dot", "1,2", "3,4"), ("matmul", "1,2;3,4", "5;6"), ("softmax", "1,2,3", "--lang", "ko")):
        out = cli(*args).stdout
        assert out and all(line == line.rstrip(" ") for line in out.splitlines()), args


def test_a_long_integer_array_is_written_in_blocks_as_json_dumps_writes_it(monkeypatch):
    """Issue 20: 10⁶ trajectory step numbers were 10⁶ calls of json.dumps and 2·10⁶ pieces."""
    monkeypatch.setattr(jsonout, "BLOCK_ENTRIES", 100)
    steps = np.arange(1001)
    flags = np.arange(1001) % 3 == 0
    document = {"trajectory_steps": steps, "kept": flags, "short": np.arange(5)}
    pieces: list[str] = []
    write_json(jsonable(document, "x", []), pieces.append)
    assert "".join(pieces) == json.dumps({"trajectory_steps": steps.tolist(), "kept": flags.tolist(),
                                          "short": [0, 1, 2, 3, 4]})
    assert len(pieces) < 100  # blocks of numbers and their commas, not one piece per number (over 4000)
