"""The cell builder (quizbot/notes/table_cells.py): an instrument named in a table cell with
its year and subject (``Nagoya Protocol (2010, access & benefit sharing)`` in the CBD's row)
is asked of the row it belongs to."""

from __future__ import annotations

from quizbot.bank.model import Short
from quizbot.notes import generate_questions

_TABLE = (
    "# Environment\n\n## Conventions\n\n| Convention | Year | Deals with |\n|---|---|---|\n"
    "| CITES | 1973 | international trade in endangered species |\n"
    "| CBD | 1992 | biodiversity – Cartagena Protocol (2000, biosafety), Nagoya Protocol"
    " (2010, access & benefit sharing) |\n"
    "| UNFCCC | 1992 | climate change – Kyoto Protocol (1997), Paris Agreement (2015) |\n"
    "| Minamata Convention | 2013 | mercury |\n"
)


def test_a_protocol_in_a_cell_is_asked_by_its_year_parent_and_subject() -> None:
    asked = {
        q.prompt: q.answer
        for q in generate_questions(_TABLE, "n/notes.md")
        if isinstance(q, Short) and "under the" in q.prompt
    }
    assert asked == {
        "Which protocol of 2010 under the CBD is associated with access and benefit sharing?": (
            "Nagoya Protocol"
        ),
        "Which protocol of 2000 under the CBD is associated with biosafety?": "Cartagena Protocol",
    }  # Kyoto Protocol (1997) has no subject in its bracket: not asked
