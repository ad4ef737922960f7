"""The bad and weak classes of blind review 45 (islands, coasts and ports, price indices and
national income, revolutionary nationalism), each on made-up notes of another subject."""

from __future__ import annotations

from quizbot.bank.model import Cloze
from quizbot.notes import generate_questions
from quizbot.notes.clause_shapes import called_question
from quizbot.notes.table_clues import clue


def _prompts(notes: str) -> list[str]:
    return [str(getattr(q, "prompt", "")) for q in generate_questions(notes, "n/x.md")]


def test_only_a_battle_ends_in_its_result() -> None:
    """ "Which committee ended in updated by CPI-AL …?" (bad), "Which committee ended in
    poverty line from nutritional needs?" (weak)."""
    assert clue("Result", "rural poverty line raised", "committee") is None
    assert clue("Result", "Mughal victory", "battle") == ("result", "ended in Mughal victory")


def test_a_glossary_label_is_no_term() -> None:
    found = generate_questions(
        "# Economy\n\n## Money\n\nGlossary:\nSeigniorage: profit a govt makes by issuing "
        "currency\nFiat money: money by govt order, not backed by gold\n",
        "n/money.md",
    )
    assert not any(getattr(q, "answer", "") == "Glossary" for q in found)
    keys = [b[0] for q in found if isinstance(q, Cloze) for b in q.blanks]
    assert "Glossary" not in keys


def test_a_definition_opening_on_one_is_not_asked_what_it_is_called() -> None:
    assert called_question("one whose waters freeze each winter") is None


def test_a_clause_cut_from_its_sentence_keeps_no_pronoun_for_what_it_left() -> None:
    found = generate_questions(
        "# Economy\n\n## Indices\n\nThe **Sensex** (BSE) tracks 30 stocks; the largest "
        "**financial firms** make about a third of it.\n",
        "n/sensex.md",
    )
    assert not any(isinstance(q, Cloze) and q.text.endswith("of it.") for q in found)


def test_a_state_with_the_longest_coastline_is_not_asked_which_coastline() -> None:
    asked = _prompts(
        "# Geography\n\n## Coasts of India\n\n- Andhra Pradesh – longest coastline on the "
        "east coast; Krishna–Godavari delta\n"
    )
    assert not any("coastline" in p and p.startswith("Which is") for p in asked)


def test_a_leaders_aside_in_brackets_is_not_read_out() -> None:
    """A fresh coach: "presided over by Vasumitra (Ashvaghosha vice-pres.)" keeps the
    writer's shorthand; a year in brackets stays (it dates the founding)."""
    assert clue("President", "Vasumitra (Ashvaghosha vice-pres.)", "council") == (
        "leader",
        "presided over by Vasumitra",
    )
    assert clue("Founder", "Gopala (c. 750)", "dynasty") == ("leader", "founded by Gopala (c. 750)")
