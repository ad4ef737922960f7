"""A synthetic question bank of every type, for benchmarks (deterministic for a given size)."""

from __future__ import annotations

import random
from pathlib import Path

_WORDS = (
    "corridor missile treaty summit pipeline reactor satellite forum rupee rouble tariff "
    "frigate rifle vaccine arctic port railway refinery visa exchange programme council "
    "dialogue venture agreement mission festival scholarship"
).split()
_PLACES = (
    "Chennai Vladivostok Moscow Delhi Kudankulam Sakhalin Mumbai Kazan Sochi Astrakhan "
    "Bandar Kolkata Murmansk Irkutsk Pune Hyderabad"
).split()


_SYLLABLES = (
    "ka ra vo sk ta mil nor bha ska dev go rov lan tri pet zan mu del vi ost ko "
    "che nai sa kha lin ur al bra mos su kho ya ro hin di"
).split()


def _name(rng: random.Random) -> str:
    """A made-up proper name ("Kavrosk"): banks hold many distinct answers."""
    return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()


def _phrase(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(_WORDS) for _ in range(n))


def _question(rng: random.Random, file_no: int, i: int) -> str:
    kind = ("short", "list", "mcq", "multi", "statements", "truefalse", "cloze", "match")[i % 8]
    qid = f"f{file_no}-q{i}"
    prompt = f"Which {_phrase(rng, 3)} links {rng.choice(_PLACES)} and {rng.choice(_PLACES)} ({i})?"
    expl = f"    explanation: The {_phrase(rng, 6)} was agreed in {rng.randint(1990, 2025)}.\n"
    head = f"  - id: {qid}\n    type: {kind}\n"
    places: list[str] = []
    while len(places) < 4:
        name = _name(rng)
        if name not in places:
            places.append(name)
    if kind == "short":
        body = f"    prompt: {prompt}\n    answer: {places[0]}\n    aliases: [{places[0]} port]\n"
    elif kind == "list":
        body = f"    prompt: Name the three {_phrase(rng, 2)} ({i})\n    answer: [{', '.join(places[:3])}]\n"
    elif kind == "mcq":
        body = (
            f"    prompt: {prompt}\n    options: [{', '.join(places)}]\n    answer: {places[1]}\n"
        )
    elif kind == "multi":
        body = (
            f"    prompt: {prompt}\n    options: [{', '.join(places)}]\n"
            f"    answer: [{places[0]}, {places[2]}]\n"
        )
    elif kind == "statements":
        body = (
            f"    prompt: Consider the following statements about the {_phrase(rng, 2)} ({i})\n"
            "    statements:\n"
            f"      - {{text: The {_phrase(rng, 4)} began in {rng.randint(1990, 2025)}., correct: true}}\n"
            f"      - text: The {_phrase(rng, 4)} is in {places[0]}.\n        correct: false\n"
            f"        fix: It is in {places[1]}.\n"
        )
    elif kind == "truefalse":
        body = (
            f"    statement: The {_phrase(rng, 4)} of {places[0]} opened in "
            f"{rng.randint(1990, 2025)} ({i}).\n    answer: false\n    fix: It opened later.\n"
        )
    elif kind == "cloze":
        body = (
            f'    text: "Trade via {places[0]} reached {{{{${rng.randint(2, 90)} billion}}}} '
            f'in {{{{{rng.randint(2000, 2025)}}}}} ({i})."\n'
        )
    else:
        body = f"    prompt: Match the {_phrase(rng, 2)} to its city ({i})\n    pairs:\n" + "".join(
            f"      - [{_phrase(rng, 2)} {k}, {places[k]}]\n" for k in range(3)
        )
    return head + body + expl + "    tags: [gs2, ir]\n"


def write_bank(root: Path, questions: int, files: int = 200, seed: int = 7) -> Path:
    """Write ``questions`` questions spread over ``files`` YAML files under ``root``."""
    rng = random.Random(seed)
    root.mkdir(parents=True, exist_ok=True)
    per_file, extra = divmod(questions, files)
    for file_no in range(files):
        count = per_file + (1 if file_no < extra else 0)
        topic = f"Synthetic › Area {file_no % 12} › Part {file_no % 5}"
        text = [f"topic: {topic}\ntags: [synthetic]\nquestions:\n"]
        text.extend(_question(rng, file_no, i) for i in range(count))
        (root / f"bank-{file_no:03d}.yaml").write_text("".join(text), encoding="utf-8")
    return root
