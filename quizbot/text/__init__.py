"""One home for what words mean: folding, stemming, stopwords, number words, dates, names.

Grading, the notes lookup, derived ids, hints and the generator read text through this
package, so the same words mean the same thing everywhere:

* :mod:`quizbot.text.fold` — accents, dashes, quotes and ``&``; one spelling of each word
  (British and American spellings fold to one form) and simple plurals;
* :mod:`quizbot.text.stem` — a Snowball (Porter 2) stemmer, after the spelling fold;
* :mod:`quizbot.text.stopwords` — the function words, and the larger sets derived ids and
  the notes search leave out;
* :mod:`quizbot.text.numbers` — number words (cardinals, ordinals, lakh and crore), Roman
  numerals, and a number's name for the learner ("three");
* :mod:`quizbot.text.dates` — calendar dates in every common form, day first when in doubt;
* :mod:`quizbot.text.names` — titles, standard abbreviations of words, alternative place
  names, transliteration keys and the English dictionary (is a word a real, different word?).
"""
