"""The relation labels (quizbot/notes/relation_labels.py): ``Port city: X``, ``Rival dynasty
→ Y``, ``Architect – Z`` under a thing's heading are asked of that thing, by the kind of
name each label takes; a value of two names, or one of the wrong kind, is not asked."""

from __future__ import annotations

from tests.unit.notes_support import short_questions


def test_a_dynasty_s_basics_are_asked_of_the_dynasty_in_the_past() -> None:
    asked = short_questions(
        "# Rashtrakutas of Manyakheta\n\n## Basics\n\n"
        "- Founder → Dantidurga\n"
        "- Greatest ruler: Amoghavarsha I, wrote Kavirajamarga\n"
        "- Rival dynasty → Palas of Bengal\n"
        "- Court language: Kannada\n"
        "- Last ruler - Indra IV\n"
    )
    assert asked["Who was the greatest ruler of the Rashtrakutas of Manyakheta?"].answer == (
        "Amoghavarsha I"
    )
    rivals = asked["Who were the chief rivals of the Rashtrakutas of Manyakheta?"]
    assert rivals.answer == "Palas of Bengal"
    assert "Palas" in rivals.aliases  # the Palas who were their rivals
    assert asked["What was the court language of the Rashtrakutas of Manyakheta?"].answer == (
        "Kannada"
    )
    assert asked["Who was the last ruler of the Rashtrakutas of Manyakheta?"].answer == "Indra IV"


def test_a_monument_s_architect_builder_and_river_not_its_deity() -> None:
    asked = short_questions(
        "# Temples and tombs\n\n"
        "## Humayun's Tomb\n\n"
        "- Architect → Mirak Mirza Ghiyas\n"
        "- Commissioned by: Bega Begum\n"
        "- River - Yamuna\n\n"
        "## Brihadeeswarar Temple\n\n"
        "- Built by → Rajaraja I (Arulmozhi Varman)\n"
        "- Dedicated to: Shiva\n"
    )
    assert asked["Who was the architect of Humayun's Tomb?"].answer == "Mirak Mirza Ghiyas"
    assert asked["Who built Humayun's Tomb?"].answer == "Bega Begum"
    assert asked["On which river does Humayun's Tomb stand?"].answer == "Yamuna"
    built = asked["Who built the Brihadeeswarar Temple?"]
    assert (built.answer, built.aliases) == ("Rajaraja I", ("Arulmozhi Varman",))
    assert not any("deity" in prompt for prompt in asked)  # the temple's name gives it away


def test_two_names_a_description_or_the_wrong_kind_is_not_asked() -> None:
    asked = short_questions(
        "# Cholas\n\n## Basics\n\n"
        "- Rivals → Pandyas, Chalukyas\n"
        "- Port: none of note\n"
        "- Architect: unknown\n"
        "- Greatest ruler → Tamil Nadu\n"
    )
    prompts = " ".join(asked)
    assert "rival" not in prompts and "port" not in prompts
    assert "architect" not in prompts and "greatest" not in prompts


def test_a_body_s_regulator_is_asked_in_the_present() -> None:
    asked = short_questions(
        "# Payments\n\n## Unified Payments Interface\n\n- Regulated by: RBI (NPCI runs it)\n"
    )
    assert asked["Which body regulates Unified Payments Interface?"].answer == "RBI"
