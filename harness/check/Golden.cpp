//===- Golden.cpp - Golden files: expected dump lines per test ------------===//
#include "check/Golden.h"
#include "object/InputObject.h"

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
  auto Buf = readInputFile(Path);
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

Error replaceFile(const std::string &Path, StringRef Bytes,
                  sys::fs::perms Perms, StringRef What) {
  auto Fail = [&](std::error_code EC) {
    return createStringError(EC, Path + ": error: cannot write " +
                                     What.str() + ": " + EC.message());
  };
  // The new file is renamed over Path: never over a device, FIFO or
  // socket, or a link to one (-o /dev/null as root would replace the
  // device); nor over a directory or a link to one (the rename would
  // replace the link). A link to a file, or to nothing, is replaced, not
  // written through.
  sys::fs::file_status St, Link;
  bool Exists = !sys::fs::status(Path, St) && sys::fs::exists(St);
  bool IsLink = !sys::fs::status(Path, Link, /*Follow=*/false) &&
                Link.type() == sys::fs::file_type::symlink_file;
  auto Refuse = [&](const Twine &Why) {
    return createStringError(inconvertibleErrorCode(),
                             Path + ": error: cannot write " + What.str() +
                                 ": " + Why);
  };
  if (Exists && sys::fs::is_directory(St))
    return Refuse(IsLink ? "it is a symbolic link to a directory"
                         : "it is a directory");
  if (Exists && !sys::fs::is_regular_file(St))
    return Refuse("it exists and is not a regular file");
  SmallString<128> Model(Path);
  Model += ".tmp-%%%%%%";
  SmallString<128> Tmp;
  int Fd;
  if (std::error_code EC = sys::fs::createUniqueFile(
          Model, Fd, Tmp, sys::fs::OF_None, unsigned(Perms)))
    return Fail(EC);
  std::error_code EC;
  {
    raw_fd_ostream OS(Fd, /*shouldClose=*/true);
    OS << Bytes;
    OS.close();
    EC = OS.error();
    OS.clear_error();
  }
  // createUniqueFile's mode passes through the umask; say it exactly.
  if (!EC)
    EC = sys::fs::setPermissions(Tmp, Perms);
  if (!EC)
    EC = sys::fs::rename(Tmp, Path);
  if (EC) {
    sys::fs::remove(Tmp);
    return Fail(EC);
  }
  return Error::success();
}

Error writeGolden(const std::string &Path,
                  const std::vector<std::string> &Lines) {
  sys::fs::create_directories(sys::path::parent_path(Path));
  std::string Text;
  for (const std::string &L : Lines)
    Text += L + "\n";
  return replaceFile(Path, Text,
                     sys::fs::perms(sys::fs::all_read | sys::fs::owner_write),
                     "golden");
}

} // namespace relocheck
