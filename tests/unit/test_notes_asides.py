"""A cloze without the writer's shorthand aside (quizbot/notes/asides.py): the sentence
asks its fact without the bracket the last gate turned it away for."""

from __future__ import annotations

from quizbot.bank.model import Cloze
from quizbot.notes.asides import without_shorthand_aside
from tests.unit.notes_support import showing

_POONA = (
    "# Civil Disobedience\n\n## Communal Award → Poona Pact\n\n"
    "Award gave separate electorates to depressed classes. Poona Pact (Gandhi–**B.R. Ambedkar**)"
    " dropped separate electorates but gave **148** reserved seats in provincial legislatures"
    " (vs 71 under the Award) within the general electorate.\n"
)


def _cloze(text: str) -> Cloze:
    return Cloze(id="c", topic="T", text=text)


def test_the_writers_bold_figure_is_asked_without_the_shorthand_aside() -> None:
    (asked,) = showing(_POONA, "{{148}}")
    assert "reserved seats in provincial legislatures within the general electorate." in asked
    assert "vs" not in asked


def test_an_aside_beside_the_blank_or_naming_the_answer_again_stays() -> None:
    # beside the blank, the aside may describe the answer
    assert without_shorthand_aside(_cloze("It gave {{148}} (vs 71) seats.")) is None
    # "(= iqtadar)": the key would be narrower than the notes
    assert without_shorthand_aside(_cloze("A {{Muqti}} held the iqta (= iqtadar).")) is None
    # "(+ J&K …)" after "only": without it the sentence is false
    only = "Art 239A is now used only for {{Puducherry}} (+ J&K through the 2019 Act)."
    assert without_shorthand_aside(_cloze(only)) is None


def test_no_aside_is_cut_from_a_glossary_line_or_a_sentence_that_points_back() -> None:
    assert without_shorthand_aside(_cloze("{{Mordant}}: metal salt (e.g. alum) fixing dye")) is None
    backed = "{{Upper-caste}} reformers also backed it (e.g. G.N. Sahasrabuddhe)."
    assert without_shorthand_aside(_cloze(backed)) is None


def test_a_sentence_with_its_shorthand_aside_cut_reads_whole() -> None:
    cut = without_shorthand_aside(
        _cloze("India has a high {{interest-to-revenue}} ratio and debt (approx. 80%+ of GDP).")
    )
    assert (
        cut is not None and cut.text == "India has a high {{interest-to-revenue}} ratio and debt."
    )
