"""What a message means: answers are never swallowed; commands in slash and natural forms."""

from __future__ import annotations

import pytest

from quizbot.tutor.intents import Intent, is_question_shaped, parse, unwrap_answer


@pytest.mark.parametrize(
    "text",
    [
        "b",
        "(b)",
        "1 and 3",
        "1 only",
        "both",
        "neither",
        "all",
        "1-b, 2-a",
        "BrahMos",
        "S-400",
        "What",
        "true",
        "no",
        "yes",
        "false",
        "Kudankulam?",
        "everything",
        "none",
        "pass the bill",
        "$65 billion, FY24",
        "[/]",
        "[b]bold[/b]",
        "$var",
        "what",
        "Who?",
        "India and Russia",
    ],
)
def test_anything_that_could_be_an_answer_is_an_answer(text: str) -> None:
    found = parse(text, pending=True)
    assert found.kind == "answer", found
    assert found.text == text.strip()


@pytest.mark.parametrize(
    ("text", "answer"),
    [
        ("Is it S-400?", "S-400"),
        ("it's BrahMos", "BrahMos"),
        ("I think it's Kudankulam", "Kudankulam"),
        ("the answer is b", "b"),
        ("is it true?", "true"),
    ],
)
def test_an_answer_wrapped_in_words_is_unwrapped(text: str, answer: str) -> None:
    assert parse(text, pending=True) == Intent("answer", answer)
    assert unwrap_answer(text) == answer


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("/hint", "hint"),
        ("hint", "hint"),
        ("Hint?", "hint"),
        ("give me a hint please", "hint"),
        ("/why", "explain"),
        ("why?", "explain"),
        ("Explain that", "explain"),
        ("/skip", "skip"),
        ("I don't know", "skip"),
        ("I don’t know.", "skip"),
        ("no idea", "skip"),
        ("pass", "skip"),
        ("idk", "skip"),
        ("/right", "right"),
        ("I was right!", "right"),
        ("/accept", "right"),
        ("/undo", "undo"),
        ("undo", "undo"),
        ("oops", "undo"),
        ("/stats", "stats"),
        ("How am I doing?", "stats"),
        ("/help", "help"),
        ("help", "help"),
        ("?", "help"),
        ("/quit", "quit"),
        ("bye", "quit"),
        ("Good night!", "quit"),
        ("/exam", "exam"),
        ("mock test", "exam"),
        ("start a mock test", "exam"),
    ],
)
def test_commands_in_slash_and_natural_form(text: str, kind: str) -> None:
    assert parse(text, pending=True).kind == kind


def test_ratings() -> None:
    for text in ("/1", "/rate 1", "rate again", "rate it 1"):
        assert parse(text, pending=True) == Intent("rate", number=1)
    assert parse("rate 3", pending=True) == Intent("rate", number=3)
    assert parse("/4", pending=False) == Intent("rate", number=4)
    # A bare rating word is weak: the engine decides (only right after feedback).
    assert parse("easy", pending=True) == Intent("rate", "easy", number=4, weak=True)
    assert parse("too hard", pending=True) == Intent("rate", "hard", number=2, weak=True)


def test_topic_switches() -> None:
    assert parse("quiz me on corridors", pending=True) == Intent("topic", "corridors")
    assert parse("Quiz me on the defence programmes", pending=True) == Intent(
        "topic", "defence programmes"
    )
    assert parse("/topic energy", pending=True) == Intent("topic", "energy")
    assert parse("/topic", pending=True) == Intent("topic", "")
    assert parse("/topic all", pending=True) == Intent("topic", "")
    assert parse("all topics", pending=True) == Intent("topic", "")
    assert parse("quiz me on everything", pending=True) == Intent("topic", "")
    assert parse("everything", pending=False) == Intent("topic", "")


def test_mock_test_arguments() -> None:
    assert parse("/exam csat 10 corridors", pending=True) == Intent(
        "exam", "corridors", number=10, preset="csat"
    )
    assert parse("/exam 5", pending=True) == Intent("exam", number=5)
    assert parse("mock test on energy", pending=True) == Intent("exam", "energy")
    assert parse("/exam 0", pending=True) == Intent("exam", number=0)  # refused by the tutor
    assert parse("/exam -3", pending=True) == Intent("exam", number=-3)


@pytest.mark.parametrize(
    "text",
    [
        "what is INSTC?",
        "What is INSTC",
        "tell me about Kudankulam",
        "who is Vinay Kwatra",
        "summarise the defence programmes",
        "What's the S-400?",
        "Why did India buy the S-400?",
        "define CAATSA",
        "how many forums do they share?",
        "Does Russia back India at the UNSC?",
    ],
)
def test_clear_study_questions_are_lookups_even_while_a_question_is_pending(text: str) -> None:
    assert is_question_shaped(text)
    assert parse(text, pending=True) == Intent("lookup", text.strip())


@pytest.mark.parametrize(
    ("text", "asked"),
    [
        ("hello what is BRICS?", "what is BRICS?"),
        ("Hi, who is Vinay Kwatra?", "who is Vinay Kwatra?"),
        ("ok so what is INSTC?", "what is INSTC?"),
    ],
)
def test_a_greeting_before_a_study_question_is_not_taken_for_an_answer(
    text: str, asked: str
) -> None:
    assert parse(text, pending=True) == Intent("lookup", asked)


@pytest.mark.parametrize("text", ["so CAATSA", "well S-400?", "ok Chennai"])
def test_a_filler_before_an_answer_leaves_it_an_answer(text: str) -> None:
    assert parse(text, pending=True).kind == "answer"


def test_without_a_question_pending_anything_else_is_a_lookup() -> None:
    assert parse("Kudankulam", pending=False) == Intent("lookup", "Kudankulam")
    assert parse("Kudankulam", pending=True) == Intent("answer", "Kudankulam")


def test_unknown_commands_and_empty_messages() -> None:
    assert parse("/frobnicate", pending=True) == Intent("unknown", "/frobnicate")
    assert parse("/rate 9", pending=True).kind == "unknown"
    assert parse("   ", pending=True) == Intent("empty")
