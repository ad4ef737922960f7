"""Loading a bank: find the files, read each (or take it from the cache), check across files.

``load_bank(paths)`` accepts files and directories (searched recursively for ``*.yaml`` and
``*.yml``). Every problem in every file is collected; valid files and the valid questions of a
partly broken file always load. With ``strict=True`` any error raises :class:`BankError`.

The loaded :class:`~quizbot.bank.questions.Bank` keeps each file's questions as compact
records and builds question objects when they are first used.

Files the cache does not hold are read together by :func:`~quizbot.bank.parallel.read_files`:
in this process, or with ``two_cores`` (as ``quizbot check`` asks) a large bank half by a
spawned helper. Each is parsed, validated and, with an ``analysis`` (the check's lint), its
questions analysed; the cache keeps all of it, so a warm check of 50k questions takes 0.2 s
(target 0.3 s).
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any, Protocol

from quizbot.bank.cache import BankCache, Extras, FileResult
from quizbot.bank.cache_check import CacheDamaged
from quizbot.bank.discover import YAML_SUFFIXES, display, find_files
from quizbot.bank.model import Problem, Question, question_from_record
from quizbot.bank.parallel import read_files
from quizbot.bank.places import id_places
from quizbot.bank.questions import Bank
from quizbot.collector import paused_collection

# The YAML reader and the validator are imported where a file is actually parsed: a bank
# served whole from the cache never needs them, and they are a third of quizbot's import time.

__all__ = ["YAML_SUFFIXES", "Bank", "BankError", "FileAnalysis", "find_files", "load_bank"]


class FileAnalysis(Protocol):
    """Work a front end does on each file's questions and wants kept in the bank cache with
    them (``quizbot check``'s weak-question lint): a plain-data (JSON) result per file.
    ``tag`` names the analysis and its version: a cached result with another tag is redone."""

    tag: str

    def __call__(self, questions: Sequence[Question]) -> Any: ...


class BankError(Exception):
    """The bank has errors; ``problems`` lists every one with path, line and column."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = list(problems)
        errors = sum(p.severity == "error" for p in self.problems)
        lines = "\n".join(str(p) for p in self.problems)
        super().__init__(
            f"{errors} error{'s' if errors != 1 else ''} in the question bank:\n{lines}"
        )


def load_file(path: Path, display: str, analysis: FileAnalysis | None = None) -> FileResult:
    """Read and validate one file (the stat comes first, so an edit during the read is seen);
    with ``analysis``, its extras too (see :meth:`Bank.extras`)."""
    from quizbot.bank.validate import validate_file
    from quizbot.bank.yamlfile import read_yaml_file

    try:
        stat = path.stat()
        size, mtime_ns = stat.st_size, stat.st_mtime_ns
    except OSError:
        size, mtime_ns = 0, 0
    parsed = read_yaml_file(path, display)
    records, problems, meta = validate_file(parsed, path.stem)
    result = FileResult.build(
        display, size, mtime_ns, problems, records, meta.generated_from, meta.suppress
    )
    if analysis is not None:
        result = _analysed(result, analysis, parsed.text, records)
    return result


def _analysed(
    result: FileResult,
    analysis: FileAnalysis,
    text: str | None = None,
    records: list[Any] | None = None,
) -> FileResult:
    """``result`` with its extras worked out (reading the file's text if not given)."""
    if text is None:
        from quizbot.textfile import NotUtf8, decode_utf8

        try:
            text = decode_utf8(Path(result.display).read_bytes()) if result.ids else ""
        except (OSError, NotUtf8):
            text = ""
    if records is None:
        records = result.records()
    questions = [question_from_record(r, result.display) for r in records]
    extras = Extras(id_places(text, result.ids, result.derived), analysis.tag, analysis(questions))
    return extras.attach(result)


def load_bank(
    paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    strict: bool = True,
    *,
    cache_dir: Path | None = None,
    analysis: FileAnalysis | None = None,
    two_cores: bool = False,
) -> Bank:
    """Load every question under ``paths``.

    ``strict=True`` raises :class:`BankError` listing every error; ``strict=False`` returns the
    valid questions with ``bank.problems``. ``cache_dir`` enables the parsed-file cache.
    ``analysis`` is run on each file's questions unless the cache holds its result (see
    :class:`FileAnalysis` and :meth:`Bank.extras`); questions built for it are not kept.
    ``two_cores`` lets a spawned helper process read half of a large bank
    (:mod:`quizbot.bank.parallel`): only for a program whose main module starts nothing on
    import (``quizbot``'s own commands, or a script behind ``if __name__ == "__main__"``).
    """
    if isinstance(paths, str | os.PathLike):
        paths = [paths]
    # Loading allocates hundreds of thousands of small containers and frees none of them:
    # the cycle collector would walk them again and again and could free nothing.
    with paused_collection():
        return _load(list(paths), strict, cache_dir, analysis, two_cores)


def _load(
    path_list: list[str | os.PathLike[str]],
    strict: bool,
    cache_dir: Path | None,
    analysis: FileAnalysis | None,
    two_cores: bool,
) -> Bank:
    files, problems = find_files(path_list)
    cache: BankCache | None = None
    if cache_dir is not None:
        cache = BankCache(cache_dir, [Path(os.path.abspath(p)) for p in path_list])
        cache.load()
    results: list[FileResult | None] = []
    unread: list[tuple[Path, str]] = []  # not in the cache: read below, all together
    unread_at: list[int] = []
    unread_bytes = 0
    for path in files:
        shown, key = display(path), os.path.abspath(path)
        try:
            stat: os.stat_result | None = path.stat()
        except OSError:
            stat = None
        found = cache.get(key, stat, shown) if cache is not None and stat else None
        if found is not None and analysis is not None and not _has_extras(found, analysis):
            try:
                found = _analysed(found, analysis)
            except CacheDamaged:
                found = None
            else:
                if cache is not None:
                    cache.put(key, found)
        if found is None:
            unread.append((path, shown))
            unread_at.append(len(results))
            unread_bytes += stat.st_size if stat is not None else 0
        results.append(found)
    read_now = read_files(load_file, unread, analysis, unread_bytes if two_cores else 0)
    for at, read in zip(unread_at, read_now, strict=True):
        results[at] = read
        if cache is not None and read.mtime_ns:
            cache.put(os.path.abspath(files[at]), read)
    if cache is not None:
        cache.keep_only({os.path.abspath(p) for p in files})
        cache.save()
    loaded = [result for result in results if result is not None]
    for result in loaded:
        problems.extend(result.problems)
    bank = Bank(loaded, problems)
    if strict and bank.errors:
        raise BankError(bank.problems)
    return bank


def _has_extras(result: FileResult, analysis: FileAnalysis) -> bool:
    return bool(result.extra_blob) and result.extra_tag == analysis.tag
