"""The error notebook: every missed question of every mock, with its explanation and source.

An entry is an item not answered correctly (wrong or left blank), or a lucky guess, as it was
shown, with what the learner chose and the key. Entries are filtered by topic (any part of the
topic path, any case: ``energy`` finds ``India–Russia › … › Energy``) and by kind of mistake
(:func:`quizbot.exam.analysis.mistake_kinds`: ``wrong``, ``unattempted``, ``overconfident``,
``guessed``, ``not-reached``, ``lucky``). Newest mock first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, tzinfo

from quizbot.exam.analysis import ItemResult, mistake_kinds
from quizbot.exam.items import ExamItem, render_item
from quizbot.exam.tables import UNREADABLE, exam_item_rows, exam_rows
from quizbot.study.progress_db import Database
from quizbot.study.timing import from_us

KINDS = ("wrong", "unattempted", "overconfident", "guessed", "not-reached", "lucky")


@dataclass(frozen=True)
class Entry:
    """One missed question."""

    exam_id: int
    when: datetime
    result: ItemResult
    kinds: tuple[str, ...]

    @property
    def item(self) -> ExamItem:
        return self.result.item


def entries(store: Database, topic: str | None = None, kind: str | None = None) -> list[Entry]:
    """The notebook, newest mock first, filtered by topic text and kind of mistake."""
    if kind is not None and kind not in KINDS:
        raise ValueError(f"unknown kind of mistake {kind!r} (the kinds are {', '.join(KINDS)})")
    wanted = None if topic is None else " ".join(topic.split()).casefold()
    finished = {exam.id: from_us(exam.finished_us) for exam in exam_rows(store)}
    found = []
    for row in exam_item_rows(store, missed_only=True):
        if wanted is not None and wanted not in row.topic.casefold():
            continue
        try:
            result = row.result()
        except UNREADABLE:
            continue  # a damaged item: `quizbot doctor` lists it and sets it aside
        kinds = mistake_kinds(result)
        if not kinds or (kind is not None and kind not in kinds):
            continue
        found.append(Entry(row.exam_id, finished.get(row.exam_id, from_us(0)), result, kinds))
    found.sort(key=lambda e: (-e.exam_id, e.result.number))
    return found


def render_entry(entry: Entry, tz: tzinfo | None = None) -> str:
    """An entry as plain text: the item, your answer, the key, why, and where it is from;
    the date in ``tz`` (``None``: the machine's local time)."""
    r = entry.result
    mock = f"mock #{entry.exam_id}" if entry.exam_id else "this mock"  # 0: not saved
    head = (
        f"{mock} ({entry.when.astimezone(tz):%Y-%m-%d}), Q{r.number} · "
        f"{entry.item.topic or '(no topic)'} · {', '.join(entry.kinds)}"
    )
    yours = r.response or "(left blank)"
    if r.confidence:
        yours += f" [{r.confidence}]"
    lines = [head, render_item(entry.item), f"your answer: {yours}", f"answer: {entry.item.answer}"]
    lines += [f"  {note}" for note in entry.item.notes]
    if entry.item.explanation:
        lines.append(f"why: {entry.item.explanation}")
    if entry.item.source:
        lines.append(f"source: {entry.item.source}")
    return "\n".join(lines)
