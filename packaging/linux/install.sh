#!/bin/sh
# Installs the Jira Connection Wizard from this folder.
#
#   sudo ./install.sh [--policy FILE]   for everyone: /opt/jira-wizard, the
#                                       command in /usr/local/bin, menu entry
#                                       and icons in /usr/local/share
#   ./install.sh --user                 for you alone: ~/.local/opt/jira-wizard,
#                                       ~/.local/bin, ~/.local/share
#
# --policy FILE lays down the organization's policy file where the program
# looks for it (/etc/jira-wizard/policy.toml); it needs the system install.
# Running it again upgrades in place. ./uninstall.sh (also copied into the
# installed folder) removes exactly what this script put down, listed in the
# installed folder's "installed-files".
set -eu

APP=jira-wizard
APP_ID=io.github.jirawizard.JiraWizard
POLICY_FILE=/etc/jira-wizard/policy.toml
ICON_SIZES="16 32 48 64 128 256"

here=$(cd "$(dirname "$0")" && pwd)
mode=
policy=

usage() {
  echo "usage: $0 [--user | --system] [--policy FILE]" >&2
  exit 2
}

while [ $# -gt 0 ]; do
  case $1 in
    --user) mode=user ;;
    --system) mode=system ;;
    --policy) [ $# -ge 2 ] || usage; policy=$2; shift ;;
    -h | --help) sed -n '1d; /^#/!q; s/^# \{0,1\}//p' "$0"; exit 0 ;;
    *) usage ;;
  esac
  shift
done
if [ -z "$mode" ]; then
  if [ "$(id -u)" -eq 0 ]; then mode=system; else mode=user; fi
fi

if [ "$mode" = system ]; then
  appdir=/opt/$APP
  bindir=/usr/local/bin
  datadir=/usr/local/share
  if [ "$(id -u)" -ne 0 ]; then
    echo "The system install needs root: sudo $0, or $0 --user." >&2
    exit 1
  fi
else
  appdir=$HOME/.local/opt/$APP
  bindir=$HOME/.local/bin
  datadir=${XDG_DATA_HOME:-$HOME/.local/share}
  if [ -n "$policy" ]; then
    echo "A policy applies to every account: install with --system to lay it down." >&2
    exit 1
  fi
fi
if [ -n "$policy" ] && [ ! -f "$policy" ]; then
  echo "The policy file $policy does not exist." >&2
  exit 1
fi
case $appdir in
  *[\"\`\$\\]*) echo "Cannot install into $appdir: quotes, \$ and \\ are not allowed." >&2; exit 1 ;;
esac

installed=""
put() {  # put SOURCE TARGET [MODE]: copy one file and remember it
  mkdir -p "$(dirname "$2")"
  cp "$1" "$2"
  chmod "${3:-644}" "$2"
  installed="$installed$2
"
}

# The bundle: copied beside the old one, then swapped in, so that a failed
# copy leaves a working installation. cp -R -P keeps the bundle's links.
mkdir -p "$(dirname "$appdir")"
rm -rf "$appdir.new"
cp -R -P "$here/$APP" "$appdir.new"
cp "$here/uninstall.sh" "$appdir.new/uninstall.sh"
chmod 755 "$appdir.new/uninstall.sh"
rm -rf "$appdir.old"
if [ -e "$appdir" ]; then mv "$appdir" "$appdir.old"; fi
mv "$appdir.new" "$appdir"
rm -rf "$appdir.old"

mkdir -p "$bindir"
ln -sfn "$appdir/$APP" "$bindir/$APP"
installed="$installed$bindir/$APP
"

# The menu entry starts the installed program by its full path: ~/.local/bin
# is not on every desktop session's PATH.
desktop=$datadir/applications/$APP.desktop
mkdir -p "$(dirname "$desktop")"
sed -e "s|^Exec=$APP |Exec=\"$appdir/$APP\" |" \
    -e "s|^TryExec=$APP\$|TryExec=$appdir/$APP|" \
    "$here/share/applications/$APP.desktop" > "$desktop"
chmod 644 "$desktop"
installed="$installed$desktop
"

for size in $ICON_SIZES; do
  put "$here/share/icons/hicolor/${size}x${size}/apps/$APP.png" \
      "$datadir/icons/hicolor/${size}x${size}/apps/$APP.png"
done
put "$here/share/icons/hicolor/scalable/apps/$APP.svg" \
    "$datadir/icons/hicolor/scalable/apps/$APP.svg"
put "$here/share/metainfo/$APP_ID.metainfo.xml" \
    "$datadir/metainfo/$APP_ID.metainfo.xml"

if [ -n "$policy" ]; then
  # Readable by every account (the program runs as the person), writable by
  # root alone. Left in place by uninstall.sh: it belongs to the organization.
  mkdir -p "$(dirname "$POLICY_FILE")"
  cp "$policy" "$POLICY_FILE"
  chmod 644 "$POLICY_FILE"
  echo "Policy laid down at $POLICY_FILE."
fi

printf '%s' "$installed" > "$appdir/installed-files"

# Desktops find new menu entries, the jira-wizard:// handler and icons
# through these caches; without the tools, they rescan on their own.
if command -v update-desktop-database >/dev/null 2>&1; then
  update-desktop-database -q "$datadir/applications" || true
fi
if command -v gtk-update-icon-cache >/dev/null 2>&1; then
  gtk-update-icon-cache -q -t -f "$datadir/icons/hicolor" || true
fi

echo "Installed the Jira Connection Wizard in $appdir."
case ":$PATH:" in
  *":$bindir:"*) echo "Run it with: $APP" ;;
  *) echo "Run it with: $bindir/$APP (add $bindir to your PATH to type $APP alone)" ;;
esac
