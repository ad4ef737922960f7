"""Mends after the blind rounds 697–704 (fifty-first session): each case is a bad kind a coach
found, written on notes of another subject where it could be."""

from __future__ import annotations

from tests.unit.notes_support import briefs, showing


def test_a_heading_of_relations_is_no_subject_of_a_sentence() -> None:
    # "The India–Maldives Relations are separated from India's Minicoy … by the ___" and "In
    # 2012, the India–Maldives Relations were nasheed resigns" (holdout 700, bad); a body's
    # heading still is one
    notes = (
        "# India–Myanmar Relations\n\n## Basics\n\n"
        "- Separated from India's Mizoram by the **Kaladan river**\n"
        "- Shares a 1,643 km border with four NE states of India\n\n"
        "## Timeline\n\n"
        "- 1987 – Rajiv Gandhi visits Rangoon\n"
        "- 2008 – Kaladan project agreement signed\n"
    )
    assert not any("Relations" in b.split("\t")[-1] for b in briefs(notes))
    body = (
        "# Mekong Ganga Cooperation\n\n## Basics\n\n"
        "- Launched at **Vientiane** in 2000 by six countries\n"
    )
    assert showing(body, "Mekong Ganga Cooperation")
