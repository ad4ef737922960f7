"""Cutting a paragraph into sentences.

:func:`split_sentences` keeps each sentence's offset (common abbreviations such as ``e.g.``,
titles such as ``Lt.``, ``Dr.`` or ``Art.``, a case's ``v.``, *circa* ``c.``, a name's
initials such as ``V.P.`` or ``N.``, and a full stop inside brackets do not end one).
"""

from __future__ import annotations

import re

#: A sentence's end: its stop, then a capital, a figure or a Greek letter (``… radium (1898).
#: α rays are …``: a symbol opens a sentence, in lower case).
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"”’)]?\s+(?=[\"“(A-Z0-9α-ω])")
_ABBREVIATIONS = (
    "e.g.",
    "i.e.",
    "etc.",
    "vs.",
    " v. ",
    "Mr.",
    "Mrs.",
    "Ms.",
    "Dr.",
    "St.",
    "U.S.",
    "U.K.",
    "approx.",
    "No.",
    "cf.",
    "Lt.",
    "Gen.",
    "Col.",
    "Capt.",
    "Maj.",
    "Sgt.",
    "Prof.",
    "Sr.",
    "Jr.",
    "Art.",
    "Arts.",
    "Sec.",
    "Govt.",
    "Amdt.",
    " pres. ",  # "pres. Sthulabhadra": presided over by
    " lit. ",  # 'lit. "without knee breeches"': literally
    "Pres.",
    "estd.",
    "Fig.",
    "Vol.",
    " c. ",
    "(c. ",
    "-c. ",  # "In 12th-c. Karnataka, Basavanna …": century
    " est. ",  # "(CIOB), est. 380 million tonnes": estimated
    " esp. ",
    " avg. ",
    " incl. ",
    " attr. ",  # "on Rama's bridge to Lanka, attr. Pravarasena II": attributed to (h. 369)
    " excl. ",
    " ca. ",
)
#: Initials of a name (``V.P. Menon``, ``J.S. Aurora``): a capital and a period before or
#: after another such (one alone, ``Plan B.``, may end a sentence), a middle initial
#: between a given name and a surname (``Rajendra N. Shah``; not a roman ``War I.``), or an
#: initial after a semicolon or a comma (``…; C. Rajagopalachari = last GG``).
_INITIAL = re.compile(
    r"(?<![\w])([A-Z])\.(?=[A-Z]\.)|(?<=[A-Z]\.)([A-Z])\."
    r"|(?<=[a-z] )([A-HJ-UWYZ])\.(?= (?!(?:The|Then|This|These|It|He|She|They|In|On|At|A|An)\b)"
    r"[A-Z][a-z])"
    # after a semicolon or a comma: "…; C. Rajagopalachari = last GG"
    r"|(?<=[;,&(] )([A-HJ-UWYZ])\.(?= (?!(?:The|Then|This|These|It|He|She|They|In|On|At|An)\b)"
    r"[A-Z][a-z]{3,})"
    # after a slash: "goes to Japan/S. Korea via Vizag"
    r"|(?<=/)([A-HJ-UWYZ])\.(?= [A-Z][a-z])"
    # a compass point opening a place, even a sentence's first word: "W. Ghats became …"
    r"|(?<![\w.])([NSEW])\.(?= (?!(?:The|Then|This|These|It|He|She|They|In|On|At|A|An)\b)"
    r"[A-Z][a-z]{3,})"
)


def split_sentences(text: str) -> list[tuple[int, str]]:
    """Sentences of a paragraph with their offsets (common abbreviations do not end one)."""
    protected = text
    for abbr in _ABBREVIATIONS:
        if abbr in protected:
            protected = protected.replace(abbr, abbr.replace(".", "\0"))
    protected = _INITIAL.sub(lambda m: next(g for g in m.groups() if g) + "\0", protected)
    result: list[tuple[int, str]] = []
    pos = 0
    for m in _SENTENCE_END.finditer(protected):
        if protected.count("(", pos, m.start()) > protected.count(")", pos, m.start()):
            continue  # inside a bracket: "(c. 2nd–1st c BCE)" ends no sentence
        piece = text[pos : m.start()].strip()
        if piece:
            result.append((pos, piece))
        pos = m.end()
    tail = text[pos:].strip()
    if tail:
        result.append((pos, tail))
    return result
