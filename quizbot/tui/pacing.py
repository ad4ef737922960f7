"""From the learner's enter to the reply on screen: one frame, no garbage collection.

The tutor answers in a thread (it saves the answer first, and the event loop must never wait
on the progress database), so two things keep ``keypress_feedback_p95_ms`` (enter to the
feedback painted, target 50 ms) where it was when the tutor answered on the event loop
(39 ms); ``python -m benchmarks first_question``, medians of four runs:

* no frame is painted until the replies are shown, for at most ``HOLD_S``: otherwise the
  cleared input is painted alone and the feedback waits for the next frame. Without the hold:
  49 ms (46-50 over the four runs), at the target's edge; with it, 41 ms.
* no garbage collection until the frame with the replies is painted (Textual pauses it while
  scrolling too): a full collection of the app's heap (mostly Textual's caches of rendered
  lines) takes 30-100 ms and would land in the middle of an answer now and then; it runs once
  the frame is painted, while the learner reads. Without the pause: 68 ms.
"""

from __future__ import annotations

import gc
from contextlib import ExitStack
from typing import Any

from textual.app import App

#: How long the screen may wait for the replies to an answer before it paints anyway.
HOLD_S = 0.1


class Pacing:
    """:meth:`start` on the enter key, :meth:`shown` once the replies are in the screen,
    :meth:`painted` once they are on it (and nothing else is waiting)."""

    def __init__(self, app: App[Any]) -> None:
        self.app = app
        self._held: ExitStack | None = None
        self._gc_paused = False

    def start(self) -> None:
        if self._held is None:
            self._held = ExitStack()
            self._held.enter_context(self.app.batch_update())
            self._held.callback(self.app.set_timer(HOLD_S, self.shown).stop)
        if gc.isenabled():
            gc.disable()
            self._gc_paused = True

    def shown(self) -> None:
        """Paint again."""
        held, self._held = self._held, None
        if held is not None:
            held.close()

    def painted(self) -> None:
        """Collect again (also on unmount: never leave the process without a collector)."""
        if self._gc_paused:
            self._gc_paused = False
            gc.enable()
