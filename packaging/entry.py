"""The frozen bundle's entry point: both executables run this script.

`dealer-app` (console) is the command line, exactly `dealer_app.cli:main`; `dealer-desk`
(windowed on Windows and macOS) opens the desktop application, exactly `dealer_app.cli:gui_main`.
Which one runs is decided by the executable's name, so one PyInstaller analysis serves both.

Besides that it only does what a frozen program needs and a source install does not:

- `multiprocessing.freeze_support()` first: the letter renderer starts worker processes, and a
  frozen child must run the worker, not the application (Windows and macOS spawn children; on
  Linux `DEALER_APP_MP_START=spawn` forces the same path so the smoke check can exercise it).
- A windowed Windows/macOS executable has no console: `sys.stdout`/`sys.stderr` are None there,
  and a stray print would raise. They go to the null device (errors still reach the log file).
- Smoke-check hook, off unless `DEALER_APP_QUIT_AFTER_MS` is set: the GUI quits by itself that
  many milliseconds after its first window is shown, exit code 0, and reports on stderr when that
  window appeared, so a script can measure the start time of the real bundle.
"""

from __future__ import annotations

import multiprocessing
import os
import sys
import time
from pathlib import Path

QUIT_AFTER_ENV = "DEALER_APP_QUIT_AFTER_MS"
MP_START_ENV = "DEALER_APP_MP_START"
GUI_NAMES = {"dealer-desk", "dealerdesk", "dealer desk"}


def is_gui_executable(executable: str) -> bool:
    """True for the windowed executable (dealer-desk, dealer-desk.exe, Dealer Desk.app/...)."""
    return Path(executable).stem.lower() in GUI_NAMES


def _ensure_streams() -> None:
    for name in ("stdout", "stderr"):
        if getattr(sys, name) is None:
            setattr(sys, name, open(os.devnull, "w", encoding="utf-8"))  # noqa: SIM115


def _install_quit_timer(quit_after_ms: int) -> None:
    """Create the QApplication now (the GUI's create_application reuses an existing one) and
    arm a check that quits `quit_after_ms` after the first visible top-level window."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication(sys.argv[:1])
    started = time.perf_counter()
    poll = QTimer(app)
    poll.setInterval(20)

    def check() -> None:
        visible = [w for w in QApplication.topLevelWidgets() if w.isVisible()]
        if not visible:
            return
        poll.stop()
        shown = time.time()
        sys.stderr.write(
            f"dealer-desk: first window '{visible[0].windowTitle()}' "
            f"({type(visible[0]).__name__}) shown at epoch {shown:.3f}, "
            f"{(time.perf_counter() - started) * 1000:.0f} ms after the entry point; "
            f"quitting in {quit_after_ms} ms\n"
        )
        sys.stderr.flush()
        QTimer.singleShot(quit_after_ms, app.quit)

    poll.timeout.connect(check)
    poll.start()
    # A GUI that never shows a window must not hang a smoke check either.
    QTimer.singleShot(max(quit_after_ms, 1) + 60_000, lambda: app.exit(3))


def main() -> int:
    multiprocessing.freeze_support()
    start = os.environ.get(MP_START_ENV)
    if start:
        multiprocessing.set_start_method(start, force=True)
    _ensure_streams()

    from dealer_app.cli import gui_main
    from dealer_app.cli import main as cli_main

    if is_gui_executable(sys.executable) or is_gui_executable(sys.argv[0]):
        quit_after = os.environ.get(QUIT_AFTER_ENV)
        if quit_after:
            _install_quit_timer(int(quit_after))
        return gui_main()
    return cli_main()


if __name__ == "__main__":
    raise SystemExit(main())
