"""Untrusted expression text → a SymPy expression, through an allow-list (DESIGN.md §5).

Homework files come from other people, so the text is never given to ``eval``,
``sympify`` or ``parse_expr`` (both of those run injected code).  Instead:

1. **Tokens.**  The text is split by a regular expression into numbers, ASCII
   names, ``+ - * / ** ^ ( ) ,`` and spaces; any other character is an error.
   Here ``^`` becomes ``**`` (so ``x^2 + 3*x - 1`` keeps Python's precedence),
   and a ``*`` is written where a product is unambiguous: ``2x``, ``3(x+1)``,
   ``(x+1)(x-1)``, ``(x+1)x``.  ``x(y)`` stays an error: a call of an unknown
   function, not a guess.
2. **Syntax.**  Python's ``ast`` parses the rewritten tokens (never run), and
   the tree is walked against an allow-list: numbers, names, ``+ - * / **``,
   unary ``+ -`` and calls of known functions.  Everything else (attributes,
   subscripts, strings, lambdas, comparisons, keywords …) is an error.
3. **Building.**  The SymPy expression is built node by node here.  Numbers are
   read by :func:`mlmath.parsing.numbers.parse_number` (never SymPy's
   ``Float('1e999999')``, which hangs in C), and a numeric power is refused
   before it is evaluated when its size |e|·log₂|b| is over a cap
   (``((9**9)**9999)**9999`` slips past per-literal checks).

Caps: text length, bracket nesting, tree depth and node count, literal length,
the bits of a numeric power, and the size of an exponent of a variable.  Every
constant part must have a real value within float64's range, computed by
:mod:`mlmath.core.evaluate` (never by SymPy's ``evalf``, which can hang on
``exp(exp(exp(100)))``) before SymPy evaluates a function of it.

Names.  Variables are ASCII names (``x``, ``w1``, ``x_2``, ``theta``) and are real
numbers.  Known functions: sin cos tan exp log ln sqrt abs sigmoid tanh relu
softplus sinh cosh asin acos atan, plus ``Abs``, ``sign`` and ``step`` which derivatives print
(``Heaviside``, as SymPy spells step, reads back as ``step``), and ``erf`` which integrals print;
``log(x, b)`` is the base-b logarithm.
The probability densities ``normal(x, mu, sigma)``, ``uniform(x, a, b)`` and
``exponential(x, rate)`` are written out in those functions as they are read.  Constants: ``pi``,
and ``e`` (also written ``E``, as SymPy prints it).

Non-ASCII text.  Python's parser would NFKC-normalise identifiers, so the
full-width ``ｓｉｎ(ｘ)`` would silently become ``sin(x)`` and look-alike letters
could hide what an expression really computes.  mlmath therefore refuses every
non-ASCII character before Python's parser sees it, and names the ASCII to
write instead for the common ones (``²`` → ``**2``, ``·`` → ``*``, ``π`` → ``pi``).
"""

from __future__ import annotations

import keyword
import math
import re
from typing import TYPE_CHECKING, Any

from mlmath.errors import InputError
from mlmath.parsing.numbers import Number, parse_number
from mlmath.text import say

if TYPE_CHECKING:
    import sympy

MAX_CHARS = 2000  # characters of expression text
MAX_NESTING = 30  # brackets inside brackets
MAX_DEPTH = 60  # levels of the tree (a chain of + or * counts once)
MAX_NODES = 800  # nodes of the tree
MAX_NAME_CHARS = 32
MAX_POWER_BITS = 1100  # |e|·log₂|b| of a numeric power b**e, checked before SymPy computes it
FLOAT_MAX = 1.7976931348623157e308  # a constant part must be a float64-sized number
MAX_EXPONENT = 1000  # |e| of a power of an expression with variables, x**e

FUNCTIONS = "sin cos tan exp log ln sqrt abs sigmoid tanh relu softplus sinh cosh asin acos atan erf"
FUNCTIONS_HELP = say("expressions.functions", names=FUNCTIONS, more="sign, step")
EXPRESSION_HINT = say("expressions.hint")
SMALLER_PARTS = say("expressions.hint.smaller_parts")
GROUPING = say("expressions.hint.grouping")
COMPARISONS = say("expressions.hint.comparisons")
STRINGS = say("expressions.hint.strings")

_TOKEN = re.compile(
    r"""(?P<space>\s+)
      | (?P<number>(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?)
      | (?P<name>[A-Za-z_][A-Za-z0-9_]*)
      | (?P<op>\*\*|[-+*/^(),])""",
    re.VERBOSE,
)

# Common non-ASCII characters and the ASCII to write instead.
_ASCII_FOR = {
    "²": "**2", "³": "**3", "·": "*", "×": "*", "−": "-", "÷": "/", "π": "pi", "√": "sqrt(…)",
    "σ": "sigmoid(…)", "ℯ": "e", "–": "-", "′": say("expressions.ascii.prime"),
}
_HINT_FOR = {
    "=": say("expressions.hint.equals"),
    "[": GROUPING, "]": GROUPING, "{": GROUPING, "}": GROUPING, ".": say("expressions.hint.attributes"),
    "'": STRINGS, '"': STRINGS, "!": say("expressions.hint.factorial"),
    "<": COMPARISONS, ">": COMPARISONS, "|": say("expressions.hint.abs"),
}

_CONSTANT_NAMES = ("pi", "e", "E")
# the names _functions() maps, known without importing SymPy
_FUNCTION_NAMES = ("sin", "cos", "tan", "exp", "log", "ln", "sqrt", "abs", "Abs", "sign", "tanh", "sigmoid", "relu",
                   "softplus", "step", "erf", "cosh", "atan", "sinh", "asin", "acos", "Heaviside", "normal",
                   "uniform", "exponential")
# probability densities: name → (arguments, how to write them)
_DENSITIES = {"normal": (3, "normal(x, mu, sigma)"), "uniform": (3, "uniform(x, a, b)"),
              "exponential": (2, "exponential(x, rate)")}


class _Token:
    __slots__ = ("kind", "text", "position")

    def __init__(self, kind: str, text: str, position: int):
        self.kind, self.text, self.position = kind, text, position


# --- public API -------------------------------------------------------------


def parse_expression(text: str, name: str = "EXPR") -> sympy.Expr:
    """Safe parse of ``text`` into a SymPy expression of real variables.

    >>> parse_expression("x^2 + 3x - 1")
    x**2 + 3*x - 1
    """
    try:
        tokens = _tokenize(text)
        source, starts = _rewrite(tokens)
        tree = _syntax_tree(source, starts, tokens)
        _check_shape(tree)
        return _Builder().build(tree)
    except InputError as error:
        raise error.for_argument(name)


def parse_point(text: str, name: str = "--at") -> dict[str, Number]:
    """``x=2,y=1`` (any scalar form per value: ``x=1/2``, ``y=-1e-3``) → ``{"x": 2, "y": 1}``."""
    hint = say("expressions.hint.point")
    items = [item.strip() for item in text.strip().split(",")]
    if not text.strip():
        raise InputError(say("expressions.error.empty_point"), hint=hint, argument=name)
    point: dict[str, Number] = {}
    for item in items:
        variable, equals, value = item.partition("=")
        variable = variable.strip()
        if not equals or not value.strip():
            raise InputError(say("expressions.error.not_name_value", item=item), hint=hint, argument=name)
        if not re.fullmatch(r"[A-Za-z][A-Za-z0-9_]*", variable) or len(variable) > MAX_NAME_CHARS:
            raise InputError(say("expressions.error.not_variable", name=variable), hint=hint, argument=name)
        if variable in point:
            raise InputError(say("expressions.error.given_twice", name=variable), hint=hint, argument=name)
        point[variable] = parse_number(value, f"{name} {variable}")
    return point


def parse_names(text: str, name: str = "--wrt") -> list[str]:
    """``x`` or ``x,y``: variable names, each once."""
    hint = say("expressions.hint.names")
    names = [item.strip() for item in text.split(",")]
    for item in names:
        if not re.fullmatch(r"[A-Za-z][A-Za-z0-9_]*", item) or len(item) > MAX_NAME_CHARS:
            raise InputError(say("expressions.error.not_variable", name=item), hint=hint, argument=name)
        if item in _CONSTANT_NAMES or item in _FUNCTION_NAMES:
            raise InputError(say("expressions.error.not_a_variable", name=item), hint=hint, argument=name)
    if len(set(names)) != len(names):
        raise InputError(say("expressions.error.named_twice"), hint=hint, argument=name)
    return names


def parse_expressions(text: str, name: str = "--expect") -> list[sympy.Expr]:
    """Several expressions split by top-level commas, optionally in brackets: ``[2*x*y, x**2]``."""
    stripped = text.strip()
    if stripped.startswith("[") and stripped.endswith("]"):
        stripped = stripped[1:-1]
    parts, depth, current = [], 0, []
    for character in stripped:
        if character == "," and depth == 0:
            parts.append("".join(current))
            current = []
            continue
        depth += {"(": 1, ")": -1}.get(character, 0)
        current.append(character)
    parts.append("".join(current))
    return [parse_expression(part, name) for part in parts]


def free_variables(expr: sympy.Basic) -> list[str]:
    """The names of the variables of ``expr``, sorted alphabetically."""
    return sorted(symbol.name for symbol in expr.free_symbols)


def known_functions() -> dict[str, Any]:
    """Name → SymPy function for every function an expression may call (a fresh dict)."""
    return _functions()


# --- 1. tokens --------------------------------------------------------------


def _tokenize(text: str) -> list[_Token]:
    if not isinstance(text, str):
        raise InputError(say("expressions.error.not_text"), hint=EXPRESSION_HINT)
    if len(text) > MAX_CHARS:
        raise InputError(say("expressions.error.too_long", count=len(text), most=MAX_CHARS), hint=SMALLER_PARTS)
    stripped = text.strip()
    if not stripped:
        raise InputError(say("expressions.error.empty"), hint=EXPRESSION_HINT)
    for position, character in enumerate(text):
        if not character.isascii():
            instead = _ASCII_FOR.get(character)
            hint = say("expressions.hint.instead", instead=instead) if instead else say("expressions.hint.ascii")
            raise InputError(say("expressions.error.non_ascii", character=character, position=position + 1),
                             hint=hint)
    tokens = []
    position = 0
    depth = 0
    while position < len(text):
        match = _TOKEN.match(text, position)
        if match is None:
            character = text[position]
            hint = _HINT_FOR.get(character, EXPRESSION_HINT)
            raise InputError(say("expressions.error.unexpected", character=character, position=position + 1),
                             hint=hint)
        kind = match.lastgroup
        token_text = match.group()
        if kind == "name":
            _check_name(token_text)
        elif kind == "number":
            # read here, by the one reader of numeric literals: finite, at most 64 characters
            value = parse_number(token_text)
            token_text = str(value) if isinstance(value, int) else repr(value)
        elif token_text == "(":
            depth += 1
            if depth > MAX_NESTING:
                raise InputError(say("expressions.error.brackets_deep", most=MAX_NESTING))
        elif token_text == ")":
            depth -= 1
            if depth < 0:
                raise InputError(say("expressions.error.open_missing", position=position + 1))
        if kind != "space":
            tokens.append(_Token(kind, token_text, position))
        position = match.end()
    if depth > 0:
        raise InputError(say("expressions.error.close_missing"), hint=EXPRESSION_HINT)
    return tokens


def _check_name(name: str) -> None:
    if name.startswith("_"):
        raise InputError(say("expressions.error.underscore", name=name), hint=say("expressions.hint.underscore"))
    if keyword.iskeyword(name) or keyword.issoftkeyword(name):
        raise InputError(say("expressions.error.keyword", name=name), hint=EXPRESSION_HINT)
    if len(name) > MAX_NAME_CHARS:
        raise InputError(say("expressions.error.name_too_long", count=len(name), most=MAX_NAME_CHARS))


def _rewrite(tokens: list[_Token]) -> tuple[str, list[int]]:
    """``^`` → ``**`` and the unambiguous implicit products; returns the text and token offsets."""
    pieces: list[str] = []
    starts: list[int] = []  # offset in the rewritten text of every original token
    offset = 0
    previous: _Token | None = None
    for token in tokens:
        if previous is not None and _implicit_product(previous, token):
            pieces.append("*")
            offset += 2  # "*" plus the joining space
        text = "**" if token.text == "^" else token.text
        starts.append(offset)
        pieces.append(text)
        offset += len(text) + 1
        previous = token
    return " ".join(pieces), starts


def _implicit_product(left: _Token, right: _Token) -> bool:
    """``2x``, ``2 x``, ``3(x+1)``, ``(x+1)(x-1)``, ``(x+1)x``: a product that cannot mean anything else."""
    if left.kind == "number":
        return right.kind == "name" or right.text == "("
    if left.text == ")":
        return right.kind == "name" or right.text == "("
    return False


# --- 2. syntax --------------------------------------------------------------


def _syntax_tree(source: str, starts: list[int], tokens: list[_Token]):
    import ast

    try:
        return ast.parse(source, mode="eval").body
    except SyntaxError as error:
        token = None
        if error.offset is not None:
            index = max(0, sum(1 for start in starts if start <= error.offset - 1) - 1)
            if index < len(tokens):
                token = tokens[index]
        if source.rstrip().endswith(("+", "-", "*", "/", "(", ",")):
            raise InputError(say("expressions.error.ends_early"), hint=EXPRESSION_HINT) from None
        comma = "," in source and error.msg.startswith("invalid syntax")
        if token is None:
            problem = say("expressions.error.unreadable.comma" if comma else "expressions.error.unreadable")
        else:
            problem = say("expressions.error.unreadable_near.comma" if comma else "expressions.error.unreadable_near",
                          token=token.text, position=token.position + 1)
        raise InputError(problem, hint=EXPRESSION_HINT) from None
    except (ValueError, RecursionError, MemoryError):
        raise InputError(say("expressions.error.unreadable"), hint=EXPRESSION_HINT) from None


def _check_shape(tree) -> None:
    """Node count and depth, walked without recursion; a chain of + or * counts as one level."""
    import ast

    count = 0
    stack = [(tree, 1)]
    while stack:
        node, depth = stack.pop()
        if not isinstance(node, ast.expr):
            continue  # operator and context markers
        count += 1
        if count > MAX_NODES:
            raise InputError(say("expressions.error.too_many_parts", most=MAX_NODES), hint=SMALLER_PARTS)
        if depth > MAX_DEPTH:
            raise InputError(say("expressions.error.nested_deep", most=MAX_DEPTH))
        for child in ast.iter_child_nodes(node):
            same_chain = isinstance(node, ast.BinOp) and isinstance(child, ast.BinOp) and (
                _chain_kind(node.op) is not None and _chain_kind(node.op) == _chain_kind(child.op))
            stack.append((child, depth if same_chain else depth + 1))


def _chain_kind(op) -> str | None:
    import ast

    if isinstance(op, (ast.Add, ast.Sub)):
        return "sum"
    if isinstance(op, (ast.Mult, ast.Div)):
        return "product"
    return None


# --- 3. building ------------------------------------------------------------


def _functions() -> dict[str, Any]:
    import sympy

    from mlmath.core.ml_functions import ml_functions

    ml = ml_functions()
    return {
        "sin": sympy.sin, "cos": sympy.cos, "tan": sympy.tan, "exp": sympy.exp, "log": sympy.log,
        "ln": sympy.log, "sqrt": sympy.sqrt, "abs": sympy.Abs, "Abs": sympy.Abs, "sign": sympy.sign,
        "tanh": sympy.tanh, "sigmoid": ml["sigmoid"], "relu": ml["relu"], "softplus": ml["softplus"],
        "step": ml["step"], "erf": sympy.erf, "cosh": sympy.cosh, "atan": sympy.atan, "sinh": sympy.sinh,
        "asin": sympy.asin, "acos": sympy.acos, "Heaviside": ml["step"],
        "normal": _normal, "uniform": _uniform, "exponential": _exponential,
    }


def _normal(x: Any, mu: Any, sigma: Any) -> Any:
    """The normal density e^(−(x−μ)²/(2σ²)) / (σ·√(2π))."""
    import sympy

    if sigma.is_number and not sigma.is_positive:
        raise InputError(say("expressions.error.normal_sigma"), hint=say("expressions.hint.normal"))
    return sympy.exp(-(x - mu) ** 2 / (2 * sigma**2)) / (sigma * sympy.sqrt(2 * sympy.pi))


def _uniform(x: Any, a: Any, b: Any) -> Any:
    """The uniform density on [a, b]: (step(x − a) − step(x − b))/(b − a)."""
    from mlmath.core.ml_functions import ml_functions

    if (b - a).is_number and not (b - a).is_positive:
        raise InputError(say("expressions.error.uniform"), hint=say("expressions.hint.uniform"))
    step = ml_functions()["step"]
    return (step(x - a) - step(x - b)) / (b - a)


def _exponential(x: Any, rate: Any) -> Any:
    """The exponential density rate·e^(−rate·x) for x > 0 (0 before): rate·e^(−rate·x)·step(x)."""
    import sympy

    from mlmath.core.ml_functions import ml_functions

    if rate.is_number and not rate.is_positive:
        raise InputError(say("expressions.error.exponential_rate"), hint=say("expressions.hint.exponential"))
    return rate * sympy.exp(-rate * x) * ml_functions()["step"](x)


class _Builder:
    """Walk the allow-listed tree and build the SymPy expression, checking sizes as it goes."""

    def __init__(self) -> None:
        import sympy

        self.sympy = sympy
        self.functions = _functions()
        self.symbols: dict[str, Any] = {}
        self.memo: dict[Any, Any] = {}  # values of constant parts, shared by every check

    def build(self, node) -> Any:
        expr = self._build(node)
        self._check_result(expr)
        return expr

    def _build(self, node) -> Any:
        import ast

        if isinstance(node, ast.Constant):
            return self._number(node.value)
        if isinstance(node, ast.Name):
            return self._name(node.id)
        if isinstance(node, ast.UnaryOp):
            if isinstance(node.op, ast.USub):
                return self._checked(-self._build(node.operand))
            if isinstance(node.op, ast.UAdd):
                return self._build(node.operand)
            raise _not_allowed(node)
        if isinstance(node, ast.BinOp):
            kind = _chain_kind(node.op)
            if kind == "sum":
                return self._sum(node)
            if kind == "product":
                return self._product(node)
            if isinstance(node.op, ast.Pow):
                return self._power(self._build(node.left), self._build(node.right))
            raise _not_allowed(node)
        if isinstance(node, ast.Call):
            return self._call(node)
        raise _not_allowed(node)

    def _number(self, value: Any) -> Any:
        # The tokenizer already read every literal with parse_number and wrote it back canonically.
        if isinstance(value, bool) or not isinstance(value, (int, float)) or not math.isfinite(value):
            raise InputError(say("expressions.error.only_known"), hint=EXPRESSION_HINT)
        if isinstance(value, float):
            return self.sympy.Float(value)
        return self.sympy.Integer(value)

    def _name(self, name: str) -> Any:
        if name == "pi":
            return self.sympy.pi
        if name in ("e", "E"):
            return self.sympy.E
        if name in self.functions:
            raise InputError(say("expressions.error.is_function", name=name))
        if name not in self.symbols:
            self.symbols[name] = self.sympy.Symbol(name, real=True)
        return self.symbols[name]

    def _sum(self, node) -> Any:
        """A chain ``a + b - c + …`` flattened and added at once (no deep recursion, no O(n²))."""
        import ast

        terms = []
        stack = [(node, 1)]
        while stack:
            current, sign = stack.pop()
            if isinstance(current, ast.BinOp) and _chain_kind(current.op) == "sum":
                right_sign = sign if isinstance(current.op, ast.Add) else -sign
                stack.append((current.right, right_sign))
                stack.append((current.left, sign))
            else:
                value = self._build(current)
                terms.append(value if sign > 0 else self._checked(-value))
        return self._checked(self.sympy.Add(*terms))

    def _product(self, node) -> Any:
        """A chain ``a * b / c * …`` flattened; division checked for a zero divisor."""
        import ast

        factors = []
        stack = [(node, False)]
        while stack:
            current, divide = stack.pop()
            if isinstance(current, ast.BinOp) and _chain_kind(current.op) == "product":
                stack.append((current.right, divide ^ isinstance(current.op, ast.Div)))
                stack.append((current.left, divide))
            else:
                value = self._build(current)
                if divide:
                    if value.is_zero:
                        raise InputError(say("expressions.error.division_by_zero"), hint=EXPRESSION_HINT)
                    value = self._power(value, self.sympy.Integer(-1))
                factors.append(value)
        return self._checked(self.sympy.Mul(*factors))

    def _power(self, base: Any, exponent: Any) -> Any:
        """``base**exponent``, refused before evaluation when the result would be huge."""
        if exponent.is_Number:
            exponent_log2 = _abs_log2(exponent)  # log₂|e|, exact for integers of any size
            if base.is_Number:
                if base.is_zero and exponent.is_negative:
                    raise InputError(say("expressions.error.zero_negative_power"), hint=EXPRESSION_HINT)
                base_log2 = abs(_abs_log2(base)) if not base.is_zero else 0.0
                # the result has about |e|·|log₂|b|| bits; compare logarithms so nothing overflows
                if base_log2 > 0 and exponent_log2 + math.log2(base_log2) > math.log2(MAX_POWER_BITS):
                    raise _too_large()
            elif exponent_log2 > math.log2(MAX_EXPONENT):
                raise _exponent_too_large()
        elif base.is_number and not self._is_positive(base):
            # 0**x, (-2)**x and (log(1/2))**x have no real value for most x
            raise InputError(say("expressions.error.variable_power", base=base),
                             hint=say("expressions.hint.positive_base"))
        return self._checked(self.sympy.Pow(base, exponent))

    def _is_positive(self, constant: Any) -> bool:
        """Whether a constant is > 0: SymPy's answer for a number, else its safely computed value."""
        if constant.is_Number:
            return bool(constant.is_positive)
        from mlmath.core.evaluate import Undefined, evaluate

        try:
            return evaluate(constant, memo=self.memo) > 0
        except Undefined:
            return False

    def _call(self, node) -> Any:
        import ast

        if not isinstance(node.func, ast.Name):
            raise InputError(say("expressions.error.call_by_name"),
                             hint=say("expressions.hint.known", names=FUNCTIONS_HELP))
        name = node.func.id
        if name not in self.functions:
            if name in _CONSTANT_NAMES:
                raise InputError(say("expressions.error.constant", name=name),
                                 hint=say("expressions.hint.product", name=name))
            raise InputError(say("expressions.error.unknown_function", name=name, names=FUNCTIONS_HELP),
                             hint=say("expressions.hint.product", name=name))
        if node.keywords:
            raise InputError(say("expressions.error.named_arguments", name=name),
                             hint=say("expressions.hint.write_x", name=name))
        if any(isinstance(arg, ast.Starred) for arg in node.args):
            raise _not_allowed(node.args[0])
        if name in _DENSITIES:
            count, written = _DENSITIES[name]
            if len(node.args) != count:
                raise InputError(say("expressions.error.arguments", name=name, count=count, got=len(node.args)),
                                 hint=say("expressions.hint.write", written=written))
            return self._checked(self.functions[name](*(self._build(arg) for arg in node.args)))
        arity = (1, 2) if name == "log" else (1,)
        if len(node.args) not in arity:
            problem = say("expressions.error.log_arguments", got=len(node.args)) if name == "log" else \
                say("expressions.error.one_argument", name=name, got=len(node.args))
            raise InputError(problem, hint=say("expressions.hint.write_x", name=name))
        args = [self._build(arg) for arg in node.args]
        if args[0].is_number and name not in ("abs", "Abs"):
            # check a function of a constant before SymPy evaluates it: exp(exp(exp(100.0))) would hang
            self._check_constant(self.functions[name](args[0], evaluate=False))
        if name == "log" and len(args) == 2:
            base = args[1]
            if base.is_number and (not self._is_positive(base) or self._equals_one(base)):
                raise InputError(say("expressions.error.log_base"), hint=say("expressions.hint.log_base"))
            return self._checked(self.sympy.log(args[0]) / self.sympy.log(base))
        return self._checked(self.functions[name](args[0]))

    def _equals_one(self, constant: Any) -> bool:
        """Whether a constant is 1 (also 1.0, which SymPy does not count as equal to the integer 1)."""
        from mlmath.core.evaluate import Undefined, evaluate

        try:
            return evaluate(constant, memo=self.memo) == 1
        except Undefined:
            return False

    def _checked(self, expr: Any) -> Any:
        """Refuse an undefined or complex value (1/0, log(0), sqrt(-1)) where it first appears,
        and an exponent that grew when SymPy combined powers (``(x**999)**999``)."""
        sympy = self.sympy
        if expr in (sympy.zoo, sympy.nan, sympy.oo, -sympy.oo):
            raise InputError(say("expressions.error.undefined.zero"), hint=EXPRESSION_HINT)
        for part in (expr, *expr.args):
            _check_exponent(part)
            if (part.is_Float or part.is_Rational) and _abs_log2(part) > 1023:
                raise _too_large()
        if expr.is_number and not expr.is_Rational:
            self._check_constant(expr)
        return expr

    def _check_constant(self, expr: Any) -> None:
        """A constant part must have a real value within float64's range: computed safely, never by evalf."""
        from mlmath.core.evaluate import Undefined, evaluate

        try:
            value = evaluate(expr, memo=self.memo)
        except Undefined as error:
            reason = error.reason
            negative = error.kind in ("root_of_negative", "power_of_negative", "log_of_negative")
            problem = say("expressions.error.undefined.not_real") if error.kind == "not_real" else \
                say("expressions.error.undefined.negative", reason=reason) if negative else \
                say("expressions.error.undefined", reason=reason)
            raise InputError(problem, hint=EXPRESSION_HINT) from None
        if not abs(value) <= FLOAT_MAX:
            raise _too_large()

    def _check_result(self, expr: Any) -> None:
        """A last look at the whole result: size and exponents after every simplification SymPy made."""
        count = 0
        for part in self.sympy.preorder_traversal(expr):
            count += 1
            if count > 4 * MAX_NODES:
                raise InputError(say("expressions.error.too_large"), hint=SMALLER_PARTS)
            _check_exponent(part)
            self._check_real(part, expr)

    def _check_real(self, part: Any, whole: Any) -> None:
        """Refuse a part that has no real value wherever its variables are (real numbers): the
        imaginary unit (``sqrt(-exp(x))`` is read by SymPy as ``I*exp(x/2)``), an undefined constant,
        or an even root or logarithm of something SymPy proves negative (``sqrt(-x**2 - 1)``).
        A function real on part of the line (``sqrt(1 - x**2)``) is kept."""
        sympy = self.sympy
        if part is sympy.I:
            raise InputError(say("expressions.error.imaginary", expression=_short(whole)), hint=REAL_HINT)
        if part in (sympy.zoo, sympy.nan) or part.is_Number and not part.is_finite:
            raise InputError(say("expressions.error.undefined.zero"), hint=EXPRESSION_HINT)
        if part.is_Pow and part.exp.is_Rational and not part.exp.is_Integer:
            if part.base.is_extended_negative:  # (-x**2 - 1)**(1/2), (-1)**(1/3)
                raise _not_real(part)
        elif isinstance(part, sympy.log) and part.args[0].is_extended_negative:
            raise _not_real(part)


def _abs_log2(number: Any) -> float:
    """log₂|n| of a SymPy Integer, Rational or Float of any size (−inf for 0), without overflow."""
    if number.is_zero:
        return -math.inf
    if number.is_Float:
        _sign, mantissa, exponent, _bits = number._mpf_  # |n| = mantissa·2**exponent
        return exponent + math.log2(mantissa) if mantissa else -math.inf
    numerator, denominator = number.as_numer_denom()
    return math.log2(abs(int(numerator))) - math.log2(int(denominator))


def _check_exponent(part: Any) -> None:
    if part.is_Pow and part.exp.is_Number and not part.base.is_Number:
        if _abs_log2(part.exp) > math.log2(MAX_EXPONENT):
            raise _exponent_too_large()


REAL_HINT = say("expressions.hint.real")


def _short(part: Any) -> str:
    shown = str(part)
    return shown if len(shown) <= 40 else shown[:37] + "..."


def _not_real(part: Any) -> InputError:
    return InputError(say("expressions.error.not_real", part=_short(part)), hint=REAL_HINT)


def _too_large() -> InputError:
    return InputError(say("expressions.error.number_too_large"), hint=say("expressions.hint.smaller_numbers"))


def _exponent_too_large() -> InputError:
    return InputError(say("expressions.error.exponent_too_large", most=MAX_EXPONENT),
                      hint=say("expressions.hint.smaller_power"))


def _not_allowed(node) -> InputError:
    import ast

    what = {
        ast.Attribute: say("expressions.kind.attribute"), ast.Subscript: say("expressions.kind.subscript"),
        ast.Lambda: say("expressions.kind.lambda"), ast.Compare: say("expressions.kind.comparison"),
        ast.BoolOp: "and/or", ast.IfExp: "if/else", ast.Tuple: say("expressions.kind.tuple"),
        ast.List: say("expressions.kind.list"), ast.Dict: say("expressions.kind.dict"),
        ast.Set: say("expressions.kind.set"), ast.Starred: say("expressions.kind.starred"),
        ast.BitXor: say("expressions.kind.caret"), ast.Mod: "'%'", ast.FloorDiv: "'//'", ast.MatMult: "'@'",
        ast.Not: "'not'",
        ast.Invert: "'~'", ast.BitAnd: "'&'", ast.BitOr: "'|'", ast.LShift: "'<<'", ast.RShift: "'>>'",
    }
    kind = type(node.op) if isinstance(node, (ast.BinOp, ast.UnaryOp)) else type(node)
    description = what.get(kind, type(node).__name__)
    hint = say("expressions.hint.gradient") if kind is ast.Tuple else EXPRESSION_HINT
    return InputError(say("expressions.error.not_allowed", description=description), hint=hint)
