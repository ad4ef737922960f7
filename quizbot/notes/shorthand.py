"""The writer's shorthand, written out where a question shows the notes' words.

Revision notes write ``movt``, ``b/w``, ``w/``, ``govt``, ``S America``, ``~1,640 m``; a
question a coach keeps does not. :func:`write_out` replaces each such word (and each short
form a legend line of the notes defines: ``INC = Congress``) with what it stands for.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from functools import lru_cache
from typing import Any

from quizbot.notes.phrases import fold

#: Shorthand any revision sheet uses, and what it stands for.
SHORTHAND = {
    "movt": "movement",
    "b/w": "between",
    "w/o": "without",
    "w/": "with",
    "govt": "government",
    "govt.": "government",
    "govts": "governments",
    "prez": "president",
    "conf": "Conference",
    "conf.": "Conference",
    "imp.": "important",
    "trib.": "tributary",
    "tribs": "tributaries",
    "yrs": "years",
    "yr": "year",
    "approx.": "about",
    "amdt": "Amendment",
    "fyp": "Five-Year Plan",
    "cttee": "Committee",
    "cttees": "Committees",
    "dept": "Department",
    "dept.": "Department",
    "pvt": "private",
    "pvt.": "private",
    "const.": "Constitution",
    "conv.": "Convention",
    "prodn": "production",
    "mbr": "member",
    "mbrs": "members",
    "champ": "champion",
    "recs": "recommendations",
    "recs.": "recommendations",
    "parl": "Parliament",
    "parl.": "Parliament",
    "natl": "national",
    "natl.": "national",
    "intl": "international",
    "intl.": "international",
    "devt": "development",  # "watershed devt in shifting cultivation areas" (holdout 165)
    "devpt": "development",
    "mgmt": "management",
    "assn": "association",
    "edu": "education",
    "dy": "Deputy",  # "Dy Chairman", "Dy Speaker"
    "inscr": "inscription",  # "Bhitari pillar inscr." (holdout 301)
    "inscr.": "inscription",
}
_SHORTS = tuple(SHORTHAND)
#: An arrow straight before a verb in the past: ``Shishunaga → annexed Avanti``,
#: ``Mangalyaan (PSLV-C25) → reached Mars orbit``: the arrow only joins a subject to what it
#: did, and reads as a space. A participle before ``to``, ``by``, ``as`` or ``into`` is passive
#: (``Look East → upgraded to Act East``: Look East did not upgrade anything) and stays.
PAST_VERB = r"[a-z]{3,}ed\s(?!(?:to|by|as|into)\b)"
_ARROW_VERB = re.compile(rf"\s+→\s+(?={PAST_VERB})")
#: A verb the head before such an arrow ends its own clause with: ``Shivaji II dies w/o male
#: heir → annexed under …`` is what followed (the kingdom annexed), not "heir annexed"
#: (holdout 385, bad: "… dies without male heir was annexed"). Only verbs that end a life or
#: an office: tenses' wider sets of verbs that take no object (returned, ended) hold a clause
#: whose arrow reads on ("not returned in 14 days → deemed passed").
_ITS_OWN_CLAUSE = re.compile(
    r"\b(?:dies|died|resigns|resigned|abdicates|abdicated|falls|fell|surrenders|surrendered)\b"
    r"[^;→]*$"
)


def _arrow_joined(found: re.Match[str]) -> str:
    """The arrow before a verb in the past left out (``Hampi → sacked by``), unless the
    part before it is a clause of its own, or a body where a person did the deed
    (``Constituent Assembly → chaired Advisory Committee …`` under Patel: not "the
    Constituent Assembly chaired …", holdout 407, bad)."""
    before = found.string[: found.start()]
    if a_persons_deed_in_a_body(before, found.string[found.end() :]):
        return found.group(0)
    return found.group(0) if _ITS_OWN_CLAUSE.search(before) else " "


def a_persons_deed_in_a_body(head: str, tail: str) -> bool:
    """Does an arrow's head end on a body and its tail open on what only a person (or a
    party) does in one (``Constituent Assembly → chaired …``: who chaired, not the body)?"""
    return bool(_A_BODY.search(head) and _A_PERSONS_DEED.match(tail))


#: A body's name at the end of an arrow's head, and the deeds only a person or party does in one.
_A_BODY = re.compile(
    r"\b(?:Assembly|Council|Committee|Commission|Parliament|Conference)(?:\}\})?\s*$"
)
_A_PERSONS_DEED = re.compile(r"(?:chaired|presided|headed|piloted|moved|drafted|won|secured)\b")


#: An arrow before a passive participle and its doer: ``Virupaksha temple → built by queen
#: Lokamahadevi`` is "Virupaksha temple was built by queen Lokamahadevi" (holdout 369).
_ARROW_PASSIVE = re.compile(
    r"(?:^|(?<=[:;|] ))(?P<head>[^:;|→()]*?(?P<last>\w+))\s+→\s+"
    r"(?=(?:[a-z]{3,}ed|built|made|written|won|held|given|led|run|begun|drawn|taken|sung|"
    r"chosen|done|found)\s+by\s)"
)
#: A head that is no subject: a verb of its own (``Gauhati HC held …``), a slash's
#: alternatives, a place (``Pali dist., Rajasthan → built by …``: the temple was, holdout 496,
#: bad), or an article's or a section's bare number (``Art. 280 → constituted``: the
#: Commission is, not the article).
_NO_SUBJECT = re.compile(
    r"\b[a-z]{3,}ed\b|\b(?:held|won|made|born|built|is|are|was|were|has|have|dist|district)\b|/"
    r"|^(?:Art(?:icle)?|Sec(?:tion)?)s?\.?\s*\d+\w*$"
)
#: A move from one place to another, its arrow between them: ``shifts HQ Cochin → Goa`` is
#: "shifts HQ from Cochin to Goa" (holdout 377, bad: "In 1530, ___ shifted HQ Cochin.").
_MOVED = re.compile(
    r"\b(?P<verb>(?:shift|move|transfer)(?:s|ed|red)?)\s+"
    r"(?P<what>(?:(?:the|its|his|her)\s+)?(?:HQ|capital|seat|headquarters|base)\s+)?"
    r"(?P<start>[A-Z][\w'’-]*(?:\s[A-Z][\w'’-]*)?)\s+→\s+(?=[A-Z])"
)
#: A compass point before a region: ``S America``, ``NW Africa``, ``SE Asia``.
_COMPASS = re.compile(
    r"\b(N|S|E|W|NE|NW|SE|SW)\.? (?=(?:America|Africa|Asia|Europe|Korea|Sudan|Pole|"
    r"Atlantic|Pacific|India|China Sea)\b)"
)
#: ``largest freshwater lake of the NE``: the Northeast (a region, not a compass point).
_THE_NE = re.compile(r"\bthe NE\b(?![\w-])")
#: The regions :data:`_COMPASS` looks for, found first (most texts name none).
_REGION = re.compile(
    r"America|Africa|Asia|Europe|Korea|Sudan|Pole|Atlantic|Pacific|India|China Sea"
)
_POINTS = {
    "N": "North",
    "S": "South",
    "E": "East",
    "W": "West",
    "NE": "Northeast",
    "NW": "Northwest",
    "SE": "Southeast",
    "SW": "Southwest",
}
#: ``lowest pt on land``: point (``Pt.`` with a capital is Pandit, and stays).
_POINT = re.compile(r"(?<![\w.])pt(?![\w.])")
#: ``the Chinese rev``: revolution (``Rev.`` with a capital is Reverend, and stays).
_REV = re.compile(r"(?<![\w.])rev(s?)(?![\w.])")
_ABOUT = re.compile(r"~\s?(?=\d)")  # "~1,640 m": about
_AN_ABOUT = re.compile(r"\b([Aa]) ~\s?(?=\d)")
#: ``Kaziranga NP``, ``India's first NP``, ``NPs/sanctuaries``: a national park (the one
#: sense in revision notes; a legend line, or notes that spell out ``Nagar Panchayat``, say
#: otherwise).
_NP = re.compile(r"(?<![\w.&/-])NP(s?)(?![\w&-])")
#: A word that is part of the park's name (``Hailey NP``), not a possessive or a figure.
_NAME_BEFORE = re.compile(
    r"(?<![’'])\b(?!(?:Which|What|The|This|That|Each|Every|An?|In|Its|Their)\s)[A-Z][a-z]+\s$"
)
_WORD = re.compile(r"(?<![\w/])([A-Za-z][\w.]*/?\w*\.?)")


@lru_cache(maxsize=64)
def _finder(shorts: tuple[str, ...]) -> re.Pattern[str]:
    """A pattern that finds any of ``shorts`` as a word (case aside): a text holding none of
    them is left alone without a look at each of its words."""
    alternatives = "|".join(re.escape(s) for s in sorted(shorts, key=len, reverse=True))
    return re.compile(rf"(?<![\w/])(?:{alternatives})(?![\w/])", re.IGNORECASE)


@lru_cache(maxsize=64)
def _folded(shorts: tuple[str, ...]) -> tuple[str, ...]:
    """``shorts`` case-folded, without those holding another (``govts`` is in a text only
    where ``govt`` is): the same test with a third fewer look-ups."""
    folded = dict.fromkeys(s.casefold() for s in shorts)
    return tuple(s for s in folded if not any(t != s and t in s for t in folded))


def _found(shorts: tuple[str, ...], text: str) -> bool:
    """Is any of ``shorts`` in ``text`` as a word? A text that holds none of them even inside
    a word (most texts) is answered by plain substring tests, without the pattern
    (``generate_1mb_s``)."""
    folded = text.casefold()
    if not any(s in folded for s in _folded(shorts)):
        return False
    return _finder(shorts).search(text) is not None


def has_shorthand(text: str, legend: Mapping[str, str] = {}) -> bool:
    """Does ``text`` hold any shorthand :func:`write_out` would write out?"""
    return (
        _found(_shorts_of(legend), text)
        or ("→" in text and (_ARROW_VERB.search(text) or _MOVED.search(text)) is not None)
        or ("→" in text and _ARROW_PASSIVE.sub(_was, text) != text)
        or (_REGION.search(text) is not None and _COMPASS.search(text) is not None)
        or ("NE" in text and _THE_NE.search(text) is not None)
        or ("~" in text and _ABOUT.search(text) is not None)
        or ("pt" in text and _POINT.search(text) is not None)
        or ("rev" in text and _REV.search(text) is not None)
        or ("NP" in text and "np" not in legend and _NP.search(text) is not None)
    )


def _shorts_of(legend: Mapping[str, str]) -> tuple[str, ...]:
    """The shorthand and the legend's short forms (most notes have no legend: then the
    tuple is not built again)."""
    if not legend:
        return _SHORTS
    return _SHORTS + tuple(k for k, v in legend.items() if v)


#: A plus between two names, each of a capital and lower case (``India + France``), not
#: a formula's (``Si + Al``, ``N + P``) nor a list of terms (``ATP + NADPH``).
_TWO_NAMES = re.compile(r"\b([A-Z][a-z]{2,}) \+ (?=[A-Z][a-z]{2,}\b)")


def _was(found: re.Match[str]) -> str:
    """The head with the passive's "was" (or "were" after a plural: ``Qualifications →
    fixed by …``), or the head and its arrow as written when the head is no subject."""
    head, last = found["head"], found["last"]
    if len(head.split()) > _MOST_SUBJECT_WORDS or _NO_SUBJECT.search(head.replace("**", "")):
        return found.group(0)
    plural = last.endswith("s") and not last.endswith(("ss", "us", "is"))
    return f"{head} {'were' if plural else 'was'} "


_MOST_SUBJECT_WORDS = 6


def passive_written_out(line: str) -> str:
    """The line's first arrow before a passive and its doer, as :func:`write_out` writes it
    (``temple was built by``), or ``"\x00"`` (found in no text) when it has none."""
    plain = line.replace("**", "")
    found = _ARROW_PASSIVE.search(plain)
    written = _was(found) if found is not None else ""
    if found is None or written == found.group(0):
        return "\x00"
    return f"{written}{plain[found.end() :].split(' by ', 1)[0]} by "


#: The writer's "imp." closing a line: a mark for revision, not a word of the fact.
_STUDY_MARK = re.compile(r"\s*\(?\bimp\b\.?\)?!*\s*$", re.IGNORECASE)


def write_out(text: str, legend: Mapping[str, str] = {}) -> str:
    """``text`` with the writer's shorthand (and the notes' own legend) written out."""
    table = {**SHORTHAND, **{k: v for k, v in legend.items() if v}}
    if "imp" in text:  # "… (both seen at same site) imp.": the writer's mark, no "important"
        text = _STUDY_MARK.sub("", text)  # (holdout 433, bad)
    if "→" in text:
        text = _MOVED.sub(r"\g<verb> \g<what>from \g<start> to ", text)
        text = _ARROW_VERB.sub(_arrow_joined, text)
        text = _ARROW_PASSIVE.sub(_was, text)
    if _REGION.search(text):
        text = _COMPASS.sub(lambda m: _POINTS[m.group(1)] + " ", text)
    if "NE" in text:
        text = _THE_NE.sub("the Northeast", text)
    if "~" in text:  # "a ~73-day face-off": "a roughly 73-day …", never "a about" (468)
        text = _ABOUT.sub("about ", _AN_ABOUT.sub(r"\1 roughly ", text))
    if "+" in text:
        text = _TWO_NAMES.sub(r"\1 and ", text)  # "by India + France" (holdout 332)
    if "pt" in text:
        text = _POINT.sub("point", text)
    if "rev" in text:
        text = _REV.sub(lambda m: "revolution" + m.group(1), text)
    if "NP" in text and "np" not in legend:
        text = _NP.sub(lambda m: _national_park(text, m), text)
    if not _found(tuple(table), text):
        return text

    def one(m: re.Match[str]) -> str:
        word = m.group(1)
        folded = fold(word)
        found = table.get(folded) or table.get(folded.rstrip("."))
        if found is None:
            return word
        tail = word[len(word.rstrip(".")) :] if folded.rstrip(".") in table else ""
        if word[:1].isupper() and found[:1].islower() and (not word.isupper() or not m.start()):
            found = found[:1].upper() + found[1:]  # "Imp. amendments" → "Important amendments"
        return found + (tail if tail and folded not in table else "")

    return _WORD.sub(one, text)


def _national_park(text: str, m: re.Match[str]) -> str:
    """``NP`` written out: capitalised after a word of the park's name (``Hailey National
    Park``), else in lower case (``India's first national park``)."""
    park = "National Park" if _NAME_BEFORE.search(text, 0, m.start()) else "national park"
    return park + m.group(1)


def written_out(fields: dict[str, Any], legend: Mapping[str, str]) -> dict[str, Any]:
    """A draft's shown text with the writer's shorthand (``w/``, ``movt``, the notes' legend)
    written out: a cloze's text outside its blanks, a true/false's statement and fix, a
    prompt after its context, an mcq's options (and its key with them). A key that is a short
    form of the notes' legend (``TIR = total internal reflection``) is asked by its long form,
    the short one accepted, and so is a key that is the writer's shorthand word (``{{Parl}}``
    → ``{{Parliament|Parl}}``); other keys are left as the notes write them."""
    if legend:
        fields = _legend_keys_written_out(fields, legend)
    text = fields.get("text")
    if isinstance(text, str) and "{{" in text:
        written = _BLANK.sub(_shorthand_blank, text)
        if written != text:
            fields = {**fields, "text": written}
            if "blanks" in fields:
                fields["blanks"] = tuple(tuple(b.split("|")) for b in _BLANK.findall(written))
    options = fields.get("options")
    if isinstance(options, tuple) and isinstance(fields.get("answer"), str):
        # the options as the learner reads them ("CMS (Bonn Convention)"), the key with them
        fields = _options_written_out(fields, options, legend)
    shown = "\n".join(str(fields[k]) for k in ("text", "statement", "fix", "prompt") if k in fields)
    if not has_shorthand(shown, legend):  # one search: a line break ends a word, as an end does
        return fields  # nothing to write out (most drafts)
    done = dict(fields)
    if "text" in done:
        parts = re.split(r"(\{\{.*?\}\})", str(done["text"]))
        done["text"] = "".join(p if p.startswith("{{") else write_out(p, legend) for p in parts)
    for name in ("statement", "fix"):
        if name in done:
            done[name] = write_out(str(done[name]), legend)
    if "prompt" in done:
        prompt = str(done["prompt"])
        end = _context_end(prompt)
        if end >= 0:
            done["prompt"] = f"{prompt[:end]}: {write_out(prompt[end + 2 :], legend)}"
    return done


def _context_end(prompt: str) -> int:
    """Where a prompt's context ends (its colon), or -1: the first colon after the context's
    last heading, so that a title with a colon of its own ("Mughal Administration: Akbar &
    successors › Central govt: Which post …?") keeps its heading as the topic line shows
    it."""
    question = prompt.find("?")
    last = prompt.rfind(" › ", 0, question if question >= 0 else len(prompt))
    return prompt.find(": ", last + 3 if last >= 0 else 0)


_BLANK = re.compile(r"\{\{(.*?)\}\}")


def _shorthand_blank(m: re.Match[str]) -> str:
    """A blank whose key is one shorthand word of the writer's, asked by its long form."""
    forms = m.group(1).split("|")
    long = SHORTHAND.get(forms[0].lower())
    if long is None or any(f.lower() == long.lower() for f in forms):
        return m.group(0)
    return "{{" + "|".join([long, *forms]) + "}}"


_SMALL = frozenset(("of", "and", "the", "for", "in", "on", "to"))


def _legend_keys_written_out(fields: dict[str, Any], legend: Mapping[str, str]) -> dict[str, Any]:
    """A cloze blank or a typed answer that is the writer's own short form, as its long form
    with the short one accepted (``{{TIR}}`` → ``{{total internal reflection|TIR}}``)."""

    def long(key: str) -> str | None:
        written = legend.get(fold(key))
        if not written or fold(written) == fold(key):
            return None
        initials = "".join(w[0] for w in re.findall(r"[A-Za-z]+", written) if w not in _SMALL)
        # a long form that spells the key ("SDR = IMF's reserve asset" is what it is)
        return written if initials.lower() == fold(key).replace(" ", "") else None

    if "text" in fields and "{{" in str(fields["text"]):

        def blank(m: re.Match[str]) -> str:
            forms = m.group(1).split("|")
            written = long(forms[0])
            return "{{" + "|".join([written, *forms]) + "}}" if written else m.group(0)

        text = _BLANK.sub(blank, str(fields["text"]))
        if text != fields["text"]:
            blanks = tuple(tuple(b.split("|")) for b in _BLANK.findall(text))
            fields = {**fields, "text": text}
            if "blanks" in fields:
                fields["blanks"] = blanks
    answer = fields.get("answer")
    if isinstance(answer, str) and "options" not in fields and (written := long(answer)):
        aliases = tuple(fields.get("aliases", ()))
        fields = {**fields, "answer": written, "aliases": (answer, *aliases)}
    return fields


def _options_written_out(
    fields: dict[str, Any], options: tuple[Any, ...], legend: Mapping[str, str]
) -> dict[str, Any]:
    if not any(isinstance(o, str) and has_shorthand(o, legend) for o in options):
        return fields
    written = tuple(write_out(o, legend) if isinstance(o, str) else o for o in options)
    if len(set(written)) != len(written):
        return fields  # two options would read alike
    return {**fields, "options": written, "answer": write_out(fields["answer"], legend)}
