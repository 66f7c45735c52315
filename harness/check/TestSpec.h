//===- TestSpec.h - Layout and expectations written in a test file -*- C++ -*-//
//
// A relocheck test is an assembly file. Comment lines carry its layout and
// its expectations:
//
//   @ relocheck: --arch=armv7-a --section-start=.far=0x2020000
//   @ expect call1 branch: fnT thumb        destination and state
//   @ expect w1 value: fnT + 3              data word / MOVW or MOVT imm16
//   @ expect lo pair hi: tgt - 0x20         value built by a MOVW/MOVT pair
//   @ expect call1 bytes: fe 07 00 fb       exact bytes of the field
//   @ expect far1 error: is not in [        the site must fail with this
//   @ check 3: THM_CALL to arm_fn           what exit status 3 (a failed
//                                           check) means, for `relocheck run`
//
// A site is named by any label at the relocated field or as SECTION+OFFSET
// (".text+0x8"). Expressions are symbols and numbers joined by + - and |;
// "." is the site's own address.
//
//===----------------------------------------------------------------------===//
#ifndef RELOCHECK_CHECK_TESTSPEC_H
#define RELOCHECK_CHECK_TESTSPEC_H

#include "llvm/Support/Error.h"

#include <map>
#include <string>
#include <vector>

namespace relocheck {

enum class ExpectKind { Bytes, Branch, Value, Pair, Error };

struct Expectation {
  ExpectKind Kind;
  std::string Site;
  std::string Site2;   // second site of a Pair (the MOVT)
  std::string Arg;     // expression, bytes, or error text
  std::string State;   // "arm" / "thumb" / "" for Branch
  unsigned Line = 0;   // line in the test file, for messages
};

struct TestSpec {
  std::vector<std::string> Options; // from "relocheck:" lines, split
  std::vector<unsigned> OptionLines; // line of each option
  std::vector<Expectation> Expects;
  /// The numbered checks of a self-checking program (`@ check N: TEXT`,
  /// N in 1..99): exit status N means check N failed (oracles/Execute.h).
  std::map<unsigned, std::string> RunChecks;
  /// parseTestSpecKeepGoing: the site each malformed `@ expect` line
  /// names (its first word), and the line. A link error at such a site is
  /// not said to be one "no line predicts": the line meant to may be the
  /// malformed one, already reported.
  std::map<std::string, unsigned> UnreadSites;
};

/// Parses the directives of a test file. Malformed directives are errors
/// with file:line.
llvm::Expected<TestSpec> parseTestSpec(llvm::StringRef Text,
                                       llvm::StringRef FileName);

/// The same, going on past malformed directives: the spec of the lines
/// that parse, and in Errors (one per line) every malformed one's error,
/// so that a check can still say what else is wrong with the test.
TestSpec parseTestSpecKeepGoing(llvm::StringRef Text,
                                llvm::StringRef FileName, std::string &Errors);

/// Whether Text has an `@ relocheck:` line, whether or not its other
/// directives parse (relocheck link warns that it applies none).
bool hasFlagLines(llvm::StringRef Text);

} // namespace relocheck

#endif
