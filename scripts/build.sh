#!/usr/bin/env bash
# Builds modules/calbook.so in place. Extra arguments go to configure.
#   scripts/build.sh                 plain build with -Wall -Wextra -Werror
#   CFLAGS=... LDFLAGS=... scripts/build.sh   (sanitizer builds: see scripts/build-asan.sh)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f configure ] || [ config.m4 -nt configure ] || [ -n "${CALBOOK_REBUILD:-}" ]; then
	phpize >/dev/null
fi
# gen_stub.php wants PHP-Parser 4.15.1 beside it; use Debian's php-parser offline.
if [ -d /usr/share/php/PhpParser ]; then
	mkdir -p build/PHP-Parser-4.15.1/lib
	ln -sfn /usr/share/php/PhpParser build/PHP-Parser-4.15.1/lib/PhpParser
fi
./configure --enable-calbook --enable-calbook-dev "$@" >/dev/null
make clean >/dev/null
make -j"$(nproc)" >/dev/null
php -n -d extension="$PWD/modules/calbook.so" -r 'exit(extension_loaded("calbook") ? 0 : 1);' \
	|| { echo "build: modules/calbook.so does not load" >&2; exit 1; }
echo "build: modules/calbook.so ok"
