//===- Oracles.cpp - Other linkers, judged by the same checker ------------===//
#include "oracles/Oracles.h"

#include "kinds/RelocKinds.h"
#include "process/Run.h"
#include "process/Signals.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/BinaryFormat/ELF.h"
#include "llvm/Object/ELF.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Endian.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/Signals.h"
#include "llvm/Support/raw_ostream.h"

#include <cstring>
#include <cstdlib>
#include <regex>
#include <map>
#include <set>
#include <unistd.h>

using namespace llvm;

namespace relocheck {

const std::vector<std::string> &knownOracles() {
  static const std::vector<std::string> Names = {"lld", "gnu-ld", "mold",
                                                 "jitlink"};
  return Names;
}

/// A name that can go into a linker script or onto a command line as it
/// is: no quotes, spaces, operators or glob characters.
static bool plainName(StringRef Name) {
  if (Name.empty() || isDigit(Name.front()) || Name.front() == '-')
    return false;
  // Words the script language keeps for itself (GNU ld's and lld's).
  static const char *const Keywords[] = {
      "SORT",   "SORT_BY_NAME", "SORT_BY_ALIGNMENT", "SORT_NONE",
      "EXCLUDE_FILE", "INCLUDE", "ASSERT", "KEEP", "PROVIDE",
      "PROVIDE_HIDDEN", "HIDDEN", "ALIGN", "SECTIONS", "MEMORY", "ENTRY",
      "INPUT", "GROUP", "OUTPUT", "NOLOAD", "COPY", "INFO", "OVERLAY",
      "BYTE", "SHORT", "LONG", "QUAD", "FILL", "CREATE_OBJECT_SYMBOLS",
      "CONSTRUCTORS", "SUBALIGN", "AT", "ONLY_IF_RO", "ONLY_IF_RW",
      "INPUT_SECTION_FLAGS", "DISCARD", "NEXT", "ADDR", "SIZEOF", "LOADADDR",
      "DEFINED", "ABSOLUTE", "ORIGIN", "LENGTH", "MAX", "MIN"};
  for (const char *K : Keywords)
    if (Name == K)
      return false;
  return llvm::all_of(Name, [](char C) {
    return isAlnum(C) || C == '_' || C == '.' || C == '$' || C == '-';
  });
}

/// A name relocheck cannot hand to the other linkers faithfully (the
/// generated script and --defsym take names as they are), or "".
static std::string unsafeName(const LinkResult &R) {
  // Shown as the object spells them (relocheck keeps them escaped, with
  // a backslash doubled: objectName).
  auto Shown = [](StringRef Name) {
    return "'" + printableName(rawObjectName(Name)) + "'";
  };
  for (const auto &[Name, Value] : R.Lay.Symbols)
    if (!plainName(Name) || StringRef(Name).contains('-'))
      return "symbol " + Shown(Name);
  for (const OutputSection &OS : R.Lay.Sections) {
    if (!plainName(OS.Name))
      return "section " + Shown(OS.Name);
    for (const InputSectionRef &In : OS.Inputs)
      if (!plainName(R.Objects[In.Object].Sections[In.Section].Name))
        return "section " +
               Shown(R.Objects[In.Object].Sections[In.Section].Name);
  }
  // Two input sections of one name in one object, with another between
  // them in relocheck's layout: "FILE(NAME)" takes both at once, so no
  // script can put them where relocheck did.
  for (const OutputSection &OS : R.Lay.Sections) {
    std::map<std::pair<unsigned, std::string>, size_t> Last;
    for (size_t I = 0; I < OS.Inputs.size(); ++I) {
      const InputSectionRef &In = OS.Inputs[I];
      if (isSyntheticObject(R.Objects[In.Object]) ||
          (R.GotObject && In.Object == *R.GotObject))
        continue; // relocheck's own: not in the script
      const std::string &Name = R.Objects[In.Object].Sections[In.Section].Name;
      auto [It, New] = Last.try_emplace({In.Object, Name}, I);
      if (!New && It->second + 1 != I)
        return "two sections named '" + Name + "' in " +
               R.Objects[In.Object].FileName + ", apart in the layout,";
      It->second = I;
    }
  }
  return "";
}

std::string layoutScript(const LinkResult &R,
                         const std::vector<std::string> &Paths) {
  // One input section description per input section, in relocheck's
  // order, each naming its file ("/tmp/x.o(.text.zz)"): "*(.text.aa)
  // *(.text.zz)" would place by name, not as relocheck did, and the same
  // name in two objects would be pulled together.
  auto Selector = [&](const InputSectionRef &In) {
    const std::string &Name = R.Objects[In.Object].Sections[In.Section].Name;
    // A wildcard, "*/NAME": GNU ld loads a file named plainly in a script
    // at that point of the script, before the command line's order, and
    // its COMDAT copies then win over earlier objects'.
    std::string File =
        In.Object < Paths.size() && !Paths[In.Object].empty()
            ? "*/" + sys::path::filename(Paths[In.Object]).str()
            : "*";
    return File + "(" + Name + ")";
  };
  std::string S = "SECTIONS\n{\n";
  for (const OutputSection &OS : R.Lay.Sections) {
    std::vector<const InputSectionRef *> Inputs;
    for (const InputSectionRef &In : OS.Inputs) {
      bool Synthetic = (R.GotObject && In.Object == *R.GotObject) ||
                       isSyntheticObject(R.Objects[In.Object]);
      if (!Synthetic)
        Inputs.push_back(&In);
    }
    if (Inputs.empty() && OS.Name != ".got")
      continue; // relocheck's own veneer sections: the oracle makes its own
    // A veneer island of relocheck's sits between input sections: it
    // becomes a gap (". = . + N", which GNU ld and lld both read as an
    // offset within the section), so the inputs after it stay where
    // relocheck put them (the oracle's own thunks may then collide: it
    // says so).
    S += "  " + OS.Name + " 0x" + utohexstr(OS.Addr, true) + " : {";
    std::set<std::string> Done;
    uint64_t Cursor = OS.Addr;
    for (const InputSectionRef *In : Inputs) {
      const InputSection &Sec = R.Objects[In->Object].Sections[In->Section];
      uint64_t End = std::max<uint64_t>(Cursor, In->Addr + Sec.Size);
      // A second section of one name right after the first (unique,N):
      // the first's selector took it already.
      std::string Sel = Selector(*In);
      if (Done.insert(Sel).second) {
        if (In->Addr > Cursor)
          S += " . = . + 0x" + utohexstr(In->Addr - Cursor, true) + ";";
        S += " " + Sel;
      }
      Cursor = End;
    }
    if (OS.Name == ".got")
      S += " *(.got) *(.got.plt)";
    S += " }\n";
  }
  // What relocheck left out (a /DISCARD/ of the test's script): the
  // oracle would place it as an orphan, and link another program.
  // Not a COMDAT copy another object's wins over: the oracle drops those.
  std::string Dropped;
  for (unsigned O = 0; O < R.Objects.size(); ++O) {
    if (isSyntheticObject(R.Objects[O]) || (R.GotObject && O == *R.GotObject))
      continue;
    for (const InputSection &Sec : R.Objects[O].Sections)
      if (Sec.isAlloc() && !Sec.Discarded && !Sec.Name.empty() &&
          !R.sectionAddress(O, Sec.Index))
        Dropped += " " + Selector({O, Sec.Index, 0});
  }
  if (!Dropped.empty())
    S += "  /DISCARD/ : {" + Dropped + " }\n";
  return S + "}\n";
}

/// The symbol an oracle's entry goes through when relocheck's is an
/// address no global names (linkOnce); it is not the oracle's own code.
static const char EntrySymbol[] = "__relocheck_entry";

/// How long an oracle linker may take for one link: 120 s, or
/// RELOCHECK_ORACLE_SECONDS (1 to 3600; docs/linker-matrix.md).
static unsigned oracleSeconds() {
  static const unsigned Seconds = secondsFromEnvironment(
      "RELOCHECK_ORACLE_SECONDS", 120, "each oracle link may take 120 s");
  return Seconds;
}

namespace {

/// Program and flags for an oracle, or nullopt when it is not installed.
/// Big-endian output is BE8 unless Be32 (instructions big-endian too).
std::optional<std::vector<std::string>> command(const std::string &Name,
                                                bool BigEndian, bool Be32) {
  if (Name == "lld") {
    auto P = sys::findProgramByName("ld.lld", {"/usr/lib/llvm-22/bin"});
    if (!P)
      return std::nullopt;
    std::vector<std::string> Cmd = {*P, "-static", "--no-rosegment"};
    if (BigEndian && !Be32)
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
  if (BigEndian)
    Cmd.push_back("-EB");
  if (BigEndian && !Be32)
    Cmd.push_back("--be8");
  return Cmd;
}

/// The line that says why: an error, a truncation or an overflow.
std::string firstErrorLine(StringRef Log) {
  SmallVector<StringRef, 8> Lines;
  Log.split(Lines, '\n', -1, false);
  for (StringRef L : Lines)
    if (L.contains("error") || L.contains("truncated") ||
        L.contains("overflow") || L.contains("unsupported") ||
        L.contains("overlaps"))
      return L.trim().str();
  // GNU ld states some failures without "error" ("section .data LMA
  // [...] overlaps section .text LMA" before 2.40's wording), and a
  // warning may come last: the last line that is not a warning says why.
  for (auto It = Lines.rbegin(); It != Lines.rend(); ++It)
    if (!It->contains("warning:") && !It->trim().empty())
      return It->trim().str();
  return Lines.empty() ? "it failed without a message" : Lines.back().str();
}

/// A site an oracle's error message names: a relocation kind (by name or
/// number) and, where the message has one, "(section+0xOFF)" or
/// "(section+0)".
struct NamedSite {
  std::optional<uint32_t> Type;
  std::optional<std::pair<std::string, uint32_t>> At;
  /// mold's "<object N>:(.text): relocation R_ARM_X against SYM ...":
  /// the symbol, and the section with no offset.
  std::optional<std::string> Symbol, Section;
  std::optional<unsigned> Object; // from "<object N>", 0-based
  std::string Line;
};

/// The longest log line sitesInLog reads.
constexpr size_t MaxLogLineForSites = 4096;

std::vector<NamedSite> sitesInLog(StringRef Log) {
  static const std::regex Kind("R_ARM_[A-Z0-9_]+");
  static const std::regex Number("relocation(?: type)? \\(?([0-9]+)\\)?");
  // GNU ld writes offset 0 as "(.text+0)", others as "+0x0".
  static const std::regex Where(
      "\\(([^+()\\s]+)\\+(0x[0-9a-fA-F]+|0)\\)");
  // mold: "<object 1>:(.text): relocation R_ARM_THM_JUMP19 against SYM
  // out of range" names the section without an offset, and the symbol.
  static const std::regex BareSection(">:\\(([^+()\\s]+)\\): ");
  // The name runs to " out of range" (it may hold spaces); other
  // messages end it at the first space.
  static const std::regex AgainstRange(
      "R_ARM_[A-Z0-9_]+ against (.+) out of range");
  static const std::regex Against("R_ARM_[A-Z0-9_]+ against ([^\\s`']+) ");
  std::vector<NamedSite> Out;
  SmallVector<StringRef, 16> Lines;
  Log.split(Lines, '\n', -1, false);
  static const std::regex Object("<object ([0-9]+)>");
  // The site's object: the one right before "(section+off)" (lld, GNU ld
  // outside a function), else the one GNU ld's "<object N>: in function"
  // line just named; an object later in the line is the target's
  // ("defined in .far section in <object 2>").
  static const std::regex SiteObject("<object ([0-9]+)>:\\(");
  std::optional<unsigned> Context;
  for (StringRef L : Lines) {
    // std::regex recurses once per character it matches: a line naming a
    // section of 40,000 characters overflowed the stack. No refusal line
    // of that length names a site usably; it is passed over.
    if (L.size() > MaxLogLineForSites)
      continue;
    std::string Line = L.trim().str();
    std::smatch M;
    auto Number32 = [](const std::string &Digits, unsigned Radix) {
      uint32_t V = 0;
      return StringRef(Digits).getAsInteger(Radix, V)
                 ? std::nullopt
                 : std::optional<uint32_t>(V);
    };
    auto ObjectOf = [&](const std::regex &R) -> std::optional<unsigned> {
      if (std::regex_search(Line, M, R))
        if (auto Obj = Number32(M[1].str(), 10); Obj && *Obj > 0)
          return unsigned(*Obj - 1);
      return std::nullopt;
    };
    // GNU ld's "<file>: in function `NAME':" only gives context (and a
    // function may be named like a relocation kind).
    if (StringRef(Line).contains("in function")) {
      Context = ObjectOf(Object);
      continue;
    }
    // A warning refuses nothing: lld warns of a BL to a non-function
    // ("interworking not performed") and links it. The linker's own
    // "warning:" comes before anything it quotes (a symbol may be called
    // "warning:" too).
    size_t Warn = Line.find("warning:"), Quote = Line.find_first_of("`'\"");
    if (Warn != std::string::npos &&
        (Quote == std::string::npos || Warn < Quote) &&
        !StringRef(Line).contains("error:"))
      continue;
    NamedSite N;
    N.Line = Line;
    // The log quotes names from the input (an undefined symbol may be
    // called "relocation 99999999999999999999"): a number too big for 32
    // bits names nothing (Number32).
    if (std::regex_search(Line, M, Kind)) {
      if (const RelocKind *K = lookupKind(std::string_view(M.str())))
        N.Type = K->Code;
    } else if (std::regex_search(Line, M, Number)) {
      N.Type = Number32(M[1].str(), 10).value_or(0);
    }
    if (std::regex_search(Line, M, Where))
      if (auto Off = Number32(M[2].str(), 0)) // "0x..." or "0"
        N.At = {M[1].str(), *Off};
    if (!N.At && std::regex_search(Line, M, BareSection))
      N.Section = M[1].str();
    if (std::regex_search(Line, M, AgainstRange) ||
        std::regex_search(Line, M, Against))
      N.Symbol = M[1].str();
    if (auto Obj = ObjectOf(SiteObject))
      N.Object = Obj;
    else if (N.At && StringRef(Line).starts_with("("))
      N.Object = Context; // GNU ld, inside a function
    else
      N.Object = ObjectOf(Object);
    if (N.Type)
      Out.push_back(std::move(N));
  }
  return Out;
}

/// A message that says the linker does not handle the kind at all, as
/// opposed to refusing this site's value.
bool saysUnsupported(StringRef Line) {
  return Line.contains("unknown relocation") ||
         Line.contains("unsupported relocation") ||
         Line.contains("cannot read addend");
}

} // namespace

/// Runs F(File, Sections) on the ELF32 file in Bytes, in its own byte
/// order; Default when it does not parse (an oracle's output, an object).
template <typename Result, typename Fn>
static Result withElf(StringRef Bytes, Result Default, Fn F) {
  auto Run = [&](auto File) -> Result {
    if (!File) {
      consumeError(File.takeError());
      return Default;
    }
    auto Sections = File->sections();
    if (!Sections) {
      consumeError(Sections.takeError());
      return Default;
    }
    return F(*File, *Sections);
  };
  bool Big = Bytes.size() > ELF::EI_DATA &&
             uint8_t(Bytes[ELF::EI_DATA]) == ELF::ELFDATA2MSB;
  if (Big)
    return Run(object::ELFFile<object::ELF32BE>::create(Bytes));
  return Run(object::ELFFile<object::ELF32LE>::create(Bytes));
}

/// The TLS template of an ELF file: its one PT_TLS segment, if it has
/// one (with two, which one is the template?).
template <typename File>
static std::optional<OracleImage::TlsSegment> tlsTemplate(const File &F) {
  auto Headers = F.program_headers();
  if (!Headers) {
    consumeError(Headers.takeError());
    return std::nullopt;
  }
  std::optional<OracleImage::TlsSegment> Tls;
  for (const auto &H : *Headers) {
    if (H.p_type != ELF::PT_TLS)
      continue;
    if (Tls)
      return std::nullopt;
    Tls = OracleImage::TlsSegment{uint32_t(H.p_vaddr),
                                  std::max<uint32_t>(1, uint32_t(H.p_align)),
                                  uint32_t(H.p_memsz)};
  }
  return Tls;
}

/// A section's name, or "" when it cannot be read.
template <typename File, typename Shdr>
static StringRef nameOf(const File &F, const Shdr &Sec) {
  auto Name = F.getSectionName(Sec);
  if (!Name) {
    consumeError(Name.takeError());
    return "";
  }
  return *Name;
}

std::vector<RelocEntry> relocationEntries(StringRef Object) {
  bool Big = Object.size() > ELF::EI_DATA &&
             uint8_t(Object[ELF::EI_DATA]) == ELF::ELFDATA2MSB;
  auto Word = [&](uint64_t P) {
    const char *B = Object.data() + P;
    return Big ? support::endian::read32be(B) : support::endian::read32le(B);
  };
  return withElf(
      Object, std::vector<RelocEntry>(), [&](const auto &F, auto Sections) {
        std::vector<RelocEntry> Out;
        for (const auto &Sec : Sections) {
          if ((Sec.sh_type != ELF::SHT_REL && Sec.sh_type != ELF::SHT_RELA) ||
              Sec.sh_info >= Sections.size())
            continue;
          StringRef Name = nameOf(F, Sections[Sec.sh_info]);
          size_t Size = Sec.sh_type == ELF::SHT_REL ? 8 : 12;
          // The names of the symbol table the section links to, by index.
          std::vector<std::string> SymNames;
          if (Sec.sh_link < Sections.size()) {
            const auto &SymTab = Sections[Sec.sh_link];
            auto Syms = F.symbols(&SymTab);
            auto Strs = F.getStringTableForSymtab(SymTab, Sections);
            if (Syms && Strs) {
              for (const auto &Sym : *Syms) {
                auto SymName = Sym.getName(*Strs);
                SymNames.push_back(SymName ? SymName->str() : "");
                if (!SymName)
                  consumeError(SymName.takeError());
              }
            } else {
              if (!Syms)
                consumeError(Syms.takeError());
              if (!Strs)
                consumeError(Strs.takeError());
            }
          }
          for (uint64_t Off = 0; Off + Size <= Sec.sh_size; Off += Size) {
            uint64_t At = Sec.sh_offset + Off;
            if (At + Size > Object.size())
              break;
            RelocEntry E;
            E.Section = Name.str();
            E.SectionIndex = Sec.sh_info;
            E.Offset = Word(At);
            E.Type = Word(At + 4) & 0xff;
            E.TypeByte = At + (Big ? 7 : 4);
            if (uint32_t Index = Word(At + 4) >> 8; Index < SymNames.size())
              E.Symbol = SymNames[Index];
            Out.push_back(std::move(E));
          }
        }
        return Out;
      });
}

std::optional<uint32_t>
OracleImage::onlyAddressOf(const std::string &Name) const {
  if (!ByNameMade) {
    for (const auto &[Addr, Names] : Symbols)
      for (const std::string &N : Names) {
        auto [It, New] = ByName.try_emplace(N, Addr);
        if (!New && It->second != Addr)
          It->second.reset(); // at two addresses: neither
      }
    ByNameMade = true;
  }
  auto It = ByName.find(Name);
  return It == ByName.end() ? std::nullopt : It->second;
}

char OracleImage::mappingAt(uint32_t Addr) const {
  for (auto It = Symbols.upper_bound(Addr); It != Symbols.begin();) {
    --It;
    for (const std::string &N : It->second)
      if (N.size() >= 2 && N[0] == '$' &&
          (N[1] == 'a' || N[1] == 't' || N[1] == 'd') &&
          (N.size() == 2 || N[2] == '.'))
        return N[1];
  }
  return 0;
}

bool OracleImage::madeSymbolAt(uint32_t Addr, const LinkResult &R) const {
  auto It = Symbols.find(Addr);
  if (It == Symbols.end())
    return false;
  for (const std::string &Name : It->second) {
    if (Name.empty() || Name[0] == '$' ||
        StringRef(Name).starts_with(EntrySymbol))
      continue; // (one an input defines is no oracle's, below, anyway)
    bool FromInput = false;
    for (const InputObject &Obj : R.Objects)
      for (const InputSymbol &Sym : Obj.Symbols)
        FromInput |= Sym.Name == Name;
    if (!FromInput)
      return true;
  }
  return false;
}

std::optional<OracleImage::SectionHeader>
OracleImage::sectionNamed(StringRef Name) const {
  if (!Elf)
    return std::nullopt;
  return withElf(Elf->getBuffer(), std::optional<SectionHeader>(),
                 [&](const auto &F, auto Sections) {
                   std::optional<SectionHeader> Found;
                   for (const auto &Sec : Sections)
                     if (nameOf(F, Sec) == Name)
                       Found = SectionHeader{
                           uint32_t(Sec.sh_addr), uint64_t(Sec.sh_size),
                           bool(Sec.sh_flags & ELF::SHF_ALLOC)};
                   return Found;
                 });
}

std::vector<std::string> OracleImage::sectionsAt(uint32_t Addr) const {
  if (!Elf)
    return {};
  return withElf(Elf->getBuffer(), std::vector<std::string>(),
                 [&](const auto &F, auto Sections) {
                   std::vector<std::string> Names;
                   for (const auto &Sec : Sections)
                     if ((Sec.sh_flags & ELF::SHF_ALLOC) &&
                         Addr >= Sec.sh_addr &&
                         Addr - Sec.sh_addr < Sec.sh_size)
                       Names.push_back(nameOf(F, Sec).str());
                   return Names;
                 });
}

std::optional<OracleImage::TlsSegment> OracleImage::tlsSegment() const {
  if (!Elf)
    return std::nullopt;
  return withElf(Elf->getBuffer(), std::optional<TlsSegment>(),
                 [&](const auto &F, auto) { return tlsTemplate(F); });
}

std::string OracleImage::overlapAt(uint32_t Addr) const {
  if (!Elf)
    return "";
  return withElf(Elf->getBuffer(), std::string(),
                 [&](const auto &F, auto Sections) {
    std::vector<std::string> Holders;
    for (const auto &Sec : Sections) {
      bool Tbss = Sec.sh_type == ELF::SHT_NOBITS &&
                  (Sec.sh_flags & ELF::SHF_TLS);
      if ((Sec.sh_flags & ELF::SHF_ALLOC) && !Tbss &&
          Addr >= Sec.sh_addr && Addr - Sec.sh_addr < Sec.sh_size)
        Holders.push_back(nameOf(F, Sec).str());
    }
    if (Holders.size() < 2)
      return std::string();
    std::string Text;
    for (size_t I = 0; I < Holders.size(); ++I)
      Text += (I == 0 ? "" : I + 1 == Holders.size() ? " and " : ", ") +
              Holders[I];
    return Text;
  });
}

/// The symbols of a linked ELF file by address (function, object, no type,
/// mapping symbols); section and file symbols left out.
static std::map<uint32_t, std::vector<std::string>>
elfSymbols(StringRef Bytes) {
  using SymbolMap = std::map<uint32_t, std::vector<std::string>>;
  return withElf(Bytes, SymbolMap(), [](const auto &F, auto Sections) {
    SymbolMap Out;
    // An STT_TLS symbol's value in an executable is its offset in the TLS
    // template (gABI "Symbol Values"): its address is the template's plus
    // that. Left out when there is no one template to add.
    std::optional<OracleImage::TlsSegment> Template = tlsTemplate(F);
    for (const auto &Sec : Sections) {
      if (Sec.sh_type != ELF::SHT_SYMTAB)
        continue;
      auto Syms = F.symbols(&Sec);
      auto Strtab = F.getStringTableForSymtab(Sec);
      if (!Syms || !Strtab) {
        consumeError(Syms.takeError());
        consumeError(Strtab.takeError());
        return Out;
      }
      for (const auto &Sym : *Syms) {
        if (Sym.getType() == ELF::STT_SECTION ||
            Sym.getType() == ELF::STT_FILE || Sym.st_shndx == ELF::SHN_UNDEF)
          continue;
        auto Name = Sym.getName(*Strtab);
        if (!Name) {
          consumeError(Name.takeError());
          continue;
        }
        uint32_t Value = uint32_t(Sym.st_value);
        if (Sym.getType() == ELF::STT_TLS) {
          if (!Template)
            continue;
          Value += Template->Addr;
        }
        // Kept as relocheck keeps an input's names (objectName), so that
        // the two compare.
        Out[Value & ~1u].push_back(objectName(*Name));
      }
    }
    return Out;
  });
}

/// Whether an object's string tables (symbol and section names) hold a
/// line break.
static bool hasLineBreakInNames(StringRef Object) {
  return withElf(Object, false, [](const auto &F, auto Sections) {
    for (const auto &Sec : Sections) {
      if (Sec.sh_type != ELF::SHT_STRTAB)
        continue;
      auto Data = F.getSectionContents(Sec);
      if (!Data) {
        consumeError(Data.takeError());
        continue;
      }
      if (llvm::any_of(*Data, [](uint8_t C) { return C == '\n' || C == '\r'; }))
        return true;
    }
    return false;
  });
}

std::optional<OracleImage::SectionView>
OracleImage::section(std::optional<uint32_t> Addr, StringRef Name,
                     unsigned Size) const {
  using Result = std::optional<SectionView>;
  if (Addr && !Blocks.empty()) {
    uint64_t End = uint64_t(*Addr) + Size; // a read may end at 2^32
    if (BlockIndexSize != Blocks.size()) {
      BlockIndex.clear();
      BlocksOverlap = false;
      for (size_t I = 0; I < Blocks.size(); ++I)
        BlocksOverlap |= !BlockIndex.try_emplace(Blocks[I].first, I).second;
      uint64_t Reach = 0;
      for (const auto &[Start, I] : BlockIndex) {
        BlocksOverlap |= Start < Reach;
        Reach = std::max<uint64_t>(Reach, Start + Blocks[I].second.size());
      }
      BlockIndexSize = Blocks.size();
    }
    auto Holds = [&](const std::pair<uint32_t, std::vector<uint8_t>> &B) {
      return *Addr >= B.first && End <= B.first + B.second.size();
    };
    if (BlocksOverlap) { // the first that holds it, as they are listed
      for (const auto &B : Blocks)
        if (Holds(B))
          return SectionView{B.first, 0, 0, ArrayRef<uint8_t>(B.second)};
    } else if (auto After = BlockIndex.upper_bound(*Addr);
               After != BlockIndex.begin() &&
               Holds(Blocks[std::prev(After)->second])) {
      const auto &B = Blocks[std::prev(After)->second];
      return SectionView{B.first, 0, 0, ArrayRef<uint8_t>(B.second)};
    }
  }
  if (!Elf)
    return std::nullopt;
  return withElf(
      Elf->getBuffer(), Result(), [&](const auto &F, auto Sections) {
        // With Addr: the allocated section holding [Addr, Addr + Size);
        // where the oracle let several overlap, the one named Name, else
        // one whose name extends it (mold names merged .rodata strings
        // .rodata.str). Without: the non-allocated section Name.
        std::vector<const std::remove_reference_t<decltype(Sections[0])> *>
            Hits;
        for (const auto &Sec : Sections) {
          if (Sec.sh_type == ELF::SHT_NOBITS)
            continue;
          bool Alloc = Sec.sh_flags & ELF::SHF_ALLOC;
          if (Addr ? Alloc && *Addr >= Sec.sh_addr &&
                         uint64_t(*Addr) + Size <=
                             uint64_t(Sec.sh_addr) + Sec.sh_size
                   : !Alloc && nameOf(F, Sec) == Name)
            Hits.push_back(&Sec);
        }
        if (Addr && Hits.size() > 1) {
          auto Exact = Hits;
          llvm::erase_if(Exact,
                         [&](auto *Sec) { return nameOf(F, *Sec) != Name; });
          if (Exact.empty() && !Name.empty())
            llvm::erase_if(Hits, [&](auto *Sec) {
              return !nameOf(F, *Sec).starts_with((Name + ".").str());
            });
          else
            Hits = Exact;
        }
        if (Hits.size() != 1)
          return Result();
        auto Data = F.getSectionContents(*Hits.front());
        if (!Data) {
          consumeError(Data.takeError());
          return Result();
        }
        return Result(SectionView{uint64_t(Hits.front()->sh_addr),
                                  uint64_t(Hits.front()->sh_flags),
                                  uint64_t(Hits.front()->sh_entsize),
                                  ArrayRef<uint8_t>(*Data)});
      });
}

std::optional<std::vector<uint8_t>>
OracleImage::read(uint32_t Addr, unsigned Size, StringRef Prefer) const {
  auto V = section(Addr, Prefer, Size);
  if (!V)
    return std::nullopt;
  auto First = V->Bytes.begin() + (Addr - V->Addr);
  return std::vector<uint8_t>(First, First + Size);
}

std::optional<std::vector<uint8_t>>
OracleImage::readNonAlloc(StringRef Name, uint32_t Offset,
                          unsigned Size) const {
  auto V = section(std::nullopt, Name);
  if (!V || uint64_t(Offset) + Size > V->Bytes.size())
    return std::nullopt;
  auto First = V->Bytes.begin() + Offset;
  return std::vector<uint8_t>(First, First + Size);
}

namespace {

/// One run of a subprocess oracle on Objects (private copies).
OracleImage linkOnce(const std::string &Name, const LinkResult &R,
                     const std::vector<std::string> &Objects,
                     std::string &Log) {
  OracleImage Out;
  Out.Name = Name;
  auto Cmd = command(Name, R.BigEndian, R.Be32);
  if (!Cmd) {
    Out.Message = "not installed: " + Name + " is not installed";
    return Out;
  }
  if (Name == "mold" && R.BigEndian) {
    // mold 1.10 reads only little-endian Arm objects ("e_shoff or e_shnum
    // corrupted" is what it says of a big-endian one).
    Out.Message = "unsupported: big-endian inputs are not compared with "
                  "mold (it links little-endian Arm only)";
    return Out;
  }
  if (std::string Bad = unsafeName(R); !Bad.empty()) {
    Out.Message = "unsupported: the " + Bad + " cannot be passed to " +
                  Name + " as it is (" +
                  (Name == "mold" ? "a command-line option"
                                  : "linker-script syntax") +
                  " would read it otherwise)";
    return Out;
  }
  // The linkers print names raw: one with a line break in it would write
  // lines of its own into the log that relocheck reads refusals from
  // (relocheck's own copies of the names have it escaped, \x0a).
  for (size_t I = 0; I < Objects.size(); ++I)
    if (hasLineBreakInNames(Objects[I])) {
      Out.Message = "unsupported: a name in <object " +
                    std::to_string(I + 1) + "> has a line break; " + Name +
                    " would print it into its messages, which relocheck "
                    "reads line by line";
      return Out;
    }
  // The objects, the script, the output, the log, perhaps a response file.
  RunFiles Temps("relocheck-oracle-");
  std::vector<std::string> ObjectPaths;
  for (const std::string &Obj : Objects) {
    auto Path = Temps.make("o", Obj);
    if (!Path) {
      Out.Message = toString(Path.takeError());
      return Out;
    }
    ObjectPaths.push_back(*Path);
  }
  auto Script = Temps.make("lds", layoutScript(R, ObjectPaths));
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
  // An entry given as a number (--entry=0x1000c, at a local label or
  // none) goes through a symbol of its own: mold reads `-e 0x1000c` as a
  // symbol's name, and starts elsewhere without a word.
  if (R.EntryFound) {
    std::string Entry;
    for (const auto &[Sym, Res] : R.Globals)
      if (Res.Defined &&
          (Res.Address | (Res.IsThumbFunction ? 1 : 0)) == R.Entry) {
        Entry = Sym;
        break;
      }
    if (Entry.empty()) {
      // A name no input or --defsym uses (a test may use this one).
      auto Taken = [&](const std::string &N) {
        if (R.Globals.count(N) || R.Lay.Symbols.count(N))
          return true;
        for (const InputObject &Obj : R.Objects)
          for (const InputSymbol &Sym : Obj.Symbols)
            if (Sym.Name == N)
              return true;
        return false;
      };
      Entry = EntrySymbol;
      for (unsigned N = 2; Taken(Entry); ++N)
        Entry = EntrySymbol + std::to_string(N);
      Cmd->push_back("--defsym=" + Entry + "=0x" + utohexstr(R.Entry, true));
    }
    Cmd->push_back("-e");
    Cmd->push_back(Entry);
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
  // --defsym and script symbols, as options: they take precedence over an
  // input's definition, as relocheck's do.
  for (const auto &[Sym, Value] : R.Lay.Symbols)
    Cmd->push_back("--defsym=" + Sym + "=0x" + utohexstr(Value, true));
  if (Name == "lld")
    Cmd->push_back("--error-limit=0"); // name every refused site at once
  for (const std::string &Path : ObjectPaths)
    Cmd->push_back(Path);
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
  // A command line the system would refuse (mold's --section-start per
  // output section, for an object of 60,000 sections) goes into a
  // response file, "@FILE", which all three linkers read (GNU quoting).
  std::string ResponseArg;
  if (!sys::commandLineFitsWithinSystemLimits(Args[0], Args)) {
    std::string Text;
    for (size_t I = 1; I < Cmd->size(); ++I) {
      Text += '"';
      for (char C : (*Cmd)[I]) {
        if (C == '"' || C == '\\')
          Text += '\\';
        Text += C;
      }
      Text += "\"\n";
    }
    auto Rsp = Temps.make("rsp", Text);
    if (!Rsp) {
      Out.Message = toString(Rsp.takeError());
      return Out;
    }
    ResponseArg = "@" + *Rsp;
    Args = {Args[0], ResponseArg};
  }
  // What the linker leaves running goes with it: its process group (mold's
  // forked worker, a wrapper's background job) and what left the group.
  RunOutcome Run =
      runInOwnGroup(std::vector<std::string>(Args.begin(), Args.end()),
                    *LogPath, oracleSeconds());
  // A linker may write gigabytes (reading them all took minutes and
  // gigabytes of memory).
  std::optional<std::string> LogText = readLogEnds(*LogPath);
  bool LogRead = LogText.has_value();
  Log = LogText.value_or("");
  // Temporary paths mean nothing to a reader.
  // In Temps: the objects, the script, the output, the log, and perhaps
  // a response file.
  for (size_t I = 0; I < Temps.paths().size(); ++I) {
    size_t Objs = ObjectPaths.size();
    if (I == Objs + 2)
      continue; // the log itself
    std::string Name = I < Objs ? "<object " + std::to_string(I + 1) + ">"
                       : I == Objs     ? "<script>"
                       : I == Objs + 1 ? "<output>"
                                       : "<response file>";
    for (size_t At; (At = Log.find(Temps.paths()[I])) != std::string::npos;)
      Log.replace(At, Temps.paths()[I].size(), Name);
  }
  // A linker that crashed rejected nothing, nor did one that never
  // started.
  switch (Run.How) {
  case RunOutcome::End::NotRun:
    Out.Message = "not installed: " + Name + " could not be started: " +
                  Run.Message + "; nothing of its is judged";
    return Out;
  case RunOutcome::End::TimedOut:
    Out.Message = "crashed: " + Name + " did not finish within " +
                  std::to_string(oracleSeconds()) +
                  " s and was killed; nothing of its is judged";
    return Out;
  case RunOutcome::End::Signalled:
    Out.Message = "crashed: " + Name + " ended: " +
                  std::string(strsignal(Run.Status)) +
                  "; nothing of its is judged";
    return Out;
  case RunOutcome::End::Exited:
    break;
  }
  if (Run.Status != 0) {
    Out.Message = "rejected: " + (LogRead ? firstErrorLine(Log)
                                         : std::string("failed"));
    return Out;
  }
  auto Elf = readChildFile(*OutPath, ChildFileCap);
  if (!Elf) {
    Out.Message = "crashed: " + Name + " exited 0 but wrote no readable "
                  "image (" + toString(Elf.takeError()) +
                  "); nothing of its is judged";
    return Out;
  }
  // Exit 0 is not yet an image: one that does not parse, or whose
  // segments run past its end (a truncated file), linked nothing.
  StringRef Image = (*Elf)->getBuffer();
  std::string Broken = withElf(
      Image, std::string("it is no ELF32 file"),
      [&](const auto &F, auto) -> std::string {
        if (F.getHeader().e_machine != ELF::EM_ARM)
          return "its e_machine is " +
                 std::to_string(unsigned(F.getHeader().e_machine)) +
                 ", not EM_ARM (40)";
        auto Phdrs = F.program_headers();
        if (!Phdrs)
          return toString(Phdrs.takeError());
        bool Loads = false;
        for (const auto &P : *Phdrs) {
          if (P.p_type != ELF::PT_LOAD)
            continue;
          Loads = true;
          if (uint64_t(P.p_offset) + P.p_filesz > Image.size())
            return "a PT_LOAD segment ends past the file's end";
        }
        return Loads ? "" : "it has no PT_LOAD segment";
      });
  if (!Broken.empty()) {
    Out.Message = "crashed: " + Name + " exited 0 but wrote no readable "
                  "image (" + Broken + "); nothing of its is judged";
    return Out;
  }
  Out.Elf = std::move(*Elf);
  Out.Symbols = elfSymbols(Out.Elf->getBuffer());
  Out.Linked = true;
  return Out;
}

} // namespace

OracleImage runLinkerOracle(const std::string &Name, const LinkResult &R,
                            const std::vector<std::unique_ptr<MemoryBuffer>>
                                &Objects) {
  // A linker stops at the first file with an error, so one refused site
  // would hide every other. When its messages name the refused sites (a
  // kind, and "(section+0xOFF)" where they give one), those relocations
  // become R_ARM_NONE in private copies and it links again; each such site
  // reports "rejected: <its message>".
  std::vector<std::string> Copies;
  std::vector<std::vector<RelocEntry>> Entries;
  for (const auto &Obj : Objects) {
    Copies.push_back(Obj->getBuffer().str());
    Entries.push_back(relocationEntries(Copies.back()));
  }
  std::vector<OracleImage::SiteMessage> Refused;
  std::string FirstMessage;
  for (unsigned Round = 0;; ++Round) {
    std::string Log;
    OracleImage Out = linkOnce(Name, R, Copies, Log);
    if (Round == 0)
      FirstMessage = Out.Message;
    if (Out.Linked || Round == 16) {
      Out.SiteMessages = std::move(Refused);
      if (!Out.Linked)
        Out.Message = FirstMessage;
      return Out;
    }
    bool Progress = false;
    for (const NamedSite &N : sitesInLog(Log)) {
      // The sites it may name; those an earlier message refused (now
      // R_ARM_NONE) apart.
      std::vector<std::pair<size_t, RelocEntry *>> Named, Earlier;
      for (size_t I = 0; I < Copies.size(); ++I)
        for (RelocEntry &E : Entries[I]) {
          if (E.Type != *N.Type || (N.Object && *N.Object != I))
            continue;
          if (N.At && (N.At->first != E.Section || N.At->second != E.Offset))
            continue;
          if (R.symbolBase(unsigned(I), E.SectionIndex))
            (Copies[I][E.TypeByte] == 0 ? Earlier : Named).push_back({I, &E});
        }
      // No offset, but a section and a symbol (mold): the sites of that
      // kind, section and symbol; "rejected" when there is one. One that
      // no site matches (a name the object spells otherwise) is about
      // any of the kind, as before.
      bool BySymbol = false;
      if (!N.At && N.Symbol) {
        auto Matches = [&](const std::pair<size_t, RelocEntry *> &P) {
          return P.second->Symbol == *N.Symbol &&
                 (!N.Section || *N.Section == P.second->Section);
        };
        std::vector<std::pair<size_t, RelocEntry *>> Same;
        copy_if(Named, std::back_inserter(Same), Matches);
        if (!Same.empty() || any_of(Earlier, Matches)) {
          Named = std::move(Same);
          BySymbol = true;
        }
      }
      // A refusal that names a kind but no offset (mold), or a section
      // name and offset that sites in two sections of that name share
      // (".text" twice, as -fno-unique-section-names makes), may be about
      // another site: not a verdict on any of them.
      std::string Verdict =
          saysUnsupported(N.Line) ? "unsupported: "
          : !N.At && !BySymbol ? "not judged (its refusal names no site): "
          : BySymbol && Named.size() > 1
              ? "not judged (its refusal names a kind, section and symbol " +
                    std::to_string(Named.size()) + " sites share): "
          : Named.size() > 1
              ? "not judged (its refusal names a section and offset " +
                    std::to_string(Named.size()) + " sites share): "
              : "rejected: ";
      for (auto [I, E] : Named) {
        auto Base = R.symbolBase(unsigned(I), E->SectionIndex);
        bool NonAlloc = !R.sectionAddress(unsigned(I), E->SectionIndex);
        Copies[I][E->TypeByte] = char(ELF::R_ARM_NONE);
        Refused.push_back({uint32_t(*Base + E->Offset), E->Type,
                           Verdict + N.Line,
                           NonAlloc ? E->Section : std::string()});
        Progress = true;
      }
    }
    if (!Progress) {
      Out.Message = FirstMessage;
      return Out;
    }
  }
}

} // namespace relocheck
