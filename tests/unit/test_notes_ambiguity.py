"""The gate's rules on keys that are not the only right answer or that the question cues
(quizbot/notes/ambiguity.py), and a sub-bullet shown with its own subject (drafts.py)."""

from __future__ import annotations

import textwrap
from unittest.mock import patch

import pytest

from quizbot.bank.model import Cloze, Question
from quizbot.notes import generate_questions


def _clozes(notes: str) -> list[str]:
    found: list[Question] = generate_questions(textwrap.dedent(notes), "n.md")
    return [q.text for q in found if isinstance(q, Cloze)]


def test_path_blank_a_river_flows_through_many_places() -> None:
    texts = _clozes("# G\n\n- Jhelum rises at Verinag spring, flows through Wular Lake\n")
    assert not any("{{Wular Lake}}" in t for t in texts)
    kept = _clozes("# G\n\n- Satluj rises at Rakas Tal, enters India through Shipki La\n")
    assert any("{{Shipki La}}" in t for t in kept), "one entry point is one answer"


def test_undated_battle_place_another_battle_fits() -> None:
    texts = _clozes(
        "# M\n\nBabur won at Panipat with the tulughma tactic and artillery. Humayun lost.\n"
    )
    assert not any("{{Panipat}}" in t for t in texts)
    dated = _clozes("# M\n\n- Babur won at Panipat in 1526 with the tulughma tactic\n")
    assert any("{{Panipat}}" in t for t in dated), "the year makes it one battle"


def test_broad_region_key_a_looser_name_is_as_right() -> None:
    texts = _clozes(
        "# M\n\n## Khaljis\n\n- Alauddin Khalji:\n  - Malik Kafur's campaigns in the Deccan;"
        " Mongol raids beaten back\n  - built Alai Darwaza, Siri fort\n"
    )
    assert not any("{{Deccan}}" in t for t in texts)


def test_cued_by_initials_bt_beside_bacillus_thuringiensis() -> None:
    texts = _clozes(
        "# S\n\nBt cotton, approved in 2002, carries a Cry gene from the soil bacterium "
        "Bacillus thuringiensis that protects it from bollworm.\n"
    )
    assert not any("{{Bt cotton" in t for t in texts)


@pytest.mark.usefixtures("builders_only")
def test_joined_names_key_three_names_as_one_blank() -> None:
    texts = _clozes(
        "# IR\n\n## Nepal\n\n- Kalapani–Lipulekh–Limpiyadhura dispute; Nepal put them on its"
        " map (2020)\n- Doklam standoff (2017) at the India–Bhutan–China trijunction\n"
    )
    assert not any("{{Kalapani" in t for t in texts)
    assert any("{{India–Bhutan–China}}" in t for t in texts), "a trijunction is one thing"


@pytest.mark.usefixtures("builders_only")
def test_a_sub_bullet_with_its_own_subject_shows_no_stray_label() -> None:
    """ "Jhelum rises at …" under "Indus:" is shown without "Indus:"; "Yamuna joins at …"
    keeps "Ganga:" (joins what?); "join it" is shown with the parent's name."""
    texts = _clozes(
        """\
        # Rivers

        - Indus – rises in Tibet near Lake Mansarovar
          - Jhelum rises at Verinag spring in the Kashmir valley
        - Ganga – Bhagirathi + Alaknanda meet at Devprayag
          - Yamuna (Yamunotri glacier) joins at Prayagraj
        - Brahmaputra – rises near Mansarovar; called Tsangpo in Tibet
          - Dibang + Lohit join it near Sadiya in Assam
        """
    )
    assert any(t.startswith("Jhelum rises at {{Verinag}}") for t in texts)
    assert any(t.startswith("Ganga: Yamuna") and "{{Prayagraj" in t for t in texts)
    assert any("join Brahmaputra near" in t for t in texts)


@pytest.mark.usefixtures("builders_only")
def test_other_name_accepted_never_printed_beside_the_blank() -> None:
    """``{{Morley–Minto Reforms}} (Indian Councils Act 1909)``: the Act's name would give the
    blank away; it is taken out and accepted instead. A place in parentheses stays. (The
    arrow and incident builders' questions on the same lines, which outrank the cloze, are
    left out.)"""
    with (
        patch("quizbot.notes.rules.arrow_question", lambda *_: None),
        patch("quizbot.notes.rules.incident_question", lambda *_: None),
    ):
        texts = _clozes(
            "# H\n\n- 1909 – **Morley–Minto Reforms** (Indian Councils Act 1909) → separate "
            "electorates for Muslims\n- 5 Feb 1922 – **Chauri Chaura** (Gorakhpur) – police "
            "station set on fire\n"
        )
    assert any(
        t.startswith("1909 – {{Morley–Minto Reforms|Indian Councils Act 1909}} → separate")
        for t in texts
    )
    assert any("{{Chauri Chaura}} (Gorakhpur)" in t for t in texts)


@pytest.mark.usefixtures("builders_only")
def test_unexplained_subject_and_bare_label_line() -> None:
    """A cloze led by a short form no line spells out (``NCM:``) and a figure blanked on a
    line that is only a name and the figure (``Project Elephant (1992)``) are not asked."""
    texts = _clozes(
        "# H\n\n- NCM:\n  - adopted at Calcutta special session (Sept 1920), ratified at Nagpur"
        " (Dec 1920)\n  - withdrawn after Chauri Chaura in 1922 by Gandhi himself\n\n## Projects\n\n"
        "- Project Tiger (1973), launched at Corbett, made statutory in 2006\n"
        "- Project Elephant (1992)\n"
    )
    assert not any(t.startswith("NCM:") for t in texts)
    assert not any("Project Elephant ({{" in t for t in texts)
    assert any("{{Project Tiger}}" in t or "{{Corbett}}" in t for t in texts)


@pytest.mark.usefixtures("builders_only")
def test_a_naming_verb_joins_two_keys_into_one_fact() -> None:
    """ "Art 112 calls it the Annual Financial Statement": one relation, asked once."""
    texts = _clozes(
        '# E\n\nThe word "budget" is not in the Constitution – Art 112 calls it the Annual '
        "Financial Statement.\n"
    )
    assert len([t for t in texts if "{{" in t]) == 1


@pytest.mark.usefixtures("builders_only")
def test_two_names_of_one_thing_are_one_blank() -> None:
    """``Mangalyaan/Mars Orbiter Mission``: a blank on one name with the other beside the
    slash gives itself away; the blank takes both names as answers."""
    texts = _clozes(
        "# S\n\n- 2013 – **Mangalyaan**/Mars Orbiter Mission (PSLV-C25) → reached Mars orbit "
        "on 24 Sept 2014\n"
    )
    assert any("{{Mangalyaan|Mars Orbiter Mission}} (PSLV-C25)" in t for t in texts)


def test_half_a_region_after_a_direction_is_no_blank() -> None:
    """ "Kathak – north India": a blank on India after "north" teaches nothing."""
    texts = _clozes(
        "# Dance\n\n- Kathak – north India; only classical dance with Persian influence\n"
    )
    assert not any("north {{India}}" in t for t in texts)


def test_question_warnings_judge_a_question_of_any_bank_alone() -> None:
    """What ``quizbot check`` can warn about in an authored bank: the rules that need only
    the question."""
    from quizbot.notes.ambiguity import question_warnings

    path = Cloze(id="a", text="Jhelum rises at Verinag, flows through {{Wular Lake}}")
    battle = Cloze(id="b", text="Babur won at {{Panipat}} with artillery.")
    fine = Cloze(id="c", text="Satluj enters India through {{Shipki La}}")
    assert any("path" in w for w in question_warnings(path))
    assert any("battle" in w for w in question_warnings(battle))
    assert question_warnings(fine) == []
