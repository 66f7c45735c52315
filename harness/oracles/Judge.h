//===- Judge.h - One oracle's verdict on one relocation site ----*- C++ -*-===//
//
// Another linker's bytes at a site relocheck linked, judged by the checker:
// the same bytes, other bytes with the same meaning, wrong (and why), not
// judged (and why), or the oracle refused the site. `relocheck diff`,
// `matrix` and `golden --from` all take their verdicts from here; callers
// count and colour by the class, the text is for people.
//
//===----------------------------------------------------------------------===//
#ifndef RELOCHECK_ORACLES_JUDGE_H
#define RELOCHECK_ORACLES_JUDGE_H

#include "check/Checker.h"
#include "oracles/Oracles.h"

#include "llvm/ADT/StringRef.h"

#include <string>
#include <vector>

namespace relocheck {

enum class VerdictClass {
  Same,        // the oracle wrote relocheck's bytes
  Equivalent,  // other bytes, the formula's meaning (e.g. its own veneer)
  Wrong,       // the checker disagrees with the oracle's bytes
  NotJudged,   // bytes relocheck cannot judge (its own GOT, BE8 veneer...)
  Refused,     // relocheck refused the site; the oracle wrote bytes
  Rejected,    // the oracle refused the site
  Unsupported, // the oracle does not know the kind
  NotPlaced,   // the site is not in the oracle's output
  NotLinked,   // the oracle linked nothing
};

struct OracleVerdict {
  VerdictClass Class = VerdictClass::NotLinked;
  /// Rejected only: relocheck refused the site too (they agree).
  bool RelocheckRefusedToo = false;
  /// Wrong, in the matrix's relocheck column only: the test failed (an
  /// '@ expect' line, or an error no line predicts) where relocheck's own
  /// bytes pass its checks.
  bool TestFailed = false;
  /// For people: the oracle's bytes and what the checker made of them,
  /// "00 f0 00 f8 WRONG: decoded 'bl ...' goes to ...".
  std::string Text;
};

/// The class as `relocheck diff --format=json` names it ("same",
/// "not-judged", ...).
llvm::StringRef verdictClassName(VerdictClass C);

/// The site as an oracle wrote it: Bytes (in its output's order) in place
/// of relocheck's, with no veneer or error of relocheck's.
Site asWrittenBy(const Checker &C, const Site &S,
                 const std::vector<uint8_t> &Bytes);

/// Oracle O's verdict on site S of the link C judges. An oracle whose own
/// thunks sit between the input sections of an output section moves the
/// inputs after them; there a wrong verdict on a site past the first input
/// section could be a misread, so it is not judged.
OracleVerdict judgeOracleSite(const Checker &C, const Site &S,
                              const OracleImage &O);

} // namespace relocheck

#endif
