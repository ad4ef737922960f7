"""Looking things up in the notes: the bundled notes, and small notes written here."""

from __future__ import annotations

import pytest

from quizbot.paths import bundled_notes_dir
from quizbot.tutor import NotesIndex
from quizbot.tutor.lookup import subject_of, tokens
from tests.unit.tutor_support import BRAHMOS, INSTC, KUDANKULAM_TF, S400, THREE

ROOT = "India–Russia relations"


@pytest.fixture(scope="module")
def notes() -> NotesIndex:
    return NotesIndex.build([bundled_notes_dir()])


def test_subjects_and_tokens() -> None:
    assert subject_of("What is INSTC?") == ("INSTC", False)
    assert subject_of("tell me about the Kudankulam plant") == ("Kudankulam plant", False)
    assert subject_of("summarise the defence programmes") == ("defence programmes", True)
    assert tokens("The S-400 systems") == ["s400", "system"]


def test_what_is_instc_finds_the_instc_bullet_with_its_headings(notes: NotesIndex) -> None:
    found = notes.lookup("what is INSTC?")
    first = found.passages[0]
    assert first.headings == (ROOT, "Connectivity corridors", "Corridors")
    assert first.text.startswith("International North–South Transport Corridor (INSTC): ")
    assert (first.file, first.line) == ("notes/india-russia.md", 152)
    assert all("INSTC" in p.text for p in found.passages)


@pytest.mark.parametrize(("query", "start", "heading"), [
    ("tell me about Kudankulam", "Kudankulam: nuclear reactors", "Energy"),
    ("who is Vinay Kwatra", "Vinay Kwatra: permanent secretary", "Moscow visit (July 2024)"),
    ("What is the NSG?", "Nuclear Suppliers Group (NSG)", "Multilateral forums"),
    ("tell me about Kudankulum", "Kudankulam: nuclear reactors", "Energy"),  # a slip
    ("what is CAATSA", "Countering America's Adversaries", "The US and CAATSA"),
])
def test_lookups_that_hit(notes: NotesIndex, query: str, start: str, heading: str) -> None:
    first = notes.lookup(query).passages[0]
    assert first.text.startswith(start) and first.headings[-1] == heading


def test_a_summary_returns_the_sections_bullets(notes: NotesIndex) -> None:
    found = notes.lookup("summarise the defence programmes")
    assert len(found.passages) >= 8
    assert {p.headings for p in found.passages} == {(ROOT, "Defence programmes")}
    assert found.passages[0].text.startswith("Russia: long-standing major arms supplier")
    lines = [p.line for p in found.passages]
    assert lines == sorted(lines)


def test_lookups_that_miss_say_so_with_suggestions(notes: NotesIndex) -> None:
    found = notes.lookup("what is photosynthesis?")
    assert found.passages == () and found.suggestions == ()
    close = notes.lookup("what is the Power of Serbia?")
    assert close.passages == () and "Power of Siberia" in close.suggestions
    stranger = notes.lookup("who is Modi's adviser Doval?")  # only the name is unknown
    assert stranger.passages == ()


def test_sub_bullets_come_with_their_bullet(notes: NotesIndex) -> None:
    found = notes.lookup("tell me about the Power of Siberia")
    assert "\n  - Inaugurated by Russia and China together" in found.passages[0].text


def test_passages_for_a_question_by_source_line_heading_or_answer(notes: NotesIndex) -> None:
    (by_line,) = notes.passages_for(BRAHMOS)
    assert by_line.text.startswith("BrahMos: cruise missile") and by_line.line == 108
    assert by_line.headings == (ROOT, "Defence programmes")
    assert notes.passages_for(S400)[0].text.startswith("S-400: long-range")
    (by_heading,) = notes.passages_for(KUDANKULAM_TF)  # heading only: the bullet with the fix
    assert "Tamil Nadu" in by_heading.text and by_heading.headings[-1] == "Energy"
    assert notes.passages_for(INSTC) == ()  # no source, nothing that holds its answer
    (by_answer,) = notes.passages_for(THREE)  # no source: found by its answer
    assert "BRICS, SCO and G20" in by_answer.text


def test_an_index_from_markdown_text_and_odd_text_stays_data() -> None:
    index = NotesIndex.from_markdown("# Volcanoes\n\n## Types\n\n- **Shield [/] volcano**: broad "
                                     "$var slopes\n  - made by [b]runny[/b] lava\n")
    found = index.lookup("what is a shield volcano?")
    assert found.passages[0].text == ("Shield [/] volcano: broad $var slopes\n"
                                      "  - made by [b]runny[/b] lava")
    assert found.passages[0].headings == ("Volcanoes", "Types")
    assert NotesIndex([]).lookup("anything?").passages == ()
