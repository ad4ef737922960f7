"""The chat input: what the learner types, sent once, for the question they saw.

:class:`ChatInput` takes the text at the moment Enter is pressed and empties itself at once,
so a second Enter pressed before the reply arrives finds nothing to send (a plain
:class:`~textual.widgets.Input` would send the same text again, to the next question). The
message it posts, :class:`ChatInput.Sent`, carries ``on_screen``: the id of the question on
screen when Enter was pressed (``""`` for none), which the tutor checks before recording an
answer (see :meth:`quizbot.tutor.Tutor.handle`).
"""

from __future__ import annotations

from textual import events
from textual.message import Message
from textual.widgets import Input


class ChatInput(Input):
    """The one place the learner types; keys on a question card come here too."""

    class Sent(Message):
        """The learner pressed Enter on ``text`` while ``on_screen`` was asked."""

        def __init__(self, text: str, on_screen: str) -> None:
            super().__init__()
            self.text = text
            self.on_screen = on_screen

    #: The id of the question on screen, set by the chat as cards come and go.
    on_screen: str = ""

    async def _on_key(self, event: events.Key) -> None:
        # Enter is handled here, in turn with the keys typed before and after it: as a
        # binding it would run once the keys queued behind it (a paste, a fast typist) were
        # already in the input, sending them with the answer.
        if event.key == "enter":
            event.stop()
            event.prevent_default()
            await self.action_submit()
            return
        await super()._on_key(event)

    async def action_submit(self) -> None:
        text = self.value
        self.value = ""  # taken now: a second Enter finds nothing
        if text.strip():
            self.post_message(self.Sent(text, self.on_screen))
