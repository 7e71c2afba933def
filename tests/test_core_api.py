"""``from mlmath.core import softmax`` gives the function a notebook calls, loaded on first use."""

import doctest
import subprocess
import sys

import pytest

import mlmath.core
from mlmath.registry import API


def test_the_package_docstring_examples_run():
    failures, tried = doctest.testmod(mlmath.core, optionflags=doctest.NORMALIZE_WHITESPACE)
    assert tried >= 3 and failures == 0


@pytest.mark.parametrize("name", sorted(API))
def test_every_name_is_a_function_of_its_module(name):
    import importlib

    function = getattr(mlmath.core, name)
    assert callable(function) and not isinstance(function, type(mlmath))
    assert function is getattr(importlib.import_module(f"mlmath.core.{API[name]}"), name)


def test_an_unknown_name_is_an_attribute_error():
    with pytest.raises(AttributeError, match="no attribute 'softmaxx'"):
        mlmath.core.softmaxx  # noqa: B018


def test_importing_the_package_loads_no_numpy_or_sympy():
    probe = "import sys, mlmath.core; print(sorted({'numpy', 'sympy'} & set(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=60)
    assert done.stdout.strip() == "[]"


def test_the_readme_python_example_runs():
    import re
    from pathlib import Path

    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    example = re.search(r"```python\n(.*?)```", readme, re.S).group(1)
    test = doctest.DocTestParser().get_doctest(example, {}, "README", "README.md", 0)
    runner = doctest.DocTestRunner(optionflags=doctest.NORMALIZE_WHITESPACE)
    runner.run(test)
    assert runner.tries >= 3 and runner.failures == 0


def test_results_read_well_in_a_repl_and_a_notebook():
    from rich.console import Console

    from mlmath.core import dot, softmax

    result = softmax([1, 2, 3])
    assert repr(result).startswith("SoftmaxResult(result=array([0.09")
    assert repr(result).endswith(f"steps={len(result.steps)})") and "\n" not in repr(result)
    console = Console(width=80, record=True, color_system=None)
    console.print(result)  # the same view the command prints, at the console's width
    shown = console.export_text()
    assert "softmax(z) = [0.09003, 0.2447, 0.6652]" in shown and "Steps" in shown
    assert max(len(line) for line in shown.splitlines()) <= 80
    markdown = dot([1, 2, 3], [4, 5, 6])._repr_markdown_()
    assert markdown.startswith("```text\n") and markdown.endswith("\n```") and "a·b = 32" in markdown


def test_dot_and_cosine_take_plain_lists():
    from mlmath.core import cosine, dot

    assert dot([1, 2, 3], [4, 5, 6]).result == 32  # 1·4 + 2·5 + 3·6
    assert cosine([1, 0], [0, 2]).result == 0  # at right angles
    assert cosine([1, 2], [-2, -4]).result == -1
