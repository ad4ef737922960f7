"""A small bank of every question type (sources pointing at the bundled notes) and a tutor
opened on it with an injected clock and a temporary data dir."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from quizbot.bank import (
    Bank,
    Cloze,
    ListQuestion,
    Match,
    Mcq,
    Multi,
    Question,
    Short,
    Source,
    Statement,
    Statements,
    TrueFalse,
)
from quizbot.paths import bundled_notes_dir
from quizbot.tutor import Reply, Tutor
from tests.unit.study_support import T0, bank_of

NOTES = "notes/india-russia.md"

BRAHMOS = Short(
    id="brahmos",
    topic="India–Russia › Defence",
    prompt="Which cruise missile do India and Russia build together?",
    answer="BrahMos",
    explanation="A joint venture of DRDO and NPO Mashinostroyenia.",
    source=Source(NOTES, "Defence programmes", 116),
)
S400 = Mcq(
    id="s400",
    topic="India–Russia › Defence",
    prompt="Which air defence system did India buy from Russia?",
    options=("S-400", "THAAD", "Patriot", "Iron Dome"),
    answer="S-400",
    source=Source(NOTES, "Defence programmes", 119),
)
FORUMS = Multi(
    id="forums",
    topic="India–Russia › Forums",
    prompt="Which forums include both?",
    options=("BRICS", "SCO", "NATO", "G7"),
    answer=("BRICS", "SCO"),
)
INSTC = Statements(
    id="instc",
    topic="India–Russia › Corridors",
    prompt="Consider the following statements about the INSTC",
    statements=(
        Statement("It links India and Russia through Iran.", True),
        Statement("It is a pipeline.", False, "It is a corridor."),
        Statement("It was discussed in 2021.", True),
        Statement("It is Chinese.", False, "It is not."),
    ),
)
KUDANKULAM_TF = TrueFalse(
    id="kk-tf",
    topic="India–Russia › Energy",
    statement="Kudankulam is in Kerala.",
    answer=False,
    fix="Kudankulam is in Tamil Nadu.",
    source=Source(NOTES, "Areas of cooperation › Energy", 0),
)
TRADE = Cloze(
    id="trade",
    topic="India–Russia › Trade",
    text="Trade reached {{$65 billion}} in {{2023-24|FY24}}.",
)
THREE = ListQuestion(
    id="three",
    topic="India–Russia › Forums",
    prompt="Name the three forums",
    answer=("BRICS", "SCO", "G20"),
)
SECTORS = Match(
    id="sectors",
    topic="India–Russia › Energy",
    prompt="Match the project to its sector",
    pairs=(("Kudankulam", "nuclear power"), ("Sakhalin-I", "oil and gas"), ("Arctic", "LNG")),
)

ALL = (BRAHMOS, S400, FORUMS, INSTC, KUDANKULAM_TF, TRADE, THREE, SECTORS)


def open_tutor(data_dir: Path, *questions: Question, now: datetime = T0, **options: Any) -> Tutor:
    """A deterministic tutor (UTC days, no fuzz) on ``questions`` (default: one of each)."""
    bank: Bank = bank_of(*(questions or ALL))
    options.setdefault("notes", [bundled_notes_dir()])
    return Tutor.open(bank, data_dir, now, tz=UTC, fuzz=False, **options)


def kinds(replies: list[Reply]) -> list[str]:
    return [type(reply).__name__ for reply in replies]


__all__ = [
    "ALL",
    "BRAHMOS",
    "FORUMS",
    "INSTC",
    "KUDANKULAM_TF",
    "S400",
    "SECTORS",
    "T0",
    "THREE",
    "TRADE",
    "UTC",
    "kinds",
    "open_tutor",
]
