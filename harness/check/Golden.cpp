//===- Golden.cpp - Golden files: expected dump lines per test ------------===//
#include "check/Golden.h"

#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <algorithm>

using namespace llvm;

namespace relocheck {

std::optional<std::vector<std::string>> readGolden(const std::string &Path) {
  auto Buf = MemoryBuffer::getFile(Path);
  if (!Buf)
    return std::nullopt;
  SmallVector<StringRef, 0> Lines;
  (*Buf)->getBuffer().split(Lines, '\n', -1, false);
  std::vector<std::string> Out;
  for (StringRef L : Lines)
    Out.push_back(L.str());
  return Out;
}

std::string goldenDiff(const std::vector<std::string> &Old,
                       const std::vector<std::string> &New) {
  std::string Diff;
  size_t N = std::max(Old.size(), New.size());
  for (size_t I = 0; I < N; ++I) {
    if (I < Old.size() && I < New.size() && Old[I] == New[I])
      continue;
    if (I < Old.size())
      Diff += "-" + Old[I] + "\n";
    if (I < New.size())
      Diff += "+" + New[I] + "\n";
  }
  return Diff;
}

Error writeGolden(const std::string &Path,
                  const std::vector<std::string> &Lines) {
  sys::fs::create_directories(sys::path::parent_path(Path));
  std::error_code EC;
  raw_fd_ostream OS(Path, EC);
  if (EC)
    return createStringError(
        EC, Path + ": error: cannot write golden: " + EC.message());
  for (const std::string &L : Lines)
    OS << L << "\n";
  OS.close();
  if (OS.has_error()) {
    std::error_code WEC = OS.error();
    OS.clear_error();
    return createStringError(
        WEC, Path + ": error: cannot write golden: " + WEC.message());
  }
  return Error::success();
}

} // namespace relocheck
