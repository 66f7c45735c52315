//===- Finding.h - How a fuzz target reports a violated invariant ---------===//
//
// Every target prints a violated invariant as one line whose bracket holds
// the key tools/campaign.py deduplicates failures by:
//   invariant violated [checker-disagrees R_ARM_THM_CALL]: <what>
// With RELOCHECK_FUZZ_KEYS=FILE it also appends "<input hash> <key>\t<what>"
// to FILE (the hash is FNV-1a 64 of the input bytes, in hex), so that the
// campaign can key the input libFuzzer saves without running it again.
// With RELOCHECK_ONLY_KEY=KEY a run whose first finding is not KEY passes
// (report() returns false and the target goes on).
//
//===----------------------------------------------------------------------===//
#ifndef RELOCHECK_FUZZ_FINDING_H
#define RELOCHECK_FUZZ_FINDING_H

#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>

namespace finding {

struct Input {
  const uint8_t *Data = nullptr;
  size_t Size = 0;
};

/// The input being run; set by begin() first thing in
/// LLVMFuzzerTestOneInput.
inline Input Current;

/// Whether this run met, first, a finding RELOCHECK_ONLY_KEY does not ask
/// for.
inline bool OtherKeyFirst = false;

/// Starts a run of the target on Data.
inline void begin(const uint8_t *Data, size_t Size) {
  Current = {Data, Size};
  OtherKeyFirst = false;
}

inline uint64_t fnv1a64(const uint8_t *Data, size_t Size) {
  uint64_t H = 0xcbf29ce484222325ull;
  for (size_t I = 0; I < Size; ++I)
    H = (H ^ Data[I]) * 0x100000001b3ull;
  return H;
}

/// Prints the finding line (and notes it in RELOCHECK_FUZZ_KEYS) and
/// returns true: the caller aborts. With RELOCHECK_ONLY_KEY=KEY (set by
/// tools/campaign.py while it minimises an input of finding KEY) a run
/// whose first finding has another key passes: that report and every
/// later one in the run return false, and the caller goes on as if the
/// invariant held. So libFuzzer's -minimize_crash keeps only inputs that
/// fail first with KEY, not any input that fails. A note says so, once
/// per process (a minimisation runs millions of inputs).
[[nodiscard]] inline bool report(const std::string &Key,
                                 const std::string &What) {
  static const char *Only = std::getenv("RELOCHECK_ONLY_KEY");
  static bool Noted = false;
  if (Only && (OtherKeyFirst || Key != Only)) {
    if (!Noted) // the first time, so the run's first finding
      std::fprintf(stderr,
                   "RELOCHECK_ONLY_KEY: the first finding is [%s], not "
                   "the one asked for; the input passes\n",
                   Key.c_str());
    Noted = OtherKeyFirst = true;
    return false;
  }
  std::fprintf(stderr, "invariant violated [%s]: %s\n", Key.c_str(),
               What.c_str());
  if (const char *Path = std::getenv("RELOCHECK_FUZZ_KEYS"))
    if (FILE *F = std::fopen(Path, "a")) {
      std::string Line(What.substr(0, What.find('\n')));
      std::fprintf(F, "%016llx %s\t%s\n",
                   (unsigned long long)fnv1a64(Current.Data, Current.Size),
                   Key.c_str(), Line.c_str());
      std::fclose(F);
    }
  return true;
}

} // namespace finding

#endif
