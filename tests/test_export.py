"""--export saves exactly what was shown: SVG, HTML, text, or the JSON document."""

import json
import xml.etree.ElementTree as ElementTree


def svg_text(path) -> str:
    root = ElementTree.parse(path).getroot()  # raises if the SVG is not well-formed XML
    assert root.tag.endswith("svg")
    return "".join(root.itertext()).replace("\xa0", " ")


def test_svg_holds_the_table_text(cli, tmp_path):
    target = tmp_path / "out.svg"
    run = cli("dot", "1,2,3", "4,5,6", "--export", str(target))
    assert run.code == 0
    text = svg_text(target)
    assert "Term by term" in text and "a·b = 32" in text


def test_text_and_html_match_the_screen(cli, tmp_path):
    shown = cli("matmul", "1,2;3,4", "5;6", "--export", str(tmp_path / "out.txt")).stdout
    assert (tmp_path / "out.txt").read_text(encoding="utf-8") == shown
    cli("matmul", "1,2;3,4", "5;6", "--export", str(tmp_path / "out.html"))
    assert "<html" in (tmp_path / "out.html").read_text(encoding="utf-8").lower()


def test_failed_expect_is_saved_too(cli, tmp_path):
    target = tmp_path / "out.txt"
    assert cli("dot", "1,2", "3,4", "--expect", "5", "--export", str(target)).code == 1
    assert "✗ expected 5, got 11" in target.read_text(encoding="utf-8")


def test_json_exports_the_document(cli, tmp_path):
    target = tmp_path / "out.json"
    run = cli("dot", "1,2", "3,4", "--json", "--export", str(target))
    assert json.loads(target.read_text(encoding="utf-8")) == run.json


def test_bad_export_targets_exit_2_before_anything_runs(cli, tmp_path):
    run = cli("dot", "1,2", "3,4", "--export", str(tmp_path / "out.pdf"))
    assert run.code == 2 and "name a .svg, .html or .txt file" in run.stderr and run.stdout == ""
    assert cli("dot", "1,2", "3,4", "--export", str(tmp_path / "no" / "out.svg")).code == 2
    assert cli("dot", "1,2", "3,4", "--json", "--export", str(tmp_path / "out.svg")).code == 2
