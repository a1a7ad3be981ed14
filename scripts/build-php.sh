#!/usr/bin/env bash
# Provides a PHP of a given version under a cache directory and prints its prefix as the LAST
# line of stdout (progress goes to stderr). $PREFIX/bin holds php, phpize and php-config; a
# finished prefix is reused (marker file .complete).
#   scripts/build-php.sh VERSION               release NTS PHP VERSION (8.4, 8.5, ...): Debian's own
#                                              build of the phpVERSION packages from the Debian suite
#                                              that carries them (trixie: 8.4, experimental: 8.5)
#   scripts/build-php.sh VERSION --zts-debug   debug+ZTS PHP VERSION (8.2) compiled here from the
#                                              upstream tarball of Debian's phpVERSION source package
# The release PHP has, as extensions, everything the phpt suite, Composer, PHPUnit, Orchestra
# Testbench and Laravel 12/13 use: PHP's defaults (ctype dom fileinfo filter iconv pdo pdo_sqlite
# sqlite3 phar posix session simplexml tokenizer xml xmlreader xmlwriter opcache) plus openssl
# mbstring curl zlib zip pcntl sockets bcmath; php.ini beside bin/php loads them. Its packages
# are unpacked (not installed: the system's own packages do not change) into $PREFIX/root, and
# bin/php is Debian's binary pointed at that tree's libc and libraries (patchelf).
# Why not compile the release from source: this archive serves the source files of bookworm only
# (8.2), not those of trixie or experimental; their binary packages it serves.
# Env: CALBOOK_PHP_CACHE (default /var/cache/calbook; CALBOOK_ZTS_CACHE is honoured too).
# Needs root the first time (apt-get).
set -uo pipefail
ver=${1:-}
variant=${2:-release}
fail() { echo "build-php: $*" >&2; exit 1; }
[[ "$ver" =~ ^[0-9]+\.[0-9]+$ ]] || fail "usage: scripts/build-php.sh VERSION [--zts-debug] (VERSION like 8.4)"
[ "$variant" = release ] || [ "$variant" = --zts-debug ] || fail "unknown option '$variant'"
cache=${CALBOOK_PHP_CACHE:-${CALBOOK_ZTS_CACHE:-/var/cache/calbook}}
pkg=php$ver
mkdir -p "$cache" || fail "cannot create $cache"
# One provider at a time per kind (the apt state and the prefixes are shared).
exec 9>"$cache/.build-php-${variant#--}.lock" && flock 9 || fail "cannot lock $cache"

need_host_packages() { # need_host_packages PKG...: installs the missing ones with apt-get
	local p missing=()
	for p in "$@"; do
		dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -c "install ok installed" >/dev/null || missing+=("$p")
	done
	[ ${#missing[@]} -eq 0 ] && return 0
	[ "$(id -u)" -eq 0 ] || fail "missing packages: ${missing[*]} (and not root)"
	echo "build-php: apt-get install ${missing[*]}" >&2
	export DEBIAN_FRONTEND=noninteractive
	apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null 2>&1 ||
		{ apt-get update -qq >/dev/null 2>&1; apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null; } ||
		fail "cannot install ${missing[*]}"
}

# ---------------------------------------------------------------- release: Debian's binary build
release_php() {
	# PHP extensions as Debian packages them (openssl, zlib, pcntl, filter, session, hash are in
	# the php binary itself; php8.x-common has ctype fileinfo iconv pdo phar posix sockets tokenizer).
	local exts=(xml mbstring curl sqlite3 bcmath zip opcache)
	local pkgs=("$pkg-cli" "$pkg-common") e
	for e in "${exts[@]}"; do pkgs+=("$pkg-$e"); done
	need_host_packages patchelf autoconf libtool shtool pkg-config build-essential

	# A private apt state (lists, cache, an empty dpkg status) so that apt resolves the whole
	# dependency closure of the packages in that suite without touching the system's apt.
	local suites="" target="" apt_dir lists
	for lists in "trixie" "sid" "sid experimental"; do
		apt_dir=$cache/apt-${lists// /-}
		mkdir -p "$apt_dir"/{lists/partial,archives/partial,cache,parts} || fail "cannot create $apt_dir"
		: > "$apt_dir/status"
		local s
		for s in $lists; do
			echo "deb [signed-by=/usr/share/keyrings/debian-archive-keyring.gpg] http://deb.debian.org/debian $s main"
		done > "$apt_dir/sources.list"
		apt_opts=(-o "Dir::Etc::sourcelist=$apt_dir/sources.list" -o "Dir::Etc::sourceparts=$apt_dir/parts"
		          -o "Dir::Etc::preferences=$apt_dir/preferences" -o "Dir::Etc::preferencesparts=$apt_dir/parts"
		          -o "Dir::State::lists=$apt_dir/lists" -o "Dir::State::status=$apt_dir/status"
		          -o "Dir::Cache=$apt_dir/cache" -o "Dir::Cache::archives=$apt_dir/archives"
		          -o APT::Install-Recommends=false -o APT::Sandbox::User=root)
		target=${lists##* }
		# The lists are refreshed once a day at most.
		if [ -z "$(find "$apt_dir/lists" -maxdepth 1 -name '*Packages*' -mmin -1440 2>/dev/null | head -1)" ]; then
			echo "build-php: apt-get update ($lists)" >&2
			apt-get "${apt_opts[@]}" update -qq >/dev/null 2>&1 || apt-get "${apt_opts[@]}" update -qq >&2 ||
				fail "apt-get update for $lists failed"
		fi
		debver=$(apt-cache "${apt_opts[@]}" -t "$target" policy "$pkg-cli" 2>/dev/null | awk '/Candidate:/{print $2}')
		if [ -n "$debver" ] && [ "$debver" != "(none)" ]; then suites=$lists; break; fi
	done
	[ -n "$suites" ] || fail "no Debian suite (trixie, sid, experimental) has $pkg-cli"
	# (opcache is part of the php binary from 8.5 on: no package of its own)
	local have
	have=$(apt-cache "${apt_opts[@]}" madison "${pkgs[@]}" 2>/dev/null | awk '{print $1}' | sort -u)
	local known=()
	for e in "${pkgs[@]}"; do grep -qx -- "$e" <<<"$have" && known+=("$e"); done
	pkgs=("${known[@]}")
	local upver=${debver%%-*}
	upver=${upver#*:}
	local key
	key=$(printf '%s\n' "$debver" "${pkgs[@]}" | sha256sum | cut -c1-12)
	prefix=$cache/php-$upver-$key
	[ -f "$prefix/.complete" ] && { echo "build-php: using cached PHP $upver (Debian $debver) in $prefix" >&2; return 0; }

	local t0
	t0=$(date +%s)
	echo "build-php: PHP $upver from Debian $target ($debver): downloading ${pkgs[*]} and dependencies" >&2
	rm -rf "$prefix" "$apt_dir"/archives/*.deb
	# PHP's packages from the target suite, their dependencies from the suite's base (experimental
	# holds only what changed, and its php-common may not fit yet).
	local wanted=()
	for e in "${pkgs[@]}"; do wanted+=("$e/$target"); done
	wanted+=("php-common/${suites%% *}")
	apt-get "${apt_opts[@]}" install --download-only -y -qq "${wanted[@]}" >/dev/null 2>&1 ||
		apt-get "${apt_opts[@]}" install --download-only -y "${wanted[@]}" >&2 ||
		fail "apt-get cannot download ${pkgs[*]} from $suites"
	# php-dev (headers, phpize, run-tests.php) without its dependencies (autoconf and the rest
	# come from the system).
	(cd "$apt_dir/archives" && apt-get "${apt_opts[@]}" download -qq "$pkg-dev/$target" >/dev/null 2>&1) ||
		fail "apt-get cannot download $pkg-dev"
	local root=$prefix/root deb
	mkdir -p "$root" "$prefix/bin" || fail "cannot create $prefix"
	for deb in "$apt_dir"/archives/*.deb; do
		dpkg-deb -x "$deb" "$root" || fail "cannot unpack $deb"
	done
	rm -f "$apt_dir"/archives/*.deb

	# bin/php: Debian's binary, run by that tree's dynamic loader and finding that tree's libraries
	# first (DT_RPATH also covers the libraries of the extensions it loads).
	local libdirs=$root/usr/lib/x86_64-linux-gnu:$root/lib/x86_64-linux-gnu
	local loader=$root/usr/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2
	[ -e "$loader" ] || loader=$root/lib/x86_64-linux-gnu/ld-linux-x86-64.so.2
	cp "$root/usr/bin/php$ver" "$prefix/bin/php" &&
		patchelf --set-interpreter "$loader" --force-rpath --set-rpath "$libdirs" "$prefix/bin/php" ||
		fail "patchelf failed on $prefix/bin/php"
	local api
	api=$(sed -nE 's/^phpapi="([0-9]+)"/\1/p' "$root/usr/bin/php-config$ver")
	local extdir=$root/usr/lib/php/$api
	# php.ini beside the binary (PHP looks there) loads the shared extensions.
	{
		echo "; written by scripts/build-php.sh"
		echo "extension_dir = \"$extdir\""
		[ -f "$extdir/opcache.so" ] && echo "zend_extension = opcache"
		# pdo before pdo_sqlite, xml before dom and the other XML extensions
		for e in pdo xml; do echo "extension = $e"; done
		for e in "$extdir"/*.so; do
			e=$(basename "$e" .so)
			case "$e" in opcache|pdo|xml) ;; *) echo "extension = $e" ;; esac
		done
	} > "$prefix/bin/php.ini"
	# phpize and php-config with the tree's paths and this php.
	sed -e "s|^prefix='/usr'|prefix='$root/usr'|" -e "s|^aclocaldir=.*|aclocaldir=/usr/share/aclocal|" \
		"$root/usr/bin/phpize$ver" > "$prefix/bin/phpize"
	sed -e "s|^prefix=\"/usr\"|prefix=\"$root/usr\"|" -e "s|^php_sapis=.*|php_sapis=\"cli\"|" \
		-e "s|^    php_cli_binary=.*|    php_cli_binary=\"$prefix/bin/php\"|" \
		"$root/usr/bin/php-config$ver" > "$prefix/bin/php-config"
	chmod +x "$prefix/bin/phpize" "$prefix/bin/php-config"
	ln -sfn "php$ver" "$root/usr/bin/php" 2>/dev/null || true
	[ "$("$prefix/bin/php-config" --php-binary)" = "$prefix/bin/php" ] || fail "php-config does not name $prefix/bin/php"
	[ -f "$extdir/build/run-tests.php" ] || fail "no run-tests.php in $extdir/build"
	local missing
	missing=$("$prefix/bin/php" -r 'foreach (["ctype","dom","fileinfo","filter","iconv","pdo","pdo_sqlite","sqlite3","phar","posix",
		"session","simplexml","tokenizer","xml","xmlreader","xmlwriter","Zend OPcache","openssl","mbstring","curl","zlib","zip",
		"pcntl","sockets","bcmath","json","hash"] as $e) if (!extension_loaded($e)) echo "$e ";' 2>&1)
	[ -z "$missing" ] || fail "PHP $upver lacks: $missing"
	touch "$prefix/.complete"
	echo "build-php: PHP $upver (Debian $debver, $suites) ready in $(( $(date +%s) - t0 ))s in $prefix" >&2
}

# ---------------------------------------------------------------- --zts-debug: compiled from source
has_source() { apt-cache showsrc "$pkg" 2>/dev/null | grep -c '^Version:' >/dev/null; }
ensure_source_index() {
	has_source && return 0
	[ "$(id -u)" -eq 0 ] || fail "no deb-src entry carries $pkg and not root"
	# Source indexes only (Types: deb-src): no binary package of the system changes.
	sed -E 's/^Types: deb$/Types: deb-src/' /etc/apt/sources.list.d/debian.sources \
		> /etc/apt/sources.list.d/calbook-deb-src.sources
	echo "build-php: added /etc/apt/sources.list.d/calbook-deb-src.sources, apt-get update" >&2
	local attempt
	for attempt in 1 2 3; do
		apt-get update -qq >&2 && has_source && return 0
		sleep 5
	done
	fail "no configured Debian suite carries the source of $pkg"
}

zts_debug_php() {
	# What the phpt suite and its helpers need: pcntl (fork tests), posix, ctype and tokenizer
	# (run-tests.php), openssl (the local TLS test server), filter.
	local flags=(--enable-debug --enable-zts --disable-all --enable-cli --disable-cgi --disable-phpdbg
	       --without-pear --without-sqlite3 --without-pdo-sqlite
	       --enable-pcntl --enable-posix --enable-ctype --enable-tokenizer --with-openssl --enable-filter)
	local src=$cache/src tarball
	mkdir -p "$src" || fail "cannot create $src"
	find_tarball() { ls -v "$src/${pkg}_${ver}".*.orig.tar.* 2>/dev/null | grep -v '\.asc$' | tail -1; }
	tarball=$(find_tarball)
	if [ -z "$tarball" ]; then
		ensure_source_index
		# The installed CLI's version first, then the newest the archive has.
		local installed found="" v
		installed=$(dpkg-query -W -f='${Version}' "$pkg-cli" 2>/dev/null)
		for v in $installed $(apt-cache showsrc "$pkg" 2>/dev/null | awk '/^Version:/{print $2}' | sort -rVu); do
			echo "build-php: apt-get source --download-only $pkg=$v" >&2
			(cd "$src" && apt-get source --download-only -qq "$pkg=$v" >/dev/null 2>&1) && { found=$v; break; }
		done
		[ -n "$found" ] || fail "apt-get source $pkg failed for every version"
		tarball=$(find_tarball)
		[ -n "$tarball" ] || fail "apt-get source $pkg=$found left no upstream tarball in $src"
	fi
	local upver key
	upver=$(basename "$tarball" | sed -E "s/^${pkg}_([0-9.]+)\.orig.*/\1/")
	key=$(printf '%s\n' "$upver" "${flags[@]}" | sha256sum | cut -c1-12)
	prefix=$cache/php-zts-debug-$upver-$key
	[ -f "$prefix/.complete" ] && { echo "build-php: using cached PHP $upver debug+ZTS in $prefix" >&2; return 0; }

	need_host_packages build-essential pkg-config libssl-dev
	rm -rf "$prefix"
	work=$(mktemp -d "$cache/build.XXXXXX") || fail "cannot create a build directory"
	trap 'rm -rf "$work"' EXIT
	tar -xf "$tarball" -C "$work" || fail "cannot unpack $tarball"
	local srcdir t0
	srcdir=$(find "$work" -mindepth 1 -maxdepth 1 -type d | head -1)
	t0=$(date +%s)
	echo "build-php: compiling PHP $upver debug+ZTS (several minutes)" >&2
	(cd "$srcdir" && ./configure --prefix="$prefix" "${flags[@]}" >"$work/configure.log" 2>&1) ||
		{ tail -30 "$work/configure.log" >&2; fail "PHP configure failed"; }
	(cd "$srcdir" && make -j2 >"$work/make.log" 2>&1 && make install >"$work/install.log" 2>&1) ||
		{ tail -30 "$work/make.log" "$work/install.log" >&2; fail "PHP build failed"; }
	# phpt.sh looks for run-tests.php under the extension dir's build/ (where Debian has it).
	local zext
	zext=$("$prefix/bin/php-config" --extension-dir)
	mkdir -p "$zext" && ln -sfn "$prefix/lib/php/build" "$zext/build"
	"$prefix/bin/php" -n -r 'exit(PHP_ZTS && PHP_DEBUG ? 0 : 1);' || fail "$prefix/bin/php is not debug+ZTS"
	touch "$prefix/.complete"
	echo "build-php: PHP $upver debug+ZTS compiled in $(( $(date +%s) - t0 ))s into $prefix" >&2
}

prefix=""
if [ "$variant" = release ]; then release_php; else zts_debug_php; fi
"$prefix/bin/php" -r 'exit(PHP_MAJOR_VERSION . "." . PHP_MINOR_VERSION === $argv[1] ? 0 : 1);' "$ver" ||
	fail "$prefix/bin/php does not run or is not PHP $ver"
echo "$prefix"
