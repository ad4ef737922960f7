"""Classes found on the twenty-eighth session's holdouts (316 and 317), each fixed on
made-up notes of another subject."""

from __future__ import annotations

from types import SimpleNamespace

from quizbot.bank.model import Cloze, Mcq, Short
from quizbot.notes.arrow_checks import arrow_dropped
from quizbot.notes.drafts import Draft, Unit
from quizbot.notes.table_answers import cell_aliases
from quizbot.notes.terms import subject_of
from tests.unit.notes_support import asked_by_answer, generated, shown_texts


def _mcqs(notes: str) -> list[Mcq]:
    return [q for q in generated(notes) if isinstance(q, Mcq)]


def _table(headings: str, header: tuple[str, ...], rows: list[tuple[str, ...]]) -> str:
    """Notes of one pipe table under ``headings``."""
    lines = [f"| {' | '.join(header)} |", f"|{'---|' * len(header)}"]
    lines += [f"| {' | '.join(row)} |" for row in rows]
    return f"{headings}\n\n" + "\n".join(lines) + "\n"


def test_a_glossary_entry_with_a_participle_that_describes_isasked_by_answer() -> None:
    """``Free float: shares … i.e. excluding promoters' locked holdings``, ``Insider trading:
    dealing on unpublished info``, ``listed co. sells …`` and a dash before a second fact read
    as a verb of their own: the Glossary under them was none, and nothing of it was asked
    (holdout 316)."""
    notes = (
        "# Insurance\n\n### Glossary\n"
        "Rider: extra cover on top of a holder's signed policy\n"
        "Lapse: end of cover for unrenewed policies at the due date\n"
        "Grace period: days allowed after the due date to pay\n"
    )
    asked = asked_by_answer(notes)
    assert asked["Rider"] == "What is an extra cover on top of a holder's signed policy called?"
    assert asked["Lapse"].endswith("called?")


def test_a_glossary_term_defined_after_an_arrow_is_asked_from_its_meaning() -> None:
    """``Rights issue → offered to existing shareholders in proportion to holding``: the
    arrow is the glossary's "means", nothing is run together (holdout 316: the routes of a
    primary market unasked); a second term's arrow after a ``;`` is no part of the meaning."""
    notes = (
        "# Insurance\n\n## Kinds of policy\n"
        "- Whole plan → cover for the holder's entire span\n"
        "- Endowment plan → savings plus cover with a maturity benefit\n"
        "- Keyman cover → policy on a firm's key employee for its benefit; group cover → one"
        " policy for all staff\n"
        "- Health cover → hospital bills of the insured and family\n"
    )
    asked = asked_by_answer(notes)
    assert asked["Endowment plan"] == (
        "Which term is described as “savings plus cover with a maturity benefit”?"
    )
    assert (
        asked["Keyman cover"] == "What is a policy on a firm's key employee for its benefit called?"
    )


def test_a_glossary_term_after_an_arrow_is_not_asked_from_a_name_or_a_list() -> None:
    """``Vajrayana → founder Padmasambhava`` relates the term to a name, ``Factors → a, b, c,
    d`` lists and ``Cholas → peak of vimana`` (holdout 317, bad) says a people's time: none is
    a term's meaning."""
    notes = (
        "# Insurance\n\n## Glossary\n"
        "- Cover note → temporary proof of insurance before the policy\n"
        "- Mutual insurer → founder Samuel Smith (1696)\n"
        "- Rating factors → age, health, habits, occupation, history\n"
        "- Deductible → amount the insured bears before the insurer pays\n"
    )
    asked = asked_by_answer(notes)
    assert not {"Mutual insurer", "Rating factors"} & set(asked)
    line = "- Tudors → peak of royal power"
    unit = Unit(line, 1, ("h",), "", "", None, line)
    ctx = SimpleNamespace(glossary={id(unit): (unit,)})
    draft = Draft(Short, {}, "term", "s", "k", "u", "h", 1)
    asked_so = Short(id="", prompt="What is a peak of royal power called?", answer="Tudors")
    assert arrow_dropped(asked_so, draft, unit, ctx) is not None  # type: ignore[arg-type]
    meant = Short(id="", prompt="What is a peak of royal power called?", answer="Apogee")
    unit.text = "- Apogee → peak of royal power"
    assert arrow_dropped(meant, draft, unit, ctx) is None  # type: ignore[arg-type]


def test_a_definition_in_the_notes_shorthand_is_asked_what_it_is_called() -> None:
    """``Antarala: vestibule b/w garbhagriha and mandapa``: written out, the definition is a
    noun phrase ("What is … called?"), not "Which term is described as …"."""
    notes = (
        "# Forts\n\n### Glossary\n"
        "Merlon: solid part of a parapet b/w two gaps\n"
        "Moat: water-filled ditch around the outer wall\n"
        "Glacis: earthen slope in front of the rampart\n"
    )
    assert (
        asked_by_answer(notes)["Merlon"]
        == "What is a solid part of a parapet between two gaps called?"
    )


def test_a_definition_by_a_passive_is_no_thing_called() -> None:
    """``price discovered by bids within a price band`` of book building is a process; "What
    is a price discovered by bids … called?" asks a price."""
    notes = (
        "# Auctions\n\n### Glossary\n"
        "Dutch auction: price lowered by the auctioneer until a bid comes\n"
        "Sealed bid: offer handed in secretly before a deadline\n"
        "Reserve price: lowest price the seller will accept\n"
    )
    asked = asked_by_answer(notes)
    assert "called" not in asked.get("Dutch auction", "")
    assert asked["Sealed bid"].endswith("called?")


def test_a_definition_that_points_to_another_line_is_no_meaning() -> None:
    notes = (
        "# Tides\n\n### Glossary\n"
        "Spring tide: highest tide, at new and full moon\n"
        "Neap tide: the opposite, at the quarter moons\n"
        "Tidal bore: wave running up a river against its flow\n"
    )
    texts = " ".join(shown_texts(notes))
    assert "the opposite" not in texts


def test_a_comparison_row_with_an_unsaid_cell_is_notasked_by_answer() -> None:
    """``| Door guardians | Ganga & Yamuna | dwarapalas | — |``: Vesara's are not said, so
    "dwarapalas" may be true of it too (holdout 317, bad); "usually none" says none."""
    notes = (
        "# Forts\n\n## Compared\n\n| Feature | Hill fort | Water fort | Land fort |\n"
        "|---|---|---|---|\n"
        "| Defence | steep cliffs and scarps | sea on all sides | thick walls and a moat |\n"
        "| Gate guards | stone lions | — | carved elephants |\n"
        "| Moat | usually none | the sea itself | deep and water-filled |\n"
    )
    prompts = [q.prompt for q in _mcqs(notes)]
    assert not any("guards" in p for p in prompts)
    assert not any("usually none" in p for p in prompts)


def test_a_terms_meaning_and_a_makers_product_are_no_record() -> None:
    """``IPO → 1st public issue by unlisted co.`` asked "Which was India's first public
    issue …?" and ``NDRI Karnal → first cloned buffalo calf (2009)`` "Which was India's first
    cloned buffalo calf?" keyed NDRI (holdout 316 and 317, bad)."""
    notes = (
        "# India – science\n\n## Firsts\n"
        "- SPAC → first listing by a shell company\n"
        "- NBRI Lucknow → first transgenic cotton line (2005)\n"
        "- Central Drug Research Institute → first oral contraceptive pill Saheli (1991)\n"
        "- **INS Arihant** → first indigenous nuclear submarine (2009)\n"
    )
    asked = asked_by_answer(notes)
    assert not {"SPAC", "NBRI Lucknow", "Central Drug Research Institute"} & set(asked)
    assert asked["INS Arihant"].startswith("Which was India's first")


def test_a_claim_of_a_person_by_the_shape_of_the_name_asks_who() -> None:
    """``C. Rajagopalachari (1948–50) → only Indian & last GG`` asked "Which was …&…?"."""
    notes = (
        "# India – offices\n\n## Firsts\n- V. V. Giri (1969) → only acting & elected President\n"
    )
    assert (
        asked_by_answer(notes)["V. V. Giri"] == "Who was India's only acting and elected President?"
    )


def test_a_sub_bullet_s_dated_deed_on_its_parent_s_subject_is_not_rewritten() -> None:
    """``GEAC cleared environmental release (2022)`` under ``GM mustard DMH-11``: "GEAC cleared
    the environmental release in ___." never says of what (holdout 317, bad)."""
    notes = (
        "# Energy\n\n## Reactors\n"
        "- **Kudankulam** → VVER design, built with Russia\n"
        "  - AERB licensed commercial operation (2014) → first unit\n"
    )
    assert not any("licensed the commercial operation in" in t for t in shown_texts(notes))


def test_a_lead_in_s_bracket_is_kept_whole() -> None:
    """``Maharashtra (Varkari sect, Vithoba of Pandharpur):`` was cut at its comma: the topic
    line read "Maharashtra (Varkari sect" (holdout 316)."""
    lead_in = SimpleNamespace(text="Punjab (Sikh gurus, Amritsar seat):", term=None, bold=[])
    assert subject_of(lead_in) == "Punjab (Sikh gurus, Amritsar seat)"
    assert subject_of(SimpleNamespace(text="Punjab, the Sikh heartland:", term=None)) == "Punjab"


def test_a_name_after_an_arrow_with_a_bracket_is_no_description() -> None:
    """``Qutbuddin Bakhtiyar Kaki (Delhi) → Baba Farid (Pakpattan; verses in …)`` shown "___
    (Delhi) – Baba Farid (…)": "verses" read as a verb, the master → disciple arrow lost
    (holdout 316, bad)."""
    line = "- Abdul Karim Khan (Kirana) → Sawai Gandharva (Kundgol; verses in Marathi)"
    question = Cloze(
        id="",
        text="{{Abdul Karim Khan}} (Kirana) – Sawai Gandharva (Kundgol; verses in Marathi)",
        topic="Music",
    )
    unit = Unit(line, 1, ("h",), "", "", None, line)
    draft = Draft(Cloze, {}, "name", "s", "k", "u", "h", 1)
    assert arrow_dropped(question, draft, unit, None) is not None  # type: ignore[arg-type]


def test_a_language_after_preached_in_is_no_blank() -> None:
    """ "Ramananda preached in ___." fits "the north" as well as "Hindi" (holdout 316, bad)."""
    notes = "# Saints\n\n## North\n- Chaitanya → Krishna bhakti in Bengal, preached in Bengali\n"
    assert not any("{{Bengali}}" in t for t in shown_texts(notes))


def test_the_first_holder_after_an_office_s_arrow_isasked_by_answer() -> None:
    """``Governor of Bengal → **Governor-General of Bengal** by Regulating Act (1773) → Warren
    Hastings 1st``: the first holders of the three titles, key facts, were unasked (holdout
    316)."""
    notes = (
        "# Britain\n\n## Offices\n"
        "- First Lord of the Treasury → **Prime Minister** by convention (1721) → Robert"
        " Walpole 1st\n"
        "- Lord Chancellor → **Speaker of the Lords** by custom → Thomas Wolsey first\n"
    )
    asked = asked_by_answer(notes)
    assert asked["Robert Walpole"] == "Who was the first Prime Minister?"
    assert asked["Thomas Wolsey"] == "Who was the first Speaker of the Lords?"


def test_the_kinds_under_a_types_lead_in_are_asked_as_kinds_of_the_heading() -> None:
    """``Types:`` then ``- Structural → mismatch of skills/capital with jobs; long-term``
    under *Unemployment*: a list of terms no glossary took (its items had a parent), asked
    nothing (holdout 319: two questions of a 62-line note)."""
    notes = (
        "# Economy\n\n## Inflation\nTypes:\n"
        "- Demand-pull → too much money chasing too few goods; common\n"
        "- Cost-push → rising input costs passed on to buyers\n"
        "- Stagflation → high prices with a stagnant economy\n"
        "- Hyperinflation → prices rising beyond all control\n"
    )
    asked = asked_by_answer(notes)
    assert asked["Demand-pull"] == (
        "Which type of inflation is described as “too much money chasing too few goods”?"
    )
    assert asked["Stagflation"] == (
        "Which type of inflation is described as “high prices with a stagnant economy”?"
    )
    assert not any(p.startswith("Types") for p in asked.values())


def test_a_block_of_term_lines_among_prose_is_a_glossary() -> None:
    """``Nritta: …``, ``Nritya: …``, ``Natya: …`` on lines one after another, in a section
    whose prose lines read as terms too (``Root text → …``, ``NB: …``): too few of the
    section's were entries, so none was asked from its meaning (holdout 319)."""
    notes = (
        "# Music\n\n## Basics\n"
        "Root text → **Sangita Ratnakara** of Sarngadeva (13th c.). Later: *Raga Vibodha*.\n"
        "Akademi (1952) recognises **6** forms. NB: the ministry list counts more.\n\n"
        "Alap: slow unmetred opening of a raga\n"
        "Jod: rhythmic middle section without drums\n"
        "Jhala: fast closing section with rapid strokes\n"
        "Gat: fixed composition set to a tala\n\n"
        "Rasa: 8 in the texts; **shanta** added later → navarasa.\n"
    )
    asked = asked_by_answer(notes)
    assert {"Alap", "Jod", "Jhala"} <= set(asked)
    assert not any(a == "BCE" for a in asked)


def test_a_commission_s_report_is_no_recommendation() -> None:
    """``(2007) **Punchhi Commission** → report (2010)`` asked "Which commission (2007)
    recommended a report (2010)?" (holdout 318, bad)."""
    notes = "# Polity\n\n## Commissions\n- (1983) **Sarkaria Commission** → report (1988)\n"
    assert not any("recommended a report" in t for t in shown_texts(notes))


def test_a_match_under_a_heading_of_several_kinds_is_notasked_by_answer() -> None:
    """ "Match … (veg, people, economies)": a bird, a canal, a marsh and a test site beside one
    status, one barrage, one sanctuary and one test: each pair the only one of its kind
    (holdout 318, bad)."""
    notes = (
        "# Deserts\n\n### Birds, canals, sites\n"
        "- Great Indian Bustard → Critically Endangered (IUCN)\n"
        "- Indira Gandhi Canal → from Harike barrage (Sutlej–Beas)\n"
        "- Desert National Park → near Jaisalmer, fossil park\n"
        "- Pokhran → nuclear tests (1974, 1998)\n"
    )
    assert not any(q.prompt.startswith("Match") for q in generated(notes) if hasattr(q, "prompt"))


def test_a_founder_of_a_state_is_asked_of_the_state_and_its_year() -> None:
    """ "Who founded Hyderabad?" asks of the city (Quli Qutb Shah's), not the state of 1724 the
    table is of (holdout 318, weak)."""
    notes = (
        "# Deccan\n\n## Successor states\n| State | Founder | Year | Note |\n|---|---|---|---|\n"
        "| Mysore | Hyder Ali | (1761) | took power from the Wodeyars |\n"
        "| Carnatic | Saadatullah Khan | (1710) | capital Arcot |\n"
        "| Rohilkhand | Ali Muhammad Khan | around 1740 | Afghan chiefs |\n"
    )
    asked = asked_by_answer(notes)
    assert asked["Hyder Ali"] == "Who founded the state of Mysore (1761)?"
    assert asked["Ali Muhammad Khan"] == "Who founded the state of Rohilkhand?"


def test_a_prefixed_common_noun_opening_a_line_is_no_name() -> None:
    """``Non-member can be a minister for 6 months`` blanked "Non-member": a kind of person,
    capitalised only to open the line (holdout 320, bad)."""
    notes = (
        "# Banking\n\n## Limits\n- Non-resident can hold deposits for 3 years → then must convert\n"
    )
    assert not any("{{Non-resident}}" in t for t in shown_texts(notes))


def test_a_list_written_with_pipes_is_no_sentence() -> None:
    """``India–UAE CEPA (2022) | India–Australia ECTA (2022) | …`` blanked one item: the
    only clue was its year (holdout 321, bad)."""
    notes = (
        "# Trade\n\n## Agreements\n"
        "- SAFTA (signed 2004) | India–ASEAN FTA (2009) | CEPA w/ Japan (2011)\n"
        "- India–UAE CEPA (2022) | India–Mauritius CECPA (2021) | India–EFTA TEPA (2024)\n"
    )
    assert not any(" | " in t for t in shown_texts(notes))


def test_a_king_said_to_be_independent_is_not_asked_what_he_is_called() -> None:
    """``**Veera Ballala II** → fully independent of the Kalyani Chalukyas`` asked "What is
    the fully independent of the Kalyani Chalukyas called?" (holdout 321, bad)."""
    notes = (
        "# Vijayanagara\n\n## Rulers\n"
        "- **Harihara II** → fully independent of the Delhi Sultanate; took a new title\n"
        "- **Deva Raya II** → greatest Sangama; hired Turkish archers\n"
    )
    asked = asked_by_answer(notes)
    assert "Harihara II" not in asked
    assert asked["Deva Raya II"] == "Who was the greatest Sangama ruler?"


def test_a_battle_is_asked_from_who_beat_whom_in_it() -> None:
    """``(1760) **Battle of Wandiwash** → Eyre Coote beats Count de Lally``: only its year was
    asked; the battle, the key fact, never (holdout 320)."""
    notes = (
        "# Europe\n\n## Timeline\n"
        "- (1815) **Battle of Waterloo** → Wellington beats Napoleon; Hundred Days end\n"
        "- (1066) 2nd Battle of Hastings → William defeats Harold → Normans rule\n"
        "- (1805) **Battle of Trafalgar** → small British fleet beats the combined fleets\n"
    )
    asked = {q.answer: q for q in generated(notes) if isinstance(q, Short)}
    waterloo = asked["Battle of Waterloo"]
    assert waterloo.prompt.endswith("In which battle (1815) did Wellington defeat Napoleon?")
    assert "Waterloo" in waterloo.aliases
    assert "Hastings" in asked["2nd Battle of Hastings"].aliases  # the year says which
    assert "Battle of Trafalgar" not in asked


def test_a_header_that_allows_a_plural_is_read_as_its_singular() -> None:
    """``| Project | River | State(s) | Remember |``: "State(s)" was no place column, and the
    river–dam–state table, a Prelims staple, asked nothing (holdout 322: a 62-line note, no
    question)."""
    notes = (
        "# Dams\n\n## Projects\n| Project | River | State(s) | Remember |\n|---|---|---|---|\n"
        "| Ukai | Tapi | Gujarat | largest in Gujarat |\n"
        "| Mettur | Kaveri | Tamil Nadu | Stanley reservoir |\n"
        "| Srisailam | Krishna | Andhra Pradesh | hydel |\n"
        "| Pong | Beas | Himachal Pradesh | Maharana Pratap Sagar |\n"
    )
    asked = asked_by_answer(notes)
    assert asked["Mettur"] == "Which project in Tamil Nadu is on the Kaveri?"


def test_measures_listed_under_the_writer_s_label_are_no_term() -> None:
    """``- Mitigation → watershed mgmt, rainwater harvesting, …`` asked "___ watershed
    management, …" keyed "Mitigation" (holdout 323, bad): a label over measures; a glossary's
    "Mitigation: steps taken before an event …" stays a term."""
    notes = (
        "# Hazards\n\n## Droughts\n- Links: **El Niño** years often dry\n"
        "- Mitigation → watershed mgmt, rainwater harvesting, drip/sprinkler, millets\n"
    )
    assert "Mitigation" not in asked_by_answer(notes)
    assert not any("{{Mitigation}}" in t for t in shown_texts(notes))


def test_a_case_among_numbered_amendments_is_no_option() -> None:
    """``| Amendment / case | …`` offered "Kameshwar Singh" as the one case among three
    amendments, and an amendment's row as the one numbered name among cases (holdout 325,
    bad)."""
    notes = _table(
        "# Property\n\n## Backing",
        ("Amendment / case", "Year", "What it did"),
        [
            ("Golaknath", "1967", "FRs cannot be abridged by amendment"),
            ("24th Amendment", "1971", "Parliament may amend any part incl. FRs"),
            ("25th Amendment", "1971", "compensation replaced by amount in Art 31"),
            ("42nd Amendment", "1976", "amendments placed beyond judicial review"),
            ("44th Amendment", "1978", "property no longer an FR → Art 300A"),
        ],
    )
    for q in _mcqs(notes):
        numbered = [o[:1].isdigit() for o in q.options]
        assert all(numbered) or not any(numbered)
    assert cell_aliases("Kameshwar Singh (Patna HC)") == [
        "Kameshwar Singh (Patna High Court)",
        "Kameshwar Singh",
    ]  # the court is no other name of the case
