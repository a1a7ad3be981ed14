#!/usr/bin/env bash
# The main job: install what is needed and run the phone-booking service end to end against the
# bundled Cal.com emulator: the Laravel 13 app in examples/laravel (PHP 8.4 and calbook built for
# it, cached), or, without it, the plain client flow in examples/booking-flow.php.
#   bash scripts/demo.sh [--keep]     --keep leaves the Laravel app running (admin page URL and login printed)
set -euo pipefail
cd "$(dirname "$0")/.."
if [ -x examples/laravel/bin/demo ]; then
	bash scripts/install-deps.sh --all
	exec examples/laravel/bin/demo "$@"
fi
bash scripts/install-deps.sh
bash scripts/build.sh
exec php -n -d extension="$PWD/modules/calbook.so" examples/booking-flow.php
