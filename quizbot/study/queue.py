"""What the queue is made of: topic scopes, siblings, and new questions interleaved by topic.

These helpers read the bank by id and topic only (``bank.ids()``, ``bank.topic_of``), so a
100k-question bank is scoped without building question objects.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from quizbot.bank import TOPIC_SEPARATOR, Bank, Question

SiblingKey = tuple[str, str, int]


def resolve_topic(bank: Bank, text: str) -> str:
    """The topic path ``text`` names: the path itself, any case, or a unique level's name.

    ``"connectivity corridors"`` finds ``India–Russia › Connectivity corridors``. Raises
    ``ValueError`` naming the candidates when nothing or more than one topic matches.
    """
    paths = [path for path, _, _ in bank.topic_tree()]
    wanted = " ".join(text.split()).casefold()
    if text in paths:
        return text
    for path in paths:
        if path.casefold() == wanted:
            return path
    named = [p for p in paths if p.split(TOPIC_SEPARATOR)[-1].casefold() == wanted]
    if len(named) == 1:
        return named[0]
    partial = named or [p for p in paths if wanted in p.casefold()]
    if len(partial) == 1:
        return partial[0]
    if not partial:
        raise ValueError(f"no topic matches {text!r}; the topics are: "
                         + "; ".join(paths[:20]) + (" …" if len(paths) > 20 else ""))
    raise ValueError(f"{text!r} matches {len(partial)} topics: " + "; ".join(partial[:10])
                     + (" …" if len(partial) > 10 else "") + " (give more of the path)")


def ids_in_topic(bank: Bank, topic: str | None) -> list[str]:
    """Ids of the questions under ``topic`` (itself and its sub-topics), in bank order."""
    if topic is None:
        return bank.ids()
    prefix = topic + TOPIC_SEPARATOR
    return [i for i in bank.ids() if (t := bank.topic_of(i)) == topic or t.startswith(prefix)]


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
    for question_id in ids:
        groups.setdefault(bank.topic_of(question_id), []).append(question_id)
    columns = list(groups.values())
    depth = 0
    while columns:
        columns = [c for c in columns if depth < len(c)]
        for column in columns:
            yield column[depth]
        depth += 1
