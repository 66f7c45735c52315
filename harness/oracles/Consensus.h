//===- Consensus.h - Goldens only where other linkers vouch -----*- C++ -*-===//
//
// `relocheck golden --from=lld,gnu-ld` writes a test's golden (its dump
// lines) only when every named oracle wrote, at every site, the very bytes
// relocheck wrote, and the checker finds those bytes right by the ABI; a
// site relocheck refuses is agreed when every oracle rejected it too. A
// site that falls short of that is disputed and listed for a person to
// decide; a file with a disputed site gets no golden at all (a golden with
// holes would fail `relocheck check` anyway). relocheck's own veneers are
// never vouched for: each oracle places its own.
//
//===----------------------------------------------------------------------===//
#ifndef RELOCHECK_ORACLES_CONSENSUS_H
#define RELOCHECK_ORACLES_CONSENSUS_H

#include <string>
#include <vector>

namespace relocheck {

/// What one oracle wrote at a site.
struct Witness {
  std::string Oracle;
  bool Linked = false;
  std::string NotLinkedWhy; // its message, when it did not link
  bool SameBytes = false;   // byte for byte what relocheck wrote
  std::string Bytes;        // hex, "" when it placed nothing there
  std::string Meaning;      // its bytes, decoded
  std::string Verdict;      // the checker's: same, equivalent, WRONG: ...
  bool RefusedToo = false;  // rejected a site relocheck refused
};

/// One golden line and who vouches for it.
struct GoldenSite {
  std::string Line;  // relocheck's dump line: what the golden would hold
  std::string Where; // "w1 R_ARM_ABS32 at (.data+0x0)"
  std::string OurBytes, OurMeaning;
  std::string OurProblem; // the checker on relocheck's own bytes; "" right
  /// Why no oracle can vouch for this line ("" when they can): relocheck's
  /// own veneer, or no field to compare.
  std::string Unwitnessable;
  /// relocheck's error at a site it refused (a value out of range, a
  /// misaligned target): agreed only when every oracle rejected it too.
  std::string OurRefusal;
  bool NoField = false; // writes nothing (R_ARM_NONE): nothing to vouch for
  std::vector<Witness> Witnesses;

  bool agreed() const;
};

/// A test file, site by site.
struct FileConsensus {
  std::string File;
  /// relocheck's own verdict on the test (expectations, Thumb bits): a
  /// file it fails gets no golden whatever the oracles say.
  std::vector<std::string> OurProblems;
  std::vector<GoldenSite> Sites;

  size_t disputed() const;
  bool agreed() const { return OurProblems.empty() && !disputed(); }
  /// The golden's lines; meaningful only when agreed().
  std::vector<std::string> goldenLines() const;
};

/// For a person to decide: each of relocheck's problems, then each
/// disputed site with every linker's bytes, meaning and verdict.
std::string renderDisputes(const FileConsensus &F);

} // namespace relocheck

#endif
