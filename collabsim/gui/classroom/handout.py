"""The debrief as a one-page handout: HTML for the card, a PDF (QPdfWriter) and printing (QPrinter).

Every text from a file (titles, names, questions) is escaped: it is shown as plain text. The
handout is laid out on A4 and shrunk (smaller type) until it fits one page.
"""

from __future__ import annotations

import html
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QMarginsF, QSizeF, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from collabsim.classroom.debrief import KEYS, Debrief
from collabsim.gui.classroom.texts import (
    change_text,
    form_text,
    number_names,
    number_text,
    points_text,
)
from collabsim.gui.common import fonts, i18n, labels

translate = QCoreApplication.translate
MAX_DRIVERS = 6
IMAGE_URL = "collabsim://plots.png"


GREY = "color:#555"
PX_PER_PT = 96 / 72


def _e(text: str) -> str:
    return html.escape(text or "")


def _tag(tag: str, text: str, style: str = "") -> str:
    """``text`` escaped inside ``<tag>``."""
    attr = f' style="{style}"' if style else ""
    return f"<{tag}{attr}>{_e(text)}</{tag}>"


def debrief_html(d: Debrief, point_size: float = 10.5, image: tuple[int, int] | None = None,
                 answer_lines: bool = False) -> str:
    """The debrief as (escaped) HTML; ``image`` (width, height) shows the plots picture at that
    size; ``answer_lines`` leaves room to write under each question."""
    lang = i18n.short_code()
    story = d.scenario.story
    title = ((story.title.get(lang) if story is not None else "") or d.scenario.meta.title.get(lang)
             or translate("Handout", "Scenario"))
    out = [f'<div style="font-size:{point_size}pt">',
           _tag("h2", translate("Handout", "Debrief: {0}").format(title))]
    share = round(d.form_share * 100)
    form = translate("Handout", "Collaboration form: <b>{0}</b> ({1}% of {2} runs).").format(
        _e(form_text(d.form)), share, d.replicates)
    if d.baseline_form is not None:
        form += " " + translate("Handout", "Before: {0}.").format(_e(form_text(d.baseline_form)))
    out.append(f"<p>{form} {_e(labels.form_explanation(d.form))}</p>")
    names = number_names()
    head = [translate("Handout", "Key number"), translate("Handout", "Now")]
    if d.baseline_numbers:
        head += [translate("Handout", "Before"), translate("Handout", "Change")]
    rows = ["<tr>" + "".join(f'<th align="left">{_e(h)}</th>' for h in head) + "</tr>"]
    for k in KEYS:
        cells = [names[k], number_text(k, d.numbers[k])]
        if d.baseline_numbers:
            b = d.baseline_numbers[k]
            cells += [number_text(k, b), points_text(d.numbers[k] - b)]
        rows.append("<tr>" + "".join(f"<td>{_e(c)}</td>" for c in cells) + "</tr>")
    out.append('<table cellspacing="0" cellpadding="3" border="1">' + "".join(rows) + "</table>")
    out.append(_tag("p", translate("Handout", "Medians of the runs at the last step."), GREY))
    if image:
        out.append(f'<p><img src="{IMAGE_URL}" width="{image[0]}" height="{image[1]}"></p>')
    measured = [dr for dr in d.drivers if dr.measured and dr.size > 0.005]
    if d.baseline is not None:
        out.append(_tag("h3", translate("Handout", "What moved them most")))
        if not measured:
            out.append(_tag("p", translate("Handout", "No lever made a visible difference.")))
        items = []
        for dr in measured[:MAX_DRIVERS]:
            what = change_text(dr.path, dr.before, dr.after, d.scenario)
            eff = translate("Handout", "cooperating effort {0}, real progress {1}").format(
                points_text(dr.effects["coop_effort"]), points_text(dr.effects["real_progress"]))
            via = (translate("Handout", "mainly through “{0}”").format(labels.component_label(dr.channel))
                   if dr.channel else "")
            line = (translate("Handout", "{0}: {1}; {2}").format(f"<b>{_e(what)}</b>", _e(eff), _e(via))
                    if via else translate("Handout", "{0}: {1}").format(f"<b>{_e(what)}</b>", _e(eff)))
            items.append(f"<li>{line}</li>")
        if items:
            out.append("<ul>" + "".join(items) + "</ul>")
            how = translate("Handout", "Each lever set back alone, the others kept, same runs.")
            out.append(_tag("p", how, GREY))
    if d.questions:
        out.append(_tag("h3", translate("Handout", "Discussion questions")) + "<ol>")
        gap = "<br>" + "_" * 70 + "<br>" + "_" * 70 if answer_lines else ""
        out.extend(f"<li>{_e(q.get(lang))}{gap}</li>" for q in d.questions)
        out.append("</ol>")
    date = QDate.currentDate().toString("yyyy-MM-dd")
    source = translate("Handout", "collabsim, after Wang Zheng (2023)")
    out.append(_tag("p", f"{source} · {date}", GREY) + "</div>")
    return "".join(out)


def fit(w: float, h: float, max_w: float, max_h: float) -> tuple[int, int]:
    """(w, h) scaled down to fit in (max_w, max_h), keeping the aspect ratio."""
    k = min(1.0, max_w / max(w, 1), max_h / max(h, 1))
    return int(w * k), int(h * k)


def handout_document(d: Debrief, page_width: float, page_height: float,
                     image: QImage | None = None) -> QTextDocument:
    """A QTextDocument of the handout fitted to one page of the given size (points).

    The document is laid out in logical pixels (96 per inch), so its type sizes are true sizes
    on paper; the picture takes the page's width, at most a third of its height.
    """
    page_width, page_height = page_width * PX_PER_PT, page_height * PX_PER_PT
    for size in (11.0, 10.5, 10.0, 9.5, 9.0, 8.5, 8.0, 7.0):
        doc = QTextDocument()
        doc.setDefaultFont(fonts.ui_font(size))
        shown = None
        if image is not None and not image.isNull():
            doc.addResource(QTextDocument.ResourceType.ImageResource, QUrl(IMAGE_URL), image)
            shown = fit(image.width(), image.height(), page_width, page_height * 0.34)
        doc.setHtml(debrief_html(d, size, shown, answer_lines=True))
        doc.setPageSize(QSizeF(page_width, page_height))
        if doc.pageCount() <= 1:
            return doc
    return doc


def write_pdf(d: Debrief, path: str | Path, image: QImage | None = None) -> Path:
    """Write the handout as a one-page A4 PDF at ``path``."""
    path = Path(path)
    writer = QPdfWriter(str(path))
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter))
    writer.setTitle(translate("Handout", "collabsim debrief"))
    writer.setCreator("collabsim")
    rect = writer.pageLayout().paintRectPoints()
    doc = handout_document(d, rect.width(), rect.height(), image)
    doc.print_(writer)
    return path


def print_handout(d: Debrief, printer, image: QImage | None = None) -> None:
    """Print the handout on ``printer`` (a QPrinter set up by a print dialog)."""
    rect = printer.pageLayout().paintRectPoints()
    handout_document(d, rect.width(), rect.height(), image).print_(printer)
