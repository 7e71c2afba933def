"""Transformer encoder and decoder blocks, sub-layer by sub-layer, as ``torch.nn.TransformerEncoderLayer``
and ``TransformerDecoderLayer`` compute them (dropout 0, float64).

Row vectors throughout (X has one row per token).  An encoder block with
post-norm, as in "Attention Is All You Need"::

    X₁ = LayerNorm(X + MultiHead(X, X))            Add & Norm
    X₂ = LayerNorm(X₁ + FFN(X₁))                   Add & Norm,  FFN(x) = act(x·W₁ + b₁)·W₂ + b₂

with pre-norm the LayerNorm comes first and the stream is left as it is:
X₁ = X + MultiHead(LN(X)), X₂ = X₁ + FFN(LN(X₁)).  A decoder block has three
sub-layers: masked self-attention, cross-attention on the memory (the
encoder's output), and the feed-forward network.

The weights of block ``encoder`` or ``decoder``, layer ``l`` (from 0), are
named ``<block>.<l>.<name>``:

=================  ==============  =============================================
name               shape           PyTorch ``state_dict`` key
=================  ==============  =============================================
wq, wk, wv         d × d           ``self_attn.in_proj_weight`` rows 0…d, d…2d,
                                   2d…3d, each transposed
bq, bk, bv         d               ``self_attn.in_proj_bias`` in three parts
wo, bo             d × d, d        ``self_attn.out_proj.weight`` transposed,
                                   ``self_attn.out_proj.bias``
cross_wq … cross_bo                the same of ``multihead_attn`` (decoder)
w1, b1             d × d_ff, d_ff  ``linear1.weight`` transposed, ``linear1.bias``
w2, b2             d_ff × d, d     ``linear2.weight`` transposed, ``linear2.bias``
norm1_gamma,       d               ``norm1.weight``, ``norm1.bias`` (and norm2,
norm1_beta                         and norm3 in a decoder)
=================  ==============  =============================================

and ``embeddings`` (tokens × d, the encoder's input, or the decoder's input
with a memory) and ``memory_embeddings`` (memory tokens × d).  What is not
given is drawn from a seed: embeddings, W_Q, W_K, W_V, W_O, cross-attention
weights, W₁, W₂ standard normal (the weights divided by √fan_in), b₁ and b₂
uniform in ±1/√fan_in as PyTorch draws them, attention biases 0, γ = 1 and β = 0
as a new PyTorch layer has them.  A token's embedding is drawn from its own text
and the seed, as ``attention`` draws it (the same word, the same row, in the encoder
and the decoder); the first encoder layer's W_Q, W_K, W_V, W_O are the very numbers
``attention`` draws from the same seed.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from mlmath.core.attention_kernel import multi_head_attention
from mlmath.core.result import Result, Step, step
from mlmath.core.transformer import (
    compute_in_parallel,
    embed_tokens,
    positional_encoding,
    random_matrix,
    token_labels,
    vocabulary,
)
from mlmath.errors import MathError
from mlmath.text import Sentence, say

__all__ = ["transformer_block"]

ACTIVATIONS = ("relu", "gelu")
LAYER_NORM_EPS = 1e-5  # torch.nn.LayerNorm's default
DEFAULT_D_MODEL = 8
DEFAULT_HEADS = 2
MAX_D_MODEL = 4096
MAX_D_FF = 16384
MAX_LAYERS = 12
MAX_ENTRIES = 1 << 25  # heads × queries × keys, and tokens × d_ff
MAX_WORKED = 8  # entries of a row written out in a sentence (longer rows are shortened)

ATTENTION_NAMES = ("wq", "wk", "wv", "bq", "bk", "bv", "wo", "bo")
CROSS_NAMES = tuple(f"cross_{name}" for name in ATTENTION_NAMES)
FFN_NAMES = ("w1", "b1", "w2", "b2")


def norm_names(count: int) -> tuple[str, ...]:
    return tuple(f"norm{k}_{part}" for k in range(1, count + 1) for part in ("gamma", "beta"))


ENCODER_NAMES = ATTENTION_NAMES + FFN_NAMES + norm_names(2)
DECODER_NAMES = ATTENTION_NAMES + CROSS_NAMES + FFN_NAMES + norm_names(3)
INPUT_NAMES = ("embeddings", "memory_embeddings")
BLOCK_CODES = {"encoder": 0, "decoder": 1}
SUBLAYER_KINDS = ("self_attention", "masked_self_attention", "cross_attention", "feed_forward")


# --- one layer's parameters -------------------------------------------------------------


def _shapes(names: tuple[str, ...], d: int, d_ff: int) -> dict[str, tuple[int, ...]]:
    shapes = {}
    for name in names:
        base = name.removeprefix("cross_")
        if base in ("wq", "wk", "wv", "wo"):
            shapes[name] = (d, d)
        elif base in ("bq", "bk", "bv", "bo", "b2") or name.startswith("norm"):
            shapes[name] = (d,)
        elif name == "w1":
            shapes[name] = (d, d_ff)
        elif name == "b1":
            shapes[name] = (d_ff,)
        elif name == "w2":
            shapes[name] = (d_ff, d)
    return shapes


def _stream(seed: int, block: str, layer: int, name: str) -> np.random.Generator:
    names = DECODER_NAMES + ("embeddings",)
    return np.random.default_rng([seed, 5, BLOCK_CODES[block], layer, names.index(name)])


def draw(seed: int, block: str, layer: int, name: str, shape: tuple[int, ...], fan_in: int) -> np.ndarray:
    """The value a parameter takes when it is not given (see the module's docstring); ``fan_in`` is the
    number of inputs of the layer it belongs to."""
    base = name.removeprefix("cross_")
    if block == "encoder" and layer == 0 and name in ("wq", "wk", "wv", "wo"):
        return random_matrix(seed, name, shape, fan_in=shape[0])  # as attention draws them
    if base in ("wq", "wk", "wv", "wo", "w1", "w2"):
        return _stream(seed, block, layer, name).standard_normal(shape) / math.sqrt(shape[0])
    if name in ("b1", "b2"):
        bound = 1 / math.sqrt(fan_in)
        return _stream(seed, block, layer, name).uniform(-bound, bound, shape)
    if name.endswith("gamma"):
        return np.ones(shape)
    return np.zeros(shape)  # attention biases, β


# --- the sub-layers ---------------------------------------------------------------------


def layer_norm(x: np.ndarray, gamma: np.ndarray, beta: np.ndarray, eps: float = LAYER_NORM_EPS) -> np.ndarray:
    """Each row: (x − mean) / √(var + ε) · γ + β, with the biased variance (as torch.nn.LayerNorm)."""
    mean = x.mean(axis=-1, keepdims=True)
    centred = x - mean
    var = np.mean(centred * centred, axis=-1, keepdims=True)
    return centred / np.sqrt(var + eps) * gamma + beta


def activate(z: np.ndarray, activation: str) -> np.ndarray:
    if activation == "relu":
        return np.maximum(z, 0.0)
    from mlmath.core.activations import gelu

    return gelu(z)  # x·Φ(x), the exact form torch uses by default


@dataclass
class SubLayer:
    """One sub-layer of a block and the stream around it.

    ``write`` is what the sub-layer adds to the residual stream; ``residual``
    = ``input`` + ``write``; ``output`` is the stream after it (the residual
    normalised with post-norm, the residual itself with pre-norm).
    ``normed_input`` is LN(input) with pre-norm.  Attention keeps its
    ``weights`` (heads × queries × keys); the feed-forward network its
    ``hidden`` x·W₁ + b₁ and ``activated`` act(hidden).
    """

    kind: str
    norm: str  # the LayerNorm's name: norm1, norm2, norm3
    input: Any = None
    normed_input: Any = None
    write: Any = None
    residual: Any = None
    output: Any = None
    weights: Any = None
    hidden: Any = None
    activated: Any = None
    write_norms: Any = None

    def named_values(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.__dataclass_fields__}


@dataclass
class Layer:
    """One block: which (``encoder``/``decoder``), its number (from 0), its sub-layers, its parameters."""

    block: str
    layer: int
    sublayers: list[SubLayer] = field(default_factory=list)
    parameters: dict[str, Any] = field(default_factory=dict)

    @property
    def output(self) -> np.ndarray:
        return self.sublayers[-1].output

    def named_values(self) -> dict[str, Any]:
        return {"block": self.block, "layer": self.layer, "sublayers": self.sublayers,
                "parameters": self.parameters}


def _attention_names(kind: str) -> tuple[str, ...]:
    return CROSS_NAMES if kind == "cross_attention" else ATTENTION_NAMES


def run_block(x: np.ndarray, parameters: dict[str, np.ndarray], *, heads: int, activation: str = "relu",
              pre_norm: bool = False, memory: np.ndarray | None = None, block: str = "encoder", layer: int = 0,
              keep: bool = True) -> Layer:
    """One encoder block (``memory`` None) or decoder block over ``memory``, every sub-layer kept.

    ``keep=False`` leaves out what only the steps and the view show (the
    attention weights and the feed-forward's hidden layer).
    """
    kinds = ["self_attention", "feed_forward"] if block == "encoder" else \
        ["masked_self_attention", "cross_attention", "feed_forward"]
    result = Layer(block=block, layer=layer, parameters=parameters)
    stream = x
    p = parameters
    for number, kind in enumerate(kinds, start=1):
        norm = f"norm{number}"
        gamma, beta = p[f"{norm}_gamma"], p[f"{norm}_beta"]
        sub = SubLayer(kind=kind, norm=norm, input=stream)
        inside = layer_norm(stream, gamma, beta) if pre_norm else stream
        if pre_norm:
            sub.normed_input = inside
        if kind == "feed_forward":
            hidden = inside @ p["w1"]
            hidden += p["b1"]
            activated = activate(hidden, activation)
            write = activated @ p["w2"]
            write += p["b2"]
            if keep:
                sub.hidden, sub.activated = hidden, activated
        else:
            names = _attention_names(kind)
            w = {name.removeprefix("cross_"): p[name] for name in names}
            source = memory if kind == "cross_attention" else inside
            write, weights = multi_head_attention(
                inside, source, w["wq"], w["wk"], w["wv"], w["wo"], heads,
                causal=kind == "masked_self_attention", biases=(w["bq"], w["bk"], w["bv"], w["bo"]),
                need_weights=keep)
            sub.weights = weights
        sub.write = write
        sub.residual = stream + write
        sub.output = sub.residual if pre_norm else layer_norm(sub.residual, gamma, beta)
        sub.write_norms = np.sqrt(np.einsum("ij,ij->i", write, write))
        result.sublayers.append(sub)
        stream = sub.output
    return result


# --- the command's worth -----------------------------------------------------------------


@dataclass
class BlocksResult(Result):
    """``result`` = the last block's output, tokens × d_model.

    ``layers`` are the blocks run on ``tokens`` (decoder blocks with a
    memory); ``encoder_layers`` the encoder blocks that turned
    ``memory_tokens`` into ``memory`` (empty without a memory).  ``random``
    names what was drawn from ``seed`` (``encoder.0.wq`` …).
    """

    tokens: list[str] = field(default_factory=list)
    memory_tokens: list[str] | None = None
    decoder: bool = False
    pre_norm: bool = False
    activation: str = "relu"
    d_model: int = 0
    heads: int = 0
    d_k: int = 0
    d_ff: int = 0
    layer_count: int = 1
    seed: int | None = None
    random: list[str] = field(default_factory=list)
    embeddings: Any = None
    positional: Any = None
    x: Any = None
    memory_embeddings: Any = None
    memory_positional: Any = None
    memory_x: Any = None
    encoder_layers: list[Layer] = field(default_factory=list)
    memory: Any = None
    layers: list[Layer] = field(default_factory=list)


def _check(condition: bool, message: Sentence, hint: Sentence | None = None) -> None:
    if not condition:
        raise MathError(message, hint=hint)


def _sizes(weights: dict[str, np.ndarray], d_model: int | None, d_ff: int | None) -> tuple[int, int]:
    """d_model and d_ff: from the given matrices (they must agree with each other and the options)."""
    found: dict[str, set[int]] = {"d_model": set(), "d_ff": set()}
    for name, array in weights.items():
        base = name.rsplit(".", 1)[-1]
        if name in INPUT_NAMES and array.ndim == 2:
            found["d_model"].add(array.shape[1])
        elif base.removeprefix("cross_") in ("wq", "wk", "wv") and array.ndim == 2:
            found["d_model"].add(array.shape[0])
        elif base == "w1" and array.ndim == 2:
            found["d_model"].add(array.shape[0])
            found["d_ff"].add(array.shape[1])
    if d_model is not None:
        found["d_model"].add(d_model)
    _check(len(found["d_model"]) <= 1, say("blocks.error.d_model_disagrees",
                                           sizes=", ".join(map(str, sorted(found["d_model"])))),
           hint=say("blocks.error.d_model_disagrees.hint"))
    d = found["d_model"].pop() if found["d_model"] else DEFAULT_D_MODEL
    if d_ff is not None:
        found["d_ff"].add(d_ff)
    _check(len(found["d_ff"]) <= 1,
           say("blocks.error.d_ff_disagrees", sizes=", ".join(map(str, sorted(found["d_ff"])))))
    width = found["d_ff"].pop() if found["d_ff"] else 4 * d
    _check(1 <= d <= MAX_D_MODEL, say("blocks.error.d_model", limit=MAX_D_MODEL, d=d))
    _check(1 <= width <= MAX_D_FF, say("blocks.error.d_ff", limit=MAX_D_FF, width=width))
    return d, width


def _known_names(decoder: bool, layers: int) -> dict[str, tuple[str, int, str]]:
    """Every name a weights file may hold → (block, layer, parameter)."""
    known = {}
    blocks = [("encoder", ENCODER_NAMES)] + ([("decoder", DECODER_NAMES)] if decoder else [])
    for block, names in blocks:
        for layer in range(layers):
            for name in names:
                known[f"{block}.{layer}.{name}"] = (block, layer, name)
    return known


def transformer_block(
    tokens: list[str],
    memory_tokens: list[str] | None = None,
    *,
    d_model: int | None = None,
    heads: int = DEFAULT_HEADS,
    d_ff: int | None = None,
    activation: str = "relu",
    pre_norm: bool = False,
    layers: int = 1,
    seed: int = 0,
    weights: dict[str, Any] | None = None,
    explain: bool = True,
) -> BlocksResult:
    """``layers`` encoder blocks over ``tokens``; with ``memory_tokens``, the encoder runs on them and
    ``layers`` decoder blocks run on ``tokens`` with cross-attention on its output.

    ``weights`` maps names (see the module's docstring) to arrays; the rest is drawn from ``seed``.
    """
    decoder = memory_tokens is not None
    _check(len(tokens) > 0 and (not decoder or len(memory_tokens) > 0), say("blocks.error.no_token"))
    _check(activation in ACTIVATIONS, say("blocks.error.activation", activation=activation),
           hint=say("blocks.error.activation.hint"))
    _check(1 <= layers <= MAX_LAYERS, say("blocks.error.layers", limit=MAX_LAYERS, layers=layers))
    _check(heads >= 1, say("blocks.error.heads_positive", heads=heads))
    given = {name: np.asarray(value, dtype=np.float64) for name, value in (weights or {}).items()}
    known = _known_names(decoder, layers)
    for name in given:
        if name not in known and name not in INPUT_NAMES:
            raise MathError(say("blocks.error.weight_name", name=name, layers=layers) if decoder
                            else say("blocks.error.weight_name.encoder", name=name, layers=layers),
                            hint=say("blocks.error.weight_name.hint_decoder" if decoder
                                     else "blocks.error.weight_name.hint_encoder"))
    _check(not (not decoder and "memory_embeddings" in given), say("blocks.error.memory_embeddings"))
    d, width = _sizes(given, d_model, d_ff)
    _check(d % heads == 0, say("blocks.error.heads", heads=heads, d=d),
           hint=say("blocks.error.heads.hint", choices=", ".join([str(h) for h in range(1, d + 1) if d % h == 0][-4:])))
    n, m = len(tokens), len(memory_tokens) if decoder else 0
    longest = max(n, m)
    _check(heads * longest * longest <= MAX_ENTRIES, say("blocks.error.attention_size", heads=heads, n=longest),
           hint=say("blocks.error.attention_size.hint"))
    _check(longest * width <= MAX_ENTRIES, say("blocks.error.ff_size", n=longest, width=width),
           hint=say("blocks.error.ff_size.hint"))
    shapes = {"encoder": _shapes(ENCODER_NAMES, d, width), "decoder": _shapes(DECODER_NAMES, d, width)}
    for name, array in given.items():
        if name in INPUT_NAMES:
            rows = n if name == "embeddings" else m
            expected = (rows, d)
        else:
            block, _, base = known[name]
            expected = shapes[block][base]
        _check(array.shape == expected, say("blocks.error.weight_shape", name=name, shape=_shape(array),
                                            expected=_shape(expected)), hint=say("blocks.error.weight_shape.hint"))
        _check(bool(np.isfinite(array).all()), say("blocks.error.weight_finite", name=name))

    # draw what is missing, the large matrices on several cores
    source, target = (memory_tokens, tokens) if decoder else (tokens, None)
    jobs: dict[str, tuple[Callable[[], Any], int]] = {}
    source_input = "memory_embeddings" if decoder else "embeddings"
    source_vocab = vocabulary(list(source))
    if source_input not in given:
        jobs[source_input] = (lambda: embed_tokens(source_vocab, d, seed),
                              len(source_vocab) * d)
    target_vocab = vocabulary(list(target)) if decoder else []
    if decoder and "embeddings" not in given:
        jobs["embeddings"] = (lambda: embed_tokens(target_vocab, d, seed), len(target_vocab) * d)
    for name, (block, layer, base) in known.items():
        if name not in given:
            shape = shapes[block][base]
            fan_in = width if base in ("w2", "b2") else d
            jobs[name] = (lambda block=block, layer=layer, base=base, shape=shape, fan_in=fan_in:
                          draw(seed, block, layer, base, shape, fan_in), math.prod(shape))
    done = compute_in_parallel(jobs)
    random_names = [name for name in (*INPUT_NAMES, *known) if name in done]
    values = {**given, **done}
    for name, vocab, words in ((source_input, source_vocab, source), ("embeddings", target_vocab, target)):
        if name in done and words is not None:
            row = {token: index for index, token in enumerate(vocab)}
            table = done[name]
            values[name] = table if len(vocab) == len(words) else table[[row[token] for token in words]]

    def parameters(block: str, layer: int) -> dict[str, np.ndarray]:
        names = ENCODER_NAMES if block == "encoder" else DECODER_NAMES
        return {name: values[f"{block}.{layer}.{name}"] for name in names}

    keep = explain
    encoding = positional_encoding(longest, d)
    result = BlocksResult(result=None, tokens=list(tokens), memory_tokens=list(memory_tokens) if decoder else None,
                          decoder=decoder, pre_norm=pre_norm, activation=activation, d_model=d, heads=heads,
                          d_k=d // heads, d_ff=width, layer_count=layers, seed=seed if random_names else None,
                          random=random_names)
    with np.errstate(over="ignore", invalid="ignore"):
        source_x = values[source_input] + encoding[: len(source)]
        stream = source_x
        encoder_layers = []
        for layer in range(layers):
            encoder_layers.append(run_block(stream, parameters("encoder", layer), heads=heads, activation=activation,
                                            pre_norm=pre_norm, block="encoder", layer=layer, keep=keep))
            stream = encoder_layers[-1].output
        if decoder:
            memory = stream
            result.memory_embeddings, result.memory_positional = values["memory_embeddings"], encoding[:m]
            result.memory_x, result.encoder_layers, result.memory = source_x, encoder_layers, memory
            stream = result.x = values["embeddings"] + encoding[:n]
            result.layers = []
            for layer in range(layers):
                result.layers.append(run_block(stream, parameters("decoder", layer), heads=heads,
                                               activation=activation, pre_norm=pre_norm, memory=memory,
                                               block="decoder", layer=layer, keep=keep))
                stream = result.layers[-1].output
        else:
            result.x, result.layers = source_x, encoder_layers
    result.embeddings, result.positional = values["embeddings"], encoding[:n]
    result.result = stream
    _check(bool(np.isfinite(stream).all()), say("blocks.error.overflow"), hint=say("blocks.error.overflow.hint"))
    if explain:
        result.steps = _steps(result)
    return result


def _shape(shape: Any) -> str:
    if hasattr(shape, "shape"):
        shape = shape.shape
    return "×".join(str(size) for size in shape)


# --- steps ----------------------------------------------------------------------------------


def _worked_row(result: BlocksResult, tokens: list[str]) -> int:
    return len(tokens) - 1  # the last token: in a decoder, the one that sees every earlier token


def _layer_steps(result: BlocksResult, layer: Layer, tokens: list[str], keys: list[str]) -> list[Step]:
    """The sub-layers of one block in the order they run, each with the numbers of one token."""
    steps: list[Step] = []
    row = _worked_row(result, tokens)
    labels = token_labels(tokens)
    token = labels[row]
    n, d = len(tokens), result.d_model
    number = layer.layer + 1
    for index, sub in enumerate(layer.sublayers):
        args = {"block": layer.block, "layer": number, "stage": index, "n": n, "d_model": d}
        norm_source = sub.input if result.pre_norm else sub.residual
        norm_row = norm_source[row]
        mean = float(norm_row.mean())
        var = float(np.mean((norm_row - mean) ** 2))
        normed = (sub.normed_input if result.pre_norm else sub.output)[row]
        norm_step = step("blocks.norm", **args, norm=sub.norm, token=token, entries=norm_row.tolist(),
                         mean=mean, var=var, std=math.sqrt(var + LAYER_NORM_EPS), normed=normed.tolist(),
                         where="pre" if result.pre_norm else "post")
        if result.pre_norm:
            steps.append(step("blocks.pre_norm", norm_step, **args, norm=sub.norm))
        if sub.kind == "feed_forward":
            active = int(np.count_nonzero(sub.activated[row] > 0)) if sub.activated is not None else 0
            steps.append(step("blocks.ffn.relu" if result.activation == "relu" else "blocks.ffn.gelu",
                              **args, d_ff=result.d_ff, token=token, active=active))
        else:
            weights = sub.weights[:, row, :].mean(axis=0) if sub.weights is not None else None
            top = int(np.argmax(weights)) if weights is not None else 0
            looked = keys if sub.kind == "cross_attention" else labels
            detail = step("blocks.attention.focus", token=token, key_token=looked[top],
                          weight=float(weights[top])) if weights is not None else None
            children = (detail,) if detail is not None else ()
            if sub.kind == "self_attention":
                steps.append(step("blocks.attention.self", *children, **args, heads=result.heads,
                                  d_k=result.d_k))
            elif sub.kind == "masked_self_attention":
                steps.append(step("blocks.attention.masked", *children, **args, heads=result.heads,
                                  d_k=result.d_k))
            else:
                steps.append(step("blocks.attention.cross", *children, **args, heads=result.heads,
                                  d_k=result.d_k, m=len(keys)))
        norms = sub.write_norms
        steps.append(step("blocks.add", **args, token=token, write=float(norms[row]),
                          stream=float(np.linalg.norm(sub.input[row]))))
        if not result.pre_norm:
            steps.append(norm_step)
    return steps


def _steps(result: BlocksResult) -> list[Step]:
    n, d = len(result.tokens), result.d_model
    steps: list[Step] = []
    parameters = [name for name in result.random if name not in INPUT_NAMES]
    if not parameters:
        steps.append(step("blocks.weights.given", d_model=d, d_ff=result.d_ff))
    elif len(parameters) == len(_known_names(result.decoder, result.layer_count)):
        steps.append(step("blocks.weights.random", d_model=d, d_ff=result.d_ff, seed=result.seed))
    else:
        steps.append(step("blocks.weights.mixed", d_model=d, d_ff=result.d_ff, seed=result.seed,
                          count=len(parameters)))
    if result.decoder:
        m = len(result.memory_tokens)
        steps.append(step("blocks.memory", m=m, d_model=d, layers=result.layer_count,
                          tokens=result.memory_tokens))
        encoder = [step("blocks.layer.encoder", *_layer_steps(result, layer, result.memory_tokens,
                                                                  token_labels(result.memory_tokens)),
                        layer=layer.layer + 1) for layer in result.encoder_layers]
        steps.append(step("blocks.memory.done", *encoder, m=m, d_model=d))
    if "embeddings" in result.random:
        steps.append(step("blocks.input.random", n=n, d_model=d, tokens=result.tokens, seed=result.seed))
    else:
        steps.append(step("blocks.input.given", n=n, d_model=d, tokens=result.tokens))
    keys = token_labels(result.memory_tokens) if result.decoder else token_labels(result.tokens)
    for layer in result.layers:
        inner = _layer_steps(result, layer, result.tokens, keys)
        if result.decoder:
            steps.append(step("blocks.layer.decoder", *inner, layer=layer.layer + 1))
        else:
            steps.append(step("blocks.layer.encoder", *inner, layer=layer.layer + 1))
    steps.append(step("blocks.done", n=n, d_model=d, layers=result.layer_count))
    return steps


# --- reading a weights file ------------------------------------------------------------------


def weights_from_npz(path: str) -> dict[str, np.ndarray]:
    """Every array of an .npz file by name (``numpy.load`` with ``allow_pickle=False``: nothing is unpickled)."""
    import zipfile
    from pathlib import Path

    from mlmath.errors import InputError

    file = Path(path)
    hint = say("blocks.error.file.savez")
    if not file.is_file():
        raise InputError(say("layer.error.file.folder" if file.is_dir() else "layer.error.file.missing", path=path))
    try:
        with file.open("rb") as stream:
            if stream.read(4) != b"PK\x03\x04":  # every .npz is a zip archive of .npy files
                raise InputError(say("layer.error.file.not_npz", path=path), hint=hint)
        with np.load(file, allow_pickle=False) as archive:
            arrays = {name: archive[name] for name in archive.files}
    except InputError:
        raise
    except ValueError as error:  # an object array would need unpickling, which is refused
        if "pickle" in str(error).lower():
            raise InputError(say("layer.error.file.pickle", path=path),
                             hint=say("blocks.error.file.pickle.hint")) from None
        raise InputError(say("layer.error.file.unreadable", path=path, error=error)) from None
    except (OSError, zipfile.BadZipFile, EOFError) as error:
        raise InputError(say("layer.error.file.unreadable", path=path, error=error), hint=hint) from None
    for name, array in arrays.items():
        if array.dtype.kind not in "iuf" or array.size == 0:
            raise InputError(say("layer.error.file.dtype", name=name, path=path, dtype=array.dtype) if array.size
                             else say("layer.error.file.empty", name=name, path=path))
    return {name: array.astype(np.float64) for name, array in arrays.items()}
