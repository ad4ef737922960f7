"""Classes found on the twenty-eighth session's holdouts (316 and 317), each fixed on
made-up notes of another subject."""

from __future__ import annotations

from types import SimpleNamespace

from quizbot.bank.model import Cloze, Mcq, Question, Short
from quizbot.notes import generate_questions
from quizbot.notes.drafts import Draft, Unit
from quizbot.notes.line_checks import arrow_dropped


def _questions(notes: str) -> list[Question]:
    return generate_questions(notes, "n/notes.md")


def _asked(notes: str) -> dict[str, str]:
    """Each short answer's or mcq's prompt (after its context), by its answer."""
    return {
        q.answer: q.prompt.rsplit(": ", 1)[-1] if ": " in q.prompt else q.prompt
        for q in _questions(notes)
        if isinstance(q, Short | Mcq)
    }


def _mcqs(notes: str) -> list[Mcq]:
    return [q for q in _questions(notes) if isinstance(q, Mcq)]


def _texts(notes: str) -> list[str]:
    return [q.text if isinstance(q, Cloze) else getattr(q, "prompt", "") for q in _questions(notes)]


def test_a_glossary_entry_with_a_participle_that_describes_is_asked() -> None:
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
    asked = _asked(notes)
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
    asked = _asked(notes)
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
    asked = _asked(notes)
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
    assert _asked(notes)["Merlon"] == "What is a solid part of a parapet between two gaps called?"


def test_a_definition_by_a_passive_is_no_thing_called() -> None:
    """``price discovered by bids within a price band`` of book building is a process; "What
    is a price discovered by bids … called?" asks a price."""
    notes = (
        "# Auctions\n\n### Glossary\n"
        "Dutch auction: price lowered by the auctioneer until a bid comes\n"
        "Sealed bid: offer handed in secretly before a deadline\n"
        "Reserve price: lowest price the seller will accept\n"
    )
    asked = _asked(notes)
    assert "called" not in asked.get("Dutch auction", "")
    assert asked["Sealed bid"].endswith("called?")


def test_a_definition_that_points_to_another_line_is_no_meaning() -> None:
    notes = (
        "# Tides\n\n### Glossary\n"
        "Spring tide: highest tide, at new and full moon\n"
        "Neap tide: the opposite, at the quarter moons\n"
        "Tidal bore: wave running up a river against its flow\n"
    )
    texts = " ".join(_texts(notes))
    assert "the opposite" not in texts
