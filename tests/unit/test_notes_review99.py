"""The classes found on the ninth session's fresh notes (holdouts 99–101), each on made-up
notes of another subject."""

from __future__ import annotations

from quizbot.bank.model import Cloze
from quizbot.notes.clause_shapes import past_tense
from quizbot.notes.dated_lines import dated_sentence
from tests.unit.notes_support import shown_texts


def test_a_timeline_lead_in_is_no_subject() -> None:
    """ "Timeline:" over dated lines is the writer's label: shown before each line it made
    every question "Timeline: 1866 – ___ …", which the last gate turns away."""
    texts = shown_texts(
        "# Physics history\n\n## Particles\n\nSome history of the field.\n\n"
        "Timeline:\n"
        "- 1897 – **J.J. Thomson** discovered the electron at Cambridge\n"
        "- 1932 – **James Chadwick** discovered the neutron at Cambridge\n"
    )
    assert "In 1897, {{J.J. Thomson}} discovered the electron at Cambridge." in texts
    assert not any(t.startswith("Timeline:") for t in texts)


def test_a_dated_present_is_put_in_the_past() -> None:
    """ "1935 – Tansley coins 'ecosystem'": a timeline's historic present, read as the past
    it is dated in; the notes' latest year may be a target and keeps its present."""
    coined = dated_sentence(Cloze(id="x", text="1897 – {{Thomson}} finds the electron"), 2000)
    assert isinstance(coined, Cloze)
    assert coined.text == "In 1897, {{Thomson}} found the electron."
    target = dated_sentence(Cloze(id="x", text="2070 – {{India}} reaches net zero"), 2070)
    assert target is None or "reaches" in target.text
    aim = dated_sentence(Cloze(id="x", text="2030 – {{India}} aims for 500 GW"), 2070)
    assert aim is None or "aims" in aim.text


def test_past_tense_of_a_present() -> None:
    pasts = {v: past_tense(v) for v in "coins abolishes wins bans carries frees meets".split()}
    assert pasts == {
        "coins": "coined",
        "abolishes": "abolished",
        "wins": "won",
        "bans": "banned",
        "carries": "carried",
        "frees": "freed",
        "meets": "met",
    }
    assert past_tense("grass") is None
