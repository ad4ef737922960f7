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


def test_every_weak_class_the_question_alone_shows_is_flagged() -> None:
    acronym = Cloze(id="a", text="{{SAGAR}} = Security And Growth for All in the Region.")
    long_form = Cloze(id="b", text="The {{Reserve Bank of India}} works under the RBI Act.")
    nested = Mcq(
        id="c",
        prompt="Which pillar?",
        options=("defence", "defence cooperation", "energy", "space"),
        answer="energy",
    )
    far = Mcq(id="d", prompt="When?", options=("1905", "1950", "1906", "1907"), answer="1905")
    quoted = Cloze(id="e", text='Shringla called the talks "{{productive}}".')
    label = Cloze(id="f", text="{{Context}}: India balances its ties.")
    thumb = Cloze(id="k", text="{{Rule of thumb}}: warm currents flow along east coasts.")
    month = Short(id="g", prompt="In which month did he arrive?", answer="June")
    time = Cloze(id="h", text="Sanctions shaped the {{past two years}} of diplomacy.")
    short = TrueFalse(id="i", statement="Four systems.", answer=False, fix="Two systems.")
    clauses = ListQuestion(
        id="j",
        prompt="Name the priorities.",
        answer=("addressing the trade imbalance with Russia now", "more investment"),
    )
    reasons = dict(
        (q.id, reason)
        for q, reason in weak_questions(
            [acronym, long_form, nested, far, quoted, label, month, time, short, clauses, thumb]
        )
    )
    assert reasons == {
        "a": "the long form of 'SAGAR' is printed in the question",
        "b": "the acronym 'RBI' of the answer is printed in the question",
        "c": "the option 'defence' is inside 'defence cooperation'",
        "d": "the years of the options are too far apart to be plausible",
        "e": "the blank is quoted wording, which teaches nothing",
        "f": "the answer 'Context' is a label of the notes, not a fact",
        "g": "the answer 'June' is only a month",
        "h": "the answer 'past two years' is a time phrase with no date to anchor it",
        "i": "the statement is too short to be judged true or false alone",
        "j": "a list item is a long clause, not a name or term that can be typed",
        "k": "the answer 'Rule of thumb' is a label of the notes, not a fact",
    }


def test_a_key_that_is_not_the_one_right_answer_is_flagged_in_any_bank() -> None:
    path = Cloze(id="a", text="The Jhelum flows through {{Wular Lake}} in Kashmir.")
    battle = Cloze(id="b", text="Babur defeated Ibrahim Lodi at {{Panipat}} with artillery.")
    initials = Cloze(id="c", text="{{Bt}} cotton carries a gene of Bacillus thuringiensis.")
    dated = Cloze(id="d", text="In 1526 Babur defeated Ibrahim Lodi at {{Panipat}}.")
    reasons = {q.id: reason for q, reason in weak_questions([path, battle, initials, dated])}
    assert set(reasons) == {"a", "b", "c"}, reasons
    assert "path" in reasons["a"] and "year" in reasons["b"], reasons
