"""Write docs/screenshots/story_step_{zh,en}.png and presentation_{zh,en}.png at 1280x800.

    python tools/screenshots_classroom.py [--out docs/screenshots] [--story case_c] [--step 2]

A story step in the main window (the story panel beside the run) and the same step in
presentation mode, on a 1280x800 screen (a common classroom projector), in Chinese and English.
Runs on Qt's offscreen platform with one 1280x800 screen unless QT_QPA_PLATFORM is set (then on
that display: Xvfb for a look with a real window manager); never touches the user's settings.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def _settle(app, window, rounds: int = 20) -> None:
    for _ in range(rounds):
        app.processEvents()
    window.controller.wait()
    window.controller.draw_now()
    app.processEvents()


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    ap.add_argument("--story", default="case_c")
    ap.add_argument("--step", type=int, default=2, help="how many times Next is pressed")
    ap.add_argument("--width", type=int, default=1280)
    ap.add_argument("--height", type=int, default=800)
    args = ap.parse_args(argv)
    tmp = tempfile.mkdtemp(prefix="collabsim-shots-")
    if "QT_QPA_PLATFORM" not in os.environ:
        screen = {"name": f"{args.width}x{args.height}", "x": 0, "y": 0, "width": args.width,
                  "height": args.height, "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}
        config = Path(tmp) / "screen.json"
        config.write_text(json.dumps({"screens": [screen]}), encoding="utf-8")
        os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={config}"

    from PySide6.QtCore import QSettings, QStandardPaths

    QStandardPaths.setTestModeEnabled(True)
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, tmp)

    from collabsim import presets
    from collabsim.gui.app import create_application
    from collabsim.gui.common import i18n
    from collabsim.gui.main_window import MainWindow

    app = create_application([])
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for lang, suffix in (("zh_CN", "zh"), ("en", "en")):
        i18n.install_language(lang)
        window = MainWindow(presets.load_preset("default"))
        window._force_close = True
        window.show()
        window.classroom.open_story(args.story)
        _settle(app, window)
        for _ in range(args.step):
            window.classroom.player.next()
            _settle(app, window)
        c = window.controller
        c.run_to_end()
        c.seek(int(window.scenario().task.horizon * 0.75))
        _settle(app, window)
        path = out / f"story_step_{suffix}.png"
        window.grab().save(str(path))
        print(f"wrote {path} ({window.width()}x{window.height()})")
        p = window.classroom.room.present()
        _settle(app, window, 40)
        path = out / f"presentation_{suffix}.png"
        p.grab().save(str(path))
        print(f"wrote {path} ({p.width()}x{p.height()})")
        p.close()
        c.shutdown()
        window.close()
        window.deleteLater()
        app.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
