"""Classes found on the thirty-fourth session's holdouts, each fixed on made-up notes of
another subject."""

from __future__ import annotations

from quizbot.bank.model import Cloze, Mcq, Short
from tests.unit.notes_support import cloze_keys, generated, shown_texts

_DECCAN = (
    "# Deccan dynasties\n\n## Satavahanas\n\n"
    "- **Gautamiputra Satakarni** – greatest ruler; defeated Nahapana of the Kshaharatas\n"
    "- Bhoja (Paramara) – imp. patron of learning\n"
    "  - court: Dhanapala, Uvata\n"
    "- Hala – compiled the Gathasaptashati in Prakrit\n\n"
    "## Glossary\n\n"
    "Indraprastha: old name of Delhi\n"
    "Nanaghat: pass with the Satavahana queen's inscription\n"
)


def test_a_rank_or_a_patron_with_no_scope_is_not_asked() -> None:
    """ "What is the greatest ruler?" and "What is an important patron of learning called?"
    (holdout 359, bad): greatest of which dynasty, and one patron of many."""
    texts = shown_texts(_DECCAN)
    assert not any("greatest ruler" in t and "Nahapana" not in t for t in texts), texts
    assert not any("patron of learning" in t for t in texts), texts


def test_an_old_name_is_asked_as_what_it_is() -> None:
    """ "Who is called the old name of the Jhelum?" (holdout 359, weak): a name of a place
    is asked "What is the old name of …?"."""
    asked = {q.answer: q.prompt for q in generated(_DECCAN) if isinstance(q, Short)}
    assert asked.get("Indraprastha", "").endswith("What is the old name of Delhi?"), asked


def test_a_deed_or_a_comparison_is_no_terms_description() -> None:
    """ "Which term is described as “lower than subtropics due to heavy rain”?" keyed
    Equator (holdout 359, bad): a comparison says what is lower of nothing named; and a
    person's deed (``compiled the …``) is no meaning of a term."""
    notes = (
        _DECCAN + "\n## Air temperature\n\n"
        "- Tropics → warmest belt, high insolation all year\n"
        "- Poles → colder than tropics due to low insolation\n"
    )
    texts = shown_texts(notes)
    assert not any("described as “colder than" in t for t in texts), texts
    assert not any("described as “compiled" in t for t in texts), texts


def test_a_past_deed_after_a_name_is_no_event_formed() -> None:
    """ "In which year was the Air India handed to Tata group (Talace) formed?" (holdout 358,
    bad): a name and a past verb with its "to" is a clause, no group formed."""
    notes = (
        "# Steel\n\n## Timeline\n\n"
        "- (1907) TISCO set up at Jamshedpur\n"
        "- (2007) Corus Steel sold to Tata group (UK deal)\n"
        "- (2005) Mittal Steel group formed (merger)\n"
    )
    texts = shown_texts(notes)
    assert not any("Corus Steel sold to Tata group (UK deal) formed" in t for t in texts), texts


def test_a_status_given_with_no_status_is_not_asked() -> None:
    """ "Who proclaimed Koodiyattam in 2001?" (holdout 358, bad): proclaimed as what? A
    passive of a status with only its giver says nothing of the status."""
    notes = (
        "# Heritage\n\n## Timeline\n\n"
        "- (2016) Yoga proclaimed by UNESCO → intangible heritage listing\n"
        "- (1983) Ajanta Caves inscribed by UNESCO → among the first Indian sites\n"
        "- (1819) Ajanta caves rediscovered by John Smith (a British officer)\n"
    )
    texts = shown_texts(notes)
    assert not any("proclaimed" in t or "inscribed" in t for t in texts), texts


def test_an_example_of_a_kind_is_not_asked_as_its_only_one() -> None:
    """ "Classification by how the puppet is moved: Glove: ___" keyed Pavakoothu (holdout
    358, bad): a line under a lead-in that sorts things names examples of its kind."""
    notes = (
        "# Rocks\n\n## Rock types\n\n"
        "Classification by how the rock forms:\n"
        "- Igneous: basalt, granite\n"
        "- Metamorphic: Makrana (Rajasthan, used in Taj Mahal)\n"
        "- Organic: Jharia (Jharkhand), Raniganj (WB)\n"
    )
    keys = cloze_keys(notes)
    assert not {"Makrana", "Jharia", "Raniganj"} & set(keys), keys


def test_a_name_is_asked_once() -> None:
    """ "(18th c) ___ flourishes with Peshwa-era patronage" after "___ (Maharashtra) – Lavani
    songs …", and a glossary's "singer-conductor of Yakshagana" after "Yakshagana: ___ –
    lead singer" (holdout 358, weak: second questions keyed Tamasha and Bhagavata)."""
    notes = (
        "# Music\n\n## Forms\n\n"
        "- Dhrupad: Tansen – court singer, conducts the recital\n"
        "- **Khayal** (Hindustani) – improvised, Sadarang's compositions, sung today\n"
        "- Thumri (Lucknow) – light classical, Wajid Ali Shah's court\n\n"
        "## Timeline\n\n"
        "- (18th c) Khayal flourishes w/ Gwalior and Agra gharanas\n"
        "- (1953) Sangeet Natak Akademi set up\n\n"
        "## Glossary\n\n"
        "Tansen: court singer of Akbar\n"
        "Alap: slow opening without rhythm\n"
    )
    keys = [
        q.answer if isinstance(q, Short | Mcq) else q.blanks[0][0]
        for q in generated(notes)
        if isinstance(q, Short | Mcq) or (isinstance(q, Cloze) and len(q.blanks) == 1)
    ]
    assert keys.count("Khayal") == 1, keys
    assert keys.count("Tansen") == 1, keys


def test_rows_of_one_date_are_asked_it_once() -> None:
    """ "In which year was Navratna introduced?", then Miniratna Cat-I, then Cat-II, all
    1997 (holdout 358, weak): three rows of one date began together and are asked it once."""
    notes = (
        "# Banking\n\n## Payment banks and small banks\n\n"
        "| Bank type | Introduced | Who can apply |\n|---|---|---|\n"
        "| Payments bank | 2014 | telecoms, PPIs; deposits up to ₹2 lakh |\n"
        "| Small finance bank | 2014 | MFIs, NBFCs; 75% priority-sector lending |\n"
        "| Local area bank | 1996 | private promoters in 3 districts |\n"
        "| Regional rural bank | 1975 | sponsor bank, Centre and State share capital |\n"
        "| Urban cooperative bank | 1975 | dual control of RBI and RCS until 2020 |\n"
        "| District central cooperative bank | 1975 | middle tier of short-term credit |\n"
    )
    years = [q.answer for q in generated(notes) if isinstance(q, Short | Mcq)]
    assert years.count("1975") == 1, years
    assert years.count("2014") == 2, years  # two banks of one year are two facts


def test_a_name_whose_head_is_no_event_does_not_take_place() -> None:
    """ "In which year did the Famine Insurance Fund take place?" (holdout 361, weak twice,
    with the Provisional Famine Code): a famine in the name is no event when a fund or a
    code heads it; a fund is set up."""
    notes = (
        "# Floods\n\n## Timeline\n\n"
        "- (1954) National Flood Control Programme → embankments\n"
        "- (1976) Rashtriya Barh Ayog → flood-prone area 40 m ha\n"
        "- (2005) National Calamity Contingency Fund → replaced by NDRF\n"
        "- (2008) Flood Manual Code → states framed their own\n"
        "- (1978) Great Flood of Delhi → Yamuna above 207 m\n"
    )
    texts = shown_texts(notes)
    assert not any("Code take place" in t or "Fund take place" in t for t in texts), texts
    assert any("National Calamity Contingency Fund set up" in t for t in texts), texts


def test_a_row_named_by_its_own_contents_is_not_read_out() -> None:
    """ "Which market is this: dealers/brokers checked, prices fixed?" of the
    "Cattle/horse/slave market" row (holdout 360, bad): the row's goods name it, and what is
    left fits every row."""
    notes = (
        "# Mughal economy\n\n## Karkhanas\n\n"
        "| Karkhana | Goods | Note |\n|---|---|---|\n"
        "| Toshakhana | robes, jewels, gifts | kept by the Mir Saman |\n"
        "| Filkhana | elephants for war | run by a daroga, counted yearly |\n"
        "| Sword/shield/bow workshop | swords, shields, bows | run by a daroga, counted yearly |\n"
        "| Rikabkhana | bread, sweets, pickles | the emperor's own kitchen |\n"
    )
    answers = [q.answer for q in generated(notes) if isinstance(q, Short | Mcq)]
    assert "Sword/shield/bow workshop" not in answers, answers


def test_the_writers_initials_for_a_name_take_the_name() -> None:
    """ "In 1351, ___ died at Thatta" keyed MbT (holdout 360, weak: "Muhammad bin Tughlaq"
    was marked wrong); a medieval year in brackets dates the notes' present, so the line is
    put in the past."""
    notes = (
        "# Lodis\n\n## Timeline\n\n"
        "- (1489) Sikandar Lodi succeeds Bahlul Lodi\n"
        "- (1504) SkL founds Agra as a new capital\n"
        "- (1517) IbL takes the throne\n\n"
        "## Notes\n\n"
        "Ibrahim bin Lodi (as some chronicles write him) lost at Panipat.\n"
    )
    texts = [q.text for q in generated(notes) if isinstance(q, Cloze)]
    assert "In 1517, {{Ibrahim bin Lodi|IbL}} took the throne." in texts, texts


def test_a_rulers_deed_that_opens_on_its_verb_names_the_ruler() -> None:
    """ "Died when a pavilion collapsed at ___ (1325)." under ``## Ghiyasuddin Tughlaq
    (1320–25)`` (holdout 360, weak): the ruler of the heading is the sentence's subject."""
    notes = (
        "# Sikh empire\n\n## Ranjit Singh (1780–1839)\n"
        "Unified the misls by force and marriage. Built Gobindgarh fort at Amritsar (1809).\n"
    )
    texts = shown_texts(notes)
    assert not any(t.startswith("Built") for t in texts), texts
    assert "Ranjit Singh built Gobindgarh fort at {{Amritsar}} (1809)." in texts, texts


def test_a_sentence_with_no_doer_or_a_sequel_to_an_unshown_one_is_not_asked() -> None:
    """ "Tried to rule all of north India, but ___ stayed independent" under "Conquests &
    limits" and "Pulakeshin then took the title ___" (holdout 362, weak and bad): a sentence
    that opens on its verb names no doer, and "then" follows what the question never says."""
    notes = (
        "# Mauryas\n\n## Expansion & limits\n"
        "Conquered Kalinga in a bloody war, but the Tamil kingdoms stayed outside the empire. "
        "Bindusara then took the title Amitraghata. The Seleucid envoy at Pataliputra was "
        "Megasthenes.\n"
    )
    texts = shown_texts(notes)
    assert not any(t.startswith("Conquered") or "then took" in t for t in texts), texts
    assert "The Seleucid envoy at {{Pataliputra}} was Megasthenes." in texts, texts


def test_a_focus_or_a_goal_is_a_label_not_a_term() -> None:
    """ "Which term is described as “fill value-chain gaps”?" keyed Focus (holdout 365, bad):
    what a scheme is for is a label over its aim, never a term."""
    notes = (
        "# Solar\n\n## PM Surya Ghar (2024)\n\n"
        "- Focus: rooftop **solar panels** for 1 crore homes → free power up to 300 units\n"
        "- Goal: cut household power bills; local jobs\n"
        "- Subsidy → up to ₹78,000 per home, via a national portal\n"
    )
    keys = [q.answer for q in generated(notes) if isinstance(q, Short | Mcq)]
    keys += cloze_keys(notes)
    assert not {"Focus", "Goal"} & set(keys), keys


def test_a_medieval_years_wrong_options_lie_on_both_sides() -> None:
    """ "In which year did the First Battle of Tarain take place?" among 1188, 1189 and 1190
    (holdout 364, weak: the right year was always the latest option): the notes' present
    was taken from modern years only, so no wrong year could come after the right one."""
    notes = (
        "# Cholas\n\n## Timeline\n\n"
        "- (1014) Rajendra I takes the throne\n"
        "- (1025) **Srivijaya expedition** → Kadaram sacked\n"
        "- (1054) **Battle of Koppam** → Rajadhiraja I killed fighting Chalukyas\n"
        "- (1070) Kulottunga I unites the Chola and Eastern Chalukya lines\n"
    )
    for q in generated(notes):
        if isinstance(q, Mcq) and q.answer.isdigit():
            assert max(map(int, q.options)) > int(q.answer), q.options


def test_an_acronym_its_description_spells_is_not_asked() -> None:
    """ "Which term is described as “natural gas cooled to liquid for shipping”?" keyed LNG
    (holdout 364, bad): the description's words open on the acronym's letters."""
    notes = (
        "# Energy\n\n## Basics\n\n"
        "- CNG: natural gas compressed to high pressure for vehicles → cleaner than diesel\n"
        "- Shale gas: gas trapped in fine-grained rock → got by fracking\n"
    )
    asked = [q.answer for q in generated(notes) if isinstance(q, Short | Mcq)]
    assert "CNG" not in asked and "Shale gas" in asked, asked


def test_a_label_row_whose_key_the_writer_bolded_elsewhere_is_not_asked() -> None:
    """ "Which change is this: rules on board, elections, audit, supersession?" keyed New Part
    (holdout 361, bad): the writer bolded Part IXB; the first cell is a label."""
    notes = (
        "# Panchayats\n\n## The 73rd Amendment: three changes\n\n"
        "| Change | Where | What it says |\n|---|---|---|\n"
        "| New Part | **Part IX** (Arts 243–243O) | gram sabha, three tiers, elections |\n"
        "| New Schedule | **Eleventh Schedule** | 29 subjects for panchayats |\n"
        "| New body | **State Election Commission** | polls every 5 years |\n"
    )
    asked = [q.answer for q in generated(notes) if isinstance(q, Short | Mcq)]
    assert not {"New Part", "New Schedule", "New body"} & set(asked), asked
