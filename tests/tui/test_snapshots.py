"""Snapshots of whole screens (pytest-textual-snapshot), deterministic: the tiny bank, a
temporary data dir, a fake clock and UTC. Update with ``--snapshot-update`` and look at the
SVGs in ``__snapshots__`` before committing."""

from __future__ import annotations

from typing import Any

import pytest
from textual.pilot import Pilot

from tests.tui.conftest import MakeApp
from tests.tui.helpers import send, settle, steady

TYPES = ["short", "list", "mcq", "multi", "statements", "truefalse", "cloze", "match"]


@pytest.mark.parametrize("kind", TYPES)
def test_chat_with_each_question_type(snap_compare: Any, make_app: MakeApp, kind: str) -> None:
    assert snap_compare(make_app(topic=kind), terminal_size=(80, 24), run_before=steady)


def test_feedback_hint_and_lookup(snap_compare: Any, make_app: MakeApp) -> None:
    async def run(pilot: Pilot[int]) -> None:
        await settle(pilot)
        await send(pilot, "/hint")
        await send(pilot, "c")
        await send(pilot, "what is INSTC?")
        await steady(pilot)

    assert snap_compare(make_app(topic="mcq"), terminal_size=(80, 24), run_before=run)


def test_stats_screen(snap_compare: Any, make_app: MakeApp) -> None:
    async def run(pilot: Pilot[int]) -> None:
        await settle(pilot)
        await send(pilot, "BrahMos")
        await send(pilot, "BRICS, SCO, G20")
        await pilot.press("ctrl+s")
        await settle(pilot)

    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=run)


def test_help_screen(snap_compare: Any, make_app: MakeApp) -> None:
    async def run(pilot: Pilot[int]) -> None:
        await settle(pilot)
        await pilot.press("f1")
        await pilot.pause()

    assert snap_compare(make_app(topic="short"), terminal_size=(80, 24), run_before=run)


def test_topic_picker(snap_compare: Any, make_app: MakeApp) -> None:
    async def run(pilot: Pilot[int]) -> None:
        await settle(pilot)
        await pilot.press("ctrl+t")
        await pilot.pause()

    assert snap_compare(make_app(), terminal_size=(80, 24), run_before=run)


def test_small_terminal(snap_compare: Any, make_app: MakeApp) -> None:
    assert snap_compare(make_app(topic="statements"), terminal_size=(60, 20), run_before=steady)
