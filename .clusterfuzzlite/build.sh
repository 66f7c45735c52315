#!/bin/bash -eu
# ClusterFuzzLite / OSS-Fuzz build recipe. The engine sets $CC, $CXX,
# $CFLAGS, $CXXFLAGS (sanitizer and coverage flags), $LIB_FUZZING_ENGINE,
# $SRC and $OUT; this compiles every fuzz/ target with them and puts each in
# $OUT beside its .options, .dict and zipped seed corpus (corpus/<target>/).
# Tried here with those variables set by hand (docs/fuzzing.md).
cd "$SRC/relocheck"
work="${WORK:-$(mktemp -d)}/relocheck-build"

# Debian's and apt.llvm.org's LLVM 22 libraries are built against libstdc++;
# the engines' default -stdlib=libc++ could not link with them.
CXXFLAGS="${CXXFLAGS//-stdlib=libc++/}"

targets=()
for src in fuzz/*.cpp; do
  name="$(basename "$src" .cpp)"
  [ "$name" = ReplayMain ] || targets+=("$name")
done

cmake -S . -B "$work" -G Ninja -DCMAKE_BUILD_TYPE=Release \
  -DCMAKE_C_COMPILER="$CC" -DCMAKE_CXX_COMPILER="$CXX" \
  -DCMAKE_C_FLAGS="$CFLAGS" -DCMAKE_CXX_FLAGS="$CXXFLAGS" \
  -DRELOCHECK_FUZZING_ENGINE="$LIB_FUZZING_ENGINE" \
  -DRELOCHECK_BUILD_TESTS=OFF
cmake --build "$work" --target "${targets[@]}"

for name in "${targets[@]}"; do
  cp "$work/bin/$name" "$OUT/"
  cp "fuzz/$name.options" "$OUT/"
  if [ -f "fuzz/$name.dict" ]; then cp "fuzz/$name.dict" "$OUT/"; fi
  python3 - "corpus/$name" "$OUT/${name}_seed_corpus.zip" <<'PY'
import os, sys, zipfile
src, dst = sys.argv[1], sys.argv[2]
with zipfile.ZipFile(dst, "w", zipfile.ZIP_DEFLATED) as z:
    for f in sorted(os.listdir(src)):
        z.write(os.path.join(src, f), f)
PY
done
