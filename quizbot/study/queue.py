"""What the queue is made of: topic scopes, siblings, and new questions interleaved by topic.

These helpers read the bank by id and topic only (``bank.ids()``, ``bank.topic_index()``), so a
100k-question bank is scoped without building question objects.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Iterator

from quizbot.bank import TOPIC_SEPARATOR, Bank, Question

SiblingKey = tuple[str, str, int]


_WORD = re.compile(r"\w+")


def _words(text: str) -> list[str]:
    """Casefolded words, a plural ``s`` dropped: ``"Corridors"`` → ``["corridor"]``."""
    return [
        w[:-1] if len(w) > 3 and w.endswith("s") and not w.endswith("ss") else w
        for w in _WORD.findall(text.casefold())
    ]


def _outermost(paths: list[str]) -> list[str]:
    """``paths`` without those under another of them."""
    return [p for p in paths if not any(p.startswith(other + TOPIC_SEPARATOR) for other in paths)]


def resolve_topic(bank: Bank, text: str) -> str:
    """The topic path ``text`` names, as a learner would say it.

    Tried in order, the first rule that matches anything wins: the whole path, any case; the
    end of a path when ``text`` has levels (``"corridors › corridors"``, ``>`` works too);
    every word of ``text`` a word of the path (plurals either way); every word the start of
    one; ``text`` inside the path. Matches under another match are dropped (``"corridors"`` →
    ``Connectivity corridors``, which holds its sub-topic ``Corridors``); of several left,
    the only one whose name starts with ``text`` wins (``"trade"`` → ``Trade and
    investment``, not ``Obstacles to connectivity and trade``). Raises ``ValueError`` naming
    the candidates when nothing or more than one topic matches.
    """
    paths = [path for path, _, _ in bank.topic_tree()]
    if text in paths:
        return text
    mark = TOPIC_SEPARATOR.strip()
    levels = [" ".join(level.split()) for level in text.replace(">", mark).casefold().split(mark)]
    wanted = TOPIC_SEPARATOR.join(levels)
    query = _words(wanted)
    folded = {path: path.casefold() for path in paths}
    words = {path: _words(path) for path in paths}
    rules: list[Callable[[str], bool]] = [
        lambda path: folded[path] == wanted,
        lambda path: (
            len(levels) > 1 and re.search(rf"(^|\W){re.escape(wanted)}$", folded[path]) is not None
        ),
        lambda path: bool(query) and all(q in words[path] for q in query),
        lambda path: bool(query) and all(any(w.startswith(q) for w in words[path]) for q in query),
        lambda path: bool(wanted) and wanted in folded[path],
    ]
    for rule in rules:
        found = [path for path in paths if rule(path)]
        if found:
            break
    else:
        raise ValueError(
            f"no topic matches {text!r}; the topics are: "
            + "; ".join(paths[:20])
            + (" …" if len(paths) > 20 else "")
        )
    found = _outermost(found)
    if len(found) == 1:
        return found[0]
    leading = [
        path for path in found if _words(path.rsplit(TOPIC_SEPARATOR, 1)[-1])[: len(query)] == query
    ]
    if len(leading) == 1:
        return leading[0]
    raise ValueError(
        f"{text!r} matches {len(found)} topics: "
        + "; ".join(found[:10])
        + (" …" if len(found) > 10 else "")
        + " (give more of the path)"
    )


def ids_in_topic(bank: Bank, topic: str | None) -> list[str]:
    """Ids of the questions under ``topic`` (itself and its sub-topics), in bank order."""
    if topic is None:
        return bank.ids()
    prefix = topic + TOPIC_SEPARATOR
    topics = bank.topic_index()
    return [i for i, t in topics.items() if t == topic or t.startswith(prefix)]


def sibling_key(question: Question | None) -> SiblingKey | None:
    """Questions made from the same note bullet share a key (``None``: no bullet known).

    Only a source with a line number names a bullet: a file-wide ``source: {file: ...}``
    default does not make a whole file siblings.
    """
    source = question.source if question is not None else None
    if source is None or not source.line:
        return None
    return (source.file, source.heading, source.line)


def interleave_by_topic(bank: Bank, ids: Iterable[str]) -> Iterator[str]:
    """``ids`` reordered round-robin over their topics (topics in order of first appearance)."""
    groups: dict[str, list[str]] = {}
    topic_of = bank.topic_index().__getitem__
    for question_id in ids:
        groups.setdefault(topic_of(question_id), []).append(question_id)
    columns = list(groups.values())
    depth = 0
    while columns:
        columns = [c for c in columns if depth < len(c)]
        for column in columns:
            yield column[depth]
        depth += 1
