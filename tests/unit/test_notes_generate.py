"""``generate_questions``: small notes on other subjects, in every style, and the exact
questions they give."""

from __future__ import annotations

import textwrap
from typing import Any

from quizbot.bank.model import (
    Cloze,
    ListQuestion,
    Match,
    Mcq,
    Question,
    Short,
    Source,
    Statements,
    TrueFalse,
)
from quizbot.notes import generate_questions


def brief(q: Question) -> tuple[Any, ...]:
    """What a learner sees and must answer, per type."""
    if isinstance(q, Cloze):
        return ("cloze", q.prompt, q.text)
    if isinstance(q, TrueFalse):
        return ("truefalse", q.statement, q.answer, q.fix)
    if isinstance(q, Statements):
        return ("statements", q.prompt, tuple((s.text, s.correct, s.fix) for s in q.statements))
    if isinstance(q, Match):
        return ("match", q.prompt, q.pairs)
    if isinstance(q, Short):
        return ("short", q.prompt, q.answer, q.aliases)
    if isinstance(q, ListQuestion):
        return ("list", q.prompt, q.answer, q.min_correct)
    return (q.type, q.prompt, q.options, q.answer)  # type: ignore[union-attr]


def generate(notes: str, name: str) -> list[Question]:
    return generate_questions(textwrap.dedent(notes), f"notes/{name}.md")


PLANETS = """\
    # Solar system

    ## Planets

    - **Mercury**: smallest planet and the closest to the Sun
    - **Venus**: hottest planet, wrapped in thick clouds of sulphuric acid
    - **Mars**: red planet with the tallest volcano in the Solar System
    - **Jupiter**: largest planet, a gas giant with a long-lived storm

    | Planet | Known for |
    | --- | --- |
    | Mercury | Closest to the Sun |
    | Venus | Hottest surface |
    | Mars | Tallest volcano |
    | Jupiter | Largest planet |
    """


def test_bold_terms_with_definitions_and_a_two_column_table() -> None:
    """Terms of one kind (the table's column) give mcqs with the other planets as options,
    true/false with a planet swapped in, the table's description the other way, a match."""
    ctx = "Solar system › Planets"
    assert [brief(q) for q in generate(PLANETS, "planets")] == [
        (
            "statements",
            f"{ctx}: Consider the following statements. Which of them are correct?",
            (
                (
                    "Venus: smallest planet and the closest to the Sun.",
                    False,
                    "Mercury: smallest planet and the closest to the Sun.",
                ),
                ("Venus: hottest planet, wrapped in thick clouds of sulphuric acid.", True, ""),
                (
                    "Jupiter: red planet with the tallest volcano in the Solar System.",
                    False,
                    "Mars: red planet with the tallest volcano in the Solar System.",
                ),
                ("Jupiter: largest planet, a gas giant with a long-lived storm.", True, ""),
            ),
        ),
        (
            "truefalse",
            "Venus: smallest planet and the closest to the Sun",
            False,
            "Mercury: smallest planet and the closest to the Sun",
        ),
        (
            "mcq",
            f"{ctx}: Which best describes Mercury?",
            ("Largest planet", "Hottest surface", "Closest to the Sun", "Tallest volcano"),
            "Closest to the Sun",
        ),
        (
            "mcq",
            f"{ctx}: Which of these is described as “hottest planet, wrapped in thick "
            "clouds of sulphuric acid”?",
            ("Mercury", "Mars", "Venus", "Jupiter"),
            "Venus",
        ),
        (
            "mcq",
            f"{ctx}: Which best describes Venus?",
            ("Closest to the Sun", "Tallest volcano", "Largest planet", "Hottest surface"),
            "Hottest surface",
        ),
        (
            "short",
            f"{ctx}: Which planet is described as “red planet with the tallest volcano "
            "in the Solar System”?",
            "Mars",
            (),
        ),
        (
            "mcq",
            f"{ctx}: Which best describes Mars?",
            ("Closest to the Sun", "Hottest surface", "Tallest volcano", "Largest planet"),
            "Tallest volcano",
        ),
        (
            "mcq",
            f"{ctx}: Which of these is described as “largest planet, a gas giant with a "
            "long-lived storm”?",
            ("Mars", "Jupiter", "Venus", "Mercury"),
            "Jupiter",
        ),
        (
            "mcq",
            f"{ctx}: Which best describes Jupiter?",
            ("Closest to the Sun", "Tallest volcano", "Hottest surface", "Largest planet"),
            "Largest planet",
        ),
        (
            "match",
            f"{ctx}: Match the two columns (Planet → Known for).",
            (
                ("Mercury", "Closest to the Sun"),
                ("Venus", "Hottest surface"),
                ("Mars", "Tallest volcano"),
                ("Jupiter", "Largest planet"),
            ),
        ),
    ]


def test_each_question_records_topic_source_explanation_and_siblings_share_the_source() -> None:
    questions = generate(PLANETS, "planets")
    mercury = [q for q in questions if q.source == Source("notes/planets.md", "Planets", 5)]
    assert [q.type for q in mercury] == ["truefalse", "mcq"], "two slots of one bullet"
    assert all(q.topic == "Solar system › Planets" for q in questions)
    assert mercury[0].explanation == (
        "From the notes: “Mercury: smallest planet and the closest to the Sun”."
    )
    assert all(q.id.startswith("gen-planets-") for q in questions)
    assert len({q.id for q in questions}) == len(questions)


def test_paragraphs_with_bold_terms_and_a_numbered_list() -> None:
    notes = """\
        # Water cycle

        The water cycle moves water between the oceans, the air and the land. Heat from the Sun
        drives **evaporation** from the sea. Water vapour cools and forms clouds by **condensation**.

        The stages of the water cycle are:

        1. Evaporation
        2. Condensation
        3. Precipitation
        4. Collection
        """
    questions = generate(notes, "water")
    assert [brief(q) for q in questions] == [
        (
            "cloze",
            "Water cycle: fill in the blank.",
            "Heat from the Sun drives {{evaporation}} from the sea.",
        ),
        (
            "cloze",
            "Water cycle: fill in the blank.",
            "Water vapour cools and forms clouds by {{condensation}}.",
        ),
        (
            "list",
            "Water cycle: The stages of the water cycle are: … Name all four.",
            ("Evaporation", "Condensation", "Precipitation", "Collection"),
            None,
        ),
    ]
    assert [q.source.line for q in questions if q.source] == [3, 4, 6]


def test_term_definition_lines_abbreviations_and_lists() -> None:
    """``Long Form (ABBR)`` → an expansion question, and the abbreviation is accepted where
    the long form is the answer; "namely" makes a complete list, "include" an open one."""
    notes = """\
        # International organisations

        ## United Nations

        - World Health Organization (WHO): UN agency that directs international health work
        - The Security Council has five permanent members, namely China, France, Russia, the United Kingdom and the United States
        - UN agencies include UNICEF, UNESCO and the WFP
        """
    ctx = "International organisations › United Nations"
    assert [brief(q) for q in generate(notes, "organisations")] == [
        ("short", f"{ctx}: What does WHO stand for?", "World Health Organization", ()),
        (
            "cloze",
            f"{ctx}: fill in the blank.",
            "{{World Health Organization|WHO}}: UN agency that directs international health work",
        ),
        (
            "list",
            f"{ctx}: The Security Council has five permanent members, namely … Name all five.",
            ("China", "France", "Russia", "United Kingdom", "United States"),
            None,
        ),
        ("list", f"{ctx}: UN agencies include … Name any two.", ("UNICEF", "UNESCO", "WFP"), 2),
    ]


def test_numbers_money_percentages_and_years() -> None:
    """Each figure is one slot: a cloze, or a true/false with a plausible wrong value that the
    notes never state; bounds ("since 2015", "by the end of") are never perturbed."""
    notes = """\
        # Economy of Freedonia

        ## Growth

        - **GDP**: grew 7% in 2023, the fastest rate since 2015
        - **Exports**: reached $450 billion in 2023
        - **Unemployment**: fell to 4% by the end of 2023
        """
    ctx = "Economy of Freedonia › Growth"
    assert [brief(q) for q in generate(notes, "economy")] == [
        (
            "statements",
            f"{ctx}: Consider the following statements. Which of them are correct?",
            (
                (
                    "GDP: grew 10% in 2023, the fastest rate since 2015.",
                    False,
                    "GDP: grew 7% in 2023, the fastest rate since 2015.",
                ),
                ("Exports: reached $450 billion in 2023.", True, ""),
                (
                    "Unemployment: fell to 9% by the end of 2023.",
                    False,
                    "Unemployment: fell to 4% by the end of 2023.",
                ),
            ),
        ),
        (
            "cloze",
            f"{ctx}: fill in the blank.",
            "{{GDP}}: grew 7% in 2023, the fastest rate since 2015",
        ),
        (
            "cloze",
            f"{ctx}: fill in the blank.",
            "GDP: grew {{7%}} in 2023, the fastest rate since 2015",
        ),
        (
            "cloze",
            f"{ctx}: fill in the blank.",
            "GDP: grew 7% in {{2023}}, the fastest rate since 2015",
        ),
        (
            "cloze",
            f"{ctx}: fill in the blank.",
            "GDP: grew 7% in 2023, the fastest rate since {{2015}}",
        ),
        (
            "truefalse",
            "Exports: reached $1350 billion in 2023",
            False,
            "Exports: reached $450 billion in 2023",
        ),
        ("cloze", f"{ctx}: fill in the blank.", "Exports: reached $450 billion in {{2023}}"),
        (
            "truefalse",
            "Unemployment: fell to 2% by the end of 2023",
            False,
            "Unemployment: fell to 4% by the end of 2023",
        ),
        ("cloze", f"{ctx}: fill in the blank.", "Unemployment: fell to 4% by the end of {{2023}}"),
    ]


def test_author_markup_wins_and_disputed_facts_are_never_asked() -> None:
    notes = """\
        # Chemistry basics

        - What is the chemical symbol for gold? :: Au
        - Water boils at ==100 °C== at sea level
        - Sources differ: one textbook says 118 elements are known
          - Another says 120
        """
    assert [brief(q) for q in generate(notes, "chemistry")] == [
        ("short", "Chemistry basics: What is the chemical symbol for gold?", "Au", ()),
        ("cloze", "Chemistry basics: fill in the blank.", "Water boils at {{100 °C}} at sea level"),
    ]


def test_front_matter_sets_the_topic_root_and_tags() -> None:
    notes = """\
        ---
        topic: Physics
        tags: [science]
        ---
        # Notes on light

        ## Optics

        - **Snell's Law**: relates the angles of incidence and refraction at a boundary
        """
    (question,) = generate(notes, "light")
    assert question.topic == "Physics › Optics" and question.tags == ("science",)
    assert brief(question) == (
        "cloze",
        "Physics › Optics: fill in the blank.",
        "{{Snell's Law}}: relates the angles of incidence and refraction at a boundary",
    )


def test_mcq_distractors_are_same_kind_and_never_also_correct() -> None:
    """Two rows say "discussed at the summit": neither may be the other's wrong option."""
    notes = """\
        # Trade routes

        | Route | What it is |
        | --- | --- |
        | Silk Road | Overland route discussed at the summit |
        | Spice Route | Sea route discussed at the summit |
        | Amber Road | Overland route for amber |
        | Tea Horse Road | Mountain route for tea and horses |
        | Incense Route | Desert route for incense |
        | Salt Road | Coastal path for salt |

        - **Silk Road**: overland route discussed at the summit, linking east and west
        """
    questions = generate(notes, "routes")
    (describe,) = [q for q in questions if isinstance(q, Mcq) and "best describes" in q.prompt]
    assert describe.answer == "Overland route discussed at the summit"
    assert "Sea route discussed at the summit" not in describe.options


def test_generation_is_deterministic() -> None:
    assert [q.id for q in generate(PLANETS, "planets")] == [
        q.id for q in generate(PLANETS, "planets")
    ]


def test_an_expansion_includes_every_word_the_initials_cover() -> None:
    """IISc is "Indian Institute of Science": the second I is the initial of Institute, not a
    letter inside it, so the long form starts at Indian (small words may be skipped)."""
    notes = """\
        # Institutions

        - The Indian Institute of Science (IISc) is in Bengaluru.
        - The Indian Institute of Technology Bombay (IITB) was founded in 1958.
        - Officers train at the National Defence Academy (NDA) in Pune.
        """
    assert [brief(q) for q in generate(notes, "institutions")] == [
        (
            "statements",
            "Institutions: Consider the following statements. Which of them are correct?",
            (
                ("The Indian Institute of Science (IISc) is in Bengaluru.", True, ""),
                (
                    "The Indian Institute of Technology Bombay (IITB) was founded in 1956.",
                    False,
                    "The Indian Institute of Technology Bombay (IITB) was founded in 1958.",
                ),
                ("Officers train at the National Defence Academy (NDA) in Pune.", True, ""),
            ),
        ),
        ("short", "Institutions: What does IISc stand for?", "Indian Institute of Science", ()),
        (
            "short",
            "Institutions: What does IITB stand for?",
            "Indian Institute of Technology Bombay",
            (),
        ),
        (
            "cloze",
            "Institutions: fill in the blank.",
            "The Indian Institute of Technology Bombay (IITB) was founded in {{1958}}.",
        ),
        ("short", "Institutions: What does NDA stand for?", "National Defence Academy", ()),
    ]


def test_an_inline_list_ends_where_the_sentence_goes_on() -> None:
    notes = """\
        # Geography of India

        ## Ports and rivers

        - Major ports such as Kandla, Paradip and Haldia handle bulk cargo.
        - Rivers such as the Ganga, Yamuna and Godavari flow east into the Bay of Bengal.
        - Metals such as iron, copper and zinc are mined in Rajasthan.
        """
    ctx = "Geography of India › Ports and rivers"
    assert [brief(q) for q in generate(notes, "ports")] == [
        (
            "list",
            f"{ctx}: Major ports such as … handle bulk cargo. Name any two.",
            ("Kandla", "Paradip", "Haldia"),
            2,
        ),
        (
            "list",
            f"{ctx}: Rivers such as … flow east into the Bay of Bengal. Name any two.",
            ("Ganga", "Yamuna", "Godavari"),
            2,
        ),
        (
            "list",
            f"{ctx}: Metals such as … are mined in Rajasthan. Name any two.",
            ("iron", "copper", "zinc"),
            2,
        ),
    ]


def test_are_before_a_list_of_names_makes_a_complete_list() -> None:
    """ "Ys are A, B and C" is a complete list when every item is a name; "are" before other
    words ("small and crowded", "rice, maize and cardamom") is no list at all."""
    notes = """\
        # Indian states

        ## Himalayan states

        - The Himalayan states are Sikkim, Uttarakhand and Himachal Pradesh.
        - Its neighbours are Nepal and Bhutan
        - The hill towns are small and crowded
        - Its main crops are rice, maize and cardamom
        """
    ctx = "Indian states › Himalayan states"
    assert [brief(q) for q in generate(notes, "states")] == [
        (
            "list",
            f"{ctx}: The Himalayan states are … Name all three.",
            ("Sikkim", "Uttarakhand", "Himachal Pradesh"),
            None,
        ),
        ("list", f"{ctx}: Its neighbours are … Name both.", ("Nepal", "Bhutan"), None),
    ]


def test_a_line_that_introduces_a_list_is_no_fact_of_its_own() -> None:
    """ "... are:" over a numbered list, or "... include" over sub-bullets, gives its list
    question only: no cloze of its year, no true/false, no place among the statements."""
    notes = """\
        # Indian economy

        ## Reforms

        - The 1991 reforms were led by Manmohan Singh, then finance minister.
        - India's GDP grew 8% in 2007.
        - The rupee was devalued by 18% in 1991.

        The three pillars of the 1991 reforms are:

        1. Liberalisation
        2. Privatisation
        3. Globalisation

        - Sectors opened in 1991 include
          - Telecom
          - Aviation
        """
    ctx = "Indian economy › Reforms"
    assert [brief(q) for q in generate(notes, "reforms")] == [
        (
            "statements",
            f"{ctx}: Consider the following statements. Which of them are correct?",
            (
                (
                    "The 1993 reforms were led by Manmohan Singh, then finance minister.",
                    False,
                    "The 1991 reforms were led by Manmohan Singh, then finance minister.",
                ),
                ("India's GDP grew 8% in 2007.", True, ""),
                (
                    "The rupee was devalued by 18% in 1988.",
                    False,
                    "The rupee was devalued by 18% in 1991.",
                ),
            ),
        ),
        (
            "cloze",
            f"{ctx}: fill in the blank.",
            "The {{1991}} reforms were led by Manmohan Singh, then finance minister.",
        ),
        ("truefalse", "India's GDP grew 11% in 2007.", False, "India's GDP grew 8% in 2007."),
        ("truefalse", "India's GDP grew 8% in 2005.", False, "India's GDP grew 8% in 2007."),
        ("cloze", f"{ctx}: fill in the blank.", "The rupee was devalued by {{18%}} in 1991."),
        (
            "truefalse",
            "The rupee was devalued by 18% in 1993.",
            False,
            "The rupee was devalued by 18% in 1991.",
        ),
        (
            "list",
            f"{ctx}: The three pillars of the 1991 reforms are: … Name all three.",
            ("Liberalisation", "Privatisation", "Globalisation"),
            None,
        ),
        ("list", f"{ctx}: Sectors opened in 1991 include … Name one.", ("Telecom", "Aviation"), 1),
    ]


CELLS = """\
    # Cell biology

    ## Organelles

    - **Mitochondria**: the powerhouse of the cell, where respiration releases energy
    - **Ribosome**: the site of protein synthesis in the cell
    - **Nucleus**: holds the cell's genetic material and controls its activities
    - Osmosis: movement of water across a semi-permeable membrane
    - **Chloroplast**: the organelle where photosynthesis takes place in plant cells
    """


def test_a_glossary_asks_each_term_from_its_definition_and_the_other_way() -> None:
    """A section of `Term: definition` entries is a glossary: each term is asked from its
    definition (cloze, short answer, an mcq among the section's other terms, or a true/false
    with another term swapped in), and its definition among the others' ("best describes")."""
    ctx = "Cell biology › Organelles"
    powerhouse = "the powerhouse of the cell, where respiration releases energy"
    ribosome = "the site of protein synthesis in the cell"
    nucleus = "holds the cell's genetic material and controls its activities"
    osmosis = "movement of water across a semi-permeable membrane"
    chloroplast = "the organelle where photosynthesis takes place in plant cells"
    assert [brief(q) for q in generate(CELLS, "cells")] == [
        (
            "statements",
            f"{ctx}: Consider the following statements. Which of them are correct?",
            (
                (f"Osmosis: {powerhouse}.", False, f"Mitochondria: {powerhouse}."),
                (f"Ribosome: {ribosome}.", True, ""),
                (f"Nucleus: {nucleus}.", True, ""),
                (f"Nucleus: {chloroplast}.", False, f"Chloroplast: {chloroplast}."),
            ),
        ),
        ("cloze", f"{ctx}: fill in the blank.", f"{{{{Mitochondria}}}}: {powerhouse}"),
        (
            "mcq",
            f"{ctx}: Which best describes Mitochondria?",
            (ribosome, powerhouse, chloroplast, nucleus),
            powerhouse,
        ),
        (
            "mcq",
            f"{ctx}: Which of these is described as “{ribosome}”?",
            ("Mitochondria", "Nucleus", "Ribosome", "Chloroplast"),
            "Ribosome",
        ),
        (
            "mcq",
            f"{ctx}: Which best describes Ribosome?",
            (powerhouse, ribosome, chloroplast, nucleus),
            ribosome,
        ),
        ("cloze", f"{ctx}: fill in the blank.", f"{{{{Nucleus}}}}: {nucleus}"),
        (
            "mcq",
            f"{ctx}: Which best describes Nucleus?",
            (osmosis, ribosome, nucleus, chloroplast),
            nucleus,
        ),
        (
            "mcq",
            f"{ctx}: Which of these is described as “{osmosis}”?",
            ("Nucleus", "Chloroplast", "Osmosis", "Mitochondria"),
            "Osmosis",
        ),
        (
            "mcq",
            f"{ctx}: Which best describes Osmosis?",
            (nucleus, chloroplast, ribosome, osmosis),
            osmosis,
        ),
        ("truefalse", f"Osmosis: {chloroplast}", False, f"Chloroplast: {chloroplast}"),
        (
            "mcq",
            f"{ctx}: Which best describes Chloroplast?",
            (osmosis, chloroplast, nucleus, powerhouse),
            chloroplast,
        ),
    ]


def test_terms_with_definitions_among_other_bullets_are_asked() -> None:
    notes = """\
        # Indian economy

        ## Monetary policy

        - **Repo rate**: the rate at which the RBI lends money to commercial banks
        - **Reverse repo rate**: the rate at which the RBI borrows money from commercial banks
        - The Monetary Policy Committee (MPC) has six members
        """
    ctx = "Indian economy › Monetary policy"
    assert [brief(q) for q in generate(notes, "economy")] == [
        (
            "statements",
            f"{ctx}: Consider the following statements. Which of them are correct?",
            (
                ("Repo rate: the rate at which the RBI lends money to commercial banks.", True, ""),
                (
                    "Reverse repo rate: the rate at which the RBI borrows money from commercial banks.",
                    True,
                    "",
                ),
                (
                    "The Monetary Policy Committee (MPC) has seven members.",
                    False,
                    "The Monetary Policy Committee (MPC) has six members.",
                ),
            ),
        ),
        (
            "short",
            f"{ctx}: Which term is described as “the rate at which the RBI lends money to "
            "commercial banks”?",
            "Repo rate",
            (),
        ),
        (
            "short",
            f"{ctx}: Which term is described as “the rate at which the RBI borrows money "
            "from commercial banks”?",
            "Reverse repo rate",
            (),
        ),
        ("short", f"{ctx}: What does MPC stand for?", "Monetary Policy Committee", ()),
        (
            "cloze",
            f"{ctx}: fill in the blank.",
            "The Monetary Policy Committee (MPC) has {{six|6}} members",
        ),
    ]


def test_labels_followed_by_facts_are_not_a_glossary() -> None:
    """`**Date**: began at ...`, `**Cause**: greased cartridges angered sepoys`: labels of a
    note, each followed by a fact with its own verb, are never asked back from the fact."""
    notes = """\
        # Modern India

        ## Revolt of 1857

        - **Date**: began at Meerut on 10 May 1857
        - **Leader at Meerut**: Mangal Pandey is remembered as its first martyr
        - **Cause**: greased cartridges angered sepoys
        - **Spread**: Delhi, Kanpur, Lucknow and Jhansi became centres of the revolt
        - **Outcome**: the East India Company's rule ended in 1858
        - **Rani Lakshmibai**: queen of Jhansi who fought the British in 1858
        """
    ctx = "Modern India › Revolt of 1857"
    assert [brief(q) for q in generate(notes, "revolt")] == [
        (
            "statements",
            f"{ctx}: Consider the following statements. Which of them are correct?",
            (
                (
                    "Date: began at Meerut on 10 May 1855.",
                    False,
                    "Date: began at Meerut on 10 May 1857.",
                ),
                ("Leader at Meerut: Mangal Pandey is remembered as its first martyr.", True, ""),
                (
                    "Spread: Delhi, Kanpur, Lucknow and Jhansi became centres of the revolt.",
                    True,
                    "",
                ),
                (
                    "Outcome: the East India Company's rule ended in 1856.",
                    False,
                    "Outcome: the East India Company's rule ended in 1858.",
                ),
            ),
        ),
        (
            "truefalse",
            "Outcome: the East India Company's rule ended in 1853",
            False,
            "Outcome: the East India Company's rule ended in 1858",
        ),
        (
            "cloze",
            f"{ctx}: fill in the blank.",
            "{{Rani Lakshmibai}}: queen of Jhansi who fought the British in 1858",
        ),
        (
            "cloze",
            f"{ctx}: fill in the blank.",
            "Rani Lakshmibai: queen of Jhansi who fought the British in {{1858}}",
        ),
    ]


def test_a_glossary_of_descriptions_with_participles() -> None:
    """ "built by", "formed when", "deposited by" describe a term; they are no clause of a
    fact, so these are glossary entries, asked both ways."""
    notes = """\
        # Geography

        ## Landforms

        - **Delta**: landform built by sediment where a river meets the sea
        - **Oxbow lake**: a lake formed when a meander is cut off from its river
        - **Moraine**: debris deposited by a glacier
        - **Fjord**: a long, narrow sea inlet carved by a glacier between steep cliffs
        """
    ctx = "Geography › Landforms"
    delta = "landform built by sediment where a river meets the sea"
    oxbow = "a lake formed when a meander is cut off from its river"
    moraine = "debris deposited by a glacier"
    fjord = "a long, narrow sea inlet carved by a glacier between steep cliffs"
    assert [brief(q) for q in generate(notes, "landforms")] == [
        (
            "statements",
            f"{ctx}: Consider the following statements. Which of them are correct?",
            (
                (f"Delta: {delta}.", True, ""),
                (f"Fjord: {oxbow}.", False, f"Oxbow lake: {oxbow}."),
                (f"Delta: {moraine}.", False, f"Moraine: {moraine}."),
                (f"Fjord: {fjord}.", True, ""),
            ),
        ),
        ("truefalse", f"Oxbow lake: {delta}", False, f"Delta: {delta}"),
        ("mcq", f"{ctx}: Which best describes Delta?", (fjord, delta, moraine, oxbow), delta),
        ("cloze", f"{ctx}: fill in the blank.", f"{{{{Oxbow lake}}}}: {oxbow}"),
        ("mcq", f"{ctx}: Which best describes Oxbow lake?", (oxbow, moraine, fjord, delta), oxbow),
        ("short", f"{ctx}: Which term is described as “{moraine}”?", "Moraine", ()),
        ("mcq", f"{ctx}: Which best describes Moraine?", (moraine, oxbow, fjord, delta), moraine),
        (
            "mcq",
            f"{ctx}: Which of these is described as “{fjord}”?",
            ("Moraine", "Fjord", "Delta", "Oxbow lake"),
            "Fjord",
        ),
        ("mcq", f"{ctx}: Which best describes Fjord?", (fjord, delta, oxbow, moraine), fjord),
    ]
