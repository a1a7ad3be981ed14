#!/usr/bin/env bash
# The main job: install what is needed, build calbook, and run a booking flow against the bundled
# Cal.com emulator (the Laravel phone-agent flow when examples/laravel is present, else the plain
# client flow in examples/booking-flow.php).
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -x examples/laravel/bin/demo ]; then
	bash scripts/install-deps.sh --all
else
	bash scripts/install-deps.sh
fi
bash scripts/build.sh
so=$PWD/modules/calbook.so
if [ -x examples/laravel/bin/demo ]; then
	exec examples/laravel/bin/demo "$so"
fi
exec php -n -d extension="$so" examples/booking-flow.php
