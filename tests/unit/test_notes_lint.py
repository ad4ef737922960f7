"""``weak_questions``: answer inside the prompt, options of mixed kinds, duplicate prompts."""

from __future__ import annotations

from quizbot.bank.model import Cloze, ListQuestion, Mcq, Multi, Short, TrueFalse
from quizbot.notes.lint import option_kind, weak_questions


def test_weak_questions_are_flagged_with_a_reason() -> None:
    leaky = Short(
        id="a",
        prompt="Energy: what does INSTC stand for? (INSTC = International "
        "North–South Transport Corridor)",
        answer="International North-South Transport Corridor",
    )
    alias_leak = Short(
        id="b",
        prompt="Which plant in Tamil Nadu (Kudankulam)?",
        answer="Kudankulam Nuclear Power Plant",
        aliases=("Kudankulam",),
    )
    cloze = Cloze(id="c", prompt="Fill in.", text="{{Bangladesh}} gets help, as Bangladesh knows.")
    items = ListQuestion(
        id="d",
        prompt="Name the Quad: US, India, Japan and …",
        answer=("US", "India", "Japan", "Australia"),
    )
    mixed = Mcq(
        id="e", prompt="When?", options=("2019", "$7.5 billion", "2021", "2008"), answer="2019"
    )
    fine = Mcq(id="f", prompt="Which year?", options=("2019", "2021", "2008"), answer="2019")
    again = Mcq(id="g", prompt="Which year?", options=("2019", "2022"), answer="2019")
    flagged = [
        (q.id, reason)
        for q, reason in weak_questions([leaky, alias_leak, cloze, items, mixed, fine, again])
    ]
    assert flagged == [
        ("a", "the answer 'International North-South Transport Corridor' is in the prompt"),
        ("b", "the answer 'Kudankulam' is in the prompt"),
        ("c", "the answer 'Bangladesh' is in the prompt"),
        ("d", "the answer 'US' is in the prompt"),
        ("e", "the options are of mixed kinds (money, year)"),
        ("g", "duplicate prompt: the same as f"),
    ]


def test_sound_questions_are_not_flagged() -> None:
    questions = [
        Short(
            id="a",
            prompt="Which cruise missile do India and Russia build together?",
            answer="BrahMos",
        ),
        Multi(
            id="b",
            prompt="Which forums include both?",
            options=("BRICS", "SCO", "NATO"),
            answer=("BRICS", "SCO"),
        ),
        TrueFalse(
            id="c",
            statement="Kudankulam is in Kerala.",
            answer=False,
            fix="Kudankulam is in Tamil Nadu.",
        ),
        Cloze(id="d", text="Trade reached {{$65 billion}}."),
    ]
    assert weak_questions(questions) == []


def test_option_kinds() -> None:
    assert [
        option_kind(o)
        for o in ("$4 billion", "62%", "2019", "four", "28", "BrahMos", "Cruise missile programme")
    ] == ["money", "percent", "year", "count", "count", "text", "text"]
