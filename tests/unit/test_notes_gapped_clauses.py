"""The second-clause builder (quizbot/notes/gapped_clauses.py): a sentence whose second
clause leaves its verb out gives a question on each clause, the verb put back."""

from __future__ import annotations

from quizbot.bank.model import Cloze, Short
from quizbot.notes import generate_questions


def _found(notes: str) -> tuple[dict[str, Short], list[Cloze]]:
    found = generate_questions(notes, "n/notes.md")
    shorts = {q.prompt: q for q in found if isinstance(q, Short)}
    return shorts, [q for q in found if isinstance(q, Cloze)]


def test_each_clause_of_a_gapped_sentence_is_its_own_question() -> None:
    shorts, clozes = _found(
        "# Polity\n\n## Ordinances\n\n"
        "The President makes ordinances under **Art 123**, Governors under **Art 213**.\n"
    )
    first = shorts["Under which Article does the President make ordinances?"]
    second = shorts["Under which Article do Governors make ordinances?"]
    assert (first.answer, first.aliases) == ("Article 123", ("Art 123",))
    assert second.answer == "Article 213"
    assert not any("213" in c.text for c in clozes)  # no cloze prints the second answer


def test_a_known_short_form_subject_is_written_out() -> None:
    shorts, _ = _found(
        "# Polity\n\n## Contempt\n\nSC punishes contempt under **Art 129**, HCs under **Art 215**.\n"
    )
    assert "Under which Article does the Supreme Court punish contempt?" in shorts
    assert "Under which Article do High Courts punish contempt?" in shorts


def test_a_past_tense_or_a_key_with_no_kind_word_is_not_asked_this_way() -> None:
    shorts, _ = _found(
        "# History\n\n## Treaties\n\n"
        "Britain signed treaties with **Nepal** in 1816, France with Siam in 1893.\n\n"
        "The Centre issued notices under Art 356, States under Art 365.\n"
    )
    assert not any(p.startswith(("Under which", "In which")) for p in shorts)
