"""The judged corpus: every question generated from ``tests/quality/notes`` has a coach's
judgement in ``tests/quality/judgements.yaml``; a question judged bad never comes back, and
a question judged good does not disappear without a new judgement."""

from __future__ import annotations

import pytest

from benchmarks.quality import VERDICTS, changed, corpus, figures, load_judgements
from quizbot.bank.model import Question


@pytest.fixture(scope="module")
def questions() -> dict[str, list[Question]]:
    return corpus()


@pytest.fixture(scope="module")
def judged() -> dict[str, dict[str, tuple[str, str]]]:
    return load_judgements()


def test_every_judgement_has_a_verdict_and_a_reason(
    judged: dict[str, dict[str, tuple[str, str]]],
) -> None:
    for note, entries in judged.items():
        for qid, (verdict, reason) in entries.items():
            assert verdict in VERDICTS and reason, f"{note} {qid}: {verdict!r}: {reason!r}"


def test_every_generated_question_is_judged(
    questions: dict[str, list[Question]], judged: dict[str, dict[str, tuple[str, str]]]
) -> None:
    unjudged = [
        f"{note} {q.id}" for note, qs in questions.items() for q in qs if q.id not in judged[note]
    ]
    assert not unjudged, "judge these (python -m benchmarks.quality --dump):\n" + "\n".join(
        unjudged
    )


def test_no_judged_question_changed_its_wording(questions: dict[str, list[Question]]) -> None:
    """A judgement is of the question as shown: one whose wording changed under the same id
    is judged again (then ``python -m benchmarks.quality --lock``)."""
    again = changed(questions)
    assert not again, "judge these again (their wording changed):\n" + "\n".join(again)


#: Questions an independent coach judged bad in the final reviews of 2026-12-04 that the
#: generator still makes: a common other name the notes do not give is not accepted ("Azad
#: Hind Government"), or the notes give it only in another sentence (Turkan-i-Chahalgani for
#: "the Forty"); a list question asks for "all five" of an open set the notes list only in
#: part (the Ganga's left-bank tributaries). Issue 12 stays open on them; any other bad
#: question failing here is new.
KNOWN_BAD = frozenset(("gen-modern-history-provisional-govt-of-free-india-4469631d",))


def test_no_question_judged_bad_comes_back(
    questions: dict[str, list[Question]], judged: dict[str, dict[str, tuple[str, str]]]
) -> None:
    back = [
        f"{note} {q.id}: {judged[note][q.id][1]}"
        for note, qs in questions.items()
        for q in qs
        if judged.get(note, {}).get(q.id, ("",))[0] == "bad" and q.id not in KNOWN_BAD
    ]
    assert not back


def test_no_question_judged_good_disappears(
    questions: dict[str, list[Question]], judged: dict[str, dict[str, tuple[str, str]]]
) -> None:
    made = {note: {q.id for q in qs} for note, qs in questions.items()}
    gone = [
        f"{note} {qid}"
        for note, entries in judged.items()
        for qid, (verdict, _) in entries.items()
        if verdict == "good" and qid not in made.get(note, set())
    ]
    assert not gone, "judged good but no longer generated (judge again):\n" + "\n".join(gone)


def test_the_quality_figures_do_not_fall(questions: dict[str, list[Question]]) -> None:
    """Floors at today's figures, so a regression fails; the issue's targets (good >= 0.90,
    bad <= 0.02, key facts >= 0.90) are not all met. Every judgement of a question the
    generator makes today is an independent coach's (the reviews of 2026-12-04 and -05;
    none is the engineer's own, whose verdicts have run well above the coaches', see
    tests/quality/README.md)."""
    found = figures(questions)
    assert found["quality_good_share"] >= 0.88
    assert found["quality_bad_share"] <= 0.007
    assert found["quality_key_facts_share"] >= 0.71
