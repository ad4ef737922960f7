"""Looking things up in the notes: a small search index over their bullets and headings.

:class:`NotesIndex` parses Markdown notes with :func:`quizbot.notes.outline.parse_outline`
into passages: each top-level bullet (with its sub-bullets), numbered item, paragraph and
table row, with its heading path, file and line. It answers

* study questions (:meth:`NotesIndex.lookup`): "what is INSTC?" finds the bullet whose
  term is INSTC; "tell me about Kudankulam" ranks bullets with BM25 over their words (plus
  their headings, and a bonus when the query names a bullet's term), forgiving spelling slips
  in rare words; "summarise the defence programmes" (or "energy cooperation") returns the
  bullets of the section whose heading path holds the query's words. Request words
  ("summarise", "section", "notes") are not search words, and words every part of the notes
  uses ("cooperation", "relations") weigh little. A query whose words are mostly not in the
  notes is "not in my notes", with suggestions only when a term or heading is genuinely close
  (a spelling slip away, or holding the query's distinctive words);
* where a question comes from (:meth:`NotesIndex.passages_for`): its ``source`` line, else
  the best bullet under its heading (or anywhere) that holds its answer.

Search words are :mod:`quizbot.tutor.search_words`, passages :mod:`quizbot.tutor.note_passages`,
and finding a question's passages :mod:`quizbot.tutor.question_sources`.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path

from rapidfuzz import fuzz, process

from quizbot.bank import Question
from quizbot.paths import display_path
from quizbot.text.stopwords import SEARCH_STOPWORDS
from quizbot.tutor.note_passages import IndexedPassage, markdown_files, passages_of
from quizbot.tutor.question_sources import question_passages
from quizbot.tutor.replies import Lookup, Passage
from quizbot.tutor.search_words import GENERIC, subject_of, term_forms, tokens

#: How much a generic word (:data:`~quizbot.tutor.search_words.GENERIC`) counts: a fifth.
GENERIC_WEIGHT = 0.2

#: Most passages a lookup returns (a section summary may return up to SECTION_LIMIT).
LIMIT = 4
SECTION_LIMIT = 12


class NotesIndex:
    """Passages of Markdown notes, searchable; see the module docstring."""

    def __init__(self, units: Sequence[IndexedPassage]) -> None:
        self.units = list(units)
        self._df: Counter[str] = Counter()
        for unit in self.units:
            self._df.update(set(unit.words))
        self._avg = (sum(u.length for u in self.units) / len(self.units)) if self.units else 1.0
        self._forms: list[tuple[set[str], IndexedPassage]] = [
            (term_forms(unit.term), unit) for unit in self.units if unit.term
        ]
        self._headings: dict[tuple[str, ...], list[IndexedPassage]] = {}
        for unit in self.units:
            for depth in range(1, len(unit.passage.headings) + 1):
                self._headings.setdefault(unit.passage.headings[:depth], []).append(unit)
        #: Per heading path: the words of the whole path, and of its own name.
        self._paths: dict[tuple[str, ...], tuple[frozenset[str], frozenset[str]]] = {
            path: (frozenset(tokens(" ".join(path))), frozenset(tokens(path[-1])))
            for path in self._headings
        }
        heading_words = {w for path in self._headings for w in tokens(" ".join(path))}
        #: Every word of the notes: bullets, tables and headings.
        self._known = frozenset(self._df) | heading_words
        self._vocab = sorted(self._known)
        self._order = {id(unit): n for n, unit in enumerate(self.units)}
        self._names: list[tuple[str, tuple[str, ...], frozenset[str]]] | None = None

    # --- building ---

    @classmethod
    def build(cls, paths: Iterable[Path | str]) -> NotesIndex:
        """Index the Markdown files given (directories: their ``*.md``, recursively).
        Unreadable files are skipped."""
        units: list[IndexedPassage] = []
        for path in markdown_files(paths):
            try:
                markdown = path.read_text(encoding="utf-8")
            except (OSError, UnicodeDecodeError):
                continue
            units.extend(
                passages_of(markdown, f"{path.parent.name}/{path.name}", display_path(path))
            )
        return cls(units)

    @classmethod
    def from_markdown(cls, markdown: str, file: str = "notes/notes.md") -> NotesIndex:
        """Index one note given as text (for tests and previews)."""
        return cls(passages_of(markdown, file))

    # --- scoring ---

    def _expand(self, words: list[str]) -> list[str]:
        """Query words, with a spelling slip in a longer word mapped to a word of the notes
        (one starting with the same letter, and closer for a short word: "Kudankulum" →
        kudankulam, but never "shield" → held or "Paris" → praised)."""
        expanded = []
        for word in words:
            if word in self._known or len(word) < 5 or word.isdigit() or not self._vocab:
                expanded.append(word)
                continue
            cutoff = 80 if len(word) > 6 else 85
            found = process.extractOne(
                word, self._vocab, scorer=fuzz.ratio, score_cutoff=cutoff, processor=None
            )
            expanded.append(found[0] if found and found[0][:1] == word[:1] else word)
        return expanded

    def _idf(self, word: str) -> float:
        n = len(self.units)
        df = self._df.get(word, 0)
        return math.log(1 + (n - df + 0.5) / (df + 0.5))

    def weight(self, word: str) -> float:
        """How much a query word counts: its idf, a fifth of it for a generic word."""
        return self._idf(word) * (GENERIC_WEIGHT if word in GENERIC else 1.0)

    def _bm25(self, unit: IndexedPassage, weights: dict[str, float], heading: float) -> float:
        k1, b = 1.2, 0.75
        score = 0.0
        norm = k1 * (1 - b + b * unit.length / self._avg)
        for word, weight in weights.items():
            tf = unit.words.get(word, 0)
            if tf:
                score += weight * tf * (k1 + 1) / (tf + norm)
            if unit.heading_words.get(word):
                score += heading * weight
        total = sum(weights.values())
        for form in unit.term_words:  # the query is mostly this bullet's term: it's about it
            named = sum(weights[w] for w in form) if form and form <= weights.keys() else 0.0
            if named and named >= 0.5 * total:
                score += 0.5 * named
                break
        return score * (0.6 if unit.table else 1.0)

    def _coverage(self, words: list[str]) -> float:
        """The weighted share of the query's words that occur in the notes at all."""
        if not words:
            return 0.0
        total = found = 0.0
        for word in set(words):
            weight = self.weight(word)
            total += weight
            found += weight if word in self._known else 0.0
        return found / total if total else 0.0

    def search(
        self, text: str, *, within: tuple[str, ...] | None = None, limit: int = LIMIT
    ) -> list[tuple[float, IndexedPassage]]:
        """Units ranked by BM25 for ``text`` (only under heading path ``within``, if given)."""
        return self._rank(self._expand(tokens(text)), within=within, limit=limit)

    def _rank(
        self,
        words: list[str],
        *,
        within: tuple[str, ...] | None = None,
        limit: int = LIMIT,
        heading: float = 0.3,
    ) -> list[tuple[float, IndexedPassage]]:
        weights = {word: self.weight(word) for word in words}
        pool = self.units if within is None else self._headings.get(within, [])
        scored = [(self._bm25(unit, weights, heading), unit) for unit in pool]
        scored = [pair for pair in scored if pair[0] > 0]
        scored.sort(key=lambda pair: (-pair[0], pair[1].passage.line))
        return scored[:limit]

    # --- lookups ---

    def _by_term(self, subject: str) -> list[IndexedPassage]:
        wanted = " ".join(tokens(subject))
        if not wanted:
            return []
        exact = [unit for forms, unit in self._forms if wanted in forms]
        if exact:
            return exact
        close = []
        for forms, unit in self._forms:
            best = max((fuzz.ratio(wanted, form) for form in forms), default=0)
            if best >= 90:
                close.append(unit)
        return close

    def _section(self, words: list[str], summary: bool) -> tuple[str, ...] | None:
        """The heading path the query's words name ("energy cooperation" → Areas of
        cooperation › Energy), if one clearly does: its path holds (nearly) all their weight
        and its own name at least one of them; for a question that is not a summary request,
        the words must also name at least half of the heading itself."""
        weights = {word: self.weight(word) for word in words}
        total = sum(weights.values())
        if not total:
            return None
        best: tuple[float, float, int] | None = None
        found: tuple[str, ...] | None = None
        for path, (path_words, own) in self._paths.items():
            named = own & weights.keys()
            if not named or (all(w in GENERIC for w in named) and len(weights) > len(named)):
                continue
            share = sum(v for w, v in weights.items() if w in path_words) / total
            own_share = len(named) / len(own)
            if share < (0.8 if summary else 0.95) or (not summary and own_share < 0.5):
                continue
            key = (round(share, 6), own_share, len(path))
            if best is None or key > best:
                best, found = key, path
        return found

    def lookup(self, query: str) -> Lookup:
        """A study question answered with the best-matching passages (see the module
        docstring); passages empty, with suggestions, when the notes do not cover it."""
        subject, summary = subject_of(query)
        words = self._expand(tokens(subject))
        section = self._section(words, summary)
        if section is not None and summary:
            return Lookup(query, self._section_passages(section))
        termed = self._by_term(subject)
        if termed:
            # The bullets defining it, then whatever else mentions it most.
            more = [u for _, u in self._rank(words, limit=LIMIT + len(termed)) if u not in termed]
            units = _dedupe([*sorted(termed, key=lambda u: u.table), *more])
            return Lookup(query, tuple(u.passage for u in units[:LIMIT]))
        if section is not None:
            return Lookup(query, self._section_passages(section))
        ranked = self._rank(words, heading=1.0 if summary else 0.3)
        if not ranked or self._coverage(words) < 0.5 or self._unknown_name(subject):
            return Lookup(query, (), self.suggest(subject))
        best = ranked[0][0]
        kept = _dedupe([unit for score, unit in ranked if score >= 0.5 * best])
        score_of = {id(unit): score for score, unit in ranked}
        return Lookup(query, tuple(_scored(u.passage, score_of[id(u)]) for u in kept))

    def _unknown_name(self, subject: str) -> bool:
        """A capitalised word of the query ("Doval") that the notes never mention: the
        question is about something else, however well its other words match."""
        for word in subject.split()[1:] if subject[:1].isupper() else subject.split():
            if word[:1].isupper() and word.lower() not in SEARCH_STOPWORDS:
                found = self._expand(tokens(word))
                if found and any(w not in self._known for w in found):
                    return True
        return False

    def _section_passages(self, path: tuple[str, ...]) -> tuple[Passage, ...]:
        """A section's bullets in note order; a section with subsections gives the first
        bullets of each in turn (up to SECTION_LIMIT), so a summary spans all of them."""
        groups: dict[tuple[str, ...], list[IndexedPassage]] = {}
        for unit in self._headings.get(path, []):
            if not unit.table:
                groups.setdefault(unit.passage.headings[: len(path) + 1], []).append(unit)
        picked: list[IndexedPassage] = []
        for rank in range(SECTION_LIMIT):
            picked += [group[rank] for group in groups.values() if rank < len(group)]
            if len(picked) >= SECTION_LIMIT:
                break
        picked = picked[:SECTION_LIMIT]
        picked.sort(key=lambda u: self._order[id(u)])
        return tuple(u.passage for u in picked)

    def _suggestion_names(self) -> list[tuple[str, tuple[str, ...], frozenset[str]]]:
        """Terms and heading names: each with its forms (joined words) and its words."""
        if self._names is None:
            names: dict[str, None] = {}
            for unit in sorted(self.units, key=lambda u: u.table):
                if unit.term:
                    names.setdefault(unit.term, None)
            for path in self._headings:
                if len(path) > 1:
                    names.setdefault(path[-1], None)
            seen: set[frozenset[str]] = set()
            self._names = []
            for name in names:
                forms = tuple(sorted(term_forms(name)))
                key = frozenset(forms)
                if forms and key not in seen:
                    seen.add(key)
                    self._names.append(
                        (name, forms, frozenset(w for f in forms for w in f.split()))
                    )
        return self._names

    def suggest(self, subject: str) -> tuple[str, ...]:
        """Terms and headings genuinely close to ``subject`` (for "not in my notes"): the
        whole a spelling slip away ("Power of Serbia" → Power of Siberia), or holding most of
        its weight, its distinctive words included (so "Paris Agreement" does not bring up
        every agreement). Nothing, rather than something far-fetched."""
        wanted = list(dict.fromkeys(w for w in tokens(subject) if len(w) >= 2))
        if not wanted:
            return ()
        phrase = " ".join(wanted)
        weights = {w: self.weight(w) for w in wanted}
        total = sum(weights.values())
        scored: list[tuple[float, int, str]] = []
        for n, (name, forms, words) in enumerate(self._suggestion_names()):
            whole = max(fuzz.ratio(phrase, form) for form in forms) / 100
            share = sum(
                weight
                for w, weight in weights.items()
                if any(w == x or (len(w) >= 4 and fuzz.ratio(w, x) >= 85) for x in words)
            )
            share /= total
            score = max(whole if whole >= 0.8 else 0.0, share if share >= 0.7 else 0.0)
            if score:
                scored.append((score, n, name))
        scored.sort(key=lambda item: (-item[0], item[1]))
        top = scored[0][0] if scored else 0.0
        return tuple(name for score, _, name in scored if score >= top - 0.1)[:3]

    # --- where a question comes from ---

    def passages_for(self, question: Question) -> tuple[Passage, ...]:
        """The note passages a question comes from (empty when none is found; see
        :mod:`quizbot.tutor.question_sources`)."""
        return question_passages(self, question)


def _dedupe(units: list[IndexedPassage]) -> list[IndexedPassage]:
    """Drop a table row when a bullet defining the same term is among ``units``."""
    terms = {" ".join(tokens(u.term)) for u in units if u.term and not u.table}
    return [u for u in units if not (u.table and " ".join(tokens(u.term)) in terms)]


def _scored(passage: Passage, score: float) -> Passage:
    return replace(passage, score=round(score, 3))
