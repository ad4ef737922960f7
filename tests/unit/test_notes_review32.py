"""Classes of blind review 32 (Buddhism and Jainism, poverty and unemployment, the Delhi
Sultanate and the Mughals), each test naming the rule that now holds."""

from __future__ import annotations

from quizbot.bank.model import Cloze, Match, Short
from quizbot.notes import generate_questions
from quizbot.notes.outline import parse_outline
from quizbot.notes.sentences import split_sentences
from tests.unit.notes_support import short_questions, shown_texts


def test_table_attributes_a_president_column_of_councils_is_who_presided() -> None:
    asked = short_questions(
        "# Buddhism\n\n## Buddhist councils\n\n"
        "| Council | Year | Place | King | President |\n|---|---|---|---|---|\n"
        "| 1st | c. 483 BC | Rajagriha | Ajatashatru | **Mahakassapa** |\n"
        "| 2nd | c. 383 BC | Vaishali | Kalashoka | Sabakami |\n"
        "| 3rd | c. 250 BC | Pataliputra | Ashoka | **Moggaliputta Tissa** |\n"
    )
    third = asked["Who presided over the 3rd Buddhist Council at Pataliputra?"]
    assert third.answer == "Moggaliputta Tissa"


def test_table_attributes_a_president_column_of_a_country_is_no_meeting() -> None:
    asked = short_questions(
        "# World\n\n## Leaders\n\n| Country | Capital | President |\n|---|---|---|\n"
        "| Ghana | Accra | Kwame Nkrumah |\n| Kenya | Nairobi | Jomo Kenyatta |\n"
        "| Tanzania | Dodoma | Julius Nyerere |\n"
    )
    assert not [p for p in asked if p.startswith("Who presided")]


def test_table_clues_a_scheme_for_its_beneficiaries_and_a_day_launched_on() -> None:
    prompts = shown_texts(
        "# Economy\n\n## Schemes\n\n| Scheme | Launched | Ministry | Key feature |\n"
        "|---|---|---|---|\n"
        "| DAY-NULM | 2013 | Housing & Urban Affairs | urban poor |\n"
        "| PMJDY | 28 Aug 2014 | Finance | basic account, RuPay card |\n"
        "| PM-KISAN | Feb 2019 | Agriculture | income support via DBT |\n"
    )
    assert not [p for p in prompts if "provides urban poor" in p or "in 28 Aug" in p]
    assert any("is for the urban poor" in p or "launched on 28 Aug 2014" in p for p in prompts)


def test_outline_an_ordinal_label_line_is_a_note_of_its_own_and_pres_ends_no_sentence() -> None:
    outline = parse_outline(
        "# Jainism\n\nCouncils –\n"
        "1st: Pataliputra, c. 300 BC, pres. Sthulabhadra → 12 Angas compiled\n"
        "2nd: Vallabhi (Gujarat), 512 AD, pres. Devardhi Kshamashramana\n"
    )
    assert [i.raw for i in outline.items][-2:] == [
        "1st: Pataliputra, c. 300 BC, pres. Sthulabhadra → 12 Angas compiled",
        "2nd: Vallabhi (Gujarat), 512 AD, pres. Devardhi Kshamashramana",
    ]
    assert len(split_sentences("Held at Vallabhi, pres. Devardhi. Then more.")) == 2


def test_term_questions_a_line_of_named_places_asks_no_called_question() -> None:
    asked = short_questions(
        "# Art\n\n## Glossary\n\n"
        "- Karle – big rock-cut chaitya; Ajanta – later caves under Harishena; Ellora – mixed\n"
        "- Chaitya – prayer hall with a stupa at the far end\n"
        "- Vihara – residence of monks\n"
    )
    assert not [q for q in asked.values() if q.answer == "Karle"]


def test_bullet_match_an_activity_heading_names_no_set() -> None:
    found = generate_questions(
        "# Economy\n\n## Measuring poverty\n\nCommittees – timeline:\n"
        "- (1971) Dandekar & Rath – 2,250 calories per person per day, rural and urban alike\n"
        "- (1979) **Y.K. Alagh** Task Force – calorie norm of 2,400 (rural) and 2,100 (urban)\n"
        "- (1993) **Lakdawala** Expert Group – state-specific poverty lines; updated by CPI-AL\n"
        "- (2014) **C. Rangarajan** Expert Group – separate rural and urban baskets again\n",
        "n/notes.md",
    )
    assert not [q for q in found if isinstance(q, Match) and "measuring" in q.prompt]


def test_term_questions_an_abbreviation_carries_no_lead_in() -> None:
    found = generate_questions(
        "# Economy\n\n## Unemployment\n\nThree measures used in labour surveys:\n"
        "- Current Weekly Status (CWS) – reference week; unemployed if no work on any day\n"
        "- Current Daily Status (CDS) – each half-day of the week counted in person-days\n",
        "n/notes.md",
    )
    assert not [q for q in found if isinstance(q, Short) and "labour surveys:" in q.prompt]


def test_fragments_a_sentence_that_builds_on_this_points_back() -> None:
    texts = shown_texts(
        "# Mughals\n\n## Revenue\n\n"
        "Sher Shah Suri fixed land revenue at one-third of the produce. Akbar built on this: "
        "under the **zabt** system of Raja Todar Mal, land was measured and revenue fixed in "
        "cash.\n"
    )
    assert not [t for t in texts if "built on this" in t]


def test_blind_review_33_a_closing_glossary_is_the_notes_and_the_ne_is_the_northeast() -> None:
    """A ``Glossary`` line after the last heading starts the note's glossary: its terms show
    the note's topic, not the last section's ("Exercises (who w/ whom)"); ``the NE`` is the
    Northeast; a fall is asked its river (a river has several falls); "the first Indian to qualify" is a person (blind review
    33)."""
    found = generate_questions(
        "# Defence and geography\n\n## Lakes\n\n"
        "- **Loktak** (Manipur) – largest freshwater lake of the NE\n"
        "\n"
        "## Exercises\n\n| Exercise | Partner | Service |\n|---|---|---|\n"
        "| Yudh Abhyas | USA | Army |\n| INDRA | Russia | Army |\n| Surya Kiran | Nepal | Army |\n\n"
        "Glossary –\nMIRV: one missile carrying several warheads, each aimed at its own target\n",
        "n/notes.md",
    )
    mirv = next(q for q in found if isinstance(q, Cloze) and "MIRV" in q.text)
    assert mirv.topic == "Defence and geography › Glossary"
    assert any(
        isinstance(q, Short)
        and q.prompt == "Which is the largest freshwater lake of the Northeast?"
        for q in found
    )
    people = short_questions(
        "# Modern India\n\n## Civil services\n\n"
        "- **Satyendranath Tagore** (1863) – first Indian to qualify for the ICS\n"
    )
    assert "Who was the first Indian to qualify for the ICS?" in people
    falls = short_questions(
        "# Geography of India\n\n## Waterfalls\n\n| Falls | River | State |\n|---|---|---|\n"
        "| Jog (Gersoppa) | Sharavati | Karnataka |\n| Hundru | Subarnarekha | Jharkhand |\n"
        "| Dudhsagar | Mandovi | Goa |\n"
    )
    assert not [p for p in falls if p.startswith(("Which falls", "Which waterfall"))]
