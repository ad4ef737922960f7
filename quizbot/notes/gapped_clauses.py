"""The second-clause builder: the clause a sentence shortens by leaving its verb out, asked alone.

Notes write two parallel facts as one sentence whose second clause leaves out the verb:
``SC issues writs under **Art 32**, HCs under **Art 226**.``, ``The President makes
ordinances under Art 123, Governors under Art 213.``. A cloze asks only one blank of a
sentence (a second would print the first one's answer), so the second clause's fact was never
asked. Each clause makes a question of its own, with the verb put back into the second:

    "Under which Article does the Supreme Court issue writs?" (Art 32)
    "Under which Article do High Courts issue writs?" (Art 226)

Neither prints the other's answer, and the two take the place of the cloze (the ranking
keeps both of a short line: :data:`~quizbot.notes.rank.TWO_FACT_RULES`).

The subject is written out where it is a known short form (``HCs`` → ``High Courts``), the
verb put in its base form after *do* or *does*, and the kind of the answer named by the
key's own first word (``Art 226`` → *Article*); a key with no such word is not asked, and
neither is a sentence whose verb is not in the present tense.
"""

from __future__ import annotations

import re

from quizbot.notes.drafts import Context, Draft, Unit, written_question
from quizbot.notes.names import SHORTHAND, expansions

_SUBJECT = r"(?:The\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}"
_KEY = r"(?P<{}>[A-Z][a-z]{{1,9}}\.?\s+\d{{1,3}}[A-Z]?)"
_GAPPED = re.compile(
    rf"^(?P<first>{_SUBJECT})\s+(?P<verb>[a-z]{{3,}})\s+(?P<object>[a-z][a-z' ]{{2,40}}?)\s+"
    rf"(?P<prep>under|in|by|from|on|at|to|with)\s+{_KEY.format('key1')},\s+"
    rf"(?P<second>{_SUBJECT})\s+(?P=prep)\s+{_KEY.format('key2')}\.?$"
)
_SIBILANT_ES = re.compile(r"(?:ss|sh|ch|x|z)es$")


def clause_questions(unit: Unit, ctx: Context) -> list[Draft]:
    """ "Under which Article does the Supreme Court issue writs?" and "Under which Article do
    High Courts issue writs?" from ``SC issues writs under Art 32, HCs under Art 226.``, or
    nothing."""
    if ", " not in unit.text:
        return []
    found = _GAPPED.match(unit.text.replace("**", "").strip())
    if found is None:
        return []
    verb = _base_form(found.group("verb"), found.group("first"))
    if verb is None:
        return []
    drafts = []
    for n, (subject, key) in enumerate(
        ((found.group("first"), found.group("key1")), (found.group("second"), found.group("key2")))
    ):
        kind = SHORTHAND.get(key.split()[0], key.split()[0].rstrip("."))
        if not kind[:1].isupper() or kind.endswith("s"):
            return []
        who, plural = _written_out(subject)
        does = "do" if plural else "does"
        prep = found.group("prep").capitalize()
        prompt = f"{prep} which {kind} {does} {who} {verb} {found.group('object')}?"
        drafts.append(_draft(unit, prompt, key, n + 1))
    return drafts


def _base_form(verb: str, subject: str) -> str | None:
    """The verb after *do*/*does*: ``issues`` → ``issue``, ``levies`` → ``levy``; a plural
    subject's verb is already its base form; any other (a past tense) is ``None``."""
    if verb.endswith("ies"):
        return verb[:-3] + "y"
    if _SIBILANT_ES.search(verb):
        return verb[:-2]
    if verb.endswith("s") and not verb.endswith("ss"):
        return verb[:-1]
    plural_subject = subject.endswith("s") and not verb.endswith("ed")
    return verb if plural_subject else None


def _written_out(subject: str) -> tuple[str, bool]:
    """The subject with a known short form written out, and whether it is plural
    (``HCs`` → ``High Courts``, plural)."""
    plural = subject.endswith("s") and not subject.endswith("ss")
    single = subject[:-1] if plural and subject[:-1] in SHORTHAND else subject
    if single in SHORTHAND:
        long = SHORTHAND[single]
        return (long + "s" if plural else f"the {long}"), plural
    if subject.startswith("The "):
        subject = "the" + subject[3:]
    return subject, plural


def _draft(unit: Unit, prompt: str, key: str, clause: int) -> Draft:
    long = expansions(key)[:1]  # "Art 226" is asked as "Article 226", and accepted as written
    return written_question(
        unit,
        "gapped",
        prompt,
        long[0] if long else key,
        key_kind="name",
        aliases=(key,) if long else (),
        key=key,
        slot=f"gapped:{clause}",
    )
