"""The glossary-match builder (quizbot/notes/bullet_match.py): a glossary's entries become one
match question, and only when the set is clean; parallel ``Name – description`` bullets
elsewhere never do."""

from __future__ import annotations

import textwrap
from unittest.mock import patch

from quizbot.bank.model import Match, Short, Source
from quizbot.notes import generate_questions
from quizbot.notes.bullet_match import PROMPT_OPENING
from quizbot.notes.match_regroup import regrouped

CASES = """\
# Polity

## Landmark cases (timeline)

- Shankari Prasad (1951) – Parliament can amend FRs under Art 368
- Golaknath (1967) – Parliament cannot take away or abridge FRs
- Kesavananda Bharati (1973) – basic structure doctrine; 13-judge bench, biggest ever
- Maneka Gandhi (1978) – procedure under Art 21 must be "just, fair and reasonable"
"""

WRITS = """\
# Polity

## Glossary

- Habeas corpus – produce a detained person before the court
- Mandamus – order to a public official to do a public duty
- Certiorari – quash an order of a lower court, in excess of its power
- Quo warranto – by what authority a public office is held
"""


def _matches(notes: str, *, all_pairs: bool = False) -> list[Match]:
    """The match questions of the notes (``all_pairs``: before the pairs other questions
    ask are taken out)."""
    if all_pairs:
        with patch("quizbot.notes.generate.regrouped", lambda qs, _: qs):
            found = generate_questions(textwrap.dedent(notes), "n/notes.md")
    else:
        found = generate_questions(textwrap.dedent(notes), "n/notes.md")
    return [q for q in found if isinstance(q, Match)]


def test_a_glossary_becomes_a_match_of_its_terms() -> None:
    """A ``Glossary`` heading names no kind of thing: its entries are "terms", never
    "glossaries"."""
    (match,) = _matches(WRITS, all_pairs=True)
    assert match.prompt == "Match each item of List I (terms) with its description in List II."
    assert match.pairs == (
        ("Habeas corpus", "produce a detained person before the court"),
        ("Mandamus", "order to a public official to do a public duty"),
        ("Certiorari", "quash an order of a lower court, in excess of its power"),
        ("Quo warranto", "by what authority a public office is held"),
    )


def test_parallel_dash_bullets_outside_a_glossary_are_no_match() -> None:
    """Landmark cases, dams, a scheme's parts or a site's finds matched by word association
    or by kind: a coach kept 4 of the 19 judged in blind rounds 600–772 (8 bad)."""
    assert _matches(CASES, all_pairs=True) == []


def test_three_entries_are_no_match() -> None:
    assert _matches(WRITS.rsplit("\n- ", 1)[0] + "\n", all_pairs=True) == []


def test_a_description_that_gives_its_name_away_is_left_out() -> None:
    """``Sattriya (Assam) – began in the sattras`` (coach: the root cues the answer), and
    ``SSLV – small satellites …`` spelling the abbreviation, are no pairs; the bracket after
    a name (``Odissi (Odisha)``) is never shown."""
    notes = (
        "# Art\n\n## Key terms\n\n- Kathakali (Kerala) – dance-drama by male troupes\n"
        "- Mohiniyattam (Kerala) – solo dance by women, graceful lasya style\n"
        "- Odissi (Odisha) – tribhanga and chauka postures\n"
        "- Kathak (north India) – fast spins (chakkars)\n"
        "- Sattriya (Assam) – began in the sattras (monasteries) of Srimanta Sankardeva\n"
        "- SSLV – small satellites up to 500 kg into low earth orbit\n"
    )
    (match,) = _matches(notes, all_pairs=True)
    assert [a for a, _ in match.pairs] == ["Kathakali", "Mohiniyattam", "Odissi", "Kathak"]


def test_labels_shorthand_and_arrows_make_no_pair() -> None:
    """``nodal ministry: MHA …`` is a label, ``tea → Assam`` an arrow, ``w/`` shorthand:
    with fewer than four clean pairs left, no match is asked."""
    notes = (
        "# Agri\n\n## Key terms\n\n- Rice – temp above 25°C, high humidity\n"
        "- Wheat – cool growing season, bright sunshine at ripening\n"
        "- Jute – the golden fibre, grown w/ flood-plain alluvium\n"
        "- Plantation – tea → Assam, coffee → Karnataka\n- nodal ministry – MHA\n"
    )
    assert _matches(notes, all_pairs=True) == []


def test_seven_pairs_make_one_match_and_no_part_has_fewer_than_four() -> None:
    """The holdout's classical dances (one left out for its cue) gave parts of four and
    three: three pairs are too easy to match."""
    dances = "Bharatanatyam Kathakali Mohiniyattam Kuchipudi Odissi Kathak Manipuri Yakshagana"
    lines = [f"- {d} – dance number {i} of the south\n" for i, d in enumerate(dances.split())]
    lines.append("- Sattriya – dance number 9 of the east\n")

    def sizes(count: int) -> list[int]:
        notes = "# Art\n\n## Glossary\n\n" + "".join(lines[:count])
        return [len(m.pairs) for m in _matches(notes, all_pairs=True)]

    assert sizes(7) == [7]
    assert sizes(8) == [4, 4]
    assert sizes(9) == [5, 4]


def test_a_pair_another_question_asks_is_left_out_of_the_match() -> None:
    """``___ – Ras Lila themes of Radha and Krishna`` asks Manipuri; the match of classical
    dances asks the others."""
    from quizbot.notes.match_regroup import without_asked_pairs

    pairs = tuple((f"Dance{i}", f"description {i}") for i in range(6))
    match = Match(id="m", prompt="Match each item of List I (dances) with …", pairs=pairs)
    trimmed = without_asked_pairs(match, {"dance5"})
    assert isinstance(trimmed, Match) and trimmed.pairs == pairs[:5]
    assert without_asked_pairs(match, {"dance3", "dance4", "dance5"}) is None


def test_a_pair_asked_alone_regroups_the_parts_of_its_match() -> None:
    """Eight plans make two parts of four; the 6th, asked on its own elsewhere, leaves seven:
    one match of seven, not a "part 2 of 2" with no part 1."""
    plans = [f"{n} Plan" for n in ("1st", "2nd", "3rd", "5th", "6th", "7th", "8th", "9th")]
    pairs = [(p, f"what the {p} stressed") for p in plans]
    source = Source("n/notes.md", "Planning", 5)
    opening = f"{PROMPT_OPENING}plans) with its description in List II"
    parts = [
        Match(
            id=f"m{i}",
            prompt=f"{opening} (part {i} of 2).",
            pairs=tuple(pairs[(i - 1) * 4 : i * 4]),
            source=source,
        )
        for i in (1, 2)
    ]
    (match,) = regrouped(list(parts), {"6th plan"})
    assert "part" not in match.prompt
    assert [a for a, _ in match.pairs] == [p for p in plans if p != "6th Plan"]


def test_a_list_of_amendments_is_asked_one_by_one() -> None:
    """``Imp. amendments:`` lines are asked "Which amendment (1988) lowered …?" each, not
    as a match of seven (a coach judged it weak: seven pairs are clumsy)."""
    notes = (
        "# Polity\n\n## Amendments\n\nImp. amendments:\n"
        "- 1st (1951) – Ninth Schedule added, to shield land reform laws\n"
        "- 7th (1956) – states reorganised; Part A/B/C/D classification ended\n"
        '- 42nd (1976) – the "mini-Constitution"\n'
        "- 52nd (1985) – anti-defection law, **Tenth Schedule**\n"
        "- 61st (1988) – voting age lowered from 21 to 18\n"
    )
    asked = generate_questions(notes, "n/notes.md")
    assert not [q for q in asked if isinstance(q, Match)]
    assert "Which amendment (1988) lowered the voting age from 21 to 18?" in [
        getattr(q, "prompt", "") for q in asked
    ]


def test_a_glossary_match_is_not_left_too_short_by_its_terms_asked_one_by_one() -> None:
    notes = (
        "# Landforms\n\n## Terms\n\n"
        "- Cirque: armchair hollow at head of a glacier\n"
        "- Fjord: drowned glacial valley on a coast\n"
        "- Drumlin: oval hill of glacial till\n"
        "- Stalactite: hangs from cave roof\n"
        "- Barchan: crescent dune with horns downwind\n"
    )
    found = generate_questions(notes, "n/landforms.md")
    match = [q for q in found if isinstance(q, Match)]
    assert match and {left for left, _ in match[0].pairs} >= {"Cirque", "Drumlin"}
    # "What is an oval hill of glacial till called?" would take Drumlin out of the match
    assert not [q for q in found if isinstance(q, Short) and q.answer == "Drumlin"]


def test_classes_matched_to_their_members_are_no_match() -> None:
    """``Molluscs: octopus, …``, ``Birds: flamingos, …`` (Gulf of Kutch, a coach: "needs no
    knowledge of the park"): classes of plain English are matched by general knowledge."""
    notes = (
        "# Gulf of Kutch\n\n## Glossary\n\n"
        "- Molluscs – octopus, sea slugs, chitons\n"
        "- Reptiles – green turtle and olive ridley turtle\n"
        "- Mammals – dugong, dolphins, finless porpoise\n"
        "- Birds – flamingos, pelicans, crab plover\n"
    )
    assert _matches(notes, all_pairs=True) == []
