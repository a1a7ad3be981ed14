#!/usr/bin/env bash
# Contract test: every Calbook\Client method against Prism serving Cal.com's OpenAPI spec.
#
#   bash tests/contract/run.sh [/abs/path/calbook.so]      (default: modules/calbook.so)
#
# Environment:
#   CALBOOK_SPEC       the spec (default: spec/calcom/openapi-v2.json in the repository)
#   CALBOOK_PRISM_DIR  where Prism is installed and reused (default: ~/.cache/calbook/prism-5,
#                      or .work/prism-5 in the repository when the home directory is not writable)
#   CALBOOK_CONTRACT_TIMEOUT  seconds the calls may take in all (default 90; 600 under a checker)
#   CALBOOK_CONTRACT_UNDER    plain (default), valgrind (definite leaks and memory errors fail),
#                      or asan (give the .so of scripts/build-asan.sh; ASan, UBSan and LSan)
#
# The spec is patched in a temporary copy, exactly for the points of spec/calcom/ERRATA.md that
# matter to calbook's requests and responses (tests/contract/lib/patch-spec.php prints each one).
# Prism (a mock that validates every request against the spec and answers 422 with the
# violations when one breaks it) runs on a free loopback port and is stopped at exit.
# Last line: "contract: N passed, N failed". Exits non-zero when anything failed, when nothing
# ran, or when calbook does not load.
set -uo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)

so=${1:-${CALBOOK_SO:-$root/modules/calbook.so}}
case $so in /*) ;; *) so=$PWD/$so ;; esac
spec=${CALBOOK_SPEC:-$root/spec/calcom/openapi-v2.json}
php=${PHP:-php}
prism_version=5

die() { # die MESSAGE: a failure before any call ran
	echo "FAIL $*"
	echo "contract: 0 passed, 1 failed"
	exit 1
}

tmp=$(mktemp -d "${TMPDIR:-/tmp}/calbook-contract.XXXXXX") || die "mktemp failed"
prism_pid=
cleanup() {
	if [ -n "$prism_pid" ]; then
		kill "$prism_pid" 2>/dev/null
		for _ in $(seq 1 50); do kill -0 "$prism_pid" 2>/dev/null || break; sleep 0.1; done
		kill -9 "$prism_pid" 2>/dev/null
		wait "$prism_pid" 2>/dev/null
	fi
	rm -rf "$tmp"
}
trap cleanup EXIT
trap 'exit 130' INT TERM

# The runner runs plainly or under a memory checker (which then has the last word)
under=${CALBOOK_CONTRACT_UNDER:-plain}
limit=${CALBOOK_CONTRACT_TIMEOUT:-90}
wrap=()
phpargs=(-n -d extension="$so")
checker_rc=99
case $under in
plain) ;;
valgrind)
	command -v valgrind >/dev/null 2>&1 || die "valgrind is not installed"
	limit=${CALBOOK_CONTRACT_TIMEOUT:-600}
	# PCRE's JIT code confuses memcheck (as run-tests -m knows): interpret patterns instead
	phpargs+=(-d pcre.jit=0)
	wrap=(env USE_ZEND_ALLOC=0 valgrind -q --leak-check=full --errors-for-leak-kinds=definite
		--show-leak-kinds=definite --error-exitcode=$checker_rc --log-file="$tmp/checker.log")
	;;
asan)
	limit=${CALBOOK_CONTRACT_TIMEOUT:-600}
	cc -shared -fPIC -O1 -o "$tmp/deepbind_shim.so" "$root/scripts/asan/deepbind_shim.c" -ldl \
		|| die "cannot build the RTLD_DEEPBIND shim"
	wrap=(env "LD_PRELOAD=$tmp/deepbind_shim.so:$(gcc -print-file-name=libasan.so)" USE_ZEND_ALLOC=0
		"ASAN_OPTIONS=verify_asan_link_order=0:intercept_tls_get_addr=0:detect_leaks=1:exitcode=$checker_rc:log_path=$tmp/checker.log"
		"UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1:exitcode=$checker_rc:log_path=$tmp/checker.log"
		"LSAN_OPTIONS=suppressions=$root/scripts/asan/lsan.supp:print_suppressions=0:exitcode=$checker_rc")
	;;
*) die "CALBOOK_CONTRACT_UNDER must be plain, valgrind or asan" ;;
esac

# calbook must load, with no ini and nothing else
[ -f "$so" ] || die "no extension at $so (build it with: bash scripts/build.sh)"
if [ "$under" = asan ]; then
	out=$("${wrap[@]}" "$php" "${phpargs[@]}" -r 'exit(extension_loaded("calbook") ? 0 : 1);' 2>&1) \
		|| die "calbook does not load from $so under ASan: $out $(cat "$tmp"/checker.log* 2>/dev/null)"
	rm -f "$tmp"/checker.log*
else
	out=$("$php" -n -d extension="$so" -r 'exit(extension_loaded("calbook") ? 0 : 1);' 2>&1) \
		|| die "calbook does not load from $so: $out"
fi
[ -f "$spec" ] || die "no spec at $spec (set CALBOOK_SPEC)"

# Prism: installed once into a cache directory, reused when present
if [ -n "${CALBOOK_PRISM_DIR:-}" ]; then
	prism_dir=$CALBOOK_PRISM_DIR
elif mkdir -p "${XDG_CACHE_HOME:-$HOME/.cache}/calbook" 2>/dev/null && [ -w "${XDG_CACHE_HOME:-$HOME/.cache}/calbook" ]; then
	prism_dir=${XDG_CACHE_HOME:-$HOME/.cache}/calbook/prism-$prism_version
else
	prism_dir=$root/.work/prism-$prism_version
fi
prism=$prism_dir/node_modules/.bin/prism
if [ ! -x "$prism" ]; then
	command -v npm >/dev/null 2>&1 || die "npm is missing (bash scripts/install-deps.sh installs it)"
	mkdir -p "$prism_dir" || die "cannot create $prism_dir"
	echo "installing @stoplight/prism-cli@$prism_version into $prism_dir"
	(
		# several checkouts on one machine may install at once: one at a time
		flock -w 300 9 || exit 1
		[ -x "$prism" ] || npm install --prefix "$prism_dir" --no-audit --no-fund --loglevel=error \
			"@stoplight/prism-cli@$prism_version" >"$prism_dir/npm-install.log" 2>&1
	) 9>"$prism_dir/.lock"
	[ -x "$prism" ] || die "npm install of @stoplight/prism-cli@$prism_version failed: $(tail -5 "$prism_dir/npm-install.log" 2>/dev/null)"
fi
version=$("$prism" --version 2>/dev/null) || die "$prism does not run"
case $version in "$prism_version".*) ;; *) die "Prism $version at $prism_dir, expected $prism_version.x" ;; esac

echo "spec: $spec"
"$php" -n "$here/lib/patch-spec.php" "$spec" "$tmp/spec.json" || die "the spec could not be patched"

# Start Prism on a free loopback port; wait (bounded) until it answers HTTP. A port taken
# between the probe and Prism's bind makes Prism exit: try another.
for attempt in 1 2 3; do
	port=$("$php" -n -r '$s = stream_socket_server("tcp://127.0.0.1:0", $e, $m) or exit(1);
		echo explode(":", stream_socket_get_name($s, false))[1];') || die "no free loopback port"
	: >"$tmp/prism.log"
	# debug: Prism logs each request's headers (the runner checks cal-api-version); the log is
	# a temporary file, deleted at exit, and never printed whole
	"$prism" mock -v debug -h 127.0.0.1 -p "$port" "$tmp/spec.json" >>"$tmp/prism.log" 2>&1 &
	prism_pid=$!
	up=0
	for _ in $(seq 1 600); do # 60 s at most; about 3 s on a quiet machine
		kill -0 "$prism_pid" 2>/dev/null || break
		if "$php" -n -r '$f = @fsockopen("127.0.0.1", (int) $argv[1], $e, $m, 1) or exit(1);
			fwrite($f, "GET /v2/me HTTP/1.0\r\nHost: 127.0.0.1\r\n\r\n");
			exit(str_starts_with((string) fgets($f), "HTTP/") ? 0 : 1);' "$port" 2>/dev/null; then
			up=1; break
		fi
		sleep 0.1
	done
	[ "$up" = 1 ] && break
	kill "$prism_pid" 2>/dev/null; wait "$prism_pid" 2>/dev/null; prism_pid=
done
if [ "$up" != 1 ]; then
	echo "Prism did not come up; its log:"; grep -v -i 'authorization' "$tmp/prism.log" | tail -20
	die "Prism $version did not start"
fi
echo "Prism $version (pid $prism_pid) serves the patched spec on http://127.0.0.1:$port"
[ "$under" = plain ] || echo "running the calls under $under"
: >"$tmp/prism.log" # the probe's request is not part of the test

timeout -k 5 "$limit" "${wrap[@]}" "$php" "${phpargs[@]}" "$here/lib/runner.php" \
	"http://127.0.0.1:$port/v2" "$tmp/prism.log" "$tmp/spec.json" | tee "$tmp/out"
rc=${PIPESTATUS[0]}
report=$(cat "$tmp"/checker.log* 2>/dev/null)
if [ "$rc" -gt 1 ] || { [ "$under" != plain ] && [ -n "$report" ]; }; then
	# timed out, crashed, or the checker found something: count what the runner printed, plus this
	if [ "$rc" -eq 124 ] || [ "$rc" -eq 137 ]; then
		echo "FAIL the calls did not finish within $limit s"
	elif [ -n "$report" ]; then
		echo "FAIL $under found errors in the calls above (exit code $rc):"
		echo "$report" | grep -v -i 'authorization' | head -60
	else
		echo "FAIL the runner died with exit code $rc (a crash in calbook?) after the last line above"
	fi
	echo "contract: $(grep -c '^ok ' "$tmp/out") passed, $(( $(grep -c '^FAIL ' "$tmp/out") + 1 )) failed"
	exit 1
fi
[ "$under" = plain ] || echo "$under: no errors, no definite leaks"
exit "$rc"
