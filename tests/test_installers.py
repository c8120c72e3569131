"""Installer files agree with each other (fast; no build): install.sh on a stand-in bundle and
the MIME / desktop / Info.plist / Inno Setup declarations of the .collabsim file type."""

from __future__ import annotations

import os
import plistlib
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from collabsim.scenario import FILE_SUFFIX

ROOT = Path(__file__).resolve().parent.parent
INST = ROOT / "installers"
EXT = FILE_SUFFIX.lstrip(".")
MIME = "application/x-collabsim"


def test_shared_mime_info_declares_the_file_type():
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    root = ET.parse(INST / "linux" / "collabsim-mime.xml").getroot()
    types = root.findall("m:mime-type", ns)
    assert [t.get("type") for t in types] == [MIME]
    assert [g.get("pattern") for g in types[0].findall("m:glob", ns)] == [f"*{FILE_SUFFIX}"]


def test_desktop_entry_opens_the_file_type():
    lines = dict(line.split("=", 1) for line in (INST / "linux" / "org.collabsim.collabsim.desktop")
                 .read_text(encoding="utf-8").splitlines() if "=" in line)
    assert MIME in lines["MimeType"].split(";")
    assert lines["Exec"].endswith("%f") and lines["Icon"] == "collabsim"
    assert lines["StartupWMClass"] == "collabsim"  # = QApplication.applicationName()


def test_macos_plist_declares_document_type_and_uti():
    info = plistlib.loads((INST / "macos" / "Info.plist").read_bytes())
    doc = info["CFBundleDocumentTypes"][0]
    uti = info["UTExportedTypeDeclarations"][0]
    assert doc["LSItemContentTypes"] == [uti["UTTypeIdentifier"]]
    assert uti["UTTypeTagSpecification"]["public.filename-extension"] == [EXT]
    assert uti["UTTypeTagSpecification"]["public.mime-type"] == MIME
    assert (ROOT / "resources" / "icons" / doc["CFBundleTypeIconFile"]).is_file()


def test_inno_setup_script_associates_the_extension():
    iss = (INST / "windows" / "collabsim.iss").read_text(encoding="utf-8")
    assert f'"{FILE_SUFFIX}"' in iss or f"\\{FILE_SUFFIX}" in iss
    assert "collabsim-doc.ico" in iss and "ChangesAssociations=yes" in iss
    assert "{group}" in iss and "{uninstallexe}" in iss
    for name in ("collabsim.ico", "collabsim-doc.ico"):
        assert (ROOT / "resources" / "icons" / name).is_file()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="install.sh is for Linux")
def test_install_sh_installs_and_uninstalls_in_home(tmp_path):
    bundle = tmp_path / "collabsim"
    (bundle / "share").mkdir(parents=True)
    exe = bundle / "collabsim"
    exe.write_text("#!/bin/sh\necho stand-in\n")
    exe.chmod(0o755)
    shutil.copy(INST / "linux" / "install.sh", bundle / "install.sh")
    for name in ("org.collabsim.collabsim.desktop", "collabsim-mime.xml"):
        shutil.copy(INST / "linux" / name, bundle / "share" / name)
    shutil.copytree(ROOT / "resources" / "icons", bundle / "resources" / "icons")
    home = tmp_path / "home"
    env = {k: v for k, v in os.environ.items() if not k.startswith("XDG_")} | {"HOME": str(home)}

    proc = subprocess.run(["sh", str(bundle / "install.sh")], env=env, capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    share = home / ".local" / "share"
    assert subprocess.run([str(home / ".local/bin/collabsim")], capture_output=True,
                          text=True).stdout == "stand-in\n"
    assert (share / "icons/hicolor/48x48/apps/collabsim.png").is_file()
    assert (share / "icons/hicolor/scalable/mimetypes/application-x-collabsim.svg").is_file()
    assert (share / "mime/packages/collabsim.xml").is_file()
    desktop = (share / "applications/org.collabsim.collabsim.desktop").read_text(encoding="utf-8")
    assert f'Exec="{share}/collabsim/app/collabsim" %f' in desktop
    if shutil.which("update-mime-database"):
        assert f"{MIME}:*{FILE_SUFFIX}" in (share / "mime/globs2").read_text()

    proc = subprocess.run(["sh", str(bundle / "install.sh"), "--uninstall"], env=env,
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert not (home / ".local/bin/collabsim").exists()
    assert not (share / "collabsim").exists()
    assert not (share / "applications/org.collabsim.collabsim.desktop").exists()
    assert not (share / "icons/hicolor/48x48/apps/collabsim.png").exists()



# ---------------------------------------------------------------------------- desktop metadata
def _pyproject() -> dict:
    import tomllib

    return tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def test_desktop_file_is_named_by_the_app_id_and_valid():
    from collabsim import APP_ID

    desktop = INST / "linux" / f"{APP_ID}.desktop"
    assert desktop.is_file()
    if shutil.which("desktop-file-validate"):
        proc = subprocess.run(["desktop-file-validate", str(desktop)], capture_output=True, text=True)
        assert proc.returncode == 0 and not proc.stdout.strip(), proc.stdout + proc.stderr


def test_appstream_metainfo_is_valid_and_matches():
    from collabsim import APP_ID

    path = INST / "linux" / f"{APP_ID}.metainfo.xml"
    root = ET.parse(path).getroot()
    assert root.findtext("id") == APP_ID
    assert root.find("launchable").text == f"{APP_ID}.desktop"
    assert (INST / "linux" / root.find("launchable").text).is_file()
    assert root.findtext("project_license") == _pyproject()["project"]["license"]
    assert root.find("releases/release").get("version") == _pyproject()["project"]["version"]
    assert MIME in [m.text for m in root.iter("mediatype")]
    if shutil.which("appstreamcli") is None:
        pytest.skip("appstreamcli is not installed (the XML checks above ran)")
    proc = subprocess.run(["appstreamcli", "validate", "--no-net", str(path)], capture_output=True,
                          text=True, timeout=60)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_the_app_sets_its_desktop_file_name():
    """Wayland matches a window to its menu entry (and icon) by QGuiApplication.desktopFileName."""
    src = (ROOT / "collabsim" / "gui" / "app.py").read_text(encoding="utf-8")
    assert "setDesktopFileName(APP_ID)" in src


# ---------------------------------------------------------------------------- licences
def test_licence_texts_are_shipped_for_every_bundled_component():
    from collabsim import licenses

    comps = {c.name.split(" (")[0].split(" and ")[0]: c for c in licenses.components()}
    for needed in ("collabsim", "Qt 6", "PySide6", "pyqtgraph", "NumPy", "platformdirs", "Noto Sans SC"):
        assert needed in comps, f"no licence entry for {needed}"
    assert comps["Qt 6"].licence == "LGPL-3.0-only"
    for c in licenses.components():
        for rel, text in zip(c.files, c.texts(), strict=True):
            assert (ROOT / "resources" / rel).is_file(), rel
            assert len(text) > 500 or "MIT" in c.licence, (c.name, rel)
    lgpl = (ROOT / "resources" / "licenses" / "LGPL-3.0.txt").read_text(encoding="utf-8")
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in lgpl and "Version 3" in lgpl


# ---------------------------------------------------------------------------- constraints, CI, Flatpak
def _constraints() -> dict[str, str]:
    pins = {}
    for line in (INST / "constraints.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, _, version = line.partition("==")
            pins[name.lower().replace("_", "-")] = version
    return pins


def test_constraints_pin_every_dependency_within_its_requirement():
    from packaging.requirements import Requirement

    pins = _constraints()
    for spec in _pyproject()["project"]["dependencies"]:
        req = Requirement(spec)
        if req.marker is not None and not req.marker.evaluate():
            continue  # the line for another Python
        name = req.name.lower().replace("_", "-")
        assert name in pins, f"{name} is not pinned in installers/constraints.txt"
        assert req.specifier.contains(pins[name]), f"{name}=={pins[name]} violates {spec}"
    assert "pyinstaller" in pins and "shiboken6" in pins
    assert pins["shiboken6"] == pins["pyside6-essentials"]


def _yaml(path: Path):
    yaml = pytest.importorskip("yaml")
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def test_ci_workflow_builds_and_self_tests_windows_and_macos():
    wf = _yaml(ROOT / ".github" / "workflows" / "installers.yml")
    jobs = wf["jobs"]
    assert jobs["windows"]["runs-on"].startswith("windows")
    assert all(r.startswith("macos") for r in jobs["macos"]["strategy"]["matrix"]["runner"])
    for name in ("windows", "macos"):
        steps = " ".join(str(s.get("run", "")) for s in jobs[name]["steps"])
        assert "-c installers/constraints.txt" in steps, name  # the pinned versions
        assert "--self-test" in steps, name
    scripts = {"windows": "installers\\windows\\build.ps1", "macos": "installers/macos/build_dmg.sh"}
    for name, script in scripts.items():
        steps = " ".join(str(s.get("run", "")) for s in jobs[name]["steps"])
        assert script in steps
        assert (ROOT / script.replace("\\", "/")).is_file()
        # both build scripts use the one spec
        text = (ROOT / script.replace("\\", "/")).read_text().replace("\\", "/")
        assert "installers/collabsim.spec" in text
    flatpak = jobs["flatpak"]["steps"][1]["with"]["manifest-path"]
    assert (ROOT / flatpak).is_file()


def test_flatpak_manifest_is_consistent():
    from collabsim import APP_ID

    path = INST / "flatpak" / f"{APP_ID}.yml"
    m = _yaml(path)
    assert m["id"] == APP_ID
    assert m["runtime"] == "org.kde.Platform" and m["base"] == "io.qt.PySide.BaseApp"
    assert m["runtime-version"] == m["base-version"]
    assert m["command"] in _pyproject()["project"]["gui-scripts"]
    for module in m["modules"]:
        for src in module.get("sources", []):
            assert (path.parent / src["path"]).exists(), src["path"]
    commands = " ".join(c for mod in m["modules"] for c in mod.get("build-commands", []))
    for rel in ("installers/linux/org.collabsim.collabsim.desktop",
                "installers/linux/org.collabsim.collabsim.metainfo.xml",
                "installers/linux/collabsim-mime.xml", "resources/icons/collabsim.svg"):
        assert rel in commands and (ROOT / rel).is_file(), rel
    assert "-c constraints.txt" in commands
