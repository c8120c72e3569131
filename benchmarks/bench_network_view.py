"""Paint speed of the network view with 20 departments (offscreen), for the README.

    python benchmarks/bench_network_view.py [--size 1280x760] [--frames 300] [--save out.png]

Builds a 20-department variant of preset C (dataclasses.replace), runs the engine, then paints
the view into a QImage at fractional steps spread over the whole run (so ties, flow dots and
event tags all appear) and prints milliseconds per frame and the frame rate painting allows.
"""

from __future__ import annotations

import argparse
import os
import sys
import time
from dataclasses import replace

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("OMP_NUM_THREADS", "1")

from PySide6.QtGui import QImage, QPainter  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from collabsim.engine.simulation import run  # noqa: E402
from collabsim.gui.common import fonts  # noqa: E402
from collabsim.gui.network.view import NetworkView  # noqa: E402
from collabsim.presets import load_preset  # noqa: E402
from collabsim.scenario.model import Department, Scenario  # noqa: E402

BUREAUS = ("农业农村局", "人社局", "教育局", "卫健局", "住建局", "交通局", "财政局", "水利局", "民政局",
           "自然资源局", "生态环境局", "市场监管局", "公安局", "司法局", "商务局", "文旅局", "应急管理局",
           "统计局", "医保局")


def twenty_departments() -> Scenario:
    """Preset C with the lead and 19 cooperating departments of varied resources."""
    base = load_preset("case_c")
    lead = base.departments[base.lead_index]
    partners = tuple(
        Department(name=name, name_en=f"Bureau {k + 1}", resources=0.2 + 0.8 * ((k * 7) % 19) / 18)
        for k, name in enumerate(BUREAUS)
    )
    return replace(base, departments=(lead, *partners))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", default="1280x760")
    parser.add_argument("--frames", type=int, default=300)
    parser.add_argument("--save", default="", help="also save one frame as PNG")
    args = parser.parse_args(argv)
    width, height = (int(v) for v in args.size.lower().split("x"))

    app = QApplication.instance() or QApplication(sys.argv[:1])
    fonts.register_fonts()
    scenario = twenty_departments()
    results = run(scenario, seed=scenario.simulation.seed, replicates=10)
    view = NetworkView()
    view.resize(width, height)
    view.set_results(results)
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    horizon = len(results.steps) - 1
    steps = [horizon * (k + 0.37) / args.frames for k in range(args.frames)]

    def paint(step: float) -> None:
        view.set_step(step)
        painter = QPainter(image)
        view.render_frame(painter)
        painter.end()

    for s in steps[:20]:  # warm-up (font caches, glyph rasterisation)
        paint(s)
    t0, c0 = time.perf_counter(), time.process_time()
    for s in steps:
        paint(s)
    ms = 1000 * (time.perf_counter() - t0) / len(steps)
    cpu = 1000 * (time.process_time() - c0) / len(steps)
    print(f"network view, {scenario.n_departments} departments, {width}x{height}, {len(steps)} frames "
          f"({len(steps) / horizon:.0f} per step): {ms:.2f} ms/frame wall = {1000 / ms:.0f} fps; "
          f"{cpu:.2f} ms/frame CPU = {1000 / cpu:.0f} fps (paint only, offscreen raster)")
    if args.save:
        view.set_step(horizon / 2 + 0.4)
        view.grab().save(args.save)
    del app
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
