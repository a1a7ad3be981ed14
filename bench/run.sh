#!/usr/bin/env bash
# The benchmark, one command: installs what it needs (Debian packages), builds calbook and the
# plain C loop if needed, starts its own loopback servers, prints the table, stops the servers.
#
#   bash bench/run.sh            # full run (about 15 to 20 minutes on 2 cores)
#   bash bench/run.sh --quick    # a short run to try it out (about 2 minutes)
#   bash bench/run.sh --only=cpu,book --rounds=3 --rtt=40 --markdown=/tmp/table.md
set -euo pipefail
cd "$(dirname "$0")/.."
bash bench/setup.sh
exec php bench/run.php "$@"
