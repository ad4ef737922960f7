"""Classes found on the thirty-ninth session's holdouts (423-435), each fixed on made-up
notes of another subject."""

from __future__ import annotations

from quizbot.bank.model import Cloze, Mcq, Short
from quizbot.notes.abbreviations import find_leading_long_form
from quizbot.notes.clause_shapes import is_phrase
from quizbot.notes.fragment_keys import blank_in_a_list
from quizbot.notes.line_questions import asked_outright
from quizbot.notes.names import expansions
from quizbot.notes.outline import parse_outline
from quizbot.notes.repeats import one_date_per_event
from quizbot.notes.shorthand import write_out
from quizbot.notes.term_nouns import kind_named
from quizbot.notes.terms import resolve_pronoun
from tests.unit.notes_support import (
    asked_by_answer,
    by_key,
    candidates,
    cloze_keys,
    generated,
    head_verdict,
    short_questions,
)


def test_an_acronym_a_glossary_line_spells_out_is_found() -> None:
    """``OSAT: Outsourced Semiconductor Assembly and Test → …``: the acronym the line opens
    on and the words right after it whose initials spell it (a hyphenated word's parts
    each count); words that do not spell it, or run on into a sentence, are no long form."""
    cases = {
        "PHWR: Pressurised Heavy Water Reactor → natural uranium fuel": "Pressurised Heavy Water Reactor",
        "**GLOF** – Glacial Lake Outburst Flood, sudden release of a dammed lake": "Glacial Lake Outburst Flood",
        "SBAS: Satellite-Based Augmentation System (GAGAN is India's)": "Satellite-Based Augmentation System",
        "ECLSS: Environmental Control & Life Support System → air": "Environmental Control & Life Support System",
    }
    for line, long in cases.items():
        found = find_leading_long_form(line)
        assert found is not None and found.long == long, (line, found)
    for line in (
        "RBI: Reserve Bank of India was set up in 1935",  # runs on into a sentence
        "ISRO: launched Aryabhata in 1975",  # no long form
        "NE: North-East India",  # one letter short
    ):
        assert find_leading_long_form(line) is None, line


def test_a_glossary_acronym_is_asked_what_it_stands_for() -> None:
    """Glossary lines ``AEFI: Adverse Event Following Immunisation → …`` gave no question on
    the acronym's words (holdout 425: OSAT, a key fact, never asked): the note teaches the
    expansion, so "What does AEFI stand for?" is asked."""
    notes = (
        "# Universal Immunisation Programme\n\n## Basics\n"
        "- Launched 1985; covers 12 vaccine-preventable diseases\n\n"
        "## Glossary\n"
        "AEFI: Adverse Event Following Immunisation → any untoward medical event after a shot\n"
        "VVM: Vaccine Vial Monitor → heat-sensitive label that changes colour\n"
    )
    asked = short_questions(notes)
    assert asked.get("What does AEFI stand for?") is not None, sorted(asked)
    assert asked["What does AEFI stand for?"].answer == "Adverse Event Following Immunisation"


def test_a_question_on_what_an_acronym_does_goes_before_its_letters() -> None:
    """ "What does LIBS stand for?" prints LIBS, the key of "Which term is described as
    “fires a laser at soil …”?"; one of the two is kept, and it is the one on what the
    thing does (the letters are accepted as its answer)."""
    notes = (
        "# Mars rovers\n\n## Instruments\n- Cameras and spectrometers on a mast\n\n"
        "## Glossary\n"
        "SHERLOC: Scanning Habitable Environments with Raman & Luminescence for Organics & "
        "Chemicals, a spectrometer that looks for organic molecules in rock\n"
        "XRF: X-Ray Fluorescence, reads the elements of a rock from the glow it gives back when struck\n"
    )
    prompts = [q.prompt for q in generated(notes) if isinstance(q, Short)]
    assert any("reads the elements of a rock" in p for p in prompts), prompts
    assert "What does XRF stand for?" not in prompts, prompts


def test_a_long_form_cut_short_is_asked_written_out() -> None:
    """``RDAC: Recombinant DNA Advisory Cttee``, ``IFC: Infrastructure Finance Co``: the key
    is the long form written out, the writer's short word accepted too."""
    notes = (
        "# Company law\n\n## Glossary\n"
        "NFRA: National Financial Reporting Authority → regulates auditors\n"
        "OPC: One Person Co → a company with a single member\n"
        "CSR: Corporate Social Responsibility Cttee → board panel on the 2% spend\n"
    )
    asked = short_questions(notes)
    opc = asked.get("What does OPC stand for?")
    assert opc is not None, sorted(asked)
    assert opc.answer == "One Person Company" and "One Person Co" in opc.aliases, opc


def test_a_glossary_lead_in_after_the_last_section_files_its_terms_under_glossary() -> None:
    """``Glossary:`` at the end of the last section, over its bulleted terms, filed them
    under that section (holdout 427: "Project Cheetah › Way forward" on "Boma"; a coach:
    the topic line is wrong)."""
    notes = (
        "# Snow leopard conservation\n\n## Status\n- Vulnerable on the IUCN Red List\n\n"
        "## Way forward\n- Community-based livestock insurance in Ladakh villages\n\n"
        "Glossary:\n"
        "- Ounce: another name for the snow leopard, used in older texts\n"
        "- Corral: predator-proof livestock pen built with wire-mesh roofs\n"
    )
    asked = [q for q in generated(notes) if "Corral" in (q.text if isinstance(q, Cloze) else "")]
    asked += [q for q in generated(notes) if isinstance(q, Short) and q.answer == "Corral"]
    assert asked, [q.topic for q in generated(notes)]
    assert all(q.topic == "Snow leopard conservation › Glossary" for q in asked), asked


def test_an_adjective_in_ing_keeps_its_article() -> None:
    """ "What is founding treaty giving BIMSTEC … called?" (holdout 427, weak: ungrammatical):
    ``founding`` describes the treaty; it is no activity."""
    notes = (
        "# Indian Ocean Rim Association\n\n## Glossary\n"
        "- Charter: founding treaty giving IORA a legal personality and a secretariat\n"
        "- Dialogue partner: state invited to meetings without being a member\n"
    )
    prompts = [q.prompt for q in generated(notes) if isinstance(q, Short)]
    assert any(p.startswith("What is a founding treaty giving") for p in prompts), prompts


def _in_which_year(qid: str, prompt: str, year: str) -> Mcq:
    """A "when?" choice question on ``year`` and the three years around it."""
    y = int(year)
    return Mcq(
        id=qid,
        topic="t",
        prompt=prompt,
        options=(year, *map(str, (y - 1, y + 1, y - 2))),
        answer=year,
    )


def test_an_event_named_by_its_acronym_is_asked_when_once() -> None:
    """ "In which year was SBM launched?" after "On what date was the Swachh Bharat Mission
    launched?" (holdout 426, weak: one fact, two questions): the acronym is the name's
    initials, and the coarser date goes."""
    finer = Short(
        id="a",
        topic="t",
        prompt="On what date was the Smart Cities Mission launched?",
        answer="25 June 2015",
    )
    coarser = _in_which_year("b", "In which year was SCM launched?", "2015")
    other = _in_which_year("c", "In which year was AMRUT launched?", "2015")
    assert one_date_per_event([finer, coarser, other]) == [finer, other]


def test_a_line_head_under_a_benefits_section_is_no_term() -> None:
    """ "Which term is described as “government buyers relax prior-experience & turnover
    norms”?" = Public procurement (holdout 427, bad: the head is the writer's label for a
    benefit, and the description gives it away)."""
    notes = (
        "# PM Vishwakarma Scheme\n\n## Basics\n"
        "- Launched 17 Sept 2023 for artisans in 18 trades\n\n## Benefits\n"
        "- Recognition → certificate and ID card for each artisan enrolled\n"
        "- Skill upgradation → basic training of 5 to 7 days with a daily stipend\n"
        "- Market linkage → quality certification, branding and e-commerce onboarding\n"
    )
    assert "Market linkage" not in asked_by_answer(notes)


def test_the_first_of_a_slashed_list_of_alternatives_is_not_blanked() -> None:
    """ "___ co / registered partnership firm / LLP incorporated in India" (holdout 427, bad:
    one item of a list of alternatives, no single answer)."""
    notes = (
        "# Producer companies\n\n## Who counts as a producer company? (Companies Act, 2013)\n"
        "- Pvt Ltd co / cooperative society / trust registered in India\n"
        "- Members → at least **10 farmers** or two producer institutions\n"
        "- Turnover → not above **₹50 cr** in any FY\n"
    )
    assert "Pvt Ltd" not in cloze_keys(notes)


def _a_list_slot(notes: str, key: str) -> bool:
    """Is every draft keyed ``key`` turned away by :func:`blank_in_a_list`?"""
    ctx, _ = candidates(notes)
    found = by_key(notes, key)
    return bool(found) and all(blank_in_a_list(q, d, u, ctx) for d, q, u in found)


def test_a_blank_on_the_head_of_a_documents_title_cuts_its_name() -> None:
    """ "___ for the Indian One-horned Rhino (2019)" keyed National Conservation Strategy
    (holdout 429, bad: the title's first words, which many fillers fit)."""
    notes = (
        "# Great Indian Bustard\n\n## The bird\n"
        "- Critically Endangered (IUCN); Schedule I of WPA\n\n"
        "Conservation steps:\n"
        "- **Project GIB** (2016) — Rajasthan govt + WII; captive breeding at Sam, Jaisalmer\n"
        "- National Action Plan for the Great Indian Bustard (2013)\n"
    )
    assert _a_list_slot(notes, "National Action Plan")


def test_the_first_of_a_list_of_groups_is_a_list_slot() -> None:
    """ "___ members, Hindu Mahasabha, RSS-linked groups; …" keyed Conservative Congress
    (holdout 429, bad: a fragment, and any of the groups fits the blank)."""
    notes = (
        "# Poona Pact (1932)\n\n## Background\n"
        "- Communal Award (Aug 1932) gave separate electorates to Depressed Classes\n"
        "Opposition:\n"
        "- Sanatanist Congress members, Hindu Mahasabha, Arya Samaj leaders; Viceroy"
        " **Willingdon** refused to intervene\n"
    )
    assert _a_list_slot(notes, "Sanatanist Congress")


def test_it_never_stands_for_a_person_named_in_a_role() -> None:
    """ "Ambedkar, as Law Minister, piloted a … Bill. It was stalled and dropped in 1951"
    was asked "Ambedkar was stalled and dropped in ___." (holdout 429, bad: the Bill was
    dropped); "he" still stands for him."""
    before = "Patel, as Home Minister, moved a States Bill in the Provisional Parliament."
    assert resolve_pronoun("It was passed in 1950.", before) is None
    assert resolve_pronoun("He died in 1950.", before) == "Patel died in 1950."


def test_a_sort_of_committee_with_no_name_is_not_asked_its_year() -> None:
    """ "With which year is the Select Committee associated?" from ``(1948) Select Committee
    under Ambedkar on Hindu Code Bill`` (holdout 429, bad: which committee?)."""
    notes = (
        "# Lokpal Act\n\n## Timeline\n"
        "- (1968) first Lokpal Bill introduced in Lok Sabha\n"
        "- (2011) Select Committee under Satyavrat Chaturvedi on Lokpal Bill\n"
        "- (2013) Lokpal and Lokayuktas Act passed\n"
    )
    prompts = [getattr(q, "prompt", "") for q in generated(notes)]
    assert "With which year is the Select Committee associated?" not in prompts, prompts


def test_a_table_rows_short_kind_word_is_read_written_out() -> None:
    """ "Who chaired the Drafting Committee committee?" from ``| Drafting Cttee | …`` under a
    ``Committee`` column (holdout 428, four weak: the column's noun added to a name that had
    it, cut short)."""
    notes = (
        "# Parliament of 1952\n\n## Committees\n"
        "| Committee | Chairman | Remark |\n|---|---|---|\n"
        "| Estimates Cttee | M.R. Masani | economy in spending |\n"
        "| Public Accounts Cttee | B. Das | audits accounts |\n"
        "| Privileges Cttee | K.N. Katju | — |\n"
    )
    asked = sorted(short_questions(notes))
    assert "Who chaired the Estimates Committee?" in asked, asked
    assert not [p for p in asked if "Committee committee" in p], asked


def test_a_head_that_says_when_its_line_happened_is_not_identified() -> None:
    """ "Which plan is this: 3 June 1947; ML members … withdrew?" = "After Mountbatten Plan"
    (holdout 428, bad: the key carries "After", and the line says what came after it)."""
    notes = (
        "# Constituent Assembly of India\n\n## Composition (Cabinet Mission scheme)\n"
        "- Total **389** seats: 292 provinces + 93 princely states + 4 chief commissioner's"
        " provinces\n"
        "- Princely state reps to be **nominated** by rulers\n\n"
        "Elections (July–Aug 1946): INC 208, Muslim League 73, small groups/independents 15.\n\n"
        "After Wavell Plan (14 June 1945) → Viceroy's council to be all-Indian; League"
        " withdrew; talks came down to **nothing**.\n"
    )
    asked = [q.answer for q in short_questions(notes).values()]
    assert not [a for a in asked if a.startswith("After")], asked


def test_a_deed_before_by_is_not_blanked() -> None:
    """ "Princely state reps to be ___ by rulers" = nominated (holdout 428, bad: the "by"
    leaves a guess between nominated and appointed)."""
    notes = (
        "# Legislative Councils\n\n## Composition (Art 171 scheme)\n"
        "- Total: not more than **1/3** of the Assembly, at least 40 members\n"
        "- One-sixth to be **nominated** by Governor\n"
        "- NB: gap b/w design & practice → only six states have one\n"
    )
    assert "nominated" not in cloze_keys(notes)


def test_a_definition_opening_on_a_possessive_takes_no_the() -> None:
    """ "Which resolution is the Nehru's statement of the CA's philosophy?" (holdout 428,
    weak: broken grammar)."""
    cloze = Cloze(
        id="x",
        topic="Non-Cooperation Movement › Glossary",
        prompt="p",
        text="{{Swaraj Resolution}}: Gandhi's statement of the movement's aim; adopted (1920).",
    )
    asked = asked_outright(cloze)
    assert isinstance(asked, Short)
    assert asked.prompt == "Which resolution is Gandhi's statement of the movement's aim?"


def test_a_sections_everyday_word_is_no_name_to_ask_of() -> None:
    """ "On what date was Course launched?" from ``## Course`` over ``Launched 1 Aug 1920``:
    a section's label read as the thing launched."""
    notes = (
        "# Non-Cooperation Movement\n\n## Course\n- Launched 1 Aug 1920 after the Khilafat call\n"
    )
    prompts = sorted(short_questions(notes))
    assert "On what date was Course launched?" not in prompts, prompts


def test_a_name_that_says_its_kind_is_asked_by_that_kind() -> None:
    """ "Which term is described as “bird sanctuary (1987 …)”?" = Nalabana Island (holdout
    428, weak: an island is no term); a term with a kind word in it stays a term."""
    assert kind_named("term", "Nalabana Island") == "island"
    assert kind_named("term", "Hirakud Dam") == "dam"
    assert kind_named("term", "Gravity dam") == "term"  # a sort of dam: a term
    assert kind_named("term", "Lagoon") == "term"
    assert kind_named("scheme", "Nalabana Island") == "scheme"


def test_a_seat_in_a_line_is_not_its_predecessors() -> None:
    """ "Where is the secretariat of COCOM?" = Vienna from ``Successor to Cold-War **COCOM**;
    …; secretariat in Vienna`` under Wassenaar (holdout 430, bad: a wrong fact taught)."""
    notes = (
        "# Chemical weapons\n\n## Regimes\n\n### OPCW\n"
        "- Successor to Cold-War **Preparatory Commission**; set up at The Hague (1997);"
        " secretariat in The Hague\n"
        "- Monitors the CWC → inspections of declared sites\n"
    )
    prompts = sorted(short_questions(notes))
    assert "Where is the secretariat of the Preparatory Commission?" not in prompts, prompts


def test_a_list_of_countries_is_no_place_and_its_region() -> None:
    """ "… by {{India, Iran, Russia|India, Iran}}" (holdout 430, bad: the answer without
    Russia marked right): only a place before its region is the place alone."""
    assert "India, Iran" not in expansions("India, Iran, Russia")
    assert "Suratgarh" in expansions("Suratgarh, Rajasthan")


def test_a_closing_glossary_ends_at_the_writers_next_note() -> None:
    """ "Criticism → India returned captured land …" after the glossary's entries was filed
    under "› Glossary" (holdout 431, bad with "Pak later internationalised ___ anyway.")."""
    notes = (
        "# Tashkent Declaration (1966)\n\n## Terms\n- Both sides to withdraw to pre-war"
        " positions\n\nGlossary:\n"
        "- Ceasefire line: the line where the fighting stopped\n"
        "- Mediation: a third party's help in a dispute\n\n"
        "Prime Minister Lal Bahadur Shastri died at Tashkent on 11 January 1966.\n"
    )
    items = parse_outline(notes).items
    assert items[-2].label == "Glossary"
    assert items[-1].raw.startswith("Prime Minister") and items[-1].label == "", items[-1]


def test_a_sentence_that_ends_on_anyway_leans_back() -> None:
    """ "Pak later internationalised ___ anyway." (holdout 431, bad: "anyway" answers a
    sentence the learner never sees)."""
    notes = (
        "# Tashkent Declaration (1966)\n\n## Criticism\n"
        "India gave back the Haji Pir pass without a settlement. Pakistan later raised"
        " Kashmir at the UN anyway.\n"
    )
    assert "Kashmir" not in cloze_keys(notes), cloze_keys(notes)


def test_a_closing_timeline_after_the_last_sections_lines_is_the_notes() -> None:
    """ "(1948) CSB Act → …" under a closing ``Timeline:`` after the last section's lines was
    filed under "Bamboo › National Bamboo Mission" (holdout 431, weak: the wrong section); a
    ``Timeline:`` right under its heading stays that section's."""
    notes = (
        "# Tea and Coffee in India\n\n## Tea\n- Assam, Darjeeling, Nilgiris\n\n"
        "## Coffee\n\n### Coffee Board\n- Statutory body under the Ministry of Commerce\n"
        "- HQ Bengaluru\n\n"
        "Timeline:\n"
        "- (1953) Tea Act passed → Tea Board set up (1954)\n"
        "- (1942) Coffee Act passed\n"
    )
    asked = [q for q in generated(notes) if "Tea Act" in getattr(q, "prompt", "")]
    assert asked, [getattr(q, "prompt", "") for q in generated(notes)]
    assert all(q.topic == "Tea and Coffee in India › Timeline" for q in asked), asked
    mine = "# Tea\n\n## Tea\n- Assam\n\n## Nilgiris\nTimeline:\n- (1953) Tea Act passed\n"
    assert all(i.label == "" for i in parse_outline(mine).items)


def test_the_writers_thing_to_remember_is_no_fact_line() -> None:
    """ "The big thing to remember for Sanchi is that the ___ is never shown …" (holdout 433,
    bad: the writer's study talk, and the blank anyone fills)."""
    notes = (
        "# Bharhut Stupa\n\n## 1. Bharhut — the basics\n"
        "- Shunga period (2nd c. BCE); railing panels now in the Indian Museum, Kolkata\n\n"
        "The big thing to remember for Bharhut is that the Jatakas are labelled in Brahmi on"
        " the railing.\n"
    )
    assert "Jatakas" not in cloze_keys(notes)


def test_a_sections_aspect_of_a_thing_is_not_whose_founder() -> None:
    """ "Who founded the Origin of the kingdom?" (holdout 433, bad: the heading asked)."""
    notes = (
        "# Bahmani Sultanate\n\n## Origin of the kingdom\n"
        "- Founder: **Alauddin Hasan Bahman Shah** (1347), revolted against Muhammad bin"
        " Tughlaq\n"
    )
    assert "Who founded the Origin of the kingdom?" not in short_questions(notes)


def test_a_name_said_of_a_person_is_no_term() -> None:
    """ "Which term is described as “E.V. Ramasamy, hailed as …”?" = Periyar (holdout 432,
    bad: a person's title asked as a term, the person printed)."""
    notes = (
        "# Self-Respect Movement\n\n## Leaders\n- Founded 1925 in Madras Presidency\n\n"
        "## Glossary\n"
        "- Thanthai: C.N. Annadurai's name for his mentor, used in DK speeches\n"
        "- Kudi Arasu: Tamil weekly of the movement (1925)\n"
    )
    assert "Thanthai" not in cloze_keys(notes)
    assert "Thanthai" not in [q.answer for q in short_questions(notes).values()]


def test_a_deed_done_by_a_ministry_is_asked_which_ministry() -> None:
    """ "Who launched RSBY in 2008?" = Ministry of Labour (holdout 432, weak: "Who" of a
    ministry, and "Labour" marked wrong)."""
    notes = (
        "# Mid-day meal scheme\n\n## Timeline\n"
        "- (1995) NP-NSPE launched by Ministry of Education → cooked meals in primary schools\n"
        "- (2001) SC order in PUCL case → cooked meals in every govt school\n"
    )
    asked = short_questions(notes).get("Which ministry launched NP-NSPE in 1995?")
    assert asked is not None, sorted(short_questions(notes))
    assert asked.answer == "Ministry of Education" and "Education" in asked.aliases


def test_an_acronym_with_a_capitalised_short_word_is_its_names_initials() -> None:
    """ "In which month and year was PMUY launched?" after "On what date was PM Ujjwala
    Yojana launched?" (holdout 433, weak: one fact, two questions)."""
    finer = Short(
        id="a", topic="t", prompt="On what date was PM Awas Yojana launched?", answer="25 June 2015"
    )
    coarser = Short(id="b", topic="t", prompt="In which year was PMAY launched?", answer="2015")
    assert one_date_per_event([finer, coarser]) == [finer]


def test_a_line_head_that_says_something_of_its_noun_is_no_term() -> None:
    """ "Which term is described as “government couldn't pay troops”?" = Treasury empty;
    "… “small community jetties …”?" = Arth Ganga tie-in (holdout 434, two bad)."""
    assert head_verdict("Treasury empty") is not None
    assert head_verdict("Sikh tie-in") is not None
    assert head_verdict("Capital flight") is None
    assert head_verdict("Escape clause") is None
    assert head_verdict("Mascarene High") is None  # a name


def test_a_deed_done_by_a_people_is_not_asked_who() -> None:
    """ "Who annexed Punjab in 1849?" = British (holdout 435, bad: Dalhousie or the Company
    are fair answers the key refuses)."""
    notes = (
        "# Awadh\n\n## Timeline\n"
        "- (1801) Subsidiary treaty → half of Awadh ceded\n"
        "- (1856) Awadh annexed by British\n"
        "- (1857) Begum Hazrat Mahal leads revolt at Lucknow\n"
    )
    assert "Who annexed Awadh in 1856?" not in short_questions(notes)


def test_the_writers_imp_mark_closing_a_line_is_dropped() -> None:
    """ "… (both seen at same site) important" (holdout 433, bad: the writer's "imp." mark
    written out as a word of the fact); "imp." inside a line is still "important"."""
    assert write_out("Nagara – curvilinear shikhara, no boundary wall imp.") == (
        "Nagara – curvilinear shikhara, no boundary wall"
    )
    assert write_out("Vesara (imp)") == "Vesara"
    assert write_out("the imp. point") == "the important point"


def test_a_clause_with_a_negative_modal_is_no_noun_phrase() -> None:
    """ "Which mission (1946) is a paramountcy can't be transferred to the successor
    government?" (holdout 436, bad: a clause read as what the mission is)."""
    assert not is_phrase("paramountcy can't be transferred to the successor government")
    assert not is_phrase("the Union cannot alter its boundaries")
    assert is_phrase("share of NDTL that banks must keep as cash with RBI")


def test_a_mass_satyagraha_with_no_name_is_not_asked_its_date() -> None:
    """ "On what date did the Mass satyagraha begin?" (holdout 436, bad: which one?)."""
    notes = (
        "# Pondicherry's merger\n\n## Timeline\n"
        "- (1947) French India keeps five settlements\n"
        "- (2 Aug 1954) Mass satyagraha at Yanam → local council votes to join India\n"
        "- (1 Nov 1954) de facto transfer to India\n"
    )
    assert "On what date did the Mass satyagraha begin?" not in short_questions(notes)


def test_a_label_said_of_a_named_body_and_an_adverb_are_no_blanks() -> None:
    """ "___: Bharat Broadband Network Ltd (BBNL), set up (2012)" = SPV and "___, the idea
    was a government-built highway …" = Phase-wise (holdout 437, two bad)."""
    notes = (
        "# Sagarmala\n\n## Basics\n"
        "- SPV: Sagarmala Development Company Ltd (SDCL), set up (2016) under MoPSW\n"
        "- Launched 2015 → port-led development along the coast\n\n"
        "## How it works\n"
        "Port by port, the plan links coastal clusters to rail. Phase-wise, the idea was a"
        " state-built spine on which private lines run.\n"
    )
    keys = cloze_keys(notes)
    assert "SPV" not in keys and "Phase-wise" not in keys, keys


def test_a_sentence_that_opens_on_same_story_leans_back() -> None:
    """ "Same story at ___ after its harbour was built." (holdout 439, bad: the story is the
    sentence before it)."""
    notes = (
        "# Beach erosion\n\n## Causes\n"
        "Eg. Visakhapatnam harbour: net drift on the east coast runs south to north, so the"
        " beach north of the breakwater starves. Same story at Paradip after its port was built.\n"
    )
    assert "Paradip" not in cloze_keys(notes), cloze_keys(notes)


def test_a_table_of_approaches_named_in_plain_words_is_not_identified() -> None:
    """ "Which approach is this: surface-water piped schemes …?" = Alt. source, and … = Health
    (holdout 438, two bad: the note's own row labels, the clue giving them away)."""
    notes = (
        "# Disaster risk reduction\n\n## Remedies\n"
        "| Approach | Floods | Droughts |\n|---|---|---|\n"
        "| Structural | embankments, reservoirs, river training | check dams, farm ponds |\n"
        "| Alt. source | flood-plain zoning, relocation | groundwater recharge, rainwater harvesting |\n"
        "| Early warning | CWC forecasts, IMD alerts | drought monitoring cells, SPI maps |\n"
        "| Health | boiled water, ORS, vector control | fodder banks, nutrition camps |\n"
    )
    assert not [q for q in generated(notes) if isinstance(q, Mcq)]
