"""The coach's three bad classes on unseen notes, each on a made-up note of the same shape."""

from __future__ import annotations

from quizbot.bank.model import Cloze, TrueFalse
from quizbot.notes.generate import generate_questions
from quizbot.notes.perturb import year_bounds


def _shown(markdown: str) -> list[str]:
    out = []
    for q in generate_questions(markdown, "made-up.md"):
        if isinstance(q, Cloze):
            out.append(q.text)
        elif isinstance(q, TrueFalse):
            out.append(f"{q.statement} || {q.fix}")
    return out


def test_a_legend_line_never_rewrites_a_name_as_its_class() -> None:
    note = (
        "# Treaties\n\n"
        "- Group A = rich states; Group B = the rest; Chile = Group B\n\n"
        "## Lima Accord\n"
        "Adopted March 2004, in force 9 May 2006. Chile ratified the accord on 3 June 2005 "
        "after a long debate.\n"
    )
    shown = " ".join(_shown(note))
    assert "Group B ratified" not in shown


def test_a_false_year_stays_between_the_years_of_its_line() -> None:
    assert year_bounds(2016, (2015, 2016, 2016)) == (2016, 2016)
    low, high = year_bounds(2018, (2014, 2018, 2023))
    assert (low, high) == (2014, 2023)


def test_a_generic_noun_is_never_the_blank() -> None:
    note = (
        "# Legislatures\n\n"
        "## Sessions\n"
        "- The Governor summons and prorogues the **Houses** and can dissolve the Assembly; "
        "the gap between two sessions cannot exceed six months.\n"
    )
    assert not any("{{Houses}}" in t for t in _shown(note))


def test_a_verbless_label_under_an_unnamed_subject_is_not_asked() -> None:
    note = (
        "# Science bodies – WMO, UNEP, CERN\n\n"
        "**CERN** – set up 1954, HQ Geneva; runs the Large Hadron Collider\n"
        "- Princess of Asturias Award 2013 (shared w/ Higgs)\n"
    )
    for text in _shown(note):
        assert not text.startswith("{{Princess of Asturias Award}}")
        assert not text.startswith("Princess of Asturias Award 20")
