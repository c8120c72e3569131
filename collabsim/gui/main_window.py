"""The main window: assembles the panels, docks and menus around one document and its controller.

Central area: collaboration form and key indicators, the playback bar, the live plots. Docks:
levers (left), department network (right), start page / model documentation / event log /
explanation (tabbed). Every panel takes the document or the controller in its constructor and
subscribes itself; the window relays nothing. File commands live in
:mod:`collabsim.gui.document.files`, exports in :mod:`collabsim.gui.document.export`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QDockWidget, QFrame, QMainWindow, QScrollArea, QVBoxLayout, QWidget

from collabsim import presets
from collabsim.gui.classroom import pictures
from collabsim.gui.classroom.classroom import Classroom
from collabsim.gui.common import i18n, labels
from collabsim.gui.common.plain import literal
from collabsim.gui.controller import SimulationController
from collabsim.gui.document import export
from collabsim.gui.document.autosave import AutosaveManager
from collabsim.gui.document.document import Document
from collabsim.gui.document.files import FileCommands, recent_files
from collabsim.gui.experiments.tools import ExperimentTools
from collabsim.gui.levers.panel import LeversPanel
from collabsim.gui.network.panel import NetworkPanel
from collabsim.gui.network.view import NetworkView
from collabsim.gui.panels.docs_view import DocsView
from collabsim.gui.panels.event_log import EventLog
from collabsim.gui.panels.explain import ExplainPanel
from collabsim.gui.panels.indicators import IndicatorsPanel
from collabsim.gui.panels.playback import PlaybackBar
from collabsim.gui.panels.plots import PlotsPanel
from collabsim.gui.panels.run_status import RunStatus
from collabsim.gui.panels.start_page import StartPage
from collabsim.scenario import Scenario, ScenarioError


class MainWindow(QMainWindow):
    """The window of one document; ``autosave`` True keeps an autosave of unsaved changes."""

    def __init__(self, scenario: Scenario | None = None, parent: QWidget | None = None,
                 autosave: bool = False) -> None:
        super().__init__(parent)
        self._force_close = False
        self.setObjectName("main_window")
        self.setAcceptDrops(True)
        self.document = Document(scenario or presets.default_scenario(), parent=self)
        self.undo_stack = self.document.undo_stack
        self.controller = SimulationController(self.document, self)
        self.files = FileCommands(self.document, self)
        self.autosave = AutosaveManager(self.document, parent=self) if autosave else None
        if self.autosave is not None:  # a failure is shown once (the log has every one)
            self.autosave.failed.connect(lambda text: self.statusBar().showMessage(text, 60_000))
        self._build_central()
        self._build_docks()
        self._build_menus()
        self.classroom = Classroom(self)  # stories, debrief, assignments: its own menu and docks
        self.run_status = RunStatus(self.controller, [self.plots, self.indicators, self.network])
        self.statusBar().addPermanentWidget(self.run_status)
        self.files.message.connect(lambda text: self.statusBar().showMessage(text, 5000))
        self.files.recent_changed.connect(self._rebuild_recent_menu)
        self.controller.run_failed.connect(self._show_run_failed)
        for signal in (self.document.path_changed, self.document.modified_changed, self.document.loaded):
            signal.connect(self._update_title)
        i18n.notifier().language_changed.connect(self.retranslate_ui)
        self._fit_to_screen(1600, 1000)
        self.retranslate_ui()
        self._restore_settings()
        self.classroom.room.after_restore()  # a size that fits the screen, docks that fit it

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
        area = QScrollArea()  # a small screen or a big zoom: the centre scrolls, nothing is cut off
        area.setObjectName("central_area")
        area.setWidgetResizable(True)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidget(central)
        self.setCentralWidget(area)
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
        lang = i18n.short_code()
        self.levers = LeversPanel(self.document)
        self.levers_dock = self._dock("levers", self.levers, L)
        self.network = NetworkView(self.controller, lang)
        self.network.setMinimumSize(240, 160)
        self.network_panel = NetworkPanel(self.network)  # the view and its legend
        self.network_dock = self._dock("network", self.network_panel, R)
        self.start_page = StartPage()
        self.start_page.preset_chosen.connect(self.open_preset)
        self.start_page.open_requested.connect(self.file_open)
        self.start_dock = self._dock("start", self.start_page, R)
        self.docs = DocsView(lang=lang)
        self.docs_dock = self._dock("docs", self.docs, R)
        self.event_log = EventLog(self.controller, lang)
        self.event_log_dock = self._dock("event_log", self.event_log, B)
        self.tabifyDockWidget(self.start_dock, self.docs_dock)
        self.tabifyDockWidget(self.docs_dock, self.event_log_dock)
        self.explain = ExplainPanel(self.controller)
        self.explain_dock = self._dock("explain", self.explain, R)
        self.network_panel.department_clicked.connect(self._explain_department)
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
        self.export_picture_action = self._action(self.file_menu, lambda: pictures.ask_export_picture(self))
        self.export_slides_action = self._action(self.file_menu, lambda: pictures.ask_export_slides(self))
        self.export_network_action = self._action(
            self.file_menu, lambda: pictures.ask_export_slides(self, pictures.NETWORK))
        self.copy_picture_action = self._action(self.file_menu, lambda: pictures.copy_to_clipboard(self),
                                                "Ctrl+Shift+C")
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
        self.reset_action = self._action(self.edit_menu, self.levers.reset_to_origin)
        self.presets_menu = bar.addMenu("")
        self.preset_actions = {}
        for name in presets.PRESET_NAMES:
            self.preset_actions[name] = self._action(
                self.presets_menu, lambda _=False, n=name: self.open_preset(n))
        self.playback_menu = bar.addMenu("")
        self.playback_menu.addActions(self.playback.actions_list)
        self.compare_menu = bar.addMenu("")
        self.pin_action = self._action(
            self.compare_menu, lambda: self.document.pin_baseline(""), "Ctrl+B")  # "": the app's "Baseline"
        self.clear_baseline_action = self._action(self.compare_menu, self.document.clear_baselines)
        self.experiments = ExperimentTools(  # compare, sweep, search, configurations (issue 11)
            self, self.compare_menu, lambda s: MainWindow(s, autosave=self.autosave is not None))
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
        self.about_action = self._action(self.help_menu, self.show_about)
        self._rebuild_recent_menu()

    def _rebuild_recent_menu(self) -> None:
        self.recent_menu.clear()
        files = recent_files()
        for path in files:
            act = self.recent_menu.addAction(Path(path).name)
            act.setToolTip(literal(path))  # a file name is text, never markup
            act.triggered.connect(lambda _=False, p=path: self.open_recent(p))
        self.recent_menu.setEnabled(bool(files))

    # ------------------------------------------------------------------ the document
    def scenario(self) -> Scenario:
        return self.document.scenario()

    def current_path(self) -> Path | None:
        return self.document.path()

    def is_modified(self) -> bool:
        return self.document.is_modified()

    def set_scenario(self, s: Scenario, path: Path | None = None, modified: bool = False) -> None:
        """Show ``s`` as a freshly opened document (undo history and baselines cleared)."""
        self.document.load(s, path, modified)

    # File menu commands (dialogs parented to this window; see FileCommands)
    def load_file(self, path) -> ScenarioError | None:
        return self.files.load_file(path)

    def save_file(self, path) -> ScenarioError | None:
        return self.files.save_file(path)

    def open_path(self, path) -> bool:
        return self.files.open_path(path)

    def file_new(self) -> None:
        self.files.new()

    def file_open(self) -> None:
        self.files.open()

    def open_recent(self, path: str) -> None:
        self.files.open_recent(path)

    def open_preset(self, name: str) -> None:
        self.files.open_preset(name)

    def file_save(self) -> bool:
        return self.files.save()

    def file_save_as(self) -> bool:
        return self.files.save_as()

    def confirm_discard(self) -> bool:
        return self.files.confirm_discard()

    def export_data(self) -> None:
        self.controller.wait()
        if self.controller.results() is not None:
            export.ask_export_data(self, self.controller.results())

    def _update_title(self) -> None:
        name = self.document.title(i18n.short_code()) or self.tr("Untitled")
        self.setWindowTitle(f"{name}[*] — collabsim")
        self.setWindowModified(self.document.is_modified())

    # ------------------------------------------------------------------ status
    def _show_run_failed(self, detail: str) -> None:
        self.statusBar().showMessage(
            self.tr("The simulation failed ({0}); the details are in the log file.").format(detail), 15000)

    def show_about(self) -> None:
        from collabsim.gui.panels.about import AboutDialog

        AboutDialog(self).exec()

    def _explain_department(self, department: int) -> None:
        """A node was clicked: its explanation, in front."""
        self.explain.set_department(department)
        self.explain_dock.show()
        self.explain_dock.raise_()

    def _show_docs(self) -> None:
        self.docs_dock.show()
        self.docs_dock.raise_()

    # ------------------------------------------------------------------ language
    def set_language(self, lang: str) -> None:
        """Switch the interface language (every panel follows through i18n's notifier)."""
        i18n.install_language(lang, remember=True)

    def retranslate_ui(self) -> None:
        lang = i18n.current_language()
        for code, act in self.language_actions.items():
            act.setChecked(code == lang)
        self.file_menu.setTitle(self.tr("&File"))
        self.new_action.setText(self.tr("&New"))
        self.open_action.setText(self.tr("&Open…"))
        self.recent_menu.setTitle(self.tr("Open &recent"))
        self.save_action.setText(self.tr("&Save"))
        self.save_as_action.setText(self.tr("Save &as…"))
        self.export_picture_action.setText(self.tr("Export picture (PNG or SVG)…"))
        self.export_picture_action.setToolTip(self.tr(
            "Title, department key, network with legend and plots; the format follows the file name"))
        self.export_slides_action.setText(self.tr("Export for slides (1920×1080)…"))
        self.export_network_action.setText(self.tr("Export the network for slides (1920×1080)…"))
        self.copy_picture_action.setText(self.tr("Copy picture"))
        self.copy_picture_action.setToolTip(self.tr("Copy the picture for slides to the clipboard"))
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
        self.about_action.setText(self.tr("About collabsim and licences"))
        self.levers_dock.setWindowTitle(self.tr("Levers"))
        self.network_dock.setWindowTitle(self.tr("Department network"))
        self.start_dock.setWindowTitle(self.tr("Start"))
        self.docs_dock.setWindowTitle(self.tr("Model documentation"))
        self.event_log_dock.setWindowTitle(self.tr("Event log"))
        self.explain_dock.setWindowTitle(self.tr("Explanation"))
        self._update_title()

    # ------------------------------------------------------------------ settings and closing
    def _fit_to_screen(self, width: int, height: int) -> None:
        """The default size, but never larger than the screen's free area (a saved geometry,
        restored after this, wins)."""
        screen = self.screen()
        if screen is not None:
            free = screen.availableGeometry()
            width, height = min(width, int(free.width() * 0.96)), min(height, int(free.height() * 0.94))
        self.resize(width, height)

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
        self.experiments.shutdown()
        self.controller.shutdown()
        self.document.close()
        event.accept()

    # ------------------------------------------------------------------ drag and drop
    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt API
        files = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if files and self.confirm_discard():
            event.acceptProposedAction()
            self.open_path(files[0])
