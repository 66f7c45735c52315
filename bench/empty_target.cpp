// The baseline for bench/fuzz_rate.py: a libFuzzer target that does nothing,
// so its exec/s is the engine's own cost on this machine.
#include <cstddef>
#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *, size_t) { return 0; }
