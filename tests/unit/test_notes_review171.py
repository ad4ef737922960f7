"""The classes found on the twelfth session's fresh notes (holdouts 171–173), each on made-up
notes of another subject."""

from __future__ import annotations

from tests.unit.notes_support import short_questions, shown_texts

_SESSIONS = (
    "# Kisan Sabha\n\n## Sessions\n\n"
    "| Session | Year | President |\n|---|---|---|\n"
    "| Lucknow | 1936 | **Sahajanand Saraswati** |\n"
    "| Faizpur | 1936 | N.G. Ranga |\n"
    "| Comilla | 1938 | Sahajanand Saraswati |\n"
)


def test_a_session_is_asked_with_its_year() -> None:
    """A place holds a body's session again and again: "Who presided over the Lucknow
    session?" has as many answers as Lucknow had sessions (holdout 173: the Calcutta session
    of 1906, Dadabhai Naoroji, among Calcutta's many)."""
    prompts = {q.prompt: q.answer for q in short_questions(_SESSIONS).values()}
    assert prompts.get("Who presided over the Faizpur session (1936)?") == "N.G. Ranga", prompts
    assert not any(p.endswith("session?") for p in prompts), prompts


def test_a_session_without_its_year_is_not_asked() -> None:
    notes = _SESSIONS.replace("| Year ", "| Note ").replace("| 1936 |", "| first |")
    notes = notes.replace("| 1938 |", "| third |")
    prompts = list(short_questions(notes))
    assert not any("Who presided" in p for p in prompts), prompts


def test_a_court_s_opinion_on_a_bill_is_not_the_bill_introduced() -> None:
    """``1978 – In re Special Courts Bill``: the year of the Supreme Court's opinion, not of a
    bill introduced (holdout 171 keyed the Kerala Education Bill's "introduction" to 1958,
    the year of the opinion)."""
    notes = (
        "# Advisory opinions\n\n## References\n\n"
        "- 1978 – In re Special Courts Bill → Parliament may set up special courts\n"
        "- 1991 – In re Cauvery Water Disputes Tribunal → ordinance ultra vires\n"
        "- 1993 – Ayodhya reference returned unanswered\n"
    )
    assert not any("introduced" in t for t in shown_texts(notes)), shown_texts(notes)
