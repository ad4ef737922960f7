"""Anki notes as quizbot questions: Basic-like notes become short questions, Cloze notes
cloze questions, one YAML file per deck.

* A note type counts as **Basic** by its shape, not its name (names differ by language and
  by the tool that made the deck): its first card asks one field on the front and has
  another as the answer (typed in, or the first new field on the back); further fields on
  the back become the explanation. A second card that asks the other way round (Basic and
  reversed, or optional reversed when the note asks for it) becomes a second question.
* A note type of Anki's **Cloze** kind gives one question per cloze number, as Anki gives
  one card: that number's blanks are asked, the other clozes are shown filled in. A hint
  (``{{c1::Paris::capital}}``) is shown after the blank; the back's other fields become
  the explanation. Image Occlusion, though a cloze kind, is not text and is skipped.
* Every other note type is reported and skipped, as is a note whose question or answer is
  empty once its HTML is reduced to text (say, a picture alone).

HTML is reduced to text (:func:`~quizbot.interchange.ankihtml.to_text`); media files are
not imported, and each is reported once. Anki tags are kept as tags, the deck path is the
topic (``A::B`` → ``A › B``), and ids derive from note GUIDs (``anki-<hash>``, then
``-reverse`` or ``-c2``), so importing a newer version of the deck updates the same
questions and keeps the learner's progress on them.

The files are the importer's own: each starts with :data:`HEADER`, importing again rewrites
them, a question that moved to another deck leaves its old file, and a file without the
header is never overwritten.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from quizbot.atomic import write_atomic
from quizbot.bank import TOPIC_SEPARATOR, Cloze, Question, Short, load_bank
from quizbot.interchange.anki_cloze import mark_clozes, parse_marked, render_cloze
from quizbot.interchange.anki_cloze import numbers as cloze_numbers
from quizbot.interchange.ankihtml import one_line, to_text
from quizbot.interchange.apkg import AnkiNote, NoteType, read_package
from quizbot.notes.yamlout import scalar

#: The first line of every file the importer writes (how it knows its own files).
HEADER = "# Imported from Anki by quizbot import anki"

_FIELD_REF = re.compile(r"\{\{([^{}]*)\}\}")
_SPECIAL_FIELDS = frozenset(
    {"FrontSide", "Tags", "Type", "Deck", "Subdeck", "Card", "CardFlag", "CardID"}
)


class ImportProblem(Exception):
    """The import cannot be done as asked (the message says why)."""


@dataclass(frozen=True)
class Shape:
    """How a note type's notes become questions: ``kind`` (``basic`` or ``cloze``), the
    field asked (the cloze text), the answer field, whether the second card asks the other
    way round, and the fields shown on the back as the explanation."""

    kind: str
    front: int = 0
    back: int = 1
    reverse: bool = False
    extras: tuple[int, ...] = ()


@dataclass
class Imported:
    """What an import did: the files written (path, deck, questions), questions by type,
    notes skipped by note type, stale copies removed, and warnings to show."""

    files: list[tuple[Path, str, int]] = field(default_factory=list)
    questions: Counter[str] = field(default_factory=Counter)
    skipped: Counter[str] = field(default_factory=Counter)
    removed: list[tuple[Path, int]] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _refs(template: str) -> tuple[list[str], list[str]]:
    """The fields a template shows (``{{Front}}``, ``{{type:Back}}``, ``{{cloze:Text}}``,
    filters' prefixes dropped) and those it only tests (``{{#Add Reverse}}``)."""
    shown, tested = [], []
    for ref in _FIELD_REF.findall(template):
        ref = ref.strip()
        if ref[:1] in "#^/":
            tested.append(ref[1:].strip())
        elif ref and ref[0] not in "!=":
            shown.append(ref.rsplit(":", 1)[-1].strip())
    return [f for f in shown if f not in _SPECIAL_FIELDS], tested


def shape_of(note_type: NoteType) -> Shape | str:
    """How notes of ``note_type`` are imported, or why they are not."""
    names = note_type.fields
    if not note_type.templates or not names:
        return "it has no fields or no card"
    front, back = (_refs(t) for t in note_type.templates[0])
    if note_type.cloze:
        if any(
            "image-occlusion" in t.casefold() or "imageocclusion" in t.casefold()
            for t in note_type.templates[0]
        ):
            return "Image Occlusion notes are pictures, not text"
        clozes = re.findall(r"\{\{[^{}]*cloze:([^{}]+)\}\}", note_type.templates[0][0])
        text = clozes[0].strip() if clozes else names[0]
        if text not in names:
            return "its cloze field is missing"
        extras = tuple(names.index(f) for f in dict.fromkeys(back[0]) if f in names and f != text)
        return Shape("cloze", front=names.index(text), extras=extras)
    shown = [f for f in dict.fromkeys(front[0]) if f in names]
    typed = [
        ref.rsplit(":", 1)[-1].strip()
        for ref in _FIELD_REF.findall(note_type.templates[0][0])
        if ref.strip().startswith("type:")
    ]
    questions = [f for f in shown if f not in typed]
    on_back = [f for f in dict.fromkeys(back[0]) if f in names and f not in questions]
    answers = [f for f in typed if f in names] or on_back
    if len(questions) != 1 or not answers:
        return "its cards are not shaped like Basic (one field asked, another the answer)"
    f, b = names.index(questions[0]), names.index(answers[0])
    extras = tuple(names.index(x) for x in on_back if x != answers[0])
    reverse = False
    if len(note_type.templates) > 1:
        front2, back2 = (_refs(t) for t in note_type.templates[1])
        reverse = names[b] in front2[0] and names[f] in back2[0]
    return Shape("basic", front=f, back=b, reverse=reverse, extras=extras)


def question_id(guid: str, suffix: str = "") -> str:
    """The id of a question from the note with ``guid`` (the same on every import)."""
    digest = hashlib.blake2b(guid.encode("utf-8"), digest_size=6).hexdigest()
    return f"anki-{digest}{suffix}"


def topic_of(deck: str) -> str:
    """``India–Russia::Corridors`` → ``India–Russia › Corridors``."""
    return TOPIC_SEPARATOR.join(level.strip() for level in deck.split("::") if level.strip())


def _basic_questions(
    note: AnkiNote, shape: Shape, topic: str, media: dict[str, str]
) -> tuple[list[Question], str]:
    front = _text(note.value(shape.front), note, media)
    back = _text(note.value(shape.back), note, media)
    if not front or not back:
        side = "question" if not front else "answer"
        return [], f"its {side} is empty once pictures and sounds are left out"
    tags = _clean_tags(note.tags)
    explanation = _extras(note, shape, media)
    questions: list[Question] = [
        Short(
            question_id(note.guid),
            topic,
            tags,
            explanation,
            prompt=front,
            answer=one_line(back, "; "),
        )
    ]
    if shape.reverse and 1 in note.cards:
        questions.append(
            Short(
                question_id(note.guid, "-reverse"),
                topic,
                tags,
                explanation,
                prompt=back,
                answer=one_line(front, "; "),
            )
        )
    return questions, ""


def _cloze_questions(
    note: AnkiNote, shape: Shape, topic: str, media: dict[str, str]
) -> tuple[list[Question], str]:
    text = _text(mark_clozes(note.value(shape.front)), note, media)
    nodes = parse_marked(text)
    numbers = sorted(set(cloze_numbers(nodes)))
    if not numbers:
        return [], "its text has no cloze"
    explanation = _extras(note, shape, media)
    questions: list[Question] = []
    for number in numbers:
        cloze_text = render_cloze(nodes, number)
        questions.append(
            Cloze(
                question_id(note.guid, f"-c{number}"),
                topic,
                _clean_tags(note.tags),
                explanation=explanation,
                text=cloze_text,
            )
        )
    return questions, ""


def _extras(note: AnkiNote, shape: Shape, media: dict[str, str]) -> str:
    """The other fields the back shows, as the explanation."""
    return "\n".join(t for t in (_text(note.value(i), note, media) for i in shape.extras) if t)


def _text(html: str, note: AnkiNote, media: dict[str, str]) -> str:
    text, files = to_text(html)
    for name in files:
        media.setdefault(name, note.deck)
    return text


def _clean_tags(tags: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(t for t in tags if t.strip()))


# --- the whole import ---


def convert(notes: Sequence[AnkiNote]) -> tuple[dict[str, list[Question]], Imported]:
    """The questions of ``notes`` by deck, and what was skipped and why."""
    result = Imported()
    by_deck: dict[str, list[Question]] = {}
    media: dict[str, str] = {}
    shapes: dict[int, Shape | str] = {}
    reasons: dict[str, str] = {}
    empty: Counter[str] = Counter()
    for note in notes:
        shape = shapes.setdefault(note.note_type.id, shape_of(note.note_type))
        if isinstance(shape, str):
            result.skipped[note.note_type.name] += 1
            reasons[note.note_type.name] = shape
            continue
        topic = topic_of(note.deck)
        make = _cloze_questions if shape.kind == "cloze" else _basic_questions
        questions, why = make(note, shape, topic, media)
        if why:
            empty[why] += 1
            continue
        by_deck.setdefault(note.deck, []).extend(questions)
        result.questions.update(q.type for q in questions)
    for name, count in sorted(result.skipped.items()):
        result.warnings.append(
            f"skipped {count} note{'s' if count != 1 else ''} of the note type {name!r}: "
            f"{reasons[name]} (only Basic and Cloze note types are imported)"
        )
    for why, count in sorted(empty.items()):
        result.warnings.append(f"skipped {count} note{'s' if count != 1 else ''}: {why}")
    for name, deck in media.items():
        result.warnings.append(
            f"left out the media file {name!r} (first seen in the deck {deck!r}): "
            "quizbot imports text only"
        )
    return by_deck, result


def import_anki(package: Path, out_dir: Path) -> Imported:
    """Import the Anki package ``package`` into ``out_dir``: one file per deck (see the
    module's docstring). Raises :class:`~quizbot.interchange.apkg.PackageError` for a file
    that is not a package and :class:`ImportProblem` when a file it would write is not its
    own."""
    by_deck, result = convert(read_package(package))
    names = file_names(list(by_deck))
    for name in names.values():
        target = out_dir / name
        if target.exists() and not _is_ours(target):
            raise ImportProblem(
                f"{target} exists and was not written by quizbot import anki; "
                "import into another directory (-o)"
            )
    new_ids = {q.id for questions in by_deck.values() for q in questions}
    written = {out_dir / name for name in names.values()}
    if out_dir.is_dir():
        for path in sorted(out_dir.glob("*.yaml")):
            if path not in written and _is_ours(path):
                kept = _without(path, new_ids)
                if kept is not None:
                    result.removed.append((path, kept))
    for deck in sorted(by_deck):
        target = out_dir / names[deck]
        write_atomic(target, render(by_deck[deck], deck, package.name))
        result.files.append((target, deck, len(by_deck[deck])))
    return result


def file_names(decks: Sequence[str]) -> dict[str, str]:
    """A file name for each deck: its levels as words joined by ``--``
    (``India–Russia::Corridors`` → ``india-russia--corridors.yaml``); names that would
    clash get a short hash of the deck's name."""
    slugs = {deck: _slug(deck) for deck in decks}
    clashes = Counter(slugs.values())
    names = {}
    for deck, slug in slugs.items():
        if clashes[slug] > 1 or not slug:
            slug = (slug + "-" if slug else "deck-") + hashlib.blake2b(
                deck.encode("utf-8"), digest_size=3
            ).hexdigest()
        names[deck] = slug + ".yaml"
    return names


def _slug(deck: str) -> str:
    levels = ("-".join(re.findall(r"\w+", level.casefold())) for level in deck.split("::"))
    return "--".join(level for level in levels if level)[:120]


def _is_ours(path: Path) -> bool:
    try:
        with open(path, encoding="utf-8", errors="replace") as file:
            return file.readline().startswith(HEADER)
    except OSError:
        return False


def _without(path: Path, ids: set[str]) -> int | None:
    """Drop the questions with ``ids`` from one of the importer's files (deleting it when
    none is left); how many were dropped, or ``None`` when none was there."""
    bank = load_bank([str(path)], strict=False)
    questions = list(bank)
    kept = [q for q in questions if q.id not in ids]
    if len(kept) == len(questions):
        return None
    if kept:
        deck, package = _provenance(path)
        write_atomic(path, render(kept, deck, package))
    else:
        path.unlink()
    return len(questions) - len(kept)


def _provenance(path: Path) -> tuple[str, str]:
    """The deck and package names an importer's file records in its first line."""
    with open(path, encoding="utf-8") as file:
        first = file.readline()
    found = re.search(r'deck "(.*)" of (.*)\.$', first.rstrip("\n"))
    return (found.group(1), found.group(2)) if found else ("", "")


def render(questions: Sequence[Question], deck: str, package: str) -> str:
    """The YAML file for one deck's questions."""
    topic = topic_of(deck)
    lines = [
        f'{HEADER}: deck "{deck}" of {package}.',
        "# Importing the package again rewrites this file: change the deck in Anki, or copy",
        "# a question into a file of your own and give it another id.",
    ]
    if topic:
        lines.append(f"topic: {scalar(topic)}")
    lines.append("questions:")
    for q in questions:
        lines.append(f"  - id: {scalar(q.id)}")
        lines.append(f"    type: {q.type}")
        if q.topic != topic:
            lines.append(f"    topic: {scalar(q.topic)}")
        if q.tags:
            lines.append("    tags: [" + ", ".join(scalar(t, flow=True) for t in q.tags) + "]")
        if isinstance(q, Short):
            lines.append(f"    prompt: {scalar(q.prompt)}")
            lines.append(f"    answer: {scalar(q.answer)}")
        elif isinstance(q, Cloze):
            lines.append(f"    text: {scalar(q.text)}")
        if q.explanation:
            lines.append(f"    explanation: {scalar(q.explanation)}")
    return "\n".join(lines) + "\n"
