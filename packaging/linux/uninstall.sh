#!/bin/sh
# Removes the Jira Connection Wizard: exactly the files install.sh listed in
# the installed folder's "installed-files", then the folder itself.
#
#   sudo ./uninstall.sh      the system install (/opt/jira-wizard)
#   ./uninstall.sh --user    your own (~/.local/opt/jira-wizard)
#
# Run from the installed folder, it removes that installation. Saved
# connections, their keychain entries and the organization's policy file
# stay: remove connections first with "jira-wizard remove NAME".
set -eu

APP=jira-wizard
here=$(cd "$(dirname "$0")" && pwd)
mode=

while [ $# -gt 0 ]; do
  case $1 in
    --user) mode=user ;;
    --system) mode=system ;;
    -h | --help) sed -n '1d; /^#/!q; s/^# \{0,1\}//p' "$0"; exit 0 ;;
    *) echo "usage: $0 [--user | --system]" >&2; exit 2 ;;
  esac
  shift
done

if [ -z "$mode" ] && [ -f "$here/installed-files" ]; then
  appdir=$here
elif [ "${mode:-}" = user ] || { [ -z "$mode" ] && [ "$(id -u)" -ne 0 ]; }; then
  appdir=$HOME/.local/opt/$APP
else
  appdir=/opt/$APP
fi

manifest=$appdir/installed-files
if [ ! -f "$manifest" ] || [ ! -x "$appdir/$APP" ]; then
  echo "No Jira Connection Wizard installation at $appdir." >&2
  exit 1
fi

# Only files install.sh recorded, and only inside the places it writes to.
while IFS= read -r path; do
  [ -n "$path" ] || continue
  case $path in
    */bin/$APP | */applications/$APP.desktop | */icons/hicolor/*/apps/$APP.* \
      | */metainfo/*.metainfo.xml) rm -f "$path" ;;
    *) echo "Left $path alone: not a file install.sh puts down." >&2 ;;
  esac
done < "$manifest"

datadir=$(sed -n "s|/applications/$APP.desktop\$||p" "$manifest" | head -n 1)
rm -rf "$appdir"

if [ -n "$datadir" ]; then
  if command -v update-desktop-database >/dev/null 2>&1; then
    update-desktop-database -q "$datadir/applications" || true
  fi
  if command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -t -f "$datadir/icons/hicolor" || true
  fi
fi
echo "Removed the Jira Connection Wizard from $appdir."
