#!/usr/bin/env bash
# Runs a reference site of ../shared/bench (run-starlight.sh or run-floor.sh)
# from a scratch mirror: the runners install playwright-core next to
# themselves, and the shared folder is read-only. Same $BENCH_WORK, corpus
# and results.jsonl as `npm run bench`.
#
#   npm run bench:peer -- 1000            Starlight, N=1000
#   npm run bench:peer -- 1000 floor      bare Astro + Pagefind
set -euo pipefail
N=${1:?usage: bench:peer N [starlight|floor]}
GEN=${2:-starlight}
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
SHARED=$(cd "$ROOT/${BENCH_SHARED:-../shared/bench}" && pwd)
export BENCH_WORK=${BENCH_WORK:-/tmp/bench-work}
MIRROR="$BENCH_WORK/shared-mirror/bench"
mkdir -p "$MIRROR"
# Everything but node_modules, refreshed each time; seeds stay where they are.
tar -C "$SHARED" --exclude=./node_modules -cf - . | tar -C "$MIRROR" --no-same-permissions -xf -
chmod -R u+w "$MIRROR"
export BENCH_SEEDS=${BENCH_SEEDS:-$(cd "$SHARED/../seeds" && pwd)}
[ -d "$MIRROR/node_modules/playwright-core" ] || (cd "$MIRROR" && npm ci --no-audit --no-fund --loglevel=error >&2)
exec bash "$MIRROR/run-$GEN.sh" "$N"
