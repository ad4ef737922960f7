"""Where an exam item's fact comes from, named as the learner can find it.

``source_of(question, root)`` gives the note source (file › heading path, line) or the bank
file; ``shown_path`` names a file where it is on this machine, ``portable_path`` the same on
any machine (for what leaves it, such as an Anki deck).
"""

from __future__ import annotations

import os
from pathlib import Path

from quizbot.bank import Bank, Question
from quizbot.paths import display_path


def bank_root(bank: Bank) -> Path | None:
    """The directory holding every file of the bank (``None`` for a bank made in memory)."""
    folders = sorted({os.path.dirname(os.path.abspath(f)) for f in bank.files})
    try:
        return Path(os.path.commonpath(folders)) if folders else None
    except ValueError:  # files on different drives
        return None


def shown_path(path: str, root: Path | None) -> str:
    """A file as the learner can open it (see :func:`quizbot.paths.display_path`): a bank
    file where it is; a note, which questions name relative to the bank's folder
    (``notes/india-russia.md``), where it really is beside that folder, else as written."""
    where = Path(path)
    if where.is_absolute():
        return display_path(where)
    beside = root.parent / where if root is not None else None
    return display_path(beside) if beside is not None and beside.is_file() else where.as_posix()


def portable_path(path: str, root: Path | None) -> str:
    """A file named the same on any machine, for what leaves this one (an Anki deck): a
    relative path as written; an absolute one from the bank root's own folder down
    (``question_bank/cooperation.yaml``), else by its name."""
    where = Path(path)
    if not where.is_absolute():
        return where.as_posix()
    if root is not None:
        base = root.parent if root.name else root
        if where.is_relative_to(base):
            return where.relative_to(base).as_posix()
    return where.name


def source_of(question: Question, root: Path | None = None, *, portable: bool = False) -> str:
    """Where a question's fact comes from, in words: its note source (file › heading path,
    line) when it has one, else its bank file; the file as :func:`shown_path` (or, with
    ``portable``, :func:`portable_path`) names it (``root`` is the bank's, from
    :func:`bank_root`)."""
    name = portable_path if portable else shown_path
    src = question.source
    if src is not None and src.file:
        where = name(src.file, root) + (f" › {src.heading}" if src.heading else "")
        return where + (f", line {src.line}" if src.line else "")
    return name(question.origin.path, root) if question.origin is not None else ""
