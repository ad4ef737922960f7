"""Bad kinds of the forty-seventh session's blind rounds (holdouts 578–585), each mended and
tested on notes of another subject."""

from __future__ import annotations

import pytest

from quizbot.bank.model import Cloze
from quizbot.grading import grade
from tests.unit.notes_support import the_question

#: Notes, and what a question must not show: each was asked before its mend (tested in
#: test_notes_reviews.py).
NOT_ASKED = [
    # "In which year were the The Ahom Moidams …?" (holdout 579, weak)
    pytest.param(
        "# The Churches and Convents of Goa\n"
        "\n"
        "## Basics\n"
        "- Built by Portuguese missionaries (16th–18th c.)\n"
        "- Inscribed as **UNESCO World Heritage Site** (1986)\n",
        "the The",
        id="heritage_sites_a_title_opening_on_the_takes_no_second_the",
    ),
    # "Which country is this: push for SAARC trade?" = Region (holdout 581, bad)
    pytest.param(
        "# India's Neighbourhood First policy\n"
        "\n"
        "## Outcomes (2014–2019)\n"
        "\n"
        "| Country | Development | Year |\n"
        "|---|---|---|\n"
        "| Bhutan | Mangdechhu hydro project commissioned, power exported to India | 2019 |\n"
        "| Sri Lanka | Jaffna housing project, 50,000 homes handed over | 2018 |\n"
        "| Maldives | Water crisis relief under Operation Neer | 2014 |\n"
        "| Region | push for BBIN motor vehicles agreement & connectivity | 2015 |\n",
        "Region",
        id="table_identify_a_catch_all_row_is_no_answer_nor_option",
    ),
    # "In which year was the Industrial Policy Resolution passed?" beside IPR 1956 (holdout 578, bad)
    pytest.param(
        "# The Mahalanobis model\n"
        "\n"
        "## Timeline\n"
        "- 1951 – First Five Year Plan launched\n"
        "- 1954 – Avadi session of Congress → socialistic pattern of society\n"
        "- 1956 – Second Five Year Plan (Mahalanobis model)\n"
        "- 1985 – Long Term Fiscal Policy announced\n"
        "\n"
        "## Legacy\n"
        "- Heavy industry first → mirrored in **LTFP 1985** & **LTFP 1991** budgets\n",
        "Long Term Fiscal Policy",
        id="namesakes_a_year_of_a_name_the_notes_date_twice_is_not_asked",
    ),
    # "actor UK" (holdout 584, bad)
    pytest.param(
        "# The Falklands War (1982)\n"
        "\n"
        "## Who fought\n"
        "| Side | Leader (1982) | Stand |\n"
        "|---|---|---|\n"
        "| UK | Margaret Thatcher | Sent a naval task force |\n"
        "| Argentina | Leopoldo Galtieri | Occupied the islands |\n"
        "| US | Ronald Reagan | Backed Britain after mediation failed |\n",
        "side UK",
        id="table_columns_two_capitals_are_a_name_not_a_code",
    ),
    # "… Project was sc-linked review of …" (holdout 580, bad)
    pytest.param(
        "# The Polavaram Project\n"
        "\n"
        "## Timeline\n"
        "- 2005 – Work on the dam begins\n"
        "- 2014 – Declared a **national project** under the AP Reorganisation Act\n"
        "- 2022 – SC-monitored hearing of Odisha's submergence plea; expert panel under **C.R. Patil**\n",
        "monitored hearing",
        id="subject_lines_an_acronyms_adjective_is_no_verb",
    ),
    # "Which term is described as “up to about 2,000 km”?" (holdout 580, bad)
    pytest.param(
        "# Space debris and the Kessler syndrome\n"
        "\n"
        "## Basics\n"
        "- Debris: dead satellites, spent rocket stages, fragments\n"
        "- Target of most clean-up plans: debris in **LEO** at approx. 800 km altitude\n"
        "- Tracked by **NORAD** (US) and **ISRO's NETRA** project (2019)\n"
        "\n"
        "## Glossary\n"
        "- Kessler syndrome: chain reaction of collisions that makes an orbit unusable\n"
        "- Graveyard orbit: parking orbit for dead satellites above GEO\n"
        "- LEO: Low Earth Orbit, up to approx. 2,000 km\n",
        "2,000",
        id="descriptions_a_measure_alone_describes_nothing",
    ),
    # "Which term is described as “tropical dry deciduous, sal dominant”?" = Forests (holdout 581, bad)
    pytest.param(
        "# The Bastar plateau\n"
        "\n"
        "## Basics\n"
        "- Southern Chhattisgarh; drained by the **Indravati** (Godavari basin)\n"
        "- Home of the **Gond**, Muria and Maria tribes\n"
        "\n"
        "## Climate, soil, forests\n"
        "- Tropical wet & dry; most rain from SW monsoon\n"
        "- Soils: **red and yellow** soils, **laterite** on uplands\n"
        "- Forests: tropical moist deciduous, **sal** dominant\n"
        "- Protected areas: **Kanger Valley** NP; Indravati Tiger Reserve\n",
        "tropical moist deciduous",
        id="section_labels_a_label_its_heading_lists_is_no_term",
    ),
    # "___ – built with Soviet help" = Bokaro Steel (holdout 581, bad)
    pytest.param(
        "# The Damodar valley\n"
        "\n"
        "## Industry\n"
        "- **Durgapur** Steel → built w/ British help (1959)\n"
        "- Asansol → coal & railway town\n"
        "- **Chittaranjan** → locomotive works\n",
        "built with British help",
        id="descriptions_a_dash_tail_of_a_deed_done_says_no_kind",
    ),
    # "___ – Hundru falls near Ranchi" = Subarnarekha (holdout 581, bad)
    pytest.param(
        "# The Damodar valley\n"
        "\n"
        "## Rivers & falls\n"
        "- **Barakar** → Maithon dam on it\n"
        '- **Damodar** → "Sorrow of Bengal" (floods) before DVC\n'
        "- **Kanchi** → Dassam falls near Ranchi\n",
        "Dassam falls",
        id="descriptions_a_dash_tail_naming_another_thing_says_no_kind",
    ),
    # "What is an earliest known ancestor called?" (holdout 582, bad)
    pytest.param(
        "# The Pala dynasty\n"
        "\n"
        "## Rulers\n"
        "- **Gopala** → earliest known ruler\n"
        "- **Dharmapala** → founded Vikramashila\n",
        "earliest known ruler called",
        id="clause_shapes_a_ranked_noun_is_not_called",
    ),
    # "What is a big state gives unilaterally to build trust called?" (holdout 581, weak)
    pytest.param(
        "# The Neighbourhood First policy\n"
        "\n"
        "## Glossary\n"
        "- Connectivity: roads, rail and power links with neighbours\n"
        "- Generosity principle: big state gives unilaterally to build trust\n",
        "unilaterally to build trust called",
        id="clause_shapes_a_clause_with_an_adverb_is_not_called",
    ),
    # "{{US Operation Burnt Frost}} hit USA-193" (holdout 580, bad)
    pytest.param(
        "# NATO and the Kosovo war (1999)\n"
        "\n"
        "## Timeline\n"
        "- (1998) – Kosovo Liberation Army clashes w/ Serb forces\n"
        "- (1999) – NATO **Operation Allied Force** bombs Yugoslavia for 78 days\n"
        "- (1999) – UNSC Resolution 1244 → UN administration of Kosovo\n",
        "{{NATO Operation Allied Force}}",
        id="names_a_countrys_short_form_is_no_part_of_its_operation",
    ),
    # "Which resolution mixed economy in 1948?" (holdout 578, bad)
    pytest.param(
        "# The Second Five Year Plan (1956–61)\n"
        "\n"
        "## Timeline\n"
        "- 1951 – Industries (Development and Regulation) Act passed\n"
        "- 1956 – Industrial Policy Resolution → mixed economy\n"
        "- 1961 – Third Plan drafted\n"
        "\n"
        "## Legacy\n"
        "- Heavy industry first → reaffirmed in **IPR 1956** & **IPR 1991**\n",
        "mixed economy in 1956",
        id="timeline_heads_an_attributive_participle_is_no_deed",
    ),
    # "Sea forts (jaldurg) built/strengthened: ___, Suvarnadurg, Kolaba (Alibag), Padmadurg" (holdout 583, bad)
    pytest.param(
        "# The Cholas' navy\n"
        "\n"
        "## Rajendra I's expedition (1025)\n"
        "- Ports used:\n"
        "  - **Nagapattinam** (main port), Kaveripattinam, Mamallapuram\n"
        "- Targets of the raid: **Kadaram** (Kedah), Srivijaya, Tambralinga, Pannai\n"
        "- Result → Chola control of the Malacca trade for a time\n",
        "{{Nagapattinam",
        id="blanks_the_first_of_a_lead_ins_names_is_one_slot_of_a_list",
    ),
    # "___: 18% of general seats reserved" = Central legislature (holdout 584, bad)
    pytest.param(
        "# The Morley–Minto Reforms (1909)\n"
        "\n"
        "## Indian Councils Act (1909)\n"
        "Signed off by: **John Morley** (Secretary of State) & **Lord Minto** (Viceroy).\n"
        "Terms:\n"
        "- Separate electorates for Muslims **introduced** → communal representation\n"
        "- Elected seats in provincial councils: **27 → 60**\n"
        "- Central legislature: 27 elected members out of 60\n"
        "- Indian member in Viceroy's executive council: first time (S.P. Sinha)\n",
        "{{Central legislature}}",
        id="section_labels_a_label_over_a_figure_is_no_term",
    ),
    # "[The Panchsheel Agreement › Timeline] Nehru–Zhou joint statement reaffirms ___ principles." (holdout 581, bad)
    pytest.param(
        "# Panchsheel in India's foreign policy\n"
        "\n"
        "## Timeline\n"
        "- (1954, Apr 29) – India–China agreement on Tibet trade signed at Peking\n"
        "- (1955, Apr) – Nehru at Bandung; Nehru–Nasser joint statement commends five principles\n"
        "- (1959) – Tibetan revolt; Dalai Lama flees to India → ties sour\n",
        "commends {{five",
        id="giveaway_a_number_name_of_the_topic_says_the_count",
    ),
    # "Purvanchal is part of the ___ system (not peninsular)." (holdout 583, bad)
    pytest.param(
        "# The Satpura Range\n"
        "\n"
        "## Basics\n"
        "- Part of the **Peninsular** block (not Himalayan) → formed by faulting, a block mountain\n"
        "- Rocks: mostly **basalt** & sandstone\n"
        "- Highest peak: **Dhupgarh** (Pachmarhi)\n",
        "{{Peninsular}} block",
        id="giveaway_a_bracket_ruling_out_the_other_answer",
    ),
    # "citizen app to report NOT statutory violations" (holdout 586, bad: "MCC = NOT statutory" read as a legend)
    pytest.param(
        "# The National Green Tribunal (NGT)\n"
        "\n"
        "## Timeline\n"
        "- (2010) – NGT Act passed; NGT set up in Oct\n"
        "- (2012) – first zonal benches at Bhopal, Pune, Kolkata, Chennai\n"
        "\n"
        "## Glossary\n"
        "- Polluter pays: the one who pollutes bears the cost of cleaning up\n"
        "- PARIVESH: citizen portal to track NGT-linked green clearances w/ documents\n"
        "- Precautionary principle: act before harm is certain\n"
        "\n"
        "## Prelims pointers\n"
        "- NGT = NOT constitutional; source of power = Art. 21 & NGT Act\n",
        "NOT constitutional-linked",
        id="index_a_capital_word_of_emphasis_is_no_long_form",
    ),
    # "{{Kallumala|Kallumala Samaram}}: stone/bead necklace …" (holdout 593, bad: the agitation's name accepted for the necklace)
    pytest.param(
        "# Peasant movements of Bengal\n"
        "\n"
        "## Movements\n"
        "- **Nankar Andolan** (1937–50) → Sylhet tenants against forced labour\n"
        "- **Tebhaga Andolan** (1946–47) → sharecroppers demand two-thirds of the crop\n"
        "- Led by the Kisan Sabha; women's squads (Nari Bahini) active\n"
        "\n"
        "## Glossary\n"
        "- Tebhaga: two-thirds crop share, forced on jotedars as sharecroppers' due\n"
        "- Jotedar: rich landholder who let out land to sharecroppers\n"
        "- Bargadar: sharecropper\n",
        "{{Tebhaga|Tebhaga Andolan}}",
        id="other_names_a_glossary_term_is_no_familys_first_name",
    ),
    # "In which year was the Delhi Durbar held?" = 1911 (holdout 592, bad: the Durbars of 1877 and 1903 too)
    pytest.param(
        "# Lord Curzon (1899–1905)\n"
        "\n"
        "## Timeline\n"
        "- 1899 – Curzon becomes Viceroy\n"
        "- 1903 – Delhi Durbar held → Edward VII proclaimed Emperor of India\n"
        "- 1904 – Ancient Monuments Preservation Act passed\n"
        "- 1905 – Partition of Bengal announced\n",
        "was the Delhi Durbar held?",
        id="namesakes_a_year_of_an_event_held_more_than_once",
    ),
    # "What is a Rajasthan quarry town called?" = Makrana (holdout 590, bad)
    pytest.param(
        "# The Taj Mahal\n"
        "\n"
        "## Basics\n"
        "- Built by **Shah Jahan** (1632–53) in memory of Mumtaz Mahal\n"
        "- Chief architect → **Ustad Ahmad Lahori**\n"
        "\n"
        "## Glossary\n"
        "- Chahar bagh: four-part garden divided by water channels\n"
        "- Makrana: Rajasthan marble town; source of white marble for the Taj\n"
        "- Jali: pierced stone screen\n",
        "What is a Rajasthan marble town called?",
        id="clause_shapes_three_words_before_more_say_too_little",
    ),
    # "In 2020, ___ flatted (Kochi, Kerala) demolished …" (holdout 588, bad)
    pytest.param(
        "# RERA and housing law\n"
        "\n"
        "## Timeline\n"
        "- 1976 – Urban Land (Ceiling and Regulation) Act passed\n"
        "- 1986 – Consumer Protection Act\n"
        "- 2013 – draft **Real Estate Bill** → opposed by builders, revised\n"
        "- 2016 – **RERA** passed → state regulators to register projects\n"
        "- 2019 – **Pioneer Urban Land v. Govindan Raghavan** → SC says buyers can choose remedy\n"
        "- 2022 – **Supertech** towers (Noida, UP) demolished on SC orders for building violations\n",
        "towered",
        id="dated_lines_a_plural_noun_before_its_deed_is_no_verb",
    ),
    # "What is a pay compensation without proof of negligence called?" (holdout 595, bad)
    pytest.param(
        "# The Motor Vehicles Act (1988)\n"
        "\n"
        "## Basics\n"
        "- Third-party insurance made **compulsory** for all vehicles\n"
        "- Claims heard by the **Motor Accident Claims Tribunal** (MACT)\n"
        "\n"
        "## Glossary\n"
        "- Hit-and-run: accident where the driver flees and is not traced\n"
        "- Solatium: pay compensation w/o proof of fault\n",
        "What is a pay",
        id="grammar_a_definition_opening_on_pay_is_a_deed",
    ),
    # "On what date was the … Act brought into force passed?" (holdout 597, bad)
    pytest.param(
        "# The Lokpal\n"
        "\n"
        "## Timeline\n"
        "- 2011 – Anna Hazare's fast at Ramlila Maidan\n"
        "- 2014 (16 Jan) – Lokpal and Lokayuktas Act brought into force\n"
        "- 2019 – Justice P.C. Ghose appointed first Lokpal\n",
        "brought into force passed",
        id="event_articles_a_law_brought_into_force_is_asked_when_it_came_into_force",
    ),
    # "___ moved an amendment (Dec 1946) to postpone it till they joined." (holdout 596, bad: who joined?)
    pytest.param(
        "# The Poona Pact (1932)\n"
        "\n"
        "## Context\n"
        "Gandhi began a fast unto death in Yerwada jail. The Depressed Classes leaders and caste Hindu leaders met in Bombay. **Madan Mohan Malaviya** moved a resolution (Sept 1932) to settle it before they met.\n",
        "to settle it before they met",
        id="pronouns_they_needs_many_before_it",
    ),
    # "In Jan 1929, CDM was resumed." (holdout 594, bad: before the CDM began)
    pytest.param(
        "# The Civil Disobedience Movement\n"
        "\n"
        "## Timeline\n"
        "- 1930 (Mar) – Dandi March; CDM launched\n"
        "- 1931 (Mar) – Gandhi–Irwin Pact; CDM suspended\n"
        "- 1931 (Dec) – Gandhi returns from London\n"
        "- 1933 (Jan) – CDM resumed; Gandhi arrested\n"
        "- 1934 (Apr) – CDM formally withdrawn\n",
        "In Jan 1928, CDM was resumed",
        id="gate_choices_a_resumption_is_not_moved_earlier",
    ),
    # "___: industry by NIC-2008, occupation by NCO-2015" = Classification (holdout 604, bad)
    pytest.param(
        "# The Annual Survey of Industries (ASI)\n"
        "\n"
        "## Basics\n"
        "- Conducted by **NSO** (MoSPI) since 1959\n"
        "- Covers factories registered under the Factories Act\n"
        "\n"
        "## Sample design\n"
        "- Census sector → large units, all surveyed every year\n"
        "- Sample sector → the rest, sampled by state\n"
        "- Classification: products by **NPCMS-2011**, industry by **NIC-2008**\n",
        "{{Classification}}",
        id="label_keys_a_plain_head_over_listed_items_is_the_writers_label",
    ),
    # "What is known as the "journey/travels"?" = Rihla (holdout 603, bad)
    pytest.param(
        "# Al-Masudi\n"
        "\n"
        "## Basics\n"
        "- Arab historian & traveller (10th c.); visited Sind and the west coast\n"
        '- Called the "Herodotus of the Arabs"\n'
        "\n"
        "## Glossary\n"
        '- Muruj: "meadows/fields", his history of the world in Arabic\n'
        "- Balhara: title of the Rashtrakuta kings in Arab accounts\n",
        'What is known as the "meadows',
        id="line_questions_a_words_meaning_in_quotes_is_no_title",
    ),
    # "___ defeated at Samugarh (1658)" (holdout 607, bad: the victor fits too)
    pytest.param(
        "# Aurangzeb's rise\n"
        "\n"
        "## Timeline\n"
        "- 1657 – Shah Jahan falls ill\n"
        "- 1657–58 – war of succession; Shuja defeated at Khajwa (1659)\n"
        "- 1659 – Aurangzeb crowned at Delhi\n",
        "{{Shuja}} defeated",
        id="shown_keys_a_deed_with_no_object_may_be_done_by_the_blank_or_to_it",
    ),
    # "Which term is described as “donated caves in Barabar hills …”?" = Ashoka (holdout 602, bad)
    pytest.param(
        "# The Jains of Kalinga\n"
        "\n"
        "## Royal patronage — Chedis\n"
        "- **Mahameghavahana** → founded the Chedi line; Jain patrons\n"
        "- **Kharavela** → donated caves in **Udayagiri hills** (Khurda dist., Odisha) to Jains\n"
        "- **Kudepasiri** (Kharavela's successor) → **Khandagiri** caves to Jains\n",
        "Which term is described as",
        id="descriptions_a_patrons_gift_is_a_deed_not_a_terms_meaning",
    ),
    # "Quick ID was launched by PM Modi at the ___" (holdout 613, bad)
    pytest.param(
        "# Rani Durgavati of Garha (c. 1524–1564)\n"
        "\n"
        "## Quick ID\n"
        "- Gond queen of **Garha-Katanga**, regent for her son Vir Narayan\n"
        "- Remembered for the defence of Narrai valley against **Asaf Khan** (1564)\n"
        "- Capital moved to **Singorgarh** fort\n",
        "Quick ID was",
        id="subjects_quick_id_is_the_writers_label",
    ),
    # "The pair moves east from the western Indian Ocean across the ___" (holdout 615, bad)
    pytest.param(
        "# The El Nino Southern Oscillation\n"
        "\n"
        "## What is ENSO\n"
        "ENSO has two halves: a warm phase (**El Nino**) and a cold phase (**La Nina**). The pair alternates every two to seven years across the tropical **Pacific**. During El Nino the trade winds weaken and warm water moves east.\n",
        "The pair alternates",
        id="pronouns_the_pair_points_to_what_the_question_never_names",
    ),
    # "Which actor is this: Nehru; Backed Egypt's sovereignty …?" = India (changed47, bad)
    pytest.param(
        "# The Bandung Conference (1955)\n"
        "\n"
        "## Who stood where\n"
        "| Country | Leader (1955) | Stand |\n"
        "|---|---|---|\n"
        "| Indonesia | Sukarno | host; called for Afro-Asian solidarity against colonialism |\n"
        "| India | Nehru | pushed Panchsheel and non-alignment between the blocs |\n"
        "| China | Zhou Enlai | reassured neighbours, sought recognition |\n"
        "| Egypt | Nasser | rose as a leader of the Arab world |\n",
        "Which country is this: Nehru",
        id="table_identify_a_leader_is_no_clue_to_his_country",
    ),
]


def test_other_names_a_persons_key_of_a_place_takes_the_name_alone() -> None:
    # "{{Chakali Ailamma of Palakurthi}}" rejected "Chakali Ailamma" (holdout 585, bad)
    notes = (
        "# The Tebhaga movement (1946–47)\n"
        "\n"
        "## Timeline\n"
        "- (1946) – **Bimala Majhi** of Nandigram leads women's squads against jotedars\n"
        "- (1947) – Bargadari Bill drafted by the Bengal govt\n"
    )
    question = the_question(notes, "Bimala Majhi")
    assert isinstance(question, Cloze)
    assert grade(question, "Bimala Majhi").correct
    assert not grade(question, "Nandigram").correct


def test_other_names_an_acronym_key_takes_the_name_its_letters_spell() -> None:
    # "What is the first multipurpose river valley project … called?" = DVC rejected
    # "Damodar Valley Corporation", the note's own name for it (holdout 581, bad)
    notes = (
        "# The Hirakud dam\n"
        "\n"
        "## Basics\n"
        "- On the **Mahanadi**, near Sambalpur (Odisha); completed 1957\n"
        "- Run by the **Odisha Hydro Power Corporation** (1995) → dams & power houses\n"
        "\n"
        "## Prelims pointers\n"
        "- OHPC = state-owned body that runs the hydro stations of Odisha\n"
    )
    question = the_question(notes, "OHPC")
    assert grade(question, "Odisha Hydro Power Corporation").correct


def test_clause_shapes_a_pronoun_opens_a_clause_never_called() -> None:
    # "What is a they don't undermine the authority of the state … called?" (holdout 601)
    from quizbot.notes.clause_shapes import called_question

    assert called_question("they don't challenge the authority of the king") is None
    assert called_question("it is the first beat of the tala cycle") is None
    assert called_question("land held in another's name to dodge ceiling laws") == (
        "What is land held in another's name to dodge ceiling laws called?"
    )


#: Notes, and what a question must show: each fact was never asked before its mend (tested
#: in test_notes_reviews.py).
ASKED = [
    # "In all, 363 Bishnois … gave their lives": the key fact was never asked (holdout 578)
    pytest.param(
        "# The Kuka movement\n"
        "\n"
        "## The Malerkotla executions (1872)\n"
        "The Kukas (Namdharis) under **Ram Singh** attacked the slaughterhouses of Malerkotla. "
        "In all, **66 Kukas** were blown from cannons by order of the Deputy Commissioner, "
        "without a trial. Ram Singh was exiled to Rangoon.\n",
        "{{66}} Kukas were blown",
        id="fragment_keys_a_count_of_a_people_is_asked",
    ),
    # "Chairperson → Union Finance Minister" under "Composition (Art 279A(2))" was never
    # asked: the heading read "composition (art 279a)", no label (holdout 582)
    pytest.param(
        "# Inter-State Council (Article 263)\n"
        "\n"
        "## Composition (Presidential Order (1990))\n"
        "- Chairperson → **Prime Minister**\n"
        "- Chief Ministers of all states; six Union Cabinet ministers\n",
        "Who chairs the Inter-State Council?",
        id="subjects_a_heading_with_a_bracket_in_a_bracket_is_the_titles_label",
    ),
    # "1974 – Excavations begin at Mehrgarh (Jarrige)": the year, a key fact, was never
    # asked; the plural's base verb read as no verb (holdout 586)
    pytest.param(
        "# Dholavira\n"
        "\n"
        "## Timeline\n"
        "- 1967 – Site found by J.P. Joshi\n"
        "- 1990 – Excavations begin at Kotada (R.S. Bisht)\n"
        "- 2021 – UNESCO World Heritage Site\n",
        "excavations began at Kotada",
        id="dated_tenses_a_plural_and_its_base_verb_are_a_dated_sentence",
    ),
]
