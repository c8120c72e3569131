"""The experiment windows of a main window: Compare, Sweep, policy-design search, configurations.

:class:`ExperimentTools` adds their entries to the window's Compare menu, creates each window
on first use (a separate top-level window owned by the main window, titled with the document's
name), opens the scenarios they ask for in new main windows (one more document each, unsaved)
and stops their work when the main window closes.
"""

from __future__ import annotations

import shiboken6
from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QGuiApplication
from PySide6.QtWidgets import QMenu, QVBoxLayout, QWidget

from collabsim.gui.common import i18n
from collabsim.scenario import LocalText, Scenario


class ToolWindow(QWidget):
    """A panel in its own window; closing it stops the panel's work (bounded wait)."""

    def __init__(self, panel: QWidget, parent: QWidget) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.panel = panel
        lay = QVBoxLayout(self)
        lay.setContentsMargins(6, 6, 6, 6)
        lay.addWidget(panel)
        self.resize(1180, 760)

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        self.panel.stop()
        event.accept()


class ExperimentTools(QObject):
    KINDS = ("compare", "sweep", "search", "configurations")

    def __init__(self, window, menu: QMenu, new_window) -> None:
        """``new_window(scenario)`` makes another main window (passed in: this package sits
        below the main window and must not import it)."""
        super().__init__(window)
        self.window = window
        self.new_window = new_window
        self.windows: dict[str, ToolWindow] = {}
        self.opened: list[QWidget] = []  # main windows opened from a sweep cell or a design
        menu.addSeparator()
        self.actions: dict[str, QAction] = {}
        for kind in self.KINDS:
            act = QAction(window)
            act.triggered.connect(lambda _=False, k=kind: self.show(k))
            menu.addAction(act)
            self.actions[kind] = act
        i18n.notifier().language_changed.connect(self.retranslate_ui)
        window.document.path_changed.connect(lambda _p: self.retranslate_ui())
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        texts = {
            "compare": self.tr("Compare scenarios side by side…"),
            "sweep": self.tr("Sweep one or two levers…"),
            "search": self.tr("Policy-design search…"),
            "configurations": self.tr("Configurations (truth table)…"),
        }
        for kind, act in self.actions.items():
            act.setText(texts[kind])
        name = self.window.document.title(i18n.short_code()) or self.tr("Untitled")
        titles = {
            "compare": self.tr("Compare — {0}"),
            "sweep": self.tr("Sweep — {0}"),
            "search": self.tr("Policy-design search — {0}"),
            "configurations": self.tr("Configurations — {0}"),
        }
        for kind, win in self.windows.items():
            win.setWindowTitle(titles[kind].format(name) + " — collabsim")

    def panel(self, kind: str) -> QWidget:
        """The panel of ``kind``, created on first use."""
        if kind not in self.windows:
            doc = self.window.document
            if kind == "compare":
                from collabsim.gui.experiments.compare import ComparePanel

                panel = ComparePanel(doc)
            elif kind == "sweep":
                from collabsim.gui.experiments.sweep import SweepPanel

                panel = SweepPanel(doc)
            else:
                from collabsim.gui.experiments.search import ConfigurationsPanel, SearchPanel

                panel = SearchPanel(doc) if kind == "search" else ConfigurationsPanel(doc)
            if hasattr(panel, "open_requested"):
                panel.open_requested.connect(self.open_scenario)
            self.windows[kind] = ToolWindow(panel, self.window)
            self.retranslate_ui()
        return self.windows[kind].panel

    def show(self, kind: str) -> ToolWindow:
        self.panel(kind)
        win = self.windows[kind]
        win.show()
        if QGuiApplication.platformName() != "offscreen":  # offscreen warns that it cannot raise
            win.raise_()
            win.activateWindow()
        return win

    def open_scenario(self, scenario: Scenario, title: LocalText | str) -> QWidget:
        """A new main window (a new, unsaved document) showing ``scenario``, its title followed by
        ``title`` (in each language: it follows a later switch)."""
        old, title = scenario.meta.title, LocalText(title, title) if isinstance(title, str) else title
        named = scenario.with_changes(
            "meta.title",
            LocalText(zh=f"{old.zh or old.en}（{title.zh}）", en=f"{old.en or old.zh} ({title.en})"),
        )
        win = self.new_window(named)
        win.document.load(named, None, modified=True)
        win.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        win.destroyed.connect(lambda _=None, w=win: self.opened.remove(w) if w in self.opened else None)
        self.opened.append(win)
        win.show()
        return win

    def shutdown(self) -> None:
        """Stop every panel's work (the main window is closing)."""
        for win in self.windows.values():
            if shiboken6.isValid(win):  # Qt may have deleted it with its parent already
                win.panel.stop()
                win.close()
