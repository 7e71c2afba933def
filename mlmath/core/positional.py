"""The sinusoidal positional encoding of "Attention Is All You Need", one entry worked out.

PE(pos, 2i) = sin(pos / 10000^(2i/D)) and PE(pos, 2i+1) = cos(pos / 10000^(2i/D)):
positions and columns are counted from 0, and column pair i turns at the
angular frequency 1 / 10000^(2i/D), the first pair fastest.  The table itself
comes from :func:`mlmath.core.transformer.positional_encoding`, the one
attention adds to its embeddings; with a sentence, its embeddings are drawn
as attention draws them, so X + PE is the same matrix in both commands.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np

from mlmath.core.result import Result, Step, step
from mlmath.core.transformer import embed_tokens, positional_encoding
from mlmath.errors import MathError
from mlmath.text import say

__all__ = ["posenc"]

DEFAULT_POSITIONS = 8
DEFAULT_D_MODEL = 8
MAX_D_MODEL = 4096
MAX_ENTRIES = 1 << 24  # positions × d_model
BASE = 10000.0


@dataclass
class PositionalResult(Result):
    """``result`` = PE, positions × d_model.

    ``position`` and ``pair`` name the worked entry: PE(position, 2·pair) and
    PE(position, 2·pair + 1), from ``exponent`` = 2i/D, ``divisor`` =
    10000^(2i/D) and ``angle`` = position / divisor.  ``frequencies`` are
    1 / 10000^(2i/D) for every pair.  With a sentence, ``embeddings`` is X and
    ``x`` = X + PE; both are None without one.
    """

    positions: int = 0
    d_model: int = 0
    position: int = 0
    pair: int = 0
    exponent: float = 0.0
    divisor: float = 0.0
    angle: float = 0.0
    sin: float = 0.0
    cos: float | None = None
    frequencies: Any = None
    tokens: list[str] | None = None
    seed: int | None = None
    random: bool = False
    embeddings: Any = None
    x: Any = None


def posenc(
    positions: int | None = None,
    d_model: int | None = None,
    *,
    tokens: list[str] | None = None,
    embeddings: Any = None,
    seed: int = 0,
    position: int | None = None,
    pair: int | None = None,
    explain: bool = True,
) -> PositionalResult:
    """PE for ``positions`` × ``d_model``; with ``tokens``, also X + PE (X given or drawn from ``seed``).

    ``position`` and ``pair`` choose the entry worked out (default: the last
    position and pair 1, columns 2 and 3, when there is one).
    """
    given = None
    if embeddings is not None:
        given = np.asarray(embeddings)
        if given.ndim != 2:
            raise MathError(say("positional.error.embeddings_ndim", ndim=given.ndim))
        given = given.astype(np.float64)
        if tokens is None:
            raise MathError(say("positional.error.no_tokens"), hint=say("positional.error.no_tokens.hint"))
    if tokens is not None:
        if positions is not None and positions != len(tokens):
            raise MathError(say("positional.error.positions", positions=positions, count=len(tokens)),
                            hint=say("positional.error.positions.hint"))
        positions = len(tokens)
        if given is not None:
            if given.shape[0] != len(tokens):
                raise MathError(say("positional.error.rows", rows=given.shape[0], count=len(tokens)),
                                hint=say("positional.error.rows.hint"))
            if d_model is not None and d_model != given.shape[1]:
                raise MathError(say("positional.error.columns", d_model=d_model, columns=given.shape[1]))
            d_model = given.shape[1]
    n = DEFAULT_POSITIONS if positions is None else positions
    d = DEFAULT_D_MODEL if d_model is None else d_model
    if n < 1:
        raise MathError(say("positional.error.positions_range", n=n))
    if not 1 <= d <= MAX_D_MODEL:
        raise MathError(say("positional.error.d_model", limit=MAX_D_MODEL, d=d))
    if n * d > MAX_ENTRIES:
        raise MathError(say("positional.error.large", n=n, d=d), hint=say("positional.error.large.hint"))
    pairs = (d + 1) // 2
    pos = n - 1 if position is None else position
    i = (1 if pairs > 1 else 0) if pair is None else pair
    if not 0 <= pos < n:
        raise MathError(say("positional.error.position", pos=pos, last=n - 1),
                        hint=say("positional.error.position.hint"))
    if not 0 <= i < pairs:
        raise MathError(say("positional.error.pair", i=i, last=pairs - 1),
                        hint=say("positional.error.pair.hint", last=pairs - 1))

    table = positional_encoding(n, d)
    exponent = 2 * i / d
    divisor = BASE ** exponent
    angle = pos / divisor
    frequencies = 1.0 / BASE ** (np.arange(0, d, 2, dtype=np.float64) / d)

    result = PositionalResult(
        result=table, positions=n, d_model=d, position=pos, pair=i, exponent=exponent, divisor=divisor,
        angle=angle, sin=float(table[pos, 2 * i]), cos=float(table[pos, 2 * i + 1]) if 2 * i + 1 < d else None,
        frequencies=frequencies, tokens=list(tokens) if tokens is not None else None,
    )
    if tokens is not None:
        if given is None:
            # drawn as attention draws them: each token's row from its own text and the seed
            given = embed_tokens(list(tokens), d, seed)
            result.seed, result.random = seed, True
        result.embeddings, result.x = given, given + table
    if explain:
        result.steps = _steps(result)
    return result


def _steps(result: PositionalResult) -> list[Step]:
    d, pos, i = result.d_model, result.position, result.pair
    steps = [step("positional.formula", d_model=d, last=result.positions - 1, pairs=len(result.frequencies),
                  fastest=float(result.frequencies[0]), slowest=float(result.frequencies[-1]),
                  period=2 * math.pi / float(result.frequencies[-1]))]
    worked = [step("positional.exponent", i=i, d_model=d, exponent=result.exponent, two_i=2 * i),
              step("positional.divisor", exponent=result.exponent, divisor=result.divisor),
              step("positional.angle", pos=pos, divisor=result.divisor, angle=result.angle),
              step("positional.sin", pos=pos, column=2 * i, angle=result.angle, value=result.sin)]
    if result.cos is not None:
        worked.append(step("positional.cos", pos=pos, column=2 * i + 1, angle=result.angle, value=result.cos))
    steps.append(step("positional.entry", *worked, pos=pos, i=i, column=2 * i, next=2 * i + 1))
    steps.append(step("positional.pattern", positions=result.positions, d_model=d))
    if result.tokens is not None:
        n = result.positions
        if result.random:
            steps.append(step("positional.embed.random", n=n, d_model=d, seed=result.seed))
        else:
            steps.append(step("positional.embed.given", n=n, d_model=d))
        first = result.tokens[0]
        steps.append(step("positional.add", token=first, embedding=result.embeddings[0].tolist(),
                          encoding=result.result[0].tolist(), sum=result.x[0].tolist(), n=n, d_model=d))
    return steps
