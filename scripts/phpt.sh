#!/usr/bin/env bash
# Runs the phpt suite against a built calbook.so and prints "phpt(MODE): N passed, N failed, N skipped".
#   scripts/phpt.sh [plain|valgrind|asan] [tests/...]
# Env: CALBOOK_SO (default modules/calbook.so), PHPT_JOBS (default 2), CALBOOK_EXPECTED_SKIPS (default 0),
#      PHPT_SUMMARY (file to append "MODE passed failed skipped" to).
# Exits non-zero when a test fails or leaks, when none ran, when more were skipped than expected,
# or when the extension does not load.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$PWD
mode=${1:-plain}; shift || true
[ $# -gt 0 ] || set -- tests/
so=${CALBOOK_SO:-$root/modules/calbook.so}
extdir=$(php-config --extension-dir)
php_bin=$(command -v php)
args=(-n -d "extension_dir=$extdir" -d "extension=$so" -q --show-diff)
runner=$(dirname "$(php-config --extension-dir)")/$(basename "$extdir")/build/run-tests.php
[ -f "$runner" ] || runner=$extdir/build/run-tests.php
[ -f "$runner" ] || runner=/usr/lib/php/$(php-config --phpapi)/build/run-tests.php

check_php=$php_bin
work=""
if [ "$mode" = asan ]; then
	# A wrapper executable that preloads the RTLD_DEEPBIND shim and libasan (Debian's PHP loads extensions with RTLD_DEEPBIND, which libasan refuses).
	work=$(mktemp -d /tmp/calbook-asan.XXXXXX)
	cc -shared -fPIC -O1 -o "$work/deepbind_shim.so" scripts/asan/deepbind_shim.c -ldl
	libasan=$(gcc -print-file-name=libasan.so)
	cat > "$work/php" <<WRAP
#!/bin/sh
export LD_PRELOAD="$work/deepbind_shim.so:$libasan\${LD_PRELOAD:+:\$LD_PRELOAD}"
export ASAN_OPTIONS="verify_asan_link_order=0:intercept_tls_get_addr=0:detect_leaks=1:abort_on_error=0:\${ASAN_OPTIONS:-}"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$root/scripts/asan/lsan.supp:print_suppressions=0"
export USE_ZEND_ALLOC=0
exec $php_bin "\$@"
WRAP
	chmod +x "$work/php"
	check_php=$work/php
fi
if ! "$check_php" -n -d "extension=$so" -r 'exit(extension_loaded("calbook") ? 0 : 1);' 2>/tmp/calbook-load.$$; then
	echo "phpt($mode): calbook does not load from $so:" >&2; cat /tmp/calbook-load.$$ >&2; rm -f /tmp/calbook-load.$$
	exit 1
fi
if [ -s /tmp/calbook-load.$$ ]; then
	echo "phpt($mode): loading calbook printed something:" >&2; cat /tmp/calbook-load.$$ >&2; rm -f /tmp/calbook-load.$$
	exit 1
fi
rm -f /tmp/calbook-load.$$

export NO_INTERACTION=1 REPORT_EXIT_STATUS=1
log=$(mktemp)
case "$mode" in
plain)
	"$php_bin" -n "$runner" "${args[@]}" -j"${PHPT_JOBS:-2}" "$@" 2>&1 | tee "$log" ;;
valgrind)
	command -v valgrind >/dev/null || { echo "phpt(valgrind): valgrind is not installed" >&2; exit 1; }
	export VALGRIND_OPTS="--leak-check=full --errors-for-leak-kinds=definite --show-leak-kinds=definite --trace-children-skip=*/php*,*/timeout,*/nginx,*/openssl ${VALGRIND_OPTS_EXTRA:-}"
	"$php_bin" -n "$runner" "${args[@]}" -m -j"${PHPT_JOBS:-2}" "$@" 2>&1 | tee "$log" ;;
asan)
	TEST_PHP_EXECUTABLE="$work/php" "$php_bin" -n "$runner" "${args[@]}" --asan -j"${PHPT_JOBS:-2}" "$@" 2>&1 | tee "$log"
	;;
*) echo "usage: scripts/phpt.sh [plain|valgrind|asan] [tests...]" >&2; exit 2 ;;
esac

num() { grep -E "^Tests $1" "$log" | head -1 | sed -E 's/^[^:]*: *([0-9]+).*/\1/'; }
passed=$(num passed); failed=$(num failed); skipped=$(num skipped); leaked=$(num leaked); warned=$(num warned); borked=$(grep -cE '^BORK' "$log")
passed=${passed:-0}; failed=${failed:-0}; skipped=${skipped:-0}; leaked=${leaked:-0}; warned=${warned:-0}
bad=$((failed + leaked + warned + borked))
rm -f "$log"
[ -n "$work" ] && rm -rf "$work"
[ -n "${PHPT_SUMMARY:-}" ] && echo "$mode $passed $bad $skipped" >> "$PHPT_SUMMARY"
echo "phpt($mode): $passed passed, $bad failed, $skipped skipped (leaked $leaked, warned $warned, borked $borked)"
status=0
[ "$bad" -eq 0 ] || status=1
[ "$passed" -gt 0 ] || { echo "phpt($mode): no test ran" >&2; status=1; }
[ "$skipped" -le "${CALBOOK_EXPECTED_SKIPS:-0}" ] || { echo "phpt($mode): $skipped skipped, expected at most ${CALBOOK_EXPECTED_SKIPS:-0}" >&2; status=1; }
exit $status
