"""The loaded bank: every question in file order, looked up by id, grouped by topic.

A bank keeps each file's questions as compact records (:class:`~quizbot.bank.cache.FileResult`)
and builds question objects when they are first used, so checking or scheduling a
50k-question bank never pays for 50k objects. It also resolves ids across files (duplicates,
generated questions overridden or suppressed by authored ones) and places its messages.
Loading lives in :mod:`quizbot.bank.loader`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Sequence
from itertools import repeat
from pathlib import Path
from typing import TYPE_CHECKING

from quizbot.bank.cache import Extras, FileResult
from quizbot.bank.cache_check import CacheDamaged
from quizbot.bank.model import TOPIC_SEPARATOR, Problem, Question, question_from_record
from quizbot.bank.places import ids_in_text

if TYPE_CHECKING:
    from quizbot.bank.yamlfile import YamlFile


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
        self._extras: dict[int, Extras | None] = {}
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
            result = self._files[file_no]
            try:
                records = result.records()
            except CacheDamaged:  # a damaged or forged cache entry: read the file again
                from quizbot.bank.loader import load_file

                fresh = load_file(Path(result.display), result.display)
                if fresh.ids != result.ids:
                    raise
                records = fresh.records()
            built = [question_from_record(r, result.display) for r in records]
            self._built[file_no] = built
        return built[pos]

    def slots(self) -> Iterator[tuple[str, int, int]]:
        """(id, file number, position in the file) of every question, in bank order."""
        for question_id, (file_no, pos) in self._slots.items():
            yield question_id, file_no, pos

    @property
    def file_count(self) -> int:
        """How many files the bank holds (file numbers are ``range(file_count)``)."""
        return len(self._files)

    def file_size(self, file_no: int) -> int:
        """How many questions a file holds (a question dropped for a taken id too)."""
        return len(self._files[file_no].ids)

    def file_questions(self, file_no: int) -> list[Question]:
        """Every question of a file, by position (a question dropped for a taken id too)."""
        return [self._question(file_no, pos) for pos in range(len(self._files[file_no].ids))]

    def is_generated(self, file_no: int) -> bool:
        return bool(self._files[file_no].generated_from)

    def extras(self, file_no: int) -> Extras | None:
        """What ``load_bank(..., analysis=...)`` worked out about a file (else ``None``)."""
        if file_no not in self._extras:
            try:
                self._extras[file_no] = self._files[file_no].extras()
            except CacheDamaged:
                self._extras[file_no] = None
        return self._extras[file_no]

    def place(self, file_no: int, pos: int) -> tuple[str, int, int]:
        """Path, line and column of a question's id (of the question, for a derived id)."""
        extras = self.extras(file_no)
        if extras is not None and extras.places[2 * pos]:
            return self._files[file_no].display, extras.places[2 * pos], extras.places[2 * pos + 1]
        return self._position_of_id(file_no, pos)

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
        path, line, column = self.place(*self._slots[question_id])
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
        if not question.derived_id and (found := ids_in_text(parsed.text).get(question.id)):
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
