"""The weak and bad classes of blind review 41 (constitutional bodies, Africa and Latin
America, bhakti and sufi literature), each on made-up notes of another subject."""

from __future__ import annotations

from quizbot.bank.model import Cloze
from quizbot.notes import generate_questions
from quizbot.notes.printed_keys import prints
from quizbot.notes.table_clues import clue
from tests.unit.notes_support import short_questions

_RIVERS = (
    "# World geography\n\n## Rivers of Asia\n\n"
    "| River | Rises | Falls into | imp. |\n|---|---|---|---|\n"
    "| Mekong | Tibetan Plateau | South China Sea | crosses six countries |\n"
    "| Irrawaddy | Myanmar | Andaman Sea | Myanmar's lifeline |\n"
    "| Ob | Altai Mountains | Kara Sea | longest in world's Arctic drainage |\n"
    "| Yangtze | Tanggula Mountains | East China Sea | longest in Asia; Three Gorges Dam |\n"
    "| Amur | Mongolia | Sea of Okhotsk | Russia–China border |\n"
)


def test_a_rivers_origin_is_no_clue_when_it_is_a_whole_country() -> None:
    """A fresh coach: "Which river rises in South Africa and flows into the Indian Ocean?"
    has other right answers, and "Which river flows into the Gulf of Guinea?" too."""
    asked = " ".join(short_questions(_RIVERS))
    assert "rises in Myanmar" not in asked and "rising in Myanmar" not in asked
    assert "Which river flows into the Andaman Sea?" not in asked
    assert clue("Rises", "Tibetan Plateau", "river") == ("origin", "rising in the Tibetan Plateau")
    assert clue("Rises", "Amarkantak", "river") == ("origin", "rising at Amarkantak")
    assert clue("Rises", "Myanmar", "river") is None


def test_an_imp_column_is_what_a_row_is_known_for_said_in_english() -> None:
    assert clue("imp.", "longest in world", "river") == ("known", "is the longest in the world")


def test_a_year_that_opens_a_timeline_line_is_printed() -> None:
    assert prints("1993 – NCBC set up as a statutory body, after the _____ judgment", "1993")


def test_a_name_inside_a_dated_line_is_asked_before_the_lines_year() -> None:
    """A fresh coach judged "1993 – NCBC set up …, after the ___ judgment" good and "In
    which year was NCBC set up …?" weak, the cloze printing its year."""
    found = generate_questions(
        "# Polity\n\n## Commissions – timeline\n\n"
        "- 2005 – NCPCR set up as a statutory body, after the Bachpan Bachao Andolan case\n"
        "- 1992 – NCW set up under the NCW Act 1990\n"
        "- 1993 – NHRC set up under the PHRA 1993\n",
        "n/commissions.md",
    )
    texts = [q.text for q in found if isinstance(q, Cloze)]
    assert any("{{Bachpan Bachao Andolan}}" in t for t in texts)
    assert not any("In which year was NCPCR" in str(getattr(q, "prompt", "")) for q in found)


def test_a_waterfalls_lower_case_falls_is_no_verb_to_blank_around() -> None:
    found = generate_questions(
        "# Geography\n\n## Waterfalls\n\n"
        "- Dudhsagar falls on the Goa–Karnataka border.\n"
        "- The Mandovi falls into the Arabian Sea at Panaji.\n",
        "n/falls.md",
    )
    texts = [q.text for q in found if isinstance(q, Cloze)]
    assert not any("falls on" in t for t in texts)
    assert any("falls into" in t for t in texts)  # a river's "falls into" is the verb
