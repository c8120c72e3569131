"""Where collabsim's resources live: inside the installed package, a source tree or a frozen bundle.

``resources/`` sits at the top of the repository and is shipped inside the wheel as the package
``collabsim.resources`` (``package-dir`` in pyproject.toml), so an installed copy (pip, pipx,
uv, Flatpak, Briefcase) finds it through :mod:`importlib.resources`; the PyInstaller bundle
keeps it at ``<bundle>/resources``.
"""

from __future__ import annotations

import sys
from importlib import resources
from pathlib import Path

#: the files every build must carry (checked by the self-test and the wheel test)
REQUIRED = ("scenarios", "i18n", "fonts", "docs", "icons", "licenses")


def resource_dir() -> Path:
    """The resources folder (presets, translations, fonts, docs, icons, licences)."""
    frozen = getattr(sys, "_MEIPASS", None)
    if frozen:
        return Path(frozen) / "resources"
    try:
        found = resources.files("collabsim.resources")
    except ModuleNotFoundError:
        found = None
    if isinstance(found, Path) and (found / "scenarios").is_dir():
        return found
    # a source tree that was never installed (python -m collabsim from a checkout)
    return Path(__file__).resolve().parent.parent / "resources"


def missing_resources() -> list[str]:
    """Names of the expected resource folders that are absent (empty when the build is whole)."""
    root = resource_dir()
    return [name for name in REQUIRED if not (root / name).is_dir()]
