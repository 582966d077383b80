"""Work-arounds for bugs in particular PySide6 releases. Use `emit()` for every signal emitted
from Python in dealer_app/ui (tests/ui/test_ui_conventions.py checks it).

PySide6 6.12.0 (Python 3.11): `SignalInstance.emit()` returns `True` without taking a reference
to it, so every emit from Python code drops one reference to `True`. After a few hundred emits
the interpreter aborts with "Fatal Python error: bool_dealloc: deallocating True or False".
6.11.3 is not affected. `emit()` probes once whether the running PySide6 has the bug and, if so,
gives the reference back after each emit. On releases without the bug it is a plain emit.
"""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal

_leaks: bool | None = None


class _Probe(QObject):
    ping = Signal()


def _probe() -> bool:
    probe = _Probe()
    n = 16
    before = sys.getrefcount(True)
    for _ in range(n):
        probe.ping.emit()
    after = sys.getrefcount(True)
    if before - after >= n:
        for _ in range(n):
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
        return True
    return False


def emit_leaks_true() -> bool:
    global _leaks
    if _leaks is None:
        _leaks = _probe()
    return _leaks


def emit(signal: Any, *args: Any) -> None:
    """`signal.emit(*args)`, safe on PySide6 releases whose emit leaks a reference to True."""
    signal.emit(*args)
    if _leaks or (_leaks is None and emit_leaks_true()):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(True))
