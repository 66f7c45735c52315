#!/usr/bin/env bash
# Runs the relocheck benchmarks; see bench/README.md.
set -euo pipefail
cd "$(dirname "$0")/.."
python3 bench/bench_check.py
