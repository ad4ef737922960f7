"""The amendment builder: a line that ends in the amendment it led to, asked "Which amendment …?".

Polity and relations notes tie an article, an accord or an agreement to an amendment with an
arrow or a ``via``: ``Art 21A – free & compulsory education … → 86th Amdt (2002)``,
``Indo-Sri Lanka Accord (1987) – … → SL's 13th Amendment (provincial councils)``, ``Land
Boundary Agreement (1974) – finally implemented in 2015 via the 100th Constitutional
Amendment``. A cloze of such a line keeps its dashes and arrows (the last gate drops it);
the line's parts make a short question whose answer has a clear kind:

* an article with a letter (``Art 21A``: an article an amendment inserted) → "Which
  amendment of 2002 inserted Article 21A (free and compulsory education …)?";
* any other head before the arrow → "Which amendment to Sri Lanka's constitution, on provincial
  councils, followed the Indo-Sri Lanka Accord (1987)?" (a possessive in the writer's
  initials, ``SL's``, is written out from a name of the line or its headings with those
  initials, or the line is not asked);
* a participle and ``via``/``through``/``by`` the amendment → "Through which constitutional
  amendment was the Land Boundary Agreement (1974) finally implemented in 2015?".

Only a head that is a name (an article, or capitalised words with an optional bracket) is
asked; the question's own words are the line's, with the shorthand written out.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from quizbot.notes.drafts import Context, Draft, Unit, written_question
from quizbot.notes.names import expansions
from quizbot.notes.shorthand import write_out

_AMENDMENT = (
    r"(?P<key>(?P<ordinal>\d{1,3}(?:st|nd|rd|th))\s+(?P<constitutional>Constitutional\s+)?"
    r"(?:Amendment|Amdt\.?))"
)
_BRACKET = r"(?:\s*\((?P<bracket>[^()]{2,40})\))?"
_HEAD = (
    r"(?P<head>(?:Art\.?|Article)\s+\d{1,3}[A-Z]?"
    r"|[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,6}(?:\s+\(\d{4}\))?)"
)
_DASH = r"\s+[–—-]\s+"
#: ``HEAD – what it is → [Owner's] Nth Amendment (bracket)``, the line ending there or at ``;``.
_ARROW = re.compile(
    rf"^{_HEAD}{_DASH}(?P<desc>[^→;]+?)\s+→\s+(?:(?P<owner>[A-Z][A-Za-z]{{0,3}}'s)\s+)?"
    rf"{_AMENDMENT}{_BRACKET}\s*(?:;.*)?$"
)
#: ``HEAD – [adverb] participle in YEAR via the Nth Amendment [→ …]``.
_VIA = re.compile(
    rf"^{_HEAD}{_DASH}(?P<done>(?:[a-z]+ly\s+)?[a-z]{{3,}}ed(?:\s+in\s+\d{{4}})?)\s+"
    rf"(?P<prep>via|through|by)\s+the\s+{_AMENDMENT}\s*(?:→.*|;.*)?$"
)
_LETTERED_ARTICLE = re.compile(r"^(?:Art\.?|Article)\s+\d{1,3}[A-Z]$")
_YEAR = re.compile(r"^(?:1[89]|20)\d\d$")
_MAX_DESC_WORDS = 12


def amendment_question(unit: Unit, ctx: Context) -> Draft | None:
    """A "Which amendment …?" question on the amendment a line leads to, or ``None``."""
    if "mendment" not in unit.text and "Amdt" not in unit.text:
        return None
    text = unit.text.replace("**", "").strip()
    arrow = _ARROW.match(text)
    if arrow is not None:
        prompt = _arrow_prompt(arrow, unit, ctx)
        return _draft(unit, prompt, arrow) if prompt else None
    via = _VIA.match(text)
    if via is not None:
        kind = "constitutional amendment" if via.group("constitutional") else "amendment"
        head = _the(write_out(via.group("head"), ctx.legend)) + _with_subject(unit)
        prompt = f"Through which {kind} was {head} {via.group('done')}?"
        return _draft(unit, prompt, via)
    return None


def _arrow_prompt(found: re.Match[str], unit: Unit, ctx: Context) -> str | None:
    head, desc = found.group("head"), found.group("desc").strip()
    bracket = found.group("bracket")
    if len(desc.split()) > _MAX_DESC_WORDS or " – " in desc:
        return None
    if _LETTERED_ARTICLE.match(head):
        if found.group("owner"):
            return None
        when = f" of {bracket}" if bracket and _YEAR.match(bracket) else ""
        article = re.sub(r"^Art\.?\s", "Article ", head)
        what = write_out(desc.replace(" & ", " and "), ctx.legend)
        return f"Which amendment{when} inserted {article} ({what})?"
    owner = ""
    if found.group("owner"):
        name = _written_out_initials(found.group("owner")[:-2], _names_near(unit))
        if name is None:
            return None
        owner = f" to {name}'s constitution"
    about = f", on {bracket}," if bracket and not _YEAR.match(bracket) else ""
    return f"Which amendment{owner}{about} followed {_the(write_out(head, ctx.legend))}?"


def _names_near(unit: Unit) -> Iterable[str]:
    """Runs of capitalised words in the line, its carried subject and its headings."""
    for text in (unit.subject, unit.text, *unit.headings):
        yield from re.findall(r"[A-Z][a-z]+(?:[\s-]+[A-Z][a-z]+)+|[A-Z][a-z]{3,}", text)


def _written_out_initials(short: str, names: Iterable[str]) -> str | None:
    """The one name whose words' initials are ``short`` (``SL`` → ``Sri Lanka``), if any."""
    found = {name for name in names if "".join(w[0] for w in name.split()) == short}
    return found.pop() if len(found) == 1 else None


def _with_subject(unit: Unit) -> str:
    """`` with Bangladesh`` for a line under the lead-in ``Bangladesh:`` that does not name
    it: the subject the learner would otherwise not see."""
    subject = unit.subject.rstrip(":").strip()
    if not re.fullmatch(r"[A-Z][a-z]+(?: [A-Z][a-z]+){0,2}", subject) or subject in unit.text:
        return ""
    return f" with {subject}"


def _the(head: str) -> str:
    """``the`` before a name of a kind (``the Land Boundary Agreement``), none before an
    article or a person's name."""
    if re.match(r"^(?:Article|Art)\b", head):
        return head
    return f"the {head}"


def _draft(unit: Unit, prompt: str, found: re.Match[str]) -> Draft:
    written = found.group("key")
    long = re.sub(r"\bAmdt\.?", "Amendment", written)
    aliases = [written, *expansions(long)]
    return written_question(
        unit,
        "amendment",
        prompt,
        long,
        key_kind="ordinal",
        aliases=aliases,
    )
