"""Classes found on the thirty-third session's holdouts, each fixed on made-up notes of
another subject."""

from __future__ import annotations

from quizbot.bank.model import Cloze, Mcq, Short
from quizbot.notes.line_checks import label_over_a_list
from quizbot.notes.topic_keys import one_of_a_list
from tests.unit.notes_support import by_key, candidates, generated, shown_texts


def test_a_state_after_a_dated_deed_is_no_deed_of_its_verb() -> None:
    """ "Charter signed the in force in ___." of ``Charter signed (2002, St Petersburg), in
    force (2003)`` (holdout 351, bad): a comma inside a bracket parts no deeds, and "in
    force" is no object of "signed"."""
    notes = (
        "# Bodies\n\n## OAS\n\n"
        "- Charter signed (1948, Bogotá), in force (1951); official languages → four\n"
        "- Akbar abolished pilgrim tax (1563) and jizya (1564)\n"
    )
    texts = shown_texts(notes)
    assert not any("the in force" in t or "signed the" in t for t in texts), texts
    assert "Akbar abolished the jizya in {{1564}}." in texts


def test_shorthand_whose_definition_spells_it_is_not_asked() -> None:
    """ "___: pregnant women / lactating mothers." keyed PW/LM (holdout 351, bad): the
    definition's words spell the writer's shorthand; an acronym it does not spell is asked."""
    notes = (
        "# Health\n\n## Indicators\n\n"
        "- MMR fell with institutional deliveries under JSY (2005)\n\n"
        "IMR/MMR: infant mortality rate / maternal mortality ratio.\n"
    )
    texts = shown_texts(notes)
    assert not any("infant mortality rate / maternal" in t for t in texts), texts


_GLACIAL = (
    "# Glacial landforms\n\n## Forms\n\n"
    "| Landform | Erosional / Depositional | Key idea |\n|---|---|---|\n"
    "| Cirque | Erosional | armchair-shaped hollow at a valley head |\n"
    "| Arete | Erosional | sharp ridge where two cirques meet back to back |\n"
    "| Horn | Erosional | pyramidal peak at the meeting of cirques |\n"
    "| Moraine | Depositional | ridge of till at the glacier's edge |\n"
    "| Drumlin | Depositional | rises as a smooth egg-shaped hill of till |\n"
    "| Esker | Depositional | long ridge, meltwater streams deposited sand under the ice |\n"
)


def test_a_key_idea_that_is_a_clause_is_said_as_a_deed_or_not_at_all() -> None:
    """ "Which landform is known for the rises up from cave floor?" and "… known for the
    funnel-shaped opening and surface water goes underground?" (holdout 350): a cell that
    opens on its verb is said as it is, and a cell with a clause in it is no idea."""
    texts = shown_texts(_GLACIAL)
    assert any(t.startswith("Which landform rises as a smooth egg-shaped hill") for t in texts)
    assert not any("known for" in t and ("rises" in t or "deposited" in t) for t in texts), texts


def test_a_rows_options_are_of_its_kind() -> None:
    """ "Which landform rises up from cave floor?" among a sinkhole and an uvala (holdout
    350): hollows worn away are no options for a form built up; with too few of its kind
    the question is typed."""
    asked = {q.answer: q for q in generated(_GLACIAL) if isinstance(q, Mcq | Short)}
    drumlin = asked["Drumlin"]
    assert isinstance(drumlin, Short) or not {"Cirque", "Arete", "Horn"} & set(drumlin.options)


def test_the_first_holder_of_an_office_named_outright_is_asked() -> None:
    """ "First CIC → **Wajahat Habibullah** (2005)", "First CJI → H.J. Kania" (holdouts
    308, 336: key facts never asked): the office names its post, so the question needs no
    owner; a park is no holder of an office, and a body's post is the body's."""
    notes = (
        "# Audit and elections\n\n## CAG basics\n\n"
        "- Art 148 → appointed by the President; removed like an SC judge\n"
        "- First CAG → **V. Narahari Rao** (1948)\n"
        "- First NP → Hailey NP (1936)\n\n"
        "## ISRO basics\n\n"
        "- Set up 15 Aug 1969; HQ Bengaluru\n"
        "- First chairman → Vikram Sarabhai\n"
    )
    texts = shown_texts(notes)
    assert "Who was the first CAG?" in texts
    assert "Who was the first chairman of ISRO?" in texts
    assert not any("Hailey" in t or "first NP" in t for t in texts), texts


def test_a_plural_before_its_verb_is_not_put_in_the_past() -> None:
    """ "In 1565, Deccan sultaned defeat Vijayanagara at Talikota." (found beside holdout
    350's work): a plural noun followed by a verb and its named object is the subject, not
    a historic present to put in the past."""
    notes = (
        "# Later Mughals\n\n## Timeline\n\n"
        "- (1739) Persian troops sack Delhi\n"
        "- (1761) Abdali defeats the Marathas at Panipat\n"
    )
    texts = shown_texts(notes)
    assert not any("trooped" in t or "troopsed" in t for t in texts), texts
    assert "In which year did Abdali defeat the Marathas at Panipat?" in texts


def test_a_clause_with_its_own_doer_after_an_arrow_stands_alone() -> None:
    """ "underground → JP, Lohia …; **Usha Mehta** ran the secret **Congress Radio**
    (Bombay)" under "Course:" (holdout 349: a key fact never asked): the clause after the
    semicolon names its doer, its deed and its object; a clause whose verb has no object
    still leans on the arrow before it."""
    notes = (
        "# Civil Disobedience\n\n## Salt Satyagraha (1930)\n\n"
        "Course:\n"
        "- coastal march → Sabarmati to Dandi, 78 followers; **Sarojini Naidu** led the "
        "raid on the Dharasana salt works\n"
        "- NWFP → Red Shirts; **Ghaffar Khan** won over Pathans\n"
        "- talks → Irwin's concessions; **Gandhi** agreed at Delhi\n"
    )
    texts = shown_texts(notes)
    assert "{{Sarojini Naidu}} led the raid on the Dharasana salt works." in texts, texts
    assert not any(t.startswith("{{Gandhi}} agreed") for t in texts), texts


def test_a_landform_named_in_a_cell_is_not_what_the_row_is() -> None:
    """ "Which religion is a Cave 10 Vishwakarma (…)?" (holdout 352, bad): a cell that opens
    on a cave's name says which caves the row holds, not that the row is a cave."""
    notes = (
        "# Early caves\n\n## Cave groups\n\n"
        "| Caves | Period | Highlights |\n|---|---|---|\n"
        "| 1–4 | Mauryan | Cave Lomas Rishi (arched gavaksha facade), Sudama |\n"
        "| 5–9 | Satavahana | Cave 9 chaitya (apsidal hall, wooden ribs) |\n"
        "| 10–12 | Gupta | Cave 1 murals (Padmapani, Vajrapani) |\n"
    )
    assert not any(" is a Cave " in t for t in shown_texts(notes))


def test_a_label_over_a_list_and_a_default_approver_are_not_asked() -> None:
    """ "___: compressed gas (…), liquid (…), or carried as ammonia …" keyed Storage, "Which
    term is described as “Art. 198 (…), Art. 199 (…) …”?" keyed State parallels, and "In
    2023, ___ approved NGHM (Jan)." keyed Cabinet (holdout 353, bad): an everyday word over
    the items of its aspect, a label over provisions and the body that approves every
    scheme teach nothing; a term defined in words is asked."""
    notes = (
        "# LNG\n\n## Basics\n\n"
        "- Natural gas cooled to −162 °C → about 600 times smaller in volume\n"
        "- Transport: cryogenic tankers (ships), ISO containers (road), or regasified into "
        "pipelines / city gas grids\n"
        "- Boil-off: gas lost as the cargo warms, burnt as ship fuel\n\n"
        "## Timeline\n\n"
        "- (2023) Cabinet approved the city gas mission (Jan)\n"
        "- (2019) Cabinet approved the PNGRB's ninth bidding round\n\n"
        "State parallels: Art. 162 (executive power), Art. 246 (lists), Art. 254 (conflict)\n"
    )
    ctx, _ = candidates(notes)
    said = {
        key: [label_over_a_list(q, d, u, ctx) for d, q, u in by_key(notes, key)]
        for key in ("Transport", "Boil-off", "State parallels")
    }
    assert said["Transport"] and all(said["Transport"]), said
    assert said["Boil-off"] and not any(said["Boil-off"]), said
    assert not any("State parallels" in t for t in shown_texts(notes))
    assert not any("{{Cabinet}}" in t or "was Cabinet approved" in t for t in shown_texts(notes))


def test_a_name_the_title_lists_among_others_is_not_given_away() -> None:
    """ "Local Winds — World & India (loo, foehn, chinook, mistral + others)" (holdout 352:
    the foehn, chinook and mistral never asked): a title that lists three names or more
    names what the note covers, not which one is meant; a section named for the answer
    still gives it away."""
    notes = (
        "# Ocean currents (Gulf Stream, Kuroshio, Humboldt + others)\n\n## Currents table\n\n"
        "| Current | Region | Nature |\n|---|---|---|\n"
        "| Gulf Stream | NW Atlantic (Florida → Newfoundland) | warm, fast, northward |\n"
        "| Kuroshio | Pacific off Japan | warm, deep, northward |\n"
        "| Humboldt | Pacific off Peru & Chile | cold, slow, upwelling |\n"
        "| Canaries | Atlantic off NW Africa | cold, slow |\n"
        "| Benguela | Atlantic off Namibia | cold, rich |\n\n"
        "## Humboldt\n\n"
        "- Humboldt: cold current that feeds the anchovy fishery off Peru\n"
    )
    texts = shown_texts(notes)
    assert "Which current in Pacific off Japan is warm and deep?" in texts
    assert "Which current in Pacific off Peru & Chile is cold and slow?" in texts
    assert not any(t.startswith("{{Humboldt}}") for t in texts), texts


def test_a_participle_after_a_comma_is_not_the_lines_deed() -> None:
    """ "On what date was the Gandhi stopped near Palwal …, sent back to Bombay?" (holdout
    354): the participle after the comma is a second deed; the line's subject is no event
    to put "the" before."""
    notes = (
        "# Revolt of 1857\n\n## Timeline\n\n"
        "- (21 Sep 1857) Bahadur Shah caught at Humayun's Tomb by Hodson, sent to Rangoon\n"
        "- (1858) Government of India Act passed → Crown rule\n"
    )
    texts = shown_texts(notes)
    assert not any("the Bahadur Shah" in t for t in texts), texts
    assert "In which year was the Government of India Act passed?" in texts


def test_a_label_of_a_view_a_body_or_a_cause_is_no_term() -> None:
    """ "Critics: tribunals often under executive control" (holdout 354), "Admin: **CBDT** …"
    and "Energy source = latent heat …", "**Coriolis force** → hence none near the equator"
    (holdout 355): each was asked as a term its value defines; a label over a view, over the
    body that runs a thing, over what feeds it, or a consequence after an arrow, defines
    nothing."""
    notes = (
        "# Monsoon\n\n## Basics\n\n"
        "The monsoon is a seasonal reversal of winds. Critics: forecasts often miss local "
        "rainfall → farm losses.\n\n"
        "- Forecasts: **IMD** (India Meteorological Department), Pune office, MoES\n"
        "- Energy source = **latent heat of condensation** over the Indian Ocean\n"
        "- **Tibetan plateau** → hence strong summer low over N India\n"
        "- **Somali jet**: low-level jet off East Africa that carries moisture to India\n"
    )
    asked = generated(notes)
    said = " ".join(repr(q) for q in asked)
    for label in ("Critics", "Forecasts", "Energy source", "Tibetan plateau"):
        assert label not in said, said
    assert "What is a low-level jet off East Africa that carries moisture to India called?" in (
        shown_texts(notes)
    )


def test_a_listed_name_is_given_away_when_the_question_names_the_others() -> None:
    """ "… the Ganga valley stayed with the Shungas, … the north-west to the Kushanas and the
    Deccan to the ___." under "Post-Mauryan Kingdoms: Shungas, Kushanas, Satavahanas" (a
    fresh coach: bad): the others named, the answer is left by elimination; "India" under
    "India & the WTO, IMF and World Bank" is every answer's guess."""
    topic = "Ocean currents (Gulf Stream, Kuroshio, Humboldt + others) › Currents"
    alone = Cloze(id="c", topic=topic, text="The {{Kuroshio}} warms the coast of Japan.")
    assert one_of_a_list("Kuroshio", alone)
    both = "The Gulf Stream warms Europe, the Humboldt cools Peru, the {{Kuroshio}} warms Japan."
    assert not one_of_a_list("Kuroshio", Cloze(id="c", topic=topic, text=both))
    india = Cloze(id="c", topic="India & the WTO, IMF and World Bank", text="{{India}} borrows.")
    assert not one_of_a_list("India", india)


def test_a_split_of_a_whole_is_not_shifted_and_a_near_acronym_gives_the_key_away() -> None:
    """ "… 60:40; 90:12 for NE & Himalayan states" (true 90:10, holdout 357, bad: it does
    not add up to 100), and "___ – bank-led training institutes (modelled on RUDSETI)" keyed
    RSETIs (holdout 357, bad): the acronym beside the blank is the answer but two letters."""
    notes = (
        "# Health schemes\n\n## NHM\n\n"
        "- Funding shared between Centre & States 60:40; 90:10 for NE & hill states\n"
        "- Launched in 2013 by merging NRHM and NUHM\n\n"
        "## Linked schemes\n\n"
        "- **HWCs** – upgraded sub-centres giving primary care (modelled on NHWC pilots)\n"
    )
    said = " ".join(repr(q) for q in generated(notes))
    assert "90:1" not in said.replace("90:10", ""), said
    assert "{{HWCs}}" not in said, said


def test_a_body_is_no_option_among_cases() -> None:
    """ "Which case or body is this: report 2010; …?" among three cases (holdout 356, bad):
    the one commission stands out, so cases and bodies are options only for their own kind."""
    notes = (
        "# Federalism\n\n## Cases and bodies\n\n"
        "| Case / body | Year | Held / said |\n|---|---|---|\n"
        "| Kesavananda Bharati | 1973 | basic structure limits amendment |\n"
        "| Minerva Mills | 1980 | balance of FRs and DPSPs is basic structure |\n"
        "| Sarkaria Commission | report 1987 | Governor should be a detached outsider |\n"
        "| Waman Rao | 1981 | Ninth Schedule laws after 1973 open to review |\n"
        "| I.R. Coelho | 2007 | Ninth Schedule no shield against basic structure |\n"
    )
    for q in generated(notes):
        if isinstance(q, Mcq) and q.answer != "Sarkaria Commission":
            assert "Sarkaria Commission" not in q.options, q.options
