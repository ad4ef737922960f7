"""The classes found on the thirteenth session's fresh notes (holdouts 189–191), each on
made-up notes of another subject."""

from __future__ import annotations

from quizbot.bank.model import Cloze
from quizbot.notes.ambiguity import question_warnings
from quizbot.notes.breadcrumbs import without_breadcrumb
from quizbot.notes.clause_shapes import called_question
from quizbot.notes.drafts import Context
from quizbot.notes.grammar import has_verb
from quizbot.notes.kinds import Kinds
from quizbot.notes.labels import is_label
from quizbot.notes.names import find_names
from quizbot.notes.quantities import find_quantities
from quizbot.notes.timeline_questions import when_question
from tests.unit.notes_support import short_questions, shown_texts


def _shows(notes: str, wording: str, *, never: str) -> None:
    """Some question of ``notes`` shows ``wording``; none shows ``never``."""
    texts = shown_texts(notes)
    assert any(wording in t for t in texts), texts
    assert not any(never in t for t in texts), texts


def _never_opens(notes: str, start: str) -> None:
    """No question of ``notes`` opens with ``start``."""
    texts = shown_texts(notes)
    assert not any(t.startswith(start) for t in texts), texts


def test_a_named_thing_with_any_participle_is_asked_with_that_participle() -> None:
    """``1919 – Jallianwala Bagh Bill defeated``: the participle says what happened; the
    noun "Bill" must not add "introduced" after it (holdout 189: "In which year was Fox's
    India Bill defeated introduced?")."""
    asked = when_question("Hindu Code Bill shelved", "year")
    assert asked == "In which year was the Hindu Code Bill shelved?"
    asked = when_question("Treaty of Salbai ratified at Poona", "year")
    assert asked == "In which year was the Treaty of Salbai ratified at Poona?"


def test_a_person_hanged_or_appointed_takes_no_article() -> None:
    """``1931 – Bhagat Singh hanged``: a person's name, not "the Bhagat Singh" (holdout
    189: "In which year was the Nand Kumar hanged?"); a body keeps its article."""
    assert when_question("Madan Lal Dhingra hanged", "year") == (
        "In which year was Madan Lal Dhingra hanged?"
    )
    assert when_question("Bhau Saheb killed at Panipat", "year") == (
        "In which year was Bhau Saheb killed at Panipat?"
    )
    assert (
        when_question("Mir Jafar made Nawab", "year") == "In which year was Mir Jafar made Nawab?"
    )
    assert when_question("Bombay High Court set up", "year") == (
        "In which year was the Bombay High Court set up?"
    )
    assert when_question("Satyashodhak Samaj founded", "year") == (
        "In which year was the Satyashodhak Samaj founded?"
    )


def test_an_act_named_by_its_kind_alone_is_not_asked_its_year() -> None:
    """``1786 – Amending Act``: the notes call more than one act "Amending Act" (holdout
    189 named the Act of Settlement 1781 so as well), so "when was it passed?" has two
    answers."""
    assert when_question("Amending Act", "year") is None
    assert when_question("Declaratory Act", "year") is None


def test_withheld_is_a_verb() -> None:
    """``2023 – R.N. Ravi withholds assent to ten bills``: an irregular past (holdout 190:
    "Rajendra Prasad withholds PEPSU Appropriation Bill" was taken for a verbless note, and
    nothing asked who withheld it)."""
    assert has_verb("R.N. Ravi withheld assent to ten bills", loose=False)
    notes = (
        "# Governors and state bills\n\n## Timeline\n\n"
        "- 2020 – Punjab assembly passes three farm bills\n"
        "- 2023 – **R.N. Ravi** withholds assent to ten bills of the Tamil Nadu assembly\n"
    )
    texts = shown_texts(notes)
    assert any("{{R.N. Ravi}} withh" in t for t in texts), texts


_REGIONS = (
    "# Quit India Movement (1942–44)\n\n## Parallel governments\n\n"
    "| Region | Leader | What happened |\n|---|---|---|\n"
    "| Ballia | **Chittu Pandey** | parallel govt for a week, Aug 1942 |\n"
    "| Satara | Nana Patil | Prati Sarkar, lasted till 1945 |\n"
    "| Tamluk | Satish Samanta | Jatiya Sarkar in Midnapore |\n"
)


def test_a_movement_s_region_is_asked_who_led_the_movement_there() -> None:
    """``| Region | Leader |`` under a movement's heading: the leader led the movement in
    that region, not the region (holdout 191: "Which region was led by Chandra Singh
    Garhwali?")."""
    prompts = {q.prompt: q.answer for q in short_questions(_REGIONS).values()}
    assert prompts.get("Who led the Quit India Movement in Satara?") == "Nana Patil", prompts
    assert not any("was led by" in t for t in shown_texts(_REGIONS)), shown_texts(_REGIONS)


def test_a_blank_on_what_something_was_not_is_not_asked() -> None:
    """``… not from ___ or the INC`` keyed ``Gandhi`` (holdout 190, bad): the title came
    from no one else either, so every other name fills the blank as truly."""
    notes = (
        "# Subhas Chandra Bose\n\n## Titles\n\n"
        "- The title Netaji was first used by Indian soldiers in Germany (1942), not by"
        " **Gandhi** or the Congress\n"
        "- **Azad Hind Fauj** was raised in Singapore under Mohan Singh, revived by Bose\n"
    )
    texts = shown_texts(notes)
    assert not any("not by {{" in t for t in texts), texts


_CURRENTS = (
    "# Ocean currents\n\n## Major currents\n\n"
    "| Current | Location | Nature |\n|---|---|---|\n"
    "| **Kuroshio** | North Pacific, off Japan | warm, fast |\n"
    "| Oyashio | North Pacific, off Kamchatka | cold, nutrient-rich |\n"
    "| Benguela | South Atlantic, off Namibia | cold, slow |\n"
    "| Agulhas | Indian Ocean, off South Africa | warm, swift |\n"
    "| Labrador | North Atlantic | cold |\n"
)


def test_a_nature_column_of_qualities_is_a_clue() -> None:
    """``| Wind | Region | Nature |`` with ``warm, dry, foehn-type``: the qualities say what
    the row is like (holdout 191's local winds: three tables, no question at all)."""
    prompts = {q.prompt: q.answer for q in short_questions(_CURRENTS).values()}
    asked = "Which current, in the South Atlantic, off Namibia, is cold and slow?"
    assert prompts.get(asked) == "Benguela", prompts


def test_one_quality_or_qualities_alone_name_no_row() -> None:
    """ "Which current in the North Atlantic is cold?": so are others; "Which wind is hot and
    dry?": where it blows is the clue."""
    texts = shown_texts(_CURRENTS)
    assert not any("is cold?" in t for t in texts), texts
    placeless = _CURRENTS.replace("| Location ", "| Remark ")
    assert not any("is warm and" in t for t in shown_texts(placeless)), shown_texts(placeless)


_RANKS = (
    "# Mountains and coasts\n\n## Peaks and points\n\n"
    "- **K2** (Gilgit-Baltistan) – 2nd highest peak in the world\n"
    "- **Kanyakumari** (Tamil Nadu) → southernmost point of the Indian mainland\n\n"
    "## Rice\n\n- **India** – 2nd largest producer in the world (after China)\n"
)


def test_a_second_rank_or_a_compass_extreme_is_a_claim() -> None:
    """``**Bhitarkanika** (Odisha) – 2nd largest mangrove ecosystem in India`` and ``**Indira
    Point** → southernmost point of India`` name one thing each (holdouts 107 and 173 asked
    neither)."""
    texts = shown_texts(_RANKS)
    assert "Which is the 2nd highest peak in the world?" in texts, texts
    assert "Which is the southernmost point of the Indian mainland?" in texts, texts


def test_a_rank_in_trade_says_in_what() -> None:
    """ "Which is the 2nd largest producer in the world?": of what? (holdout 151, under a
    heading *Tea*)."""
    assert not any("producer" in t for t in shown_texts(_RANKS)), shown_texts(_RANKS)


def test_what_came_before_an_event_is_left_out_of_its_date_question() -> None:
    """``24 Sep 1932 – Poona Pact (Gandhi–Ambedkar) after Gandhi's fast``: "On what date was
    the Poona Pact (Gandhi–Ambedkar) after Gandhi's fast signed?" (holdout 191)."""
    asked = when_question("Treaty of Salbai after the First Anglo-Maratha War", "year")
    assert asked == "In which year was the Treaty of Salbai signed?"


def test_a_kind_s_name_among_qualities_is_no_quality() -> None:
    """``hot, dry, foehn``: "Which wind in New Zealand is hot, dry and foehn?" (holdout 191,
    weak): *foehn* names a kind of wind, not what it is like."""
    notes = _CURRENTS.replace("cold, slow", "cold, foehn")
    # a row read out with its cells quotes them ("…: cold, foehn?"), claiming no quality
    said = [t for t in shown_texts(notes) if " is this: " not in t]
    assert not any("foehn" in t for t in said), said


def test_an_intransitive_past_is_not_made_passive() -> None:
    """``Guru Angad (1539–1552) worked from **Khadur Sahib**; …`` cut to its clause became
    "Guru Angad (1539–1552) was worked from ___." (holdout 192, bad)."""
    notes = (
        "# Bhakti saints\n\n## North Indian saints\n\n"
        "**Kabir (1440–1518)** lived at **Varanasi**; wove/sold cloth, rejected idols and caste,"
        " and composed dohas. **Ravidas (1450–1520)** made **Varanasi** his home.\n"
    )
    texts = shown_texts(notes)
    assert "Kabir (1440–1518) lived at {{Varanasi|Benares|Banaras}}." in texts, texts


def test_not_is_no_role() -> None:
    """``Akal Takht → **Hargobind**, not Arjan; Harmandir → **Arjan**``: "What is the name of
    Akal Takht's not?" (holdout 192, bad)."""
    notes = (
        "# Mughal forts\n\n## Common confusions\n\n"
        "- Red Fort → **Shah Jahan**, not Akbar; Agra Fort → **Akbar**\n"
    )
    texts = shown_texts(notes)
    assert not any("'s not?" in t for t in texts), texts


def test_two_names_joined_are_asked_as_two() -> None:
    """``1985 – Kaziranga & Manas both inscribed as natural WHS``: "In which year was the
    Kaziranga & Manas both inscribed …?" (holdout 192)."""
    notes = (
        "# Heritage of the south\n\n## Timeline\n\n"
        "- 1984 – Hampi & Pattadakal both inscribed as UNESCO WHS\n"
        "- 1987 – Elephanta Caves inscribed as UNESCO WHS\n"
    )
    texts = shown_texts(notes)
    asked = "In which year were Hampi and Pattadakal inscribed as a UNESCO World Heritage Site?"
    assert asked in texts, texts
    assert when_question("Treaty of Lahore & Treaty of Bhyrowal signed", "year") == (
        "In which year were the Treaty of Lahore and the Treaty of Bhyrowal signed?"
    )


def test_two_names_that_share_a_kind_are_one_name() -> None:
    """``1961 – Allocation & Transaction of Business Rules framed``: the Allocation Rules,
    not "Allocation and the Transaction of Business Rules" (holdout 200); a plural common
    noun takes "were"."""
    assert when_question("Conduct & Discipline Rules framed", "year") == (
        "In which year were the Conduct & Discipline Rules framed?"
    )
    assert when_question("ministries reorganised after elections", "year") == (
        "In which year were the ministries reorganised after elections?"
    )


def test_a_colon_title_with_years_is_left_out_as_the_topic_shows_it() -> None:
    """The topic line leaves a heading's years out when the key is a figure; the prompt's
    breadcrumb kept them and was printed whole: "Lord Dalhousie (1848–56): Doctrine of Lapse
    & Reforms › Timeline: Arrange these events …" (holdout 193)."""
    prompt = "Akbar (1556–1605): Reforms & Rajput Policy › Timeline: Arrange these events in order."
    topic = "Akbar: Reforms & Rajput Policy › Timeline"
    assert without_breadcrumb(prompt, topic) == "Arrange these events in order."


def test_an_article_about_doing_something_takes_no_article() -> None:
    """``| 9 | Voluntarily acquiring foreign citizenship |``: "Which article … deals with the
    voluntarily acquiring foreign citizenship?" (holdout 192, weak)."""
    notes = (
        "# Fundamental rights\n\n## At a glance\n\n"
        "| Art | Deals with | Remember |\n|---|---|---|\n"
        "| 19 | Protection of six freedoms | speech, assembly, association … |\n"
        "| 23 | Prohibiting traffic in human beings | begar, forced labour |\n"
        "| 24 | Employment of children in factories | below 14 yrs |\n"
    )
    texts = shown_texts(notes)
    asked = "Which article of the Constitution deals with prohibiting traffic in human beings?"
    assert asked in texts, texts


def test_a_row_not_there_yet_is_not_asked_as_built() -> None:
    """``| Mekedatu (proposed) | Karnataka, Ramanagara | Kaveri |``: "Which dam … is on the
    Kaveri?" says it is built (holdout 186, bad twice: once in its round, once fresh)."""
    notes = (
        "# Krishna basin\n\n## Dams\n\n"
        "| Dam / structure | State / place | River | Key fact |\n|---|---|---|---|\n"
        "| **Almatti** | Karnataka, Vijayapura | Krishna | Lal Bahadur Shastri dam |\n"
        "| Nagarjuna Sagar | Telangana, Nalgonda | Krishna | masonry dam |\n"
        "| Polavaram (under construction) | Andhra Pradesh, Eluru | Godavari | national project |\n"
        "| Srisailam | Andhra Pradesh, Nandyal | Krishna | hydel |\n"
        "| Jurala | Telangana, Jogulamba Gadwal | Krishna | irrigation |\n"
    )
    _shows(notes, "is on the Krishna", never="Godavari")


def test_an_only_claim_as_large_as_its_region_is_not_india_s() -> None:
    """``**Luni** – only major river, ends in Rann of Kachchh`` under *India* of a desert
    note: "Which is India's only major river?" (holdout 196, bad)."""
    notes = (
        "# Deserts\n\n## India\n\n"
        "- **Sambhar** – only major salt lake, supplies salt to Rajasthan\n"
        "- Thar = Great Indian Desert, mostly Rajasthan\n"
    )
    assert not any("India's only" in t for t in shown_texts(notes)), shown_texts(notes)


def test_allied_is_a_label() -> None:
    """``Allied: **Special Tiger Protection Force** (2008); …``: "___: Special Tiger …"
    keyed ``Allied`` (holdout 197, bad): a word for what else goes with the section's
    subject, no term."""
    assert all(map(is_label, ("Allied", "Associated", "Misc.", "Others")))
    # "Research – ICAR–IISWC (Dehradun) regional centres" keyed "Research" (holdout 211, bad)
    assert all(map(is_label, ("Research", "Funding", "Monitoring")))


def test_one_sentence_with_a_short_form_written_out_is_asked_once() -> None:
    """``Official IST is kept by **CSIR-National Physical Laboratory (NPL), New Delhi**``: one
    blank on the laboratory (with IST written out) and another on "Official IST" (holdout
    195, bad) are blanks of one sentence."""
    notes = (
        "# Minimum Support Price & Procurement\n\n## Basics\n\n"
        "MSP is fixed for 22 crops on the advice of **CACP**. Official MSP is announced by"
        " **CSIR-National Crop Council (NCC), New Delhi**. MSP = price floor.\n"
    )
    _never_opens(notes, "{{Official MSP}}")


def test_a_name_is_lowered_whole_or_not_at_all() -> None:
    """A table's row label inside a question: "fundamental Rights" when only one of its
    words is seen capitalised elsewhere (holdout 196)."""
    ctx = Context(Kinds(), set(), {"rights"}, {}, lambda _: 0)
    assert ctx.lower_name("Fundamental Rights") == "Fundamental Rights"
    assert ctx.lower_name("Natural Vegetation") == "natural vegetation"


def test_a_predicate_is_no_description_of_a_term() -> None:
    """``**Government route** → prior approval needed``: "What is a prior approval needed
    called?" (holdout 199, bad)."""
    assert called_question("prior approval needed") is None
    assert called_question("land held in another's name to dodge ceiling laws") is not None


def test_a_quality_after_most_is_not_asked() -> None:
    """``The biggest & most ___ delta in the world`` keyed ``active`` (holdout 199, bad):
    "fertile" or "populous" fill it as truly; ``quizbot check`` warns of it in any bank."""
    graded = Cloze(
        id="g", text="The Amazon is the largest & most {{voluminous}} river in the world."
    )
    assert question_warnings(graded)
    named = Cloze(id="n", text="The most {{Rajput}} of the Mughal nobles was Man Singh.")
    assert not question_warnings(named)


def test_a_river_s_local_name_beside_its_source_is_left_out() -> None:
    """``| Brahmaputra | Chemayungdung glacier, Tibet (Tsangpo) |``: "Which river rises at
    Chemayungdung glacier, Tibet (Tsangpo)?" gives the answer's other name (holdout 199)."""
    notes = (
        "# Rivers of the north\n\n## Sources\n\n"
        "| River | Origin | Mouth |\n|---|---|---|\n"
        "| Indus | Bokhar Chu glacier, Tibet (Sindhu) | Arabian Sea near Karachi |\n"
        "| Ganga | Gangotri glacier (Uttarakhand) | Bay of Bengal, Sundarbans |\n"
        "| Yamuna | Yamunotri glacier (Uttarakhand) | joins Ganga at Prayagraj |\n"
        "| Sutlej | Rakas lake, Tibet | joins Chenab in Pakistan |\n"
    )
    _shows(notes, "Bokhar Chu glacier, Tibet", never="(Sindhu)")


def test_so_and_a_new_name_is_the_next_pronoun_s_antecedent() -> None:
    """``… Devagupta of Malwa killed Grahavarman …. So Harsha took the throne …. He rescued
    Rajyashri …``: "Devagupta of Malwa rescued ___" (holdout 200, bad: a wrong fact)."""
    notes = (
        "# Marathas\n\n## Rise of Baji Rao\n\n"
        "Balaji Vishwanath was the first Peshwa and won the Mughal sanads of 1719. Raja Shahu"
        " kept the title in the family when Balaji died in 1720. So Baji Rao I (only 20) became"
        " Peshwa in **1720**. He defeated the **Nizam** at Palkhed in 1728.\n"
    )
    _never_opens(notes, "Raja Shahu defeated")


def test_an_event_after_every_new_government_is_not_asked_its_year() -> None:
    """``2024 – committees reconstituted after new govt``: after 2014 and 2019 too (holdout
    200, bad)."""
    assert when_question("Cabinet committees reconstituted after new government", "year") is None


def test_an_era_is_no_part_of_a_name() -> None:
    """``By **624 CE** Vishnuvardhana was ruling on his own`` keyed ``CE Vishnuvardhana``
    (holdout 202, bad: the right answer is marked wrong)."""
    names = [n.text for n in find_names("By 320 CE Chandragupta I was ruling Magadha.")]
    assert "Chandragupta I" in names, names
    assert not any(n.startswith("CE") for n in names), names
    # "Current MD is Kristalina Georgieva" keyed "Current MD" (holdout 205, bad)
    names = [n.text for n in find_names("Current CEO is Parameswaran Iyer (since 2022).")]
    assert not any(n.startswith("Current") for n in names), names


def test_an_acronym_the_topic_line_spells_gives_the_key_away() -> None:
    """``The ___ was launched in 2010 by OPHI …`` keyed ``Global MPI`` under the heading
    *Multidimensional Poverty Index (MPI)* (holdout 201, bad)."""
    notes = (
        "# Business surveys\n\n## Purchasing Managers' Index (PMI)\n\n"
        "The **HSBC PMI** was first published for India in 2005 by Markit Economics."
        " A reading above 50 means expansion.\n"
    )
    _never_opens(notes, "The {{HSBC PMI}}")


def test_a_treaty_s_articles_are_asked_as_the_treaty_s() -> None:
    """``## Paris Agreement – key articles`` over ``| Art. 2 | temperature goal |``: "Which
    article of the Constitution deals with the temperature goal?" (holdout 205, six bad)."""
    notes = (
        "# Diplomatic law\n\n## Vienna Convention – key articles\n\n"
        "| Article | Subject | Note |\n|---|---|---|\n"
        "| Art. 22 | inviolability of mission premises | no entry without consent |\n"
        "| Art. 29 | inviolability of the diplomat | no arrest or detention |\n"
        "| Art. 31 | immunity from jurisdiction | criminal, most civil |\n"
    )
    _shows(notes, "article of the Vienna Convention", never="Constitution")


def test_a_sentence_dated_from_the_line_before_is_not_asked() -> None:
    """``___ came to power weeks later`` keyed ``Labour`` (holdout 204, bad): later than
    what? ``Also – aquifers poor`` keyed ``Also``: a connective, no term."""
    later = Cloze(id="l", text="The {{Janata Party}} came to power a few months later.")
    assert question_warnings(later)
    soon = Cloze(id="s", text="Soon after, the government made {{A.N. Ray}} the Chief Justice.")
    assert question_warnings(soon)
    dated = Cloze(id="d", text="The {{Janata Party}} came to power months later, in 1977.")
    assert not question_warnings(dated)
    assert is_label("Also")


def test_a_heading_that_is_a_question_is_left_out_like_any_other() -> None:
    """``## What is convertibility?`` over a row: "Currency Convertibility & the Rupee › What
    is convertibility?: Which type …?" printed its whole breadcrumb (holdout 208)."""
    topic = "Monsoon › Why does it burst?"
    prompt = "Monsoon › Why does it burst?: Which jet shifts north in June?"
    assert without_breadcrumb(prompt, topic) == "Which jet shifts north in June?"
    own = "Why does it burst?: Which jet shifts north in June?"
    assert without_breadcrumb(own, "Monsoon") == own


def test_them_of_the_sentence_before_leaves_a_sentence_dangling() -> None:
    """``Separate electorates were not new in 1932. The British first gave them to Muslims
    through the ___ (1909) …`` (holdout 207, bad): gave what?"""
    notes = (
        "# Land revenue\n\n## Background\n\n"
        "Zamindars were not new in 1793. The Mughals first recognised them as revenue"
        " collectors under **Todar Mal**, and the Company kept them after Plassey.\n"
    )
    _never_opens(notes, "The Mughals first recognised them")


def test_a_bare_kind_or_a_generic_header_names_nothing() -> None:
    """``2016 – code revised`` ("In which year was the code revised?", holdout 207, bad) and
    ``| Year | Event |`` under *Major quakes* ("Which event of 1950 …?")."""
    assert when_question("the code revised", "year") is None
    notes = (
        "# Cyclones\n\n## Major cyclones\n\n"
        "| Year | Event | Deaths | Note |\n|---|---|---|---|\n"
        "| 1970 | Bhola (East Pakistan) | ~3 lakh | largest death toll of any cyclone on record |\n"
        "| 1999 | Odisha super cyclone | ~10,000 | strongest in the north Indian Ocean |\n"
        "| 2013 | Phailin | 45 | evacuation of ~10 lakh people |\n"
    )
    _shows(notes, "Which major cyclone of 1970", never="Which event")


def test_a_year_its_era_marks_is_a_year() -> None:
    """``The Srivijaya expedition of 1025 CE`` was shifted as a count, to "2100 CE", a date in
    the future (holdout 211, bad)."""
    found = find_quantities("Samudragupta's Allahabad pillar was inscribed c. 350 CE.")
    assert [q.kind for q in found if q.text == "350"] == ["year"], found


def test_a_description_or_a_bare_phase_is_no_key() -> None:
    """``In short, ravines are a(n) ___`` keyed ``man-accelerated natural process`` (holdout
    211, bad) and ``___ extended to March 2026`` keyed ``Phase II`` (holdout 210, bad); a
    body's category (``statutory body``) stays a key the exam asks."""
    described = Cloze(id="d", text="In short, dunes are a(n) {{wind-shaped moving landform}}.")
    phase = Cloze(id="p", text="{{Phase III}} extended to 2030 with a bigger outlay.")
    category = Cloze(id="c", text="The NHRC is a(n) {{statutory body}}, set up in 1993.")
    assert question_warnings(described)
    assert question_warnings(phase)
    assert not question_warnings(category)
