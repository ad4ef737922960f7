"""The bad classes of blind reviews 48–50 (plate tectonics, citizenship and schedules, the
Indo-Pacific; wetlands, insurance and pensions, the Rajputs and Turkish invasions; allied
agriculture, the human body, constitutional development), each on made-up notes of another
subject."""

from __future__ import annotations

import re
from types import SimpleNamespace
from typing import cast

from quizbot.bank.model import Cloze, Mcq, Short
from quizbot.grading import grade
from quizbot.notes import generate_questions
from quizbot.notes.clauses import clause_of_blank
from quizbot.notes.drafts import Context, Draft
from quizbot.notes.gate import answer_given_away
from quizbot.notes.grammar import opens_on_its_verb
from quizbot.notes.index import is_short_form
from quizbot.notes.label_keys import label_before_its_holder
from quizbot.notes.outline import Table
from quizbot.notes.pointers import pointing_subject
from quizbot.notes.printed_keys import prints
from quizbot.notes.range_keys import range_end
from quizbot.notes.shown_keys import filler_key
from quizbot.notes.stacked_notes import stacked_head_note
from quizbot.notes.table_columns import name_columns, said_name
from quizbot.notes.terms import lead_name, resolve_pronoun
from quizbot.notes.topic_keys import answered_by_the_topic
from quizbot.notes.zones import zone_mates
from tests.unit.notes_support import shown_texts


def test_a_possessive_is_no_key() -> None:
    """ "___ right to frame their own constitution accepted …" keyed "Indians'"."""
    shown = shown_texts(
        "# History\n\n## Offers\n\n"
        "- **Simla Offer** (1946, Wavell) – parity as the goal; the Provinces' right to opt "
        "out was accepted for the first time.\n"
    )
    assert not any("Provinces'}}" in s for s in shown)


def test_the_label_of_a_numbered_item_is_no_key() -> None:
    """ "… is ___ 23 of the Concurrent List" keyed the word "Entry"."""
    shown = shown_texts(
        "# Polity\n\n## Basis\n\n"
        '"Social welfare" is Entry 20 of the Concurrent List, so both Parliament and the '
        "states can legislate.\n"
    )
    assert not any("{{Entry}}" in s for s in shown)


def test_a_verb_put_on_a_list_needs_the_list_it_was_put_on() -> None:
    """ "___ put on in 1993." under a line about the Montreux Record: put on what?"""
    shown = shown_texts(
        "# Heritage\n\n## Danger list\n\n"
        "**Danger List** → register of heritage sites at risk; kept since 1978\n"
        "- **Manas** put on in 1992 → taken off in **2011** (poaching controlled)\n"
    )
    assert not any(s.startswith("{{Manas}} put on") for s in shown)


def test_a_count_that_a_printed_range_spells_out_is_not_asked() -> None:
    """ "___ zones, II–V": the range counts four."""
    shown = shown_texts(
        "# Geography\n\n## Wind\n\n"
        "- Wind zones (BIS code IS 875, 1987 map): 6 zones, I–VI (old Zone 0 merged into I).\n"
    )
    assert not any("{{6|six}} zones" in s for s in shown)


def test_a_glossary_meaning_is_asked_in_grammar() -> None:
    """ "What is a raising farm productivity … called?", "What is a breathing roots growing
    up out of the mud called?": an activity takes no article, a plural term is asked with
    "are", and a participle after the head noun ends the head."""
    shown = shown_texts(
        "# Linguistics\n\n## Words\n\n- Words change over centuries.\n\n## Glossary\n"
        "- Code-switching: moving between two languages in one conversation\n"
        "- Stilts: tall poles lifting a house above the flood water\n"
        "- Isogloss: line marking the edge of a word's use\n"
    )
    assert "What is moving between two languages in one conversation called?" in shown
    assert "What are tall poles lifting a house above the flood water called?" in shown
    assert "What is a line marking the edge of a word's use called?" in shown


def test_an_office_before_a_name_is_no_part_of_the_key() -> None:
    """ "On 16 Aug 1932 ___ announced the Communal Award" keyed "British PM Ramsay
    MacDonald": the learner who writes the name is right, and the office is a clue."""
    shown = shown_texts(
        "# World history\n\n## Peace\n\n"
        "On 8 Jan 1918 British PM **David Lloyd George** set out war aims to trade unions.\n"
    )
    assert any("British PM {{David Lloyd George}}" in s for s in shown)
    assert not any("{{British PM" in s for s in shown)


def test_a_sentence_with_an_irregular_past_tense_has_a_verb() -> None:
    """ "Robert Hooke first saw "cells" in a slice of cork (1665)" was turned away as a note
    with no verb: "saw", "fought", "overthrew" … are verbs as "was" is."""
    shown = shown_texts(
        "# Science\n\n## Optics\n\n"
        "**Isaac Newton** first split white light with a prism (1666). "
        "**Christiaan Huygens** saw light as a wave (1678).\n"
    )
    assert any("{{Christiaan Huygens}} saw light" in s for s in shown)


def _cloze(text: str, kind: str = "name") -> tuple[Cloze, Draft]:
    key = text.split("{{", 1)[1].split("}}", 1)[0]
    draft = Draft(Cloze, {}, "name", "s", key, "u", "h", 1, key_text=key, key_kind=kind)
    return Cloze(id="", text=text, topic="T"), draft


_CTX = cast(Context, SimpleNamespace(legend={}))


def test_the_verb_that_opens_a_line_is_no_name() -> None:
    """ "{{Rejected Vedic}} authority & caste, kept karma": a verb and an adjective; a name
    opened by a participle (``United Nations``) is a name."""
    assert filler_key(*_cloze("{{Denied Vedic}} authority & rebirth, kept perception."), None, _CTX)
    assert not filler_key(*_cloze("{{United Nations}} met in San Francisco."), None, _CTX)


def test_a_year_that_a_printed_range_holds_is_not_asked() -> None:
    """ "Asia went first (1945–57), Africa mostly after ___" keyed 1957."""
    question, draft = _cloze("Europe went first (1918–23), Asia mostly after {{1923}}.", "year")
    assert range_end(question, draft, None, _CTX)
    question, draft = _cloze("Europe went first (1918–23), Asia mostly after {{1947}}.", "year")
    assert not range_end(question, draft, None, _CTX)


_VITAMINS = (
    "# Biology\n\n## Vitamins\n\n| Vitamin | Chemical name | Deficiency disease |\n"
    "|---|---|---|\n| E | tocopherol | nerve damage |\n| B2 | riboflavin | cheilosis (cracked lips) |\n"
    "| B6 | pyridoxine | microcytic anaemia |\n| K | phylloquinone | bleeding – slow clotting |\n"
)


def test_a_deficiency_column_asks_which_row_causes_the_disease() -> None:
    """ "Which vitamin deficiency causes scurvy?" was never asked of a | Vitamin | Chemical
    name | Deficiency disease | table: a code of letters and digits (B12) was read as a
    figure, and the header was no clue the builder knew."""
    asked = {
        q.prompt: q for q in generate_questions(_VITAMINS, "n/notes.md") if isinstance(q, Short)
    }
    question = asked["Which vitamin deficiency causes cheilosis?"]
    assert question.answer == "vitamin B2"
    for answer in ("B2", "vitamin B2", "riboflavin"):
        assert grade(question, answer).correct, answer
    assert not grade(question, "B6").correct


def test_a_row_named_by_a_code_is_said_with_its_column_noun() -> None:
    """ "What is the chemical name of C?" came of a Vitamin column's "C"."""
    shown = shown_texts(_VITAMINS.replace("Deficiency disease", "Found in"))
    assert not any(re.search(r"name of (?:E|B2|B6|K)\?", s) for s in shown)
    assert any("chemical name of vitamin B2?" in s for s in shown)


def test_a_raw_line_of_stacked_notes_is_not_asked_with_its_head_blanked() -> None:
    """ "___ – longitudinal, fastest, arrive first; pass through solids, liquids & gases":
    the note copied out with its term hidden (a coach kept one in four of these), or quoted
    as "Which term is described as “…”?"; a dated head (a case and its holding) is still
    asked."""
    shown = shown_texts(
        "# Geography\n\n## Volcano types\n\n"
        "- **Shield** – basaltic, runny lava, gentle slopes: Mauna Loa & Kilauea\n"
        "- **Cinder cone** – small, steep cone of loose fragments round one vent\n"
        "- **Composite** – layers of lava & ash, explosive: Fuji, Vesuvius\n"
        "\n## Cases\n\n- **Olga Tellis** (1985) – right to livelihood; pavement dwellers\n"
    )
    assert not any(s.startswith("{{Composite}} –") for s in shown)
    assert not any("Mauna Loa & Kilauea" in s for s in shown)
    assert any(s.startswith("{{Olga Tellis}} (1985) –") for s in shown)


def test_a_row_another_row_also_fits_is_not_asked() -> None:
    """ "Which scheme provides ₹3,000 a month from age 60?" offered APY, whose "₹1,000–5,000 a
    month from age 60" fits as well: two right answers."""
    notes = (
        "# Welfare\n\n## Schemes\n\n| Scheme | Type | Age | Benefit |\n|---|---|---|---|\n"
        "| Old Age Cover (2015) | pension | 18–40 | guaranteed ₹1,000–5,000 a month from age 60 |\n"
        "| Shram Pension (2019) | pension, informal workers | 18–40 | ₹3,000 a month from age 60 |\n"
        "| Jeevan Cover (2015) | life insurance | 18–50 | ₹2 lakh on death from any cause |\n"
        "| Suraksha Cover (2015) | accident insurance | 18–70 | ₹2 lakh on accidental death |\n"
        "| Fasal Cover (2016) | crop insurance | – | cover for yield loss |\n"
    )
    shown = shown_texts(notes)
    assert not any("₹3,000 a month" in s for s in shown)
    assert any("₹2 lakh on death from any cause" in s for s in shown)  # accidental death: no


def test_a_clause_is_not_cut_inside_the_list_its_blank_opens() -> None:
    """ "Gains went mostly to wheat and to ___." from "… to Punjab, Haryana and western UP;
    the costs were …": the cut list made Punjab the only answer."""
    shown = shown_texts(
        "# Economy\n\n## Blue Revolution\n\n"
        "After the 1980s the govt pushed inland fish farming with cheap credit and seed. "
        "Gains went mostly to carp and to Andhra Pradesh, Odisha and West Bengal; the costs "
        "were polluted ponds and lost mangroves.\n"
    )
    assert not any(s.endswith("to {{Andhra Pradesh}}.") for s in shown)


def test_a_description_of_where_a_thing_is_does_not_define_it() -> None:
    """ "Mangroves – tidal deltas of the east coast" says where mangroves grow: "What are
    tidal deltas of the east coast called?" and "Which term is described as “the Nilgiris
    and the Himalaya”?" ask a place as if it were the thing."""
    shown = shown_texts(
        "# Geography\n\n## Natural vegetation\n\n"
        "- Alpine meadows – above the tree line in the Himalaya\n"
        "- Mangroves – tidal deltas of the east coast\n"
        "- Montane forests – the Nilgiris and the Himalaya\n"
        "- Tropical thorn – the dry north-west\n"
    )
    assert not any("called?" in s or "described as" in s for s in shown)


def test_a_person_on_a_timeline_of_findings_is_asked_for_what_they_found() -> None:
    """ "1928 – Alexander Fleming → penicillin, first antibiotic" was never asked (a key fact
    of blind review 50): on a page of discoveries, inventions or theories the arrow joins a
    person to what they found, and "associated with" is true of every such line."""
    shown = shown_texts(
        "# Science\n\n## Inventions – timeline\n\n"
        "- 1876 – Alexander Graham Bell → telephone\n"
        "- 1879 – **Thomas Edison** → practical light bulb, with a carbon filament\n"
        "- 1905 – Albert Einstein → special relativity\n"
        "- 1947 – Indian Navy → new fleet built\n"
    )
    assert "Who is associated with the telephone (1876)?" in shown
    assert "Who is associated with the practical light bulb (1879)?" in shown
    assert "Who is associated with special relativity (1905)?" in shown
    assert not any("fleet" in s for s in shown)


def _named_cloze(text: str, kind: str = "name", topic: str = "T") -> tuple[Cloze, Draft]:
    _, draft = _cloze(text, kind)
    return Cloze(id="", text=text, topic=topic), draft


def test_a_label_over_its_members_is_no_key() -> None:
    """ "___: Sirocco (hot, from the Sahara), Mistral (cold, Rhone valley)" keyed "Local
    winds"; "Naoroji: ___: 1886 (Calcutta), 1893 (Lahore)" keyed "INC president three
    times" (blind review 51–52)."""
    for text in (
        "{{Hill tribes}}: Khasi (Meghalaya), Garo (Meghalaya), Naga (Nagaland)",
        "Tilak: {{jailed three times}}: 1897 (Bombay), 1908 (Mandalay), 1916 (Poona)",
    ):
        assert label_before_its_holder(*_named_cloze(text), None, _CTX), text


def test_a_sentence_opening_on_a_preposition_names_no_antecedent() -> None:
    """ "After Independence the state …; It was followed by …" became "After Independence
    was followed by …" (a nonsense true/false, blind review 51)."""
    assert lead_name("After Independence the state was to hold the commanding heights.") == ""
    assert lead_name("The Reserve Bank of India was set up in 1935.") == "The Reserve Bank of India"


def test_a_topic_line_that_spells_out_the_answers_acronym_gives_it_away() -> None:
    """ "The ___ got assent on 15 June 2005" under "… › Right to Information Act, 2005"."""
    question, draft = _named_cloze(
        "The {{GST Act}} came into force on 1 July 2017.", topic="Economy › Goods and Services Tax"
    )
    assert answered_by_the_topic(question, draft, None, _CTX)
    question, draft = _named_cloze(
        "The {{UN Charter}} was signed at San Francisco.", topic="History › United Nations"
    )
    assert not answered_by_the_topic(question, draft, None, _CTX)  # the charter is the fact


def test_first_is_no_key() -> None:
    """ "ICAR releases the world's ___ genome-edited rice varieties" keyed "1st"."""
    assert filler_key(
        *_cloze("ISRO launched the world's {{1st}} solar probe from orbit."), None, _CTX
    )


def test_pointers_to_a_set_the_question_does_not_name() -> None:
    """ "Schedule C – all the rest", "Sanand has three of the units", "set up under the Act in
    ___", "An offer of ___ found no bidder in 2018" (whose offer?)."""
    for text, kind in (
        ("{{List III}} – all the rest, left to the states", "name"),
        ("{{Pune}} has two of the plants.", "name"),
        ("The board was set up under the Act in {{1986}}.", "year"),
        ("A bid of {{51%}} found no taker in 2019.", "percent"),
    ):
        assert pointing_subject(*_cloze(text, kind), None, _CTX), text
    for text, kind in (
        ("The Treaty of Versailles was signed in {{1919}}.", "year"),
        ("An adult human has {{32}} teeth.", "count"),
    ):
        assert not pointing_subject(*_cloze(text, kind), None, _CTX), text


def test_a_clause_cut_from_its_line_needs_a_verb() -> None:
    """ "Kamba Ramayanam, in ___ temples (Palakkad)." from "Tholpavakoothu – Kerala; Kamba
    Ramayanam, in Bhagavathy temples": "temples" is no verb."""
    question = Cloze(
        id="",
        topic="T",
        text="Yakshagana – Karnataka; Tenkutittu style, in {{Udupi}} temples (coast).",
    )
    assert clause_of_blank(question) is None


def test_an_acronym_beside_the_blank_that_spells_the_answer_gives_it_away() -> None:
    """ "the SCO was founded at ___" keyed Shanghai, the paragraph having spelled out the
    Shanghai Cooperation Organisation (blind review 53)."""
    shown = shown_texts(
        "# IR\n\n## BTO\n\nThe **Bangkok Trade Organisation** grew out of the **Bangkok "
        "Group** (1961: Thailand, Malaysia, Philippines), formed for trade. With Singapore "
        "added, the BTO was founded at Bangkok on **8 August 1967**; its Charter was signed "
        "at Manila (1976).\n"
    )
    assert not any("founded at {{Bangkok}}" in s for s in shown)
    assert any("founded at Bangkok on 8 August {{1967}}" in s for s in shown)


def test_the_bad_classes_of_blind_reviews_54_to_56() -> None:
    """A label over a list of short items (``___: dividends, branch expansion, risky
    lending``, ``___: muqaddam (headman), patwari (accountant)``), a key opening on a
    preposition (``Under him``), "same idea" for a subject, a participle opening the line
    (``Called Primitive Tribal Groups from 1973``), the topic's acronym spelled by the key
    (``Prompt Corrective Action`` under ``PCA framework``) and another name of the answer in
    the question (``Allahabad pillar`` = Prayagraj)."""
    for text in (
        "{{Limits}}: exports, new plants, fresh hiring.",
        "{{District}}: faujdar (commander), amalguzar (revenue collector)",
    ):
        assert label_before_its_holder(*_named_cloze(text), None, _CTX), text
    assert filler_key(
        *_cloze("{{Under her}}: the Gita Govinda and the Sursagar were sung."), None, _CTX
    )
    assert pointing_subject(*_cloze("{{RoDSL}} – same idea, only for leather goods"), None, _CTX)
    question, draft = _named_cloze(
        "{{Fiscal Responsibility and Budget Management}} – since 2003, amended 2018.",
        topic="Economy › FRBM rules",
    )
    assert answered_by_the_topic(question, draft, None, _CTX)
    assert opens_on_its_verb("Called Scheduled Areas from 1950, renamed in 1976.")
    assert not opens_on_its_verb("Called the Iron Man, Patel united the states.")
    where = Short(id="", topic="T", prompt="Where is the Bombay Stock Exchange?", answer="Mumbai")
    draft = Draft(Short, {}, "row", "s", "Mumbai", "u", "h", 1, key_text="Mumbai", key_kind="place")
    assert answer_given_away(where, draft, None, _CTX)


def test_a_body_named_formally_whose_head_is_printed_is_not_asked() -> None:
    """ "1979 – ___ under B.P. Mandal" keyed "2nd Backward Classes Commission": one coach
    judged it bad for refusing "Mandal Commission", the next for giving it away once it was
    accepted; the fact is the head the question prints (blind review 56)."""
    assert filler_key(
        *_cloze("1977 – {{2nd Press Commission}} under K.K. Mathew, set up in 1978"), None, _CTX
    )
    assert not filler_key(*_cloze("The {{Press Commission}} reported in 1954."), None, _CTX)


def test_the_bad_classes_of_blind_reviews_57_to_59() -> None:
    """ "Almost is still alive at ___" (the joiner "al" read inside "all"), a key opening on
    "Inside" or a question word (``Why Italy``), a line opening on "Began", "It" put for a
    person (``Guru Gobind Singh is written in ___``), a pass said without its kind and a
    state cell's district bracket left in the options (blind reviews 57–59)."""
    assert lead_name("Almost all early coins were punch-marked silver pieces.") == ""
    assert lead_name("Ibn al Arabi wrote on unity.") == "Ibn al Arabi"
    assert filler_key(*_cloze("{{Inside SEBI}} the work is done by a board."), None, _CTX)
    assert filler_key(*_cloze("{{Why Venice}} – trade, ships, banks"), None, _CTX)
    assert opens_on_its_verb("Began in Florence in the 15th c., Rome later.")
    assert resolve_pronoun("It is written in Gurmukhi.", "Guru Nanak founded Kartarpur.") is None
    assert said_name("Rohtang", "Pass") == "the Rohtang pass"
    made = generate_questions(
        "# Geography\n\n## Passes\n\n| Pass | State/UT | Connects |\n|---|---|---|\n"
        "| Niti | Uttarakhand (Chamoli) | Uttarakhand ↔ Tibet |\n"
        "| Shipki La | Himachal Pradesh (Kinnaur) | HP ↔ Tibet |\n"
        "| Jelep La | Sikkim | Sikkim ↔ Tibet |\n| Bum La | Arunachal Pradesh | Tawang ↔ Tibet |\n",
        "n/notes.md",
    )
    options = [o for q in made if isinstance(q, Mcq) for o in q.options]
    assert options and not any("(" in o for o in options)


def test_a_state_question_leaves_out_a_second_state_and_a_twin() -> None:
    """ "Bhavai is a form of which Indian state?" offered Rajasthan beside "Gujarat (+
    Rajasthan)"; "e-Seva" (begun in Hyderabad) offered Telangana beside Andhra Pradesh
    (fresh coach, sixth session)."""
    made = generate_questions(
        "# Governance\n\n## Early e-governance\n\n| Project | State | What it did |\n"
        "|---|---|---|\n| Saukaryam | Andhra Pradesh | municipal services in Visakhapatnam |\n"
        "| Akshaya | Kerala | rural e-literacy centres |\n| Bhoomi | Karnataka | land records |\n"
        "| Gyandoot | Madhya Pradesh | rural intranet kiosks |\n"
        "| Setu | Maharashtra (+ Goa) | single-window certificates |\n",
        "n/notes.md",
    )
    asked = {q.prompt: q for q in made if isinstance(q, Mcq)}
    assert not any("Setu" in p for p in asked)
    saukaryam = [q for p, q in asked.items() if "Saukaryam" in p]
    assert saukaryam and "Telangana" not in saukaryam[0].options


def test_a_city_territory_is_the_last_mate_of_a_territory() -> None:
    """ "In which state or union territory is the Karakoram pass?" offered Delhi and
    Chandigarh (blind reviews 49 and 59)."""
    assert not {"Delhi", "Chandigarh"} & set(zone_mates("Ladakh")[:3])
    assert zone_mates("Ladakh")[0] == "Jammu and Kashmir"


def test_the_bad_classes_of_blind_reviews_60_to_62() -> None:
    """A lower-case word defined with "=" is no short form of the legend (``handloom =
    cloth woven on a hand-operated loom`` was written into "India Handloom Brand"), a
    chronology whose events carry their ordinals (``5th summit``, ``13th summit``), "the
    same day" with nothing before it, a study note quoted as a description (``places to
    remember``), a state asked of an amendment's row and a row naming three rivers."""
    assert not is_short_form("handloom", "cloth woven on a hand-operated loom")
    assert is_short_form("govt", "government")
    assert pointing_subject(*_cloze("The badge was launched the same day in {{2015}}."), None, _CTX)
    assert not pointing_subject(
        *_cloze("India joined in {{1983}} and got consultative status the same year."), None, _CTX
    )
    notes = (
        "# IR\n\n## India–Japan timeline\n\n- 2000 – 1st summit, Tokyo\n"
        "- 2005 – 5th summit, New Delhi\n- 2010 – 9th summit, Tokyo\n"
        "- 2016 – 13th summit, Tokyo\n- 2022 – 14th summit, New Delhi\n"
    )
    assert not any("chronological" in s for s in shown_texts(notes))
    made = generate_questions(
        "# Polity\n\n## Special provisions\n\n| Article | Added by | State | Key provision |\n"
        "|---|---|---|---|\n| 370 | 1st Amdt (1951) | Kashmir | autonomy |\n"
        "| 371A | 13th Amdt (1962) | Nagaland | customary law |\n"
        "| 371B | 22nd Amdt (1969) | Assam | tribal committee |\n"
        "| 371C | 27th Amdt (1971) | Manipur | hill areas committee |\n"
        "| 371F | 36th Amdt (1975) | Sikkim | seats in the Assembly |\n",
        "n/notes.md",
    )
    assert not any(" Amendment?" in getattr(q, "prompt", "") for q in made)


def test_a_label_over_the_writers_study_note_is_not_asked() -> None:
    """ "___ – places to remember" keyed Mitigation (fresh coach, sixth session)."""
    assert stacked_head_note(*_cloze("{{Conservation}} – names to remember"), None, _CTX)


def test_the_bad_classes_of_blind_reviews_63_to_65() -> None:
    """A key opening on a conjunction (``If Lok Sabha``), two names in apposition (``Nizam,
    Mir Osman Ali Khan``; ``Gland, Switzerland`` is a place and its country), a rank phrase
    as the key (``largest receiver of remittances``), "the biggest of the caves", a label
    over names joined by "&" (``___: Ajanta & Ellora (1983), Elephanta (1987)``) and an
    amount column read as names (``~$111 bn``)."""
    assert filler_key(*_cloze("{{If Rajya Sabha}} is not sitting, the order lapses."), None, _CTX)
    assert filler_key(*_cloze("The {{Maharaja, Hari Singh Dogra Rajput}}, hesitated."), None, _CTX)
    assert not filler_key(*_cloze("Its HQ is at {{Geneva, Switzerland}}."), None, _CTX)
    assert filler_key(*_cloze("India is the world's {{largest producer of milk}}."), None, _CTX)
    assert pointing_subject(
        *_cloze("{{Hathi Gumpha}} – 2-storeyed, oldest of the caves."), None, _CTX
    )
    assert label_before_its_holder(
        *_named_cloze("{{UNESCO}}: Sun Temple & Konark (1984), Khajuraho (1986)"), None, _CTX
    )
    table = Table(
        header=("Year", "Inflow", "Note"),
        rows=[("2021", "~$89 bn", "a"), ("2022", "~$111 bn", "b"), ("2023", "~$120 bn", "c")],
        line=1,
        row_lines=[3, 4, 5],
        headings=("T",),
    )
    assert 1 not in name_columns(table)


def test_the_thing_an_attribute_question_asks_about_is_not_its_key_printed() -> None:
    """ "What is the chemical name of vitamin C?" is about vitamin C: it does not print the
    answer of "Which vitamin deficiency causes scurvy?", and both are asked."""
    assert not prints("What is the chemical name of vitamin C?", "vitamin C")
    assert prints("Scurvy comes of too little vitamin C in the diet.", "vitamin C")
    asked = [getattr(q, "prompt", "") for q in generate_questions(_VITAMINS, "n/notes.md")]
    assert "What is the chemical name of vitamin B2?" in asked
    assert "Which vitamin deficiency causes cheilosis?" in asked
