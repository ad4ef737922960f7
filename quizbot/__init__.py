"""quizbot: a study-and-quiz chatbot for exam preparation, in the terminal.

Public API (stable; other tools rely on it):

* :func:`load_bank` — load and validate YAML question files and directories.
* :class:`BankError` — raised by a strict load; ``.problems`` lists every problem.
* :func:`grade` — judge a learner's response to a question, returning a :class:`Verdict`.
"""

from quizbot.bank import Bank, BankError, Problem, Question, load_bank
from quizbot.grading import Verdict, grade

__version__ = "0.1.0"

__all__ = ["Bank", "BankError", "Problem", "Question", "Verdict", "__version__", "grade",
           "load_bank"]
