//===- Oracles.cpp - Other linkers, judged by the same checker ------------===//
#include "oracles/Oracles.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/BinaryFormat/ELF.h"
#include "llvm/Object/ELF.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/raw_ostream.h"

#include <set>

using namespace llvm;

namespace relocheck {

const std::vector<std::string> &knownOracles() {
  static const std::vector<std::string> Names = {"lld", "gnu-ld", "mold"};
  return Names;
}

std::string layoutScript(const LinkResult &R) {
  std::string S = "SECTIONS\n{\n";
  for (const OutputSection &OS : R.Lay.Sections) {
    std::set<std::string> Inputs;
    for (const InputSectionRef &In : OS.Inputs) {
      bool Synthetic = (R.GotObject && In.Object == *R.GotObject) ||
                       R.Objects[In.Object].FileName.front() == '<';
      if (!Synthetic)
        Inputs.insert(R.Objects[In.Object].Sections[In.Section].Name);
    }
    if (Inputs.empty() && OS.Name != ".got")
      continue; // relocheck's own veneer sections: the oracle makes its own
    S += "  " + OS.Name + " 0x" + utohexstr(OS.Addr, true) + " : {";
    for (const std::string &Name : Inputs)
      S += " *(" + Name + ")";
    if (OS.Name == ".got")
      S += " *(.got) *(.got.plt)";
    S += " }\n";
  }
  return S + "}\n";
}

namespace {

struct TempFiles {
  std::vector<std::string> Paths;
  ~TempFiles() {
    for (const std::string &P : Paths)
      sys::fs::remove(P);
  }
  Expected<std::string> make(StringRef Suffix, StringRef Contents) {
    SmallString<128> Path;
    int FD;
    if (std::error_code EC =
            sys::fs::createTemporaryFile("relocheck-oracle", Suffix, FD, Path))
      return createStringError(EC, "cannot create a temporary file");
    Paths.push_back(Path.str().str());
    raw_fd_ostream OS(FD, true);
    OS << Contents;
    return Path.str().str();
  }
};

/// Program and flags for an oracle, or nullopt when it is not installed.
std::optional<std::vector<std::string>> command(const std::string &Name,
                                                bool BigEndian) {
  if (Name == "lld") {
    auto P = sys::findProgramByName("ld.lld", {"/usr/lib/llvm-22/bin"});
    if (!P)
      return std::nullopt;
    std::vector<std::string> Cmd = {*P, "-static", "--no-rosegment"};
    if (BigEndian)
      Cmd.push_back("--be8");
    return Cmd;
  }
  if (Name == "mold") {
    auto P = sys::findProgramByName("mold");
    if (!P)
      return std::nullopt;
    return std::vector<std::string>{*P, "-m", "armelf_linux_eabi", "-static"};
  }
  auto P = sys::findProgramByName("arm-linux-gnueabihf-ld");
  if (!P)
    return std::nullopt;
  std::vector<std::string> Cmd = {*P, "-static"};
  if (BigEndian) {
    Cmd.push_back("-EB");
    Cmd.push_back("--be8");
  }
  return Cmd;
}

/// The line that says why: an error, a truncation or an overflow.
std::string firstErrorLine(StringRef Log) {
  SmallVector<StringRef, 8> Lines;
  Log.split(Lines, '\n', -1, false);
  for (StringRef L : Lines)
    if (L.contains("error") || L.contains("truncated") ||
        L.contains("overflow") || L.contains("unsupported"))
      return L.trim().str();
  return Lines.empty() ? "it failed without a message" : Lines.back().str();
}

} // namespace

std::optional<std::vector<uint8_t>> OracleImage::read(uint32_t Addr,
                                                      unsigned Size) const {
  if (!Elf)
    return std::nullopt;
  StringRef Bytes = Elf->getBuffer();
  bool Big = Bytes.size() > ELF::EI_DATA &&
             uint8_t(Bytes[ELF::EI_DATA]) == ELF::ELFDATA2MSB;
  auto Find = [&](auto ElfFile) -> std::optional<std::vector<uint8_t>> {
    if (!ElfFile) {
      consumeError(ElfFile.takeError());
      return std::nullopt;
    }
    auto Sections = ElfFile->sections();
    if (!Sections) {
      consumeError(Sections.takeError());
      return std::nullopt;
    }
    for (const auto &Sec : *Sections) {
      if (!(Sec.sh_flags & ELF::SHF_ALLOC) || Sec.sh_type == ELF::SHT_NOBITS)
        continue;
      uint64_t Start = Sec.sh_addr, End = Start + Sec.sh_size;
      if (Addr < Start || Addr + Size > End)
        continue;
      auto Data = ElfFile->getSectionContents(Sec);
      if (!Data) {
        consumeError(Data.takeError());
        return std::nullopt;
      }
      auto First = Data->begin() + (Addr - Start);
      return std::vector<uint8_t>(First, First + Size);
    }
    return std::nullopt;
  };
  if (Big)
    return Find(object::ELFFile<object::ELF32BE>::create(Bytes));
  return Find(object::ELFFile<object::ELF32LE>::create(Bytes));
}

OracleImage runOracle(const std::string &Name, const LinkResult &R,
                      const std::vector<std::unique_ptr<MemoryBuffer>>
                          &Objects) {
  OracleImage Out;
  Out.Name = Name;
  auto Cmd = command(Name, R.BigEndian);
  if (!Cmd) {
    Out.Message = "unsupported: " + Name + " is not installed";
    return Out;
  }
  TempFiles Temps;
  auto Script = Temps.make("lds", layoutScript(R));
  if (!Script) {
    Out.Message = toString(Script.takeError());
    return Out;
  }
  if (Name == "mold" && (R.Target1Rel || R.Target2 != Target2Mode::GotRel)) {
    // mold has no options for these; its choices are ABS32 and GOT_PREL.
    Out.Message = "unsupported: mold has no --target1-rel/--target2 options";
    return Out;
  }
  if (Name != "mold") {
    if (R.Target1Rel)
      Cmd->push_back("--target1-rel");
    Cmd->push_back(R.Target2 == Target2Mode::Rel   ? "--target2=rel"
                   : R.Target2 == Target2Mode::Abs ? "--target2=abs"
                                                   : "--target2=got-rel");
  }
  if (R.FixV4bx && Name == "gnu-ld")
    Cmd->push_back("--fix-v4bx");
  // relocheck's entry, so the image runs the same way (`relocheck run`):
  // under a -T script without ENTRY(), GNU ld would start at .text.
  if (R.EntryFound)
    for (const auto &[Sym, Res] : R.Globals)
      if (Res.Defined &&
          (Res.Address | (Res.IsThumbFunction ? 1 : 0)) == R.Entry) {
        Cmd->push_back("-e");
        Cmd->push_back(Sym);
        break;
      }
  if (Name == "mold") {
    // mold 1.10 takes no SECTIONS script: pin each output section instead
    // (its default rules merge .text.* and friends as relocheck's do).
    for (const OutputSection &OS : R.Lay.Sections)
      Cmd->push_back("--section-start=" + OS.Name + "=0x" +
                     utohexstr(OS.Addr, true));
  } else {
    Cmd->push_back("-T");
    Cmd->push_back(*Script);
  }
  for (const auto &Obj : Objects) {
    auto Path = Temps.make("o", Obj->getBuffer());
    if (!Path) {
      Out.Message = toString(Path.takeError());
      return Out;
    }
    Cmd->push_back(*Path);
  }
  auto OutPath = Temps.make("elf", "");
  auto LogPath = Temps.make("log", "");
  if (!OutPath || !LogPath) {
    Out.Message = "cannot create temporary files";
    consumeError(OutPath.takeError());
    consumeError(LogPath.takeError());
    return Out;
  }
  Cmd->push_back("-o");
  Cmd->push_back(*OutPath);
  std::vector<StringRef> Args(Cmd->begin(), Cmd->end());
  std::optional<StringRef> Redirects[] = {std::nullopt, StringRef(*LogPath),
                                          StringRef(*LogPath)};
  int Status = sys::ExecuteAndWait(Args[0], Args, std::nullopt, Redirects,
                                   /*SecondsToWait=*/120);
  auto Log = MemoryBuffer::getFile(*LogPath);
  if (Status != 0) {
    Out.Message = "rejected: " + (Log ? firstErrorLine((*Log)->getBuffer())
                                      : std::string("failed"));
    return Out;
  }
  auto Elf = MemoryBuffer::getFile(*OutPath, false, false);
  if (!Elf) {
    Out.Message = "no output: " + Elf.getError().message();
    return Out;
  }
  Out.Elf = std::move(*Elf);
  Out.Linked = true;
  return Out;
}

} // namespace relocheck
