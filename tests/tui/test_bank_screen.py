"""The app's bank screen, driven with Textual's Pilot and compared by snapshot."""

from __future__ import annotations

from pathlib import Path

from rich.text import Text
from textual.widgets import DataTable, Static

from quizbot.tui.app import create_app
from tests.conftest import WriteBank

MARKUP_BANK = {"q.yaml": """\
    questions:
      - {id: a, type: short, topic: "Tricky [/] [b]topic[/b] $var", prompt: p, answer: x}
      - {id: b, type: mcq, topic: "India–Russia › Energy", prompt: p, options: [A, B], answer: A}
      - {id: c, type: short, topic: "India–Russia › Energy", prompt: p, answer: y}
    """}


async def test_lists_topics_with_counts_and_types(write_bank: WriteBank, tmp_path: Path) -> None:
    app = create_app([str(write_bank(MARKUP_BANK))], data_dir=tmp_path / "data")
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        table = app.query_one(DataTable)
        rows = [[str(cell) for cell in table.get_row_at(i)] for i in range(table.row_count)]
        assert rows == [["India–Russia", "2"], ["  Energy", "2"],
                        ["Tricky [/] [b]topic[/b] $var", "1"]]
        assert app.sub_title == "3 questions · 2 topics"
        detail = app.query_one("#detail", Static).render()
        assert str(detail) == "India–Russia\nQuestion types: mcq 1 · short 1"
        await pilot.press("down", "down")
        assert str(app.query_one("#detail", Static).render()) == (
            "Tricky [/] [b]topic[/b] $var\nQuestion types: short 1")
        await pilot.press("q")
    assert app.return_code in (0, None)


async def test_broken_bank_still_opens_and_says_so(write_bank: WriteBank, tmp_path: Path) -> None:
    bank = write_bank({**MARKUP_BANK, "bad.yaml": "questions:\n\t- x\n"})
    app = create_app([str(bank)], data_dir=tmp_path / "data")
    async with app.run_test(size=(80, 24)) as pilot:
        await app.workers.wait_for_complete()
        await pilot.pause()
        summary = app.query_one("#summary", Static).render()
        assert isinstance(summary, Text) or summary is not None
        assert "1 problems: run `quizbot check`" in str(summary)
        assert app.query_one(DataTable).row_count == 3


def test_bank_screen_snapshot(snap_compare, write_bank: WriteBank, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    app = create_app([str(write_bank(MARKUP_BANK))], data_dir=tmp_path / "data")

    async def loaded(pilot) -> None:  # type: ignore[no-untyped-def]
        await pilot.app.workers.wait_for_complete()
        await pilot.pause()

    assert snap_compare(app, terminal_size=(80, 24), run_before=loaded)
