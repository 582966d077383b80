"""The packaging sources, checked without building anything (fast, always run)."""

from __future__ import annotations

import configparser
import importlib.util
from importlib.metadata import PathDistribution
from pathlib import Path

import pytest
from PIL import Image

ROOT = Path(__file__).resolve().parents[2]
ICONS = ROOT / "resources" / "icons"


def _load(name: str):  # noqa: ANN202
    spec = importlib.util.spec_from_file_location(
        f"packaging_{name}", ROOT / "packaging" / f"{name}.py"
    )
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


build = _load("build")
entry = _load("entry")


@pytest.mark.parametrize("size", [16, 24, 32, 48, 64, 128, 256, 512])
def test_every_png_size_is_there_square_and_transparent_outside_the_tile(size):
    image = Image.open(ICONS / f"dealer-desk-{size}.png")
    assert image.size == (size, size)
    assert image.mode == "RGBA"
    assert image.getpixel((0, 0))[3] == 0  # rounded corner


def test_ico_holds_the_hand_drawn_small_sizes():
    ico = Image.open(ICONS / "dealer-desk.ico")
    assert ico.info["sizes"] == {(s, s) for s in (16, 24, 32, 48, 64, 128, 256)}
    ico.size = (16, 16)
    ico.load()
    assert ico.convert("RGBA").tobytes() == Image.open(ICONS / "dealer-desk-16.png").tobytes()


def test_icns_is_there():
    assert Image.open(ICONS / "dealer-desk.icns").size == (1024, 1024)


@pytest.mark.parametrize(
    ("executable", "gui"),
    [
        ("/opt/DealerDesk/dealer-desk", True),
        (r"C:\Program Files\Dealer Desk\dealer-desk.exe", True),
        ("/Applications/Dealer Desk.app/Contents/MacOS/dealer-desk", True),
        ("/opt/DealerDesk/dealer-app", False),
        (r"C:\Dealer Desk\dealer-app.exe", False),
        ("/usr/bin/python3", False),
    ],
)
def test_the_executable_name_picks_gui_or_command_line(executable, gui):
    # Windows paths are only names here: Path() on Linux keeps them whole, so test the stem.
    name = executable.replace("\\", "/")
    assert entry.is_gui_executable(name) is gui


def test_bundle_metadata_carries_the_pyproject_version(tmp_path):
    version = build.project_version()
    info = build.write_dist_info(tmp_path, version)
    assert info.name == f"dealer_app-{version}.dist-info"
    dist = PathDistribution(info)
    assert (dist.metadata["Name"], dist.version) == ("dealer-app", version)


def test_desktop_entry_names_the_gui_and_the_icon():
    parser = configparser.ConfigParser(interpolation=None)
    parser.optionxform = str
    parser.read(ROOT / "packaging" / "linux" / "dealer-desk.desktop", encoding="utf-8")
    entry_ = parser["Desktop Entry"]
    assert entry_["Type"] == "Application"
    assert entry_["Exec"] == "dealer-desk"
    assert entry_["Icon"] == "dealer-desk"
    assert entry_["StartupWMClass"] == "dealer-desk"
    assert entry_["Name[zh_CN]"]


def test_platform_tag_names_system_and_machine():
    system, machine = build.platform_tag().split("-", 1)
    assert system in {"linux", "windows", "macos"}
    assert machine
