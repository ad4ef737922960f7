"""The battle builder (quizbot/notes/table_battles.py): ``| Battle | Year | Winner |
Defeated |`` (or ``| Battle | Year | Between | Result |``) asks whom each row's winner
defeated, and the year the battle was fought."""

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
    assert asked["Whom did Akbar defeat in the Second Battle of Panipat?"].answer == "Hemu"
    assert asked["Whom did Babur defeat in the First Battle of Panipat?"].answer == ("Ibrahim Lodi")
    # a winner that is a clause is not said
    assert asked["Who was defeated in the Battle of Haldighati?"].answer == "Maharana Pratap"
    for q in asked.values():  # the other rows' defeated are the options
        if isinstance(q, Mcq) and q.prompt.startswith(("Whom", "Who was defeated")):
            assert set(q.options) <= {
                "Prithviraj Chauhan",
                "Ibrahim Lodi",
                "Hemu",
                "Maharana Pratap",
            }


def test_each_battle_is_asked_its_year_and_the_loser_question_does_not_print_it() -> None:
    """The year a battle was fought is its own fact (a timeline's date, not the label of a
    name): asked beside who lost, even of a short row, and neither prints the other's key."""
    found = [q for q in generate_questions(_BATTLES, "n/notes.md") if isinstance(q, Short | Mcq)]
    years = {q.prompt: q.answer for q in found if q.prompt.startswith("In which year")}
    assert years == {
        "In which year was the Second Battle of Tarain fought?": "1192",
        "In which year was the First Battle of Panipat fought?": "1526",
        "In which year was the Second Battle of Panipat fought?": "1556",
        "In which year was the Battle of Haldighati fought?": "1576",
    }
    assert not [q for q in found if "defeat" in q.prompt and any(ch.isdigit() for ch in q.prompt)]


_BETWEEN = (
    "# Mughals\n\n## Battles of the Mughals\n\n"
    "| Battle | Year | Between | Result |\n|---|---|---|---|\n"
    "| First Panipat | 1526 | Babur vs Ibrahim Lodi | Babur wins, Mughal rule begins |\n"
    "| Khanwa | 1527 | Babur vs Rana Sanga | Babur wins |\n"
    "| Ghaghra | 1529 | Babur vs Afghans under Mahmud Lodi | Babur wins |\n"
    "| Chausa | 1539 | Humayun vs Sher Shah | Sher Shah wins |\n"
    "| Kannauj | 1540 | Humayun vs Sher Shah | Humayun driven into exile |\n"
)


def test_a_result_column_that_names_the_winner_gives_the_loser() -> None:
    """``Babur vs Rana Sanga`` and ``Babur wins``: Rana Sanga was defeated; ``Sher Shah
    wins`` over ``Humayun vs Sher Shah``: Humayun was. A result that names no winner
    (``Humayun driven into exile``) and a side that is a phrase (``Afghans under Mahmud
    Lodi``) give no loser, and the phrase is never an option."""
    found = [q for q in generate_questions(_BETWEEN, "n/notes.md") if isinstance(q, Short | Mcq)]
    losers = {q.prompt: q.answer for q in found if "defeat" in q.prompt}
    assert losers["Whom did Babur defeat in the Battle of Khanwa?"] == "Rana Sanga"
    assert losers["Whom did Sher Shah defeat in the Battle of Chausa?"] == "Humayun"
    assert not [p for p in losers if "Kannauj" in p or "Ghaghra" in p]
    for q in found:
        if isinstance(q, Mcq):
            assert "Afghans under Mahmud Lodi" not in q.options
    assert "In which year was the Battle of Khanwa fought?" in {q.prompt for q in found}


def test_sides_without_a_result_column_are_no_battle_table() -> None:
    notes = _BETWEEN.replace("| Result |", "| Notes |")
    assert not [q for q in generate_questions(notes, "n/notes.md") if "defeat" in q.stem]


def test_a_table_of_other_things_is_not_a_battle_table() -> None:
    notes = _BATTLES.replace("| Battle |", "| Treaty |")
    assert not [
        q
        for q in generate_questions(notes, "n/notes.md")
        if "defeat" in str(getattr(q, "prompt", ""))
    ]


def test_the_options_are_the_defeated_of_the_nearest_years() -> None:
    """Options within a decade, nearest first; with fewer than three such the question is
    typed (Humayun for Tarain, 1192, is no trap)."""
    notes = (
        _BATTLES + "| Samugarh | 1658 | Aurangzeb | Dara Shikoh |\n"
        "| Karnal | 1739 | Nadir Shah | Muhammad Shah |\n"
    )
    found = [q for q in generate_questions(notes, "n/notes.md") if isinstance(q, Short | Mcq)]
    tarain = [q for q in found if "defeat in the Second Battle of Tarain" in q.prompt]
    assert tarain and not isinstance(tarain[0], Mcq)
    for q in found:
        if isinstance(q, Mcq) and "Second Battle of Panipat" in q.prompt:
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


def test_a_topic_word_that_only_opens_like_the_answer_gives_nothing_away() -> None:
    """ "Medieval" in the topic line shares four letters with "Medini Rai", not a root: the
    loser is asked (the topic-line check once turned it away)."""
    notes = _BETWEEN.replace("# Mughals", "# Medieval India").replace(
        "| Ghaghra |", "| Chanderi | 1528 | Babur vs Medini Rai | Babur wins |\n| Ghaghra |"
    )
    found = {
        q.prompt: q for q in generate_questions(notes, "n/notes.md") if isinstance(q, Short | Mcq)
    }
    assert found["Whom did Babur defeat in the Battle of Chanderi?"].answer == "Medini Rai"
