"""Classes found on the forty-fourth session's holdouts, each fixed on made-up notes of
another subject."""

from __future__ import annotations

from typing import cast

from quizbot.bank.model import Cloze
from quizbot.notes.name_pairs import other_names_index
from quizbot.notes.other_names import with_other_names
from quizbot.notes.pronouns import doer_unsaid
from tests.unit.notes_support import generated, short_questions, shown_texts

_BARDOLI = (
    "# Bardoli Satyagraha (1928)\n\n## Key people\n"
    "| Person | Later known as | Role in Bardoli |\n|---|---|---|\n"
    '| Vallabhbhai Patel | 1st Deputy PM of India | Led the campaign; given title "Sardar" |\n'
    "| Mithuben Petit | Parsi social worker | Organised women volunteers |\n"
    "| Kalyanji Mehta | Surat Congress leader | Invited Patel to lead |\n"
    "| Bhaktiba Desai | Gujarati freedom fighter | Mobilised women of the taluka |\n\n"
    "## Kings of Malwa\n| Ruler | Reign | Imp. points |\n|---|---|---|\n"
    "| Hoshang Shah | 1405–1435 | Moved capital to Mandu, built his marble tomb |\n"
    "| Mahmud Khalji | 1436–1469 | Built victory tower after wars with Mewar |\n"
    "| Ghiyas Shah | 1469–1500 | Built Jahaz Mahal for his harem |\n"
    "| Baz Bahadur | 1555–1561 | Musician; romance with Rupmati; lost to Akbar |\n\n"
    "## Culture\n- **Gujarati** patronised alongside Persian\n"
    "- **Khadi** spun in every village of the taluka\n"
    "- **Gandhi** worked for the peasants of Kheda\n"
)


def test_a_blank_done_to_by_no_one_named_is_not_asked() -> None:
    """ "___ patronised alongside Persian" = Dakhni (holdout 505, bad: who patronised it?),
    "___ poured into the cavity" (holdout 512, bad); an intransitive past and a dated
    line stay."""
    texts = [q.text for q in generated(_BARDOLI) if isinstance(q, Cloze)]
    assert not any("patronised" in t or "spun" in t for t in texts)
    assert doer_unsaid("{{Molten metal}} poured into the cavity.")
    assert not doer_unsaid("{{Project Tiger}} (1973), launched at Corbett")
    assert not doer_unsaid("{{Nainsukh}} worked for Raja Balwant Singh of Jasrota.")
    assert not doer_unsaid("{{Bt cotton}}, approved in 2002, remains the only GM crop.")
    assert not doer_unsaid("{{Rang Ghar}} built in 1746 by Pramatta Singha")


def test_a_section_that_names_no_event_asks_who_led_the_titles_event_there() -> None:
    """ "Who led the Spread of the movement in NWFP?" (holdout 515, weak): the section's
    "the movement" is the title's Salt Satyagraha."""
    notes = (
        "# Khilafat & the Non-Cooperation Movement (1920–22)\n\n## Spread of the movement\n"
        "| Region | Leader | What happened |\n|---|---|---|\n"
        "| Punjab | **Saifuddin Kitchlew** | Lawyers gave up practice, picketing |\n"
        "| Assam | **Tarun Ram Phookan** | Tea garden workers struck |\n"
        "| Andhra | **Duggirala Gopalakrishnayya** | Chirala-Perala no-tax campaign |\n"
    )
    prompts = {q.prompt for q in short_questions(notes).values()}
    assert "Who led the Non-Cooperation Movement in Punjab?" in prompts
    assert not any("Spread of" in p for p in prompts)


def test_a_bold_terms_other_name_in_brackets_or_after_a_slash_is_accepted() -> None:
    """ "Separate square ___ …" keyed only "linga shrine" though the line says "**linga
    shrine** (garbhagriha)"; "___ – three faces of Shiva" keyed only Trimurti though the
    notes say "**Trimurti** / **Maheshmurti**" (holdout 515, two bad)."""
    index = other_names_index(
        "- The **assembly hall** (jagamohana) survives\n"
        "- Lit by the **Kalivilakku** (big bronze lamp)\n"
        "- Sailors called it the **Black Pagoda** / **Kala Pagoda**, a landmark\n"
        "- Drums: **Chenda** / **Maddalam** / **Edakka**\n"
    )
    assert index["assembly hall"] == "jagamohana" and index["jagamohana"] == "assembly hall"
    assert index["black pagoda"] == "Kala Pagoda"
    assert "kalivilakku" not in index  # a description, not a name
    assert "chenda" not in index and "maddalam" not in index  # three drums, not one
    cloze = Cloze(id="x", topic="Konark", text="The {{assembly hall}} survives")
    assert cast(Cloze, with_other_names(cloze, index)).text == (
        "The {{assembly hall|jagamohana}} survives"
    )


def test_a_line_that_opens_on_its_things_own_kind_is_said_with_the_thing() -> None:
    """ "Rock-cut caves carved into ___" under Elephanta Caves (holdout 515, weak: no
    subject) is said "The Elephanta Caves are rock-cut caves carved into ___.", its
    bracket left out; a line of another kind, or opening on a verb, is not."""
    notes = (
        "# Forts of Madhya Pradesh\n\n## Gwalior Fort\n\n"
        "- Hill fort on a **sandstone** plateau (Gopachal)\n"
        "- Temple fort built by **Man Singh Tomar** → Man Mandir palace\n\n"
        "## Udayagiri Caves\n\n"
        "- Rock-cut caves carved into **Udayagiri** hills near Vidisha (Betwa)\n"
        "- Began receiving pilgrims under the **Guptas**\n"
    )
    shown = shown_texts(notes)
    assert "The Gwalior Fort is a hill fort on a {{sandstone}} plateau (Gopachal)." in shown
    assert "The Udayagiri Caves began receiving pilgrims under the {{Guptas}}." in shown
    assert not any("is a temple fort" in s for s in shown)
    glossed = "# Caves of India\n\n## Ajanta Caves\n\n- Rock-cut caves cut into **basalt** (Deccan Traps)\n"
    assert shown_texts(glossed) == ["The Ajanta Caves are rock-cut caves cut into {{basalt}}."]


def test_a_year_blanked_after_by_is_not_asked() -> None:
    """ "HRA leadership was crushed by ___" = 1927 (holdout 517, bad: it reads as by whom)."""
    notes = (
        "# Ghadar Party\n\n## Decline\n\n"
        "- Ghadar networks in Punjab were broken up by **1917**.\n"
        "- Founded at **Astoria** in 1913 by Sohan Singh Bhakna\n"
    )
    texts = shown_texts(notes)
    assert not any("by {{1917}}" in t for t in texts), texts


def test_a_glossary_terms_short_english_meaning_is_its_other_name() -> None:
    """ "First mass movement whose stated aim was ___" = complete independence rejected
    "Purna Swaraj", which the glossary gives for it (holdout 515, typed in the real app)."""
    index = other_names_index(
        "## Glossary\n- Poorna Swaraj: complete independence\n"
        "- Palol: highest-grade dairyman-priest\n- Sarvodaya: upliftment of all through"
        " village self-rule\n"
    )
    assert index["complete independence"] == "Poorna Swaraj"
    assert index["poorna swaraj"] == "complete independence"
    assert "palol" not in index and "sarvodaya" not in index  # a description, not a name
