"""The classes found on the seventeenth session's rounds of fresh notes (holdouts 258 on),
each on made-up notes of another subject."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable

from quizbot.bank.model import Cloze, Match, Question, Short
from quizbot.notes import generate_questions
from quizbot.notes.blank_words import unfixed_blank
from quizbot.notes.doer_lines import doer_sentence
from quizbot.notes.drafts import Context, Draft, Unit
from quizbot.notes.fragment_keys import cued_beside_the_blank
from quizbot.notes.labels import is_label
from quizbot.notes.terms import lead_name, resolve_pronoun
from quizbot.notes.timeline_questions import when_question
from tests.unit.notes_support import by_key, candidates, short_questions, shown_texts, verdicts


def test_a_section_called_the_basics_is_the_title_s() -> None:
    """``NCMM – the basics`` (holdout 260): "the basics" is the writer's label as much as
    "basics"; the nodal ministry under it was asked of nothing."""
    notes = """# Swachh Bharat Mission (Grameen) & Sanitation

## Swachh Bharat Mission – the basics
- Nodal: **Ministry of Jal Shakti**
- Toilets built in villages across the country
"""
    asked = short_questions(notes)
    nodal = asked["Which is the nodal ministry for the Swachh Bharat Mission?"]
    assert nodal.answer == "Ministry of Jal Shakti"


def test_a_heading_that_asks_what_a_thing_is_names_it() -> None:
    """``## What is CBAM`` (holdout 258): the section is about the thing it asks of."""
    notes = """# Farm Credit in India

## What is the Kisan Credit Card?
- Launched **Aug 1998**, on the R.V. Gupta Committee's advice
- Short-term credit for crops, later for animal husbandry too
"""
    launched = short_questions(notes)["In which month and year was the Kisan Credit Card launched?"]
    assert launched.answer == "Aug 1998"


def test_a_date_labelled_by_who_approved_it_asks_when_they_did() -> None:
    """``Approved by Union Cabinet → **29 January 2025**`` (holdout 260's key fact, never
    asked): the label is a deed and its agent."""
    notes = """# Rooftop Solar

## PM Surya Ghar Muft Bijli Yojana – basics
- Approved by Union Cabinet → **29 February 2024**
- Aim → free electricity up to 300 units a month for one crore households
"""
    asked = short_questions(notes)
    approved = asked[
        "On what date was PM Surya Ghar Muft Bijli Yojana approved by the Union Cabinet?"
    ]
    assert approved.answer == "29 February 2024"


def test_a_legal_basis_label_asks_the_law_a_thing_stands_on() -> None:
    """``Legal basis → **Census Act, 1948**`` (eight holdout lines, none asked): the law is
    the exam's fact; the year of its name may be left out. Two laws joined are not one
    answer."""
    notes = """# Wetlands

## Wetlands (Conservation and Management) Rules – basics
- Legal basis → **Environment (Protection) Act, 1986** (Sec 3); replaced the 2010 Rules
- Notified by MoEFCC in 2017
"""
    asked = short_questions(notes)
    law = asked["What is the legal basis of the Wetlands Rules?"]
    assert law.answer == "Environment (Protection) Act, 1986"
    assert "Environment (Protection) Act" in law.aliases
    two = notes.replace(
        "**Environment (Protection) Act, 1986** (Sec 3)", "**Sec 3, EP Act** + **Sec 25, EP Act**"
    )
    assert not any("legal basis" in p for p in short_questions(two))


def test_an_event_is_asked_when_once_by_its_fullest_date() -> None:
    """``Approved by Union Cabinet → **29 January 2025**`` and the timeline's ``2025 – NCMM
    approved (29 Jan)`` (holdout 260): one deed, so one question, on the day; a year of
    another deed stays."""
    notes = """# Rooftop Solar

## Surya Ghar Yojana – basics
- Approved by Union Cabinet → **29 February 2024**
- Aim → free electricity up to 300 units a month for one crore households

## Timeline
- 2024 – Surya Ghar Yojana approved (Feb); portal opened
- 2010 – National Solar Mission launched by the Union Cabinet
"""
    prompts = shown_texts(notes)
    assert "On what date was Surya Ghar Yojana approved by the Union Cabinet?" in prompts
    assert not any(p.startswith("In which year was the Surya Ghar") for p in prompts)
    assert any(
        p.startswith("In which year was the National Solar Mission launched") for p in prompts
    )


def test_the_state_s_side_of_a_case_is_never_the_blank() -> None:
    """``Swaraj Abhiyan v. ___ (2016)`` keyed Union of India (holdout 258, bad): every writ
    against the government has that respondent; the petitioner is the fact."""
    notes = """# Right to Die

## Living wills
After the SC in **Common Cause v. Union of India (2018)** upheld passive euthanasia & living wills, the procedure was eased in Jan 2023.
"""
    state = verdicts(notes, "Union of India", unfixed_blank)
    assert state and all(state)
    cause = verdicts(notes, "Common Cause", unfixed_blank)
    assert cause and not any(cause)


def test_lines_labelled_by_a_scheme_s_aspects_are_no_match() -> None:
    """``Categories → only moderate & severe``, ``Deadlines → Kharif declaration by 30
    October``, ``Relief → SDRF first`` (holdout 258, bad as a match): each description says
    its own label, so matching them tests nothing."""
    notes = """# Consumer Protection

## Consumer Protection Act, 2019
- Eligibility → any buyer of goods or services for own use, not for resale
- Deadlines → complaint within **2 years** of the cause of action
- Penalties → up to **₹10 lakh** for a misleading advertisement (CCPA)
- Relief → refund, replacement or compensation ordered by the Commission
"""
    found = generate_questions(notes, "n/notes.md")
    assert not any(isinstance(q, Match) for q in found)


def test_a_names_label_is_never_the_term_asked() -> None:
    """``Local names: **vav** (Gujarati), **baori** …`` (holdout 260, bad) asked "___: vav
    (Gujarati), …" keyed "Local names": the writer's label, not a term."""
    notes = """# Monsoon winds

## Basics
- Local names: **loo** (hot, dry, north India), **kal baisakhi** (Bengal), **mango showers** (Kerala)
- Retreating monsoon gives rain to the Coromandel coast in Oct–Nov
"""
    assert not by_key(notes, "Local names", "term")
    assert is_label("Other names")


def test_a_comparison_s_place_and_patron_rows_ask_each_thing_its_bold_name() -> None:
    """``| Place | **Patan**, Gujarat … |`` and ``| Patron | Queen **Udayamati**, in memory of
    … |`` under three stepwells (holdout 260) asked only "Which of these has … as its
    place?"; the key facts were the places and the patrons. The bold name a cell opens with
    (after a title) is asked of its thing, within the state the cell gives (changed-50: "Where
    is Rani ki Vav?" would mark Gujarat wrong); a place in its thing's name is not."""
    notes = """# Temples

## Three great temples

| Feature | Kailasa temple | Brihadeeswara temple | Konark Sun temple |
|---|---|---|---|
| Place | **Ellora**, Maharashtra (cave 16) | **Thanjavur**, Tamil Nadu | **Konark**, Odisha coast |
| Patron | King **Krishna I** (Rashtrakuta) | **Rajaraja I**, the Chola emperor | begun by **Narasimhadeva I**, Eastern Gangas |
| Style | rock-cut monolith | Dravida vimana, 66 m | chariot of the sun god |
"""
    asked = short_questions(notes)
    assert asked["Where in Maharashtra is the Kailasa temple?"].answer == "Ellora"
    assert asked["Where in Tamil Nadu is the Brihadeeswara temple?"].answer == "Thanjavur"
    assert not any("Konark Sun temple?" in p and p.startswith("Where") for p in asked)
    patron = asked["Who was the patron of the Kailasa temple?"]
    assert (patron.answer, patron.aliases) == ("Krishna I", ("King Krishna I",))
    assert asked["Who was the patron of the Brihadeeswara temple?"].answer == "Rajaraja I"
    assert "Who was the patron of the Konark Sun temple?" not in asked


def test_a_timeline_line_that_is_a_named_event_alone_asks_when() -> None:
    """``29 Nov 1947 – Standstill Agreement`` (holdout 259's key fact) and ``1882 – Hunter
    Commission`` (holdout 187): two words that name the event and its kind; a place alone
    (``1917 – Champaran``) says nothing of what happened."""
    notes = """# Princely states

## Timeline
- 1928 – Butler Committee
- 26 Oct 1947 – Instrument of Accession signed by Hari Singh
- 29 Nov 1947 – Standstill Agreement
- 1917 – Champaran
"""
    shown = shown_texts(notes)
    assert "With which year is the Butler Committee associated?" in shown
    standstill = short_questions(notes)["On what date was the Standstill Agreement signed?"]
    assert standstill.answer == "29 Nov 1947"
    assert not any("Champaran" in p for p in shown)


def test_one_who_becomes_a_ruler_is_a_person_with_no_article() -> None:
    """ "In which year did the Kirpal Pal become raja of Basohli?" (holdout 259): one who
    becomes raja is a person; an event's name keeps its article."""
    assert (
        when_question("Krishnaraja Wodeyar becomes raja of Mysore", "year")
        == "In which year did Krishnaraja Wodeyar become raja of Mysore?"
    )
    assert (
        when_question("Battle of Sakarya halts the Greek advance", "year")
        == "In which year did the Battle of Sakarya halt the Greek advance?"
    )


def test_a_year_in_a_name_is_no_second_date_of_its_line() -> None:
    """``2 Nov 2022 – E-Waste (Mgmt) Rules 2022 notified`` (holdout 259's key fact) was
    taken for a line of two dates. A name's year that is the line's own is part of the name;
    one in a bracket (``laws repealed (Farm Laws Repeal Act, 2021)``) leaves the subject a bare
    kind, and a bare office (``President sworn in``) is no event."""
    notes = """# Plastic waste

## Timeline
- 12 Aug 2021 – Plastic Waste Management Amendment Rules 2021 notified
- 2021 – laws repealed (Farm Laws Repeal Act, 2021) after protests
- 2024 – President sworn in; Finance Act 2024 cuts the pre-deposit
"""
    shown = shown_texts(notes)
    assert "On what date were the Plastic Waste Management Amendment Rules 2021 notified?" in shown
    assert not any("laws repealed" in p or "President sworn" in p for p in shown)


def test_a_chronology_never_orders_a_bare_kind_or_a_numbered_meeting() -> None:
    """ "4. Bill passed by Parliament" and "2. 56th meeting" (holdout 139): which bill, and
    the count says where the meeting goes."""
    notes = """# GST

## Timeline
- 2014 (Dec) – Bill introduced in Lok Sabha
- 2016 (8 Sept) – Presidential assent to the 101st Amendment
- 2017 (1 July) – GST rolled out across India
- 2022 (May) – Mohit Minerals judgment of the Supreme Court
- 2025 (Sept) – 56th meeting rationalises the slabs
"""
    assert not any("chronological order" in p for p in shown_texts(notes))


def test_a_department_s_ministry_is_no_other_name_of_it() -> None:
    """ "Which is the nodal department for PMJDY?" accepted "Ministry of Finance", the
    bracket after **Department of Financial Services** (changed-50, weak): the ministry
    holds the department; one who knows only it scores."""
    notes = """# Farm inputs

## Nutrient Based Subsidy – basics
- Nodal: **Department of Fertilizers** (Ministry of Chemicals & Fertilizers)
- Launched 1 April 2010 for P & K fertilisers
"""
    nodal = short_questions(notes)["Which is the nodal department for Nutrient Based Subsidy?"]
    assert nodal.answer == "Department of Fertilizers"
    assert not any(a.startswith("Ministry") for a in nodal.aliases)


def test_a_chronology_never_orders_an_event_whose_name_says_its_year() -> None:
    """ "4. GoI Act 1935 abolishes provincial dyarchy" (changed-50, bad): the one order that
    puts it last is the answer."""
    notes = """# National movement

## Timeline
- 1917 – Champaran Satyagraha led by Gandhi
- 1919 – Rowlatt Act passed despite Indian opposition
- 1920 – Non-Cooperation Movement launched at Calcutta
- 1935 – Government of India Act 1935 passed by British Parliament
- 1942 – Quit India Movement launched at Bombay
"""
    orders = [p for p in shown_texts(notes) if "chronological order" in p]
    assert orders
    assert not any("Act 1935" in p for p in orders)


def test_a_described_bold_name_s_year_is_asked_when_nothing_else_of_its_line_is() -> None:
    """``1954 – **Kosi agreement** w/ Nepal`` asked nothing (holdout 141; holdout 263's Glancy
    Commission alike): its year gave way to the bold name, whose raw line the last gate drops.
    The year is now asked last: ``1975 – **Aryabhata**, first Indian satellite`` still asks
    the satellite, not its year."""
    notes = """# India and Nepal

## Timeline
- 1950 – **Indo-Nepal Treaty of Peace and Friendship** w/ Nepal (open border)
- 1975 – **Aryabhata**, first Indian satellite, launched by a Soviet rocket
"""
    shown = shown_texts(notes)
    assert any(p.startswith("In which year was the Indo-Nepal Treaty") for p in shown)
    assert not any(p.startswith("In which year was Aryabhata") for p in shown)


def test_a_clause_with_a_pronoun_is_never_a_term() -> None:
    """``Block it anywhere → sand piles up on the updrift side`` asked "___ – sand piles up
    …" keyed "Block it anywhere" (holdout 263, bad): a key with a pronoun is a clause."""
    notes = "# Rivers\n\n- **Oxbow lakes** form where a meander is cut off\n"
    clause = _cloze("{{Cut it off}} – an oxbow lake forms on the floodplain")
    assert _judged(unfixed_blank, notes, clause)
    term = _cloze("{{Oxbow lake}} – a cut-off meander on the floodplain")
    assert _judged(unfixed_blank, notes, term) is None


def test_what_came_next_is_no_fact_to_associate() -> None:
    """ "Which mission of 1946 is associated with next round?" of ``1946 – Cabinet Mission →
    next round`` (holdout 262, bad)."""
    notes = """# Partition

## Timeline
- 1945 – **Simla Conference** → next round of talks
- 1946 – **Cabinet Mission** → further talks
"""
    assert not any("associated with" in p for p in shown_texts(notes))


def test_the_writer_s_exam_hook_is_no_fact() -> None:
    """ "Colachel is the exam hook, but the real story is ___" (holdout 261, bad): the
    writer's view of the subject, asked as if a fact."""
    notes = """# Marathas

## Why it matters
Panipat is the exam hook, but the real story is **fiscal collapse** of the Peshwa state after 1761.
"""
    assert not any("real story" in p for p in shown_texts(notes))


def test_an_arrow_to_a_quoted_title_is_an_epithet() -> None:
    """``**Raja Ram Mohan Roy** → "father of Indian Renaissance"`` (holdout 106) and
    ``**Marthanda Varma** (…) → "Maker of Modern Travancore"`` (holdout 261) asked nothing:
    the arrow to a title reads "is known as", as ``=`` does; an arrow to another quote may
    be what one said."""
    notes = """# Reformers

## Bengal
- **Ishwar Chandra Vidyasagar** → "father of Bengali prose"
- **Keshab Chandra Sen** → "an Indian Christian" (as critics put it)
"""
    asked = short_questions(notes)
    father = asked['Who is known as the "father of Bengali prose"?']
    assert father.answer == "Ishwar Chandra Vidyasagar"
    assert not any("Indian Christian" in p for p in asked)


def test_a_table_s_dated_rows_ask_when_when_they_ask_nothing_else() -> None:
    """``| Treaty | Date | Parties | Key terms |`` (holdout 263) asked neither treaty of
    1846: the terms are too long for a row question, yet the dates are the exam's facts. A
    code takes its header's noun; a committee's year may be its report's and is not asked."""
    notes = """# Anglo-Maratha wars

## Treaties
| Treaty | Date | Parties | Key terms |
|---|---|---|---|
| **Treaty of Salbai** | 17 May 1782 | EIC & Mahadji Scindia for the Peshwa | status quo; Salsette kept by the British, Raghunath Rao pensioned off |
| **Treaty of Bassein** | 31 Dec 1802 | EIC & Baji Rao II | subsidiary alliance accepted; British troops at Poona, Surat ceded |

## Schemes and committees
| Name | Year | What it did |
|---|---|---|
| PM-KUSUM | 2019 | solar pumps for farmers; feeder solarisation; barren land plants |
| Kelkar Committee | 2002 | direct and indirect tax reform: GST first mooted, ITR e-filing |
"""
    shown = shown_texts(notes)
    assert "On what date was the Treaty of Salbai signed?" in shown
    assert "On what date was the Treaty of Bassein signed?" in shown
    assert "In which year was the PM-KUSUM scheme launched?" not in shown  # header "Name"
    assert not any("Kelkar Committee appointed" in p for p in shown)


def test_a_timeline_of_years_before_1500_asks_when() -> None:
    """``1336 – city founded by Harihara & Bukka`` and ``1565 – Battle of Talikota`` (holdout
    266, whose key facts they were): a dated line's year may be medieval (130 such lines
    over the holdouts asked nothing). The note's own city, called only "city", is not asked
    of; a founder who does the deed takes no article, and an aside after a comma is left out."""
    notes = """# Bahmani kingdom

## Timeline
- 1347 – Hasan Gangu founds Bahmani kingdom, capital Gulbarga
- 1425 – capital shifted to Bidar by Ahmad Shah I
- 1481 – Mahmud Gawan executed on a forged letter
- 1350 – city founded as capital by Hasan Gangu
"""
    shown = shown_texts(notes)
    assert "In which year did Hasan Gangu found Bahmani kingdom?" in shown
    assert "In which year was Mahmud Gawan executed on a forged letter?" in shown or any(
        p.startswith("In which year was Mahmud Gawan executed") for p in shown
    )
    assert not any(p.startswith("In which year was the city") for p in shown)


def test_a_chronology_never_orders_a_deed_with_no_doer_or_a_pronoun() -> None:
    """ "4. takes Lahore from Khusrau Malik" (holdout 248) and "1. GoI Act strengthens it"
    (holdout 161): whose deed, and strengthens what, the lines before say."""
    notes = """# Ghurids

## Timeline
- 1175 – Ghori takes Multan from the Ismailis
- 1186 – takes Lahore from Khusrau Malik
- 1191 – First Battle of Tarain lost to Prithviraj
- 1192 – Second Battle of Tarain won by Ghori
- 1194 – Battle of Chandawar: Jaichand defeated
- 1206 – Aibak crowned at Lahore (Slave dynasty begins)
"""
    orders = [p for p in shown_texts(notes) if "chronological order" in p]
    assert orders
    assert not any("takes Lahore" in p for p in orders)


def test_a_record_s_claim_before_an_arrow_asks_its_holder() -> None:
    """``First Indian GI → **Darjeeling Tea** (2004–05)`` (holdout 264's key fact; the note
    gave no question at all): the arrow after a bare claim says "is"; "Indian" there is
    India's record, but an "Indian Governor" is an office of its own."""
    notes = """# Institutions

## Reserves
- First Indian tiger reserve → **Jim Corbett** (1973), Uttarakhand

## RBI – history
- 1st Indian Governor = **C.D. Deshmukh**
"""
    asked = short_questions(notes)
    assert asked["Which was India's first tiger reserve?"].answer == "Jim Corbett"
    assert asked["Who was the first Indian Governor of RBI?"].answer == "C.D. Deshmukh"


def test_a_deed_under_its_doer_is_put_in_a_sentence() -> None:
    """``- **Sikandar Lodi**`` over ``- founded **Agra** (1504)`` asked nothing: the cloze
    carried the parent as a label. The parent, a name, is the deed's subject; a thing done
    to, the writer's one-word label, a name said of it or one item of a list is not."""
    assert doer_sentence(_cloze("Sikandar Lodi: founded {{Agra}} (1504); wrote verses")) == (
        _cloze("Sikandar Lodi founded {{Agra}} (1504).")
    )
    assert doer_sentence(_cloze("Firuz Shah: took {{Goa}}, but lost to Deva Raya")) == _cloze(
        "Firuz Shah took {{Goa}}."
    )  # "…, but defeated by …": another note (changed-53)
    for text in (
        "Ramsar Convention: signed 2 Feb {{1971}} at Ramsar",
        "Religion: funded repair of the {{Sringeri}} math",
        "Brahmaputra River: called {{Jamuna}} in Bangladesh",
        "Alauddin Khalji: built {{Alai Darwaza}}, Siri fort",
        "SAGAR Vision: widened to MAHASAGAR in {{2025}}",
    ):
        assert doer_sentence(_cloze(text)) is None, text


def _cloze(text: str) -> Cloze:
    return Cloze(id="t", topic="History", text=text)


def test_a_spelling_of_the_answer_in_the_question_gives_it_away() -> None:
    """ "Which site is known for Gautami Balashri's Nasik inscription?" keyed Nashik
    (holdout 265, bad): the other spelling of the answer is printed."""
    notes = "# Caves\n\n- **Nashik** – Satavahana caves (Pandavleni)\n"
    prompt = "Which site is known for Gautami Balashri's Nasik inscription?"
    asked = Short(id="t", topic="Caves", prompt=prompt, answer="Nashik")
    assert _judged(cued_beside_the_blank, notes, asked, "Nashik")
    other = dataclasses.replace(asked, prompt="Which site has the Pandavleni caves?")
    assert _judged(cued_beside_the_blank, notes, other, "Nashik") is None


def test_a_trick_question_label_is_never_the_blank() -> None:
    """ "___: Sanchi is not linked to any event of Buddha's life" keyed "Trick Q" (holdout
    264, bad)."""
    assert is_label("Trick Q")
    assert is_label("Trap")


def test_a_named_event_before_a_colon_is_asked_when() -> None:
    """``**1565 – Battle of Talikota** (Rakshasa–Tangadi): Rama Raya defeated …`` (holdout
    266's key fact): what the colon says is a fact of its own; the event ends before it."""
    notes = """# Marathas

## Timeline
- **1761 – Third Battle of Panipat** (Jan): Marathas defeated by Ahmad Shah Abdali
- 1674 – Shivaji crowned at Raigad
"""
    assert "In which year did the Third Battle of Panipat take place?" in shown_texts(notes)


#: A check of the generator's gate: why a question fails, or ``None``.
Check = Callable[[Question, Draft, Unit | None, Context], str | None]


def _judged(check: Check, notes: str, question: Question, key: str = "") -> str | None:
    """What ``check`` says of ``question``, judged as a draft of ``notes`` (keyed ``key``)."""
    ctx, built = candidates(notes)
    draft = next(d for d, _, _ in built if not key or d.key_text == key)
    return check(question, draft, None, ctx)


def test_an_adjective_opening_a_sentence_is_no_name_for_its_pronoun() -> None:
    """ "Famous's talks were recorded …" of ``Famous (legendary) remark to …. His talks
    were recorded …`` (holdout 267, bad)."""
    before = 'Famous (legendary) remark to the Sultan: "Delhi is still far".'
    assert lead_name(before) == ""
    assert resolve_pronoun("His talks were recorded by Amir Hasan Sijzi.", before) is None


def test_what_one_did_not_do_is_never_the_blank() -> None:
    """ "___ did not loot Kanchi." (holdout 267, bad): many did not; nor is what he did not
    loot a fact with one answer."""
    notes = "# Chalukyas\n\n- **Pulakeshin II** defeated Harsha on the Narmada\n"
    for text in (
        "{{Vikramaditya II}} did not loot Kanchi.",
        "Vikramaditya II did not loot {{Kanchi}}.",
    ):
        assert _judged(unfixed_blank, notes, _cloze(text))
    assert _judged(unfixed_blank, notes, _cloze("{{Vikramaditya II}} took Kanchi.")) is None


def test_a_feature_cell_that_opens_on_a_preposition_is_no_feature() -> None:
    """ "Which monument is known for for Adinath (1st Tirthankara)?" (holdout 268, bad): the
    cell says what it was dedicated to, not what it is known for."""
    notes = """# Forts

## Chittorgarh
| Monument | Built by | Feature |
|---|---|---|
| Vijay Stambha | Rana Kumbha | **victory tower** over Mahmud Khilji |
| Kirti Stambha | a Jain merchant | for **Adinath** (1st Tirthankara) |
| Padmini's palace | Rawal Ratan Singh | **lotus pool** pavilion |
"""
    assert not any("known for for" in p for p in shown_texts(notes))


def test_a_comparison_s_built_by_row_asks_who_built_each_thing() -> None:
    """``| Built by | **Bhima I**, Chaulukya (**Solanki**) dynasty | **Narasimhadeva I**, …
    |`` under Modhera and Konark (holdout 269's key facts) asked nothing."""
    notes = """# Cave temples

## Three cave temples compared
| Feature | Elephanta | Kailasa | Ajanta |
|---|---|---|---|
| Built by | **Kalachuris** (disputed), 6th c. | **Krishna I**, Rashtrakuta | **Harishena**'s ministers, Vakataka |
| Faith | Shaiva | Shaiva | Buddhist |
"""
    asked = short_questions(notes)
    assert asked["Who built Kailasa?"].answer == "Krishna I"
