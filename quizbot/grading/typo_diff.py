"""Showing a typo: the expected answer with the characters a response got wrong marked.

:func:`typo_diff` aligns the words first (descriptors a response adds and words it leaves off
are not marked), then marks each wrong word character by character, in plain text.
"""

from __future__ import annotations

import re

from rapidfuzz.distance import Levenshtein

from quizbot.grading.normalize import DESCRIPTORS, STOPWORDS, fold_word, plain

_SEPARATORS = re.compile(r"([\s-]+)")


#: Words a response may add to an answer (not marked as typos).
_EXTRA_WORDS = DESCRIPTORS | STOPWORDS


def typo_diff(written: str, expected: str) -> str:
    """The expected answer with the characters the response got wrong marked, in plain text:
    "Kudankulum" → "Kudankul[u→a]m", "Chenai" → "Chen[+n]ai", "Vladivostock" →
    "Vladivost[-c]ok", "Barhmos" → "B[ar→ra]hmos". Words are aligned first: extra words in
    the response (descriptors) and words it left off are not marked."""
    parts = _SEPARATORS.split(plain(expected).strip())
    want, seps = parts[::2], parts[1::2]
    keys = {_key(w) for w in want}
    said = [
        w
        for w in _SEPARATORS.split(plain(written).strip())[::2]
        if w and ((key := _key(w)) in keys or key not in _EXTRA_WORDS)
    ]
    shown: dict[int, str] = {}
    for tag, s1, s2, d1, d2 in _blocks([_key(w) for w in said], [_key(w) for w in want]):
        if tag == "equal":
            shown.update((k, want[k]) for k in range(d1, d2))
        elif s2 - s1 == d2 - d1:
            shown.update((d1 + k, _char_diff(said[s1 + k], want[d1 + k])) for k in range(d2 - d1))
        elif d2 > d1 and s2 > s1:
            joined = "".join(
                f"{w}{seps[k] if k < d2 - 1 else ''}" for k, w in enumerate(want[d1:d2], d1)
            )
            shown[d1] = _char_diff(" ".join(said[s1:s2]), joined)
            shown.update((k, "") for k in range(d1 + 1, d2))
    text, last = "", None
    for k in sorted(shown):
        if shown[k]:
            text += ("" if last is None else seps[last] if k == last + 1 else " ") + shown[k]
            last = k
    return text or expected


def _blocks(said: list[str], want: list[str]) -> list[tuple[str, int, int, int, int]]:
    """Word alignment: runs of equal words, and the changed runs between them (a replace
    next to an insert or delete is one change: "Vladi vostok" for "Vladivostok")."""
    blocks: list[tuple[str, int, int, int, int]] = []
    for op in Levenshtein.opcodes(said, want):
        if op.tag != "equal" and blocks and blocks[-1][0] != "equal":
            _, s1, _, d1, _ = blocks.pop()
            blocks.append(("change", s1, op.src_end, d1, op.dest_end))
        else:
            tag = "equal" if op.tag == "equal" else "change"
            blocks.append((tag, op.src_start, op.src_end, op.dest_start, op.dest_end))
    return blocks


def _key(word: str) -> str:
    """A word as compared: case, spelling (defence/defense) and plural folded."""
    return fold_word(word.casefold().strip(".,;:!?()"))


def _char_diff(written: str, expected: str) -> str:
    """One word, its wrong characters marked: equal runs are shown as expected (so a
    difference of case alone is not marked), changes as [typed→expected], [+added],
    [-removed]; an adjacent swap as one change ([ar→ra])."""
    runs: list[tuple[str, str, str]] = []  # (tag, typed, expected)
    for op in Levenshtein.opcodes(written.casefold(), expected.casefold()):
        typed = written[op.src_start : op.src_end]
        want = expected[op.dest_start : op.dest_end]
        if op.tag != "equal" and runs and runs[-1][0] == "~":  # "K[u→oo]dankulam"
            runs[-1] = ("~", runs[-1][1] + typed, runs[-1][2] + want)
        else:
            runs.append(("=" if op.tag == "equal" else "~", typed, want))
    out: list[str] = []
    i = 0
    while i < len(runs):
        tag, typed, want = runs[i]
        if (
            tag == "~"
            and i + 2 < len(runs)
            and runs[i + 1][0] == "="
            and len(runs[i + 1][1]) == 1
            and runs[i + 2][0] == "~"
            and len(typed + runs[i + 2][1]) == 1
            and len(want + runs[i + 2][2]) == 1
        ):
            # insert x, keep c, delete x (or the reverse): a swap of two letters.
            middle, after = runs[i + 1], runs[i + 2]
            out.append(f"[{typed}{middle[1]}{after[1]}→{want}{middle[2]}{after[2]}]")
            i += 3
            continue
        if tag == "=":
            out.append(want)
        elif not typed:
            out.append(f"[+{want}]")
        elif not want:
            out.append(f"[-{typed}]")
        else:
            out.append(f"[{typed}→{want}]")
        i += 1
    return "".join(out)
