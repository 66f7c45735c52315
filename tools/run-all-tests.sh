#!/usr/bin/env bash
# Sets up, builds and runs every test: the GoogleTest unit tests and the lit
# suite (which includes the corpus and its qemu-arm runs). Exit status 0
# only if all pass; the last line is "N passed, N failed" over both suites.
set -uo pipefail
cd "$(dirname "$0")/.."
tools/setup.sh || exit 1

status=0
rm -f build/unit-results.xml build/lit-results.xml
echo "== unit tests"
build/bin/relocheck-unittests --gtest_brief=1 \
  --gtest_output=xml:build/unit-results.xml || status=1

echo "== lit tests (lit-tests/, includes corpus/ and qemu-arm runs;" \
  "two to five minutes)"
# -s: a progress bar on a terminal; -v: a failing test's commands and
# output, not just its name.
lit -sv --xunit-xml-output=build/lit-results.xml lit-tests/ || status=1

python3 tools/summarize-results.py build/unit-results.xml \
  build/lit-results.xml || status=1
exit $status
