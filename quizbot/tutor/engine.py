"""The tutor: one learner message in, a list of replies out.

:class:`Tutor` drives a :class:`~quizbot.study.Study` session (which grades, schedules and
commits every answer before the next question is picked) and answers everything else a
learner says between questions: hints, explanations, skips, overrides, undo, ratings, study
questions looked up in the notes, topic switches, stats, mock tests, help and goodbye.
Nothing is raised at the learner: a problem becomes ``Say(..., tone="error")``.
"""

from __future__ import annotations

import random
from collections.abc import Sequence
from dataclasses import replace
from datetime import datetime, timedelta, tzinfo
from pathlib import Path

from fsrs import Rating, State

from quizbot import paths
from quizbot.bank import TOPIC_SEPARATOR, Bank, Mcq, Multi, Question, keeps_order
from quizbot.grading.teach import lesson
from quizbot.study.answers import BankAnswers
from quizbot.study.damage import damage_message
from quizbot.study.queue import ids_in_topic, resolve_topic
from quizbot.study.records import CardRow
from quizbot.study.recovery import StoreError
from quizbot.study.scheduling import StudyError
from quizbot.study.session import Answered, Study, grade
from quizbot.study.stats import compute_stats, streak_days
from quizbot.study.store import Store
from quizbot.study.timing import Calendar, to_us, utc
from quizbot.tutor import hints
from quizbot.tutor.expected import answer_text
from quizbot.tutor.intents import EXAM_PRESETS, Intent, parse
from quizbot.tutor.lookup import NotesIndex
from quizbot.tutor.replies import (
    Ask,
    Counts,
    Done,
    Explain,
    Feedback,
    Lookup,
    Quit,
    Reply,
    Say,
    StartExam,
    Stats,
    TopicChanged,
)
from quizbot.tutor.unreadable import undecodable, unreadable_reply
from quizbot.tutor.when import comes_back_words

HELP = """\
Type your answer and press Enter. Choices take a letter or number (b, 1 and 3, 1-b 2-a).
Other things you can say, as a command or in your own words:
  /hint    a hint (each one more revealing; a hinted answer is rated hard)
  /why     explain the last answer, with the note it comes from
  /skip    show the answer ("I don't know" works too); counts as forgotten
  /right   your last answer was right: accept it from now on ("I was right")
  /undo    take back your last answer and answer it again
  /1 … /4  re-rate your last answer: again, hard, good, easy ("rate 3")
  /topic T study only topic T ("quiz me on corridors"); /topic alone: all topics
  /stats   how you are doing ("how am I doing?")
  /exam    a mock test: /exam [gs1|csat] [N] [topic]
  /quit    stop for now ("bye"); everything is already saved
Ask me anything from the notes: "what is INSTC?", "tell me about Kudankulam",
"summarise the defence programmes"."""

DEFAULT_EXAM_COUNT = 25
_RATING_NAMES = {1: "again", 2: "hard", 3: "good", 4: "easy"}
_LEARNING = (int(State.Learning), int(State.Relearning))


def _rating_name(rating: Rating | int) -> str:
    return _RATING_NAMES[int(rating)]


def _quoted(text: str) -> str:
    return f"“{text}”"


#: What acts on the question on screen (and so must reach that question and no other).
_ON_THE_QUESTION = ("answer", "skip", "hint")


def _not_recorded(text: str) -> Say:
    shown = text.strip()
    shown = shown if len(shown) <= 40 else shown[:39] + "…"
    return Say(
        f"Not recorded: “{shown}” was sent for a question you had already answered, so it "
        "counts for nothing. The question now on screen is still waiting for your answer.",
        tone="error",
    )


class Tutor:
    """A conversation over one bank, one progress store and (lazily) the notes."""

    def __init__(
        self,
        bank: Bank,
        store: Store,
        now: datetime,
        *,
        notes: Sequence[Path],
        topic: str | None = None,
        cram: bool = False,
        tz: tzinfo | None = None,
        fuzz: bool = True,
    ) -> None:
        self.bank, self.store, self.cram = bank, store, cram
        self.notes_paths = list(notes)
        self.recovered_from: Path | None = store.recovered_from
        self._tz, self._fuzz = tz, fuzz
        self._index: NotesIndex | None = None
        #: The bank's answers for the near-miss guard: one for every session of this tutor.
        self.answers = BankAnswers(bank)
        self._closed = False
        #: Answers (and skips) that could not be saved, and why writes failed this session.
        self.unsaved = 0
        self.failures: list[str] = []
        self.topic: str | None = topic
        self.study = self._new_study(now)
        self._answered = 0
        self._hints = 0
        self._shown: Question | None = None
        #: Each question as the learner sees it this time (mcq and multi options in an order
        #: of this presentation), by id; kept while it is asked and, once answered, for /why
        #: and /undo; and the order shown the time before, which the next one avoids.
        self._presenting: dict[str, Question] = {}
        self._last_order: dict[str, tuple[str, ...]] = {}
        self._answered_shown: dict[str, Question] = {}
        #: The last thing that happened was feedback on an answer (ratings words apply).
        self._after_feedback = False
        self._done_said = False
        self._streak: int | None = None
        self._streak_today = False
        self._scan(now)

    @classmethod
    def open(
        cls,
        bank: Bank,
        data_dir: Path,
        now: datetime,
        *,
        notes: Sequence[Path] | None = None,
        topic: str | None = None,
        cram: bool = False,
        tz: tzinfo | None = None,
        fuzz: bool = True,
    ) -> Tutor:
        """Open the progress store in ``data_dir`` (a damaged one is moved aside: see
        :attr:`recovered_from`) and start a session.

        ``notes``: Markdown files or directories for explanations and lookups (default: the
        bundled notes; read on first use). ``topic`` is resolved like ``--topic``. Raises
        ``ValueError`` for an unknown topic and :class:`~quizbot.study.StoreError` when the
        store cannot be opened.
        """
        if topic is not None:
            topic = resolve_topic(bank, topic)
        store = Store.open(Path(data_dir), utc(now), recover=True)
        try:
            return cls(
                bank,
                store,
                utc(now),
                notes=[paths.bundled_notes_dir()] if notes is None else notes,
                topic=topic,
                cram=cram,
                tz=tz,
                fuzz=fuzz,
            )
        except BaseException:
            store.close()
            raise

    # --- state ---

    @property
    def current(self) -> Question | None:
        """The question being asked (``None`` when nothing is left now)."""
        return self.study.current

    @property
    def answered(self) -> int:
        """Answers given this session (undone ones excluded)."""
        return self._answered

    @property
    def notes(self) -> NotesIndex:
        """The notes index, built on first use."""
        if self._index is None:
            self._index = NotesIndex.build(self.notes_paths)
        return self._index

    def _new_study(self, now: datetime) -> Study:
        # No learning ahead: once new questions run out, the learner is told so and each
        # learning step comes back when it is due, not minutes early round and round.
        return Study(
            self.store,
            self.bank,
            now,
            topic=self.topic,
            cram=self.cram,
            tz=self._tz,
            fuzz=self.fuzz_enabled,
            answers=self.answers,
            learn_ahead=timedelta(0),
        )

    def _why_no_new(self) -> str:
        """Why no new question is asked now (empty in cram mode)."""
        if self.cram:
            return ""
        where = f" on {self.topic}" if self.topic else ""
        if self._unseen <= 0:
            return f"You have started every question{where}."
        if self.study.new_left <= 0:
            limit = self.study.settings.daily_new_limit
            return (
                f"No new questions are left today: the daily limit of {limit} is reached "
                "(`quizbot settings daily_new_limit N` changes it)."
            )
        return ""

    @property
    def fuzz_enabled(self) -> bool:
        return self._fuzz

    @property
    def calendar(self) -> Calendar:
        return self.study.calendar

    # --- counts ---

    def _scan(self, now: datetime) -> None:
        """Read what is due today and how much is unseen in the session's scope."""
        self._day = self.calendar.day(now)
        _, end = self.calendar.bounds(now)
        self._end_us = to_us(end)
        scope = ids_in_topic(self.bank, self.topic)
        self._scope = None if self.topic is None else set(scope)
        self._due: dict[str, tuple[int, int]] = {}
        for row in self.store.card_tuples(due_before_us=self._end_us):
            if row[0] in self.bank and (self._scope is None or row[0] in self._scope):
                self._due[row[0]] = (row[2], row[6])
        seen = self.store.seen_ids()
        self._unseen = sum(1 for i in scope if i not in seen)
        self._cram_left = len(scope)

    def _track(self, question_id: str, row: CardRow | None, was_new: bool, sign: int) -> None:
        if self._scope is None or question_id in self._scope:  # (an answer from before a
            self._due.pop(question_id, None)  # topic switch may be outside)
            if row is not None and not row.suspended and to_us(row.card.due) < self._end_us:
                self._due[question_id] = (int(row.card.state), to_us(row.card.due))
            if was_new:
                self._unseen -= sign
            self._cram_left -= sign
        if sign < 0 or not self._streak_today:
            self._streak = None

    def counts(self, now: datetime) -> Counts:
        """The header figures: due now, new left today, answered this session, streak."""
        now = utc(now)
        if self.calendar.day(now) != self._day:
            self._scan(now)
            self._streak = None
        if self._streak is None:
            self._streak = streak_days(self.store, now, self.calendar)
            start, end = self.calendar.bounds(now)
            self._streak_today = self.store.any_reviews(start, end)
        if self.cram:
            return Counts(max(0, self._cram_left), 0, self._answered, self._streak)
        now_us = to_us(now)
        due = sum(
            1 for state, due_us in self._due.values() if state not in _LEARNING or due_us <= now_us
        )
        new = max(0, min(self.study.new_left, self._unseen))
        return Counts(due, new, self._answered, self._streak)

    # --- the conversation ---

    def start(self, now: datetime) -> list[Reply]:
        """The greeting and the first question (or ``Done``)."""
        now = utc(now)
        counts = self.counts(now)
        where = f" on {self.topic}" if self.topic else ""
        if self.cram:
            plan = (
                f"Cram{where}: {counts.due} questions, weakest first; your schedule stays as it is."
            )
        elif counts.due or counts.new:
            plan = f"Today{where}: {counts.due} due and {counts.new} new."
        else:
            plan = f"Nothing is due{where} right now."
        streak = f" You're on a {counts.streak}-day streak." if counts.streak > 1 else ""
        bundled = self.notes_paths == [paths.bundled_notes_dir()]
        example = "what is INSTC?" if bundled else "what is …?"  # (INSTC: the bundled notes)
        greeting = Say(
            f"Hello! {plan}{streak} Type your answer and press Enter; /hint, /why, "
            f'/skip, or ask me about the notes ("{example}"). /help lists '
            "everything."
        )
        replies = [greeting, *self._damage_note(), *self._next(now)]
        self.answers.start()  # the near-miss index, built while the learner reads
        return replies

    def handle(self, text: str, now: datetime, *, on_screen: str | None = None) -> list[Reply]:
        """Everything the tutor says in reply to one learner message.

        ``on_screen`` is the id of the question the learner saw when they sent ``text`` (``""``
        for none); a front end that shows questions passes it, so that an answer, ``/skip`` or
        ``/hint`` typed for a question already answered (a second Enter, a burst of typing) is
        never recorded against the next one, which the learner has not seen.
        """
        now = utc(now)
        if self._closed:
            return [Say("This session has ended.", tone="error")]
        if undecodable(text):  # bytes that are not text: never graded, never stored
            return [*self._damage_note(), unreadable_reply(text)]
        asked, kind = self.current, ""
        try:
            intent = parse(text, pending=asked is not None and on_screen != "")
            kind = intent.kind
            if on_screen and kind in _ON_THE_QUESTION and (asked is None or asked.id != on_screen):
                replies: list[Reply] = [_not_recorded(text)]
            else:
                replies = self._dispatch(intent, text, now)
        except StudyError as error:
            replies = [Say(f"{str(error)[:1].upper()}{str(error)[1:]}.", tone="error")]
        except StoreError as error:
            replies = [self._not_saved(error, asked if kind in ("answer", "skip") else None)]
        except Exception as error:  # noqa: BLE001 - the learner never sees a traceback
            replies = [
                Say(
                    f"Something went wrong on my side ({type(error).__name__}: {error}). "
                    "Your earlier answers are saved.",
                    tone="error",
                )
            ]
        return [*self._damage_note(), *replies]

    def _not_saved(self, error: StoreError, asked: Question | None) -> Say:
        """A write (or read) of the progress failed: say so, and count a lost answer
        (``asked``: the question an answer or skip was for)."""
        self.failures.append(str(error))
        if asked is not None and self.current is asked:  # the answer did not go through
            self.unsaved += 1
            return Say(
                f"Your answer could not be saved: {error}. The question is still open: "
                "try again, or /quit (your earlier answers are saved).",
                tone="error",
            )
        return Say(f"I could not save or read your progress: {error}", tone="error")

    def _damage_note(self) -> list[Reply]:
        """Rows of the progress found unreadable (and set aside) since the last message."""
        found = self.store.take_damaged()
        return [Say(damage_message(found), tone="error")] if found else []

    def _dispatch(self, intent: Intent, text: str, now: datetime) -> list[Reply]:
        kind = intent.kind
        if kind == "rate" and intent.weak and not self._weak_rating_applies(intent.text):
            intent = (
                Intent("answer", text.strip())
                if self.current is not None
                else Intent("lookup", text.strip())
            )
            kind = intent.kind
        if kind == "answer":
            return self._answer(intent.text, now)
        if kind == "skip":
            return self._skip(now)
        if kind == "hint":
            return self._hint()
        if kind == "explain":
            return self._explain()
        if kind == "right":
            return self._right(now)
        if kind == "undo":
            return self._undo(now)
        if kind == "rate" and intent.number is not None:
            return self._rerate(intent.number, now)
        if kind == "lookup":
            return [self.lookup(intent.text), *self._maybe_next(now)]
        if kind == "topic":
            return self._topic(intent.text or None, now)
        if kind == "stats":
            return [Stats(compute_stats(self.store, self.bank, now, tz=self._tz))]
        if kind == "exam":
            return self._exam(intent)
        if kind == "help":
            return [Say(HELP, tone="help")]
        if kind == "quit":
            problem = self.failures[-1] if self.failures else ""
            return [Quit(answered=self._answered, unsaved=self.unsaved, problem=problem)]
        if kind == "unknown":
            return [
                Say(
                    f"I don't know the command {intent.text}. /help lists what I can do.",
                    tone="error",
                )
            ]
        # empty
        if self.current is not None:
            return [
                Say(
                    "Take your time. Type an answer, or /hint for a nudge, /skip to see the answer."
                )
            ]
        return self._maybe_next(now) or [
            Say("Ask me about the notes, /topic to pick a topic, or /quit.")
        ]

    def tick(self, now: datetime) -> list[Reply]:
        """Time has passed with no message (the app calls this when a learning step falls
        due): the question now due, if any; nothing otherwise."""
        now = utc(now)
        if self._closed:
            return []
        try:
            return self._maybe_next(now)
        except (StudyError, StoreError):
            return []  # said when the learner next writes

    def _weak_rating_applies(self, word: str) -> bool:
        """A bare "easy" re-rates only right after feedback, and only if it is not a right
        answer to the question now being asked."""
        if not self._after_feedback or not self.study.history:
            return False
        current = self.current
        return current is None or not grade(current, word, order=self._order(current)).correct

    # --- asking ---

    def presented(self, question: Question) -> Question:
        """``question`` as the learner sees it now: the options of mcq and multi in the order
        of this presentation (the bank's object for every other type)."""
        return self._presenting.get(question.id, question)

    def _present(self, question: Question, now: datetime) -> Question:
        """A new presentation of ``question``: mcq and multi options shuffled (the author's
        order when an option refers to the others), never in the order shown last time when
        another order exists; fixed until the question is asked anew."""
        if not isinstance(question, Mcq | Multi) or keeps_order(question.options):
            return question
        rng = random.Random(f"{question.id}|{now.isoformat()}")
        before = self._last_order.get(question.id, ())
        options = list(question.options)
        for _ in range(8):
            rng.shuffle(options)
            if tuple(options) != before:
                break
        shown = replace(question, options=tuple(options))
        self._presenting[question.id] = shown
        self._last_order[question.id] = shown.options
        return shown

    def _order(self, question: Question) -> tuple[str, ...] | None:
        shown = self.presented(question)
        return shown.options if isinstance(shown, Mcq | Multi) else None

    def _next(self, now: datetime) -> list[Reply]:
        """Ask the next question, or say that nothing is left."""
        question = self.study.next(now)
        if question is None:
            if self._done_said:
                return []
            self._done_said = True
            self._shown = None
            return [Done(self._answered, self.study.comes_back(), self._why_no_new())]
        self._done_said = False
        if question is self._shown:
            return []
        self._shown = question
        self._hints = 0
        shown = self._presenting.get(question.id) or self._present(question, now)
        return [Ask(shown, self._answered + 1, self.counts(now), self._reason(question))]

    def _maybe_next(self, now: datetime) -> list[Reply]:
        """After a message that asked nothing: a question that has fallen due meanwhile."""
        if self.current is not None or not self._done_said:
            return []
        question = self.study.next(now)
        return [] if question is None else self._next(now)

    def _reason(self, question: Question) -> str:
        if self.cram:
            return "cram"
        row = self.store.get_card_tuple(question.id)
        if row is None:
            return "new"
        return "learning" if row[2] in _LEARNING else "review"

    # --- answers ---

    def _feedback(self, answered: Answered, response: str, now: datetime) -> Feedback:
        question = self._answered_shown.get(answered.question.id, answered.question)
        return Feedback(
            question,
            response,
            answered.verdict,
            answer_text(question),
            question.explanation,
            _rating_name(answered.rating),
            comes_back_words(answered.due, now, self.calendar),
            answered.due,
            leech=answered.leech,
            hints=answered.outcome.review.hints,
        )

    def _record(self, answered: Answered, response: str, now: datetime) -> list[Reply]:
        self._answered += 1
        self._answered_shown[answered.question.id] = self.presented(answered.question)
        self._presenting.pop(answered.question.id, None)  # asked again: a new order
        outcome = answered.outcome
        self._track(
            answered.question.id, outcome.after, outcome.before is None and not self.cram, +1
        )
        replies: list[Reply] = [self._feedback(answered, response, now)]
        self._after_feedback = True
        return replies + self._next(now)

    def _answer(self, response: str, now: datetime) -> list[Reply]:
        if self.current is None:
            return [self.lookup(response)]
        order = self._order(self.current)
        answered = self.study.answer(response, now, hints=self._hints, order=order)
        return self._record(answered, response, now)

    def _skip(self, now: datetime) -> list[Reply]:
        if self.current is None:
            return [Say("There's no question to skip right now.", tone="error")]
        return self._record(self.study.skip(now, hints=self._hints), "", now)

    def _hint(self) -> list[Reply]:
        question = self.current
        if question is None:
            return [Say("There's no question to give a hint for right now.", tone="error")]
        given = hints.hint(self.presented(question), self._hints + 1)
        if given is None:
            return [
                Say("That was my last hint for this one. Have a go, or /skip to see the answer.")
            ]
        self._hints += 1
        self._after_feedback = False
        return [given]

    def explain(self, question: Question) -> Explain:
        """The explanation of ``question`` with the note it comes from."""
        passages = self.notes.passages_for(question)
        explanation = question.explanation or (
            f"The answer is {answer_text(question)}."
            + ("" if passages else " I have no explanation or note for this one.")
        )
        return Explain(question, explanation, passages)

    def _explain(self) -> list[Reply]:
        if not self.study.history:
            if self.current is not None:
                return [
                    Say(
                        "Have a go first, and I'll explain it after. /hint gives a nudge; "
                        "/skip shows the answer."
                    )
                ]
            return [Say("There's nothing to explain yet.", tone="error")]
        last = self.study.history[-1].question
        return [self.explain(self._answered_shown.get(last.id, last))]

    def _right(self, now: datetime) -> list[Reply]:
        if not self.study.history:
            return [Say("There's no answer to accept yet.", tone="error")]
        last = self.study.history[-1]
        response = last.outcome.review.response
        if last.verdict is None or not response.strip():
            return [
                Say(
                    "You skipped that one, so there's no answer to accept. /undo lets you "
                    "answer it again.",
                    tone="error",
                )
            ]
        # right after a hint is worth what a right answer after a hint earns: Hard
        rating = Rating.Hard if last.outcome.review.hints else Rating.Good
        taught_before = response.strip() in self.store.aliases(last.question.id)
        if last.rating >= rating and (last.verdict.correct or taught_before):
            return [Say(f"That one was already marked right (rated {_rating_name(last.rating)}).")]
        found = lesson(last.question, response)
        for alias in found.aliases:
            self.study.teach_alias(alias, now)
        taught = f" I'll accept {', '.join(found.learnt)} from now on." if found.learnt else ""
        if found.not_learnt:
            taught += f" {found.not_learnt}"
        answered = self.study.rerate(rating)
        self._retrack(last, answered)
        hinted = " (after a hint)" if rating == Rating.Hard else ""
        return [
            Say(
                f"Fair enough, you were right.{taught} Rated {_rating_name(rating)}{hinted}"
                f" · {comes_back_words(answered.due, now, self.calendar)}."
            )
        ]

    def _retrack(self, before: Answered, after: Answered) -> None:
        self._track(
            before.question.id,
            before.outcome.before,
            before.outcome.before is None and not self.cram,
            -1,
        )
        self._track(
            after.question.id,
            after.outcome.after,
            after.outcome.before is None and not self.cram,
            +1,
        )

    def _undo(self, now: datetime) -> list[Reply]:
        if not self.study.history:
            return [Say("There's no answer to undo.", tone="error")]
        last = self.study.history[-1]
        self.study.undo()
        self._answered -= 1
        if (shown := self._answered_shown.get(last.question.id)) is not None:
            self._presenting[last.question.id] = shown  # back as it was shown
        self._track(
            last.question.id, last.outcome.before, last.outcome.before is None and not self.cram, -1
        )
        self._after_feedback = False
        self._shown = None
        self._done_said = False
        return [Say(f"Took back your answer to: {last.question.stem}"), *self._next(now)]

    def _rerate(self, rating: int, now: datetime) -> list[Reply]:
        if not self.study.history:
            return [Say("There's no answer to re-rate yet.", tone="error")]
        last = self.study.history[-1]
        answered = self.study.rerate(rating)
        self._retrack(last, answered)
        return [
            Say(
                f"Re-rated as {_rating_name(answered.rating)} · "
                f"{comes_back_words(answered.due, now, self.calendar)}."
            )
        ]

    # --- the rest ---

    def lookup(self, query: str) -> Lookup:
        """A study question answered from the notes."""
        return self.notes.lookup(query)

    def _topic(self, wanted: str | None, now: datetime) -> list[Reply]:
        if wanted is None:
            if self.topic is None:
                return [Say("We're already on every topic.")]
            topic = None
        else:
            try:
                topic = resolve_topic(self.bank, wanted)
            except ValueError as error:
                return [_topic_problem(error)]
        if topic == self.topic:
            return [Say(f"We're already on {topic}.")]
        self.topic = topic
        self._restart_study(now)
        return [TopicChanged(topic), *self._next(now)]

    def _restart_study(self, now: datetime) -> None:
        """A new study session (new topic, or the store changed under us): the queue and
        the counts are read again; /undo, /why and /right still reach the last answer."""
        previous = self.study
        previous.close(now)
        self.study = self._new_study(now)
        self.study.inherit(previous)
        self._scan(now)
        self._shown = None
        self._done_said = False
        self._after_feedback = False

    def after_exam(self, now: datetime) -> list[Reply]:
        """Back from a mock test, whose lapses are now in the store: the queue is read again
        and the question asked before the mock (or the next one) comes again."""
        now = utc(now)
        if self._closed:
            return []
        self._restart_study(now)
        return [Say("Back to your study."), *self._next(now)]

    def _exam(self, intent: Intent) -> list[Reply]:
        preset = intent.preset or EXAM_PRESETS[0]
        count = DEFAULT_EXAM_COUNT if intent.number is None else intent.number
        if not 1 <= count <= 500:
            return [Say(f"A mock test has between 1 and 500 questions, not {count}.", tone="error")]
        if not intent.text:  # the whole bank, whatever the chat studies: said when it differs
            said = (
                [
                    Say(
                        f"A mock test on the whole bank; for {self.topic} only, say /exam {count} "
                        f"{self.topic.split(TOPIC_SEPARATOR)[-1]}."
                    )
                ]
                if self.topic
                else []
            )
            return [*said, StartExam(preset, count, None)]
        try:
            topic = resolve_topic(self.bank, intent.text)
        except ValueError as error:
            return [_topic_problem(error)]
        return [StartExam(preset, count, topic)]

    def close(self, now: datetime) -> None:
        """End the session and close the store (every answer is already saved). Never
        raises for the store: a failed write is added to :attr:`failures`."""
        if self._closed:
            return
        self._closed = True
        try:
            self.study.close(utc(now))
        except StoreError as error:
            self.failures.append(str(error))
        finally:
            self.store.close()


def _topic_problem(error: ValueError) -> Say:
    """``No topic matches 'x'; the topics are: …`` or ``'x' matches 2 topics: …``."""
    text = str(error)
    return Say(text[:1].upper() + text[1:], tone="error")
