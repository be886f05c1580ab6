#!/bin/sh
# Install ActionPlan for the current user from this unpacked folder: the menu entry (with
# "Open with ActionPlan" for .xlsx, .xlsm and .csv files), its icon, and the `actionplan`
# command in ~/.local/bin. No administrator rights needed. `./install.sh --uninstall` undoes
# it; the data folder (~/.local/share/ActionPlan) is never touched.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
data="${XDG_DATA_HOME:-$HOME/.local/share}"
bin="$HOME/.local/bin"
entry="$data/applications/actionplan.desktop"

if [ "${1:-}" = "--uninstall" ]; then
  rm -f "$entry" "$bin/actionplan"
  find "$data/icons/hicolor" -name 'actionplan.png' -path '*/apps/*' -delete 2>/dev/null || true
  rm -f "$data/icons/hicolor/scalable/apps/actionplan.svg"
  command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$data/applications" || true
  echo "ActionPlan's menu entry and command are removed; your data is kept."
  exit 0
fi

case "$here" in
  *'"'*|*'`'*|*'$'*|*'\'*) echo "Move the folder to a path without \" \` \$ or \\ first." >&2; exit 2 ;;
esac

mkdir -p "$data/applications" "$bin"
sed "s|^Exec=.*|Exec=\"$here/actionplan\" %f|" "$here/actionplan.desktop" >"$entry"
for icon in "$here"/icons/hicolor/*/apps/*; do
  target="$data/icons/hicolor/${icon#"$here/icons/hicolor/"}"
  mkdir -p "$(dirname "$target")"
  cp "$icon" "$target"
done
ln -sf "$here/actionplan" "$bin/actionplan"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$data/applications" || true
command -v gtk-update-icon-cache >/dev/null 2>&1 && gtk-update-icon-cache -q -t "$data/icons/hicolor" || true
echo "Installed: ActionPlan is in your applications menu, offered under \"Open with\" for .xlsx files,"
echo "and 'actionplan' runs from a terminal (if $bin is on your PATH)."
