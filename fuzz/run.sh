#!/usr/bin/env bash
# Builds every libFuzzer harness (fuzz/fuzz_*.c) over the plain-C core with clang's
# -fsanitize=fuzzer,address,undefined, then runs each for SECONDS from a seed corpus built from
# the tests' own data (fuzz/seeds.php) plus the committed corpus fuzz/corpus/<name>/ (inputs that
# once crashed: each is replayed on every run).
#   fuzz/run.sh [SECONDS] [name...]      (SECONDS per harness, default 60)
# Prints per harness the executions (libFuzzer's stat::number_of_executed_units) and pass/fail,
# then "fuzz: N passed, N failed". A crash leaves its input in the printed work directory.
set -uo pipefail
cd "$(dirname "$0")/.."
root=$PWD
secs=${1:-60}; shift || true
cc=${FUZZ_CC:-clang}
command -v "$cc" >/dev/null || { echo "fuzz: $cc is not installed (scripts/install-deps.sh --all)"; echo "fuzz: 0 passed, 1 failed"; exit 1; }
work=${FUZZ_WORK:-$(mktemp -d /tmp/calbook-fuzz.XXXXXX)}
mkdir -p "$work"
php -n fuzz/seeds.php "$work/seeds" || { echo "fuzz: seed corpus failed"; echo "fuzz: 0 passed, 1 failed"; exit 1; }

# Every plain-C core file (they include no PHP header), with libcurl, jansson, libcrypto and utf8proc.
mapfile -t core < <(ls src/core/*.c)
libs=$(pkg-config --libs jansson libcurl libcrypto libutf8proc)
cflags="-g -O1 -fno-omit-frame-pointer -fsanitize=fuzzer,address,undefined -fno-sanitize-recover=undefined
        -Wall -Wextra -Werror -Wno-unused-parameter -Wno-missing-field-initializers -I$root/src
        $(pkg-config --cflags jansson libcurl libcrypto libutf8proc)"

harnesses=()
if [ $# -gt 0 ]; then
	for n in "$@"; do harnesses+=("fuzz/fuzz_$n.c"); done
else
	harnesses=(fuzz/fuzz_*.c)
fi
passed=0; failed=0; summary=()
for h in "${harnesses[@]}"; do
	name=$(basename "$h" .c); name=${name#fuzz_}
	kind=$(sed -nE 's/^ \* seeds: *([a-z]+).*/\1/p' "$h" | head -1); kind=${kind:-json}
	extra=$(sed -nE 's/^ \* libs: *([^*]*).*$/\1/p' "$h" | head -1)
	bin=$work/fuzz_$name
	# shellcheck disable=SC2086
	if ! $cc $cflags -o "$bin" "$h" "${core[@]}" $libs $extra 2>"$work/$name.build.log"; then
		cat "$work/$name.build.log"
		echo "fuzz($name): FAILED to build"; failed=$((failed + 1)); summary+=("$name build-failed"); continue
	fi
	corpus=$work/corpus-$name
	mkdir -p "$corpus" "$work/artifacts-$name"
	cp "$work/seeds/$kind"/* "$corpus"/ 2>/dev/null
	regress=()
	[ -d "fuzz/corpus/$name" ] && regress=("fuzz/corpus/$name")
	dict=()
	[ -f "fuzz/$name.dict" ] && dict=(-dict="fuzz/$name.dict")
	[ "$kind" = json ] && [ -f fuzz/json.dict ] && [ ${#dict[@]} -eq 0 ] && dict=(-dict=fuzz/json.dict)
	log=$work/$name.log
	ASAN_OPTIONS="detect_leaks=1:allocator_may_return_null=1" UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1" \
		"$bin" -max_total_time="$secs" -print_final_stats=1 -rss_limit_mb=2048 -max_len=65536 -timeout=10 \
		-artifact_prefix="$work/artifacts-$name/" "${dict[@]}" "$corpus" "${regress[@]}" >"$log" 2>&1
	rc=$?
	execs=$(sed -nE 's/^stat::number_of_executed_units: *([0-9]+).*/\1/p' "$log" | tail -1)
	crash=$(ls "$work/artifacts-$name"/ 2>/dev/null | head -1)
	if [ "$rc" -eq 0 ] && [ -z "$crash" ]; then
		passed=$((passed + 1))
		echo "fuzz($name): ${execs:-0} executions in ${secs}s, no crash: ok"
		summary+=("$name ${execs:-0}")
	else
		failed=$((failed + 1))
		grep -aE '^(==[0-9]+==ERROR|SUMMARY|.*runtime error)' "$log" | head -5
		echo "fuzz($name): ${execs:-0} executions, FAILED (exit $rc${crash:+, input $work/artifacts-$name/$crash}; log $log)"
		summary+=("$name ${execs:-0} FAILED")
	fi
done
if [ "$failed" -eq 0 ] && [ -z "${FUZZ_WORK:-}" ]; then rm -rf "$work"; else echo "fuzz: work directory $work"; fi
echo "fuzz: $passed passed, $failed failed"
[ "$failed" -eq 0 ] && [ "$passed" -gt 0 ]
