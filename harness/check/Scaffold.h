//===- Scaffold.h - A first lit test for a relocation kind ------*- C++ -*-===//
//
// `relocheck scaffold R_ARM_<KIND>` writes, from the kind's row in the kinds
// table, a test with sites at both ends of its range, one step beyond each,
// a misaligned target where the kind has a step, and a typical site with
// the producer's usual negative addend. Targets are absolute symbols
// (--defsym) placed so X lands exactly where wanted; expectations come
// from the formula. The output is a draft for a person to review.
//
//===----------------------------------------------------------------------===//
#ifndef RELOCHECK_CHECK_SCAFFOLD_H
#define RELOCHECK_CHECK_SCAFFOLD_H

#include "kinds/Arch.h"
#include "kinds/RelocKinds.h"

#include "llvm/Support/Error.h"

#include <string>

namespace relocheck {

/// The text of the test, or an error naming what is missing (a kind with
/// no template instruction yet, or one that cannot exist on Arch).
/// ArchGiven: --arch was on the command line, so the header repeats it.
llvm::Expected<std::string> scaffoldTest(const RelocKind &K,
                                         const ArchProfile &Arch,
                                         bool ArchGiven);

} // namespace relocheck

#endif
