"""Classes found on the thirty-sixth session's holdouts (380-383), each fixed on made-up
notes of another subject."""

from __future__ import annotations

from tests.unit.notes_support import asked_by_answer, shown_texts


def test_an_arrow_to_a_deed_or_to_one_side_of_a_contrast_is_no_meaning() -> None:
    """``Afghan tribal ethos → treated nobles as equals`` was asked "Which term is described as
    “treated nobles as equals …”?", ``Stable air → layered clouds; unstable → …`` "… described
    as “layered clouds”?" and ``SALR < DALR always → latent heat …`` "What is a latent heat …
    called?" (holdouts 380-381, bad): a deed, what one side of a contrast brings and a
    relation are no term's meaning. A further arrow of another term, of the head's own word
    or of its excess leaves the meaning whole."""
    notes = (
        "# Economy and weather\n\n## Market terms\n\n"
        "- Bonus issue → free shares from reserves given to existing shareholders\n"
        "- Pediment → gently sloping rock surface at a mountain foot; merging pediments →"
        " pediplain\n"
        "- Saturated air → fog and low cloud at dawn; unsaturated → clear skies\n"
        "- Feudal ethos → obliged vassals to serve their lords in war\n"
        "- ELR > DALR → absolute instability and towering clouds\n"
        "- Thyroxine → sets the body's metabolic rate; excess → Graves' disease\n"
    )
    asked = asked_by_answer(notes)
    assert asked["Bonus issue"] == (
        "Which term is described as “free shares from reserves given to existing shareholders”?"
    )
    assert asked["Pediment"] == (
        "Which term is described as “gently sloping rock surface at a mountain foot”?"
    )
    assert asked["Thyroxine"] == "Which term is described as “sets the body's metabolic rate”?"
    for deed in ("Saturated air", "Feudal ethos", "ELR > DALR"):
        assert deed not in asked, asked[deed]


def test_a_doer_put_before_a_line_does_not_run_its_arrow_together() -> None:
    """``Issued copper coin **Bahloli** → remained in circulation …`` under its ruler was
    asked "Bahlul Lodi issued copper coin ___ remained in circulation …" (holdout 381; and
    holdouts 328 and 355, weak): the doer's name is the generator's, the rest the line with
    its arrow taken out."""
    notes = (
        "# Delhi Sultanate\n\n## Slave dynasty\n\n### Iltutmish (1211–1236)\n"
        "- Earlier governor of Badaun; slave of Qutbuddin Aibak\n"
        "- Introduced silver coin **tanka** → stayed the standard coin for centuries after\n"
        "- Got investiture from the Abbasid caliph (1229)\n"
    )
    assert not any("coin {{tanka}} stayed" in text for text in shown_texts(notes))
