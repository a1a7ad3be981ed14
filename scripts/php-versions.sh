#!/usr/bin/env bash
# Runs the phpt suite on several PHP versions: for each one, provides that PHP
# (scripts/build-php.sh, cached), builds calbook against it in a copy of the tree
# (scripts/build-for-php.sh) and runs scripts/phpt.sh plain with that PHP first on PATH.
#   scripts/php-versions.sh [tests/...]
# Env: CALBOOK_PHP_VERSIONS   the versions, default "8.2 8.4 8.5"; a version that the system's
#                             php-config reports is that PHP (Debian's 8.2 here), VERSION-zts-debug
#                             is a debug+ZTS PHP compiled from source (scripts/zts-debug.sh)
#      PHPT_JOBS, CALBOOK_PHP_CACHE.
# Prints one line per version and, last, "N passed, N failed" over all of them; exits non-zero
# when a PHP or calbook cannot be built, a test fails, or no test ran.
set -uo pipefail
cd "$(dirname "$0")/.."
[ $# -gt 0 ] || set -- tests/
total_p=0; total_f=0; status=0; report=()
system_ver=$(php-config --version 2>/dev/null | cut -d. -f1,2)

for v in ${CALBOOK_PHP_VERSIONS:-8.2 8.4 8.5}; do
	t0=$(date +%s)
	echo "=== PHP $v"
	case "$v" in
	*-zts-debug) prefix=$(bash scripts/build-php.sh "${v%-zts-debug}" --zts-debug | tail -1) ;;
	"$system_ver") prefix=$(php-config --prefix) ;;
	*) prefix=$(bash scripts/build-php.sh "$v" | tail -1) ;;
	esac
	if [ ! -x "$prefix/bin/php" ]; then
		report+=("PHP $v: could not be provided"); total_f=$((total_f + 1)); status=1; continue
	fi
	full=$("$prefix/bin/php" -n -r 'echo PHP_VERSION, PHP_ZTS ? " ZTS" : " NTS", PHP_DEBUG ? " debug" : "";')
	t1=$(date +%s)
	so=$(CALBOOK_BUILD_DIR=/tmp/calbook-build-php-$v bash scripts/build-for-php.sh "$prefix" | tail -1)
	if [ ! -f "$so" ]; then
		report+=("PHP $full: calbook does not build"); total_f=$((total_f + 1)); status=1; continue
	fi
	t2=$(date +%s)
	log=$(mktemp)
	(
		# An -O0 debug PHP needs several times the stack of a release build to destroy deeply
		# nested arrays (PHP itself crashes freeing a 100,000-deep array at the default 8 MiB).
		case "$v" in *-zts-debug) ulimit -s 65536 2>/dev/null || ulimit -s unlimited 2>/dev/null ;; esac
		export PATH="$prefix/bin:$PATH"
		cd "$(dirname "$(dirname "$so")")" && CALBOOK_SO=$so bash scripts/phpt.sh plain "$@"
	) 2>&1 | tee "$log"
	rc=${PIPESTATUS[0]}
	line=$(grep -aE '^phpt\(plain\): [0-9]+ passed, [0-9]+ failed' "$log" | tail -1)
	rm -f "$log"
	p=$(sed -nE 's/^phpt\(plain\): ([0-9]+) passed.*/\1/p' <<<"$line"); p=${p:-0}
	f=$(sed -nE 's/^phpt\(plain\): [0-9]+ passed, ([0-9]+) failed.*/\1/p' <<<"$line"); f=${f:-0}
	[ "$rc" -eq 0 ] || [ "$f" -gt 0 ] || f=1
	[ "$rc" -eq 0 ] && [ "$p" -gt 0 ] || status=1
	total_p=$((total_p + p)); total_f=$((total_f + f))
	report+=("PHP $full: $p passed, $f failed (PHP $((t1 - t0))s, calbook $((t2 - t1))s, tests $(( $(date +%s) - t2 ))s)")
done

echo "=== summary"
printf '%s\n' "${report[@]}"
[ "$total_p" -gt 0 ] || status=1
echo "$total_p passed, $total_f failed"
exit $status
