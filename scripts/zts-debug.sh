#!/usr/bin/env bash
# Runs the phpt suite on a debug+ZTS PHP 8.2 compiled from the upstream tarball of Debian's php8.2
# source package (scripts/build-php.sh 8.2 --zts-debug, cached under /var/cache/calbook), with
# calbook built against it (its own phpize/php-config) in a copy of the tree. A debug PHP reports
# emalloc leaks and assertion failures that a release build hides; ZTS checks the module globals
# and TSRM cache.
#   scripts/zts-debug.sh [tests/...]
# Env: CALBOOK_PHP_CACHE (default /var/cache/calbook), PHPT_JOBS.
# Prints the build times and, last, "N passed, N failed".
cd "$(dirname "$0")/.." || exit 1
CALBOOK_PHP_VERSIONS=8.2-zts-debug exec bash scripts/php-versions.sh "$@"
