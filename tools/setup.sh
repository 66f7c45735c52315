#!/usr/bin/env bash
# Installs every Debian package relocheck needs, puts `lit` and `FileCheck`
# on PATH, and builds build/bin/relocheck. Idempotent: run it as often as
# you like (as root, or with sudo available).
set -euo pipefail
cd "$(dirname "$0")/.."

PACKAGES=(
  cmake ninja-build g++ python3
  llvm-22-dev llvm-22-tools lld-22 clang-22 libclang-rt-22-dev
  libgtest-dev
  qemu-user binutils-arm-linux-gnueabihf mold chromium gnuplot-nox
  zlib1g-dev libzstd-dev libxml2-dev libedit-dev libffi-dev libncurses-dev
)

SUDO=""
if [ "$(id -u)" != 0 ]; then SUDO="sudo"; fi

missing=()
for p in "${PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" \
    || missing+=("$p")
done
if [ "${#missing[@]}" -gt 0 ]; then
  echo "setup: installing ${missing[*]}" >&2
  $SUDO apt-get update -q >&2
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -q \
    --no-install-recommends "${missing[@]}" >&2
fi

# Debian ships lit and FileCheck as lit-22 / FileCheck-22; users type `lit`.
for tool in lit FileCheck; do
  if ! command -v "$tool" >/dev/null 2>&1; then
    $SUDO ln -sf "/usr/lib/llvm-22/bin/$tool" "/usr/local/bin/$tool"
  fi
done

BUILD_DIR=${BUILD_DIR:-build}
if [ ! -f "$BUILD_DIR/build.ninja" ]; then
  cmake -S . -B "$BUILD_DIR" -G Ninja -DCMAKE_BUILD_TYPE=Release >&2
fi
ninja -C "$BUILD_DIR" -j"$(nproc)" >&2
echo "setup: built $BUILD_DIR/bin/relocheck" >&2

# lit-tests/campaign fuzzes a libFuzzer build with planted faults
# (build-faults/); built here, so that `lit lit-tests/` does not spend
# minutes building it inside a test with nothing on the screen.
if command -v clang++-22 >/dev/null 2>&1; then
  echo "setup: building the planted-fault fuzz build (build-faults/)" >&2
  python3 tools/campaign.py --build-only --planted >&2
fi
echo "setup: done; run the suite with: lit lit-tests/" >&2
