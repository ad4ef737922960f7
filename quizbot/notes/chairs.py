"""The chair builder: a body named with its chair or first president in brackets.

Notes put who chaired or headed a body in a bracket right after its name, with its year:
``National Commission on Urbanisation (1985, chair **Charles Correa**) → report 1988``,
``The **2nd National Commission on Labour** (chair **Ravindra Varma**, report 2002) advised
…``, ``New Development Bank (first president K.V. Kamath)``. A cloze of the line is a note,
not a sentence (the last gate drops it); the bracket alone says who led the body, so the
person is asked of it:

    "Who chaired the National Commission on Urbanisation (1985)?"
    "Who was the first president of the New Development Bank?"

The body is the run of capitalised words (with *of*, *on*, *for*, *and*) before the
bracket, and names a body (a word of it says so: *Commission*, *Bank* …, or it is an
acronym); the bracket holds the role and a person's name, ending its part (``chaired by G.V.
Mavalankar when sitting as legislature`` says when, and is not asked), and may hold a year,
which dates the question (a report's year does not).

A body may name its chair after it instead: ``**Bankruptcy Law Reforms Committee (BLRC)**
chaired by **T.K. Viswanathan** (report 2015)`` → "Who chaired the Bankruptcy Law Reforms
Committee (BLRC)?"; an office there (``GST Council → chaired by Union FM``) is whoever holds
it, and an office's line is left to the other rules.
"""

from __future__ import annotations

import re

from quizbot.notes.drafts import Context, Draft, Unit, written_question
from quizbot.notes.grammar import OFFICES, with_the
from quizbot.notes.names import expansions, name_kind
from quizbot.notes.timeline_dates import leading_date
from quizbot.text.names import is_everyday_word

_WORD = r"[A-Z][\w.'’&-]*"
_BODY_BRACKET = re.compile(
    rf"(?P<body>(?:\d+(?:st|nd|rd|th)\s+)?{_WORD}(?:\s+(?:{_WORD}|of|on|for|and|in))*)"
    r"\s*\((?P<inner>[^()]*)\)"
)
_ROLE = re.compile(
    r"^(?P<role>chair|chairman|chairperson|chaired by|head|headed by|"
    r"(?:first\s+)?(?:president|pres\.))\s+(?P<person>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})$"
)
_ROLE_WORD = re.compile(r"\((?:[^()]*\W)?(?:chair|head|pres)")
_YEAR = re.compile(r"^(?:1[5-9]|20)\d\d$")
#: The last words of a body's name.
_BODIES = frozenset(
    """commission committee council board bank conference assembly panel group authority
    corporation fund forum survey tribunal mission cttee""".split()
)
_ACRONYM = re.compile(r"^[A-Z]{3,}$")


#: A dated line's body *under* its head: ``1955 – **Official Language Commission** under
#: **B.G. Kher** (report 1956)``.
_UNDER = re.compile(
    rf"^(?P<year>(?:1[5-9]|20)\d\d)\s*[–—-]\s*(?P<body>{_WORD}(?:\s+(?:{_WORD}|of|on|for|and))*)"
    r"\s+under\s+(?P<person>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s*(?:$|[(;,→–—])"
)


#: A dated line's body with its head alone in a bracket: ``1951–54 – All India Rural Credit
#: Survey Committee (**A.D. Gorwala**) → …`` (initials, or a title, say the bracket is a
#: person: ``(PAC)``, ``(Repeal)`` are not).
_BRACKETED_HEAD = re.compile(
    rf"^(?P<year>(?:1[5-9]|20)\d\d(?:[–-]\d{{2,4}})?)\s*[–—-]\s*"
    rf"(?P<body>(?:\d+(?:st|nd|rd|th)\s+)?{_WORD}(?:\s+(?:{_WORD}|of|on|for|and))*)\s*"
    r"\((?P<person>(?:(?:Justice|Dr\.?|Sir|Prof\.?)\s+)?(?:[A-Z]\.\s?)*[A-Z][a-z]+"
    r"(?:\s+[A-Z][a-z]+)?)\)\s*(?:$|[;,→–—])"
)


def _bracketed_head_question(unit: Unit) -> Draft | None:
    """ "Who headed the All India Rural Credit Survey Committee (1951–54)?" (holdout 272's key
    fact, never asked)."""
    found = _BRACKETED_HEAD.match(unit.text.replace("**", ""))
    if found is None:
        return None
    body, person = found.group("body").strip(), found.group("person").strip()
    if not {w.lower() for w in body.split()} & _BODIES or person.split()[-1] in body.split():
        return None  # "Sapru Committee (T.B. Sapru)": named after its head
    if "." not in person and person not in unit.bold:
        return None  # "(Repeal)", "(Linlithgow)": initials or the writer's bold say a person
    return _chair_draft(unit, f"Who headed {with_the(body)} ({found.group('year')})?", person)


def _under_question(unit: Unit) -> Draft | None:
    """ "Who headed the Official Language Commission (1955)?" (holdout 176 asked nothing of
    ``1955 – Official Language Commission under B.G. Kher``)."""
    found = _UNDER.match(unit.text.replace("**", ""))
    if found is None:
        return None
    body, person = found.group("body").strip(), found.group("person").strip()
    if body.split()[-1].lower() not in _BODIES or person.split()[-1] in body.split():
        return None  # "Punjab under Ranjit Singh": no body; "Sapru Committee under Sapru"
    if name_kind(person) not in ("person", "name"):
        return None
    return _chair_draft(unit, f"Who headed {with_the(body)} ({found.group('year')})?", person)


#: A body, its acronym or year in a bracket, and who chaired or headed it: ``Bankruptcy Law
#: Reforms Committee (BLRC) chaired by T.K. Viswanathan``, ``National Planning Committee
#: (1938) → chaired by Nehru``.
_CHAIRED_BY = re.compile(
    rf"(?<![\w(])(?P<body>(?:\d+(?:st|nd|rd|th)\s+)?(?!\w+ed\b){_WORD}"
    rf"(?:\s+(?:{_WORD}|of|on|for|and|in|the(?= [A-Z])))*)"
    r"(?:\s*\((?P<inner>[A-Z]{2,}|(?:1[5-9]|20)\d\d)\))?\s*(?:,|→)?\s+"
    r"(?P<role>chaired|headed) by\s+(?P<person>[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})"
    r"(?=\s*(?:$|[(;,→–—.]))"
)

#: The writer's short forms of offices (``chaired by Secy, Power``).
_OFFICE_SHORT = frozenset("secy addl jt dy spl member members head".split())
#: What of a body a line speaks of before its name (``Report of the Committee on …``).
_WHAT_OF = re.compile(r"^(?:Reports?|Recommendations?|Findings|Members?) of (?:the )?")


def _chaired_by_question(unit: Unit) -> Draft | None:
    """ "Who chaired the Bankruptcy Law Reforms Committee (BLRC)?" (holdout 231 asked
    nothing of ``Based on **BLRC** chaired by **T.K. Viswanathan**``)."""
    found = _CHAIRED_BY.search(unit.text.replace("**", ""))
    if found is None:
        return None
    body = _WHAT_OF.sub("", found.group("body").strip())  # "Report of the …"
    person = found.group("person").strip()
    words = body.split()
    if not {w.lower() for w in words} & _BODIES and not _ACRONYM.match(words[-1]):
        return None  # "CoM headed by PM", "Punjab headed by …": no body
    if person.split()[-1] in words or name_kind(person) not in ("person", "name"):
        return None  # "Sapru Committee chaired by Sapru": named after its chair
    if _an_office(person) or any(w.isalpha() and w.isupper() for w in person.split()):
        return None  # "chaired by PM", "Union FM", "CJI", "Secy, Power": an office
    inner = found.group("inner") or ""
    if not inner and all(is_everyday_word(w.lower()) for w in words[:-1]):
        return None  # "Who chaired the Expert Committee?": which one, its name does not say
    named = with_the(f"{body} ({inner})" if inner else body)
    verb = "chaired" if found.group("role") == "chaired" else "headed"
    return _chair_draft(unit, f"Who {verb} {named}?", person)


#: A session and who presided over it: ``**Lahore session** (Dec 1929), pres. **Jawaharlal
#: Nehru** → …``, ``1905 (Dec) – INC **Benares** session, pres. **G.K. Gokhale**``,
#: ``(1931) Mar – **Karachi session** (pres. Vallabhbhai Patel) endorses pact``.
_PRESIDED = re.compile(
    rf"(?P<body>(?:{_WORD}\s+){{1,3}}session(?:\s+of\s+(?:the\s+)?{_WORD})?)"
    r"\s*(?:\((?P<date>[^()]*\d{4})\))?\s*(?:,\s*|\()(?:pres\.|presided by)\s+"
    r"(?P<person>(?:[A-Z]\.\s?)*[A-Z][\w’'-]*(?:\s+[A-Z][\w’'-]*){0,3})(?=\s*(?:$|[();,→–—]))"
)


def _presided_question(unit: Unit) -> Draft | None:
    """ "Who presided over the Lahore session (Dec 1929)?" (holdout 639 asked nothing of the
    writer's bold ``**Lahore session** (Dec 1929), pres. **Jawaharlal Nehru** → …``: a cloze
    shows the arrow, and "pres." reads as a sentence's end)."""
    text = unit.text.replace("**", "")
    found = _PRESIDED.search(text)
    if found is None:
        return None
    body, person = found.group("body").strip(), found.group("person").strip()
    if name_kind(person) not in ("person", "name") or person.split()[-1] in body.split():
        return None
    opening = leading_date(text)  # "Dec 1905 – INC Benares session, pres. …": its year
    date = found.group("date") or (opening[0][-4:] if opening else "")
    named = with_the(f"{body} ({date})" if date else body)
    return _chair_draft(unit, f"Who presided over {named}?", person)


def chair_question(unit: Unit, ctx: Context) -> Draft | None:
    """ "Who chaired the National Commission on Urbanisation (1985)?", or ``None``."""
    if " session" in unit.text and "pres" in unit.text:
        presided = _presided_question(unit)
        if presided is not None:
            return presided
    if " under " in unit.text:
        under = _under_question(unit)
        if under is not None:
            return under
    if " chaired by " in unit.text or " headed by " in unit.text:
        chaired = _chaired_by_question(unit)
        if chaired is not None:
            return chaired
    if unit.text[:1].isdigit() and "(" in unit.text:
        bracketed = _bracketed_head_question(unit)
        if bracketed is not None:
            return bracketed
    if "(" not in unit.text or not _ROLE_WORD.search(unit.text):
        return None  # most lines: no bracket with a role (``generate_1mb_s``)
    for found in _BODY_BRACKET.finditer(unit.text):
        parts = [p.strip() for p in found.group("inner").split(",")]
        roles = [m for m in map(_ROLE.match, parts) if m is not None]
        if len(roles) != 1:
            continue
        body = re.sub(r"^The\s+", "", found.group("body")).strip()
        words = body.split()
        if not {w.lower() for w in words} & _BODIES and not _ACRONYM.match(words[-1]):
            continue  # "Commission on Urbanisation", "CRAFICARD": a body; a place is not
        person = roles[0].group("person")
        if name_kind(person) not in ("person", "name") or person.split()[-1] in body.split():
            continue  # "GVK Rao Committee (chair G.V.K. Rao)": named after its chair
        if re.fullmatch(r"[A-Z]{2,}", person) or _an_office(person):
            continue  # "CDSCO (headed by DCGI)": an office, whoever holds it (holdout 326);
            # "(chaired by Secy, MoES)" (holdout 754, bad: "Who chaired …?" = Secy)
        year = next((p for p in parts if _YEAR.match(p)), "")
        named = with_the(f"{body} ({year})" if year else body)
        role = roles[0].group("role")
        if role.startswith("chair"):
            prompt = f"Who chaired {named}?"
        elif role.startswith("head"):
            prompt = f"Who headed {named}?"
        else:
            first = "first " if role.startswith("first") else ""
            prompt = f"Who was the {first}president of {named}?"
        return _chair_draft(unit, prompt, person)
    return None


def _an_office(person: str) -> bool:
    """Does a chair's name hold an office's word (``Secy``, ``Union FM``), not a name?"""
    return any(w.lower().rstrip(".,") in OFFICES | _OFFICE_SHORT for w in person.split())


def _chair_draft(unit: Unit, prompt: str, person: str) -> Draft:
    """The short answer naming who chaired or headed the body ``prompt`` asks of."""
    return written_question(
        unit,
        "chair",
        prompt,
        person,
        key_kind="person",
        aliases=expansions(person),
        marked=person in unit.bold,
    )
