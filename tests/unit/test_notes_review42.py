"""The classes of blind review 42 (industry and labour codes, climate agreements,
Governors-General and reformers), each on made-up notes of another subject."""

from __future__ import annotations

from quizbot.bank.model import Mcq
from quizbot.notes import generate_questions

_SULTANS = (
    "# Medieval India\n\nSD = Slave dynasty\n\n## Who did what\n\n"
    "| Sultan | Reign | Key measures |\n|---|---|---|\n"
    "| Iltutmish | 1211–36 | **iqta system**; silver tanka & copper jital |\n"
    "| Balban | 1266–87 | **sijda and paibos** at court; Chahalgani broken |\n"
    "| Alauddin Khalji | 1296–1316 | **market control** (1303), dagh & chehra |\n"
    "| Muhammad bin Tughlaq | 1325–51 | **token currency** (1329); capital to Daulatabad |\n"
    "| Firoz Shah Tughlaq | 1351–88 | jizya on Brahmins; canals |\n"
)


def test_a_rulers_bold_measure_is_asked_by_whose_reign_saw_it() -> None:
    """The coach found the Governor-General table unasked: "Which Governor-General's or
    Viceroy's tenure saw the Permanent Settlement (1793)?" asks its key fact."""
    found = generate_questions(_SULTANS, "n/sultans.md")
    asked = {str(getattr(q, "prompt", "")): q for q in found}
    market = asked["Which sultan's reign saw the market control (1303)?"]
    assert getattr(market, "answer", None) == "Alauddin Khalji"
    if isinstance(market, Mcq):
        assert set(market.options) <= {
            "Iltutmish",
            "Balban",
            "Alauddin Khalji",
            "Muhammad bin Tughlaq",
            "Firoz Shah Tughlaq",
        }
    assert "Which sultan's reign saw the token currency (1329)?" in asked
    # an item that is not bold, or whose bold is not its head, is not asked this way
    assert not any(("canals" in p or "Chahalgani" in p) and "reign saw" in p for p in asked)


def test_a_tables_first_to_do_something_is_asked_as_a_rank() -> None:
    found = generate_questions(
        "# Economy\n\n## Labour laws\n\n"
        "| Act | Passed | Imp. |\n|---|---|---|\n"
        "| Factories Act | 1948 | 8-hour day for adults |\n"
        "| Maternity Benefit Act | 1961 | first to give women 12 weeks' paid leave |\n"
        "| Payment of Bonus Act | 1965 | bonus for workers in factories |\n"
        "| Equal Remuneration Act | 1976 | equal pay for equal work |\n",
        "n/labour.md",
    )
    asked = [str(getattr(q, "prompt", "")) for q in found]
    assert "Which act passed in 1961 is the first to give women 12 weeks' paid leave?" in asked


def test_a_practice_abolished_takes_no_article() -> None:
    from quizbot.notes.timeline_questions import when_question

    assert when_question("sati abolished", "year") == "In which year was sati abolished?"
    assert when_question("national anthem adopted", "year") == (
        "In which year was the national anthem adopted?"
    )
