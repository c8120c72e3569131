"""The package's structure, checked: no import circles, dependencies point one way, docstrings.

The import graph is read from the source (every ``import`` anywhere in a module, also inside
functions and ``if TYPE_CHECKING:``), so a lazy import cannot hide a circle. The layers are the
ones drawn in docs/ARCHITECTURE.md.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PACKAGE = ROOT / "collabsim"

#: circles that exist today, each with the work that removes it; the test also fails when one
#: of them disappears, so that this list stays exact.
KNOWN_CIRCLES: set[frozenset[str]] = set()

#: what each part may import from inside collabsim (a prefix allows its submodules)
LAYERS: dict[str, tuple[str, ...]] = {
    "collabsim.scenario": ("collabsim.scenario", "collabsim.atomic"),
    "collabsim.engine": ("collabsim.engine", "collabsim.scenario"),
    "collabsim.gui.common": ("collabsim.gui.common", "collabsim.engine", "collabsim.scenario",
                             "collabsim.paths"),
    "collabsim.gui.document": ("collabsim.gui.document", "collabsim.gui.common", "collabsim.scenario",
                               "collabsim.engine", "collabsim.atomic", "collabsim.presets"),
    "collabsim.gui.controller": ("collabsim.gui.document", "collabsim.gui.common", "collabsim.engine",
                                 "collabsim.scenario"),
    "collabsim.gui.levers": ("collabsim.gui.levers", "collabsim.gui.document", "collabsim.gui.common",
                             "collabsim.scenario"),
    "collabsim.gui.network": ("collabsim.gui.network", "collabsim.gui.controller", "collabsim.gui.common",
                              "collabsim.engine", "collabsim.scenario"),
    "collabsim.gui.panels": ("collabsim.gui.panels", "collabsim.gui.controller", "collabsim.gui.common",
                             "collabsim.engine", "collabsim.scenario", "collabsim.presets",
                             "collabsim.paths", "collabsim.licenses"),  # licenses: Help > About
    # issue 11: experiments on the engine's public API (no Qt); their windows sit above the panels
    "collabsim.experiments": ("collabsim.experiments", "collabsim.engine", "collabsim.scenario",
                              "collabsim.presets", "collabsim.paths", "collabsim.cli_text",
                              "collabsim.atomic"),
    "collabsim.gui.experiments": ("collabsim.gui.experiments", "collabsim.experiments",
                                  "collabsim.gui.network", "collabsim.gui.document",
                                  "collabsim.gui.controller", "collabsim.gui.common", "collabsim.engine",
                                  "collabsim.scenario", "collabsim.presets", "collabsim.paths"),
    # the classroom kit without Qt (stories, debrief, assignments) and its panels (issue 12)
    "collabsim.classroom": ("collabsim.classroom", "collabsim.engine", "collabsim.scenario",
                            "collabsim.presets", "collabsim.paths"),
    "collabsim.gui.classroom": ("collabsim.gui.classroom", "collabsim.gui.panels", "collabsim.gui.network",
                                "collabsim.gui.levers", "collabsim.gui.controller", "collabsim.gui.document",
                                "collabsim.gui.common", "collabsim.classroom", "collabsim.engine",
                                "collabsim.scenario", "collabsim.atomic", "collabsim.presets",
                                "collabsim.paths"),
}


def module_name(path: Path) -> str:
    rel = path.relative_to(ROOT).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _resolve(name: str, known: dict[str, Path]) -> str | None:
    """The collabsim module ``name`` refers to (its nearest existing parent), or None."""
    while name:
        if name in known:
            return name
        name = name.rpartition(".")[0]
    return None


def imports_of(mod: str, path: Path, known: dict[str, Path]) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    package = mod if path.name == "__init__.py" else mod.rpartition(".")[0]
    out: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            # "from pkg import sub" imports the submodule; "from mod import name" the module
            names = [f"{base}.{a.name}" if f"{base}.{a.name}" in known else base for a in node.names]
        else:
            continue
        for name in names:
            target = _resolve(name, known) if name.startswith("collabsim") else None
            if target is not None and target != mod:
                out.add(target)
    return out


def import_graph() -> dict[str, set[str]]:
    known = modules()
    return {mod: imports_of(mod, path, known) for mod, path in known.items()}


def circles(graph: dict[str, set[str]]) -> list[frozenset[str]]:
    """Strongly connected components with more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on: set[str] = set()
    found: list[frozenset[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = set()
            while True:
                w = stack.pop()
                on.discard(w)
                comp.add(w)
                if w == v:
                    break
            if len(comp) > 1:
                found.append(frozenset(comp))

    for v in sorted(graph):
        if v not in index:
            visit(v)
    return found


def test_the_graph_sees_lazy_and_type_checking_imports(tmp_path):
    graph = import_graph()
    fake = tmp_path / "fake.py"  # (the package itself has no TYPE_CHECKING import left)
    fake.write_text("from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n"
                    "    from .spec import Experiment\n", encoding="utf-8")
    known = modules()
    assert imports_of("collabsim.experiments.fake", fake, known) == {"collabsim.experiments.spec"}
    assert "collabsim.gui.document.autosave" in graph["collabsim.gui.app"]  # inside main()
    assert circles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [frozenset("abc")]


def test_no_import_circles():
    found = set(circles(import_graph()))
    new = found - KNOWN_CIRCLES
    assert not new, f"import circles: {[sorted(c) for c in new]}"
    gone = KNOWN_CIRCLES - found
    assert not gone, f"these circles are gone: remove them from KNOWN_CIRCLES: {[sorted(c) for c in gone]}"


def layer_violations(graph: dict[str, set[str]]) -> list[str]:
    """Imports a module's layer does not allow (modules outside LAYERS are not checked)."""
    bad = []
    for mod, targets in graph.items():
        rule = next((k for k in sorted(LAYERS, key=len, reverse=True)
                     if mod == k or mod.startswith(k + ".")), None)
        if rule is None:
            continue
        for t in targets:
            if t != "collabsim" and not any(t == a or t.startswith(a + ".") for a in LAYERS[rule]):
                bad.append(f"{mod} -> {t}")
    return sorted(bad)


def test_dependencies_point_one_way():
    assert layer_violations({"collabsim.gui.common.labels": {"collabsim.gui.controller"},
                             "collabsim.engine.x": {"collabsim.gui.common"},
                             "collabsim.gui.panels.p": {"collabsim.gui.network.view"}}) == [
        "collabsim.engine.x -> collabsim.gui.common",
        "collabsim.gui.common.labels -> collabsim.gui.controller",
        "collabsim.gui.panels.p -> collabsim.gui.network.view"]
    bad = layer_violations(import_graph())
    assert not bad, "imports against the layers of docs/ARCHITECTURE.md:\n" + "\n".join(bad)


def test_the_engine_and_scenario_import_no_qt():
    for mod, path in modules().items():
        if mod.startswith(("collabsim.engine", "collabsim.scenario", "collabsim.experiments")):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            names = {a.name for n in ast.walk(tree) if isinstance(n, ast.Import) for a in n.names}
            names |= {n.module or "" for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)}
            assert not any(n.startswith(("PySide6", "pyqtgraph", "shiboken6")) for n in names), mod


@pytest.mark.parametrize("mod", sorted(modules()))
def test_every_module_says_what_it_is_for(mod):
    doc = ast.get_docstring(ast.parse(modules()[mod].read_text(encoding="utf-8")))
    assert doc and doc.splitlines()[0].strip(), f"{mod} has no one-line docstring at the top"


DOC = ROOT / "docs" / "ARCHITECTURE.md"


def test_architecture_doc_is_true():
    """Every file the doc names exists, and it names every part the layers above know."""
    import re

    text = DOC.read_text(encoding="utf-8")
    paths = set(re.findall(r"`((?:collabsim|tests|resources|tools|benchmarks|docs)/[\w/.<>-]+)`", text))
    assert len(paths) > 25
    missing = [p for p in sorted(paths) if "<" not in p and not (ROOT / p).exists()]
    assert not missing, f"docs/ARCHITECTURE.md names files that do not exist: {missing}"
    for part in LAYERS:
        assert part.replace(".", "/") in text, f"docs/ARCHITECTURE.md does not describe {part}"
    for sub in sorted(p.name for p in (PACKAGE / "gui").iterdir() if (p / "__init__.py").is_file()):
        assert f"gui/{sub}/" in text, f"docs/ARCHITECTURE.md does not describe collabsim/gui/{sub}/"
