"""Stopwords: the function words every comparison drops, and the larger sets built on them.

:data:`FUNCTION_WORDS` carry no content anywhere ("the", "of", ...). Derived ids
(:data:`ID_STOPWORDS`) also leave out question words and filler, and the notes search
(:data:`SEARCH_STOPWORDS`) also leaves out request words ("explain", "summarise"). The two
larger sets are frozen: changing :data:`ID_STOPWORDS` would change derived ids, and with them
the keys of learners' progress.
"""

from __future__ import annotations

#: Words that carry no content: dropped from both sides before answers are compared.
FUNCTION_WORDS = frozenset("the a an of and in on for to at by with from its".split())

#: Words a derived id leaves out of a prompt (see :mod:`quizbot.bank.ids`).
ID_STOPWORDS = FUNCTION_WORDS | frozenset(
    """
about above after again against all also am any are as be been before being below
between both but can could did do does doing down during each few further had has
have having here how i if into is it itself just me more most my no nor not now off
once only or other our out over own same she should so some such than that their them then
there these they this those through too under until up very was we were what when where which
while who whom why will would you your name named give given following correct
consider true false statement statements state says said one two three many much
""".split()
)

#: Words the notes search leaves out of queries and notes (see :mod:`quizbot.tutor.search_words`).
SEARCH_STOPWORDS = FUNCTION_WORDS | frozenset(
    """but or is are was were be been being it this that these those what who whom whose
which where when why how do does did done have has had as about into over than then so
such me my i you your we our us tell explain describe define summarise summarize summary
overview outline recap review give show please notes note know say says said can could would
should will shall there their them they he she his her him also any some all more most much
many very just only between section sections part chapter topic topics heading headings
regarding detail details point points fact facts important everything anything something
thing things brief briefly quick quickly want learn study remind mean means meant happen
happened think""".split()
)
