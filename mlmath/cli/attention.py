"""mlmath attention: self-, causal, multi-head and cross-attention from a sentence, every matrix shown."""


import os
from enum import Enum
from typing import Annotated, Optional

import typer

from mlmath.cli.common import common_options, emit
from mlmath.render.output import Output

# After each multi-threaded BLAS call OpenBLAS keeps its worker threads spinning for 2^28
# cycles (about 0.1 s), taking the cores the softmax threads need next.  Let them sleep after
# 2^16 cycles instead; an explicit setting wins.  Only effective before NumPy is imported.
BLAS_SPIN_CYCLES_LOG2 = "16"

MATRICES = "Matrices (\"1,2;3,4\", [[1,2],[3,4]], @file.csv, @file.npy …)"


def _matrix(flag: str, help: str):
    """An option that takes a matrix, listed with the others under one heading of --help."""
    return typer.Option(flag, metavar="M", rich_help_panel=MATRICES, help=help)


def _bias(flag: str, help: str):
    """An option that takes one projection's bias vector (d_model numbers), listed with the matrices."""
    return typer.Option(flag, metavar="V", rich_help_panel=MATRICES, help=help)


class Positional(str, Enum):
    sinusoidal = "sinusoidal"
    none = "none"


@common_options(panel="transformers", plot=True)
def attention(
    seq: Annotated[str, typer.Option("--seq", "-s", metavar="TEXT", show_default=False,
                                     help="The sentence (queries), or @file.txt.")],
    d_model: Annotated[Optional[int], typer.Option(
        "--d-model", min=1, max=4096, metavar="D", show_default=False,
        help="Width of each embedding \\[default: 8, or read from the given matrices].")] = None,
    heads: Annotated[int, typer.Option(
        "--heads", min=1, metavar="H",
        help="Number of heads; must divide d_model.")] = 1,
    seed: Annotated[int, typer.Option(
        "--seed", min=0, metavar="N",
        help="Seed of the random embeddings and weights.")] = 0,
    causal: Annotated[bool, typer.Option("--causal", help="Mask future tokens (decoder self-attention).")] = False,
    positional: Annotated[Positional, typer.Option(
        "--positional", help="Positional encoding added to X.")] = Positional.sinusoidal,
    kv_seq: Annotated[Optional[str], typer.Option("--kv-seq", metavar="TEXT",
                                                  help="Cross-attention: keys and values from this sentence.")] = None,
    head: Annotated[Optional[int], typer.Option("--head", min=1, metavar="K", help="Show only head K.")] = None,
    query: Annotated[Optional[str], typer.Option(
        "--query", metavar="TOKEN",
        help="Query token whose dot products are written out (text or position) \\[default: the last].")] = None,
    embeddings: Annotated[Optional[str], _matrix("--embeddings", "Embeddings X, one row per token of --seq.")] = None,
    kv_embeddings: Annotated[Optional[str], _matrix("--kv-embeddings",
                                                    "Embeddings of --kv-seq, one row per token.")] = None,
    wq: Annotated[Optional[str], _matrix("--wq", "W_Q (d_model × d_model).")] = None,
    wk: Annotated[Optional[str], _matrix("--wk", "W_K (d_model × d_model).")] = None,
    wv: Annotated[Optional[str], _matrix("--wv", "W_V (d_model × d_model).")] = None,
    wo: Annotated[Optional[str], _matrix("--wo",
                                         "W_O (d_model × d_model) \\[default: random when --heads > 1].")] = None,
    vectors: Annotated[Optional[str], typer.Option(
        "--vectors", metavar="FILE",
        help="Word vectors (GloVe / word2vec text, .txt or .txt.gz): each token's vector is its embedding.")] = None,
    random_missing: Annotated[bool, typer.Option(
        "--random-missing", help="Tokens missing from --vectors get random rows (else an error).")] = False,
    identity_weights: Annotated[bool, typer.Option(
        "--identity-weights", help="W_Q = W_K = W_V = I: the weights show embedding similarity alone.")] = False,
    bias: Annotated[bool, typer.Option(
        "--bias", help="Projection biases b_Q, b_K, b_V, b_O (nn.MultiheadAttention(bias=True)), random where "
                       "not given.")] = False,
    bq: Annotated[Optional[str], _bias("--bq", "b_Q, added to every row of Q = X·W_Q.")] = None,
    bk: Annotated[Optional[str], _bias("--bk", "b_K, added to every row of K.")] = None,
    bv: Annotated[Optional[str], _bias("--bv", "b_V, added to every row of V.")] = None,
    bo: Annotated[Optional[str], _bias("--bo", "b_O, added to every row of the output ·W_O.")] = None,
    pad_to: Annotated[Optional[int], typer.Option(
        "--pad-to", min=1, metavar="N",
        help="Pad the keys' sentence with <pad> tokens to N, hidden by a key-padding mask.")] = None,
    out: Output = None,
) -> None:
    """Attention softmax(Q·Kᵀ/√d_k)·V from a sentence: the weights and output first, then every step.

    A token's random embedding is drawn from its own text and --seed (the same word, the same row in every
    sentence); random numbers show the arithmetic, not meaning: use --vectors for real word vectors.

    [dim]Examples:[/]
      mlmath attention --seq "the cat sat"
      mlmath attention --seq "the cat sat on the mat" --heads 2 --causal --head 2
      mlmath attention --seq "I go to school" --kv-seq "나는 학교에 간다"
      mlmath attention --seq "king queen" --vectors v.txt --identity-weights
    """
    os.environ.setdefault("OPENBLAS_THREAD_TIMEOUT", BLAS_SPIN_CYCLES_LOG2)
    from mlmath.core.transformer import attention as compute
    from mlmath.errors import MathError
    from mlmath.parsing.tokens import choose_token, parse_sequence
    from mlmath.text import say

    tokens = parse_sequence(seq, "--seq")
    kv_tokens = parse_sequence(kv_seq, "--kv-seq") if kv_seq is not None else None
    texts = {"embeddings": embeddings, "kv_embeddings": kv_embeddings, "wq": wq, "wk": wk, "wv": wv, "wo": wo}
    given = dict.fromkeys(texts)
    if any(text is not None for text in texts.values()):
        from mlmath.parsing import parse_matrix

        given = {name: None if text is None else parse_matrix(text, "--" + name.replace("_", "-"))
                 for name, text in texts.items()}
    word_vectors = None
    if vectors is not None:
        from mlmath.parsing.vectors import read_vectors

        word_vectors = read_vectors(vectors, tokens + (kv_tokens or []), "--vectors")
    elif random_missing:
        raise MathError(say("attention.error.cli.random_missing"), hint=say("attention.error.cli.random_missing.hint"))
    if head is not None and head > heads:
        hint = say("attention.error.cli.head.hint", heads=heads) if heads > 1 else \
            say("attention.error.cli.head.split")
        raise MathError(say("attention.error.cli.head", head=head, heads=heads), hint=hint)
    biases = None
    if any(vector is not None for vector in (bq, bk, bv, bo)):
        from mlmath.parsing import parse_vector

        biases = [None if vector is None else parse_vector(vector, flag)
                  for vector, flag in ((bq, "--bq"), (bk, "--bk"), (bv, "--bv"), (bo, "--bo"))]
    chosen = choose_token(query, tokens) if query is not None else None
    # Positional(…): typer 0.28 hands over the Enum member, 0.29 and later its text
    result = compute(tokens, kv_tokens, **given, d_model=d_model, heads=heads, causal=causal,
                     positional=Positional(positional).value, seed=seed, query=chosen,
                     vectors=word_vectors, random_missing=random_missing, identity_weights=identity_weights,
                     biases=biases, bias=bias, pad_to=pad_to, explain=out.steps or out.json)
    result.focus = head - 1 if head is not None else None
    result.vectors = os.path.basename(vectors) if vectors is not None else None
    emit(result, out)
