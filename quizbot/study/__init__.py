"""Study: local progress (SQLite), FSRS scheduling, the session queue and stats.

Plain Python (never imports textual); every function that needs the time takes ``now`` (a
``timezone.utc`` datetime) or a clock; nothing opens a database or reads a file at import.

* :mod:`quizbot.study.store` — the progress database (``Store.open(data_dir, now)``).
* :mod:`quizbot.study.progress_db` — its connection: opening, errors, the write transaction.
* :mod:`quizbot.study.records` — ``CardRow`` and ``Review``, the rows it keeps.
* :mod:`quizbot.study.recovery` — ``StoreError``, ``CorruptStore`` and moving a
  damaged file aside.
* :mod:`quizbot.study.session` — ``Study``: next question, answer, override, undo, cram.
* :mod:`quizbot.study.session_queue` — the order a session asks its questions in.
* :mod:`quizbot.study.graded_answer` — ``grade`` (with taught aliases) and ``Answered``.
* :mod:`quizbot.study.scheduling` — one answer through py-fsrs, leeches, the exam cap.
* :mod:`quizbot.study.rating` — verdict → rating.
* :mod:`quizbot.study.stats` — the ``quizbot stats`` figures and their text;
  :mod:`quizbot.study.load_forecast` — the load forecast until the exam.
"""

from quizbot.study.graded_answer import Answered
from quizbot.study.load_forecast import forecast
from quizbot.study.recovery import CorruptStore, StoreError
from quizbot.study.scheduling import Outcome, StudyError, set_exam_date
from quizbot.study.session import Study
from quizbot.study.stats import compute_stats, render_stats
from quizbot.study.store import Store

__all__ = [
    "Answered",
    "CorruptStore",
    "Outcome",
    "Store",
    "StoreError",
    "Study",
    "StudyError",
    "compute_stats",
    "forecast",
    "render_stats",
    "set_exam_date",
]
