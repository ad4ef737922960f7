"""Classes of blind reviews 518 and 519 (the Moplah rebellion, the Ahom kingdom, Kanha; the
Kheda Satyagraha, the Gol Gumbaz, the Narmada Bachao Andolan), each test on notes of another
subject, naming the rule that now holds."""

from __future__ import annotations

from benchmarks.quality import brief
from quizbot.notes import generate_questions
from tests.unit.notes_support import short_questions


def _asked(notes: str) -> list[str]:
    return [brief(q) for q in generate_questions(notes, "n/notes.md")]


def test_other_names_a_quoted_phrase_is_no_full_name_of_the_founder() -> None:
    asked = short_questions(
        "# Sikh Empire\n\n## Origin\n"
        "- Founder → **Ranjit** (Maharaja Ranjit), a Sukerchakia misl chief from Gujranwala\n"
        "- Took **Lahore** (1799) → capital of the new state\n"
        '- **13 Nov** observed as "Ranjit Smriti" / "Sher-e-Punjab Divas"\n'
    )  # "Sukaphaa Divas" was the key of "Who founded the Ahom Kingdom?" (holdout 518, bad)
    founder = asked["Who founded the Sikh Empire?"]
    assert founder.answer == "Ranjit"
    assert founder.aliases == ("Maharaja Ranjit",)
