"""Classes found on the fortieth session's holdouts (440-451), each fixed on made-up notes
of another subject."""

from __future__ import annotations

import dataclasses

from quizbot.bank.model import Cloze, Mcq
from quizbot.notes.dated_lines import dated_sentence
from quizbot.notes.drafts import Draft
from quizbot.notes.event_words import head_nouns
from quizbot.notes.gate import partly_given_away
from quizbot.notes.gate_choices import unfit_distractors
from quizbot.notes.grammar import opens_on_its_verb
from quizbot.notes.name_pairs import other_names_index
from quizbot.notes.outline import parse_outline
from quizbot.notes.pronouns import unresolved_pronoun
from quizbot.notes.section_labels import sub_label_as_term
from quizbot.notes.superlatives import ranks_nothing
from quizbot.notes.tenses import is_a_deed
from quizbot.notes.terms import resolve_pronoun
from quizbot.notes.timeline_questions import when_question
from quizbot.notes.topic_keys import one_of_a_list
from tests.unit.notes_support import (
    by_key,
    candidates,
    chosen_or_typed_prompts,
    cloze_keys,
    generated,
    head_verdict,
    short_questions,
)

_PLATES = (
    "# Plate tectonics\n\n## Boundaries\n\n"
    "- Divergent boundaries pull plates apart.\n"
    "- Convergent boundaries push them together.\n\n"
    "## Key terms\n\n"
    "Mid-ocean ridge: underwater mountain chain where new crust forms, exposed above sea "
    "level in Iceland.\n"
    "Subduction: sinking of an oceanic plate beneath another plate, as along the Mariana "
    "Trench.\n"
    "Pangaea: supercontinent that broke up about 200 million years ago, named by Alfred "
    "Wegener.\n"
    "Hotspot: fixed plume of hot mantle that built the Hawaiian Islands.\n"
)


def test_a_name_inside_a_glossary_definition_is_asked_with_its_term_in_front() -> None:
    """``Southern Oscillation: see-saw … between Tahiti and Darwin`` (holdout 440: Tahiti and
    Darwin, a key fact, never asked): the glossary's term before the colon is the subject of
    the definition, not a label, so a name inside the definition is blanked with it shown."""
    assert "Alfred Wegener" in cloze_keys(_PLATES)


def test_a_label_or_an_acronym_before_a_colon_still_keeps_its_cloze_out() -> None:
    """An everyday word over a fact (``Urban: ___, water charges``), an acronym (``HCoC:
    Hague Code of Conduct against ___``: its letters are asked) and a blank that opens the
    definition (``Periyar: ___, hailed as …``) are not a term's definition."""
    notes = (
        "# Local finance\n\n## Own revenue\n\n"
        "Urban: property tax, water charges and advertisement tax collected by Municipal "
        "Corporations.\n"
        "Rural: house tax and market fees collected by the Gram Panchayat.\n\n"
        "## Glossary\n\n"
        "SFC: State Finance Commission set up under Article 243-I every five years.\n"
        "Octroi: entry tax on goods, abolished in Maharashtra in 2017.\n"
    )
    keys = cloze_keys(notes)
    assert "Municipal Corporations" not in keys and "Gram Panchayat" not in keys, keys
    assert not any("243" in key for key in keys), keys


def test_a_description_whose_first_syllables_spell_the_acronym_asked_is_not_asked() -> None:
    """``EQUINOO: Equatorial Indian Ocean Oscillation, …`` asked "Which term is described as
    “Equatorial Indian Ocean Oscillation, …”?" (holdout 440, bad): the description's first
    syllables spell the answer."""
    notes = (
        "# Ocean science\n\n## Basics\n\n- Oceans cover about 71 per cent of the surface.\n\n"
        "## Related terms\n\n"
        "INDOEX: Indian Ocean Experiment, a 1999 field campaign that traced the brown haze "
        "over the Arabian Sea.\n"
        "AMOC: Atlantic Meridional Overturning Circulation, the conveyor that carries warm "
        "water north.\n"
    )
    asked = {q.answer for q in short_questions(notes).values()}
    assert "INDOEX" not in asked and "Atlantic Meridional Overturning Circulation" in asked


def test_an_acronym_inside_a_longer_one_of_the_question_gives_the_answer_away() -> None:
    """ "Which act (2005) is this: NCPCR set up (2007)?" = CPCR Act (holdout 440, bad): the
    question's NCPCR holds the answer's letters."""
    notes = (
        "# Insurance sector\n\n## Basics\n\n- Life insurance was nationalised in 1956.\n\n"
        "## Timeline\n\n"
        "- (1956) LIC Act → life insurers nationalised\n"
        "- (1999) IRDA Act → IRDAI set up (2000) as regulator\n"
    )
    ctx, _ = candidates(notes)
    found = by_key(notes, "IRDA Act")
    assert found
    for draft, question, unit in found:
        assert partly_given_away(question, draft, unit, ctx), draft.rule


def test_the_long_form_of_an_acronym_blanked_printed_beside_it_gives_it_away() -> None:
    """``___: Warsaw mechanism for knowledge, dialogue & action`` = WIM, Warsaw International
    Mechanism (holdout 445, bad): the long form's first word, a name, is in the question."""
    notes = (
        "# Conflict diamonds\n\n## Background\n\n"
        "- (2003) Kimberley Process Certification Scheme (KPCS) launched after UNGA "
        "resolution\n"
        "- India chaired the scheme in 2019\n\n"
        "## Glossary\n\n"
        "KPCS: Kimberley scheme that certifies rough diamonds as conflict-free, run by states, "
        "industry and NGOs\n"
        "Blood diamond: gem mined in a war zone to fund an insurgency\n"
    )
    assert "KPCS" not in cloze_keys(notes)


def test_a_line_head_that_is_the_writers_lead_in_is_no_term() -> None:
    """ "Which term is described as “a fund based on solidarity, not liability”?" = The
    compromise (holdout 445, bad): an article and everyday words before a colon open the
    writer's sentence; a name after "The" is still a term."""
    assert head_verdict("The bargain") is not None
    assert head_verdict("The compromise") is not None
    assert head_verdict("The Hague Convention") is None
    assert head_verdict("Doctrine of lapse") is None


def test_a_provision_of_a_treaty_is_not_asked_when_it_was_signed() -> None:
    """ "In which year was the Paris Agreement Article 8 signed?" (holdout 445, bad): an
    article is part of the treaty, never signed alone."""
    notes = (
        "# River water disputes\n\n## Background timeline\n\n"
        "- (1947) Partition splits the Indus basin → canal headworks in India\n"
        "- (1948) India stops water to Pakistan's canals → crisis\n"
        '- (1960) Indus Waters Treaty **Article 9** → "questions, differences and disputes" '
        "go to a neutral expert; no veto for either side\n"
        "- (2007) neutral expert rules on **Baglihar** dam\n"
    )
    prompts = [q.prompt for q in short_questions(notes).values()]
    assert not any("Article 9" in p for p in prompts), prompts
    assert head_nouns(["indus", "waters", "treaty", "article", "9"]) == []
    assert head_nouns(["indus", "waters", "treaty"]) == ["treaty"]


def test_a_list_of_deeds_is_not_asked_as_terms_or_matched() -> None:
    """ "Which contribution is described as “corps of loyal Turkish slave nobles”?" with
    options "Formed Turkan-i-Chahalgani", "Organised the iqta system", "Nominated daughter
    Raziya …" (holdout 441, bad): a ruler's deeds are no kind of thing to pick or match."""
    notes = (
        "# Khalji dynasty\n\n"
        '## Alauddin Khalji (1296–1316) – "second Alexander"\n\n'
        "- Seized the throne after killing uncle Jalaluddin (1296)\n"
        "- Mongol raids repulsed → Kili (1299), Amroha (1305)\n\n"
        "Reforms:\n"
        "- Capital guarded by **Siri** fort → new walled city\n"
        '- Introduced **dagh** ("the brand") – branding of horses to stop fraud\n'
        "- Set up the **Diwan-i-Riyasat** – market control department\n"
        "- Organised the **huliya** system → descriptive roll of each soldier\n"
        "- Coins → silver tanka struck in large numbers\n"
        "- Appointed **shahna-i-mandi** – market superintendent\n"
    )
    for question in generated(notes):
        shown = repr(question)
        assert "Introduced dagh" not in shown and "Set up the Diwan" not in shown, shown
    assert is_a_deed("Organised") and is_a_deed("Patronised") and not is_a_deed("United")


def test_a_heading_of_one_everyday_word_and_years_is_no_doer() -> None:
    """``## Reign (1509–1529)`` over ``- Captured **Raichur** doab (1520) …`` made "Reign
    captured ___ doab (1520) …" (found writing this session's tests): a label and a span
    of years is no ruler's heading."""
    notes = (
        "# Krishnadeva Raya\n\n## Reign (1509–1529)\n\n"
        "Achievements:\n"
        "- Defeated **Gajapati** ruler Prataparudra → regained Udayagiri & Kondavidu\n"
        "- Captured **Raichur** doab (1520) from Bijapur's Ismail Adil Shah\n"
        "- Built the **Vitthala temple** at Hampi; Hazara Rama temple completed\n\n"
        "## Decline\n\n- (1565) Battle of Talikota → Hampi sacked\n"
    )
    assert not any("Reign " in repr(q) for q in generated(notes))


_WOMEN = (
    "# Women's movement in colonial India\n\n## Organisations\n\n"
    "- Women's Indian Association (1917) → Annie Besant, Margaret Cousins; Madras\n"
    "- All India Women's Conference → first met at Pune; education first, then franchise\n"
    "- Bharat Stree Mahamandal (1910) → Sarala Devi Chaudhurani\n\n"
    "## Landmarks\n\n"
    "- Mahila Seva Samaj → one of earliest women's bodies in Bangalore\n"
    "- Kanya Mahavidyalaya → one of first girls' colleges in Punjab\n"
    "- Bethune College → first women's college in Asia\n\n"
    "## Timeline\n\n"
    "- (1910) Bharat Stree Mahamandal\n"
    "- (1917) Women's Indian Association\n"
    "- (1927) All India Women's Conference\n"
    "- (1929) Sarda Act → child marriage restrained\n"
)


def test_a_term_described_as_one_of_many_is_not_asked() -> None:
    """ "What is one of largest mosques in Deccan called?" = Jami Masjid (holdout 447, bad):
    "one of" says that others fit too."""
    asked = {q.answer for q in short_questions(_WOMEN).values()}
    assert "Kanya Mahavidyalaya" not in asked and "Mahila Seva Samaj" not in asked, asked


def test_a_body_that_met_every_year_is_not_asked_when_it_was_held() -> None:
    """ "In which year was the Indian National Social Conference held?" (holdout 446, bad:
    it met each year beside the Congress sessions, so 1888 is right too); an All India or
    Indian National conference is such a body."""
    prompts = chosen_or_typed_prompts(_WOMEN)
    assert not any("Women's Conference" in p for p in prompts), prompts
    assert any("Sarda Act" in p for p in prompts), prompts


def test_a_line_that_points_back_with_such_is_not_asked() -> None:
    """ "Which article is this: such laws not amendments under Art 368?" = Art 4 (holdout
    443, bad): "such laws" are the line before's, which the learner never sees."""
    notes = (
        "# Emergency provisions\n\n## Articles (imp.)\n\n"
        "- Art 352 → National Emergency on war, external aggression or armed rebellion\n"
        "- Art 358 → such laws cannot be challenged for violating Art 19 during the Emergency\n"
        "- Art 359 → President may suspend enforcement of FRs except Arts 20 and 21\n"
        "- Art 360 → Financial Emergency, never imposed so far\n"
    )
    shown = [repr(q) for q in generated(notes)]
    assert not any("such laws" in s for s in shown), shown
    assert any("Financial Emergency" in s for s in shown), shown


def test_a_sub_label_and_what_is_done_to_it_is_no_term() -> None:
    """ "___: dissolved or kept in suspended animation; Parliament makes state laws" =
    Legislature (holdout 443, bad): a one-word label and a participle say what happens to
    it, not what a term means."""
    notes = (
        "# Financial Emergency\n\n## Basics\n\n"
        "- Art 360 → threat to financial stability or credit of India\n"
        "- Never imposed so far\n\n"
        "### Effects\n"
        "- Centre may direct states to observe canons of financial propriety\n"
        "- Salaries: reduced for all govt servants, incl. SC & HC judges\n"
        "- Money bills: reserved for President's consideration after state legislature passes "
        "them\n"
        "- FRs untouched\n"
    )
    assert "Salaries" not in cloze_keys(notes)


def test_a_deeds_verb_is_no_part_of_the_name_a_nickname_belongs_to() -> None:
    """``Formed **Turkan-i-Chahalgani** ("the Forty")`` made "Formed Turkan-i-Chahalgani" an
    accepted answer of "the group of ___ Turkish nobles" = forty (holdout 441): the name is
    the deed's object, and a count is no nickname's key."""
    index = other_names_index('- Founded **Vikramashila** ("the Mahavihara") – Buddhist centre\n')
    assert index["the mahavihara"] == "Vikramashila"
    notes = (
        "# Iltutmish\n\n## Reign (1211–1236)\n\n"
        '- Formed **Turkan-i-Chahalgani** ("the Forty") – corps of loyal slave nobles\n'
        "- Balban later broke the power of the Forty\n\n"
        "## Glossary\n\n"
        "Chahalgani: the group of forty Turkish nobles formed by Iltutmish\n"
        "Iqta: revenue assignment in lieu of salary, given to nobles by the Sultan\n"
    )
    for question in generated(notes):
        assert "Formed Turkan" not in repr(question), question
        if isinstance(question, Cloze) and question.blanks[0][0] == "forty":
            assert "Turkan-i-Chahalgani" not in question.blanks[0], question


def test_the_year_of_a_timeline_sentence_is_asked_in_a_sentence() -> None:
    """``(2012) WHO removes India from list of polio-endemic countries`` gave its year only
    as the raw line, which the last gate drops (holdout 446: the year never asked): with the
    line put in a sentence, "In ___, WHO removed India …." is asked. A line that is no
    sentence (a noun made a verb) is still left alone."""

    def year_asked(text: str) -> str | None:
        found = dated_sentence(Cloze(id="x", topic="t", text=text, prompt="p"), 2030)
        return found.text if isinstance(found, Cloze) else None

    assert (
        year_asked("({{1948}}) UN General Assembly adopts the UDHR in Paris")
        == "In {{1948}}, the UN General Assembly adopted the UDHR in Paris."
    )
    assert year_asked("({{1930}}) Gandhi leads Salt March to Dandi") == (
        "In {{1930}}, Gandhi led Salt March to Dandi."
    )
    assert year_asked("({{2009}}) Planetary boundaries framework") is None


def test_a_named_events_year_is_still_asked_outright_before_its_sentence() -> None:
    """ "In which year was AMRUT launched?" stays ahead of the same year blanked in the line's
    sentence ("In ___, AMRUT was launched (June).")."""
    notes = (
        "# Urban missions\n\n## Basics\n\n- Urban India holds about a third of the population.\n\n"
        "## Timeline\n\n"
        "- (2015) **AMRUT** launched (June) → water supply and sewerage in 500 cities\n"
        "- (2015) **Smart Cities Mission** launched → 100 cities chosen in rounds\n"
        "- (2021) AMRUT 2.0 approved → all statutory towns\n"
    )
    prompts = chosen_or_typed_prompts(notes)
    assert "In which year was AMRUT launched?" in prompts, prompts
    assert not any(isinstance(q, Cloze) and "2015" in q.text for q in generated(notes))


def test_the_only_pair_of_names_among_single_names_is_given_away() -> None:
    """ "Which other lake is this: Sonamarg area, alpine; twin high lakes?" with options
    Anchar, Hokersar, Sheshnag and Vishansar–Krishansar (holdout 449, bad): where the clue
    says two, the one pair among single names is the answer by its form."""
    ctx, _ = candidates("# Notes\n\n- A line\n")

    def picked(answer: str, *others: str, clue: str = "twin glaciers") -> str | None:
        question = Mcq(
            id="x",
            topic="t",
            prompt=f"Which one is this: {clue} …?",
            options=(*others, answer),
            answer=answer,
        )
        draft = Draft(Mcq, {}, "row", "row", answer, "k", "h", 1, key_text=answer)
        return unfit_distractors(question, draft, None, ctx)

    assert picked("Gangotri–Chaturangi", "Siachen", "Zemu", "Milam") is not None
    assert picked("Siachen", "Gangotri–Chaturangi", "Zemu", "Milam") is None
    assert (
        picked("Kesari / Mahratta", "Rast Goftar", "The Hindu", "Bande Mataram", clue="paper")
        is None
    )
    assert picked("Western Ghats & Sri Lanka", "Indo-Burma", "Sundaland", "Himalaya") is None


def test_each_event_of_a_timeline_chained_on_one_line_is_a_note_of_its_own() -> None:
    """``(1893) Besant in India → (1898) CHC Benares → (1907) … President`` (holdouts 444,
    446, 450: timelines written as one line of arrows) was one note, asked once at most;
    each dated event is now its own. An event that points back ("rescued by it") or is a
    thing's later moment ("… centenary") is still not asked when it was."""
    notes = (
        "# Banking reforms\n\n## Basics\n\n- Banks were nationalised in two rounds.\n\n"
        "## Timeline\n\n"
        "(1949) Banking Regulation Act passed → (1955) SBI set up → (1969) 14 banks "
        "nationalised → (1991) Narasimham Committee report → (1993) Indian Bank rescued by "
        "it → (2049) Banking Regulation Act centenary\n"
    )
    items = [item.raw for item in parse_outline(notes).walk()]
    assert "(1955) SBI set up" in items and "(1969) 14 banks nationalised" in items, items
    prompts = chosen_or_typed_prompts(notes)
    assert "In which year was the Narasimham Committee report published?" in prompts, prompts
    assert not any("rescued" in p or "centenary" in p or "2049" in p for p in prompts), prompts
    assert head_nouns(["ganga", "treaty", "expiry"]) == []


def test_a_participle_and_its_particle_take_their_auxiliary() -> None:
    """``(2015) NJAC struck down`` was put as "In ___, NJAC struck down." (holdout 384)."""
    text = "({{2024}}) Electoral Bond Scheme struck down"
    found = dated_sentence(Cloze(id="x", topic="t", text=text, prompt="p"), 2030)
    assert isinstance(found, Cloze)
    assert found.text == "In {{2024}}, the Electoral Bond Scheme was struck down."


def test_a_description_in_bold_before_a_seat_is_not_whose_seat_it_is() -> None:
    """ "Where is the headquarters of subsidiary of RBI?" = Mumbai (holdout 451, bad): the
    bold words describe the note's body, they do not name one."""
    notes = (
        "# SIDBI\n\n## Basics\n\n"
        "- Set up in 1990 under an Act of Parliament\n"
        "- Wholly owned **subsidiary of IDBI** at first; HQ Lucknow\n"
        "- Apex body for MSME finance\n"
    )
    prompts = chosen_or_typed_prompts(notes)
    assert not any("subsidiary" in p for p in prompts), prompts


def test_a_bare_dated_line_is_asked_as_the_sentence_it_reads_as() -> None:
    """``(2000) LAF introduced`` was turned away as a bare label and its year (a key fact)
    never asked: it reads "In ___, LAF was introduced.". A thing added to or removed from a
    list that the line does not name is still not asked ("In ___, Chilika was removed.",
    holdout 343, bad)."""
    notes = (
        "# Dams of India\n\n## Basics\n\n"
        "- Multipurpose projects combine irrigation, power and flood control.\n\n"
        "## Timeline\n\n"
        "- (1948) DVC set up on the US TVA model\n"
        "- (1963) Bhakra dedicated\n"
        "- (1990) Sardar Sarovar clearance removed\n"
    )
    texts = [q.text for q in generated(notes) if isinstance(q, Cloze)]
    assert "In {{1963}}, Bhakra was dedicated." in texts, texts
    assert not any("removed" in t for t in texts), texts


def test_a_names_and_in_the_topic_makes_no_list_that_hides_the_answer() -> None:
    """ "___: scientific rearing of honeybees …" under "Apiculture & the National Beekeeping
    and Honey Mission (NBHM)" (holdout 452, bad): the topic prints the answer; a name's
    "and" made it read as a list of three, which names no one of them."""
    question = Cloze(
        id="x",
        topic="Sericulture & the Central Silk Board and Silk Mark › Key terms",
        text="{{Sericulture}}: rearing of silkworms for raw silk.",
        prompt="p",
    )
    assert not one_of_a_list("Sericulture", question)
    listed = dataclasses.replace(question, topic="Silk: Sericulture, Lac culture & Apiculture")
    assert one_of_a_list("Sericulture", listed)


def test_a_movements_year_is_asked_as_when_it_began() -> None:
    """ "In which year did the Swadeshi Movement take place?" (holdout 453, bad: it ran
    1905–08, so 1908 is right too): a movement's, a satyagraha's or a strike's year is when
    it began."""
    notes = (
        "# Peasant movements\n\n## Basics\n\n- Most were local and led by peasants.\n\n"
        "## Timeline\n\n"
        "- (1917) Champaran Satyagraha → indigo planters' tinkathia ended\n"
        "- (1946) Tebhaga movement, Bengal → two-thirds share for sharecroppers\n"
        "- (1921) Moplah rebellion, Malabar\n"
    )
    prompts = chosen_or_typed_prompts(notes)
    assert "In which year did the Tebhaga movement begin?" in prompts, prompts
    assert not any("movement take place" in p for p in prompts), prompts


def test_a_decade_heading_bounds_a_years_options() -> None:
    """ "In which year did the Bardoli Satyagraha begin?" under "› 1920s" offered 1931 and
    1932 (a coach: weak, the topic rules them out): a decade in the heading is the span
    the wrong years are drawn from."""
    notes = (
        "# Freedom struggle\n\n## 1920s\n\n"
        "- 1920 – Non-Cooperation launched at Calcutta special session\n"
        "- 1922 – Chauri Chaura → NCM withdrawn\n"
        "- 1927 – Simon Commission appointed\n"
        '- 1928 – Bardoli Satyagraha → Vallabhbhai Patel called "Sardar"\n'
        "- 1929 – Lahore session → Purna Swaraj resolution\n\n"
        "## 1930s\n\n- 1930 – Dandi March → salt law broken\n"
        "- 1935 – Government of India Act passed\n"
    )
    chosen = [q for q in generated(notes) if isinstance(q, Mcq)]
    assert chosen
    for question in chosen:
        decade = int(question.answer) // 10 * 10
        assert all(decade <= int(o) <= decade + 9 for o in question.options), question


def test_a_participle_and_mainly_open_a_line_with_no_subject() -> None:
    """ "Found mainly in ___ deposits." (holdout 453, bad: found what? only the heading says
    bauxite, and laterite fits the blank too)."""
    assert opens_on_its_verb("Found mainly in Tertiary deposits.")
    assert opens_on_its_verb("Mined largely in the Aravalli belt")
    assert not opens_on_its_verb("Grown mainly in Punjab, the rice bowl of India")


def test_a_sentences_yet_is_no_part_of_the_name_after_it() -> None:
    """ "___ has hosted some of the largest refugee flows …" = Yet India (holdout 455, bad)."""
    notes = (
        "# Stateless people\n\n## India's stance\n\n"
        "India is not a party to the 1954 Statelessness Convention. Yet India has granted "
        "citizenship to many Chakma and Hajong families in Arunachal. The Supreme Court "
        "ordered this in 2015.\n"
    )
    assert not any(key.startswith("Yet") for key in cloze_keys(notes))


def test_a_clause_after_only_is_no_rank() -> None:
    """ "Which is the only STATES can be parties (not individuals/NGOs)?" = Contentious
    (holdout 454, bad): "only STATES can be parties" is a clause, not a thing ranked."""
    notes = (
        "# The WTO\n\n## Basics\n\n- Set up in 1995, replacing the GATT.\n\n"
        "Dispute settlement:\n"
        "- Panels → only MEMBER STATES can bring cases (not firms or NGOs); ruling binding\n"
        "- Appellate Body → seven members, four-year terms; defunct since 2019\n"
    )
    prompts = chosen_or_typed_prompts(notes)
    assert not any(p.startswith("Which is the only") for p in prompts), prompts


def test_a_sentence_that_opens_on_both_points_back() -> None:
    """ "Both papers actually agree on the core facts: ___ lacked Steppe ancestry …"
    (holdout 457, bad): which papers, the sentence before says."""
    ctx, _ = candidates("# Notes\n\n- A line\n")

    def pointed(text: str) -> str | None:
        question = Cloze(id="x", topic="Lothal › Debate", text=text, prompt="p")
        draft = Draft(Cloze, {}, "name", "name", "x", "k", "h", 1, key_text="x")
        return unresolved_pronoun(question, draft, None, ctx)

    assert pointed("Both camps actually agree on the core facts: {{Harappans}} built it.")
    assert pointed("Both Houses passed the bill in {{1955}}.") is None


def test_an_expert_groups_year_is_asked_as_the_year_it_is_known_by() -> None:
    """ "In which year was the Lakdawala Expert Group formed?" = 1993 (holdout 459, bad: set
    up in 1989, it reported in 1993): like a committee's, its year is as often its report's."""
    assert when_question("Kelkar Expert Group", "year") == (
        "With which year is the Kelkar Expert Group associated?"
    )
    assert when_question("Kelkar Working Group", "year") == (
        "With which year is the Kelkar Working Group associated?"
    )


def test_a_one_word_head_under_causes_is_the_writers_sort() -> None:
    """ "Which term is described as “ultrasound spread from 1980s”?" = Technology under
    "Causes:" (holdout 458, bad): a cause's one-word everyday head is how the writer sorts
    the causes, not a term."""
    notes = (
        "# Child marriage in India\n\n## Basics\n\n"
        "- PCMA 2006 sets 18 for girls and 21 for boys.\n\n"
        "## Causes:\n"
        "- Social norms:\n"
        "  - early marriage seen as protecting family honour\n"
        "  - **dowry** → lower for younger brides\n"
        "- Poverty: daughters seen as a burden from 1990s surveys → early marriage\n"
        "- Insecurity → fear of harassment & care of unmarried girls → higher early marriage\n"
        "- Imp.: highest rates in Bihar, Bengal, Rajasthan → not simply poverty\n"
    )
    ctx, _ = candidates(notes)
    found = by_key(notes, "Poverty", "term")
    assert found
    for draft, question, unit in found:
        assert sub_label_as_term(question, draft, unit, ctx), question


def test_a_rank_with_no_noun_after_it_is_no_definition() -> None:
    """ "What is the lowest ever recorded?" = CSR 918, from ``CSR 918 (2011) = lowest ever
    recorded`` (holdout 458, bad): the lowest of what, the heading says."""
    assert ranks_nothing("lowest ever recorded")
    assert ranks_nothing("highest ever (2019)")
    assert not ranks_nothing("largest delta in the world")
    assert not ranks_nothing("oldest rock-cut cave")


def test_a_sentence_that_only_calls_its_subject_an_example_is_not_asked() -> None:
    """ "___ is the classic case." = East Asia (holdout 459, bad): a case of what, the line
    before says."""
    ctx, _ = candidates("# Notes\n\n- A line\n")
    question = Cloze(
        id="x", topic="Dividend › Concepts", text="{{Japan}} is the classic case.", prompt="p"
    )
    draft = Draft(Cloze, {}, "name", "name", "Japan", "k", "h", 1, key_text="Japan")
    assert unresolved_pronoun(question, draft, None, ctx)


def test_a_year_the_notes_tie_to_a_thing_is_no_wrong_option_for_it() -> None:
    """ "With which year is the Lakdawala Expert Group associated?" offered 1989 and 1997
    (holdout 459, bad: the notes give it "set up 1989" and "accepted (1997)"): the notes'
    texts that name a thing with a year are found, a figure with no capital too."""
    notes = (
        "# Tax reform\n\n## Timeline\n\n"
        "- (1991) Chelliah Committee set up after the BoP crisis\n"
        "- (2002) Kelkar Task Force report (set up 1998) → accepted in part (2006)\n"
    )
    ctx, _ = candidates(notes)
    assert ctx.together("Kelkar Task Force", "1998")
    assert not ctx.together("Chelliah Committee", "1998")


def test_an_event_that_returns_the_favour_points_back() -> None:
    """ "In which year did Indira Gandhi return the favour?" (holdout 443, bad): which
    favour, the line before says."""
    assert when_question("Indira Gandhi returns the favour, 9 states", "year") is None
    assert when_question("Gandhi starts Dandi March", "year") is not None


def test_it_after_a_person_who_chartered_a_ship_is_the_ship() -> None:
    """ "Gurdit Singh reached Vancouver with 376 passengers …" (holdout 460, bad: "It" was the
    ship he chartered, not him)."""
    antecedent = "Vasco da Gama, a Portuguese navigator, chartered the carrack Sao Gabriel."
    assert resolve_pronoun("It reached Calicut in May 1498.", antecedent) is None
    assert resolve_pronoun("It runs the Hooghly docks.", "Kolkata Port Trust manages two docks.")
