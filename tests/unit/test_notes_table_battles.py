"""The battle builder (quizbot/notes/table_battles.py): ``| Battle | Year | Winner |
Defeated |`` asks whom each row's winner defeated."""

from __future__ import annotations

from quizbot.bank.model import Mcq, Short
from quizbot.notes import generate_questions
from quizbot.notes.table_battles import battle_name

_BATTLES = (
    "# Medieval India\n\n## Battles\n\n"
    "| Battle | Year | Winner | Defeated |\n|---|---|---|---|\n"
    "| Second Tarain | 1192 | Muhammad Ghori | Prithviraj Chauhan |\n"
    "| First Panipat | 1526 | Babur | Ibrahim Lodi |\n"
    "| Second Panipat | 1556 | Akbar (regent Bairam Khan) | **Hemu** |\n"
    "| Haldighati | 1576 | Man Singh, for Akbar | Maharana Pratap |\n"
)


def test_a_battle_cell_is_said_as_a_battle() -> None:
    assert battle_name("Second Tarain") == "the Second Battle of Tarain"
    assert battle_name("Chausa") == "the Battle of Chausa"
    assert battle_name("Battle of Plassey (1757)") == "the Battle of Plassey"


def test_each_row_asks_whom_the_winner_defeated() -> None:
    asked = {
        q.prompt: q
        for q in generate_questions(_BATTLES, "n/notes.md")
        if isinstance(q, Short | Mcq)
    }
    assert asked["Whom did Akbar defeat in the Second Battle of Panipat (1556)?"].answer == "Hemu"
    assert asked["Whom did Babur defeat in the First Battle of Panipat (1526)?"].answer == (
        "Ibrahim Lodi"
    )
    # a winner that is a clause is not said
    assert asked["Who was defeated in the Battle of Haldighati (1576)?"].answer == (
        "Maharana Pratap"
    )
    for q in asked.values():  # the other rows' defeated are the options
        if isinstance(q, Mcq) and q.prompt.startswith(("Whom", "Who was defeated")):
            assert set(q.options) <= {
                "Prithviraj Chauhan",
                "Ibrahim Lodi",
                "Hemu",
                "Maharana Pratap",
            }


def test_a_table_of_other_things_is_not_a_battle_table() -> None:
    notes = _BATTLES.replace("| Battle |", "| Treaty |")
    assert not [
        q
        for q in generate_questions(notes, "n/notes.md")
        if "defeat" in str(getattr(q, "prompt", ""))
    ]


def test_the_options_are_the_defeated_of_the_nearest_years() -> None:
    """Options within a century, nearest first; with fewer than three such the question is
    typed (Humayun for Tarain, 1192, is no trap)."""
    notes = (
        _BATTLES + "| Samugarh | 1658 | Aurangzeb | Dara Shikoh |\n"
        "| Karnal | 1739 | Nadir Shah | Muhammad Shah |\n"
    )
    found = [q for q in generate_questions(notes, "n/notes.md") if isinstance(q, Short | Mcq)]
    tarain = [q for q in found if "1192" in q.prompt]
    assert tarain and not isinstance(tarain[0], Mcq)
    for q in found:
        if isinstance(q, Mcq) and "1556" in q.prompt:
            assert "Prithviraj Chauhan" not in q.options and "Muhammad Shah" not in q.options


def test_a_table_of_wars_asks_the_treaty_that_ended_each() -> None:
    """``| War | Years | British side | Ended by |`` with ``**Treaty of Salbai** (1782)``
    (four key facts of blind review 37 were such cells)."""
    from quizbot.notes.table_battles import war_name

    assert war_name("3rd Anglo-Mysore") == "the Third Anglo-Mysore War"
    notes = (
        "# Modern India\n\n## Anglo wars\n\n| War | Years | British side | Ended by |\n"
        "|---|---|---|---|\n"
        "| 1st Anglo-Mysore | 1767–69 | Madras govt | **Treaty of Madras** (1769) – conquests returned |\n"
        "| 2nd Anglo-Mysore | 1780–84 | Warren Hastings | **Treaty of Mangalore** (1784) w/ Tipu |\n"
        "| 3rd Anglo-Mysore | 1790–92 | Cornwallis | **Treaty of Seringapatam** (1792) – half ceded |\n"
        "| 4th Anglo-Mysore | 1799 | Wellesley | Tipu killed at Seringapatam |\n"
        "| 1st Anglo-Maratha | 1775–82 | Warren Hastings | **Treaty of Salbai** (1782) |\n"
    )
    asked = {
        q.prompt: q.answer
        for q in generate_questions(notes, "n/notes.md")
        if isinstance(q, Short | Mcq)
    }
    assert asked["Which treaty ended the Third Anglo-Mysore War (1790–92)?"] == (
        "Treaty of Seringapatam"
    )
    assert not [p for p in asked if "Fourth Anglo-Mysore" in p]  # no treaty ended it
