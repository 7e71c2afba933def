"""mlmath rnn: a recurrent network (RNN, LSTM, GRU) step by step, and backpropagation through time."""


from typing import Annotated

import typer

from mlmath.cli.choices import choices_of
from mlmath.cli.common import common_options, emit
from mlmath.render.output import Output

MATRICES = "Weights and states (\"1,2;3,4\", [[1,2],[3,4]], @file.csv, @file.npy …)"

# the core's operands → the options they come from
OPTIONS = {"x": "--x", "w_xh": "--wxh", "w_hh": "--whh", "b": "--bias", "b_hh": "--bias-hh", "h0": "--h0",
           "c0": "--c0", "grad_h": "--grad-h"}


def _matrix(flag: str, help: str):
    """An option that takes numbers, listed with the others under one heading of --help."""
    return typer.Option(flag, metavar="M", rich_help_panel=MATRICES, help=help, show_default=False)


@common_options(panel="networks", plot=True)
def rnn(
    seq: Annotated[str | None, typer.Option("--seq", "-s", metavar="TEXT", show_default=False,
                                            help="A sentence: each token, embedded as attention embeds it, is one "
                                            "time step (or @file.txt).")] = None,
    x: Annotated[str | None, _matrix("--x", "Inputs X, one row per time step (T×D).")] = None,
    length: Annotated[int | None, typer.Option("--length", "-n", min=1, max=100_000, metavar="T", show_default=False,
                                               help="A random input of T time steps (standard normal, --seed).")
                      ] = None,
    cell: Annotated[str, typer.Option("--cell", "-c", metavar="rnn|lstm|gru",
                                      autocompletion=choices_of("mlmath.core.recurrence:CELLS"),
                                      help="The cell: tanh RNN, LSTM (gates i, f, g, o) or GRU (gates r, z, n).")
                    ] = "rnn",
    hidden: Annotated[int | None, typer.Option("--hidden", "-H", min=1, max=4096, metavar="H", show_default=False,
                                               help="Hidden size \\[default: 4, or read from the given weights].")
                      ] = None,
    input_size: Annotated[int | None, typer.Option(
        "--input-size", "-d", min=1, max=4096, metavar="D", show_default=False,
        help="Width of each input (embedding) \\[default: 8, or X's columns].")] = None,
    seed: Annotated[int, typer.Option("--seed", min=0, metavar="N",
                                      help="Seed of the random inputs, embeddings and weights.")] = 0,
    wxh: Annotated[str | None, _matrix("--wxh", "W_xh, D×H (D×4H for lstm, D×3H for gru: the gates side by side "
                                       "in torch's order). torch's weight_ih_l0 is its transpose.")] = None,
    whh: Annotated[str | None, _matrix("--whh", "W_hh, H×H (H×4H, H×3H). torch's weight_hh_l0 is its "
                                       "transpose.")] = None,
    bias: Annotated[str | None, _matrix("--bias", "b (torch's b_ih), H values (4H, 3H). Given alone, b_hh is 0.")
                    ] = None,
    bias_hh: Annotated[str | None, _matrix("--bias-hh", "b_hh, torch's second bias (the GRU's n gate multiplies its "
                                           "n part by r).")] = None,
    h0: Annotated[str | None, _matrix("--h0", "The initial hidden state h₀ \\[default: zeros].")] = None,
    c0: Annotated[str | None, _matrix("--c0", "lstm: the initial cell state c₀ \\[default: zeros].")] = None,
    scale_whh: Annotated[str | None, typer.Option(
        "--scale-whh", "-k", metavar="K", show_default=False,
        help="Multiply W_hh by K: K > 1 pushes the gradient to explode, K < 1 to vanish.")] = None,
    backward: Annotated[bool, typer.Option(
        "--backward", "-b", help="Backpropagation through time from L = ½‖h_T‖²: ‖∂L/∂hₜ‖ per step and the "
        "gradients of X, the weights and h₀.")] = False,
    grad_h: Annotated[str | None, _matrix("--grad-h", "Upstream gradient instead of ½‖h_T‖²: ∂L/∂h_T (H values) or "
                                          "∂L/∂hₜ for every step (T×H); implies --backward.")] = None,
    at: Annotated[str | None, typer.Option("--at", metavar="STEP", show_default=False,
                                           help="The time step the steps work out with numbers (a position, or a "
                                           "token of --seq) \\[default: 1].")] = None,
    out: Output = None,
) -> None:
    """Recurrent network hₜ = tanh(xₜ·W_xh + hₜ₋₁·W_hh + b) step by step; LSTM and GRU gates; BPTT.

    One row per time step, row vectors as in the notes (torch computes W·x: its weights are the transposes).
    The same weights serve every step; the last hidden state is the context vector. --cell lstm shows the
    gates i, f, g, o (torch's order) and the cell state, --cell gru the gates r, z, n; torch keeps two biases,
    b_ih (--bias) and b_hh (--bias-hh), and the GRU's n gate uses r ⊙ (hₜ₋₁·W_hn + b_hn). Weights not given
    are random, uniform(−1/√H, 1/√H) as torch initialises them. --backward shows the vanishing (or, with
    --scale-whh, exploding) gradient. --expect checks the final hidden state h_T.

    [dim]Examples:[/]
      mlmath rnn --seq "the cat sat"
      mlmath rnn --seq "the cat sat on the mat" --hidden 32 --backward -k 3
      mlmath rnn --x "1,0;0,1;1,1" --hidden 2 --cell lstm --at 2
      mlmath rnn --length 1000 --hidden 256 --no-steps --backward
    """
    from mlmath.core import recurrence as core
    from mlmath.errors import InputError, MlmathError
    from mlmath.parsing import parse_array, parse_matrix, parse_number, parse_vector
    from mlmath.text import say

    given = sum(source is not None for source in (seq, x, length))
    if given != 1:
        raise InputError(say("recurrence.error.one_way" if given else "recurrence.error.no_sequence"),
                         hint=say("recurrence.error.one_way.hint"))
    chosen = cell.strip().lower()
    if chosen not in core.CELLS:
        raise InputError(say("recurrence.error.cell", cell=cell), hint=say("recurrence.error.cell.hint"),
                         argument="--cell")
    tokens = None
    if seq is not None:
        from mlmath.parsing.tokens import parse_sequence

        tokens = parse_sequence(seq, "--seq")
    scale = 1.0
    if scale_whh is not None:
        scale = float(parse_number(scale_whh, "--scale-whh"))
    step_at = None
    if at is not None:
        if tokens is not None:
            from mlmath.parsing.tokens import choose_token

            step_at = choose_token(at, tokens, "--at")
        else:
            position = parse_number(at, "--at")
            if position != int(position) or position < 1:
                raise InputError(say("recurrence.error.not_step", at=at), hint=say("recurrence.error.not_step.hint"),
                                 argument="--at")
            step_at = int(position) - 1
    matrices = {"x": (x, parse_matrix), "w_xh": (wxh, parse_matrix), "w_hh": (whh, parse_matrix),
                "b": (bias, parse_vector), "b_hh": (bias_hh, parse_vector), "h0": (h0, parse_vector),
                "c0": (c0, parse_vector), "grad_h": (grad_h, parse_array)}
    arrays = {name: None if text is None else parse(text, OPTIONS[name]) for name, (text, parse) in matrices.items()}
    try:
        result = core.rnn(
            arrays["x"], tokens=tokens, length=length, cell=chosen, hidden=hidden, input_size=input_size, seed=seed,
            w_xh=arrays["w_xh"], w_hh=arrays["w_hh"], b=arrays["b"], b_hh=arrays["b_hh"], h0=arrays["h0"],
            c0=arrays["c0"], scale_whh=scale, backward=backward, grad_h=arrays["grad_h"], at=step_at,
            explain=out.steps or out.json)
    except MlmathError as error:
        flag = OPTIONS.get(getattr(error, "operand", None))
        if flag is None and getattr(error.problem, "key", None) == "recurrence.error.at" and step_at is not None:
            flag = "--at"
        raise (error.for_argument(flag) if flag else error) from None
    emit(result, out)
