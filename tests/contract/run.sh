#!/usr/bin/env bash
# Contract test: every Calbook\Client method against Prism serving Cal.com's OpenAPI spec.
#
#   bash tests/contract/run.sh [/abs/path/calbook.so]      (default: modules/calbook.so)
#
# Environment:
#   CALBOOK_SPEC       the spec (default: ../shared/calcom/openapi-v2.json beside the repository,
#                      or beside the main checkout when this is a git worktree)
#   CALBOOK_PRISM_DIR  where Prism is installed and reused (default: ~/.cache/calbook/prism-5,
#                      or .work/prism-5 in the repository when the home directory is not writable)
#   CALBOOK_CONTRACT_TIMEOUT  seconds the calls may take in all (default 90)
#
# The spec is patched in a temporary copy, exactly for the points of shared/calcom/ERRATA.md that
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
spec=${CALBOOK_SPEC:-$root/../shared/calcom/openapi-v2.json}
if [ -z "${CALBOOK_SPEC:-}" ] && [ ! -f "$spec" ]; then
	# a git worktree: ../shared beside the main checkout
	common=$(git -C "$root" rev-parse --path-format=absolute --git-common-dir 2>/dev/null) \
		&& [ -f "$common/../../shared/calcom/openapi-v2.json" ] \
		&& spec=$(cd "$common/../../shared/calcom" && pwd)/openapi-v2.json
fi
php=${PHP:-php}
prism_version=5

die() { # die MESSAGE: a failure before any call ran
	echo "FAIL $*"
	echo "contract: 0 passed, 1 failed"
	exit 1
}

# calbook must load, with no ini and nothing else
[ -f "$so" ] || die "no extension at $so (build it with: bash scripts/build.sh)"
out=$("$php" -n -d extension="$so" -r 'exit(extension_loaded("calbook") ? 0 : 1);' 2>&1) \
	|| die "calbook does not load from $so: $out"
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
: >"$tmp/prism.log" # the probe's request is not part of the test

timeout -k 5 "${CALBOOK_CONTRACT_TIMEOUT:-90}" "$php" -n -d extension="$so" "$here/lib/runner.php" \
	"http://127.0.0.1:$port/v2" "$tmp/prism.log" "$tmp/spec.json" | tee "$tmp/out"
rc=${PIPESTATUS[0]}
if [ "$rc" -gt 1 ]; then
	# timed out or crashed before its closing line: count what it printed, and the crash
	if [ "$rc" -eq 124 ] || [ "$rc" -eq 137 ]; then
		echo "FAIL the calls did not finish within ${CALBOOK_CONTRACT_TIMEOUT:-90} s"
	else
		echo "FAIL the runner died with exit code $rc (a crash in calbook?) after the last line above"
	fi
	echo "contract: $(grep -c '^ok ' "$tmp/out") passed, $(( $(grep -c '^FAIL ' "$tmp/out") + 1 )) failed"
	exit 1
fi
exit "$rc"
