"""quizbot: a study-and-quiz chatbot for exam preparation, in the terminal.

Public API (stable; other tools rely on it):

* :func:`load_bank` — load and validate YAML question files and directories.
* :class:`BankError` — raised by a strict load; ``.problems`` lists every problem.
* :func:`grade` — judge a learner's response to a question, returning a :class:`Verdict`.
* :func:`generate_questions` — turn syllabus-style Markdown notes into questions.

The grader and the generator are imported on first use, so commands that need neither
(``quizbot check`` on a cached bank) start faster.
"""

from typing import TYPE_CHECKING, Any

from quizbot.bank import Bank, BankError, Problem, Question, load_bank

if TYPE_CHECKING:
    from quizbot.grading import Verdict, grade
    from quizbot.notes import generate_questions

__version__ = "0.2.0"

__all__ = [
    "Bank",
    "BankError",
    "Problem",
    "Question",
    "Verdict",
    "__version__",
    "generate_questions",
    "grade",
    "load_bank",
]

_LAZY = {
    "grade": "quizbot.grading",
    "Verdict": "quizbot.grading",
    "generate_questions": "quizbot.notes",
}


def __getattr__(name: str) -> Any:
    if name in _LAZY:
        import importlib

        return getattr(importlib.import_module(_LAZY[name]), name)
    raise AttributeError(f"module 'quizbot' has no attribute {name!r}")
