"""The chat at 80×24 with the bundled bank's longest cards: the verdict stays in view after an
answer (pinned when the next card pushes the feedback off the top), options and match items
wrap under their own text, and a match pair's row wraps together."""

from __future__ import annotations

import textwrap
from collections.abc import Callable
from datetime import UTC
from pathlib import Path
from typing import Any

import pytest
from textual.content import Content
from textual.css.styles import RulesMap
from textual.style import Style
from textual.visual import RenderOptions

from quizbot.tui.app import QuizApp, create_app
from quizbot.tui.hanging import Hanging
from quizbot.tui.widgets.choices import ChoiceRow
from quizbot.tui.widgets.match import MatchCell
from quizbot.tui.widgets.messages import Bubble
from quizbot.tui.widgets.question import QuestionCard
from tests.tui.conftest import FakeClock
from tests.tui.helpers import open_card, send, settle, steady, text_of

#: A short question with a long explanation, then the longest statements card and the longest
#: match card the bundled bank once held (xp-summit-2021-st, xp-economic-lists-match; a coach's
#: review dropped them since), verbatim but for one topic (so they are asked in this order).
LONG_BANK = """
questions:
  - id: summit-number
    type: short
    topic: India–Russia › Summits and visits › 21st annual summit (December 2021)
    prompt: Which India–Russia Annual Summit did Putin attend in New Delhi in December 2021?
    answer: 21st
    explanation: "Putin paid a working visit to New Delhi for the 21st India–Russia Annual Summit on 6 December 2021, his only trip abroad that year apart from Geneva; the first 2+2 dialogue of the foreign and defence ministers met the same day."
  - id: xp-summit-2021-st
    topic: India–Russia › Summits and visits › 21st annual summit (December 2021)
    type: statements
    prompt: "Consider the following statements about the 21st India–Russia Annual Summit, held in New Delhi in December 2021:"
    statements:
      - text: "At their December 2021 summit, Modi and Putin welcomed the meeting of the Inter-Governmental Commission on Military and Military-Technical Cooperation."
        correct: true
      - text: "At their December 2021 summit, Modi and Putin noted that the Covid pandemic had stalled progress in the India–Russia strategic partnership."
        correct: false
        fix: "At their December 2021 summit, Modi and Putin expressed satisfaction at sustained progress in the 'Special and Privileged Strategic Partnership' despite the challenges of the Covid pandemic."
      - text: "During the Covid pandemic, India and Russia extended humanitarian assistance to each other."
        correct: true
    explanation: "The leaders appreciated their cooperation in the fight against the pandemic, including humanitarian help to each other in critical times, and welcomed the meetings of their defence and foreign-policy mechanisms."
  - id: xp-economic-lists-match
    topic: India–Russia › Summits and visits › 21st annual summit (December 2021)
    type: match
    prompt: "Match each set of products or sectors with its place in India–Russia economic ties."
    pairs:
      - ["Oil, LNG, fertilizers and defence equipment", Products for which Russia seeks long-term markets]
      - ["Energy, metals and industrial sectors", Russian sectors into which Moscow wants to attract investment]
      - ["Technology, pharmaceuticals and infrastructure", Indian sectors in which India wants Russian investment]
      - ["Energy, manufacturing, agriculture and technology", Areas where India sees openings as Russia pivots to Asia]
    explanation: "Russia wants buyers and investors as Europe phases out its supplies; India wants Russian investment at home to ease a trade imbalance that heavily favours Russia."
"""

MakeLongApp = Callable[[], QuizApp]


@pytest.fixture
def make_long_app(tmp_path: Path, tiny_notes: Path) -> MakeLongApp:
    bank = tmp_path / "long" / "long.yaml"
    bank.parent.mkdir(parents=True)
    bank.write_text(textwrap.dedent(LONG_BANK), encoding="utf-8")

    def make() -> QuizApp:
        return create_app(
            [str(bank.parent)],
            tmp_path / "data",
            None,
            notes=[tiny_notes],
            clock=FakeClock(),
            tz=UTC,
            fuzz=False,
        )

    return make


def feedback(app: QuizApp) -> Bubble:
    return list(app.chat.query("#log .feedback").results(Bubble))[-1]


def in_view(app: QuizApp, y: int) -> bool:
    """Whether screen row ``y`` is inside the visible part of the chat."""
    log = app.chat.query_one("#log")
    region = log.scrollable_content_region
    return region.y <= y < region.bottom


async def test_verdict_is_pinned_when_the_next_card_pushes_it_off(
    make_long_app: MakeLongApp,
) -> None:
    app = make_long_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        assert app.tutor is not None and app.tutor.current is not None
        assert app.tutor.current.id == "summit-number"
        await send(pilot, "21st")
        await pilot.pause()
        card = open_card(app)
        assert card.question.id == "xp-summit-2021-st"
        # the whole new card is in view, the feedback's first line is not: it is pinned
        assert in_view(app, card.region.y) and in_view(app, card.region.bottom - 1)
        assert not in_view(app, feedback(app).region.y)
        pin = app.chat.pin
        assert pin.display and pin.label.has_class("-right")
        assert text_of(pin.label).startswith("✓ Right  21st")
        assert pin.region.bottom <= app.chat.query_one("#log").region.y  # above the chat
        # the learner scrolls back to the feedback: the line itself is in view, no pin
        await pilot.press("pageup")
        await pilot.pause()
        assert in_view(app, feedback(app).region.y)
        assert not pin.display
        await pilot.press("pagedown")
        await pilot.pause()
        assert pin.display
        # the next answer: the pin goes, the chat shows the bottom again
        await send(pilot, "1 and 3")
        await pilot.pause()
        assert open_card(app).question.id == "xp-economic-lists-match"
        assert "✓ Right  1 and 3" in text_of(feedback(app))
        assert pin.display and text_of(pin.label).startswith("✓ Right  1 and 3")
        await send(pilot, "what is INSTC?")
        await steady(pilot)
        await pilot.pause()
        assert not pin.display


async def test_a_click_on_the_pin_scrolls_to_the_feedback(make_long_app: MakeLongApp) -> None:
    app = make_long_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await send(pilot, "wrong answer")
        await pilot.pause()
        pin = app.chat.pin
        assert pin.display and pin.label.has_class("-wrong")
        assert text_of(pin.label).startswith("✗ Not quite  The answer: 21st")
        await pilot.click(pin)
        await pilot.pause()
        assert in_view(app, feedback(app).region.y) and not pin.display


async def test_no_pin_when_the_feedback_fits(make_app: Any) -> None:
    app = make_app()  # the tiny bank: every card is short
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await send(pilot, "BrahMos")
        await pilot.pause()
        assert in_view(app, feedback(app).region.y)
        assert not app.chat.pin.display


async def test_match_pairs_share_a_row_and_wrap_together(make_long_app: MakeLongApp) -> None:
    app = make_long_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await send(pilot, "/skip")
        await send(pilot, "/skip")
        await pilot.pause()
        cells = list(open_card(app).query(MatchCell))
        lefts = [c for c in cells if c.side == "left"]
        rights = [c for c in cells if c.side == "right"]
        assert len(lefts) == len(rights) == 4
        for n, (left, right) in enumerate(zip(lefts, rights, strict=True)):
            assert left.region.y == right.region.y  # each row starts level
            assert left.region.right <= right.region.x
            if n + 1 < len(lefts):  # and the next starts below both of its cells
                below = max(left.region.bottom, right.region.bottom)
                assert lefts[n + 1].region.y == rights[n + 1].region.y == below
        assert max(c.region.height for c in cells) > 1  # the long ones did wrap
        # wrapped lines hang under the item's text, not under its number or letter
        for cell in cells:
            lines = [strip.text for strip in cell.render_lines(cell.region.reset_offset)]
            label = f"{cell.key} "
            text_at = lines[0].index(label) + len(label)
            for line in lines[1:]:
                if line.strip():
                    assert line[:text_at].strip() == "" and line[text_at] != " ", lines


async def test_wrapped_options_hang_under_their_text(make_long_app: MakeLongApp) -> None:
    app = make_long_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await settle(pilot)
        await send(pilot, "/skip")
        await pilot.pause()
        card = open_card(app)
        assert isinstance(card, QuestionCard)
        rows = list(card.query(ChoiceRow))
        assert all(row.region.height >= 2 for row in rows[:2])
        for row in rows:
            lines = [strip.text for strip in row.render_lines(row.region.reset_offset)]
            text_at = lines[0].index(row.text[:10])
            for line in lines[1:]:
                if line.strip():
                    assert line[:text_at].strip() == "" and line[text_at] != " ", lines


def render(visual: Hanging, width: int) -> list[str]:
    strips = visual.render_strips(width, None, Style(), RenderOptions(lambda _: Style(), {}))
    return [strip.text.rstrip() for strip in strips]


def test_hanging_indent_keeps_author_text_verbatim() -> None:
    text = Content("[b]not bold[/b] $var \\x1b[31m and more words to wrap here")
    visual = Hanging(Content("12 "), text)
    lines = render(visual, 20)
    assert lines[0].startswith("12 [b]not bold[/b]")
    assert all(line.startswith("   ") and line[3] != " " for line in lines[1:])
    assert "".join(line.strip() + " " for line in lines).split() == visual.plain.split()
    rules: RulesMap = {}
    assert visual.get_height(rules, 20) == len(lines)
    # too narrow to hang anything: the label wraps with the text
    assert render(visual, 9)[0].startswith("12 [b]")


def test_pinned_verdict_snapshot(snap_compare: Any, make_long_app: MakeLongApp) -> None:
    """After an answer, the longest statements card: the card whole, the verdict pinned."""

    async def run(pilot: Any) -> None:
        await settle(pilot)
        await send(pilot, "21st")
        await steady(pilot)

    assert snap_compare(make_long_app(), terminal_size=(80, 24), run_before=run)


def test_long_match_card_snapshot(snap_compare: Any, make_long_app: MakeLongApp) -> None:
    """The longest match card: a row per pair, each wrapping under its own text."""

    async def run(pilot: Any) -> None:
        await settle(pilot)
        await send(pilot, "/skip")
        await send(pilot, "1 and 3")
        await steady(pilot)

    assert snap_compare(make_long_app(), terminal_size=(80, 24), run_before=run)
