//===- Assembler.cpp - LLVM MC in process ---------------------------------===//
#include "assemble/Assembler.h"
#include "object/InputObject.h"
#include "process/Run.h"
#include "process/Signals.h"

#include "llvm/ADT/ScopeExit.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/BinaryFormat/ELF.h"
#include "llvm/MC/MCAsmBackend.h"
#include "llvm/MC/MCAsmInfo.h"
#include "llvm/MC/MCAssembler.h"
#include "llvm/MC/MCCodeEmitter.h"
#include "llvm/MC/MCContext.h"
#include "llvm/MC/MCELFObjectWriter.h"
#include "llvm/MC/MCExpr.h"
#include "llvm/MC/MCInstrInfo.h"
#include "llvm/MC/MCObjectFileInfo.h"
#include "llvm/MC/MCObjectWriter.h"
#include "llvm/MC/MCParser/MCAsmParser.h"
#include "llvm/MC/MCParser/MCTargetAsmParser.h"
#include "llvm/MC/MCRegisterInfo.h"
#include "llvm/MC/MCSection.h"
#include "llvm/MC/MCSectionELF.h"
#include "llvm/MC/MCSymbol.h"
#include "llvm/MC/MCSymbolELF.h"
#include "llvm/MC/MCValue.h"
#include "llvm/MC/MCStreamer.h"
#include "llvm/MC/MCSubtargetInfo.h"
#include "llvm/MC/MCTargetOptions.h"
#include "llvm/MC/TargetRegistry.h"
#include "llvm/Support/CommandLine.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/Signals.h"
#include "llvm/Support/SourceMgr.h"
#include "llvm/Support/VirtualFileSystem.h"
#include "llvm/Support/raw_ostream.h"
#include "llvm/TargetParser/Triple.h"

#include <csignal>
#include <cstring>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <unistd.h>

extern "C" {
void LLVMInitializeARMTargetInfo();
void LLVMInitializeARMTargetMC();
void LLVMInitializeARMAsmParser();
void LLVMInitializeARMDisassembler();
}

using namespace llvm;

namespace relocheck {

void initializeArmTarget() {
  static std::once_flag Once;
  std::call_once(Once, [] {
    LLVMInitializeARMTargetInfo();
    LLVMInitializeARMTargetMC();
    LLVMInitializeARMAsmParser();
    LLVMInitializeARMDisassembler();
    // The ARM asm parser emits build attributes for the subtarget only when
    // this option is set (llvm-mc -arm-add-build-attributes). Without them
    // llvm-objdump and lld assume a pre-v6T2 core.
    auto &Opts = cl::getRegisteredOptions();
    auto It = Opts.find("arm-add-build-attributes");
    if (It != Opts.end())
      static_cast<cl::opt<bool> *>(It->second)->setValue(true);
  });
}

namespace {

/// The longest number relocheck lets LLVM MC parse. MC's time grows with
/// the cube of a literal's length (a 4,000-digit .word took 0.14 s, 10,000
/// digits 2.3 s, 40,000 digits more than 100 s); no Arm field takes more
/// than 20 digits, a 64-bit binary literal 66 characters. (A number a
/// macro pastes together is not bounded here; the driver's time limit on
/// assembling is.)
constexpr size_t MaxNumberChars = 100;

/// The line (from 1) and length of the first number token in Text longer
/// than MaxNumberChars; none if there is none. Skipped as MC skips them:
/// "..." strings, 'c' character literals, @ and /* */ comments.
std::optional<std::pair<unsigned, size_t>> findHugeNumber(StringRef Text) {
  auto IsWordChar = [](char C) {
    return isAlnum(C) || C == '_' || C == '.';
  };
  unsigned Line = 1;
  for (size_t I = 0; I < Text.size(); ++I) {
    char C = Text[I];
    if (C == '\n') {
      ++Line;
    } else if (C == '@') { // ARM's line comment
      while (I + 1 < Text.size() && Text[I + 1] != '\n')
        ++I;
    } else if (C == '/' && Text.substr(I).starts_with("/*")) {
      size_t End = Text.find("*/", I + 2);
      End = End == StringRef::npos ? Text.size() : End + 2;
      Line += Text.slice(I, End).count('\n');
      I = End - 1;
    } else if (C == '"') {
      for (++I; I < Text.size() && Text[I] != '"' && Text[I] != '\n'; ++I)
        if (Text[I] == '\\')
          ++I;
      if (I < Text.size() && Text[I] == '\n')
        ++Line;
    } else if (C == '\'') { // 'c, 'c' or '\c'
      I += I + 1 < Text.size() && Text[I + 1] == '\\' ? 2 : 1;
      if (I + 1 < Text.size() && Text[I + 1] == '\'')
        ++I;
    } else if (isDigit(C) && (I == 0 || !IsWordChar(Text[I - 1]))) {
      size_t End = I;
      while (End < Text.size() && IsWordChar(Text[End]))
        ++End;
      if (End - I > MaxNumberChars)
        return std::make_pair(Line, End - I);
      I = End - 1;
    }
  }
  return std::nullopt;
}

/// "a number of N characters; ..." for the refusal.
std::string hugeNumberText(size_t Length) {
  return ("a number of " + Twine(Length) +
          " characters; relocheck assembles numbers of at most " +
          Twine(MaxNumberChars) + " (LLVM MC takes minutes on longer ones)")
      .str();
}

/// The files `.include` and `.incbin` may read. A test is hostile input:
/// a file that includes itself would otherwise be read again and again
/// until memory runs out, and `.incbin "/dev/zero"` (or a FIFO) would read
/// forever or block. So only regular files are opened, at most
/// MaxOpens of them per assembly, with at most MaxBytes read in all; the
/// first refusal's reason replaces MC's "Could not find ... file"
/// diagnostic (see DiagCollector).
class BoundedIncludeFS : public vfs::ProxyFileSystem {
public:
  static constexpr unsigned MaxOpens = 256;
  static constexpr uint64_t MaxBytes = uint64_t(256) << 20;

  /// Relative names are found from Dir (the test's folder), as a test's
  /// extra inputs are, not from wherever relocheck runs.
  explicit BoundedIncludeFS(StringRef Dir)
      : ProxyFileSystem(vfs::createPhysicalFileSystem()) {
    if (!Dir.empty())
      (void)getUnderlyingFS().setCurrentWorkingDirectory(Dir);
  }

  /// Why the last open was refused; empty if it was not.
  std::string Refusal;
  /// Every file opened, in order.
  std::vector<std::string> Read;

  ErrorOr<std::unique_ptr<vfs::File>>
  openFileForRead(const Twine &Path) override {
    Refusal.clear();
    // Status first: opening a FIFO for reading blocks until a writer comes.
    ErrorOr<vfs::Status> St = getUnderlyingFS().status(Path);
    if (!St)
      return St.getError();
    if (St->getType() != sys::fs::file_type::regular_file)
      return refuse("'" + Path + "' is not a regular file");
    if (Opens == MaxOpens)
      return refuse("more than " + Twine(MaxOpens) +
                    " .include/.incbin files opened in one test (does a "
                    "file include itself?)");
    if (St->getSize() > MaxBytes - Bytes)
      return refuse("'" + Path + "' has " + Twine(St->getSize()) +
                    " bytes; at most " + Twine(MaxBytes - Bytes) +
                    " of the 256 MiB allowed per test are left");
    ++Opens;
    Bytes += St->getSize();
    SmallString<256> Abs;
    Path.toVector(Abs);
    (void)getUnderlyingFS().makeAbsolute(Abs);
    Read.push_back(Abs.str().str());
    // An included file's numbers are bounded as the test's own are (an
    // .incbin'd file is read the same way, so its bytes are too).
    // Up to a NUL: MC's lexer stops there, and a binary .incbin file is
    // mostly not text.
    auto Buf = getUnderlyingFS().getBufferForFile(Path);
    if (!Buf)
      return Buf.getError();
    StringRef Text = (*Buf)->getBuffer();
    if (auto Huge = findHugeNumber(Text.take_until([](char C) {
          return C == '\0';
        })))
      return refuse("line " + Twine(Huge->first) + " of '" + Path +
                    "' has " + hugeNumberText(Huge->second));
    return ProxyFileSystem::openFileForRead(Path);
  }

private:
  unsigned Opens = 0;
  uint64_t Bytes = 0;

  std::error_code refuse(const Twine &Why) {
    Refusal = Why.str();
    return std::make_error_code(std::errc::permission_denied);
  }
};

/// Collects MC diagnostics as compiler-style lines.
struct DiagCollector {
  std::string Text;
  unsigned Errors = 0;
  BoundedIncludeFS *FS = nullptr;
  std::string File; // for diagnostics MC gives no place (at the end)

  void add(const SMDiagnostic &D) {
    std::string Message = D.getMessage().str();
    // MC words every failed .include/.incbin as "Could not find"; say
    // what was refused instead when the file system refused it.
    StringRef M = Message;
    if (FS && !FS->Refusal.empty() &&
        (M.starts_with("Could not find include file") ||
         M.starts_with("Could not find incbin file"))) {
      Message = (M.contains("incbin") ? ".incbin refused: " :
                                        ".include refused: ") +
                FS->Refusal;
      FS->Refusal.clear();
    }
    const char *Kind = "note";
    if (D.getKind() == SourceMgr::DK_Error) {
      Kind = "error";
      ++Errors;
    } else if (D.getKind() == SourceMgr::DK_Warning) {
      Kind = "warning";
    }
    // Diagnostics raised when the object is written have no place.
    StringRef Where = D.getFilename();
    std::string Line =
        Where.empty() || Where == "<unknown>"
            ? File + ": " + Kind + ": " + Message
            : (Where + ":" + Twine(D.getLineNo()) + ":" +
               Twine(D.getColumnNo() + 1) + ": " + Kind + ": " + Message)
                  .str();
    // A file name with a newline (`.include "a\nPASS: b"`) must not split
    // the diagnostic in two.
    Line = printableName(Line);
    if (Line == Last)
      return; // MC reports some errors twice (.org past the end)
    Last = Line;
    // A macro that expands itself leaves a note per level: the first few
    // are shown, the rest counted, and the last one in a real file (the
    // outermost use, which says where in the test) is kept.
    if (D.getKind() == SourceMgr::DK_Note) {
      if (++NotesInARow > MaxNotes) {
        ++Hidden;
        if (Where != "<instantiation>")
          LastHiddenInFile = Line;
        return;
      }
    } else {
      flushHidden();
      NotesInARow = 0;
    }
    // At most MaxLines lines: 200,000 bad lines of a .rept gave 200,000.
    if (Lines == MaxLines) {
      ++Dropped;
      return;
    }
    ++Lines;
    if (!Text.empty())
      Text += '\n';
    Text += Line;
  }

  /// Ends the text: how many diagnostics were left out.
  void finish() {
    flushHidden();
    if (Dropped)
      Text += "\n" + File + ": note: " + std::to_string(Dropped) +
              " more diagnostics not shown (relocheck shows the first " +
              std::to_string(MaxLines) + ")";
    Dropped = 0;
  }

  /// Ends the text: "(N more notes)" for notes left out.
  void flushHidden() {
    if (!Hidden)
      return;
    unsigned Left = Hidden - !LastHiddenInFile.empty();
    if (Left)
      Text += "\n" + File + ": note: (" + std::to_string(Left) +
              " more notes like the one above)";
    if (!LastHiddenInFile.empty())
      Text += "\n" + LastHiddenInFile;
    Hidden = 0;
    LastHiddenInFile.clear();
  }

private:
  static constexpr unsigned MaxNotes = 3, MaxLines = 100;
  unsigned NotesInARow = 0, Hidden = 0, Lines = 0, Dropped = 0;
  std::string Last, LastHiddenInFile;
};

/// Where LLVM MC writes the object: in memory, up to the 256 MiB an input
/// file may have. A test's `.fill 0x10000000, 8`, `.space` or `.p2align 31`
/// asks MC for gigabytes; growing a buffer that far ended in "LLVM ERROR:
/// out of memory" (an abort), and past 4 GiB the ELF32 offsets wrapped
/// into a garbled object. Bytes past the bound are counted, not kept, and
/// the caller reports the size.
class BoundedObjectStream final : public raw_pwrite_stream {
public:
  static constexpr uint64_t MaxBytes = uint64_t(256) << 20;

  BoundedObjectStream() { SetUnbuffered(); }
  bool overflowed() const { return Pos > MaxBytes; }
  uint64_t size() const { return Pos; }
  StringRef bytes() const { return StringRef(Bytes.data(), Bytes.size()); }

private:
  void write_impl(const char *Ptr, size_t Size) override {
    if (Pos + Size <= MaxBytes)
      Bytes.append(Ptr, Ptr + Size);
    Pos += Size;
  }
  void pwrite_impl(const char *Ptr, size_t Size, uint64_t Offset) override {
    if (Offset + Size <= Bytes.size())
      std::memcpy(Bytes.data() + Offset, Ptr, Size);
  }
  uint64_t current_pos() const override { return Pos; }

  SmallVector<char, 0> Bytes;
  uint64_t Pos = 0;
};

} // namespace

/// "armv7a-none-eabi" -> "armebv7a-none-eabi", "thumbv7m..." ->
/// "thumbebv7m...".
static std::string bigEndianTriple(StringRef T) {
  if (T.consume_front("thumb"))
    return ("thumbeb" + T).str();
  T.consume_front("arm");
  return ("armeb" + T).str();
}

namespace {

/// LLVM MC 22 turns a CBZ or CBNZ whose target it does not resolve in the
/// assembler (in another section, undefined, or global or weak in the same
/// one) into a NOP and writes no relocation: an unresolved fixup always
/// "needs relaxation", and a compare-and-branch relaxes only to a NOP
/// (ARMAsmBackend). GNU as refuses such a line. So relocheck notes each
/// compare-and-branch before the object is written and, after, refuses
/// any that became a NOP, unless its target is the next instruction (a
/// NOP then does what the branch did).
struct CompareBranch {
  const MCExpr *Target;
  bool Cbnz;
};

bool isCompareBranch(StringRef Opcode) {
  return Opcode == "tCBZ" || Opcode == "tCBNZ";
}

/// The compare-and-branches waiting for relaxation, by fragment. (Only
/// the current .subsection of each section is visited; one elsewhere is
/// still refused after the link, without its symbol's name.)
std::map<const MCFragment *, CompareBranch>
noteCompareBranches(MCStreamer &Streamer, const MCInstrInfo &MII) {
  std::map<const MCFragment *, CompareBranch> Out;
  if (MCAssembler *Asm = Streamer.getAssemblerPtr())
    for (const MCSection &Sec : *Asm)
      for (const MCFragment &F : Sec) {
        if (F.getKind() != MCFragment::FT_Relaxable ||
            !isCompareBranch(MII.getName(F.getOpcode())))
          continue;
        MCInst Inst = F.getInst();
        if (Inst.getNumOperands() >= 2 && Inst.getOperand(1).isExpr())
          Out[&F] = {Inst.getOperand(1).getExpr(),
                     MII.getName(F.getOpcode()) == "tCBNZ"};
      }
  return Out;
}

/// Why MC could not resolve a compare-and-branch to Sym.
StringRef unresolvedWhy(const MCSymbol *Sym, const MCSection &Home) {
  if (!Sym || Sym->isUndefined())
    return "is not defined in this file";
  if (!Sym->isInSection())
    return "is not in a section";
  if (&Sym->getSection() != &Home)
    return "is in another section";
  return "is global or weak (LLVM MC leaves it to the linker)";
}

void refuseVanishedCompareBranches(
    MCStreamer &Streamer, const MCInstrInfo &MII, SourceMgr &SrcMgr,
    const std::map<const MCFragment *, CompareBranch> &Noted) {
  MCAssembler *Asm = Streamer.getAssemblerPtr();
  if (!Asm)
    return;
  for (const MCSection &Sec : *Asm)
    for (const MCFragment &F : Sec) {
      // The ARM back end relaxes nothing else into a NOP (tHINT).
      if (F.getKind() != MCFragment::FT_Relaxable ||
          MII.getName(F.getOpcode()) != "tHINT")
        continue;
      uint64_t At = Asm->getFragmentOffset(F) + F.getFixedSize();
      auto It = Noted.find(&F);
      if (It == Noted.end()) {
        SrcMgr.PrintMessage(
            SMLoc(), SourceMgr::DK_Error,
            "the cbz or cbnz at " + Sec.getName() + "+0x" +
                utohexstr(At, true) +
                " became a NOP (LLVM MC); relocheck sees the target of a "
                "cbz only in the .subsection in use at the end of the "
                "file, so it cannot tell whether this one went to the next "
                "instruction: move it there, or use cmp and b<cond>");
        continue;
      }
      const auto *Ref = dyn_cast<MCSymbolRefExpr>(It->second.Target);
      const MCSymbol *Sym = Ref ? &Ref->getSymbol() : nullptr;
      uint64_t SymAt = 0;
      // To the next instruction, by a local symbol (one the link cannot
      // move, as it can a global or weak one): the NOP does the same.
      if (Sym && Sym->isInSection() && &Sym->getSection() == &Sec &&
          cast<MCSymbolELF>(Sym)->getBinding() == ELF::STB_LOCAL &&
          Asm->getSymbolOffset(*Sym, SymAt) && SymAt == At + 2)
        continue;
      std::string Name =
          Sym ? ("'" + Sym->getName() + "'").str() : "its target";
      SrcMgr.PrintMessage(
          It->second.Target->getLoc(), SourceMgr::DK_Error,
          Twine(It->second.Cbnz ? "cbnz" : "cbz") + " to " + Name +
              ", which " + unresolvedWhy(Sym, Sec) +
              ": LLVM MC wrote a NOP and no relocation (a compare-and-"
              "branch reaches 4-130 bytes forward); branch to a local "
              "label in the same section, or use cmp and b<cond>");
    }
}

/// 'name', or what a nameless temporary symbol (one `.` made) stands for.
std::string symbolText(const MCSymbol &Sym) {
  if (Sym.getName().empty())
    return "a temporary symbol (an expression with '.')";
  return ("'" + Sym.getName() + "'").str();
}

/// LLVM MC 22 keeps the addend of a Thumb MOVS/ADDS #:lower0_7:(sym+A)
/// (and :lower8_15:, :upper0_7:, :upper8_15:) in the instruction's imm8,
/// as AAELF32 says a REL R_ARM_THM_ALU_ABS_G* addend is read (insn[7:0]),
/// and silently keeps only A's low byte: sym+0x100 links as sym, sym-1 as
/// sym+255. GNU as refuses such an addend; so does relocheck.
void refuseLostAddends(MCStreamer &Streamer, SourceMgr &SrcMgr) {
  MCAssembler *Asm = Streamer.getAssemblerPtr();
  if (!Asm)
    return;
  auto Check = [&](const MCSection &Sec, const MCFragment &F,
                   const MCFixup &Fixup) {
    if (mc::isRelocRelocation(Fixup.getKind())) {
      MCValue V;
      if (!Fixup.getValue()->evaluateAsRelocatable(V, Asm))
        return;
      // MC keeps no line for a constant: the place always says where.
      auto Refuse = [&](const Twine &What) {
        SrcMgr.PrintMessage(
            Fixup.getLoc(), SourceMgr::DK_Error,
            "'.reloc' at " + Sec.getName() + "+0x" +
                utohexstr(Asm->getFragmentOffset(F) + Fixup.getOffset(),
                          true) +
                " " + What);
      };
      // A specifier (`loc(GOT)`, `(sbrel)`): MC drops it; the kind says
      // how the symbol is used (GNU as refuses the syntax).
      if (V.getSpecifier())
        return Refuse("with a specifier such as (GOT) or (sbrel): LLVM MC "
                      "drops it without a word; the relocation kind alone "
                      "says how the symbol is used (R_ARM_GOT_BREL, "
                      "R_ARM_SBREL32, ...)");
      // A difference of symbols (`_start - a`, `sym - .`): MC writes a
      // relocation against the first one alone, or none, and drops the
      // rest (GNU as refuses one across sections).
      if (V.getSubSym())
        return Refuse(
            "with a difference of symbols (minus " +
            symbolText(*V.getSubSym()) + "): LLVM MC keeps " +
            (V.getAddSym() ? "only " + symbolText(*V.getAddSym())
                           : std::string("no symbol")) +
            " and drops the rest; .reloc a single symbol, or use a "
            "PC-relative kind (R_ARM_REL32 is S + A - P)");
      // A constant, or a symbol MC folds to one (`.set z, 0x1234`): the
      // relocation names no symbol, and the value is lost.
      if (!V.getAddSym() && V.getConstant() != 0)
        return Refuse("with the constant 0x" +
                      utohexstr(uint64_t(V.getConstant()), true) +
                      " (or a symbol set to it): LLVM MC writes a "
                      "relocation against no symbol and keeps the value "
                      "nowhere (it would link as 0); put the value in the "
                      "data or instruction, and .reloc a symbol in a "
                      "section");
      // `.reloc PLACE, KIND, sym+A`: the ARM back end writes nothing into
      // the place for it, so in a REL object A is lost.
      if (V.getAddSym() && V.getConstant() != 0)
        SrcMgr.PrintMessage(
            Fixup.getLoc(), SourceMgr::DK_Error,
            "'.reloc' with addend " + Twine(V.getConstant()) +
                " against " + symbolText(*V.getAddSym()) +
                ": a REL object keeps the addend in the place's field, "
                "and LLVM MC writes none there (it would link as 0); put "
                "the addend in the instruction or data, and .reloc the "
                "bare symbol");
      return;
    }
    StringRef Kind = Asm->getBackend().getFixupKindInfo(Fixup.getKind()).Name;
    if (!Kind.starts_with("fixup_arm_thumb_upper_") &&
        !Kind.starts_with("fixup_arm_thumb_lower_"))
      return;
    const MCExpr *E = Fixup.getValue();
    if (const auto *Spec = dyn_cast<MCSpecifierExpr>(E))
      E = Spec->getSubExpr();
    MCValue V;
    if (!E->evaluateAsRelocatable(V, Asm) || !V.getAddSym())
      return; // a constant MC encodes itself; other forms MC refuses
    int64_t A = V.getConstant();
    if (A >= 0 && A <= 0xff)
      return;
    SrcMgr.PrintMessage(
        Fixup.getLoc(), SourceMgr::DK_Error,
        "addend " + Twine(A) + " (0x" + utohexstr(uint32_t(A), true) +
            ") of an R_ARM_THM_ALU_ABS_G* relocation against " +
            symbolText(*V.getAddSym()) +
            " is not in [0, 255]: a REL object keeps it in the "
            "instruction's 8-bit immediate (AAELF32), and LLVM MC would "
            "silently keep only its low byte; define a symbol at the "
            "address instead");
  };
  for (const MCSection &Sec : *Asm)
    for (const MCFragment &F : Sec) {
      for (const MCFixup &Fixup : F.getFixups())
        Check(Sec, F, Fixup);
      for (const MCFixup &Fixup : F.getVarFixups())
        Check(Sec, F, Fixup);
    }
}

/// Every relocation MC wrote, with the addend it meant and the source
/// line that asked for it (the fixup at the same place).
std::vector<MeantAddend> meantAddends(MCStreamer &Streamer,
                                      const SourceMgr &SrcMgr) {
  std::vector<MeantAddend> Out;
  MCAssembler *Asm = Streamer.getAssemblerPtr();
  if (!Asm)
    return Out;
  // A `.reloc` writes nothing into the place: the field is the source's
  // own (`.inst`, `.word`), and its addend is what the field says.
  std::map<std::pair<const MCSection *, uint64_t>, SMLoc> Locs;
  std::set<std::pair<const MCSection *, uint64_t>> Directives;
  for (const MCSection &Sec : *Asm)
    for (const MCFragment &F : Sec) {
      auto Note = [&](const MCFixup &Fixup) {
        auto At = std::make_pair(
            &Sec, Asm->getFragmentOffset(F) + Fixup.getOffset());
        if (mc::isRelocRelocation(Fixup.getKind()))
          Directives.insert(At);
        else
          Locs.emplace(At, Fixup.getLoc());
      };
      for (const MCFixup &Fixup : F.getFixups())
        Note(Fixup);
      for (const MCFixup &Fixup : F.getVarFixups())
        Note(Fixup);
    }
  // The ARM streamer writes ELF; the writer keeps each section's entries.
  auto &Writer = static_cast<ELFObjectWriter &>(Asm->getWriter());
  std::map<std::string, unsigned> SeenNames;
  for (const MCSection &Section : *Asm) { // in order, not the map's
    auto *Sec = static_cast<const MCSectionELF *>(&Section);
    unsigned SameNameBefore = SeenNames[Sec->getName().str()]++;
    auto Found = Writer.Relocations.find(Sec);
    if (Found == Writer.Relocations.end())
      continue;
    for (const ELFRelocationEntry &E : Found->second) {
      if (Directives.count({Sec, E.Offset}))
        continue;
      MeantAddend M{Sec->getName().str(), SameNameBefore, E.Offset, E.Type,
                    int64_t(E.Addend), ""};
      auto It = Locs.find({Sec, E.Offset});
      if (It != Locs.end() && It->second.isValid()) {
        SMLoc L = It->second;
        unsigned Buf = SrcMgr.FindBufferContainingLoc(L);
        if (Buf) {
          auto [Line, Col] = SrcMgr.getLineAndColumn(L, Buf);
          M.Where = printableName(
              (SrcMgr.getMemoryBuffer(Buf)->getBufferIdentifier() + ":" +
               Twine(Line) + ":" + Twine(Col))
                  .str());
        }
      }
      Out.push_back(std::move(M));
    }
  }
  return Out;
}

} // namespace

Expected<std::unique_ptr<MemoryBuffer>>
assemble(StringRef Source, StringRef FileName, const ArchProfile &Arch,
         bool BigEndian, std::vector<std::string> *Read,
         std::vector<MeantAddend> *Meant) {
  initializeArmTarget();

  Triple TT(Triple::normalize(BigEndian ? bigEndianTriple(Arch.Triple)
                                        : std::string(Arch.Triple)));
  std::string Err;
  const Target *T = TargetRegistry::lookupTarget(TT, Err);
  if (!T)
    return createStringError(inconvertibleErrorCode(),
                             FileName + ": error: no ARM target: " + Err);

  MCTargetOptions Options;
  std::unique_ptr<MCRegisterInfo> MRI(T->createMCRegInfo(TT));
  std::unique_ptr<MCAsmInfo> MAI(T->createMCAsmInfo(*MRI, TT, Options));
  std::unique_ptr<MCSubtargetInfo> STI(
      T->createMCSubtargetInfo(TT, Arch.CPU, Arch.Features));
  std::unique_ptr<MCInstrInfo> MII(T->createMCInstrInfo());

  if (auto Huge = findHugeNumber(Source))
    return createStringError(
        inconvertibleErrorCode(),
        FileName + ":" + Twine(Huge->first) + ": error: " +
            hugeNumberText(Huge->second));

  SmallString<256> Dir(FileName);
  sys::fs::make_absolute(Dir);
  sys::path::remove_filename(Dir);
  auto IncludeFS = makeIntrusiveRefCnt<BoundedIncludeFS>(Dir);
  SourceMgr SrcMgr(IncludeFS);
  SrcMgr.AddNewSourceBuffer(MemoryBuffer::getMemBufferCopy(Source, FileName),
                            SMLoc());
  DiagCollector Diags;
  Diags.FS = IncludeFS.get();
  Diags.File = FileName.str();
  SrcMgr.setDiagHandler(
      [](const SMDiagnostic &D, void *Ctx) {
        static_cast<DiagCollector *>(Ctx)->add(D);
      },
      &Diags);

  MCContext Ctx(TT, MAI.get(), MRI.get(), STI.get(), &SrcMgr, &Options);
  Ctx.setDiagnosticHandler([&Diags](const SMDiagnostic &D, bool,
                                    const SourceMgr &,
                                    std::vector<const MDNode *> &) {
    Diags.add(D);
  });
  std::unique_ptr<MCObjectFileInfo> MOFI(
      T->createMCObjectFileInfo(Ctx, /*PIC=*/false));
  Ctx.setObjectFileInfo(MOFI.get());

  BoundedObjectStream OS;
  std::unique_ptr<MCAsmBackend> MAB(
      T->createMCAsmBackend(*STI, *MRI, Options));
  std::unique_ptr<MCObjectWriter> OW = MAB->createObjectWriter(OS);
  std::unique_ptr<MCCodeEmitter> CE(T->createMCCodeEmitter(*MII, Ctx));
  std::unique_ptr<MCStreamer> Streamer(T->createMCObjectStreamer(
      TT, Ctx, std::move(MAB), std::move(OW), std::move(CE), *STI));

  std::unique_ptr<MCAsmParser> Parser(
      createMCAsmParser(SrcMgr, Ctx, *Streamer, *MAI));
  std::unique_ptr<MCTargetAsmParser> TAP(
      T->createMCAsmParser(*STI, *Parser, *MII, Options));
  if (!TAP)
    return createStringError(inconvertibleErrorCode(),
                             FileName + ": error: no ARM assembly parser");
  Parser->setTargetParser(*TAP);

  // Run without finishing: what MC will relax is noted first, and checked
  // once the object is laid out.
  bool Failed = Parser->Run(/*NoInitialTextSection=*/false,
                            /*NoFinalize=*/true);
  if (!Failed && !Diags.Errors && !Ctx.hadError()) {
    auto Noted = noteCompareBranches(*Streamer, *MII);
    if (auto *TS = Streamer->getTargetStreamer())
      TS->emitConstantPools();
    Streamer->finish(Parser->getLexer().getLoc());
    refuseVanishedCompareBranches(*Streamer, *MII, SrcMgr, Noted);
    refuseLostAddends(*Streamer, SrcMgr);
    if (Meant)
      *Meant = meantAddends(*Streamer, SrcMgr);
  }
  if (Read)
    Read->insert(Read->end(), IncludeFS->Read.begin(), IncludeFS->Read.end());
  Diags.finish();
  if (Failed || Diags.Errors || Ctx.hadError()) {
    if (Diags.Text.empty())
      Diags.Text = (FileName + ": error: assembly failed").str();
    return createStringError(inconvertibleErrorCode(), Diags.Text);
  }
  // The object was written by the streamer's finish() above. The
  // parsers refer to the streamer, so all three die together at return.
  if (OS.overflowed())
    return createStringError(
        inconvertibleErrorCode(),
        FileName + ": error: the assembled object would have " +
            Twine(OS.size()) + " bytes, more than the " +
            Twine(BoundedObjectStream::MaxBytes >> 20) +
            " MiB an input may have (a .fill, .space or alignment too "
            "large?)");
  // MC's warnings (".fill" truncated, a mapping it guessed) say the object
  // is not what the source reads as: shown, as llvm-mc shows them.
  if (!Diags.Text.empty())
    errs() << Diags.Text << "\n";
  auto Copy = MemoryBuffer::getMemBufferCopy(OS.bytes(), FileName);
  if (!Copy)
    return createStringError(inconvertibleErrorCode(),
                             FileName + ": error: out of memory for the "
                                        "assembled object");
  return Copy;
}

namespace {

/// GNU as's -march for a profile: the --arch name without the dash that
/// GNU as does not take ("armv7-a" -> "armv7-a" is accepted as is).
std::string gnuMarch(const ArchProfile &Arch) { return std::string(Arch.Name); }

/// How long GNU as may take for one file: 60 s, or
/// RELOCHECK_GNU_AS_SECONDS (1 to 3600; docs/writing-tests.md).
unsigned gnuAsSeconds() {
  static const unsigned Seconds = secondsFromEnvironment(
      "RELOCHECK_GNU_AS_SECONDS", 60, "GNU as may take 60 s per file");
  return Seconds;
}

/// "f.s:3: Error: bad instruction `x'" -> "f.s:3: error: bad instruction
/// `x' [GNU as]" (which assembler said it); other lines pass through.
std::string gnuDiagnostics(StringRef Text) {
  std::string Out;
  SmallVector<StringRef, 8> Lines;
  Text.split(Lines, '\n', -1, false);
  for (StringRef L : Lines) {
    if (L.ends_with("Assembler messages:"))
      continue;
    std::string Line = L.str();
    size_t At = Line.find(": Error: ");
    if (At != std::string::npos)
      Line.replace(At, 9, ": error: ") += " [GNU as]";
    At = Line.find(": Warning: ");
    if (At != std::string::npos)
      Line.replace(At, 11, ": warning: ") += " [GNU as]";
    if (!Out.empty())
      Out += '\n';
    Out += Line;
  }
  return Out;
}

} // namespace

Expected<std::unique_ptr<MemoryBuffer>>
assembleWithGnuAs(StringRef Path, const ArchProfile &Arch, bool BigEndian) {
  auto Fail = [&](const Twine &Msg) {
    return createStringError(inconvertibleErrorCode(),
                             Path + ": error: " + Msg);
  };
  auto As = sys::findProgramByName("arm-linux-gnueabihf-as");
  if (!As)
    return Fail("--assembler=gnu needs arm-linux-gnueabihf-as (Debian "
                "binutils-arm-linux-gnueabihf; tools/setup.sh installs it)");
  // Its object and log, removed when done or on a stop signal.
  RunFiles Temps("relocheck-gas-");
  auto Obj = Temps.make("o", "");
  if (!Obj)
    return Fail("cannot set up GNU as: " + toString(Obj.takeError()));
  auto Log = Temps.make("log", "");
  if (!Log)
    return Fail("cannot set up GNU as: " + toString(Log.takeError()));
  std::string March = "-march=" + gnuMarch(Arch);
  // .include names are looked for in the test's folder too (GNU as looks
  // in the folder it runs in first).
  SmallString<256> Dir(Path);
  sys::fs::make_absolute(Dir);
  sys::path::remove_filename(Dir);
  std::string Include = ("-I" + Dir).str();
  unsigned AsSeconds = gnuAsSeconds();
  // In a process group of its own, as the oracle linkers run: ^C or a
  // kill of relocheck ends it, and what it started, at once.
  RunOutcome Run = runInOwnGroup({*As, March, "-meabi=5",
                                  BigEndian ? "-EB" : "-EL", Include,
                                  Path.str(), "-o", *Obj},
                                 *Log, AsSeconds);
  // Its log may be gigabytes of warnings: its ends are enough.
  std::optional<std::string> LogText = readLogEnds(*Log);
  std::string Diags = gnuDiagnostics(LogText.value_or(""));
  switch (Run.How) {
  case RunOutcome::End::NotRun:
    return Fail("cannot run " + *As + ": " + Run.Message);
  case RunOutcome::End::TimedOut:
    // A FIFO or a device named by .include or .incbin is how a test gets
    // here.
    return Fail("GNU as did not finish within " + Twine(AsSeconds) +
                " s (killed); does the test .include or .incbin a FIFO or "
                "a device?");
  case RunOutcome::End::Signalled:
    return Fail("GNU as was killed by signal " + Twine(Run.Status) + " (" +
                strsignal(Run.Status) +
                (Run.Status == SIGXFSZ ? ": it wrote a file past 4 GiB" : "") +
                ")" + (Diags.empty() ? "" : ": " + Diags));
  case RunOutcome::End::Exited:
    break;
  }
  if (Run.Status != 0) {
    if (Diags.empty())
      return Fail("GNU as failed (exit " + Twine(Run.Status) + ")" +
                  (LogText ? " without a message"
                           : "; its log could not be read (no regular "
                             "file)"));
    // GNU as names the file on each line; a wrapper that failed before
    // it ran may not.
    if (StringRef(Diags).find(Path) == StringRef::npos)
      return Fail("GNU as failed (exit " + Twine(Run.Status) + "): " + Diags);
    return createStringError(inconvertibleErrorCode(), Diags);
  }
  // The cap on any input (readInputFile): past it, no object is read.
  auto Bytes = readChildFile(*Obj, uint64_t(256) << 20);
  if (!Bytes)
    return Fail("GNU as exited 0 but its object cannot be read (" +
                toString(Bytes.takeError()) + ")");
  StringRef Object = (*Bytes)->getBuffer();
  if (!Object.starts_with("\x7f" "ELF"))
    return Fail("GNU as exited 0 but wrote no ELF object (" +
                (Object.empty() ? std::string("an empty file")
                                : Twine(Object.size()).str() +
                                      " bytes without the ELF magic") +
                ")");
  return MemoryBuffer::getMemBufferCopy(Object, Path);
}

} // namespace relocheck
