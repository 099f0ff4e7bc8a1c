#!/usr/bin/env bash
# `npm test`: typecheck, lint, unit and integration tests, weapp build with its size check,
# cloud-function bundles, the built output tested (bundles run, weapp pages rendered, deployment
# files), H5 build, staff console build, browser journeys. Ends with one line "N passed, N failed".
set -u -o pipefail
cd "$(dirname "$0")/.."
RESULTS=.test-results
rm -rf "$RESULTS"
mkdir -p "$RESULTS"

stage() {
  local name=$1
  shift
  echo "── $name"
  if "$@"; then
    printf '%s\tpass\n' "$name" >>"$RESULTS/stages.tsv"
  else
    printf '%s\tfail\n' "$name" >>"$RESULTS/stages.tsv"
  fi
}

stage typecheck npx tsc -p tsconfig.json --noEmit
stage lint npm run -s lint
stage jest npx jest --ci --maxWorkers=2 --json --outputFile="$RESULTS/jest.json"
stage weapp-build npx tsx scripts/build.ts weapp
stage functions-build npx tsx scripts/build.ts functions
stage built npx jest -c jest.built.config.js --ci --runInBand --json --outputFile="$RESULTS/built.json"
stage h5-build npx tsx scripts/build.ts h5
stage console-build npx tsx scripts/build.ts console
stage chromium bash scripts/ensure-chromium.sh
stage e2e npx jest -c jest.e2e.config.js --ci --runInBand --json --outputFile="$RESULTS/e2e.json"

npx tsx scripts/test-summary.ts "$RESULTS"
