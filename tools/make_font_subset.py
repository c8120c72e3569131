"""Build resources/fonts/NotoSansSC-Subset.otf, the CJK font collabsim ships (SIL OFL 1.1).

Why: on a fresh Linux machine (and in offscreen tests) Qt finds no CJK font and draws Chinese
text as boxes. We ship the Simplified-Chinese face of Noto Sans CJK (Adobe/Google, OFL 1.1),
cut down to the characters people type in Chinese names and texts (about 30,000; 11.7 MB):

- every character of GB18030's two-byte region (= GBK: all 20,902 CJK Unified Ideographs, so
  GB2312's level-1 and level-2 hanzi and the name characters outside it such as 镕 喆 昇 珺,
  plus GB2312's punctuation, kana, Greek, Cyrillic and symbols) and CJK Extension A (GB18030's
  four-byte hanzi of implementation level 1), as far as the font has them;
- the traditional forms used in Taiwan and Hong Kong names: every character of Big5 with the
  Hong Kong Supplementary Character Set (big5hkscs), including the few outside the BMP;
- Basic Latin, Latin-1, general punctuation, currency signs (€), letterlike symbols, arrows,
  a few math signs and geometric symbols, CJK symbols and punctuation, full-width forms;
- every non-ASCII character found in the text files under resources/, collabsim/, docs/ and any
  ``--extra`` folder (e.g. the article's notes), so names of the article's cases always render.

How it was made (Debian 12, fonttools 4.68; fonttools is a build tool only, not a runtime
dependency)::

    apt-get update && apt-get install -y fonts-noto-cjk
    .venv/bin/pip install fonttools
    .venv/bin/python tools/make_font_subset.py --extra /work/shared/theory

Re-run it after adding text with characters outside these sets to resources/. The
licence text is resources/fonts/OFL.txt. The family name inside the file stays
"Noto Sans CJK SC" (Noto is not a Reserved Font Name; Adobe's reserved name "Source" is unused).
"""

from __future__ import annotations

import argparse
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTCollection

ROOT = Path(__file__).resolve().parent.parent
SOURCE = Path("/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc")
FACE = "Noto Sans CJK SC"
OUTPUT = ROOT / "resources" / "fonts" / "NotoSansSC-Subset.otf"
TEXT_SUFFIXES = {".py", ".md", ".txt", ".ts", ".collabsim", ".json", ".html", ".toml", ".csv"}
RANGES = (
    (0x0020, 0x007E), (0x00A0, 0x00FF), (0x2000, 0x206F), (0x20A0, 0x20CF), (0x2190, 0x21FF),
    (0x2100, 0x214F), (0x2212, 0x2212),
    (0x2260, 0x2265), (0x25A0, 0x25FF), (0x2605, 0x2606), (0x2713, 0x2717), (0x3000, 0x303F),
    (0xFF00, 0xFFEF),
)


def two_byte_characters(codec: str, cells: list[int]) -> set[str]:
    """Every single character a two-byte codec encodes (lead bytes 0x81-0xFE)."""
    chars = set()
    for row in range(0x81, 0xFF):
        for cell in cells:
            try:
                text = bytes((row, cell)).decode(codec)
            except UnicodeDecodeError:
                continue
            if len(text) == 1:
                chars.add(text)
    return chars


def coverage() -> set[str]:
    """GB18030's two-byte region (GBK), CJK Extension A, Big5 with HKSCS."""
    chars = two_byte_characters("gbk", list(range(0x40, 0xFF)))
    chars |= two_byte_characters("big5hkscs", [*range(0x40, 0x7F), *range(0xA1, 0xFF)])
    chars |= {chr(u) for u in range(0x3400, 0x4DC0)}  # CJK Unified Ideographs Extension A
    return chars


def characters_in_files(folders: list[Path]) -> set[str]:
    chars: set[str] = set()
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in folder.rglob("*"):
            if path.is_file() and path.suffix in TEXT_SUFFIXES:
                try:
                    text = path.read_text(encoding="utf-8")
                except (UnicodeDecodeError, OSError):
                    continue
                chars.update(ch for ch in text if ord(ch) > 0x7E and ch.isprintable())
    return chars


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=SOURCE, help="NotoSansCJK-Regular.ttc")
    parser.add_argument("--output", type=Path, default=OUTPUT)
    parser.add_argument("--extra", type=Path, action="append", default=[],
                        help="another folder whose text files' characters to include")
    args = parser.parse_args(argv)

    collection = TTCollection(str(args.source))
    font = next(f for f in collection.fonts if f["name"].getDebugName(1) == FACE)
    wanted = coverage()
    wanted |= characters_in_files([ROOT / "resources", ROOT / "collabsim", ROOT / "docs", *args.extra])
    unicodes = {ord(ch) for ch in wanted}
    for lo, hi in RANGES:
        unicodes.update(range(lo, hi + 1))
    cmap = font.getBestCmap()
    present = sorted(u for u in unicodes if u in cmap)

    options = subset.Options()
    options.layout_features = ["*"]  # keep kerning, vertical forms, locl, etc.
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    options.hinting = False  # CFF hints add size; Qt renders well without them
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=present)
    subsetter.subset(font)
    font.recalcTimestamp = False  # keep the source's date: re-running gives the same bytes
    args.output.parent.mkdir(parents=True, exist_ok=True)
    font.save(str(args.output))
    size = args.output.stat().st_size
    print(f"{args.output}: {len(present)} characters, {size / 1e6:.2f} MB")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
