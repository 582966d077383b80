"""The integrity check put off at opening (`open_ledger(..., check_later=True)`, the desktop
application's start): the cheap checks still refuse a cut-off or foreign file at once; the full
check runs later on a connection of its own; every write waits for it and is refused if it fails;
the day's automatic copy is not made of a damaged ledger."""

from __future__ import annotations

import random
import sqlite3
import threading
from pathlib import Path

import pytest

from dealer_app.domain.errors import LedgerUnusable
from dealer_app.storage.db import IntegrityCheck, damage_from, open_ledger

PASSWORD = "password1"
PAGE = 4096


@pytest.fixture
def good(tmp_path: Path) -> Path:
    from dealer_app.services.setup import init_ledger

    path = tmp_path / "ledger.sqlite3"
    ledger = init_ledger(path, PASSWORD)
    with ledger.atomic():  # some bulk, so that damage can hit pages only a full check reads
        ledger.conn.executemany(
            "INSERT INTO settings (key, value) VALUES (?, ?)",
            [(f"filler.{i}", '"' + "x" * 500 + '"') for i in range(400)],
        )
    ledger.close()
    return path


def _damage_last_pages(path: Path) -> bytes:
    data = bytearray(path.read_bytes())
    start = (len(data) - 3 * PAGE) // PAGE * PAGE
    data[start : start + 3 * PAGE] = random.Random(7).randbytes(3 * PAGE)
    path.write_bytes(bytes(data))
    return bytes(data)


def _side_files(path: Path) -> list[str]:
    return sorted(p.name for p in path.parent.iterdir() if p.name.startswith(path.name + "-"))


def _write(ledger) -> None:  # noqa: ANN001
    with ledger.atomic():
        ledger.execute("UPDATE settings SET value = value WHERE key = 'filler.1'")


def test_a_sound_ledger_opens_unchecked_and_the_first_write_runs_the_check(good: Path):
    ledger = open_ledger(good, check_later=True)
    try:
        assert isinstance(ledger.integrity, IntegrityCheck) and not ledger.integrity.done
        _write(ledger)  # nobody ran the check yet: the write runs it, then writes
        assert ledger.integrity is None
        _write(ledger)
    finally:
        ledger.close()


def test_by_default_the_check_runs_while_opening(good: Path):
    ledger = open_ledger(good)
    try:
        assert ledger.integrity is None
    finally:
        ledger.close()


def test_a_damaged_ledger_opens_but_no_write_reaches_it(good: Path):
    damaged = _damage_last_pages(good)
    with pytest.raises(LedgerUnusable):
        open_ledger(good)  # the full check at opening finds it
    ledger = open_ledger(good, check_later=True)  # the cheap checks do not
    try:
        with pytest.raises(LedgerUnusable) as refused:
            _write(ledger)
        assert refused.value.code == "ledger.damaged"
        assert "integrity check" in refused.value.message
        with pytest.raises(LedgerUnusable):
            _write(ledger)  # and every write after it
    finally:
        ledger.close()
    assert good.read_bytes() == damaged
    assert _side_files(good) == []


def test_a_write_waits_for_the_check_running_on_another_thread(
    good: Path, monkeypatch: pytest.MonkeyPatch
):
    gate = threading.Event()
    order: list[str] = []
    real = IntegrityCheck._check

    def held(self: IntegrityCheck) -> str | None:
        gate.wait(20)
        order.append("checked")
        return real(self)

    monkeypatch.setattr(IntegrityCheck, "_check", held)
    ledger = open_ledger(good, check_later=True)
    try:
        check = ledger.integrity
        background = threading.Thread(target=check.run)
        background.start()
        releaser = threading.Thread(target=lambda: (order.append("released"), gate.set()))
        releaser.start()
        _write(ledger)  # waits for the background thread's answer, does not run a second check
        order.append("written")
        background.join()
        releaser.join()
        assert order == ["released", "checked", "written"]
    finally:
        ledger.close()


def test_the_check_answers_every_caller_once(good: Path):
    _damage_last_pages(good)
    ledger = open_ledger(good, check_later=True)
    try:
        check = ledger.integrity
        answers: list[str | None] = []
        threads = [threading.Thread(target=lambda: answers.append(check.run())) for _ in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert len(answers) == 4 and len(set(answers)) == 1 and answers[0] is not None
    finally:
        ledger.close()


@pytest.mark.parametrize("keep", [PAGE * 3, None], ids=["three pages", "half"])
def test_a_cut_off_file_is_refused_at_opening_even_when_checked_later(good: Path, keep):  # noqa: ANN001
    data = good.read_bytes()
    cut = data[: keep or len(data) // 2]
    good.write_bytes(cut)
    with pytest.raises(LedgerUnusable) as refused:
        open_ledger(good, check_later=True)
    assert refused.value.code == "ledger.damaged"
    assert "cut short" in refused.value.message
    assert good.read_bytes() == cut and _side_files(good) == []


def test_the_size_test_stands_aside_while_a_write_ahead_log_waits(good: Path):
    """A file with a non-empty -wal beside it may be shorter than its header says until the log
    is replayed: no verdict from the size then (the full check still runs)."""
    data = good.read_bytes()
    good.write_bytes(data[: len(data) // 2])
    wal = good.with_name(good.name + "-wal")
    wal.write_bytes(b"\0" * 32)  # not a valid log: SQLite ignores it, the check does not
    with pytest.raises(LedgerUnusable) as refused:
        open_ledger(good)
    assert refused.value.code == "ledger.damaged"
    assert "cut short" not in refused.value.message  # the full check found it, not the size


def test_no_automatic_copy_of_a_damaged_ledger(good: Path):
    import datetime as dt

    from dealer_app.services.backup import auto_backup

    _damage_last_pages(good)
    ledger = open_ledger(good, check_later=True)
    try:
        assert auto_backup(ledger, dt.date(2025, 12, 16)) is None
    finally:
        ledger.close()
    folder = good.with_name("ledger-backups")
    assert not folder.exists() or list(folder.iterdir()) == []


def test_the_automatic_copy_can_be_made_from_another_thread(good: Path):
    import datetime as dt

    from dealer_app.services.backup import auto_backup

    ledger = open_ledger(good, check_later=True)
    out: list = []
    try:
        t = threading.Thread(target=lambda: out.append(auto_backup(ledger, dt.date(2025, 12, 16))))
        t.start()
        t.join()
        copy = out[0]
        assert copy is not None and copy.name == "auto-ledger-2025-12-16.sqlite3"
        check = sqlite3.connect(copy)
        assert check.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert check.execute("SELECT count(*) FROM settings").fetchone()[0] >= 400
        check.close()
    finally:
        ledger.close()


def test_closing_cancels_a_check_not_yet_answered(good: Path):
    ledger = open_ledger(good, check_later=True)
    check = ledger.integrity
    ledger.close()
    assert check.cancelled
    assert check.run() is None  # a cancelled check reports nothing


def test_sqlite_finding_damage_while_reading_is_named_as_damage(tmp_path: Path):
    path = tmp_path / "x.sqlite3"
    malformed = sqlite3.DatabaseError("database disk image is malformed")
    error = damage_from(malformed, path)
    assert error is not None and error.code == "ledger.damaged"
    assert damage_from(sqlite3.OperationalError("database is locked"), path) is None
    assert damage_from(ValueError("malformed"), path) is None


def test_the_background_connection_cannot_write(good: Path):
    from dealer_app.storage.db import reader

    before = good.read_bytes()
    conn = reader(good)
    try:
        with pytest.raises(sqlite3.OperationalError):
            conn.execute("UPDATE settings SET value = '1' WHERE key = 'filler.1'")
    finally:
        conn.close()
    assert good.read_bytes() == before
    with pytest.raises(sqlite3.OperationalError):
        reader(good.with_name("missing.sqlite3"))  # never creates a file
    assert not good.with_name("missing.sqlite3").exists()
