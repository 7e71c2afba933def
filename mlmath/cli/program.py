"""The ``mlmath`` program: one short-lived process per command.

A command runs for a fraction of a second and makes few reference cycles, so
the cyclic garbage collector stays off: its passes over the tens of thousands
of objects that importing Typer, Rich and NumPy creates cost 20–50 ms, and they
hold the interpreter lock while NumPy's worker threads wait for it.  Reference
counting still frees everything else the moment it is no longer used.  On the
way out Python would collect several more times only to free memory the
operating system takes back anyway; freezing the objects skips that.

In-process callers (``mlmath check``, the tests) use :func:`mlmath.cli.app.main`,
which leaves the collector alone.
"""

import gc


def run() -> None:
    gc.disable()
    from mlmath.cli.app import main

    try:
        main()
    finally:
        gc.freeze()
