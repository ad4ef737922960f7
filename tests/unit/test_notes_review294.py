"""The classes found in the twenty-second session on fresh notes (holdouts 294 on), each on
made-up notes of another subject."""

from __future__ import annotations

import dataclasses

from quizbot.bank.model import Match
from quizbot.notes import generate_questions
from quizbot.notes.descriptions import described_by_a_scrap
from quizbot.notes.grammar import opens_on_its_verb
from quizbot.notes.topic_keys import answered_by_the_topic
from tests.unit.notes_support import by_key, candidates, shown_texts


def test_an_indefinite_subject_dated_by_a_month_is_still_unnamed() -> None:
    """ "A much shorter draft came in Nov ___." (holdout 294, bad): a draft of what? The
    month's capital was taken for a name the subject carried."""
    notes = """# Forest law

## Road to the Act
The first bill lapsed with the Lok Sabha in 2019. A much leaner bill came in Dec 2021 → became the **Forest (Conservation) Amendment Act, 2023**.
"""
    texts = shown_texts(notes)
    assert not any(t.startswith("A much leaner bill") for t in texts)


def test_a_key_whose_words_begin_the_topic_s_acronym_is_given_away() -> None:
    """ "The Act covers ___" keyed *digital personal data* under "DPDP Act 2023" (holdout
    294, bad): the key's initials are the start of the acronym the topic line shows."""
    ctx, built = candidates(
        """# Consumer law

## CPRA 2019 – key features
- The Act protects **consumer product rights** against unfair trade and covers e-commerce too
"""
    )
    drafts = [(d, q, u) for d, q, u in built if d.key_text == "consumer product rights"]
    assert drafts
    for draft, question, unit in drafts:
        question = dataclasses.replace(question, topic="Consumer law › CPRA 2019 – key features")
        assert answered_by_the_topic(question, draft, unit, ctx) is not None


def test_a_description_that_says_only_how_a_fact_is_held_is_not_asked() -> None:
    """ "Which famous name is described as “linked by tradition”?" (holdout 296, bad): the
    description holds no fact, and other names on the list are linked by tradition too."""
    notes = """# Ancient observatories

## Ujjain
- Famous names:
  - Varahamihira – wrote the Pancha Siddhantika
  - Brahmagupta – Brahmasphutasiddhanta; zero as a number
  - Bhaskara II – Siddhanta Shiromani
  - Lalla – associated by tradition
"""
    assert not any("by tradition" in t for t in shown_texts(notes))
    for draft, question, unit in by_key(notes, "Lalla"):
        if "described as" in str(getattr(question, "prompt", "")):
            assert described_by_a_scrap(question, draft, unit, candidates(notes)[0])


def test_a_place_asked_that_is_india_itself_is_not_asked() -> None:
    """ "Where was the Universal Immunisation Programme launched in 1985?" keyed India
    (holdout 296, bad): the notes are about India; its year is the fact."""
    notes = """# Nutrition schemes

## Timeline
- 1975 – **Integrated Child Development Services (ICDS)** launched in India
"""
    texts = shown_texts(notes)
    assert texts
    assert not any(t.startswith("Where was") for t in texts)


def test_a_focus_that_shifted_after_a_year_is_a_framing_subject() -> None:
    """ "The focus after ___ shifted from just adding route km to speed …" keyed 2014
    (holdout 296, bad): the focus of what, and after which year is a matter of framing."""
    notes = """# Indian ports

## Port-led growth
The focus after 2014 shifted from just adding berths to speed, depth & cargo share. Rail had taken much of the coastal cargo for decades, so the govt pushed coastal shipping, deeper drafts and home-built cranes – **Sagarmala** is the showpiece of that push.
"""
    assert by_key(notes, "2014")
    assert not any(t.startswith("The focus after") for t in shown_texts(notes))


def test_a_table_of_tiers_asks_no_which_level_question() -> None:
    """ "Which level was headed by HC Chief Justice?" keyed State (holdout 295, bad): the
    level of what, the table's heading says."""
    notes = """# Disaster management

## Structure under the DM Act 2005

| Level | Body | Headed by |
|---|---|---|
| National | NDMA | Prime Minister |
| State | SDMA | Chief Minister |
| District | DDMA | District Collector |
"""
    assert not any(t.startswith("Which level") for t in shown_texts(notes))


def test_a_war_dated_by_its_year_is_asked_when_it_began() -> None:
    """ "In which year did the Russia–Ukraine war take place?" (holdout 294, bad): a war
    lasts; the line's year is when it began. A mutiny of one day still took place."""
    notes = """# Gulf and oil

## Timeline
- 1980 – **Iran–Iraq war** → oil prices spike
- 1857 – Sepoy mutiny at Meerut
"""
    texts = shown_texts(notes)
    assert "In which year did the Iran–Iraq war begin?" in texts
    assert not any("war take place" in t for t in texts)


def test_a_match_leaves_out_a_pair_that_gives_itself_away() -> None:
    """``SEBI`` matched with "Registers & regulates under SEBI (CRA) Regulations" (holdout
    293; changed-62: matches solved from their wording were bad): a pair whose sides share
    a word is free, so it is left out, and a match left with two pairs is not asked."""
    notes = """# Markets

## Regulators

| Regulator | Role |
|---|---|
| SEBI | Registers brokers under the SEBI Act |
| RBI | Manages the rupee's exchange rate |
| IRDAI | Licenses insurers |
| PFRDA | Runs the National Pension System |
"""
    matches = [q for q in generate_questions(notes, "n/notes.md") if isinstance(q, Match)]
    assert [[left for left, _ in q.pairs] for q in matches] == [["RBI", "IRDAI", "PFRDA"]]
    two = notes.replace("| PFRDA | Runs the National Pension System |\n", "")
    assert not any(isinstance(q, Match) for q in generate_questions(two, "n/notes.md"))


def test_a_prose_fragment_opening_on_mainly_or_known_as_has_no_subject() -> None:
    """ "Mainly ___, but Vedas … were also taught." and "Known as the centre of Vajrayana …
    & for close links with ___." (holdout 296, weak: no subject; the paragraph names it). A
    sentence whose clause has its own verb ("Mainly ___ is grown …") stays."""
    assert opens_on_its_verb("Mainly ___, with Lingayat & Jain shrines too.")
    assert opens_on_its_verb("Known for its stepwells & for close links with ___.")
    assert not opens_on_its_verb("Mainly ___ is grown in the Kuttanad wetlands.")
    assert not opens_on_its_verb("Known as Deshbandhu, C.R. Das founded ___.")
    notes = """# Hill forts

## Gwalior
Founded by Suraj Sen in the 8th c. CE. Mainly **Rajput** work, but Mughal additions too. Known as the pearl of Hindustan's forts & for the **Teli ka Mandir**.
"""
    assert not any(t.startswith(("Mainly", "Known")) for t in shown_texts(notes))
