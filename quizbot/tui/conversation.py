"""The conversation with the tutor, off the event loop: the base of the chat app.

:class:`TutorConversation` loads the bank and opens the tutor in a worker thread while the
first frame paints; every learner message is answered in a thread too, one at a time and in
order, and an answer is saved there before the replies are shown. The event loop never waits
on the tutor or on the progress database (which another quizbot may be holding), so the
screen never freezes. Closing the session (saved) happens in a thread as well. What the app
adds on top (keys, screens, mock tests) is :class:`quizbot.tui.app.QuizApp`.
"""

from __future__ import annotations

import asyncio
import threading
from collections import deque
from collections.abc import Callable
from datetime import UTC, datetime, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from textual import work
from textual.app import App
from textual.screen import Screen

from quizbot.tui.pacing import Pacing
from quizbot.tui.screens.chat import ChatScreen
from quizbot.tui.verbatim import plural
from quizbot.tutor.replies import Counts, Reply, Say

if TYPE_CHECKING:
    from quizbot.bank import Bank
    from quizbot.tutor import Tutor

Clock = Callable[[], datetime]


def _utc_now() -> datetime:
    return datetime.now(UTC)


class TutorConversation(App[int]):
    """The chat's conversation with the tutor: the session in worker threads, the replies on
    the chat screen (:attr:`chat`)."""

    def __init__(
        self,
        bank_paths: list[str],
        data_dir: Path,
        cache_dir: Path | None,
        *,
        topic: str | None = None,
        notes: list[Path] | None = None,
        cram: bool = False,
        clock: Clock | None = None,
        tz: tzinfo | None = None,
        fuzz: bool = True,
    ) -> None:
        super().__init__()
        self.cram = cram
        self.bank_paths = bank_paths
        self.data_dir = Path(data_dir)
        self.cache_dir = cache_dir
        self.topic = topic
        self.notes = notes
        self.clock: Clock = clock or _utc_now
        self.tz = tz
        self.fuzz = fuzz
        self.bank: Bank | None = None
        self.tutor: Tutor | None = None
        #: Called (with the replies) right after the first frame that shows them is
        #: painted: benchmarks and tests.
        self.after_paint: Callable[[list[Reply]], None] | None = None
        self._unpainted: list[Reply] | None = None
        self._tutor_lock = threading.Lock()
        #: Messages to answer: (text, text to show with the replies or None, together,
        #: the question on screen when it was sent).
        self._inbox: deque[tuple[str, str | None, bool, str | None]] = deque()
        #: Learner messages not on screen yet (shown with their replies, see ``send``).
        self._hidden = 0
        self._answering = False
        self._pacing = Pacing(self)
        self._quitting = False
        #: Messages (and the opening) whose replies are not on screen yet.
        self.waiting = 1
        self.chat = ChatScreen()

    def on_mount(self) -> None:
        # Published right after a frame with a new layout is painted (new messages always
        # change the layout): when the replies waiting for ``after_paint`` are on screen.
        self.chat.screen_layout_refresh_signal.subscribe(self, self._painted, immediate=True)
        self.open_session()

    def _painted(self, _screen: Screen[None]) -> None:
        replies, self._unpainted = self._unpainted, None
        if self.waiting == 0:
            self._pacing.painted()
        if replies is not None and self.after_paint is not None:
            self.after_paint(replies)

    def on_unmount(self) -> None:
        self._pacing.painted()

    # --- the session, in worker threads ---

    @work(thread=True, exclusive=True, group="open", exit_on_error=False)
    def open_session(self) -> None:
        """Load the bank and open the tutor, then show the greeting and the first question."""
        with self._tutor_lock:
            replies: list[Reply] = []
            counts: Counts | None = None
            try:
                replies, counts = self._open()
            except Exception as error:  # noqa: BLE001 - shown in the chat, never a traceback
                replies.append(Say(f"I could not start: {error}", tone="error"))
            if not self._quitting:
                self.call_from_thread(self._show, replies, counts)  # type: ignore[arg-type]

    def _open(self) -> tuple[list[Reply], Counts | None]:
        from quizbot.bank import load_bank
        from quizbot.study import StoreError
        from quizbot.tutor import Tutor

        replies: list[Reply] = []
        bank = load_bank(self.bank_paths, strict=False, cache_dir=self.cache_dir)
        self.bank = bank
        if bank.errors:
            replies.append(
                Say(
                    f"{plural(len(bank.errors), 'problem')} in the question bank "
                    "(`quizbot check` lists them); the valid questions are here.",
                    tone="error",
                )
            )
        now = self.clock()
        try:
            tutor = Tutor.open(
                bank,
                self.data_dir,
                now,
                notes=self.notes,
                topic=self.topic,
                cram=self.cram,
                tz=self.tz,
                fuzz=self.fuzz,
            )
        except ValueError as error:
            replies.append(Say(f"{error}; studying the whole bank instead.", tone="error"))
            self.topic = None
            tutor = Tutor.open(
                bank, self.data_dir, now, notes=self.notes, tz=self.tz, fuzz=self.fuzz
            )
        except StoreError as error:
            replies.append(Say(f"I cannot open your progress: {error}", tone="error"))
            return replies, None
        if self._quitting:
            tutor.close(now)
            return replies, None
        self.tutor = tutor
        self.topic = tutor.topic
        if tutor.recovered_from is not None:
            replies.append(
                Say(
                    f"Your progress file was damaged. I kept it as "
                    f"{tutor.recovered_from} and started a fresh one.",
                    tone="error",
                )
            )
        replies += tutor.start(now)
        return replies, tutor.counts(now)

    def send(self, text: str, *, shown: str | None = None, on_screen: str | None = None) -> None:
        """The learner's message (``shown`` in the chat if given), answered by the tutor in a
        thread (see ``_answer_all``). The message is shown at once, or with its replies (see
        ``_together``): then nothing is painted, nor collected, meanwhile (see Pacing). A
        message sent while the tutor is busy with an earlier one waits for its turn.
        ``on_screen``: the question the learner saw when they sent it (see
        :meth:`quizbot.tutor.Tutor.handle`)."""
        if self._quitting:
            return
        self.waiting += 1
        shown = text if shown is None else shown
        together = self._together(text)
        if together:
            self._pacing.start()
        # While the tutor is busy, a message waits for its turn: each reply stays right
        # under its own message, however fast they were sent.
        if together or self._answering:
            self._hidden += 1
            self._inbox.append((text, shown, together, on_screen))
        else:
            self._inbox.append((text, None, False, on_screen))
            self.call_next(self.chat.learner_said, shown)
        self._handle_next()

    def _together(self, text: str) -> bool:
        """Whether ``text`` is shown with its replies, in one frame: an answer, /skip,
        /hint... take the tutor a millisecond or two. Lookups in the notes, explanations and
        statistics (slow the first time) are shown at once, and so is everything while the
        near-miss index of a big bank is still building."""
        from quizbot.tutor.intents import parse

        tutor = self.tutor
        if tutor is None or not tutor.answers.ready:
            return False
        kind = parse(text, pending=tutor.current is not None).kind
        if kind in ("answer", "rate"):
            return tutor.current is not None  # with no question pending: a lookup
        return kind not in ("lookup", "explain", "stats")

    def _consult(
        self, act: Callable[[Tutor, datetime], list[Reply]]
    ) -> tuple[list[Reply], Counts | None]:
        """What the tutor says (``act``, at the clock's now) and the header counts after it;
        call with the tutor lock held."""
        tutor = self.tutor
        if tutor is None or self._quitting:
            return [Say("I am not ready: see the message above.", tone="error")], None
        now = self.clock()
        return act(tutor, now), tutor.counts(now)

    def _handle_next(self) -> None:
        if not self._answering:
            self._answering = True
            self.run_worker(self._answer_all(), group="tutor", exit_on_error=False)

    async def _answer_all(self) -> None:
        """Answer the messages of the inbox in the order they were sent: the tutor works in a
        thread (and saves an answer before it returns), the replies are shown here."""
        try:
            while self._inbox:
                text, said, together, on_screen = self._inbox.popleft()
                if said is not None and not together:  # held back behind an earlier one
                    self._hidden -= 1
                    self.chat.learner_said(said)
                    said = None
                replies, counts = await asyncio.to_thread(self._handle, text, on_screen)
                await self._show(replies, counts, said)
        finally:
            self._answering = False

    def _handle(self, text: str, on_screen: str | None) -> tuple[list[Reply], Counts | None]:
        with self._tutor_lock:
            return self._consult(lambda tutor, now: tutor.handle(text, now, on_screen=on_screen))

    async def _show(
        self, replies: list[Reply], counts: Counts | None, said: str | None = None
    ) -> None:
        """Show the replies (after the learner's message ``said``, if given) in one frame."""
        with self.batch_update():
            if said is not None:
                self._hidden -= 1
                self.chat.learner_said(said)
            await self.chat.show(replies, counts, self.clock())
        self._pacing.shown()
        self.waiting -= 1
        if self.after_paint is not None:
            self._unpainted = replies  # see _painted

    @work(group="close", exit_on_error=False)
    async def _close_and_exit(self) -> None:
        problem = "the session could not be closed"
        try:
            problem = await asyncio.to_thread(self._close_tutor)
        finally:  # the app always exits, whatever closing the session ran into
            if problem:
                self.exit(1, return_code=1, message=f"quizbot: {problem}")
            else:
                self.exit(0)

    def _close_tutor(self) -> str:
        """Close the session; what could not be saved, if anything (empty: all saved)."""
        with self._tutor_lock:  # after the message being handled, if any
            tutor, self.tutor = self.tutor, None
            if tutor is None:
                return ""
            tutor.close(self.clock())
            if not tutor.failures:
                return ""
            lost = f"; {tutor.unsaved} could not be saved" if tutor.unsaved else ""
            saved = plural(tutor.answered, "answer")
            return f"{saved} saved{lost}; the last problem: {tutor.failures[-1]}"

    def tick(self) -> None:
        """A learning step has fallen due while the learner read (the chat sets a timer for
        it after "That's all for now"): the tutor asks it, if nothing else is happening."""
        if self.tutor is None or self._quitting or self.waiting or self.tutor.current:
            return
        self.waiting += 1
        self._ticked()

    @work(thread=True, group="tutor", exit_on_error=False)
    def _ticked(self) -> None:
        with self._tutor_lock:
            replies, counts = self._consult(lambda tutor, now: tutor.tick(now))
        self.call_from_thread(self._show, replies, counts)  # type: ignore[arg-type]

    @work(thread=True, group="tutor", exit_on_error=False)
    def _back_from_exam(self) -> None:
        """The mock's lapses are in the store: the tutor reads its queue again."""
        with self._tutor_lock:
            replies, counts = self._consult(lambda tutor, now: tutor.after_exam(now))
        self.call_from_thread(self._show, replies, counts)  # type: ignore[arg-type]
