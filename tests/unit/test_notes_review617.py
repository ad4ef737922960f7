"""Bad kinds of the forty-eighth session's blind rounds (holdouts 617–624), each mended and
tested on notes of another subject."""

from __future__ import annotations

import pytest

from quizbot.bank.model import Cloze, Short
from quizbot.grading import grade
from quizbot.notes.clauses import clause_of_blank
from quizbot.notes.labels import is_label
from quizbot.notes.name_pairs import other_names_index
from quizbot.notes.other_names import with_other_names
from quizbot.notes.spelled_keys import spelled_by_the_text
from tests.unit.notes_support import by_key, the_question, verdicts

#: A note on a body whose official language is Russian (holdout 623's shape, on the SCO).
_CSTO = (
    "# Collective Security Treaty Organisation (CSTO)\n"
    "\n"
    "## Basics\n"
    "- Permanent intergovernmental **Eurasian** org → political, military & security "
    "cooperation\n"
    "- Treaty signed **15 May 1992**, Tashkent (Uzbekistan)\n"
    "- Predecessor: **CIS Collective Security Treaty** (1992) → Russia, Armenia, "
    "Kazakhstan, Kyrgyzstan, Tajikistan\n"
    "- **CSTO Charter** signed (2002) at **Chisinau**, in force (2003)\n"
    "- Official language: **Russian**\n"
    '- Not a trade bloc (≠ EAEU); aims "collective defence"\n'
)

#: Notes, and what a question must not show: each was asked before its mend (tested in
#: test_notes_reviews.py).
NOT_ASKED = [
    # "Who founded the Arya Samaj?" took "Tankara, Kathiawar, Gujarat" (holdout 620, bad)
    pytest.param(
        "# The Ramakrishna Mission\n"
        "\n"
        "## Basics\n"
        "- Founder → **Swami Vivekananda** (b. 1863, Calcutta, Bengal)\n"
        "- Born **Narendranath Datta**\n"
        "- Founded → 1897, Belur\n",
        "Calcutta",
        id="bracket_names_where_a_person_was_born_is_no_other_name",
    ),
    # "In which year was the Tipu Sultan refused?" (holdout 618, bad)
    pytest.param(
        "# The Doctrine of Lapse\n"
        "\n"
        "## Timeline\n"
        "- 1848 – **Satara** annexed, first state taken under the doctrine\n"
        "- 1853 – **Nana Sahib** refused → his pension stopped, joined the revolt of 1857\n"
        "- 1856 – Awadh annexed on grounds of misrule\n",
        "Nana Sahib refused",
        id="when_question_a_name_that_refused_did_it_no_one_refused_it",
    ),
    # "___ presided its 1939 (Ludhiana) session." (holdout 621, bad): its = the AISPC
    pytest.param(
        "# Peasant movements\n"
        "\n"
        "## Organisations\n"
        "- ~70% of people depended on farming\n"
        "- Peasant unions → **All India Kisan Sabha** (AIKS, 1936); Sahajanand Saraswati "
        "chaired its first session\n",
        "chaired its first session",
        id="pronoun_across_the_cut_its_of_the_clause_before_is_never_shown",
    ),
    # "What is the Conference of the Parties serving as the Meeting of the Parties to the
    # Kyoto Protocol called?" = CMP (holdout 617, bad): its words spell the answer
    pytest.param(
        "# Paris Agreement\n"
        "\n"
        "## Glossary\n"
        "- NDC: nationally determined contribution, a country's own target\n"
        "- CMA: Conference of the Parties serving as the Meeting of the Parties to the Paris "
        "Agreement\n"
        "- GST: global stocktake, every five years\n",
        "= CMA",
        id="spelled_by_the_text_an_acronym_whose_letters_open_its_glossed_words_in_order",
    ),
    # "India hosted the virtual in ___." (holdout 623, bad)
    pytest.param(
        "# IBSA Dialogue Forum\n"
        "\n"
        "## Prelims pointers\n"
        "- IBSA has no permanent secretariat\n"
        "- India hosted summits: New Delhi (2008), Goa (2015), virtual (2021)\n"
        "- IBSA Fund run by UNDP\n",
        "hosted the virtual",
        id="bracket_years_what_follows_a_colon_is_no_object_of_the_verb",
    ),
    # "{{India chaired councils}}: Delhi (2020), …" (found beside holdout 623): a deed, no term
    pytest.param(
        "# The SCO\n"
        "\n"
        "## Prelims pointers\n"
        "- SCO has two permanent bodies: Secretariat (Beijing) and RATS (Tashkent)\n"
        "- India chaired councils: Delhi (2020), Goa (2023), virtual (2023)\n"
        "- Official languages: Russian and Chinese\n",
        "{{India chaired councils}}",
        id="clause_head_a_name_and_its_past_deed_is_no_term",
    ),
    # "Which term is this: impact on satellites, power grids, GPS, comms?" = Space weather
    # (holdout 622, bad): what it acts on is no meaning of it
    pytest.param(
        "# The ionosphere\n"
        "\n"
        "## Why it matters\n"
        "- Layer of charged particles, ~60–1,000 km up\n"
        "- **Geomagnetic storm** → impact on power grids, pipelines, HF radio, GPS\n"
        "- Reflects HF radio waves → long-distance radio\n",
        "Geomagnetic storm",
        id="term_effect_what_a_term_acts_on_is_no_meaning_of_it",
    ),
    # "Which term is described as “political, economic & security cooperation”?" =
    # Permanent intergovernmental Eurasian org (holdout 623, bad): the SCO, described
    pytest.param(
        _CSTO,
        "Permanent intergovernmental",
        id="plain_label_the_notes_subject_described_is_no_term",
    ),
    # "Which leader is this: arrested with brother (1921)?" = Shaukat Ali, Mohammad Ali an
    # option (holdout 620, bad): the brother did it too
    pytest.param(
        "# Revolutionary nationalism (1905–1918)\n"
        "\n"
        "## Basics\n"
        "- Impatience with moderate methods after the Partition of Bengal (1905)\n"
        "- Secret societies: **Anushilan Samiti**, **Jugantar**, **Abhinav Bharat**\n"
        "\n"
        "## Leaders\n"
        "| Leader | Role | Paper / note |\n"
        "|---|---|---|\n"
        "| **Vinayak Savarkar** (Veer) | Savarkar brothers; founded Abhinav Bharat (1904) | "
        "*The Indian War of Independence* (1909) |\n"
        "| **Ganesh Savarkar** | Savarkar brothers; Abhinav Bharat organiser | transported "
        "w/ brother (1909) |\n"
        "| **Khudiram Bose** | Jugantar youth, Muzaffarpur bomb | hanged at 18 (1908) |\n"
        "| Madan Lal Dhingra | India House, London | shot Curzon Wyllie (1909) |\n",
        "with brother",
        id="table_identify_a_kin_left_unnamed_is_no_clue",
    ),
    # "___ – UNESCO World Heritage Site (1986)" = Hampi (holdout 619, bad): many sites are
    pytest.param(
        "# Chola Empire (c. 850–1279)\n"
        "\n"
        "## Basics\n"
        "- Founded (c. 850) by **Vijayalaya** → took Thanjavur from the Muttaraiyars\n"
        '- Capital: Thanjavur ("city of tanjan") on the S bank of the **Kaveri** → temple at '
        "**Brihadisvara** (Tamil Nadu)\n"
        "- Brihadisvara = UNESCO World Heritage Site (1987)\n"
        "- Main rival: **Western Chalukyas** (and later the Pandyas) → fight over **Vengi**\n",
        "}} – UNESCO World Heritage Site",
        id="not_a_term_a_status_many_places_hold_is_no_meaning",
    ),
    # "Burning of {{Manusmriti|lawbook}} …" (found beside holdout 620): an English gloss of a
    # name is no answer for it
    pytest.param(
        "# Mahad Satyagraha (1927)\n"
        "\n"
        "## Basics\n"
        "- Led by **B.R. Ambedkar**, at Mahad (Kolaba dist.), Maharashtra\n"
        "- Right of Dalits to draw water from the **Chavdar Tank**\n"
        "\n"
        "## Features\n"
        "- Open to all castes; no priests, no idols\n"
        "- Burning of **Manusmriti** (lawbook) of caste order, compared w/ burning of the "
        "Bastille in France\n",
        "|lawbook",
        id="other_names_an_english_gloss_of_a_name_is_no_other_name",
    ),
    # "What is a unit of land measure called?" = Veli (holdout 628, bad): kuli and ma are too
    pytest.param(
        "# Mughal revenue\n"
        "\n"
        "## Glossary\n"
        "- Bigha: a unit of land measure\n"
        "- Jama: assessed revenue of a territory\n"
        "- Dam: copper coin, 40 to a rupee\n"
        "- Zabt: system of measuring land and fixing cash rates per crop\n",
        "unit of land measure",
        id="not_a_term_a_unit_of_a_measure_is_no_one_meaning",
    ),
    # "On 22 Jan 1944, the Resolution was adopted." (holdout 625, bad): which resolution?
    pytest.param(
        "# The Lahore Session (1929)\n"
        "\n"
        "## Timeline\n"
        "- 31 Dec 1929 – Purna Swaraj Resolution passed at Lahore (Nehru president)\n"
        "- 26 Jan 1930 – Declaration read out across India\n"
        "- 12 Mar 1930 – Dandi March begins\n",
        "the Declaration",
        id="pointing_subject_the_resolution_or_declaration_alone_names_none",
    ),
    # "The Vienna Convention works on common but differentiated lines: … money from the ___"
    # (holdout 626, bad): "It" was the Montreal Protocol, named second
    pytest.param(
        "# Kyoto Protocol (1997)\n"
        "\n"
        "## Basics\n"
        "- Adopted **11 Dec 1997** at Kyoto; in force **16 Feb 2005**\n"
        "- Binding targets only for **Annex I** parties\n"
        "\n"
        "The UNFCCC was only a framework with no binding cuts; the Kyoto Protocol put in the "
        "actual emission targets for rich countries. It works on common but differentiated "
        "lines: developing countries get no targets and money from the **Adaptation Fund**. "
        "Its weakness → the US never ratified.\n",
        "The UNFCCC works on",
        id="resolve_pronoun_it_after_two_subjects_is_either",
    ),
    # "Where is the secretariat of Institutions?" = General (holdout 638, bad)
    pytest.param(
        "# Association of Southeast Asian Nations (ASEAN)\n"
        "\n"
        "## Basics\n"
        "- Founded **8 Aug 1967**, Bangkok Declaration\n"
        "- Members: 10 (Timor-Leste admitted in principle)\n"
        "- Institutions: ASEAN Summit (heads of govt), Coordinating Council, Secretariat "
        "General\n"
        "- India → Look East (1991) → Act East (2014)\n",
        "= General",
        id="seats_a_secretariat_general_is_an_office_not_a_place",
    ),
    # "What is a light grey to ash grey called?" = Colour (holdout 639, bad)
    pytest.param(
        "# Soil Types of India\n"
        "\n"
        "## Laterite\n"
        "- Formed under high temp. & heavy rain → **leaching** of silica\n"
        "- **Upland laterite**: hard, on hilltops, poor in humus\n"
        "- **Lowland laterite**: deeper, moister, better for crops\n"
        "- Colour: brick red to rusty brown; texture coarse and porous\n",
        "= Colour",
        id="not_a_term_an_attribute_label_is_no_term",
    ),
    # "What is a government borrowing raises interest rates called?" (holdout 628, bad)
    pytest.param(
        "# Monetary policy basics\n"
        "\n"
        "## Glossary\n"
        "- Repo rate: rate at which RBI lends short-term money to banks\n"
        "- Liquidity trap: people hoard cash expecting lower prices → monetary policy has "
        "little effect\n"
        "- Reverse repo: rate at which RBI borrows from banks\n",
        "What is a people hoard",
        id="first_meaning_a_cause_and_what_it_does_is_no_meaning_to_cut",
    ),
    # "In June 1761, ___ dies were shattered by news." (holdout 629, bad)
    pytest.param(
        "# Fourth Anglo-Mysore War (1799)\n"
        "\n"
        "## Timeline\n"
        "- (Feb 1799) – British & Nizam armies march on Mysore\n"
        "- (May 1799) – Tipu Sultan dies, betrayed by Mir Sadiq\n"
        "- (June 1799) – Wodeyars restored under Subsidiary Alliance\n",
        "dies were",
        id="with_its_verb_a_name_that_dies_has_its_verb",
    ),
    # "… the ___ turns the resulting flow to blow west." (holdout 629, bad): "west → east"
    pytest.param(
        "# Trade Winds\n"
        "\n"
        "## Basics\n"
        "- **Trade winds** → steady surface winds from the subtropical highs towards the "
        "equator (approx. 0–30° lat.)\n"
        "- Meet at the **ITCZ** → rising air, heavy rain\n"
        "- Weaker in **summer** → smaller pressure gradient\n"
        "\n"
        'Trade winds are basically a "return flow": the equator-to-subtropics pressure contrast '
        "drives surface air back towards the equator, and the **Coriolis force** turns the "
        "resulting flow to blow east → west. Where the two systems meet (at the ITCZ) the air "
        "rises into towering clouds.\n",
        "to blow east.",
        id="clause_of_blank_an_arrow_between_two_directions_is_no_cut",
    ),
    # "In which year was the Group of Monuments at Mahabalipuram formed?" (holdout 632, bad)
    pytest.param(
        "# Chola Architecture\n"
        "\n"
        "## Timeline\n"
        "- c. 1010 – Rajaraja I → Brihadisvara temple, Thanjavur\n"
        "- c. 1035 – Rajendra I → Gangaikonda Cholapuram\n"
        "- 1987 – **Group of Great Living Chola Temples** → UNESCO World Heritage Site\n",
        "formed?",
        id="rule_timeline_a_year_of_inscription_is_no_year_of_forming",
    ),
]


#: Notes, and what a question must show: each was asked wrongly or not at all before (tested
#: in test_notes_reviews.py).
ASKED = [
    # "In which year did the Moplah (Mappila) take place?" (holdout 620, bad)
    pytest.param(
        "# Tribal uprisings\n"
        "\n"
        "## Timeline\n"
        "- 1831 – Kol uprising, Chota Nagpur\n"
        "- 1855 – **Santhal (Hul) rebellion**, Rajmahal hills (June) → crushed 1856\n"
        "- 1899 – Ulgulan led by Birsa Munda\n",
        "did the Santhal (Hul) rebellion take place?",
        id="event_name_a_bracket_inside_the_name_keeps_the_noun_after_it",
    ),
    # "What is the First Lord of the Admiralty?" = A.V. Alexander (holdout 621, bad)
    pytest.param(
        "# The Montagu Declaration (1917)\n"
        "\n"
        "## Who was who\n"
        "- **Edwin Montagu** – Secretary of State for India\n"
        "- **Lord Chelmsford** – Viceroy of India\n"
        "- **Eric Geddes** – First Lord of the Admiralty\n",
        "Who was the First Lord of the Admiralty?",
        id="definition_question_a_lord_or_secretary_is_a_who",
    ),
    # "What is the court language of the Collective Security Treaty Organisation?" (found
    # beside holdout 623, bad): a body's language is its official one
    pytest.param(
        _CSTO,
        "What is the official language of the Collective Security Treaty Organisation?",
        id="relation_label_an_official_language_is_no_court_language",
    ),
    # "Where is the secretariat of the Montreal Protocol?" = UNEP, Nairobi rejected (holdout
    # 626, bad): the body, its host and its city
    pytest.param(
        "# Ramsar Convention (1971)\n"
        "\n"
        "## Basics\n"
        "- Full name → **Convention on Wetlands of International Importance**\n"
        "- Signed **2 Feb 1971** at Ramsar (Iran); in force 1975\n"
        "- Secretariat → **Ramsar Secretariat**, IUCN, **Gland**\n"
        "- 2 Feb → **World Wetlands Day**\n",
        "Where is the secretariat of the Ramsar Convention?\n    = Gland",
        id="labelled_fact_a_seat_after_its_body_and_host_is_the_city",
    ),
]


def test_label_value_a_nickname_inside_a_name_keys_the_whole_name() -> None:
    # "Who founded the Satyashodhak Samaj?" = "Jyotirao" alone (holdout 620, bad)
    notes = (
        "# The Self-Respect Movement\n"
        "\n"
        "## Basics\n"
        "- Founder → **Erode Venkatappa (Periyar) Ramasamy**, Tamil Nadu\n"
        "- Founded → 1925\n"
    )
    question = the_question(notes, "Who founded")
    assert isinstance(question, Short)
    assert question.answer == "Erode Venkatappa Ramasamy"
    assert grade(question, "Periyar Ramasamy").correct
    assert not grade(question, "Erode").correct


def test_clause_of_blank_a_chains_first_link_is_not_cut_off_alone() -> None:
    # "… so a sea route ___." = Kandla|Mumbai, cut from "Kandla/Mumbai → Chabahar → road/rail
    # into Afghanistan … bypasses Pakistan" (holdout 623, bad): the verb is far down the chain
    chain = Cloze(
        id="t",
        topic="t",
        text="Gwadar is China's answer to Malacca: the US Navy watches the strait, so a land "
        "route {{Kashgar}} → Khunjerab → highway down to the Arabian Sea bypasses Malacca.",
    )
    assert clause_of_blank(chain) is None
    one_arrow = Cloze(id="t", topic="t", text="The {{Kandla}} port handles grain → to Kabul.")
    cut = clause_of_blank(one_arrow)
    assert cut is not None and cut.text == "The {{Kandla}} port handles grain."


def test_bold_after_of_the_writers_bold_is_the_key_not_the_lines_head() -> None:
    # "{{Critique of Gulamgiri}} of lower castes, …" (holdout 620, bad): the book is Gulamgiri
    notes = (
        "# Self-Respect Movement\n"
        "\n"
        "## Features\n"
        "- Open to all castes; membership not tied to birth → anti-hierarchy in principle\n"
        "- Critique of **Varnashrama** (caste order) of Hindu society, compared w/ apartheid\n"
    )
    assert not by_key(notes, "Critique of Varnashrama")
    assert [d.rule for d, _, _ in by_key(notes, "Varnashrama")] == ["bold"]


def test_spelled_by_the_text_a_longer_word_holding_the_answer_gives_it_away() -> None:
    # "Which term is described as “silver coin (karshapana) used for salaries”?" = Pana
    # (holdout 626, bad): the bracket's word holds the answer
    notes = (
        "# Gupta economy\n\n## Glossary\n"
        "- **Karsha**: copper coin (karshapana) used for wages\n"
        "- **Bhaga**: king's share of produce\n"
        "- **Vishti**: forced labour owed to the state\n"
    )
    karsha = verdicts(notes, "Karsha", spelled_by_the_text)
    assert karsha and all(karsha)
    bhaga = verdicts(notes, "Bhaga", spelled_by_the_text)
    assert bhaga and not any(bhaga)


def test_other_names_a_place_and_its_name_today_are_each_right() -> None:
    # "Guru Nanak was born 1469 at ___" = Talwandi rejected "Nankana Sahib", which the note
    # gives as its name today (holdout 631, bad)
    index = other_names_index(
        "- Born **1869** at Sudamapuri → now **Porbandar** (Gujarat)\n"
        "- Capital at Gulbarga (now Kalaburagi), later Bidar\n"
    )
    assert index["sudamapuri"] == "Porbandar"
    assert index["porbandar"] == "Sudamapuri"
    assert index["gulbarga"] == "Kalaburagi"
    asked = with_other_names(Cloze(id="t", topic="t", text="Born 1869 at {{Sudamapuri}}."), index)
    assert isinstance(asked, Cloze)
    assert grade(asked, "Porbandar").correct


def test_other_names_a_bold_name_equal_to_another_takes_it() -> None:
    # "built … by ___" = Vichitrachitta rejected "Mahendravarman I", which the note gives as
    # "(= Mahendravarman I)" (holdout 632, bad)
    index = other_names_index("- Built by **Lalitankura** (= Mahendravarman I), a title\n")
    asked = with_other_names(Cloze(id="t", topic="t", text="Built by {{Lalitankura}}."), index)
    assert isinstance(asked, Cloze)
    assert grade(asked, "Mahendravarman I").correct


def test_is_label_a_writers_note_is_a_label() -> None:
    # "{{Prose note}}: the debate over where the first Buddha image was made …" (holdout 638,
    # bad): the writer's label over a paragraph, asked as its term
    assert is_label("Prose note")
    assert is_label("Revision notes")
    assert not is_label("Promissory note")
