"""A study session's state and its queue: which question to ask next.

:class:`SessionQueue` is what :class:`~quizbot.study.session.Study` is built on: it builds the
day's queue and picks the next question; :meth:`SessionQueue.next` asks, in this order:

1. learning and relearning questions whose step is due (fsrs learning steps, in minutes);
2. reviews due today, lowest retrievability first;
3. new questions, interleaved by topic, up to the daily limit (shared by every session of the
   day);
4. when nothing else is left, a learning question due within ``learn_ahead`` (20 minutes, as
   in Anki), but never the one just answered.

Questions from the same note bullet (siblings) are not asked on the same day once one of them
has been answered; suspended leeches are never asked. ``topic=`` limits the session to a topic
and its sub-topics; ``cram=True`` asks every question of the topic once, weakest first.
"""

from __future__ import annotations

import heapq
import itertools
from collections import Counter, deque
from datetime import datetime, timedelta, tzinfo

from fsrs import State

from quizbot.bank import Bank, Question
from quizbot.study import claims, scheduling
from quizbot.study.answers import BankAnswers
from quizbot.study.claims import Claim
from quizbot.study.graded_answer import Answered
from quizbot.study.queue import SiblingKey, ids_in_topic, interleave_by_topic, sibling_key
from quizbot.study.records import CardTuple
from quizbot.study.scheduling import Outcome
from quizbot.study.store import Store
from quizbot.study.timing import Calendar, from_us, to_us, utc

LEARN_AHEAD = timedelta(minutes=20)
_LEARNING = (int(State.Learning), int(State.Relearning))


class SessionQueue:
    """A study session's state and queue (see the module docstring for the order)."""

    def __init__(
        self,
        store: Store,
        bank: Bank,
        now: datetime,
        *,
        topic: str | None = None,
        cram: bool = False,
        tz: tzinfo | None = None,
        fuzz: bool = True,
        learn_ahead: timedelta = LEARN_AHEAD,
        answers: BankAnswers | None = None,
    ) -> None:
        now = utc(now)
        #: The bank's answers for the near-miss guard (share one across sessions).
        self.answers = answers if answers is not None else BankAnswers(bank)
        self.store, self.bank, self.topic, self.cram, self.fuzz = store, bank, topic, cram, fuzz
        self.learn_ahead = learn_ahead
        self.settings = store.settings()
        self.calendar = Calendar(tz, self.settings.day_start_hour)
        self.session_id = store.start_session(now, "cram" if cram else "study", topic)
        self.current: Question | None = None
        self.history: list[Answered] = []
        self._shown_at: datetime | None = None
        self._again: deque[str] = deque()  # undone questions, asked again first
        self._aliases = store.all_aliases()
        self._build(now)

    # --- the queue ---

    def _in_scope(self, question_id: str) -> bool:
        return question_id in self.bank and (self._scope is None or question_id in self._scope)

    def _build(self, now: datetime) -> None:
        self._day = self.calendar.day(now)
        start, end = self.calendar.bounds(now)
        scope = ids_in_topic(self.bank, self.topic) if self.topic is not None else None
        self._scope = None if scope is None else set(scope)
        self._learning: list[tuple[int, str]] = []
        self._reviews: deque[str] = deque()
        self._snapshot: dict[str, CardTuple] = {}
        self._held: str | None = None  # a new question the day's limit held back
        self._taken: list[str] = []  # new questions another session was showing
        self._buried: Counter[SiblingKey] = Counter()
        scheduler = scheduling.scheduler_for(self.settings, self._day, fuzz=self.fuzz)
        if self.cram:
            ids = scope if scope is not None else self.bank.ids()
            weakness = dict(scheduling.retrievabilities(scheduler, self.store.card_tuples(), now))
            self._cram = deque(sorted(ids, key=lambda i: weakness.get(i, 0.0)))
            return
        for question_id in self.store.reviewed_ids(start, end):
            if (key := sibling_key(self.bank.get(question_id))) is not None:
                self._buried[key] += 1
        reviews = []
        for row in self.store.card_tuples(due_before_us=to_us(end)):
            question_id = row[0]
            if not self._in_scope(question_id):
                continue
            self._snapshot[question_id] = row
            if row[2] in _LEARNING:
                self._learning.append((row[6], question_id))
            else:
                reviews.append(row)
        recall = dict(scheduling.retrievabilities(scheduler, reviews, now))
        # Lowest retrievability first; ties by due time, then id.
        reviews.sort(key=lambda row: (recall[row[0]], row[6], row[0]))
        heapq.heapify(self._learning)
        self._reviews = deque(row[0] for row in reviews)
        seen = self.store.seen_ids()
        unseen = (i for i in (scope if scope is not None else self.bank.ids()) if i not in seen)
        self._new = interleave_by_topic(self.bank, unseen)

    def _buried_sibling(self, question_id: str) -> bool:
        key = sibling_key(self.bank.get(question_id))
        return key is not None and self._buried[key] > 0

    def _still_due(self, question_id: str) -> bool:
        """The card is as the queue saw it (no other session answered it meanwhile)."""
        fresh = self.store.get_card_tuple(question_id)
        return fresh is not None and not fresh[10] and fresh == self._snapshot.get(question_id)

    def _pop_learning(self, until_us: int, avoid: str | None = None) -> str | None:
        """The earliest valid learning step due by ``until_us`` (never ``avoid``)."""
        held = []
        found = None
        while self._learning and self._learning[0][0] <= until_us:
            entry = heapq.heappop(self._learning)
            due_us, question_id = entry
            if not self._still_due(question_id) or self._snapshot[question_id][6] != due_us:
                continue  # stale: answered again, undone or suspended since it was queued
            if question_id == avoid:
                held.append(entry)
                continue
            found = question_id
            break
        for entry in held:
            heapq.heappush(self._learning, entry)
        return found

    def comes_back(self) -> datetime | None:
        """When the next learning step of this session falls due (``None``: none left)."""
        while self._learning:
            due_us, question_id = self._learning[0]
            if self._still_due(question_id) and self._snapshot[question_id][6] == due_us:
                return from_us(due_us)
            heapq.heappop(self._learning)
        return None

    @property
    def new_left(self) -> int:
        """New questions any session may still introduce today (the limit is one for all the
        sessions of the day: :mod:`quizbot.study.claims`)."""
        start = self.calendar.start(self._day)
        end = self.calendar.start(self._day + timedelta(days=1))
        return max(0, self.settings.daily_new_limit - claims.introduced(self.store, start, end))

    def _pick_new(self, now: datetime) -> str | None:
        """The next new question, claimed against the day's limit in one transaction with
        the count of the day's new questions (every session's), or ``None``. Questions
        another session was showing are tried again once the others are used up."""
        held, self._held = [self._held] if self._held else [], None
        for fresh in itertools.chain(held, self._new):
            found = self._claim(fresh, now)
            if found is Claim.CLAIMED:
                return fresh
            if found is Claim.LIMIT:
                self._held = fresh  # for later today, should the limit allow it
                return None
            if found is Claim.TAKEN:
                self._taken.append(fresh)
        for _ in range(len(self._taken)):
            fresh = self._taken.pop(0)
            found = self._claim(fresh, now)
            if found is Claim.CLAIMED:
                return fresh
            if found is Claim.LIMIT:
                self._held = fresh
                return None
            if found is Claim.TAKEN:
                self._taken.append(fresh)
        return None

    def _claim(self, question_id: str, now: datetime) -> Claim | None:
        """Claim a new question for this session (``None``: a sibling was asked today)."""
        if self._buried_sibling(question_id):
            return None
        limit = self.settings.daily_new_limit
        day = self.calendar.bounds(now)
        return claims.claim(self.store, question_id, self.session_id, now, day, limit)

    def _pick(self, now: datetime) -> str | None:
        while self._again:
            question_id = self._again.popleft()
            if question_id in self.bank:
                return question_id
        if self.cram:
            return self._cram.popleft() if self._cram else None
        now_us = to_us(now)
        if (found := self._pop_learning(now_us)) is not None:
            return found
        while self._reviews:
            question_id = self._reviews.popleft()
            if self._still_due(question_id) and not self._buried_sibling(question_id):
                return question_id
        if (fresh := self._pick_new(now)) is not None:
            return fresh
        # Nothing else: a step due soon, but not the question just answered (pointless at once).
        last = self.history[-1].question.id if self.history else None
        return self._pop_learning(to_us(now + self.learn_ahead), avoid=last)

    def next(self, now: datetime) -> Question | None:
        """The question to ask now (the same one until it is answered), or ``None``: done."""
        now = utc(now)
        if self.current is not None:
            return self.current
        if self.calendar.day(now) != self._day:
            self._build(now)
        question_id = self._pick(now)
        self.current = None if question_id is None else self.bank[question_id]
        self._shown_at = now if question_id is not None else None
        return self.current

    def _after_answer(self, outcome: Outcome, sign: int) -> None:
        """Keep the queue in step with an answer (``sign=+1``) or its undo (``-1``)."""
        question_id = outcome.review.question_id
        if (key := sibling_key(self.bank.get(question_id))) is not None:
            self._buried[key] += sign
        row = outcome.after if sign > 0 else outcome.before
        if row is None:
            self._snapshot.pop(question_id, None)
            return
        self._snapshot[question_id] = row.as_tuple()
        if row.card.state in (State.Learning, State.Relearning) and not row.suspended:
            heapq.heappush(self._learning, (to_us(row.card.due), question_id))
