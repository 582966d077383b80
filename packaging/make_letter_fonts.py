"""Make the letters' fallback fonts for rare Chinese characters (a build step, run by hand).

    apt-get download fonts-hanazono fonts-babelstone-han     # Debian bookworm
    python packaging/make_letter_fonts.py --hanazono DIR --babelstone DIR

WenQuanYi Micro Hei (the letter font) covers the common CJK Unified Ideographs but only 2 of
the 6,592 of Extension A and none beyond: names written with 𠮷, 䶮, 𫖯 or 𬭚 would print with
gaps. This script takes, in order, the Han characters the fonts before it lack from

  HanaMinA (fonts-hanazono; Extension A, part of B)          -> resources/fonts/dd-han-a.ttf
  HanaMinB (fonts-hanazono; Extensions B to F)               -> resources/fonts/dd-han-b.ttf
  BabelStone Han (fonts-babelstone-han; part of Extension G) -> resources/fonts/dd-han-g.ttf

subsets each to those characters (no layout tables, no hinting: reportlab uses neither), renames
it (the subset is a derived font) and writes `letter-fonts.json`: the code points each font of
the chain covers, as ranges. The letters read that file to choose a font per character, and to
refuse a letter holding a character no font has, without opening the big fonts. Licences:
Hanazono fonts under the Hanazono Font License, BabelStone Han under the Arphic Public License
(copied beside the fonts). Needs fontTools (pip install fonttools); the application does not.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FONTS = ROOT / "resources" / "fonts"
PRIMARY = ("WQYMicroHei", "wqy-microhei.ttc")
CHAIN = (
    ("DDHanA", "dd-han-a.ttf", "hanazono", "HanaMinA.ttf"),
    ("DDHanB", "dd-han-b.ttf", "hanazono", "HanaMinB.ttf"),
    ("DDHanG", "dd-han-g.ttf", "babelstone", "BabelStoneHan.ttf"),
)
#: Blocks of Han characters (radicals, strokes, ideographs, compatibility ideographs).
HAN_BLOCKS = (
    (0x2E80, 0x2FDF), (0x2FF0, 0x2FFF), (0x31C0, 0x31EF), (0x3400, 0x4DBF), (0x4E00, 0x9FFF),
    (0xF900, 0xFAFF), (0x20000, 0x3FFFF),
)  # fmt: skip


def ranges(codes: set[int]) -> list[list[int]]:
    out: list[list[int]] = []
    for c in sorted(codes):
        if out and out[-1][1] == c - 1:
            out[-1][1] = c
        else:
            out.append([c, c])
    return out


def main() -> None:
    from fontTools import subset
    from fontTools.ttLib import TTFont

    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--hanazono", type=Path, required=True, help="folder of HanaMinA/B.ttf")
    parser.add_argument("--babelstone", type=Path, required=True, help="folder of BabelStoneHan")
    args = parser.parse_args()
    sources = {"hanazono": args.hanazono, "babelstone": args.babelstone}

    have = set(TTFont(FONTS / PRIMARY[1], fontNumber=0, lazy=True).getBestCmap())
    coverage = {PRIMARY[0]: {"file": PRIMARY[1], "ranges": ranges(have)}}
    for name, out_file, source, source_file in CHAIN:
        font = TTFont(sources[source] / source_file)
        wanted = sorted(
            c
            for c in font.getBestCmap()
            if c not in have and any(a <= c <= b for a, b in HAN_BLOCKS)
        )
        options = subset.Options()
        options.layout_features = []
        options.hinting = False
        options.notdef_outline = True
        options.drop_tables += ["GSUB", "GPOS", "GDEF", "vhea", "vmtx", "VORG", "FFTM", "meta"]
        subsetter = subset.Subsetter(options)
        subsetter.populate(unicodes=wanted)
        subsetter.subset(font)
        names = font["name"]
        for rec in list(names.names):
            if rec.nameID in (1, 3, 4, 6, 16, 17):
                names.removeNames(nameID=rec.nameID)
        family = f"Dealer Desk Han {name[-1]} (from {Path(source_file).stem})"
        names.setName(family, 1, 3, 1, 0x409)
        names.setName("Regular", 2, 3, 1, 0x409)
        names.setName(f"{name};subset", 3, 3, 1, 0x409)
        names.setName(family, 4, 3, 1, 0x409)
        names.setName(name, 6, 3, 1, 0x409)
        font.save(FONTS / out_file)
        have |= set(wanted)
        coverage[name] = {"file": out_file, "ranges": ranges(set(wanted))}
        print(
            f"{out_file}: {len(wanted):,} characters, {(FONTS / out_file).stat().st_size:,} bytes"
        )
    (FONTS / "letter-fonts.json").write_text(
        json.dumps(coverage, separators=(",", ":")) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    main()
