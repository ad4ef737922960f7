"""The gate's precision rules (issue 12, holdout review 3): each class a coach found in
questions made from notes the generator had never seen, on a made-up line of the same shape."""

from __future__ import annotations

import textwrap

from quizbot.bank.model import Cloze, Mcq, Question
from quizbot.notes import generate_questions
from quizbot.notes.chronology import _has_outlier
from quizbot.notes.drafts import Draft, Unit
from quizbot.notes.fragment_keys import half_of_a_pair, qualifier_in_the_key
from quizbot.notes.fragments import not_a_sentence
from quizbot.notes.glosses import glossed_beside_the_blank
from quizbot.notes.range_keys import rounded_figure
from quizbot.notes.sentences import split_sentences
from quizbot.notes.topic_keys import answered_by_the_topic

_CTX = None  # the rules here consult no notes-wide context


def _cloze(text: str, topic: str = "Polity › Rights", kind: str = "name") -> tuple[Cloze, Draft]:
    key = text.split("{{", 1)[1].split("}}", 1)[0].split("|")[0]
    draft = Draft(Cloze, {}, "name", "s", key, "u", "h", 1, key_text=key, key_kind=kind)
    return Cloze(id="", text=text, topic=topic), draft


def _unit(text: str) -> Unit:
    return Unit(text, 1, ("h",), "", "", None, text)


def _questions(notes: str) -> list[Question]:
    return generate_questions(textwrap.dedent(notes), "n/notes.md")


def test_class1_one_half_of_a_slash_pair_is_not_asked() -> None:
    q, d = _cloze("{{Art 15}} – no discrimination in shops / public wells")
    assert half_of_a_pair(q, d, None, _CTX) is not None  # type: ignore[arg-type]
    q, d = _cloze("{{Art 29}} – rights of minorities")
    unit = _unit("Art 29 / 30 – rights of minorities")
    assert half_of_a_pair(q, d, unit, _CTX) is not None  # type: ignore[arg-type]
    q, d = _cloze("{{Art 21}} – life and personal liberty")
    assert half_of_a_pair(q, d, _unit("Art 21 – life and personal liberty"), _CTX) is None  # type: ignore[arg-type]


def test_class1_another_name_after_a_slash_is_no_pair() -> None:
    q, d = _cloze("2008 – {{Bodhi|Lotus Probe}} (LV-3) reached orbit")
    unit = _unit("2008 – Bodhi/Lotus Probe (LV-3) reached orbit")
    assert half_of_a_pair(q, d, unit, _CTX) is None  # type: ignore[arg-type]


def test_class2_a_key_that_swallowed_its_adverb_is_not_asked() -> None:
    q, d = _cloze("{{Formerly Art 44}} asked for a single civil code.")
    assert qualifier_in_the_key(q, d, None, _CTX) is not None  # type: ignore[arg-type]
    q, d = _cloze("The {{First Five-Year Plan}} stressed agriculture.")
    assert qualifier_in_the_key(q, d, None, _CTX) is None  # type: ignore[arg-type]


def test_class3_initials_do_not_end_a_sentence() -> None:
    text = "Nehru met K.N. Rao at Simla. Lt. Gen. R.K. Singh took the salute. Plan B. It held."
    assert [s for _, s in split_sentences(text)] == [
        "Nehru met K.N. Rao at Simla.",
        "Lt. Gen. R.K. Singh took the salute.",
        "Plan B.",
        "It held.",
    ]


def test_class3_a_cloze_cut_after_an_initial_is_not_asked() -> None:
    q, d = _cloze("{{Rajaji}} chaired the board (1950), with K.N.")
    assert not_a_sentence(q, d, None, _CTX) is not None  # type: ignore[arg-type]
    found = _questions(
        """\
        # Notes
        ## Board
        **Rajaji** chaired the new Board of Trade (1950), with K.N. Rao as its secretary.
        """
    )
    for question in found:
        if isinstance(question, Cloze):
            assert not question.stem.rstrip().endswith("K.N."), question.stem


def test_class4_a_year_the_topic_line_shows_is_not_asked() -> None:
    q, d = _cloze("The blockade was lifted in May {{1949}}.", "Cold War › Berlin (1948–49)", "year")
    assert answered_by_the_topic(q, d, None, _CTX) is not None  # type: ignore[arg-type]
    q, d = _cloze("The airlift began in June {{1948}}.", "Cold War › Berlin (1948–49)", "year")
    assert answered_by_the_topic(q, d, None, _CTX) is not None  # type: ignore[arg-type]
    q, d = _cloze("The wall went up in {{1961}}.", "Cold War › Berlin (1948–49)", "year")
    assert answered_by_the_topic(q, d, None, _CTX) is None  # type: ignore[arg-type]


def test_class5_a_gloss_beside_the_blank_is_not_asked() -> None:
    q, d = _cloze('{{Harmattan}} – dry wind off the Sahara ("the doctor"); dusty')
    assert glossed_beside_the_blank(q, d, None, _CTX) is not None  # type: ignore[arg-type]
    q, d = _cloze("The {{Bhakti}} (lit. devotion) saints wrote in the vernacular.")
    assert glossed_beside_the_blank(q, d, None, _CTX) is not None  # type: ignore[arg-type]
    q, d = _cloze('Akbar issued the {{mahzar}} and founded the Ibadat Khana ("house of worship").')
    assert glossed_beside_the_blank(q, d, None, _CTX) is None  # type: ignore[arg-type]


def test_class6_a_chronology_with_a_plain_first_event_is_not_asked() -> None:
    u = _unit("x")
    assert _has_outlier([(1950, "A", u), (2001, "B", u), (2005, "C", u), (2012, "D", u)])
    assert not _has_outlier([(1990, "A", u), (2001, "B", u), (2005, "C", u), (2012, "D", u)])
    found = _questions(
        """\
        # Notes
        ## Laws (timeline)
        - 1955 – Untouchability Offences Act
        - 2005 – Domestic Violence Act
        - 2012 – POCSO Act
        - 2019 – Transgender Persons Act
        """
    )
    assert not [q for q in found if isinstance(q, Mcq) and "chronological" in q.prompt]


def test_class7_a_rounded_figure_is_not_asked() -> None:
    q, d = _cloze("The river has over {{300}} tributaries.", kind="count")
    assert rounded_figure(q, d, None, _CTX) is not None  # type: ignore[arg-type]
    q, d = _cloze("The river has {{300}} tributaries.", kind="count")
    assert rounded_figure(q, d, None, _CTX) is None  # type: ignore[arg-type]


def test_class6_an_event_the_notes_date_twice_is_not_ordered() -> None:
    found = _questions(
        """\
        # Notes
        ## Laws (timeline)
        - 1986 – Child Labour Act
        - 1993 – Human Rights Act
        - 2005 – Right to Information Act
        - 2016 – Child Labour Act: amended, ban below 14
        - 2013 – Lokpal and Lokayuktas Act
        - 2019 – Consumer Protection Act
        """
    )
    (order,) = [q for q in found if isinstance(q, Mcq) and "chronological" in q.prompt]
    assert "Child Labour" not in order.prompt


def test_class7_a_sentence_that_leans_on_the_one_before_is_not_asked() -> None:
    found = _questions(
        """\
        # Notes
        ## Dams
        The plan stalled for a decade. The tide turned when **Morarji Desai** cleared the dam (1978).
        Originally a Collector ran the board. The 12th Amendment (1972) replaced him with a council.
        """
    )
    shown = [q.stem for q in found]
    assert not [s for s in shown if s.startswith("The tide turned") or " him " in s], shown


def test_class7_an_auxiliary_the_notes_did_not_write_is_not_asked() -> None:
    from quizbot.notes.pointers import pointing_subject

    q, d = _cloze("The rebels are retreated to the hills under {{Tantia Tope}}.")
    unit = _unit("the rebels retreated to the hills under Tantia Tope")
    assert pointing_subject(q, d, unit, _CTX) is not None  # type: ignore[arg-type]
    q, d = _cloze("The Inter-State Council is chaired by the {{Prime Minister}}.")
    unit = _unit("Inter-State Council chaired by the Prime Minister")
    assert pointing_subject(q, d, unit, _CTX) is None  # type: ignore[arg-type]


def test_class7_which_kind_names_a_kind_the_answer_is_not() -> None:
    from quizbot.bank.model import Short
    from quizbot.notes.descriptions import described_by_a_scrap

    prompt = "Which Tax is described as “a period in which a new firm pays no tax”?"
    for key, unfit in (("Tax holiday", True), ("Tax", False)):
        question = Short(id="", prompt=prompt, answer=key, topic="T")
        draft = Draft(Short, {}, "term", "s", key, "u", "h", 1, key_text=key, key_kind="term")
        assert (described_by_a_scrap(question, draft, None, _CTX) is not None) is unfit  # type: ignore[arg-type]


def test_class6_a_bracket_inside_a_laws_name_stays_in_the_chronology() -> None:
    from quizbot.notes.chronology import _short_name

    assert _short_name("Hindu Succession (Amdt) Act") == "Hindu Succession (Amdt) Act"
    assert _short_name("Poona Pact (Gandhi, Ambedkar)") == "Poona Pact"


def test_class7_a_threshold_is_no_rounded_figure() -> None:
    q, d = _cloze("The panel asked for a price at least {{40%}} above cost.", kind="percent")
    assert rounded_figure(q, d, None, _CTX) is None  # type: ignore[arg-type]
    q, d = _cloze("The panel asked for a price nearly {{40%}} above cost.", kind="percent")
    assert rounded_figure(q, d, None, _CTX) is not None  # type: ignore[arg-type]
