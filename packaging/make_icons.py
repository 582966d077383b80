"""Regenerate the application icon files from their SVG sources.

    python packaging/make_icons.py

Sources (edit these, never the generated files):
  resources/icons/dealer-desk.svg        the mark, drawn for 48 px and up
  resources/icons/dealer-desk-small.svg  the same mark redrawn for 16-32 px (one bar, heavier
                                         strokes, three scallops), so the small sizes stay legible
  resources/letterhead/dealer-desk-mark.svg  a one-colour (navy) mark for printed matter

Generated:
  resources/icons/dealer-desk-<N>.png  N = 16 24 32 48 64 128 256 512
  resources/icons/dealer-desk.ico      Windows: 16 24 32 48 64 128 256 in one file
  resources/icons/dealer-desk.icns     macOS: 16 32 64 128 256 512 1024 (Pillow writes ICNS)
  resources/letterhead/dealer-desk-mark-600.png  the print mark at 600 px

The SVGs are rendered with Qt's own SVG renderer (QtSvg ships in PySide6-Essentials), so the
build needs nothing beyond the project's dependencies and Pillow, and nothing is downloaded.
A build script, not part of the application: it may import PySide6 outside dealer_app/ui/.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"
LETTERHEAD = ROOT / "resources" / "letterhead"

MAIN_SVG = ICONS / "dealer-desk.svg"
SMALL_SVG = ICONS / "dealer-desk-small.svg"
MARK_SVG = LETTERHEAD / "dealer-desk-mark.svg"

PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
SMALL_UP_TO = 32  # sizes up to this one come from SMALL_SVG
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
ICNS_SIZES = (16, 32, 64, 128, 256, 512, 1024)


def png_path(size: int) -> Path:
    return ICONS / f"dealer-desk-{size}.png"


def _qt():  # noqa: ANN202 - lazily imported Qt classes
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    return app, Qt, QImage, QPainter, QSvgRenderer


def render_svg(svg: Path, size: int, out: Path) -> Path:
    """Render `svg` to a square `size` px PNG with a transparent background."""
    _app, Qt, QImage, QPainter, QSvgRenderer = _qt()
    renderer = QSvgRenderer(str(svg))
    if not renderer.isValid():
        raise SystemExit(f"not a valid SVG: {svg}")
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    renderer.render(painter)
    painter.end()
    out.parent.mkdir(parents=True, exist_ok=True)
    if not image.save(str(out), "PNG"):
        raise SystemExit(f"could not write {out}")
    return out


def _source_for(size: int) -> Path:
    return SMALL_SVG if size <= SMALL_UP_TO else MAIN_SVG


def make_pngs() -> list[Path]:
    return [render_svg(_source_for(s), s, png_path(s)) for s in PNG_SIZES]


def make_ico() -> Path:
    from PIL import Image

    images = [Image.open(png_path(s)).convert("RGBA") for s in ICO_SIZES]
    out = ICONS / "dealer-desk.ico"
    # The largest image is the base; append_images hands Pillow our own renders of every other
    # size, so the small sizes are the hand-tuned drawing, not a downscale of the 256 one.
    images[-1].save(out, format="ICO", sizes=[(s, s) for s in ICO_SIZES], append_images=images[:-1])
    return out


def make_icns(tmp: Path) -> Path:
    from PIL import Image

    images = []
    for s in ICNS_SIZES:
        path = png_path(s) if s in PNG_SIZES else render_svg(MAIN_SVG, s, tmp / f"icns-{s}.png")
        images.append(Image.open(path).convert("RGBA"))
    out = ICONS / "dealer-desk.icns"
    images[-1].save(out, format="ICNS", append_images=images[:-1])
    return out


def make_mark() -> Path:
    return render_svg(MARK_SVG, 600, LETTERHEAD / "dealer-desk-mark-600.png")


def main() -> int:
    import tempfile

    written = make_pngs()
    written.append(make_ico())
    with tempfile.TemporaryDirectory() as tmp:
        written.append(make_icns(Path(tmp)))
    written.append(make_mark())
    for path in written:
        print(f"{path.relative_to(ROOT)}  {path.stat().st_size:,} bytes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
