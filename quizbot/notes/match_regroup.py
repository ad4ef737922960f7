"""A notes file's bullet matches after every question is built: the pairs another question
asks are taken out, the parts of one match shared out again, and near-copies of one
template asked once (split from :mod:`~quizbot.notes.bullet_match`)."""

from __future__ import annotations

import re
from dataclasses import replace

from quizbot.bank.model import Cloze, Match, Mcq, Question, Short
from quizbot.notes.bullet_match import MIN_PAIRS, PROMPT_OPENING, explanation, part_count
from quizbot.notes.entities import KINDS_OF_A_HEADING
from quizbot.notes.glossary import GLOSSARY_HEADING, GLOSSARY_KIND
from quizbot.notes.identify import MIN_CLUES
from quizbot.notes.phrases import fold


def repeats_asked_facts(question: Question, asked: set[str]) -> bool:
    """A bullet match most of whose names other questions already take as their key: a
    second question on those facts (one fact, one question)."""
    if not isinstance(question, Match) or not question.prompt.startswith(PROMPT_OPENING):
        return False
    again = sum(fold(name) in asked for name, _ in question.pairs)
    return 2 * again > len(question.pairs)


def without_asked_pairs(question: Question, asked: set[str]) -> Question | None:
    """The question, a bullet match without the pairs other questions already ask (the
    single question asks that fact; the match asks the rest), or ``None`` when most of its
    pairs are asked elsewhere or fewer than :data:`MIN_PAIRS` are left."""
    if not isinstance(question, Match) or not question.prompt.startswith(PROMPT_OPENING):
        return question
    if repeats_asked_facts(question, asked):
        return None
    left = tuple(pair for pair in question.pairs if fold(pair[0]) not in asked)
    if len(left) < MIN_PAIRS:
        return None
    if len(left) == len(question.pairs):
        return question
    return replace(question, pairs=left, explanation=explanation(left))


_PART = re.compile(r"^(?P<head>.*) \(part (?P<i>\d+) of (?P<n>\d+)\)\.$")


#: A glossary's term asked from its meaning (the kind :data:`~quizbot.notes.glossary.
#: GLOSSARY_KIND` is said only of a glossary's terms, "type of …" only of a "Types:" list's).
_A_TERMS_MEANING = re.compile(
    rf"\bWhich (?:{GLOSSARY_KIND}|(?:{'|'.join(KINDS_OF_A_HEADING)})[\w -]+) is described as “"
)
#: A quoted description in a prompt (``Which institution is described as “…”?``).
_QUOTED = re.compile(r"“[^”]*”")


def one_per_template(questions: list[Question]) -> list[Question]:
    """The first question of each template under one heading: ``Which institution is
    described as “…”?`` asked of IBRD, IFC and MIGA of one list is three near-copies of one
    question (review 4), so only one is asked (the least id, wherever the bullets move);
    the list's other items are left to its match. A template is the prompt with its
    quoted description taken out. A ruler read out from three clues or more ("Who is
    described here? “…”; “…”; “…”") is no copy of another: each asks a ruler of its own."""
    first: dict[tuple[str, str, str], str] = {}
    for question in questions:
        template = _template(question)
        if template is not None and question.id < first.get(template, "\uffff"):
            first[template] = question.id  # the least id: moving a bullet keeps every id
    return [q for q in questions if (t := _template(q)) is None or first[t] == q.id]


def _template(question: Question) -> tuple[str, str, str] | None:
    prompt = getattr(question, "prompt", "")
    if not isinstance(question, Short | Mcq) or "“" not in prompt:
        return None
    if len(_QUOTED.findall(prompt)) >= MIN_CLUES:
        return None
    heading = question.source.heading if question.source else ""
    if GLOSSARY_HEADING.search(heading.rsplit(" › ", 1)[-1]) or _A_TERMS_MEANING.search(prompt):
        return None  # a glossary's terms, each its own word to learn (Free float, Tandava)
    return (heading, type(question).__name__, _QUOTED.sub("“”", prompt))


def regrouped(questions: list[Question], asked: set[str]) -> list[Question]:
    """:func:`without_asked_pairs` over every question, the parts of one match taken
    together: when pairs asked elsewhere leave a part short, the pairs left of all its parts
    are shared out again (eight amendments, one asked alone, make one match of seven, not a
    "part 2 of 2" with no part 1). Near-copies of one template are asked once first
    (:func:`one_per_template`), and a glossary's match is not left too short by its terms
    asked one by one (:func:`left_to_matches`)."""
    fewer = left_to_matches(one_per_template(questions))
    if len(fewer) != len(questions):
        questions, asked = fewer, asked_keys(fewer)
    parts: dict[str, list[Match]] = {}
    for question in questions:
        found = _PART.match(getattr(question, "prompt", ""))
        if isinstance(question, Match) and found and question.prompt.startswith(PROMPT_OPENING):
            heading = question.source.heading if question.source else ""
            parts.setdefault(f"{heading}|{found.group('head')}", []).append(question)
    redone: dict[str, Question | None] = {}
    for key, group in parts.items():
        if all(without_asked_pairs(q, asked) is q for q in group):
            continue
        left = [p for q in group for p in q.pairs if fold(p[0]) not in asked]
        chunks = part_count(len(left)) if len(left) >= MIN_PAIRS else 0
        size = -(-len(left) // chunks) if chunks else 0
        head = key.split("|", 1)[1]
        for c, question in enumerate(group):
            pairs = tuple(left[c * size : (c + 1) * size]) if c < chunks else ()
            part_of = f" (part {c + 1} of {chunks})" if chunks > 1 else ""
            redone[question.id] = (
                replace(
                    question,
                    pairs=pairs,
                    prompt=f"{head}{part_of}.",
                    explanation=explanation(pairs),
                )
                if pairs
                else None
            )
    kept: list[Question] = []
    for question in questions:
        made = redone.get(question.id, question) if question.id in redone else question
        made = without_asked_pairs(made, asked) if made is not None else None
        if made is not None:
            kept.append(made)
    return kept


def asked_keys(questions: list[Question]) -> set[str]:
    """The keys (folded) that questions other than matches ask, each blank's forms too."""
    asked: set[str] = set()
    for question in questions:
        if isinstance(question, Cloze):
            asked.update(fold(form) for blank in question.blanks for form in blank)
        elif isinstance(question, Short | Mcq):
            asked.update(fold(form) for form in question.answer.split("|"))
        if isinstance(question, Short):  # "Article 269" asks the pair named "Art. 269" too
            asked.update(fold(form) for form in question.aliases)
    return asked


_CALLED = re.compile(r"^What is .+ called\?$")
#: A cloze of a glossary line on its term: ``{{Fjord}}: drowned glacial valley …``.
_TERM_CLOZE = re.compile(r"^\{\{[^{}]+\}\}:")


def _names_a_term(question: Question) -> str | None:
    """The term a question asks from its definition, if it does ("What is … called?", a
    cloze on the term a glossary line opens on)."""
    if isinstance(question, Short) and _CALLED.match(question.prompt.rsplit(": ", 1)[-1]):
        return question.answer
    if isinstance(question, Cloze) and _TERM_CLOZE.match(question.text):
        return question.blanks[0][0]
    return None


def left_to_matches(questions: list[Question]) -> list[Question]:
    """The questions, less the "What is … called?" short answers (and clozes of a term's
    glossary line) that would leave a bullet
    match of their section too short to ask: a glossary's match asks every term at once,
    and the short answers would take its pairs out of it one by one (four terms asked as one
    match, not one short answer and no match). Where the match keeps :data:`MIN_PAIRS`
    pairs without them, both are asked. A short answer that asks a pair of a match that is
    asked the other way round is left out (:func:`_repeating`)."""

    def section(q: Question) -> str:
        return q.source.heading if q.source else ""

    called = [(q, term) for q in questions if (term := _names_a_term(q)) is not None]
    asked = asked_keys(questions)
    dropped: set[int] = set()
    for match in questions:
        if not isinstance(match, Match) or not match.prompt.startswith(PROMPT_OPENING):
            continue
        lefts = {fold(left) for left, _ in match.pairs}
        taking = [q for q, term in called if section(q) == section(match) and fold(term) in lefts]
        left = len(lefts - asked)  # what the match keeps (see without_asked_pairs)
        if taking and left < MIN_PAIRS:
            # what it keeps without them: a term another question asks as well stays asked
            # (holdout 745: "Durjaya" is asked as a capital, and the match was dropped after
            # the short answers it was to replace)
            ids = {id(q) for q in taking}
            if len(lefts - asked_keys([q for q in questions if id(q) not in ids])) >= MIN_PAIRS:
                dropped.update(ids)
        if left >= MIN_PAIRS or (taking and left + len(taking) >= MIN_PAIRS):
            dropped.update(id(q) for q in _repeating(questions, match, section(match)))
    return [q for q in questions if id(q) not in dropped]


def _repeating(questions: list[Question], match: Match, heading: str) -> list[Short]:
    """The short answers of the match's section that ask one of its pairs the other way
    round ("Who founded the Arya Samaj (1875)?" beside the pair Arya Samaj – Dayanand
    Saraswati, Bombay): the match asks that fact already."""
    found = []
    for q in questions:
        if not isinstance(q, Short) or (q.source.heading if q.source else "") != heading:
            continue
        prompt, answer = fold(q.prompt), fold(q.answer)
        if any(
            fold(left) in prompt and fold(right).startswith(answer) for left, right in match.pairs
        ):
            found.append(q)
    return found
