"""A ledger in a shared folder: a colleague's account that reads it leaves no trace (no -wal,
-shm or backups folder of its own), and is told plainly when it tries to write.

The colleague is simulated by giving the ledger file to another account (`nobody`): to the
process running the tests it is then another account's ledger, exactly as a colleague's
program sees the owner's. Needs root to hand the file over."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest
from reliability_support import copy_ledger, run_cli

pytestmark = pytest.mark.skipif(
    sys.platform == "win32" or not hasattr(os, "geteuid") or os.geteuid() != 0,
    reason="POSIX ownership; handing a file to another account needs root",
)
NOBODY = 65534


def _traces(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name != "ledger.sqlite3")


@pytest.fixture
def colleagues_ledger(tmp_path, demo_template):
    folder = tmp_path / "shared"
    folder.mkdir()
    path = copy_ledger(demo_template, folder / "ledger.sqlite3")
    os.chmod(path, 0o644)
    os.chown(path, NOBODY, -1)
    return path


def test_a_reader_leaves_no_trace_and_is_told_why_it_cannot_write(colleagues_ledger, data_dir):
    folder = colleagues_ledger.parent
    before = colleagues_ledger.read_bytes()
    listed = run_cli(colleagues_ledger, "subsidy", "list", data_dir=data_dir, user="hq.finance")
    assert listed.returncode == 0, listed.stderr
    assert "CS00001" in listed.stdout
    assert _traces(folder) == []  # no -wal, -shm, no backups folder of the reader's
    refused = run_cli(
        colleagues_ledger, "subsidy", "cancel", "179", data_dir=data_dir, user="hq.finance"
    )
    assert refused.returncode == 1
    assert "is read-only for you (it belongs to nobody)" in refused.stderr
    assert "Traceback" not in refused.stderr and "internal error" not in refused.stderr
    assert _traces(folder) == []
    assert colleagues_ledger.read_bytes() == before
