//===- Linker.cpp - relocheck's own static linker core --------------------===//
//
// Symbol resolution follows the ELF gABI: one strong definition per global
// name, weak definitions yield to it, an undefined weak reference resolves
// to 0. Common symbols are not allocated (an error says so: compile with
// -fno-common). No PLT or GOT is made: this is a static link.
//
//===----------------------------------------------------------------------===//
#include "link/Linker.h"

#include "encode/ArmEncodings.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/MathExtras.h"
#include "llvm/BinaryFormat/ELF.h"

#include <algorithm>
#include <cstring>
#include <set>

using namespace llvm;

namespace relocheck {

std::optional<uint64_t> LinkResult::sectionAddress(unsigned Object,
                                                   unsigned Section) const {
  if (Object >= Lay.InputAddr.size() ||
      Section >= Lay.InputAddr[Object].size())
    return std::nullopt;
  return Lay.InputAddr[Object][Section];
}

std::optional<uint64_t> LinkResult::symbolBase(unsigned Object,
                                               unsigned Section) const {
  if (auto A = sectionAddress(Object, Section))
    return A;
  if (Object >= Lay.NonAllocOffset.size() ||
      Section >= Lay.NonAllocOffset[Object].size())
    return std::nullopt;
  return Lay.NonAllocOffset[Object][Section];
}

static std::optional<ResolvedSymbol>
resolveDefined(const LinkResult &R, unsigned Obj, const InputSymbol &Sym) {
  ResolvedSymbol Out;
  Out.IsFunction = Sym.Type == ELF::STT_FUNC;
  Out.IsThumbFunction = Sym.isThumbFunction();
  Out.Weak = Sym.Binding == ELF::STB_WEAK;
  Out.Defined = true;
  Out.IsIfunc = Sym.Type == ELF::STT_GNU_IFUNC;
  Out.IsTls = Sym.Type == ELF::STT_TLS;
  uint32_t Value = Out.IsFunction ? Sym.Value & ~1u : Sym.Value;
  if (Sym.isAbsolute()) {
    Out.Address = Value;
    return Out;
  }
  const std::vector<InputSection> &Secs = R.Objects[Obj].Sections;
  Out.InTlsSection =
      Sym.Shndx < Secs.size() && (Secs[Sym.Shndx].Flags & ELF::SHF_TLS);
  Out.InNonAlloc =
      Sym.Shndx < Secs.size() && !(Secs[Sym.Shndx].Flags & ELF::SHF_ALLOC);
  Out.DefObject = Obj;
  Out.DefSection = Sym.Shndx;
  auto Base = R.symbolBase(Obj, Sym.Shndx);
  if (!Base)
    return std::nullopt; // defined in a section that is not kept
  Out.Address = uint32_t(*Base + Value);
  return Out;
}

std::optional<ResolvedSymbol>
LinkResult::lookup(unsigned Object, const std::string &Name) const {
  if (LocalIndex.size() != Objects.size()) {
    LocalIndex.assign(Objects.size(), {});
    for (unsigned O = 0; O < Objects.size(); ++O) {
      const std::vector<InputSymbol> &Syms = Objects[O].Symbols;
      for (unsigned I = 0; I < Syms.size(); ++I) {
        const InputSymbol &S = Syms[I];
        if (S.Binding == ELF::STB_LOCAL && S.Type != ELF::STT_SECTION &&
            !S.isUndefined() && !S.isMappingSymbol())
          LocalIndex[O].try_emplace(S.Name, I);
      }
    }
  }
  if (Object < Objects.size())
    if (auto It = LocalIndex[Object].find(Name);
        It != LocalIndex[Object].end() &&
        It->second < Objects[Object].Symbols.size())
      return resolveDefined(*this, Object,
                            Objects[Object].Symbols[It->second]);
  auto It = Globals.find(Name);
  if (It != Globals.end())
    return It->second;
  return std::nullopt;
}

const RelocKind &appliedKind(const RelocKind &K, bool Target1Rel,
                             Target2Mode Target2) {
  if (K.Code == 38 && Target1Rel)
    return *lookupKind(3u); // REL32
  if (K.Code == 41)
    return *lookupKind(Target2 == Target2Mode::Rel   ? 3u
                       : Target2 == Target2Mode::Abs ? 2u
                                                     : 96u); // GOT_PREL
  return K;
}

/// Kinds AAELF32 5.6.3 lets a linker reach through a veneer (PLT32 is
/// applied as JUMP24 here, so it may too).
bool veneerAllowed(const RelocKind &K) {
  switch (K.Code) {
  case 1:  // PC24
  case 10: // THM_CALL
  case 27: // PLT32
  case 28: // CALL
  case 29: // JUMP24
  case 30: // THM_JUMP24
  case 51: // THM_JUMP19
    return true;
  default:
    return false;
  }
}

namespace {

std::string hex(uint64_t V) { return "0x" + utohexstr(V, /*Lower=*/true); }

/// The discarded COMDAT member that defines Sym, or null.
const InputSection *discardedHome(const InputObject &Obj,
                                  const InputSymbol &Sym) {
  if (Sym.isUndefined() || Sym.isAbsolute() || Sym.isCommon() ||
      Sym.Shndx >= Obj.Sections.size())
    return nullptr;
  const InputSection &Sec = Obj.Sections[Sym.Shndx];
  return Sec.Discarded ? &Sec : nullptr;
}

std::string discardedText(const InputSection &Sec) {
  return "section '" + Sec.Name + "' of COMDAT group '" +
         Sec.Discarded->Signature + "', discarded for the copy in " +
         Sec.Discarded->KeptIn;
}

/// The GOT is keyed by symbol: a global by name, a local by its object and
/// index.
std::string gotKey(unsigned Obj, uint32_t SymIndex, const InputSymbol &S) {
  if (S.Binding != ELF::STB_LOCAL && !S.Name.empty())
    return S.Name;
  return std::to_string(Obj) + ":" + std::to_string(SymIndex);
}

/// B(S) of R_ARM_BASE_ABS against the NULL symbol is GOT_ORG (AAELF32,
/// "Proxy generating relocations"), and so is it against
/// _GLOBAL_OFFSET_TABLE_, the symbol that names GOT_ORG (gold does both);
/// against any other symbol it is S's static base, as for SBREL32.
bool baseIsGotOrigin(Formula F, uint32_t SymIndex, const InputSymbol &S) {
  return F == Formula::BaseAbs &&
         (SymIndex == 0 || S.Name == "_GLOBAL_OFFSET_TABLE_");
}

/// GOT entries are per symbol and per use: an address, a TLS tp offset, a
/// TLS (module, offset) pair; one (module, 0) pair serves all of LDM.
std::string gotEntryKey(Formula F, unsigned Obj, uint32_t SymIndex,
                        const InputSymbol &S) {
  switch (F) {
  case Formula::TlsIe:
  case Formula::TlsIeGp:
    return "ie:" + gotKey(Obj, SymIndex, S);
  case Formula::TlsGd:
    return "gd:" + gotKey(Obj, SymIndex, S);
  case Formula::TlsLdm:
    return "ldm";
  default:
    return gotKey(Obj, SymIndex, S);
  }
}

/// Scans the relocations of allocatable sections for GOT users and, if any,
/// appends a synthetic object holding .got and _GLOBAL_OFFSET_TABLE_, so the
/// layout places the GOT like any other section.
void planGot(std::vector<InputObject> &Objects, const LinkOptions &Opts,
             LinkResult &R, std::map<std::string, unsigned> &Index) {
  bool NeedOrigin = false;
  std::string GotSymbolFile; // the first input that defines the symbol
  uint32_t Size = 0;
  for (unsigned O = 0; O < Objects.size(); ++O) {
    for (const InputSymbol &S : Objects[O].Symbols)
      if (GotSymbolFile.empty() && S.Name == "_GLOBAL_OFFSET_TABLE_" &&
          !S.isUndefined())
        GotSymbolFile = Objects[O].FileName;
    for (const InputSection &Sec : Objects[O].Sections) {
      if (!Sec.isAlloc() || Sec.Discarded)
        continue;
      for (const InputReloc &Rel : Sec.Relocs) {
        const RelocKind *K = lookupKind(Rel.Type);
        if (!K || K->State != Status::Supported)
          continue;
        Formula F = appliedKind(*K, Opts.Target1Rel, Opts.Target2).Form;
        const InputSymbol &Sym = Objects[O].Symbols[Rel.SymIndex];
        NeedOrigin |= formulaUsesGotOrigin(F) ||
                      baseIsGotOrigin(F, Rel.SymIndex, Sym);
        // A TLS descriptor relaxed to initial-exec reads S's tp offset from
        // a GOT word, the one TLS_IE32 uses.
        if (F == Formula::TlsDesc &&
            tlsDescUsesGot(Sym.Binding == ELF::STB_LOCAL))
          F = Formula::TlsIe;
        if (!formulaUsesGotEntry(F))
          continue;
        std::string Key = gotEntryKey(F, O, Rel.SymIndex, Sym);
        if (Index.count(Key))
          continue;
        Index[Key] = unsigned(R.Got.size());
        LinkResult::GotEntry E{O, Rel.SymIndex, Sym.Name, 0};
        E.Use = F == Formula::GotBrel || F == Formula::GotAbs ? Formula::GotPrel
                : F == Formula::TlsIeGp                     ? Formula::TlsIe
                                                            : F;
        E.Offset = Size;
        Size += E.Use == Formula::TlsGd || E.Use == Formula::TlsLdm ? 8 : 4;
        R.Got.push_back(E);
      }
    }
  }
  if (R.Got.empty() && !NeedOrigin)
    return;

  InputObject G;
  G.FileName = "<relocheck GOT>";
  G.Sections.resize(2);
  InputSection &Got = G.Sections[1];
  Got.Index = 1;
  Got.Name = ".got";
  Got.Type = ELF::SHT_PROGBITS;
  Got.Flags = ELF::SHF_ALLOC | ELF::SHF_WRITE;
  Got.Align = 4;
  // An empty GOT still needs an address for GOT_ORG: keep one zero word.
  Got.Size = std::max<uint32_t>(Size, 4);
  Got.Data.assign(Got.Size, 0);
  Got.Mapping.push_back({0, CodeState::Data});
  G.Symbols.resize(1);
  InputSymbol Map;
  Map.Name = "$d";
  Map.Shndx = 1;
  G.Symbols.push_back(Map);
  if (GotSymbolFile.empty()) {
    InputSymbol Origin;
    Origin.Name = "_GLOBAL_OFFSET_TABLE_";
    Origin.Type = ELF::STT_OBJECT;
    Origin.Binding = ELF::STB_GLOBAL;
    Origin.Shndx = 1;
    G.Symbols.push_back(Origin);
  }
  R.GotObject = unsigned(Objects.size());
  R.GotSymbolFile = GotSymbolFile;
  Objects.push_back(std::move(G));
}

/// The exception index table covers all code (EHABI "The index table": an
/// unwinder binary-searches it, and an address finds the last entry at or
/// below it). Like lld, relocheck adds an EXIDX_CANTUNWIND entry for each
/// piece of code (a non-empty executable input section) that has no entry
/// of its own, so it does not borrow the function before it, and one for
/// the address past the last code, so the last function has an end. They
/// are 8-byte .ARM.exidx inputs of one synthetic object, sorted with the
/// others by the code they describe (the last by none, so last);
/// fillExidxEntries writes them once addresses are known.
void planExidxEntries(std::vector<InputObject> &Objects, LinkResult &R,
                      const LayoutOptions &LayoutOpts) {
  bool Any = false;
  for (const InputObject &O : Objects)
    for (const InputSection &Sec : O.Sections)
      Any |= Sec.Type == ELF::SHT_ARM_EXIDX && Sec.isAlloc() && !Sec.Discarded;
  if (!Any)
    return;
  // What the output will hold is known only after the layout, a script's
  // /DISCARD/ included: a first layout without these entries says which
  // code and which entries are placed (entries take no part in that).
  Expected<Layout> Probe = computeLayout(LayoutOpts, Objects);
  if (!Probe) {
    consumeError(Probe.takeError()); // the real layout says it again
    return;
  }
  auto Placed = [&](unsigned O, unsigned S) {
    return S < Probe->InputAddr[O].size() && Probe->InputAddr[O][S];
  };
  // An entry for code that is not placed, or is empty, describes nothing:
  // dropped, as lld drops it (an empty one at a function's address could
  // shadow that function's entry).
  std::set<std::pair<unsigned, unsigned>> Covered;
  for (unsigned O = 0; O < Objects.size(); ++O)
    for (InputSection &Sec : Objects[O].Sections) {
      if (Sec.Type != ELF::SHT_ARM_EXIDX || !Sec.isAlloc() || Sec.Discarded)
        continue;
      const auto &Secs = Objects[O].Sections;
      if (Sec.Link >= Secs.size() || !Placed(O, Sec.Link) ||
          !Secs[Sec.Link].Size) {
        Sec.Dropped = true;
        continue;
      }
      if (Placed(O, Sec.Index))
        Covered.insert({O, Sec.Link});
    }
  InputObject X;
  X.FileName = "<relocheck exidx entries>";
  X.BigEndian = Objects.front().BigEndian;
  X.Sections.resize(1);
  X.Symbols.resize(1);
  auto Add = [&](std::optional<std::pair<unsigned, unsigned>> Code) {
    InputSection Sec;
    Sec.Index = unsigned(X.Sections.size());
    Sec.Name = ".ARM.exidx";
    Sec.Type = ELF::SHT_ARM_EXIDX;
    Sec.Flags = ELF::SHF_ALLOC | ELF::SHF_LINK_ORDER;
    Sec.Align = 4;
    Sec.Size = 8;
    Sec.Data.assign(8, 0);
    Sec.Mapping.push_back({0, CodeState::Data});
    Sec.LinkedCode = Code;
    InputSymbol Map;
    Map.Name = "$d";
    Map.Shndx = Sec.Index;
    X.Symbols.push_back(Map);
    X.Sections.push_back(std::move(Sec));
  };
  // Every placed piece of code without an entry, relocheck's veneers too
  // (lld gives its thunks one).
  for (unsigned O = 0; O < Objects.size(); ++O)
    for (const InputSection &Sec : Objects[O].Sections)
      if ((Sec.Flags & ELF::SHF_EXECINSTR) && Sec.Size &&
          Placed(O, Sec.Index) && !Covered.count({O, Sec.Index}))
        Add(std::make_pair(O, Sec.Index));
  Add(std::nullopt); // the closing entry: last
  R.ExidxEntriesObject = unsigned(Objects.size());
  Objects.push_back(std::move(X));
}

/// A branch that could not reach its target directly, remembered across
/// link passes: the next pass places a veneer for it.
struct VeneerRequest {
  std::string Section; // the caller's input-section name
  bool CallerThumb = false;
  bool DestThumb = false; // the state the branch lands in
  unsigned Obj = 0;
  uint32_t SymIndex = 0;
  int64_t A = 0;
  std::string Key;
  /// An island: the veneer at the end of the caller's output section was
  /// out of reach, so this one goes right after the caller's own input
  /// section (object, section index).
  std::optional<std::pair<unsigned, unsigned>> Island;
  /// The first call that asked, for an error about where the veneer
  /// would go.
  SectionOrigin Caller;
};

/// The call, for errors: "a.s:(.text+0x4)", "R_ARM_CALL against 'far'".
SectionOrigin callerText(const Site &S) {
  return {S.Location, kindDisplayName(S.Type) + " against '" +
                          S.SymbolName + "' needs a veneer"};
}

/// One veneer per (caller section, caller state, destination state,
/// symbol, addend): the addend goes into the veneer's destination, so it
/// is never lost; a BL and a BLX to the same untyped label land in
/// different states.
std::string veneerKey(const std::string &Section, bool CallerThumb,
                      bool DestThumb, const std::string &SymbolKey,
                      int64_t A) {
  return Section + "|" + (CallerThumb ? "T" : "A") +
         (DestThumb ? "T" : "A") + "|" + SymbolKey + "|" + std::to_string(A);
}

/// Converts [From, To) of a section the linker wrote in little-endian order
/// to a big-endian object's order, unit by unit as its mapping symbols say.
void toObjectOrder(InputSection &Sec, uint32_t From, uint32_t To) {
  for (size_t I = 0; I < Sec.Mapping.size(); ++I) {
    uint32_t Start = std::max(Sec.Mapping[I].first, From);
    uint32_t End = I + 1 < Sec.Mapping.size()
                       ? std::min(Sec.Mapping[I + 1].first, To)
                       : To;
    if (Start >= End)
      continue;
    unsigned Unit = Sec.Mapping[I].second == CodeState::Thumb ? 2 : 4;
    swapFieldOrder(Sec.Data.data() + Start, End - Start, Unit);
  }
}

/// Appends a synthetic object whose sections hold the veneers, one section
/// per caller section name, so the layout puts each at the end of its
/// caller's output section; and one per caller input section for islands,
/// which Layout places right after that input section (PlaceAfter).
void planVeneers(std::vector<InputObject> &Objects, const LinkOptions &Opts,
                 const std::vector<VeneerRequest> &Requests, LinkResult &R,
                 std::map<std::string, unsigned> &Index,
                 LayoutOptions &Layout) {
  if (Requests.empty())
    return;
  InputObject V;
  V.FileName = "<relocheck veneers>";
  V.Sections.resize(1);
  V.Symbols.resize(1);
  unsigned Obj = unsigned(Objects.size());
  std::map<std::string, unsigned> SectionOf;
  for (const VeneerRequest &Q : Requests) {
    auto Kind = chooseVeneer(Q.CallerThumb, Opts.Arch, Opts.PicVeneers);
    if (!Kind || Index.count(Q.Key))
      continue;
    std::string Where = Q.Section;
    if (Q.Island)
      Where += "@" + std::to_string(Q.Island->first) + ":" +
               std::to_string(Q.Island->second);
    auto [It, New] = SectionOf.try_emplace(Where, V.Sections.size());
    if (New && Q.Island)
      Layout.PlaceAfter[*Q.Island].push_back(
          {Obj, unsigned(V.Sections.size())});
    if (New) {
      InputSection Sec;
      Sec.Index = It->second;
      Sec.Name = Q.Section;
      Sec.Origin = Q.Caller;
      Sec.Type = ELF::SHT_PROGBITS;
      Sec.Flags = ELF::SHF_ALLOC | ELF::SHF_EXECINSTR;
      Sec.Align = 4;
      V.Sections.push_back(Sec);
    }
    InputSection &Sec = V.Sections[It->second];
    VeneerInfo Info;
    Info.Kind = *Kind;
    Info.Section = Q.Section;
    Info.CallerThumb = Q.CallerThumb;
    Info.DestThumb = Q.DestThumb;
    Info.Object = Obj;
    Info.SectionIndex = Sec.Index;
    Info.Offset = Sec.Size;
    Info.Symbol = Objects[Q.Obj].Symbols[Q.SymIndex].Name;
    Info.Addend = Q.A;
    Info.TargetObject = Q.Obj;
    Info.TargetSymIndex = Q.SymIndex;
    // Mapping symbols (in the section and in the output's symbol table,
    // so disassemblers decode the veneer in the right state): code in the
    // caller's state, then the literal; and a name for the veneer.
    bool ArmCode = !Q.CallerThumb;
    bool BxPc = *Kind == VeneerKind::ThumbBxPc ||
                *Kind == VeneerKind::ThumbBxPcPic;
    auto Map = [&](uint32_t At, CodeState State, const char *Name) {
      Sec.Mapping.push_back({At, State});
      InputSymbol M;
      M.Name = Name;
      M.Value = At;
      M.Shndx = Sec.Index;
      V.Symbols.push_back(M);
    };
    InputSymbol Label;
    Label.Name = "__relocheck_veneer_" + Info.Symbol + "_" +
                 std::to_string(R.Veneers.size());
    Label.Value = Sec.Size;
    Label.Shndx = Sec.Index;
    V.Symbols.push_back(Label);
    Map(Sec.Size, ArmCode ? CodeState::Arm : CodeState::Thumb,
        ArmCode ? "$a" : "$t");
    if (BxPc)
      Map(Sec.Size + 4, CodeState::Arm, "$a");
    Map(Sec.Size + veneerSize(*Kind) - 4, CodeState::Data, "$d");
    Sec.Size += veneerSize(*Kind);
    Index[Q.Key] = unsigned(R.Veneers.size());
    Info.Key = Q.Key;
    R.Veneers.push_back(Info);
  }
  for (InputSection &Sec : V.Sections)
    Sec.Data.assign(Sec.Size, 0);
  Objects.push_back(std::move(V));
}

class LinkerCore {
public:
  LinkerCore(LinkResult &R, const LinkOptions &Opts) : R(R), Opts(Opts) {}

  Error resolveGlobals();
  void defineLinkerSymbols();
  void fillGot();
  void applyAll();
  void checkOverwrites();
  void chooseEntry();

  void fillVeneers();
  void fillExidxEntries();

  std::map<std::string, unsigned> GotIndex;    // gotKey -> entry
  std::map<std::string, unsigned> VeneerIndex; // veneerKey -> veneer
  std::vector<VeneerRequest> Pending; // branches still needing a veneer
  /// The last link pass link() makes: a branch still waiting for its
  /// veneer will not get one, and its error says why.
  unsigned LastPass = 0;

private:
  LinkResult &R;
  const LinkOptions &Opts;
  std::map<std::string, std::string> DefinedIn; // name -> file, for errors

  void applySite(unsigned Obj, const InputSection &Sec, const InputReloc &Rel,
                 const std::vector<uint8_t> &Original);
  bool computeSymbol(Site &S, const InputSymbol &Sym);
  bool computeSectionSymbol(Site &S, const InputSymbol &Sym);
  bool acceptUnresolved(Site &S, const InputSymbol &Sym);
  /// Makes S a tombstone site if it may be one (see Site::Tombstone).
  bool tombstone(Site &S);
  void fail(Site &S, const std::string &Message);
  bool resolveQuietly(Site &S, const InputSymbol &Sym);
  bool tlsUseOk(Site &S, bool InBlock, bool Typed);
  bool addressOk(Site &S, bool HomeNonAlloc, const std::string &HomeName);
  uint32_t staticBase(uint32_t S);
  /// What B(S) is chosen from (output sections or segments, by start),
  /// made on first use: the layout is final before any site is applied.
  std::optional<std::vector<std::pair<uint64_t, uint64_t>>> BaseRanges;
  std::string veneerRefusal(const Site &S, const RelocKind &K,
                            const InputSection &Sec, const InputSymbol &Sym,
                            const RelocProblem &Direct,
                            bool DestThumb) const;
  bool tryVeneer(Site &S, const RelocKind &K, const InputSection &Sec,
                 const InputSymbol &Sym, uint32_t SymIndex, uint8_t *Loc,
                 const RelocProblem &Direct);
};

Error LinkerCore::resolveGlobals() {
  for (const auto &[Name, Addr] : R.Lay.Symbols) {
    ResolvedSymbol Sym;
    Sym.Address = uint32_t(Addr);
    Sym.Defined = true;
    if (auto Home = R.Lay.SymbolHome.find(Name);
        Home != R.Lay.SymbolHome.end())
      Sym.Home = uint32_t(Home->second);
    R.Globals[Name] = Sym;
    DefinedIn[Name] = "the layout";
  }
  for (unsigned O = 0; O < R.Objects.size(); ++O) {
    const InputObject &Obj = R.Objects[O];
    for (const InputSymbol &S : Obj.Symbols) {
      if (S.Binding == ELF::STB_LOCAL || S.isUndefined())
        continue;
      if (S.isCommon())
        return createStringError(
            inconvertibleErrorCode(),
            Obj.FileName + ": error: common symbol '" + S.Name +
                "' is not supported (compile with -fno-common)");
      auto Def = resolveDefined(R, O, S);
      if (!Def)
        continue; // in a discarded section: references will fail
      auto It = R.Globals.find(S.Name);
      bool FromLayout = It != R.Globals.end() &&
                        DefinedIn[S.Name] == "the layout";
      if (It == R.Globals.end() || (It->second.Weak && !Def->Weak &&
                                    !FromLayout)) {
        R.Globals[S.Name] = *Def;
        DefinedIn[S.Name] = Obj.FileName;
        continue;
      }
      if (!FromLayout && !It->second.Weak && !Def->Weak)
        return createStringError(
            inconvertibleErrorCode(),
            Obj.FileName + ": error: duplicate symbol " +
                (S.Name.empty() ? std::string("(a global without a name)")
                                : "'" + S.Name + "'") +
                " (also defined in " + DefinedIn[S.Name] + ")");
    }
  }
  defineLinkerSymbols();
  return Error::success();
}

/// The end of the last output section Pred accepts, if any.
template <typename PredFn>
std::optional<uint64_t> endOfLast(const Layout &L, PredFn Pred) {
  std::optional<uint64_t> End;
  for (const OutputSection &OS : L.Sections)
    if (Pred(OS))
      End = std::max(End.value_or(0), OS.Addr + OS.Size);
  return End;
}

bool isCode(const OutputSection &OS) {
  return OS.Flags & ELF::SHF_EXECINSTR;
}
bool isWritable(const OutputSection &OS) { return OS.Flags & ELF::SHF_WRITE; }
bool hasBytes(const OutputSection &OS) { return OS.Type != ELF::SHT_NOBITS; }

/// The value lld (and GNU ld's default script) gives a symbol it defines
/// for a link, or nothing for any other name: the bounds of the exception
/// index (with none, both after the code, where lld puts an empty one),
/// and without a script (lld and GNU ld define none of these under a
/// script of the user's) the end of the code (_etext), of the writable
/// data with contents (_edata), of the writable data (_end) and the start
/// of .bss.
std::optional<uint64_t> linkerSymbolValue(StringRef Name, const Layout &L,
                                          bool Script) {
  auto Named = [&](StringRef Want) -> const OutputSection * {
    for (const OutputSection &OS : L.Sections)
      if (OS.Name == Want)
        return &OS;
    return nullptr;
  };
  if (Name == "__exidx_start" || Name == "__exidx_end") {
    if (const OutputSection *X = Named(".ARM.exidx"))
      return Name == "__exidx_start" ? X->Addr : X->Addr + X->Size;
    return endOfLast(L, isCode).value_or(0);
  }
  if (Script)
    return std::nullopt;

  if (Name == "_etext" || Name == "etext")
    return endOfLast(L, isCode);
  if (Name == "_edata" || Name == "edata") {
    auto Data = endOfLast(L, [](const OutputSection &OS) {
      return isWritable(OS) && hasBytes(OS);
    });
    return Data ? Data : endOfLast(L, hasBytes);
  }
  if (Name == "_end" || Name == "end") {
    auto Data = endOfLast(L, isWritable);
    return Data ? Data
                : endOfLast(L, [](const OutputSection &) { return true; });
  }
  if (Name == "__bss_start")
    if (const OutputSection *Bss = Named(".bss"))
      return Bss->Addr;
  return std::nullopt;
}

/// Defines the linker's own symbols (linkerSymbolValue) for an input that
/// refers to one nothing else defines.
void LinkerCore::defineLinkerSymbols() {
  bool Script = !Opts.LayoutOpts.ScriptText.empty();
  for (const InputObject &Obj : R.Objects)
    for (const InputSymbol &S : Obj.Symbols) {
      if (!S.isUndefined() || S.Binding == ELF::STB_LOCAL ||
          R.Globals.count(S.Name))
        continue;
      std::optional<uint64_t> V = linkerSymbolValue(S.Name, R.Lay, Script);
      if (!V)
        continue;
      ResolvedSymbol Sym;
      Sym.Address = uint32_t(*V);
      Sym.Defined = true;
      R.Globals[S.Name] = Sym;
      DefinedIn[S.Name] = "the linker";
    }
}

/// Places the GOT entries and writes S | T into each (0 for an undefined
/// weak symbol; an undefined one is reported at its sites).
void LinkerCore::fillGot() {
  if (!R.GotObject)
    return;
  R.GotOrigin = uint32_t(*R.sectionAddress(*R.GotObject, 1));
  std::vector<uint8_t> &Data = R.Objects[*R.GotObject].Sections[1].Data;
  for (LinkResult::GotEntry &E : R.Got) {
    E.Address = R.GotOrigin + E.Offset;
    Site Probe;
    Probe.Object = E.Object;
    const InputSymbol &Sym = R.Objects[E.Object].Symbols[E.SymIndex];
    bool Found = resolveQuietly(Probe, Sym) && !Probe.In.UndefinedWeak;
    uint32_t S = Probe.In.S;
    uint8_t *Word = Data.data() + E.Offset;
    // GOT words are data: big-endian in a big-endian (BE8) link.
    auto write32le = [&](uint8_t *At, uint32_t V) {
      relocheck::write32le(At, V);
      if (R.BigEndian)
        std::reverse(At, At + 4);
    };
    // An undefined weak TLS symbol takes S = 0 as its address, as in GNU
    // ld: its offsets are -tp and -block, so that &sym is 0 in every
    // model, as the LE word the site writes makes it (lld writes 0
    // offsets, which make &sym tp).
    bool TlsValue = Found || Probe.In.UndefinedWeak;
    switch (E.Use) {
    case Formula::TlsIe:
      write32le(Word, TlsValue ? S - R.TP : 0);
      break;
    case Formula::TlsGd:
      write32le(Word, 1); // the executable is module 1
      write32le(Word + 4, TlsValue ? S - R.TlsBase : 0);
      break;
    case Formula::TlsLdm:
      write32le(Word, 1);
      write32le(Word + 4, 0);
      break;
    default:
      write32le(Word, Found ? S | (Probe.In.T ? 1 : 0) : 0);
      break;
    }
  }
}

void LinkerCore::fillExidxEntries() {
  if (!R.ExidxEntriesObject)
    return;
  InputObject &X = R.Objects[*R.ExidxEntriesObject];
  // The end of the last code: every placed executable input section,
  // relocheck's veneers included.
  uint64_t End = 0;
  for (unsigned O = 0; O < R.Objects.size(); ++O)
    for (const InputSection &Sec : R.Objects[O].Sections)
      if (Sec.Flags & ELF::SHF_EXECINSTR)
        if (auto A = R.sectionAddress(O, Sec.Index))
          End = std::max(End, *A + Sec.Size);
  for (InputSection &Sec : X.Sections) {
    auto At = R.sectionAddress(*R.ExidxEntriesObject, Sec.Index);
    if (!At)
      continue; // the script discards .ARM.exidx, or section 0
    std::optional<uint64_t> Code =
        Sec.LinkedCode ? R.sectionAddress(Sec.LinkedCode->first,
                                          Sec.LinkedCode->second)
                       : std::optional<uint64_t>(End);
    if (!Code)
      continue; // its code is not placed: the entry points nowhere
    // PREL31 (AAELF32): a signed 31-bit offset, bit 31 clear.
    int64_t Offset = int64_t(*Code) - int64_t(*At);
    if (Offset < -(int64_t(1) << 30) || Offset >= (int64_t(1) << 30)) {
      R.Errors.push_back(
          "error: the exception index table's EXIDX_CANTUNWIND entry at " +
          hex(*At) + " for the code at " + hex(*Code) +
          " cannot reach it: the PREL31 offset " + std::to_string(Offset) +
          " is not in [-1073741824, 1073741823]; place .ARM.exidx nearer "
          "the code");
      continue;
    }
    uint8_t *Word = Sec.Data.data();
    write32le(Word, uint32_t(Offset) & 0x7fffffff);
    write32le(Word + 4, 1); // EXIDX_CANTUNWIND
    if (R.BigEndian) {
      std::reverse(Word, Word + 4);
      std::reverse(Word + 4, Word + 8);
    }
  }
}

/// B(S) for a symbol at address S, by the --static-base choice; 0 when S
/// lies in no output section (an undefined weak or absolute symbol).
/// AAELF32 5.6: B(S) "must always be word-aligned" and need not be the
/// segment's first address, so a section or segment that starts off a
/// word boundary has its origin at the word below (--static-base=ADDR
/// refuses an unaligned ADDR).
uint32_t LinkerCore::staticBase(uint32_t S) {
  if (Opts.Base == StaticBase::Address)
    return Opts.BaseAddress;
  if (!BaseRanges) {
    BaseRanges.emplace();
    if (Opts.Base == StaticBase::Section)
      for (const OutputSection &OS : R.Lay.Sections)
        BaseRanges->push_back({OS.Addr, OS.Addr + OS.Size});
    else
      *BaseRanges = segmentRanges(R.Lay);
    // An empty one still holds its own start. Placed sections do not
    // overlap, so the last range starting at or below S is the only one
    // that can hold it.
    for (auto &[Start, End] : *BaseRanges)
      End = std::max(End, Start + 1);
    std::sort(BaseRanges->begin(), BaseRanges->end());
    // Of ranges with one start (an empty section before a full one), the
    // widest, which sorts last.
    std::vector<std::pair<uint64_t, uint64_t>> Widest;
    for (const auto &Range : *BaseRanges) {
      if (!Widest.empty() && Widest.back().first == Range.first)
        Widest.pop_back();
      Widest.push_back(Range);
    }
    BaseRanges = std::move(Widest);
  }
  auto It = std::upper_bound(
      BaseRanges->begin(), BaseRanges->end(), uint64_t(S),
      [](uint64_t V, const auto &Range) { return V < Range.first; });
  if (It == BaseRanges->begin() || S >= std::prev(It)->second)
    return 0;
  return uint32_t(std::prev(It)->first) & ~3u;
}

/// Gives each veneer its address and destination, and writes it.
void LinkerCore::fillVeneers() {
  for (VeneerInfo &V : R.Veneers) {
    V.Address = uint32_t(*R.sectionAddress(V.Object, V.SectionIndex) +
                         V.Offset);
    Site Probe;
    Probe.Object = V.TargetObject;
    const InputSymbol &Sym =
        R.Objects[V.TargetObject].Symbols[V.TargetSymIndex];
    resolveQuietly(Probe, Sym);
    // The caller meant S + A + its PC bias, in the state the branch
    // lands in (branchDestThumb, when the veneer was asked for).
    uint32_t Bias = V.CallerThumb ? 4 : 8;
    uint32_t Dest = Probe.In.S + uint32_t(V.Addend) + Bias;
    V.Dest = V.DestThumb ? (Dest | 1) : (Dest & ~1u);
    uint8_t *Loc =
        R.Objects[V.Object].Sections[V.SectionIndex].Data.data() + V.Offset;
    writeVeneer(V.Kind, V.Dest, V.Address, Loc);
    // A big-endian link keeps every section in BE32 order (the writer
    // makes BE8): ARM words and the literal reversed, Thumb halfwords each.
    if (R.BigEndian)
      toObjectOrder(R.Objects[V.Object].Sections[V.SectionIndex], V.Offset,
                    V.Offset + veneerSize(V.Kind));
  }
}

void LinkerCore::fail(Site &S, const std::string &Message) {
  std::string Kind = kindDisplayName(S.Type);
  std::string Line = S.Location + ": error: " + Kind;
  if (!S.SymbolName.empty())
    Line += " against '" + S.SymbolName + "'";
  Line += ": " + Message;
  S.Error = Line;
  S.ErrorDetail = Message;
  R.Errors.push_back(Line);
}

/// computeSymbol without reporting: for GOT entries, whose symbol's sites
/// report any problem themselves.
bool LinkerCore::resolveQuietly(Site &S, const InputSymbol &Sym) {
  size_t Errors = R.Errors.size();
  bool Ok = computeSymbol(S, Sym);
  R.Errors.resize(Errors);
  return Ok;
}

/// Fills S, T and the symbol flags of a site; false when the symbol cannot
/// be resolved (the error is recorded).
bool LinkerCore::tombstone(Site &S) {
  if (!S.NonAlloc || !S.Kind)
    return false;
  Formula F = appliedKind(*S.Kind, Opts.Target1Rel, Opts.Target2).Form;
  if (F != Formula::Abs && F != Formula::AbsT && F != Formula::TlsLdo)
    return false;
  const std::string &In = R.Objects[S.Object].Sections[S.Section].Name;
  S.In.S = In == ".debug_ranges" || In == ".debug_loc" ? 1 : 0;
  S.Tombstone = true;
  return true;
}

/// TLS relocations and TLS symbols go together. A TLS relocation needs a
/// symbol in the TLS block (InBlock: typed STT_TLS or defined in an
/// SHF_TLS section, a section symbol of one too); a symbol typed STT_TLS
/// (Typed) has an offset in the block, not an address, so only a TLS
/// relocation, NONE or an ignored marker may use it. GNU ld complains of
/// both ("used with non-TLS symbol", "used with TLS symbol", the first
/// of a .tdata section symbol too, which lld and relocheck take) and
/// links anyway; lld writes the offset for the second.
bool LinkerCore::tlsUseOk(Site &S, bool InBlock, bool Typed) {
  if (!S.Kind)
    return true;
  Formula F = appliedKind(*S.Kind, Opts.Target1Rel, Opts.Target2).Form;
  bool TlsKind = isTlsFormula(F);
  if (TlsKind && !InBlock) {
    fail(S, "is a TLS relocation, but the symbol is not a TLS one (not "
            "STT_TLS, not in an SHF_TLS section): it has an address, not "
            "an offset in the TLS block (GNU ld says \"used with non-TLS "
            "symbol\")");
    return false;
  }
  if (Typed && !TlsKind && F != Formula::Nothing &&
      !isIgnoredMarker(*S.Kind)) {
    fail(S, "is not a TLS relocation, but the symbol is a TLS one "
            "(STT_TLS): it has an offset in the TLS block, not an "
            "address (GNU ld says \"used with TLS symbol\"; lld writes "
            "the offset)");
    return false;
  }
  return true;
}

/// S for a section symbol: the section's output address, unless the
/// section is not in the output.
bool LinkerCore::computeSectionSymbol(Site &S, const InputSymbol &Sym) {
  auto Base = R.symbolBase(S.Object, Sym.Shndx);
  if (!Base && tombstone(S))
    return true;
  if (!Base) {
    const InputSection *Gone = discardedHome(R.Objects[S.Object], Sym);
    fail(S, Gone ? "refers to " + discardedText(*Gone)
                 : "refers to a section that is not placed in the output");
    return false;
  }
  const InputSection &Home = R.Objects[S.Object].Sections[Sym.Shndx];
  if (!tlsUseOk(S, Home.Flags & ELF::SHF_TLS, false) ||
      !addressOk(S, !(Home.Flags & ELF::SHF_ALLOC), Home.Name))
    return false;
  S.In.S = uint32_t(*Base + Sym.Value);
  return true;
}

/// A site in allocated memory needs its symbol's address; one defined in
/// a section not allocated in memory has only an offset there (lld and
/// GNU ld write that offset without a word). A relocation that writes
/// nothing, or in another such section, is fine.
bool LinkerCore::addressOk(Site &S, bool HomeNonAlloc,
                           const std::string &HomeName) {
  if (!HomeNonAlloc || S.NonAlloc || !S.Kind)
    return true;
  Formula F = appliedKind(*S.Kind, Opts.Target1Rel, Opts.Target2).Form;
  if (F == Formula::Nothing || isIgnoredMarker(*S.Kind))
    return true;
  fail(S, "symbol is defined in " + HomeName + ", a section not allocated "
          "in memory: it has no address, only an offset in that section "
          "(lld and GNU ld write the offset)");
  return false;
}

/// A symbol the link did not resolve: fine (S = 0, or a tombstone) for
/// an undefined weak, an ignored marker's or a discarded definition's
/// site whose section takes a tombstone; an error otherwise.
bool LinkerCore::acceptUnresolved(Site &S, const InputSymbol &Sym) {
  if (Sym.Binding == ELF::STB_WEAK && Sym.isUndefined()) {
    S.In.UndefinedWeak = true;
    return true;
  }
  // An ignored marker's symbol, usually another file's vtable, need not
  // be defined: S = 0, as GNU ld links it.
  if (Sym.isUndefined() && S.Kind && isIgnoredMarker(*S.Kind)) {
    S.In.S = 0;
    return true;
  }
  if (!Sym.isUndefined() && tombstone(S))
    return true; // defined, but in a section not in the output

  const InputSection *Gone = discardedHome(R.Objects[S.Object], Sym);
  bool Reserved = !Opts.LayoutOpts.ScriptText.empty() &&
                  is_contained({"_etext", "etext", "_edata", "edata", "_end",
                                "end", "__bss_start"},
                               Sym.Name);
  const std::vector<InputSymbol> &Syms = R.Objects[S.Object].Symbols;
  std::string Nameless =
      Sym.Name.empty() ? " (symbol " + std::to_string(&Sym - Syms.data()) +
                             ", which has no name)"
                       : "";
  if (Sym.isUndefined())
    fail(S, std::string("undefined symbol") + Nameless +
                (Reserved ? " (one the linker defines without a script; "
                            "with one, define it there, as lld and GNU ld "
                            "ask too)"
                 : Sym.Binding == ELF::STB_LOCAL
                     ? " (a local symbol, which no other file's definition "
                       "can satisfy)"
                     : ""));
  else if (Gone)
    fail(S, "symbol is defined in " + discardedText(*Gone) +
                (Sym.Binding == ELF::STB_LOCAL
                     ? ""
                     : ", and the kept copy does not define it"));
  else
    fail(S, "symbol is in a section that is not placed");
  return false;
}

bool LinkerCore::computeSymbol(Site &S, const InputSymbol &Sym) {
  if (&Sym == &R.Objects[S.Object].Symbols[0]) {
    S.In.S = 0; // symbol index 0: S = 0 (gABI "Relocation")
    return true;
  }
  if (Sym.Type == ELF::STT_SECTION)
    return computeSectionSymbol(S, Sym);
  std::optional<ResolvedSymbol> Res;
  // An undefined local is never bound to another file's global of its
  // name (gABI "Symbol Table": local symbols are not visible outside
  // their object); lld and GNU ld call it undefined. A global without a
  // name is the global named "" (lld and GNU ld resolve it across objects,
  // and call two definitions duplicates).
  if (Sym.Binding == ELF::STB_LOCAL)
    Res = Sym.isUndefined() ? std::nullopt
                            : resolveDefined(R, S.Object, Sym);
  else if (auto It = R.Globals.find(Sym.Name); It != R.Globals.end())
    Res = It->second;
  if (!Res)
    return acceptUnresolved(S, Sym);
  if (Res->IsIfunc) {
    // GNU indirect functions: the address is the resolver's result at run
    // time, which a static link makes with a PLT entry and an IRELATIVE
    // relocation; relocheck makes neither, so every use is refused.
    fail(S, "symbol is an STT_GNU_IFUNC; relocheck does not make the PLT "
            "entry and R_ARM_IRELATIVE an indirect function needs");
    return false;
  }
  if (!tlsUseOk(S, Res->IsTls || Res->InTlsSection, Res->IsTls))
    return false;
  if (Res->InNonAlloc) {
    const InputObject &Home = R.Objects[Res->DefObject];
    if (!addressOk(S, true, Home.Sections[Res->DefSection].Name))
      return false;
  }
  S.In.S = Res->Address;
  S.BaseAnchor = Res->Home;
  S.In.T = Res->IsThumbFunction;
  S.In.TargetIsFunction = Res->IsFunction;
  return true;
}

/// A veneer jumps to S + A + bias in the destination's state; that address
/// must suit the state (4-aligned for ARM, 2 for Thumb), as a direct
/// branch's would. Bit 0 of a non-function target is no Thumb bit.
bool veneerDestAligned(const Site &S, const RelocKind &K, bool DestThumb) {
  bool CallerThumb = K.Class != KindClass::Arm;
  uint32_t Dest = S.In.S + uint32_t(S.In.A) + (CallerThumb ? 4 : 8);
  if (S.In.TargetIsFunction && S.In.T)
    return true; // bit 0 is the Thumb bit, cleared by the veneer's load
  return Dest % (DestThumb ? 2 : 4) == 0;
}

/// Why a branch that needs a veneer did not get one, for its error; empty
/// when a veneer is on its way (the next pass) or does not apply.
std::string LinkerCore::veneerRefusal(const Site &S, const RelocKind &K,
                                      const InputSection &Sec,
                                      const InputSymbol &Sym,
                                      const RelocProblem &Direct,
                                      bool DestThumb) const {
  bool Wanted = Direct.Kind == ProblemKind::NeedsVeneer ||
                (Direct.Kind == ProblemKind::OutOfRange && veneerAllowed(K));
  if (!Wanted || S.In.UndefinedWeak)
    return "";
  if (!veneerAllowed(K))
    return "";
  if (!Opts.Veneers)
    return " (veneers are off: --no-veneers)";
  bool SameSection = Sym.Shndx == Sec.Index && !Sym.isUndefined();
  if (!S.In.TargetIsFunction && SameSection)
    return " (AAELF32 allows a veneer only to an STT_FUNC symbol or to "
           "another section)";
  if (!chooseVeneer(K.Class != KindClass::Arm, Opts.Arch, Opts.PicVeneers))
    return " (" + std::string(Opts.Arch.Name) +
           " has no ARM state, so no veneer for ARM code)";
  if (!veneerDestAligned(S, K, DestThumb))
    return " (and the destination is misaligned for its state, so no "
           "veneer can reach it either)";
  for (const VeneerInfo &V : R.Veneers)
    if (V.Section == Sec.Name && V.Symbol == Sym.Name &&
        V.Addend == S.In.A && V.CallerThumb == (K.Class != KindClass::Arm) &&
        V.DestThumb == DestThumb)
      return " (its veneer at " + hex(V.Address) +
             " is out of reach too: relocheck places a veneer at the end of "
             "the caller's output section, or right after the caller's "
             "input section, and from here the branch reaches neither: the "
             "input section, or it with the veneers already after it, is "
             "longer than the branch reaches)";
  if (LastPass)
    return " (relocheck stopped placing veneers after " +
           std::to_string(LastPass) +
           " link passes: each pass's veneers moved another branch out of "
           "reach, and this one's was never placed)";
  return "";
}

/// After the direct form failed with Direct: branch to this site's veneer
/// instead, or ask for one in the next pass. False when no veneer may or
/// can be used, and the caller reports Direct.
bool LinkerCore::tryVeneer(Site &S, const RelocKind &K,
                           const InputSection &Sec, const InputSymbol &Sym,
                           uint32_t SymIndex, uint8_t *Loc,
                           const RelocProblem &Direct) {
  if (!Opts.Veneers || !veneerAllowed(K) || S.In.UndefinedWeak ||
      (Direct.Kind != ProblemKind::OutOfRange &&
       Direct.Kind != ProblemKind::NeedsVeneer))
    return false;
  // AAELF32 5.6.3: only for an STT_FUNC target or one in another section.
  bool SameSection = Sym.Shndx == Sec.Index && !Sym.isUndefined();
  if (!S.In.TargetIsFunction && SameSection)
    return false;
  bool CallerThumb = K.Class != KindClass::Arm;
  bool DestThumb = branchDestThumb(K, S.In, Loc);
  // A core without ARM state has no ARM destination either (the direct
  // form says so): a veneer would leave for it in Thumb state.
  if (!chooseVeneer(CallerThumb, Opts.Arch, Opts.PicVeneers) ||
      !veneerDestAligned(S, K, DestThumb) ||
      (!DestThumb && !Opts.Arch.HasArmState))
    return false;

  std::string Key = veneerKey(Sec.Name, CallerThumb, DestThumb,
                              gotKey(S.Object, SymIndex, Sym), S.In.A);
  std::string IslandKey = Key + "@" + std::to_string(S.Object) + ":" +
                          std::to_string(Sec.Index);
  auto It = VeneerIndex.find(IslandKey);
  bool Island = It != VeneerIndex.end();
  if (!Island)
    It = VeneerIndex.find(Key);
  if (It == VeneerIndex.end()) {
    Pending.push_back({Sec.Name, CallerThumb, DestThumb, S.Object, SymIndex,
                       S.In.A, Key, std::nullopt, callerText(S)});
    return false;
  }
  // Branch to the veneer in the caller's own state: BL stays BL.
  const VeneerInfo &V = R.Veneers[It->second];
  RelocInputs ToVeneer = S.In;
  ToVeneer.S = V.Address;
  ToVeneer.A = CallerThumb ? -4 : -8;
  ToVeneer.T = CallerThumb;
  ToVeneer.TargetIsFunction = true;
  RelocOutcome Out;
  if (applyRelocation(K, Opts.Arch, ToVeneer, Loc, Out)) {
    // The veneer at the end of the output section is out of reach: ask
    // for an island right after the caller's own input section. (An
    // island out of reach too means the caller's input section alone is
    // longer than the branch reaches.)
    if (!Island)
      Pending.push_back({Sec.Name, CallerThumb, DestThumb, S.Object,
                         SymIndex, S.In.A, IslandKey,
                         std::make_pair(S.Object, unsigned(Sec.Index)),
                         callerText(S)});
    return false;
  }
  S.Out = Out;
  S.Veneer = It->second;
  return true;
}

/// What a non-allocated section may hold: a value that does not depend
/// on where the section is (lld applies its R_ABS and R_DTPREL kinds
/// there; a PC-relative one it applies as if at address 0, with a
/// warning, which relocheck refuses: a test should not rely on it).
/// By name, not by formula: the TLS descriptor markers compute nothing but
/// rewrite an instruction, and PLT32_ABS lld and GNU ld refuse there.
static bool appliesOutsideMemory(const RelocKind &K, const RelocKind &As) {
  if (K.Code == ELF::R_ARM_NONE || isIgnoredMarker(K))
    return true;
  switch (As.Code) { // TARGET1/TARGET2 count as what they are applied as
  case ELF::R_ARM_ABS32:
  case ELF::R_ARM_ABS16:
  case ELF::R_ARM_ABS8:
  case ELF::R_ARM_ABS32_NOI:
  case ELF::R_ARM_TLS_LDO32:
  case ELF::R_ARM_TARGET1: // kept by appliedKind when applied as ABS32
    return true;
  default:
    return false;
  }
}

/// Original holds the section's bytes before any relocation: REL addends
/// and opcodes are read from it, so two relocations at one place each see
/// the producer's field (as lld does), not the other's result.
void LinkerCore::applySite(unsigned Obj, const InputSection &Sec,
                           const InputReloc &Rel,
                           const std::vector<uint8_t> &Original) {
  InputObject &O = R.Objects[Obj];
  Site S;
  S.Object = Obj;
  S.Section = Sec.Index;
  S.Offset = Rel.Offset;
  S.Type = Rel.Type;
  S.Kind = lookupKind(Rel.Type);
  S.Location = O.FileName + ":(" + Sec.Name + "+" + hex(Rel.Offset) + ")";
  const InputSymbol &Sym = O.Symbols[Rel.SymIndex];
  S.SymIndex = Rel.SymIndex;
  S.SymbolName = Sym.Type == ELF::STT_SECTION
                     ? O.Sections[Sym.Shndx].Name
                     : Sym.Name;
  S.NonAlloc = !R.sectionAddress(Obj, Sec.Index);
  S.In.P = uint32_t(*R.symbolBase(Obj, Sec.Index) + Rel.Offset);
  R.Sites.push_back(S);
  Site &Cur = R.Sites.back();

  if (!Cur.Kind) {
    fail(Cur, dynamicKindName(Rel.Type)
                  ? "is a dynamic relocation (for a dynamic linker, in "
                    "executables and shared objects): a relocatable "
                    "object's static link has no use for it"
                  : "unknown relocation type " + std::to_string(Rel.Type));
    return;
  }
  unsigned Size = fieldSize(*Cur.Kind);
  if (Sec.isNoBits()) { // no bytes in the file to patch (.bss and kin)
    fail(Cur, "the section is SHT_NOBITS: it has no contents to relocate");
    return;
  }
  if (uint64_t(Rel.Offset) + Size > Sec.Data.size()) {
    fail(Cur, "the " + std::to_string(Size) +
                  "-byte field lies outside the section (size " +
                  hex(Sec.Size) + ")");
    return;
  }
  // Instructions sit at their natural alignment (Arm ARM A3.2); a place
  // that does not is a broken object or layout, not something to patch.
  unsigned InsnAlign = Cur.Kind->Class == KindClass::Arm ||
                               Cur.Kind->Place == Field::ArmBx
                           ? 4
                       : Cur.Kind->Class == KindClass::Thumb16 ||
                               Cur.Kind->Class == KindClass::Thumb32
                           ? 2
                           : 1;
  // The mapping symbols (AAELF32 5.5.5) say which instruction set the
  // bytes are in: an ARM relocation where they say Thumb, or the reverse,
  // would patch an instruction that is not there (in BE8 the bytes are
  // even swapped as the other state's). Bytes marked data ($d) under an
  // instruction relocation are patched as its kind says, without a word
  // outside BE8 (below), as lld and GNU ld patch them: the kind names the
  // instruction set, and the marking changes no byte (`.word 0xebfffffe`
  // with a `.reloc` is how tests write a raw BL).
  bool ArmClass = Cur.Kind->Class == KindClass::Arm;
  bool ThumbClass = Cur.Kind->Class == KindClass::Thumb16 ||
                    Cur.Kind->Class == KindClass::Thumb32;
  CodeState Marked = Sec.stateAt(Rel.Offset);
  if ((ArmClass && Marked == CodeState::Thumb) ||
      (ThumbClass && Marked == CodeState::Arm)) {
    // LLVM MC 22 assembles B<c>.W for armv8-m.base, which lacks it, and
    // gives it the ARM JUMP24 its fixup maps to.
    bool McBcondW = Cur.Type == ELF::R_ARM_JUMP24 && !Opts.Arch.HasArmState &&
                    !Opts.Arch.HasThumbBcondW;
    fail(Cur, std::string("is ") + (ArmClass ? "an ARM" : "a Thumb") +
                  " instruction relocation, but the mapping symbols mark "
                  "the place as " +
                  (ArmClass ? "Thumb code ($t)" : "ARM code ($a)") +
                  (McBcondW ? " (LLVM MC writes R_ARM_JUMP24 for a "
                              "conditional B<c>.W, which " +
                                  std::string(Opts.Arch.Name) +
                                  " does not have: use a B<c> over a B.W)"
                            : ""));
    return;
  }
  // BE8 swaps to little-endian exactly what the mapping symbols mark as
  // code, unit by unit in the marked state (as lld and GNU ld do),
  // whatever the relocation: an instruction in bytes marked data, unmarked
  // or marked the other state is not stored as its state's instruction,
  // which a BE8 core does not execute; a data word in bytes marked code
  // ends up little-endian, which a BE8 load reads byte-reversed. Every
  // state the field's bytes are in counts (a BL half in $t, half in $d).
  // By the field, not the class: TARGET1/TARGET2 are words, V4BX an ARM
  // instruction.
  bool DataField = Cur.Kind->Place == Field::Word32 ||
                   Cur.Kind->Place == Field::Prel31 ||
                   Cur.Kind->Place == Field::Data16 ||
                   Cur.Kind->Place == Field::Data8;
  bool ArmField = ArmClass || Cur.Kind->Place == Field::ArmBx;
  if (R.BigEndian && !R.Be32 && (DataField || ArmField || ThumbClass)) {
    CodeState Want = ArmField    ? CodeState::Arm
                     : ThumbClass ? CodeState::Thumb
                                  : CodeState::Data;
    bool Code = false, Other = false;
    auto Note = [&](CodeState St) {
      Code |= St == CodeState::Arm || St == CodeState::Thumb;
      Other |= St != Want;
    };
    Note(Marked);
    for (const auto &[At, St] : Sec.Mapping)
      if (At > Rel.Offset && At < uint64_t(Rel.Offset) + Size)
        Note(St);
    // Within its state, the field must also be whole swap units: an $a
    // region starting off a word boundary (hand-made objects) swaps words
    // that straddle the instruction.
    bool Tiled = true;
    if (!DataField && !Other) {
      uint64_t Covered = 0;
      Sec.forEachCodeUnit(Rel.Offset, uint64_t(Rel.Offset) + Size,
                          [&](uint64_t At, unsigned Unit) {
                            if (At < Rel.Offset ||
                                At + Unit > uint64_t(Rel.Offset) + Size)
                              Tiled = false;
                            Covered += Unit;
                          });
      Tiled &= Covered == Size;
    }
    if (!Tiled)
      Cur.Misstored =
          std::string("is ") + (ArmField ? "an ARM" : "a Thumb") +
          " instruction relocation, but its field is not on the " +
          (ArmField ? "word" : "halfword") + " boundaries its mapping "
          "symbol's region sets (the region does not start on one): in "
          "this BE8 image the instruction is not stored as " +
          (ArmField ? "an ARM" : "a Thumb") + " one";
    else if (!DataField && Other)
      Cur.Misstored =
          std::string("is ") + (ArmField ? "an ARM" : "a Thumb") +
          " instruction relocation, but " +
          (Marked == CodeState::Data ? std::string("the mapping symbols "
                                                   "mark the place as "
                                                   "data ($d)")
           : Marked == CodeState::Unknown
               ? "no mapping symbol ($a, $t) marks the place as code"
               : "the mapping symbols mark part of its field otherwise") +
          ": in this BE8 image the instruction is not stored as " +
          (ArmField ? "an ARM" : "a Thumb") + " one";
    else if (DataField && Code)
      Cur.Misstored =
          "is a data relocation, but the mapping symbols mark its field "
          "as code ($a or $t): in this BE8 image the value is stored "
          "little-endian, as an instruction, and a load reads it "
          "byte-reversed";
    if (!Cur.Misstored.empty())
      R.Warnings.push_back(Cur.Location + ": warning: " +
                           kindDisplayName(Cur.Type) + " " + Cur.Misstored);
  }
  if (Cur.In.P % InsnAlign) {
    fail(Cur, "the place " + hex(Cur.In.P) + " is not " +
                  std::to_string(InsnAlign) + "-byte aligned, as " +
                  (InsnAlign == 4 ? "an ARM" : "a Thumb") +
                  " instruction must be");
    return;
  }
  uint8_t *Loc = O.Sections[Sec.Index].Data.data() + Rel.Offset;
  const uint8_t *Real = Original.data() + Rel.Offset;
  Cur.Before.assign(Real, Real + Size);
  // The core reads and writes fields little-endian; a big-endian object's
  // field is converted by what the relocation says it is (an instruction
  // or data, whatever the mapping symbols say), and back after the write.
  Cur.BigEndian = O.BigEndian;
  unsigned Unit = fieldUnit(*Cur.Kind);
  uint8_t Field[4] = {0, 0, 0, 0};
  std::memcpy(Field, Real, Size);
  if (Cur.BigEndian)
    swapFieldOrder(Field, Size, Unit);
  if (!kindExistsOnArch(*Cur.Kind, Opts.Arch)) {
    fail(Cur, notOnArchReason(*Cur.Kind, Opts.Arch));
    return;
  }
  if (Cur.NonAlloc &&
      !appliesOutsideMemory(
          *Cur.Kind, appliedKind(*Cur.Kind, Opts.Target1Rel, Opts.Target2))) {
    fail(Cur, "is in " + Sec.Name + ", a section not allocated in memory "
              "(P has no address): only absolute data relocations "
              "(R_ARM_ABS32, ABS16, ABS8, ABS32_NOI, TLS_LDO32, NONE, and "
              "TARGET1/TARGET2 applied as ABS32) apply there, as in lld");
    return;
  }
  if (auto P = checkPlace(*Cur.Kind, Field, &Opts.Arch)) {
    fail(Cur, describeProblem(*P));
    Cur.Problem = P->Kind;
    return;
  }
  if (!computeSymbol(Cur, Sym))
    return;
  Cur.RelaAddend = Rel.RelaAddend.has_value();
  Cur.In.A =
      Rel.RelaAddend ? *Rel.RelaAddend : readRelAddend(*Cur.Kind, Field);
  if (Cur.Tombstone)
    Cur.In.A = 0; // the tombstone is the value, whatever the addend

  const RelocKind *K = &appliedKind(*Cur.Kind, Opts.Target1Rel, Opts.Target2);
  Cur.In.GotOrigin = R.GotOrigin;
  Cur.In.B = baseIsGotOrigin(K->Form, Rel.SymIndex, Sym)
                 ? R.GotOrigin
                 : staticBase(Cur.BaseAnchor.value_or(Cur.In.S));
  if (isTlsFormula(K->Form) && !R.HasTls && !Cur.Tombstone) {
    // No SHF_TLS output section: no PT_TLS, so tp and the TLS block have
    // no address (lld refuses the same).
    fail(Cur, "is a TLS relocation, but the link has no TLS segment (no "
              "SHF_TLS section such as .tdata or .tbss), so tp is undefined");
    return;
  }
  // A tombstone is the value itself: S - TLS with TLS taken as 0.
  Cur.In.TlsBase = Cur.Tombstone ? 0 : R.TlsBase;
  Cur.In.TP = R.TP;
  Cur.In.SymbolIsLocal = Sym.Binding == ELF::STB_LOCAL;
  Formula GotUse = K->Form == Formula::TlsDesc &&
                           tlsDescUsesGot(Cur.In.SymbolIsLocal)
                       ? Formula::TlsIe
                       : K->Form;
  if (formulaUsesGotEntry(GotUse))
    Cur.In.GotEntry =
        R.Got[GotIndex.at(gotEntryKey(GotUse, Obj, Rel.SymIndex, Sym))]
            .Address;
  std::memcpy(Loc, Field, Size);
  if (auto P = applyRelocation(*K, Opts.Arch, Cur.In, Loc, Cur.Out)) {
    if (!tryVeneer(Cur, *K, Sec, Sym, Rel.SymIndex, Loc, *P)) {
      fail(Cur, describeProblem(*P) +
                    veneerRefusal(Cur, *K, Sec, Sym, *P,
                                  branchDestThumb(*K, Cur.In, Loc)));
      Cur.Problem = P->Kind;
      Cur.ValueOffStep =
          P->Range.Step > 1 && P->Value % int64_t(P->Range.Step) != 0;
      return;
    }
  }
  if (K->Place == Field::ArmBx && Opts.FixV4bx) {
    // MOV PC, Rm (A1): cond 0001 1010 0000 1111 0000 0000 Rm.
    uint32_t Insn = read32le(Loc);
    write32le(Loc, (Insn & 0xF000000F) | 0x01A0F000);
  }
  if (Cur.BigEndian)
    swapFieldOrder(Loc, Size, Unit);
  Cur.After.assign(Loc, Loc + Size);
}

void LinkerCore::applyAll() {
  for (unsigned O = 0; O < R.Objects.size(); ++O)
    for (const InputSection &Sec : R.Objects[O].Sections) {
      if (Sec.Relocs.empty())
        continue;
      if (!R.symbolBase(O, Sec.Index)) {
        // A non-allocated section of a type relocheck does not keep
        // (neither PROGBITS, NOTE nor NOBITS): its relocations would
        // vanish with it. Discarded and dropped sections are meant to go.
        bool Meant = Sec.Discarded || Sec.Dropped || Sec.isAlloc() ||
                     R.Lay.NonAllocDiscarded.count({O, Sec.Index});
        if (!Meant)
          R.Errors.push_back(
              R.Objects[O].FileName + ": error: section " + Sec.Name +
              " (type " + hex(Sec.Type) + ", not allocated) has " +
              std::to_string(Sec.Relocs.size()) +
              " relocation(s), which relocheck does not apply: of the "
              "non-allocated sections it keeps PROGBITS, NOTE and NOBITS");
        continue;
      }
      std::vector<uint8_t> Original = Sec.Data;
      for (const InputReloc &Rel : Sec.Relocs)
        applySite(O, Sec, Rel, Original);
    }
}

/// A field a later relocation wrote over no longer holds what its own
/// relocation computed: the image's bytes are not that site's, so it is an
/// error rather than a site judged by bytes the output does not contain.
void LinkerCore::checkOverwrites() {
  for (size_t I = 0; I < R.Sites.size(); ++I) {
    Site &S = R.Sites[I];
    if (S.Error || S.After.empty() || S.Object >= R.Objects.size() ||
        S.Section >= R.Objects[S.Object].Sections.size())
      continue;
    const std::vector<uint8_t> &Data =
        R.Objects[S.Object].Sections[S.Section].Data;
    if (uint64_t(S.Offset) + S.After.size() > Data.size() ||
        std::equal(S.After.begin(), S.After.end(), Data.begin() + S.Offset))
      continue;
    std::string By = "a later relocation";
    for (size_t J = I + 1; J < R.Sites.size(); ++J) {
      const Site &T = R.Sites[J];
      // A site that wrote nothing (R_ARM_NONE, a refused one) is no
      // suspect.
      if (T.Object == S.Object && T.Section == S.Section &&
          !T.After.empty() && T.Offset < S.Offset + S.After.size() &&
          S.Offset < T.Offset + T.After.size()) {
        By = kindDisplayName(T.Type) + " at " + T.Location;
        break;
      }
    }
    auto Bytes = [](const uint8_t *B, size_t N) {
      std::string T;
      for (size_t K = 0; K < N; ++K) {
        if (K)
          T += ' ';
        T += utohexstr(B[K], true, 2);
      }
      return T;
    };
    fail(S, "its field was overwritten by " + By + ": the output holds " +
                Bytes(Data.data() + S.Offset, S.After.size()) +
                ", not the " + Bytes(S.After.data(), S.After.size()) +
                " this relocation wrote");
  }
}

void LinkerCore::chooseEntry() {
  std::string Name = Opts.EntrySymbol;
  std::string From = "given by -e";
  if (Name.empty() && R.Lay.Entry) {
    Name = *R.Lay.Entry;
    From = "named by ENTRY() in " + Opts.LayoutOpts.ScriptPath;
  }
  bool Explicit = !Name.empty();
  if (Name.empty())
    Name = "_start";
  // The name as typed; symbols are kept escaped (objectName).
  if (auto It = R.Globals.find(objectName(Name)); It != R.Globals.end()) {
    R.Entry = It->second.Address | (It->second.IsThumbFunction ? 1 : 0);
    R.EntryFound = true;
    return;
  }
  // As in GNU ld and ld.lld: an entry that names no symbol but reads as
  // a number is that address.
  uint64_t Address;
  if (Explicit && !StringRef(Name).getAsInteger(0, Address)) {
    if (Address > UINT32_MAX) {
      R.Errors.push_back("error: entry address " + Name + " " + From +
                         " does not fit in 32 bits");
      return;
    }
    R.Entry = uint32_t(Address);
    R.EntryFound = true;
    return;
  }
  if (Explicit) {
    R.Errors.push_back("error: entry symbol '" + Name + "' " + From +
                       " is not defined (a local label cannot be the "
                       "entry: make it .globl)");
    return;
  }
  for (const OutputSection &OS : R.Lay.Sections)
    if (OS.Flags & ELF::SHF_EXECINSTR) {
      R.Entry = uint32_t(OS.Addr);
      return;
    }
}

} // namespace

/// The static TLS block: the SHF_TLS output sections (.tdata, .tbss) in
/// address order; tp sits align_up(8, alignment) bytes before the block.
/// They are one template (gABI "Thread-Local Storage", PT_TLS): each
/// right after the one before, at its alignment, and the block at the
/// largest alignment; a layout that splits or misaligns it would make
/// every tp offset past the gap wrong, so it is an error (GNU ld cannot
/// map such sections to segments either).
static Error placeTls(LinkResult &R, StringRef Blame) {
  const OutputSection *Prev = nullptr;
  for (const OutputSection &OS : R.Lay.Sections) { // by address
    bool Tls = OS.Flags & ELF::SHF_TLS;
    if (Tls && !Prev)
      R.TlsBase = uint32_t(OS.Addr);
    if (Tls)
      R.TlsAlign = std::max(R.TlsAlign, OS.Align);
    if (Tls && Prev && Prev->Type == ELF::SHT_NOBITS &&
        OS.Type != ELF::SHT_NOBITS)
      return createStringError(
          inconvertibleErrorCode(),
          Blame + ": error: TLS data " + OS.Name + " at " + hex(OS.Addr) +
              " comes after TLS zero-fill " + Prev->Name + ": the block "
              "(PT_TLS) holds its initialised part first; place " +
              OS.Name + " before " + Prev->Name);
    if (Tls && Prev && OS.Addr != alignTo(Prev->Addr + Prev->Size, OS.Align))
      return createStringError(
          inconvertibleErrorCode(),
          Blame + ": error: TLS section " + OS.Name + " at " +
              hex(OS.Addr) + " does not follow " + Prev->Name + " (which "
              "ends at " + hex(Prev->Addr + Prev->Size) + "): the TLS "
              "sections are one block (PT_TLS), so tp offsets past a gap "
              "would be wrong; place them together");
    if (Tls)
      Prev = &OS;
  }
  R.HasTls = Prev != nullptr;
  if (!R.HasTls)
    return Error::success();
  if (R.TlsBase % R.TlsAlign)
    return createStringError(
        inconvertibleErrorCode(),
        Blame + ": error: the TLS block starts at " + hex(R.TlsBase) +
            ", which is not a multiple of " + std::to_string(R.TlsAlign) +
            ", the largest alignment of its sections (tp offsets would "
            "misalign its variables)");
  R.TP = R.TlsBase - uint32_t(alignTo(8, R.TlsAlign));
  return Error::success();
}

/// COMDAT groups (gABI "Section Groups", GRP_COMDAT): of the groups with
/// one signature, the first in input order is kept, as lld and GNU ld do;
/// the members of every later one are discarded. Their global symbols then
/// resolve to the kept copy; a reference to a local symbol or a section in
/// a discarded member is an error at the referring site.
static void discardDuplicateGroups(std::vector<InputObject> &Objects) {
  std::map<std::string, std::string> KeptIn; // signature -> file
  for (InputObject &Obj : Objects)
    for (const InputGroup &G : Obj.Groups) {
      if (!G.Comdat)
        continue;
      auto [It, New] = KeptIn.try_emplace(G.Signature, Obj.FileName);
      if (New)
        continue;
      for (unsigned M : G.Members)
        Obj.Sections[M].Discarded =
            InputSection::Discard{G.Signature, It->second};
    }
  // An exception index section outside the group goes with the code it
  // describes (lld and GNU ld drop it too).
  for (InputObject &Obj : Objects)
    for (InputSection &Sec : Obj.Sections)
      if (Sec.Type == ELF::SHT_ARM_EXIDX && !Sec.Discarded &&
          Sec.Link < Obj.Sections.size() && Obj.Sections[Sec.Link].Discarded)
        Sec.Discarded = Obj.Sections[Sec.Link].Discarded;
}

/// One link of Objects, with veneers for Requests.
static Expected<LinkResult>
linkOnce(std::vector<InputObject> Objects, const LinkOptions &Opts,
         const std::vector<VeneerRequest> &Requests,
         std::vector<VeneerRequest> &Pending, unsigned LastPass = 0) {
  LinkResult R;
  R.Arch = Opts.Arch;
  R.Target1Rel = Opts.Target1Rel;
  R.Base = Opts.Base;
  R.BaseAddress = Opts.BaseAddress;
  R.Target2 = Opts.Target2;
  R.FixV4bx = Opts.FixV4bx;
  R.BigEndian = !Objects.empty() && Objects.front().BigEndian;
  R.Be32 = R.BigEndian && Opts.Be32;
  R.ArchAttributes = Opts.ArchAttributes;
  LinkerCore Core(R, Opts);
  Core.LastPass = LastPass;
  planGot(Objects, Opts, R, Core.GotIndex);
  LayoutOptions LayoutOpts = Opts.LayoutOpts;
  planVeneers(Objects, Opts, Requests, R, Core.VeneerIndex, LayoutOpts);
  planExidxEntries(Objects, R, LayoutOpts);
  auto Lay = computeLayout(LayoutOpts, Objects);
  if (!Lay)
    return Lay.takeError();
  R.Lay = std::move(*Lay);
  R.Objects = std::move(Objects);

  if (Error E = placeTls(R, LayoutOpts.ScriptPath.empty()
                               ? StringRef(R.Objects.empty()
                                               ? ""
                                               : R.Objects[0].FileName)
                               : StringRef(LayoutOpts.ScriptPath)))
    return E;
  // A script can discard .got (or a veneer's section, named after its
  // caller's): GOT_ORG, GOT(S) and the veneer would have no address.
  if (R.GotObject && !R.sectionAddress(*R.GotObject, 1))
    return createStringError(
        inconvertibleErrorCode(),
        LayoutOpts.ScriptPath + ": error: the link needs a GOT (GOT_ORG or "
        "a GOT entry), but the script discards .got; place *(.got) in an "
        "output section");
  for (const VeneerInfo &V : R.Veneers)
    if (!R.sectionAddress(V.Object, V.SectionIndex))
      return createStringError(
          inconvertibleErrorCode(),
          LayoutOpts.ScriptPath + ": error: a veneer to '" + V.Symbol +
              "' goes in a section named " + V.Section +
              ", which the script discards");
  if (R.GotObject && R.Lay.Symbols.count("_GLOBAL_OFFSET_TABLE_"))
    return createStringError(
        inconvertibleErrorCode(),
        (LayoutOpts.ScriptPath.empty()
             ? std::string("--defsym=_GLOBAL_OFFSET_TABLE_")
             : LayoutOpts.ScriptPath + " (or --defsym)") +
            ": error: sets _GLOBAL_OFFSET_TABLE_, but relocheck synthesizes "
            "the GOT and defines it as GOT_ORG (as lld, it cannot be "
            "redefined)");
  if (R.GotObject && !R.GotSymbolFile.empty())
    return createStringError(
        inconvertibleErrorCode(),
        R.GotSymbolFile + ": error: defines _GLOBAL_OFFSET_TABLE_, but "
        "relocheck synthesizes the GOT and defines it as GOT_ORG (as lld, it "
        "cannot be redefined)");
  if (Error E = Core.resolveGlobals())
    return E;
  Core.fillGot();
  Core.fillVeneers();
  Core.fillExidxEntries();
  Core.applyAll();
  Core.checkOverwrites();
  Core.chooseEntry();
  Pending = std::move(Core.Pending);
  return R;
}

Expected<LinkResult> link(std::vector<InputObject> Objects,
                          const LinkOptions &Opts) {
  for (const InputObject &O : Objects)
    if (O.BigEndian != Objects.front().BigEndian)
      return createStringError(
          inconvertibleErrorCode(),
          O.FileName + ": error: is " +
              (O.BigEndian ? "big" : "little") + "-endian, but " +
              Objects.front().FileName + " is not; all inputs must agree");
  // Veneers move what follows them, so a branch that reached before may not
  // after: link again with every veneer asked for so far, until no branch
  // asks for a new one. Each pass only adds veneers, so this ends.
  discardDuplicateGroups(Objects);
  std::vector<VeneerRequest> Requests;
  std::set<std::string> Known;
  // Each pass adds the veneers the previous one asked for; a veneer can
  // push another branch out of reach, so a chain of them takes a pass
  // each (lld gives up after 30 passes too).
  constexpr unsigned MaxPasses = 30;
  for (unsigned Pass = 1;; ++Pass) {
    std::vector<VeneerRequest> Pending;
    auto R = linkOnce(Objects, Opts, Requests, Pending,
                      Pass == MaxPasses ? MaxPasses : 0);
    if (!R)
      return R.takeError();
    bool Added = false;
    for (VeneerRequest &Q : Pending)
      if (Known.insert(Q.Key).second) {
        Requests.push_back(std::move(Q));
        Added = true;
      }
    if (Added && Pass < MaxPasses)
      continue;
    // A veneer no site uses (asked for in an earlier pass whose layout
    // differed, or the end-of-section copy an island replaced) is dead
    // code in the image: link once more without it, and keep that link
    // if it asks for nothing new.
    std::set<std::string> Used;
    for (const Site &S : R->Sites)
      if (S.Veneer)
        Used.insert(R->Veneers[*S.Veneer].Key);
    std::vector<VeneerRequest> Kept;
    for (const VeneerRequest &Q : Requests)
      if (Used.count(Q.Key))
        Kept.push_back(Q);
    if (Kept.size() == Requests.size())
      return R;
    std::vector<VeneerRequest> Again;
    auto Pruned = linkOnce(Objects, Opts, Kept, Again);
    if (Pruned && Again.empty() &&
        Pruned->Errors.size() <= R->Errors.size())
      return Pruned;
    if (!Pruned)
      consumeError(Pruned.takeError());
    return R;
  }
}

} // namespace relocheck
