"""The bad classes of blind review 46 (President and Emergency, the world wars and the UN,
pollution and its laws), each on made-up notes of another subject."""

from __future__ import annotations

from tests.unit.notes_support import shown_texts


def test_a_table_comparing_two_things_point_by_point_is_not_asked_by_row() -> None:
    """ "Which point was presided over by Lok Sabha?" came of `| Point | President | VP |`."""
    shown = shown_texts(
        "# Polity\n\n## Governor vs President\n\n"
        "| Point | Governor | President |\n|---|---|---|\n"
        "| Appointed by | President | elected by an electoral college |\n"
        "| Term | pleasure of the President | five years |\n"
        "| Oath by | Chief Justice of the HC | Chief Justice of India |\n"
        "| Pardon for death sentence | no | yes (Art 72) |\n"
    )
    assert not any("point" in s.lower() for s in shown)


def test_a_label_of_the_notes_is_no_key() -> None:
    """ "___ – resolution of the Rajya Sabha …" keyed the heading word "Removal"."""
    from quizbot.notes.gate_teaches import LABELS

    assert {"removal", "appointment", "tenure", "glossary"} <= LABELS


def test_a_verb_left_without_its_object_is_not_asked() -> None:
    """ "Germany joined in ___ and left in 1933": joined what? (the League, a sentence
    before)."""
    shown = shown_texts(
        "# World history\n\n## NATO\n\n**NATO** came into being in 1949 with 12 founders, HQ "
        "Brussels. West Germany joined in 1955 and left in 1966; Spain joined in 1982.\n"
    )
    assert not any("joined in" in s for s in shown)
    assert any("Brussels" in s or "founders" in s for s in shown)


def test_a_label_is_not_blanked_before_the_name_it_labels() -> None:
    shown = shown_texts(
        "# IR\n\n## UN\n\nThe **UN Charter** was signed in 1945. First Secretary-General: "
        "Trygve Lie (Norway). HQ New York.\n"
    )
    assert not any("Trygve Lie" in s and "{{" in s for s in shown)
