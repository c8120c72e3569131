#!/usr/bin/env bash
# Build collabsim for Linux: the PyInstaller one-folder bundle, a .tar.gz teachers unpack and
# install with ./install.sh, and (with --appimage) an AppDir, packed into an AppImage when
# `appimagetool` is on PATH.
#
#   installers/linux/build.sh [--appimage] [--no-test]
#
# Env: PYTHON (default .venv/bin/python, which must have collabsim installed with the `build`
# extra: pip install -e '.[build]'), DIST (default dist/), WORK (default build/pyinstaller),
# GZIP_LEVEL (the tarball's gzip level, default 6 as tar -z; tests/test_frozen.py uses 1: 98 MB in
# 13 s of CPU at 6, 106 MB in 6 s at 1; 9 takes 40 s for 0.5 % less).
# After building it runs the frozen app's --version and --self-test (offscreen) unless --no-test.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/../.." && pwd)
PYTHON=${PYTHON:-$ROOT/.venv/bin/python}
DIST=${DIST:-$ROOT/dist}
WORK=${WORK:-$ROOT/build/pyinstaller}
APPIMAGE=0
TEST=1
for arg in "$@"; do
    case $arg in
        --appimage) APPIMAGE=1 ;;
        --no-test) TEST=0 ;;
        *) echo "build.sh: unknown option $arg (use --appimage, --no-test)" >&2; exit 2 ;;
    esac
done

VERSION=$("$PYTHON" -c 'import sys, tomllib; print(tomllib.load(open(sys.argv[1], "rb"))["project"]["version"])' \
          "$ROOT/pyproject.toml")
ARCH=$(uname -m)
for lib in libxcb-cursor.so.0 libxcb-icccm.so.4 libxcb-keysyms.so.1 libxkbcommon-x11.so.0; do
    if ! ldconfig -p 2>/dev/null | grep -q "$lib"; then
        echo "build.sh: note: $lib is not installed here, so it is not bundled; the target desktop" \
             "must provide it (Debian/Ubuntu: apt install libxcb-cursor0 libxcb-icccm4" \
             "libxcb-keysyms1 libxkbcommon-x11-0)" >&2
    fi
done

START=$(date +%s)
(cd "$ROOT" && "$PYTHON" -m PyInstaller --noconfirm --log-level WARN \
    --distpath "$DIST" --workpath "$WORK" installers/collabsim.spec)
BUNDLE=$DIST/collabsim
# the interpreter's shared library comes unstripped (~23 MB -> ~6 MB); wheels' libraries are already
# stripped, and stripping numpy's OpenBLAS breaks it, so only this one
if command -v strip >/dev/null 2>&1; then
    for lib in "$BUNDLE"/_internal/libpython3*.so*; do
        [ -f "$lib" ] && strip --strip-unneeded "$lib"
    done
fi
mkdir -p "$BUNDLE/share"
cp "$ROOT/installers/linux/org.collabsim.collabsim.desktop" "$ROOT/installers/linux/collabsim-mime.xml" \
   "$ROOT/installers/linux/org.collabsim.collabsim.metainfo.xml" "$BUNDLE/share/"
install -m 755 "$ROOT/installers/linux/install.sh" "$BUNDLE/install.sh"
echo "built $BUNDLE in $(( $(date +%s) - START )) s, $(du -sh "$BUNDLE" | cut -f1)"

if [ "$TEST" = 1 ]; then
    "$BUNDLE/collabsim" --version
    QT_QPA_PLATFORM=offscreen "$BUNDLE/collabsim" --self-test
fi

TARBALL=$DIST/collabsim-$VERSION-linux-$ARCH.tar.gz
tar -C "$DIST" --transform "s|^collabsim|collabsim-$VERSION|" -cf - collabsim \
    | gzip "-${GZIP_LEVEL:-6}" > "$TARBALL"
echo "wrote $TARBALL ($(du -h "$TARBALL" | cut -f1))"

if [ "$APPIMAGE" = 1 ]; then
    APPDIR=$DIST/collabsim.AppDir
    rm -rf "$APPDIR"
    mkdir -p "$APPDIR/usr"
    cp -a "$BUNDLE" "$APPDIR/usr/lib-collabsim"
    cat > "$APPDIR/AppRun" <<'EOS'
#!/bin/sh
HERE=$(dirname "$(readlink -f "$0")")
exec "$HERE/usr/lib-collabsim/collabsim" "$@"
EOS
    chmod 755 "$APPDIR/AppRun"
    cp "$ROOT/installers/linux/org.collabsim.collabsim.desktop" "$APPDIR/org.collabsim.collabsim.desktop"
    mkdir -p "$APPDIR/usr/share/metainfo"
    cp "$ROOT/installers/linux/org.collabsim.collabsim.metainfo.xml" "$APPDIR/usr/share/metainfo/"
    cp "$ROOT/resources/icons/collabsim-256.png" "$APPDIR/collabsim.png"
    ln -sf collabsim.png "$APPDIR/.DirIcon"
    if command -v appimagetool >/dev/null 2>&1; then
        ARCH=$ARCH appimagetool "$APPDIR" "$DIST/collabsim-$VERSION-$ARCH.AppImage"
    else
        echo "build.sh: wrote $APPDIR; appimagetool is not on PATH, so no .AppImage was made" \
             "(appimagetool is not on PyPI/apt; run: appimagetool $APPDIR)" >&2
    fi
fi
