"""Distractors of a glossary term are terms of its own kind (holdout review 5: MFN, a WTO
rule, was asked among SDR, Troika and Veto, terms of three other domains)."""

from __future__ import annotations

import textwrap

from quizbot.notes import generate as pipeline
from quizbot.notes.entities import term_kind
from quizbot.notes.glossary import defined_kind

_MIXED = """\
# Environment

## Conventions

- Terms:
  - Bonn Convention: treaty on the migratory species of wild animals
  - Carbon credit: permit to emit one tonne of carbon dioxide
  - Hotspot: region with at least 1,500 endemic vascular plants
  - CITES: treaty that regulates trade in endangered species
  - Eco-sensitive zone: buffer of up to 10 km around a protected area
"""

_TREATIES = """\
# Environment

## Conventions

- Terms:
  - Bonn Convention: treaty on the migratory species of wild animals
  - CITES: treaty that regulates trade in endangered species
  - Ramsar Convention: treaty for the wise use of wetlands
  - Basel Convention: treaty on the movement of hazardous wastes
"""


def _others(notes: str, term: str) -> list[str]:
    job = pipeline._prepare(textwrap.dedent(notes), "notes/t.md")
    unit = next(u for u in job.units if u.term is not None and u.term.base == term)
    kind = term_kind(unit, job.ctx)
    assert kind is not None
    return kind.others


def test_a_definitions_head_noun_says_what_its_term_is() -> None:
    assert defined_kind("treaty that regulates trade in endangered species") == "treaty"
    assert defined_kind("a permit to emit one tonne of carbon dioxide") == "permit"
    assert defined_kind("ballistic missile fired from a submarine") == "missile"
    assert defined_kind("one missile w/ several warheads") == "missile"
    assert defined_kind("the IMF's reserve asset – not a currency") == "asset"


def test_a_mixed_glossarys_terms_are_no_distractors_for_each_other() -> None:
    assert _others(_MIXED, "Bonn Convention") == ["CITES"]
    assert _others(_MIXED, "Carbon credit") == []


def test_terms_of_one_kind_are_distractors_for_each_other() -> None:
    assert sorted(_others(_TREATIES, "CITES")) == [
        "Basel Convention",
        "Bonn Convention",
        "Ramsar Convention",
    ]
