"""Everything Textual: the only package of quizbot that imports textual."""
