"""The tutor: one learner message in, a list of replies out.

:class:`Tutor` drives a :class:`~quizbot.study.Study` session (which grades, schedules and
commits every answer before the next question is picked) and answers everything else a
learner says between questions: hints, explanations, skips, overrides, undo, ratings, study
questions looked up in the notes, topic switches, stats, mock tests, help and goodbye.
Nothing is raised at the learner: a problem becomes ``Say(..., tone="error")``.

The class is built in layers, one module each: the state and the header counts
(:mod:`quizbot.tutor.state`), asking (:mod:`quizbot.tutor.asking`), recording answers and
acting on the last one (:mod:`quizbot.tutor.answering`), and here opening, the messages,
topics, mock tests and closing.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, tzinfo
from pathlib import Path

from quizbot import paths
from quizbot.bank import TOPIC_SEPARATOR, Bank, Question
from quizbot.study.damage import damage_message
from quizbot.study.queue import resolve_topic
from quizbot.study.recovery import StoreError
from quizbot.study.scheduling import StudyError
from quizbot.study.session import grade
from quizbot.study.stats import compute_stats
from quizbot.study.store import Store
from quizbot.study.timing import utc
from quizbot.tutor.answering import Answering
from quizbot.tutor.intents import EXAM_PRESETS, Intent, parse
from quizbot.tutor.replies import (
    Quit,
    Reply,
    Say,
    StartExam,
    Stats,
    TopicChanged,
)
from quizbot.tutor.unreadable import undecodable, unreadable_reply
from quizbot.words import plural

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


class Tutor(Answering):
    """A conversation over one bank, one progress store and (lazily) the notes.

    The state and the counts are :class:`~quizbot.tutor.state.TutorState`; asking is
    :class:`~quizbot.tutor.asking.Asking`; recording answers and acting on the last one is
    :class:`~quizbot.tutor.answering.Answering`; here: opening, the messages, topics, mock
    tests and closing."""

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

    # --- the conversation ---

    def start(self, now: datetime) -> list[Reply]:
        """The greeting and the first question (or ``Done``)."""
        now = utc(now)
        counts = self.counts(now)
        where = f" on {self.topic}" if self.topic else ""
        if self.cram:
            due = plural(counts.due, "question")
            plan = f"Cram{where}: {due}, weakest first; your schedule stays as it is."
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

    # --- the rest ---

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
