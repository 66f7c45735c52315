//===- ReplayMain.cpp - Run a fuzz target over saved inputs ---------------===//
//
// The normal build links each fuzz target against this driver instead of
// libFuzzer, so CI replays every seed corpus and every saved crash as an
// ordinary test: `<target>-replay DIR_OR_FILE...`. Prints one line per
// input read and a closing count; a violated invariant aborts.
//
//===----------------------------------------------------------------------===//
#include <algorithm>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size);

static int replayFile(const std::filesystem::path &Path) {
  std::ifstream In(Path, std::ios::binary);
  if (!In) {
    std::fprintf(stderr, "error: cannot read '%s'\n", Path.c_str());
    return 1;
  }
  std::vector<uint8_t> Bytes((std::istreambuf_iterator<char>(In)),
                             std::istreambuf_iterator<char>());
  LLVMFuzzerTestOneInput(Bytes.data(), Bytes.size());
  return 0;
}

int main(int Argc, char **Argv) {
  if (Argc < 2) {
    std::fprintf(stderr, "usage: %s DIR_OR_FILE...\n", Argv[0]);
    return 2;
  }
  unsigned Count = 0;
  for (int I = 1; I < Argc; ++I) {
    std::filesystem::path P(Argv[I]);
    std::error_code EC;
    if (std::filesystem::is_directory(P, EC)) {
      std::vector<std::filesystem::path> Files;
      for (const auto &E : std::filesystem::directory_iterator(P))
        if (E.is_regular_file())
          Files.push_back(E.path());
      std::sort(Files.begin(), Files.end());
      for (const auto &F : Files) {
        if (replayFile(F))
          return 1;
        ++Count;
      }
    } else {
      if (replayFile(P))
        return 1;
      ++Count;
    }
  }
  std::printf("replayed %u inputs, no invariant violated\n", Count);
  return Count ? 0 : 1;
}
