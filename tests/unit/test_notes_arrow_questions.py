"""The arrow builder (quizbot/notes/arrow_questions.py): a dated ``Name → result`` line is
asked the examiner's way, "Which … is associated with …?", and only when it reads so."""

from __future__ import annotations

import textwrap

from quizbot.bank.model import Short
from quizbot.notes import generate_questions


def _asked(notes: str) -> dict[str, Short]:
    found = generate_questions(textwrap.dedent(notes), "n/notes.md")
    return {q.prompt: q for q in found if isinstance(q, Short) and "associated" in q.prompt}


def test_a_dated_arrow_line_is_asked_which_name_is_associated_with_its_result() -> None:
    asked = _asked(
        "# History\n\n## Swadeshi phase\n\n- 1909 – **Morley–Minto Reforms** (Indian Councils"
        " Act 1909) → separate electorates for Muslims\n"
        "- Mar 1940 – ML's Lahore Resolution → demand for a separate Muslim state\n"
    )
    reforms = asked["Which reforms of 1909 are associated with separate electorates for Muslims?"]
    assert reforms.answer == "Morley–Minto Reforms"
    assert reforms.aliases == ("Indian Councils Act 1909",)  # another name of it, accepted
    resolution = asked[
        "Which resolution of 1940 is associated with the demand for a separate Muslim state?"
    ]
    assert resolution.answer == "Lahore Resolution"  # the writer's "ML's" left out


def test_the_kind_comes_from_the_heading_only_for_a_bold_name() -> None:
    """``2008 – **Chandrayaan-1** …`` under ``Missions timeline`` is a mission;
    ``1984 – Rakesh Sharma → first Indian in space`` is no mission."""
    asked = _asked(
        "# Space\n\n## Missions timeline\n\n- 2008 – **Chandrayaan-1** (PSLV-C11) → evidence of"
        " water molecules on the Moon (NASA's M3 instrument on board)\n"
        "- 1984 – Rakesh Sharma → first Indian in space (Soyuz T-11)\n"
    )
    assert list(asked) == [
        "Which mission of 2008 is associated with evidence of water molecules on the Moon?"
    ]
    assert asked[next(iter(asked))].aliases == ()  # a launcher is not another name


def test_a_clause_a_count_or_an_undated_line_is_not_asked() -> None:
    """``Wavell Plan → Simla Conference failed`` (a clause), ``→ 8 major groups`` (a count
    out of its context), ``Look East → upgraded …`` (no year of its own) are left alone."""
    assert not _asked(
        "# H\n\n## Final phase\n\n- 1945 – Wavell Plan → Simla Conference failed\n"
        "- ICAR's All India Soil Survey Committee (1953) → 8 major groups\n"
        "- Look East Policy → upgraded to Act East\n"
    )


def test_what_the_name_belongs_to_after_its_bracket_is_carried() -> None:
    """``**Kigali Amendment** (2016) to Montreal Protocol → phase down of HFCs`` names the
    protocol it amends; the question says so, and the phase-down reads with "the"."""
    asked = _asked(
        "# Environment\n\n## Ozone\n\n- **Kigali Amendment** (2016) to Montreal Protocol →"
        " phase down of HFCs (not ozone-depleting, but strong GHGs)\n"
    )
    prompt = (
        "Which amendment of 2016 to the Montreal Protocol is associated with the phase down"
        " of HFCs?"
    )
    assert list(asked) == [prompt]
    assert asked[prompt].answer == "Kigali Amendment"


def test_a_dated_chain_asks_its_bold_last_step_as_what_followed_the_step_before() -> None:
    """``1932 – Communal Award (Ramsay MacDonald) → Gandhi's fast in Yerwada jail →
    **Poona Pact** w/ Ambedkar``: only "followed" is true of every arrow of a chain."""
    asked = {
        q.prompt: q
        for q in generate_questions(
            "# History\n\n## Civil disobedience\n\n- 1932 – Communal Award (Ramsay MacDonald)"
            " → Gandhi's fast in Yerwada jail → **Poona Pact** w/ Ambedkar\n",
            "n/notes.md",
        )
        if isinstance(q, Short)
    }
    pact = asked["Which pact of 1932 followed Gandhi's fast in Yerwada jail?"]
    assert pact.answer == "Poona Pact"


def test_a_chain_whose_last_step_is_not_bold_or_names_no_kind_is_not_asked() -> None:
    """``Ibadat Khana … (1575) → Mahzar (1579) → Din-i-Ilahi (1582)`` has no date at its head
    and no bold; ``→ split Hinayana/Mahayana`` is no name."""
    found = generate_questions(
        "# H\n\n## Akbar\n\n- Ibadat Khana at Fatehpur Sikri (1575) → Mahzar (1579) →"
        " Din-i-Ilahi (1582)\n- 1911 – Delhi Durbar (George V) → partition annulled →"
        " capital shift\n",
        "n/notes.md",
    )
    assert not [q for q in found if "followed" in q.prompt]


def test_a_bold_name_run_on_from_its_date_and_an_aside_before_the_arrow() -> None:
    """``1917 **Champaran** (Bihar) – indigo farmers, tinkathia system → first civil
    disobedience in India`` under ``Gandhi's early satyagrahas:``: the aside is left out;
    ``SL's 13th Amendment`` (the writer's short form) is not asked."""
    asked = _asked(
        "# History\n\n## Gandhi\n\n- Gandhi's early satyagrahas:\n  - 1917 **Champaran**"
        " (Bihar) – indigo farmers, tinkathia system → first civil disobedience in India\n"
        "  - 1918 Ahmedabad mill strike → his first hunger strike\n"
        "- Indo-Sri Lanka Accord (1987) – Rajiv Gandhi & J.R. Jayewardene → SL's 13th"
        " Amendment (provincial councils); IPKF sent\n"
    )
    prompt = "Which satyagraha of 1917 is associated with the first civil disobedience in India?"
    assert list(asked) == [prompt]
    assert asked[prompt].answer == "Champaran"


def test_a_result_with_an_infinitive_passive_is_a_phrase_not_a_clause() -> None:
    """``**Simla Agreement (1972)** – Indira Gandhi & Z.A. Bhutto → disputes to be settled
    bilaterally``: "to be settled" is no verb of the result's own."""
    asked = _asked(
        "# IR\n\n## Neighbours\n\n- Pakistan:\n  - **Simla Agreement (1972)** – Indira Gandhi &"
        " Z.A. Bhutto → disputes to be settled bilaterally; ceasefire line became the LoC\n"
    )
    prompt = "Which agreement of 1972 is associated with disputes to be settled bilaterally?"
    assert asked[prompt].answer == "Simla Agreement"


def test_a_timeline_in_a_code_block_on_a_page_of_cases_asks_the_case() -> None:
    """Students type timelines in code blocks to keep them aligned; on a page of landmark
    cases a name before the arrow is a case."""
    notes = (
        "# Indian Judiciary – Landmark Cases\n\n## Amending power\n\n```\n"
        "1971 – 24th Amendment → undid Golaknath\n"
        "1973 – Kesavananda Bharati → basic structure doctrine; 13-judge bench (largest ever)\n"
        "  (ASCII art, not a date line)\n```\n"
    )
    asked = _asked(notes)
    case = asked["Which case of 1973 is associated with the basic structure doctrine?"]
    assert case.answer == "Kesavananda Bharati"
    assert not [p for p in asked if "ASCII" in p]


def test_no_question_on_a_clause_or_a_sequel_after_the_arrow() -> None:
    """``London Declaration → India stays in the Commonwealth`` is a clause of its own, and
    ``Lahore Declaration (1999) – … → then Kargil`` is what came after: neither is what the
    name "is associated with", nor is a dated later step (``→ report 1980``) or another's
    answer to it (``→ Jinnah's 14 points``) (holdout notes 5, 9, 19 and 24)."""
    asked = _asked(
        "# IR\n\n## Commonwealth and Pakistan\n\n"
        "- 1949 – London Declaration → India stays in the **Commonwealth** as a republic\n"
        "- **Lahore Declaration (1999)** – Vajpayee–Nawaz Sharif (bus diplomacy) → then Kargil\n"
        "- **Mandal Commission** (1979, B.P. Mandal) → report 1980 → 27% reservation for OBCs\n"
        "- 1928 – **Nehru Report** → Jinnah's 14 points (1929)\n"
    )
    assert not [p for p in asked if "associated with" in p]
