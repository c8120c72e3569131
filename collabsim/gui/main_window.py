"""The main window: assembles the panels, docks and menus (each panel is its own module).

Central area: collaboration form and key indicators, the playback bar, the live plots. Docks:
levers (left), department network (right), start page / model documentation / event log (bottom).
File handling lives in :mod:`collabsim.gui.document.files`.
"""

from __future__ import annotations

import importlib
from pathlib import Path

import shiboken6
from PySide6.QtCore import QByteArray, QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoStack
from PySide6.QtWidgets import QDockWidget, QFileDialog, QLabel, QMainWindow, QVBoxLayout, QWidget

from collabsim import presets
from collabsim.gui.common import i18n, labels
from collabsim.gui.controller import SimulationController
from collabsim.gui.document import export
from collabsim.gui.document.files import DocumentMixin, recent_files
from collabsim.gui.document.undo import ScenarioCommand
from collabsim.gui.levers import LeversPanel
from collabsim.gui.levers.texts import field_texts
from collabsim.gui.panels.explain import ExplainPanel
from collabsim.gui.panels.indicators import IndicatorsPanel
from collabsim.gui.panels.playback import PlaybackBar
from collabsim.gui.panels.plots import PlotsPanel
from collabsim.gui.panels.start_page import StartPage
from collabsim.scenario import Scenario


def optional_view(module: str, cls: str) -> QWidget | None:
    """An instance of a view from another engineer's module, or None while it does not exist."""
    try:
        mod = importlib.import_module(f"collabsim.gui.{module}")
        return getattr(mod, cls)()
    except (ImportError, AttributeError):
        return None


class MainWindow(DocumentMixin, QMainWindow):
    def __init__(self, scenario: Scenario | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        scenario = scenario or presets.default_scenario()
        self._scenario = scenario
        self._origin = scenario
        self._path: Path | None = None
        self._preset_name: str | None = "default"
        self._extra_modified = False
        self._force_close = False
        self.setObjectName("main_window")
        self.setAcceptDrops(True)
        self.controller = SimulationController(scenario, self)
        self.undo_stack = QUndoStack(self)
        self.undo_stack.cleanChanged.connect(self._on_clean_changed)
        self._build_central()
        self._build_docks()
        self._build_menus()
        self.levers.set_scenario(scenario)
        self.statusBar()
        self.busy_label = QLabel()
        self.statusBar().addPermanentWidget(self.busy_label)
        self.controller.busy_changed.connect(self._show_busy)
        self.controller.run_failed.connect(lambda m: self.statusBar().showMessage(m, 10000))
        self.controller.results_changed.connect(self._on_results)
        self.controller.position_changed.connect(self._on_position)
        self.resize(1600, 1000)
        self.retranslate_ui()
        self._restore_settings()
        self._install_services()

    # ------------------------------------------------------------------ building
    def _build_central(self) -> None:
        self.indicators = IndicatorsPanel(self.controller)
        self.playback = PlaybackBar(self.controller)
        self.plots = PlotsPanel(self.controller)
        central = QWidget()
        lay = QVBoxLayout(central)
        lay.setContentsMargins(4, 4, 4, 4)
        lay.addWidget(self.indicators)
        lay.addWidget(self.playback)
        lay.addWidget(self.plots, 1)
        self.setCentralWidget(central)
        for act in self.playback.actions_list:
            self.addAction(act)

    def _dock(self, name: str, widget: QWidget, area) -> QDockWidget:
        dock = QDockWidget(self)
        dock.setObjectName(f"dock_{name}")
        dock.setWidget(widget)
        self.addDockWidget(area, dock)
        return dock

    def _build_docks(self) -> None:
        L, R, B = (Qt.DockWidgetArea.LeftDockWidgetArea, Qt.DockWidgetArea.RightDockWidgetArea,
                   Qt.DockWidgetArea.BottomDockWidgetArea)
        self.levers = LeversPanel()
        self.levers.lever_changed.connect(self._on_lever)
        self.levers.departments_changed.connect(self._on_departments)
        self.levers.reset_requested.connect(self.reset_to_origin)
        self.levers_dock = self._dock("levers", self.levers, L)
        self.network = optional_view("network.view", "NetworkView") or QLabel()
        self.network.setMinimumWidth(380)
        self.network_dock = self._dock("network", self.network, R)
        self.start_page = StartPage()
        self.start_page.preset_chosen.connect(self.open_preset)
        self.start_page.open_requested.connect(self.file_open)
        self.start_dock = self._dock("start", self.start_page, R)
        self.docs = optional_view("panels.docs_view", "DocsView") or QLabel()
        self.docs_dock = self._dock("docs", self.docs, R)
        self.event_log = optional_view("panels.event_log", "EventLog") or QLabel()
        self.event_log_dock = self._dock("event_log", self.event_log, B)
        self.tabifyDockWidget(self.start_dock, self.docs_dock)
        self.tabifyDockWidget(self.docs_dock, self.event_log_dock)
        self.explain = ExplainPanel(self.controller)
        self.explain_dock = self._dock("explain", self.explain, R)
        self.tabifyDockWidget(self.event_log_dock, self.explain_dock)
        self.start_dock.raise_()
        self.resizeDocks([self.network_dock, self.start_dock], [680, 320], Qt.Orientation.Vertical)
        self.resizeDocks([self.levers_dock, self.network_dock], [380, 450], Qt.Orientation.Horizontal)

    def _action(self, menu, slot, shortcut=None) -> QAction:
        act = QAction(self)
        if shortcut is not None:
            act.setShortcut(shortcut)
        act.triggered.connect(slot)
        menu.addAction(act)
        return act

    def _build_menus(self) -> None:
        bar = self.menuBar()
        K = QKeySequence.StandardKey
        self.file_menu = bar.addMenu("")
        self.new_action = self._action(self.file_menu, self.file_new, K.New)
        self.open_action = self._action(self.file_menu, self.file_open, K.Open)
        self.recent_menu = self.file_menu.addMenu("")
        self.save_action = self._action(self.file_menu, self.file_save, K.Save)
        self.save_as_action = self._action(self.file_menu, self.file_save_as, K.SaveAs)
        self.file_menu.addSeparator()
        self.export_png_action = self._action(self.file_menu, lambda: self.export_plots("png"))
        self.export_svg_action = self._action(self.file_menu, lambda: self.export_plots("svg"))
        self.export_csv_action = self._action(self.file_menu, self.export_data)
        self.file_menu.addSeparator()
        self.quit_action = self._action(self.file_menu, self.close, K.Quit)
        self.edit_menu = bar.addMenu("")
        self.undo_action = self._action(self.edit_menu, self.undo_stack.undo, K.Undo)
        self.undo_action.setEnabled(False)
        self.undo_stack.canUndoChanged.connect(self.undo_action.setEnabled)
        self.redo_action = self._action(self.edit_menu, self.undo_stack.redo, K.Redo)
        self.redo_action.setEnabled(False)
        self.undo_stack.canRedoChanged.connect(self.redo_action.setEnabled)
        self.reset_action = self._action(self.edit_menu, self.reset_to_origin)
        self.presets_menu = bar.addMenu("")
        self.preset_actions = {}
        for name in presets.PRESET_NAMES:
            self.preset_actions[name] = self._action(
                self.presets_menu, lambda _=False, n=name: self.open_preset(n))
        self.playback_menu = bar.addMenu("")
        self.playback_menu.addActions(self.playback.actions_list)
        self.compare_menu = bar.addMenu("")
        self.pin_action = self._action(self.compare_menu, self.controller.pin_baseline, "Ctrl+B")
        self.clear_baseline_action = self._action(self.compare_menu, self.controller.clear_baseline)
        self.view_menu = bar.addMenu("")
        for dock in (self.levers_dock, self.network_dock, self.start_dock, self.docs_dock,
                     self.event_log_dock, self.explain_dock):
            self.view_menu.addAction(dock.toggleViewAction())
        self.language_menu = bar.addMenu("")
        group = QActionGroup(self)
        self.language_actions = {}
        for lang, text in (("zh_CN", "中文"), ("en", "English")):
            act = QAction(text, self, checkable=True)
            act.triggered.connect(lambda _=False, code=lang: self.set_language(code))
            group.addAction(act)
            self.language_menu.addAction(act)
            self.language_actions[lang] = act
        self.help_menu = bar.addMenu("")
        self.docs_action = self._action(self.help_menu, self._show_docs, K.HelpContents)
        self._rebuild_recent_menu()

    def _rebuild_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = recent_files()
        for path in files:
            act = self.recent_menu.addAction(Path(path).name)
            act.setToolTip(path)
            act.triggered.connect(lambda _=False, p=path: self.open_recent(p))
        self.recent_menu.setEnabled(bool(files))

    def _install_services(self) -> None:
        """Hook for services wired in by other modules (autosave, crash reporting)."""

    # ------------------------------------------------------------------ scenario state
    def scenario(self) -> Scenario:
        return self._scenario

    def current_path(self) -> Path | None:
        return self._path

    def is_modified(self) -> bool:
        return self._extra_modified or not self.undo_stack.isClean()

    def set_scenario(self, s: Scenario, path: Path | None = None, modified: bool = False) -> None:
        """Show ``s`` as a freshly opened document (undo history cleared)."""
        self.undo_stack.clear()
        self._origin = s
        self._path = Path(path) if path is not None else None
        self._preset_name = None
        self._extra_modified = modified
        self._apply(s)
        self.controller.reset()
        self._update_modified()

    def _apply(self, s: Scenario) -> None:
        """Make ``s`` current everywhere (used by undo commands; no history entry)."""
        self._scenario = s
        self.levers.set_scenario(s)
        self.controller.set_scenario(s)

    def _push(self, new: Scenario, text: str, merge_key: str = "") -> None:
        if new == self._scenario:
            return
        self.undo_stack.push(ScenarioCommand(self._apply, self._scenario, new, text, merge_key))

    def _on_lever(self, path: str, value) -> None:
        label = field_texts()[path][0]
        self._push(self._scenario.with_changes(path, value), self.tr("Change “{0}”").format(label), path)

    def _on_departments(self, departments) -> None:
        self._push(self._scenario.with_changes("departments", departments), self.tr("Edit departments"))

    def reset_to_origin(self) -> None:
        self._push(self._origin, self.tr("Reset to the preset's values"))

    def _mark_saved(self) -> None:
        self._extra_modified = False
        self._preset_name = None
        self.undo_stack.setClean()
        self._update_modified()

    def _on_clean_changed(self, _clean: bool) -> None:
        if shiboken6.isValid(self) and shiboken6.isValid(self.undo_stack):  # not while destroyed
            self._update_modified()

    def _update_modified(self) -> None:
        self.setWindowModified(self.is_modified())
        self._update_title()

    def _update_title(self) -> None:
        if self._path is not None:
            name = self._path.name
        else:
            name = self._origin.meta.title.get(i18n.short_code()) or self.tr("Untitled")
        self.setWindowTitle(f"{name}[*] — collabsim")

    # ------------------------------------------------------------------ views
    def _on_results(self, results) -> None:
        for view in (self.network, self.event_log):
            if hasattr(view, "set_results"):
                view.set_results(results)

    def _on_position(self, pos: float) -> None:
        for view in (self.network, self.event_log):
            if hasattr(view, "set_step"):
                view.set_step(pos)

    def _show_busy(self, busy: bool) -> None:
        self.busy_label.setText(self.tr("Computing…") if busy else "")

    def _show_docs(self) -> None:
        self.docs_dock.show()
        self.docs_dock.raise_()

    def export_plots(self, kind: str) -> None:
        filt = self.tr("PNG image (*.png)") if kind == "png" else self.tr("SVG image (*.svg)")
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export plots"), f"collabsim.{kind}", filt)
        if path:
            (export.export_png if kind == "png" else export.export_svg)(self.plots.export_target(), path)

    def export_data(self) -> None:
        self.controller.wait()
        res = self.controller.results()
        if res is None:
            return
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export data"), "collabsim.csv", self.tr("CSV table (*.csv)"))
        if path:
            export.export_csv(res, path)

    # ------------------------------------------------------------------ language
    def set_language(self, lang: str) -> None:
        self._switching = True
        try:
            i18n.install_language(lang, remember=True)
        finally:
            self._switching = False
        self.retranslate_ui()

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.LanguageChange and not getattr(self, "_switching", False):
            if not getattr(self, "_retranslate_pending", False):
                self._retranslate_pending = True
                QTimer.singleShot(0, self.retranslate_ui)
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        self._retranslate_pending = False
        lang = i18n.current_language()
        for code, act in self.language_actions.items():
            act.setChecked(code == lang)
        self.file_menu.setTitle(self.tr("&File"))
        self.new_action.setText(self.tr("&New"))
        self.open_action.setText(self.tr("&Open…"))
        self.recent_menu.setTitle(self.tr("Open &recent"))
        self.save_action.setText(self.tr("&Save"))
        self.save_as_action.setText(self.tr("Save &as…"))
        self.export_png_action.setText(self.tr("Export plots as PNG…"))
        self.export_svg_action.setText(self.tr("Export plots as SVG…"))
        self.export_csv_action.setText(self.tr("Export data as CSV…"))
        self.quit_action.setText(self.tr("&Quit"))
        self.edit_menu.setTitle(self.tr("&Edit"))
        self.undo_action.setText(self.tr("&Undo"))
        self.redo_action.setText(self.tr("&Redo"))
        self.reset_action.setText(self.tr("Reset to the preset's values"))
        self.presets_menu.setTitle(self.tr("&Presets"))
        for name, act in self.preset_actions.items():
            act.setText(labels.preset_label(name))
        self.playback_menu.setTitle(self.tr("Pla&yback"))
        self.compare_menu.setTitle(self.tr("&Compare"))
        self.pin_action.setText(self.tr("Pin as baseline"))
        self.pin_action.setToolTip(self.tr("Draw the current scenario's medians dashed on every plot"))
        self.clear_baseline_action.setText(self.tr("Clear baseline"))
        self.view_menu.setTitle(self.tr("&View"))
        self.language_menu.setTitle(self.tr("&Language"))
        self.help_menu.setTitle(self.tr("&Help"))
        self.docs_action.setText(self.tr("Model documentation"))
        self.levers_dock.setWindowTitle(self.tr("Levers"))
        self.network_dock.setWindowTitle(self.tr("Department network"))
        self.start_dock.setWindowTitle(self.tr("Start"))
        self.docs_dock.setWindowTitle(self.tr("Model documentation"))
        self.event_log_dock.setWindowTitle(self.tr("Event log"))
        self.explain_dock.setWindowTitle(self.tr("Explanation"))
        for view, text in ((self.network, self.tr("The department network view is not available.")),
                           (self.docs, self.tr("The model documentation is not available.")),
                           (self.event_log, self.tr("The event log is not available."))):
            if isinstance(view, QLabel):
                view.setText(text)
            elif hasattr(view, "set_language"):
                view.set_language(i18n.short_code(lang))
            if hasattr(view, "retranslate_ui"):
                view.retranslate_ui()
        for panel in (self.levers, self.plots, self.playback, self.indicators, self.start_page,
                      self.explain):
            panel.retranslate_ui()
        self._update_title()

    # ------------------------------------------------------------------ settings and closing
    def _restore_settings(self) -> None:
        st = QSettings()
        geometry = st.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        state = st.value("window/state")
        if isinstance(state, QByteArray):
            self.restoreState(state)

    def save_settings(self) -> None:
        st = QSettings()
        st.setValue("window/geometry", self.saveGeometry())
        st.setValue("window/state", self.saveState())

    def closeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if not self._force_close and not self.confirm_discard():
            event.ignore()
            return
        self.save_settings()
        self.controller.shutdown()
        event.accept()
