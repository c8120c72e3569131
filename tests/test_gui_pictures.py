"""Files as a student expects and pictures for slides (issue 12 items 7 and 8).

Dialogs open in the documents folder with a suggested name; the suffix is added when missing;
an exported picture's format follows its suffix and it has a title, the key, the network and the
plots; slides are 1920x1080; the picture can be copied; Qt's own file dialog is all Chinese in
the Chinese interface. Item 8: the network's step counter says what the timeline says, the wheel
over a lever scrolls the panel instead of changing it, and the joint-work plot shows the share of
runs instead of a 0-1 band.
"""

from __future__ import annotations

import numpy as np
import pytest
from gui_helpers import GUI_MARKS, reset_window, settle
from PySide6.QtCore import QPoint, QPointF, QSize, Qt
from PySide6.QtGui import QGuiApplication, QImage, QWheelEvent
from PySide6.QtWidgets import QApplication, QFileDialog

from collabsim import presets
from collabsim.gui.classroom import pictures
from collabsim.gui.document import dialogs
from collabsim.gui.network.painter import step_label
from collabsim.scenario import classroom as K
from collabsim.scenario import load_scenario

pytestmark = GUI_MARKS


@pytest.fixture
def window(shared_window):
    return reset_window(shared_window, presets.load_preset("case_b"))


class Dialog:
    """Stands in for QFileDialog.getSaveFileName: records what it was asked, answers ``reply``."""

    def __init__(self, reply: str, selected: str = "") -> None:
        self.reply, self.selected, self.asked = reply, selected, None

    def __call__(self, parent, caption, start, filters, *rest, **kw):
        self.asked = start
        return self.reply, self.selected


def test_save_as_suggests_title_and_student_in_the_documents_folder(window, tmp_path, monkeypatch):
    s = window.document.scenario()
    window.document.change_to(s.with_changes("submission", K.Submission(name="韩梅梅")), "name")
    dialog = Dialog(str(tmp_path / "homework.week3"))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(dialog))
    assert window.file_save_as()
    asked = dialogs.Path(dialog.asked)
    assert asked.parent == dialogs.documents_dir() or asked.parent.is_dir()
    assert asked.name.startswith("Case B") and "韩梅梅" in asked.name and asked.suffix == ".collabsim"
    saved = tmp_path / "homework.week3.collabsim"  # the suffix is added, not replaced
    assert window.current_path() == saved and load_scenario(saved).submission.name == "韩梅梅"
    # the next dialog opens where that file went
    assert dialogs.start_dir() == tmp_path


def test_names_fit_every_file_system():
    assert dialogs.clean_name('a/b\\c:d*e?"f<g>h|i\x00j') == "a b c d e f g h i j"
    assert dialogs.with_suffix("x.png", "svg", ("png", "svg")).name == "x.png"
    assert dialogs.with_suffix("x.week3", "collabsim").name == "x.week3.collabsim"


def test_picture_format_follows_the_suffix(window, tmp_path, monkeypatch):
    # a .png name typed while the SVG type is chosen writes PNG; no suffix takes the chosen type's
    for reply, selected, written, magic in (
            ("a.png", "SVG image (*.svg)", "a.png", b"\x89PNG"),
            ("b", "SVG image (*.svg)", "b.svg", b"<?xml"),
            ("c", "PNG image (*.png)", "c.png", b"\x89PNG")):
        monkeypatch.setattr(QFileDialog, "getSaveFileName",
                            staticmethod(Dialog(str(tmp_path / reply), selected)))
        assert pictures.ask_export_picture(window) == tmp_path / written
        assert (tmp_path / written).read_bytes()[:5].startswith(magic)


def test_slides_are_1920_by_1080_with_title_network_and_plots(window, tmp_path, monkeypatch):
    window.controller.seek(10)
    settle(window)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(Dialog(str(tmp_path / "slide"))))
    path = pictures.ask_export_slides(window)
    image = QImage(str(path))
    assert path.suffix == ".png" and (image.width(), image.height()) == (1920, 1080)
    # the title band, the network (left) and the plots (right) are all drawn: none is blank
    arr = _pixels(image)
    title, left, right = arr[:60], arr[120:1000, 50:780], arr[120:1000, 850:1900]
    for part in (title, left, right):
        assert (part < 200).any(), "a part of the picture is empty"
    assert "Case B" in pictures.title_text(window) and "Week 10" in pictures.title_text(window)
    only = pictures.compose(window, QSize(1920, 1080), pictures.NETWORK)
    assert (only.width(), only.height()) == (1920, 1080)


def test_copy_picture(window):
    image = pictures.copy_to_clipboard(window)
    got = QGuiApplication.clipboard().image()
    assert (got.width(), got.height()) == (image.width(), image.height()) == (1920, 1080)


def _pixels(image: QImage) -> np.ndarray:
    image = image.convertToFormat(QImage.Format.Format_Grayscale8)
    ptr = image.constBits()
    return np.frombuffer(ptr, np.uint8).reshape(image.height(), image.bytesPerLine())[:, : image.width()]


# ------------------------------------------------------------------ item 8
def test_wheel_over_a_lever_scrolls_the_panel_and_leaves_the_lever(window):
    panel = window.levers
    window.resize(1280, 600)
    window.show()
    QApplication.processEvents()
    lever = panel.levers["assessment.frequency"]
    before = lever.value()
    bar = panel.verticalScrollBar()
    bar.setValue(0)
    pos = QPointF(lever.slider.width() / 2, lever.slider.height() / 2)

    def wheel():
        return QWheelEvent(pos, lever.slider.mapToGlobal(pos), QPoint(0, 0), QPoint(0, -120),
                           Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier,
                           Qt.ScrollPhase.NoScrollPhase, False)

    assert bar.maximum() > 0  # the panel can scroll at this height
    QApplication.sendEvent(lever.slider, wheel())
    assert lever.value() == before and window.document.scenario().assessment.frequency == before
    assert bar.value() > 0  # the panel scrolled instead
    window.activateWindow()
    lever.slider.setFocus()  # once the user has clicked it or tabbed to it, the wheel moves it
    QApplication.processEvents()
    assert lever.slider.hasFocus()
    QApplication.sendEvent(lever.slider, wheel())
    assert lever.value() != before


def test_the_file_dialog_is_all_chinese_in_the_chinese_interface(window):
    """Qt's own dialog (where the desktop has no native one) is translated completely."""
    import re

    from PySide6.QtWidgets import QLabel

    from collabsim.gui.common import i18n

    i18n.install_language("zh_CN")
    dialog = QFileDialog(window, "保存", str(dialogs.start_dir()), "collabsim 情景文件 (*.collabsim)")
    dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    texts = [lab.text() for lab in dialog.findChildren(QLabel) if lab.text()]
    assert len(texts) >= 3
    for text in texts:
        assert re.search(r"[\u4e00-\u9fff]", text), text  # "Look in:", "Files of type:" were English
    dialog.deleteLater()
    i18n.install_language("en")


def test_network_step_counter_says_what_the_timeline_says(window):
    c = window.controller
    c.seek(6)
    settle(window)
    view = window.network
    view.set_step(6.6)  # between two steps while playing: the events of step 7 are entering
    assert step_label(view.scene(), 6.6) == "Week 6"
    assert "Week 6 " in window.playback.step_label.text()
    reset_window(window, presets.load_preset("case_c"))
    assert step_label(window.network.scene(), 12.0) == "Month 12"


def test_joint_work_plot_shows_the_share_of_runs_without_a_band(window):
    chart = window.plots.charts["joint"]
    res = window.controller.results()
    for k, series in enumerate(chart.series):
        x, y = chart.drawn("median", k)
        assert np.allclose(y, res.summary(series.name).mean)
        assert chart.drawn("band", k) is None
    assert window.plots.charts["effort"].drawn("band", 0) is not None  # other plots keep their band
