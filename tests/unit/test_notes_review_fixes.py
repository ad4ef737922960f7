"""Cases a fresh reviewer of the session's builders found (each was a wrong question or a
good one lost); one test per case, on made-up notes."""

from __future__ import annotations

from quizbot.bank.model import Cloze, TrueFalse
from quizbot.notes import generate_questions
from quizbot.notes.clause_shapes import indefinite
from quizbot.notes.clauses import with_its_verb
from quizbot.notes.drafts import blank
from quizbot.notes.grammar import opens_on_its_verb
from quizbot.text.names import names_a_region
from tests.unit.notes_support import short_questions


def test_a_remark_after_the_seat_s_comma_is_not_the_seat() -> None:
    asked = short_questions(
        "# Banks\n\n## Multilateral\n\n"
        "- **AIIB** (2016) – HQ Beijing, China-led; India 2nd largest shareholder\n"
        "- BIMSTEC - secretariat Dhaka; 7 members\n"
    )
    assert asked["Where is the headquarters of AIIB?"].answer == "Beijing"
    assert asked["Where is the secretariat of BIMSTEC?"].answer == "Dhaka"  # a hyphen too


def test_a_place_before_a_person_is_not_the_leader_and_the_is_not_doubled() -> None:
    asked = short_questions(
        "# Reform\n\n## Movements\n\n"
        "- Pabna revolt (1873) – East Bengal, Ishan Chandra Roy\n"
        "- The Theosophical Society (1875) – Helena Blavatsky; moved to Adyar in 1882\n"
    )
    assert not [p for p in asked if "Pabna" in p]
    assert asked["Who founded the Theosophical Society (1875)?"].answer == "Helena Blavatsky"


def test_a_measure_column_is_said_without_its_unit_and_a_long_header_is_not_asked() -> None:
    """A round limit is asked ("What is the breadth of the EEZ?"); an exact figure (a
    peak's 8586 m) is trivia a blind coach would not keep (seventh session)."""
    asked = short_questions(
        "# Sea\n\n## Zones\n\n| Zone | Breadth (nm) | Rights |\n|---|---|---|\n"
        "| Territorial sea | 12 | full sovereignty |\n| Contiguous zone | 24 | customs |\n"
        "| EEZ | 200 | resources |\n\n"
        "# Peaks\n\n## India\n\n| Peak | Height (m) | Range |\n|---|---|---|\n"
        "| Kanchenjunga | 8586 | Himalaya |\n| Anamudi | 2695 | Western Ghats |\n"
        "| Doddabetta | 2637 | Nilgiris |\n\n## Parks\n\n"
        "| Park | Area covered | Notes |\n|---|---|---|\n| Kaziranga | 430 | rhino |\n"
        "| Gir | 1412 | lion |\n| Corbett | 520 | tiger |\n"
    )
    assert asked["What is the breadth of the EEZ?"].answer == "200"
    assert not [p for p in asked if "height" in p.lower() or "area" in p.lower()]


def test_a_chairman_is_asked_of_the_row_s_name_not_its_year() -> None:
    asked = short_questions(
        "# CA\n\n## Committees\n\n| Year | Committee | Chairman |\n|---|---|---|\n"
        "| 1946 | Union Powers Committee | Jawaharlal Nehru |\n"
        "| 1947 | Order of Business Committee | K.M. Munshi |\n"
        "| 1947 | Steering Committee | Rajendra Prasad |\n"
    )
    assert asked["Who chaired the Union Powers Committee?"].answer == "Jawaharlal Nehru"
    assert not [p for p in asked if "1946?" in p or "chaired 19" in p]


def test_the_article_goes_by_sound_and_only_before_a_blank() -> None:
    assert [indefinite(w) for w in ("unique id", "hour", "ocean", "one-time")] == [
        "a",
        "an",
        "an",
        "a",
    ]
    assert blank("elected for a 5 year term", 14, 15, "6") == "elected for a 6 year term"
    text = "removed like an SC judge"
    at = text.index("SC")
    assert blank(text, at, len(text), "{{SC judge}}").endswith("like a(n) {{SC judge}}")


def test_plural_nouns_that_open_a_sentence_are_not_its_verb() -> None:
    assert not opens_on_its_verb("Falls on the Sharavathi river include Jog Falls.")
    assert opens_on_its_verb("Took 2 years 11 months and 18 days.")
    # an adverb before the participle hides no subject (blind review 33)
    assert opens_on_its_verb("Formally wound up 2008, each missile then run as its own project.")
    assert not opens_on_its_verb("Formally wound up in 2008, the IGMDP had five missiles.")
    assert not opens_on_its_verb("Only India qualified.")
    assert opens_on_its_verb("Set up 1 Jan 1995 by the Marrakesh Agreement; HQ Geneva.")
    assert not opens_on_its_verb("Set up in 1995, the WTO replaced the GATT.")


def test_a_sentence_whose_his_is_its_own_subject_s_is_asked() -> None:
    notes = "# Buddhism\n\n## Life\n\nBuddha was born at Lumbini. The Buddha gave his first sermon at **Sarnath**.\n"
    shown = [q.text for q in generate_questions(notes, "n/b.md") if isinstance(q, Cloze)]
    assert any("Sarnath" in t for t in shown)


def test_a_name_that_ends_on_a_country_is_a_region_only_with_a_prefix_of_time_or_part() -> None:
    assert names_a_region("Weimar Germany") and names_a_region("British India")
    assert not names_a_region("Digital India") and not names_a_region("Air India")


def test_holdout_11_classes() -> None:
    """A dated clause is asked in its own verb, a subjectless participle line and a
    counted lead-in label are not asked (holdout-11 coach review)."""
    from quizbot.notes.timeline_questions import when_question

    assert when_question("CVC Act gives the CVC statutory status", "year") == (
        "In which year did the CVC Act give the CVC statutory status?"
    )
    assert opens_on_its_verb("Adapted from the ___, adopted 26 Jan 1950.")
    assert not opens_on_its_verb("Founded in 1885, the INC met at Bombay.")
    notes = (
        "# IPR\n\n## Basics\n\n"
        "- Two old families: industrial property (patents, designs) and copyright (books)\n"
    )
    assert not [q for q in generate_questions(notes, "n/i.md") if "Two old" in q.stem]


def test_a_pronoun_after_a_clause_s_colon_points_to_its_subject() -> None:
    notes = (
        "# Railways\n\n## Beginnings\n\n"
        "**Lord Dalhousie** is called the father of Indian Railways: his Railway Minute (1853) "
        "argued for a trunk network.\n"
    )
    shown = [q.text for q in generate_questions(notes, "n/r.md") if isinstance(q, Cloze)]
    assert any(t.startswith("{{Lord Dalhousie}} is called the father") for t in shown)


def test_holdout_13_classes() -> None:
    """A case name is one sentence's subject, a glossary pair is not keyed to one of its two
    terms, and a blank whose word the sentence repeats is not asked (holdout-13 review)."""
    from quizbot.notes.sentences import split_sentences

    said = [
        s for _, s in split_sentences("Union of India v. Rajendra N. Shah (2021) held it. Then X.")
    ]
    assert said[0] == "Union of India v. Rajendra N. Shah (2021) held it."
    assert [s for _, s in split_sentences("It ended in World War I. The League came.")] == [
        "It ended in World War I.",
        "The League came.",
    ]
    notes = (
        "# Music\n\n## Glossary\n\n"
        "- Aroha / Avaroha: ascending / descending line of a raga\n"
        "- Vadi / Samvadi: most important / second most important note\n\n"
        "## CPA 2019\n\n- CCPA can bar an **endorser** from endorsing for up to 1 yr.\n"
    )
    found = generate_questions(notes, "n/m.md")
    keys = {str(getattr(q, "answer", "")) for q in found}
    keys |= {b[0] for q in found if isinstance(q, Cloze) for b in q.blanks}
    assert not keys & {"Aroha", "Vadi", "endorser"}


def test_holdout_14_classes() -> None:
    """A treaty before "(HQ …)" is not the body whose seat it is, and an acronym's long form
    in lower case gives it away (holdout-14 review)."""
    from quizbot.notes.ambiguity import initials_printed

    asked = short_questions(
        "# Labour\n\n## ILO\n\nThe **ILO** was set up in **1919** under the Treaty of "
        "Versailles (HQ Geneva) and became a UN specialised agency in 1946.\n"
    )
    assert asked["Where is the headquarters of ILO?"].answer == "Geneva"
    assert initials_printed("ISSR", "in-situ slum redevelopment, using land as a resource")


def _blanks(notes: str) -> list[str]:
    found = generate_questions(notes, "n/notes.md")
    return [k for q in found if isinstance(q, Cloze) for k, *_ in q.blanks]


def test_no_blank_on_the_notes_background_a_capitalised_common_noun_or_a_cut_name() -> None:
    """Holdout reviews 11 and 12: "a day before the ___" (Republic), "___ ratifies …"
    (India), "the ___ against Corruption" (a name cut at "against")."""
    keys = _blanks(
        "# Elections\n\n## Basics\n\n"
        "- The ECI was set up on 25 January 1950, a day before the Republic came into being.\n"
        "- 2011 – India ratifies the UN Convention against Corruption (UNCAC, 2003)\n"
        "- Art 1 calls India a Union of States, not a federation, says the Constitution.\n"
    )
    assert not {"Republic", "India", "UN Convention"} & set(keys)


def test_no_blank_after_named_after() -> None:
    """ "Chittaranjan Locomotive Works … named after ___" prints C.R. Das's name."""
    keys = _blanks(
        "# Railways\n\n## Timeline\n\n"
        "- 1950 – Chittaranjan Locomotive Works (WB) starts, named after C.R. Das\n"
    )
    assert "C.R. Das" not in keys


def test_holdout_15_blanks_that_teach_nothing_are_not_made() -> None:
    """A people's adjective ("Pre-Turkish Indian buildings"), a label ("Roots → …") and the
    writer's study tip ("Prelims loves HQ + founding yr + members") are no facts."""
    found = generate_questions(
        "# World bodies\n\nPrelims loves **HQ + founding yr + members**.\n\n"
        "## Architecture\n\nPre-Turkish Indian buildings were trabeate (beam and lintel).\n\n"
        "## QUAD\n\n"
        '- **Roots** → 2004 tsunami "Core Group"; 1st try (2007, Shinzo Abe) fizzled\n',
        "n/notes.md",
    )
    keys = {k for q in found if isinstance(q, Cloze) for k, *_ in q.blanks}
    assert not {"Pre-Turkish Indian", "Roots", "HQ + founding yr + members"} & keys


def test_a_role_after_a_line_s_own_head_is_the_head_s() -> None:
    """ "Taj Mahal → …; chief architect **Ustad Ahmad Lahauri**" under "Mughals:" once asked
    "What is the name of Mughals's chief architect?"."""
    asked = short_questions(
        "# Art\n\n## Indo-Islamic\n\n- Mughals:\n"
        "  - Taj Mahal → Shah Jahan for Mumtaz Mahal; chief architect **Ustad Ahmad Lahauri**\n"
    )
    assert asked["Who was the Taj Mahal's chief architect?"].answer == "Ustad Ahmad Lahauri"
    assert not [p for p in asked if "Mughals" in p]


def test_a_clause_is_not_cut_from_what_its_dash_spells_out_and_a_made_thing_was_made() -> None:
    found = generate_questions(
        "# Judiciary\n\n## Amending power\n\n"
        "Basically the whole fight from 1951 to 1980 was one question – can Parliament amend"
        " FRs under Art 368? The SC kept changing its mind.\n",
        "n/notes.md",
    )
    texts = [q.text for q in found if isinstance(q, Cloze)]
    assert not [t for t in texts if t.endswith("was one question.")]
    assert with_its_verb("Virupaksha temple built by {{Queen Lokamahadevi}}") == (
        "Virupaksha temple was built by {{Queen Lokamahadevi}}"
    ), "built once, though the clause has no date"


def test_a_clause_after_an_arrow_note_is_not_asked_alone() -> None:
    """ "India's concerns → public stockholding; Peace Clause won at Bali MC9 (2013)": cut
    to "___ won at Bali MC9 (2013)" it says neither who won nor what for (coach round 7)."""
    found = generate_questions(
        "# WTO\n\n## Agriculture\n\n- India's concerns → public stockholding for food"
        " security; **Peace Clause** won at Bali MC9 (2013)\n",
        "n/notes.md",
    )
    assert not [q for q in found if isinstance(q, Cloze) and "won at Bali" in q.text]


def test_holdout_16_who_a_person_is_and_what_happened_in_his_time() -> None:
    """Blind review 16: "Which was India's first Anglo-Burmese war?" keyed Amherst (bad);
    "What is the father of … called?" of a person (weak)."""
    asked = short_questions(
        "# Modern India – Governors-General\n\n## Company phase\n\n"
        "- **Amherst (1823–28)** – 1st Anglo-Burmese war → Treaty of Yandabo (1826)\n"
        "\n## Founding fathers\n\n- **Homi J. Bhabha** = father of Indian nuclear programme\n"
    )
    assert not any(q.answer.startswith("Amherst") for q in asked.values())
    assert asked["Who is called the father of Indian nuclear programme?"].answer == (
        "Homi J. Bhabha"
    )


def test_an_initial_after_a_semicolon_does_not_end_a_sentence() -> None:
    from quizbot.notes.sentences import split_sentences

    text = "Mountbatten = last Viceroy; C. Rajagopalachari = last GG. Next one."
    assert [s for _, s in split_sentences(text)] == [
        "Mountbatten = last Viceroy; C. Rajagopalachari = last GG.",
        "Next one.",
    ]


def test_a_person_s_rank_is_asked_who_was_it() -> None:
    asked = short_questions(
        "# Viceroys\n\n## Title\n\n"
        "- **Mountbatten** – last Viceroy and first GG of free India\n"
        "- **C. Rajagopalachari** – last GG and only Indian GG\n"
        "- **Canning** – first Viceroy after the GoI Act\n"
    )
    assert asked["Who was the last GG and only Indian GG?"].answer == "C. Rajagopalachari"
    assert not [p for p in asked if p.startswith("What is a last")]


def test_holdout_17_bad_classes() -> None:
    """Blind review 17: "___ named son Salim (Jahangir) after him" (him: never named),
    "Art 280 is constituted by President every ___ years" (an Article is not constituted)
    and "What is high government borrowing called?" keyed crowding out (the first link of a
    chain is not what the term means)."""
    found = generate_questions(
        "# Economy\n\n## Finance Commission\n\n"
        "- Art 280, constituted by President every 5 yrs; chair + 4 members; recs advisory\n"
        "\n## Sufis\n\n- Salim Chishti – Fatehpur Sikri; Akbar named son Salim (Jahangir)"
        " after him\n\n## Glossary\n\n"
        "- **Crowding out** – high govt borrowing → higher interest rates → less pvt"
        " investment\n- **Fiscal drag** – inflation pushes taxpayers into higher brackets\n",
        "n/notes.md",
    )
    shown_texts = [getattr(q, "text", "") or getattr(q, "prompt", "") for q in found]
    assert not [t for t in shown_texts if "after him" in t or "Art 280 is" in t]
    assert not [t for t in shown_texts if "high government borrowing called" in t]


def test_an_envoy_at_a_court_is_not_the_ruler_s_own() -> None:
    """Blind review 18: "What is the name of Bindusara's Greek envoy?" (Deimachus was
    Antiochus I's envoy to Bindusara's court)."""
    asked = short_questions(
        "# Mauryas\n\n## Rulers\n\n- **Bindusara** (297–273 BCE)\n"
        "  - Greek envoy **Deimachus**; leaned to Ajivikas\n"
    )
    assert not [p for p in asked if "envoy" in p]


def test_holdout_19_one_end_of_a_range_and_a_plain_other_name_are_no_blanks() -> None:
    keys = _blanks(
        "# Music\n\n## Split\n\nIndian classical music split into Hindustani and Carnatic"
        " roughly around the 13th–14th c., as the north absorbed Persian influence.\n\n"
        "## Bills\n\n"
        '- **Budget** = "Annual Financial Statement" (Art 112); vote on account under Art 116\n'
        '- **Bindusara** – "Amitraghata" (slayer of foes); leaned to the Ajivikas\n'
    )
    assert "13th" not in keys and "Budget" not in keys


def test_a_key_with_its_state_or_its_author_accepts_the_name_alone() -> None:
    """Blind review 20: "Suratgarh" refused for "Suratgarh, Rajasthan", "Common Sense" for
    "Thomas Paine's Common Sense"."""
    from quizbot.notes.names import expansions

    assert "Suratgarh" in expansions("Suratgarh, Rajasthan")
    assert "Common Sense" in expansions("Thomas Paine's Common Sense")
    assert expansions("Kolkata") == []
    assert expansions("Snell's Law") == [], "an eponym's law is no work of his"


def test_the_other_half_of_a_contrast_is_no_blank() -> None:
    """Coach round 8: "Hindustani gives more freedom …, while ___ is kriti-based" leaves
    one answer, Carnatic, the pair the notes name together."""
    keys = _blanks(
        "# Music\n\n## Two systems\n\nIndian music split into Hindustani and Carnatic styles"
        " in the 13th century.\n\nHindustani gives more freedom for improvisation in a raga,"
        " while Carnatic is more kriti-based and composition-centric.\n"
    )
    assert "Carnatic" not in keys


def test_holdout_21_garbled_deeds_and_an_adjective_as_a_name() -> None:
    """Blind review 21: "Rani Lakshmibai executed the died there in ___" (deeds of others
    after a semicolon) and "Western's first platforms were …" ("Their" resolved to the
    adjective opening the sentence before)."""
    found = generate_questions(
        "# 1857\n\n## Leaders\n\n- Rani Lakshmibai died fighting near **Gwalior** (June 1858);"
        " Tantia Tope betrayed, executed (1859); Bahadur Shah → exiled to Rangoon, died"
        " there (1862)\n- Republic proclaimed (1792)\n\n## After 1857\n\n"
        "After 1857 the opposition shifted to a new English-educated middle class. Western"
        " education, the railways and the press knit them together. Their first platforms"
        " were regional associations, which fed directly into the Congress of 1885.\n",
        "n/notes.md",
    )
    texts = [getattr(q, "text", "") for q in found]
    assert not [t for t in texts if "executed the" in t or "proclaimed the" in t]
    assert not [t for t in texts if "Western's" in t]


def test_holdout_22_bad_classes() -> None:
    """Blind review 22: "___ called the two together …" (the two: never named), a false
    line changing an article number ("Arts 20 & 63") and "What is an enforceable in a
    court of law called?" (an adjective's meaning, no noun)."""
    found = generate_questions(
        "# Polity\n\n## Quick map\n\n"
        "- FRs in Part III; DPSPs in Part IV.\n"
        '- Granville Austin called the two together the "conscience of the Constitution"\n'
        "- Arts 20 & 21 can NOT be suspended even during a National Emergency (44th Amdt)\n"
        "\n## Glossary\n\n- **Justiciable** = enforceable in a court of law\n"
        "- **Writ** = a formal order of a court\n",
        "n/notes.md",
    )
    shown_texts = [getattr(q, "text", "") or getattr(q, "prompt", "") for q in found]
    statements = [q.statement for q in found if isinstance(q, TrueFalse)]
    assert not [t for t in shown_texts if "the two together" in t]
    assert not [s for s in statements if "Arts 20 & " in s and "& 21" not in s]
    assert not [t for t in shown_texts if "What is an enforceable" in t]


def test_holdout_23_a_dg_is_a_person() -> None:
    """Blind review 23: "What is the DG of ASI at time of discoveries called?"."""
    asked = short_questions(
        "# Harappa\n\n## Discovery\n\n"
        "- **John Marshall** = DG of ASI at the time of the discoveries\n"
    )
    assert "Who was the DG of ASI at the time of the discoveries?" in asked
