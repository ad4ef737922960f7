"""Mock tests in the exam's own format, with the analysis aspirants rely on (issue 7).

Plain Python (never imports textual); every action takes ``now``.

* :mod:`quizbot.exam.scoring` — marking schemes: presets ``gs1`` and ``csat``, custom values.
* :mod:`quizbot.exam.items` and :mod:`quizbot.exam.options` — exam items (four options and a
  key) and the options of statement questions, built from truth values.
* :mod:`quizbot.exam.assertion_reason` — assertion–reason items, keyed evenly over a paper;
  :mod:`quizbot.exam.sources` — where an item's fact comes from.
* :mod:`quizbot.exam.build` — items from the bank's mcq, statements, match and truefalse
  questions, seeded and spread over topics.
* :mod:`quizbot.exam.start` — ``ExamOptions`` and ``new_session``.
* :mod:`quizbot.exam.session` — ``ExamSession``: answer, confidence, mark for review,
  navigate, the countdown (``clock_text``), submit (early or when time runs out).
* :mod:`quizbot.exam.analysis` — ``ExamResult``: score, by topic, time, confidence analysis.
* :mod:`quizbot.exam.tables` — the mock tests' tables as typed rows.
* :mod:`quizbot.exam.storage` — stored results, lapses into the schedule, history and trend;
  ``hand_in``: storing a result from a worker thread, never raising for the store.
* :mod:`quizbot.exam.notebook` — the error notebook.
"""

from quizbot.exam.analysis import ExamResult, ItemResult, render_analysis
from quizbot.exam.items import ExamItem, render_item
from quizbot.exam.scoring import CSAT, GS1, PRESETS, MarkingScheme, preset
from quizbot.exam.session import CONFIDENCE, ExamError, ExamSession
from quizbot.exam.start import ExamOptions, new_session
from quizbot.exam.storage import HandedIn, hand_in, history, record_exam, render_history

__all__ = [
    "CONFIDENCE",
    "CSAT",
    "GS1",
    "PRESETS",
    "ExamError",
    "ExamItem",
    "ExamOptions",
    "ExamResult",
    "ExamSession",
    "HandedIn",
    "ItemResult",
    "MarkingScheme",
    "hand_in",
    "history",
    "new_session",
    "preset",
    "record_exam",
    "render_analysis",
    "render_history",
    "render_item",
]
