"""Loading a bank: find the files, read each (or take it from the cache), check across files.

``load_bank(paths)`` accepts files and directories (searched recursively for ``*.yaml`` and
``*.yml``). Every problem in every file is collected; valid files and the valid questions of a
partly broken file always load. With ``strict=True`` any error raises :class:`BankError`.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable, Iterator
from pathlib import Path

from quizbot.bank.cache import BankCache, CacheEntry
from quizbot.bank.model import TOPIC_SEPARATOR, Problem, Question
from quizbot.bank.validate import validate_file
from quizbot.bank.yamlfile import read_yaml_file

YAML_SUFFIXES = (".yaml", ".yml")


class BankError(Exception):
    """The bank has errors; ``problems`` lists every one with path, line and column."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = list(problems)
        errors = sum(p.severity == "error" for p in self.problems)
        lines = "\n".join(str(p) for p in self.problems)
        super().__init__(f"{errors} error{'s' if errors != 1 else ''} in the question bank:\n"
                         f"{lines}")


class Bank:
    """The loaded questions: iterable, looked up by id, grouped by topic."""

    def __init__(self, questions: Iterable[Question], problems: Iterable[Problem] = (),
                 files: Iterable[str] = ()) -> None:
        self.questions: tuple[Question, ...] = tuple(questions)
        self.problems: tuple[Problem, ...] = tuple(problems)
        self.files: tuple[str, ...] = tuple(files)
        self._by_id = {q.id: q for q in self.questions}

    def __iter__(self) -> Iterator[Question]:
        return iter(self.questions)

    def __len__(self) -> int:
        return len(self.questions)

    def __contains__(self, question_id: object) -> bool:
        return question_id in self._by_id

    def __getitem__(self, question_id: str) -> Question:
        return self._by_id[question_id]

    def get(self, question_id: str) -> Question | None:
        return self._by_id.get(question_id)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]

    def topics(self) -> list[tuple[str, int]]:
        """Every topic with its number of questions, sorted by name."""
        return sorted(Counter(q.topic for q in self.questions).items())

    def topic_tree(self) -> list[tuple[str, int, int]]:
        """(topic path, depth, questions under it) for every level, in tree order.

        ``A › B`` and ``A › C`` give ``A`` (depth 0, both counted), then ``A › B`` and
        ``A › C`` (depth 1), so a reader sees the hierarchy with totals at each level.
        """
        totals: Counter[str] = Counter()
        for topic, count in self.topics():
            parts = topic.split(TOPIC_SEPARATOR)
            for depth in range(len(parts)):
                totals[TOPIC_SEPARATOR.join(parts[: depth + 1])] += count
        return [(path, path.count(TOPIC_SEPARATOR), totals[path])
                for path in sorted(totals, key=lambda p: p.split(TOPIC_SEPARATOR))]

    def in_topic(self, topic: str) -> list[Question]:
        """Questions of ``topic`` and of its sub-topics (``A › B`` is under ``A``)."""
        prefix = topic + TOPIC_SEPARATOR
        return [q for q in self.questions if q.topic == topic or q.topic.startswith(prefix)]

    def type_counts(self) -> dict[str, int]:
        return dict(Counter(q.type for q in self.questions).most_common())


def _display(path: Path) -> str:
    """A path as the user should see it: relative to the working directory when inside it."""
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


def find_files(paths: Iterable[str | os.PathLike[str]]) -> tuple[list[Path], list[Problem]]:
    """YAML files under ``paths`` (sorted), and notes about what was skipped."""
    files: list[Path] = []
    problems: list[Problem] = []
    for given in paths:
        path = Path(given)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                relative = child.relative_to(path).parts
                if any(part.startswith(".") for part in relative) or not child.is_file():
                    continue
                if child.suffix.lower() in YAML_SUFFIXES:
                    files.append(child)
                else:
                    problems.append(Problem(_display(child), 0, 0,
                                            "ignored: not a .yaml or .yml file", "note"))
        elif path.is_file():
            files.append(path)
        else:
            problems.append(Problem(str(given), 0, 0, "no such file or directory"))
    return files, problems


def _load_file(path: Path, display: str) -> CacheEntry:
    """Read and validate one file (the stat comes first, so an edit during the read is seen)."""
    try:
        stat = path.stat()
        size, mtime_ns = stat.st_size, stat.st_mtime_ns
    except OSError:
        size, mtime_ns = 0, 0
    parsed = read_yaml_file(path, display)
    questions, problems = validate_file(parsed, path.stem) if parsed.ok else ([], [])
    return CacheEntry(size, mtime_ns, display, tuple(questions), tuple(parsed.problems + problems))


def _position_of_id(question: Question) -> tuple[int, int]:
    """Line and column of a question's id (or of the question, for a derived id)."""
    assert question.origin is not None
    parsed = read_yaml_file(Path(question.origin.path))
    where: tuple[str | int, ...] = ("questions", question.origin.index)
    return parsed.position(where if question.derived_id else (*where, "id"))


def _duplicate_problem(first: Question, again: Question) -> Problem:
    assert first.origin is not None and again.origin is not None
    line, column = _position_of_id(again)
    first_line, first_column = _position_of_id(first)
    how = " (derived from the prompt; set an explicit 'id')" if again.derived_id else ""
    return Problem(again.origin.path, line, column,
                   f"duplicate id {again.id!r}{how}: it is already used at "
                   f"{first.origin.path}:{first_line}:{first_column}; ids must be unique "
                   "across the bank (progress is keyed on them)")


def load_bank(paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]], strict: bool = True,
              *, cache_dir: Path | None = None) -> Bank:
    """Load every question under ``paths``.

    ``strict=True`` raises :class:`BankError` listing every error; ``strict=False`` returns the
    valid questions with ``bank.problems``. ``cache_dir`` enables the parsed-file cache.
    """
    if isinstance(paths, str | os.PathLike):
        paths = [paths]
    path_list = list(paths)
    files, problems = find_files(path_list)
    cache: BankCache | None = None
    if cache_dir is not None:
        cache = BankCache(cache_dir, [Path(p).resolve() for p in path_list])
        cache.load()
    questions: list[Question] = []
    seen: dict[str, Question] = {}
    keys: set[str] = set()
    for path in files:
        display = _display(path)
        key = str(path.resolve())
        keys.add(key)
        entry = None
        if cache is not None:
            try:
                entry = cache.get(key, path.stat(), display)
            except OSError:
                entry = None
        if entry is None:
            entry = _load_file(path, display)
            if cache is not None and entry.mtime_ns:
                cache.put(key, entry)
        problems.extend(entry.problems)
        for question in entry.questions:
            first = seen.get(question.id)
            if first is not None:
                problems.append(_duplicate_problem(first, question))
                continue
            seen[question.id] = question
            questions.append(question)
    if cache is not None:
        cache.keep_only(keys)
        cache.save()
    bank = Bank(questions, problems, [_display(f) for f in files])
    if strict and bank.errors:
        raise BankError(bank.problems)
    return bank
