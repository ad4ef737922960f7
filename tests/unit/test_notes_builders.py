"""The fact stage (subjects carried from lead-ins, parents and antecedents), the names of a
line, and each builder: timelines, table rows, identify, inline lists of names."""

from __future__ import annotations

import textwrap

import pytest

from quizbot.bank.model import Cloze, Short
from quizbot.notes import generate_questions
from quizbot.notes.identify import named_subject
from quizbot.notes.names import expansions, find_names, name_kind
from quizbot.notes.outline import parse_outline
from quizbot.notes.shorthand import write_out
from quizbot.notes.table_clues import clue
from quizbot.notes.table_columns import name_columns
from quizbot.notes.table_headers import header_kind
from quizbot.notes.table_rows import year_column
from quizbot.notes.terms import dash_term, find_term, is_legend, subject_of
from quizbot.notes.timeline import event_head
from quizbot.notes.timeline_dates import split_timeline, when_kind
from tests.unit.notes_support import candidates


def test_subjects_come_from_lead_ins_parent_terms_and_dated_parents() -> None:
    """A dated parent gives the name its event opens with, a lead-in its own words; the
    subject leads the sub-bullet's cloze (only the topic line is shown with a cloze)."""
    _, built = candidates("""\
        # Freedom struggle

        - Gandhi's early satyagrahas:
          - 1917 Champaran (Bihar) – indigo farmers, tinkathia system
        - **Indus** – rises in Tibet near Lake Mansarovar
          - Jhelum rises at Verinag spring, flows through Wular Lake
        - 1905 – Partition of Bengal by Lord Curzon → Swadeshi movt
          - Tagore – Raksha Bandhan celebrations, wrote a famous song
        - Alauddin Khalji (1296–1316)
          - built Alai Darwaza, Siri fort
        """)
    subjects = {u.text.split()[0]: u.subject for _, _, u in built if u is not None}
    assert subjects["1917"] == "Gandhi's early satyagrahas"
    assert subjects["Jhelum"] == "Indus"
    assert subjects["Tagore"] == "Partition of Bengal"
    assert subjects["built"] == "Alauddin Khalji", "a ruler's years are no part of his name"
    shown = [q.text for d, q, _ in built if isinstance(q, Cloze) and d.key_text == "Alai Darwaza"]
    assert shown == ["Alauddin Khalji: built {{Alai Darwaza}}, Siri fort"]


def test_a_sentence_that_opens_with_a_pronoun_is_resolved_to_the_name_before_it() -> None:
    """ "His daughter …" after "Iltutmish is …" is shown as "Iltutmish's daughter …", and the
    name put in the pronoun's place is no blank; a pointer that cannot be resolved ("The
    last two …") is not asked."""
    _, built = candidates("""\
        # Slave dynasty

        Iltutmish is seen as the real consolidator. His daughter **Razia Sultan** was the only woman to rule from Delhi. He issued the silver **tanka**.

        India has four kinds of PAs. The last two came in with the 2002 amendment.
        """)
    razia = next(q for d, q, _ in built if d.key_text == "Razia Sultan")
    assert isinstance(razia, Cloze)
    assert (
        razia.text == "Iltutmish's daughter {{Razia Sultan}} was the only woman to rule from Delhi."
    )
    tanka = next(q for d, q, _ in built if d.key_text == "tanka")
    assert isinstance(tanka, Cloze) and tanka.text.startswith("Iltutmish issued the silver")
    assert not any(d.key_text == "Iltutmish" and "issued" in d.unit_text for d, _, _ in built)
    last_two = [u for _, _, u in built if u is not None and u.text.startswith("The last two")]
    assert last_two and all(u.dangling for u in last_two)


def test_a_pronoun_after_a_sentence_that_opens_with_no_name_is_left_alone() -> None:
    """ "Late in life Ravana turned monk. His son …" once read "Late's son …": an adverb
    that opens a sentence is no name for a pronoun to stand for."""
    _, built = candidates("""        # Kings

        Ravana ruled from Lanka. Late in life Ravana turned monk. His son **Meghnad** was a warrior.
        """)
    sons = [u for _, _, u in built if u is not None and "son" in u.text]
    assert sons and all("Late" not in u.text for u in sons) and all(u.dangling for u in sons)


def test_terms_written_with_a_dash_and_legends() -> None:
    term = dash_term("Kesavananda Bharati (1973) – basic structure doctrine")
    assert term is not None and (term.base, term.qualifier) == ("Kesavananda Bharati", "1973")
    assert dash_term("1905 – Partition of Bengal") is None, "a dated line is a timeline entry"
    gujral = find_term("Gujral Doctrine (1996) – non-reciprocity: India gives more")
    assert gujral is not None and gujral.base == "Gujral Doctrine"
    assert is_legend("INC = Congress, ML = Muslim League, movt = movement")
    assert not is_legend("Chenab = Chandra + Bhaga")
    item = parse_outline("- Deficits:\n  - x\n").items[0]
    assert subject_of(item) == "Deficits"


def test_names_of_a_line_and_their_kinds() -> None:
    names = [
        (n.text, n.kind) for n in find_names("12 Mar 1930 – Dandi March from Sabarmati Ashram")
    ]
    assert names == [("Dandi March", "event"), ("Sabarmati Ashram", "place")]
    assert [n.text for n in find_names("Art 21A – added by the 86th Amdt")] == [
        "Art 21A",
        "86th Amdt",
    ]
    assert [n.text for n in find_names("in India Lalji Singh at CCMB")][-1] == "CCMB"
    # a preposition opening the line, and two numbered names side by side, are not one name
    assert [n.text for n in find_names("Under Art 12 Art 40 is read with it")] == [
        "Art 12",
        "Art 40",
    ]
    assert [n.text for n in find_names("Individual Satyagraha: 1st Vinoba Bhave")] == [
        "Individual Satyagraha",
        "Vinoba Bhave",
    ]
    assert name_kind("Gen. Dyer") == "person" and name_kind("Simla Agreement") == "agreement"
    assert expansions("Gen. Dyer") == ["General Dyer"]
    assert "Kuno" in expansions("Kuno NP") and "Article 300A" in expansions("Art 300A")
    assert "100th Amendment" in expansions("100th Constitutional Amendment")


def test_timeline_entries() -> None:
    assert split_timeline("13 Apr 1919 – Jallianwala Bagh massacre, Amritsar") == (
        "13 Apr 1919",
        "Jallianwala Bagh massacre, Amritsar",
    )
    assert split_timeline("1917 Champaran (Bihar) – indigo farmers") == (
        "1917",
        "Champaran (Bihar) – indigo farmers",
    )
    assert split_timeline("2013 – Mangalyaan → reached Mars orbit in 2014") is None
    assert [when_kind(w) for w in ("1905", "Dec 1929", "8 Aug 1942")] == ["year", "month", "date"]


def test_table_rows_are_asked_by_their_name_and_year_columns() -> None:
    table = parse_outline(
        "| Battle | Year | Between |\n|---|---|---|\n| Khanwa | 1527 | Babur vs Rana Sanga |\n"
        "| Chanderi | 1528 | Babur vs Medini Rai |\n| Ghaghra | 1529 | Babur vs Afghans |\n"
    ).tables[0]
    assert name_columns(table) == [0, 2] and year_column(table) == 1


def test_a_table_row_is_put_in_words_by_its_headers() -> None:
    """Each header says what its cell is: a year "of …", a state "in …"; a literal meaning (it restates the answer) and a list of members (it names
    the grouping) are never clues; a cell that opens with a verb says what the row does."""
    assert header_kind("State/UT") == "place" and header_kind("Literal meaning") == "restates"
    assert clue("Year", "1539", "battle") == ("time", "of 1539")
    assert clue("Launched", "2016", "scheme") == ("time", "launched in 2016")
    assert clue("Between", "Humayun vs Sher Shah", "battle") == (
        "fought",
        "was fought between Humayun and Sher Shah",
    )
    assert clue("Used for", "quashes an order of a lower court; curative", "writ") == (
        "used",
        "quashes an order of a lower court",
    )
    assert clue("Members / notes", "India, US, Japan, Australia; first summit 2021", "x") is None
    assert clue("Literal meaning", '"we command"', "writ") is None
    notes = """\
        # Polity

        ## Writs

        | Writ | Literal meaning | Used for |
        |---|---|---|
        | Habeas corpus | "to have the body of" | release of a person detained illegally |
        | Mandamus | "we command" | orders a public official to do its duty |
        | Quo warranto | "by what authority or warrant" | tests a person's claim to a public office |
        """
    asked = {getattr(q, "prompt", "") for q in generate_questions(textwrap.dedent(notes), "p.md")}
    assert "Which writ orders a public official to do its duty?" in asked
    assert not any("warrant" in a for a in asked)


def test_table_row_relations_are_said_by_their_headers_never_as_known_for() -> None:
    """Table-row wording: a "Connects" cell joins two places ("connects Kullu with Lahaul &
    Spiti"), a route is "lies on the … route", a rank is "is the only …", a secretariat is
    "has its secretariat in …", a scheme's key feature is what it "provides"; a loose remark
    ("one-horned rhino", "no summit since 2014") is never said as "is known for …"."""
    assert clue(
        "Connects / why imp.", "Kullu – Lahaul & Spiti; Atal Tunnel runs under it", "pass"
    ) == (
        "links",
        "connects Kullu with Lahaul & Spiti",
    )
    assert clue("Connects", "Srinagar – Kargil – Leh road", "pass") == (
        "links",
        "lies on the Srinagar–Kargil–Leh road",
    )
    assert clue("Known for", "only wild home of the Asiatic lion", "protected area") == (
        "known",
        "is the only wild home of the Asiatic lion",
    )
    assert clue("Known for", "one-horned rhino; World Heritage Site", "protected area") is None
    assert clue("Known for", "first leaders' summit (virtual) in 2021", "grouping") is None
    assert clue("Members / notes", "8 members; secretariat Kathmandu", "grouping") == (
        "known",
        "has its secretariat in Kathmandu",
    )
    assert clue("Key feature", "zero-balance accounts + RuPay card; inclusion", "scheme") == (
        "offers",
        "provides zero-balance accounts and RuPay card",
    )
    assert clue("Founded", "1985, Dhaka", "grouping") == ("time", "founded in 1985 at Dhaka")
    assert clue("Founded", "2007, revived 2017", "grouping") == ("time", "founded in 2007")


def test_table_rows_without_a_natural_question_ask_the_state_and_mcqs_name_no_state() -> None:
    """A row with no clue but its state asks where it is (an mcq among the column's other
    states); an mcq among rows of other states leaves the state out (it would give the
    answer away); a river's source and mouth are said as verbs."""
    notes = """\
        # Env

        ## Parks

        | Protected area | State/UT | Known for |
        |---|---|---|
        | Kaziranga NP | Assam | one-horned rhino; World Heritage Site |
        | Gir NP | Gujarat | only wild home of the Asiatic lion |
        | Hemis NP | Ladakh | snow leopard |
        | Silent Valley NP | Kerala | lion-tailed macaque |

        ## Rivers

        | River | Origin | Falls into |
        |---|---|---|
        | Narmada | Amarkantak (MP) | Arabian Sea |
        | Tapi | Multai (Betul, MP) | Arabian Sea |
        | Godavari | Trimbakeshwar | Bay of Bengal |
        """
    questions = {
        getattr(q, "prompt", ""): q for q in generate_questions(textwrap.dedent(notes), "e.md")
    }
    kaziranga = questions["In which Indian state is Kaziranga National Park?"]  # its zone
    assert getattr(kaziranga, "answer", None) == "Assam"
    gir = [p for p in questions if "Asiatic lion" in p]
    assert gir and all("Gujarat" not in p or isinstance(questions[p], Short) for p in gir)
    assert "Which river rises at Amarkantak (MP) and flows into the Arabian Sea?" in questions
    assert not any("known for" in p for p in questions)


def test_a_timeline_event_is_named_without_its_arrows_and_shorthand() -> None:
    ctx, _ = candidates("# T\n\nRevision sheet. INC = Congress, ML = Muslim League.\n")
    assert event_head("Partition of Bengal by Lord Curzon → Swadeshi movt", ctx) == (
        "Partition of Bengal by Lord Curzon"
    )
    assert event_head("Lucknow Pact b/w INC & ML; reunion at Lucknow", ctx) == (
        "Lucknow Pact between Congress & Muslim League"
    )
    assert event_head("Rakesh Sharma → first Indian in space", ctx) == (
        "Rakesh Sharma – first Indian in space"
    )
    assert event_head("NCM + Khilafat launched", ctx) is None, "NCM is never spelled out"
    assert write_out("trade w/ Tibet; Imp. amendments") == "trade with Tibet; Important amendments"
    assert write_out("loans to middle-income govts") == "loans to middle-income governments"
    assert write_out("steel plants of the 2nd FYP") == "steel plants of the 2nd Five-Year Plan"


def test_identify_asks_only_a_dated_ruler_not_a_neighbour() -> None:
    notes = textwrap.dedent("""\
        # Neighbours

        - Pakistan:
          - Simla Agreement (1972) – Indira Gandhi & Z.A. Bhutto
          - Lahore Declaration (1999) – after Vajpayee's bus trip to Lahore
          - Kartarpur Corridor (2019) – Dera Baba Nanak to Gurdwara Darbar Sahib
        """)
    assert not any("described here" in q.stem for q in generate_questions(notes, "n.md"))


def test_a_figure_is_asked_as_a_cloze_never_as_which_figure_fills_the_gap() -> None:
    notes = "# T\n\n- Neighbourhood First (2014) – priority to the immediate neighbours\n"
    assert not any("fills the gap" in q.stem for q in generate_questions(notes, "n.md"))


@pytest.mark.usefixtures("builders_only")
def test_identify_a_name_from_its_sub_bullets() -> None:
    notes = textwrap.dedent("""\
        # Sultanate

        - Alauddin Khalji (1296–1316)
          - market reforms – fixed prices of grain
          - dagh (branding of horses) & chehra
          - land revenue = half the produce
          - Malik Kafur's campaigns in the Deccan
          - built Alai Darwaza, Siri fort
        """)
    item = parse_outline(notes).items[0]
    assert item.text.startswith("Alauddin")
    (who,) = [q for q in generate_questions(notes, "n/s.md") if "described here" in q.stem]
    assert getattr(who, "answer", "") == "Alauddin Khalji"
    # the notes' shorthand (a spaced dash, "=") is no clue
    assert "market" not in who.stem and "revenue" not in who.stem
    assert named_subject.__name__ == "named_subject"


@pytest.mark.usefixtures("builders_only")
def test_inline_lists_of_names() -> None:
    notes = """\
        # Rivers

        - Indus Waters Treaty → India gets eastern rivers (Ravi, Beas, Satluj), Pak the western
        - tributaries: Jhelum, Chenab, Ravi, Beas, Satluj
        """
    answers = {
        tuple(getattr(q, "answer", ()))
        for q in generate_questions(textwrap.dedent(notes), "n/r.md")
    }
    assert ("Ravi", "Beas", "Satluj") in answers
    assert ("Jhelum", "Chenab", "Ravi", "Beas", "Satluj") in answers


def test_a_builder_column_asks_who_built_each_temple_and_a_dynasty_is_a_dynasty() -> None:
    """ "Built by" names who built each row's temple; a dynasty built many temples, so no
    row is asked "Which temple was built by Chandelas?", but which dynasty built one is."""
    notes = """\
        # Art

        ## Temples

        | Temple | Place | Built by |
        |---|---|---|
        | Brihadeeswarar | Thanjavur | Rajaraja I (Chola) |
        | Kandariya Mahadeva | Khajuraho | Chandelas |
        | Virupaksha | Pattadakal | Queen Lokamahadevi (Chalukya) |
        | Shore Temple | Mahabalipuram | Narasimhavarman II (Pallava) |
        """
    questions = generate_questions(textwrap.dedent(notes), "a.md")
    prompts = [getattr(q, "prompt", "") for q in questions]
    assert "Who built the Brihadeeswarar temple at Thanjavur?" in prompts
    assert "Which dynasty built the Kandariya Mahadeva temple at Khajuraho?" in prompts
    assert not any(
        "built by Chandelas" in p and isinstance(q, Short)
        for p, q in zip(prompts, questions, strict=True)
    )


def test_a_leader_or_members_cell_that_names_no_one_is_no_clue() -> None:
    assert clue("Chair", "from the Opposition since 1967", "committee") is None
    assert clue("Chair", "appointed by Speaker", "committee") is None
    assert clue("Members", "22 (15 LS + 7 RS)", "committee") is None
    assert clue("President", "Dadabhai Naoroji", "session") == (
        "leader",
        "presided over by Dadabhai Naoroji",
    )


def test_what_a_row_deals_with_takes_the_when_it_is_a_noun_and_its_of() -> None:
    assert clue("Deals with", "framework for protecting the ozone layer", "convention") == (
        "deals",
        "deals with the framework for protecting the ozone layer",
    )
    assert clue("Deals with", "migratory species", "convention") == (
        "deals",
        "deals with migratory species",
    )


def test_a_unit_with_a_capital_is_no_word_of_the_name_after_it() -> None:
    """``The 500 MWe Prototype Fast Breeder Reactor at Kalpakkam``: the blank once took
    "MWe" with the name, and the learner's "PFBR"-style answer was refused (blind review 25)."""
    from quizbot.notes.names import find_names

    names = [n.text for n in find_names("The 500 MWe Prototype Fast Breeder Reactor at Kalpakkam")]
    assert "Prototype Fast Breeder Reactor" in names
    assert not [n for n in names if n.startswith("MWe")]


def test_write_out_spells_a_compass_point_about_and_point() -> None:
    """``S America``, ``~3,800 m`` and ``lowest pt`` are the writer's shorthand (blind
    review 31); ``Pt. Nehru`` is Pandit and stays."""
    assert write_out("highest peak of S America") == "highest peak of South America"
    assert write_out("Atlas – NW Africa") == "Atlas – Northwest Africa"
    assert write_out("navigable lake (~3,800 m)") == "navigable lake (about 3,800 m)"
    assert write_out("lowest pt on land") == "lowest point on land"
    assert write_out("Pt. Nehru spoke") == "Pt. Nehru spoke"


def test_written_out_an_mcqs_options_and_its_key_with_them() -> None:
    """``CMS (Bonn Conv.)`` among a table's options reads ``CMS (Bonn Convention)``, and the
    key is written the same way (blind review 35)."""
    from quizbot.notes.shorthand import written_out

    fields = {
        "prompt": "Geo: Which convention deals with migratory species?",
        "options": ("CBD", "CMS (Bonn Conv.)", "Ramsar", "CITES (Washington Conv.)"),
        "answer": "CMS (Bonn Conv.)",
    }
    done = written_out(fields, {})
    assert done["options"][1] == "CMS (Bonn Convention)"
    assert done["answer"] == "CMS (Bonn Convention)"
