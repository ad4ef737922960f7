"""The article builder (quizbot/notes/article_identify.py): ``Art. 300A → …`` is asked
"Which article is this: …?" from what follows the arrow (or a colon)."""

from __future__ import annotations

from quizbot.bank.model import Match, Short
from quizbot.notes import generate_questions

_NOTES = (
    "# Polity\n\n## Property and services\n\n"
    "- Art. 300A → right to property, a legal right since the 44th Amendment\n"
    "- Art 311 → civil servants not dismissed without an inquiry and a hearing\n"
    "- Art 312 → this service is created by a Rajya Sabha resolution\n"
    "- Art 315 → first to set up public service commissions for the Union\n"
    "- Art 320 → PSC consulted on recruitment under Art 320 rules\n"
)


def _identified(notes: str = _NOTES) -> dict[str, Short]:
    """The short answers read out ("Which … is this: …?") of ``notes``, by answer."""
    return {q.answer: q for q in _shorts(notes) if " is this: " in q.prompt}


def _shorts(notes: str) -> list[Short]:
    return [q for q in generate_questions(notes, "n/notes.md") if isinstance(q, Short)]


def _prompts(notes: str) -> list[str]:
    return [q.prompt for q in _shorts(notes)]


def test_an_articles_line_is_asked_which_article_it_is() -> None:
    asked = _identified()
    property_ = asked["Article 300A"]
    assert property_.prompt == (
        "Which article is this: right to property, a legal right since the 44th Amendment?"
    )
    assert {"Art 300A", "300A"} <= set(property_.aliases)
    assert "Article 311" in asked


def test_a_clue_that_points_back_ranks_the_head_or_names_it_is_not_asked() -> None:
    asked = _identified()
    assert "Article 312" not in asked  # "this service": which?
    assert "Article 315" not in asked  # "first to …": the superlative builder's
    assert "Article 320" not in asked  # "under Art 320": the clue names it


def test_a_match_of_articles_each_asked_alone_is_not_asked_again() -> None:
    """Four ``Art. N → …`` lines asked "Which article is this: …?" leave their match
    nothing of its own (a fresh coach, weak: "each pair repeats a fact")."""
    notes = (
        "# Polity\n\n## Services articles\n\n"
        "- Art. 308 → part on services applies to states but not Jammu & Kashmir earlier\n"
        "- Art. 309 → legislature regulates recruitment and conditions of public servants\n"
        "- Art. 310 → civil servants hold office during the pleasure of the President\n"
        "- Art. 312 → Rajya Sabha resolution lets Parliament create new all-India services\n"
    )
    found = generate_questions(notes, "n/notes.md")
    assert sum(isinstance(q, Short) and q.prompt.startswith("Which article") for q in found) >= 3
    assert not [q for q in found if isinstance(q, Match)]


def test_an_articles_line_with_a_colon_is_asked_unless_its_clue_prints_its_number() -> None:
    """``Art 75: PM appointed by President …`` is asked as the arrow's is, and not when its
    clue prints the number (``… by courts (74(2))``)."""
    notes = (
        "# Polity\n\n## Council of Ministers\n\n"
        "- Art 75: PM appointed by President, other ministers on the PM's advice\n"
        "- Art 74: CoM with PM at head to aid and advise; advice not inquired into (74(2))\n"
    )
    prompts = _prompts(notes)
    assert (
        "Which article is this: PM appointed by President, other ministers on the PM's advice?"
        in (prompts)
    )
    assert not any("aid and advise" in p for p in prompts)
