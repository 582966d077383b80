#!/bin/sh
# Put Dealer Desk in this user's application menu (no root needed). Run it from the unpacked
# DealerDesk folder, wherever it lives; run it again after moving the folder.
#   ./install-desktop-entry.sh            install
#   ./install-desktop-entry.sh --remove   take it out again
set -eu
HERE="$(cd "$(dirname "$0")" && pwd)"
SHARE="${XDG_DATA_HOME:-$HOME/.local/share}"
APPS="$SHARE/applications"
ICONS="$SHARE/icons/hicolor"

if [ "${1:-}" = "--remove" ]; then
  rm -f "$APPS/dealer-desk.desktop"
  for size in 16 24 32 48 64 128 256 512; do
    rm -f "$ICONS/${size}x${size}/apps/dealer-desk.png"
  done
  rm -f "$ICONS/scalable/apps/dealer-desk.svg"
  echo "Removed Dealer Desk from the application menu."
  exit 0
fi

for size in 16 24 32 48 64 128 256 512; do
  mkdir -p "$ICONS/${size}x${size}/apps"
  cp "$HERE/icons/dealer-desk-$size.png" "$ICONS/${size}x${size}/apps/dealer-desk.png"
done
mkdir -p "$ICONS/scalable/apps" "$APPS"
cp "$HERE/icons/dealer-desk.svg" "$ICONS/scalable/apps/dealer-desk.svg"
# A desktop entry needs an absolute path; quoted, so a folder name with spaces works.
sed -e "s|^Exec=.*|Exec=\"$HERE/dealer-desk\"|" -e "s|^TryExec=.*|TryExec=$HERE/dealer-desk|" \
  "$HERE/dealer-desk.desktop" > "$APPS/dealer-desk.desktop"
chmod 644 "$APPS/dealer-desk.desktop"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$APPS" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -f -t -q "$ICONS" 2>/dev/null || true
echo "Dealer Desk is in the application menu ($APPS/dealer-desk.desktop)."
