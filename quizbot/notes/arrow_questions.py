"""The arrow builder: a dated ``Name → what came of it`` line → "Which … is associated with …?"
(and a person on a page of findings: "Who is associated with penicillin (1928)?").

Timelines are written with arrows: ``1909 – **Morley–Minto Reforms** (Indian Councils Act
1909) → separate electorates for Muslims``, ``2008 – **Chandrayaan-1** (PSLV-C11) → evidence
of water molecules on the Moon``. As a cloze such a line is the notes passed through, and the
last gate drops it. The arrow means "led to", "brought", "demanded" or "found" by turns, so
the one relation that is true of every such line is the examiner's own: *associated with*.
This builder asks "Which reforms of 1909 are associated with separate electorates for
Muslims?" when

* the line is the name at its head (after its date), an optional bracket, one arrow and what
  follows it up to a ``;`` or the next arrow;
* the name says what kind of thing it is (``Reforms``, ``Pact``, ``Report``, ``Mission`` …),
  or its heading or lead-in does (``Missions timeline``, ``Gandhi's early satyagrahas:``);
* a year dates it (the line's date, or a year in the name's bracket);
* what follows the arrow is a short phrase with no verb of its own and no shorthand
  (``Simla Conference failed`` is a clause, ``"Do or Die"`` a quotation: neither is asked).

The gate then judges it like any question (the answer not given away, the subject named).
"""

from __future__ import annotations

import re

from quizbot.notes.clause_shapes import base_form
from quizbot.notes.drafts import Context, Draft, Unit, written_question
from quizbot.notes.fragments import shorthand_mark
from quizbot.notes.grammar import A_YEAR, has_verb
from quizbot.notes.names import name_kind
from quizbot.notes.phrases import fold
from quizbot.text.names import is_everyday_word

#: Words that say what kind of thing a name is, and how a question names that kind.
KINDS = {
    "reforms": "reforms",
    "act": "act",
    "pact": "pact",
    "report": "report",
    "plan": "plan",
    "party": "party",
    "mission": "mission",
    "missions": "mission",
    "satyagraha": "satyagraha",
    "satyagrahas": "satyagraha",
    "treaty": "treaty",
    "agreement": "agreement",
    "accord": "accord",
    "commission": "commission",
    "committee": "committee",
    "resolution": "resolution",
    "conference": "conference",
    "movement": "movement",
    "doctrine": "doctrine",
    "protocol": "protocol",
    "convention": "convention",
    "amendment": "amendment",
    "declaration": "declaration",
    "policy": "policy",
    "project": "project",
    "scheme": "scheme",
    "case": "case",
}
_PLURAL = frozenset(("reforms",))
_DATE = r"(?:(?:\d{1,2}\s+)?[A-Z][a-z]{2,8}\.?\s+)?(?P<year>1[5-9]\d\d|20\d\d)"
_LINE = re.compile(
    rf"^(?:{_DATE}(?P<dash>\s[–—-]\s|\s+))?(?:(?P<owner>[A-Z]{{2,5}})'s\s)?"
    r"(?P<name>[A-Z0-9](?:(?!\s[–—-]\s)[^()→;:])*?)\s*(?:\((?P<bracket>[^()]*)\)"
    # after the bracket, what the name belongs to: "Kigali Amendment (2016) to Montreal Protocol"
    r"(?:\s+(?P<link>to|of|under)\s+(?:the\s+)?(?P<parent>[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3}))?)?"
    # an aside after a dash before the arrow is left out: "(Bihar) – indigo farmers … →"
    r"(?:\s[–—-]\s(?P<aside>[^→;]*?))?"
    r"\s*→\s*(?P<result>[^→;]+?)\s*(?:[;→].*)?$"
)
_MAX_RESULT_WORDS = 9
#: A result that opens with one of these reads with "the": "the first civil disobedience".
_NEEDS_THE = re.compile(
    r"^(?:first|second|third|last|only|largest|biggest|oldest)\b|^[a-z]+ for\b"
    r"|^[a-z]+ (?:down|out) of\b"  # "the phase down of HFCs"
    r"|\b(?:doctrine|principle|test|rule|theory)$"  # "the basic structure doctrine"
)  # "the demand for a separate Muslim state"


def _kind(name: str, unit: Unit) -> str | None:
    """What kind of thing the name is: its own last word, else (for a name the writer
    marked in bold: ``Rakesh Sharma`` on a missions timeline is no mission) a word of its
    lead-in or heading."""
    head = re.split(r" (?:to|under) ", name)[0]  # "Kigali Amendment to Montreal Protocol"
    last = fold(head.split()[-1]) if head.split() else ""
    if last in KINDS:
        return KINDS[last]
    if head != name:
        return None  # its own noun ("Amendment") is no kind the builder asks by
    if re.search(r"\s(?:v|vs|v\.|vs\.)\s", name) or (
        not any(w in KINDS for w in fold(name).split())
        and any(re.search(r"\bcases\b", fold(h)) for h in unit.headings)
    ):
        return "case"  # "Indira Gandhi v Raj Narain"; a name on a page of landmark cases
    if not any(fold(name) == fold(b) for b in unit.bold):
        return None
    if len(head.split()) > 1 and is_everyday_word(last):
        return None  # "Strategic Forces Command" under "Nuclear doctrine": a command, its own kind
    around = f"{unit.subject} {unit.headings[-1] if unit.headings else ''}"
    kinds = {KINDS[w] for w in re.findall(r"[a-z]+", fold(around)) if w in KINDS}
    return kinds.pop() if len(kinds) == 1 else None


def arrow_question(unit: Unit, ctx: Context) -> Draft | None:
    """A "Which … is associated with …?" question from a dated arrow line, or ``None``."""
    if "→" not in unit.text:
        return None
    text = unit.text.replace("**", "")
    found = _LINE.match(text)
    if found is None:  # "(1912) Alfred Wegener → continental drift": a person's finding
        found = _LINE.match(_BRACKETED_YEAR.sub(r"\1 – ", text))
        if found is None or not _person(found.group("name").strip(), unit):
            return None
    name = found.group("name").strip()
    bold = any(fold(name) == fold(b) for b in unit.bold)
    if found.group("dash") is not None and not found.group("dash").strip() and not bold:
        return None  # "1918 Ahmedabad mill strike": a date run into a phrase, no name marked
    year = found.group("year") or _year(found.group("bracket") or "")
    result = re.sub(r"\s*\([^()]*\)\s*$", "", found.group("result").strip().rstrip(".,"))
    words = name.split()
    if not words or len(words) > 5 or not all(w[:1].isupper() or w in _JOINING for w in words):
        return None  # not a name: a clause or a phrase of the notes
    if year is None or len(result.split()) > _MAX_RESULT_WORDS or not result[:1].isalpha():
        return None
    finite = re.sub(r"\bto be [a-z]+ed\b", "", result)  # "disputes to be settled bilaterally"
    if has_verb(finite, loose=False) or shorthand_mark(result) or shorthand_mark(name):
        return None  # "Simla Conference failed": a clause, not what it is associated with
    said = _SUBJECT_VERB.match(result) or _ITS_VERB.match(result)
    if (said and base_form(said.group(1))) or _SEQUEL.match(result) or A_YEAR.search(result):
        return None  # a clause ("India stays in …"), a sequel ("then Kargil"), a later step
        # of the story, dated ("Mandal Commission (1979) → report 1980")
    if _ANOTHERS.match(result):
        return None  # "→ Jinnah's 14 points": another's answer to it
    if result.count("(") != result.count(")") or '"' in result:
        return None
    if re.search(r"\b[A-Z]{2,3}'s\b", result):
        return None  # "SL's 13th Amendment": the writer's short form of a name
    kind = _kind(name, unit)
    if kind is None and _person(name, unit):
        return _person_question(unit, name, result, year)
    if kind is None or fold(kind) in fold(result):
        return None
    if re.search(r"[,;:]", result):
        return None  # "→ land to the tiller, no intermediaries, …": a list is associated
        # with nothing one name stands for; the recommendation or head builder reads it
    verb = "are" if kind in _PLURAL else "is"
    named = result[:1].isupper() and result.split()[-1].islower()  # "Pancheshwar project"
    the = "the " if _NEEDS_THE.search(result) or named else ""
    parent = found.group("parent")
    owner = f" {found.group('link')} the {parent}" if parent else ""  # to the Montreal Protocol
    prompt = f"Which {kind} of {year}{owner} {verb} associated with {the}{result}?"
    rank = _RANK_TO.match(result)
    if rank is not None:  # "→ first to scrap a whole class of nuclear missiles": a rank
        was = "were" if kind in _PLURAL else "was"
        prompt = f"Which {kind} of {year}{owner} {was} the {rank.group(1)} to {rank.group(2)}?"
    return written_question(
        unit,
        "arrow",
        prompt,
        name,
        key_kind="event",
        aliases=(*_other_names(found.group("bracket") or ""), *_head_alone(name)),
        marked=any(fold(name) == fold(b) for b in unit.bold),
        at_head=True,
    )


def _head_alone(name: str) -> tuple[str, ...]:
    """``Kigali Amendment`` of ``Kigali Amendment to Montreal Protocol``: right alone."""
    head = re.split(r" (?:to|under) ", name)[0]
    return (head,) if head != name else ()


_BRACKETED_YEAR = re.compile(r"^\((1[5-9]\d\d|20\d\d)\)\s+")
#: Headings or lead-ins of a page of who found or put forward what.
_DEEDS = re.compile(r"\b(?:discover\w*|invent\w*|theor\w*|scientists?)\b")


def _person(name: str, unit: Unit) -> bool:
    """A person at the head of a line on a page of discoveries, inventions or theories: two
    to four capitalised words that name no kind of thing."""
    words = name.split()
    if not 2 <= len(words) <= 4 or any(fold(w) in KINDS or w in _JOINING for w in words):
        return False
    if name_kind(name) not in ("person", "name") or not all(w[:1].isupper() for w in words):
        return False
    around = fold(f"{unit.subject} {' '.join(unit.headings[-1:])}")
    return _DEEDS.search(around) is not None


def _person_question(unit: Unit, name: str, result: str, year: str) -> Draft | None:
    """ "Who is associated with penicillin (1928)?" from ``1928 – Alexander Fleming →
    penicillin, first antibiotic``: what the person found or put forward, up to its first
    comma (the rest describes it), and when."""
    found = result.split(", ")[0].strip()
    if not found or len(found.split()) > 6 or _RANK.match(found):
        return None  # "first Indian in space": the person is it, not associated with it
    if not (found[:1].islower() or found.split()[-1].lower() in _NAMED_FINDINGS):
        return None  # "Varanasi": a place, no finding
    head = re.split(r"\s(?:in|of|from|for|at)\s", found)[0].split()[-1].lower()
    # "the telephone", "the smallpox vaccine"; no article for a substance, an activity, a
    # process or many things ("penicillin", "sea-floor spreading", "evolution", "X-rays")
    mass = (head.endswith(_MASS_ENDINGS) and head not in _COUNTED) or head in ("drift", "dna")
    the = "" if mass and not _NEEDS_THE.search(found) else "the "
    return written_question(
        unit,
        "arrow",
        f"Who is associated with {the}{found} ({year})?",
        name,
        key_kind="person",
        marked=any(fold(name) == fold(b) for b in unit.bold),
        at_head=True,
    )


_RANK = re.compile(r"^(?:the\s+)?(?:first|only|last|\d+(?:st|nd|rd|th))\b")
#: Endings of a found thing's head noun that take no article.
_MASS_ENDINGS = ("in", "ine", "ing", "ism", "ics", "ity", "ion", "sis", "s")
_COUNTED = frozenset("vaccine machine engine turbine line mine magazine".split())
#: Last words of a finding that is a name in capitals (``Continental Drift Theory``).
_NAMED_FINDINGS = frozenset("theory law model principle effect equation hypothesis".split())
_JOINING = frozenset(("of", "and", "the", "&", "for", "on", "in", "to"))
#: A rank in doing something (``first to scrap …``), said with "was the".
_RANK_TO = re.compile(r"^(?:the\s+)?(first|only|last)\s+to\s+([a-z].*)$")
#: A clause with its own subject: a name and a verb in -s (``India stays in …``).
_SUBJECT_VERB = re.compile(r"^[A-Z][\w.'-]*(?: [A-Z][\w.'-]*)* ([a-z]+s)\b")
#: A result that opens on what the name did (``Hunter Commission → recommends …``): a
#: clause, which "is associated with recommends …" would break.
_ITS_VERB = re.compile(
    r"^(recommends|suggests|proposes|demands|urges|favours|favors|advocates|introduces|"
    r"abolishes|bans|allows|creates|replaces|ends|sets)\b"
)
#: A result that is another's doing (``Nehru Report (1928) → Jinnah's 14 points``): the
#: answer to it, not what the name is about.
_ANOTHERS = re.compile(r"^[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*)*['’]s\b")
#: What only came after the name (``Lahore Declaration (1999) → then Kargil``).
_SEQUEL = re.compile(
    r"^(?:then|later|but|yet|after|soon|next|further|another|the next)\b", re.IGNORECASE
)  # "Cabinet Mission → next round" (holdout 262, bad): what came after, no fact of it


def _other_names(bracket: str) -> tuple[str, ...]:
    """The bracket after the name, when it is another name of the same thing
    (``Morley–Minto Reforms (Indian Councils Act 1909)``), not a launcher or a person."""
    words = re.findall(r"[a-z]+", fold(bracket))
    return (bracket.strip(),) if bracket[:1].isupper() and any(w in KINDS for w in words) else ()


def _year(bracket: str) -> str | None:
    found = re.search(r"\b(1[5-9]\d\d|20\d\d)\b", bracket)
    return found.group(1) if found else None


_CHAIN_HEAD = re.compile(rf"^{_DATE}\s[–—-]\s")
#: The chain's last step: a name, perhaps "w/" the other party (``**Poona Pact** w/ Ambedkar``).
_CHAIN_END = re.compile(
    r"^(?P<name>[A-Z][^()]*?)(?:\s+(?:w/|with)\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*)?$"
)
_MAX_STEP_WORDS = 8


def chain_question(unit: Unit, ctx: Context) -> Draft | None:
    """ "Which pact of 1932 followed Gandhi's fast in Yerwada jail?" from a dated chain
    ``1932 – Communal Award → Gandhi's fast in Yerwada jail → **Poona Pact** w/ Ambedkar``,
    or ``None``.

    Along a chain each arrow means "led to", "was answered by" or "ended in" by turns, but
    every step follows the one before it: "followed" is the one relation that reads true in
    every chain. Only the last step is asked, and only when the writer marked it in bold and
    its name says its kind; the step before it must be a short phrase with no verb or
    shorthand of its own (it is the question's only clue)."""
    steps = [s.strip() for s in unit.text.replace("**", "").split("→")]
    if len(steps) < 3:
        return None
    head = _CHAIN_HEAD.match(steps[0])
    end = _CHAIN_END.match(steps[-1])
    if head is None or end is None:
        return None
    name = end.group("name").strip()
    words = name.split()
    if not any(fold(name) == fold(b) for b in unit.bold) or not 1 < len(words) <= 5:
        return None
    kind = KINDS.get(fold(words[-1]))
    before = re.sub(r"\s*\([^()]*\)", "", steps[-2]).strip()
    if kind is None or not before[:1].isalpha() or len(before.split()) > _MAX_STEP_WORDS:
        return None
    if has_verb(before, loose=False) or shorthand_mark(before) or '"' in before:
        return None
    if fold(kind) in fold(before) or fold(words[0]) in fold(before):
        return None  # the step before names the answer's kind or its name: a cue
    prompt = f"Which {kind} of {head.group('year')} followed {before}?"
    return written_question(
        unit,
        "arrow",
        prompt,
        name,
        key_kind="event",
    )
