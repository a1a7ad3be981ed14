#!/usr/bin/env bash
# Regenerates src/php/*_arginfo.h from the stubs (the stubs are the source of the PHP API).
# Needs php8.2-dev (gen_stub.php) and php-parser (Debian's PHP-Parser, used offline).
set -euo pipefail
cd "$(dirname "$0")/.."
gen=$(php-config --extension-dir)/build/gen_stub.php
[ -f "$gen" ] || gen=/usr/lib/php/$(php-config --phpapi)/build/gen_stub.php
[ -f "$gen" ] || { echo "gen-stubs: gen_stub.php not found (apt-get install php8.2-dev)" >&2; exit 1; }
[ -d /usr/share/php/PhpParser ] || { echo "gen-stubs: PHP-Parser not found (apt-get install php-parser)" >&2; exit 1; }
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
cp "$gen" "$tmp/gen_stub.php"
mkdir -p "$tmp/PHP-Parser-4.15.1/lib"
ln -s /usr/share/php/PhpParser "$tmp/PHP-Parser-4.15.1/lib/PhpParser"
for stub in src/php/*.stub.php; do
	php "$tmp/gen_stub.php" -f "$stub"
done
