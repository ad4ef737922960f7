"""Classes found on the twenty-ninth session's holdouts, each fixed on made-up notes of
another subject."""

from __future__ import annotations

from quizbot.bank.model import Cloze, Short
from quizbot.notes.ambiguity import question_warnings
from quizbot.notes.clauses import with_its_verb
from quizbot.notes.terms import resolve_pronoun
from tests.unit.notes_support import asked_by_answer, generated


def _short(notes: str, answer: str) -> Short:
    return next(q for q in generated(notes) if isinstance(q, Short) and q.answer == answer)


def test_a_committee_with_its_other_name_in_its_bracket_is_asked_what_it_recommended() -> None:
    """``**Kumarappa Committee** (Congress Agrarian Reforms Cttee, 1949) → land to the tiller,
    no intermediaries, …``: the arrow builder's "associated with" a list was turned away, and
    the committee was never asked (holdout 325)."""
    notes = (
        "# Centre–State relations\n\n## Commissions\n"
        "- **Sarkaria Commission** (Commission on Centre–State Relations, 1983) → "
        "strong Centre, Inter-State Council, consultation on Governors\n"
    )
    question = _short(notes, "Sarkaria Commission")
    assert question.prompt.endswith("Which commission (1983) recommended a strong Centre?")
    assert "Commission on Centre–State Relations" in question.aliases


def test_advice_of_a_mass_noun_takes_no_article() -> None:
    """ "recommended a land to the tiller" (holdout 325)."""
    notes = (
        "# Rural credit\n\n## Committees\n"
        "- **Gorwala Committee** (Rural Credit Survey, 1951) → land to the tiller, "
        "cooperative credit\n"
    )
    assert (
        asked_by_answer(notes)["Gorwala Committee"]
        == "Which committee (1951) recommended land to the tiller?"
    )


def test_a_countrys_dated_first_is_asked_by_its_year() -> None:
    """``India first country w/ a national family planning programme (**1952**)`` has no verb,
    so its cloze is turned away as a note, and the fact was never asked (holdout 327)."""
    notes = (
        "# Renewable energy\n\n## Institutions\n"
        "- India → first country to set up a ministry for renewable energy (**1992**)\n"
        "- India first country w/ a national solar mission (2010)\n"
    )
    asked = generated(notes)
    prompts = [q.prompt.rsplit(": ", 1)[-1] for q in asked if isinstance(q, Short)]
    assert prompts == [
        "In which year did India become the first country to set up a ministry for "
        "renewable energy?",
        "In which year did India become the first country with a national solar mission?",
    ]
    assert [q.answer for q in asked if isinstance(q, Short)] == ["1992", "2010"]


def test_a_seat_dated_in_brackets_is_asked_for_that_year() -> None:
    """``HQ → Rangoon (1944)`` was asked "Where is the headquarters of Indian National
    Army?": the army had sat at Singapore before, so a learner who said so was refused, and
    the army is no more (holdout 327, bad)."""
    notes = (
        "# Oil cartels\n\n## OPEC\n- Set up at Baghdad conference (1960) by five members\n"
        "- HQ → Vienna (1965); Geneva before that\n\n## Free India\n"
        "Second Azad Army:\n- HQ → Rangoon (1944)\n- Brigades: four\n"
    )
    asked = asked_by_answer(notes)
    assert asked["Vienna"] == "Where was the headquarters of OPEC in 1965?"
    assert asked["Rangoon"] == "Where was the headquarters of the Second Azad Army in 1944?"


def test_it_after_an_antecedent_that_speaks_of_it_is_not_the_subject() -> None:
    """``Rash Behari Bose's Indian Independence League … backed it. It collapsed when Mohan
    Singh …``: "it" is the army the league backed, yet the cloze read "Rash Behari Bose's
    Indian Independence League collapsed when ___ fell out …", a false fact (holdout 327,
    bad)."""
    assert (
        resolve_pronoun(
            "It faded when the Viceroy banned it.", "The Swaraj League of Madras backed it."
        )
        is None
    )
    assert (
        resolve_pronoun(
            "It faded when the Viceroy banned it.", "The Swaraj League of Madras met in 1917."
        )
        == "The Swaraj League of Madras faded when the Viceroy banned it."
    )


def test_a_blank_never_cuts_a_name_after_its_first_words() -> None:
    """``Independence for India League (1928) …`` gave "Independence for ___ (1928) …" keyed
    India League: half the name printed, the key a fragment (holdout 327, bad)."""
    notes = (
        "# Moderates\n\n## Bodies\n"
        "- Independence for India League (1928) w/ Nehru & Bose pushed for Purna Swaraj\n"
    )
    texts = [getattr(q, "text", "") for q in generated(notes)]
    assert not any("Independence for {{" in text for text in texts)


def test_a_cell_of_several_bodies_is_asked_of_the_first() -> None:
    """``| Union Powers / Union Constitution / States | Jawaharlal Nehru |`` was asked "Who
    chaired Union Powers / Union Constitution / States?", the cell pasted whole (holdout 326,
    weak); each body has the one chair, so the first is asked."""
    notes = (
        "# State assembly\n\n## House committees\n"
        "| Committee | Chairman | Imp. note |\n|---|---|---|\n"
        "| Public Accounts / Public Undertakings | Arun Mehra | opposition member |\n"
        "| Estimates | Kiran Rao | 30 members |\n"
        "| Rules; Privileges | Speaker Ram Das | ex officio |\n"
        "| Petitions | Sunil Bose | — |\n"
    )
    asked = asked_by_answer(notes)
    assert asked["Arun Mehra"] == "Who chaired the Public Accounts committee?"
    assert asked["Speaker Ram Das"] == "Who chaired the Rules committee?"


def test_a_body_headed_by_an_office_is_not_asked_who_headed_it() -> None:
    """``CDSCO (headed by DCGI) approves drugs`` was asked "Who headed CDSCO?" keyed DCGI: an
    office, so a learner who named the person in it was refused (holdout 326, weak)."""
    notes = (
        "# Food safety\n\n## Bodies\n"
        "- FSSAI (headed by CEO) sets food standards under the FSS Act (2006)\n"
        "- Codex Commission (chair Ramesh Varma, 2019) revised spice norms\n"
    )
    asked = asked_by_answer(notes)
    assert "CEO" not in asked
    assert asked["Ramesh Varma"] == "Who chaired the Codex Commission (2019)?"


def test_an_acronyms_meaning_after_its_long_form_is_asked_without_it() -> None:
    """``MDR: merchant discount rate, the fee a merchant pays per card/digital txn``: asked
    with its long form the meaning spelled MDR out, so the gate turned every question away
    and the term was never asked (holdout 329)."""
    notes = (
        "# Trade finance\n\n## Terms\n"
        "FDI: foreign direct investment, a lasting stake of 10% or more in an Indian firm\n"
        "CAD: current account deficit, the excess of imports of goods and services\n"
        "ECB: external commercial borrowing, loans raised abroad by Indian companies\n"
    )
    question = _short(notes, "FDI")
    assert question.prompt.endswith("“a lasting stake of 10% or more in an Indian firm”?")
    assert "foreign direct investment" in question.aliases


def test_a_deed_done_to_its_subject_is_said_in_the_passive() -> None:
    """``CFCs phased out (2010)`` was asked "CFCs phased the out in ___." (holdout 329)."""
    notes = (
        "# Montreal Protocol in India\n\n## Phase-out\n"
        "- Halons phased out (2010); methyl bromide by 2015\n"
        "- India: CFCs phased out (2010); HCFCs via HPMP\n"
    )
    texts = [getattr(q, "text", "") for q in generated(notes)]
    assert "Halons were phased out in {{2010}}." in texts
    assert not any(" the out " in text for text in texts)


def test_a_committees_advice_that_opens_on_a_verb_is_asked_as_a_gerund() -> None:
    """ "Which committee (2016) recommended push digital payments?" (holdout 329)."""
    notes = (
        "# Banking reforms\n\n## Committees\n"
        "- Rangarajan Committee (1991) → cut the SLR, free interest rates\n"
    )
    assert asked_by_answer(notes)["Rangarajan Committee"] == (
        "Which committee (1991) recommended cutting the SLR?"
    )


def test_a_comparison_with_nothing_named_is_warned_of() -> None:
    """ "___ shadow zone is much bigger." keyed S-wave: bigger than what (holdout 328, bad)."""

    def cloze(text: str) -> Cloze:
        return Cloze(id="c", topic="Seismology", prompt="Fill in the blank.", text=text)

    reason = "the question compares with something it does not name ('bigger' than what?)"
    assert reason in question_warnings(cloze("{{Love-wave}} damage is much bigger."))
    assert reason not in question_warnings(
        cloze("{{Love-wave}} damage is much bigger than a P-wave's.")
    )


def test_a_blank_subjects_bare_participle_gets_its_auxiliary() -> None:
    """ "___ executed in Delhi (1675)." had no verb: a blank as the subject was never given
    its "was" (holdout 329, weak); a subject with a verb of its own keeps the line as it is."""
    assert with_its_verb("{{Sambhaji}} executed at Tulapur (1689)") == (
        "{{Sambhaji}} was executed at Tulapur (1689)"
    )
    # "___ was set up by government", cut from its line, lost what it was set up after
    # (Jallianwala Bagh): a changed coach, bad
    assert with_its_verb("{{Hunter Committee}} set up by govt") == (
        "{{Hunter Committee}} set up by govt"
    )
    kept = "On 13 Dec 1946, Nehru moves {{Objectives Resolution}} adopted (22 Jan 1947)"
    assert with_its_verb(kept) == kept


def test_a_term_line_that_names_no_term_is_not_asked_as_one() -> None:
    """ "Which term is described as “about half the crust”?" (oxygen is too; holdout 328,
    bad), "… “long-term deal (2024) to import 10,000 MW …”?" = Power (a topic; holdout 328,
    bad) and "___ – first UN treaties …" keyed "Vienna + Montreal" (holdout 329, weak)."""
    notes = (
        "# Soils and trade\n\n## Soil\n"
        "- Quartz → about a third of the sand; glass making\n"
        "- Laterite → leached soil of high-rainfall areas, rich in iron and aluminium\n\n"
        "## Bangladesh\n"
        "- Water → Ganga water-sharing treaty (1996) for 30 years\n"
        "- Rail → Akhaura–Agartala link opened (2023) for cargo\n"
        "- Kyoto + Paris = the climate treaties India ratified with reservations\n"
    )
    answers = {getattr(q, "answer", "") for q in generated(notes)}
    assert "Laterite" in answers
    assert not answers & {"Quartz", "Water", "Rail", "Kyoto + Paris"}


def test_who_runs_a_row_is_asked_once_per_body() -> None:
    """ "Who runs RTGS?" and "Who runs NEFT?", both RBI: one fact asked twice (holdout 329,
    weak). Each body is asked once."""
    notes = (
        "# Markets\n\n## Market systems\n"
        "| System | Run by | What it does |\n|---|---|---|\n"
        "| NDS-OM | RBI | screen-based trading of government bonds |\n"
        "| CCIL | RBI | clearing of money-market deals |\n"
        "| NSE | SEBI | stock exchange with screen trading |\n"
        "| MCX | SEBI | commodity derivatives exchange |\n"
    )
    prompts = [getattr(q, "prompt", "") for q in generated(notes)]
    assert sum("Who runs" in p for p in prompts) == 2


def test_a_table_of_amendments_is_asked_what_each_changed() -> None:
    """``| Amdt | Year | Key change | Exam hook |`` asked nothing: the must-know amendments of
    the note were never asked (holdout 328)."""
    notes = (
        "# Union and states\n\n## Amendments to remember\n"
        "| Amdt | Year | Change | Hook |\n|---|---|---|---|\n"
        "| 36th | (1975) | Sikkim admitted as a state | 22nd state |\n"
        "| 44th | (1978) | Property removed from FRs → Art 300A | Janata govt |\n"
        "| 91st | (2003) | Ministries capped, 15% of the House | anti-jumbo |\n"
        "| 42nd | (1976) | Lok Sabha term 5 → 6 years | reversed in 1978 |\n"
    )
    asked = asked_by_answer(notes)
    assert asked["36th Amendment"] == "Which amendment (1975) admitted Sikkim as a state?"
    assert asked["44th Amendment"] == "Which amendment (1978) removed the property from FRs?"
    assert asked["91st Amendment"] == "Which amendment (2003) capped the ministries?"
    assert asked["42nd Amendment"] == (
        "Which amendment (1976) changed the Lok Sabha term from 5 to 6 years?"
    )


def test_an_acronym_defined_by_its_own_words_reworded_is_notasked_by_answer() -> None:
    """ "What is a ballistic missile launched from a submarine called?" = SLBM: the question
    is the acronym's long form (holdout 331, bad)."""
    notes = (
        "# Missiles\n\n## Glossary\n"
        "SLCM: cruise missile launched from a submarine\n"
        "MIRV: several warheads on one missile, each hitting a separate target\n"
        "CEP: radius within which half the missiles fired are expected to land\n"
    )
    asked = [f"{getattr(q, 'answer', '')} {getattr(q, 'text', '')}" for q in generated(notes)]
    assert not any("SLCM" in a for a in asked)
    assert any("MIRV" in a for a in asked)
