"""The leader builder (quizbot/notes/leaders.py): a dated revolt or body at a line's head and
the person after its dash → "Who led the Santhal Hul (1855–56)?"."""

from __future__ import annotations

from quizbot.bank.model import Match, Short
from quizbot.notes import generate_questions
from tests.unit.notes_support import short_questions


def test_a_revolt_s_leader_is_asked_who_led_it() -> None:
    asked = short_questions(
        "# Tribes\n\n## Tribal revolts\n\n"
        "- Santhal Hul (1855–56) – **Sidhu & Kanhu Murmu**, Rajmahal hills → a district\n"
        "- Rampa rebellion (1922–24) – **Alluri Sitarama Raju**, Andhra; guerrilla war\n"
    )
    hul = asked["Who led the Santhal Hul (1855–56)?"]
    assert hul.answer == "Sidhu and Kanhu Murmu"
    assert {"Sidhu & Kanhu Murmu", "Sidhu and Kanhu", "Kanhu and Sidhu"} <= set(hul.aliases)
    assert asked["Who led the Rampa rebellion (1922–24)?"].answer == "Alluri Sitarama Raju"


def test_a_body_s_founder_is_asked_who_founded_it() -> None:
    asked = short_questions(
        "# Reform\n\n## Bodies\n\n"
        "- Satyashodhak Samaj (1873) – Jyotiba Phule; for the lower castes\n"
        "- Prarthana Samaj (1867) – Atmaram Pandurang, Bombay\n"
    )
    assert asked["Who founded the Satyashodhak Samaj (1873)?"].answer == "Jyotiba Phule"


def test_a_place_first_or_a_line_of_no_kind_is_not_asked() -> None:
    asked = short_questions(
        "# Tribes\n\n## Revolts\n\n"
        "- Kol uprising (1831–32) – Chotanagpur, Buddho Bhagat\n"
        "- Khond uprising (1837–56) – Odisha hills, **Chakra Bisoi**\n"
        "- Bhilai Steel Plant (1959) – Soviet Union, Chhattisgarh\n"
    )
    assert not [p for p in asked if p.startswith("Who ")]


def test_bodies_and_their_founders_are_asked_one_by_one_not_matched() -> None:
    """Outside a glossary parallel ``Body – founder`` bullets are no match (a coach kept 4
    of 19 such matches): each founder is asked on its own."""
    notes = (
        "# Modern India\n\n## Reform movements\n\n"
        "- Brahmo Samaj (1828) – Raja Ram Mohan Roy, Calcutta\n"
        "- Arya Samaj (1875) – Dayanand Saraswati, Bombay\n"
        "- Satyashodhak Samaj (1873) – Jyotiba Phule\n"
        "- Ramakrishna Mission (1897) – Swami Vivekananda, Belur\n"
    )
    found = generate_questions(notes, "n/m.md")
    assert not [q for q in found if isinstance(q, Match)]
    assert [q.prompt for q in found if isinstance(q, Short)] == [
        "Who founded the Brahmo Samaj (1828)?",
        "Who founded the Arya Samaj (1875)?",
        "Who founded the Satyashodhak Samaj (1873)?",
        "Who founded the Ramakrishna Mission (1897)?",
    ]


def test_a_body_with_its_place_in_the_bracket_is_asked_too() -> None:
    """``**Arya Samaj** (1875, Bombay) – **Swami Dayanand Saraswati** (b. Tankara)``: the
    bracket holds the place as well as the year (holdout notes 17)."""
    asked = short_questions(
        "# Reform\n\n## Bodies\n\n"
        "- **Arya Samaj** (1875, Bombay) – **Swami Dayanand Saraswati** (b. Tankara, Gujarat)\n"
        "- **Satyashodhak Samaj** (1873, Pune) – **Jyotirao Phule**; book *Gulamgiri* (1873)\n"
    )
    assert asked["Who founded the Arya Samaj (1875)?"].answer == "Swami Dayanand Saraswati"
    assert asked["Who founded the Satyashodhak Samaj (1873)?"].answer == "Jyotirao Phule"
