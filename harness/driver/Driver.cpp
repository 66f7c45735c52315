//===- Driver.cpp - From command-line words to a link ---------------------===//
#include "driver/Driver.h"

#include "assemble/Assembler.h"
#include "encode/ArmEncodings.h"
#include "link/Relocate.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Object/ELFObjectFile.h"
#include "llvm/Support/CrashRecoveryContext.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"

#include <chrono>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <mutex>
#include <optional>
#include <thread>

using namespace llvm;

namespace relocheck {

DriverConfig defaultConfig() {
  DriverConfig C;
  C.Link.Arch = *lookupArch("armv7-a");
  return C;
}

const char *linkFlagsHelp() {
  return "  --arch=ARCH              armv4t, armv5te, armv6, armv6-m, armv7-a "
         "(default),\n"
         "                           armv7-m, armv7e-m, armv8-a, "
         "armv8-m.base, armv8-m.main,\n"
         "                           armv8.1-m.main\n"
         "  -T FILE                  one linker script (ENTRY, SECTIONS, "
         "assignments)\n"
         "  --section-start=SEC=ADDR place output section SEC at ADDR\n"
         "  -Ttext=ADDR, -Tdata=ADDR, -Tbss=ADDR\n"
         "                           --section-start=.text=ADDR (.data, "
         ".bss); the later wins\n"
         "  --defsym=SYM=ADDR        define SYM as the absolute ADDR\n"
         "  -e SYM, --entry=SYM      entry point (default: ENTRY() or "
         "_start); a number\n"
         "                           that names no symbol is an address\n"
         "  --target1-rel, --target1-abs\n"
         "                           R_ARM_TARGET1 as REL32 or ABS32 "
         "(default)\n"
         "  --target2=rel|abs|got-rel  R_ARM_TARGET2 as REL32, ABS32 or "
         "GOT_PREL (default)\n"
         "  --assembler=llvm|gnu     assemble .s inputs with LLVM MC in "
         "process (default)\n"
         "                           or with GNU as "
         "(arm-linux-gnueabihf-as)\n"
         "  --fix-v4bx               rewrite R_ARM_V4BX's BX Rm as MOV PC, Rm\n"
         "  --rela                   inputs as RELA: addends in r_addend, "
         "fields 0\n"
         "  --big-endian, -EB        assemble big-endian; link writes BE8\n"
         "  --be32                   big-endian, and write BE32 (code "
         "big-endian too)\n"
         "  --pic-veneers            position-independent veneers (PC-relative "
         "literal)\n"
         "  --no-veneers             a branch that cannot reach directly is "
         "an error\n"
         "                           (--pic-veneers then has no effect)\n"
         "  --static-base=segment|section|ADDR  B(S) for SBREL32, *_BREL, "
         "*_SB_Gn\n"
         "                           (default: start of S's segment; "
         "relocheck's segments\n"
         "                           are not always lld's: README)\n";
}

static Error flagError(const Twine &Msg) {
  return createStringError(inconvertibleErrorCode(), "error: " + Msg);
}

static Expected<uint64_t> addressOf(StringRef Flag, StringRef Text) {
  if (auto V = parseAddress(Text.str())) {
    if (*V > 0xFFFFFFFFu)
      return flagError(Flag + ": '" + Text +
                       "' does not fit in 32 bits (Arm ELF32 addresses "
                       "are at most 0xffffffff)");
    return *V;
  }
  return flagError(Flag + ": '" + Text + "' is not an address (expected " +
                   "0x..., decimal, or a K/M suffix)");
}

Expected<bool> parseLinkFlag(ArrayRef<std::string> Args, size_t &I,
                             DriverConfig &C, StringRef BaseDir,
                             FlagSetting *Set) {
  StringRef A = Args[I];
  FlagSetting Ignored;
  FlagSetting &Made = Set ? *Set : Ignored;
  Made = {};
  auto Sets = [&](std::string What, std::string Value) {
    Made = {std::move(What), std::move(Value)};
    return true;
  };
  auto Hex = [](uint64_t V) { return "0x" + utohexstr(V); };
  auto NextValue = [&](StringRef Flag) -> Expected<StringRef> {
    if (I + 1 >= Args.size())
      return flagError(Flag + " needs a value");
    return StringRef(Args[++I]);
  };

  if (A.consume_front("--arch=")) {
    auto Arch = lookupArch(A.str());
    if (!Arch)
      return flagError("unknown --arch '" + A + "' (known: " +
                       archNameList() + ")");
    C.Link.Arch = *Arch;
    C.ArchGiven = true;
    return Sets("--arch", std::string(Arch->Name));
  }
  if (A.consume_front("--section-start=")) {
    auto [Sec, Addr] = A.split('=');
    if (Sec.empty() || Addr.empty())
      return flagError("--section-start expects SEC=ADDR, got '" + A + "'");
    auto V = addressOf("--section-start", Addr);
    if (!V)
      return V.takeError();
    C.Link.LayoutOpts.SectionStart[Sec.str()] = *V;
    return Sets("the address of " + Sec.str(), Hex(*V));
  }
  if (A == "-Ttext" || A.starts_with("-Ttext=")) {
    StringRef Val = A.drop_front(6);
    if (Val.empty()) {
      auto N = NextValue("-Ttext");
      if (!N)
        return N.takeError();
      Val = *N;
    } else {
      Val = Val.drop_front();
    }
    auto V = addressOf("-Ttext", Val);
    if (!V)
      return V.takeError();
    // --section-start=.text=ADDR, as in GNU ld: the later one wins, so a
    // test's own placement beats the command line's either way.
    C.Link.LayoutOpts.SectionStart[".text"] = *V;
    return Sets("the address of .text", Hex(*V));
  }
  if (A.consume_front("--defsym=")) {
    auto [Sym, Addr] = A.split('=');
    if (Sym.empty() || Addr.empty())
      return flagError("--defsym expects SYM=ADDR, got '" + A + "'");
    // A name a script could write (not '.', the location counter), and
    // no mapping symbol ($a, $t, $d): they mark code and data.
    bool Named = !llvm::isDigit(Sym[0]) && Sym != "." &&
                 all_of(Sym, [](char C) {
                   return llvm::isAlnum(C) || C == '_' || C == '.' ||
                          C == '$';
                 }) &&
                 !(Sym.size() >= 2 && Sym[0] == '$' &&
                   StringRef("atd").contains(Sym[1]) &&
                   (Sym.size() == 2 || Sym[2] == '.'));
    if (!Named)
      return flagError("--defsym: '" + Sym + "' is not a symbol name " +
                       "(letters, digits, '_', '.', '$'; not a digit first, " +
                       "'.' or a mapping symbol)");
    auto V = addressOf("--defsym", Addr);
    if (!V)
      return V.takeError();
    C.Link.LayoutOpts.Defsyms.push_back({Sym.str(), *V});
    return Sets("the value of " + Sym.str(), Hex(*V));
  }
  // -Tdata and -Tbss (GNU ld): --section-start for .data and .bss.
  for (StringRef Flag : {"-Tdata", "-Tbss"}) {
    if (A != Flag && !A.starts_with((Flag + "=").str()))
      continue;
    StringRef Val = A.drop_front(Flag.size());
    if (Val.empty()) {
      auto N = NextValue(Flag);
      if (!N)
        return N.takeError();
      Val = *N;
    } else {
      Val = Val.drop_front();
    }
    auto V = addressOf(Flag, Val);
    if (!V)
      return V.takeError();
    std::string Sec = Flag == "-Tdata" ? ".data" : ".bss";
    C.Link.LayoutOpts.SectionStart[Sec] = *V;
    return Sets("the address of " + Sec, Hex(*V));
  }
  if (A == "-T" || (A.starts_with("-T") && !A.starts_with("-Ttext"))) {
    StringRef Path = A.drop_front(2);
    if (Path.empty()) {
      auto N = NextValue("-T");
      if (!N)
        return N.takeError();
      Path = *N;
    }
    SmallString<256> Full(Path);
    if (sys::path::is_relative(Full) && !BaseDir.empty())
      Full = (BaseDir + "/" + Path).str();
    auto Buf = readInputFile(Full.str().str());
    if (!Buf)
      return flagError("cannot read linker script '" + Full +
                       "': " + Buf.getError().message());
    // lld and GNU ld read every -T in turn; relocheck reads one script,
    // and a second must not replace the first unsaid.
    if (C.ScriptGiven)
      return flagError("-T given twice ('" +
                       C.Link.LayoutOpts.ScriptPath + "', then '" + Full +
                       "'): relocheck reads one linker script; merge them");
    C.ScriptGiven = true;
    C.Link.LayoutOpts.ScriptPath = Full.str().str();
    C.Link.LayoutOpts.ScriptText = (*Buf)->getBuffer().str();
    return true;
  }
  if (A == "-e" || A.starts_with("--entry=")) {
    if (A == "-e") {
      auto N = NextValue("-e");
      if (!N)
        return N.takeError();
      C.Link.EntrySymbol = N->str();
    } else {
      C.Link.EntrySymbol = A.drop_front(8).str();
    }
    if (C.Link.EntrySymbol.empty())
      return flagError("the entry symbol is empty");
    return Sets("the entry", C.Link.EntrySymbol);
  }
  if (A.consume_front("--target2=")) {
    if (A == "rel")
      C.Link.Target2 = Target2Mode::Rel;
    else if (A == "abs")
      C.Link.Target2 = Target2Mode::Abs;
    else if (A == "got-rel")
      C.Link.Target2 = Target2Mode::GotRel;
    else
      return flagError("--target2 expects rel, abs or got-rel, got '" + A +
                       "'");
    return Sets("--target2", A.str());
  }
  if (A.consume_front("--assembler=")) {
    if (A != "llvm" && A != "gnu")
      return flagError("--assembler expects llvm or gnu, got '" + A + "'");
    C.GnuAs = A == "gnu";
    return Sets("--assembler", A.str());
  }
  if (A.consume_front("--static-base=")) {
    if (A == "segment")
      C.Link.Base = StaticBase::Segment;
    else if (A == "section")
      C.Link.Base = StaticBase::Section;
    else {
      auto V = addressOf("--static-base", A);
      if (!V)
        return V.takeError();
      if (*V & 3) // AAELF32 5.6
        return flagError("--static-base: 0x" + utohexstr(*V, true) +
                         " is not word-aligned (AAELF32: B(S) must always "
                         "be a multiple of 4)");
      C.Link.Base = StaticBase::Address;
      C.Link.BaseAddress = uint32_t(*V);
      return Sets("--static-base", Hex(*V));
    }
    return Sets("--static-base", A.str());
  }
  if (A == "--rela") {
    C.Rela = true;
    return true;
  }
  if (A == "--big-endian" || A == "-EB") {
    C.BigEndian = true;
    C.Link.Be32 = false; // BE8, whatever an earlier --be32 said
    return Sets("the byte order", "big-endian, BE8");
  }
  if (A == "--be32") {
    C.BigEndian = true;
    C.Link.Be32 = true;
    return Sets("the byte order", "big-endian, BE32");
  }
  if (A == "--fix-v4bx") {
    C.Link.FixV4bx = true;
    return true;
  }
  if (A == "--pic-veneers") {
    C.Link.PicVeneers = true;
    return true;
  }
  if (A == "--no-veneers") {
    C.Link.Veneers = false;
    return true;
  }
  if (A == "--target1-rel" || A == "--target1-abs") {
    C.Link.Target1Rel = A == "--target1-rel";
    return Sets("R_ARM_TARGET1", A.str());
  }
  return false;
}

static std::string &work() {
  static std::string Work;
  return Work;
}

const std::string &workInProgress() { return work(); }

Expected<std::vector<InputObject>>
loadInputs(const std::vector<std::string> &Paths, const ArchProfile &Arch,
           bool GnuAs, bool BigEndian, bool Rela,
           std::vector<std::string> *Read) {
  auto Buffers = loadObjectFiles(Paths, Arch, GnuAs, BigEndian, Rela, Read);
  if (!Buffers)
    return Buffers.takeError();
  return readInputs(*Buffers, BigEndian);
}

namespace {

/// "a.o: error: Msg".
Error placedError(const std::string &Path, const Twine &Msg) {
  return createStringError(inconvertibleErrorCode(),
                           Path + ": error: " + Msg);
}

/// An object input's recorded architecture.
struct BuiltFor {
  std::string Path;
  ArchProfile Arch;
  std::string Attributes; // "v5TE"
};

/// The Tag_CPU_arch each .ARM.attributes section of an Arm ELF object
/// input records. One that is no Arm ELF object says so later, when it is
/// read. Attributes LLVM's parser stops in (it also refuses some valid
/// section-scope ones) give a warning, and what it read before counts, as
/// ld.lld warns and links. A Tag_CPU_arch relocheck has no profile for is
/// an error only when it would choose the architecture (no --arch).
Expected<std::vector<BuiltFor>> builtFor(const std::string &Path,
                                         bool ArchGiven, bool &BigEndian) {
  std::vector<BuiltFor> Out;
  auto Buf = readInputFile(Path, /*IsText=*/false);
  if (!Buf)
    return Out; // loadObjectFiles says why
  auto Obj = object::ObjectFile::createObjectFile((*Buf)->getMemBufferRef());
  if (!Obj) {
    consumeError(Obj.takeError());
    return Out;
  }
  auto *Elf = dyn_cast<object::ELFObjectFileBase>(Obj->get());
  if (!Elf || Elf->getEMachine() != ELF::EM_ARM)
    return Out;
  BigEndian = !Elf->isLittleEndian();
  for (const object::SectionRef &Sec : Elf->sections()) {
    if (object::ELFSectionRef(Sec).getType() != ELF::SHT_ARM_ATTRIBUTES)
      continue;
    auto Data = Sec.getContents();
    if (!Data) {
      consumeError(Data.takeError());
      return Out; // the reader names the broken section
    }
    std::string Problem, Twice;
    auto Tags = readCpuArchTags(arrayRefFromStringRef(*Data),
                                !Elf->isLittleEndian(), &Problem, &Twice);
    if (!Problem.empty())
      errs() << Path << ": warning: .ARM.attributes: " << Problem
             << " (relocheck reads the tags before it)\n";
    if (!Twice.empty())
      errs() << Path << ": warning: .ARM.attributes: Tag_CPU_arch is given "
             << "twice, " << Twice << "; relocheck takes the first\n";
    if (!Tags)
      continue;
    std::string Text = buildAttributesText(Tags->Arch, Tags->Profile);
    auto Recorded = archForBuildAttributes(Tags->Arch, Tags->Profile);
    if (!Recorded && ArchGiven)
      continue; // --arch says what it is for; nothing to check it against
    // A malformed section (an unterminated ULEB128) may have given the
    // value it names: say so rather than vouch for it.
    if (!Recorded)
      return placedError(
          Path, "built for Tag_CPU_arch " + Text +
                    (Problem.empty() ||
                             StringRef(Problem).starts_with("unknown CPU_arch")
                         ? std::string()
                         : " (as read from a malformed .ARM.attributes: " +
                               Problem + ")") +
                    ", which relocheck has no profile for; give --arch (" +
                    archNameList() + ")");
    Out.push_back(BuiltFor{Path, *Recorded, Text});
  }
  return Out;
}

/// The profile's place in allArchs(), which lists each family (with ARM
/// state, M-profile) oldest first.
size_t archRank(const ArchProfile &A) {
  const auto &All = allArchs();
  for (size_t I = 0; I < All.size(); ++I)
    if (All[I].Name == A.Name)
      return I;
  return All.size();
}

/// The architecture's version, ten times over: 40 for armv4t, 81 for
/// armv8.1-m.main. Compares profiles across the A and M families.
unsigned archVersion(const ArchProfile &A) {
  StringRef Rest = StringRef(A.Name.data(), A.Name.size());
  unsigned V = 0;
  if (!Rest.consume_front("armv") || Rest.empty() || !isDigit(Rest[0]))
    return 0;
  V = unsigned(Rest[0] - '0') * 10;
  if (Rest.size() > 2 && Rest[1] == '.' && isDigit(Rest[2]))
    V += unsigned(Rest[2] - '0');
  return V;
}

/// Why code built for Need does not link for Have, or "" when it does:
/// what Need can encode and Have cannot, or that Need is the newer: in one
/// family by its place (armv6's REV is no armv5te instruction, though both
/// branch alike), across the A and M families by version (v8-M's
/// instructions are not v7-A's).
std::string notCovered(const ArchProfile &Have, const ArchProfile &Need) {
  std::string Lacks = archLacks(Have, Need);
  if (!Lacks.empty())
    return "which lacks " + Lacks;
  if (Have.HasArmState == Need.HasArmState ? archRank(Need) > archRank(Have)
                                           : archVersion(Need) >
                                                 archVersion(Have))
    return "which is older";
  return "";
}

} // namespace

bool isAssemblyInput(StringRef Path) {
  StringRef Ext = sys::path::extension(Path);
  return Ext == ".s" || Ext == ".S" || Ext == ".asm";
}

/// The .ARM.attributes section LLVM MC writes for Arch, in the link's
/// byte order.
static Expected<std::vector<uint8_t>> attributesFor(const ArchProfile &Arch,
                                                    bool BigEndian) {
  auto Buf = assemble("", "<build attributes>", Arch, BigEndian);
  if (!Buf)
    return Buf.takeError();
  auto Obj = readObject((*Buf)->getMemBufferRef(), nullptr);
  if (!Obj)
    return Obj.takeError();
  if (Obj->Attributes.empty())
    return std::vector<uint8_t>();
  return std::move(Obj->Attributes.front());
}

Error settleArch(DriverConfig &C) {
  std::vector<BuiltFor> Objects;
  bool BigEndian = C.BigEndian; // the image's: an input's says so too
  for (const std::string &Path : C.Inputs) {
    if (isAssemblyInput(Path))
      continue;
    bool ObjectBigEndian = false;
    auto B = builtFor(Path, C.ArchGiven, ObjectBigEndian);
    BigEndian |= ObjectBigEndian;
    if (!B)
      return B.takeError();
    append_range(Objects, std::move(*B));
  }
  if (!C.ArchGiven && !Objects.empty()) {
    // The newest: one that covers every other, whatever the inputs'
    // order (each is checked against all, not against the newest so far).
    auto CoversAll = [&](const BuiltFor &Cand) {
      return all_of(Objects, [&](const BuiltFor &B) {
        return notCovered(Cand.Arch, B.Arch).empty();
      });
    };
    const BuiltFor *Newest = nullptr;
    for (const BuiltFor &B : Objects)
      if (!Newest && CoversAll(B))
        Newest = &B;
    if (!Newest) {
      for (size_t I = 0; I < Objects.size(); ++I)
        for (size_t J = I + 1; J < Objects.size(); ++J) {
          const BuiltFor &A = Objects[I], &B = Objects[J];
          if (!notCovered(A.Arch, B.Arch).empty() &&
              !notCovered(B.Arch, A.Arch).empty())
            return placedError(
                B.Path, "built for " + B.Attributes + ", and " + A.Path +
                            " for " + A.Attributes +
                            "; neither architecture covers the other, so "
                            "the link needs --arch");
        }
      return placedError(Objects.front().Path,
                         "no one of the inputs' architectures covers all "
                         "the others, so the link needs --arch");
    }
    C.Link.Arch = Newest->Arch;
    C.ArchFrom = Newest->Path + "'s build attributes (" +
                 Newest->Attributes + ")";
  }
  // Objects built for older cores only, or without attributes at all:
  // the image carries attributes for the link's own architecture
  // (assembly inputs get those anyway).
  bool OwnArch = any_of(Objects, [&](const BuiltFor &B) {
    return B.Arch.Name == C.Link.Arch.Name;
  });
  if (!C.Inputs.empty() && !OwnArch &&
      none_of(C.Inputs, isAssemblyInput)) {
    // In the image's byte order, which is the objects' (big-endian ones
    // link big-endian without --big-endian too).
    auto A = attributesFor(C.Link.Arch, BigEndian);
    if (!A)
      return A.takeError();
    C.Link.ArchAttributes = std::move(*A);
  }
  for (const BuiltFor &B : Objects) {
    std::string Why = notCovered(C.Link.Arch, B.Arch);
    if (!Why.empty())
      return placedError(
          B.Path, "built for " + B.Attributes + " (" +
                      std::string(B.Arch.Name) + "), but the link is for " +
                      std::string(C.Link.Arch.Name) + ", " + Why +
                      "; give --arch=" + std::string(B.Arch.Name) +
                      " or newer");
  }
  return Error::success();
}

namespace {
/// E, with a note when C's architecture came from build attributes.
Error withArchNote(Error E, const DriverConfig &C) {
  if (C.ArchFrom.empty())
    return E;
  std::string Text = toString(std::move(E));
  return createStringError(inconvertibleErrorCode(),
                           Text + "\nnote: linking for " +
                               std::string(C.Link.Arch.Name) + ", which " +
                               C.ArchFrom + " chose (--arch chooses "
                                            "otherwise)");
}
} // namespace

Expected<std::vector<InputObject>> loadInputs(const DriverConfig &C,
                                              std::vector<std::string> *Read) {
  auto Objs =
      loadInputs(C.Inputs, C.Link.Arch, C.GnuAs, C.BigEndian, C.Rela, Read);
  if (!Objs)
    return withArchNote(Objs.takeError(), C);
  return Objs;
}

Expected<std::vector<std::unique_ptr<MemoryBuffer>>>
loadObjectFiles(const DriverConfig &C, std::vector<std::string> *Read) {
  auto Buffers = loadObjectFiles(C.Inputs, C.Link.Arch, C.GnuAs,
                                 C.BigEndian, C.Rela, Read);
  if (!Buffers)
    return withArchNote(Buffers.takeError(), C);
  return Buffers;
}

Expected<std::vector<InputObject>>
readInputs(const std::vector<std::unique_ptr<MemoryBuffer>> &Buffers,
           bool BigEndian) {
  std::vector<InputObject> Objects;
  uint64_t Inflated = 0; // by all inputs' compressed sections
  for (const auto &ObjBuf : Buffers) {
    work() = "reading '" + ObjBuf->getBufferIdentifier().str() + "'";
    auto Obj = readObject(ObjBuf->getMemBufferRef(), &Inflated);
    if (!Obj)
      return Obj.takeError();
    if (BigEndian && !Obj->BigEndian)
      return flagError(Obj->FileName + " is little-endian, but "
                                       "--big-endian was given");
    Objects.push_back(std::move(*Obj));
  }
  if (!Buffers.empty())
    work() = "linking '" + Buffers.front()->getBufferIdentifier().str() +
             "'" + (Buffers.size() > 1 ? " and the other inputs" : "");
  return Objects;
}

namespace {

/// LLVM MC writes a REL addend into the place's field whether it fits or
/// not, and says nothing: `.short sym + 0x10000` keeps 0, `.byte sym +
/// 0x80` reads back as -128, `adr.w r0, sym - 0xffc` keeps 0 (SUBW's 12
/// bits cannot hold 0x1000). Each relocation's field must read back as the
/// addend MC meant, less the PC bias MC folds into an instruction's field
/// (8 in ARM state, 4 in Thumb; AAELF32 "Addends and PC-bias
/// compensation"), or with none (MOVW/MOVT, data).
Error checkMeantAddends(const MemoryBuffer &Obj,
                        const std::vector<MeantAddend> &Meant) {
  if (Meant.empty())
    return Error::success();
  auto O = readObject(Obj.getMemBufferRef(), nullptr);
  if (!O) {
    consumeError(O.takeError()); // reading it for the link says why
    return Error::success();
  }
  // Sections by name, in file order: MC writes same-named ones in the
  // order it made them.
  std::map<std::string, std::vector<const InputSection *>> ByName;
  for (const InputSection &Sec : O->Sections)
    ByName[Sec.Name].push_back(&Sec);
  std::string Lines;
  for (const MeantAddend &M : Meant) {
    const RelocKind *K = lookupKind(M.Type);
    auto Named = ByName.find(M.Section);
    if (!K || K->Place == Field::None || K->Place == Field::ArmBx ||
        Named == ByName.end() ||
        M.SameNameBefore >= Named->second.size())
      continue;
    const InputSection &Sec = *Named->second[M.SameNameBefore];
    unsigned Size = fieldSize(*K);
    auto Rel = llvm::find_if(Sec.Relocs, [&](const InputReloc &R) {
      return R.Offset == M.Offset && R.Type == M.Type && !R.RelaAddend;
    });
    if (Rel == Sec.Relocs.end() ||
        uint64_t(Rel->Offset) + Size > Sec.Data.size())
      continue; // the link names what is wrong with it
    uint8_t Field[8] = {};
    std::memcpy(Field, Sec.Data.data() + Rel->Offset, Size);
    if (O->BigEndian)
      swapFieldOrder(Field, Size, fieldUnit(*K));
    int64_t Read = readRelAddend(*K, Field);
    int64_t Bias = Read - M.Addend;
    if (relFieldKeepsAddend(*K, Read, M.Addend))
      continue;
    Lines += (Lines.empty() ? "" : "\n") +
             (M.Where.empty() ? Obj.getBufferIdentifier().str() : M.Where) +
             ": error: the addend " + std::to_string(M.Addend) + " of this " +
             kindDisplayName(M.Type) + " (" + M.Section + "+0x" +
             utohexstr(M.Offset, true) +
             ") does not survive in the object: a REL object keeps it in "
             "the place's field, which reads back as " +
             std::to_string(Read) +
             " (LLVM MC writes what does not fit without a word); " +
             ((Bias & 3) != 0
                  ? "the field keeps no low bits of it: use an addend the "
                    "instruction's step divides"
                  : "point a symbol nearer the address and use a smaller "
                    "addend");
  }
  if (Lines.empty())
    return Error::success();
  return createStringError(inconvertibleErrorCode(), Lines);
}

/// Ends the process with Message (and exit status 1) if it is still alive
/// Limit seconds after the watchdog was made, unless the watchdog is gone
/// by then. LLVM MC cannot be stopped from outside, and some inputs keep
/// it busy for hours: a number a macro pastes together from thousands of
/// digits, a .rept of millions of lines.
class Watchdog {
public:
  Watchdog(unsigned Limit, std::string Message)
      : Thread([this, Limit, Message] {
          std::unique_lock<std::mutex> Lock(M);
          if (!Wake.wait_for(Lock, std::chrono::seconds(Limit),
                             [this] { return Done; })) {
            std::fprintf(stderr, "%s\n", Message.c_str());
            std::fflush(stderr);
            std::_Exit(1);
          }
        }) {}
  ~Watchdog() {
    {
      std::lock_guard<std::mutex> Lock(M);
      Done = true;
    }
    Wake.notify_one();
    Thread.join();
  }

private:
  std::mutex M;
  std::condition_variable Wake;
  bool Done = false;
  std::thread Thread; // last: it starts once the others exist
};

/// Seconds LLVM MC may take for one file: 60, or the
/// RELOCHECK_ASSEMBLE_TIMEOUT environment variable (for tests), whole
/// seconds in [1, 3600]; anything else is said once and ignored.
unsigned assembleTimeLimit() {
  static const unsigned Limit = [] {
    const char *V = std::getenv("RELOCHECK_ASSEMBLE_TIMEOUT");
    unsigned N = 0;
    if (!V)
      return 60u;
    if (!StringRef(V).getAsInteger(10, N) && N >= 1 && N <= 3600)
      return N;
    errs() << "warning: RELOCHECK_ASSEMBLE_TIMEOUT expects whole seconds "
              "in [1, 3600], found '";
    printEscapedString(StringRef(V).take_front(40), errs());
    errs() << "'; LLVM MC may take 60 s per file\n";
    return 60u;
  }();
  return Limit;
}

} // namespace

Expected<std::vector<std::unique_ptr<MemoryBuffer>>>
loadObjectFiles(const std::vector<std::string> &Paths, const ArchProfile &Arch,
                bool GnuAs, bool BigEndian, bool Rela,
                std::vector<std::string> *Read) {
  std::vector<std::unique_ptr<MemoryBuffer>> Out;
  for (const std::string &Path : Paths) {
    auto Buf = readInputFile(Path, /*IsText=*/false);
    if (!Buf)
      return flagError("cannot read '" + Path +
                       "': " + Buf.getError().message());
    std::unique_ptr<MemoryBuffer> ObjBuf;
    work() = "reading '" + Path + "'";
    if (isAssemblyInput(Path)) {
      work() = "assembling '" + Path + "'";
      // GNU as is a process of its own, killed after 60 s.
      std::optional<Watchdog> Dog;
      unsigned Limit = assembleTimeLimit();
      if (!GnuAs)
        Dog.emplace(Limit, Path +
                               ": error: LLVM MC did not finish assembling "
                               "it within " +
                               std::to_string(Limit) +
                               " s (a number a macro pastes together from "
                               "thousands of digits? a .rept of millions "
                               "of lines?); relocheck stops");
      std::vector<MeantAddend> Meant;
      Expected<std::unique_ptr<MemoryBuffer>> Assembled(nullptr);
      if (GnuAs) {
        Assembled = assembleWithGnuAs(Path, Arch, BigEndian);
      } else {
        // LLVM MC has inputs it crashes on (a line like ".rodata 0x9000 :
        // { ... }" reaches a null pointer in ARMELFStreamer): in a program
        // that enabled crash recovery (relocheck does), that is an error
        // for this file, not a crash of relocheck.
        CrashRecoveryContext Recovery;
        if (!Recovery.RunSafely([&] {
              Assembled = assemble((*Buf)->getBuffer(), Path, Arch,
                                   BigEndian, Read, &Meant);
            })) {
          consumeError(Assembled.takeError());
          int Code = Recovery.RetCode;
          return flagError(
              "LLVM MC crashed while assembling '" + Path + "'" +
              (Code > 128 ? " (signal " + std::to_string(Code - 128) + ")"
                          : std::string()) +
              ", a bug in LLVM's assembler: simplify the input, or "
              "assemble it with --assembler=gnu");
        }
      }
      if (!Assembled)
        return Assembled.takeError();
      if (Error E = checkMeantAddends(**Assembled, Meant))
        return E;
      ObjBuf = std::move(*Assembled);
    } else {
      ObjBuf = MemoryBuffer::getMemBufferCopy((*Buf)->getBuffer(), Path);
    }
    if (!ObjBuf)
      return flagError("out of memory reading '" + Path + "'");
    if (Rela) {
      auto Converted = relocationsAsRela(*ObjBuf, Arch);
      if (!Converted)
        return Converted.takeError();
      ObjBuf = std::move(*Converted);
    }
    Out.push_back(std::move(ObjBuf));
  }
  return Out;
}

} // namespace relocheck
