"""``quizbot generate`` on awkward input: notes that are not UTF-8, banks outside the repo."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from quizbot.cli.generate import run_generate

NOTE = "# Mountains\n\n- Mount Everest rises 8,849 metres above sea level\n"


def generate(paths: list[str], out_dir: str, check: bool = False) -> tuple[int, str]:
    out = io.StringIO()
    code = run_generate(paths, out_dir, check, out)
    return code, out.getvalue()


def test_a_note_that_is_not_utf8_is_reported_and_skipped_and_the_others_generated(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "n5").mkdir()
    (tmp_path / "n5" / "bad.md").write_bytes(b"# Bad\n\n- Caf\xe9 latte: espresso and milk\n")
    (tmp_path / "n5" / "good.md").write_text(NOTE, encoding="utf-8")
    code, out = generate(["n5"], "b5")
    assert code == 1
    assert out.splitlines() == [
        "n5/bad.md:3:6: the file is not UTF-8 (byte 0xe9 here); save it as UTF-8 (skipped)",
        "b5/good.yaml: 1 question from n5/good.md",
    ]
    assert sorted(p.name for p in (tmp_path / "b5").iterdir()) == ["good.yaml"]
    code, out = generate(["n5"], "b5", check=True)
    assert (code, out.splitlines()[0]) == (
        1,
        "n5/bad.md:3:6: the file is not UTF-8 (byte 0xe9 here); save it as UTF-8 (skipped)",
    )


def test_a_byte_order_mark_is_not_part_of_the_first_heading(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "m.md").write_bytes(b"\xef\xbb\xbf" + NOTE.encode("utf-8"))
    assert generate(["notes"], "gen")[0] == 0
    assert "\ntopic: Mountains\n" in (tmp_path / "gen" / "m.yaml").read_text(encoding="utf-8")


def modeline(path: Path) -> str:
    line = path.read_text(encoding="utf-8").splitlines()[1]
    assert line.startswith("# yaml-language-server: $schema="), line
    return line.split("$schema=", 1)[1]


def test_a_bank_outside_the_repo_points_at_the_schema_quizbot_schema_names(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The modeline's path is relative to the generated file, as the README says; it leads to
    the schema ``quizbot schema`` prints (never a path that only works inside the repo)."""
    from quizbot.paths import schema_path

    monkeypatch.chdir(tmp_path)
    (tmp_path / "my_notes").mkdir()
    (tmp_path / "my_notes" / "m.md").write_text(NOTE, encoding="utf-8")
    assert generate(["my_notes"], "my_bank/generated")[0] == 0
    out_dir = tmp_path / "my_bank" / "generated"
    relative = modeline(out_dir / "m.yaml")
    assert not relative.startswith("/")
    assert (out_dir / relative).resolve() == schema_path().resolve()


def test_a_bank_in_a_checkout_points_at_the_checkouts_schema(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "quizbot" / "bank").mkdir(parents=True)
    (tmp_path / "quizbot" / "bank" / "question-file.schema.json").write_text("{}")
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "m.md").write_text(NOTE, encoding="utf-8")
    assert generate(["notes"], "question_bank/generated")[0] == 0
    assert modeline(tmp_path / "question_bank" / "generated" / "m.yaml") == (
        "../../quizbot/bank/question-file.schema.json"
    )


def test_check_ignores_the_modeline_so_a_moved_bank_is_not_stale(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The modeline depends on where the bank and quizbot are, not on the notes: a file whose
    modeline was written elsewhere passes --check, and regenerating rewrites the path."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "notes").mkdir()
    (tmp_path / "notes" / "m.md").write_text(NOTE, encoding="utf-8")
    assert generate(["notes"], "gen")[0] == 0
    written = tmp_path / "gen" / "m.yaml"
    text = written.read_text(encoding="utf-8")
    written.write_text(
        text.replace(f"$schema={modeline(written)}", "$schema=../../s.json"), encoding="utf-8"
    )
    assert generate(["notes"], "gen", check=True) == (
        0,
        "1 generated file up to date (1 question)\n",
    )
    assert generate(["notes"], "gen") == (0, "gen/m.yaml: 1 question from notes/m.md\n")
    assert written.read_text(encoding="utf-8") == text


def test_generate_warns_about_a_broken_front_matter_value(tmp_path: Path) -> None:
    note = tmp_path / "x.md"
    note.write_text("---\ntopic: [India\n---\n# Notes\n\n- Trade was $65 billion.\n", "utf-8")
    out = io.StringIO()
    assert run_generate([str(note)], str(tmp_path / "out"), False, out) == 0
    assert f"{note}:2:8: warning: front matter 'topic': unclosed '['" in out.getvalue()
    assert "topic: Notes" in (tmp_path / "out" / "x.yaml").read_text("utf-8")
