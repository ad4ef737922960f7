"""The fact stage (subjects carried from lead-ins, parents and antecedents), the names of a
line, and each builder: timelines, table rows, identify, inline lists of names."""

from __future__ import annotations

import textwrap

from quizbot.notes import generate_questions
from quizbot.notes.identify import named_subject
from quizbot.notes.names import expansions, find_names, name_kind
from quizbot.notes.outline import parse_outline
from quizbot.notes.table_rows import name_columns, year_column
from quizbot.notes.terms import dash_term, find_term, is_legend, subject_of
from quizbot.notes.timeline import split_timeline, when_kind
from tests.unit.notes_support import candidates


def test_subjects_come_from_lead_ins_parent_terms_and_dated_parents() -> None:
    _, built = candidates("""\
        # Freedom struggle

        - Gandhi's early satyagrahas:
          - 1917 Champaran (Bihar) – indigo farmers, tinkathia system
        - **Indus** – rises in Tibet near Lake Mansarovar
          - Jhelum rises at Verinag spring, flows through Wular Lake
        - 1905 – Partition of Bengal by Lord Curzon → Swadeshi movt
          - Tagore – Raksha Bandhan celebrations, wrote a famous song
        """)
    subjects = {u.text.split()[0]: u.subject for _, _, u in built if u is not None}
    assert subjects["1917"] == "Gandhi's early satyagrahas"
    assert subjects["Jhelum"] == "Indus"
    assert subjects["Tagore"] == "Partition of Bengal by Lord Curzon"


def test_a_sentence_that_points_back_carries_its_antecedent() -> None:
    _, built = candidates("""\
        # Slave dynasty

        Iltutmish is seen as the real consolidator. His daughter **Razia Sultan** was the only woman to rule from Delhi.
        """)
    razia = next(u for d, _, u in built if d.key_text == "Razia Sultan")
    assert razia is not None and razia.subject == "Iltutmish is seen as the real consolidator"


def test_terms_written_with_a_dash_and_legends() -> None:
    term = dash_term("Kesavananda Bharati (1973) – basic structure doctrine")
    assert term is not None and (term.base, term.qualifier) == ("Kesavananda Bharati", "1973")
    assert dash_term("1905 – Partition of Bengal") is None, "a dated line is a timeline entry"
    gujral = find_term("Gujral Doctrine (1996) – non-reciprocity: India gives more")
    assert gujral is not None and gujral.base == "Gujral Doctrine"
    assert is_legend("INC = Congress, ML = Muslim League, movt = movement")
    assert not is_legend("Chenab = Chandra + Bhaga")
    item = parse_outline("- Deficits:\n  - x\n").items[0]
    assert subject_of(item) == "Deficits"


def test_names_of_a_line_and_their_kinds() -> None:
    names = [
        (n.text, n.kind) for n in find_names("12 Mar 1930 – Dandi March from Sabarmati Ashram")
    ]
    assert names == [("Dandi March", "event"), ("Sabarmati Ashram", "place")]
    assert [n.text for n in find_names("Art 21A – added by the 86th Amdt")] == [
        "Art 21A",
        "86th Amdt",
    ]
    assert [n.text for n in find_names("in India Lalji Singh at CCMB")][-1] == "CCMB"
    assert [n.text for n in find_names("Individual Satyagraha: 1st Vinoba Bhave")] == [
        "Individual Satyagraha",
        "Vinoba Bhave",
    ]
    assert name_kind("Gen. Dyer") == "person" and name_kind("Simla Agreement") == "agreement"
    assert expansions("Gen. Dyer") == ["General Dyer"]
    assert "Kuno" in expansions("Kuno NP") and "Article 300A" in expansions("Art 300A")
    assert "100th Amendment" in expansions("100th Constitutional Amendment")


def test_timeline_entries() -> None:
    assert split_timeline("13 Apr 1919 – Jallianwala Bagh massacre, Amritsar") == (
        "13 Apr 1919",
        "Jallianwala Bagh massacre, Amritsar",
    )
    assert split_timeline("1917 Champaran (Bihar) – indigo farmers") == (
        "1917",
        "Champaran (Bihar) – indigo farmers",
    )
    assert split_timeline("2013 – Mangalyaan → reached Mars orbit in 2014") is None
    assert [when_kind(w) for w in ("1905", "Dec 1929", "8 Aug 1942")] == ["year", "month", "date"]


def test_table_rows_are_asked_by_their_name_and_year_columns() -> None:
    table = parse_outline(
        "| Battle | Year | Between |\n|---|---|---|\n| Khanwa | 1527 | Babur vs Rana Sanga |\n"
        "| Chanderi | 1528 | Babur vs Medini Rai |\n| Ghaghra | 1529 | Babur vs Afghans |\n"
    ).tables[0]
    assert name_columns(table) == [0, 2] and year_column(table) == 1


def test_identify_a_name_from_its_sub_bullets() -> None:
    notes = textwrap.dedent("""\
        # Sultanate

        - Alauddin Khalji (1296–1316)
          - market reforms – fixed prices of grain
          - dagh (branding of horses) & chehra
          - land revenue = half the produce
        """)
    item = parse_outline(notes).items[0]
    assert item.text.startswith("Alauddin")
    (who,) = [q for q in generate_questions(notes, "n/s.md") if "described here" in q.stem]
    assert getattr(who, "answer", "") == "Alauddin Khalji"
    assert named_subject.__name__ == "named_subject"


def test_inline_lists_of_names() -> None:
    notes = """\
        # Rivers

        - Indus Waters Treaty → India gets eastern rivers (Ravi, Beas, Satluj), Pak the western
        - tributaries: Jhelum, Chenab, Ravi, Beas, Satluj
        """
    answers = {
        tuple(getattr(q, "answer", ()))
        for q in generate_questions(textwrap.dedent(notes), "n/r.md")
    }
    assert ("Ravi", "Beas", "Satluj") in answers
    assert ("Jhelum", "Chenab", "Ravi", "Beas", "Satluj") in answers
