"""Update the translation catalogues: lupdate over the GUI sources, then lrelease to .qm.

    python tools/update_translations.py          # update .ts, fill English, compile .qm
    python tools/update_translations.py --check  # exit 1 when a .ts or .qm is out of date
    python tools/update_translations.py --adopt REV [REV ...]
        # also take Chinese translations that these git revisions have for strings
        # still unfinished here (after a merge conflict in a .ts: keep either side, then adopt
        # the other side's translations, e.g. --adopt ORIG_HEAD MERGE_HEAD; after moving a
        # string to another class: --adopt HEAD, a string found under another context is taken)

Source strings are English. collabsim_en.ts gets every translation equal to its source (so no
entry is "unfinished"); collabsim_zh_CN.ts is translated by hand (Qt Linguist or an editor):
new strings appear there as type="unfinished" until translated. The compiled .qm files are
committed, so a fresh clone has them.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
I18N = ROOT / "resources" / "i18n"
LANGS = ("zh_CN", "en")


def tool(name: str) -> str:
    here = Path(sys.executable).parent / name
    found = str(here) if here.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found (install PySide6-Essentials)")
    return found


def sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "collabsim" / "gui").rglob("*.py"))


def lupdate(ts: Path, lang: str) -> None:
    cmd = [tool("pyside6-lupdate"), *sources(), "-no-obsolete", "-locations", "none",
           "-source-language", "en", "-target-language", lang, "-ts", str(ts)]
    subprocess.run(cmd, cwd=ROOT, check=True, capture_output=True)


def fill_english(ts: Path) -> None:
    """In the English catalogue every translation is its source text."""
    tree = ET.parse(ts)
    for msg in tree.iter("message"):
        tr = msg.find("translation")
        tr.text = msg.findtext("source")
        tr.attrib.pop("type", None)
    _write(tree, ts)


def _write(tree: ET.ElementTree, ts: Path) -> None:
    body = ET.tostring(tree.getroot(), encoding="unicode")
    ts.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n",
                  encoding="utf-8")


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)],
                   cwd=ROOT, check=True, capture_output=True)


def update(folder: Path = I18N) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for lang in LANGS:
        ts = folder / f"collabsim_{lang}.ts"
        lupdate(ts, lang)
        if lang == "en":
            fill_english(ts)
        lrelease(ts, folder / f"collabsim_{lang}.qm")


def known_translations(revs: list[str], lang: str = "zh_CN") -> dict[tuple[str, str], str]:
    """(context, source) -> finished translation, from the catalogue as it is at each git revision."""
    known: dict[tuple[str, str], str] = {}
    rel = f"resources/i18n/collabsim_{lang}.ts"
    for rev in revs:
        out = subprocess.run(["git", "show", f"{rev}:{rel}"], cwd=ROOT, capture_output=True)
        if out.returncode != 0:
            raise SystemExit(f"cannot read {rel} at {rev}: {out.stderr.decode(errors='replace').strip()}")
        root = ET.fromstring(out.stdout)
        for ctx in root.iter("context"):
            name = ctx.findtext("name")
            for msg in ctx.iter("message"):
                tr = msg.find("translation")
                if tr is not None and tr.text and tr.get("type") is None:
                    known.setdefault((name, msg.findtext("source")), tr.text)
    return known


def adopt(revs: list[str], lang: str = "zh_CN") -> int:
    """Fill unfinished entries of the working catalogue from ``revs``; returns how many.

    The same (context, source) is taken first; failing that, the same source under another
    context (a string that moved to another class or module)."""
    known = known_translations(revs, lang)
    by_source: dict[str, str] = {}
    for (_ctx, source), text in known.items():
        by_source.setdefault(source, text)
    ts = I18N / f"collabsim_{lang}.ts"
    tree = ET.parse(ts)
    filled = 0
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name")
        for msg in ctx.iter("message"):
            tr = msg.find("translation")
            source = msg.findtext("source")
            text = known.get((name, source)) or by_source.get(source)
            if tr.get("type") == "unfinished" and text:
                tr.text = text
                tr.attrib.pop("type", None)
                filled += 1
    if filled:
        _write(tree, ts)
        lupdate(ts, lang)  # back to lupdate's own layout, so --check stays quiet
        lrelease(ts, I18N / f"collabsim_{lang}.qm")
    return filled


def check() -> list[str]:
    """Names of catalogue files that differ from a fresh update (sources unchanged)."""
    stale = []
    with tempfile.TemporaryDirectory() as tmp:
        tmpdir = Path(tmp)
        for f in I18N.glob("collabsim_*.ts"):
            shutil.copy(f, tmpdir / f.name)
        update(tmpdir)
        for f in sorted(tmpdir.iterdir()):
            committed = I18N / f.name
            if not committed.exists() or committed.read_bytes() != f.read_bytes():
                stale.append(f.name)
    return stale


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--check", action="store_true", help="only report out-of-date catalogues")
    ap.add_argument("--adopt", nargs="+", metavar="REV",
                    help="also take Chinese translations from the catalogue at these git revisions")
    args = ap.parse_args(argv)
    if args.check:
        stale = check()
        for name in stale:
            print(f"out of date: resources/i18n/{name}")
        return 1 if stale else 0
    update()
    if args.adopt:
        print(f"adopted {adopt(args.adopt)} translation(s) from {', '.join(args.adopt)}")
    for lang in LANGS:
        tree = ET.parse(I18N / f"collabsim_{lang}.ts")
        todo = [m for m in tree.iter("message") if m.find("translation").get("type") == "unfinished"]
        total = sum(1 for _ in tree.iter("message"))
        print(f"collabsim_{lang}.ts: {total} strings, {len(todo)} unfinished")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
