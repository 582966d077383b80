"""The version comes from pyproject.toml through the installed metadata, read without importing
importlib.metadata (start-up time); it must be the same answer."""

from __future__ import annotations

import importlib.metadata
import tomllib
from pathlib import Path

import dealer_app

ROOT = Path(__file__).resolve().parents[1]


def test_the_version_is_what_importlib_metadata_and_pyproject_say():
    pyproject = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    assert dealer_app.__version__ == importlib.metadata.version("dealer-app")
    assert dealer_app.__version__ == pyproject["project"]["version"]


def test_the_version_line_is_read_from_the_metadata_headers(tmp_path: Path):
    meta = tmp_path / "METADATA"
    meta.write_text(
        "Metadata-Version: 2.1\nName: dealer-app\nVersion: 1.2.3\n\nVersion: 9.9.9 in the text\n",
        encoding="utf-8",
    )
    assert dealer_app._metadata_version(str(meta)) == "1.2.3"
    meta.write_text("Name: dealer-app\n\nVersion: 9.9.9\n", encoding="utf-8")
    assert dealer_app._metadata_version(str(meta)) is None
    assert dealer_app._metadata_version(str(tmp_path / "missing")) is None
