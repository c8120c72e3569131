"""Write docs/screenshots/main_zh.png and main_en.png: the main window with preset C, mid-run.

    python tools/screenshots.py [--out docs/screenshots] [--width 1600 --height 1000]

Runs offscreen unless QT_QPA_PLATFORM is set; never touches the user's settings.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--out", default=str(ROOT / "docs" / "screenshots"))
    ap.add_argument("--width", type=int, default=1600)
    ap.add_argument("--height", type=int, default=1000)
    ap.add_argument("--preset", default="case_c")
    args = ap.parse_args(argv)

    from PySide6.QtCore import QSettings, QStandardPaths

    QStandardPaths.setTestModeEnabled(True)
    tmp = tempfile.mkdtemp(prefix="collabsim-shots-")
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, tmp)

    from collabsim import presets
    from collabsim.gui.app import create_application
    from collabsim.gui.common import i18n
    from collabsim.gui.main_window import MainWindow

    app = create_application([])
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    for lang, name in (("zh_CN", "main_zh.png"), ("en", "main_en.png")):
        i18n.install_language(lang)
        window = MainWindow(presets.load_preset(args.preset))
        window._force_close = True
        window.resize(args.width, args.height)
        window.show()
        window.controller.run_to_end()
        window.controller.seek(window.scenario().task.horizon // 2)
        for _ in range(20):
            app.processEvents()
        window.controller.draw_now()
        app.processEvents()
        path = out / name
        window.grab().save(str(path))
        print(f"wrote {path}")
        window.close()
        window.deleteLater()
        app.processEvents()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
