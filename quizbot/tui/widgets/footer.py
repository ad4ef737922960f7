"""The key bar at the bottom: Textual's footer, without its leak.

Textual's ``Footer`` binds every key it shows to its own ``compact`` setting, and Textual drops
such a binding only when the watched value changes (Textual issue #6666), never when the key
is removed. The footer shows new keys whenever the focus moves, which in the chat is every
answer: each kept about nine dead keys (with their styles) for good, 2,000 objects an answer,
so each full garbage collection took longer as the session went on (190 ms after 100 answers,
in the middle of the learner's next answer now and then).
"""

from __future__ import annotations

from textual.widgets import Footer as TextualFooter


class Footer(TextualFooter):
    """``textual.widgets.Footer`` that forgets the keys it has removed."""

    async def recompose(self) -> None:
        await super().recompose()
        bound = getattr(self, "__watchers", {}).get("compact")
        if bound:  # what Textual does when ``compact`` changes (reactive._check_watchers)
            bound[:] = [(node, callback) for node, callback in bound if not node._closing]
