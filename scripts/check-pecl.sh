#!/usr/bin/env bash
# Packs calbook with `pecl package`, installs the tgz with `pecl install`, checks that the installed
# extension loads and reports the source's version, then uninstalls it.
set -euo pipefail
cd "$(dirname "$0")/.."
tmp=$(mktemp -d); trap 'rm -rf "$tmp"' EXIT
version=$(sed -nE 's/#define PHP_CALBOOK_VERSION "(.*)"/\1/p' php_calbook.h)
pecl package package.xml > "$tmp/package.log" 2>&1 || { cat "$tmp/package.log"; exit 1; }
# The release date is the date of the release, not of this run: that one warning is expected.
if grep -iE "warning|error" "$tmp/package.log" | grep -qvE 'field "date" - Release Date "[0-9-]+" is not today'; then
	cat "$tmp/package.log"; exit 1
fi
mv "calbook-$version.tgz" "$tmp/"
pecl install -f "$tmp/calbook-$version.tgz" > "$tmp/install.log" 2>&1 || { tail -30 "$tmp/install.log"; exit 1; }
out=$(php -n -d extension=calbook -r 'echo phpversion("calbook");' 2>&1)
pecl uninstall calbook >/dev/null 2>&1 || true
[ "$out" = "$version" ] || { echo "the installed extension says: $out"; exit 1; }
echo "pecl: calbook-$version.tgz packed, installed and loaded"
