"""The bad classes of blind review 44 (parliamentary procedure, Maurya to Harsha sources,
IT and cyber), each on made-up notes of another subject."""

from __future__ import annotations

from quizbot.bank.model import Cloze, ListQuestion, Mcq, TrueFalse
from quizbot.notes import generate_questions


def test_a_count_the_line_multiplies_out_is_not_asked() -> None:
    found = generate_questions(
        "# Polity\n\n## Committees\n\n- The panel has 12 members in 4 groups of 3 each\n",
        "n/panel.md",
    )
    assert not any(isinstance(q, Cloze) for q in found)
    assert not any(isinstance(q, TrueFalse) for q in found)  # "5 groups of 3" refutes itself


def test_an_option_that_echoes_the_question_is_not_offered() -> None:
    """ "Which motion has an element of censure of government?" offered "Censure motion"
    beside the key "Adjournment motion": read plainly, two answers."""
    from types import SimpleNamespace
    from typing import Any, cast

    from quizbot.notes.fragment_keys import off_kind_options

    def asked(prompt: str, answer: str) -> str | None:
        options = ("Adjournment motion", "Censure motion", "Cut motion", "Calling attention motion")
        q = Mcq(id="t", prompt=prompt, options=options, answer=answer)
        return off_kind_options(q, cast(Any, SimpleNamespace(rule="row")), None, cast(Any, None))

    assert asked("Which motion has an element of censure of government?", "Adjournment motion")
    assert asked("Which motion needs reasons for censure to be stated?", "Censure motion") is None
    assert asked("Which motion needs the support of 50 members?", "Adjournment motion") is None


def test_a_list_introduced_by_a_clause_is_not_named_by_it() -> None:
    found = generate_questions(
        "# History\n\n## Kalidasa\n\n- Kalidasa wrote 3 plays:\n  - Abhijnanashakuntalam\n"
        "  - Malavikagnimitram\n  - Vikramorvashiyam\n",
        "n/kalidasa.md",
    )
    assert not any(isinstance(q, ListQuestion) and "Kalidasa wrote" in q.prompt for q in found)


def test_a_date_alone_is_too_little_to_say_what_was_launched() -> None:
    found = generate_questions(
        "# Schemes\n\n## Launches\n\nStand-Up India launched 5 April 2016.\n", "n/s.md"
    )
    keys = [b[0] for q in found if isinstance(q, Cloze) for b in q.blanks]
    assert "Stand-Up India" not in keys
