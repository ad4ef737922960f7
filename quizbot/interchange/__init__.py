"""Questions and progress in and out of quizbot: Anki packages both ways, and the review log.

Domain code with no front end (the ``quizbot export`` and ``quizbot import`` commands in
:mod:`quizbot.cli` call it); it takes paths and ``now`` as arguments.

* :mod:`quizbot.interchange.anki_export` — the bank as an Anki package (genanki).
* :mod:`quizbot.interchange.apkg` — reading an Anki package's notes, note types and decks.
* :mod:`quizbot.interchange.anki_import` — Anki notes as question files, one per deck.
* :mod:`quizbot.interchange.anki_cloze` — Anki's cloze markup read as a tree.
* :mod:`quizbot.interchange.reviews` — the review log as CSV or JSON for FSRS optimizers.
* :mod:`quizbot.interchange.ankihtml` — text to Anki's HTML and back.
"""
