"""Classes found on the twenty-seventh session's holdouts (307 to 309), each fixed on
made-up notes of another subject."""

from __future__ import annotations

from types import SimpleNamespace
from typing import cast
from unittest.mock import patch

from quizbot.bank.model import Cloze, Match, Mcq, Short
from quizbot.notes import generate_questions
from quizbot.notes.drafts import Context, Draft
from quizbot.notes.index import is_short_form
from quizbot.notes.names import find_names
from quizbot.notes.phrases import fold
from quizbot.notes.spelled_words import spelled_by_the_words
from quizbot.notes.terms import resolve_pronoun


def _prompts(notes: str) -> list[str]:
    """The prompts of the questions generated from ``notes`` ("" for a cloze)."""
    return [getattr(q, "prompt", "") for q in generate_questions(notes, "n/notes.md")]


def _cloze_texts(notes: str) -> list[str]:
    """The texts of the clozes generated from ``notes``."""
    return [q.text for q in generate_questions(notes, "n/notes.md") if isinstance(q, Cloze)]


def _identified(notes: str) -> dict[str, str]:
    """Each ruler asked by "Who is described here?", and the clues shown."""
    return {
        q.answer: q.prompt.split("? ", 1)[1]
        for q in generate_questions(notes, "n/notes.md")
        if isinstance(q, Short) and "described here?" in q.prompt
    }


def test_a_ruler_with_a_verdict_or_a_label_after_the_years_is_identified() -> None:
    """``**Iltutmish** (1211–36) = real consolidator`` and ``**Muhammad bin Tughlaq**
    (1325–51), experiments:`` were no name (holdout 307: neither asked, both key facts)."""
    notes = (
        "# Guptas\n\n## Rulers\n"
        "- **Samudragupta** (335–75) = the 'Napoleon of India'\n"
        "  - Allahabad pillar inscription by Harishena\n"
        "  - performed the Ashvamedha sacrifice\n"
        "  - coins show him playing the veena\n"
        "- **Chandragupta II** (375–415), achievements:\n"
        "  - defeated the Western Kshatrapas of Gujarat\n"
        "  - Chinese pilgrim Fa-Hien visited in these years\n"
        "  - issued silver coins in the west\n"
    )
    found = _identified(notes)
    assert set(found) == {"Samudragupta", "Chandragupta II"}
    assert "Napoleon" not in found["Samudragupta"]


def test_a_ruler_on_one_line_is_identified_from_the_parts_after_the_colon() -> None:
    """``**Balban** (1266–87): sijda & paibos at court; broke the Forty; …`` (holdout 307).
    A part in the notes' shorthand is no clue, nor one that begins with the ruler's name
    (``towns Firozabad`` gives Firoz Shah away)."""
    notes = (
        "# Cholas\n\n## Rulers\n"
        "- **Rajendra Chola** (1014–44): title Gangaikonda = conqueror of the Ganga; "
        "naval raid on Srivijaya; built Gangaikonda Cholapuram; took the title Rajendrapuram; "
        "defeated the Palas of Bengal; sent an embassy to China\n"
    )
    assert _identified(notes)["Rajendra Chola"] == (
        "“naval raid on Srivijaya”; “defeated the Palas of Bengal”; “sent an embassy to China”"
    )


def test_deeds_are_cut_at_their_arrow_and_another_persons_deeds_are_no_clue() -> None:
    """``tax hike in Doab during famine → revolt`` is a clue up to its arrow; ``shifted
    capital Delhi → Daulatabad`` is not (the arrow is the deed); after ``Ibn Battuta came to
    his court``, ``wrote the Rihla`` is Ibn Battuta's (medieval corpus note)."""
    notes = (
        "# Mauryas\n\n## Rulers\n"
        "- **Chandragupta Maurya** (321–297 BCE)\n"
        "  - Greek envoy Megasthenes came to his court; wrote the Indica\n"
        "  - defeated Seleucus Nicator (305 BCE) → got Kandahar, Kabul\n"
        "  - capital Pataliputra → Sravanabelagola\n"
        "  - trained by Chanakya; overthrew the Nandas\n"
    )
    assert _identified(notes)["Chandragupta Maurya"] == (
        "“Greek envoy Megasthenes came to his court”; “defeated Seleucus Nicator (305 BCE)”; "
        "“trained by Chanakya”; “overthrew the Nandas”"
    )


def test_a_numbered_part_is_no_long_form_of_a_short_one() -> None:
    """``SC = Part V, Ch. IV, **Arts 124–147**; HCs = Part VI`` says where the Constitution
    puts the courts: every "SC" of the notes was written out "Part V" (holdout 308: "In which
    year did Part V of India begin work?")."""
    assert not is_short_form("SC", "Part V")
    assert not is_short_form("HCs", "Part VI")
    assert is_short_form("INC", "Congress") and is_short_form("ML", "Muslim League")
    notes = (
        "# Parliament\n\n## Basics\n"
        "- LS = Part V, Ch. II, Arts 79–122; SLAs = Part VI, Ch. III\n"
        "- LS first met in May 1952 after the first general election\n"
    )
    shown = [q.stem for q in generate_questions(notes, "n/notes.md")]
    assert shown and not any("Part V " in s or "Part V of" in s for s in shown)


def test_a_one_word_term_of_the_subject_is_asked_though_said_once() -> None:
    """``Pedology: scientific study of soils``, ``Begar: forced labour without payment``: a
    capitalised word no everyday English uses, defined in lower case, is a term even when
    said once or written in lower case elsewhere (holdouts 297–309: 21 such glossary lines
    went unasked). A capital after the colon opens a statement (``Diversification: India now
    also buys …``), a bold head is the writer's label style and ``Rationale`` a label's word:
    those stay labels."""

    def keys(notes: str) -> set[str]:
        return {
            fold(key)
            for q in generate_questions(notes, "n/notes.md")
            for key in (
                (q.answer,) if isinstance(q, Short) else q.blanks[0] if isinstance(q, Cloze) else ()
            )
        }

    revenue = (
        "# Mughal revenue\n\n## Todar Mal\n"
        "- Lands of the empire were khalisa or jagir → jagirs paid the nobles\n\n"
        "Khalisa: 1/5 of the land kept for the emperor's own treasury.\n"
        "Polaj: land cultivated every year and never left fallow.\n"
        "Banjar: land left fallow for five years or more.\n"
    )
    assert {"khalisa", "polaj", "banjar"} <= keys(revenue)
    economy = (
        "# Indian economy since 1991\n\n## Reforms\n"
        "- The balance of payments crisis of 1991 forced the change.\n"
        "- Liberalisation: India cut tariffs and opened its markets to foreign firms\n"
        "- Remittances: money sent home by Indians working abroad\n"
        "- Rationale: reforms were forced by the crisis, not chosen freely\n"
        "- **Disinvestmentkaka**: government stake sold in public sector firms\n"
        "- Disinvestment cut the govt stake in many firms.\n"
    )
    assert keys(economy) == {"remittances"}


def test_a_rulers_deeds_under_his_own_heading_are_said_of_him() -> None:
    """Under ``## Shivaji (1630–1680)``, ``- Killed Bijapur general **Afzal Khan** …`` and
    ``- Born at **Shivneri** fort (1630) → …`` were verbless notes (holdout 308: none of the
    ruler's deeds asked); a realm in the heading is no doer, and a line's opening verb is no
    part of the name after it ("Sacked Surat")."""
    notes = (
        "# Mughals\n\n## Akbar (1556–1605)\n"
        "- Born at **Umarkot** (1542) → son of Humayun, in exile\n"
        "- Defeated **Hemu** at Panipat (1556), with Bairam Khan as regent\n"
        "- Abolished **jizya** (1564); later started the Din-i-Ilahi\n\n"
        "## Mughal Empire (1526–1857)\n"
        "- Ruled most of north India from Agra and Delhi\n"
    )
    texts = _cloze_texts(notes)
    assert "Akbar was born at {{Umarkot}} (1542)." in texts
    assert "Akbar defeated {{Hemu}} at Panipat (1556), with Bairam Khan as regent." in texts
    assert not any(t.startswith("Mughal Empire ") for t in texts)
    assert [n.text for n in find_names("Defeated Rana Sanga at Khanwa")] == ["Rana Sanga", "Khanwa"]
    assert [n.text for n in find_names("United Nations set up")] == ["United Nations"]


def test_a_clause_after_an_arrow_head_is_said_of_the_head() -> None:
    """``Satluj → Rakas Tal near Mansarovar, enters India at **Shipki La**; antecedent``:
    the clause of the blank, opening on its verb, is a sentence with the head as subject
    (holdout 309 asked none of its rivers' passes or confluences); a clause done to the head
    (``crossed by …``) and a head that is a label are left alone."""
    notes = (
        "# Rivers of central India\n\n## Yamuna system\n- Right-bank tributaries:\n"
        "  - Chambal → Janapav hills (MP), badlands; joins Yamuna near **Etawah**\n"
        "  - Betwa → rises in the Vindhyas; joins Yamuna at **Hamirpur**\n"
        "  - Ken → Kaimur hills; crossed by the **Ken-Betwa** link\n"
        "- Source → **Yamunotri**, flows past Delhi and Agra\n"
    )
    texts = _cloze_texts(notes)
    assert "Chambal joins Yamuna near {{Etawah}}." in texts
    assert "Betwa joins Yamuna at {{Hamirpur}}." in texts
    assert not any(t.startswith(("Ken ", "Source ")) for t in texts)


def test_it_is_not_resolved_to_a_word_that_only_qualifies_the_subject() -> None:
    """ "Mild, predictable inflation is seen as normal …. It redistributes income: …" made a
    term "Mild redistributes income" (holdout 310, bad)."""
    assert (
        resolve_pronoun(
            "It hurts savers: deposits lose value.", "Steady, moderate growth is seen as healthy"
        )
        is None
    )
    assert (
        resolve_pronoun("He issued the silver tanka.", "Iltutmish (1211–1236) is the founder")
        == "Iltutmish issued the silver tanka."
    )


def test_a_first_of_a_people_in_a_place_is_a_person_and_a_count_no_part_of_a_name() -> None:
    """ "Which was the first Indian on the ISS (Axiom-4)?" asked a person as a thing, and
    "___ test pilots were named …" blanked "Four IAF" (holdout 311: weak, bad)."""
    notes = (
        "# Polar research\n\n## Timeline\n"
        "- (1983) **Dakshin Gangotri** → first Indian station in Antarctica\n"
        "- (1984) Soyuz T-11 launch; Rakesh Sharma → first Indian in space (Salyut 7)\n\n"
        "## Stations\n"
        "Three NCPOR stations are now active in the polar regions. Two ISRO ground stations "
        "track satellites from Antarctica.\n"
    )
    prompts = [q.stem for q in generate_questions(notes, "n/notes.md")]
    assert "Who was the first Indian in space (Salyut 7)?" in prompts
    assert [n.text for n in find_names("Two ISRO ground stations track satellites")] == ["ISRO"]


def test_a_site_known_for_what_it_lacks_is_said_to_have_it() -> None:
    """ "Which site is known for its no citadel and bead-making workshops?" (holdout 311)."""
    notes = (
        "# Megalithic sites\n\n## Sites\n"
        "| Site | Region | Finds |\n|---|---|---|\n"
        "| Brahmagiri | Karnataka | cist burials, black-and-red ware |\n"
        "| Adichanallur | Tamil Nadu | no stone circles, urn burials, iron tools |\n"
        "| Junapani | Maharashtra | stone circles, cup-marks on the stones |\n"
        "| Hire Benakal | Karnataka | hundreds of dolmens on a hill |\n"
    )
    stems = [q.stem for q in generate_questions(notes, "n/notes.md")]
    assert not any("its no " in s for s in stems)


def test_a_name_pieced_from_the_questions_words_gives_itself_away() -> None:
    """ "Which was the first Indian X-ray polarimetry satellite?" = XPoSat (holdout 311,
    weak): each capital of the name opens a word of the question."""
    ctx = cast(
        Context, SimpleNamespace(legend={}, long_forms={}, proper_words=set(), lower_words=set())
    )

    def verdict(prompt: str, answer: str) -> str | None:
        question = Short(id="", topic="Remote sensing › Networks", prompt=prompt, answer=answer)
        draft = Draft(Short, {}, "superlative", "s", answer, "u", "h", 1)
        draft.key_text, draft.key_kind = answer, "name"
        return spelled_by_the_words(question, draft, None, ctx)

    assert verdict("Which is the aerosol network of ground stations run by NASA?", "AeroNet")
    assert verdict("Which network measures dust from ground stations?", "AeroNet") is None


def test_a_claim_of_india_takes_no_option_from_abroad() -> None:
    """ "Which site is the largest Harappan site in India?" offered Harappa and Chanhudaro,
    both in Pakistan (holdout 311, weak)."""
    notes = (
        "# Buddhist sites\n\n## Stupas\n"
        "| Stupa | Place | Note |\n|---|---|---|\n"
        "| Sanchi | Madhya Pradesh | oldest stone stupa in India |\n"
        "| Dharmarajika | Taxila (Pak) | Ashokan stupa for relics |\n"
        "| Bharhut | Madhya Pradesh | railings with Jataka reliefs |\n"
        "| Amaravati | Andhra Pradesh | Satavahana-era stupa in limestone |\n"
        "| Swayambhunath | Kathmandu (Nepal) | hilltop stupa with painted eyes |\n"
        "| Kesariya | Bihar | tallest excavated stupa |\n"
    )
    (oldest,) = [
        q
        for q in generate_questions(notes, "n/notes.md")
        if isinstance(q, Mcq) and "oldest" in q.prompt
    ]
    assert not {"Dharmarajika", "Swayambhunath"} & set(oldest.options)


def test_a_ruler_with_a_regnal_number_is_asked_who() -> None:
    """ "What is the greatest Sangama?" = Deva Raya II (holdout 310, weak)."""
    notes = (
        "# Chalukyas\n\n## Rulers\n"
        "- Pulakeshin II → greatest Chalukya; defeated Harsha on the Narmada (c. 618)\n"
    )
    stems = [q.stem for q in generate_questions(notes, "n/notes.md")]
    assert "Who was the greatest Chalukya ruler?" in stems


def test_a_seat_said_in_a_later_note_of_a_line_is_not_its_heads() -> None:
    """``Solar → Bhadla (Jodhpur, Rajasthan), Pavagada (Karnataka); ISA launched by India &
    France at COP21 (2015), HQ Gurugram`` asked "Where is the headquarters of Bhadla?"
    (holdout 313, bad: it taught a wrong fact)."""
    notes = (
        "# Water\n\n## Bodies\n"
        "- Dams → Bhakra (Satluj), Hirakud (Mahanadi); NWDA set up in 1982, HQ New Delhi\n"
        "- Central Water Commission – apex technical body for water; HQ New Delhi\n"
    )
    prompts = _prompts(notes)
    assert not any("headquarters of Bhakra" in p for p in prompts)
    assert any("headquarters of the Central Water Commission" in p for p in prompts)


def test_a_topic_line_showing_the_acronym_gives_it_away() -> None:
    """ "___: a loan whose interest/principal is overdue …" keyed NPA under the topic "NPAs —
    the twin balance sheet mess" (holdout 313, bad)."""
    notes = (
        "# Judiciary\n\n## PILs — opening the courts\n"
        "PIL: a case filed for the public good by any person, not only the one wronged.\n"
    )
    assert not any("{{PIL}}" in t for t in _cloze_texts(notes))


def test_a_match_pair_that_spells_out_its_acronym_is_left_out() -> None:
    """``HBJ pipeline → Hazira–Bijaipur–Jagdishpur, GAIL (1980s)`` paired a name with its
    own expansion (holdout 313, bad)."""
    notes = (
        "# Rivers\n\n## Glossary\n"
        "- Bhakra Nangal – dam on the Satluj, Punjab & HP\n"
        "- Hirakud – dam on the Mahanadi, Odisha; longest earthen dam\n"
        "- DVC project – Damodar Valley Corporation, modelled on the TVA\n"
        "- Sardar Sarovar – dam on the Narmada, Gujarat\n"
        "- Nagarjuna Sagar – dam on the Krishna, Telangana & AP\n"
    )
    with patch("quizbot.notes.generate.regrouped", lambda qs, _: qs):
        found = generate_questions(notes, "n/notes.md")
    (match,) = [q for q in found if isinstance(q, Match)]
    assert "DVC project" not in {left for left, _ in match.pairs}


def test_a_line_dated_by_a_bracket_alone_is_put_in_a_sentence() -> None:
    """``(1924) John Marshall announces a "new" civilisation`` was asked as the raw line
    (holdouts 311–312: weak, "a raw timeline fragment"); dated by a bracket with no dash,
    it is a timeline's line like ``1924 – …``. A true/false of it is left as it was."""
    notes = (
        "# British conquest\n\n## Timeline\n"
        "- (1757) **Clive** defeats Siraj-ud-Daulah at Plassey\n"
        "- (1799) Tipu killed at **Srirangapatna** in the Fourth Mysore War\n"
    )
    texts = _cloze_texts(notes)
    assert "In 1757, {{Clive}} defeated Siraj-ud-Daulah at Plassey." in texts
    assert not any(t.startswith("(1799)") for t in texts)


def test_a_bracket_pointing_to_a_line_before_is_not_asked() -> None:
    """ "___ beat the Yavanas on the Sindhu (same play)": which play, the line before says
    (holdout 315, bad)."""
    notes = (
        "# Guptas\n\n## Literature\n"
        "- Kalidasa wrote *Abhijnanashakuntalam*; Dushyanta meets Shakuntala in a hermitage "
        "(same play)\n"
    )
    assert not any("(same play)" in t for t in _cloze_texts(notes))


def test_a_row_naming_two_things_is_not_asked_as_one() -> None:
    """``| Mana, Niti | Uttarakhand | Chamoli ↔ Tibet |``: "Which pass … connects Chamoli
    with Tibet?" keyed "Mana, Niti" refuses either pass alone (holdout 315, bad)."""
    notes = (
        "# Hill forts\n\n## Forts\n"
        "| Fort | State | Links |\n|---|---|---|\n"
        "| Kumbhalgarh | Rajasthan | Mewar ↔ Marwar frontier |\n"
        "| Raigad, Torna | Maharashtra | Pune ↔ Konkan |\n"
        "| Gwalior | Madhya Pradesh | Agra ↔ Malwa road |\n"
        "| Golconda | Telangana | Deccan ↔ diamond mines |\n"
    )
    answers = [getattr(q, "answer", "") for q in generate_questions(notes, "n/notes.md")]
    assert "Kumbhalgarh" in answers and "Raigad, Torna" not in answers


def test_a_region_with_its_places_or_a_district_is_where_a_thing_happened_in() -> None:
    """ "Who led the Eka movement at Awadh (Hardoi, Bahraich)?", "… at Surat dist., Gujarat?"
    (holdout 314, weak: stilted)."""
    notes = (
        "# Tribal revolts\n\n## Revolts\n"
        "| Revolt | Year | Where | Leader | Outcome |\n|---|---|---|---|---|\n"
        "| Kol rising | (1831-32) | Chotanagpur (Ranchi, Singhbhum) | Buddhu Bhagat | crushed |\n"
        "| Bhil revolt | (1913) | Banswara dist., Rajasthan | Govind Guru | Mangarh massacre |\n"
        "| Santhal hul | (1855-56) | Rajmahal hills | Sidhu Murmu | Santhal Parganas set up |\n"
    )
    stems = [q.stem for q in generate_questions(notes, "n/notes.md")]
    assert not any(" at Chotanagpur" in s or " at Banswara" in s for s in stems)
    assert any(" in Chotanagpur (Ranchi, Singhbhum)?" in s for s in stems)
    alone = notes.replace("Banswara dist., Rajasthan", "Banswara district")  # no state to tell
    stems = [q.stem for q in generate_questions(alone, "n/notes.md")]
    assert any(s.endswith(" in Banswara district?") for s in stems)
