#!/usr/bin/env bash
# Installs what the benchmark needs from Debian's packages (idempotent, quiet when all is there),
# builds calbook if modules/calbook.so is missing or older than its sources, and builds the plain
# C loop. Run by bench/run.sh; run it alone to prepare a machine.
set -euo pipefail
cd "$(dirname "$0")/.."

pkgs=(nginx-light openssl python3 gcc pkg-config libcurl4-openssl-dev libjansson-dev libssl-dev libutf8proc-dev
	php8.2-cli php8.2-dev php8.2-curl php8.2-mbstring php8.2-xml php-parser valgrind
	php-guzzlehttp-guzzle php-symfony-http-client php-laravel-framework redis-server php8.2-redis php-psr-log)
missing=()
for p in "${pkgs[@]}"; do
	# Any nginx flavour will do.
	if [ "$p" = nginx-light ] && command -v nginx >/dev/null; then continue; fi
	dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
	echo "setup: installing ${missing[*]}" >&2
	export DEBIAN_FRONTEND=noninteractive
	for _ in 1 2 3 4 5 6; do
		apt-get install -y --no-install-recommends "${missing[@]}" >/tmp/calbook-bench-apt.log 2>&1 && break
		# Another apt may hold the lock, or the package index may be missing.
		sleep 10
		apt-get update >/dev/null 2>&1 || true
	done
	for p in "${missing[@]}"; do
		dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q 'install ok installed' \
			|| { echo "setup: could not install $p (see /tmp/calbook-bench-apt.log)" >&2; exit 1; }
	done
fi
# nginx-light starts a system nginx on port 80 when installed: the benchmark runs its own.
if systemctl is-active --quiet nginx 2>/dev/null; then systemctl stop nginx || true; fi

so=modules/calbook.so
if [ ! -f "$so" ] || [ -n "$(find src php_calbook.c config.m4 -newer "$so" -print -quit 2>/dev/null)" ]; then
	echo "setup: building calbook" >&2
	bash scripts/build.sh >&2
fi

mkdir -p bench/.build
if [ ! -x bench/.build/loop ] || [ bench/c/loop.c -nt bench/.build/loop ]; then
	gcc -O2 -Wall -Wextra -o bench/.build/loop bench/c/loop.c $(pkg-config --cflags --libs libcurl jansson)
fi
