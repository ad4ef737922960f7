"""Scheduling and the queue, driven by an injected clock (fuzz off, UTC days).

The expected dates are fsrs 6.3.2's, with its default parameters and learning steps (1 and 10
minutes), as quizbot's policy turns answers into ratings: a correct, exact answer in 5 s is Good
on a new or learning question and Easy on one in review.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest
from fsrs import Card, Rating, Scheduler, State

from quizbot.study import Store, StudyError, compute_stats, forecast, set_exam_date
from quizbot.study.answers import BankAnswers
from quizbot.study.queue import interleave_by_topic, resolve_topic, sibling_key
from quizbot.study.records import CardRow
from quizbot.study.scheduling import card_id_for, is_leech
from quizbot.study.timing import Calendar
from tests.unit.study_support import T0, bank_of, dump, mcq, right, run_day, short, study


@pytest.fixture
def store(tmp_path: Path) -> Store:
    opened = Store.open(tmp_path / "data", T0)
    yield opened  # type: ignore[misc]
    opened.close()


def review_card(
    qid: str, stability: float, days_ago: float, due: datetime, difficulty: float = 5.0
) -> CardRow:
    card = Card(
        card_id=card_id_for(qid),
        state=State.Review,
        step=None,
        stability=stability,
        difficulty=difficulty,
        due=due,
        last_review=T0 - timedelta(days=days_ago),
    )
    return CardRow(qid, card, reps=3)


# Four weeks of a two-topic bank, two new questions a day: b1 is forgotten at first sight and
# a1 lapses on day 14. (time, question, rating, due) for every answer, by day.
FOUR_WEEKS = {
    0: [
        ("01-05 09:00:00", "a1", "Good", "01-05 09:10:05"),
        ("01-05 09:00:30", "b1", "Again", "01-05 09:01:35"),
        ("01-05 09:01:35", "b1", "Good", "01-05 09:11:40"),
        ("01-05 09:10:05", "a1", "Good", "01-07 09:10:10"),
        ("01-05 09:11:40", "b1", "Good", "01-06 09:11:45"),
    ],
    1: [
        ("01-06 09:00:00", "b1", "Easy", "01-07 09:00:05"),
        ("01-06 09:00:30", "a2", "Good", "01-06 09:10:35"),
        ("01-06 09:01:00", "b2", "Good", "01-06 09:11:05"),
        ("01-06 09:10:35", "a2", "Good", "01-08 09:10:40"),
        ("01-06 09:11:05", "b2", "Good", "01-08 09:11:10"),
    ],
    2: [
        ("01-07 09:00:00", "a1", "Easy", "01-19 09:00:05"),
        ("01-07 09:00:30", "b1", "Easy", "01-13 09:00:35"),
    ],
    3: [
        ("01-08 09:00:00", "a2", "Easy", "01-20 09:00:05"),
        ("01-08 09:00:30", "b2", "Easy", "01-20 09:00:35"),
    ],
    8: [("01-13 09:00:00", "b1", "Easy", "02-17 09:00:05")],
    14: [
        ("01-19 09:00:00", "a1", "Again", "01-19 09:10:05"),
        ("01-19 09:10:05", "a1", "Good", "01-21 09:10:10"),
    ],
    15: [
        ("01-20 09:00:00", "a2", "Easy", "04-21 09:00:05"),
        ("01-20 09:00:30", "b2", "Easy", "04-21 09:00:35"),
    ],
    16: [("01-21 09:00:00", "a1", "Easy", "01-27 09:00:05")],
    22: [("01-27 09:00:00", "a1", "Easy", "02-24 09:00:05")],
}


def test_four_weeks_of_reviews_give_exact_due_dates_and_order(store: Store) -> None:
    bank = bank_of(short("a1", "A"), short("a2", "A"), short("b1", "B"), short("b2", "B"))
    store.set_setting("daily_new_limit", 2)
    seen = {}
    for day in range(28):
        wrong = {"b1"} if day == 0 else {"a1"} if day == 14 else set()
        trace = run_day(store, bank, T0 + timedelta(days=day), wrong)
        if trace:
            seen[day] = trace
    assert seen == FOUR_WEEKS
    a1 = store.get_card("a1")
    assert a1 is not None and (a1.reps, a1.lapses, a1.suspended) == (7, 1, False)
    assert len(store.reviews()) == sum(map(len, FOUR_WEEKS.values()))


def test_learning_steps_come_back_within_the_session(store: Store) -> None:
    bank = bank_of(short("q1"), short("q2"))
    session = study(store, bank, T0)
    first = session.next(T0)
    assert first is not None and first.id == "q1"
    assert session.answer(right(first), T0).due == T0 + timedelta(minutes=10)
    second = session.next(T0)
    assert second is not None and second.id == "q2"
    assert session.answer("no idea", T0 + timedelta(minutes=1)).due == T0 + timedelta(minutes=2)
    # Nothing is due yet: the session waits for the steps (no learning ahead here).
    assert session.next(T0 + timedelta(minutes=1, seconds=30)) is None
    assert session.comes_back() == T0 + timedelta(minutes=2)
    again = session.next(T0 + timedelta(minutes=2))
    assert again is not None and again.id == "q2"
    answered = session.answer(right(again), T0 + timedelta(minutes=2))
    assert (answered.outcome.after.card.state, answered.due) == (  # type: ignore[union-attr]
        State.Learning,
        T0 + timedelta(minutes=12),
    )
    back = session.next(T0 + timedelta(minutes=10))
    assert back is not None and back.id == "q1"
    graduated = session.answer(right(back), T0 + timedelta(minutes=10))
    assert graduated.outcome.after.card.state == State.Review  # type: ignore[union-attr]
    assert graduated.due == T0 + timedelta(days=2, minutes=10)


def test_learning_ahead_never_repeats_the_question_just_answered(store: Store) -> None:
    bank = bank_of(short("q1"), short("q2"))
    session = study(store, bank, T0, learn_ahead=timedelta(minutes=20))
    for _ in range(2):
        question = session.next(T0)
        assert question is not None
        session.answer(right(question), T0)  # both due again in 10 minutes
    # Learning ahead offers q1 (due first) early, then q2, but not q2 right after q2.
    early = session.next(T0 + timedelta(minutes=1))
    assert early is not None and early.id == "q1"
    session.answer("wrong", T0 + timedelta(minutes=1))
    nxt = session.next(T0 + timedelta(minutes=1))
    assert nxt is not None and nxt.id == "q2"
    session.answer("wrong", T0 + timedelta(minutes=1))
    last = session.next(T0 + timedelta(minutes=1))
    assert last is not None and last.id == "q1"
    session.answer("wrong", T0 + timedelta(minutes=1))
    assert session.next(T0 + timedelta(minutes=1)).id == "q2"  # type: ignore[union-attr]


def test_due_reviews_come_first_lowest_retrievability_first(store: Store) -> None:
    bank = bank_of(*(short(q) for q in ("new1", "r1", "r2", "r3", "later")))
    tonight = T0 + timedelta(hours=12)
    store.put_card(review_card("r1", stability=10, days_ago=5, due=T0 - timedelta(days=1)))
    store.put_card(review_card("r2", stability=2, days_ago=3, due=tonight))  # due today
    store.put_card(review_card("r3", stability=30, days_ago=40, due=T0 - timedelta(days=9)))
    store.put_card(review_card("later", stability=5, days_ago=1, due=T0 + timedelta(days=2)))
    session = study(store, bank, T0)
    order = []
    while (question := session.next(T0)) is not None:
        order.append(question.id)
        session.answer(right(question), T0 + timedelta(seconds=20))
    # retrievability: r2 (3 days / S 2) < r3 (40 / 30) < r1 (5 / 10); then the new question.
    assert order[:4] == ["r2", "r3", "r1", "new1"]
    assert "later" not in order


def test_new_questions_interleave_topics_up_to_the_daily_limit(store: Store) -> None:
    bank = bank_of(
        short("a1", "A"),
        short("a2", "A"),
        short("a3", "A"),
        short("b1", "B"),
        short("b2", "B"),
        short("c1", "A › C"),
    )
    store.set_setting("daily_new_limit", 5)
    run_day(store, bank, T0)
    introduced = [r.question_id for r in store.reviews() if r.state_before == 0]
    assert introduced == ["a1", "b1", "c1", "a2", "b2"]
    # The limit is per day, shared by every session of the day.
    later = study(store, bank, T0 + timedelta(hours=3))
    assert later.new_left == 0 and later.next(T0 + timedelta(hours=3)) is None
    tomorrow = study(store, bank, T0 + timedelta(days=1))
    assert tomorrow.new_left == 5
    assert tomorrow.next(T0 + timedelta(days=1)).id == "a3"  # type: ignore[union-attr]


def test_interleave_by_topic_is_round_robin_in_bank_order() -> None:
    bank = bank_of(
        short("a1", "A"), short("a2", "A"), short("b1", "B"), short("a3", "A"), short("c1", "C")
    )
    assert list(interleave_by_topic(bank, bank.ids())) == ["a1", "b1", "c1", "a2", "a3"]


def test_siblings_are_not_asked_on_the_same_day(store: Store) -> None:
    # s1 and s2 come from the same note bullet (line 7); s3 from another.
    bank = bank_of(short("s1", "A", line=7), short("s2", "B", line=7), short("s3", "C", line=9))
    assert sibling_key(bank["s1"]) == sibling_key(bank["s2"]) != sibling_key(bank["s3"])
    day0 = {row[1] for row in run_day(store, bank, T0)}
    assert day0 == {"s1", "s3"}
    # Another session the same day still keeps s2 back.
    assert study(store, bank, T0 + timedelta(hours=2)).next(T0 + timedelta(hours=2)) is None
    day1 = [row[1] for row in run_day(store, bank, T0 + timedelta(days=1))]
    assert day1[0] == "s2"


def test_a_due_review_waits_when_its_sibling_was_answered_today(store: Store) -> None:
    bank = bank_of(short("s1", line=3), short("s2", line=3))
    store.put_card(review_card("s1", stability=5, days_ago=6, due=T0))
    store.put_card(review_card("s2", stability=5, days_ago=7, due=T0))
    assert [row[1] for row in run_day(store, bank, T0)] == ["s2"]
    assert [row[1] for row in run_day(store, bank, T0 + timedelta(days=1))] == ["s1"]


def test_a_file_wide_source_does_not_make_siblings() -> None:
    bank = bank_of(short("x"), short("y"))
    assert sibling_key(bank["x"]) is None


def test_leeches_are_suspended_after_eight_lapses_and_listed(store: Store) -> None:
    bank = bank_of(short("hard"), short("easy"))
    store.put_card(review_card("hard", stability=3, days_ago=3, due=T0))
    now, lapses = T0, 0
    while True:
        session = study(store, bank, now)
        question = session.next(now)
        assert question is not None and question.id == "hard"
        lapsed = session.answer("wrong", now)
        lapses += 1
        assert lapsed.outcome.after.lapses == lapses  # type: ignore[union-attr]
        if lapsed.leech:
            break
        relearnt = session.next(now + timedelta(minutes=10))
        assert relearnt is not None and relearnt.id == "hard"
        due = session.answer(right(relearnt), now + timedelta(minutes=10)).due
        assert due is not None
        now = due
    assert lapses == 8
    card = store.get_card("hard")
    assert card is not None and card.suspended
    # Suspended: never asked again, and listed by the stats.
    later = now + timedelta(days=30)
    assert [row[1] for row in run_day(store, bank, later)] == ["easy", "easy"]
    assert compute_stats(store, bank, later, tz=UTC)["leeches"] == [
        {"id": "hard", "topic": "T", "lapses": 8}
    ]
    assert [is_leech(n, 8) for n in (7, 8, 9, 12, 16)] == [False, True, False, True, True]


def test_the_leech_threshold_is_a_setting(store: Store) -> None:
    store.set_setting("leech_threshold", 1)
    bank = bank_of(short("q"))
    store.put_card(review_card("q", stability=3, days_ago=3, due=T0))
    session = study(store, bank, T0)
    session.next(T0)
    assert session.answer("wrong", T0).leech


def test_undo_restores_the_card_and_the_log_exactly(store: Store) -> None:
    bank = bank_of(short("fresh"), short("old"))
    store.put_card(review_card("old", stability=4, days_ago=4, due=T0))
    session = study(store, bank, T0)
    for expected in ("old", "fresh"):
        before = dump(store.path)
        question = session.next(T0)
        assert question is not None and question.id == expected
        session.answer("wrong", T0 + timedelta(seconds=4))
        assert dump(store.path) != before
        assert session.undo().id == expected
        assert dump(store.path) == before
        # It is asked again, and can be answered for real.
        again = session.next(T0 + timedelta(seconds=5))
        assert again is not None and again.id == expected
        session.answer(right(again), T0 + timedelta(seconds=9))
    before = dump(store.path)
    session.next(T0 + timedelta(minutes=20))
    session.answer("wrong", T0 + timedelta(minutes=20))
    session.rerate(Rating.Easy)
    session.undo()
    assert dump(store.path) == before
    with pytest.raises(StudyError):
        study(store, bank, T0).undo()


def test_the_learner_overrides_the_rating_right_after_feedback(store: Store) -> None:
    bank = bank_of(short("q"))
    session = study(store, bank, T0)
    session.next(T0)
    first = session.answer(right(bank["q"]), T0 + timedelta(seconds=3))
    assert first.rating == Rating.Good
    changed = session.rerate(1)
    expected, _ = Scheduler(enable_fuzzing=False).review_card(
        Card(card_id=card_id_for("q"), due=T0 + timedelta(seconds=3)),
        Rating.Again,
        T0 + timedelta(seconds=3),
        3000,
    )
    card = store.get_card("q")
    assert card is not None and card.card == expected
    (log,) = store.reviews("q")
    assert (log.rating, log.suggested, log.overridden, log.kind) == (1, 3, True, "exact")
    assert changed.due == T0 + timedelta(minutes=1, seconds=3)
    with pytest.raises(StudyError):
        session.rerate(5)


def test_the_topic_filter_asks_only_that_topic(store: Store) -> None:
    bank = bank_of(
        short("c1", "India–Russia › Connectivity corridors"),
        short("c2", "India–Russia › Connectivity corridors › INSTC"),
        short("d1", "India–Russia › Defence"),
    )
    topic = resolve_topic(bank, "connectivity  CORRIDORS")
    assert topic == "India–Russia › Connectivity corridors"
    assert resolve_topic(bank, "india–russia › defence") == "India–Russia › Defence"
    with pytest.raises(ValueError, match="no topic matches"):
        resolve_topic(bank, "economy")
    asked = {row[1] for row in run_day(store, bank, T0, topic=topic)}
    assert asked == {"c1", "c2"}


@pytest.mark.parametrize(
    ("said", "topic"),
    [
        ("corridors", "India–Russia › Connectivity corridors"),  # holds its sub-topic Corridors
        ("Connectivity corridors › Corridors", "India–Russia › Connectivity corridors › Corridors"),
        ("corridors > corridors", "India–Russia › Connectivity corridors › Corridors"),
        ("trade", "India–Russia › Cooperation › Trade and investment"),  # the name starts so
        ("the quad", "India–Russia › Geopolitics › The Quad"),
        ("QUAD", "India–Russia › Geopolitics › The Quad"),
        ("summit", "India–Russia › Summits and visits"),  # plural either way
        ("geopolitics china", "India–Russia › Geopolitics › China"),
        ("moscow visit", "India–Russia › Summits and visits › Moscow visit (July 2024)"),
        ("2024", "India–Russia › Summits and visits › Moscow visit (July 2024)"),
        ("geo", "India–Russia › Geopolitics"),  # the start of a word
        ("india-russia", "India–Russia"),
    ],
)
def test_a_topic_is_found_as_a_learner_names_it(said: str, topic: str) -> None:
    bank = bank_of(
        *(
            short(f"q{n}", path)
            for n, path in enumerate(
                [
                    "India–Russia › Connectivity corridors",
                    "India–Russia › Connectivity corridors › Corridors",
                    "India–Russia › Connectivity corridors › Obstacles to connectivity and trade",
                    "India–Russia › Cooperation › Trade and investment",
                    "India–Russia › Cooperation › Economic cooperation",
                    "India–Russia › Geopolitics › China",
                    "India–Russia › Geopolitics › The Quad",
                    "India–Russia › Summits and visits › 21st annual summit (December 2021)",
                    "India–Russia › Summits and visits › Moscow visit (July 2024)",
                ]
            )
        )
    )
    assert resolve_topic(bank, said) == topic


def test_an_ambiguous_topic_names_only_the_outermost_candidates() -> None:
    bank = bank_of(
        short("a", "Economy › Areas of cooperation"),
        short("b", "Economy › Areas of cooperation › Aid"),
        short("c", "Summits › Talks on economic cooperation"),
    )
    with pytest.raises(
        ValueError,
        match=r"'cooperation' matches 2 topics: Economy › Areas of "
        r"cooperation; Summits › Talks on economic cooperation \(give more",
    ):
        resolve_topic(bank, "cooperation")


def test_cram_asks_the_whole_topic_weakest_first_and_leaves_the_schedule(store: Store) -> None:
    bank = bank_of(short("a1", "A"), short("a2", "A"), short("a3", "A"), short("b1", "B"))
    store.put_card(review_card("a1", stability=50, days_ago=1, due=T0 + timedelta(days=40)))
    store.put_card(review_card("a2", stability=1, days_ago=9, due=T0 - timedelta(days=8)))
    before = dump(store.path)
    session = study(store, bank, T0, topic="A", cram=True)
    order = []
    while (question := session.next(T0)) is not None:
        order.append(question.id)
        session.answer("wrong" if question.id == "a3" else right(question), T0)
    assert order == ["a3", "a2", "a1"]
    after = dump(store.path)
    assert after["cards"] == before["cards"]
    assert [(r[1], r[12]) for r in after["reviews"]] == [("a3", 1), ("a2", 1), ("a1", 1)]
    assert compute_stats(store, bank, T0, tz=UTC)["reviews_today"] == 0
    session.undo()
    assert len(dump(store.path)["reviews"]) == 2


def test_the_exam_date_caps_intervals_and_pulls_reviews_forward(store: Store) -> None:
    bank = bank_of(short("strong"), short("p1"), short("p2"), short("p3"), short("soon"))
    calendar = Calendar(UTC)
    for n, qid in enumerate(("p1", "p2", "p3")):
        store.put_card(review_card(qid, 80, 10, due=T0 + timedelta(days=40 + n)))
    store.put_card(review_card("soon", 5, 2, due=T0 + timedelta(days=3)))
    store.put_card(review_card("strong", 100, 100, due=T0))
    exam = date(2026, 1, 15)  # ten days ahead
    assert set_exam_date(store, exam, T0, calendar) == 3
    assert store.settings().exam_date == exam
    dues = {qid: store.get_card(qid).card.due for qid in ("p1", "p2", "p3", "soon")}  # type: ignore[union-attr]
    # Spread over the days from tomorrow to the eve of the exam, in due order.
    assert dues == {
        "p1": datetime(2026, 1, 6, 4, tzinfo=UTC),
        "p2": datetime(2026, 1, 9, 4, tzinfo=UTC),
        "p3": datetime(2026, 1, 12, 4, tzinfo=UTC),
        "soon": T0 + timedelta(days=3),
    }
    # A strong card would go months ahead; capped, it comes back the day before the exam.
    trace = run_day(store, bank, T0)
    assert trace == [("01-05 09:00:00", "strong", "Easy", "01-14 09:00:05")]
    # The forecast runs until the eve of the exam.
    assert forecast(store, bank, T0 + timedelta(minutes=1), tz=UTC) == [
        (date(2026, 1, 5), 0),
        (date(2026, 1, 6), 1),
        (date(2026, 1, 7), 0),
        (date(2026, 1, 8), 1),
        (date(2026, 1, 9), 1),
        (date(2026, 1, 10), 0),
        (date(2026, 1, 11), 0),
        (date(2026, 1, 12), 1),
        (date(2026, 1, 13), 0),
        (date(2026, 1, 14), 1),
    ]
    # On the eve (everything skipped till then is overdue) the shortest interval, a day, is
    # the exam day itself.
    eve = datetime(2026, 1, 14, 9, tzinfo=UTC)
    assert run_day(store, bank, eve) == [
        ("01-14 09:00:00", "soon", "Easy", "01-15 09:00:05"),
        ("01-14 09:00:30", "p1", "Easy", "01-15 09:00:35"),
        ("01-14 09:01:00", "p2", "Easy", "01-15 09:01:05"),
        ("01-14 09:01:30", "p3", "Easy", "01-15 09:01:35"),
        ("01-14 09:02:00", "strong", "Easy", "01-15 09:02:05"),
    ]
    set_exam_date(store, None, eve, calendar)
    assert store.settings().exam_date is None
    assert len(forecast(store, bank, eve, tz=UTC)) == 14


def test_a_removed_question_keeps_its_history_and_returns_with_its_id(store: Store) -> None:
    both = bank_of(short("keep"), short("gone"))
    run_day(store, both, T0)
    only = bank_of(short("keep"))
    later = T0 + timedelta(days=5)
    assert [row[1] for row in run_day(store, only, later)] == ["keep"]
    topic = compute_stats(store, only, later, tz=UTC)["topics"]["T"]
    assert (topic["questions"], topic["seen"]) == (1, 1)
    history = store.reviews("gone")
    assert len(history) == 2 and store.get_card("gone") is not None
    # Back in the bank: a review (not a new question), with its history.
    trace = run_day(store, both, later + timedelta(days=1))
    assert ("gone", "Easy") in [(row[1], row[2]) for row in trace]
    assert store.reviews("gone")[-1].state_before == int(State.Review)
    assert len(store.reviews("gone")) == 3


def test_two_stores_answering_the_same_question_keep_both_reviews(tmp_path: Path) -> None:
    bank = bank_of(short("q"), mcq("m"))
    one, two = Store.open(tmp_path, T0), Store.open(tmp_path, T0)
    warm_up = study(one, bank, T0)
    assert warm_up.next(T0).id == "q"  # type: ignore[union-attr]
    warm_up.answer(right(bank["q"]), T0)
    warm_up.close(T0)
    later = T0 + timedelta(hours=1)  # q's learning step is due
    first, second = study(one, bank, later), study(two, bank, later)
    assert first.next(later).id == second.next(later).id == "q"  # type: ignore[union-attr]
    first.answer(right(bank["q"]), later + timedelta(seconds=2))
    second.answer(right(bank["q"]), later + timedelta(seconds=3))
    card = one.get_card("q")
    assert card is not None and card.reps == 3
    # the second answer was scheduled from the card the first one left (re-read under lock)
    assert [r.state_before for r in one.reviews("q")] == [0, State.Learning, State.Review]
    # A new question is shown by one session at a time; the other moves on.
    assert first.next(later + timedelta(seconds=4)).id == "m"  # type: ignore[union-attr]
    assert second.next(later + timedelta(seconds=4)) is None
    one.close()
    two.close()


def test_an_answer_to_another_question_is_a_near_miss_not_a_typo(store: Store) -> None:
    # "Australia" is one letter-pair from "Austria" but is itself an answer in the bank:
    # the session grades with the bank's answers, so it is not accepted as a typo.
    austria = short("vienna", answer="Austria")
    bank = bank_of(austria, short("canberra", answer="Australia"))
    answers = BankAnswers(bank)
    answers.start()  # built in the background, waited for at the first answer
    session = study(store, bank, T0, answers=answers)
    while (asked := session.next(T0)) is not None and asked.id != "vienna":
        session.answer(right(asked), T0)
    assert asked is not None
    verdict = session.answer("Australia", T0).verdict
    assert verdict is not None and not verdict.correct and verdict.kind == "near-miss"
    assert verdict.feedback.startswith("Australia is a different answer")
    assert answers.ready and len(answers.index()) == 2
    # one index serves every session over the bank
    assert study(store, bank, T0, answers=answers).answers is answers
