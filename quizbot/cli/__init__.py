"""The ``quizbot`` command: one module per subcommand, each with ``add_parser(sub, common)``
and ``run(args, ctx)``; :mod:`quizbot.cli.main` parses and dispatches, and
:mod:`quizbot.cli.errors` maps errors to exit statuses in one place."""

from quizbot.cli.main import main

__all__ = ["main"]
