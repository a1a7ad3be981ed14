#!/usr/bin/env bash
# Installs what calbook needs on Debian 12 (as root), idempotently.
#   scripts/install-deps.sh            build + test toolchain
#   scripts/install-deps.sh --all      also the Laravel example, the browser test and the fuzzers
set -euo pipefail
pkgs=(php8.2-dev php8.2-cli libcurl4-openssl-dev libjansson-dev libssl-dev libutf8proc-dev pkg-config php-parser valgrind php-pear
      gcc make git openssl ca-certificates nginx redis-server php8.2-redis php-psr-log)
if [ "${1:-}" = "--all" ]; then
	pkgs+=(php8.2-sqlite3 php8.2-mbstring php8.2-xml php8.2-curl php-laravel-framework php-guzzlehttp-guzzle
	       phpunit chromium clang libclang-rt-14-dev
	       build-essential)
fi
command -v npm >/dev/null 2>&1 || pkgs+=(npm)
# The Laravel example's browser test drives Debian's Chromium through chromedriver.
[ "${1:-}" = "--all" ] && pkgs+=(chromium-driver)
missing=()
for p in "${pkgs[@]}"; do
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
[ ${#missing[@]} -eq 0 ] && { echo "install-deps: everything is installed"; exit 0; }
if [ "$(id -u)" -ne 0 ]; then
	echo "install-deps: missing packages: ${missing[*]} (run as root, or: sudo apt-get install ${missing[*]})" >&2
	exit 1
fi
export DEBIAN_FRONTEND=noninteractive
for attempt in 1 2 3; do
	apt-get update -qq && apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null && break
	[ "$attempt" -eq 3 ] && { echo "install-deps: apt-get failed" >&2; exit 1; }
	sleep 5
done
echo "install-deps: installed ${missing[*]}"
