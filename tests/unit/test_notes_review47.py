"""The bad classes of blind review 47 (monsoon and cyclones, the courts, south Indian
temples), each on made-up notes of another subject."""

from __future__ import annotations

from tests.unit.notes_support import shown_texts


def test_a_definition_that_points_to_another_line_is_not_asked() -> None:
    """ "___ – the opposite, cooler east Pacific": the opposite of El Niño, which the
    learner never sees."""
    shown = shown_texts(
        "# Climate\n\n## ENSO\n\n"
        "- **El Nino** – warm east Pacific, weak monsoon\n"
        "- **La Nina** – the opposite, cooler east Pacific\n"
    )
    assert not any("the opposite" in s for s in shown)


def test_one_side_of_a_comparison_the_line_makes_is_not_blanked() -> None:
    """ "Bay of Bengal gets about 4x more than the ___": of two seas, the other."""
    shown = shown_texts(
        "# Geography\n\n## Cyclones\n\n"
        "- **Bay of Bengal** gets about 4x more than the **Arabian Sea** (warmer water)\n"
    )
    assert not any("{{" in s and "than the" in s for s in shown)


def test_a_ruler_known_by_an_epithet_is_asked_who() -> None:
    """ "What is known as the 'Vichitrachitta'?" of Mahendravarman I: a king is a who."""
    from tests.unit.notes_support import short_questions

    asked = short_questions(
        '# History\n\n## Pallavas\n\n- **Narasimhavarman I**: "Mamalla", the great wrestler\n'
    )
    assert 'Who is known as the "Mamalla"?' in asked
