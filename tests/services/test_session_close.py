"""Closing a session: background work is waited for, but never for ever."""

from __future__ import annotations


def test_closing_does_not_wait_for_ever_for_a_copy_of_a_server_gone_quiet(monkeypatch):
    """A read-only copy stuck on a connection the WAN dropped without a word must not keep the
    program from closing: it is waited for OFFLINE_COPY_WAIT seconds at most."""
    import threading
    import time

    from dealer_app.services import session as session_module

    monkeypatch.setattr(session_module, "OFFLINE_COPY_WAIT", 0.2)
    s = session_module.Session()
    stop = threading.Event()
    s._in_background("offline-copy", stop.wait, 30)
    start = time.monotonic()
    s.close()
    assert time.monotonic() - start < 2
    stop.set()
