"""A rank in a table's note column (``NB``, ``Remark``, ``Partner / note``) asks its row:
"Which ground in Kerala is India's first floodlit cricket ground?" (table_clues.py,
table_rows.py)."""

from __future__ import annotations

from tests.unit.notes_support import short_questions

_NOTES = """# Sport venues

## Grounds

| Ground | State | NB |
|---|---|---|
| Lakeview Park | Kerala | first floodlit cricket ground; built by a club |
| Hillcrest Oval | Assam | largest hockey turf stadiums |
| Riverside Arena | Goa | home of the state league |

## Leagues

| League | Founded | Remark |
|---|---|---|
| Coastal League | 1921 | first professional football league |
| Harbour Trophy | 1930 | oldest knockout tournament (single elimination) |
| Delta Shield | 1948 | only women's cricket league |
"""


def test_a_rank_in_a_note_column_asks_its_row() -> None:
    asked = short_questions(_NOTES)
    shield = asked["Which league founded in 1948 is the only women's cricket league?"]
    assert shield.answer == "Delta Shield"
    # the plural a note writes is one row's rank; a lower-case gloss after it is left out
    assert asked["Which ground in Assam is the largest hockey turf stadium?"]
    assert asked["Which league founded in 1930 is the oldest knockout tournament?"]


def test_a_bare_first_holds_in_india_only_for_a_row_in_an_indian_state() -> None:
    asked = short_questions(_NOTES)
    park = asked["Which ground in Kerala is India's first floodlit cricket ground?"]
    assert park.answer == "Lakeview Park"
    assert not any(q.answer == "Coastal League" for q in asked.values())
