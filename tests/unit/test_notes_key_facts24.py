"""Key facts the corpus never asked (twenty-fourth session), each tested on notes of another
subject than the corpus line it was missing from."""

from __future__ import annotations

from quizbot.grading import grade
from tests.unit.notes_support import short_questions, shown_texts


def test_it_after_a_passive_clause_is_its_subject() -> None:
    """``… → NITI Aayog formed by a Cabinet resolution (2015); it is chaired by the **Prime
    Minister**``: "it" is NITI Aayog, so the clause is asked with the name in its place."""
    notes = (
        "# Economy\n\n## Planning\n\n"
        "- Planning Commission wound up in 2014 → NITI Aayog formed by a Cabinet resolution "
        "(2015); it is chaired by the **Prime Minister**\n"
    )
    assert "NITI Aayog is chaired by the {{Prime Minister}}." in shown_texts(notes)


def test_it_is_not_named_from_a_clause_without_a_passive_subject() -> None:
    """``… → planning ended; it is chaired by the ___``: nothing names what "it" is."""
    notes = (
        "# Economy\n\n## Planning\n\n"
        "- Planning Commission wound up in 2014 → planning ended; it is chaired by the "
        "**Prime Minister**\n"
    )
    assert not [
        t for t in shown_texts(notes) if t.startswith("NITI Aayog is") or "it is chaired by" in t
    ]


def test_a_term_and_where_it_stands_is_asked_as_a_sentence() -> None:
    """``Kaziranga NP – on the south bank of the **Brahmaputra**``: the phrase after the
    dash is where the park is, written with its verb."""
    notes = (
        "# Environment\n\n## National parks\n\n"
        "- Kaziranga NP – on the south bank of the **Brahmaputra**; one-horned rhino\n"
    )
    assert shown_texts(notes) == [
        "Kaziranga National Park is on the south bank of the {{Brahmaputra}}."
    ]


def test_where_sentence_reads_only_a_phrase_of_place_with_the_blank() -> None:
    from quizbot.bank.model import Cloze
    from quizbot.notes.copula_lines import where_sentence

    def cloze(text: str) -> Cloze:
        return Cloze(id="x", topic="t", text=text)

    assert where_sentence(
        cloze(
            "Funds: Contingency Fund (Art 267) – at the disposal of the "
            "{{President}}, for unforeseen expenditure"
        )
    ) == cloze(
        "Contingency Fund (Art 267) is at the disposal of the {{President}}, for unforeseen "
        "expenditure."
    )
    assert where_sentence(cloze("Cut motions – in {{Lok Sabha}} only")) == cloze(
        "Cut motions are in {{Lok Sabha}} only."
    )
    # the blank in a later note of the line, the term itself, or no phrase of place
    assert where_sentence(cloze("Kaziranga NP – on the Brahmaputra; {{one-horned rhino}}")) is None
    assert where_sentence(cloze("{{Kaziranga NP}} – on the Brahmaputra")) is None
    assert where_sentence(cloze("Khadar – new {{alluvium}}, floodplains")) is None


def test_a_topic_that_names_a_house_does_not_give_away_which_ruler() -> None:
    """ "Rajendra Chola" under "Cholas and Pandyas": the topic says which house, never which
    of its rulers, so the question of what he is remembered for is asked."""
    notes = (
        "# South India\n\n## Cholas and Pandyas\n\n"
        "- Rajendra Chola (1014–1044)\n"
        "  - **Srivijaya** naval raid & northern **Ganga campaign**\n"
    )
    asked = short_questions(notes)
    assert [q.answer for q in asked.values()] == ["Rajendra Chola"]


def test_a_topic_that_names_the_answer_itself_still_gives_it_away() -> None:
    notes = (
        "# South India\n\n## Rajendra Chola\n\n"
        "- Rajendra Chola (1014–1044)\n"
        "  - **Srivijaya** naval raid & northern **Ganga campaign**\n"
    )
    assert not [q for q in short_questions(notes).values() if q.answer == "Rajendra Chola"]


def test_a_thing_by_a_titled_person_asks_with_whom_it_is_associated() -> None:
    """``1793 – Permanent Settlement by Lord Cornwallis``: the notes give no verb, only that
    the thing is his (a timeline line's date is left to its own question); a system is
    devised (``Ryotwari system (1820) by Sir Thomas Munro``)."""
    notes = (
        "# Modern India\n\n## Land revenue\n\n"
        "- 1793 – Permanent Settlement by **Lord Cornwallis** → zamindars as owners\n"
        "- Ryotwari system (1820) by Sir Thomas Munro – Madras & Bombay\n"
        "- Bhakti songs by Kabir – in Sadhukkadi\n"
    )
    asked = short_questions(notes)
    settlement = asked["With whom is the Permanent Settlement associated?"]
    assert settlement.answer == "Lord Cornwallis" and grade(settlement, "Cornwallis").correct
    ryotwari = asked["Who devised the Ryotwari system (1820)?"]
    assert ryotwari.answer == "Sir Thomas Munro" and grade(ryotwari, "Thomas Munro").correct
    assert "Kabir" not in {q.answer for q in asked.values()}  # no title: a name of any kind


def test_a_dated_march_asks_where_it_began() -> None:
    """``1990 – Ram Rath Yatra from Somnath Temple → …``: the date has its own question;
    where the march set out from is the other fact."""
    notes = (
        "# Modern politics\n\n## Movements\n\n"
        "- 25 Sep 1990 – **Ram Rath Yatra** from Somnath Temple → halted at Samastipur\n"
        "- 1990 – Mandal report from the shelf → OBC quota\n"
    )
    asked = short_questions(notes)
    began = asked["From where did the Ram Rath Yatra begin?"]
    assert began.answer == "Somnath Temple" and grade(began, "Somnath").correct
    assert not [p for p in asked if "Mandal" in p]  # a report is no journey
    red = short_questions(notes.replace("Somnath Temple", "Red Fort"))
    assert not grade(red["From where did the Ram Rath Yatra begin?"], "Red").correct


def test_a_label_and_its_figure_after_equals_is_asked_as_a_sentence() -> None:
    """``Forest cover goal = **33%** of the land area; …``: the label is the subject, the
    figure its value; a term before ``=`` (``Khadar``) is no label."""
    notes = (
        "# Environment\n\n## Forests\n\n"
        "- Forest cover goal = **33%** of the land area; National Forest Policy 1988\n"
        "- Khadar = **new alluvium**, floodplains\n"
    )
    assert "The forest cover goal is {{33%}} of the land area." in shown_texts(notes)
    assert not [t for t in shown_texts(notes) if t.startswith("The khadar")]


def test_a_band_beside_a_target_is_cut_with_its_clause() -> None:
    """``Inflation target = **4% CPI** (headline), band of ±2% (i.e. 2–6%)``: the band sums
    to the blank, so the sentence ends before it, and a share before its index (``___
    CPI``) is no name cut in two."""
    from quizbot.bank.model import Cloze
    from quizbot.notes.copula_lines import value_sentence

    line = "Inflation target = {{4%}} CPI (headline), band of ±2% (i.e. 2–6%); fixed by RBI"
    assert value_sentence(Cloze(id="x", topic="t", text=line)) == Cloze(
        id="x", topic="t", text="The inflation target is {{4%}} CPI (headline)."
    )
    notes = "# Economy\n\n## Monetary policy\n\n- " + line.replace("{{4%}} CPI", "**4% CPI**")
    assert shown_texts(notes) == ["The inflation target is {{4%}} CPI (headline)."]


def test_a_lead_in_label_is_no_part_of_a_questions_context() -> None:
    """``Imp. ones:`` over a list of terms is the writer's pick, not a subject: no question
    shows "Imp. ones" (the last gate turned such questions away as shorthand)."""
    from quizbot.notes import generate_questions

    notes = (
        "# Polity\n\n## Writs\n\nFive writs in all. Imp. ones:\n"
        "- **Habeas corpus** – to produce a detained person before the court\n"
        "- **Mandamus** – a command to a public official to do a public duty\n"
        "- **Certiorari** – quashes an order already passed by a lower court\n"
        "- **Quo warranto** – tests a person's claim to a public office\n"
    )
    questions = generate_questions(notes, "n/notes.md")
    assert questions
    assert not [q for q in questions if "Imp." in f"{q.topic} {getattr(q, 'prompt', '')} {q.stem}"]
