"""The arrow check of the line checks (split from :mod:`~quizbot.notes.line_checks`):
:func:`arrow_dropped`, a question that runs together the parts a note line links with
arrows (``TRIPS → Patents (Amendment) Act 2005 → product patents`` asked "___ – Patents
(Amendment) Act 2005"), or keeps only what follows an arrow, which has lost its subject. Only
a question made wholly from the clause before the first arrow (or one ``;`` clause standing
alone) is kept, or one a builder words from the arrow itself (:data:`_READS_ARROWS`), or a
glossary's term asked from the meaning its one arrow gives."""

from __future__ import annotations

import re
from itertools import pairwise

from quizbot.bank.model import CLOZE_BLANK, Cloze, Question, Short, filled_in
from quizbot.notes.clauses import it_named
from quizbot.notes.doer_lines import reads_a_head_clause
from quizbot.notes.drafts import Context, Draft, Unit
from quizbot.notes.fragments import shown
from quizbot.notes.grammar import has_verb
from quizbot.notes.phrases import fold
from quizbot.notes.shorthand import PAST_VERB, a_persons_deed_in_a_body, passive_written_out
from quizbot.notes.timeline_heads import UNIQUE

_ARROW_MARKS = ("→", "->", "=>", "⇒", "⟶", "⟹")
ARROWS = re.compile(r"\s*(?:→|->|=>|⇒|⟶|⟹)\s*")
_WORD = re.compile(r"[A-Za-z][A-Za-z']{2,}|\d{3,4}")
_STOP = frozenset(
    "the and for with from that this was were are has had have its which who what when where "
    "how does stand question associated".split()
)


def _words(text: str) -> set[str]:
    return {w.lower() for w in _WORD.findall(text)} - _STOP


def _question_text(question: Question) -> str:
    if isinstance(question, Cloze):
        return filled_in(question.text)
    text = shown(question)
    if isinstance(question, Short):
        text += " " + question.answer
    return text


def _clauses(line: str) -> list[tuple[str, bool]]:
    """The line's clauses and whether each may stand alone: the part before the first
    arrow, and a ``;`` clause after an arrow that is not the arrow's own continuation."""
    out: list[tuple[str, bool]] = []
    parts = ARROWS.split(line.replace("**", ""))
    for index, part in enumerate(parts):
        for sub_index, clause in enumerate(part.split(";")):
            # "… → Right to Property deleted by …; it is now …": "it" is the subject before
            named = it_named(clause.strip(), out[-1][0]) if sub_index else None
            alone = index == 0 or sub_index > 0
            if index + 1 < len(parts) and _A_MOVE.search(clause):
                alone = False  # "shifted capital Trichy → Madurai": from one to the other
            out.append((named or clause, alone))
    return out


def _move_cut_short(question: Question, line: str) -> bool:
    """``shifted capital Trichy → Madurai`` asked "Thirumalai Nayak shifted capital ___."
    (holdout 385, bad: it reads as a move to Trichy): the question keeps the move's start
    and drops where it went."""
    said = fold(filled_in(_question_text(question)))
    parts = ARROWS.split(line.replace("**", ""))
    for before, after in pairwise(parts):
        start, end = _A_MOVE.search(before), re.match(r"\s*([A-Z][\w'’-]*)", after)
        if start and end and fold(start.group("start")) in said and fold(end.group(1)) not in said:
            return True
    return False


#: A move whose arrow leads to where it went: the part before the arrow is its start.
_A_MOVE = re.compile(
    r"\b(?:shift|move|transfer|relocate)(?:s|ed|red|d)?\s+(?:(?:the|its|his|her)\s+)?"
    r"(?:HQ|capital|seat|headquarters|base|court)\s+"
    r"(?P<start>[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?)\s*$"
)


_RELATION = re.compile(
    r"(?:associated with|known as|followed|led to|resulted in|"
    r"(?:was|were) the (?:first|only|last) to) ([^?]+)\?$"
)
_POINTER = re.compile(r"\b(?:it|they|them|this|these)\b", re.IGNORECASE)
#: A verb in the past opening a part, as the shorthand writer joins an arrow to it.
_PAST_VERB = re.compile(PAST_VERB)
#: Past-tense verbs that, opening the part after an arrow, make ``X → reached Mars orbit``
#: read as ``X reached Mars orbit`` (adjectives such as *unified* or *secured* do not).
_JOINING_VERBS = frozenset(
    "reached became led launched landed won signed ended began created replaced defeated "
    "founded formed merged abolished introduced passed struck made gave set took declared "
    "established".split()
)


def _named_relation(prompt: str) -> bool:
    """``Which doctrine of 1947 is associated with containment?``: the arrow read as
    *associated with* (or *followed*) a plain noun phrase keeps the relation; a clause
    (``repeal it, fold powers into UAPA``) or a list (``NAM, Belgrade (1961): …``) does not."""
    found = _RELATION.search(prompt)
    if found is None:
        return False
    target = found.group(1)
    return (
        len(target.split()) <= 10
        and not re.search(r"[,:;]", target)
        and _POINTER.search(target) is None
    )


def _rebuilt_sentence(question: Question, line: str) -> bool:
    """The generator wrote a sentence of its own (``… shifted the capital from Delhi to
    ___ in 1327.``), not the note line with its arrow taken out."""
    text = _question_text(question)
    if not text.endswith(".") or " – " in text or ":" in text:
        return False
    line_tokens = set(re.findall(r"[a-z']+", line.lower()))
    if _run_together(text, line):
        return False  # "Bahlul Lodi issued copper coin ___ remained in …": a doer put before
    return any(t not in line_tokens for t in re.findall(r"[a-z']+", text.lower()))


def _run_together(text: str, line: str) -> bool:
    """Does ``text`` hold a word before one of the line's arrows next to the word after it
    (``… coin ___ remained …`` of ``Issued copper coin **Bahloli** → remained …``)?"""
    said = " ".join(re.findall(r"[a-z']+", filled_in(text).lower()))
    parts = ARROWS.split(line.replace("**", ""))
    for before, after in pairwise(parts):
        last = re.findall(r"[a-z']+", before.lower())[-1:]
        first = re.findall(r"[a-z']+", after.lower())[:1]
        if last and first and f"{last[0]} {first[0]}" in said:
            return True
    return False


def _joined_by_a_verb(question: Question, line: str) -> bool:
    """Every arrow the question crosses is followed by a past-tense verb, so the joined
    text reads as subject and predicate."""
    asked = _words(_question_text(question))
    parts = ARROWS.split(line.replace("**", ""))
    if " – " in _bare_head(parts[0]) or re.search(r"\b[a-z]{4,}\b", _bare_head(parts[0])):
        return False  # the part before the arrow is more than a name: not a subject
    if len(parts) > 1 and a_persons_deed_in_a_body(_bare_head(parts[0]), parts[1].strip()):
        return False  # "Constituent Assembly → chaired …": who chaired, not the Assembly
    crossed = [p for p in parts[1:] if _words(p) & asked]
    return bool(crossed) and all(_opens_on_a_past_verb(p) for p in crossed)


def _opens_on_a_past_verb(part: str) -> bool:
    """``pushed back the Hunas``, ``won Gujarat``: a verb in the past, not a passive
    (``upgraded to``, ``renamed as``), as :mod:`~quizbot.notes.shorthand` joins an arrow."""
    words = part.split()
    if words and words[0].lower() in _JOINING_VERBS:
        return words[1:2] != ["by"]  # "won Gujarat", "led the revolt"
    return _PAST_VERB.match(f"{part.strip()} ") is not None


def _bare_head(part: str) -> str:
    """The part before an arrow without its bullet, leading date and brackets."""
    head = re.sub(r"\s*\([^()]*\)", "", part).strip(" -–")
    return re.sub(r"^(?:\d{3,4}|[A-Z][a-z]{2,8}\.? \d{3,4})\s*[–-]\s*", "", head)


def _key_then_description(question: Question, line: str) -> bool:
    """``Kosi → "Sorrow of Bihar", keeps shifting its course`` shown as ``___ – "Sorrow of
    Bihar", keeps …``: the arrow stood for *is* between the key alone and a description
    that has a verb; a name after the arrow (``TRIPS → Patents (Amendment) Act 2005``)
    is another thing, and the dash would make the two one."""
    key = cloze_key(question)
    parts = ARROWS.split(line.replace("**", ""))
    if key is None or len(parts) != 2:
        return False
    head = _bare_head(parts[0])
    tail = parts[1].strip()
    dashed = isinstance(question, Cloze) and re.search(
        r"\}\}(?:\s*\([^()]*\))*\s+– ", question.text
    )
    # "Baba Farid (Pakpattan; verses in …)": a name, its bracket no description of the key
    described = has_verb(re.sub(r"\([^()]*\)", "", tail)) or tail[:1] in "\"“'"
    return head == key and dashed is not None and described and _POINTER.search(tail) is None


#: A question that asks a term from its description, quoted or said whole.
_AS_DESCRIBED = re.compile(
    r"\bWhich [\w ]+ is described as “[^”]+”\?$|\bWhat (?:is|are) .+ called\?$"
)


def _head_from_its_description(question: Question, line: str) -> bool:
    """``Rights issue → offered to existing shareholders …`` asked "Which term is described as
    “offered to existing shareholders …”?": the head is the answer, the question's words are
    the head's and its first arrow's, and nothing after a further arrow runs into them."""
    if not isinstance(question, Short) or not _AS_DESCRIBED.search(question.prompt):
        return False  # "… is associated with keep it, but use sparingly?": no description
    parts = ARROWS.split(line.replace("**", ""))
    if len(parts) < 2 or fold(_bare_head(parts[0])) != fold(question.answer):
        return False
    if re.search(r"(?<!^)\b[A-Z][a-z]", re.sub(r"\([^()]*\)", "", parts[1].strip())):
        return False  # "Vajrayana → founder Padmasambhava": a relation to a name, no meaning
    if re.fullmatch(r"[A-Z][a-z]+s", question.answer):
        return False  # "Cholas → peak of vimana": a people's time, no term's meaning
    if UNIQUE.match(parts[1].strip()):
        return False  # "CCMB → first DNA fingerprinting test (1988)": a record, no meaning
    if parts[1].count(",") >= 2:
        return False  # "Factors → parent material, climate, relief, …": a list, no meaning
    return _words(_question_text(question)) & _words(line) <= _words(parts[0]) | _words(parts[1])


def _head_asked(question: Question, line: str) -> bool:
    """Is the key of a term question, or of a cloze, the head before the line's first
    arrow?"""
    key = question.answer if isinstance(question, Short) else cloze_key(question)
    parts = ARROWS.split(line.replace("**", ""), maxsplit=1)
    return key is not None and len(parts) == 2 and fold(_bare_head(parts[0])) == fold(key)


def a_meaning(line: str) -> bool:
    """Is what follows a head's arrow its meaning? Not a deed ("Afghan tribal ethos → treated
    nobles as equals", holdout 381, bad), nor of a head that is a deed or a relation
    ("Issued copper coin Bahloli → …", "SALR < DALR always → …"), nor one side of a
    contrast ("Stable air → layered clouds; unstable → towering cumuliform clouds": what
    stable air brings, holdout 380, bad); a further arrow of another term ("…; green shoe
    option → …"), of the head's own word ("Pediment → …; merging pediments → pediplain") or of
    its excess ("Thyroxine → sets the metabolic rate; excess → …") leaves its meaning whole."""
    parts = ARROWS.split(line.replace("**", ""), maxsplit=1)
    if len(parts) < 2:
        return True  # no arrow: nothing to read as a deed
    bare, tail = fold(_bare_head(parts[0])), parts[1].strip()
    if _A_DEED.match(tail) or _A_DEED.match(f"{bare} ") or re.search(r"[<>≠=]", bare):
        return False
    if re.search(r"\b(?:is|are|was|were|not)\b", bare) or A_CHANGE.match(bare):
        # "Rain is NOT continuous → …": a claim, no term (holdout 388, bad); "Stronger
        # Walker cell → normal monsoon": what a change brings (holdout 394, bad)
        return False
    first = re.split(r"\s*(?:→|;)\s*", tail, maxsplit=1)[0]
    if " but " in first and re.search(r"[a-z]{3}s$", bare) and not bare.endswith("ss"):
        return False  # "Hot humid tropics → huge litter but very fast bacterial decay": what
        # happens there (holdout 391, bad), not what the plural is
    if re.search(r"\b(?:people|tribes?|community|communities|dynasty)$", bare):
        return False  # "Uros people → floating islands of totora reeds": where they live
        # (holdout 390, bad: "Which term is described as “floating islands …”?")
    other = re.search(r";\s*([^;→]+?)\s*(?:→|->|=>|=)", tail)
    if other is None:
        return True
    words = re.findall(r"\w+", fold(other.group(1)))
    if set(words) & _POINTING_BACK:
        return False  # "…; gap b/w the two = …": the head was one of two things compared
    said = [w.rstrip("s") for w in words]
    own = [w.rstrip("s") for w in re.findall(r"\w+", bare) if len(w) > 2]
    return not any(w.endswith(o) and w != o for w in said for o in own)  # "…; unstable → …"


#: A verb in the past and its object or place (``treated nobles``, ``remained in``, ``chaired
#: Advisory Committee``), never a participle of a thing (``raised base``).
_A_DEED = re.compile(
    rf"{PAST_VERB}(?:[\"“]|\w+s\b|(?-i:[A-Z][a-z])|(?:the|a|an|his|her|its|their|every|in|on|"
    r"at|for|with|from|until|till|after|before)\b)",
    re.IGNORECASE,
)
#: A head that opens on a comparison (``Stronger Walker cell``), not a name's own word
#: (``Greater Himalaya``, ``Lower Ganga canal``): a change, whose arrow says what it brings.
A_CHANGE = re.compile(
    r"(?:stronger|weaker|warmer|cooler|colder|hotter|fewer|larger|smaller|deeper|shallower|"
    r"faster|slower|heavier|wetter|drier|wider|narrower|thicker|thinner|denser|more|less|"
    r"better|worse)\s"
)
#: Words that point back to the line's first head.
_POINTING_BACK = frozenset("two both former latter".split())


#: Builders that read the line's arrow themselves and word the relation in the question
#: (``→ 86th Amdt`` after a lettered article: "Which amendment inserted Article 21A …?";
#: ``→ Britain passed …`` after an incident: "…, after which Britain passed …?";
#: ``→ India 4th country to …``: "Which mission made India the fourth country to …?").
_READS_ARROWS = frozenset(
    (
        "amendment",
        "incident",
        "country-first",
        "dated-first",  # "India → first country to …": the arrow is read as "became"
        "done-by",
        "amendment-line",  # "52nd (1985) – … → …": its first clause is read
        "coined",  # "Ecosystem → term by A.G. Tansley (1935)": the arrow's clause is read
        "founder",
        "recommendation",
        "seat",
        "leader",
        "chair",
        "role",  # "Taj Mahal → …; chief architect …": the head before the arrow owns the role
        "superlative",  # "Rakhigarhi → largest Harappan site": the claim ends at any further arrow
        "holder",  # "first NP = Hailey NP (1936) → now Jim Corbett NP": the claim is its clause
        "relation",  # "Taj Mahal → Shah Jahan" under "Monuments → builders": the heading says it
        "members",  # "6 members → 3 from RBI + 3 external": the count is before the arrow
        "heritage",  # "1987 – Pattadakal group → UNESCO WHS": the arrow is the inscription
        "label-line",  # "HQ → Dholpur House, New Delhi": the arrow joins label and value
        "observed-day",  # "World Elephant Day → 12 Aug": the arrow joins the day and its date
        "observed-day-aside",
        "abbreviation",  # "OPC: One Person Co → …": the letters' words, before the arrow
        "verdict",  # "Swiss Ribbons v UoI → IBC upheld by SC": the court's deed, read
        "route",  # "(Kolkata → Sittwe port → Mizoram)": the arrows are the route's stops
        "head-identify",  # "Sargasso Sea → calm centre …": the arrow says what the head is
        "article-identify",  # "Art. 268 → levied by Union …": so it does of an article
        "term-identify",  # and of a term: "**bore** → steep wave …"
        "identify",  # a ruler's deeds: a clue is a part before any arrow, or none
        "battle",  # "Battle of Wandiwash → Eyre Coote beats Lally": who beat whom in it
    )
)


def arrow_dropped(question: Question, draft: Draft, unit: Unit | None, ctx: Context) -> str | None:
    if unit is None or not any(arrow in unit.text for arrow in _ARROW_MARKS):
        return None
    if draft.rule in _READS_ARROWS:
        return None
    if isinstance(question, Short) and _named_relation(question.prompt):
        return None
    if _move_cut_short(question, unit.text):
        return "a move's arrow is cut: where it went is lost"
    if _rebuilt_sentence(question, unit.text) or _joined_by_a_verb(question, unit.text):
        return None
    if passive_written_out(unit.text) in filled_in(_question_text(question)):
        return None  # "Virupaksha temple was built by queen ___ …": one clause, read whole
    if reads_a_head_clause(_question_text(question), unit.text):
        return None  # "Satluj enters India at ___.": the head, then its clause
    if _head_asked(question, unit.text) and not a_meaning(unit.text):
        return "what follows the head's arrow is what it does or brings, not what it means"
    if _key_then_description(question, unit.text):
        return None
    if _head_from_its_description(question, unit.text) and id(unit) in ctx.glossary:
        return None  # a glossary's "Rights issue → offered to existing shareholders …"
    line_words = _words(unit.text)
    asked = _words(_question_text(question)) & line_words
    if not asked:
        return None
    for clause, alone in _clauses(unit.text):
        if alone and asked <= _words(clause):
            return None
    return "the note line's arrow is lost: the question runs its parts together"


def cloze_key(question: Question) -> str | None:
    """The key of a cloze's first blank, or ``None`` of any other question."""
    if isinstance(question, Cloze):
        found = CLOZE_BLANK.search(question.text)
        return found.group(1).split("|")[0] if found else None
    return None
