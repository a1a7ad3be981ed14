#!/usr/bin/env bash
# Builds calbook against another PHP (its phpize and php-config) in a copy of the tree, with
# -Wall -Wextra -Werror (--enable-calbook-dev), checks that it loads, and prints the path of the
# built calbook.so as the LAST line of stdout (progress and build errors go to stderr).
#   scripts/build-for-php.sh PREFIX        PREFIX as printed by scripts/build-php.sh
# Env: CALBOOK_BUILD_DIR (the copy, default /tmp/calbook-build-<basename of PREFIX>).
set -uo pipefail
cd "$(dirname "$0")/.."
prefix=${1:-}
fail() { echo "build-for-php: $*" >&2; exit 1; }
[ -x "$prefix/bin/php" ] && [ -x "$prefix/bin/phpize" ] && [ -x "$prefix/bin/php-config" ] ||
	fail "usage: scripts/build-for-php.sh PREFIX (a PHP prefix with bin/php, bin/phpize, bin/php-config)"
dest=${CALBOOK_BUILD_DIR:-/tmp/calbook-build-$(basename "$prefix")}
case "$dest" in /|"$PWD"|"$PWD"/*) fail "CALBOOK_BUILD_DIR must lie outside the tree" ;; esac

# The copy: every file git knows (tracked, or new and not ignored), as it is in the work tree.
rm -rf "$dest" && mkdir -p "$dest" || fail "cannot create $dest"
git ls-files -z --cached --others --exclude-standard | xargs -0 cp --parents -t "$dest" 2>/dev/null
[ -f "$dest/config.m4" ] || fail "copying the tree to $dest failed"
# The committed arginfo headers are the stubs' output: keep them newer than the stubs so that
# make never runs gen_stub.php (which would want a PHP-Parser of that PHP's choosing).
find "$dest" -name '*_arginfo.h' -exec touch {} +

t0=$(date +%s)
log=$dest/build.log
(
	cd "$dest" && export PATH="$prefix/bin:$PATH" &&
	phpize &&
	./configure --with-php-config="$prefix/bin/php-config" --enable-calbook --enable-calbook-dev &&
	make -j2
) >"$log" 2>&1 || { grep -E '(error|warning):|Error [0-9]' "$log" | head -40 >&2; fail "build against $prefix failed (log: $log)"; }
so=$dest/modules/calbook.so
[ -f "$so" ] || fail "no $so after the build"
out=$("$prefix/bin/php" -n -d extension="$so" -r 'exit(extension_loaded("calbook") ? 0 : 1);' 2>&1) && [ -z "$out" ] ||
	{ echo "$out" >&2; fail "$so does not load cleanly into $prefix/bin/php"; }
echo "build-for-php: calbook for PHP $("$prefix/bin/php" -n -r 'echo PHP_VERSION;') built in $(( $(date +%s) - t0 ))s" >&2
echo "$so"
