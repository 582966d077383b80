"""Work-arounds for bugs of particular PySide6 releases, applied when `dealer_app.ui` is imported.

PySide6 6.12.0 on Python 3.11 drops references it does not own: every call of a method that
returns nothing (`label.setText(...)`, `app.processEvents()`) drops one reference to `None`, and
every `signal.emit(...)` from Python drops one to `True`. After a few thousand such calls the
interpreter aborts ("Fatal Python error: none_dealloc: deallocating None"). 6.11.3 does not do
it, and from Python 3.12 on these singletons are immortal, so the bug is harmless there.

`protect_singletons()` probes for the bug and, if present, gives None, True and False a very large
reference count: the immortality that Python 3.12 gives them by design. They are never freed
while the interpreter runs anyway, so nothing else changes. Better still, depend on a PySide6
release without the bug (see the report in the commit that added this file).
"""

from __future__ import annotations

import ctypes
import logging
import sys

logger = logging.getLogger(__name__)

#: References added to each singleton: far more than any session can drop, far below overflow.
IMMORTAL_REFS = 1 << 40

_applied: bool | None = None


def _refcount_drops() -> dict[str, int]:
    """How many references None and True lose over 32 void calls and 32 emits."""
    from PySide6.QtCore import QObject, Signal

    class Probe(QObject):
        ping = Signal()

    probe = Probe()
    n = 32
    none_before = sys.getrefcount(None)
    for _ in range(n):
        probe.setObjectName("probe")
    none_after = sys.getrefcount(None)
    true_before = sys.getrefcount(True)
    for _ in range(n):
        probe.ping.emit()
    true_after = sys.getrefcount(True)
    return {"None": none_before - none_after, "True": true_before - true_after}


def _add_refs(obj: object, count: int) -> None:
    # CPython (non-debug): ob_refcnt is the first field of every object.
    cell = ctypes.c_ssize_t.from_address(id(obj))
    cell.value += count


def protect_singletons() -> bool:
    """Apply the work-around if this PySide6 needs it (once). Returns whether it was applied."""
    global _applied
    if _applied is not None:
        return _applied
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        _applied = False
        return False
    drops = _refcount_drops()
    _applied = drops["None"] >= 32 or drops["True"] >= 32
    if _applied:
        for singleton in (None, True, False):
            _add_refs(singleton, IMMORTAL_REFS)
        from PySide6 import __version__ as pyside_version

        logger.warning(
            "PySide6 %s drops references to None/True (%s); made them immortal as Python 3.12 "
            "does. Use a PySide6 release without this bug.",
            pyside_version,
            drops,
        )
    return _applied
