#!/bin/sh
# Install (or remove) collabsim for the current user under ~/.local — no root needed.
#
#   ./install.sh              run from the unpacked collabsim folder (the one holding ./collabsim)
#   ./install.sh --uninstall  remove everything this script installed
#
# Puts the program in ~/.local/share/collabsim/app, a `collabsim` command in ~/.local/bin, the
# menu entry (.desktop), the icons, and the MIME type application/x-collabsim so double-clicking
# a *.collabsim file opens it in collabsim. PREFIX (default ~/.local) and XDG_DATA_HOME are honoured.
set -eu

HERE=$(cd "$(dirname "$0")" && pwd)
PREFIX=${PREFIX:-$HOME/.local}
DATA=${XDG_DATA_HOME:-$PREFIX/share}
BIN=$PREFIX/bin
APPDIR=$DATA/collabsim/app
ICON_SIZES="16 24 32 48 64 128 256 512"

refresh() {  # let the desktop know; each tool is optional
    if command -v update-mime-database >/dev/null 2>&1; then update-mime-database "$DATA/mime"; fi
    if command -v update-desktop-database >/dev/null 2>&1; then
        update-desktop-database "$DATA/applications" || true
    fi
    if command -v gtk-update-icon-cache >/dev/null 2>&1; then
        gtk-update-icon-cache -f -t "$DATA/icons/hicolor" >/dev/null 2>&1 || true
    fi
}

if [ "${1:-}" = "--uninstall" ]; then
    rm -rf "$DATA/collabsim"
    rm -f "$BIN/collabsim" "$DATA/applications/org.collabsim.collabsim.desktop" "$DATA/mime/packages/collabsim.xml" \
          "$DATA/metainfo/org.collabsim.collabsim.metainfo.xml" \
          "$DATA/applications/collabsim.desktop"  # the name before 0.1.0
    for s in $ICON_SIZES; do
        rm -f "$DATA/icons/hicolor/${s}x${s}/apps/collabsim.png" \
              "$DATA/icons/hicolor/${s}x${s}/mimetypes/application-x-collabsim.png"
    done
    rm -f "$DATA/icons/hicolor/scalable/apps/collabsim.svg" \
          "$DATA/icons/hicolor/scalable/mimetypes/application-x-collabsim.svg"
    refresh
    echo "collabsim removed."
    exit 0
fi

if [ ! -x "$HERE/collabsim" ]; then
    echo "install.sh: no collabsim program beside this script ($HERE); run it from the unpacked folder." >&2
    exit 2
fi
ICONS=$HERE/_internal/resources/icons
[ -d "$ICONS" ] || ICONS=$HERE/resources/icons
SHARE=$HERE/share

# the program itself (skip the copy when run from the installed folder)
if [ "$HERE" != "$APPDIR" ]; then
    rm -rf "$APPDIR"
    mkdir -p "$APPDIR"
    cp -a "$HERE/." "$APPDIR/"
fi
mkdir -p "$BIN" "$DATA/applications" "$DATA/mime/packages" "$DATA/metainfo"
ln -sf "$APPDIR/collabsim" "$BIN/collabsim"

# icons: the app and the .collabsim document, in the hicolor theme
for s in $ICON_SIZES; do
    d=$DATA/icons/hicolor/${s}x${s}
    mkdir -p "$d/apps" "$d/mimetypes"
    cp "$ICONS/collabsim-$s.png" "$d/apps/collabsim.png"
    if [ -f "$ICONS/collabsim-doc-$s.png" ]; then
        cp "$ICONS/collabsim-doc-$s.png" "$d/mimetypes/application-x-collabsim.png"
    fi
done
mkdir -p "$DATA/icons/hicolor/scalable/apps" "$DATA/icons/hicolor/scalable/mimetypes"
cp "$ICONS/collabsim.svg" "$DATA/icons/hicolor/scalable/apps/collabsim.svg"
cp "$ICONS/collabsim-doc.svg" "$DATA/icons/hicolor/scalable/mimetypes/application-x-collabsim.svg"

# menu entry: Exec points at the installed program (~/.local/bin may not be on PATH)
sed "s|^Exec=.*|Exec=\"$APPDIR/collabsim\" %f|" "$SHARE/org.collabsim.collabsim.desktop" \
    > "$DATA/applications/org.collabsim.collabsim.desktop"
cp "$SHARE/collabsim-mime.xml" "$DATA/mime/packages/collabsim.xml"
if [ -f "$SHARE/org.collabsim.collabsim.metainfo.xml" ]; then  # software centres read it
    cp "$SHARE/org.collabsim.collabsim.metainfo.xml" "$DATA/metainfo/"
fi
refresh
if command -v xdg-mime >/dev/null 2>&1; then
    xdg-mime default org.collabsim.collabsim.desktop application/x-collabsim || true
fi

echo "collabsim installed: $APPDIR"
echo "  menu entry and *.collabsim file type registered; command: $BIN/collabsim"
case ":$PATH:" in *":$BIN:"*) ;; *) echo "  (add $BIN to PATH to type 'collabsim' in a terminal)";; esac
