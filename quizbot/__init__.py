"""quizbot: a study-and-quiz chatbot for exam preparation, in the terminal.

Public API (stable; other tools rely on it):

* :func:`load_bank` — load and validate YAML question files and directories.
* :class:`BankError` — raised by a strict load; ``.problems`` lists every problem.
"""

from quizbot.bank import Bank, BankError, Problem, Question, load_bank

__version__ = "0.1.0"

__all__ = ["Bank", "BankError", "Problem", "Question", "__version__", "load_bank"]
