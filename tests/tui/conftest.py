"""Fixtures for the app's tests: a tiny bank with one question of each type, tiny notes, a
fake clock, and the app built on temporary directories."""

from __future__ import annotations

import os
import textwrap
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import textual._wait

from quizbot.tui.app import QuizApp, create_app

#: Pilot waits for the app to go idle after every key and every pause, in steps of 20 ms
#: (``textual._wait``; textual is pinned, so this private name is stable): typing a
#: 30-letter answer cost over a second of sleep. These tests do not lean on that wait
#: (``helpers.settle`` waits for the workers and the tutor's reply), so it is taken in steps
#: of 4 ms, with the same idle test (a twentieth of a step): the app's tests take about half
#: the time (52 s → 22 s here).
textual._wait.SLEEP_GRANULARITY = 0.004
textual._wait.SLEEP_IDLE = textual._wait.SLEEP_GRANULARITY / 20


#: One question per type, each in its own topic so ``topic=`` picks it; author text with
#: markup and escape codes in the short one.
TINY_BANK = r"""
tags: [gs2]
questions:
  - id: brahmos
    type: short
    topic: "Tiny › Short"
    prompt: "Which missile do India and Russia build together? [b]not bold[/b] [/] $var [$accent]x \x1b[31mred"
    answer: BrahMos
    explanation: "A joint venture of DRDO and NPO Mashinostroyenia. [i]verbatim[/i]"
    source: {file: notes/tiny.md, heading: Defence, line: 5}
  - id: forums
    type: list
    topic: "Tiny › List"
    prompt: Name the three forums that include both India and Russia
    answer: [BRICS, SCO, G20]
  - id: s400
    type: mcq
    topic: "Tiny › Mcq"
    prompt: Which air defence system did India buy from Russia?
    options: [THAAD, S-400, Patriot, Iron Dome]
    answer: S-400
    explanation: India signed for five S-400 squadrons in 2018.
  - id: forums-multi
    type: multi
    topic: "Tiny › Multi"
    prompt: Which of these forums include both India and Russia?
    options: [BRICS, NATO, SCO, G7]
    answer: [BRICS, SCO]
  - id: instc-statements
    type: statements
    topic: "Tiny › Statements"
    prompt: Consider the following statements about the INSTC
    statements:
      - {text: It links India and Russia through Iran., correct: true}
      - {text: It is a pipeline., correct: false, fix: It is a multi-modal transport corridor.}
      - {text: Mumbai is one of its ends., correct: true}
  - id: kudankulam-tf
    type: truefalse
    topic: "Tiny › Truefalse"
    statement: Kudankulam is in Kerala.
    answer: false
    fix: Kudankulam is in Tamil Nadu.
  - id: trade-cloze
    type: cloze
    topic: "Tiny › Cloze"
    text: "Trade reached {{$65 billion}} in {{2023-24|FY24}}."
  - id: sectors
    type: match
    topic: "Tiny › Match"
    prompt: Match the project to its sector
    pairs: [[Kudankulam, nuclear power], [Sakhalin-I, oil and gas], [BrahMos, defence]]
"""

TINY_NOTES = """\
# India–Russia

## Defence

- **BrahMos**: a supersonic cruise missile built by a DRDO and NPO Mashinostroyenia joint venture
- **S-400**: a long-range air defence system bought in 2018

## Connectivity

- **INSTC**: the International North–South Transport Corridor, linking Mumbai to Moscow via Iran
"""

#: Fixed: the fake clock starts here (a Monday evening, UTC).
START = datetime(2025, 1, 6, 18, 0, tzinfo=UTC)


class FakeClock:
    """A clock the test moves by hand (every call also ticks 2 s, like a learner)."""

    def __init__(self, start: datetime = START) -> None:
        self.now = start

    def __call__(self) -> datetime:
        self.now += timedelta(seconds=2)
        return self.now

    def advance(self, delta: timedelta) -> None:
        self.now += delta


@pytest.fixture(autouse=True)
def utc_local_time() -> Iterator[None]:
    """Study days and chart labels in UTC, whatever the machine's zone."""
    old = os.environ.get("TZ")
    os.environ["TZ"] = "UTC"
    time.tzset()
    yield
    if old is None:
        del os.environ["TZ"]
    else:
        os.environ["TZ"] = old
    time.tzset()


@pytest.fixture
def tiny_bank(tmp_path: Path) -> Path:
    path = tmp_path / "bank" / "tiny.yaml"
    path.parent.mkdir(parents=True)
    path.write_text(textwrap.dedent(TINY_BANK), encoding="utf-8")
    return path.parent


@pytest.fixture
def tiny_notes(tmp_path: Path) -> Path:
    path = tmp_path / "notes" / "tiny.md"
    path.parent.mkdir(parents=True)
    path.write_text(TINY_NOTES, encoding="utf-8")
    return path.parent


MakeApp = Callable[..., QuizApp]


@pytest.fixture
def make_app(
    tiny_bank: Path, tiny_notes: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> MakeApp:
    """``make_app(topic=None, clock=None)``: the app on the tiny bank, notes and a tmp data dir,
    run from the tmp dir (so notes are shown as ``notes/tiny.md``, as from a checkout)."""
    monkeypatch.chdir(tmp_path)

    def make(
        topic: str | None = None, clock: FakeClock | None = None, data_dir: Path | None = None
    ) -> QuizApp:
        return create_app(
            [str(tiny_bank)],
            data_dir or tmp_path / "data",
            None,
            topic=topic,
            notes=[tiny_notes],
            clock=clock or FakeClock(),
            tz=UTC,
            fuzz=False,
        )

    return make
