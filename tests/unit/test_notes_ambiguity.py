"""The gate's rules on keys that are not the only right answer or that the question cues
(quizbot/notes/ambiguity.py), and a sub-bullet shown with its own subject (drafts.py)."""

from __future__ import annotations

import textwrap

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


def test_joined_names_key_three_names_as_one_blank() -> None:
    texts = _clozes(
        "# IR\n\n## Nepal\n\n- Kalapani–Lipulekh–Limpiyadhura dispute; Nepal put them on its"
        " map (2020)\n- Doklam standoff (2017) at the India–Bhutan–China trijunction\n"
    )
    assert not any("{{Kalapani" in t for t in texts)
    assert any("{{India–Bhutan–China}}" in t for t in texts), "a trijunction is one thing"


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
    assert any(t.startswith("Ganga: Yamuna") and "{{Prayagraj}}" in t for t in texts)
    assert any("join Brahmaputra near" in t for t in texts)
