"""Run by tests/test_gui_fit.py in a subprocess (one per display scale): does the window fit?

    QT_SCALE_FACTOR=1.5 python tests/fit_checker.py SCREENS_JSON OUT_JSON

The offscreen platform gets one screen per size (from SCREENS_JSON); the window is put on each
in turn and fitted as at a first start. For each screen it writes what does not fit: the window
outside the screen, a minimum size larger than the screen, a dock whose contents overflow it
without scrolling, a chart squeezed below a usable size. With two or more screens it also opens
the presentation and reports which screen it went to and its smallest text.
"""

from __future__ import annotations

import json
import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SIDEWAYS_BELOW = 600  # logical pixels: narrower windows may scroll the centre sideways
sys.path.insert(0, str(ROOT))


def dock_problems(dock) -> list[str]:
    """What does not fit in ``dock``: contents outside it, a minimum size it cannot give without
    scrolling, a scroll area inside it whose contents are wider than its view and cannot scroll."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QAbstractScrollArea, QScrollArea

    out = []
    name = dock.objectName()
    content = dock.widget()
    if not dock.rect().contains(content.geometry()):
        out.append(f"{name}: contents {content.geometry().getRect()} outside {dock.rect().getRect()}")
    need = content.minimumSizeHint()
    if not isinstance(content, QAbstractScrollArea) and (
            need.width() > content.width() + 1 or need.height() > content.height() + 1):
        out.append(f"{name}: needs {need.width()}x{need.height()}, has {content.width()}x"
                   f"{content.height()} and does not scroll")
    areas = [content] if isinstance(content, QScrollArea) else []
    for area in areas + content.findChildren(QScrollArea):
        inner = area.widget()
        sideways_ok = (area.horizontalScrollBarPolicy() != Qt.ScrollBarPolicy.ScrollBarAlwaysOff
                       and dock.window().width() < SIDEWAYS_BELOW)
        if (inner is not None and area.isVisible() and not sideways_ok
                and inner.width() > area.viewport().width() + 1):
            out.append(f"{name}: {area.objectName() or type(area).__name__} contents {inner.width()} "
                       f"px wide in a {area.viewport().width()} px view")
    return out


def main(screens_json: str, out_json: str) -> int:
    from PySide6.QtCore import QRect, QSettings, QStandardPaths
    from PySide6.QtWidgets import (
        QAbstractButton,
        QDockWidget,
        QLabel,
        QWidget,
    )

    QStandardPaths.setTestModeEnabled(True)
    tmp = tempfile.mkdtemp(prefix="collabsim-fit-")
    for fmt in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(fmt, QSettings.Scope.UserScope, tmp)

    from collabsim import presets
    from collabsim.gui.app import create_application
    from collabsim.gui.classroom.fit import mode_for
    from collabsim.gui.common import i18n
    from collabsim.gui.main_window import MainWindow

    app = create_application([])
    i18n.install_language(os.environ.get("COLLABSIM_FIT_LANGUAGE", "zh_CN"))
    window = MainWindow(presets.load_preset("case_c"))
    window._force_close = True
    window.show()
    window.classroom.open_story("case_c")  # the story panel full: a step's passage, the
    window.controller.wait()  # question, the changes it makes and the buttons
    for _ in range(3):
        window.classroom.player.next()
        window.controller.wait()
    report = {"screens": []}
    screens = app.screens()
    for screen in screens:
        avail = screen.availableGeometry()
        window.windowHandle().setScreen(screen)
        window.setGeometry(QRect(avail.topLeft(), window.size().boundedTo(avail.size())))
        for _ in range(3):
            app.processEvents()  # the move to the other screen settles first
        window.classroom.room.fit.mode = "standard"  # as at a first start on this screen
        window.classroom.room.fit.fit_to_screen(restored=False)
        for _ in range(5):
            app.processEvents()
        window.controller.draw_now()
        app.processEvents()
        problems = []
        geo = window.frameGeometry()
        if not avail.contains(geo):
            problems.append(f"window {geo.getRect()} outside the screen {avail.getRect()}")
        hint = window.minimumSizeHint().expandedTo(window.minimumSize())
        if hint.width() > avail.width() or hint.height() > avail.height():
            problems.append(f"minimum size {hint.width()}x{hint.height()} larger than the screen")
        docks = window.findChildren(QDockWidget)
        for dock in docks:  # each dock in front in turn (a tab behind another is checked too)
            if dock.isHidden():
                continue
            dock.raise_()
            for _ in range(2):
                app.processEvents()
            problems += dock_problems(dock)
        window.start_dock.raise_()
        app.processEvents()
        centre = window.centralWidget()  # it scrolls down, never sideways (a cut-off timeline),
        # except in a window narrower than the side column and the centre's minimum together
        # (1024x768 at 200 %: 512 logical pixels)
        if centre.widget().width() > centre.viewport().width() + 1 and window.width() >= SIDEWAYS_BELOW:
            problems.append(f"the centre is {centre.widget().width()} px wide in a "
                            f"{centre.viewport().width()} px view")
        for key, chart in window.plots.charts.items():
            size = chart.plot.size()
            if size.width() < 150 or size.height() < 90:
                problems.append(f"chart {key} squeezed to {size.width():.0f}x{size.height():.0f}")
        report["screens"].append({
            "name": screen.name(), "logical": [avail.width(), avail.height()],
            "window": [window.width(), window.height()], "min": [hint.width(), hint.height()],
            "mode": window.classroom.room.fit.mode, "expected_mode": mode_for(window.width()),
            "problems": problems})
    if len(screens) > 1:
        window.windowHandle().setScreen(screens[0])
        window.move(screens[0].availableGeometry().topLeft())
        app.processEvents()
        p = window.classroom.room.present()
        for _ in range(5):
            app.processEvents()
        smallest = min((w.font().pointSizeF() for w in p.findChildren(QWidget)
                        if isinstance(w, (QLabel, QAbstractButton)) and w.isVisible() and w.text()),
                       default=0.0)
        report["presentation"] = {
            "screen": p.screen().name(), "window_screen": window.screen().name(),
            "geometry": list(p.geometry().getRect()),
            "screen_geometry": list(p.screen().geometry().getRect()),
            "full_screen": bool(p.isFullScreen()), "smallest_pt": smallest,
            "ratio": p.screen().devicePixelRatio(),
            "min": [p.minimumSizeHint().width(), p.minimumSizeHint().height()],
            "main_window_visible": window.isVisible()}
        p.close()
        app.processEvents()
    Path(out_json).write_text(json.dumps(report, indent=1), encoding="utf-8")
    window.controller.shutdown()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1], sys.argv[2]))
