"""The arrow-head builder (quizbot/notes/head_identify.py): ``Art. 300A → …`` or a name of
a kind (``… Barrage``, ``… Act``) before one arrow is asked "Which … is this: …?" from what
follows the arrow."""

from __future__ import annotations

from quizbot.bank.model import Match, Short
from quizbot.notes import generate_questions

_NOTES = (
    "# Polity\n\n## Property and services\n\n"
    "- Art. 300A → right to property, a legal right since the 44th Amendment\n"
    "- Art 311 → civil servants not dismissed without an inquiry and a hearing\n"
    "- (1986) Environment Protection Act → umbrella law passed after the Bhopal gas tragedy\n"
    "- Sarkaria Commission → keep it, but use sparingly\n"
    "- Punchhi Commission → first to look at centre–state relations after 2000\n"
    "- Kothari Commission → education commission headed by D.S. Kothari, 1964–66\n"
)


def _identified(notes: str = _NOTES) -> dict[str, Short]:
    """The short answers read out ("Which … is this: …?") of ``notes``, by answer."""
    return {q.answer: q for q in _shorts(notes) if " is this: " in q.prompt}


def _shorts(notes: str) -> list[Short]:
    return [q for q in generate_questions(notes, "n/notes.md") if isinstance(q, Short)]


def _prompts(notes: str) -> list[str]:
    return [q.prompt for q in _shorts(notes)]


def test_an_articles_line_is_asked_which_article_it_is() -> None:
    asked = _identified()
    property_ = asked["Article 300A"]
    assert property_.prompt == (
        "Which article is this: right to property, a legal right since the 44th Amendment?"
    )
    assert {"Art 300A", "300A"} <= set(property_.aliases)
    assert "Article 311" in asked


def test_a_name_of_a_kind_is_asked_by_its_kind_and_its_year() -> None:
    act = _identified()["Environment Protection Act"]
    assert act.prompt == (
        "Which act (1986) is this: umbrella law passed after the Bhopal gas tragedy?"
    )


def test_a_clue_that_points_back_ranks_the_head_or_names_it_is_not_asked() -> None:
    asked = _identified()
    assert "Sarkaria Commission" not in asked  # "keep it": keep what?
    assert "Punchhi Commission" not in asked  # "first to …": the superlative builder's
    assert "Kothari Commission" not in asked  # "headed by D.S. Kothari": the clue names it


def test_a_match_of_articles_each_asked_alone_is_not_asked_again() -> None:
    """Four ``Art. N → …`` lines asked "Which article is this: …?" leave their match
    nothing of its own (a fresh coach, weak: "each pair repeats a fact")."""
    notes = (
        "# Polity\n\n## Services articles\n\n"
        "- Art. 308 → part on services applies to states but not Jammu & Kashmir earlier\n"
        "- Art. 309 → legislature regulates recruitment and conditions of public servants\n"
        "- Art. 310 → civil servants hold office during the pleasure of the President\n"
        "- Art. 312 → Rajya Sabha resolution lets Parliament create new all-India services\n"
    )
    found = generate_questions(notes, "n/notes.md")
    assert sum(isinstance(q, Short) and q.prompt.startswith("Which article") for q in found) >= 3
    assert not [q for q in found if isinstance(q, Match)]


def test_a_term_bolded_in_sentence_case_is_asked_by_its_chain_of_clues() -> None:
    """``**Ebb tide** → water falls … → exposes the mud flats``: the term's clues read one
    after another; a capitalised bold name is no term (``**Rajendra** → …``)."""
    notes = (
        "# Coasts\n\n## Tidal terms\n\n"
        "- **Ebb tide** → water level falls between high and low water → exposes mud flats\n"
        "- **bore** → steep wave rushing up a funnel-shaped estuary, as on the Hooghly\n"
        "- **Rajendra** → Chola king who sent a naval expedition to Srivijaya\n"
    )
    asked = {a: q.prompt for a, q in _identified(notes).items()}
    assert asked["Ebb tide"] == (
        "Which tide is this: water level falls between high and low water, so exposes mud flats?"
    )
    assert asked["bore"] == (
        "Which term is this: steep wave rushing up a funnel-shaped estuary, as on the Hooghly?"
    )
    assert "Rajendra" not in asked


def test_an_arrow_between_compass_points_is_a_direction() -> None:
    notes = (
        "# Climatology\n\n## Jet streams\n\n"
        "- **Polar night jet** → W → E, round the winter pole in the stratosphere high up\n"
    )
    asked = _prompts(notes)
    assert "Which jet is this: W to E, round the winter pole in the stratosphere high up?" in (
        asked
    )


def test_a_describing_bracket_after_the_head_is_a_clue_too() -> None:
    """``**Western disturbances** (Mediterranean origin, carried by westerly jet) → winter
    rain``: without its bracket the clue fits any winter rain (a fresh coach, weak)."""
    notes = (
        "# Climate\n\n## Local storms\n\n"
        "- **norwesters** (violent evening thunderstorms of Bengal and Assam) → useful for "
        "tea, jute and rice\n"
    )
    asked = _prompts(notes)
    assert (
        "Which term is this: violent evening thunderstorms of Bengal and Assam; useful for tea, "
        "jute and rice?"
    ) in asked


def test_a_dated_case_or_amendment_on_a_page_of_them_is_asked_by_its_kind() -> None:
    """``(1973) **Kesavananda Bharati** → …`` under "Landmark cases — timeline" and ``44th
    (1978) → …`` under "Key amendments" (holdout 305: seven cases and six amendments, none
    asked)."""
    notes = (
        "# Environment law\n\n## Landmark cases\n\n"
        "- (1987) M.C. Mehta → absolute liability for hazardous industries after the gas leak\n"
        "- (1996) **T.N. Godavarman** → forest read by the dictionary meaning, whatever the ownership\n"
        "\n## Key amendments\n\n"
        "- 42nd (1976) → forests and wildlife moved from the State to the Concurrent List\n"
        "- 1st → no year: which 1st?\n"
    )
    asked = {a: (q.prompt, q.aliases) for a, q in _identified(notes).items()}
    assert asked["M.C. Mehta"] == (
        "Which case (1987) is this: absolute liability for hazardous industries after the gas "
        "leak?",
        ("Mehta",),
    )
    assert "T.N. Godavarman" in asked
    assert asked["42nd Amendment"][0] == (
        "Which amendment (1976) is this: forests and wildlife moved from the State to the "
        "Concurrent List?"
    )
    assert "1st Amendment" not in asked


def test_a_terms_kind_is_its_last_word_when_the_heading_names_it() -> None:
    """``**Calling attention motion** → …`` under "Motions & devices" is a motion: "Which
    term is this" left "motion" of the heading as a giveaway (holdout 304)."""
    notes = (
        "# State legislatures\n\n## Motions & devices\n\n"
        "- **Privilege motion** → moved when a minister is thought to have misled the House\n"
    )
    asked = _prompts(notes)
    assert (
        "Which motion is this: moved when a minister is thought to have misled the House?" in asked
    )


def test_a_case_named_by_its_parties_and_an_article_at_its_headings_end() -> None:
    """``Anoop Baranwal v UoI (2023) → …`` is a case anywhere, taken by the party that is not
    the state; ``Art 324`` under "Constitutional basis (Part XV, Art 324–329)" is asked with
    the heading's range left out, which names it (holdout 306)."""
    notes = (
        "# Elections\n\n## Constitutional basis (Part XV, Art 324–329)\n\n"
        "- Art 324 → superintendence, direction and control of elections to Parliament\n"
        "- Art 329 → courts barred in electoral matters, except by an election petition\n"
        "\n## Cases\n\n"
        "- ADR v UoI (2024) → electoral bonds struck down for hiding donors from voters\n"
    )
    asked = _identified(notes)
    assert {"Article 324", "Article 329", "ADR v UoI"} <= set(asked)
    assert asked["ADR v UoI"].aliases == ("ADR",)
    assert "324–329" not in asked["Article 324"].topic


def test_an_articles_line_with_a_colon_and_a_table_of_powers_by_article() -> None:
    """``Art 75: PM appointed by President …`` is asked as the arrow's is, and not when its
    clue prints the number (``… by courts (74(2))``); a table with a column of articles is
    not read out row by row ("Which key power is this: Article 72; …?" = Pardon: holdout
    307, bad)."""
    notes = (
        "# Polity\n\n## Council of Ministers\n\n"
        "- Art 75: PM appointed by President, other ministers on the PM's advice\n"
        "- Art 74: CoM with PM at head to aid and advise; advice not inquired into (74(2))\n"
        "\n## Governor's powers\n\n"
        "| Power | Article | Remarks |\n|---|---|---|\n"
        "| Ordinance | 213 | only when the legislature is not in session |\n"
        "| Pardon | 161 | cannot pardon a death sentence, unlike the President |\n"
        "| Discretion | 163 | where the Constitution requires it, e.g. reporting to the President |\n"
    )
    prompts = _prompts(notes)
    assert (
        "Which article is this: PM appointed by President, other ministers on the PM's advice?"
        in (prompts)
    )
    assert not any("aid and advise" in p for p in prompts)
    found = generate_questions(notes, "n/notes.md")
    assert not any("Which power is this" in getattr(q, "prompt", "") for q in found)


def test_a_case_is_taken_by_its_long_first_name() -> None:
    """ "Kesavananda" is how the Kesavananda Bharati case is said; a short first name
    ("Indra" of Indra Sawhney) is not."""
    notes = (
        "# Polity\n\n## Landmark cases\n\n"
        "- (1980) Minerva Mills → judicial review and balance of FRs and DPSPs are basic\n"
        "- (1992) Indra Sawhney → 50% cap on reservation, creamy layer excluded\n"
    )
    asked = _identified(notes)
    assert asked["Minerva Mills"].aliases == ()
    assert asked["Indra Sawhney"].aliases == ()
    said = notes.replace("(1980) Minerva Mills", "(1951) Shankari Prasad")
    assert _identified(said)["Shankari Prasad"].aliases == ("Shankari",)
