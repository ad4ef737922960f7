"""The classes found on the eleventh session's fresh notes (holdouts 147–149), each on
made-up notes of another subject."""

from __future__ import annotations

from quizbot.bank.model import Cloze, Match, Short, TrueFalse
from quizbot.notes import generate_questions
from quizbot.notes.ambiguity_shapes import sorted_match, spelled_out_key
from quizbot.notes.clause_shapes import base_form
from quizbot.notes.dated_lines import dated_sentence
from quizbot.notes.fragments import _OPENING, _changed_in_a_code, not_a_sentence
from quizbot.notes.grammar import opens_on_a_deed, opens_on_its_verb
from quizbot.notes.names import expansions, find_names
from quizbot.notes.shorthand import write_out
from quizbot.notes.table_clues import clue
from quizbot.notes.table_columns import said_name
from quizbot.notes.table_headers import header_kind
from tests.unit.notes_support import short_questions, shown_texts

_TWO_BODIES = (
    "# World bodies\n\n## League vs UN\n\n"
    "| Feature | League of Nations | United Nations |\n|---|---|---|\n"
    "| Set up | 1920 | 1945 |\n"
    "| First head | Eric Drummond | **Trygve Lie** (1946–52) |\n"
    "| Seat | Geneva | New York |\n"
    "| Aim | collective security | peace & development |\n"
)


def test_a_comparison_of_two_asks_each_thing_s_named_cell() -> None:
    """``| First head | Eric Drummond | Trygve Lie |`` under ``| Feature | League of Nations |
    United Nations |``: who was each one's first head (holdout 147 asked nothing of the
    Ghats' table, not even their highest peaks)."""
    asked = short_questions(_TWO_BODIES)
    prompts = {q.prompt: q.answer for q in asked.values()}
    assert prompts["Who was the first head of the United Nations?"] == "Trygve Lie", prompts
    assert prompts["Who was the first head of the League of Nations?"] == "Eric Drummond"


def test_a_comparison_asks_no_row_whose_label_names_no_person_or_one_thing() -> None:
    """``Seat``, ``Aim``, ``Set up``: said of a body, but no "Who was …?" or "Which is the
    … of …?" a coach asks."""
    prompts = [q.prompt for q in short_questions(_TWO_BODIES).values()]
    assert not any("seat of" in p or "aim of" in p or "set up of" in p for p in prompts), prompts


def test_a_compared_dynasty_is_named_with_its_article_and_a_remark_is_no_answer() -> None:
    """``| Founder | Vijayalaya (revived) | Simuka |`` of ``Cholas`` and ``Satavahanas``:
    "Who was the founder of the Cholas?", and "revived" is not accepted for Vijayalaya;
    ``| Highest peak |`` asks "Which is the highest peak of …?"."""
    asked = short_questions(
        "# South Indian dynasties\n\n## Compared\n\n"
        "| Aspect | Cholas | Satavahanas of Pratishthana |\n|---|---|---|\n"
        "| Founder | Vijayalaya (revived) | Simuka (Satavahana) |\n"
        "| Capital | Thanjavur | Pratishthana |\n"
    )
    by_prompt = {q.prompt: q for q in asked.values()}
    chola = by_prompt["Who was the founder of the Cholas?"]
    assert (chola.answer, chola.aliases) == ("Vijayalaya", ()), chola
    satavahana = by_prompt["Who was the founder of the Satavahanas of Pratishthana?"]
    assert satavahana.answer == "Simuka"


def test_a_compared_country_is_asked_no_person_of_its_centuries() -> None:
    """``| Monarch | Victor Emmanuel II | Wilhelm I |`` of ``Italy`` and ``Germany``: "Who
    was the monarch of Italy?" has many answers; the same row of two movements is asked."""
    asked = short_questions(
        "# Unification\n\n## Italy vs Germany\n\n"
        "| Aspect | Italy | Germany |\n|---|---|---|\n"
        "| Monarch | Victor Emmanuel II | Wilhelm I |\n"
        "| Architect | Cavour | Bismarck |\n"
    )
    assert not any(q.answer in ("Cavour", "Wilhelm I") for q in asked.values()), asked


def test_a_row_whose_cells_are_one_name_is_not_asked() -> None:
    """``| Chairman | Union Home Minister | Union Home Minister |``: the same for both."""
    asked = short_questions(
        "# Councils\n\n## Zonal vs regional\n\n"
        "| Feature | Zonal Councils | North Eastern Council |\n|---|---|---|\n"
        "| Chairman | Union Home Minister | Union Home Minister |\n"
        "| Set up | 1957 | 1971 |\n"
    )
    assert not any(q.answer == "Union Home Minister" for q in asked.values()), asked


def test_a_timeline_line_s_aside_dates_something_else() -> None:
    """ "1991 – Narasimham Committee set up (report 1991)": "Which committee was set up in
    1991 (report 1991)?", never "Which committee set up (report 1991)?" (holdout 149 asked
    "Which commission set up (report 1988)?")."""
    asked = short_questions(
        "# Banking reforms\n\n## Timeline\n\n"
        "- 1969 – 14 banks nationalised\n"
        "- 1991 – **Narasimham Committee** set up (report 1992)\n"
        "- 1993 – new private banks licensed\n"
    )
    prompts = [p for p, q in asked.items() if q.answer == "Narasimham Committee"]
    assert prompts == ["Which committee was set up in 1991 (report 1992)?"], asked


def test_what_a_committee_said_should_be_is_asked_as_its_advice() -> None:
    """ "**Kothari Commission** → school should be common for all, …": "Which commission
    recommended that …?", never "In which commission should school be …?"."""
    asked = short_questions(
        "# Education policy\n\n## Commissions – what they said\n\n"
        "- **Kothari Commission** → school should be common for all children of the area\n"
        "- **Radhakrishnan Commission** → rural universities on the Danish model\n"
    )
    prompts = [p for p, q in asked.items() if q.answer == "Kothari Commission"]
    assert not any(p.startswith("In which") for p in prompts), prompts
    assert all(p.startswith("Which commission recommended that school should") for p in prompts)


def test_a_timeline_event_done_to_the_thing_the_line_does_not_name_is_not_dated() -> None:
    """ "14 Aug 1931 – Congress accepts the pact": which pact? (holdout 147 asked "On what
    date did the Muslim League accept the plan?" beside two plans)."""
    asked = short_questions(
        "# Round Table years\n\n## Timeline\n\n"
        "- 5 Mar 1931 – Gandhi–Irwin Pact signed\n"
        "- 29 Mar 1931 – Karachi session ratifies it\n"
        "- 14 Aug 1931 – Congress accepts the pact\n"
    )
    assert not any(p.endswith("accept the pact?") for p in asked), asked


def test_a_bold_common_noun_after_a_word_is_no_role_s_name() -> None:
    """ "Lothal – dockyard, big **brick granaries**": no "What is the name of Lothal's
    big?" (holdout 148)."""
    asked = short_questions(
        "# Harappan sites\n\n## Sites\n\n"
        "- Kalibangan\n  - ploughed field, fire **altars**\n"
        "- Lothal\n  - dockyard, big **brick granaries**, bead factory\n"
    )
    assert not any("'s big" in p or "'s fire" in p for p in asked), asked


def test_an_article_and_a_people_s_adjective_are_no_part_of_a_name() -> None:
    """ "An **Advisory Board** of British officials …": the name is "Advisory Board", never
    "An Advisory Board of British" (holdout 147 keyed "An Interim Govt of Indian")."""
    found = {n.text for n in find_names("An Advisory Board of British officials ran it")}
    assert found == {"Advisory Board"}, found
    assert {n.text for n in find_names("The Bank of England issued it")} == {"Bank of England"}


def test_a_line_that_opens_on_a_deed_is_no_term_and_no_sentence() -> None:
    """ "Recommending President's Rule – report under Art 356" and "Dissolving the assembly
    if ___ has lost majority": a deed with no doer (holdout 149); "Standing Deposit
    Facility" and "Shifting cultivation" are names of things."""
    texts = shown_texts(
        "# Speaker's powers\n\n## Discretion\n\n"
        "- Adjourning the House if the **quorum** is not met\n"
        "- **Casting vote** – only in a tie (Art 100)\n"
    )
    assert not any(t.startswith("Adjourning") for t in texts), texts
    assert opens_on_a_deed("Recommending President's Rule")
    assert not opens_on_a_deed("Standing Deposit Facility")
    assert not opens_on_a_deed("Shifting cultivation")


def test_a_blank_that_cuts_the_clause_number_off_a_provision_is_not_asked() -> None:
    """ "Art 352 (1) – President proclaims …" keyed ``Art 352``: "Art 352(1)" is the
    provision (holdout 149 keyed ``Art 163`` before "(2)")."""
    texts = shown_texts(
        "# Emergency\n\n## Provisions\n\n"
        "- Art 352 (1) – President may proclaim an emergency on war or armed rebellion\n"
        "- Art 356 – President's Rule on failure of constitutional machinery in a state\n"
        "- Art 360 – financial emergency, never imposed so far\n"
    )
    assert not any("{{Art 352|Article 352}} (1)" in t for t in texts), texts


def test_a_superlative_description_is_no_blank() -> None:
    """ "The Andaman arc is the **youngest landmass** of India – …": many phrases fill "the
    ___ of India" (holdout 147 asked "The Peninsular plateau is the ___ of India." for
    "oldest landmass")."""
    texts = shown_texts(
        "# Islands\n\n## Basics\n\n"
        "The Andaman arc is the **youngest landmass** of India – a chain of folded sediments "
        "& ophiolites that rose with the Burma plate. It is roughly **arcuate**.\n"
    )
    assert not any("{{youngest landmass}}" in t for t in texts), texts


def test_a_match_of_figures_that_rise_with_its_rows_is_not_asked() -> None:
    """``| Grade | Marks |`` from ``Fail → < 33`` to ``Distinction → ≥ 75``: ordering the
    figures solves it (holdout 149's rainfall categories)."""
    question = Match(
        id="m",
        topic="Exams",
        prompt="Match the two columns (Grade → Marks).",
        pairs=(("Fail", "< 33"), ("Pass", "33–44"), ("Second", "45–59"), ("First", "60–74")),
    )
    assert sorted_match(question, None, None, None) is not None  # type: ignore[arg-type]
    named = Match(
        id="n",
        topic="Rivers",
        prompt="Match the rivers with their dams.",
        pairs=(("Sutlej", "Bhakra"), ("Narmada", "Sardar Sarovar"), ("Krishna", "Srisailam")),
    )
    assert sorted_match(named, None, None, None) is None  # type: ignore[arg-type]


def test_a_header_s_own_bracket_or_other_slashed_part_does_not_hide_its_kind() -> None:
    """``Founder(s)``, ``Founder (year)`` and ``Range / State`` say a leader and a place
    (holdout 147's peaks table and holdout 114's sultanates gave no question); ``Between
    (land)`` and ``Partner / origin`` say no side of a battle and no river's source."""
    assert header_kind("Founder(s)") == header_kind("Founder (year)") == "leader"
    assert header_kind("Range / State") == "place"
    assert header_kind("Between (land)") is None
    assert header_kind("Partner / origin") is None
    asked = short_questions(
        "# Rajput states\n\n## Successor states\n\n"
        "| State | Clan | Founder (yr) | Ended |\n|---|---|---|---|\n"
        "| Mewar | Sisodia | Rana Hammir (1326) | Mughal treaty, 1615 |\n"
        "| Marwar | Rathore | Rao Jodha (1459) | British treaty, 1818 |\n"
        "| Amber | Kachhwaha | Dulha Rai (1137) | merged, 1949 |\n"
    )
    assert asked["Which state was founded by Rao Jodha (1459)?"].answer == "Marwar", list(asked)


def test_a_timeline_line_of_two_deeds_is_not_asked_by_its_second_verb() -> None:
    """ "12 Mar 1930 – Gandhi leaves Sabarmati, begins the Dandi March": never "On what date
    did Gandhi leaves Sabarmati, begin …?" (holdout 147 asked "… did League withdraws
    acceptance, call for Direct Action?")."""
    asked = short_questions(
        "# Civil disobedience\n\n## Timeline\n\n"
        "- 12 Mar 1930 – Gandhi leaves Sabarmati, begins the Dandi March\n"
        "- 5 Mar 1931 – Gandhi–Irwin Pact signed\n"
        "- 7 Sept 1931 – Second Round Table Conference opens\n"
    )
    assert not any("leaves Sabarmati" in p for p in asked), list(asked)


def test_a_timeline_subject_that_points_back_is_not_dated() -> None:
    """ "1976 – that Act repealed during Emergency": which act? (holdout 151)."""
    asked = short_questions(
        "# Press laws\n\n## Timeline\n\n"
        "- 1910 – Indian Press Act passed\n"
        "- 1922 – that Act repealed on the Sapru Committee's advice\n"
        "- 1931 – Indian Press (Emergency Powers) Act passed\n"
    )
    assert not any("that Act" in p for p in asked), list(asked)


def test_a_comparison_s_class_row_or_compound_cell_is_not_asked() -> None:
    """``| Type | beverage, shrub | beverage, bush | … |``: the shrub is a bush (holdout 151,
    bad); a cell of several notes (``deep, fertile; slopes``) is no one feature."""
    texts = shown_texts(
        "# Fibre crops\n\n## Compared\n\n"
        "| Feature | Cotton | Jute | Silk |\n|---|---|---|---|\n"
        "| Type | fibre, shrub | fibre, herb | fibre, animal |\n"
        "| Soil | black soil; well-drained | alluvial; flooded | mulberry plots; humid |\n"
        "| Top state | Gujarat | West Bengal | Karnataka |\n"
    )
    assert not any("as its type" in t or "as its soil" in t for t in texts), texts


def test_a_head_that_opens_on_the_writer_s_connective_is_no_term() -> None:
    """ "BUT **42nd Amendment (1976)** → …": no key "BUT 42nd Amendment" (holdout 151), and
    "Exception Art 31(2)" is no provision cut from its clause."""
    texts = shown_texts(
        "# Property\n\n## Right to property\n\n"
        "- Art 31 → compensation for acquisition; a Fundamental Right till 1978\n"
        "- BUT **44th Amendment (1978)** → property made a legal right under Art 300A\n"
        "- Exception **Art 31(2)** → no compensation for estates taken under land reform\n"
    )
    assert not any("{{BUT" in t or "{{Exception" in t for t in texts), texts


def test_a_clause_that_needs_the_line_s_river_or_kind_is_not_cut_out() -> None:
    """ "Bangladesh → called Jamuna; Teesta joins on right bank" (whose bank?), "Some state
    bills need ___" and "Scheme was borrowed from ___" (which ones?): holdout 150."""
    texts = shown_texts(
        "# Rivers and bills\n\n## Ganga in Bangladesh\n\n"
        "- Bangladesh → called Padma; Mahananda joins on left bank\n\n"
        "## State bills\n\n"
        "- Some money bills need **prior consent of Governor** → e.g. taxes on professions\n"
        "- Scheme was borrowed from **Canada** (residuary powers with the Centre)\n"
    )
    assert not any(
        t.startswith(("{{Mahananda}} joins", "Some money bills", "Scheme")) for t in texts
    )


def test_a_clause_is_never_asked_as_a_name_s_meaning() -> None:
    """ "**Harmonious construction** → reading of both provisions decides the conflict":
    never "What is a reading of both provisions decides the conflict called?" (holdout 150:
    "What is a true nature of the law decides the list called?")."""
    asked = short_questions(
        "# Judicial doctrines\n\n## Doctrines (for Mains answers)\n\n"
        "- **Harmonious construction** → reading of both provisions decides the conflict; "
        "neither is made dead\n"
        "- **Colourable legislation** → can't do indirectly what can't be done directly\n"
        "- **Art 246** → 3-fold distribution via **Seventh Schedule**\n"
    )
    assert not any(p.endswith("decides the conflict called?") for p in asked), list(asked)


def test_an_ordinal_description_is_no_blank() -> None:
    """ "The Lodis were the **fifth dynasty** of the Sultanate, after …": the sentence
    counts it out (holdout 150: "third dynasty")."""
    texts = shown_texts(
        "# Delhi Sultanate\n\n## Lodis\n\n"
        "The Lodis were the **fifth dynasty** of the Delhi Sultanate, after the Slaves, the "
        "Khaljis, the Tughlaqs & the Sayyids. Bahlul Lodi founded it in **1451**.\n"
    )
    assert not any("{{fifth dynasty}}" in t for t in texts), texts


def test_a_compared_thing_s_founding_row_asks_where() -> None:
    """``| Founded | October 1924, Kanpur | September 1928, Delhi |``: where each was founded,
    dated (holdout 151 asked nothing of the two Home Rule leagues' Belgaum and Madras); a
    possessive name takes no article."""
    asked = short_questions(
        "# Revolutionaries\n\n## HRA vs HSRA\n\n"
        "| Feature | Sachindra's HRA | Hindustan Socialist Republican Association |\n"
        "|---|---|---|\n"
        "| Founded | October 1924, Kanpur | September 1928, Delhi |\n"
        "| Leaders | Bismil, Ashfaqulla | Bhagat Singh, Azad |\n"
    )
    by_prompt = {p: q.answer for p, q in asked.items()}
    assert by_prompt["Where was Sachindra's HRA founded in October 1924?"] == "Kanpur"
    assert (
        by_prompt[
            "Where was the Hindustan Socialist Republican Association founded in September 1928?"
        ]
        == "Delhi"
    ), by_prompt


def test_the_syllabus_s_standard_short_forms_accept_their_long_forms() -> None:
    """A key written ``G-secs``, ``GoI`` or ``CoM`` accepts "government securities",
    "Government of India" and "Council of Ministers" (holdouts 148 and 149: keys too
    narrow)."""
    assert expansions("G-secs") == ["government securities"]
    assert expansions("GoI Act 1935") == ["Government of India Act 1935"]
    assert expansions("CoM") == ["Council of Ministers"]
    assert expansions("91-day T-bills") == ["91-day Treasury Bills"]


def test_a_slashed_header_of_two_kinds_or_an_office_after_a_title_names_no_leader() -> None:
    """``Patron-in-chief / Head`` gave "Which level … was built by Chief Justice of India?"
    and ``Leader / place`` "Which phase was led by S.C. Bose?" (holdouts 153 and 152)."""
    assert header_kind("Patron-in-chief / Head") is None
    assert header_kind("Exec. chairman / Chair") is None
    assert header_kind("Leader / place") is None
    assert header_kind("Founders / key names") == "leader"
    assert header_kind("Key event/place") == "place"


def test_a_seat_s_owner_is_no_phrase_under_a_ministry() -> None:
    """ "Under **MoD**; HQ **New Delhi**": never "Where is the headquarters of Under MoD?"
    (holdout 155)."""
    asked = short_questions(
        "# Defence bodies\n\n## DRDO\n\n"
        "- Under **MoD**; HQ **New Delhi**; first chief → D.S. Kothari (adviser)\n"
        "- Set up 1958 by merging the Technical Development Establishments\n"
    )
    assert not any("of Under" in p for p in asked), list(asked)


def test_a_common_thing_s_row_is_not_asked_where_it_is() -> None:
    """``| Mineral | Site | District |`` over ``| Copper | Khetri | Jhunjhunu |``: copper is
    found in many places (holdout 153: "Where is Copper located?"); an event's row still
    asks where it took place."""
    asked = short_questions(
        "# Rajasthan minerals\n\n## Minerals\n\n"
        "| Mineral | Site | District |\n|---|---|---|\n"
        "| Zinc | Zawar | Udaipur |\n| Marble | Makrana | Nagaur |\n| Copper | Khetri | Jhunjhunu |\n"
    )
    assert not any(p.startswith("Where is Copper") for p in asked), list(asked)


def test_an_attribute_of_the_section_s_subject_is_no_term() -> None:
    """ "Source: glacier near Bokhar Chu …" under "Indus": never "___: glacier near …"
    keyed "Source" (holdout 154)."""
    texts = shown_texts(
        "# Rivers\n\n## Ganga\n\n"
        "- Source: **Gangotri glacier** (Gaumukh), Uttarakhand\n"
        "- Length **2,525 km**; longest river of India\n"
        "- Route: Devprayag → Haridwar → Prayagraj → Bay of Bengal\n"
    )
    assert not any(t.startswith("{{Source}}") for t in texts), texts


def test_a_blank_that_describes_or_that_its_ordinals_number_is_not_asked() -> None:
    """ "give them a(n) ___ of state resources" keyed "predictable, rule-based share" and
    "under the 11th & 12th ___" keyed "Schedules" (holdout 154)."""
    texts = shown_texts(
        "# Fiscal federalism\n\n## Why it matters\n\n"
        "The Finance Commission was meant to give the states a **stable, formula-based share** "
        "of central taxes. States got powers under the 7th & 11th **Schedules** but few "
        "taxes of their own.\n"
    )
    assert not any("{{stable" in t or "{{Schedules}}" in t for t in texts), texts


def test_a_site_s_inscription_as_a_world_heritage_site_asks_its_year() -> None:
    """ "2014 – **Rani ki Vav** = UNESCO WHS (India's 31st)", "Hill Forts of Rajasthan →
    UNESCO World Heritage Site (2013)": the year of inscription, a prelims staple the
    generator never asked (holdouts 133, 138, 141: Ramappa 2021, Pattadakal 1987, Nalanda
    2016 were key facts); a biosphere reserve's "UNESCO 2009" is no World Heritage listing."""
    asked = short_questions(
        "# Gujarat and Rajasthan monuments\n\n## Timeline\n\n"
        "- 2004 – Champaner-Pavagadh = UNESCO WHS (Gujarat's first)\n"
        "- 2014 – **Rani ki Vav** = UNESCO WHS (India's 31st)\n\n"
        "## Forts\n\n"
        "- **Hill Forts of Rajasthan** → UNESCO World Heritage Site (2013)\n"
        "- Pachmarhi BR (UNESCO 2009) – Satpura range\n"
    )
    by_answer = {q.answer: p for p, q in asked.items() if p.endswith("World Heritage Site?")}
    assert by_answer["2014"].endswith(
        "In which year was Rani ki Vav inscribed as a UNESCO World Heritage Site?"
    ), by_answer
    assert by_answer["2013"].endswith(
        "In which year were the Hill Forts of Rajasthan inscribed as a UNESCO World Heritage Site?"
    )
    assert "2009" not in by_answer


def test_a_date_or_a_change_cut_at_its_arrow_is_no_event() -> None:
    """ "1947 – **26 Nov**, first budget …" and "1999 – Presentation time shifted 5 pm → 11
    am" were ordered as "1. 26 Nov; … 3. Presentation time shifted 5 pm" (holdout 158,
    bad); dated, "In which year was the Plan outlay shifted 30% announced?" and "What was the
    First Five Year Plan adopted by Parliament (1952)?" keyed "8 Dec"."""
    asked = short_questions(
        "# Planning\n\n## Timeline\n\n"
        "- 1950 – Planning Commission set up (Nehru chair)\n"
        "- 1952 – **8 Dec**, First Five Year Plan adopted by Parliament\n"
        "- 1966 – Plan holiday declared after war & drought\n"
        "- 1993 – Plan outlay shifted 30% → 25% of GDP (Manmohan Singh)\n"
        "- 2015 – NITI Aayog replaced Planning Commission\n"
    )
    assert not any("shifted 30%" in p for p in asked), list(asked)
    assert not any(q.answer == "8 Dec" for q in asked.values()), list(asked)


def test_a_writer_s_numbered_step_or_an_attribute_label_is_no_term() -> None:
    """ "Day 0 – night temps rise …" (holdout 158) and "Periodical: Kisan Bulletin …"
    (holdout 157): labels, never a blank's key."""
    texts = shown_texts(
        "# Cyclones\n\n## How one plays out\n\n"
        "- Day 0 – low pressure forms over the Andaman Sea\n"
        "- Day 2 – deep depression, wind 50–61 km/h\n\n"
        "## Movement\n\n"
        "- Mouthpiece: **Mazdoor Kisan Patrika** (ed. Ram Manohar Lohia); 1937 Kisan Day\n"
    )
    assert not any(t.startswith(("{{Day 0}}", "{{Mouthpiece}}")) for t in texts), texts


def test_a_line_that_opens_on_a_participle_and_its_date_names_no_subject() -> None:
    """ "Founded 11 April ___, Lucknow": founded what? (holdout 157, weak)."""
    texts = shown_texts(
        "# Trade unions\n\n## AITUC\n\nKey features:\n"
        "- Founded **31 October 1920**, Bombay (Lala Lajpat Rai its first president)\n"
        "- Split 1929 → Red Trade Union Congress\n"
    )
    assert not any(t.startswith("Founded 31 October") for t in texts), texts


def test_a_match_of_the_writer_s_numbered_steps_is_not_asked() -> None:
    """ "Day 0 – clouds …, Day 1 – rain …, Day 2 – …, Day 3 – clears": the order solves it,
    and the steps are the writer's schedule, no fact (holdout 158, weak)."""
    found = generate_questions(
        "# Cyclones\n\n## Timeline of a typical cyclone (how it plays out)\n\n"
        "- Day 0 – low pressure forms over the Andaman Sea\n"
        "- Day 1 – depression, squalls over the coast\n"
        "- Day 2 – cyclonic storm, heavy rain in Odisha\n"
        "- Day 3 – landfall and weakening inland\n",
        "n/notes.md",
    )
    pairs = [p for q in found if isinstance(q, Match) for p in q.pairs]
    assert not any(left.startswith("Day ") for left, _ in pairs), pairs


def test_their_never_stands_for_one_person() -> None:
    """ "… **Bhillama V** founded Devagiri …. Their age is the formative period of Marathi
    literature" was asked as "Bhillama V's age …" (holdout 161, bad: a wrong fact)."""
    texts = shown_texts(
        "# Hoysalas\n\n## Rise\n\n"
        "The Hoysalas rose in the Malnad hills of Karnataka. **Vishnuvardhana** made "
        "**Belur** his capital and later moved to Halebidu. Their age is known for the "
        "star-shaped **temples** of soapstone.\n"
    )
    assert not any("Vishnuvardhana's age" in t for t in texts), texts


def test_the_writer_s_framing_label_is_no_term() -> None:
    """ "Big theme = long Chola–Chalukya conflict …", "Beyond India: Manasarovar …"
    (holdouts 160 and 161, bad)."""
    texts = shown_texts(
        "# Pallavas\n\n## Politics\n\n"
        "- First capital Kanchi → ports at **Mamallapuram**\n"
        "- Big theme = long **Pallava–Chalukya** wars over Vatapi & the Krishna doab\n"
        "- Beyond India: Pallava-style temples in Java & Cambodia (Angkor link)\n"
    )
    assert not any(t.startswith(("{{Big theme}}", "{{Beyond India}}")) for t in texts), texts


def test_a_dated_line_that_points_back_is_no_sentence() -> None:
    """ "1935 – GoI Act strengthens it → …" became "In 1930, the GoI Act strengthened it."
    (true or false?): what it strengthened, the line before says (holdout 161, bad)."""
    texts = shown_texts(
        "# Public Service Commission\n\n## Timeline\n\n"
        "- 1926 – **Public Service Commission** set up on Lee Commission advice\n"
        "- 1919 – GoI Act provides for a PSC (statutory status)\n"
        "- 1935 – GoI Act renames it → Federal Public Service Commission + provincial PSCs\n"
        "- 1950 – **UPSC** gets constitutional status (Art 315)\n",
        statements=True,
    )
    assert not any(t.rstrip(".").endswith(" it") for t in texts), texts
    # the act itself is asked (its PSC written out from the notes' title)
    assert any("provide for a Public Service Commission" in t for t in texts), texts


def test_a_port_s_row_is_asked_with_its_noun_under_a_bracketed_header() -> None:
    """``| Port (old name) | State |`` over ``| Deendayal (Kandla) | Gujarat |``: "In which
    Indian state is the Deendayal port?", not "… is Deendayal?" (holdout 159)."""
    assert said_name("Paradip", "Port (old name)") == "the Paradip port"
    assert said_name("Deendayal (Kandla)", "Port (old name)") == "the Deendayal port"


def test_a_recurring_act_s_year_is_never_changed_to_make_a_false_statement() -> None:
    """ "1935 – GoI Act widens the franchise" made false as "In 1930, the GoI Act widened the
    franchise": the year names the act, and no GoI Act was passed in 1930 (holdout 161)."""
    false = TrueFalse(
        id="t",
        topic="Elections › Timeline",
        statement="1930 – GoI Act widens the franchise",
        answer=False,
        fix="1935 – GoI Act widens the franchise",
    )
    assert dated_sentence(false, 2026) is None
    true = TrueFalse(
        id="u", topic="Elections › Timeline", statement="1950 – ECI set up in Delhi", answer=True
    )
    assert dated_sentence(true, 2026) is not None


def test_a_dated_day_is_asked_when_it_was_observed_and_an_oath_when_it_was_sworn() -> None:
    """ "16 August 1946 – **Direct Action Day** → …" and "2 September 1946 – Interim Govt
    sworn in …" named no event a date question could ask (holdout 147: both key facts)."""
    asked = short_questions(
        "# Swadeshi\n\n## Timeline\n\n"
        "- 16 October 1905 – **Rakhi Bandhan Day** → Tagore leads marches in Calcutta\n"
        "- 1 January 1907 – **Bengal Provincial Council** sworn in at Dacca\n"
        "- 30 December 1906 – Muslim League founded at Dacca\n"
    )
    prompts = {p: q.answer for p, q in asked.items()}
    assert prompts.get("On what date was Rakhi Bandhan Day observed?") == "16 October 1905"
    bengal = "On what date was the Bengal Provincial Council sworn in at Dacca?"
    assert prompts.get(bengal) == "1 January 1907", prompts


def test_a_comparison_s_yes_or_no_row_is_not_asked() -> None:
    """ "Which of these has “Revised periodically” as its revenue fixed??": a yes-or-no row
    said of two of the three (holdout 163, bad)."""
    texts = shown_texts(
        "# Forest rights\n\n## Compared\n\n"
        "| Feature | Reserved forest | Protected forest | Village forest |\n|---|---|---|---|\n"
        "| Rights allowed? | None unless listed | Allowed unless banned | Allowed, run by village |\n"
        "| Notified by | State govt | State govt | State govt |\n"
    )
    assert not any("allowed?" in t for t in texts), texts


def test_a_false_statement_never_changes_a_provision_s_number() -> None:
    """ "… even though it changes Sch/Art 168 list" made false as "… Sch/Art 250 list"
    (holdout 163, bad): a provision named in passing, shifted, is another article or
    none."""
    false = TrueFalse(
        id="t",
        topic="Councils",
        statement="Such a law changes the Art 250 list of the Constitution",
        answer=False,
        fix="Such a law changes the Art 168 list of the Constitution",
    )
    assert _changed_in_a_code(false)


def test_a_held_column_of_holdings_is_what_the_court_held_not_when() -> None:
    """``| Case | Year | Held |``: "Held" heads a year in a table of sessions, but over
    clauses it is what the court held (holdout 122's Shankari Prasad row asked nothing)."""
    asked = short_questions(
        "# Preamble\n\n## Cases at a glance\n\n"
        "| Case | Year | Bench | Held |\n|---|---|---|---|\n"
        "| Berubari Union | 1960 | 8 judges | Preamble is not a part of the Constitution |\n"
        "| Kesavananda Bharati | 1973 | 13 judges | Preamble is a part of the Constitution |\n"
        "| LIC of India | 1995 | 2 judges | Preamble is an integral part |\n"
    )
    by_answer = {q.answer: p for p, q in asked.items()}
    assert by_answer.get("Berubari Union") == (
        "Which case of 1960 held that Preamble is not a part of the Constitution?"
    ), by_answer


def test_one_of_a_set_of_labels_is_no_term() -> None:
    """ "Coastal: fresh water from rivers (↓); polar: freezing (↑) …": two labels of one
    set, never "___: fresh water …" keyed "Coastal" (holdout 166, bad)."""
    texts = shown_texts(
        "# Oceans\n\n## Factors affecting temperature\n\n"
        "- Latitude: **equator** warmest; poles coldest\n"
        "- Coastal: upwelling cools (↓); inland seas: warm (↑) in summer\n"
        "- **Currents** → warm and cold currents shift isotherms\n"
    )
    assert not any(t.startswith("{{Coastal}}") for t in texts), texts


def test_a_sentence_cut_after_a_bracket_of_names_is_no_question() -> None:
    """ "(Vishvarupa Sena, Keshava Sena) while Khalji made ___ the new capital." (holdout
    166, bad): a bracketed year may open a line, a bracket of names opens a cut sentence."""
    question = Cloze(
        id="c",
        topic="Senas",
        text="(Vishvarupa Sena, Keshava Sena) while Khalji made {{Lakhnauti}} the new capital.",
    )
    assert not_a_sentence(question, None, None, None) is not None  # type: ignore[arg-type]
    assert _OPENING.match("(1912) Cooperative Societies Act passed.")  # a dated line's head


def test_a_slashed_header_of_a_place_or_people_names_no_place() -> None:
    """``| Practice | Where / who | Idea |`` gave "Which practice or scheme in from
    Philippines is known for …?" (holdout 165, bad): the cells may be people, and a place
    clue is never a phrase that opens in lower case."""
    assert header_kind("Where / who") is None
    assert clue("State", "from Philippines", "practice") is None
    assert clue("State", "Assam", "tribe") == ("place", "in Assam")


def test_a_calendar_s_months_are_no_term_and_no_blank() -> None:
    """ "Feb–Mar – slash left to dry" gave "What is a slash left to dry called?" keyed
    "Feb–Mar" and four "___ – …" clozes keyed months (holdout 165, bad and weak)."""
    found = generate_questions(
        "# Rice\n\n## Crop calendar (typical)\n\n"
        "- May–Jun – nursery beds sown\n"
        "- Jun–Jul – transplanting after the first monsoon showers\n"
        "- Oct–Nov – harvest of the kharif crop\n",
        "n/notes.md",
    )
    assert not any(isinstance(q, Short) and "called?" in q.prompt for q in found), found
    assert not any(isinstance(q, Cloze) and "{{Jun–Jul}}" in q.text for q in found), found


def test_devt_is_written_out_and_a_noun_in_ed_is_no_past_tense() -> None:
    """ "watershed devt in shifting cultivation areas": the writer's shorthand written out,
    and "watershed" never read as a verb (holdout 165: "Which practice or scheme watershed
    devt in …?")."""
    assert write_out("watershed devt in jhum areas") == "watershed development in jhum areas"
    assert base_form("watershed") is None
    assert base_form("stopped") == "stop"
    assert base_form("planned") == "plan"


def test_a_sentence_or_line_whose_subject_is_only_a_pronoun_or_a_modal_is_not_asked() -> None:
    """ "To pay, he borrowed from ___" (holdout 167, bad) and "Must be ___ when they
    reassemble" (holdout 165, bad): who borrowed, what must be laid, the line does not say."""
    texts = shown_texts(
        "# Indigo revolt\n\n## Causes\n\n"
        "The ryot was forced to grow indigo on his best land. To survive, he borrowed from "
        "**planters** at high interest, and the debt passed to his sons.\n\n"
        "## Commission\n\n"
        "- Indigo Commission (1860) → **Seton-Karr** as chair\n"
        "  - Must report within **six months** of its notification\n"
    )
    assert not any(t.startswith(("To survive, he", "Must report")) for t in texts), texts
    assert opens_on_its_verb("Must be laid before both Houses when they reassemble")
    assert not opens_on_its_verb("May 1857 saw the revolt begin at Meerut")


def test_a_table_that_opens_on_its_articles_asks_each_row_its_article() -> None:
    """``| Article | What it says | Exam hook |`` over ``| Art 94 | vacation, resignation &
    removal of Speaker | … |``: "Which article of the Constitution deals with the vacation,
    resignation and removal of Speaker?" (holdout 169's table asked nothing); a description
    that is a clause (``not to preside while …``) is not asked."""
    asked = short_questions(
        "# Lok Sabha officers\n\n## Articles\n\n"
        "| Article | What it says | Exam hook |\n|---|---|---|\n"
        "| Art 93 | Speaker & Dy Speaker of the House of the People | elected from members |\n"
        "| Art 94 | vacation, resignation & removal of Speaker | 14 days' notice |\n"
        "| Art 96 | not to preside while removal resolution is pending | may speak |\n"
        "| Art 97 | salaries of Speaker & Dy Speaker | fixed by law |\n"
    )
    by_answer = {q.answer: p for p, q in asked.items()}
    assert by_answer.get("Article 94", "").endswith(
        "Which article of the Constitution deals with the vacation, resignation and removal of "
        "Speaker?"
    ), by_answer
    assert by_answer.get("Article 93", "").endswith(
        "deals with the Speaker and Deputy Speaker of the House of the People?"
    ), by_answer
    assert "Article 96" not in by_answer


def test_a_question_that_spells_out_most_of_its_acronym_key_is_not_asked() -> None:
    """ "Which practice or scheme is known for the watershed development in shifting
    cultivation areas?" keyed WDPSCA (holdout 165, bad); a short acronym needs all its
    words (CITES beside "international trade in endangered species" stays)."""
    spelled = Short(
        id="s",
        topic="Jhum",
        prompt="Which scheme is known for the watershed development in shifting cultivation areas?",
        answer="WDPSCA",
    )
    assert spelled_out_key(spelled, None, None, None) is not None  # type: ignore[arg-type]
    fair = Short(
        id="f",
        topic="Conventions",
        prompt="Which convention of 1973 deals with international trade in endangered species?",
        answer="CITES",
    )
    assert spelled_out_key(fair, None, None, None) is None  # type: ignore[arg-type]
