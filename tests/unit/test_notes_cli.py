"""``quizbot generate`` on awkward input: notes that are not UTF-8, banks outside the repo."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from quizbot.notes.cli import run_generate

NOTE = "# Mountains\n\n- Mount Everest rises 8,849 metres above sea level\n"


def generate(paths: list[str], out_dir: str, check: bool = False) -> tuple[int, str]:
    out = io.StringIO()
    code = run_generate(paths, out_dir, check, out)
    return code, out.getvalue()


def test_a_note_that_is_not_utf8_is_reported_and_skipped_and_the_others_generated(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "n5").mkdir()
    (tmp_path / "n5" / "bad.md").write_bytes(b"# Bad\n\n- Caf\xe9 latte: espresso and milk\n")
    (tmp_path / "n5" / "good.md").write_text(NOTE, encoding="utf-8")
    code, out = generate(["n5"], "b5")
    assert code == 1
    assert out.splitlines() == [
        "n5/bad.md:3:6: the file is not UTF-8 (byte 0xe9 here); save it as UTF-8 (skipped)",
        "b5/good.yaml: 1 questions from n5/good.md"]
    assert sorted(p.name for p in (tmp_path / "b5").iterdir()) == ["good.yaml"]
    code, out = generate(["n5"], "b5", check=True)
    assert (code, out.splitlines()[0]) == (
        1, "n5/bad.md:3:6: the file is not UTF-8 (byte 0xe9 here); save it as UTF-8 (skipped)")


def test_a_byte_order_mark_is_not_part_of_the_first_heading(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "m.md").write_bytes(b"\xef\xbb\xbf" + NOTE.encode("utf-8"))
    assert generate(["notes"], "gen")[0] == 0
    assert "\ntopic: Mountains\n" in (tmp_path / "gen" / "m.yaml").read_text(encoding="utf-8")
