"""Run an mlmath command line inside this process and capture its exit status and output.

``mlmath check`` grades a whole homework file this way: one process, the
libraries imported once, instead of a new Python process per problem.
"""

from collections.abc import Mapping, Sequence

from mlmath.core.homework import Ran


def run_inprocess(argv: Sequence[str], stdin: str = "", environ: Mapping[str, str] | None = None) -> Ran:
    """``mlmath ARGV`` through the app's own ``main`` in an environment of its own: exit status, stdout, stderr.

    Standard input is ``stdin`` (empty unless given); the run reads the
    process's environment variables (or ``environ``) and changes nothing of
    the caller's: not its streams, its language or its standard input.
    """
    from mlmath.cli.app import main
    from mlmath.environment import Environment

    environment = Environment.captured(stdin, environ)
    code = main(list(argv), environment)
    return Ran(code, environment.stdout.getvalue(), environment.stderr.getvalue())
