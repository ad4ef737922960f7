"""The gate's line checks (issue 12, holdout review 4): each class a coach found in questions
made from notes the generator had never seen, on a made-up line of the same shape."""

from __future__ import annotations

import textwrap

from quizbot.bank.model import Cloze, Question, Short, TrueFalse
from quizbot.notes import generate_questions
from quizbot.notes.arrow_checks import arrow_dropped
from quizbot.notes.drafts import Draft, Unit
from quizbot.notes.line_checks import (
    blank_in_a_sequence,
    figure_and_noun_key,
    framing_subject,
    label_or_scrap,
)
from quizbot.notes.spelled_keys import spelled_by_the_text

_CTX = None  # the rules here consult no notes-wide context
_DRAFT = Draft(Cloze, {}, "name", "s", "k", "u", "h", 1)


def _unit(text: str) -> Unit:
    return Unit(text, 1, ("h",), "", "", None, text)


def _cloze(text: str) -> Cloze:
    return Cloze(id="", text=text, topic="Economy › Trade")


def _short(prompt: str, answer: str) -> Short:
    return Short(id="", prompt=prompt, answer=answer, topic="Economy › Trade")


def _questions(notes: str) -> list[Question]:
    return generate_questions(textwrap.dedent(notes), "n/notes.md")


def test_class1_two_parts_of_an_arrow_line_run_together_are_not_asked() -> None:
    line = "- CITES → Wildlife (Protection) Amendment 2022 → schedules cut from six to four"
    q = _cloze("{{CITES}} – Wildlife (Protection) Amendment 2022")
    assert arrow_dropped(q, _DRAFT, _unit(line), _CTX) is not None  # type: ignore[arg-type]
    line = "- FERA (1973) – strict controls → replaced by FEMA (1999)"
    q = _cloze("{{FERA}} (1973) – strict controls replaced by FEMA (1999)")
    assert arrow_dropped(q, _DRAFT, _unit(line), _CTX) is not None  # type: ignore[arg-type]


def test_class1_a_clause_after_an_arrow_alone_has_lost_its_subject() -> None:
    line = "- Narmada Bachao Andolan (1985) → dam height capped at 138 m"
    q = _cloze("Dam height capped at {{138 m}}.")
    assert arrow_dropped(q, _DRAFT, _unit(line), _CTX) is not None  # type: ignore[arg-type]


def test_class1_the_clause_before_the_arrow_and_named_relations_are_kept() -> None:
    line = "- The Dandi March began on 12 March 1930 → salt laws broken at Dandi"
    q = _cloze("The Dandi March began on {{12 March 1930}}.")
    assert arrow_dropped(q, _DRAFT, _unit(line), _CTX) is None  # type: ignore[arg-type]
    line = "- 1950 – **Colombo Plan** → aid for South Asian development"
    q = _short(
        "Which plan of 1950 is associated with aid for South Asian development?", "Colombo Plan"
    )
    assert arrow_dropped(q, _DRAFT, _unit(line), _CTX) is None  # type: ignore[arg-type]
    line = '- Hooghly → "lifeline of Kolkata", silts up every year'
    q = _cloze('{{Hooghly}} – "lifeline of Kolkata", silts up every year')
    assert arrow_dropped(q, _DRAFT, _unit(line), _CTX) is None  # type: ignore[arg-type]


def test_class2_an_ungrammatical_join_or_a_pointer_after_an_arrow_is_not_asked() -> None:
    line = "- **Sarkaria Commission** (1983) → keep it, but use sparingly"
    q = _short(
        "Which commission of 1983 is associated with keep it, but use sparingly?",
        "Sarkaria Commission",
    )
    assert arrow_dropped(q, _DRAFT, _unit(line), _CTX) is not None  # type: ignore[arg-type]


def test_class2_a_framing_subject_is_not_asked() -> None:
    q = _cloze("The goal was self-reliance, but by {{1991}} reserves had run dry.")
    assert framing_subject(q, _DRAFT, None, _CTX) is not None  # type: ignore[arg-type]
    q = _cloze("The Green Revolution began in {{1966}}.")
    assert framing_subject(q, _DRAFT, None, _CTX) is None  # type: ignore[arg-type]


def test_class3_a_key_that_mixes_a_year_and_a_noun_is_not_asked() -> None:
    q = _cloze("By the early {{1970s NBFCs}} had grown fast.")
    assert figure_and_noun_key(q, _DRAFT, None, _CTX) is not None  # type: ignore[arg-type]
    q = _cloze("The bank was set up on {{12 July 1982}}.")
    assert figure_and_noun_key(q, _DRAFT, None, _CTX) is None  # type: ignore[arg-type]
    q = _cloze("Reforms followed the {{Banking Regulation Act 1949}}.")
    assert figure_and_noun_key(q, _DRAFT, None, _CTX) is None  # type: ignore[arg-type]


def test_class3_a_blank_on_one_step_of_a_sequence_is_not_asked() -> None:
    q = _cloze("Decolonisation reached {{Latin America}}, then the Caribbean.")
    assert blank_in_a_sequence(q, _DRAFT, None, _CTX) is not None  # type: ignore[arg-type]
    q = _cloze("Railways came first, then {{telegraph}}.")
    assert blank_in_a_sequence(q, _DRAFT, None, _CTX) is not None  # type: ignore[arg-type]
    q = _cloze("He died in {{1707}} after a long campaign in the Deccan.")
    assert blank_in_a_sequence(q, _DRAFT, None, _CTX) is None  # type: ignore[arg-type]


def test_class4_an_expansion_whose_initials_spell_the_key_is_not_asked() -> None:
    q = _cloze("{{PRAGATI}}: Pro-Active Governance And Timely Implementation")
    assert spelled_by_the_text(q, _DRAFT, None, _CTX) is not None  # type: ignore[arg-type]
    q = _cloze("{{KAVACH}}: Keep trains Apart, Very Alert, Collision Halted")
    assert spelled_by_the_text(q, _DRAFT, None, _CTX) is not None  # type: ignore[arg-type]
    q = _cloze("{{NITI Aayog}} replaced the Planning Commission in 2015.")
    assert spelled_by_the_text(q, _DRAFT, None, _CTX) is None  # type: ignore[arg-type]


def test_class4_a_bare_expansion_question_is_asked_only_when_the_notes_teach_it() -> None:
    q = _short("What does PDS stand for?", "Public Distribution System")
    line = "- 1965 – Public Distribution System (PDS) → ration shops in every district"
    assert spelled_by_the_text(q, _DRAFT, _unit(line), _CTX) is not None  # type: ignore[arg-type]
    q = _short("What does UDAN stand for?", "Ude Desh ka Aam Naagrik")
    line = '- UDAN (2016) = "Ude Desh ka Aam Naagrik" – regional air links'
    assert spelled_by_the_text(q, _DRAFT, _unit(line), _CTX) is None  # type: ignore[arg-type]


def test_class5_a_region_label_and_verbless_scraps_are_not_asked() -> None:
    q = _cloze("Africa: {{Kenya}} – Kenyatta leads (1963); British leave")
    assert label_or_scrap(q, _DRAFT, None, _CTX) is not None  # type: ignore[arg-type]
    q = _cloze("Godavari: {{Papikonda}} – national park on its banks")
    assert label_or_scrap(q, _DRAFT, None, _CTX) is None  # type: ignore[arg-type]
    q = _cloze("2011 {{Greyhounds}} expanded (AP)")
    assert label_or_scrap(q, _DRAFT, None, _CTX) is not None  # type: ignore[arg-type]
    t = TrueFalse(id="", statement="2013 Greyhounds expanded (AP)", answer=False)
    assert label_or_scrap(t, _DRAFT, None, _CTX) is not None  # type: ignore[arg-type]
    q = _cloze("{{Soil Health Card}} (2015) – on the Swaminathan panel's advice")
    assert label_or_scrap(q, _DRAFT, None, _CTX) is not None  # type: ignore[arg-type]
    q = _cloze("{{Soil Health Card}} (2015) – soil nutrient report for each farm")
    assert label_or_scrap(q, _DRAFT, None, _CTX) is None  # type: ignore[arg-type]


def test_a_dash_followed_by_a_bare_name_is_a_scrap() -> None:
    """``___ (Chhattisgarh) – USSR; ore from …``: a partner after the dash, no definition."""
    q = _cloze("{{Rourpur}} (Odisha) – West Germany; ore from Barsua")
    assert label_or_scrap(q, _DRAFT, None, _CTX) is not None  # type: ignore[arg-type]
    q = _cloze("{{Loam}} – Punjab; fertile, easy to plough")
    assert label_or_scrap(q, _DRAFT, None, _CTX) is not None  # type: ignore[arg-type]
    q = _cloze("{{Majuli}} (Assam) – largest river island of India")
    assert label_or_scrap(q, _DRAFT, None, _CTX) is None  # type: ignore[arg-type]
    q = _cloze("{{Blue}} – fisheries")  # "Blue = fisheries → …": a revolution? a colour?
    assert label_or_scrap(q, _DRAFT, None, _CTX) is not None  # type: ignore[arg-type]


def test_the_generator_asks_none_of_these_shapes() -> None:
    questions = _questions(
        """\
        # Trade notes
        ## Bodies
        - CITES → Wildlife (Protection) Amendment 2022 → schedules cut to four
        - ESCAP (1947) → Kyoto Round (1990–92) → **Seoul Accord** (1993)
        - **Sarkaria Commission** (1983) → keep it, but use sparingly
        - PRAGATI: Pro-Active Governance And Timely Implementation
        """
    )
    shown = [getattr(q, "text", "") or getattr(q, "prompt", "") for q in questions]
    assert not [s for s in shown if "{{CITES}} –" in s or "{{ESCAP}}" in s or "keep it" in s]
    assert not [s for s in shown if s.startswith("{{PRAGATI}}")]


def test_class7_a_list_is_asked_whole_only_when_the_notes_close_it() -> None:
    questions = _questions(
        """\
        # Geography
        ## Godavari
        - right bank: Manjira, Pranhita, Indravati, Sabari
        - the four southern states it drains: Maharashtra, Telangana, Andhra, Odisha
        """
    )
    prompts = [getattr(q, "prompt", "") for q in questions]
    assert not [p for p in prompts if "right bank" in p.lower() and "Name all" in p]
    assert [p for p in prompts if "Name all four" in p and "states" in p]


def test_class6_each_row_of_a_table_is_asked_once_however_long_the_table() -> None:
    """Every row of a reference table is a fact of its own (issue 12, class 8: tables of
    three or more columns asked); each is asked once, a long table no less than a short one
    (the rows once beyond five were dropped: the Rotterdam Convention's row of a table of
    conventions went unasked)."""
    rows = [
        ("Khusro", "1989", "agricultural credit"),
        ("Vaghul", "1987", "money market"),
        ("Chakravarty", "1985", "monetary system"),
        ("Verma", "1999", "weak public sector banks"),
        ("Vasudevan", "1999", "technology upgrade"),
        ("Patil", "2001", "corporate debt"),
        ("Mor", "2014", "financial inclusion"),
        ("Sen", "2006", "payments"),
    ]
    table = "\n".join(f"| {n} | {y} | {s} |" for n, y, s in rows)
    notes = (
        f"# Banking\n\n## Committees\n\n| Committee | Year | Subject |\n|---|---|---|\n{table}\n"
    )
    questions = generate_questions(notes, "n/banking.md")
    keys = [q.answer for q in questions if "Which committee" in getattr(q, "prompt", "")]
    assert len(keys) > 5
    assert len(keys) == len(set(keys))  # each row once


def test_class7_an_other_name_from_another_sentence_is_accepted() -> None:
    from quizbot.notes.name_pairs import other_names_index
    from quizbot.notes.other_names import with_other_names

    notes = 'Akbar founded the Ibadat Khana ("the House of Worship") at Fatehpur Sikri.'
    index = other_names_index(notes)
    q = _cloze("Debates were held in the {{House of Worship}} every Thursday.")
    accepted = with_other_names(q, index)
    assert isinstance(accepted, Cloze)
    assert "{{House of Worship|Ibadat Khana}}" in accepted.text
    s = with_other_names(_short("Where were the debates held?", "House of Worship"), index)
    assert isinstance(s, Short) and "Ibadat Khana" in s.aliases
    unrelated = _cloze("The {{Buland Darwaza}} marks the Gujarat victory.")
    assert with_other_names(unrelated, index) == unrelated


def test_a_quoted_word_in_lower_case_is_no_other_name_of_the_name_before_it() -> None:
    """``onset over Kerala ("burst")``: "burst" is the onset's nickname, so a question keyed
    "Burst" must not take "Kerala" (holdout 300)."""
    from quizbot.notes.name_pairs import other_names_index

    index = other_names_index('- ~1 Jun → onset over Kerala ("burst")\n- Sultan ("the Forty")')
    assert "burst" not in index
    assert index["forty"] == "Sultan"


def test_a_writers_study_note_is_no_part_of_a_match_label() -> None:
    """``Projects to remember:`` once labelled a match "(projects to remembers)" (blind
    review 26)."""
    questions = generate_questions(
        "# Agri\n\n## Irrigation\n\nProjects to remember:\n"
        "- **Bhakra Nangal** – Sutlej, HP/Punjab\n- **Hirakud** – Mahanadi, Odisha\n"
        "- **Tehri** – Bhagirathi, Uttarakhand\n- **Mettur** – Kaveri, Tamil Nadu\n",
        "n/agri.md",
    )
    prompts = [getattr(q, "prompt", "") for q in questions]
    assert not [p for p in prompts if "remember" in p]
