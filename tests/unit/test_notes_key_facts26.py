"""Classes found on the twenty-sixth session's holdouts (303 and a census of the tables of
297–302), each fixed on made-up notes of another subject."""

from __future__ import annotations

from types import SimpleNamespace
from typing import cast

from quizbot.bank.model import Cloze, Mcq, TrueFalse
from quizbot.notes import generate_questions
from quizbot.notes.drafts import Context, Draft
from quizbot.notes.fragment_keys import cued_beside_the_blank
from quizbot.notes.sentences import split_sentences
from quizbot.notes.table_columns import said_name
from quizbot.notes.terms import resolve_pronoun


def test_a_word_the_topic_shares_with_half_the_options_gives_nothing_away() -> None:
    """ "Emergency" in the topic line and in two of three options does not pick the answer
    (holdout 301: both emergency types went unasked); in one option of four it does."""
    ctx = cast(Context, SimpleNamespace(legend={}, proper_words=set(), lower_words=set()))

    def verdict(options: tuple[str, ...]) -> str | None:
        question = Mcq(
            id="",
            topic="Emergency provisions › At a glance",
            prompt="Which type is this: war, external aggression, armed rebellion?",
            options=options,
            answer="National Emergency",
        )
        draft = Draft(Mcq, {}, "table-identify", "s", "National Emergency", "u", "h", 1)
        draft.key_text, draft.key_kind = "National Emergency", "term"
        return cued_beside_the_blank(question, draft, None, ctx)

    assert verdict(("National Emergency", "President's Rule", "Financial Emergency")) is None
    assert verdict(("National Emergency", "President's Rule", "Article 356", "Article 360"))


def test_a_plain_word_glossed_by_a_bold_term_is_no_term() -> None:
    """``Energy = **latent heat of condensation** → dies over land``: "What is a latent heat
    of condensation called?" = Energy (holdout 304, bad): the bold is the term."""
    notes = (
        "# Reactors\n\n## Basics\n\n"
        "Power = **nuclear fission of uranium** → stops when the control rods drop.\n"
        "Core = zone of fuel rods, moderator and control rods inside the vessel.\n"
        "Coolant = heavy water carrying heat from the core to the steam generator.\n"
    )
    keys = {getattr(q, "answer", "") for q in generate_questions(notes, "n/notes.md")}
    assert "Power" not in keys
    assert "Coolant" in keys  # a glossary's own term still is


def test_a_fact_under_a_bold_term_with_its_provision_is_asked_under_that_term() -> None:
    """``**Money bill** (Art 110) → …`` over ``RS … must return within 14 days; President
    can't return it``: "Money bill:" in front is the term, not a label, and "can't" is a
    verb (holdout 304: the note's only key fact of its kind went unasked)."""
    notes = (
        "# Polity\n\n## Ordinances\n\n"
        "- **State ordinance** (Art 213) → issued by the Governor when the legislature is not "
        "in session\n"
        "  - Legislature must approve it within 42 days of reassembly; Governor can't renew it "
        "endlessly\n"
        "- **Sessions**: at least two a year\n"
        "  - Gap between two sessions can't exceed 6 months\n"
    )
    texts = [getattr(q, "text", "") for q in generate_questions(notes, "n/notes.md")]
    assert "State ordinance: Legislature must approve it within {{42}} days of reassembly; " in (
        " ".join(texts)
    ), texts
    assert not any(t.startswith("Sessions:") for t in texts)  # a lead-in stays a label


def test_a_place_ending_in_s_is_named_with_its_columns_noun() -> None:
    """ "Who presided over the Banaras?" (holdout 306, bad): a name in -s is a people only in
    a column of peoples; in a ``Session`` column it is a place."""
    assert said_name("Lahore", "Session") == "the Lahore session"
    assert said_name("Madras", "Session") == "the Madras session"
    assert said_name("Cholas", "Dynasty") == "the Cholas"


def test_a_compass_point_opening_a_sentence_does_not_end_the_one_before() -> None:
    """``… landscape. W. Ghats became a World Heritage Site (2012).`` was cut after "W.", so
    the question read "Ghats became …" (holdout 306, bad)."""
    text = "Logging was banned in the reserve. E. Himalaya has the most endemic orchids."
    assert split_sentences(text) == [
        (0, "Logging was banned in the reserve."),
        (35, "E. Himalaya has the most endemic orchids."),
    ]
    assert len(split_sentences("Rain falls in the N. The south stays dry.")) == 2


def test_it_after_a_sentence_about_a_person_is_not_that_persons_role() -> None:
    """``First CEC = Sukumar Sen, who ran …. It was a one-member body till 1989`` asked
    "First CEC was a one-member body …" (holdout 306, bad): "it" is the Commission."""
    antecedent = "First Governor = Lord Canning, who moved the court to Calcutta."
    assert resolve_pronoun("It had three members till 1861.", antecedent) is None
    assert resolve_pronoun("It met at Calcutta.", "The Court of Directors ran the Company.") == (
        "The Court of Directors met at Calcutta."
    )


def test_a_figures_question_shows_no_heading_bracket_of_articles_or_years() -> None:
    """``## Constitutional basis (Part XV, Art 324–329)`` over "… Art 324 …": the bracket
    names the answer's figure, in the topic line and in a cloze's prompt alike (a fresh
    coach: the topic line was shortened, the prompt was not)."""
    notes = (
        "# Polity\n\n## Emergency provisions (Arts 352–360)\n\n"
        "The framers borrowed the emergency provisions from the Government of India Act 1935.\n"
        "Ambedkar hoped that Article 356 would remain a dead letter in the Constitution.\n"
    )
    found = [
        q
        for q in generate_questions(notes, "n/notes.md")
        if isinstance(q, Cloze | TrueFalse) and any(ch.isdigit() for ch in str(q))
    ]
    assert found
    for question in found:
        assert "352–360" not in question.topic and "352–360" not in question.prompt


def test_an_articles_number_printed_beside_its_blank_gives_it_away() -> None:
    """``Art 74: CoM … advice not inquired into by courts (74(2))`` asked "___: … (74(2))"
    keyed Art 74 (holdout 307, bad)."""
    notes = (
        "# Polity\n\n## Governor\n\n"
        "- Art 163: CoM with CM at head to aid and advise; advice can't be inquired into (163(2))\n"
        "- Art 164: CM appointed by Governor, other ministers on the CM's advice\n"
    )
    texts = [getattr(q, "text", "") for q in generate_questions(notes, "n/notes.md")]
    assert not any("{{Art 163" in t for t in texts)
