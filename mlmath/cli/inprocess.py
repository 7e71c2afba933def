"""Run an mlmath command line inside this process and capture its exit status and output.

``mlmath check`` grades a whole homework file this way: one process, the
libraries imported once, instead of a new Python process per problem.
"""

import io
import sys
from collections.abc import Sequence

from mlmath.core.homework import Ran


def run_inprocess(argv: Sequence[str], stdin: str = "") -> Ran:
    """``mlmath ARGV`` through the app's own ``main``: exit status, stdout and stderr.

    Standard input is ``stdin`` (empty unless given), and the per-run state of
    the program is reset before and restored after, so runs do not leak into
    each other or into the caller.
    """
    from mlmath import text
    from mlmath.cli.app import main
    from mlmath.parsing.numbers import stdin_unread

    saved_streams = sys.stdout, sys.stderr, sys.stdin
    stdout, stderr = io.StringIO(), io.StringIO()
    sys.stdout, sys.stderr, sys.stdin = stdout, stderr, io.StringIO(stdin)
    try:
        with stdin_unread(), text.language_kept():
            main(list(argv))
        code = 0
    except SystemExit as exit_:  # main() turns every failure, a bug included, into an exit status
        code = exit_.code if isinstance(exit_.code, int) else (0 if exit_.code is None else 1)
    finally:
        sys.stdout, sys.stderr, sys.stdin = saved_streams
    return Ran(code, stdout.getvalue(), stderr.getvalue())
