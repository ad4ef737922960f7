"""``quizbot export anki`` and ``quizbot serve`` as a user types them: what they print, the
exit statuses, and the command each browser tab runs."""

from __future__ import annotations

import argparse
import io
import shlex
import sys
import zipfile
from pathlib import Path

import pytest

from quizbot.cli import main
from quizbot.cli.context import Context
from quizbot.cli.main import build_parser
from quizbot.cli.serve import chat_command
from tests.conftest import REPO

BANK = """\
questions:
  - {id: q1, type: short, topic: India–Russia › Defence, tags: [gs2], prompt: Which missile?, answer: BrahMos}
  - {id: q2, type: cloze, topic: India–Russia › Trade, text: "Trade reached {{$65 billion}} in {{2023-24}}."}
  - {id: q3, type: mcq, topic: India–Russia › Defence, prompt: Which system?, options: [S-400, THAAD], answer: S-400}
"""


@pytest.fixture
def bank(tmp_path: Path) -> Path:
    (tmp_path / "bank").mkdir()
    (tmp_path / "bank" / "a.yaml").write_text(BANK, encoding="utf-8")
    return tmp_path / "bank"


def test_export_anki(bank: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    out = io.StringIO()
    deck = tmp_path / "deck.apkg"
    assert main(["--bank", str(bank), "export", "anki", "-o", str(deck)], out) == 0
    assert f"wrote {deck}: 3 notes (1 type-in, 1 cloze, 1 choice), 4 cards in 3 decks" in (
        out.getvalue()
    )
    assert "collection.anki2" in zipfile.ZipFile(deck).namelist()
    topic = io.StringIO()
    argv = ["export", "anki", "-o", str(deck), "--topic", "defence", "--bank", str(bank)]
    assert main(argv, topic) == 0
    assert "2 notes (1 type-in, 1 choice), 2 cards in 2 decks on India–Russia › Defence" in (
        topic.getvalue()
    )
    unknown = ["--bank", str(bank), "export", "anki", "-o", str(deck), "--topic", "nowhere"]
    assert main(unknown, io.StringIO()) == 2
    assert "no topic matches 'nowhere'" in capsys.readouterr().err


def test_serve_help_says_what_another_address_means(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["serve", "--help"])
    text = " ".join(capsys.readouterr().out.split())
    assert "default: 127.0.0.1, this computer only" in text
    assert "lets anyone who can reach it study as you" in text
    with pytest.raises(SystemExit):
        main(["serve", "--port", "0"])
    assert "a port is 1 to 65535" in capsys.readouterr().err


def test_each_tab_runs_the_chat_with_this_runs_bank_data_and_notes(
    bank: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)
    notes = tmp_path / "notes"
    notes.mkdir()
    args: argparse.Namespace = build_parser().parse_args(
        ["serve", "--notes", "notes", "--topic", "defence", "--no-cache"]
    )
    ctx = Context(
        bank_paths=("bank",),
        data_dir=Path("data"),
        cache_dir=None,
        stdin=io.StringIO(),
        stdout=io.StringIO(),
        stderr=io.StringIO(),
    )
    command = chat_command(args, ctx)
    assert command.startswith(f"PYTHONPATH={REPO}${{PYTHONPATH:+:$PYTHONPATH}} exec ")
    assert shlex.split(command.partition(" exec ")[2]) == [
        sys.executable,
        "-P",
        "-m",
        "quizbot",
        "chat",
        "--data-dir",
        str(tmp_path / "data"),
        "--bank",
        str(bank),
        "--notes",
        str(notes),
        "--topic",
        "defence",
        "--no-cache",
    ]


def test_serve_refuses_what_it_cannot_serve(
    bank: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--bank", str(tmp_path / "missing"), "serve"], io.StringIO()) == 2
    assert "--bank" in capsys.readouterr().err
    assert main(["--bank", str(bank), "serve", "--topic", "nowhere"], io.StringIO()) == 2
    assert "no topic matches" in capsys.readouterr().err
