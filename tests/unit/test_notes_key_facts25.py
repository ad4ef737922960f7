"""Key facts the corpus never asked (twenty-fifth session), each tested on notes of another
subject than the corpus line it was missing from."""

from __future__ import annotations

from quizbot.bank.model import Cloze, Short
from quizbot.grading import grade
from quizbot.notes import generate_questions
from quizbot.notes.timeline_dates import year_of
from tests.unit.notes_support import short_questions, shown_texts

_WELFARE = (
    "# State welfare\n\n## Schemes\n\n"
    "| Scheme | Launched | Key feature |\n|---|---|---|\n"
    "| Ladli Behna | 2023 | ₹1,250 a month to women in the state via DBT |\n"
    "| Mukhyamantri Chiranjeevi | 2021 | health cover of ₹25 lakh per family per year |\n"
    "| Kanya Sumangala | 2019 | ₹15,000 in 6 instalments to girls |\n"
    "| Startup Udaan | 2020 | loans of ₹5 lakh–₹50 lakh for young founders |\n"
)


def test_a_scheme_s_sum_and_period_are_asked_as_how_much() -> None:
    """``| PM-KISAN | 2019 | ₹6,000 a year to farmer families … |``: the sum is the row's
    fact, asked with whom it is paid to and how often, and the row question that states
    the sum is not asked as well."""
    shown = shown_texts(_WELFARE)
    assert "How much does Ladli Behna give women a month?" in shown
    assert "How much health cover does Mukhyamantri Chiranjeevi give per family per year?" in shown
    assert not [t for t in shown if "₹1,250" in t or "₹25 lakh" in t]


def test_a_sum_with_no_period_or_a_range_is_not_asked_how_much() -> None:
    """``₹15,000 in 6 instalments``: paid once, not per year; ``₹5 lakh–₹50 lakh``: a
    range, with no one sum to type."""
    shown = shown_texts(_WELFARE)
    assert not [t for t in shown if t.startswith("How much") and ("Kanya" in t or "Udaan" in t)]


def test_the_sum_is_graded_in_any_way_a_learner_writes_it() -> None:
    asked = short_questions(_WELFARE)["How much does Ladli Behna give women a month?"]
    assert asked.answer == "₹1,250"
    for typed in ("1250", "Rs 1,250", "1,250 rupees"):
        assert grade(asked, typed).correct, typed
    assert not grade(asked, "1500").correct


def test_a_route_s_one_stop_between_its_ends_is_asked() -> None:
    """``Kaladan … Project (Kolkata → Sittwe port → Mizoram)``: the stop between the ends
    is what the route is known by; the port's bare name is the answer and either is taken."""
    notes = (
        "# Connectivity\n\n## Corridors\n\n"
        "- Central Asia – Eurasian Freight Corridor (Mumbai → Bandar Abbas port → Astrakhan);"
        " customs pact pending\n"
        "- Nepal – Motihari Amlekhgunj Pipeline (Motihari → Amlekhgunj)\n"
        "- Gulf – Spice Route Corridor (Mumbai → Fujairah → Haifa → Piraeus)\n"
    )
    asked = short_questions(notes)
    stop = asked["Through which port does the Eurasian Freight Corridor link Mumbai to Astrakhan?"]
    assert stop.answer == "Bandar Abbas"
    assert grade(stop, "Bandar Abbas port").correct
    assert not grade(stop, "Astrakhan").correct
    assert not [p for p in asked if p.startswith("Through which") and "Eurasian" not in p]


def test_a_list_an_agreement_provides_after_an_arrow_is_asked_under_it() -> None:
    """``Indus Waters Treaty (1960), brokered by World Bank → India gets eastern rivers
    (Ravi, Beas, Satluj), …``: a quoted scrap of the notes names no set, so the arrow is
    said in words and the list asked under the agreement."""
    notes = (
        "# Water\n\n## Treaties\n\n"
        "- **Mahakali Treaty (1996)**, signed with Nepal → India gets border barrages"
        " (Tanakpur, Sarada, Pancheshwar), Nepal gets free power\n"
        "- Water board reforms → states get new posts (Chairman, Member, Secretary)\n"
    )
    prompts = [t for t in shown_texts(notes) if t.endswith("Name all three.")]
    assert prompts == [
        "Under the Mahakali Treaty (1996), India gets border barrages. Name all three."
    ]


def test_a_date_and_an_arrow_is_read_as_a_dated_line() -> None:
    """``1885 → INC founded …``: the arrow after a timeline's date is its dash (holdout 300:
    no arrow-dated line gave a question)."""
    notes = (
        "# Sport\n\n## Timeline\n\n"
        "- 1982 → Asiad hosted by New Delhi for the first time\n"
        "- 12 Aug 1928 → India's hockey team wins its first Olympic gold at Amsterdam\n"
    )
    shown = shown_texts(notes)
    assert "In which year was Asiad hosted by New Delhi for the first time?" in shown
    assert "On what date did India's hockey team win its first Olympic gold at Amsterdam?" in shown
    assert not [t for t in shown if "→" in t]


def test_a_source_table_asks_who_wrote_each_text() -> None:
    """``| Source | Author / type | Why imp. |``: the author column is asked by the text; a
    bracket of other names is accepted, a remark (``Greek envoy``) or a faith (``Jain``) is
    no name, and a cell that is no person (``Sri Lankan chronicles``) is not asked."""
    notes = (
        "# Guptas\n\n## Sources\n\n"
        "| Source | Author / type | Why imp. |\n|---|---|---|\n"
        "| Devichandraguptam | Vishakhadatta (later drama) | Ramagupta story |\n"
        "| Foguoji | Faxian (Chinese pilgrim) | travels under Chandragupta II |\n"
        "| Harshacharita | Banabhatta (Bana / Banabhatta) | Harsha's life |\n"
        "| Prabandhachintamani | Merutunga (Jain) | Gujarat kings |\n"
        "| Puranas | later Brahmanical texts | dynastic lists |\n"
    )
    asked = short_questions(notes)
    assert asked["Who wrote Foguoji?"].answer == "Faxian"
    assert asked["Who wrote Foguoji?"].aliases == ()
    assert asked["Who wrote Prabandhachintamani?"].aliases == ()
    assert "Bana" in asked["Who wrote Harshacharita?"].aliases
    assert not [p for p in asked if "Puranas" in p or "later Brahmanical" in p]


def test_a_blank_that_completes_a_negation_is_not_asked() -> None:
    """``Ashoka's dhamma was not simply Buddhism.``: what a thing is not has many answers."""
    notes = (
        "# Guptas\n\n## Religion\n\n"
        "Samudragupta's policy was not simply **Vaishnavism**. He patronised **Vasubandhu**.\n"
    )
    shown = shown_texts(notes)
    assert not [t for t in shown if "not simply" in t]


def test_a_section_headed_glossary_is_one_whatever_else_it_holds() -> None:
    """A glossary heading is the writer's word that its ``Term: definition`` lines are
    terms, even beside a line that is none (``Key dates: …``); and a quoted word after a
    phrase (``onset over Kerala ("burst")``) is the phrase's nickname, not Kerala's."""
    notes = (
        '# Winds\n\n## Onset\n\n- ~1 Jun → onset over Kerala ("burst")\n\n## Glossary\n\n'
        "Burst: sudden onset w/ thunder & lightning in early June\n"
        "Doldrums: calm belt of light winds near the equator\n"
        "Jet stream: narrow band of fast winds high in the troposphere\n"
        "LPA: long period average of rain; IMD calls a season normal at 96–104% of LPA\n"
        "Key dates: IMD set up (1875) → monsoon mission (2012) → new normals (2020)\n"
    )
    keys = {}
    for question in generate_questions(notes, "winds.md"):
        if isinstance(question, Cloze):
            keys[question.blanks[0][0]] = question.blanks[0][1:]
        elif isinstance(question, Short):
            keys[question.answer] = question.aliases
    assert "Burst" in keys and "Doldrums" in keys
    assert "Kerala" not in keys["Burst"]


_SATAVAHANAS = (
    "# Satavahanas (c. 230 BCE – 220 CE)\n\n## Timeline\n\n"
    "- c. 230 BCE → Satavahana kingdom founded by Simuka in the Deccan\n"
    "- c. 150 BCE – Hathigumpha inscription issued by Kharavela of Kalinga\n"
    "- c. 100 BCE – Karle chaitya hall completed by Buddhist monks\n"
    "- c. 30 BCE – Nanaghat inscription issued by queen Naganika\n"
)


def test_a_timeline_of_years_before_christ_is_read_and_asked() -> None:
    """``c. 250 BCE → Third Buddhist Council …``: a year before Christ dates a line; it is
    asked as a typed year (options would count the wrong way), the heading's own span left
    out of the topic, and ordered as time runs."""
    asked = short_questions(_SATAVAHANAS)
    founded = asked["In which year was the Satavahana kingdom founded by Simuka in the Deccan?"]
    assert founded.answer == "c. 230 BCE"
    assert "230" not in founded.topic
    assert grade(founded, "230 BC").correct and not grade(founded, "230 AD").correct
    assert "In which year was the Nanaghat inscription issued by queen Naganika?" in asked
    # ordered as time runs (a chronology question sorts its events by it)
    assert year_of("c. 230 BCE") < year_of("30 BC") < year_of("78 CE") < year_of("13 Apr 1919")


def test_a_war_fought_is_asked_with_its_article() -> None:
    """``1921 – **Moplah war** fought by peasants``: "fought" is the line's participle, and
    a name and its kind (``Kalinga war``) take "the"."""
    notes = "# Kerala\n\n## Timeline\n\n- 1921 – **Moplah war** fought by tenant peasants\n"
    assert "In which year was the Moplah war fought by tenant peasants?" in shown_texts(notes)


def test_a_battle_or_a_war_is_named_with_its_article() -> None:
    """``Battle of Pratishthana fought by Satakarni I``: "Who fought the Battle of …?"."""
    notes = (
        "# Deccan\n\n## Timeline\n\n- c. 60 BCE – **Battle of Pratishthana** fought by"
        " Satakarni I\n"
    )
    assert "Who fought the Battle of Pratishthana?" in shown_texts(notes)


def test_an_author_first_table_asks_who_wrote_each_row_s_first_work() -> None:
    """``| Author | Work(s) | Field |``: the author column before the works (holdout 301)."""
    notes = (
        "# Mughals\n\n## Literature\n\n| Author | Work(s) | Language |\n|---|---|---|\n"
        "| Abul Fazl | Akbarnama, Ain-i-Akbari | Persian |\n"
        "| Badauni | Muntakhab-ut-Tawarikh | Persian |\n"
        "| Tulsidas | Ramcharitmanas | Awadhi |\n"
        "| Surdas | Sursagar | Braj |\n"
    )
    asked = short_questions(notes)
    assert asked["Who wrote Akbarnama?"].answer == "Abul Fazl"
    assert asked["Who wrote Ramcharitmanas?"].answer == "Tulsidas"
    assert not [p for p in asked if "Ain-i-Akbari" in p]


def test_a_law_s_own_year_after_the_blank_keeps_the_blank_off_its_name() -> None:
    """``The provisions are borrowed from the **GoI Act 1935**.`` (holdout 301, bad): "the
    ___ 1935" names the law."""
    notes = (
        "# Federalism\n\n## Origins\n\n"
        "The scheme of the Union List is borrowed from the **GoI Act 1935**. It was a long law.\n"
    )
    assert not [t for t in shown_texts(notes) if "___ 1935" in t or "{{GoI Act" in t]


def test_a_ruler_s_line_with_its_reign_first_reads_as_a_sentence() -> None:
    """``(c. 455–467) **Skandagupta** → pushed back the Hunas (Bhitari pillar inscr.)``
    (holdout 301): the reign goes after the name, the arrow before a verb in the past is a
    space, ``inscr.`` is written out, and "Gupta" in the topic does not give away which
    Gupta ruler."""
    notes = (
        "# Pallava Kingdom (c. 275–897 CE)\n\n## Rulers\n\n"
        "- (c. 630–668) **Narasimhavarman I** → defeated Pulakeshin II at Vatapi (Aihole inscr.)\n"
        "- (c. 700–728) **Narasimhavarman II** → built the Kailasanatha temple at Kanchi\n"
    )
    shown = shown_texts(notes)
    assert (
        "{{Narasimhavarman I}} (c. 630–668) defeated Pulakeshin II at Vatapi (Aihole inscription)"
        in shown
    )
    assert "Who built the Kailasanatha temple at Kanchi (c. 700–728)?" in shown


def test_a_house_that_ends_a_ruler_s_name_in_the_topic_gives_nothing_away() -> None:
    """ "Later Guptas" in the topic says the house, not which of its rulers: Kumaragupta III."""
    notes = (
        "# Later Gupta kingdom of Magadha\n\n## Rulers\n\n"
        "- (c. 530–550) **Kumaragupta III** → defeated the Maukhari king Ishanavarman\n"
    )
    assert "{{Kumaragupta III}} (c. 530–550) defeated the Maukhari king Ishanavarman" in (
        shown_texts(notes)
    )


def test_a_feature_that_shares_only_the_kind_of_its_row_s_name_is_a_clue() -> None:
    """``| Wular Lake | J&K | largest freshwater lake in India |``: "lake" is the kind the
    name ends on, not a giveaway, so the row is asked by its feature, not its state."""
    notes = (
        "# Andhra lakes\n\n## Lakes\n\n| Site | District | Why imp. |\n|---|---|---|\n"
        "| Kolleru Lake | Eluru | largest freshwater lake between the Godavari and Krishna |\n"
        "| Pulicat Lake | Tirupati | second largest brackish-water lagoon in India |\n"
        "| Dal Lake | Srinagar | lake famous for its houseboats and floating gardens |\n"
        "| Tso Moriri | Leh | high-altitude lake |\n"
    )
    shown = shown_texts(notes)
    assert [t for t in shown if "largest freshwater lake between the Godavari" in t], shown
    # a feature that opens on the kind of place it is says what the place is
    assert "Which site in Srinagar is a lake famous for its houseboats and floating gardens?" in (
        shown
    )


def test_a_theory_and_its_author_after_an_arrow_asks_who_put_it_forward() -> None:
    """``**Continental drift** → Alfred Wegener (1912): …`` (holdout 302): the idea's
    author and year, as the line gives them; without a year the name may be an example."""
    notes = (
        "# Economics\n\n## Thinkers\n\n"
        "- **Comparative advantage** → David Ricardo (1817): trade gains even without an edge\n"
        "- Liquidity preference theory → John Maynard Keynes (1936), demand for money\n"
        "- **Green Revolution** → Norman Borlaug; high-yield wheat\n"
        "- **Sundarbans** → UNESCO World Heritage Site (1987)\n"
    )
    asked = short_questions(notes)
    ricardo = asked["Who put forward the idea of comparative advantage (1817)?"]
    assert ricardo.answer == "David Ricardo" and grade(ricardo, "Ricardo").correct
    assert asked["Who put forward the liquidity preference theory (1936)?"].answer == (
        "John Maynard Keynes"
    )
    assert not [p for p in asked if "Green Revolution" in p or "green revolution" in p]
    assert not [p for p in asked if "put forward" in p and "sundarbans" in p.lower()]


def test_a_founding_line_under_a_kingdom_s_heading_asks_its_founder() -> None:
    """``## Vijayanagara Empire (1336 – …)`` over ``- Founded (1336) by **Harihara I &
    Bukka I** → …`` (holdouts 298, 302): the heading is what was founded."""
    notes = (
        "# Deccan\n\n## Vakataka Dynasty (c. 250–500 CE)\n\n"
        "- Founded (c. 250) by **Vindhyashakti** → a Brahmin family of Vidarbha\n\n"
        "## Hoysala Kingdom (1026–1343)\n\n- Founded by **Nripa Kama II & Vinayaditya** → hill chiefs\n\n"
        "## Temple towns\n\n- Founded by **Vishnuvardhana** → Belur\n"
    )
    asked = short_questions(notes)
    assert asked["Who founded the Vakataka Dynasty (c. 250)?"].answer == "Vindhyashakti"
    pair = asked["Which two people founded the Hoysala Kingdom?"]
    assert grade(pair, "Vinayaditya and Nripa Kama").correct
    assert not [p for p in asked if "Temple towns" in p or "Belur" in p]
    basics = "# Chola Empire (c. 850–1279)\n\n## Basics\n\n- Founded (c. 850) by **Vijayalaya**\n"
    assert short_questions(basics)["Who founded the Chola Empire (c. 850)?"].answer == "Vijayalaya"
