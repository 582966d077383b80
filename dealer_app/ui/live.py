"""Following colleagues' commits while the window is open (services/live.py).

A watcher thread of its own waits on the ledger's feed (never the ledger worker: a long import
there must not delay the news, and the feed's wait must not hold up the user's work) and hands
what arrived to the GUI thread through a queued signal. When the ledger cannot be reached the
watcher says so once, tries again every few seconds, and says so again when it is back.
"""

from __future__ import annotations

import logging
import threading

from PySide6.QtCore import QObject, Signal

from dealer_app.services.live import Following

logger = logging.getLogger(__name__)

#: Seconds a feed waits before the watcher looks whether it should stop.
WAIT = 0.5
#: Seconds between attempts to reach a lost ledger again.
RETRY = 3.0


class LiveWatcher(QObject):
    """`changes(list[Change])`: colleagues' (and this program's) committed audit entries;
    `reachable(bool)`: False once when the feed is lost, True once when it is back."""

    changes = Signal(object)
    reachable = Signal(bool)

    def __init__(self, following: Following) -> None:
        # No parent: the thread keeps it alive until it has ended, whatever closes meanwhile.
        super().__init__()
        self.following = following
        self.last = following.after
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="live-watcher", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self, wait: bool = False) -> None:
        """Ask the thread to end; it closes its feed within WAIT seconds, and emits nothing
        more (the window closing does not wait for it; `wait`: until it has)."""
        self._stop.set()
        if wait and self._thread.is_alive():
            self._thread.join(timeout=WAIT * 4)

    def _run(self) -> None:
        feed = None
        lost = False
        while not self._stop.is_set():
            try:
                if feed is None:
                    feed = self.following.open(self.last)
                    if lost:
                        lost = False
                        self.reachable.emit(True)
                arrived = feed.wait(WAIT)
                if self._stop.is_set():
                    break
                if arrived:
                    self.last = feed.last
                    self.changes.emit(arrived)
            except Exception as exc:  # noqa: BLE001 - unreachable, or a file gone: retry later
                logger.info("following the ledger paused: %s", exc)
                if feed is not None:
                    try:
                        feed.close()
                    except Exception:  # noqa: BLE001 - it is gone already
                        pass
                    feed = None
                if not lost and not self._stop.is_set():
                    lost = True
                    self.reachable.emit(False)
                self._stop.wait(RETRY)
        if feed is not None:
            try:
                feed.close()
            except Exception:  # noqa: BLE001
                pass


class ServerProbe(QObject):
    """In a read-only copy: tries the shared ledger every PROBE seconds; `reachable(True)` once
    when it answers (and lets the person in), then stops."""

    reachable = Signal(bool)
    PROBE = 10.0

    def __init__(self, location: str, user: str, password: str | None) -> None:
        super().__init__()  # no parent: the thread keeps it alive until it has ended
        self.login = (location, user, password)
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="server-probe", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def stop(self, wait: bool = False) -> None:  # noqa: ARG002 - it holds no ledger open
        self._stop.set()

    def _run(self) -> None:
        from dealer_app.services.offline import reachable

        while not self._stop.wait(self.PROBE):
            if reachable(*self.login):
                if not self._stop.is_set():
                    self.reachable.emit(True)
                return
