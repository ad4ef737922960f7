"""The tutor, intent by intent, with an injected clock and a temporary data dir."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest

from quizbot.bank import Mcq
from quizbot.study import Store
from quizbot.study.graded_answer import grade
from quizbot.study.stats import KEYS
from quizbot.tutor import (
    Ask,
    Counts,
    Done,
    Explain,
    Feedback,
    Hint,
    Lookup,
    Quit,
    Say,
    StartExam,
    Stats,
    TopicChanged,
    Tutor,
)
from tests.unit.study_support import short
from tests.unit.tutor_support import BRAHMOS, S400, SECTORS, T0, THREE, open_tutor

LATER = T0 + timedelta(seconds=20)  # neither fast nor slow: a plain right answer is Good


@pytest.fixture
def tutor(tmp_path: Path) -> Iterator[Tutor]:
    """A tutor on the Brahmos question, then the S-400 one."""
    opened = open_tutor(tmp_path, BRAHMOS, S400)
    opened.start(T0)
    yield opened
    opened.close(LATER)


def reviews(tutor: Tutor) -> list[tuple[str, str, int, int]]:
    return [(r.question_id, r.kind, r.rating, r.hints) for r in tutor.store.reviews()]


def test_start_greets_and_asks_the_first_question(tmp_path: Path) -> None:
    tutor = open_tutor(tmp_path, BRAHMOS, S400)
    greeting, ask = tutor.start(T0)
    assert isinstance(greeting, Say) and greeting.text.startswith("Hello! Today: 0 due and 2 new.")
    assert isinstance(ask, Ask) and ask.question == BRAHMOS and tutor.current == BRAHMOS
    assert (ask.number, ask.reason, ask.counts) == (1, "new", Counts(0, 2, 0, 0))
    tutor.close(T0)


def test_a_right_answer_is_committed_before_the_next_question(tutor: Tutor) -> None:
    feedback, ask = tutor.handle("BrahMos", LATER)
    assert isinstance(feedback, Feedback) and feedback.verdict is not None
    assert feedback.verdict.correct and feedback.verdict.kind == "exact"
    assert (feedback.answer, feedback.rating, feedback.comes_back) == (
        "BrahMos",
        "good",
        "again in 10 min",
    )
    assert feedback.explanation == BRAHMOS.explanation
    assert isinstance(ask, Ask) and ask.question.id == S400.id and ask.number == 2
    assert ask.counts == Counts(0, 1, 1, 1)
    assert reviews(tutor) == [("brahmos", "exact", 3, 0)]  # already in the store


def test_a_wrong_answer_and_a_typo(tutor: Tutor) -> None:
    wrong = tutor.handle("Agni", LATER)[0]
    assert isinstance(wrong, Feedback) and wrong.verdict is not None
    assert not wrong.verdict.correct and (wrong.rating, wrong.comes_back) == (
        "again",
        "again in 1 min",
    )
    typo = tutor.handle("s 400", LATER)[0]  # the mcq: the option text, spelt loosely
    assert isinstance(typo, Feedback) and typo.verdict is not None and typo.verdict.correct
    assert isinstance(tutor.handle("/undo", LATER)[1], Ask)
    slip = tutor.handle("Is it S-400?", LATER)[0]
    assert isinstance(slip, Feedback) and slip.response == "S-400" and slip.rating == "good"


def test_a_spelling_slip_is_rated_hard(tmp_path: Path) -> None:
    tutor = open_tutor(tmp_path, short("k", answer="Kudankulam"))
    tutor.start(T0)
    feedback = tutor.handle("Kudankulum", LATER)[0]
    assert isinstance(feedback, Feedback) and feedback.verdict is not None
    assert (feedback.verdict.kind, feedback.rating) == ("typo", "hard")
    tutor.close(LATER)


def test_hints_are_progressive_and_lower_the_rating(tutor: Tutor) -> None:
    (first,) = tutor.handle("/hint", T0)
    (second,) = tutor.handle("another hint", T0)
    assert isinstance(first, Hint) and (first.level, first.text) == (1, "One word: B______")
    assert isinstance(second, Hint) and second.level == 2 and second.last
    (no_more,) = tutor.handle("hint", T0)
    assert isinstance(no_more, Say) and no_more.text.startswith("That was my last hint")
    feedback = tutor.handle("BrahMos", LATER)[0]
    assert isinstance(feedback, Feedback) and (feedback.rating, feedback.hints) == ("hard", 2)
    assert reviews(tutor) == [("brahmos", "exact", 2, 2)]
    # The next question starts with no hints used; an mcq hint rules out an option.
    (mcq_hint,) = tutor.handle("/hint", LATER)
    assert isinstance(mcq_hint, Hint) and len(mcq_hint.eliminated) == 1


def test_why_explains_the_last_answer_with_the_note_and_its_headings(tutor: Tutor) -> None:
    (not_yet,) = tutor.handle("why", T0)
    assert isinstance(not_yet, Say) and not_yet.text.startswith("Have a go first")
    tutor.handle("Agni", LATER)
    (explain,) = tutor.handle("/why", LATER)
    assert isinstance(explain, Explain) and explain.question == BRAHMOS
    assert explain.explanation == BRAHMOS.explanation
    assert explain.passages[0].headings == ("India–Russia relations", "Defence programmes")
    assert explain.passages[0].text.startswith("BrahMos: cruise missile programme")
    assert tutor.current == S400  # still waiting for the S-400 answer


def test_skip_shows_the_answer_rated_again(tutor: Tutor) -> None:
    feedback, ask = tutor.handle("I don't know", LATER)
    assert isinstance(feedback, Feedback) and feedback.verdict is None
    assert (feedback.answer, feedback.rating, feedback.response) == ("BrahMos", "again", "")
    assert isinstance(ask, Ask)
    tutor.handle("no idea", LATER)
    assert reviews(tutor) == [("brahmos", "skipped", 1, 0), ("s400", "skipped", 1, 0)]


def test_i_was_right_overrides_to_good_and_remembers_the_alias(tutor: Tutor) -> None:
    tutor.handle("PJ-10", LATER)
    (said,) = tutor.handle("I was right", LATER)
    assert isinstance(said, Say) and said.tone == "info"
    assert "I'll accept “PJ-10” from now on" in said.text and "Rated good" in said.text
    (review,) = tutor.store.reviews()
    assert (review.rating, review.suggested, review.overridden) == (3, 1, True)
    assert tutor.store.aliases("brahmos") == ["PJ-10"]
    assert grade(BRAHMOS, "PJ-10", tutor.store.aliases("brahmos")).correct
    (again,) = tutor.handle("/right", LATER)
    assert isinstance(again, Say) and "already marked right" in again.text


def test_i_was_right_after_a_hint_is_hard_and_undo_forgets_the_alias(tutor: Tutor) -> None:
    tutor.handle("/hint", T0)
    tutor.handle("PJ-10", LATER)
    (said,) = tutor.handle("/right", LATER)
    assert isinstance(said, Say) and "Rated hard (after a hint)" in said.text
    assert [(r.rating, r.suggested, r.overridden) for r in tutor.store.reviews()] == [(2, 1, True)]
    assert tutor.store.aliases("brahmos") == ["PJ-10"]
    tutor.handle("/undo", LATER)  # the answer, its rating and the alias it taught go back
    assert tutor.store.reviews() == [] and tutor.store.aliases("brahmos") == []
    again = tutor.handle("PJ-10", LATER)[0]
    assert isinstance(again, Feedback) and again.verdict is not None
    assert not again.verdict.correct


def test_a_topic_switch_keeps_the_last_answer_for_undo_why_and_right(tmp_path: Path) -> None:
    tutor = open_tutor(tmp_path)  # one question of each type; BrahMos (defence) first
    tutor.start(T0)
    assert tutor.current == BRAHMOS
    tutor.handle("PJ-10", LATER)
    changed, ask = tutor.handle("quiz me on energy", LATER)
    assert isinstance(changed, TopicChanged) and isinstance(ask, Ask)
    assert tutor.counts(LATER).new == 2
    (explain,) = tutor.handle("/why", LATER)
    assert isinstance(explain, Explain) and explain.question == BRAHMOS
    (said,) = tutor.handle("/right", LATER)
    assert isinstance(said, Say) and "you were right" in said.text
    took, again = tutor.handle("/undo", LATER)
    assert isinstance(took, Say) and took.text.startswith("Took back your answer to")
    assert isinstance(again, Ask) and again.question == BRAHMOS  # asked again, off-topic
    assert tutor.store.reviews() == [] and tutor.store.aliases("brahmos") == []
    # the header still counts the energy topic only: its 2 new questions
    assert tutor.counts(LATER).new == 2
    tutor.close(LATER)


def test_nothing_to_accept_after_a_skip(tutor: Tutor) -> None:
    tutor.handle("/skip", LATER)
    (said,) = tutor.handle("/right", LATER)
    assert isinstance(said, Say) and said.tone == "error" and "skipped" in said.text


def test_undo_takes_the_answer_back_and_asks_again(tutor: Tutor) -> None:
    tutor.handle("Agni", LATER)
    said, ask = tutor.handle("undo", LATER)
    assert isinstance(said, Say) and said.text == f"Took back your answer to: {BRAHMOS.stem}"
    assert isinstance(ask, Ask) and ask.question == BRAHMOS and ask.number == 1
    assert tutor.store.reviews() == [] and tutor.store.get_card("brahmos") is None
    feedback = tutor.handle("BrahMos", LATER)[0]
    assert isinstance(feedback, Feedback) and feedback.rating == "good"
    tutor.handle("/undo", LATER)
    (nothing,) = tutor.handle("/undo", LATER)  # nothing left to undo: said, not raised
    assert nothing == Say("There's no answer to undo.", tone="error")


def test_rerate_right_after_feedback(tutor: Tutor) -> None:
    tutor.handle("BrahMos", LATER)
    (said,) = tutor.handle("/4", LATER)
    assert isinstance(said, Say) and said.text.startswith("Re-rated as easy · see you in")
    tutor.handle("rate 2", LATER)
    assert tutor.store.reviews()[0].rating == 2
    (said,) = tutor.handle("easy", LATER)  # a bare rating word, right after feedback
    assert isinstance(said, Say) and tutor.store.reviews()[0].rating == 4
    tutor.handle("/hint", LATER)
    answered = tutor.handle("easy", LATER)[0]  # not right after feedback: an answer
    assert isinstance(answered, Feedback) and answered.question.id == S400.id


def test_nothing_to_rerate_is_said_not_raised(tutor: Tutor) -> None:
    (said,) = tutor.handle("/3", T0)
    assert isinstance(said, Say) and said.tone == "error"


def test_topic_switch_clear_and_unknown(tmp_path: Path) -> None:
    tutor = open_tutor(tmp_path)
    tutor.start(T0)
    changed, ask = tutor.handle("quiz me on energy", T0)
    assert changed == TopicChanged("India–Russia › Energy") and tutor.topic == changed.topic
    assert isinstance(ask, Ask) and ask.question.topic == "India–Russia › Energy"
    assert ask.counts.new == 2
    (again,) = tutor.handle("/topic energy", T0)
    assert isinstance(again, Say) and again.text.startswith("We're already on")
    cleared, ask = tutor.handle("/topic", T0)
    assert cleared == TopicChanged(None) and isinstance(ask, Ask) and ask.counts.new == 8
    # every session grades against the same index of the bank's answers, built once
    assert tutor.study.answers is tutor.answers and tutor.answers.index() is tutor.answers.index()
    (unknown,) = tutor.handle("quiz me on economics", T0)
    assert isinstance(unknown, Say) and unknown.tone == "error"
    assert "No topic matches 'economics'; the topics are: " in unknown.text
    tutor.close(T0)


def test_an_unknown_topic_at_open_raises_value_error(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="no topic matches"):
        open_tutor(tmp_path, topic="economics")


def test_study_questions_are_looked_up_in_the_notes(tutor: Tutor) -> None:
    (found,) = tutor.handle("what is INSTC?", T0)
    assert isinstance(found, Lookup) and found.query == "what is INSTC?"
    assert found.passages[0].headings == (
        "India–Russia relations",
        "Connectivity corridors",
        "Corridors",
    )
    assert "INSTC" in found.passages[0].text
    (missed,) = tutor.handle("What is photosynthesis?", T0)
    assert isinstance(missed, Lookup) and missed.passages == ()
    assert tutor.current == BRAHMOS and tutor.store.reviews() == []  # nothing answered


def test_answers_are_never_misread_as_lookups(tutor: Tutor) -> None:
    feedback = tutor.handle("What", LATER)[0]
    assert isinstance(feedback, Feedback) and feedback.response == "What"
    feedback = tutor.handle("Is it S-400?", LATER)[0]
    assert isinstance(feedback, Feedback) and feedback.verdict is not None
    assert feedback.verdict.correct


def test_markup_like_text_is_just_an_answer(tutor: Tutor) -> None:
    feedback = tutor.handle("[/] [b]$var\x1b[31m", LATER)[0]
    assert isinstance(feedback, Feedback) and feedback.response == "[/] [b]$var\x1b[31m"


def test_stats_exam_help_quit(tutor: Tutor) -> None:
    tutor.handle("BrahMos", LATER)
    for text in ("/stats", "how am I doing?"):
        (stats,) = tutor.handle(text, LATER)
        assert isinstance(stats, Stats) and tuple(stats.figures) == KEYS
        assert stats.figures["reviews_today"] == 1
    assert tutor.handle("mock test", LATER) == [StartExam("gs1", 25, None)]
    assert tutor.handle("/exam csat 10 defence", LATER) == [
        StartExam("csat", 10, "India–Russia › Defence")
    ]
    (bad,) = tutor.handle("/exam gs1 5 economics", LATER)
    assert isinstance(bad, Say) and bad.tone == "error"
    (zero,) = tutor.handle("/exam 0", LATER)  # not quietly the default 25
    assert zero == Say("A mock test has between 1 and 500 questions, not 0.", tone="error")
    tutor.handle("/topic defence", LATER)
    said, start = tutor.handle("/exam 5", LATER)  # the whole bank, and the learner is told
    assert start == StartExam("gs1", 5, None)
    assert said == Say(
        "A mock test on the whole bank; for India–Russia › Defence only, say /exam 5 Defence."
    )
    for text in ("/help", "help", "?"):
        (help_,) = tutor.handle(text, LATER)
        assert isinstance(help_, Say) and help_.tone == "help" and "/hint" in help_.text
    assert tutor.handle("bye", LATER) == [Quit(answered=1)]
    assert tutor.handle("/quit", LATER) == [Quit(answered=1)]
    (unknown,) = tutor.handle("/frobnicate", LATER)
    assert isinstance(unknown, Say) and unknown.tone == "error" and "/frobnicate" in unknown.text


def test_done_then_a_learning_step_comes_back(tmp_path: Path) -> None:
    tutor = open_tutor(tmp_path, BRAHMOS)
    tutor.start(T0)
    _, done = tutor.handle("Agni", LATER)
    assert isinstance(done, Done) and done.answered == 1
    assert done.comes_back == LATER + timedelta(minutes=1) and tutor.current is None
    assert tutor.handle("/skip", LATER)[0] == Say(
        "There's no question to skip right now.", tone="error"
    )
    found, ask = tutor.handle("what is INSTC?", LATER + timedelta(minutes=2))
    assert isinstance(found, Lookup) and isinstance(ask, Ask) and ask.question == BRAHMOS
    assert ask.reason == "learning"
    tutor.close(LATER)


def test_cram_leaves_the_schedule_alone(tmp_path: Path) -> None:
    tutor = open_tutor(tmp_path, BRAHMOS, THREE, cram=True)
    _, ask = tutor.start(T0)
    assert isinstance(ask, Ask) and ask.reason == "cram" and ask.counts.due == 2
    feedback = tutor.handle("BrahMos", LATER)[0]
    assert isinstance(feedback, Feedback)
    assert feedback.comes_back == "your schedule is unchanged (cram)"
    assert tutor.store.get_card("brahmos") is None
    tutor.close(LATER)


def test_progress_is_kept_across_sessions(tmp_path: Path) -> None:
    first = open_tutor(tmp_path, BRAHMOS, SECTORS)
    first.start(T0)
    first.handle("BrahMos", LATER)
    first.close(LATER)
    with Store.open(tmp_path, LATER) as store:
        assert [r.question_id for r in store.reviews()] == ["brahmos"]
    later = LATER + timedelta(minutes=15)
    second = open_tutor(tmp_path, BRAHMOS, SECTORS, now=later)
    _, ask = second.start(later)
    assert isinstance(ask, Ask) and ask.question == BRAHMOS and ask.reason == "learning"
    assert ask.counts == Counts(1, 1, 0, 1)
    second.close(later)


def test_after_close_nothing_is_raised(tmp_path: Path) -> None:
    tutor = open_tutor(tmp_path, BRAHMOS)
    tutor.start(T0)
    tutor.close(T0)
    tutor.close(T0)
    (said,) = tutor.handle("BrahMos", T0)
    assert isinstance(said, Say) and said.tone == "error"


def test_an_answer_sent_for_an_answered_question_is_never_recorded(tutor: Tutor) -> None:
    """A second Enter, or a burst of answers typed ahead, carries the question the learner saw:
    only the first reaches it, and nothing reaches the question they have not seen."""
    first = tutor.handle("BrahMos", LATER, on_screen=BRAHMOS.id)
    assert isinstance(first[0], Feedback) and tutor.current == S400
    for text in ("BrahMos", "/skip", "/hint", "S-400"):  # all typed while BrahMos was shown
        (said,) = tutor.handle(text, LATER, on_screen=BRAHMOS.id)
        assert isinstance(said, Say) and said.text.startswith("Not recorded:"), text
    assert reviews(tutor) == [(BRAHMOS.id, "exact", 3, 0)] and tutor.current == S400
    (feedback, *_) = tutor.handle("S-400", LATER, on_screen=S400.id)
    assert isinstance(feedback, Feedback) and feedback.question.id == S400.id
    assert [r[0] for r in reviews(tutor)] == [BRAHMOS.id, S400.id]


def test_with_nothing_on_screen_a_message_is_no_answer(tutor: Tutor) -> None:
    (lookup, *_) = tutor.handle("what is INSTC?", LATER, on_screen="")
    assert isinstance(lookup, Lookup) and tutor.store.reviews() == []
    assert tutor.current == BRAHMOS  # still waiting for its answer


def test_options_are_shown_in_an_order_of_each_presentation(tmp_path: Path) -> None:
    """Never the file order every time: fixed while the question is on screen and through
    /undo and /why; another order the next time it is asked; letters read as shown."""
    tutor = open_tutor(tmp_path, S400)
    (_, ask) = tutor.start(T0)
    assert isinstance(ask, Ask) and isinstance(ask.question, Mcq)
    shown = ask.question.options
    assert sorted(shown) == sorted(S400.options) and shown != S400.options
    letter = "abcd"[shown.index("S-400")]
    assert tutor.handle("/hint", LATER)  # a hint changes nothing in the order
    (feedback, *_) = tutor.handle(letter, LATER)
    assert isinstance(feedback, Feedback) and feedback.verdict is not None
    assert feedback.verdict.correct and feedback.answer == f"({letter}) S-400"
    (why,) = tutor.handle("/why", LATER)
    assert isinstance(why, Explain) and why.question.options == shown
    (_, again) = tutor.handle("/undo", LATER)
    assert isinstance(again, Ask) and again.question.options == shown  # back as it was
    wrong = "abcd"[(shown.index("S-400") + 1) % 4]
    (feedback, *_) = tutor.handle(wrong, LATER)
    assert isinstance(feedback, Feedback) and feedback.verdict is not None
    assert not feedback.verdict.correct
    tutor.close(LATER)
    orders = set()
    for hour in range(1, 7):  # the question asked anew: another order each time
        later = open_tutor(tmp_path, S400, now=T0 + timedelta(days=hour))
        replies = later.start(T0 + timedelta(days=hour))
        asked = [r for r in replies if isinstance(r, Ask)]
        if asked:
            assert isinstance(asked[0].question, Mcq)
            orders.add(asked[0].question.options)
            later.handle("/skip", T0 + timedelta(days=hour, seconds=5))
        later.close(T0 + timedelta(days=hour, seconds=10))
    assert len(orders) >= 3


def test_a_missed_question_comes_back_when_due_not_before(tmp_path: Path) -> None:
    tutor = open_tutor(tmp_path, BRAHMOS)
    tutor.start(T0)
    feedback, done = tutor.handle("Agni", LATER)
    assert isinstance(feedback, Feedback) and isinstance(done, Done)
    assert done.comes_back is not None and done.no_new == "You have started every question."
    assert tutor.tick(LATER + timedelta(seconds=10)) == []  # not yet due: nothing early
    (again,) = tutor.tick(done.comes_back)
    assert isinstance(again, Ask) and again.question.id == BRAHMOS.id
    tutor.close(done.comes_back)
