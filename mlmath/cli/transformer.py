"""mlmath transformer: one encoder (or decoder) block step by step: X + PE, attention, Add & Norm, FFN, Add & Norm."""


import os
from typing import Annotated

import typer

from mlmath.cli.choices import choices_of
from mlmath.cli.common import common_options, emit
from mlmath.render.output import Output


@common_options(panel="transformers", plot=True)
def transformer(
    tokens: Annotated[str, typer.Option("--seq", "-s", metavar="TEXT", show_default=False,
                                     help="The sentence (the decoder's input with --decoder), or @file.txt.")],
    d_model: Annotated[int | None, typer.Option(
        "--d-model", min=1, max=4096, metavar="D", show_default=False,
        help="Width of the stream \\[default: 8, or read from --weights].")] = None,
    heads: Annotated[int, typer.Option("--heads", min=1, metavar="H",
                                       help="Attention heads; must divide d_model.")] = 2,
    d_ff: Annotated[int | None, typer.Option(
        "--d-ff", min=1, max=16384, metavar="F", show_default=False,
        help="Hidden width of the feed-forward network \\[default: 4·d_model].")] = None,
    activation: Annotated[str, typer.Option(
        "--activation", "-a", metavar="relu|gelu", autocompletion=choices_of("mlmath.core.blocks:ACTIVATIONS"),
        help="The feed-forward network's activation.")] = "relu",
    pre_norm: Annotated[bool, typer.Option(
        "--pre-norm", help="LayerNorm before each sub-layer (the original paper normalises after).")] = False,
    layers: Annotated[int, typer.Option("--layers", min=1, max=12, metavar="N", help="Blocks stacked.")] = 1,
    decoder: Annotated[bool, typer.Option(
        "--decoder", help="Decoder blocks: masked self-attention, cross-attention on --memory, FFN.")] = False,
    memory_tokens: Annotated[str | None, typer.Option(
        "--memory", metavar="TEXT", show_default=False,
        help="With --decoder: the sentence the encoder reads; its output is the memory.")] = None,
    seed: Annotated[int, typer.Option("--seed", min=0, metavar="N",
                                      help="Seed of the random embeddings and weights.")] = 0,
    weights: Annotated[str | None, typer.Option(
        "--weights", metavar="FILE.npz", show_default=False,
        help="Named arrays (encoder.0.wq, encoder.0.w1, … see docs/json.md); the rest is random.")] = None,
    out: Output = None,
) -> None:
    """Transformer block: X + PE, multi-head attention, Add & Norm, feed-forward, Add & Norm, each shown.

    Weights are random (--seed) unless --weights FILE.npz holds them; the numbers equal
    torch.nn.TransformerEncoderLayer (and DecoderLayer) with dropout 0. --layers stacks blocks,
    --pre-norm moves each LayerNorm before its sub-layer.

    [dim]Examples:[/]
      mlmath transformer --seq "the cat sat"
      mlmath transformer --seq "the cat sat" --pre-norm --activation gelu
      mlmath transformer --seq "I go to school" --decoder --memory "나는 간다"
    """
    from mlmath.cli.attention import BLAS_SPIN_CYCLES_LOG2

    os.environ.setdefault("OPENBLAS_THREAD_TIMEOUT", BLAS_SPIN_CYCLES_LOG2)
    from mlmath.core import blocks as core
    from mlmath.errors import InputError, MlmathError
    from mlmath.parsing.tokens import parse_sequence
    from mlmath.text import say

    words = parse_sequence(tokens, "--seq")
    if decoder and memory_tokens is None:
        raise InputError(say("blocks.error.no_memory"), hint=say("blocks.error.no_memory.hint"), argument="--decoder")
    if memory_tokens is not None and not decoder:
        raise InputError(say("blocks.error.memory"), hint=say("blocks.error.memory.hint"), argument="--memory")
    memory_words = parse_sequence(memory_tokens, "--memory") if memory_tokens is not None else None
    name = activation.strip().lower()
    if name not in core.ACTIVATIONS:
        raise InputError(say("blocks.error.activation", activation=activation),
                         hint=say("blocks.error.activation.hint"), argument="--activation")
    given = None
    if weights is not None:
        try:
            given = core.weights_from_npz(weights)
        except MlmathError as error:
            raise error.for_argument("--weights") from None
    result = core.transformer_block(words, memory_words, d_model=d_model, heads=heads, d_ff=d_ff, activation=name,
                                    pre_norm=pre_norm, layers=layers, seed=seed, weights=given,
                                    explain=out.steps or out.json or out.wants_plot)
    emit(result, out)
