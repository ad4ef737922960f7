"""Notes → questions: a Markdown outline parser and the rules that turn notes into questions.

Plain Python (never imports textual). The public entry point is :func:`generate_questions`;
:mod:`quizbot.notes.cli` writes generated YAML files (``quizbot generate``), and
:mod:`quizbot.notes.lint` finds weak questions (``quizbot check`` warnings).
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from quizbot.notes.generate import generate_questions
    from quizbot.notes.lint import weak_questions

__all__ = ["generate_questions", "weak_questions"]

_HOMES = {"generate_questions": "generate", "weak_questions": "lint"}


def __getattr__(name: str) -> Any:
    """The public names, imported on first use (the outline parser alone stays light)."""
    home = _HOMES.get(name)
    if home is None:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(importlib.import_module(f"{__name__}.{home}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted([*globals(), *__all__])
