//===- Judge.cpp - One oracle's verdict on one relocation site ------------===//
#include "oracles/Judge.h"

#include "encode/ArmEncodings.h"
#include "link/Linker.h"
#include "object/InputObject.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/BinaryFormat/ELF.h"

#include <functional>

using namespace llvm;

namespace relocheck {

StringRef verdictClassName(VerdictClass C) {
  switch (C) {
  case VerdictClass::Same:
    return "same";
  case VerdictClass::Equivalent:
    return "equivalent";
  case VerdictClass::Wrong:
    return "wrong";
  case VerdictClass::NotJudged:
    return "not-judged";
  case VerdictClass::Refused:
    return "refused";
  case VerdictClass::Rejected:
    return "rejected";
  case VerdictClass::Unsupported:
    return "unsupported";
  case VerdictClass::NotPlaced:
    return "not-placed";
  case VerdictClass::NotLinked:
    return "not-linked";
  }
  return "not-linked";
}

Site asWrittenBy(const Checker &C, const Site &S,
                 const std::vector<uint8_t> &Bytes) {
  Site Theirs = S;
  Theirs.After = Bytes;
  // Back to the object's order: BE8 output holds code little-endian.
  if (S.BigEndian && !C.result().Be32)
    Theirs.After = C.be8Order(S, Bytes);
  Theirs.Veneer.reset();
  Theirs.Error.reset();
  Theirs.Misstored.clear(); // their field is judged, as relocheck's own
  return Theirs;
}

namespace {

/// A checker problem about S without its "FILE:(SITE): error: KIND
/// against 'SYM': " lead, which the diff line says already. The lead is
/// matched whole: the text after it may quote instructions ('bx r0': ...).
std::string problemWords(const Site &S, StringRef P) {
  std::string Lead = S.Location + ": error: " + kindDisplayName(S.Type);
  if (!P.consume_front(Lead))
    return P.str();
  if (!S.SymbolName.empty())
    P.consume_front(" against '" + S.SymbolName + "'");
  P.consume_front(": ");
  return P.str();
}

/// Reads the oracle's image for the checker's veneer following: nothing in
/// a BE8 image (its literal words are big-endian, its code little); in a
/// BE32 image, whose instructions and literals are big-endian, each unit
/// the checker asks for (a halfword, an ARM word or a literal word) is
/// turned around.
Checker::CodeReader codeReader(const Checker &C, const OracleImage &O) {
  bool Be8 = C.result().BigEndian && !C.result().Be32;
  bool Be32 = C.result().Be32;
  return [&O, Be8, Be32](uint32_t A, unsigned N) {
    if (Be8)
      return std::optional<std::vector<uint8_t>>();
    auto Bytes = O.read(A, N);
    if (Bytes && Be32)
      std::reverse(Bytes->begin(), Bytes->end());
    return Bytes;
  };
}

/// Where a data field points into a section a linker may merge (SHF_MERGE:
/// strings, .rodata.str1.1 and .debug_str, or constants, .rodata.cst4): a
/// linker keeps one copy of equal entries and may move them, so its word
/// may rightly differ from relocheck's, but the entry it points at must
/// be the same.
struct MergedEntry {
  std::string Section; // the input section's name
  bool Alloc = false;  // values are addresses; else offsets in Section
  bool Strings = false;
  unsigned EntSize = 1;
  std::optional<std::vector<uint8_t>> Ours; // nullopt: longer than a cap
  uint64_t Lo = 0, Hi = 0; // where relocheck placed such inputs (Alloc)
  std::string OutputName;  // relocheck's output section there (Alloc)
  /// A named symbol whose addend leaves its own entry: linkers put the
  /// symbol's merged copy and add the addend, which then lands anywhere.
  bool LeavesEntry = false;
};

/// A string entry longer than this is not compared.
constexpr size_t MaxEntry = 4096;

/// The entry at offset At of D: EntSize bytes, or a string of EntSize-byte
/// units up to (not including) its zero unit; nullopt when it does not
/// lie in D whole.
std::optional<std::vector<uint8_t>> entryAt(ArrayRef<uint8_t> D, int64_t At,
                                            bool Strings, unsigned EntSize) {
  if (At < 0 || uint64_t(At) >= D.size())
    return std::nullopt;
  D = D.drop_front(At);
  if (!Strings)
    return D.size() < EntSize
               ? std::nullopt
               : std::optional(std::vector<uint8_t>(D.begin(),
                                                    D.begin() + EntSize));
  for (size_t I = 0; I + EntSize <= D.size() && I <= MaxEntry;
       I += EntSize)
    if (llvm::all_of(D.slice(I, EntSize), [](uint8_t B) { return B == 0; }))
      return std::vector<uint8_t>(D.begin(), D.begin() + I);
  return std::nullopt;
}

/// The section S's symbol lies in when a linker may merge it (SHF_MERGE,
/// with contents), or null.
const InputSection *mergedSectionOf(const LinkResult &R, const Site &S) {
  const InputObject &Obj = R.Objects[S.Object];
  if (S.SymIndex >= Obj.Symbols.size())
    return nullptr;
  unsigned Shndx = Obj.Symbols[S.SymIndex].Shndx;
  if (Shndx == 0 || Shndx >= Obj.Sections.size())
    return nullptr;
  const InputSection &T = Obj.Sections[Shndx];
  return (T.Flags & ELF::SHF_MERGE) && !T.isNoBits() ? &T : nullptr;
}

std::optional<MergedEntry> mergedTarget(const LinkResult &R, const Site &S) {
  if (S.Error || !S.Kind || S.Kind->Class != KindClass::Data)
    return std::nullopt;
  Formula F = appliedKind(*S.Kind, R.Target1Rel, R.Target2).Form;
  if (F != Formula::Abs && F != Formula::AbsT)
    return std::nullopt;
  const InputSection *Merged = mergedSectionOf(R, S);
  if (!Merged)
    return std::nullopt;
  const InputObject &Obj = R.Objects[S.Object];
  const InputSymbol &Sym = Obj.Symbols[S.SymIndex];
  const InputSection &T = *Merged;
  MergedEntry M;
  M.Section = T.Name;
  M.Alloc = T.isAlloc();
  M.Strings = T.Flags & ELF::SHF_STRINGS;
  M.EntSize = std::clamp<uint32_t>(T.EntSize, 1, 64);
  const std::vector<OutputSection> &Outs =
      M.Alloc ? R.Lay.Sections : R.Lay.NonAlloc;
  bool Found = false;
  for (const OutputSection &OS : Outs)
    for (const InputSectionRef &In : OS.Inputs) {
      const InputSection &Sec = R.Objects[In.Object].Sections[In.Section];
      if (Sec.Name != T.Name || !(Sec.Flags & ELF::SHF_MERGE))
        continue;
      uint64_t End = In.Addr + Sec.Data.size();
      M.Lo = Found ? std::min(M.Lo, In.Addr) : In.Addr;
      M.Hi = Found ? std::max(M.Hi, End) : End;
      Found = true;
      if (S.Out.X >= In.Addr && S.Out.X < End) {
        M.Ours = entryAt(Sec.Data, int64_t(S.Out.X - In.Addr), M.Strings,
                         M.EntSize);
        M.OutputName = OS.Name;
      }
    }
  if (Sym.Type != ELF::STT_SECTION) {
    // The symbol's own entry: EntSize bytes, or its string with the
    // terminating zero unit; S + A must stay inside it.
    auto Base = R.symbolBase(S.Object, Sym.Shndx);
    auto Own = entryAt(T.Data, Sym.Value, M.Strings, M.EntSize);
    int64_t At = Base ? int64_t(S.Out.X) - int64_t(*Base) : -1;
    int64_t From = Sym.Value;
    int64_t To = From + int64_t(Own ? Own->size() : 0) +
                 (M.Strings ? M.EntSize : 0);
    M.LeavesEntry = !Own || At < From || At >= To;
  } else {
    // A section symbol names the entry holding S + A, which must then be
    // in that section: an addend past either end lands elsewhere.
    auto Base = R.symbolBase(S.Object, Sym.Shndx);
    M.LeavesEntry = !Base || S.Out.X < *Base ||
                    S.Out.X >= *Base + T.Data.size();
  }
  if (M.OutputName.empty() && !M.LeavesEntry)
    return std::nullopt; // the value is in no such input: judged as usual
  return M;
}

/// A field's bytes as a number, in the object's byte order.
uint32_t fieldValue(const std::vector<uint8_t> &B, bool BigEndian) {
  uint32_t V = 0;
  for (size_t I = 0; I < B.size() && I < 4; ++I)
    V |= uint32_t(B[BigEndian ? B.size() - 1 - I : I]) << (8 * I);
  return V;
}

/// Whether two group loads differ only in U with a zero offset: [Rn, #0]
/// and [Rn, #-0] address the same byte. AAELF32 takes U from X's sign,
/// so relocheck writes U = 0 when a negative X leaves no residual; an
/// oracle writing U = 1 there means the same (as ADD #0 for SUB #0).
bool onlyZeroOffsetSign(Field Place, uint32_t Theirs, uint32_t Ours) {
  uint32_t Offset = Place == Field::ArmLdrGroup    ? 0xFFF
                    : Place == Field::ArmLdrsGroup ? 0xF0F
                    : Place == Field::ArmLdcGroup  ? 0xFF
                                                   : 0;
  return Offset && (Theirs ^ Ours) == 1u << 23 && !(Ours & Offset);
}

/// A string for a verdict: escaped, and cut after 60 characters (with its
/// length said), so a long one does not fill the line.
std::string quoted(const std::string &Str) {
  std::string Out(1, '"');
  Out += printableName(StringRef(Str).take_front(60));
  Out += '"';
  if (Str.size() > 60)
    Out += "... (" + std::to_string(Str.size()) + " bytes)";
  return Out;
}

OracleVerdict verdict(VerdictClass Class, std::string Text) {
  OracleVerdict V;
  V.Class = Class;
  V.Text = std::move(Text);
  return V;
}

/// The bytes the oracle wrote at S's field, read from the output section
/// relocheck put the site in: where the oracle let two sections overlap,
/// that is the one to read.
std::optional<std::vector<uint8_t>>
siteBytes(const Checker &C, const Site &S, const OracleImage &O) {
  if (S.NonAlloc)
    return O.readNonAlloc(
        C.result().Objects[S.Object].Sections[S.Section].Name, S.In.P,
        unsigned(S.Before.size()));
  std::string OutName;
  for (const OutputSection &OS : C.result().Lay.Sections)
    if (S.In.P >= OS.Addr && S.In.P < OS.Addr + OS.Size)
      OutName = OS.Name;
  return O.read(S.In.P, unsigned(S.Before.size()), OutName);
}

/// What is wrong with how Theirs (a branch as the oracle wrote it) enters
/// the oracle's own veneer at Dest, said after "enters": its own veneer
/// must be entered where one starts (a symbol or mapping symbol of its
/// output; JITLink's stubs are blocks of their own), in the state its
/// mapping symbols give. Nothing when it is entered right, or when the
/// oracle has nothing to say it by.
std::optional<std::string> veneerEntryWrong(const Checker &C,
                                            const OracleImage &O,
                                            const Site &Theirs,
                                            uint32_t Dest) {
  std::string Veneer = "its own veneer at 0x" + utohexstr(Dest, true);
  std::string Mid = ", where no symbol or mapping symbol starts (mid-veneer: "
                    "an addend applied to the branch?)";
  if (!O.Elf) {
    bool Starts = llvm::any_of(
        O.Blocks, [&](const auto &B) { return B.first == Dest; });
    if (O.Blocks.empty() || Starts)
      return std::nullopt;
    return Veneer + ", where none of its blocks starts (mid-stub: an "
                    "addend applied to the branch?)";
  }
  char State = O.mappingAt(Dest);
  bool EntersThumb = C.entersThumb(Theirs);
  if (State == 'd')
    return Veneer + ", which its mapping symbols say is data";
  if (!O.entryAt(Dest))
    return Veneer + Mid;
  if (State && (State == 't') != EntersThumb)
    return Veneer + " in " + (EntersThumb ? "Thumb" : "ARM") +
           " state, its mapping symbols say " +
           (State == 't' ? "Thumb" : "ARM");
  return std::nullopt;
}

/// The verdict before the check that the oracle's thunks did not move S.
/// The judge's memo for this image and link (Oracles.h): made once.
const OracleImage::JudgeMemo &memo(const Checker &C, const OracleImage &O);

/// The oracle's own address of the site's symbol, where the linker or
/// its TLS layout chooses it: a symbol no input defines
/// (_GLOBAL_OFFSET_TABLE_, _etext, __exidx_start), or a TLS variable
/// (TLS symbols are read as template + offset), when its output has it
/// at one address.
std::optional<uint32_t> ownAddress(const Checker &C, const Site &S,
                                   const OracleImage &O, bool Tls) {
  if (S.SymbolName.empty() || S.SymbolName[0] == '$')
    return std::nullopt;
  if (!Tls && memo(C, O).InputDefined.count(S.SymbolName))
    return std::nullopt;
  return O.onlyAddressOf(S.SymbolName);
}

const OracleImage::JudgeMemo &memo(const Checker &C, const OracleImage &O) {
  const LinkResult &R = C.result();
  if (O.Memo.Of == &R)
    return O.Memo;
  O.Memo = {};
  O.Memo.Of = &R;
  for (unsigned I = 0; I < R.Objects.size(); ++I) {
    if (isSyntheticObject(R.Objects[I]) || (R.GotObject && I == *R.GotObject))
      continue;
    for (const InputSymbol &Sym : R.Objects[I].Symbols)
      if (!Sym.isUndefined() && !Sym.Name.empty())
        O.Memo.InputDefined.insert(Sym.Name);
  }
  // --defsym and a script's symbols are the oracle's too: it is given them.
  for (const auto &[Name, Value] : R.Lay.Symbols)
    O.Memo.InputDefined.insert(Name);
  O.Memo.Template = O.tlsSegment();
  return O.Memo;
}

/// Formulas read through the oracle's own GOT or TLS layout.
/// The TLS formulas judged in the oracle's own template (not TLS_GOTDESC).
bool isOwnTlsFormula(Formula F) {
  return F == Formula::TlsLe || F == Formula::TlsLdo || F == Formula::TlsIe ||
         F == Formula::TlsIeGp || F == Formula::TlsGd ||
         F == Formula::TlsLdm;
}
bool ownLayoutFormula(Formula F) {
  return F == Formula::GotPrel || F == Formula::GotBrel ||
         F == Formula::GotAbs || F == Formula::GotOffT ||
         F == Formula::GotOff || F == Formula::BasePrel || isOwnTlsFormula(F);
}
bool usesOrigin(Formula F) {
  return formulaUsesGotOrigin(F) || F == Formula::BasePrel;
}

/// X as the oracle wrote it in a GOT or TLS kind's field; nothing for a
/// field read here only little-endian (THM_GOT_BREL12 in a big-endian
/// image) or of another shape.
std::optional<uint32_t> ownLayoutValue(const Checker &C, const Site &S,
                                       const std::vector<uint8_t> &Bytes) {
  const LinkResult &R = C.result();
  switch (S.Kind->Place) {
  case Field::Word32:
    return fieldValue(Bytes, R.BigEndian);
  case Field::ArmLdrImm12: // an ARM word: little-endian but in BE32
    return uint32_t(decodeArmLdrImm12(fieldValue(Bytes, R.Be32)));
  case Field::ThumbLdrImm12:
    if (R.BigEndian || Bytes.size() != 4)
      return std::nullopt;
    return decodeThumbLdrImm12(
        {read16le(Bytes.data()), read16le(Bytes.data() + 2)});
  default:
    return std::nullopt;
  }
}

/// S as the oracle wrote it (Bytes, holding X) in its own layout: GOT_ORG
/// Origin, its TLS template, and the GOT entry its field names (the
/// formula turned around). The checker's problems with it, and in Own the
/// layout it was read through ("its own GOT entry at 0x30024, ...").
std::vector<std::string>
checkInOwnLayout(const Checker &C, const Site &S, const OracleImage &O,
                 const std::vector<uint8_t> &Bytes, Formula F, uint32_t X,
                 const std::pair<uint32_t, std::string> &Origin,
                 std::string &Own) {
  const LinkResult &R = C.result();
  Site Theirs = asWrittenBy(C, S, Bytes);
  RelocInputs &In = Theirs.In;
  uint32_t A = uint32_t(In.A);
  In.GotOrigin = Origin.first;
  // Its TLS template (PT_TLS) and tp, as relocheck's placeTls reckons
  // them: tp is align_up(8, alignment) below the template (the ARM TLS
  // ABI: a 2-word TCB at tp).
  std::optional<OracleImage::TlsSegment> Template;
  bool Tls = isOwnTlsFormula(F);
  if (auto Own = ownAddress(C, S, O, Tls))
    In.S = *Own;
  if (Tls) {
    Template = memo(C, O).Template;
    In.TlsBase = Template->Addr;
    In.TP = Template->Addr - uint32_t(alignTo(8, Template->Align));
  }
  if (F == Formula::GotPrel || F == Formula::TlsIe || F == Formula::TlsGd ||
      F == Formula::TlsLdm)
    In.GotEntry = X - A + In.P;
  else if (F == Formula::GotBrel || F == Formula::TlsIeGp)
    In.GotEntry = X - A + In.GotOrigin;
  else if (F == Formula::GotAbs)
    In.GotEntry = X - A;
  Checker::WordReader Words = [&O, &R](uint32_t At) {
    auto W = O.read(At, 4);
    return W ? std::optional<uint32_t>(fieldValue(*W, R.BigEndian))
             : std::nullopt;
  };
  std::vector<std::string> Problems;
  // A GOT entry is a word of its GOT, not any word that holds the value.
  if (formulaUsesGotEntry(F) && O.Elf) {
    std::vector<std::string> Holders = O.sectionsAt(In.GotEntry);
    if (!Holders.empty() && !is_contained(Holders, ".got") &&
        !is_contained(Holders, ".got.plt"))
      Problems.push_back("its GOT entry would be at 0x" +
                         utohexstr(In.GotEntry, true) +
                         " (from its field), in its " + Holders.front() +
                         ", not in its .got");
  }
  // A TLS variable lies in the template (an LDM pair names none).
  if (Template && F != Formula::TlsLdm && !S.In.UndefinedWeak &&
      (In.S < Template->Addr || In.S - Template->Addr >= Template->Size))
    Problems.push_back(
        "'" + S.SymbolName + "' at 0x" + utohexstr(In.S, true) +
        " is not in its TLS template [0x" + utohexstr(Template->Addr, true) +
        ", 0x" + utohexstr(uint64_t(Template->Addr) + Template->Size, true) +
        ")");
  C.checkForeignGotSite(Theirs, Words, Problems);
  Own.clear();
  auto Add = [&](const std::string &What) {
    Own += (Own.empty() ? "" : ", ") + What;
  };
  if (formulaUsesGotEntry(F))
    Add("its own GOT entry at 0x" + utohexstr(In.GotEntry, true));
  if (usesOrigin(F))
    Add("GOT_ORG 0x" + utohexstr(In.GotOrigin, true) + " (" + Origin.second +
        ")");
  if (Template)
    Add("its TLS template at 0x" + utohexstr(In.TlsBase, true) + ", tp 0x" +
        utohexstr(In.TP, true));
  return Problems;
}

/// The oracle's GOT_ORG, chosen once per image: of its
/// _GLOBAL_OFFSET_TABLE_ and the start of its own .got, the one under which
/// every site reckoned from GOT_ORG (GOT_BREL, GOTOFF, BASE_PREL, ...)
/// comes out right, else the one most do (the symbol on a tie). GNU ld
/// reckons from its .got's start and puts the symbol at its .got.plt,
/// which the oracle script puts after .got; lld and mold from the symbol.
/// One per image, as code that takes GOT_ORG from BASE_PREL and adds a
/// GOT_BREL offset needs: a site may not pick its own. Nothing when the
/// oracle has neither.
std::optional<std::pair<uint32_t, std::string>>
imageGotOrigin(const Checker &C, const OracleImage &O) {
  const LinkResult &R = C.result();
  const OracleImage::JudgeMemo &M = memo(C, O);
  if (M.GotOriginChosen)
    return M.GotOrigin;
  std::vector<std::pair<uint32_t, std::string>> Candidates;
  if (auto Sym = O.onlyAddressOf("_GLOBAL_OFFSET_TABLE_"))
    Candidates.push_back({*Sym, "its _GLOBAL_OFFSET_TABLE_"});
  if (auto Got = O.sectionNamed(".got"); Got && Got->Alloc)
    if (Candidates.empty() || Candidates.front().first != Got->Addr)
      Candidates.push_back({Got->Addr, "the start of its .got"});
  std::vector<unsigned> Right(Candidates.size());
  for (const Site &S : R.Sites) {
    if (S.Error || !S.Kind || S.Before.empty())
      continue;
    Formula F = appliedKind(*S.Kind, R.Target1Rel, R.Target2).Form;
    if (!usesOrigin(F) || (isOwnTlsFormula(F) && !memo(C, O).Template))
      continue;
    auto Bytes = siteBytes(C, S, O);
    std::optional<uint32_t> X =
        Bytes ? ownLayoutValue(C, S, *Bytes) : std::nullopt;
    if (!X)
      continue;
    std::string Own;
    for (size_t I = 0; I < Candidates.size(); ++I)
      Right[I] += checkInOwnLayout(C, S, O, *Bytes, F, *X, Candidates[I],
                                   Own)
                      .empty();
  }
  size_t Best = 0;
  for (size_t I = 1; I < Candidates.size(); ++I)
    if (Right[I] > Right[Best])
      Best = I;
  O.Memo.GotOriginChosen = true;
  if (!Candidates.empty())
    O.Memo.GotOrigin = Candidates[Best];
  return O.Memo.GotOrigin;
}

/// A site through the GOT or the TLS layout, judged in the oracle's own
/// layout: its GOT_ORG (imageGotOrigin), its TLS template, the GOT entry
/// its field names; the checker judges the field and the words there (S |
/// T, a tp offset, a module pair). Nothing when that layout cannot be
/// read: a field it does not read, no GOT_ORG, no TLS template.
std::optional<OracleVerdict> judgeOwnLayout(const Checker &C, const Site &S,
                                            const OracleImage &O,
                                            const std::vector<uint8_t> &Bytes,
                                            Formula F,
                                            const std::string &Text,
                                            bool SameBytes) {
  if (!ownLayoutFormula(F) || (isOwnTlsFormula(F) && !memo(C, O).Template))
    return std::nullopt;
  std::optional<uint32_t> X = ownLayoutValue(C, S, Bytes);
  if (!X)
    return std::nullopt;
  std::pair<uint32_t, std::string> Origin{0, ""};
  if (usesOrigin(F)) {
    auto Chosen = imageGotOrigin(C, O);
    if (!Chosen)
      return std::nullopt;
    Origin = *Chosen;
  }
  std::string Own;
  std::vector<std::string> Problems =
      checkInOwnLayout(C, S, O, Bytes, F, *X, Origin, Own);
  if (!Problems.empty())
    return verdict(VerdictClass::Wrong,
                   Text + " WRONG: " +
                       (SameBytes ? "the same bytes, but through "
                                  : "through ") +
                       Own + ": " + problemWords(S, Problems.front()));
  return verdict(VerdictClass::Equivalent,
                 Text + " equivalent (through " + Own + ")");
}

OracleVerdict judgeBytes(const Checker &C, const Site &S,
                         const OracleImage &O) {
  if (!O.Linked)
    return verdict(VerdictClass::NotLinked, "-");
  const std::string &InName =
      C.result().Objects[S.Object].Sections[S.Section].Name;
  if (const std::string *Said =
          O.siteMessage(S.In.P, S.Type, S.NonAlloc ? InName : "")) {
    bool Unsupported = StringRef(*Said).starts_with("unsupported");
    bool Rejected = StringRef(*Said).starts_with("rejected");
    OracleVerdict V = verdict(Unsupported ? VerdictClass::Unsupported
                              : Rejected  ? VerdictClass::Rejected
                                          : VerdictClass::NotJudged,
                              *Said);
    if (Rejected && S.Error) {
      V.RelocheckRefusedToo = true;
      V.Text += " (as relocheck)";
    }
    return V;
  }
  if (S.Before.empty()) // relocheck placed no field to compare with
    return verdict(VerdictClass::NotJudged,
                   "linked it (relocheck placed no field here to compare)");
  auto Bytes = siteBytes(C, S, O);
  if (!Bytes && S.NonAlloc)
    return verdict(VerdictClass::NotPlaced,
                   "(no non-allocated section " + InName + " in its output)");
  if (!Bytes)
    return verdict(VerdictClass::NotPlaced,
                   "(site not in its output, or in sections it let "
                   "overlap)");
  std::string Text = bytesText(*Bytes);
  auto Wrong = [&](const std::string &Why) {
    return verdict(VerdictClass::Wrong, Text + " WRONG: " + Why);
  };
  auto NotJudged = [&](const std::string &Why) {
    return verdict(VerdictClass::NotJudged, Text + Why);
  };
  // A value the field cannot hold (out of range, misaligned) must be an
  // error (AAELF32 5.6.1); an oracle that writes bytes anyway is judged.
  bool Misaligned = S.Error && (S.Problem == ProblemKind::Misaligned ||
                                S.ValueOffStep);
  bool Unencodable =
      Misaligned || (S.Error && S.Problem == ProblemKind::OutOfRange);
  // A branch relocheck refused only for want of a veneer (--no-veneers,
  // which no oracle has, turned its own off: an interworking branch that
  // cannot change state itself) is judged by where the oracle's goes.
  bool VeneerRefusal = S.Error && S.Problem == ProblemKind::NeedsVeneer &&
                       veneerAllowed(*S.Kind);
  if (S.Error && !Unencodable && !VeneerRefusal)
    return verdict(VerdictClass::Refused,
                   Text + " (relocheck refused this site)");
  if (!S.Error && *Bytes == C.outputBytes(S)) {
    // The same field may name another word in the oracle's own GOT or
    // TLS layout: that word is judged.
    Formula F = appliedKind(*S.Kind, C.result().Target1Rel,
                            C.result().Target2).Form;
    if (auto V = judgeOwnLayout(C, S, O, *Bytes, F, Text, true))
      if (V->Class == VerdictClass::Wrong &&
          !(isOwnTlsFormula(F) && S.In.UndefinedWeak))
        return *V;
    if (!S.Veneer || !veneerAllowed(*S.Kind))
      return verdict(VerdictClass::Same, Text + " same");
    // The same branch bytes go to relocheck's veneer address, but what
    // the oracle put there is its own: a thunk that may lead elsewhere
    // (lld's dropped an addend, GNU ld's was another function's).
    // Follow it in the oracle's image.
    if (C.result().BigEndian && !C.result().Be32)
      return NotJudged(" same bytes, to its own code at relocheck's veneer "
                       "address (not judged: a BE8 image's literals are "
                       "big-endian)");
    Site Theirs = asWrittenBy(C, S, *Bytes);
    Checker::CodeReader Code = codeReader(C, O);
    std::function<bool(uint32_t)> Own = [](uint32_t) { return true; };
    std::vector<std::string> Problems;
    C.checkForeignSite(Theirs, Code, Problems, &Own);
    if (Problems.empty())
      return verdict(VerdictClass::Same,
                     Text + " same (its own veneer there leads to the "
                            "formula's destination)");
    // Entered where no veneer of its own starts, or in the wrong state:
    // wrong whatever the instructions there are.
    if (auto Dest = C.branchDestination(Theirs))
      if (auto Entry = veneerEntryWrong(C, O, Theirs, *Dest))
        return Wrong("the same bytes, but they enter " + *Entry);
    StringRef P = Problems.front();
    size_t Unjudged = P.find("not judged: ");
    if (Unjudged != StringRef::npos)
      return NotJudged(" same bytes, to its own code at relocheck's veneer "
                       "address (" + P.drop_front(Unjudged).str() + ")");
    return Wrong("the same bytes, which lead to its own code at "
                 "relocheck's veneer address: " + problemWords(S, P));
  }
  // ARM instructions are little-endian but in a BE32 image.
  bool InsnBig = C.result().BigEndian && C.result().Be32;
  if (!S.Error &&
      onlyZeroOffsetSign(S.Kind->Place, fieldValue(*Bytes, InsnBig),
                         fieldValue(C.outputBytes(S), InsnBig)))
    return verdict(VerdictClass::Equivalent,
                   Text + " equivalent (U = 1 on a zero offset: the "
                          "address is the same)");
  // No ABI rule says what a word naming a dropped section holds: lld and
  // mold write the tombstone relocheck writes, GNU ld the address of the
  // kept COMDAT copy when it matches the dropped one.
  if (S.Tombstone)
    return NotJudged(" differs (its target's section is not in the "
                     "output; linkers write a tombstone or the kept copy's "
                     "address: not judged)");
  // An instruction that takes the address of a merged string or constant
  // (MOVW/MOVT, ADR, a literal load): a linker that merges moves the
  // entry, and the pair's halves cannot be judged alone (a word into a
  // merged section is judged by its entry, mergedTarget).
  // What lies beyond the field is judged all the same.
  const InputSection *Merged = mergedSectionOf(C.result(), S);
  if (S.Kind->Class != KindClass::Data && !S.Error && Merged &&
      Merged->isAlloc()) {
    std::string Beyond = C.changedBeyondField(asWrittenBy(C, S, *Bytes));
    if (!Beyond.empty())
      return Wrong(Beyond);
    return NotJudged(" differs (its target is in a merged section "
                     "(SHF_MERGE), whose entries a linker that merges "
                     "places itself; its field not judged)");
  }
  if (auto M = mergedTarget(C.result(), S)) {
    uint64_t Theirs = fieldValue(*Bytes, S.BigEndian);
    std::string Where = (M->Alloc ? "0x" : M->Section + "+0x") +
                        utohexstr(Theirs, true);
    if (M->LeavesEntry)
      return NotJudged(" differs (the addend leaves the symbol's merged " +
                       std::string(M->Strings ? "string" : "constant") +
                       ", so linkers that merge land elsewhere; not "
                       "judged)");
    if (!M->Ours)
      return NotJudged(" differs (a merged entry longer than " +
                       std::to_string(MaxEntry) + " bytes; not judged)");
    // lld, GNU ld and JITLink get relocheck's layout by script: their
    // merged copy lies where relocheck placed the section's inputs. mold
    // places merged sections itself.
    if (M->Alloc && (Theirs < M->Lo || Theirs >= M->Hi)) {
      if (O.Name == "mold")
        return NotJudged(" differs (" + Where + " lies outside where "
                         "relocheck placed " + M->Section + ", and mold "
                         "places merged sections itself; not judged)");
      return Wrong(Where + " lies outside where its script placed " +
                   M->Section);
    }
    // Their section holding the value (by name where it has no address).
    auto View = O.section(M->Alloc ? std::optional<uint32_t>(Theirs)
                                   : std::nullopt,
                          M->Alloc ? M->OutputName : M->Section);
    uint64_t Base = View && M->Alloc ? View->Addr : 0;
    auto Entry = View ? entryAt(View->Bytes, int64_t(Theirs - Base),
                                M->Strings, M->EntSize)
                      : std::nullopt;
    // Where their section is merged throughout, an entry starts at a
    // multiple of the entry size; where it mixes merged and plain input,
    // an equal entry may be a plain copy.
    bool Merged = View && (View->Flags & ELF::SHF_MERGE);
    if (Entry && Merged && M->EntSize > 1 &&
        (Theirs - Base) % M->EntSize != 0)
      return Wrong(Where + " is not on an entry boundary of its " +
                   M->Section + " (entries of " +
                   std::to_string(M->EntSize) + " bytes)");
    if (Entry && *Entry == *M->Ours && !Merged)
      return NotJudged(" differs (" + Where + " holds the same " +
                       (M->Strings ? "string" : "constant") +
                       ", but its output section there mixes merged and "
                       "plain input, so it may be a plain copy; not "
                       "judged)");
    auto Show = [&](const std::vector<uint8_t> &E) {
      if (M->Strings && M->EntSize == 1)
        return quoted(std::string(E.begin(), E.end()));
      return "bytes " + bytesText(E);
    };
    std::string What = M->Strings ? "string" : "constant";
    if (Entry && *Entry == *M->Ours)
      return verdict(VerdictClass::Equivalent,
                     Text + " equivalent (" + Where + " holds the same " +
                         What + " " + Show(*Entry) + ": its own merging of " +
                         M->Section + ")");
    std::string At;
    if (Entry && M->Strings) { // where two long strings part
      size_t I = 0;
      while (I < Entry->size() && I < M->Ours->size() &&
             (*Entry)[I] == (*M->Ours)[I])
        ++I;
      At = " (they differ from byte " + std::to_string(I) + ")";
    }
    return Wrong(Where + " holds " +
                 (Entry ? Show(*Entry) : "no whole " + What) +
                 ", the formula's target holds " + Show(*M->Ours) + At);
  }
  if (S.Kind->Place == Field::ArmBx && C.result().FixV4bx &&
      O.Name != "gnu-ld")
    return NotJudged(" differs (" + O.Name +
                     " has no --fix-v4bx; not judged)");
  // The oracle's own GOT, TLS layout and veneers put things elsewhere: its
  // bytes differ without being judged against relocheck's addresses.
  Formula F = appliedKind(*S.Kind, C.result().Target1Rel,
                          C.result().Target2).Form;
  bool TlsKind = isOwnTlsFormula(F);
  if (!S.Error)
    if (auto V = judgeOwnLayout(C, S, O, *Bytes, F, Text, false)) {
      // Offsets that make &sym 0 are judged right; others are no ABI
      // departure (lld's make &sym tp).
      if (TlsKind && S.In.UndefinedWeak && V->Class == VerdictClass::Wrong)
        return NotJudged(" differs (an undefined weak TLS symbol, whose "
                         "offsets no ABI rule gives: relocheck and GNU ld "
                         "make &sym 0, lld tp; not judged)");
      return *V;
    }
  if (formulaUsesGotEntry(F) || formulaUsesGotOrigin(F) ||
      F == Formula::TlsLe || F == Formula::TlsLdo || F == Formula::TlsDesc)
    return NotJudged(" differs (its own GOT/TLS layout; not judged)");
  Site Theirs = asWrittenBy(C, S, *Bytes);
  // A symbol the linker places (_GLOBAL_OFFSET_TABLE_, _etext) is where
  // this one put it.
  std::string OwnNote;
  if (auto Own = ownAddress(C, S, O, false); Own && *Own != S.In.S) {
    Theirs.In.S = *Own;
    OwnNote = " (its own '" + S.SymbolName + "' at 0x" +
              utohexstr(*Own, true) + ")";
  }
  std::vector<std::string> Problems;
  // Where the ABI allows a veneer, the oracle's own is read from its image
  // and followed (not in a BE8 image, whose literal words are big-endian).
  bool Be8 = C.result().BigEndian && !C.result().Be32;
  Checker::CodeReader Code = codeReader(C, O);
  // A relaxed TLS descriptor call or marker is judged as another linker's
  // (it may relax any symbol of a static executable to local-exec).
  bool TlsDescCode = isTlsDescCode(S.Kind->Place);
  // Its own code: off relocheck's layout, or where its output has a
  // symbol no input defines (lld's and GNU ld's thunks between input
  // sections).
  std::function<bool(uint32_t)> Own = [&](uint32_t A) {
    return !C.placed(A) || O.madeSymbolAt(A, C.result());
  };
  if (veneerAllowed(*S.Kind) || TlsDescCode)
    C.checkForeignSite(Theirs, Code, Problems, &Own);
  else
    C.checkSite(Theirs, Problems);
  auto Dest = C.branchDestination(Theirs);
  bool OwnVeneer = Dest && veneerAllowed(*S.Kind) && O.read(*Dest, 2) &&
                   (!C.placed(*Dest) || O.madeSymbolAt(*Dest, C.result()));
  std::string At = OwnVeneer ? "0x" + utohexstr(*Dest, true) : "";
  if (OwnVeneer && Be8 && !Problems.empty())
    return NotJudged(" via its own veneer at " + At +
                     " (not judged: a BE8 image's literals are big-endian)");
  if (Problems.empty() && OwnVeneer)
    return verdict(VerdictClass::Equivalent,
                   Text + " via its own veneer at " + At +
                       " to the formula's destination");
  // A misaligned value cannot be written at all: any bytes drop its low
  // bits, even where they decode to the rounded destination.
  if (Problems.empty() && !Misaligned && (Unencodable || VeneerRefusal))
    return verdict(VerdictClass::Refused,
                   Text + " (relocheck refused this site, but these bytes "
                          "mean the formula's value)");
  if (Problems.empty() && !Misaligned)
    return verdict(VerdictClass::Equivalent, Text + " equivalent" + OwnNote);
  // A call to an undefined weak symbol may become a NOP (AAELF32 5.6.3; GNU
  // ld does that, lld and relocheck branch to the next instruction).
  // Only a branch kind's place is an instruction that can become one; a
  // data word, load or ADR against an undefined weak symbol takes S = 0
  // and is judged by the formula (lld departs there: it uses P, or P + 4
  // for PREL31, to keep the value in range).
  Field Place = S.Kind->Place;
  bool Branch = Place == Field::ArmBranch24 ||
                Place == Field::ThumbBranch24 || Place == Field::ThumbB11 ||
                Place == Field::ThumbBcond8 || Place == Field::ThumbCbz ||
                Place == Field::ThumbBcondW;
  if (S.In.UndefinedWeak && Branch && C.isNop(Theirs))
    return verdict(VerdictClass::Equivalent,
                   Text + " equivalent (a NOP for an undefined weak target)");
  // A jump (no link) to an undefined weak symbol: AAELF32 5.6.3 makes only
  // calls a NOP (or a branch to the next instruction) and leaves a jump's
  // result to the implementation.
  if (S.In.UndefinedWeak && Branch && !C.isCall(S))
    return NotJudged(" differs (a jump to an undefined weak symbol, which "
                     "AAELF32 leaves implementation-defined; not judged)");
  if (OwnVeneer)
    if (auto Entry = veneerEntryWrong(C, O, Theirs, *Dest))
      return Wrong("enters " + *Entry);
  // Through its own veneer a call must stay a call: a B in place of a BL
  // loses the return address (the checker says so too, but lets a call
  // to an undefined weak symbol drop its link, as a branch to the next
  // instruction may; through a veneer it may not).
  if (OwnVeneer && C.isCall(S) && !C.isCall(Theirs))
    return Wrong("a call became a branch without link (to its own veneer "
                 "at " + At + ")");
  // Only where the ABI allows a veneer may a branch land off the layout;
  // one whose instructions relocheck cannot follow is not judged.
  size_t Unjudged = Problems.empty() ? std::string::npos
                                     : Problems.front().find("not judged: ");
  if (OwnVeneer && Unjudged != std::string::npos)
    return NotJudged(" via its own veneer at " + At + " (not judged: " +
                     Problems.front().substr(Unjudged + 12) + ")");
  // Through its own veneer, what the veneer does is the verdict, even
  // where relocheck refused the site (with --no-veneers, which no oracle
  // has, or where relocheck has no veneer).
  if (OwnVeneer && !Problems.empty())
    return Wrong(problemWords(S, Problems.front()));
  // Out of range where the ABI allows a veneer (relocheck refused it
  // only because --no-veneers, which no oracle has, turned its own off):
  // where the bytes go is the verdict, unless they hold the value with
  // its high bits lost (mold wraps the offset). Every 32-bit branch field
  // holds the low 21 bits of its offset at least (THM_JUMP19's).
  // (A refused site has no X: S + A plus the PC bias the REL addend
  // holds back is where the branch should go.)
  uint32_t Bias = S.Kind->Class != KindClass::Arm ? 4 : 8;
  uint32_t FormulaDest = uint32_t(S.In.S + S.In.A) + Bias;
  bool Wrapped = S.Problem == ProblemKind::OutOfRange && Dest &&
                 ((*Dest - FormulaDest) & 0x1ffffe) == 0;
  if (!Misaligned && !Problems.empty() && veneerAllowed(*S.Kind) &&
      !Wrapped)
    return Wrong(problemWords(S, Problems.front()));
  if (Unencodable || Problems.empty())
    return Wrong("written without a diagnostic, but " + S.ErrorDetail);
  return Wrong(problemWords(S, Problems.front()));
}

/// Where the oracle's image holds S's symbol, when that is another
/// address than relocheck's (its own thunks moved the target, or it
/// placed the target's section elsewhere): the site's bytes cannot be
/// compared. Returns {theirs, ours}.
static std::optional<std::pair<uint32_t, uint32_t>>
targetMoved(const Checker &C, const Site &S, const OracleImage &O) {
  if (S.SymbolName.empty())
    return std::nullopt;
  // A symbol the linker defines (_GLOBAL_OFFSET_TABLE_) is where that
  // linker puts it, which is no move of an input.
  if (!memo(C, O).InputDefined.count(S.SymbolName))
    return std::nullopt;
  // A TLS variable was judged where the oracle's image puts it.
  const LinkResult &R = C.result();
  if (S.Kind && isOwnTlsFormula(
                    appliedKind(*S.Kind, R.Target1Rel, R.Target2).Form))
    return std::nullopt;
  auto Ours = C.result().lookup(S.Object, S.SymbolName);
  if (!Ours)
    return std::nullopt;
  // Bit 0 is a Thumb bit on either side.
  std::optional<uint32_t> Theirs = O.onlyAddressOf(S.SymbolName);
  if (!Theirs || (*Theirs & ~1u) == (Ours->Address & ~1u))
    return std::nullopt;
  return std::make_pair(*Theirs, uint32_t(Ours->Address));
}

/// A symbol defined in the site's own input section that the oracle's
/// image holds (once) at another address: its thunks or its placement
/// moved the section itself (lld puts v6-M thunks before the first input
/// of .text). Name, their address, ours.
std::optional<std::tuple<std::string, uint32_t, uint32_t>>
siteSectionMoved(const Checker &C, const Site &S, const OracleImage &O,
                 bool &Stayed) {
  Stayed = false; // set when a symbol of it is where relocheck put it
  const LinkResult &R = C.result();
  if (S.Object >= R.Objects.size())
    return std::nullopt;
  // The section moves as a whole: the first symbol of it found in both
  // images says whether it moved (a few tried, each a scan of theirs).
  unsigned Tried = 0;
  for (const InputSymbol &Sym : R.Objects[S.Object].Symbols) {
    if (Sym.Shndx != S.Section || Sym.Name.empty() || Sym.Name[0] == '$')
      continue;
    auto Ours = R.lookup(S.Object, Sym.Name);
    if (!Ours)
      continue;
    if (++Tried > 4)
      break;
    std::optional<uint32_t> Theirs = O.onlyAddressOf(Sym.Name);
    if (!Theirs)
      continue;
    Stayed = (*Theirs & ~1u) == (Ours->Address & ~1u);
    if (Stayed)
      return std::nullopt;
    return std::make_tuple(Sym.Name, *Theirs, uint32_t(Ours->Address));
  }
  return std::nullopt;
}

/// Why an overlap of an oracle's sections is its fault.
const char *const OverlapWhy =
    " (its image holds two contents there: it grew a section past the "
    "address given to the next, without a diagnostic)";

} // namespace

OracleVerdict judgeOracleSite(const Checker &C, const Site &S,
                              const OracleImage &O) {
  OracleVerdict V = judgeBytes(C, S, O);
  // Two of its allocated sections hold the site's address: it grew one
  // past the address diff gave the next and said nothing (lld and GNU ld
  // refuse), so its image has two contents there, and which one is
  // loaded is up to the order of its segments. Whatever the bytes read
  // by the site's section name, that image is wrong.
  bool Wrote = V.Class == VerdictClass::Same ||
               V.Class == VerdictClass::Equivalent ||
               V.Class == VerdictClass::Wrong;
  if (Wrote && O.Elf && !S.NonAlloc)
    if (auto Bytes = siteBytes(C, S, O)) {
      std::string Both = O.overlapAt(S.In.P);
      if (!Both.empty())
        return verdict(VerdictClass::Wrong,
                       bytesText(*Bytes) + " WRONG: its " + Both +
                           " overlap at the site" + OverlapWhy);
    }
  if (V.Class != VerdictClass::Wrong || !O.Elf)
    return V;
  auto NotJudged = [&](const std::string &Why) {
    size_t At = V.Text.find(" WRONG: ");
    std::string Bytes = V.Text.substr(0, At);
    std::string Read = At == std::string::npos ? "" : V.Text.substr(At + 8);
    return verdict(VerdictClass::NotJudged, Bytes + " (not judged: " + Why +
                                                "; read here: " + Read + ")");
  };
  // A static base given by --static-base=ADDR is relocheck's alone: the
  // oracle took B(S) by its own rule, so a word through B(S) says nothing.
  const LinkResult &Res = C.result();
  bool UsesBase = S.Kind && (S.Kind->Form == Formula::SbRelT ||
                             S.Kind->Form == Formula::SbRel ||
                             S.Kind->Form == Formula::BaseAbs);
  if (UsesBase && Res.Base == StaticBase::Address)
    return NotJudged("relocheck's B(S) comes from --static-base=0x" +
                     utohexstr(Res.BaseAddress, true) +
                     ", which no other linker is given");
  // The site's own section may have moved as a whole (thunks before it):
  // a symbol of it says, one way or the other.
  bool Stayed = false;
  if (auto Moved = siteSectionMoved(C, S, O, Stayed))
    return NotJudged("'" + std::get<0>(*Moved) + "', in the site's own "
                     "section, is at 0x" +
                     utohexstr(std::get<1>(*Moved), true) +
                     " in its image, 0x" +
                     utohexstr(std::get<2>(*Moved), true) +
                     " here (its own thunks moved the section)");
  // Without such a symbol: its output section is another size, so its
  // thunks may have moved every input after the first.
  const LinkResult &R = C.result();
  for (const OutputSection &OS : R.Lay.Sections) {
    if (Stayed)
      break;
    if (S.In.P < OS.Addr || S.In.P >= OS.Addr + OS.Size)
      continue;
    uint64_t Synthetic = 0;
    std::optional<InputSectionRef> First;
    for (const InputSectionRef &In : OS.Inputs) {
      if (isSyntheticObject(R.Objects[In.Object]))
        Synthetic += R.Objects[In.Object].Sections[In.Section].Size;
      else if (!First)
        First = In;
    }
    bool InFirst = First && First->Object == S.Object &&
                   First->Section == S.Section;
    auto Theirs = O.sectionNamed(OS.Name);
    if (InFirst || !Theirs || Theirs->Size == OS.Size - Synthetic)
      break;
    return NotJudged("its own thunks moved the inputs of " + OS.Name +
                     " after the first");
  }
  // The site is where relocheck put it. Wherever its target went, an
  // instruction the architecture cannot run is wrong (mold's BLX to its
  // thunk on armv6-m, with its thunks moving the target). Checked only
  // once the site is known not to have moved: at relocheck's address a
  // moved site's bytes are another's (lld's thunk on armv4t). A word
  // (TARGET1/TARGET2 are data too) is no instruction.
  Field Place = S.Kind ? S.Kind->Place : Field::None;
  bool Word = Place == Field::Word32 || Place == Field::Data16 ||
              Place == Field::Data8 || Place == Field::Prel31;
  if (S.Kind && !Word && S.Kind->Class != KindClass::Data &&
      !S.Before.empty())
    if (auto Bytes = siteBytes(C, S, O)) {
      std::string Why = C.notOnArch(asWrittenBy(C, S, *Bytes));
      if (!Why.empty())
        return verdict(VerdictClass::Wrong,
                       bytesText(*Bytes) + " WRONG: " + Why);
    }
  if (auto Moved = targetMoved(C, S, O))
    return NotJudged("'" + S.SymbolName + "' is at 0x" +
                     utohexstr(Moved->first, true) + " in its image, 0x" +
                     utohexstr(Moved->second, true) +
                     " here (its own thunks or its section placement "
                     "moved it)");
  // Its branch goes where two of its sections overlap: as above.
  if (auto Bytes = S.Error ? std::nullopt : siteBytes(C, S, O))
    if (auto Dest = C.branchDestination(asWrittenBy(C, S, *Bytes))) {
      std::string Both = O.overlapAt(*Dest);
      if (!Both.empty())
        return verdict(VerdictClass::Wrong,
                       bytesText(*Bytes) + " WRONG: it branches to 0x" +
                           utohexstr(*Dest, true) + ", where its " + Both +
                           " overlap" + OverlapWhy);
    }
  return V;
}

} // namespace relocheck
