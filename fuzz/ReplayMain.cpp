//===- ReplayMain.cpp - Run a fuzz target over saved inputs ---------------===//
//
// The normal build links each fuzz target against this driver instead of
// libFuzzer, so CI replays every seed corpus and every saved crash as an
// ordinary test: `<target>-replay DIR_OR_FILE...`. Prints a closing count;
// a violated invariant aborts. Exit 0 when every input was replayed (none
// in an empty folder is fine), 2 for a path that cannot be read, is not a
// regular file or folder, or holds a file over the size cap.
//
//===----------------------------------------------------------------------===//
#include "object/InputObject.h"

#include <algorithm>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size);
// A target that checks its settings at start (as under libFuzzer) defines
// this; the replay driver calls it too.
extern "C" __attribute__((weak)) int LLVMFuzzerInitialize(int *Argc,
                                                          char ***Argv);

namespace fs = std::filesystem;

/// Far more than any saved input (libFuzzer's inputs here are at most a
/// few KiB); it keeps `replay /dev/zero`-like mistakes from reading on.
constexpr uintmax_t MaxInputBytes = 16u << 20;

/// A path as an error message shows it: a control character (a newline
/// in a file name, say) as \xNN, so that every error stays one line.
static std::string shown(const fs::path &Path) {
  return relocheck::printableName(Path.native());
}

/// One line on stderr naming the path; returns the exit status 2.
static int fail(const fs::path &Path, const std::string &What) {
  std::fprintf(stderr, "error: '%s' %s\n", shown(Path).c_str(),
               What.c_str());
  return 2;
}
static int cannotRead(const fs::path &Path, const std::string &Why) {
  std::fprintf(stderr, "error: cannot read '%s': %s\n", shown(Path).c_str(),
               Why.c_str());
  return 2;
}

static int replayFile(const fs::path &Path) {
  std::error_code EC;
  fs::file_status St = fs::status(Path, EC);
  if (EC)
    return cannotRead(Path, EC.message());
  if (!fs::is_regular_file(St))
    return fail(Path, "is not a regular file or a folder of them");
  uintmax_t Size = fs::file_size(Path, EC);
  if (EC || Size > MaxInputBytes)
    return fail(Path, "is " + std::to_string(EC ? 0 : Size) +
                          " bytes, over the " +
                          std::to_string(MaxInputBytes) +
                          "-byte cap on an input");
  std::FILE *In = std::fopen(Path.c_str(), "rb");
  if (!In) {
    int Errno = errno;
    return cannotRead(Path, std::strerror(Errno));
  }
  // Read to the end, at most one byte past the cap (the size can change
  // under us), and report a read error rather than throw it.
  std::vector<uint8_t> Bytes(size_t(MaxInputBytes) + 1);
  size_t Got = std::fread(Bytes.data(), 1, Bytes.size(), In);
  bool Failed = std::ferror(In);
  int Errno = errno;
  std::fclose(In);
  if (Failed || Got > MaxInputBytes)
    return cannotRead(Path, Failed ? std::strerror(Errno)
                                   : "it grew past the cap");
  Bytes.resize(Got);
  LLVMFuzzerTestOneInput(Bytes.data(), Bytes.size());
  return 0;
}

int main(int Argc, char **Argv) {
  if (Argc < 2) {
    std::fprintf(stderr, "usage: %s DIR_OR_FILE...\n", Argv[0]);
    return 2;
  }
  if (LLVMFuzzerInitialize)
    LLVMFuzzerInitialize(&Argc, &Argv);
  unsigned Count = 0;
  for (int I = 1; I < Argc; ++I) {
    fs::path P(Argv[I]);
    std::error_code EC;
    if (!fs::is_directory(P, EC)) {
      if (int Status = replayFile(P))
        return Status;
      ++Count;
      continue;
    }
    std::vector<fs::path> Files;
    // Every entry is an input: one that is not a regular file (a
    // dangling link, a link loop, a folder) is an error, not skipped, so
    // a broken saved crash cannot pass unnoticed.
    for (fs::directory_iterator It(P, EC), End; !EC && It != End;
         It.increment(EC))
      Files.push_back(It->path());
    if (EC)
      return cannotRead(P, EC.message());
    std::sort(Files.begin(), Files.end());
    for (const auto &F : Files) {
      if (int Status = replayFile(F))
        return Status;
      ++Count;
    }
  }
  std::printf("replayed %u inputs, no invariant violated\n", Count);
  return 0;
}
