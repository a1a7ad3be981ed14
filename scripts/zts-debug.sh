#!/usr/bin/env bash
# Builds a debug+ZTS PHP 8.2 from Debian's php8.2 source package (cached outside the tree),
# builds calbook against it (its own phpize/php-config) in a copy of the tree, and runs the phpt
# suite with it. A debug PHP reports emalloc leaks and assertion failures that a release build
# hides; ZTS checks the module globals and TSRM cache.
#   scripts/zts-debug.sh [tests/...]
# Env: CALBOOK_ZTS_CACHE (default /var/cache/calbook), CALBOOK_ZTS_DIR (calbook build copy,
#      default /tmp/calbook-zts-build), PHPT_JOBS.
# Prints the build times and, last, "N passed, N failed".
set -uo pipefail
cd "$(dirname "$0")/.."
root=$PWD
cache=${CALBOOK_ZTS_CACHE:-/var/cache/calbook}
# What the phpt suite and its helpers need: pcntl (fork tests), posix, ctype and tokenizer
# (run-tests.php), openssl (the local TLS test server), sockets is not needed.
exts=(--enable-pcntl --enable-posix --enable-ctype --enable-tokenizer --with-openssl --enable-filter)
flags=(--enable-debug --enable-zts --disable-all --enable-cli --disable-cgi --disable-phpdbg
       --without-pear --without-sqlite3 --without-pdo-sqlite "${exts[@]}")
fail() { echo "zts-debug: $*" >&2; echo "0 passed, 1 failed"; exit 1; }
t_start=$(date +%s)

# The source: the orig tarball (upstream PHP) of Debian's php8.2 source package: the installed
# CLI's version when the mirror has its source, else the newest version it has.
mkdir -p "$cache/src" || fail "cannot create $cache/src"
src=$cache/src
tarball=$(ls -v "$src"/php8.2_8.2.*.orig.tar.* 2>/dev/null | grep -v '\.asc$' | tail -1)
if [ -z "$tarball" ]; then
	# apt-get source needs a deb-src entry; add one mirroring the deb entries if missing.
	if ! grep -rqsE '^(Types:.*deb-src|deb-src )' /etc/apt/sources.list /etc/apt/sources.list.d/; then
		[ "$(id -u)" -eq 0 ] || fail "no deb-src entry and not root"
		sed -E 's/^Types: deb$/Types: deb-src/' /etc/apt/sources.list.d/debian.sources \
			> /etc/apt/sources.list.d/calbook-deb-src.sources
		apt-get update -qq || fail "apt-get update failed"
	fi
	installed=$(dpkg-query -W -f='${Version}' php8.2-cli 2>/dev/null)
	for v in $installed $(apt-cache showsrc php8.2 2>/dev/null | awk '/^Version:/{print $2}' | sort -rV); do
		(cd "$src" && apt-get source --download-only -qq "php8.2=$v" >/dev/null 2>&1) && break
	done
	tarball=$(ls -v "$src"/php8.2_8.2.*.orig.tar.* 2>/dev/null | grep -v '\.asc$' | tail -1)
	[ -n "$tarball" ] || fail "apt-get source php8.2 failed for every version"
fi
upver=$(basename "$tarball" | sed -E 's/^php8\.2_([0-9.]+)\.orig.*/\1/')
key=$(printf '%s\n' "$upver" "${flags[@]}" | sha256sum | cut -c1-12)
prefix=$cache/php-zts-debug-$upver-$key

if [ ! -f "$prefix/.complete" ]; then
	for p in build-essential pkg-config libssl-dev; do
		dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" ||
			{ DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$p" >/dev/null || fail "cannot install $p"; }
	done
	rm -rf "$prefix"
	work=$(mktemp -d "$cache/build.XXXXXX")
	tar -xf "$tarball" -C "$work" || fail "cannot unpack $tarball"
	srcdir=$(find "$work" -mindepth 1 -maxdepth 1 -type d | head -1)
	t0=$(date +%s)
	(cd "$srcdir" && ./configure --prefix="$prefix" "${flags[@]}" >"$work/configure.log" 2>&1) ||
		{ tail -30 "$work/configure.log" >&2; fail "PHP configure failed"; }
	(cd "$srcdir" && make -j2 >"$work/make.log" 2>&1 && make install >"$work/install.log" 2>&1) ||
		{ tail -30 "$work/make.log" >&2; fail "PHP build failed"; }
	touch "$prefix/.complete"
	rm -rf "$work"
	echo "zts-debug: PHP $upver debug+ZTS built in $(( $(date +%s) - t0 ))s into $prefix"
else
	echo "zts-debug: using cached PHP in $prefix"
fi
"$prefix/bin/php" -n -r 'exit(PHP_ZTS && PHP_DEBUG ? 0 : 1);' || fail "$prefix/bin/php is not debug+ZTS"
# phpt.sh looks for run-tests.php under the extension dir's build/ (where Debian has it).
zext=$("$prefix/bin/php-config" --extension-dir)
mkdir -p "$zext" && ln -sfn "$prefix/lib/php/build" "$zext/build"

# calbook, built in a copy of the tree with that PHP's phpize.
dest=${CALBOOK_ZTS_DIR:-/tmp/calbook-zts-build}
rm -rf "$dest" && mkdir -p "$dest"
git ls-files -z --cached --others --exclude-standard | grep -zE '^(config\.m4|php_calbook\.[ch]|src/|scripts/|tests/)' |
	xargs -0 cp --parents -t "$dest"
t0=$(date +%s)
(cd "$dest" && export PATH="$prefix/bin:$PATH" && phpize >/dev/null 2>&1 &&
	./configure --with-php-config="$prefix/bin/php-config" --enable-calbook --enable-calbook-dev >/dev/null 2>&1 &&
	make -j2 >"$dest/make.log" 2>&1) || { tail -30 "$dest/make.log" >&2; fail "calbook build against debug+ZTS PHP failed"; }
echo "zts-debug: calbook built in $(( $(date +%s) - t0 ))s"

# The suite, with that PHP first on PATH (phpt.sh takes php and php-config from PATH).
# An -O0 debug PHP needs several times the stack of a release build to destroy deeply nested
# arrays (PHP itself, without calbook, crashes freeing a 100,000-deep array at the default 8 MiB).
ulimit -s 65536 2>/dev/null || ulimit -s unlimited 2>/dev/null || true
[ $# -gt 0 ] || set -- tests/
export PATH="$prefix/bin:$PATH"
log=$(mktemp)
(cd "$dest" && CALBOOK_SO="$dest/modules/calbook.so" bash scripts/phpt.sh plain "$@") 2>&1 | tee "$log"
rc=${PIPESTATUS[0]}
line=$(grep -aE '^phpt\(plain\): [0-9]+ passed, [0-9]+ failed' "$log" | tail -1)
rm -f "$log"
p=$(sed -E 's/^phpt\(plain\): ([0-9]+) passed.*/\1/' <<<"$line"); p=${p:-0}
f=$(sed -E 's/^phpt\(plain\): [0-9]+ passed, ([0-9]+) failed.*/\1/' <<<"$line"); f=${f:-0}
[ "$rc" -eq 0 ] || [ "$f" -gt 0 ] || f=1
echo "zts-debug: total $(( $(date +%s) - t_start ))s"
echo "$p passed, $f failed"
[ "$rc" -eq 0 ]
