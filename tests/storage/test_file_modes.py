"""New ledgers, their -wal files, backups and the data folder are private to their owner on
Linux and macOS (a ledger holds partners' bank accounts and password hashes)."""

from __future__ import annotations

import datetime as dt
import os
import stat
from pathlib import Path

import pytest

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")
PASSWORD = "password1"


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture(autouse=True)
def _open_umask():
    """As on a typical desktop: files would be readable by everyone (umask 022)."""
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_a_new_ledger_and_its_wal_are_private(tmp_path: Path):
    from dealer_app.services.setup import init_ledger

    path = tmp_path / "ledger.sqlite3"
    ledger = init_ledger(path, PASSWORD)
    try:
        with ledger.atomic():
            ledger.execute("UPDATE settings SET value = value")
        wal = path.with_name(path.name + "-wal")
        assert _mode(path) == 0o600
        assert wal.exists() and _mode(wal) == 0o600
    finally:
        ledger.close()


def test_backups_are_private(tmp_path: Path):
    from dealer_app.services.backup import auto_backup
    from dealer_app.services.setup import init_ledger
    from dealer_app.storage.db import backup_to

    ledger = init_ledger(tmp_path / "ledger.sqlite3", PASSWORD)
    try:
        copy = backup_to(ledger, tmp_path / "copy.sqlite3")
        daily = auto_backup(ledger, dt.date(2025, 12, 16))
    finally:
        ledger.close()
    assert _mode(copy) == 0o600
    assert daily is not None and _mode(daily) == 0o600


def test_an_existing_file_keeps_its_mode(tmp_path: Path):
    from dealer_app.storage.db import create_private

    shared = tmp_path / "shared.sqlite3"
    shared.write_bytes(b"")
    shared.chmod(0o664)
    create_private(shared)
    assert _mode(shared) == 0o664


def test_the_data_folder_is_private_when_created(tmp_path: Path, monkeypatch):
    from dealer_app.paths import data_dir

    folder = tmp_path / "fresh" / "DealerDesk"
    monkeypatch.setenv("DEALER_APP_DATA_DIR", str(folder))
    assert data_dir() == folder
    assert _mode(folder) == 0o700
