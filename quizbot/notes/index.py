"""The notes-wide index every builder consults: what kind of thing each answer is
(tables, lists, definitions, numbers), which words the notes write in lower case or as
names, the abbreviations and where each is defined, the writer's legend of shorthand, and
how often a phrase is mentioned (split from :mod:`~quizbot.notes.generate`)."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable

from quizbot.notes.abbreviations import (
    Abbreviation,
    find_abbreviations,
    find_bracketed_long_forms,
    find_leading_long_form,
    find_spelled_out,
)
from quizbot.notes.drafts import Context, Unit, is_lead_in
from quizbot.notes.facts import FactBuilder
from quizbot.notes.glossary import glossaries
from quizbot.notes.kinds import Kinds
from quizbot.notes.namesakes import dated_twice
from quizbot.notes.outline import Outline
from quizbot.notes.phrases import fold
from quizbot.notes.quantities import find_quantities
from quizbot.notes.table_columns import is_comparison
from quizbot.notes.terms import TITLE_WORD
from quizbot.text.names import is_dictionary_word, is_everyday_word

_LOWER_TOKEN = re.compile(r"(?<![A-Za-z'’-])[a-z][A-Za-z'’-]*")
_MID_CAPITAL = re.compile(r"(?<=[^\s.:!?—-]) +([A-Z][A-Za-z'’-]*)")
_CAPITAL_TOKEN = re.compile(r"(?<![A-Za-z'’-])[A-Z][A-Za-z'’-]*")


def _core(word: str) -> str:
    return fold(word[:-2] if word.endswith(("'s", "’s")) else word)


def _word_evidence(texts: list[str]) -> tuple[set[str], set[str]]:
    """(words seen in lower case, capitalised words seen mid-sentence), folded."""
    joined = "\n".join(texts)
    lower = {_core(w) for w in set(_LOWER_TOKEN.findall(joined))}
    proper = {_core(w) for w in set(_MID_CAPITAL.findall(joined))}
    return lower, proper


#: Words before a year that is a target, not a year things were done (``net zero by 2070``,
#: ``Vision 2047``): the notes' present is the latest year of the others.
_AHEAD = re.compile(
    r"\b(?:by|till|until|to|targets?|goal|vision|before|upto|up to)\s+(?:\w+\s+)?$", re.I
)


#: A year before 1500 in brackets, as timelines of medieval notes write it.
_OLD_YEAR = re.compile(r"\((1[0-4]\d\d)\)")


def _future_year(years: set[int]) -> int:
    """The year the notes' future begins: their latest year when it is of this century and
    lies far past all the others (a target: ``2070 – India reaches net zero`` in notes that
    run to 2024; never ``1707 – Aurangzeb dies`` after 1658), else the year after it."""
    top, *rest = sorted(years, reverse=True) or [0]
    if top >= _THIS_CENTURY and rest and top - rest[0] > _TARGET_GAP:
        return top
    return top + 1


#: How far past the notes' other years a latest year must lie to be a target, and the
#: century targets are set in.
_TARGET_GAP = 5
_THIS_CENTURY = 2000


def build_index(builder: FactBuilder, units: list[Unit]) -> Context:
    kinds = Kinds()
    outline = builder.outline
    for table in outline.tables:
        if not is_comparison(table):  # "| Feature | Normal | El Niño |": features, no kind
            # of thing ("SOI" and "Trade winds" were options for Thermocline, holdout 489)
            kinds.add_table(table.header, table.rows, table.headings)
    abbreviations: dict[str, tuple[Unit, Abbreviation]] = {}
    all_years: set[int] = set()
    done_years: set[int] = set()  # not a target ("by 2030")
    for text in builder.all_texts:
        kinds.add_statement(text)
        # "(1351) MbT dies at Thatta": a medieval year in brackets is no quantity to ask,
        # but it dates the notes' present (holdout 360: with none, every line was future;
        # holdout 364: every wrong year of an option was before the right one)
        old = {int(y) for y in _OLD_YEAR.findall(text)}
        all_years |= old
        done_years |= old
        for q in find_quantities(text):
            kinds.add_quantity(q, text[q.end : q.end + 30])
            if q.kind == "year":
                all_years.add(int(q.value))
                if not _AHEAD.search(text[max(0, q.start - 24) : q.start]):
                    done_years.add(int(q.value))
    line_years: dict[int, list[int]] = defaultdict(list)
    for unit in units:
        line_years[unit.line].extend(int(q.value) for q in unit.quantities if q.kind == "year")
        found = unit.found_list
        if found is not None:
            kinds.add_group(found.items)
        if unit.term is not None:
            kinds.add_definition(unit.term.base, unit.term.definition)
        if unit.children and is_lead_in(unit):
            kinds.add_group([c.term.base if c.term else c.text for c in unit.children])
        spelled = find_spelled_out(unit.text) if "=" in unit.text else []
        if unit.term is not None and unit.text[:1] in _CAPITALS:  # "OSAT: Outsourced …"
            leading = find_leading_long_form(unit.text)
            spelled += [leading] if leading is not None else []
        if "(" in unit.text:
            spelled += find_bracketed_long_forms(unit.text)  # "**CUF** (capacity …)"
        if "(" in unit.text or spelled:
            for found_abbr in [*find_abbreviations(unit.text), *spelled]:
                short = found_abbr.abbr
                defining = unit.term is not None and unit.term.qualifier == short
                known = abbreviations.get(short)
                if known is None or (
                    defining
                    and not (known[0].term is not None and known[0].term.qualifier == short)
                ):
                    abbreviations[short] = (unit, found_abbr)
    hosts: dict[int, list[tuple[str, Abbreviation]]] = defaultdict(list)
    for short, (host, expansion) in abbreviations.items():
        hosts[id(host)].append((short, expansion))
    lower, proper = _word_evidence(builder.all_texts)
    mentions, capitals, together, named_longer = _mention_counter(builder.all_texts)
    heading_words = {w for _, text, _ in outline.headings for w in fold(text).split()}
    future = _future_year(all_years)
    return Context(
        kinds,
        lower,
        proper,
        dict(hosts),
        mentions,
        future,
        heading_words,
        glossary=glossaries(units, proper),
        legend=_legend(builder.all_texts) | _title_initials(outline, builder.all_texts),
        long_forms={short: found.long for short, (_, found) in abbreviations.items()},
        capital_count=capitals,
        together=together,
        named_longer=named_longer,
        dated_twice=dated_twice(builder.all_texts),
        line_years={line: tuple(years) for line, years in line_years.items()},
        present_year=max(done_years, default=0),
    )


#: What an abbreviation (or its bold) opens on.
_CAPITALS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ*")

_LEGEND_ENTRY = re.compile(r"(?:^|[,;.:]\s*)([A-Za-z][\w.&/]{0,9})\s*=\s*[A-Za-z]")
#: What a short form stands for, up to a comma, a semicolon or a full stop; a name's initial
#: is no full stop ("C.R. = C. Rajagopalachari", holdout 734, bad: "the C Formula").
_LEGEND_LONG = re.compile(r"\s*=\s*((?:[A-Z]\.\s?(?=[A-Z])|[^,;.=])+?)\s*(?=[,;.]|$)")


def _legend(texts: list[str]) -> dict[str, str]:
    """Short forms a legend line defines (``INC = Congress, ML = Muslim League``), folded,
    with what they stand for: the writer's shorthand, never asked as abbreviations."""
    found: dict[str, str] = {}
    for text in texts:
        if text.count("=") >= 2:
            for m in _LEGEND_ENTRY.finditer(text):
                if TITLE_WORD.fullmatch(m.group(1)):
                    continue  # "India = non-Annex I" says what India is; India is no short form
                long = _LEGEND_LONG.match(text, m.end(1))
                written = long.group(1).strip() if long else ""
                if is_short_form(m.group(1), written):
                    found[fold(m.group(1))] = written
    if "np" not in found and any(_NAGAR_PANCHAYAT.search(text) for text in texts):
        found["np"] = "Nagar Panchayat"  # the notes' NP, not a national park (see write_out)
    return found


#: A run of two to four capitalised words of a title: ``Western Ghats``.
_NAME_RUN = re.compile(r"\b[A-Z][a-z]+(?: [A-Z][a-z]+){1,3}\b")


def _title_initials(outline: Outline, texts: list[str]) -> dict[str, str]:
    """The notes' shorthand for a name their title spells out: ``WG`` in notes titled
    "Western Ghats – Rivers & Waterfalls" (holdout 171 asked "In which year was WG
    inscribed …?"). Only initials the notes use as a word and define nowhere (``FRs`` of
    "Fundamental Rights (FRs)" is the notes' own abbreviation), of the top heading."""
    if not outline.headings:
        return {}
    title = outline.headings[0][1]
    found: dict[str, str] = {}
    joined = "\n".join([*texts, *(text for _, text, _ in outline.headings)])
    for name in _NAME_RUN.findall(title):
        if re.search(rf"{re.escape(name)} of\b", title):
            continue  # "Third Battle" of Panipat: part of a name, its "TB" is tuberculosis
        last = name.split()[-1].lower()
        if last.endswith("ices") or (
            last.endswith("s") and not last.endswith("ss") and is_everyday_word(last[:-1])
        ):
            continue  # "Zonal Councils": "each ZC" is one council, which the title does not say
        initials = "".join(word[0] for word in name.split())
        if re.search(rf"\({initials}s?\)", joined):
            continue  # "Fundamental Rights (FRs)": the notes' own abbreviation, and plural
        if re.search(rf"(?<![\w-]){initials}(?![\w-])", joined):
            # "Attorney General, … & Advocate General": two names share AG, which is neither
            found[fold(initials)] = "" if fold(initials) in found else name
    return {short: name for short, name in found.items() if name}


_NAGAR_PANCHAYAT = re.compile(r"\bnagar panchayat", re.IGNORECASE)


#: A legend's key at least this long that is an English word is no short form.
_LONG_WORD = 6


#: A numbered part of a text: ``Part V``, ``Schedule 7``.
_NUMBERED = re.compile(r"\b(?:[IVXL]+|\d+)$")


def is_short_form(key: str, long: str) -> bool:
    """Is ``key = long`` of a legend line the writer's short form (``INC = Congress``,
    ``movt = movement``, ``intel = intelligence``), not a comparison written with ``=``
    (``cruise = powered all the way; ballistic = powered only early``: written out, every
    "ballistic" of the notes read "powered only early", so "SLBM: ballistic missile fired
    from a submarine" was shown as "powered only early missile …")? A whole English word
    of six letters or more, standing for words it does not open, is no short form; nor is a
    lower-case key whose letters do not run in order through ``long`` (``samkhya = oldest of
    the six`` says what samkhya is), nor a capital one whose long form in lower case does not
    spell it (``NP = no grazing/private rights`` says what a national park allows; ``CAPF =
    central armed police forces`` is a short form), nor one whose long form is a numbered
    part (``SC = Part V`` says where the Constitution puts the court: holdout 308 asked "In
    which year did Part V of India begin work?")."""
    folded = fold(key)
    initials = "".join(w[0] for w in long.split() if w not in ("of", "and", "the", "&"))
    if long and initials.lower() != folded and _NUMBERED.search(long) and key.isalpha():
        return False  # "SC = Part V, Ch. IV", "HCs = Part VI": where the Constitution puts them
    capitals = key.isupper() or (key[:1].isupper() and any(c.isupper() for c in key[1:]))
    opening = long.split()[0] if long else ""
    shouted = opening.isupper() and is_everyday_word(opening.lower())  # "NOT statutory"
    if capitals and long and (not long[:1].isupper() or shouted) and initials.lower() != folded:
        return False  # "NP = no grazing/private rights": what a national park allows; "CoM
        # = wider body (all 3 tiers)" (holdout 551, bad: every "CoM" was written out so);
        # "MCC = NOT statutory" (holdout 586, bad: "report NOT statutory violations")
    if key.islower() and long:
        letters = iter(ch for ch in long.lower() if ch.isalpha())
        if not all(ch in letters for ch in folded if ch.isalpha()):
            return False
    return not (
        long
        and len(folded) >= _LONG_WORD
        and (is_dictionary_word(folded) or key.islower())
        and not fold(long).startswith(folded[:1])
    )  # "handloom = cloth woven on a hand-operated loom": what handloom is, no short form


def _has_phrase(text: str, phrase: str) -> bool:
    """``phrase`` in ``text`` as whole words (not inside a longer word or hyphenation)."""
    start = text.find(phrase)
    while start >= 0:
        end = start + len(phrase)
        before = text[start - 1] if start else " "
        after = text[end] if end < len(text) else " "
        if not (before.isalnum() or before in "_-") and not (after.isalnum() or after in "_-"):
            return True
        start = text.find(phrase, start + 1)
    return False


def _mention_counter(
    texts: list[str],
) -> tuple[
    Callable[[str], int], Callable[[str], int], Callable[[str, str], int], Callable[[str], bool]
]:
    """``mentions(phrase)``: in how many texts the phrase appears as written (at most 2); and
    ``capitals(word)``: in how many texts a capitalised word appears; ``together(a, b)``: in
    how many texts two phrases both appear (at most 2); ``named_longer(phrase)``: whether a
    longer name ends on the phrase."""
    by_word: dict[str, list[int]] = defaultdict(list)
    for i, text in enumerate(texts):
        for word in set(_CAPITAL_TOKEN.findall(text)):
            by_word[word].append(i)
    cache: dict[str, int] = {}

    def mentions(phrase: str) -> int:
        if phrase in cache:
            return cache[phrase]
        tokens = _CAPITAL_TOKEN.findall(phrase)
        count = 0
        if tokens:
            rarest = min(tokens, key=lambda t: len(by_word.get(t, ())))
            for i in by_word.get(rarest, ()):
                if _has_phrase(texts[i], phrase):
                    count += 1
                    if count >= 2:
                        break
        cache[phrase] = count
        return count

    def capitals(word: str) -> int:
        return len(by_word.get(word, ()))

    def together(a: str, b: str) -> int:
        """In how many texts both phrases appear (at most 2); one of them may be a figure
        with no capital (``Lakdawala Expert Group`` and ``1989``)."""
        rare = [
            min(tokens, key=lambda t: len(by_word.get(t, ())))
            for tokens in (_CAPITAL_TOKEN.findall(a), _CAPITAL_TOKEN.findall(b))
            if tokens
        ]
        if not rare:
            return 0
        both = set(by_word.get(rare[0], ())).intersection(*(by_word.get(r, ()) for r in rare))
        count = 0
        for i in sorted(both):
            if _has_phrase(texts[i], a) and _has_phrase(texts[i], b):
                count += 1
                if count >= 2:
                    break
        return count

    def named_longer(phrase: str) -> bool:
        """Does some text name a longer thing that ends on ``phrase``: a capitalised word
        (not an article) or ``X of`` before it?"""
        tokens = _CAPITAL_TOKEN.findall(phrase)
        if not tokens:
            return False
        longer = re.compile(
            rf"(?:\b(?!(?:The|This|That|An?|In|By|On)\b)[A-Z][\w'’-]*|\bof) {re.escape(phrase)}\b"
        )
        rarest = min(tokens, key=lambda t: len(by_word.get(t, ())))
        return any(longer.search(texts[i]) for i in by_word.get(rarest, ()))

    return mentions, capitals, together, named_longer


def _heading_lines(outline: Outline) -> dict[tuple[str, ...], int]:
    lines: dict[tuple[str, ...], int] = {}
    path: list[tuple[int, str]] = []
    for level, text, line in outline.headings:
        while path and path[-1][0] >= level:
            path.pop()
        path.append((level, text))
        lines.setdefault(tuple(t for _, t in path), line)
    return lines
