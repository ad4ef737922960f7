"""The relation builder (quizbot/notes/heading_relations.py): arrow lines under a heading
that names the relation (``Monuments → builders``, ``Chroniclers``) are asked in words."""

from __future__ import annotations

from tests.unit.notes_support import short_questions


def test_a_builders_heading_asks_who_built_each_monument() -> None:
    asked = short_questions(
        "# Medieval India\n\n## Monuments → builders\n\n"
        "- Tomb of Itmad-ud-Daulah (Agra) → **Nur Jahan**, for her father; white marble\n"
        "- Taj Mahal → Shah Jahan, chief architect Ustad Ahmad Lahori\n"
        "- Humayun's tomb (Delhi) → Persian architect Mirak Mirza Ghiyas; charbagh\n"
        "- Akbar's tomb, Sikandra → begun by Akbar, completed by Jahangir\n"
    )
    assert asked["Who built the Tomb of Itmad-ud-Daulah (Agra)?"].answer == "Nur Jahan"
    assert asked["Who built the Taj Mahal?"].answer == "Shah Jahan"
    assert not [p for p in asked if "Humayun" in p or "Sikandra" in p]  # no clean name


def test_a_chroniclers_heading_asks_who_wrote_each_work() -> None:
    asked = short_questions(
        "# Medieval India\n\n## Chroniclers (Persian) & travellers\n\n"
        "- Minhaj-us-Siraj → **Tabaqat-i-Nasiri**, dedicated to Sultan Nasiruddin Mahmud\n"
        "- Abdul Hamid Lahori → Padshahnama (Shah Jahan); Khafi Khan → Muntakhab-ul-Lubab\n"
    )
    assert asked["Who wrote Tabaqat-i-Nasiri?"].answer == "Minhaj-us-Siraj"
    assert asked["Who wrote Padshahnama?"].answer == "Abdul Hamid Lahori"
    assert asked["Who wrote Muntakhab-ul-Lubab?"].answer == "Khafi Khan"


def test_an_arrow_under_another_heading_is_no_relation() -> None:
    asked = short_questions("# History\n\n## Events\n\n- Taj Mahal → Shah Jahan\n")
    assert "Who built the Taj Mahal?" not in asked
