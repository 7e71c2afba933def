"""Exit statuses and the errors that map to them (one place for both)."""

from __future__ import annotations

import re
from enum import IntEnum


class ExitStatus(IntEnum):
    OK = 0
    CHECK_FAILED = 1  # --expect did not match
    BAD_INPUT = 2  # bad input or usage
    INTERNAL_ERROR = 70  # a bug in mlmath (EX_SOFTWARE)
    INTERRUPTED = 130


# A Python argument named in a core error: `pred`, or `temperature`=0.5 for how to write a value.
ARGUMENT_NAME = re.compile(r"`([A-Za-z_][A-Za-z0-9_]*)`(?:=(\S+))?")


class MlmathError(Exception):
    """An error the user can fix; its message is one line.

    The core speaks of the math and names its own arguments in backticks
    (```pred` has 2 rows but `target` has 3``); a library caller reads
    ``pred has 2 rows …``, and a command names its options instead
    (``--pred has 2 rows …``, see :meth:`spoken_as`).
    """

    exit_status = ExitStatus.BAD_INPUT

    def __init__(self, message: str, *, hint: str | None = None, argument: str | None = None):
        self.problem = message
        self.hint = hint
        self.argument = argument
        self.names: dict[str, str] = {}  # argument → how the user wrote it (an option, a metavar)
        super().__init__(self.message)

    @property
    def message(self) -> str:
        """The one line, in the language in force now (a keyed problem or hint is written out here)."""
        text = str(self.problem)
        if self.argument:
            text = f"`{self.argument}`: {text}" if ARGUMENT_NAME.fullmatch(f"`{self.argument}`") else \
                f"{self.argument}: {text}"
        if self.hint:
            text = f"{text}; {self.hint}"
        return ARGUMENT_NAME.sub(self._spoken, text)

    def _spoken(self, match: re.Match) -> str:
        name, value = match.group(1), match.group(2)
        spoken = self.names.get(name)
        if spoken is None:
            return name if value is None else f"{name}={value}"
        return spoken if value is None else f"{spoken} {value}"

    def spoken_as(self, names: dict[str, str]) -> MlmathError:
        """The same error naming arguments as a command line writes them (``{"pred": "--pred"}``)."""
        self.names = {**names, **self.names}
        self.args = (self.message,)
        return self

    def for_argument(self, argument: str) -> MlmathError:
        """The same error, naming the argument it came from (if none is named yet)."""
        if self.argument is None:
            self.argument = argument
            self.args = (self.message,)
        return self


class InputError(MlmathError):
    """Text that could not be read as the value it should be."""


class MathError(MlmathError):
    """Well-formed input for which the operation is undefined (shapes, zero vectors)."""
