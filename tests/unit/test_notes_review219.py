"""The classes found on the fourteenth session's third round of fresh notes (holdouts
219–221), each on made-up notes of another subject."""

from __future__ import annotations

from quizbot.bank.model import Cloze, Mcq
from quizbot.notes.ambiguity import question_warnings
from quizbot.notes.lint import weak_reason
from quizbot.notes.term_labels import clause_head
from quizbot.notes.terms import split_term
from quizbot.notes.timeline_questions import when_question
from tests.unit.notes_support import candidates, short_questions, shown_texts


def _cloze(text: str) -> Cloze:
    return Cloze(id="x", topic="", tags=(), text=text)


def test_a_listed_aside_after_a_dated_name_is_left_out() -> None:
    """ "In which year was Project Tiger (Kanha, Melghat, Palamau among first 9) launched?"
    (a fresh coach: the note's bracket pasted in); a quoted other name stays."""
    notes = """# Wildlife

## Timeline
- 1986 – Project Hangul (Dachigam, Srinagar) launched
- 1992 – **Project Elephant** (Assam, Kerala, Odisha first)
"""
    texts = shown_texts(notes)
    assert any(t.startswith("In which year was Project Hangul launched?") for t in texts), texts
    assert not any("(Dachigam" in t or "(Assam," in t for t in texts), texts


def test_a_dated_line_that_opens_on_a_present_verb_names_no_event() -> None:
    """``1814 – heads commission to reform Madras judicial & police system`` was asked "In
    which year was the heads commission appointed?" (holdout 219, bad)."""
    assert when_question("chairs committee on police reform", "year") is None
    assert when_question("Estimates Committee (John Mathai)", "year") == (
        "With which year is the Estimates Committee (John Mathai) associated?"
    )


def test_the_other_half_of_a_printed_pair_is_no_blank() -> None:
    """ "Revenue fixed in ___, not kind" keyed cash (holdout 219, bad)."""
    assert question_warnings(_cloze("Wages paid in {{cash}}, not kind"))
    assert question_warnings(_cloze("Tax is not direct but {{indirect}}"))
    assert not question_warnings(_cloze("The saints wrote in {{Marathi}}, not Sanskrit."))


def test_a_head_led_by_an_adverb_or_an_office_alone_is_no_term() -> None:
    """``Mostly seen indirectly: X-rays from …`` and ``**President** = former SC judge or
    former Chief Justice of a HC`` (holdout 220, both bad: "Who was a former SC judge …?"
    keyed President)."""
    notes = """# Comets

## Basics
A comet is not a "star" but an icy body – e.g. Halley's returns every ~76 yrs. Mostly seen indirectly: a coma of gas, a tail of dust, or light from the gas it sheds.

## Tribunal structure
- **Chairperson** = retired Supreme Court judge or retired Chief Justice of a HC
- **Members** – judicial and technical
"""
    texts = shown_texts(notes)
    assert not any("{{Chairperson}}" in t or "Who was a retired" in t for t in texts), texts
    ctx = candidates("# N\n\n- x\n")[0]
    term = split_term("Mostly seen indirectly: X-rays from gas falling in, or light it sheds")
    assert term is not None and clause_head(term, ctx)


def test_a_country_s_name_inside_a_hyphenated_name_does_not_make_a_claim_its() -> None:
    """``**GW150914** → 1st direct detection`` under "… & LIGO-India" was asked "Which was
    India's first direct detection?" (holdout 220, bad: a wrong fact)."""
    notes = """# Neutrinos & INO-India

## Detections
- **SN1987A** → 1st neutrinos seen from a supernova (Kamiokande, 1987)
"""
    assert not any("India's" in t for t in shown_texts(notes))


def test_an_acronym_key_opened_by_a_printed_acronym_is_given_away() -> None:
    """ "Which tribunal deals with direct taxes (IT Act)?" keyed ITAT (holdout 220, bad)."""
    question = Mcq(
        id="x",
        topic="",
        tags=(),
        prompt="Which body hears appeals under the RTI Act?",
        options=("RTIC", "CIC", "NCLAT", "CAT"),
        answer="RTIC",
    )
    assert weak_reason(question) is not None


def test_a_count_back_from_the_writer_s_today_or_a_symbol_is_no_key() -> None:
    """ "… over the last ___ years" keyed 20 and a key "Monetary transmission ↓" (holdout
    221, both bad)."""
    assert weak_reason(_cloze("Tourism has grown over the past {{15}} years in Goa.")) is not None
    assert weak_reason(_cloze("{{Credit growth ↑}} – banks lend more when rates fall")) is not None
    assert weak_reason(_cloze("The Act was passed in {{1986}}.")) is None


def test_a_role_column_s_bracket_header_and_a_compass_row_name_no_alias_and_no_owner() -> None:
    """``| School | Founder (text) |`` over ``Patanjali (Yoga Sutra)`` accepted "Yoga Sutra"
    for the founder, and ``| Direction | … | 1st head |`` asked "Who headed the South
    direction?" (holdout 222 and 224, five bad)."""
    notes = """# Schools

## Grammarians
| School | Founder (text) | Idea |
|---|---|---|
| Paninian | **Panini** (Ashtadhyayi) | rules of Sanskrit |
| Aindra | **Indra** (Aindra Vyakarana) | older school |
| Katantra | **Sharvavarman** (Katantra Sutra) | short grammar |

## Monasteries
| Direction | Monastery | 1st head |
|---|---|---|
| South | Ratnagiri | Bodhibhadra |
| North | Vikramashila | Atisha |
| West | Valabhi | Sthiramati |
"""
    asked = short_questions(notes)
    assert not any(a.startswith("Who headed the") and "direction" in a for a in asked), asked
    founders = [q for p, q in asked.items() if p.startswith("Who founded")]
    assert founders and all(not q.aliases for q in founders), founders


def test_a_cited_source_and_a_cell_pointing_above_are_not_asked() -> None:
    """ "What is a mist holds more moisture than fog called?" keyed NCERT (holdout 223) and
    "Which vertical is used for hardware base for all 3 above?" (holdout 222): both bad."""
    notes = """# Clouds

## Kinds
Haze = dry particles scattering light. NCERT: **smog is smoke plus fog**; it forms over cities in winter.

## Uses
| Vertical | Examples | Use |
|---|---|---|
| Sensing | magnetometers, gravimeters | navigation without GPS |
| Communication | QKD links, satellites | secure keys |
| Computing | superconducting qubits | chemistry, optimisation |
| Materials | superconductors, photon sources | hardware base for all 3 above |
"""
    texts = shown_texts(notes)
    assert not any("NCERT" in t and "called" in t for t in texts), texts
    assert not any("above" in t for t in texts), texts


def test_a_true_false_that_changes_a_count_back_from_today_is_not_asked() -> None:
    """ "… over the last 10 years …" for the note's "last 20 yrs" (a fresh coach, bad: the
    writer's loose remark, and "10" is not clearly false)."""
    notes = """# Coasts

## Causes
Storms are the usual **trigger**, but the real cause is the coast being already weak: sand mining & sea walls strip the beach. In Kerala the push for ports over the last 15 yrs has added a human layer to a naturally shifting coast.
"""
    texts = shown_texts(notes, statements=True)
    assert not any("over the last" in t for t in texts), texts
