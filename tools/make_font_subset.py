"""Build resources/fonts/NotoSansSC-Subset.otf, the CJK font collabsim ships (SIL OFL 1.1).

Why: on a fresh Linux machine (and in offscreen tests) Qt finds no CJK font and draws Chinese
text as boxes. We ship the Simplified-Chinese face of Noto Sans CJK (Adobe/Google, OFL 1.1),
cut down to what the interface needs so the file stays a few MB:

- every character of GB2312 (6,763 hanzi plus its punctuation, kana, Greek, Cyrillic, symbols);
- Basic Latin, Latin-1, general punctuation, arrows, a few math signs and geometric symbols,
  CJK symbols and punctuation, full-width forms;
- every non-ASCII character found in the text files under resources/, collabsim/, docs/ and any
  ``--extra`` folder (e.g. the article's notes), so names of the article's cases always render.

How it was made (Debian 12, fonttools 4.68; fonttools is a build tool only, not a runtime
dependency)::

    apt-get update && apt-get install -y fonts-noto-cjk
    .venv/bin/pip install fonttools
    .venv/bin/python tools/make_font_subset.py --extra /work/shared/theory

Re-run it after adding Chinese text with characters outside GB2312 to resources/. The
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
    (0x0020, 0x007E), (0x00A0, 0x00FF), (0x2000, 0x206F), (0x2190, 0x21FF), (0x2212, 0x2212),
    (0x2260, 0x2265), (0x25A0, 0x25FF), (0x2605, 0x2606), (0x2713, 0x2717), (0x3000, 0x303F),
    (0xFF00, 0xFFEF),
)


def gb2312_characters() -> set[str]:
    """Every character encoded in GB2312 (rows 0xA1-0xF7, cells 0xA1-0xFE)."""
    chars = set()
    for row in range(0xA1, 0xF8):
        for cell in range(0xA1, 0xFF):
            try:
                chars.add(bytes((row, cell)).decode("gb2312"))
            except UnicodeDecodeError:
                pass
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
    wanted = gb2312_characters()
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
