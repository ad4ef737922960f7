"""Loading a bank: find the files, read each (or take it from the cache), check across files.

``load_bank(paths)`` accepts files and directories (searched recursively for ``*.yaml`` and
``*.yml``). Every problem in every file is collected; valid files and the valid questions of a
partly broken file always load. With ``strict=True`` any error raises :class:`BankError`.

A bank keeps each file's questions as compact records and builds question objects when they
are first used, so checking or scheduling a 50k-question bank never pays for 50k objects.

Files are parsed in this process, one after another: no pool. ``check_50k_s`` (a cold
``quizbot check`` of 50k questions, target 2.0 s) measured 0.77 s that way (1.08 s on a busy
machine), against 0.60 s with a forked second process, which took 140 MB at peak, not 88 MB.
"""

from __future__ import annotations

import functools
import os
import re
from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from itertools import repeat
from pathlib import Path
from typing import TYPE_CHECKING

from quizbot.bank.cache import BankCache, FileResult
from quizbot.bank.model import TOPIC_SEPARATOR, Problem, Question, question_from_record

if TYPE_CHECKING:
    from quizbot.bank.yamlfile import YamlFile

# The YAML reader and the validator are imported where a file is actually parsed: a bank
# served whole from the cache never needs them, and they are a third of quizbot's import time.

YAML_SUFFIXES = (".yaml", ".yml")


class BankError(Exception):
    """The bank has errors; ``problems`` lists every one with path, line and column."""

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = list(problems)
        errors = sum(p.severity == "error" for p in self.problems)
        lines = "\n".join(str(p) for p in self.problems)
        super().__init__(
            f"{errors} error{'s' if errors != 1 else ''} in the question bank:\n{lines}"
        )


class Bank:
    """The loaded questions: iterable in file order, looked up by id, grouped by topic."""

    def __init__(
        self,
        files: Sequence[FileResult] = (),
        problems: Iterable[Problem] = (),
        questions: Sequence[Question] = (),
    ) -> None:
        """Usually made by :func:`load_bank`; ``questions`` builds a bank from objects."""
        self._files = list(files)
        self._built: list[list[Question] | None] = [None] * len(self._files)
        if questions:
            self._files.append(
                FileResult(
                    "",
                    0,
                    0,
                    (),
                    tuple(q.id for q in questions),
                    tuple(q.type for q in questions),
                    tuple(q.topic for q in questions),
                    b"",
                )
            )
            self._built.append(list(questions))
        self.problems: tuple[Problem, ...] = tuple(problems)
        self._slots: dict[str, tuple[int, int]] = {}
        self._topic_index: dict[str, str] | None = None
        self._topics: list[tuple[str, int]] | None = None
        #: Files parsed again to place messages, by path: each is composed once, however
        #: many of its questions a report names (400 warnings cost 1.8 s when each re-read).
        self._placed: dict[str, YamlFile] = {}
        #: (file, position) of questions dropped because their id was already taken.
        self._dropped: list[tuple[int, int]] = []
        #: Generated questions replaced by an authored one with the same id, or suppressed.
        self.overridden: list[str] = []
        duplicates = []
        slots = self._slots
        authored = [f for f in self._files if not f.generated_from]
        suppressed = set().union(*(f.suppress for f in authored))
        replaced = (
            suppressed.union(*(f.ids for f in authored))
            if suppressed or any(f.generated_from for f in self._files)
            else set()
        )
        for file_no, result in enumerate(self._files):
            if result.generated_from and not replaced.isdisjoint(result.ids):
                for pos, question_id in enumerate(result.ids):
                    if question_id in replaced:
                        self._dropped.append((file_no, pos))
                        self.overridden.append(question_id)
                    elif question_id in slots:
                        duplicates.append((slots[question_id], (file_no, pos)))
                        self._dropped.append((file_no, pos))
                    else:
                        slots[question_id] = (file_no, pos)
                continue
            if slots.keys().isdisjoint(result.ids) and len(set(result.ids)) == len(result.ids):
                positions = zip(repeat(file_no), range(len(result.ids)), strict=False)
                slots.update(zip(result.ids, positions, strict=True))
                continue
            for pos, question_id in enumerate(result.ids):
                if question_id in slots:
                    duplicates.append((slots[question_id], (file_no, pos)))
                    self._dropped.append((file_no, pos))
                else:
                    slots[question_id] = (file_no, pos)
        if duplicates:
            self.problems += tuple(self._duplicate_problem(*pair) for pair in duplicates)
        generated = {i for f in self._files if f.generated_from for i in f.ids}
        for result in authored:
            for i, question_id in enumerate(result.suppress):
                if question_id not in generated:
                    self.problems += (self._stray_suppress(result, i, question_id),)

    # --- the questions, built on first use ---

    def _question(self, file_no: int, pos: int) -> Question:
        built = self._built[file_no]
        if built is None:
            path = self._files[file_no].display
            built = [question_from_record(r, path) for r in self._files[file_no].records()]
            self._built[file_no] = built
        return built[pos]

    def __iter__(self) -> Iterator[Question]:
        for file_no, pos in self._slots.values():
            yield self._question(file_no, pos)

    @property
    def questions(self) -> tuple[Question, ...]:
        return tuple(self)

    def __len__(self) -> int:
        return len(self._slots)

    def __contains__(self, question_id: object) -> bool:
        return question_id in self._slots

    def __getitem__(self, question_id: str) -> Question:
        return self._question(*self._slots[question_id])

    def get(self, question_id: str) -> Question | None:
        slot = self._slots.get(question_id)
        return None if slot is None else self._question(*slot)

    def ids(self) -> list[str]:
        return list(self._slots)

    def generated(self) -> list[Question]:
        """Questions from generated files (``generated_from``), in bank order."""
        return [
            self._question(f, p) for f, p in self._slots.values() if self._files[f].generated_from
        ]

    def locate(self, question_id: str) -> Problem:
        """A note placed at a question's line and column (its ``message`` is empty)."""
        path, line, column = self._position_of_id(*self._slots[question_id])
        return Problem(path, line, column, "", "note")

    def derived_ids(self) -> list[str]:
        """Ids the bank derived because their authors gave none."""
        return [
            result.ids[pos]
            for file_no, result in enumerate(self._files)
            for pos in result.derived
            if self._slots.get(result.ids[pos]) == (file_no, pos)
        ]

    # --- summaries, computed without building questions ---

    @property
    def files(self) -> tuple[str, ...]:
        return tuple(f.display for f in self._files if f.display)

    @property
    def errors(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "error"]

    @property
    def warnings(self) -> list[Problem]:
        return [p for p in self.problems if p.severity == "warning"]

    def topic_of(self, question_id: str) -> str:
        file_no, pos = self._slots[question_id]
        return self._files[file_no].topics[pos]

    def topic_index(self) -> dict[str, str]:
        """Every question's topic, by id (built on first use, then kept: for figures that
        look up the topic of every question, such as the stats)."""
        if self._topic_index is None:
            files = self._files
            if sum(len(f.ids) for f in files) == len(self._slots):  # no id taken twice
                index: dict[str, str] = {}
                for result in files:
                    index.update(zip(result.ids, result.topics, strict=True))
            else:
                index = {q: files[f].topics[p] for q, (f, p) in self._slots.items()}
            self._topic_index = index
        return self._topic_index

    def _count(self, column: str) -> Counter[str]:
        total: Counter[str] = Counter()
        for result in self._files:
            total.update(getattr(result, column))
        for file_no, pos in self._dropped:
            total[getattr(self._files[file_no], column)[pos]] -= 1
        return +total

    def topics(self) -> list[tuple[str, int]]:
        """Every topic with its number of questions, sorted by name."""
        if self._topics is None:
            self._topics = sorted(self._count("topics").items())
        return list(self._topics)

    def type_counts(self) -> dict[str, int]:
        return dict(self._count("types").most_common())

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
        return [
            (path, path.count(TOPIC_SEPARATOR), totals[path])
            for path in sorted(totals, key=lambda p: p.split(TOPIC_SEPARATOR))
        ]

    def in_topic(self, topic: str) -> list[Question]:
        """Questions of ``topic`` and of its sub-topics (``A › B`` is under ``A``)."""
        prefix = topic + TOPIC_SEPARATOR
        return [
            self._question(f, p)
            for f, p in self._slots.values()
            if (t := self._files[f].topics[p]) == topic or t.startswith(prefix)
        ]

    # --- messages ---

    def _position_of_id(self, file_no: int, pos: int) -> tuple[str, int, int]:
        """Path, line and column of a question's id (of the question, for a derived id)."""
        from quizbot.bank.yamlfile import read_yaml_file

        question = self._question(file_no, pos)
        assert question.origin is not None
        parsed = self._placed.get(question.origin.path)
        if parsed is None:
            parsed = read_yaml_file(Path(question.origin.path), question.origin.path)
            self._placed[question.origin.path] = parsed
        where: tuple[str | int, ...] = ("questions", question.origin.index)
        if not question.derived_id and (found := _ids_in_text(parsed.text).get(question.id)):
            return question.origin.path, *found
        line, column = parsed.position(where if question.derived_id else (*where, "id"))
        return question.origin.path, line, column

    @staticmethod
    def _stray_suppress(result: FileResult, index: int, question_id: str) -> Problem:
        from quizbot.bank.yamlfile import read_yaml_file

        line, column = read_yaml_file(Path(result.display), result.display).position(
            ("suppress", index)
        )
        return Problem(
            result.display,
            line,
            column,
            f"suppress lists {question_id!r}, but no generated question has that id",
            "warning",
        )

    def _duplicate_problem(self, first: tuple[int, int], again: tuple[int, int]) -> Problem:
        path, line, column = self._position_of_id(*again)
        first_path, first_line, first_column = self._position_of_id(*first)
        question = self._question(*again)
        how = " (derived from the prompt; set an explicit 'id')" if question.derived_id else ""
        return Problem(
            path,
            line,
            column,
            f"duplicate id {question.id!r}{how}: it is already used at "
            f"{first_path}:{first_line}:{first_column}; ids must be unique across "
            "the bank (progress is keyed on them)",
        )


def _display(path: Path) -> str:
    """A path as the user should see it: relative to the working directory when inside it."""
    text = str(path)
    if not os.path.isabs(text):
        return text
    cwd = os.getcwd() + os.sep
    return text[len(cwd) :] if text.startswith(cwd) else text


def find_files(paths: Iterable[str | os.PathLike[str]]) -> tuple[list[Path], list[Problem]]:
    """YAML files under ``paths`` (sorted), and notes about what was skipped.

    Overlapping paths (a directory and a file in it, one file given twice, a symlink to a
    file already found) yield each file once, by its resolved path, under its first spelling.
    """
    files: list[Path] = []
    problems: list[Problem] = []
    seen: set[str] = set()

    def first_time(path: Path) -> bool:
        resolved = os.path.realpath(path)
        if resolved in seen:
            return False
        seen.add(resolved)
        return True

    for given in paths:
        path = Path(given)
        if path.is_dir():
            for child in sorted(path.rglob("*")):
                relative = child.relative_to(path).parts
                if any(part.startswith(".") for part in relative) or not child.is_file():
                    continue
                if not first_time(child):
                    continue
                if child.suffix.lower() in YAML_SUFFIXES:
                    files.append(child)
                else:
                    problems.append(
                        Problem(_display(child), 0, 0, "ignored: not a .yaml or .yml file", "note")
                    )
        elif path.is_file():
            if first_time(path):
                files.append(path)
        else:
            problems.append(Problem(str(given), 0, 0, "no such file or directory"))
    return files, problems


def load_file(path: Path, display: str) -> FileResult:
    """Read and validate one file (the stat comes first, so an edit during the read is seen)."""
    from quizbot.bank.validate import validate_file
    from quizbot.bank.yamlfile import read_yaml_file

    try:
        stat = path.stat()
        size, mtime_ns = stat.st_size, stat.st_mtime_ns
    except OSError:
        size, mtime_ns = 0, 0
    records, problems, meta = validate_file(read_yaml_file(path, display), path.stem)
    return FileResult.build(
        display, size, mtime_ns, problems, records, meta.generated_from, meta.suppress
    )


def load_bank(
    paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    strict: bool = True,
    *,
    cache_dir: Path | None = None,
) -> Bank:
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
        cache = BankCache(cache_dir, [Path(os.path.abspath(p)) for p in path_list])
        cache.load()
    results: list[FileResult] = []
    for path in files:
        display, key = _display(path), os.path.abspath(path)
        try:
            stat: os.stat_result | None = path.stat()
        except OSError:
            stat = None
        found = cache.get(key, stat, display) if cache is not None and stat else None
        if found is None:
            found = load_file(path, display)
            if cache is not None and found.mtime_ns:
                cache.put(key, found)
        results.append(found)
    if cache is not None:
        cache.keep_only({os.path.abspath(p) for p in files})
        cache.save()
    for result in results:
        problems.extend(result.problems)
    bank = Bank(results, problems)
    if strict and bank.errors:
        raise BankError(bank.problems)
    return bank


_ID_KEY = re.compile(r"""(?:^|[{,\s])id:[ \t]+(["']?)([^\s"',{}#]+)\1(?=[ \t]*(?:[,}#]|$))""", re.M)


@functools.lru_cache(maxsize=64)
def _ids_in_text(text: str) -> dict[str, tuple[int, int] | None]:
    """Every ``id: value`` of a file's text by value, placed by line and column (``None`` for
    a value written more than once: the parser must decide), in one pass over the text: a
    report that names hundreds of questions (``quizbot check``'s warnings) places each
    without composing the file again with PyYAML (1 s for 150 files)."""
    found: dict[str, tuple[int, int] | None] = {}
    line, line_start, scanned = 1, 0, 0
    for match in _ID_KEY.finditer(text):
        start = match.start(1)
        line += text.count("\n", scanned, start)
        line_start = text.rfind("\n", 0, start) + 1
        scanned = start
        value = match.group(2)
        found[value] = None if value in found else (line, start - line_start + 1)
    return found
