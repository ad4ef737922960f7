"""``NP`` in revision notes is a national park: a question writes it out (a fresh coach
called "the only floating NP" and "India's first NP (Hailey NP, 1936)" note shorthand), and
printing "national park" gives no park's name away."""

from __future__ import annotations

from quizbot.notes import generate_questions
from quizbot.notes.index import _legend
from quizbot.notes.shorthand import has_shorthand, write_out
from tests.unit.notes_support import short_questions


def test_np_is_written_out_in_the_case_of_its_place() -> None:
    assert write_out("the only floating NP, on Loktak Lake") == (
        "the only floating national park, on Loktak Lake"
    )
    assert write_out("Assam's first NP (Kaziranga NP, 1974)") == (
        "Assam's first national park (Kaziranga National Park, 1974)"
    )
    assert write_out("land next to NPs/sanctuaries") == "land next to national parks/sanctuaries"
    assert write_out("Which NP is the oldest?") == "Which national park is the oldest?"
    assert has_shorthand("the largest NP in India")


def test_np_inside_another_short_form_is_left_alone() -> None:
    for text in ("NPA rules tightened", "the SNP party", "NP-hard problems"):
        assert write_out(text) == text
        assert not has_shorthand(text)


def test_notes_that_mean_nagar_panchayat_keep_their_own_sense() -> None:
    legend = _legend(["Nagar Panchayat – for a transitional area", "NP under Art 243Q"])
    assert legend["np"] == "Nagar Panchayat"
    assert write_out("the NP for a transitional area", legend) == (
        "the Nagar Panchayat for a transitional area"
    )


def test_a_parks_table_asks_with_national_park_written_out_and_keeps_the_question() -> None:
    """The key ``Dachigam NP`` is not given away by "national park" in the question: it is
    the kind asked, not the park's name."""
    notes = (
        "# Wildlife\n\n## Parks\n\n"
        "| Protected area | State/UT | Known for |\n|---|---|---|\n"
        "| Dachigam NP | Jammu & Kashmir | only home of the hangul, the Kashmir stag |\n"
        "| Nagarhole NP | Karnataka | elephants and tigers of the Nilgiri reserve |\n"
        "| Namdapha NP | Arunachal Pradesh | four big cats: tiger, leopard, snow leopard, "
        "clouded leopard |\n"
        "| Pench NP | Madhya Pradesh | the setting of The Jungle Book |\n"
    )
    prompts = " ".join(short_questions(notes))
    shown = " ".join(
        str(getattr(q, "prompt", "")) + " " + " ".join(getattr(q, "options", ()))
        for q in generate_questions(notes, "n/parks.md")
    )
    assert " NP" not in shown and " NP" not in prompts
    assert "National Park" in shown
