#!/usr/bin/env bash
# Build collabsim.app with PyInstaller and pack it into a disk image with hdiutil (macOS only).
#
#   installers/macos/build_dmg.sh
#
# Env: PYTHON (default .venv/bin/python, with collabsim installed: pip install -e '.[build]'),
# DIST (default dist/), WORK (default build/pyinstaller), CODESIGN_IDENTITY (a "Developer ID
# Application: ..." identity to sign with; without it the app keeps PyInstaller's ad-hoc
# signature and Gatekeeper asks users to confirm the first start: right-click > Open).
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
PYTHON=${PYTHON:-$ROOT/.venv/bin/python}
DIST=${DIST:-$ROOT/dist}
WORK=${WORK:-$ROOT/build/pyinstaller}
if [ "$(uname -s)" != Darwin ]; then
    echo "build_dmg.sh: needs macOS (PyInstaller's .app BUNDLE and hdiutil)" >&2
    exit 2
fi
VERSION=$("$PYTHON" -c 'import sys, tomllib; print(tomllib.load(open(sys.argv[1], "rb"))["project"]["version"])' \
          "$ROOT/pyproject.toml")

(cd "$ROOT" && "$PYTHON" -m PyInstaller --noconfirm --distpath "$DIST" --workpath "$WORK" \
    installers/collabsim.spec)
APP=$DIST/collabsim.app
"$APP/Contents/MacOS/collabsim" --version
QT_QPA_PLATFORM=offscreen "$APP/Contents/MacOS/collabsim" --self-test

if [ -n "${CODESIGN_IDENTITY:-}" ]; then
    codesign --force --deep --options runtime --timestamp --sign "$CODESIGN_IDENTITY" "$APP"
fi

STAGE=$(mktemp -d)
trap 'rm -rf "$STAGE"' EXIT
cp -R "$APP" "$STAGE/"
ln -s /Applications "$STAGE/Applications"   # drag-to-install
DMG=$DIST/collabsim-$VERSION-macos-$(uname -m).dmg
hdiutil create -volname "collabsim $VERSION" -srcfolder "$STAGE" -ov -format UDZO "$DMG"
echo "wrote $DMG"
