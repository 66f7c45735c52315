//===- Golden.h - Golden files: expected dump lines per test ----*- C++ -*-===//
//
// A golden holds a test's dump lines (Checker::dumpLines), one per line.
// `relocheck check --golden-dir` compares a link with it; `relocheck
// golden` writes it from the agreement of other linkers. Both read, diff and
// write it here.
//
//===----------------------------------------------------------------------===//
#ifndef RELOCHECK_CHECK_GOLDEN_H
#define RELOCHECK_CHECK_GOLDEN_H

#include "llvm/Support/Error.h"
#include "llvm/Support/FileSystem.h"

#include <optional>
#include <string>
#include <vector>

namespace relocheck {

/// The golden's lines, or nullopt when there is no such file.
std::optional<std::vector<std::string>> readGolden(const std::string &Path);

/// Line-by-line difference, "-old" then "+new" at each position that
/// differs; empty when the two are equal.
std::string goldenDiff(const std::vector<std::string> &Old,
                       const std::vector<std::string> &New);

/// Writes Lines to Path (by replaceFile), creating its folder.
llvm::Error writeGolden(const std::string &Path,
                        const std::vector<std::string> &Lines);

/// Writes Bytes to a new file in Path's folder and renames it over Path,
/// so a symlink at Path is replaced, never written through (nor its
/// target's permissions changed). Perms are the new file's mode. The
/// error reads "PATH: error: cannot write WHAT: REASON".
llvm::Error replaceFile(const std::string &Path, llvm::StringRef Bytes,
                        llvm::sys::fs::perms Perms, llvm::StringRef What);

} // namespace relocheck

#endif
