"""The article builder (quizbot/notes/table_articles.py): a table with a column of the
Constitution's articles asks each row for its article."""

from __future__ import annotations

from tests.unit.notes_support import short_questions

_JURISDICTION = (
    "# Polity\n\n## Supreme Court\n\n### Jurisdiction of the SC\n\n"
    "| Type | Article | What it covers |\n|---|---|---|\n"
    "| Original | Art 131 | disputes b/w Centre & states |\n"
    "| Appellate | Art 132–134 | appeals from HCs |\n"
    "| Special leave | Art 136 | discretionary appeal from any court |\n"
    "| Advisory | Art 143 | President refers a question of law |\n"
)


def test_each_row_is_asked_for_its_article_as_a_kind_of_the_headings_noun() -> None:
    asked = short_questions(_JURISDICTION)
    special = asked[
        "Which article of the Constitution provides for the special leave jurisdiction of the SC?"
    ]
    assert special.answer == "Article 136"
    assert {"Art 136", "136"} <= set(special.aliases)
    assert (
        "Which article of the Constitution provides for the original jurisdiction of the SC?"
        in (asked)
    )
    assert not [q for q in asked.values() if "132" in q.answer]  # a range: not typed


def test_without_a_heading_noun_the_row_names_what_the_article_deals_with() -> None:
    asked = short_questions(
        "# Polity\n\n## Bodies\n\n| Body | Basis | Status |\n|---|---|---|\n"
        "| Election Commission | Art 324 | constitutional |\n"
        "| NCW | NCW Act, 1990 | statutory |\n"
        "| Money Bill | 110 | LS only |\n"
        "| Original | Art 131 | disputes |\n"
    )
    prompts = {q.prompt: q.answer for q in asked.values() if q.answer.startswith("Article")}
    assert prompts == {
        "Which article of the Constitution deals with the Election Commission?": "Article 324",
        "Which article of the Constitution deals with Money Bills?": "Article 110",
    }


def test_an_offices_powers_are_asked_by_their_articles() -> None:
    """``| Power | Article | Remarks |`` under "Governor › Key powers": "Which article of the
    Constitution deals with the Governor's ordinance power?" (holdout 307: none asked)."""
    notes = (
        "# Polity\n\n## Governor\n\n### Key powers\n\n"
        "| Power | Article | Remarks |\n|---|---|---|\n"
        "| Ordinance | 213 | only when the legislature is not in session |\n"
        "| Pardon | 161 | cannot pardon a death sentence, unlike the President |\n"
        "| Discretion | 163 | where the Constitution requires it |\n"
    )
    asked = {
        p: q.answer for p, q in short_questions(notes).items() if p.startswith("Which article")
    }
    assert (
        asked["Which article of the Constitution deals with the Governor's ordinance power?"]
        == "Article 213"
    )
    assert "Which article of the Constitution deals with the Governor's pardon power?" in asked
