"""A small bank with every format the exam builds from, across three topics."""

from __future__ import annotations

from quizbot.bank import Bank, Match, Mcq, Question, Source, Statement, Statements, TrueFalse


def exam_questions() -> list[Question]:
    src = Source("notes/n.md", "Energy", 3)
    return [
        Mcq(
            id="m-s400",
            topic="IR › Defence",
            prompt="Which system did India buy?",
            options=("S-400", "THAAD", "Patriot", "Iron Dome"),
            answer="S-400",
            explanation="The S-400 deal was signed in 2018.",
            source=src,
        ),
        Mcq(
            id="m-kud",
            topic="IR › Energy",
            prompt="Where is Kudankulam? [b]not markup[/b]",
            options=("Kerala", "Tamil Nadu", "Gujarat", "Odisha"),
            answer="Tamil Nadu",
        ),
        Statements(
            id="s-instc",
            topic="IR › Corridors",
            prompt="Consider the following statements about the INSTC:",
            statements=(
                Statement("The INSTC passes through Iran.", True),
                Statement("The INSTC is a pipeline.", False, "It is a multi-modal corridor."),
                Statement("Mumbai is on the INSTC.", True),
            ),
            explanation="INSTC: ship, rail and road.",
        ),
        Statements(
            id="s-energy",
            topic="IR › Energy",
            prompt="Consider the following statements. Which of them are correct?",
            statements=(
                Statement("India buys discounted Russian oil.", True),
                Statement("India joined Western sanctions.", False, "It did not."),
            ),
        ),
        Match(
            id="x-sectors",
            topic="IR › Energy",
            prompt="Match the project to its sector",
            pairs=(
                ("Kudankulam", "nuclear power"),
                ("Sakhalin-I", "oil and gas"),
                ("Rooppur", "nuclear plant in Bangladesh"),
                ("Arctic LNG 2", "LNG"),
            ),
        ),
        TrueFalse(
            id="t-cold-war",
            topic="IR › Defence",
            statement="During the Cold War India bought most of its arms from the USSR.",
            answer=True,
            explanation="Western suppliers were reluctant to arm India.",
        ),
        TrueFalse(
            id="t-balance",
            topic="IR › Corridors",
            statement="The trade balance favours India.",
            answer=False,
            fix="It heavily favours Russia.",
        ),
        Mcq(
            id="m-brics",
            topic="IR › Corridors",
            prompt="Which forum includes both?",
            options=("BRICS", "NATO", "G7", "Quad"),
            answer="BRICS",
        ),
    ]


def exam_bank() -> Bank:
    return Bank(questions=exam_questions())
