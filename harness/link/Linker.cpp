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
#include "llvm/BinaryFormat/ELF.h"

#include <algorithm>
#include <cstring>

using namespace llvm;

namespace relocheck {

std::optional<uint64_t> LinkResult::sectionAddress(unsigned Object,
                                                   unsigned Section) const {
  if (Object >= Lay.InputAddr.size() ||
      Section >= Lay.InputAddr[Object].size())
    return std::nullopt;
  return Lay.InputAddr[Object][Section];
}

static std::optional<ResolvedSymbol>
resolveDefined(const LinkResult &R, unsigned Obj, const InputSymbol &Sym) {
  ResolvedSymbol Out;
  Out.IsFunction = Sym.Type == ELF::STT_FUNC;
  Out.IsThumbFunction = Sym.isThumbFunction();
  Out.Weak = Sym.Binding == ELF::STB_WEAK;
  Out.Defined = true;
  uint32_t Value = Out.IsFunction ? Sym.Value & ~1u : Sym.Value;
  if (Sym.isAbsolute()) {
    Out.Address = Value;
    return Out;
  }
  auto Base = R.sectionAddress(Obj, Sym.Shndx);
  if (!Base)
    return std::nullopt; // defined in a section that is not placed
  Out.Address = uint32_t(*Base + Value);
  return Out;
}

std::optional<ResolvedSymbol>
LinkResult::lookup(unsigned Object, const std::string &Name) const {
  if (Object < Objects.size())
    for (const InputSymbol &S : Objects[Object].Symbols)
      if (S.Name == Name && S.Binding == ELF::STB_LOCAL &&
          S.Type != ELF::STT_SECTION && !S.isUndefined() &&
          !S.isMappingSymbol())
        return resolveDefined(*this, Object, S);
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

namespace {

std::string hex(uint64_t V) { return "0x" + utohexstr(V, /*Lower=*/true); }

/// The GOT is keyed by symbol: a global by name, a local by its object and
/// index.
std::string gotKey(unsigned Obj, uint32_t SymIndex, const InputSymbol &S) {
  if (S.Binding != ELF::STB_LOCAL && !S.Name.empty())
    return S.Name;
  return std::to_string(Obj) + ":" + std::to_string(SymIndex);
}

/// Scans the relocations of allocatable sections for GOT users and, if any,
/// appends a synthetic object holding .got and _GLOBAL_OFFSET_TABLE_, so the
/// layout places the GOT like any other section.
void planGot(std::vector<InputObject> &Objects, const LinkOptions &Opts,
             LinkResult &R, std::map<std::string, unsigned> &Index) {
  bool NeedOrigin = false;
  bool GotSymbolDefined = false;
  for (unsigned O = 0; O < Objects.size(); ++O) {
    for (const InputSymbol &S : Objects[O].Symbols)
      GotSymbolDefined |=
          S.Name == "_GLOBAL_OFFSET_TABLE_" && !S.isUndefined();
    for (const InputSection &Sec : Objects[O].Sections) {
      if (!Sec.isAlloc())
        continue;
      for (const InputReloc &Rel : Sec.Relocs) {
        const RelocKind *K = lookupKind(Rel.Type);
        if (!K || K->State != Status::Supported)
          continue;
        Formula F = appliedKind(*K, Opts.Target1Rel, Opts.Target2).Form;
        NeedOrigin |= formulaUsesGotOrigin(F);
        if (!formulaUsesGotEntry(F))
          continue;
        const InputSymbol &Sym = Objects[O].Symbols[Rel.SymIndex];
        std::string Key = gotKey(O, Rel.SymIndex, Sym);
        if (Index.count(Key))
          continue;
        Index[Key] = unsigned(R.Got.size());
        R.Got.push_back({O, Rel.SymIndex, Sym.Name, 0});
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
  Got.Size = 4 * uint32_t(std::max<size_t>(R.Got.size(), 1));
  Got.Data.assign(Got.Size, 0);
  Got.Mapping.push_back({0, CodeState::Data});
  G.Symbols.resize(1);
  InputSymbol Map;
  Map.Name = "$d";
  Map.Shndx = 1;
  G.Symbols.push_back(Map);
  if (!GotSymbolDefined) {
    InputSymbol Origin;
    Origin.Name = "_GLOBAL_OFFSET_TABLE_";
    Origin.Type = ELF::STT_OBJECT;
    Origin.Binding = ELF::STB_GLOBAL;
    Origin.Shndx = 1;
    G.Symbols.push_back(Origin);
  }
  R.GotObject = unsigned(Objects.size());
  Objects.push_back(std::move(G));
}

class LinkerCore {
public:
  LinkerCore(LinkResult &R, const LinkOptions &Opts) : R(R), Opts(Opts) {}

  Error resolveGlobals();
  void fillGot();
  void applyAll();
  void chooseEntry();

  std::map<std::string, unsigned> GotIndex; // gotKey -> entry

private:
  LinkResult &R;
  const LinkOptions &Opts;
  std::map<std::string, std::string> DefinedIn; // name -> file, for errors

  void applySite(unsigned Obj, const InputSection &Sec, const InputReloc &Rel,
                 const std::vector<uint8_t> &Original);
  bool computeSymbol(Site &S, const InputSymbol &Sym);
  void fail(Site &S, const std::string &Message);
  bool resolveQuietly(Site &S, const InputSymbol &Sym);
};

Error LinkerCore::resolveGlobals() {
  for (const auto &[Name, Addr] : R.Lay.Symbols) {
    ResolvedSymbol Sym;
    Sym.Address = uint32_t(Addr);
    Sym.Defined = true;
    R.Globals[Name] = Sym;
    DefinedIn[Name] = "the layout";
  }
  for (unsigned O = 0; O < R.Objects.size(); ++O) {
    const InputObject &Obj = R.Objects[O];
    for (const InputSymbol &S : Obj.Symbols) {
      if (S.Binding == ELF::STB_LOCAL || S.isUndefined() || S.Name.empty())
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
        return createStringError(inconvertibleErrorCode(),
                                 Obj.FileName + ": error: duplicate symbol '" +
                                     S.Name + "' (also defined in " +
                                     DefinedIn[S.Name] + ")");
    }
  }
  return Error::success();
}

/// Places the GOT entries and writes S | T into each (0 for an undefined
/// weak symbol; an undefined one is reported at its sites).
void LinkerCore::fillGot() {
  if (!R.GotObject)
    return;
  R.GotOrigin = uint32_t(*R.sectionAddress(*R.GotObject, 1));
  std::vector<uint8_t> &Data = R.Objects[*R.GotObject].Sections[1].Data;
  for (unsigned I = 0; I < R.Got.size(); ++I) {
    LinkResult::GotEntry &E = R.Got[I];
    E.Address = R.GotOrigin + 4 * I;
    Site Probe;
    Probe.Object = E.Object;
    const InputSymbol &Sym = R.Objects[E.Object].Symbols[E.SymIndex];
    uint32_t Value = 0;
    if (resolveQuietly(Probe, Sym))
      Value = Probe.In.S | (Probe.In.T ? 1 : 0);
    write32le(Data.data() + 4 * I, Value);
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
bool LinkerCore::computeSymbol(Site &S, const InputSymbol &Sym) {
  if (&Sym == &R.Objects[S.Object].Symbols[0]) {
    S.In.S = 0; // symbol index 0: S = 0 (gABI "Relocation")
    return true;
  }
  if (Sym.Type == ELF::STT_SECTION) {
    auto Base = R.sectionAddress(S.Object, Sym.Shndx);
    if (!Base) {
      fail(S, "refers to a section that is not placed in the output");
      return false;
    }
    S.In.S = uint32_t(*Base + Sym.Value);
    return true;
  }
  std::optional<ResolvedSymbol> Res;
  if (Sym.Binding == ELF::STB_LOCAL && !Sym.isUndefined())
    Res = resolveDefined(R, S.Object, Sym);
  else if (auto It = R.Globals.find(Sym.Name); It != R.Globals.end())
    Res = It->second;
  if (!Res) {
    if (Sym.Binding == ELF::STB_WEAK && Sym.isUndefined()) {
      S.In.UndefinedWeak = true;
      return true;
    }
    fail(S, Sym.isUndefined() ? "undefined symbol"
                              : "symbol is in a section that is not placed");
    return false;
  }
  S.In.S = Res->Address;
  S.In.T = Res->IsThumbFunction;
  S.In.TargetIsFunction = Res->IsFunction;
  return true;
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
  S.SymbolName = Sym.Type == ELF::STT_SECTION
                     ? O.Sections[Sym.Shndx].Name
                     : Sym.Name;
  S.In.P = uint32_t(*R.sectionAddress(Obj, Sec.Index) + Rel.Offset);
  R.Sites.push_back(S);
  Site &Cur = R.Sites.back();

  if (!Cur.Kind) {
    fail(Cur, "unknown relocation type " + std::to_string(Rel.Type));
    return;
  }
  unsigned Size = fieldSize(*Cur.Kind);
  if (Sec.isNoBits() || uint64_t(Rel.Offset) + Size > Sec.Data.size()) {
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
  if (Cur.In.P % InsnAlign) {
    fail(Cur, "the place " + hex(Cur.In.P) + " is not " +
                  std::to_string(InsnAlign) + "-byte aligned, as " +
                  (InsnAlign == 4 ? "an ARM" : "a Thumb") +
                  " instruction must be");
    return;
  }
  uint8_t *Loc = O.Sections[Sec.Index].Data.data() + Rel.Offset;
  const uint8_t *Field = Original.data() + Rel.Offset;
  Cur.Before.assign(Field, Field + Size);
  if (!kindExistsOnArch(*Cur.Kind, Opts.Arch)) {
    fail(Cur, notOnArchReason(*Cur.Kind, Opts.Arch));
    return;
  }
  if (auto P = checkPlace(*Cur.Kind, Field)) {
    fail(Cur, describeProblem(*P));
    return;
  }
  if (!computeSymbol(Cur, Sym))
    return;
  Cur.RelaAddend = Rel.RelaAddend.has_value();
  Cur.In.A =
      Rel.RelaAddend ? *Rel.RelaAddend : readRelAddend(*Cur.Kind, Field);

  const RelocKind *K = &appliedKind(*Cur.Kind, Opts.Target1Rel, Opts.Target2);
  Cur.In.GotOrigin = R.GotOrigin;
  if (formulaUsesGotEntry(K->Form))
    Cur.In.GotEntry =
        R.Got[GotIndex.at(gotKey(Obj, Rel.SymIndex, Sym))].Address;
  std::memcpy(Loc, Field, Size);
  if (auto P = applyRelocation(*K, Opts.Arch, Cur.In, Loc, Cur.Out)) {
    fail(Cur, describeProblem(*P));
    return;
  }
  Cur.After.assign(Loc, Loc + Size);
}

void LinkerCore::applyAll() {
  for (unsigned O = 0; O < R.Objects.size(); ++O)
    for (const InputSection &Sec : R.Objects[O].Sections) {
      if (Sec.Relocs.empty())
        continue;
      if (!R.sectionAddress(O, Sec.Index))
        continue; // non-alloc (debug info) or discarded
      std::vector<uint8_t> Original = Sec.Data;
      for (const InputReloc &Rel : Sec.Relocs)
        applySite(O, Sec, Rel, Original);
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
  if (auto It = R.Globals.find(Name); It != R.Globals.end()) {
    R.Entry = It->second.Address | (It->second.IsThumbFunction ? 1 : 0);
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

Expected<LinkResult> link(std::vector<InputObject> Objects,
                          const LinkOptions &Opts) {
  LinkResult R;
  R.Arch = Opts.Arch;
  R.Target1Rel = Opts.Target1Rel;
  R.Target2 = Opts.Target2;
  LinkerCore Core(R, Opts);
  planGot(Objects, Opts, R, Core.GotIndex);
  auto Lay = computeLayout(Opts.LayoutOpts, Objects);
  if (!Lay)
    return Lay.takeError();
  R.Lay = std::move(*Lay);
  R.Objects = std::move(Objects);

  if (Error E = Core.resolveGlobals())
    return E;
  Core.fillGot();
  Core.applyAll();
  Core.chooseEntry();
  return R;
}

} // namespace relocheck
