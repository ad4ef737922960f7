"""Numbers YAML reads as other digits than the author wrote.

YAML reads ``0x1F`` as 31, ``010`` as 10, ``1_000`` as 1000 and ``+5`` as 5; a question file's
text fields keep what the author wrote (see :meth:`quizbot.bank.yamlfile.YamlFile.scalar_source`),
which needs the file composed again with positions. A float is always looked up so; an integer
only when the file may hold one written in such a form, which this module tells cheaply.
"""

from __future__ import annotations

import re

#: Integers YAML reads as other digits than written: prefixes, leading zeros, underscores, a
#: plus sign, minus zero. Looked for with plain substring searches (a regular expression
#: takes 5 ms a file); anything that only looks like one costs a parse, nothing more.
_BASE_PREFIXES = ("0x", "0X", "0o", "0O", "0b", "0B")
_TOKEN_STARTS = (" 0", "\t0", "[0", ",0", "{0", "-0", "+")


def may_rewrite_integers(text: str) -> bool:
    """Whether ``text`` may hold an integer YAML reads as other digits than written."""
    if any(prefix in text for prefix in _BASE_PREFIXES):
        return True
    if "_" in text and _UNDERSCORED_DIGIT.search(text):
        return True
    for start in _TOKEN_STARTS:
        at = text.find(start)
        while at != -1:
            after = text[at + len(start) : at + len(start) + 1]
            if after.isdigit() or (start == "-0" and not (after.isalnum() or after == ".")):
                return True
            at = text.find(start, at + 1)
    return False


_UNDERSCORED_DIGIT = re.compile(r"\d_|_\d")
