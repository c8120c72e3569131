"""The licences of collabsim and of what it ships (Qt, PySide6, pyqtgraph, numpy, the font, ...).

Read from ``resources/licenses/index.json``; shown in Help > About and checked by the tests, so
every build carries the texts its licences require.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from collabsim.paths import resource_dir


@dataclass(frozen=True)
class Component:
    name: str
    licence: str  # SPDX identifier
    files: tuple[str, ...]  # relative to the resources folder
    url: str = ""
    note: str = ""

    def texts(self) -> list[str]:
        """The licence texts (a missing file reads as a one-line notice, never an error)."""
        out = []
        for rel in self.files:
            try:
                out.append((resource_dir() / rel).read_text(encoding="utf-8"))
            except OSError:
                out.append(f"({rel} is missing from this build)")
        return out


def components() -> list[Component]:
    data = json.loads((resource_dir() / "licenses" / "index.json").read_text(encoding="utf-8"))
    return [Component(c["name"], c["licence"], tuple(c["files"]), c.get("url", ""), c.get("note", ""))
            for c in data["components"]]
