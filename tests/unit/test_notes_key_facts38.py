"""Classes found on the thirty-eighth session's holdouts (407-411), each fixed on made-up
notes of another subject."""

from __future__ import annotations

from quizbot.bank.model import Cloze, Mcq
from quizbot.notes.clauses import with_its_verb
from quizbot.notes.drafts import blank
from quizbot.notes.labels import is_section_label
from quizbot.notes.line_questions import asked_outright, deed_done_as_clue
from quizbot.notes.spelled_keys import month_named, syllables_spell
from tests.unit.notes_support import asked_by_answer, cloze_keys, generated, shown_texts


def test_a_section_label_names_no_subject() -> None:
    """A plain noun for what the sub-bullets are is a label; a name, a lead-in with a name
    in it or a question is not."""
    for label in ("Causes:", "Organisation", "Adequacy yardsticks:", "Glossary", "Types (NCERT)"):
        assert is_section_label(label), label
    for subject in ("Vedanta", "Malabar", "Exercises with the US", "Why he rose", "India"):
        assert not is_section_label(subject), subject


def test_a_fact_under_a_section_label_is_asked_with_the_label_in_its_topic_line() -> None:
    """``Organisation:`` over ``taluka divided into **13 chhavanis**`` was shown as
    "Organisation: taluka divided into ___ chhavanis" and turned away for its label (holdout
    407: the key fact was never asked). The topic line shows the label; the fact is asked
    without it."""
    notes = (
        "# Salt March (1930)\n\n## Course of the march\n"
        "- Organisation:\n"
        "  - route split into **24 daily halts** of about ten miles each, villages briefed ahead\n"
        "  - daily reports sent to Young India by Mahadev Desai\n"
    )
    clozes = [q for q in generated(notes) if isinstance(q, Cloze) and "{{24" in q.text]
    assert clozes, cloze_keys(notes)
    assert clozes[0].text.startswith("Route split into"), clozes[0].text
    assert "› Organisation:" in clozes[0].prompt, clozes[0].prompt


def test_a_glossary_lead_in_over_its_terms_asks_each_term() -> None:
    """Terms under a ``Glossary:`` lead-in were shown "Glossary: ___: granular snow …" and
    never asked (holdouts 302-407, a coach: 37 of 53 such questions good)."""
    notes = (
        "# Deserts\n\n## Landforms\n"
        "- Glossary:\n"
        "  - Yardang: wind-carved ridge of rock, streamlined along the prevailing wind\n"
        "  - Playa: flat dry lake bed in a desert basin, holding water only after rain\n"
    )
    keys = {k.split("|")[0] for k in cloze_keys(notes)} | set(asked_by_answer(notes))
    assert {"Yardang", "Playa"} <= keys, keys


def test_an_everyday_sub_label_under_a_section_label_is_not_a_term() -> None:
    """``Wind – moves water, redistributes salt`` under ``Factors:`` is the writer's sub-label
    (holdout 307, "Interpersonal → big farmers gained more": no term to ask)."""
    notes = (
        "# Soils\n\n## Soil erosion\n"
        "- Factors:\n"
        "  - Rain → splash and sheet wash strip the topsoil from bare slopes\n"
        "  - Wind → lifts fine particles off dry ploughed fields in the Thar margins\n"
    )
    keys = [k.split("|")[0] for k in cloze_keys(notes)]
    assert "Rain" not in keys and "Wind" not in keys, keys


def test_a_term_for_something_is_not_asked_as_what_it_is_called() -> None:
    """``Debt-trap diplomacy: critics' term for loans that give …`` was asked "What is the
    critics' term for loans … called?"; ``Siladitya: the name by which HT refers to Harsha``
    "What is the name by which … called?" (holdouts 408, 362)."""
    notes = (
        "# Mauryas\n\n## Glossary\n"
        "Devanampiya: the name by which the edicts refer to Ashoka\n"
        "Dhamma: Ashoka's term for a moral code of tolerance and non-violence\n"
    )
    texts = shown_texts(notes)
    assert not any("called?" in t and (" name by " in t or " term for " in t) for t in texts), texts


def test_a_journal_in_a_timeline_was_started_not_taking_place() -> None:
    """``(1928) English journal *Revolt*`` was asked "In which year did the English journal
    Revolt take place?" (holdout 408, bad): a publication is started."""
    notes = (
        "# Tilak\n\n## Timeline\n"
        "- (1881) Marathi weekly *Kesari* launched in Pune\n"
        "- (1880) English weekly *Mahratta*\n"
        "- (1893) Ganapati festival made public\n"
    )
    texts = shown_texts(notes)
    assert "In which year was the English weekly Mahratta started?" in texts, texts
    assert not any("take place" in t for t in texts), texts


def test_one_of_many_is_no_clue_to_which_it_is() -> None:
    """``Green India Mission → one of 8 missions under NAPCC (2008)`` was asked "Which mission
    is this: one of 8 missions under NAPCC?" (holdout 409, bad): all eight are."""
    notes = (
        "# Climate policy\n\n## Missions\n"
        "- National Solar Mission → one of 8 missions under NAPCC (2008)\n"
        "- National Water Mission → 20% better water-use efficiency, under NAPCC\n"
    )
    assert not any("one of 8" in t and t.startswith("Which") for t in shown_texts(notes))


def test_a_table_row_whose_calling_no_other_row_shares_is_not_read_out() -> None:
    """ "Which person is this: poet; Duravastha (1922) …?" among rebel leaders, and "Malabar
    Collector; ordered …" among them (holdout 409, bad): the calling gives the answer away."""
    notes = (
        "# Santhal Hul (1855)\n\n## People\n"
        "| Person | Role | Fate |\n|---|---|---|\n"
        "| Sidhu Murmu | chief leader of the Hul; proclaimed Santhal rule | captured and"
        " hanged (1855) |\n"
        "| Kanhu Murmu | leader beside his brother at Bhognadih | executed (1856) |\n"
        "| Chand and Bhairav | leaders of the Santhal bands in Bhagalpur | killed in battle |\n"
        "| Phulo and Jhano | sisters who led women fighters | killed in the fighting |\n"
        "| Major Burroughs | army officer routed at Pirpainti | — |\n"
        "| Henry Vansittart | Bhagalpur magistrate; sent troops | — |\n"
    )
    prompts = [q.prompt for q in generated(notes) if isinstance(q, Mcq)]
    assert not any("Bhagalpur magistrate" in p for p in prompts), prompts
    # since session 44 no row of a "Person" column is asked at all (test_notes_key_facts44)
    assert not any("chief leader of the Hul" in p for p in prompts), prompts


def test_the_face_of_a_cause_is_no_meaning_of_a_term() -> None:
    """``Gaura Devi → face of women's role`` was asked "What is the face of women's role
    called?" (holdout 409, bad)."""
    notes = (
        "# Narmada Bachao Andolan\n\n### People\n"
        "- Baba Amte → Anandwan, leprosy work; moved to the valley (1990)\n"
        "- Medha Patkar → face of the oustees' struggle; NBA often cited as **rights-based**"
        " (Arundhati Roy)\n"
    )
    assert not any("face of" in t and "called?" in t for t in shown_texts(notes))


def test_a_logo_is_the_label_not_the_fact() -> None:
    """``Logo → lion made of cogwheels`` was asked "What is a lion made of cogwheels called?"
    = Logo (holdout 411, bad): the label is keyed, the scheme never named."""
    notes = (
        "# Swachh Bharat Mission\n\n## Basics\n"
        "- Launched **2 Oct 2014**; nodal → **DDWS** (rural), MoHUA (urban)\n"
        "- Logo → spectacles made of brooms; initially urban → SBM 2.0 → rural too\n"
        "- Aim → make India open-defecation free by **2019**; build 10 crore toilets\n"
    )
    assert not {"Logo", "Mascot"} & set(asked_by_answer(notes)), asked_by_answer(notes)


def test_an_answer_that_only_grows_a_word_of_its_question_is_given_away() -> None:
    """ "Which term is described as “castes outside the four varnas …”?" = Avarna (holdout
    408, bad): the answer is the question's word and a letter."""
    notes = (
        "# Gita\n\n## Glossary\n"
        "Akarma: action outside the karmas that bind, as taught in the Gita\n"
        "Nishkama karma: action done without desire for its fruits\n"
        "Sthitaprajna: one of steady wisdom\n"
    )
    assert "Akarma" not in asked_by_answer(notes), asked_by_answer(notes)


def test_a_closing_timeline_of_both_sections_is_filed_under_their_parent() -> None:
    """A ``### Timeline`` under *Vellore Mutiny*, the last of two sections, dated the Paika
    Rebellion's events too, and each question was filed under the mutiny (holdout 410: a
    coach called the topic lines wrong)."""
    notes = (
        "# Tribal revolts\n\n## Santhal Hul (1855)\n"
        "- Led by Sidhu and Kanhu Murmu at Bhognadih against moneylenders (dikus)\n\n"
        "## Munda Ulgulan (1899–1900)\n"
        "- Led by Birsa Munda against the khuntkatti land losses\n\n"
        "### Timeline\n"
        "- (1855) Santhal Hul breaks out at Bhognadih\n"
        "- (1895) Birsa Munda proclaims himself a prophet\n"
        "- (1908) Chotanagpur Tenancy Act passed after the Ulgulan\n"
    )
    dated = [q for q in generated(notes) if q.source is not None and q.source.line >= 11]
    assert dated, shown_texts(notes)
    assert all(q.topic == "Tribal revolts › Timeline" for q in dated), [q.topic for q in dated]


def test_an_answer_three_letters_longer_than_a_word_of_its_question_is_given_away() -> None:
    """ "What is the true guru called?" = Satguru (holdout 413, bad)."""
    notes = (
        "# Sikhism\n\n## Glossary\n"
        "Langar: community kitchen open to all castes\n"
        "Adiguru: the first guru → Shiva himself for the Naths\n"
        "Sangat: congregation of the Guru's followers\n"
    )
    assert "Adiguru" not in asked_by_answer(notes), asked_by_answer(notes)
    assert "Langar" in asked_by_answer(notes), asked_by_answer(notes)


def test_advice_on_answers_is_no_fact() -> None:
    """ "Link answers to composite culture, …, the growth of ___ literature" (holdout 413,
    bad): the writer's advice on writing answers, not a fact."""
    notes = (
        "# Sufism\n\n## Sufi orders\n"
        "- Chishtis: came with Muinuddin Chishti, settled at Ajmer\n\n## Why imp. for exam\n"
        "Sufism stands for the meeting point b/w the Bhakti and Sufi currents, and for a"
        " vernacular, anti-ritual critique of orthodoxy. Link answers to **composite culture**,"
        " social reform, the growth of Urdu literature, and Amir Khusrau's music.\n"
    )
    assert not any("Urdu" in k or "composite" in k for k in cloze_keys(notes)), cloze_keys(notes)


def test_a_dated_heading_asks_its_date() -> None:
    """``## Battle of Plassey (23 June 1757)`` and ``## Vellore Mutiny, 10 July 1806`` only
    showed their dates in topic lines: key facts no question asked (holdouts 404, 410)."""
    notes = (
        "# Anglo-Mysore Wars\n\n"
        "## Battle of Pollilur (10 Sept 1780)\n"
        "- Haidar Ali and Tipu crushed Baillie's column near Kanchipuram\n\n"
        "## Siege of Seringapatam, Mysore, 1799\n"
        "- Tipu killed defending the fort; Wellesley's army took the capital\n\n"
        "## Institutional set-up under the Treaty (1792)\n"
        "- half of Tipu's territory given up to the allies\n"
    )
    texts = shown_texts(notes)
    assert "On what date did the Battle of Pollilur take place?" in texts, texts
    assert any("Siege of Seringapatam" in t and t.startswith("In which year") for t in texts)
    assert not any("Institutional" in t for t in texts), texts


def test_a_fact_under_a_kind_of_cause_is_asked_without_it() -> None:
    """``- Natural / meteorological`` over its causes, no colon, was put in front of each
    one and the gate turned them away (holdout 410: the 1803 annexation, a key fact)."""
    notes = (
        "# Revolt of 1857\n\n## Causes\n"
        "- Political\n"
        "  - Company annexed Awadh from Wajid Ali Shah (1856) on the charge of misrule\n"
        "  - Satara taken under the Doctrine of Lapse (1848)\n"
        "- Military\n"
        "  - General Service Enlistment Act (1856) made sepoys liable to serve overseas\n"
    )
    keys = [k.split("|")[0] for k in cloze_keys(notes)]
    assert "Wajid Ali Shah" in keys, keys
    assert not any(t.startswith(("Political:", "Military:")) for t in shown_texts(notes))


def test_a_row_named_by_a_modifier_alone_is_not_asked_its_name() -> None:
    """ "What is the scientific name of Indian?" of ``| Indian (long-billed) | *Gyps indicus*
    |`` under *Vultures* (holdout 414, bad: it names no bird, and "indicus" echoes it)."""
    notes = (
        "# Venomous snakes of India\n\n## The big four and others\n"
        "| Species | Scientific name | Venom |\n|---|---|---|\n"
        "| Spectacled (Indian cobra) | *Naja naja* | neurotoxic |\n"
        "| Monocled | *Naja kaouthia* | neurotoxic |\n"
        "| Banded krait | *Bungarus fasciatus* | neurotoxic |\n"
        "| Saw-scaled viper | *Echis carinatus* | haemotoxic |\n"
        "| Russell's viper | *Daboia russelii* | haemotoxic |\n"
    )
    texts = shown_texts(notes)
    assert not any(t.endswith(("of Spectacled?", "of Monocled?")) for t in texts), texts
    assert any(t.endswith("scientific name of Russell's viper?") for t in texts), texts


def test_an_act_amended_is_no_date_to_ask() -> None:
    """ "In which year was the RBI Act amended?" (holdout 415, bad): it has been amended many
    times, and the question drops what this amendment did."""
    notes = (
        "# Cooperative banks\n\n## Timeline\n"
        "- (1966) Banking Regulation Act extended to cooperative banks\n"
        "- (2020) Banking Regulation Act amended → RBI gets control over cooperative banks\n"
        "- (2021) Multi-State Cooperative Societies Act reviewed\n"
    )
    assert not any("amended?" in t for t in shown_texts(notes)), shown_texts(notes)


def test_a_name_and_its_present_tense_takes_no_auxiliary() -> None:
    """ "In 2022, ___ opens at GIFT City (IFSC) were regulated by IFSCA." (holdout 414, bad):
    the clause had its verb, and the participle after its comma is an aside."""
    assert with_its_verb("AIIB opens in Beijing (2016), backed by China", last=True) == (
        "AIIB opens in Beijing (2016), backed by China"
    )


def test_a_glossary_line_after_a_timeline_is_the_sections() -> None:
    """``Captive mining: coal only for own plant`` after a ``### Timeline`` was filed under
    "› Timeline" (holdouts 410, 415: a coach called the topic line wrong)."""
    notes = (
        "# Iron ore\n\n## Mining policy\n\n### Timeline\n"
        "- (1993) National Mineral Policy opens mining to private firms\n"
        "- (2015) MMDR amendment → auction of mining leases made the rule\n\n"
        "Beneficiation: upgrading low-grade ore by removing impurities before smelting\n"
    )
    asked = [q for q in generated(notes) if q.source is not None and q.source.line == 9]
    assert asked, shown_texts(notes)
    assert all(q.topic == "Iron ore › Mining policy" for q in asked), [q.topic for q in asked]


def test_one_body_merging_is_no_fact_without_its_partner() -> None:
    """ "In 1944, NTUF (successor of AITUF) merged." (holdout 417, bad): merged with what?"""
    notes = (
        "# Janata Party\n\n## Splits & mergers\n"
        "| Year | Event | Result |\n|---|---|---|\n"
        "| 1974 | BLD (successor of BKD) formed | Charan Singh leads it |\n"
        "| 1977 | BLD (successor of BKD) merges | Janata Party formed |\n"
        "| 1979 | Janata (S) splits away | Morarji government falls |\n"
        "| 1980 | BJP (successor of Jana Sangh) founded | Vajpayee president |\n"
    )
    texts = shown_texts(notes, statements=True)
    assert not any(t.endswith("merged.") for t in texts), texts


def test_a_problem_heading_in_a_line_is_no_term() -> None:
    """``**Delayed claims** → states late with their subsidy share`` under ``## Problems``
    was asked "Which term is this: states late …?" (holdout 416, bad), and ``Mid-season
    adversity → on-account payment …`` under ``### Risks covered`` "Which term is described
    as …?" (bad: it teaches a wrong definition). A name there is still asked."""
    notes = (
        "# MGNREGA\n\n## Problems\n"
        "- **Delayed wages** → funds released late by the Centre; muster rolls not closed\n"
        "- **Social audit** (2011 rules) → done by Gram Sabhas, often a formality\n"
        "- **NMMS app** → attendance photos twice a day; patchy network in villages\n"
    )
    asked = asked_by_answer(notes)
    assert "Delayed wages" not in asked, asked


def test_a_date_that_names_the_answer_gives_it_away() -> None:
    """ "Which declaration is this: 20 Aug 1917; aim …?" = August Declaration (holdout 417,
    bad): the month in the date is the answer's name."""
    shown = "Which manifesto is this: 30 Oct 1905; civil liberties and an elected Duma?"
    assert month_named("October Manifesto", shown) == "october"
    assert month_named("April Theses", "Which document is this: Lenin's call (1917)?") is None
    assert month_named("May Fourth Movement", "Which movement is this: 4 May 1919?") is None


def test_a_thing_described_not_named_is_no_event_to_date() -> None:
    """``| 1947 | Congress-backed union formed | INTUC |`` was asked "In which year was the
    Congress-backed union formed?" (holdout 417, bad): which union, it never says."""
    notes = (
        "# Peasant movements\n\n## Timeline\n"
        "- (1936) All India Kisan Sabha formed at Lucknow\n"
        "- (1946) Communist-led union formed in Bengal for Tebhaga\n"
        "- (1951) Bhoodan begun by Vinoba Bhave at Pochampalli\n"
    )
    assert not any("Communist-led" in t for t in shown_texts(notes)), shown_texts(notes)


def test_a_deed_done_to_a_term_is_asked_as_a_deed_or_not_at_all() -> None:
    """``HCFC Phase-out Management Plan (HPMP) → run in stages`` was asked "Which plan is a run
    in stages?" (holdout 419, bad); ``Pronab Sen Committee (2000) → set criteria for …``
    "Which committee (2000) is a set criteria …?" (holdout 380): a past verb and its object
    is what the thing did; a deed done to it, and nothing more, is no clue."""
    plan = Cloze(id="x", topic="T", text="{{HCFC Phase-out Management Plan|HPMP}} – run in stages")
    assert asked_outright(plan) is plan
    assert deed_done_as_clue(plan, None, None, None) is not None  # type: ignore[arg-type]
    body = Cloze(id="x", topic="T", text="{{Pronab Sen Committee}} (2000) – set criteria for ESAs")
    assert str(getattr(asked_outright(body), "prompt", "")).startswith(
        "Which committee (2000) set criteria"
    )
    vihara = Cloze(id="x", topic="T", text="{{Vikramashila}} – founded by Dharmapala")
    assert deed_done_as_clue(vihara, None, None, None) is None  # type: ignore[arg-type]


def test_a_compound_name_whose_parts_spell_the_acronym_gives_it_away() -> None:
    """ "Which term is described as “hydrofluoroolefin, low-GWP synthetic refrigerant”?" = HFO
    (holdout 419, bad): the one word's parts spell the answer."""
    notes = (
        "# Refrigerants\n\n## Glossary\n"
        "HFC: hydrofluorocarbon, zero-ODP refrigerant but high GWP\n"
        "Kigali Amendment: 2016 deal to phase down HFCs\n"
        "HFO: hydrofluoroolefin, low-GWP synthetic refrigerant; natural options → propane.\n"
    )
    assert "HFO" not in asked_by_answer(notes), asked_by_answer(notes)


def test_a_blank_on_half_an_arabic_name_is_not_asked() -> None:
    """ "Jahanara wrote his biography ___ al-Arwah." (holdout 418, bad) and "Abbasid Caliph
    al-___ gave him …" (holdout 364): half the name is printed beside the blank."""
    notes = (
        "# Slave dynasty\n\n## Iltutmish (r. 1211–36)\n"
        "- Abbasid Caliph al-Mustansir sent him a robe of investiture (1229) → legal sultan\n"
        "- Built Qutb Minar's upper storeys; introduced the silver tanka\n"
    )
    assert not any("al-{{" in t or "}} al-" in t for t in shown_texts(notes)), shown_texts(notes)


def test_the_article_before_a_blank_is_the_answers_own() -> None:
    """ "may form a(n) ___" read as an artifact to every coach (holdout 419 among others): the
    article is the answer's; only an acronym, which is said by ear, keeps "a(n)"."""
    text = "Government passed an Indemnity Act to shield officials"
    at = text.index("Indemnity")
    assert blank(text, at, at + 13, "{{Indemnity Act}}").startswith("Government passed an {{")
    text = "The FC is a quasi-judicial body"
    at = text.index("quasi")
    assert blank(text, at, at + 14, "{{quasi-judicial}}") == "The FC is a {{quasi-judicial}} body"
    text = "W. Ghats became a UNESCO site"
    at = text.index("UNESCO")
    assert "a(n) {{UNESCO site}}" in blank(text, at, at + 11, "{{UNESCO site}}")


def test_a_commissions_remit_is_the_label_not_the_fact() -> None:
    """``Remit: progress since Wood's Despatch, …`` was asked "___: progress since …" keyed
    Remit (holdout 421, bad)."""
    notes = (
        "# Education commissions\n\n## Sadler Commission (1917–19)\n"
        "- Chair: Michael Sadler; on Calcutta University\n"
        "- Remit: the state of Calcutta University and of school education feeding it\n"
        "- Recommended a 12-year school course and Intermediate colleges\n"
    )
    assert "Remit" not in cloze_keys(notes) + list(asked_by_answer(notes))


def test_an_acts_other_name_is_no_clue_to_it() -> None:
    """ "Which act (1929) is this: Child Marriage Restraint Act; girls 14, boys 18?" = Sarda
    Act (holdout 422, bad): the clue is its other name, a right answer too."""
    notes = (
        "# Social reform\n\n## Timeline\n"
        "- (1856) Hindu Widows' Remarriage Act → Vidyasagar's campaign\n"
        "- (1872) Civil Marriage Act → Native Marriage Act; Brahmo marriages legal\n"
        "- (1929) Sarda Act → Child Marriage Restraint Act; girls 14, boys 18\n"
    )
    assert not any("Native Marriage Act;" in t or "Restraint Act;" in t for t in shown_texts(notes))


def test_an_acronym_of_syllables_printed_in_full_gives_itself_away() -> None:
    """ "The old ___ plan (Brihanmumbai Storm Water Drain project …) was revived." keyed
    BRIMSTOWAD (holdout 422, bad): the long form's syllables spell the acronym."""
    assert syllables_spell("BRIMSTOWAD", "The old ___ plan (Brihanmumbai Storm Water Drain)")
    assert syllables_spell(
        "MISHTI", "Mangrove Initiative for Shoreline Habitats & Tangible Incomes"
    )
    assert not syllables_spell("AMRUT", "Atal Mission for Rejuvenation and Urban Transformation")
    assert not syllables_spell("KABIL", "Khanij Bidesh India Ltd, a joint venture")


def test_glossary_bullets_after_a_timeline_are_the_sections() -> None:
    """``Glossary:`` and its bullets after the dated lines of a ``## Timeline`` were filed
    under "› Timeline" (holdout 423, a coach: cosmetic but wrong)."""
    notes = (
        "# Sufi orders\n\n## Timeline\n"
        "- (1192) Muinuddin Chishti settles at Ajmer\n"
        "- (1325) Nizamuddin Auliya dies at Delhi\n\n"
        "Glossary:\n"
        "- Khanqah: hospice where a Sufi master lived with his disciples\n"
        "- Sama: devotional music and dance of the Chishtis\n"
    )
    asked = [q for q in generated(notes) if q.source is not None and q.source.line >= 8]
    assert asked, shown_texts(notes)
    assert not any("Timeline" in q.topic for q in asked), [q.topic for q in asked]


def test_a_role_never_ends_on_a_preposition() -> None:
    """``localisation via **Phased Manufacturing Programme (PMP)**`` under "FAME II …:" was
    asked "What is the name of FAME II's localisation via?" (holdout 422, weak)."""
    notes = (
        "# Solar pumps — KUSUM\n\n## KUSUM I & II\n\n"
        "**KUSUM** = Kisan Urja Suraksha evam Utthaan Mahabhiyan\n\n"
        "KUSUM I (2019–2022):\n"
        "- launched 8 March (2019), initially 3 yrs → extended till March (2022)\n"
        "- ~₹34,422 cr total\n\n"
        "KUSUM II (2022–2026):\n"
        "- from 1 April (2022), outlay ₹10,000 cr for 3 yrs → extended to March (2026)\n"
        "- focus on **feeder solarisation** → agri feeders first; standalone pumps eligible\n"
        "- localisation via **Domestic Content Requirement (DCR)**\n"
        "- NB: some vendors later penalised for breaking localisation norms → recovery\n"
    )
    assert not any(t.endswith(" via?") for t in shown_texts(notes)), shown_texts(notes)


def test_the_first_such_thing_points_back_to_what_it_is() -> None:
    """``Jagiroad (Assam) → first such unit in the NE`` was asked "Which was the first such
    unit in the Northeast?" (holdout 425, bad): such as what, the line before says."""
    notes = (
        "# Space\n\n## Launch sites\n"
        "- (1971) **Sriharikota** (Andhra Pradesh) → ISRO's spaceport opened\n"
        "- Kulasekarapattinam (Tamil Nadu) → second such port, for SSLV launches\n"
        "- Thumba (Kerala) → first such station, rockets from 1963\n"
    )
    assert not any("such" in t for t in shown_texts(notes)), shown_texts(notes)
