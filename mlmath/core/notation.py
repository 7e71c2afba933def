"""How indices and powers are written: subscripts (x₁, c₁₂, θ₃) and superscripts (x², 10⁻³, W⁽²⁾)."""

_SUBSCRIPTS = str.maketrans("0123456789", "₀₁₂₃₄₅₆₇₈₉")
_SUPERSCRIPTS = str.maketrans("0123456789-", "⁰¹²³⁴⁵⁶⁷⁸⁹⁻")


def subscript(number: int | str) -> str:
    """``12`` → ``₁₂``."""
    return str(number).translate(_SUBSCRIPTS)


def superscript(number: int | str) -> str:
    """``12`` → ``¹²``, ``-1`` → ``⁻¹``."""
    return str(number).translate(_SUPERSCRIPTS)
