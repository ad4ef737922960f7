"""``python -m quizbot``: the same as the ``quizbot`` command."""

import sys

from quizbot.cli import main

sys.exit(main())
