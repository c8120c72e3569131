"""What the network view draws, as data: the run's series, the texts and fonts, and the geometry.

:class:`RunData` holds the animated replicate's series (from the results, once per run);
:func:`build_scene` places everything for one widget size, language and legend choice (nodes by
:mod:`.layout`, labels where they overlap nothing, event-tag slots) and returns a frozen
:class:`Scene`, which :class:`~.painter.NetworkPainter` draws frame by frame. Nothing here changes
from frame to frame.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np
from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPixmap, QStaticText, QTextOption

from collabsim.engine import codes as C
from collabsim.engine.results import Results
from collabsim.gui.common import colours, fonts, labels
from collabsim.gui.network import legend as L
from collabsim.gui.network.layout import (
    RING_GAP,
    NetworkLayout,
    Rect,
    arrow_x,
    compute_layout,
    free_spot,
    place_labels,
    rects_overlap,
    strict_spot,
)

MIN_PT, MAX_PT = 12.0, 16.0  # label font size grows with the view between these
MIN_FLOW_SHARE = 0.03  # flows never above this share of the run's largest are not drawn
MAX_HALO = 14.0  # width of the lead's authority halo at authority 1
TIER_GAP = 10.0  # between the government's and the party committee's boxes
GROUP_EVENTS = (C.JOINT_OP_HELD, C.JOINT_OP_INCOMPLETE)
SUPERIOR_EVENTS = (C.INSPECTION, C.UNANNOUNCED_VISIT, C.COLLUSION_DETECTED)


def _slot_order(code: int) -> tuple[bool, int]:
    """Group events first, then the legend's order."""
    return (code not in GROUP_EVENTS, colours.EVENT_ORDER.index(code))


@dataclass(frozen=True)
class RunData:
    """The animated replicate (detail replicate 0) of a run, as (steps, ...) arrays."""

    n: int
    steps: int
    lead: int
    departments: tuple
    exposure: np.ndarray  # (T, N)
    effort: np.ndarray  # (T, N)
    attention: np.ndarray  # (T,)
    authority: np.ndarray  # (T,)
    pairs: tuple[np.ndarray, np.ndarray]  # upper-triangle department pairs (i, j)
    ties: np.ndarray  # (T, P) symmetric tie strength of each pair
    flow_src: np.ndarray  # (K,) flows worth drawing: from department
    flow_dst: np.ndarray  # (K,) into department
    flows: np.ndarray  # (T, K) in [0, 1] of the run's largest flow
    events: dict[int, list[tuple[int, int]]]  # step -> [(department, code)]
    slot_codes: tuple[int, ...]  # event codes that get a fixed slot (group and superior events)
    step_unit: str = "month"  # what a step is: the counter says "Month 6" like the timeline
    tier: str = "government"  # the tier the lead seeks (逐级: the government, 越级: the party committee)
    rivals: int = 0  # rival tasks (segments of the attention bars)
    shares: np.ndarray | None = None  # (T, items) the sought tier's attention shares (Results.shares)
    other_shares: np.ndarray | None = None  # (T, items) the other tier's (rival tasks may seek it)

    @classmethod
    def from_results(cls, r: Results) -> RunData:
        n = r.scenario.n_departments
        iu, ju = np.triu_indices(n, 1)
        flows = r.flows[:, 0]  # (T, N, N): into i from j
        scale = float(flows.max()) if flows.size else 0.0
        scale = scale if scale > 0 else 1.0
        dst, src = np.nonzero(flows.max(axis=0) > MIN_FLOW_SHARE * scale)
        events: dict[int, list[tuple[int, int]]] = {}
        for ev in r.replicate_events(0):
            events.setdefault(int(ev["step"]), []).append((int(ev["department"]), int(ev["code"])))
        slot = {code for evs in events.values() for dept, code in evs if dept < 0 or code in SUPERIOR_EVENTS}
        return cls(
            n=n, steps=len(r.steps), lead=r.scenario.lead_index, departments=r.scenario.departments,
            exposure=np.ascontiguousarray(r.detail["exposure"][:, 0, :]),
            effort=np.ascontiguousarray(r.detail["effort"][:, 0, :]),
            attention=np.asarray(r.detail["attention"][:, 0], float),
            authority=np.asarray(r.detail["authority"][:, 0], float),
            pairs=(iu, ju), ties=0.5 * (r.ties[:, 0, iu, ju] + r.ties[:, 0, ju, iu]),
            flow_src=src, flow_dst=dst, flows=flows[:, dst, src] / scale, events=events,
            slot_codes=tuple(sorted(slot, key=_slot_order)), step_unit=r.scenario.task.step_unit,
            tier=r.scenario.attention.tier, rivals=r.scenario.rivals.count,
            shares=_tier_shares(r, r.scenario.attention.tier),
            other_shares=_tier_shares(r, next(t for t in C.TIERS if t != r.scenario.attention.tier)),
        )

    @property
    def tier_shares(self) -> tuple[np.ndarray | None, ...]:
        """Both tiers' shares in codes.TIERS order (government, party committee)."""
        pair = (self.shares, self.other_shares)
        return pair if self.tier == C.TIERS[0] else pair[::-1]


def _tier_shares(r: Results, tier: str) -> np.ndarray | None:
    return None if r.shares is None else np.ascontiguousarray(r.shares[:, 0, :, C.TIERS.index(tier)])


@dataclass(frozen=True)
class Texts:
    """The view's translated strings (taken when the scene is built)."""

    superior: str
    government: str
    party: str
    government_short: str  # in a narrow view
    party_short: str
    route_step: str  # the tag on the attention arrow: 逐级 (the government) or 越级 (the party)
    route_skip: str
    no_results: str
    month_format: str
    week_format: str
    legend_tag: str
    attention_format: str
    authority_format: str
    events: dict[int, str]

    @classmethod
    def current(cls) -> Texts:
        translate = QCoreApplication.translate
        return cls(
            superior=translate("NetworkView", "Superior (task assigner)"),
            government=translate("NetworkView", "Government"),
            party=translate("NetworkView", "Party committee"),
            government_short=translate("NetworkView", "Gov't"),
            party_short=translate("NetworkView", "Party"),
            route_step=translate("NetworkView", "逐级"),  # the legend says what they mean
            route_skip=translate("NetworkView", "越级"),
            no_results=translate("NetworkView", "No results yet: the simulation has not run."),
            month_format=translate("NetworkView", "Month {0}"),
            week_format=translate("NetworkView", "Week {0}"),
            legend_tag=translate("NetworkView", "Legend"),
            attention_format=translate("NetworkView", "Attention {0:.2f}"),
            authority_format=translate("NetworkView", "Authority {0:.2f}"),
            events={code: labels.event_label(code) for code in colours.EVENT_ORDER},
        )


@dataclass(frozen=True)
class Fonts:
    """Label fonts scaled with the view (MIN_PT in a narrow dock, MAX_PT full screen)."""

    point_size: float
    font: QFont
    bold: QFont
    small: QFont
    fm: QFontMetricsF
    fm_small: QFontMetricsF

    @classmethod
    def for_size(cls, w: float, h: float, scale: float = 1.0, minimum: float = 0.0) -> Fonts:
        """``scale``: View > Zoom; ``minimum``: no text smaller (the presentation's 20 pt)."""
        pt = max(float(np.clip(min(w, 1.25 * h) / 40.0, MIN_PT, MAX_PT)) * scale, minimum)
        font, small = fonts.ui_font(pt), fonts.ui_font(max(MIN_PT * scale, pt - scale, minimum))
        return cls(pt, font, fonts.ui_font(pt, bold=True), small, QFontMetricsF(font), QFontMetricsF(small))


@dataclass(frozen=True)
class Scene:
    """Everything placed for one size: read by the painter, the view's hit tests and the tests."""

    width: float
    height: float
    fonts: Fonts
    texts: Texts
    data: RunData | None
    layout: NetworkLayout | None
    legend: QPixmap | None  # None: folded into the "Legend" tag at legend_rect
    legend_rect: QRectF
    step_rect: QRectF
    values_rect: QRectF  # the superior's attention and the lead's authority as numbers
    tiers: tuple[QRectF, ...]  # the government's and the party committee's boxes (codes.TIERS order)
    tier_titles: tuple[str, ...]  # their titles as drawn (maybe elided)
    arrow_from: QPointF  # where the attention arrow leaves the sought tier's box
    route_rect: QRectF  # the 逐级 / 越级 tag beside the arrow
    labels: tuple[QStaticText, ...]  # department names as drawn (plain text, maybe elided)
    label_pos: tuple[QPointF, ...]
    label_rects: tuple[QRectF, ...]
    full_names: tuple[str, ...]
    event_slots: dict[int, QRectF]  # fixed places of group and superior event tags
    blocked: tuple[Rect, ...]  # what other event tags must not cover
    discs: tuple[tuple[float, float, float], ...]  # (x, y, outer radius) of each department
    bounds: Rect

    def spare_slots(self, pw: float) -> list[Rect]:
        """Places for an event tag ``pw`` wide away from the nodes: left column, bottom corners."""
        ph = self.fonts.fm_small.height() + 6
        w, h = self.bounds[2], self.bounds[3]
        rows = range(int((h - self.step_rect.bottom()) // (ph + 4)))
        top = self.step_rect.bottom() + 8
        return ([(8, top + k * (ph + 4), pw, ph) for k in rows]
                + [(w - 6 - pw, top + k * (ph + 4), pw, ph) for k in rows])


LINE_BREAK = "\u2028"  # QStaticText breaks a plain-text line here


def two_lines(name: str, fm: QFontMetricsF) -> list[str]:
    """``name`` broken at the space that gives the narrowest two lines ([] if it has no space)."""
    words = name.split(" ")
    if len(words) < 2:
        return []
    cuts = [(" ".join(words[:k]), " ".join(words[k:])) for k in range(1, len(words))]
    a, b = min(cuts, key=lambda ab: max(fm.horizontalAdvance(ab[0]), fm.horizontalAdvance(ab[1])))
    return [a + LINE_BREAK + b]


def label_size(text: str, fm: QFontMetricsF) -> tuple[float, float]:
    """(width, height) of a label's box for ``text`` (one or two lines)."""
    lines = text.split(LINE_BREAK)
    return max(fm.horizontalAdvance(s) for s in lines) + 6, fm.height() * len(lines)


def _t(rect: QRectF) -> Rect:
    return (rect.x(), rect.y(), rect.width(), rect.height())


def superior_title(texts: Texts, data: RunData | None) -> str:
    """The title of the tier the lead seeks (政府 or 党委), or the generic word."""
    if data is None:
        return texts.superior
    return texts.party if data.tier == "party" else texts.government


def route_text(texts: Texts, data: RunData) -> str:
    """The tag on the attention arrow: 逐级 to the government, 越级 to the party committee."""
    return texts.route_skip if data.tier == "party" else texts.route_step


def _arrow_rect(scene: Scene, lay: NetworkLayout, outer_lead: float) -> Rect:
    """The band the attention arrow runs in, from the sought tier's box down to the lead."""
    ax, top = scene.arrow_from.x(), scene.arrow_from.y()
    cx, lead_y = float(lay.x[scene.data.lead]), float(lay.y[scene.data.lead])
    return (min(ax, cx) - 12, top, abs(ax - cx) + 24, max(0.0, lead_y - outer_lead - top))


def build_scene(width: float, height: float, data: RunData | None, texts: Texts, lang: str,
                legend_visible: bool, ratio: float = 1.0, text_scale: float = 1.0,
                min_point_size: float = 0.0) -> Scene:
    """Place the superior, departments, labels, legend and event slots in a ``width`` x ``height``
    view; department names in ``lang`` ('zh' or 'en'); ``ratio`` is the device pixel ratio;
    ``text_scale`` multiplies the label sizes (View > Zoom); none is below ``min_point_size``."""
    w, h = float(width), float(height)
    f = Fonts.for_size(w, h, text_scale, min_point_size)
    legend = None
    if legend_visible:
        legend_w = float(min(L.legend_width(f.small, texts.events), max(200.0, 0.3 * w)))
        legend = L.draw_legend(legend_w, f.small, f.small, texts.events, ratio)
        pr = legend.devicePixelRatio() or 1.0
        lw, lh = legend.width() / pr, legend.height() / pr
        scale = min(1.0, (h - 16) / lh) if lh > 0 else 1.0
        legend_rect = QRectF(w - lw * scale - 8, 8, lw * scale, lh * scale)
        area_w = max(200.0, w - legend_rect.width() - 16)
    else:  # folded: a small tag in the top right corner, the network gets the full width
        tag_w = f.fm_small.horizontalAdvance(texts.legend_tag) + 24
        legend_rect = QRectF(w - tag_w - 8, 8, tag_w, f.fm_small.height() + 10)
        area_w = w
    line = f.fm.height()
    sup_h = line + 32  # room for the attention bar along the bottom
    last = 888 if data is None else max(data.steps - 1, 88)  # the widest step the counter shows
    step_w = max(QFontMetricsF(f.bold).horizontalAdvance(fmt.format(last))
                 for fmt in (texts.month_format, texts.week_format)) + 8
    step_rect = QRectF(8, 8 + (sup_h - line) / 2, step_w, line)
    bounds = (2.0, 2.0, area_w - 4.0, h - 4.0)
    empty = Scene(w, h, f, texts, data, None, legend, legend_rect, step_rect, QRectF(), (), (), QPointF(),
                  QRectF(), (), (), (), (), {}, (), (), bounds)
    if data is None:
        return empty
    names = [d.display_name(lang) for d in data.departments]
    widest = max((f.fm.horizontalAdvance(s) for s in names), default=60.0) + 8
    bold = QFontMetricsF(f.bold)
    titles = (texts.government, texts.party)
    widths = [bold.horizontalAdvance(t) + 40 for t in titles]
    # both tiers' boxes side by side between the step counter and the legend tag: short titles,
    # narrower and elided when there is no room (the other tier's box gives way first)
    sup_right = (area_w if legend_visible else legend_rect.left()) - 8
    room = sup_right - step_rect.right() - 10 - TIER_GAP
    gap = TIER_GAP
    sup_left, sup_top = step_rect.right() + 10, 8.0
    if sum(widths) > room:
        titles = (texts.government_short, texts.party_short)
        widths = [bold.horizontalAdvance(t) + 24 for t in titles]
    if sum(widths) > room:  # a narrow dock, large text: the boxes go below the counter and the tag
        step_rect = QRectF(8, 8, step_w, line)  # the counter at the top, not beside the boxes
        empty = replace(empty, step_rect=step_rect)
        sup_left, sup_right = 8.0, area_w - 8
        sup_top = max(step_rect.bottom(), legend_rect.bottom()) + 4
        room = sup_right - sup_left - TIER_GAP
        titles = (texts.government, texts.party)
        widths = [bold.horizontalAdvance(t) + 40 for t in titles]
        if sum(widths) > room:
            titles = (texts.government_short, texts.party_short)
            widths = [bold.horizontalAdvance(t) + 24 for t in titles]
    if sum(widths) > room:
        gap, room = 6.0, room + TIER_GAP - 6.0
        sought = C.TIERS.index(data.tier)
        other = 1 - sought
        widths[other] = max(min(widths[other], room - widths[sought]), 44.0)
        widths[sought] = max(room - widths[other], 52.0)
    titles = tuple(bold.elidedText(t, Qt.TextElideMode.ElideRight, wd - 10)
                   if bold.horizontalAdvance(t) > wd - 10 else t
                   for t, wd in zip(titles, widths, strict=True))
    sup_w = sum(widths) + gap
    empty = replace(empty, tier_titles=titles)
    resources = np.array([d.resources for d in data.departments], float)
    lay = compute_layout(area_w, h, data.lead, resources, min(widest, 200.0), line, (sup_w, sup_h),
                         sup_left_min=sup_left, sup_right_max=sup_right, sup_top=sup_top)
    sx, sy, _, _ = lay.superior
    tiers = (QRectF(sx, sy, widths[0], sup_h), QRectF(sx + widths[0] + gap, sy, widths[1], sup_h))
    box = tiers[C.TIERS.index(data.tier)]
    start = arrow_x(box.left(), box.right(), box.bottom(), lay, data.lead)  # clear of the partners
    empty = replace(empty, tiers=tiers, arrow_from=QPointF(start, box.bottom()))
    return _place(empty, lay, names, area_w, legend_visible)


def _place(scene: Scene, lay: NetworkLayout, names: list[str], area_w: float,
           legend_visible: bool) -> Scene:
    """Labels (full names where they fit) and event-tag slots clear of everything else."""
    f, texts, data = scene.fonts, scene.texts, scene.data
    fm, lead, n = f.fm, data.lead, data.n
    outer = lay.radius + RING_GAP + lay.ring_width
    outer[lead] += 4.0 + MAX_HALO  # the authority halo around the lead
    sx, sy, sw, sh = lay.superior
    cx = float(lay.x[lead])
    values_w = max(f.fm_small.horizontalAdvance(s.format(0.88))
                   for s in (texts.attention_format, texts.authority_format)) + 12
    values_h = 2 * f.fm_small.height() + 4
    right = area_w if legend_visible else scene.legend_rect.left()
    # beside the superior's box, else beside the attention arrow; never over a department
    discs = [(float(lay.x[j]), float(lay.y[j]), float(outer[j])) for j in range(n)]
    y = sy + sh + 4
    cands = [(cx + 19, y, values_w, values_h), (cx - 19 - values_w, y, values_w, values_h),
             (sx - 12 - values_w, sy + (sh - values_h) / 2, values_w, values_h),
             (area_w - 8 - values_w, scene.legend_rect.bottom() + 6, values_w, values_h),
             (8.0, scene.step_rect.bottom() + 6, values_w, values_h),  # under the step counter
             (area_w - 8 - values_w, scene.height - 8 - values_h, values_w, values_h),
             (8.0, scene.height - 8 - values_h, values_w, values_h)]
    if sx + sw + 12 + values_w <= right - 8:
        cands.insert(0, (sx + sw + 12, sy + (sh - values_h) / 2, values_w, values_h))
    arrow = _arrow_rect(scene, lay, float(outer[lead]))
    area = (2.0, 2.0, area_w - 4.0, scene.height - 4.0)
    if arrow[0] + arrow[2] > cx + 19:  # the arrow slants right (from the right box): values beyond it
        cands.insert(0, (arrow[0] + arrow[2] + 4, y, values_w, values_h))
    hard = [lay.superior, _t(scene.step_rect), _t(scene.legend_rect), arrow]
    near = (cands[0][0] + values_w / 2, cands[0][1] + values_h / 2)
    spot = strict_spot(cands, hard, discs, area, near) or free_spot(cands, hard, discs, area)
    values_rect = QRectF(*spot)
    # the route's tag (逐级 / 越级) beside the arrow, on the side away from the other tier's box
    route = route_text(texts, data)
    rw, rh = f.fm_small.horizontalAdvance(route) + 14, f.fm_small.height() + 4
    my = sy + sh + max(6.0, 0.35 * arrow[3] - rh / 2)
    left_side = (arrow[0] - 4 - rw, my, rw, rh)
    right_side = (arrow[0] + arrow[2] + 4, my, rw, rh)
    sides = [left_side, right_side] if data.tier == C.TIERS[0] else [right_side, left_side]
    sides += [(r[0], sy + sh + 4, rw, rh) for r in sides] + [(r[0], my + rh + 4, rw, rh) for r in sides]
    hard = [lay.superior, _t(scene.step_rect), _t(scene.legend_rect), arrow, _t(values_rect)]
    near = (sides[0][0] + rw / 2, sides[0][1] + rh / 2)
    route_rect = QRectF(*(strict_spot(sides, hard, discs, area, near) or free_spot(sides, hard, discs, area)))
    obstacles = [lay.superior, _t(scene.step_rect), _t(values_rect), _t(scene.legend_rect), arrow,
                 _t(route_rect)]
    options, variants_of = [], []
    for name in names:
        full = fm.horizontalAdvance(name)
        # the full name, on two lines where it has words (a crowded view, large text), then elided
        variants = [name, *two_lines(name, fm)] + [fm.elidedText(name, Qt.TextElideMode.ElideRight, full * k)
                                                   for k in (0.8, 0.65, 0.5, 0.35)]
        variants = list(dict.fromkeys(v for v in variants if v))
        variants_of.append(variants)
        options.append([label_size(v, fm) for v in variants])
    order = [lead] + sorted((j for j in range(n) if j != lead), key=lambda j: -abs(lay.x[j] - cx))
    own = lay.radius + RING_GAP + lay.ring_width  # the lead's label may lie on its halo
    placed = place_labels(lay.x, lay.y, outer, outer + 3.0, lay.outward, options, scene.bounds,
                          obstacles, order, own, fm.height())
    opt = QTextOption()
    opt.setWrapMode(QTextOption.WrapMode.NoWrap)
    statics = []
    centred = QTextOption(opt)
    centred.setAlignment(Qt.AlignmentFlag.AlignHCenter)
    for j, (rect, level) in enumerate(placed):
        st = QStaticText(variants_of[j][level])
        st.setTextFormat(Qt.TextFormat.PlainText)  # names may contain "<b>": show literally
        if LINE_BREAK in variants_of[j][level]:  # two lines, centred in the label's box
            st.setTextWidth(rect[2] - 6)
            st.setTextOption(centred)
        else:
            st.setTextOption(opt)
        st.prepare(font=f.font)
        statics.append(st)
    # event tags of the group and of the superior get fixed, free slots
    blocked = obstacles + [r for r, _ in placed]
    discs = tuple((float(lay.x[j]), float(lay.y[j]), float(outer[j])) for j in range(n))
    placed_scene = replace(
        scene, layout=lay, values_rect=values_rect, route_rect=route_rect, labels=tuple(statics),
        label_pos=tuple(QPointF(r[0] + 3, r[1]) for r, _ in placed),
        label_rects=tuple(QRectF(*r) for r, _ in placed), full_names=tuple(names),
        blocked=tuple(blocked), discs=discs)
    return _place_slots(placed_scene)


def with_run(scene: Scene, data: RunData) -> Scene | None:
    """``scene`` showing another run of the same departments (only the event slots are placed
    again, when other kinds of events happen); None when the departments differ."""
    old = scene.data
    if (old is None or scene.layout is None or old.departments != data.departments or old.lead != data.lead
            or old.tier != data.tier):  # another tier sought: the arrow and its tag move
        return None
    if old.slot_codes == data.slot_codes:  # the same kinds of tags: the same free places
        return replace(scene, data=data)
    return _place_slots(replace(scene, data=data))


def _place_slots(scene: Scene) -> Scene:
    """Free places for the tags of the run's group and superior events."""
    f, texts, lay, data = scene.fonts, scene.texts, scene.layout, scene.data
    sx, sy, sw, sh = lay.superior
    cx = float(lay.x[data.lead])
    blocked = list(scene.blocked)
    # never over the superior, the step counter, the values or the legend tag (over a label
    # only when nothing else is free: a small view at a large text size)
    hard = [(sx, sy, sw, sh), _t(scene.step_rect), _t(scene.values_rect), _t(scene.legend_rect),
            _t(scene.route_rect)]
    ph = f.fm_small.height() + 6
    below_lead = scene.label_rects[data.lead].top() + f.fm.height() + 6
    slots: dict[int, QRectF] = {}
    for code in data.slot_codes:
        pw = f.fm_small.horizontalAdvance(texts.events[code]) + 16
        if code in GROUP_EVENTS:
            cands = [(cx - pw / 2, below_lead + k * (ph + 4), pw, ph) for k in range(3)]
        else:
            cands = [(left, sy + k * (ph + 4), pw, ph) for k in range(3)
                     for left in (sx + sw + 14, scene.values_rect.right() + 10)]
            cands += [(sx - 14 - pw, sy + k * (ph + 4), pw, ph) for k in range(3)]
        cands += scene.spare_slots(pw)
        spot = free_spot(cands, blocked, list(scene.discs), scene.bounds)
        if any(rects_overlap(spot, b, 2.0) for b in hard):
            spot = free_spot(cands, hard, list(scene.discs), scene.bounds)
        blocked.append(spot)
        hard.append(spot)
        slots[code] = QRectF(*spot)
    return replace(scene, event_slots=slots)
