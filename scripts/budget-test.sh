#!/usr/bin/env bash
# The multi-process test of the shared rate-limit budget (tests/budget/lib/test.php): 8 backfill
# processes and a live booker on one API key through RedisRateLimiter, against the emulator with
# the rate limit scaled to 120 per 6 s, first with redis-server up, then with it killed midway.
#   bash scripts/budget-test.sh [--bookings=N] [--workers=N] [--limit=N] [--window=S] [--block=S]
# Installs redis-server, php8.2-redis and php-psr-log (scripts/install-deps.sh) when missing, builds calbook when
# modules/calbook.so is missing or older than its sources (CALBOOK_SO names another build).
# About 3 minutes. Last line "N passed, N failed"; exits non-zero when a check failed.
set -euo pipefail
cd "$(dirname "$0")/.."
# redis-server, phpredis and the limiter's PSR-3 logger interface (Debian's php-psr-log: no Composer here).
if [ ! -x /usr/bin/redis-server ] || [ ! -f /usr/share/php/Psr/Log/autoload.php ] || ! php -r 'exit(extension_loaded("redis") ? 0 : 1);'; then
	bash scripts/install-deps.sh >&2
fi
so=${CALBOOK_SO:-modules/calbook.so}
if [ -z "${CALBOOK_SO:-}" ] && { [ ! -f "$so" ] || [ -n "$(find src php_calbook.c config.m4 -newer "$so" -print -quit)" ]; }; then
	bash scripts/build.sh >&2
fi
CALBOOK_SO=$(realpath "$so") exec php -d extension="$(realpath "$so")" tests/budget/lib/test.php "$@"
