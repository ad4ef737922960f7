"""Words that come in pairs (``western``/``eastern``, ``umbra``/``penumbra``): with one
printed beside a blank, the blank on the other asks nothing (see
:func:`~quizbot.notes.giveaway.given_by_its_pair`)."""

from __future__ import annotations

#: Words that come in pairs: with one printed, the blank on the other asks nothing
#: (``between the ___ Indian Ocean … and the eastern``, ``dark inner ___ & lighter outer
#: penumbra``: holdouts 121 and 122).
_PAIRS = [
    pair.split("/")
    for pair in """western/eastern northern/southern west/east north/south upper/lower
    inner/outer positive/negative umbra/penumbra warmer/cooler warm/cool maximum/minimum
    higher/lower strengthens/weakens summer/winter kharif/rabi perihelion/aphelion
    perigee/apogee spring/neap import/export imports/exports inflow/outflow
    upstream/downstream convergent/divergent ascending/descending majority/minority
    direct/indirect exothermic/endothermic obverse/reverse statutory/constitutional
    elected/nominated permanent/temporary advisory/binding civil/criminal""".split()
]
#: Each word → the words it pairs with (``lower`` → upper, higher).
OPPOSITES: dict[str, frozenset[str]] = {
    word: frozenset(b if a == word else a for a, b in _PAIRS if word in (a, b))
    for pair in _PAIRS
    for word in pair
}
