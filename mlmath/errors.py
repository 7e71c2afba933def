"""Exit statuses and the errors that map to them (one place for both)."""

from __future__ import annotations

from enum import IntEnum


class ExitStatus(IntEnum):
    OK = 0
    CHECK_FAILED = 1  # --expect did not match
    BAD_INPUT = 2  # bad input or usage
    INTERNAL_ERROR = 70  # a bug in mlmath (EX_SOFTWARE)
    INTERRUPTED = 130


class MlmathError(Exception):
    """An error the user can fix; its message is one line, shown as is."""

    exit_status = ExitStatus.BAD_INPUT

    def __init__(self, message: str, *, hint: str | None = None, argument: str | None = None):
        self.problem = message
        self.hint = hint
        self.argument = argument
        super().__init__(self.message)

    @property
    def message(self) -> str:
        text = self.problem
        if self.argument:
            text = f"{self.argument}: {text}"
        if self.hint:
            text = f"{text}; {self.hint}"
        return text

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
