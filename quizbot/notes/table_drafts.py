"""Every question a table gives: the table builders, asked in one order.

A comparison table (``| Feature | Nagara | Dravida | Vesara |``) asks which of its columns
a row's cell is said of, never "Which point was …?"; any other table is asked by each
builder of :data:`TABLE_BUILDERS` in turn (a match, a question per row, the cells, the
seats, the caption's, the articles', the battles', the dates', the links', the names', the
measures', the figures', the sums', the agencies', the works' questions); a row of a table
of three columns that none of them asks is read out ("Which … is this: …?"). Split from
:mod:`~quizbot.notes.generate`.
"""

from __future__ import annotations

from collections.abc import Callable

from quizbot.notes.amendment_lines import amendment_rows
from quizbot.notes.drafts import Context, Draft
from quizbot.notes.outline import Table
from quizbot.notes.seats import table_seats
from quizbot.notes.table_agencies import agency_questions
from quizbot.notes.table_articles import article_questions
from quizbot.notes.table_battles import battle_questions
from quizbot.notes.table_captions import caption_questions
from quizbot.notes.table_cells import table_cells
from quizbot.notes.table_columns import is_comparison
from quizbot.notes.table_compare import compared_cells, comparison_questions
from quizbot.notes.table_dates import date_questions
from quizbot.notes.table_figures import amount_questions, figure_questions
from quizbot.notes.table_labels import label_rows
from quizbot.notes.table_links import link_questions
from quizbot.notes.table_measures import measure_questions
from quizbot.notes.table_names import name_questions
from quizbot.notes.table_questions import glossary_match, table_match
from quizbot.notes.table_rows import table_rows
from quizbot.notes.table_works import works_questions

TableBuilder = Callable[[Table, str, str, Context], list[Draft]]


def _seats(table: Table, context: str, heading: str, ctx: Context) -> list[Draft]:
    return table_seats(table, context, heading)


#: The builders asked of every table that is no comparison, in this order.
TABLE_BUILDERS: tuple[TableBuilder, ...] = (
    table_match,
    glossary_match,
    table_rows,
    table_cells,
    _seats,
    caption_questions,
    article_questions,
    battle_questions,
    date_questions,
    link_questions,
    name_questions,
    measure_questions,
    figure_questions,
    amount_questions,
    agency_questions,
    works_questions,
    amendment_rows,
)


def table_drafts(table: Table, context: str, heading: str, ctx: Context) -> list[Draft]:
    """Every candidate question of one table."""
    if is_comparison(table):
        return [
            *comparison_questions(table, context, heading, ctx),
            *compared_cells(table, heading),
            *label_rows(table, context, heading, ctx),  # "Set up", "HQ" rows
        ]
    # (a row nothing else asks was read out, "Which reef type is this: ring-shaped reef
    # around a lagoon; such as Lakshadweep?": over 187 judged in the blind rounds 600-751,
    # 19% were good and 17% bad, and the rule was removed)
    return [draft for build in TABLE_BUILDERS for draft in build(table, context, heading, ctx)]
