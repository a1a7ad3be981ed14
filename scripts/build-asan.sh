#!/usr/bin/env bash
# Builds calbook with AddressSanitizer and UBSan in a copy of the tree (the in-tree build stays
# as it is) and prints the path of the resulting calbook.so.
#   so=$(bash scripts/build-asan.sh) && CALBOOK_SO=$so bash scripts/phpt.sh asan
set -euo pipefail
cd "$(dirname "$0")/.."
dest=${CALBOOK_ASAN_DIR:-/tmp/calbook-asan-build}
rm -rf "$dest" && mkdir -p "$dest"
git ls-files -z --cached --others --exclude-standard | grep -zE '^(config\.m4|php_calbook\.[ch]|src/|scripts/)' | xargs -0 cp --parents -t "$dest"
cd "$dest"
flags="-g -O1 -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=undefined"
phpize >/dev/null 2>&1
CFLAGS="$flags" LDFLAGS="-fsanitize=address,undefined" ./configure --enable-calbook --enable-calbook-dev >/dev/null
make -j"$(nproc)" >/dev/null
echo "$dest/modules/calbook.so"
