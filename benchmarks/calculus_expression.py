"""The 40-term expression of the calculus budget, as text for mlmath and as a SymPy expression.

Each term brings a different rule: power, product, chain, quotient, log, exp.
The SymPy side is built with SymPy's own functions (no text parsing), so the
baseline pays only for ``import sympy`` and ``sympy.diff``.
"""

TEMPLATES = [
    ("{k}*x**{n}", lambda sp, x, k, n: k * x**n),
    ("sin({k}*x)*exp(x)", lambda sp, x, k, n: sp.sin(k * x) * sp.exp(x)),
    ("log(x**2 + {k})", lambda sp, x, k, n: sp.log(x**2 + k)),
    ("x/(x + {k})", lambda sp, x, k, n: x / (x + k)),
    ("tanh({k}*x)**2", lambda sp, x, k, n: sp.tanh(k * x) ** 2),
    ("sqrt(x**{n} + {k})", lambda sp, x, k, n: sp.sqrt(x**n + k)),
    ("cos(x)**{n}*x", lambda sp, x, k, n: sp.cos(x) ** n * x),
    ("exp(-{k}*x**2)", lambda sp, x, k, n: sp.exp(-k * x**2)),
]
TERMS = 40


def _terms():
    for index in range(TERMS):
        k, n = index + 1, index % 5 + 2
        yield TEMPLATES[index % len(TEMPLATES)], k, n


def text() -> str:
    return " + ".join(template.format(k=k, n=n) for (template, _), k, n in _terms())


def sympy_expression():
    import sympy as sp

    x = sp.Symbol("x", real=True)
    return sp.Add(*(build(sp, x, k, n) for (_, build), k, n in _terms())), x
