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
    lines = dict(line.split("=", 1) for line in (INST / "linux" / "collabsim.desktop")
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
    for name in ("collabsim.desktop", "collabsim-mime.xml"):
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
    desktop = (share / "applications/collabsim.desktop").read_text(encoding="utf-8")
    assert f'Exec="{share}/collabsim/app/collabsim" %f' in desktop
    if shutil.which("update-mime-database"):
        assert f"{MIME}:*{FILE_SUFFIX}" in (share / "mime/globs2").read_text()

    proc = subprocess.run(["sh", str(bundle / "install.sh"), "--uninstall"], env=env,
                          capture_output=True, text=True)
    assert proc.returncode == 0, proc.stderr
    assert not (home / ".local/bin/collabsim").exists()
    assert not (share / "collabsim").exists()
    assert not (share / "applications/collabsim.desktop").exists()
    assert not (share / "icons/hicolor/48x48/apps/collabsim.png").exists()

