"""A steel plant and the country that helped build it, listed line by line.

Geography and economy notes list India's public sector steel plants with their foreign
partners (``**Rourkela** (Odisha) – West Germany``, ``Bhilai – w/ USSR help``) under a
heading or lead-in about steel; the fact an examiner asks is the partner:

    "With which country's help was the Rourkela steel plant built?"   (West Germany)

The line is the plant's name (a state in brackets aside), a dash and one country, said
alone, with ``w/``, or with *help*, *aid* or *collaboration*; what follows a semicolon or
comma is another fact. The table form (``| Plant | … | Built w/ |``) is
:mod:`~quizbot.notes.table_links`'s. The grader accepts the country's other names (the
USSR as the Soviet Union, the UK as Britain: :func:`quizbot.text.names.place_variants`).
"""

from __future__ import annotations

import re

from quizbot.notes.drafts import Context, Draft, Unit, written_question
from quizbot.notes.phrases import fold

_LINE = re.compile(
    r"^(?P<plant>[A-Z][A-Za-z-]+(?: [A-Z][A-Za-z-]+)?)(?:\s*\([^()]*\))?\s+[–—-]\s+"
    r"(?:(?:built\s+)?(?:w/|with)\s+)?(?:the\s+)?(?P<country>USSR|UK|USA|US|West Germany|"
    r"Germany|Britain|Soviet Union|Japan|France|Russia)"
    r"(?:\s+(?:help|aid|assistance|collaboration))?\s*(?:$|[;,]\s)"
)


def helper_question(unit: Unit, ctx: Context) -> Draft | None:
    """ "With which country's help was the Bhilai steel plant built?", or ``None``."""
    if unit.item is None or "steel" not in fold(unit.context):
        return None
    found = _LINE.match(unit.text.replace("**", ""))
    if found is None:
        return None
    plant, country = found.group("plant"), found.group("country")
    if fold(plant).endswith(("steel", "plant", "plants")):
        return None  # "Steel plant – …": a label, not a plant's name
    return written_question(
        unit,
        "helper",
        f"With which country's help was the {plant} steel plant built?",
        country,
        key_kind="place",
        aliases=(),
    )
