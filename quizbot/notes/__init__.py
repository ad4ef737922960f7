"""Notes → questions: a Markdown outline parser and the rules that turn notes into questions.

Plain Python (never imports textual). The public entry point is :func:`generate_questions`;
:mod:`quizbot.notes.files` builds generated YAML files (``quizbot generate``), and
:mod:`quizbot.notes.lint` finds weak questions (``quizbot check`` warnings).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from quizbot._lazy import lazy

if TYPE_CHECKING:
    from quizbot.notes.generate import generate_questions
    from quizbot.notes.lint import weak_questions

__all__ = ["generate_questions", "weak_questions"]

_HOMES = {"generate_questions": "generate", "weak_questions": "lint"}


__getattr__, __dir__ = lazy(__name__, _HOMES, __all__)
