"""What a packager ships: the sdist carries everything its own tests read, the wheel the typing marker."""

import subprocess
import sys
import tarfile
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# What the unpacked sdist's tests read besides the package: the folders whole, and single files.
FOLDERS = ("tests", "docs", "examples", "completions", "benchmarks")
FILES = ("README.md", "CONTRIBUTING.md", "LICENSE", "pyproject.toml", ".ci/run", "mlmath/py.typed")
CACHES = ("__pycache__", ".hypothesis", ".pytest_cache")


def _on_disk(folder: str) -> set[str]:
    return {path.relative_to(ROOT).as_posix() for path in (ROOT / folder).rglob("*")
            if path.is_file() and not any(part in CACHES or part.endswith(".pyc") for part in path.parts)}


@pytest.fixture(scope="module")
def sdist_files(tmp_path_factory) -> set[str]:
    if not (ROOT / "pyproject.toml").exists():
        pytest.skip("not a source tree")
    out = tmp_path_factory.mktemp("sdist")
    done = subprocess.run([sys.executable, "-m", "build", "--sdist", "--outdir", str(out), str(ROOT)],
                          capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    (archive,) = out.glob("*.tar.gz")
    with tarfile.open(archive) as tar:
        return {name.partition("/")[2] for name in tar.getnames() if "/" in name}


def test_the_sdist_carries_what_its_tests_read(sdist_files):
    missing = [name for name in FILES if name not in sdist_files]
    for folder in FOLDERS:
        missing += sorted(_on_disk(folder) - sdist_files)
    assert not missing, f"not in the sdist (MANIFEST.in): {missing[:20]}"
    assert "tests/conftest.py" in sdist_files
    assert any(name.startswith("tests/fixtures/torch_") for name in sdist_files)
    assert not any(part in name for name in sdist_files for part in CACHES)


def test_the_license_and_python_versions_are_declared():
    if sys.version_info >= (3, 11):
        import tomllib
    else:
        import tomli as tomllib

    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    assert project["license"] == "MIT" and project["license-files"] == ["LICENSE"]
    assert "MIT License" in (ROOT / "LICENSE").read_text(encoding="utf-8")
    versions = {line.rsplit(":: ", 1)[1] for line in project["classifiers"]
                if line.startswith("Programming Language :: Python :: 3.")}
    assert versions == {"3.10", "3.11", "3.12", "3.13"}
    assert (ROOT / "mlmath" / "py.typed").exists()


def test_the_completion_scripts_are_generated_from_the_package():
    from mlmath.cli import reference
    from mlmath.cli.completion import script

    for shell, name in reference.SHELLS.items():
        assert (ROOT / "completions" / name).read_text(encoding="utf-8") == script(shell)
