"""``quizbot check --write-ids``: pin derived ids into the files, keeping comments and order.

Uses ruamel.yaml's round-trip mode (imported only here), which keeps comments, key order,
quoting and flow style; the id is inserted as the first key of each question that lacks one.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path

from quizbot.bank.model import Question


def write_ids(questions: Iterable[Question]) -> dict[str, int]:
    """Write the derived id of every question that has one; returns ids written per file."""
    by_file: dict[str, dict[int, str]] = defaultdict(dict)
    for q in questions:
        if q.derived_id and q.origin is not None:
            by_file[q.origin.path][q.origin.index] = q.id
    written: dict[str, int] = {}
    if not by_file:
        return written
    from ruamel.yaml import YAML

    # ruamel's round-trip loader builds only its comment-keeping maps and lists (never
    # Python objects from tags), and these files already passed load_bank's tag check.
    editor = YAML(typ="rt")
    editor.preserve_quotes = True
    editor.width = 4096  # never re-wrap the author's long lines
    editor.indent(mapping=2, sequence=4, offset=2)
    for path, ids in by_file.items():
        file = Path(path)
        text = file.read_text(encoding="utf-8-sig")
        document = editor.load(text)
        items = document["questions"]
        for index, new_id in sorted(ids.items()):
            item = items[index]
            if "id" not in item:
                item.insert(0, "id", new_id)
        with file.open("w", encoding="utf-8") as out:
            editor.dump(document, out)
        written[path] = len(ids)
    return written
