"""Classes found on the thirty-seventh session's holdouts (394-397), each fixed on made-up
notes of another subject."""

from __future__ import annotations

from quizbot.notes.gate_teaches import teaches_nothing
from tests.unit.notes_support import (
    asked_by_answer,
    by_key,
    candidates,
    cloze_keys,
    generated,
    shown_texts,
)


def test_a_timeline_names_its_subject_by_an_acronym_the_heading_or_the_world_knows() -> None:
    """``(2009) ASEAN–India Trade in Goods Agreement signed`` under "Timeline of India–ASEAN
    ties", ``(2019) India walks out of RCEP`` and ``(2015) UNGA declares World Tsunami
    Awareness Day`` were never asked when (holdouts 394 and 396: key facts): the heading's
    "India–ASEAN" names ASEAN, UNGA is known to every reader, and "walks out of" is a deed."""
    notes = (
        "# India and BIMSTEC\n\n## Timeline of India–BIMSTEC ties\n"
        "- (2014) BIMSTEC Secretariat opens in Dhaka\n"
        "- (1961) South Africa walks out of the Commonwealth over apartheid\n"
        "- (1993) UNGA declares World Water Day\n"
    )
    asked = asked_by_answer(notes)
    assert asked["2014"] == "In which year did BIMSTEC Secretariat open in Dhaka?"
    assert asked["1961"] == (
        "In which year did South Africa walk out of the Commonwealth over apartheid?"
    )
    assert asked["1993"] == "In which year did UNGA declare the World Water Day?"


def test_a_change_is_no_term() -> None:
    """``Stronger Walker cell → usually normal monsoon`` was asked "___ – usually normal …"
    (holdout 394, bad): a comparison says what a change brings, not what a name means."""
    notes = (
        "# Monsoon\n\n## Monsoon currents\n"
        "- Normal year → Somali Jet crosses the equator off East Africa in late May\n"
        "- Stronger Somali Jet → heavy rain along the Konkan coast, sometimes floods\n"
        "- Mascarene High → pressure cell near Mauritius that drives the cross-equatorial flow\n"
    )
    keys = cloze_keys(notes)
    asked = asked_by_answer(notes)
    assert "Stronger Somali Jet" not in keys and "Stronger Somali Jet" not in asked
    assert "Mascarene High" in keys  # a name's meaning is still asked


def test_a_kind_dated_by_its_bracket_is_no_blank() -> None:
    """``Protocol (2011) → Manmohan Singh's Dhaka visit`` was asked "___ (2011) – …" (holdout
    395, bad): a kind whose year says which one is meant names none alone."""
    notes = (
        "# Treaties\n\n## Kosi and Gandak treaties\n"
        "- Kosi Agreement (1954) → barrage at Bhimnagar, embankments in Nepal\n"
        "- **Accord** (1966) → Indira Gandhi's Kathmandu visit, settled the remaining details\n"
    )
    ctx, _ = candidates(notes)
    draft, question, unit = by_key(notes, "Accord", "term")[0]
    assert teaches_nothing(question, draft, unit, ctx) is not None


def test_a_line_that_opens_on_its_verb_is_no_cloze() -> None:
    """``Works under UNESCO-IOC's IOTWMS …`` was asked "Works under ___'s IOTWMS …"
    (holdout 396, bad): what works there, the bullet before says."""
    notes = (
        "# Weather services\n\n## India Meteorological Department\n"
        "- **IMD** set up in 1875, HQ at New Delhi, under the Ministry of Earth Sciences\n"
        "- Reports to UN-WMO's **GOS** (Global Observing System), set up after 1963\n"
        "- Works under Geneva-based **WWW** (World Weather Watch), run since 1963\n"
    )
    texts = shown_texts(notes)
    assert not any("Reports to" in text or "Works under" in text for text in texts), texts


def test_a_state_s_mission_was_launched_not_sent() -> None:
    """ "In which year was the Odisha Millets Mission sent?" (holdout 397, weak): a state's
    mission is its programme, launched; a delegation's mission is still asked as before."""
    notes = (
        "# Farm schemes\n\n## Timeline\n"
        "- (2016) Telangana Haritha Mission\n"
        "- (1942) Cripps Mission reaches Delhi\n"
    )
    asked = asked_by_answer(notes)
    assert asked["2016"] == "In which year was the Telangana Haritha Mission launched?"
    assert asked["1942"] == "In which year did the Cripps Mission reach Delhi?"


def test_a_note_s_bare_participle_line_is_asked_with_its_auxiliary() -> None:
    """``**Look East Policy (LEP)** launched by the **P.V. Narasimha Rao** govt (1991–92).``
    was dropped as a verbless note (holdout 394: a key fact never asked): given its "was", it
    is a sentence. Not when the head is a bare word or no subject at all."""
    notes = (
        "# Conservation\n\n## Tiger projects\n"
        "- **Project Tiger** launched by the **Indira Gandhi** government (1973)\n"
        "- Term popularised by **Kailash Sankhala** (1973)\n"
        "- Early in his reign praised by **Jim Corbett** at Ramnagar\n"
    )
    texts = shown_texts(notes)
    assert "Project Tiger was launched by the {{Indira Gandhi}} government (1973)." in texts
    assert not any("Term was" in t or "Term is" in t or " is praised" in t for t in texts)


def test_a_writer_s_label_over_a_fact_is_no_term() -> None:
    """ "What is an insolation ↓ poleward called?" (= Latitude), "Which term is described as
    “Kargil (1999) …”?" (= Commonly cited trigger), "… “Varuna × Early Heera-2”?" (=
    Parents) and "… “barnase–barstar system …”?" (= Tech) (holdouts 398-399, bad): a
    relation drawn with an arrow, a hedge, a pedigree and a label over the bold term."""
    notes = (
        "# Crops and climate\n\n## Factors of temperature\n"
        "- Altitude → temperature ↓ upward\n"
        "- Continentality → annual range of temperature ↑ inland\n\n"
        "## GM rice\n"
        "- Parents: Pusa Basmati 1 × IR 64 hybrid line\n"
        "- Tech = **CRISPR–Cas9** editing (genes from *Streptococcus pyogenes*)\n"
        "Why it was approved → yield. Commonly cited reason: the 2022 drought in the Punjab"
        " belt, when rice output fell sharply.\n"
    )
    asked = asked_by_answer(notes)
    for label in ("Altitude", "Continentality", "Parents", "Tech", "Commonly cited reason"):
        assert label not in asked, asked[label]


def test_a_duration_or_an_adjective_over_a_deed_is_no_term() -> None:
    """ "Which term is described as “normally 1 year, max 18 months”?" (= Investigation) and
    "___: starts investigation on a petition …" (= Quasi-judicial) (holdout 400, bad): a
    label over how long a thing lasts, or one adjective over what a body does."""
    notes = (
        "# Tribunals\n\n## Consumer commissions\n"
        "- Hearing → usually 3 months, max 5 months\n"
        "- Semi-judicial: hears complaints of buyers, awards compensation and orders recalls\n"
        "- Territorial waters: up to 12 nm from the baseline, with full sovereignty\n"
    )
    asked = asked_by_answer(notes)
    texts = shown_texts(notes)
    assert "Hearing" not in asked
    assert "Territorial waters" in asked  # "up to 12 nm" says what the waters are
    assert not any("{{Semi-judicial}}" in t for t in texts), texts


def test_a_name_of_a_thing_of_a_place_is_no_place() -> None:
    """ "Which lake is this: floating mats of vegetation …?" keyed "Phumdis of Loktak Lake"
    (holdout 400, bad): the head is the phumdis, of a lake."""
    notes = (
        "# Wetlands\n\n## Floating islands\n"
        "- **Floating Gardens of Dal Lake** (Kashmir) → rafts of weeds and mud farmed for"
        " vegetables\n"
    )
    assert not any("Which lake" in text for text in shown_texts(notes))


def test_a_record_held_abroad_is_not_india_s() -> None:
    """ "Which was India's first approved gene therapy?" keyed Gendicine, from
    ``Gendicine (China) → 1st approved gene therapy`` in a note on India (holdout 401, bad):
    the bracket's country says whose record it is."""
    notes = (
        "# India and the smallpox story — vaccines, India's first drives\n\n## Timeline\n"
        "- (1980) WHO declares smallpox eradicated; Dryvax (USA) → 1st licensed smallpox"
        " vaccine\n"
    )
    assert not any("India's first" in text for text in shown_texts(notes))


def test_a_feature_under_a_features_label_is_no_term() -> None:
    """ "Which term is this: shelter from cold; later houses on ground level?" (=
    pit-dwellings, under "Features:" of Burzahom; holdout 402, bad): a feature of the
    section's site, which the question would not name."""
    notes = (
        "# Harappan sites\n\n## Lothal (Gujarat)\n"
        "- excavated by **S.R. Rao** (1955–60)\n"
        "- Features:\n"
        "  - **dockyard** → tidal basin for boats; later silted up\n"
        "  - **bead factory** → carnelian beads for export\n"
    )
    texts = shown_texts(notes)
    assert not any("tidal basin for boats" in t and "Lothal" not in t for t in texts), texts


def test_a_past_deed_with_a_bare_object_is_no_passive() -> None:
    """ "In which year was the Oting (Mon) firing killed civilians?" (holdout 403, weak): the
    verb is a deed done, its object bare, no passive."""
    notes = (
        "# Punjab\n\n## Timeline\n"
        "| Year | Event | Result |\n|---|---|---|\n"
        "| 1919 | Jallianwala Bagh firing killed hundreds | Tagore returned his knighthood |\n"
        "| 1920 | Non-Cooperation Movement launched | first mass movement |\n"
        "| 1921 | Nankana Sahib massacre | Akali movement grew |\n"
    )
    assert not any("firing killed" in text for text in shown_texts(notes))


def test_a_plural_label_over_names_is_no_term() -> None:
    """ "Who is described as “Muhammad Reza Khan (Bengal), Raja Shitab Rai (Bihar)”?" (=
    Deputy diwans, holdout 404, bad): a plural label in sentence case over a list of names,
    their brackets or not, asks no fact."""
    notes = (
        "# Mughal provinces\n\n## Officers of a suba\n### Dual posts working\n"
        "- Naib nazims: Murshid Quli Khan (Bengal), Raja Todar Mal (Bihar)\n"
        "- Faujdars: Mir Jumla (Dacca), Raja Jai Singh (Amber)\n"
    )
    asked = asked_by_answer(notes)
    assert "Faujdars" not in asked and "Naib nazims" not in asked


def test_a_table_that_sums_up_its_siblings_is_the_parent_s() -> None:
    """A closing table of the associations of Bengal, Bombay and Madras under the last
    section, *Madras*, showed its Bengal and Bombay rows under "… › Madras" (holdout 405,
    weak in seven questions): its rows are named for its own section and a sibling's, so it
    is the note's. A table of one section's own things stays there."""
    notes = (
        "# Peasant movements (1850–1920)\n\n"
        "## Bengal\n- Indigo revolt (1859) → against European planters in Nadia\n\n"
        "## Deccan\n- Deccan riots (1875) → against Marwari and Gujarati moneylenders\n\n"
        "## Bihar\n- Champaran (1917) → Gandhi's first satyagraha in India\n\n"
        "| Movement | Year | Leader | Against |\n|---|---|---|---|\n"
        "| Bengal indigo revolt | 1859 | Digambar Biswas | indigo planters |\n"
        "| Deccan riots | 1875 | no single leader | moneylenders |\n"
        "| Champaran satyagraha | 1917 | Mahatma Gandhi | tinkathia system |\n"
        "| Bihar Kisan Sabha | 1929 | Sahajanand Saraswati | zamindari oppression |\n"
    )
    rows = [q for q in generated(notes) if q.source and q.source.line >= 15]
    assert rows
    assert all(q.topic == "Peasant movements (1850–1920)" for q in rows), [q.topic for q in rows]


def test_a_tranche_or_the_government_s_response_is_no_blank() -> None:
    """ "___ launched 29 Nov 2023 (20 blocks)." keyed Tranche I and "___ – list the minerals
    (2023), change the law …" keyed Govt response (holdout 405, bad): a tranche of what, the
    question does not say; a response is the writer's label."""
    notes = (
        "# Coal blocks\n\n"
        "Why in news → power demand, import bill. Govt response → open commercial mining"
        " (2020), auction blocks to private firms, allow 100% FDI in coal mining.\n\n"
        "## Auctions\n"
        "- Tranche II launched 3 Nov 2021 (88 blocks) → few bids, many blocks annulled\n"
        "- **Govt response** → open commercial mining (2020), auction blocks to private firms\n"
    )
    texts = shown_texts(notes)
    assert not any("{{Tranche II}}" in t for t in texts), texts
    assert "Govt response" not in asked_by_answer(notes)


def test_a_body_where_a_person_chaired_is_no_doer() -> None:
    """``Constituent Assembly → chaired Advisory Committee …`` on Patel's quick sheet was
    asked "___ chaired Advisory Committee …" keyed Constituent Assembly (holdout 407, bad:
    Patel chaired it). The arrow joins no subject to a deed only a person does in a body."""
    notes = (
        "# B.R. Ambedkar\n\n## Ambedkar — quick sheet\n"
        "- Born Mhow (1891); Columbia & LSE\n"
        "- Constituent Assembly → chaired Drafting Committee on the new Constitution\n"
    )
    assert not any("Assembly chaired" in t for t in shown_texts(notes))
    assert "Constituent Assembly" not in asked_by_answer(notes)


def test_a_deed_with_its_doer_is_no_thing_associated_with_him() -> None:
    """ "With whom is the Excavated associated?" (= Sir John Marshall, from ``Excavated by
    **Sir John Marshall** (1913–34)``; holdout 406, bad): a past verb is no thing."""
    notes = (
        "# Harappan sites\n\n## Mohenjo-daro (Sindh)\n### Decline & rediscovery\n"
        "- Floods & river shift → decline; Aryan-invasion theory now rejected\n"
        "- Excavated by **Sir John Marshall** (1922–27); UNESCO World Heritage site (1980)\n"
    )
    assert not any("the Excavated" in t for t in shown_texts(notes))
