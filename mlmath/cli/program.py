"""The ``mlmath`` program: one short-lived process per command.

A command runs for a fraction of a second and makes few reference cycles, so
the cyclic garbage collector stays off: its passes over the tens of thousands
of objects that importing Typer, Rich and NumPy creates cost 20–50 ms, and they
hold the interpreter lock while NumPy's worker threads wait for it.  Reference
counting still frees everything else the moment it is no longer used.  On the
way out Python would collect several more times only to free memory the
operating system takes back anyway; freezing the objects skips that.

Its stdout and stderr always take what is written, so the exit status says how
the command went whoever reads the output, or whether anyone still does.

In-process callers (``mlmath check``, the tests) use :func:`mlmath.cli.app.main`,
which leaves the collector and the streams alone.
"""

import gc
import io
import os
import sys


def run() -> None:
    gc.disable()
    outputs = _dependable_streams()
    try:
        from mlmath.cli.app import main
    except KeyboardInterrupt:  # Ctrl-C while the libraries load: no traceback, the interrupted status
        sys.exit(130)
    try:
        status = main()
    finally:
        gc.freeze()
    sys.exit(_written_out(status, outputs))


def _written_out(status: int, outputs: dict) -> int:
    """The command's status, unless its output could not be written (a full disk: ``> /dev/full``), which
    is one line on stderr and the status of bad input."""
    stdout = outputs.get("stdout")
    try:
        sys.stdout.flush()
    except OSError:
        pass
    failure = getattr(stdout, "failure", None)
    if failure is None:
        return status
    sys.stderr.write(f"mlmath: cannot write the output: {failure.strerror or failure}\n")
    sys.stderr.flush()
    return 2


class _ReaderMayLeave(io.FileIO):
    """The file under stdout or stderr: once its reader has gone (``mlmath … | head -1``: EPIPE),
    what is written is dropped instead of failing, and the command ends with its own status; any other
    failure to write (a full disk) is kept in ``failure`` for the program to report once."""

    failure: OSError | None = None

    def write(self, data) -> int:
        try:
            return super().write(data)
        except BrokenPipeError:
            return len(data)
        except OSError as error:
            self.failure = self.failure or error
            return len(data)


def _dependable_streams() -> dict:
    """stdout and stderr that take whatever is written, so the exit status always says how the
    command went: the null device where the process was started without one (``mlmath … >&-``),
    a file that drops output nobody reads any more where the reader has left, and characters the
    stream's encoding cannot hold written as escapes (``\\u00b7``) rather than failing. Returns the
    raw files, by name."""
    raws = {}
    for name in ("stdout", "stderr"):
        stream = getattr(sys, name)
        if stream is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115 (lives as long as the process)
            continue
        try:
            descriptor = stream.fileno()
        except (AttributeError, OSError, io.UnsupportedOperation):  # not a file: nothing can break
            continue
        stream.flush()
        raw = _ReaderMayLeave(descriptor, "w", closefd=False)
        raws[name] = raw
        setattr(sys, name, io.TextIOWrapper(io.BufferedWriter(raw), encoding=stream.encoding,
                                            errors="backslashreplace", line_buffering=stream.line_buffering,
                                            write_through=name == "stderr"))
    return raws
