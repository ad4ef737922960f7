"""The recipient builder (quizbot/notes/recipients.py): an award's firsts, as the notes list
them, asked "Who was the first recipient of …?"."""

from __future__ import annotations

from tests.unit.notes_support import short_questions

_AWARDS = (
    "# Culture\n\n## National awards – firsts\n\n"
    "- **Bharat Ratna** – highest civilian award\n"
    "  - first (1954): **C. Rajagopalachari**, **S. Radhakrishnan**, **C.V. Raman**\n"
    "  - first posthumous = Lal Bahadur Shastri (1966); first woman = Indira Gandhi (1971)\n"
    "- **Jnanpith Award** (Bharatiya Jnanpith) – first 1965 → **G. Sankara Kurup** (Malayalam);"
    " first woman Ashapurna Devi (1976, Bengali)\n"
    "- **Dadasaheb Phalke Award** (1969) – highest in Indian cinema; first to **Devika Rani**\n"
    "- **Param Vir Chakra** – highest wartime gallantry award; first to **Major Somnath Sharma**"
    " (posthumous, 1947)\n"
)


def test_each_first_of_an_award_is_asked_by_who_received_it() -> None:
    asked = {p: q.answer for p, q in short_questions(_AWARDS).items() if "first" in p}
    assert asked["Who was the first recipient of the Dadasaheb Phalke Award?"] == "Devika Rani"
    assert asked["Who was the first recipient of the Jnanpith Award (1965)?"] == "G. Sankara Kurup"
    assert asked["Who was the first woman to receive the Jnanpith Award?"] == "Ashapurna Devi"
    assert asked["Who was the first posthumous recipient of the Bharat Ratna?"] == (
        "Lal Bahadur Shastri"
    )
    assert asked["Who was the first woman to receive the Bharat Ratna?"] == "Indira Gandhi"


def test_a_rank_may_be_left_out_and_several_names_are_not_asked() -> None:
    asked = short_questions(_AWARDS)
    chakra = asked["Who was the first recipient of the Param Vir Chakra?"]
    assert chakra.answer == "Major Somnath Sharma"
    assert "Somnath Sharma" in chakra.aliases
    assert "Who was the first recipient of the Bharat Ratna (1954)?" not in asked


def test_no_award_no_recipient() -> None:
    asked = short_questions(
        "# History\n\n## Firsts\n\n- **Harappans** – first to grow cotton; seals of steatite\n"
    )
    assert not [p for p in asked if "recipient" in p]
