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

namespace {

std::string hex(uint64_t V) { return "0x" + utohexstr(V, /*Lower=*/true); }

class LinkerCore {
public:
  LinkerCore(LinkResult &R, const LinkOptions &Opts) : R(R), Opts(Opts) {}

  Error resolveGlobals();
  void applyAll();
  void chooseEntry();

private:
  LinkResult &R;
  const LinkOptions &Opts;
  std::map<std::string, std::string> DefinedIn; // name -> file, for errors

  void applySite(unsigned Obj, const InputSection &Sec, const InputReloc &Rel,
                 const std::vector<uint8_t> &Original);
  bool computeSymbol(Site &S, const InputSymbol &Sym);
  void fail(Site &S, const std::string &Message);
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

  const RelocKind *K = Cur.Kind;
  if (K->Code == 38 && Opts.Target1Rel) // TARGET1 as REL32
    K = lookupKind(3u);
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
  auto Lay = computeLayout(Opts.LayoutOpts, Objects);
  if (!Lay)
    return Lay.takeError();
  R.Lay = std::move(*Lay);
  R.Objects = std::move(Objects);

  LinkerCore Core(R, Opts);
  if (Error E = Core.resolveGlobals())
    return E;
  Core.applyAll();
  Core.chooseEntry();
  return R;
}

} // namespace relocheck
