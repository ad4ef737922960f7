"""The Markdown outline parser: headings, nested bullets, numbered lists, tables, paragraphs."""

from __future__ import annotations

import textwrap

from quizbot.notes.abbreviations import find_abbreviations
from quizbot.notes.lists import find_list, split_items
from quizbot.notes.outline import parse_outline, plain_text
from quizbot.notes.quantities import find_quantities
from quizbot.notes.sentences import split_sentences
from quizbot.notes.terms import split_term

NOTES = textwrap.dedent("""\
    ---
    topic: Geography
    tags: [gs1, maps]
    ---

    # Rivers of Europe

    ## The Danube

    - **Length**: about 2,850 km
      - Flows through *ten* countries
        - Including Austria
    - Source: the [Black Forest](https://example.org) in Germany,
      where two streams meet
    * Ends in the Black Sea

    The Danube is Europe's second-longest river. It was a
    frontier of the **Roman Empire**.

    <!-- a comment
    over two lines -->
    The main cities on it are:

    1. Vienna
    2. Budapest
    3. Belgrade

    ```
    - not a bullet
    ```

    | City | Country |
    | --- | :---: |
    | Vienna | Austria |
    | Budapest | Hungary |

    ### Tributaries
    > The Inn is a tributary.
    """)


def test_headings_are_kept_with_their_levels_and_lines() -> None:
    outline = parse_outline(NOTES)
    assert outline.meta == {"topic": "Geography", "tags": ["gs1", "maps"]}
    assert outline.headings == [
        (1, "Rivers of Europe", 6),
        (2, "The Danube", 8),
        (3, "Tributaries", 37),
    ]


def test_bullets_nest_and_continuation_lines_join() -> None:
    outline = parse_outline(NOTES)
    length, source, ends = outline.items[:3]
    assert (length.text, length.line, length.depth) == ("Length: about 2,850 km", 10, 0)
    assert length.bold == ["Length"]
    flows = length.children[0]
    assert (flows.text, flows.line, flows.depth, flows.parent) == (
        "Flows through ten countries",
        11,
        1,
        length,
    )
    assert [(c.text, c.line, c.depth) for c in flows.children] == [("Including Austria", 12, 2)]
    assert source.text == "Source: the Black Forest in Germany, where two streams meet"
    assert source.more_lines == [(14, "where two streams meet")]
    assert (ends.text, ends.kind, ends.line) == ("Ends in the Black Sea", "bullet", 15)
    assert all(item.headings == ("Rivers of Europe", "The Danube") for item in outline.items[:3])


def test_paragraphs_keep_the_line_of_each_sentence() -> None:
    outline = parse_outline(NOTES)
    paragraph = outline.items[3]
    assert paragraph.kind == "paragraph" and paragraph.line == 17
    assert paragraph.text == (
        "The Danube is Europe's second-longest river. It was a frontier of the Roman Empire."
    )
    assert paragraph.bold == ["Roman Empire"]
    sentences = split_sentences(paragraph.text)
    assert [paragraph.line_at(offset) for offset, _ in sentences] == [17, 17]
    assert [s for _, s in sentences][1] == "It was a frontier of the Roman Empire."


def test_a_numbered_list_under_an_intro_belongs_to_it_and_comments_keep_line_numbers() -> None:
    outline = parse_outline(NOTES)
    intro = outline.items[4]
    assert (intro.text, intro.line) == ("The main cities on it are:", 22)
    assert [(c.text, c.kind, c.line) for c in intro.children] == [
        ("Vienna", "number", 24),
        ("Budapest", "number", 25),
        ("Belgrade", "number", 26),
    ]


def test_code_blocks_are_skipped_tables_are_read_and_quotes_are_paragraphs() -> None:
    outline = parse_outline(NOTES)
    texts = [item.text for item in outline.walk()]
    assert "not a bullet" not in " ".join(texts)
    (table,) = outline.tables
    assert (table.header, table.rows, table.line, table.row_lines) == (
        ("City", "Country"),
        [("Vienna", "Austria"), ("Budapest", "Hungary")],
        32,
        [34, 35],
    )
    assert outline.items[-1].text == "The Inn is a tributary."
    assert outline.items[-1].headings == ("Rivers of Europe", "The Danube", "Tributaries")


def test_a_list_of_another_kind_ends_the_list_under_an_intro() -> None:
    outline = parse_outline("Steps:\n\n1. Mix\n2. Bake\n\n- Serve warm\n")
    intro, serve = outline.items
    assert [c.text for c in intro.children] == ["Mix", "Bake"]
    assert serve.text == "Serve warm" and serve.parent is None


def test_inline_markup_is_reduced_to_plain_text() -> None:
    assert plain_text("**Bold** and *it* and `code` and [link](x) and ==mark==") == (
        "Bold and it and code and link and mark"
    )


def test_terms_lists_abbreviations_and_quantities() -> None:
    term = split_term("Modi (2021): space cooperation is progressing")
    assert term is not None and (term.term, term.base, term.qualifier) == (
        "Modi (2021)",
        "Modi",
        "2021",
    )
    assert split_term("No definition here") is None
    (abbr,) = find_abbreviations(
        "talks covered the International North–South Transport Corridor (INSTC), plus more"
    )
    assert (abbr.long, abbr.abbr) == ("International North–South Transport Corridor", "INSTC")
    (relos,) = find_abbreviations("Reciprocal Exchange of Logistics Agreement (RELOS): soon")
    assert relos.long == "Reciprocal Exchange of Logistics Agreement"
    assert find_abbreviations("Modi (2021) and a Monday (a Monday)") == []
    found = find_list("Pillars: three, namely defence; energy; and science and technology")
    assert found is not None and found.items == ("defence", "energy", "science and technology")
    assert found.complete and found.count == 3
    open_list = find_list("Agencies include UNICEF, UNESCO and the WFP")
    assert open_list is not None and not open_list.complete
    assert open_list.items == ("UNICEF", "UNESCO", "WFP")
    colours = find_list("The primary colours are: red, blue and yellow")
    assert colours is not None and colours.complete and colours.items == ("red", "blue", "yellow")
    assert find_list("Rivers are long and slow") is None
    assert split_items("co-developing platforms and maintaining and modernising systems") is None
    kinds = [
        (q.kind, q.text)
        for q in find_quantities(
            "Trade hit $7.5 billion in 2019, 62% of it oil; four Indians and 600,000 rifles "
            "(not 12 here); S-400 and G20 are names; 6 December"
        )
    ]
    assert kinds == [
        ("money", "$7.5 billion"),
        ("year", "2019"),
        ("percent", "62%"),
        ("count", "four"),
        ("count", "600,000"),
    ]


def test_markdown_backslash_escapes_are_undone_and_open_no_markup() -> None:
    r"""``\$``, ``\*``, ``\_`` stand for the character itself: never left in a question,
    never read as italic or bold."""
    assert plain_text(r"Trade \$65 bn, 2\*3, \_x\_ and \*\*not bold\*\*") == (
        "Trade $65 bn, 2*3, _x_ and **not bold**"
    )
    outline = parse_outline("- **A\\*B** costs \\$5, \\*not italic\\*\n")
    assert outline.items[0].text == "A*B costs $5, *not italic*"
    assert outline.items[0].bold == ["A*B"]
    table = parse_outline("| a | b |\n|---|---|\n| \\$1 | x \\| y |\n").tables[0]
    assert table.rows == [("$1", "x | y")]


def test_a_broken_front_matter_value_is_left_out_and_warned_about_with_its_place() -> None:
    """An unclosed bracket or quote, a YAML alias, anchor or tag: the value is not taken
    as a literal topic; a warning gives its line and column."""
    outline = parse_outline("---\ntopic: [India, Russia\ntags: *base\nx: 'ok'\n---\n# T\n")
    assert "topic" not in outline.meta and "tags" not in outline.meta
    assert outline.meta["x"] == "ok"
    assert [(line, column) for line, column, _ in outline.warnings] == [(2, 8), (3, 7)]
    assert "unclosed '['" in outline.warnings[0][2] and "alias" in outline.warnings[1][2]
    good = parse_outline("---\ntopic: India–Russia\ntags: [gs2, ir]\n---\n# T\n")
    assert good.warnings == [] and good.meta["tags"] == ["gs2", "ir"]


def test_a_glossary_without_bullets_is_one_entry_a_line() -> None:
    """Markdown joins consecutive lines into one paragraph; "Term: definition" lines are a
    glossary, each entry its own item ("Upwelling: … along a coast Doldrums: calm …" ran
    three entries into one question)."""
    outline = parse_outline(
        "# Weather\n\nSquall: a sudden strong wind\nGale: a very strong wind\n"
        "Breeze: a gentle wind,\nfelt near coasts\n"
    )
    texts = [item.text for item in outline.items]
    assert texts == [
        "Squall: a sudden strong wind",
        "Gale: a very strong wind",
        "Breeze: a gentle wind, felt near coasts",
    ]


def test_a_capitalised_line_after_a_list_item_is_the_next_note() -> None:
    """``- … advice not binding`` then ``NCW – NCW Act 1990, …``: the writer's next note, not
    the item wrapped on (it once gave "Paris Principles' first chair", blind review 26); a
    lower-case or indented line still goes on with the item."""
    outline = parse_outline(
        "- 2019 amendment cut the tenure to 3 yrs; advice not binding\n"
        "NCW – NCW Act 1990, set up Jan 1992; first chair **Jayanti Patnaik**\n"
        "- Krishna I – the Kailasa temple at Ellora,\n"
        "cut from a single rock\n"
    )
    texts = [item.raw for item in outline.items]
    assert texts[0] == "2019 amendment cut the tenure to 3 yrs; advice not binding"
    assert texts[1].startswith("NCW – NCW Act 1990")
    assert texts[2] == "Krishna I – the Kailasa temple at Ellora, cut from a single rock"


def test_a_label_line_after_a_list_item_is_the_next_note() -> None:
    """``- IFC-IOR, Gurugram – navy's hub`` then ``others: FOIP | ASEAN Outlook``: a line at
    the margin that opens on a label is a note of its own; joined to the item it made one
    nonsense sentence of two notes (blind review 48)."""
    outline = parse_outline(
        "- Fusion centre, Pune (2018) – the navy's hub\n"
        "others: the Mekong plan (2016) | the Coral Outlook (2019)\n"
        "- Old Fort – its walls,\n"
        "later rebuilt: in stone\n"
    )
    texts = [item.raw for item in outline.items]
    assert texts[0] == "Fusion centre, Pune (2018) – the navy's hub"
    assert texts[1].startswith("others: the Mekong plan")
    assert texts[2] == "Old Fort – its walls, later rebuilt: in stone"


def test_a_label_line_over_a_glossary_entry_is_no_word_of_its_term() -> None:
    """``Glossary`` then ``MSP: price …`` once made the term "Glossary MSP" (blind review 26)."""
    outline = parse_outline(
        "Glossary\nMSP: price at which govt assures it will buy a crop\n"
        "FRP: price sugar mills must pay for cane\n"
    )
    texts = [item.raw for item in outline.items]
    assert texts[0] == "Glossary"
    assert texts[1].startswith("MSP: price")
