"""The bank's near-miss index, for grading: built once per bank, off the learner's path.

:func:`quizbot.grading.grade` takes an :class:`~quizbot.grading.index.AnswerIndex` of every
answer in the bank so that "S-300" is not accepted as a typo of "S-400" when S-300 is itself
an answer somewhere ("that is a different answer"). Building it for a 50,000-question bank
takes a few seconds, so :meth:`BankAnswers.start` builds it on a daemon thread once the
first question is out; :meth:`BankAnswers.index` waits for it (or builds it, if never
started). One instance serves every study session over the same bank.
"""

from __future__ import annotations

import threading
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from quizbot.bank import Bank
    from quizbot.grading.index import AnswerIndex


class BankAnswers:
    """The :class:`AnswerIndex` of one bank, built at most once, from any thread."""

    def __init__(self, bank: Bank) -> None:
        self.bank = bank
        self._index: AnswerIndex | None = None
        self._lock = threading.Lock()
        self._started = False

    # The thread is for big banks (``first_question_50k_s``): the index of the benchmark's 50k
    # bank takes 1.3 s to build, which the first question (0.45 s) would otherwise wait for,
    # or the first answer. The bundled bank's takes 6 ms. Started by Tutor.start, never at
    # import.
    def start(self) -> None:
        """Build the index in the background (no-op once started or built)."""
        with self._lock:
            if self._started or self._index is not None:
                return
            self._started = True
        threading.Thread(target=self.index, name="quizbot-answer-index", daemon=True).start()

    def index(self) -> AnswerIndex:
        """The index: waits for the background build, or builds it now."""
        from quizbot.grading.index import AnswerIndex

        with self._lock:
            if self._index is None:
                self._index = AnswerIndex.build(self.bank)
            return self._index

    @property
    def ready(self) -> bool:
        return self._index is not None
