//===- Checker.cpp - Verdicts on every relocation site --------------------===//
//
// The expected meaning of a site is recomputed here from the ABI formulas
// (AAELF32 5.6.1) rather than taken from the linker core's result, and the
// patched bytes are read back through LLVM's disassembler rather than
// relocheck's decoders, so an encoder slip cannot hide behind itself.
//
//===----------------------------------------------------------------------===//
#include "check/Checker.h"
#include "check/Golden.h"

#include "encode/ArmEncodings.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/bit.h"
#include "llvm/BinaryFormat/ELF.h"

#include <cstdio>
#include <algorithm>
#include <set>
#include <tuple>
#include <cctype>
#include <cstring>
#include <functional>

using namespace llvm;

namespace relocheck {

std::string bytesText(const std::vector<uint8_t> &B) {
  std::string Out;
  for (uint8_t C : B) {
    if (!Out.empty())
      Out += ' ';
    char Buf[4];
    std::snprintf(Buf, sizeof(Buf), "%02x", C);
    Out += Buf;
  }
  return Out;
}

static bool isNopText(StringRef Text);

namespace {

std::string hex32(uint64_t V) {
  char Buf[16];
  std::snprintf(Buf, sizeof(Buf), "0x%08x", uint32_t(V));
  return Buf;
}


bool isBranchField(const RelocKind *K) {
  if (!K)
    return false;
  switch (K->Place) {
  case Field::ArmBranch24:
  case Field::ThumbBranch24:
  case Field::ThumbB11:
  case Field::ThumbBcond8:
  case Field::ThumbCbz:
  case Field::ThumbBcondW:
    return true;
  default:
    return false;
  }
}

/// AAELF32 "Armv8.1-M Mainline Branch Future relocations", written here
/// apart from the kinds table: the Result_Mask of X, the signed width of
/// the offset it leaves, and the instruction LLVM must decode.
struct BranchFutureField {
  uint32_t Mask;
  unsigned Bits;
  const char *Mnemonic;
  const char *Name;
};

std::optional<BranchFutureField> branchFutureField(uint32_t Code) {
  switch (Code) {
  case 136: // THM_BF16
    return BranchFutureField{0x1FFFE, 17, "t2BFi", "BF"};
  case 137: // THM_BF12
    return BranchFutureField{0x1FFE, 13, "t2BFic", "BFCSEL"};
  case 138: // THM_BF18
    return BranchFutureField{0x7FFFE, 19, "t2BFLi", "BFL"};
  default:
    return std::nullopt;
  }
}

/// Whether two decoded Branch Futures differ in nothing but the target
/// (operand 1): branch point, BFCSEL's else and condition, predicate.
bool sameButTarget(const DecodedInsn &Old, const DecodedInsn &New) {
  if (Old.Mnemonic != New.Mnemonic || Old.Imms.size() != New.Imms.size() ||
      New.Imms.size() < 2)
    return false;
  for (size_t I = 0; I < New.Imms.size(); ++I)
    if (I != 1 && Old.Imms[I] != New.Imms[I])
      return false;
  return Old.Regs == New.Regs;
}

/// Branches that may switch between BL and BLX (CALL, THM_CALL).
/// The REL addend the original field holds, by LLVM's decoding of it
/// rather than the encode module's readRelAddend (AAELF32 5.6.1.1): a
/// branch's offset from its PC (P + 8 ARM, P + 4 Thumb, Align(P, 4) + 4
/// for a Thumb BLX; an ARM BLX's H bit left out), a MOVW/MOVT's imm16
/// sign-extended. None for other
/// fields, whose addend conventions are not what the bytes decode to
/// (CBZ, Thumb LDR literal, the groups).
std::optional<int64_t> decodedRelAddend(const Site &S, const DecodedInsn &Old) {
  switch (S.Kind->Place) {
  case Field::ArmBranch24:
  case Field::ThumbBranch24:
  case Field::ThumbBcondW:
  case Field::ThumbB11:
  case Field::ThumbBcond8: {
    if (!Old.BranchTarget)
      return std::nullopt;
    bool Thumb = S.Kind->Class != KindClass::Arm;
    uint32_t Base = S.In.P + (Thumb ? 4 : 8);
    if (Thumb && Old.IsCall && !Old.TargetThumb)
      Base = (S.In.P & ~3u) + 4;
    uint32_t Offset = *Old.BranchTarget - Base;
    // An ARM BLX's H bit is no part of the addend (its offset's bit 1):
    // A = sign_extend(imm24:'00'), as for BL (reference 3.1, lld).
    if (!Thumb && Old.TargetThumb)
      Offset &= ~3u;
    return int64_t(int32_t(Offset));
  }
  case Field::ArmMovw:
  case Field::ArmMovt:
  case Field::ThumbMovw:
  case Field::ThumbMovt:
    if (!Old.Imm16)
      return std::nullopt;
    return int64_t(int16_t(*Old.Imm16));
  default:
    return std::nullopt;
  }
}

bool mayBecomeBlx(const RelocKind *K) {
  return K->Place == Field::ArmBranch24 || K->Place == Field::ThumbBranch24;
}

} // namespace

/// The ABI value X, computed independently of the linker core.
uint32_t abiValue(Formula F, const RelocInputs &In) {
  uint32_t S = In.S, A = uint32_t(In.A), P = In.P, T = In.T;
  switch (F) {
  case Formula::AbsT:
    return (S + A) | T;
  case Formula::Abs:
    return S + A;
  case Formula::RelT:
    return ((S + A) | T) - P;
  case Formula::Rel:
    return S + A - P;
  case Formula::RelTPa:
    return ((S + A) | T) - (P & ~3u);
  case Formula::RelPa:
    return S + A - (P & ~3u);
  case Formula::GotPrel:
    return In.GotEntry + A - P;
  case Formula::GotBrel:
    return In.GotEntry + A - In.GotOrigin;
  case Formula::GotOffT:
    return ((S + A) | T) - In.GotOrigin;
  case Formula::BasePrel:
    return In.GotOrigin + A - P;
  case Formula::SbRelT:
    return ((S + A) | T) - In.B;
  case Formula::SbRel:
    return S + A - In.B;
  case Formula::BaseAbs:
    return In.B + A;
  case Formula::TlsLe:
    return S + A - In.TP;
  case Formula::TlsLdo:
    return S + A - In.TlsBase;
  case Formula::TlsIe:
  case Formula::TlsGd:
  case Formula::TlsLdm:
    return In.GotEntry + A - P;
  case Formula::GotOff:
    return S + A - In.GotOrigin;
  case Formula::GotAbs:
    return In.GotEntry + A;
  case Formula::TlsIeGp:
    return In.GotEntry + A - In.GotOrigin;
  case Formula::TlsDesc:
    // docs/tls-descriptors.md: local-exec holds the tp offset; otherwise
    // GOT(S) relative to the PC of the call the sequence relaxes to (the
    // call is at P - A, PC 8 past it; for Thumb A = P - call + 1, PC 4).
    if (In.SymbolIsLocal)
      return S - In.TP;
    return (A & 1) ? In.GotEntry - ((P - (A - 1)) + 4)
                   : In.GotEntry - ((P - A) + 8);
  case Formula::Nothing:
    return 0;
  }
  return 0;
}

namespace {

/// A field's bytes in the little-endian order LLVM's decoder and the reads
/// below expect (a big-endian object keeps its own order).
/// Fields are at most 8 bytes: no allocation.
using FieldBytes = llvm::SmallVector<uint8_t, 8>;
FieldBytes coreBytes(const Site &S, const std::vector<uint8_t> &B) {
  FieldBytes Out(B.begin(), B.end());
  if (S.BigEndian && S.Kind)
    swapFieldOrder(Out.data(), unsigned(Out.size()), fieldUnit(*S.Kind));
  return Out;
}

/// LLVM's lower-case register name ("R3" -> "r3").
std::string lowerReg(StringRef Name) {
  std::string R = Name.str();
  for (char &C : R)
    C = char(std::tolower(static_cast<unsigned char>(C)));
  return R;
}

/// The cond field's mnemonic suffix (0 "eq" ... 13 "le").
std::string condName(unsigned Cond) {
  static const char *const Names[] = {"eq", "ne", "hs", "lo", "mi",
                                      "pl", "vs", "vc", "hi", "ls",
                                      "ge", "lt", "gt", "le"};
  return Cond < 14 ? Names[Cond] : "al";
}

/// Whether a relocation may turn LLVM opcode Old into New: the same one,
/// or a change the ABI makes part of the relocation. BL <-> BLX
/// (interworking, AAELF32 5.6.3); ADD <-> SUB (an ALU group relocation
/// writes X's sign, 5.6.1.4); ADR.W <-> ADDW/SUBW Rd, PC (THM_ALU_PREL_11_0
/// writes the sign, as LLVM names the forms). A load's U bit (the sign of
/// its offset) keeps LLVM's opcode.
bool sameInstruction(StringRef Old, StringRef New) {
  if (Old == New)
    return true;
  static const std::vector<std::vector<StringRef>> Classes = {
      {"BL", "BLXi"},
      {"tBL", "tBLXi"},
      {"ADDri", "SUBri"},
      {"t2ADR", "t2ADDri12", "t2SUBri12"},
  };
  for (const auto &C : Classes)
    if (is_contained(C, Old) && is_contained(C, New))
      return true;
  return false;
}

/// What a relocation changed beside its field, "" when nothing: it
/// rewrites an offset or immediate (and may turn BL into BLX, ADD into SUB,
/// flip an LDR's U bit), never the instruction itself (sameInstruction),
/// the condition it runs under or its registers. Old is the instruction
/// as the object held it. A call to an undefined weak symbol may become a
/// branch to the next instruction or a NOP (AAELF32, "Call and Jump
/// relocations": the call is a no-op), so with UndefinedWeak it may drop
/// the link.
std::string changedBesideField(const DecodedInsn &Old, const DecodedInsn &New,
                               bool UndefinedWeak) {
  if (!Old.Valid)
    return "";
  auto Runs = [](unsigned Cond) {
    return Cond == 14 ? std::string("unconditionally")
                      : "only if " + condName(Cond);
  };
  // A call to an undefined weak symbol does nothing: under any
  // condition, a NOP or a branch to the next instruction does nothing
  // too (where the branch goes is checked apart).
  bool WeakCall = UndefinedWeak && Old.BranchTarget && Old.IsCall;
  if (Old.Cond != New.Cond && !WeakCall)
    return "decoded '" + New.text() + "' runs " + Runs(New.Cond) +
           ", but the instruction it patched ('" + Old.text() + "') runs " +
           Runs(Old.Cond) + ": a relocation does not change the condition";
  if (!UndefinedWeak && Old.IsCall != New.IsCall)
    return "decoded '" + New.text() + "', but the instruction it patched ('" +
           Old.text() + "') " + (Old.IsCall ? "sets" : "does not set") +
           " lr: a relocation does not turn a call into a jump or back";
  // The instruction stays the one it was: a load stays that load (not
  // a store, nor one of another size), save for what the ABI lets a
  // linker change.
  // A branch to an undefined weak symbol may become a NOP, or a branch
  // to the next instruction (AAELF32 5.6.3), which the destination check
  // then judges (GNU ld writes a Thumb B in place of a BL).
  bool WeakBranch = UndefinedWeak && Old.BranchTarget;
  if (WeakBranch && isNopText(New.text()))
    return "";
  if (!sameInstruction(Old.Mnemonic, New.Mnemonic) &&
      !(WeakBranch && New.BranchTarget)) {
    return "decoded '" + New.text() + "' (" + New.Mnemonic.str() +
           "), but the instruction it patched was '" + Old.text() + "' (" +
           Old.Mnemonic.str() + "): a relocation writes its field, not "
           "another instruction";
  }
  // LLVM decodes ADR.W as t2ADR (Rd alone) but SUBW Rd, PC, #0, the
  // same field with U = 0, as t2SUBri12 (Rd, PC): PC is the base of both.
  auto RegsOf = [](const DecodedInsn &D) {
    llvm::SmallVector<StringRef, 4> Regs(D.Regs.begin(), D.Regs.end());
    if (D.Mnemonic == "t2ADR" && !Regs.empty())
      Regs.insert(Regs.begin() + 1, "PC");
    return Regs;
  };
  if (!WeakCall && RegsOf(Old) != RegsOf(New)) {
    auto List = [](const DecodedInsn &D) {
      std::string Text;
      for (StringRef R : D.Regs)
        Text += (Text.empty() ? "" : ", ") + lowerReg(R);
      return Text.empty() ? std::string("none") : Text;
    };
    return "decoded '" + New.text() + "' has registers " + List(New) +
           ", but the instruction it patched ('" + Old.text() + "') has " +
           List(Old) + ": a relocation does not change registers";
  }
  return "";
}

/// "R_ARM_CALL against 'f'", or just the kind when there is no symbol.
std::string siteKindAndSymbol(const Site &S) {
  std::string Text = kindDisplayName(S.Type);
  if (!S.SymbolName.empty())
    Text += " against '" + S.SymbolName + "'";
  return Text;
}

} // namespace

Checker::Checker(const LinkResult &R, const ArmDisassembler &Dis)
    : R(R), Dis(Dis) {}

std::vector<uint8_t> Checker::outputBytes(const Site &S) const {
  // BE8 turns code little-endian; data and BE32 keep object order.
  if (!S.BigEndian || R.Be32)
    return S.After;
  return be8Order(S, S.After);
}

std::vector<uint8_t> Checker::be8Order(const Site &S,
                                       const std::vector<uint8_t> &Bytes)
    const {
  std::vector<uint8_t> Out = Bytes;
  if (S.Object >= R.Objects.size() ||
      S.Section >= R.Objects[S.Object].Sections.size())
    return Out;
  const InputSection &Sec = R.Objects[S.Object].Sections[S.Section];
  uint64_t From = S.Offset, To = From + Bytes.size();
  // A byte of a unit that straddles the field's edge comes from the
  // section as relocheck wrote it.
  auto Source = [&](uint64_t At) -> uint8_t {
    return At >= From && At < To ? Bytes[At - From]
           : At < Sec.Data.size() ? Sec.Data[At]
                                  : 0;
  };
  Sec.forEachCodeUnit(From, To, [&](uint64_t At, unsigned Unit) {
    for (unsigned J = 0; J < Unit; ++J)
      if (At + J >= From && At + J < To)
        Out[At + J - From] = Source(At + Unit - 1 - J);
  });
  return Out;
}

const Checker::SpanIndex &Checker::spans() const {
  std::pair<const InputObject *, size_t> Of{R.Objects.data(),
                                            R.Objects.size()};
  if (SpansOf == Of)
    return Spans;
  Spans = SpanIndex{};
  for (unsigned O = 0; O < R.Objects.size(); ++O)
    for (const InputSection &Sec : R.Objects[O].Sections)
      if (auto Base = R.sectionAddress(O, Sec.Index)) {
        if (Sec.Size)
          Spans.ByBase.push_back(
              {uint32_t(*Base), uint64_t(*Base) + Sec.Size, O, &Sec});
        else if (!isSyntheticObject(R.Objects[O]))
          Spans.Empty.push_back(uint32_t(*Base));
      }
  // Stable: among equal bases, object order stays.
  std::stable_sort(Spans.ByBase.begin(), Spans.ByBase.end(),
                   [](const Span &A, const Span &B) {
                     return A.Base < B.Base;
                   });
  std::sort(Spans.Empty.begin(), Spans.Empty.end());
  for (size_t I = 1; I < Spans.ByBase.size(); ++I)
    Spans.Overlap |= Spans.ByBase[I].Base < Spans.ByBase[I - 1].End;
  SpansOf = Of;
  return Spans;
}

const Checker::Span *Checker::sectionAt(uint32_t Addr,
                                        bool SkipSynthetic) const {
  const SpanIndex &Ix = spans();
  auto Wanted = [&](const Span &Sp) {
    return Addr >= Sp.Base && Addr < Sp.End &&
           !(SkipSynthetic && isSyntheticObject(R.Objects[Sp.Object]));
  };
  if (Ix.Overlap) { // .tbss over the next section, say: object order
    const Span *First = nullptr;
    for (const Span &Sp : Ix.ByBase)
      if (Wanted(Sp) &&
          (!First || Sp.Object < First->Object ||
           (Sp.Object == First->Object && Sp.Sec < First->Sec)))
        First = &Sp;
    return First;
  }
  // Disjoint: only the last section starting at or below Addr can hold it.
  auto It = std::upper_bound(
      Ix.ByBase.begin(), Ix.ByBase.end(), Addr,
      [](uint32_t A, const Span &Sp) { return A < Sp.Base; });
  if (It == Ix.ByBase.begin() || !Wanted(*std::prev(It)))
    return nullptr;
  return &*std::prev(It);
}

bool Checker::placed(uint32_t Addr) const {
  // Synthetic objects (relocheck's own GOT and veneers) do not count; an
  // empty input section counts at its address.
  const SpanIndex &Ix = spans();
  return sectionAt(Addr, /*SkipSynthetic=*/true) ||
         std::binary_search(Ix.Empty.begin(), Ix.Empty.end(), Addr);
}

const std::map<std::tuple<unsigned, unsigned, uint32_t>,
               std::vector<std::string>> &
Checker::labelsAt() const {
  std::pair<const InputObject *, size_t> Of{R.Objects.data(),
                                            R.Objects.size()};
  if (LabelsAtOf != Of) {
    LabelsAt.clear();
    for (unsigned O = 0; O < R.Objects.size(); ++O)
      for (const InputSymbol &Sym : R.Objects[O].Symbols)
        if (!Sym.isMappingSymbol() && Sym.Type != ELF::STT_SECTION &&
            !Sym.Name.empty())
          LabelsAt[{O, Sym.Shndx,
                    Sym.isThumbFunction() ? Sym.Value & ~1u : Sym.Value}]
              .push_back(Sym.Name);
    LabelsAtOf = Of;
  }
  return LabelsAt;
}

std::vector<std::string> Checker::siteLabels(const Site &S) const {
  const auto &Labels = labelsAt();
  auto It = Labels.find({S.Object, S.Section, S.Offset});
  return It == Labels.end() ? std::vector<std::string>{} : It->second;
}

std::string Checker::siteName(const Site &S) const {
  std::vector<std::string> Names = siteLabels(S);
  if (!Names.empty())
    return Names.front();
  const InputObject &O = R.Objects[S.Object];
  return O.Sections[S.Section].Name + "+0x" + utohexstr(S.Offset, true);
}

DecodedInsn Checker::decodeSite(const Site &S) const {
  if (!S.Kind || S.After.empty())
    return {};
  bool IsArm = S.Kind->Class == KindClass::Arm || S.Kind->Place == Field::ArmBx;
  if (!IsArm && S.Kind->Class != KindClass::Thumb16 &&
      S.Kind->Class != KindClass::Thumb32)
    return {};
  bool Thumb = !IsArm;
  return Dis.decode(coreBytes(S, S.After), S.In.P, Thumb);
}

/// Whether LLVM's text of one instruction is a no-op: NOP (HINT #0, any
/// condition, .w or not), or MOV r0, r0 and (Thumb, unconditional) MOV r8,
/// r8, which stand for it before v6K/v6T2. Not the other hints.
static bool isNopText(StringRef Text) {
  static const char *const Conds[] = {"",   "eq", "ne", "cs", "hs", "cc",
                                      "lo", "mi", "pl", "vs", "vc", "hi",
                                      "ls", "ge", "lt", "gt", "le", "al"};
  StringRef Op = Text.take_until([](char C) { return C == ' '; });
  StringRef Operands = Text.drop_front(Op.size()).trim();
  auto WithCond = [&](StringRef Base) {
    if (!Op.starts_with(Base))
      return false;
    StringRef Rest = Op.drop_front(Base.size());
    Rest.consume_back(".w");
    return llvm::is_contained(Conds, Rest);
  };
  return (WithCond("nop") && Operands.empty()) ||
         (WithCond("hint") && Operands == "#0") ||
         (WithCond("mov") &&
          (Operands == "r0, r0" || (Operands == "r8, r8" && Op == "mov")));
}

bool Checker::isNop(const Site &S) const {
  if (!S.Kind || S.After.empty())
    return false;
  bool Thumb = S.Kind->Class != KindClass::Arm;
  FieldBytes Bytes = coreBytes(S, S.After);
  // Every instruction of the field must be one: a Thumb call's 4 bytes
  // may hold two 16-bit ones.
  for (unsigned Off = 0; Off < Bytes.size();) {
    llvm::ArrayRef<uint8_t> Rest(Bytes.data() + Off, Bytes.size() - Off);
    // ARM NOP (A1) is a "NOP-compatible hint" (Arm ARM A8.8.119): before
    // v6K the same word is an MSR that writes no field, so it does
    // nothing on every core, where LLVM may not decode it (v4T, v5TE).
    // Any condition but 0b1111: there the word is Advanced SIMD (0xf320f000
    // is VHADD.U32 d15, d0, d0), not a hint.
    uint32_t W = Rest.size() >= 4 ? read32le(Rest.data()) : 0;
    if (!Thumb && Rest.size() >= 4 && (W & 0x0FFFFFFF) == 0x0320F000 &&
        (W >> 28) != 0xF) {
      Off += 4;
      continue;
    }
    DecodedInsn D = Dis.decode(Rest, S.In.P + Off, Thumb);
    if (!D.Valid || D.Size == 0 || !isNopText(D.text()))
      return false;
    Off += D.Size;
  }
  return true;
}

std::string Checker::siteLine(const Site &S) const {
  std::string L = siteName(S) + " " + kindDisplayName(S.Type);
  if (!S.SymbolName.empty())
    L += " '" + S.SymbolName + "'";
  L += " P=" + hex32(S.In.P);
  if (S.Error && S.After.empty() && S.In.S == 0 && !S.In.UndefinedWeak)
    return L + " error: " + S.ErrorDetail;
  L += " S=" + hex32(S.In.S) + " A=" + std::to_string(S.In.A) +
       " T=" + std::to_string(S.In.T);
  if (S.Tombstone)
    L += " (tombstone: the target's section is not in the output)";
  if (S.Kind) {
    Formula F = appliedKind(*S.Kind, R.Target1Rel, R.Target2).Form;
    bool DescGot = F == Formula::TlsDesc && !S.In.SymbolIsLocal;
    if (formulaUsesGotEntry(F) || DescGot)
      L += " GOT(S)=" + hex32(S.In.GotEntry);
    if (F == Formula::TlsDesc && S.In.SymbolIsLocal)
      L += " tp=" + hex32(S.In.TP) + " (local-exec)";
    if (DescGot)
      L += " (initial-exec)";
    if (formulaUsesGotOrigin(F))
      L += " GOT_ORG=" + hex32(S.In.GotOrigin);
    if (F == Formula::SbRelT || F == Formula::SbRel || F == Formula::BaseAbs)
      L += " B=" + hex32(S.In.B);
    if (F == Formula::TlsLe || F == Formula::TlsIe || F == Formula::TlsIeGp)
      L += " tp=" + hex32(S.In.TP);
    if (F == Formula::TlsLdo || F == Formula::TlsGd)
      L += " TLS=" + hex32(S.In.TlsBase);
  }
  if (S.Error)
    return L + " error: " + S.ErrorDetail;
  L += " X=" + hex32(S.Out.X);
  if (S.Out.BecameNop)
    L += S.In.UndefinedWeak ? " (undefined weak: NOP.W)"
                            : " (out of reach: NOP.W)";
  if (S.Veneer) {
    const VeneerInfo &V = R.Veneers[*S.Veneer];
    L += " (X to the veneer) via " + std::string(veneerName(V.Kind)) +
         " veneer at " + hex32(V.Address) + " to " + hex32(V.Dest & ~1u) +
         (V.Dest & 1 ? " thumb" : " arm");
  }
  if (!S.After.empty())
    L += " : " + bytesText(outputBytes(S));
  DecodedInsn D = decodeSite(S);
  if (D.Valid) {
    L += " : " + D.text();
    if (D.BranchTarget)
      L += " => " + hex32(*D.BranchTarget) +
           (D.TargetThumb ? " thumb" : " arm");
    else if (D.PcRelAddress)
      L += " => " + hex32(*D.PcRelAddress);
  }
  return L;
}

std::string Checker::meaning(const Site &S) const {
  if (!S.Kind || S.After.empty())
    return "";
  FieldBytes B = coreBytes(S, S.After);
  switch (S.Kind->Place) {
  case Field::Word32:
    return "word " + hex32(read32le(B.data()));
  case Field::Prel31:
    return "prel31 offset " + formatValue(decodePrel31(read32le(B.data())));
  case Field::Data16:
    return "halfword " + hex32(read16le(B.data()));
  case Field::Data8:
    return "byte " + hex32(B[0]);
  default:
    break;
  }
  DecodedInsn D = decodeSite(S);
  if (!D.Valid)
    return "does not decode";
  if (D.BranchTarget)
    return D.text() + " => " + hex32(*D.BranchTarget) +
           (D.TargetThumb ? " thumb" : " arm");
  if (D.PcRelAddress)
    return D.text() + " => " + hex32(*D.PcRelAddress);
  return D.text();
}

std::vector<std::string> Checker::dumpLines() const {
  std::vector<std::string> Lines;
  for (const Site &S : R.Sites)
    Lines.push_back(siteLine(S));
  for (const VeneerInfo &V : R.Veneers) {
    const std::vector<uint8_t> &Data =
        R.Objects[V.Object].Sections[V.SectionIndex].Data;
    std::vector<uint8_t> Bytes(Data.begin() + V.Offset,
                               Data.begin() + V.Offset + veneerSize(V.Kind));
    if (R.BigEndian && !R.Be32) { // BE8: the code, not the literal, turns LE
      const InputSection &Sec = R.Objects[V.Object].Sections[V.SectionIndex];
      for (size_t I = 0; I < Sec.Mapping.size(); ++I) {
        auto [At, State] = Sec.Mapping[I];
        size_t End = I + 1 < Sec.Mapping.size() ? Sec.Mapping[I + 1].first
                                                : Data.size();
        if (State == CodeState::Data || At < V.Offset ||
            At >= V.Offset + Bytes.size())
          continue;
        End = std::min<size_t>(End, V.Offset + Bytes.size());
        swapFieldOrder(Bytes.data() + (At - V.Offset), unsigned(End - At),
                       State == CodeState::Thumb ? 2 : 4);
      }
    }
    Lines.push_back("veneer " + std::string(veneerName(V.Kind)) + " at " +
                    hex32(V.Address) + " for '" + V.Symbol + "' A=" +
                    std::to_string(V.Addend) + " to " + hex32(V.Dest & ~1u) +
                    (V.Dest & 1 ? " thumb" : " arm") + " : " +
                    bytesText(Bytes));
  }
  return Lines;
}

void Checker::checkDestinationState(const Site &S, const DecodedInsn &D,
                                    std::vector<std::string> &Out) const {
  uint32_t Dest = *D.BranchTarget;
  const Span *Sp = sectionAt(Dest, /*SkipSynthetic=*/false);
  if (!Sp)
    return;
  const InputSection &Sec = *Sp->Sec;
  CodeState State = Sec.stateAt(uint32_t(Dest - Sp->Base));
  if (State == CodeState::Unknown || State == CodeState::Data)
    return;
  bool IsThumb = State == CodeState::Thumb;
  if (IsThumb != D.TargetThumb)
    Out.push_back(S.Location + ": error: " + siteKindAndSymbol(S) +
                  ": branch enters " + (D.TargetThumb ? "Thumb" : "ARM") +
                  " state at " + hex32(Dest) +
                  ", but the mapping symbols of " + Sec.Name + " in " +
                  R.Objects[Sp->Object].FileName + " say " +
                  (IsThumb ? "Thumb" : "ARM") + " code there");
}

std::string Checker::notOnArch(const DecodedInsn &D,
                               ArrayRef<uint8_t> After) const {
  const ArchProfile &Arch = R.Arch;
  StringRef M = D.Mnemonic;
  if ((M == "BLXi" || M == "tBLXi") && !Arch.HasBlxImm)
    return "decoded '" + D.text() + "', a BLX (immediate), which " +
           std::string(Arch.Name) + " does not have (v5T and later)";
  if ((M == "tBL" || M == "tBLXi") && !Arch.HasThumbJ1J2 &&
      After.size() >= 4) {
    uint16_t Hw2 = readThumb32(After.data()).Hw2;
    if ((Hw2 & 0x2800) != 0x2800)
      return "decoded '" + D.text() + "', but its second halfword " +
             "0x" + hex32(Hw2).substr(6) + " has J1/J2 bits, which " +
             std::string(Arch.Name) + " does not have (bits 13 and 11 "
             "must be 1: a BL/BLX reaches +-4 MiB)";
  }
  return "";
}

std::string Checker::notOnArch(const Site &S) const {
  DecodedInsn D = decodeSite(S);
  if (!D.Valid) // LLVM decodes for the architecture's own triple
    return "the bytes " + bytesText(outputBytes(S)) +
           " do not decode as an instruction " + std::string(R.Arch.Name) +
           " has";
  return notOnArch(D, coreBytes(S, S.After));
}

std::string Checker::changedBeyondField(const Site &S,
                                       const DecodedInsn &Old,
                                       const DecodedInsn &New) const {
  std::string Changed = changedBesideField(Old, New, S.In.UndefinedWeak);
  if (!Changed.empty())
    return Changed;
  // Bit by bit, too: what LLVM keeps as immediates beside the field (an
  // LDC's coprocessor and CRd, a load's size) must not move either. A
  // call to an undefined weak symbol may become a NOP or another branch.
  bool WeakBranch = S.In.UndefinedWeak && Old.BranchTarget;
  FieldBytes Before = coreBytes(S, S.Before), After = coreBytes(S, S.After);
  if (WeakBranch || Before.size() != After.size() ||
      (Before.size() != 2 && Before.size() != 4))
    return "";
  bool Half = Before.size() == 2;
  uint32_t Was = Half ? read16le(Before.data()) : read32le(Before.data());
  uint32_t Now = Half ? read16le(After.data()) : read32le(After.data());
  uint32_t Moved = (Was ^ Now) & ~fieldWriteBits(S.Kind->Place, Was) &
                   (Half ? 0xFFFFu : 0xFFFFFFFFu);
  if (!Moved)
    return "";
  return "decoded '" + New.text() + "', but the instruction it patched was '" +
         Old.text() + "': bits outside " + kindDisplayName(S.Type) +
         "'s field changed (" + hex32(Moved) + " of " + hex32(Was) +
         " -> " + hex32(Now) + ")";
}

std::string Checker::changedBeyondField(const Site &S) const {
  if (!S.Kind || S.Before.empty() || S.After.empty() ||
      S.Kind->Place == Field::ArmBx || isTlsDescCode(S.Kind->Place) ||
      branchFutureField(S.Type))
    return "";
  DecodedInsn D = decodeSite(S);
  if (!D.Valid)
    return "";
  DecodedInsn Old = Dis.decode(coreBytes(S, S.Before), S.In.P,
                               S.Kind->Class != KindClass::Arm);
  return changedBeyondField(S, Old, D);
}

void Checker::checkSemantics(const Site &S,
                             std::vector<std::string> &Out) const {
  if (!S.Kind || S.Error || S.Kind->Place == Field::None)
    return;
  auto Fail = [&](const std::string &What) {
    Out.push_back(S.Location + ": error: " + siteKindAndSymbol(S) + ": " +
                  What);
  };
  // What would be judged below is not what the BE8 image holds.
  if (!S.Misstored.empty())
    return Fail(S.Misstored + " (the link only warns; no '@ expect " +
                siteName(S) + " error:' line predicts it)");
  // TARGET1/TARGET2 stand for the kind the platform options chose.
  Formula F = appliedKind(*S.Kind, R.Target1Rel, R.Target2).Form;
  uint32_t X = abiValue(F, S.In);
  // AAELF32 5.6: B(S) "must always be word-aligned".
  if ((F == Formula::SbRelT || F == Formula::SbRel ||
       F == Formula::BaseAbs) &&
      (S.In.B & 3))
    Fail("the static base B(S) = " + hex32(S.In.B) +
         " is not word-aligned (AAELF32: it must always be)");
  if ((JudgeGotWords || ForeignWords) &&
      (formulaUsesGotEntry(F) ||
       (F == Formula::TlsDesc && !S.In.SymbolIsLocal)))
    checkGotEntry(S, Fail);
  if (isTlsDescCode(S.Kind->Place)) {
    checkTlsDescCode(S, Fail);
    return;
  }

  FieldBytes After = coreBytes(S, S.After);
  FieldBytes Before = coreBytes(S, S.Before);
  switch (S.Kind->Place) {
  case Field::Word32: {
    uint32_t W = read32le(After.data());
    if (W != X)
      Fail("data word is " + hex32(W) + ", formula " +
           std::string(formulaText(S.Kind->Form)) + " gives " + hex32(X));
    return;
  }
  case Field::Prel31: {
    uint32_t W = read32le(After.data());
    if (int64_t(decodePrel31(W)) != int64_t(int32_t(X)) ||
        (W >> 31) != (read32le(Before.data()) >> 31))
      Fail("PREL31 word is " + hex32(W) + ", expected offset " +
           formatValue(int32_t(X)) + " with bit 31 kept");
    return;
  }
  case Field::Data16:
  case Field::Data8: {
    bool Half = S.Kind->Place == Field::Data16;
    uint32_t Got = Half ? read16le(After.data()) : After[0];
    uint32_t Want = X & (Half ? 0xFFFF : 0xFF);
    if (Got != Want)
      Fail(std::string(Half ? "halfword" : "byte") + " is " + hex32(Got) +
           ", formula gives " + hex32(Want));
    return;
  }
  default:
    break;
  }

  DecodedInsn D = decodeSite(S);
  if (!D.Valid) {
    Fail("the patched bytes " + bytesText(outputBytes(S)) +
         " do not decode as an instruction");
    return;
  }
  if (branchFutureField(S.Type)) {
    checkBranchFuture(S, D, X, Fail, Out);
    return;
  }
  // --fix-v4bx's MOV PC, Rm has its own check below.
  if (S.Kind->Place != Field::ArmBx) {
    DecodedInsn Old =
        Dis.decode(Before, S.In.P, S.Kind->Class != KindClass::Arm);
    std::string Changed = changedBeyondField(S, Old, D);
    if (!Changed.empty())
      return Fail(Changed);
    // The addend every check here starts from, read a second way.
    if (!S.RelaAddend)
      if (auto A = decodedRelAddend(S, Old); A && *A != S.In.A)
        return Fail("the REL addend was read as A = " + formatValue(S.In.A) +
                    ", but LLVM decodes the field as '" + Old.text() +
                    "': A = " + formatValue(*A));
  }
  if (D.Imm16) {
    bool Movt = S.Kind->Place == Field::ArmMovt ||
                S.Kind->Place == Field::ThumbMovt;
    uint32_t Want = Movt ? X >> 16 : X & 0xFFFF;
    if (Movt != D.IsMovt || *D.Imm16 != Want)
      Fail("decoded '" + D.text() + "' but the formula gives " +
           (Movt ? "X[31:16] = " : "X[15:0] = ") + hex32(Want));
    return;
  }
  if (!isBranchField(S.Kind)) {
    checkOperand(S, D, X, Fail);
    return;
  }
  if (!D.BranchTarget) {
    Fail("decoded '" + D.text() + "', which is not what " +
         kindDisplayName(S.Type) + " may write");
    return;
  }

  // LLVM decodes for the newest core: what the architecture cannot run is
  // wrong whatever it decodes to. BLX (immediate) needs v5T; before
  // v6T2 (and v6-M's J1/J2) a Thumb BL/BLX's second halfword has J1 = J2
  // = 1 (11111 or 11101): +-4 MiB (Arm ARM A8.8.25, "BL, BLX").
  std::string Unrunnable = notOnArch(D, After);
  if (!Unrunnable.empty()) {
    Fail(Unrunnable);
    return;
  }
  const ArchProfile &Arch = R.Arch;

  bool FromThumb = S.Kind->Class != KindClass::Arm;
  uint32_t Bias = FromThumb ? 4 : 8;
  uint32_t WantDest;
  bool WantThumb;
  if (S.In.UndefinedWeak) {
    WantDest = S.In.P + uint32_t(S.After.size()); // the next instruction
    WantThumb = FromThumb;
  } else {
    bool WasBlx = false;
    if (mayBecomeBlx(S.Kind))
      WasBlx = FromThumb ? isThumbBlxImm(readThumb32(Before.data()))
                         : isArmBlxImm(read32le(Before.data()));
    WantThumb = S.In.TargetIsFunction ? S.In.T : (FromThumb != WasBlx);
    WantDest = S.In.S + uint32_t(S.In.A) + Bias;
    if (WantThumb)
      WantDest &= ~1u;
  }
  if (!WantThumb && !Arch.HasArmState) {
    // Whatever the bytes decode to: a core without ARM state faults
    // (INVSTATE) on the way in, directly or through a veneer.
    Fail("the branch enters ARM state (" +
         std::string(S.In.TargetIsFunction ? "an ARM-state function"
                                           : "a BLX") +
         "), which " + std::string(Arch.Name) + " does not have");
    return;
  }
  if (S.Veneer) {
    checkVeneerChain(S, D, WantDest, WantThumb, Fail);
    return;
  }
  // Only code the other linker placed there can be its veneer.
  bool OwnCode = ForeignOwn ? (*ForeignOwn)(*D.BranchTarget)
                            : !placed(*D.BranchTarget);
  if (ForeignCode && OwnCode && (*ForeignCode)(*D.BranchTarget, 2)) {
    // Another linker's own veneer: follow it in that linker's bytes.
    std::string At = hex32(*D.BranchTarget);
    bool Broken = false;
    auto Landed = followStub(*D.BranchTarget, D.TargetThumb, *ForeignCode,
                             true, &Broken);
    if (!Landed.first)
      return Fail((Broken ? "its own veneer at " : "not judged: its own "
                                                   "veneer at ") +
                  At + ": " + Landed.second);
    uint32_t Dest = *Landed.first;
    bool Thumb = Dest & 1;
    if ((Dest & ~1u) != WantDest || Thumb != WantThumb)
      Fail("its own veneer at " + At + " leaves for " + hex32(Dest & ~1u) +
           (Thumb ? " (Thumb)" : " (ARM)") + ", the formula says " +
           hex32(WantDest) + (WantThumb ? " (Thumb)" : " (ARM)"));
    return;
  }
  if (*D.BranchTarget != WantDest || D.TargetThumb != WantThumb) {
    Fail("decoded '" + D.text() + "' goes to " + hex32(*D.BranchTarget) +
         (D.TargetThumb ? " (Thumb)" : " (ARM)") + ", the formula says " +
         hex32(WantDest) + (WantThumb ? " (Thumb)" : " (ARM)"));
    return;
  }
  if (!S.In.UndefinedWeak)
    checkDestinationState(S, D, Out);
}

/// Branch Future: in reach, the same BF/BFL/BFCSEL with the same branch
/// point (and BFCSEL's else and condition), now aimed at P + 4 + (X & ~1);
/// out of reach (the offset does not survive the ABI's Result_Mask), NOP.W.
/// To an undefined weak symbol either is right (the ABI says nothing; a
/// NOP is always safe). An odd target that is no Thumb function must not
/// have linked at all.
void Checker::checkBranchFuture(
    const Site &S, const DecodedInsn &D, uint32_t X,
    const std::function<void(const std::string &)> &Fail,
    std::vector<std::string> &Out) const {
  BranchFutureField F = *branchFutureField(S.Type);
  int64_t Offset = int32_t(X & ~1u);
  bool Fits = signExtend(X & F.Mask, F.Bits) == Offset;
  if (!S.In.UndefinedWeak && !S.In.T && (S.In.S & 1))
    return Fail("its target " + hex32(S.In.S) + " is odd and not a Thumb "
                "function, so it should not have linked");
  bool IsNop = D.Mnemonic == "t2HINT" && !D.Imms.empty() && D.Imms[0] == 0;
  if (IsNop && (S.In.UndefinedWeak || !Fits))
    return;
  if (!Fits)
    return Fail("decoded '" + D.text() + "', but the offset " +
                formatValue(Offset) + " does not fit " + F.Name +
                ", so AAELF32 wants it replaced by a NOP");
  if (D.Mnemonic != F.Mnemonic || !D.BranchTarget || !D.BranchPoint)
    return Fail("decoded '" + D.text() + "', expected " + F.Name);
  DecodedInsn Old = Dis.decode(coreBytes(S, S.Before), S.In.P, true);
  if (!sameButTarget(Old, D))
    return Fail("decoded '" + D.text() + "', but the object had '" +
                Old.text() + "': only the target may change");
  uint32_t Want = uint32_t(S.In.P + 4 + Offset);
  if (*D.BranchTarget != Want)
    return Fail("decoded '" + D.text() + "' aims at " +
                hex32(*D.BranchTarget) + ", the formula says " + hex32(Want));
  checkDestinationState(S, D, Out);
}

/// A branch through a veneer: it must land on the veneer in the caller's
/// state, and the veneer's instructions, decoded by LLVM and run step by
/// step, must leave for the destination the formula gives.
void Checker::checkVeneerChain(
    const Site &S, const DecodedInsn &D, uint32_t WantDest, bool WantThumb,
    const std::function<void(const std::string &)> &Fail) const {
  const VeneerInfo &V = R.Veneers[*S.Veneer];
  bool CallerThumb = V.CallerThumb;
  if (*D.BranchTarget != V.Address || D.TargetThumb != CallerThumb)
    return Fail("decoded '" + D.text() + "' goes to " +
                hex32(*D.BranchTarget) + ", not to its veneer at " +
                hex32(V.Address));
  auto Landed = runVeneer(V);
  if (!Landed.first)
    return Fail("veneer at " + hex32(V.Address) + ": " + Landed.second);
  uint32_t Dest = *Landed.first;
  bool Thumb = Dest & 1;
  uint32_t Want = WantThumb ? WantDest & ~1u : WantDest;
  if ((Dest & ~1u) != Want || Thumb != WantThumb)
    Fail("veneer at " + hex32(V.Address) + " leaves for " + hex32(Dest & ~1u) +
         (Thumb ? " (Thumb)" : " (ARM)") + ", the formula says " +
         hex32(Want) + (WantThumb ? " (Thumb)" : " (ARM)"));
}

/// Runs a veneer's instructions as decoded by LLVM, tracking PC, state and
/// ip. Returns the address (bit 0 = Thumb) at which control leaves the
/// veneer, or an explanation.
std::pair<std::optional<uint32_t>, std::string>
Checker::runVeneer(const VeneerInfo &V) const {
  const InputSection &Sec = R.Objects[V.Object].Sections[V.SectionIndex];
  // In a big-endian link the section is in BE32 order: read it back in
  // little-endian units, as its mapping symbols say.
  std::vector<uint8_t> Bytes = Sec.Data;
  if (R.BigEndian)
    for (size_t I = 0; I < Sec.Mapping.size(); ++I) {
      size_t Start = Sec.Mapping[I].first;
      size_t End = I + 1 < Sec.Mapping.size() ? Sec.Mapping[I + 1].first
                                              : Bytes.size();
      unsigned Unit = Sec.Mapping[I].second == CodeState::Thumb ? 2 : 4;
      swapFieldOrder(Bytes.data() + Start, unsigned(End - Start), Unit);
    }
  uint32_t Base = V.Address - V.Offset, Size = veneerSize(V.Kind);
  CodeReader Read = [&](uint32_t A, unsigned N) {
    std::optional<std::vector<uint8_t>> Out;
    if (A >= V.Address && uint64_t(A) + N <= uint64_t(V.Address) + Size)
      Out.emplace(Bytes.begin() + (A - Base), Bytes.begin() + (A - Base) + N);
    return Out;
  };
  return followStub(V.Address, V.CallerThumb, Read);
}

namespace {

/// "; did you mean 'a', 'b'?": the (at most three) candidates within two
/// edits of Name, closest first; "" when none is.
std::string didYouMean(StringRef Name, std::vector<std::string> Candidates) {
  std::vector<std::pair<unsigned, std::string>> Near;
  llvm::sort(Candidates);
  Candidates.erase(std::unique(Candidates.begin(), Candidates.end()),
                   Candidates.end());
  for (std::string &C : Candidates) {
    unsigned D = StringRef(C).edit_distance(Name, true, 3);
    if (D <= 2)
      Near.push_back({D, std::move(C)});
  }
  std::sort(Near.begin(), Near.end());
  std::string Out;
  for (size_t I = 0; I < Near.size() && I < 3; ++I)
    Out += (I ? ", '" : "; did you mean '") + Near[I].second + "'" +
           (I + 1 == std::min<size_t>(Near.size(), 3) ? "?" : "");
  return Out;
}

/// "R7" -> 7, "SP" -> 13, "LR" -> 14, "PC" -> 15, else -1.
int regNumber(StringRef Name) {
  if (Name == "SP")
    return 13;
  if (Name == "LR")
    return 14;
  if (Name == "PC")
    return 15;
  unsigned N;
  if (Name.consume_front("R") && !Name.getAsInteger(10, N) && N <= 12)
    return int(N);
  return -1;
}

} // namespace

namespace {

/// What a register or stack slot holds while a stub runs: the value a
/// register had when the stub was entered (Orig: its number), a value the
/// stub computed (Known), or neither.
struct StubValue {
  int Orig = -1;
  std::optional<uint32_t> Known;
  static StubValue of(uint32_t V) { return {-1, V}; }
};

} // namespace

std::pair<std::optional<uint32_t>, std::string>
Checker::followStub(uint32_t Start, bool Thumb, const CodeReader &Read,
                    bool Foreign, bool *Broken) const {
  // r0-r12 and lr as the stub leaves them, and what it pushed (Stack[0]
  // at sp). AAELF32 lets a veneer change ip and the flags only (on
  // M-profile, 8 bytes of stack it gives back), so every other register
  // and sp must be as they were when control leaves.
  uint32_t PC = Start;
  StubValue Reg[15];
  for (int I = 0; I < 15; ++I)
    Reg[I].Orig = I;
  std::vector<StubValue> Stack;
  // A load to the PC (LDR, POP) changes state by bit 0 from v5T on, and
  // on the Thumb-only cores must keep it set; on v4T only BX changes
  // state.
  bool LoadsInterwork = R.Arch.HasBlxImm || !R.Arch.HasArmState;
  using Outcome = std::pair<std::optional<uint32_t>, std::string>;
  // Control leaves at Dest, unless (in another linker's image) Dest is
  // still off relocheck's layout and in that image: then the veneer goes
  // on there (mold's Thumb entry `mov ip, pc; bx ip` falls into its ARM
  // part).
  auto Leave = [&](uint32_t Dest) {
    if (!Foreign || placed(Dest & ~1u) || !Read(Dest & ~1u, 2))
      return true;
    PC = Dest & ~1u;
    Thumb = Dest & 1;
    return false;
  };
  // What is wrong with the registers and stack as control leaves (the
  // veneer is then wrong whatever it meant: Broken).
  auto Clobbered = [&]() -> std::string {
    if (!Stack.empty())
      return "leaves sp " + std::to_string(4 * Stack.size()) +
             " bytes below where it was";
    for (int I = 0; I < 15; ++I)
      if (I != 12 && Reg[I].Orig != I)
        return "leaves " + std::string(I == 14 ? "lr" : "r" +
                                       std::to_string(I)) +
               " changed (a veneer may change only ip and the flags)";
    return "";
  };
  for (int Step = 0; Step < 12; ++Step) {
    std::optional<std::vector<uint8_t>> Insn = Read(PC, Thumb ? 2 : 4);
    if (Thumb && Insn && ((*Insn)[1] & 0xf8) >= 0xe8) {
      // A 32-bit Thumb instruction, read as two halfwords: a reader of a
      // BE32 image turns each unit it is asked for (2 or 4 bytes) around.
      auto Second = Read(PC + 2, 2);
      if (Second)
        Insn->insert(Insn->end(), Second->begin(), Second->end());
      else
        Insn.reset();
    }
    if (!Insn)
      return {std::nullopt, "control does not leave it"};
    DecodedInsn D = Dis.decode(*Insn, PC, Thumb);
    if (!D.Valid)
      return {std::nullopt, "bytes at " + hex32(PC) + " do not decode"};
    StringRef M = D.Mnemonic;
    StringRef Rd = D.Regs.empty() ? "" : D.Regs[0];
    int RdN = regNumber(Rd);
    bool RdKept = RdN >= 0 && RdN <= 14 && RdN != 13; // the model's
    auto Unknown = [&](StringRef What) {
      std::string Why = "'";
      (Why += D.text()) += "' ";
      Why += What;
      return Outcome{std::nullopt, Why};
    };
    // Every instruction of a veneer runs: under a condition, control
    // could fall through into its literal or past its end.
    if (D.Cond != 14 && Broken)
      *Broken = true;
    if (D.Cond != 14)
      return Unknown("runs only if " + condName(D.Cond) +
                     " (every instruction of a veneer must run)");
    // Control leaves for Dest from here: the registers must be whole, and
    // a load to the PC must be able to change state as Dest asks.
    auto LeaveFor = [&](uint32_t Dest, bool ByLoad,
                        bool &Done) -> Outcome {
      Done = false;
      if (ByLoad && !LoadsInterwork && bool(Dest & 1) != Thumb)
        return Unknown("cannot change state on " + std::string(R.Arch.Name) +
                       " (only BX does), but its destination's bit 0 asks "
                       "for it");
      if (!Leave(Dest))
        return {};
      Done = true;
      std::string Why = Clobbered();
      if (!Why.empty() && Broken)
        *Broken = true;
      if (!Why.empty())
        return Unknown(Why);
      return {Dest, ""};
    };
    uint32_t ReadPC = PC + (Thumb ? 4 : 8);
    bool LoadsLiteral =
        (M == "LDRi12" || M == "t2LDRpci" || M == "tLDRpci") &&
        D.PcRelAddress;
    if (LoadsLiteral && (Rd == "PC" || RdKept)) {
      auto W = Read(*D.PcRelAddress, 4);
      if (!W)
        return Unknown("loads from outside it");
      uint32_t Word = read32le(W->data());
      if (Rd != "PC") {
        Reg[RdN] = StubValue::of(Word);
        PC += D.Size;
        continue;
      }
      bool Done;
      Outcome O = LeaveFor(Word, /*ByLoad=*/true, Done);
      if (Done || !O.second.empty())
        return O;
      continue;
    }
    // movw/movt (lld's and mold's long-branch thunks use ip).
    bool Movw = M == "MOVi16" || M == "t2MOVi16";
    bool Movt = M == "MOVTi16" || M == "t2MOVTi16";
    if ((Movw || Movt) && RdKept && D.Imm16) {
      if (Movt && !Reg[RdN].Known)
        return Unknown("keeps the low half of a register the stub did "
                       "not set");
      Reg[RdN] = StubValue::of(
          Movw ? *D.Imm16
               : (*Reg[RdN].Known & 0xffffu) | uint32_t(*D.Imm16) << 16);
      PC += D.Size;
      continue;
    }
    // The PIC forms add the PC to a register: ARM reads PC + 8, Thumb
    // PC + 4.
    bool AddsPc = RdKept && D.Regs.size() >= 3 && D.Regs.back() == "PC" &&
                  D.Regs[1] == Rd && (M == "ADDrr" || M == "tADDhirr");
    if (AddsPc) {
      if (!Reg[RdN].Known)
        return Unknown("adds the PC to a register the stub did not set");
      Reg[RdN] = StubValue::of(*Reg[RdN].Known + ReadPC);
      PC += D.Size;
      continue;
    }
    if ((M == "BX" || M == "BX_pred" || M == "tBX") && RdKept) {
      if (!Reg[RdN].Known)
        return Unknown("branches to a register the stub did not set");
      bool Done;
      Outcome O = LeaveFor(*Reg[RdN].Known, /*ByLoad=*/false, Done);
      if (Done || !O.second.empty())
        return O;
      continue;
    }
    if (M == "tBX" && Rd == "PC") { // to ARM at Align(PC + 4, 4)
      PC = ReadPC & ~3u;
      Thumb = false;
      continue;
    }
    // mov Rd, Rm: a copy; mov Rd, pc reads PC + 4; mov r8, r8 is a nop.
    // A move to the PC is a branch no veneer form makes.
    if (M == "tMOVr" && D.Regs.size() >= 2 && RdKept) {
      int RmN = regNumber(D.Regs[1]);
      if (RmN == 15 || (RmN >= 0 && RmN <= 14 && RmN != 13)) {
        Reg[RdN] = RmN == 15 ? StubValue::of(ReadPC) : Reg[RmN];
        PC += D.Size;
        continue;
      }
    }
    // The stack forms of the Thumb-only cores (push {r0, r1} ... str r0,
    // [sp, #4] ; pop {r0, pc}; GNU ld's push {r0} ... pop {r0}).
    if (M == "tPUSH" || M == "tPOP") {
      std::vector<int> List;
      for (StringRef Name : D.Regs)
        List.push_back(regNumber(Name));
      if (M == "tPUSH") {
        std::vector<StubValue> Pushed;
        for (int N : List)
          Pushed.push_back(N >= 0 && N <= 14 ? Reg[N] : StubValue());
        Stack.insert(Stack.begin(), Pushed.begin(), Pushed.end());
        PC += D.Size;
        continue;
      }
      if (List.size() > Stack.size())
        return Unknown("pops more than the stub pushed");
      std::optional<StubValue> ToPC;
      for (size_t I = 0; I < List.size(); ++I) {
        if (List[I] == 15)
          ToPC = Stack[I];
        else if (List[I] >= 0 && List[I] <= 14)
          Reg[List[I]] = Stack[I];
      }
      Stack.erase(Stack.begin(), Stack.begin() + List.size());
      if (ToPC) {
        if (!ToPC->Known)
          return Unknown("pops to the PC a value the stub did not set");
        bool Done;
        Outcome O = LeaveFor(*ToPC->Known, /*ByLoad=*/true, Done);
        if (Done || !O.second.empty())
          return O;
        continue;
      }
      PC += D.Size;
      continue;
    }
    if (M == "tSTRspi" && RdKept && !D.Imms.empty()) {
      uint64_t Slot = uint64_t(D.Imms[0]); // imm8: words above sp
      if (Slot >= Stack.size())
        return Unknown("stores outside what the stub pushed");
      Stack[Slot] = Reg[RdN];
      PC += D.Size;
      continue;
    }
    // An unconditional branch ends the stub (a short veneer, or the B in
    // a Thumb-to-ARM `bx pc; nop; b target`).
    bool Always = M != "Bcc" || StringRef(D.text()).starts_with("b ");
    if ((M == "B" || M == "Bcc" || M == "t2B" || M == "tB") && Always &&
        D.BranchTarget) {
      uint32_t Dest = *D.BranchTarget | (D.TargetThumb ? 1u : 0u);
      bool Done;
      Outcome O = LeaveFor(Dest, /*ByLoad=*/false, Done);
      if (Done || !O.second.empty())
        return O;
      continue;
    }
    if (M == "tHINT" || M == "HINT") { // nop
      PC += D.Size;
      continue;
    }
    return Unknown("is not a veneer instruction");
  }
  return {std::nullopt, "control does not leave it"};
}

/// The GOT entry a site uses must hold what its use says: S | T for an
/// address; for TLS the tp offset (IE), the (module 1, block offset) pair
/// (GD), or (1, 0) (LDM).
void Checker::checkGotEntry(
    const Site &S, const std::function<void(const std::string &)> &Fail) const {
  Formula Use = appliedKind(*S.Kind, R.Target1Rel, R.Target2).Form;
  if (Use == Formula::TlsDesc) // initial-exec: the IE32 word
    Use = Formula::TlsIe;
  bool Pair = Use == Formula::TlsGd || Use == Formula::TlsLdm;
  // The word at an address: in another linker's image (its own GOT), or
  // in relocheck's GOT.
  std::function<std::optional<uint32_t>(uint32_t)> Word;
  if (ForeignWords) {
    Word = *ForeignWords;
    for (uint32_t At = 0; At < (Pair ? 8u : 4u); At += 4)
      if (!Word(S.In.GotEntry + At))
        return Fail("its GOT entry would be at " +
                    hex32(S.In.GotEntry + At) +
                    " (from its field), where its output holds nothing");
  } else {
    if (!R.GotObject || S.In.GotEntry < R.GotOrigin)
      return Fail("has no GOT entry");
    const std::vector<uint8_t> &Got =
        R.Objects[*R.GotObject].Sections[1].Data;
    uint32_t Offset = S.In.GotEntry - R.GotOrigin;
    if (Offset + (Pair ? 8 : 4) > Got.size())
      return Fail("GOT entry " + hex32(S.In.GotEntry) +
                  " is outside the GOT");
    Word = [&Got, this](uint32_t At) -> std::optional<uint32_t> {
      uint32_t W = read32le(Got.data() + (At - R.GotOrigin));
      return R.BigEndian ? llvm::byteswap(W) : W;
    };
  }
  std::vector<uint32_t> Want;
  bool Weak = S.In.UndefinedWeak;
  switch (Use) {
  // An undefined weak TLS symbol's address is 0 (S = 0), as in GNU ld:
  // its offsets make &sym 0 in the IE and GD models too.
  case Formula::TlsIe:
  case Formula::TlsIeGp:
    Want = {S.In.S - S.In.TP};
    break;
  case Formula::TlsGd:
    Want = {1, S.In.S - S.In.TlsBase};
    break;
  case Formula::TlsLdm:
    Want = {1, 0};
    break;
  default:
    Want = {Weak ? 0 : (S.In.S | (S.In.T ? 1 : 0))};
    break;
  }
  for (size_t I = 0; I < Want.size(); ++I) {
    uint32_t Got32 = *Word(S.In.GotEntry + 4 * uint32_t(I));
    if (Got32 != Want[I])
      Fail("GOT word at " + hex32(S.In.GotEntry + 4 * I) + " holds " +
           hex32(Got32) + ", expected " + hex32(Want[I]));
  }
}

/// G_n is the 8-bit chunk at the lowest even position that still covers
/// the top set bit of what groups 0..n-1 left.
std::pair<uint32_t, uint32_t> abiGroupSplit(uint32_t Y, unsigned N) {
  uint32_t G = 0;
  for (unsigned I = 0; I <= N; ++I) {
    G = 0;
    for (int Shift = 24; Shift >= 0 && Y; Shift -= 2)
      if ((Y >> Shift) != 0) {
        // The chunk at Shift covers the top bit once Shift + 8 > top bit.
        int Lowest = Shift;
        while (Lowest >= 2 && (Y >> (Lowest - 2)) < 0x100)
          Lowest -= 2;
        G = Y & (0xFFu << Lowest);
        break;
      }
    Y &= ~G;
  }
  return {G, Y};
}

/// The numbers after '#' in LLVM's text of an instruction ("#-20",
/// "#72, #18"), in order.
static std::vector<int64_t> printedImmediates(const std::string &Text) {
  std::vector<int64_t> Out;
  for (size_t I = Text.find('#'); I != std::string::npos;
       I = Text.find('#', I + 1)) {
    long long V;
    if (std::sscanf(Text.c_str() + I + 1, "%lli", &V) == 1)
      Out.push_back(V);
  }
  return Out;
}

/// Group relocations: ADD/SUB must add or subtract G_n; loads and stores
/// must carry the residual, with the sign of X.
void Checker::checkGroup(
    const Site &S, const DecodedInsn &D, uint32_t X,
    const std::function<void(const std::string &)> &Fail) const {
  bool Negative = int32_t(X) < 0;
  uint32_t Y0 = Negative ? 0u - X : X;
  unsigned N = groupOf(*S.Kind)->N;
  const std::string T = D.text(); // printed once: it allocates
  std::vector<int64_t> Imms = printedImmediates(T);
  bool IsMemory = S.Kind->Place != Field::ArmAluGroup;
  if (Imms.empty() && IsMemory)
    Imms.push_back(0); // LLVM prints "[r0]" for a zero offset with U = 1
  if (Imms.empty())
    return Fail("decoded '" + T + "', which has no immediate");

  int64_t Got, Want;
  if (S.Kind->Place == Field::ArmAluGroup) {
    bool Sub = D.Mnemonic == "SUBri", Add = D.Mnemonic == "ADDri";
    if (!Sub && !Add)
      return Fail("decoded '" + T + "', not ADD/SUB (immediate)");
    // LLVM prints a non-canonical rotation as "#imm8, #rotation".
    uint32_t V = uint32_t(Imms[0]);
    if (Imms.size() > 1 && Imms[1])
      V = (V >> Imms[1]) | (V << (32 - Imms[1]));
    Got = Sub ? -int64_t(V) : int64_t(V);
    Want = Negative ? -int64_t(abiGroupSplit(Y0, N).first)
                    : int64_t(abiGroupSplit(Y0, N).first);
  } else {
    uint32_t R = N == 0 ? Y0 : abiGroupSplit(Y0, N - 1).second;
    Got = Imms.back();
    Want = Negative ? -int64_t(R) : int64_t(R);
    // A zero offset still carries the sign of X in U: "#-0" in LLVM's text.
    bool PrintedNegZero = T.find("#-0]") != std::string::npos ||
                          T.find("#-0,") != std::string::npos;
    if (R == 0 && Negative != PrintedNegZero)
      return Fail("decoded '" + T + "': a zero offset must have U = " +
                  (Negative ? "0 (X is negative)" : "1"));
  }
  // ADD #0x80000000 for SUB #0x80000000 (X = -2^31, which GNU ld writes as
  // an ADD) adds the same mod 2^32, as ADD #0 for SUB #0 does; any other
  // pair that agrees mod 2^32 is a split the ABI does not make (an
  // unsigned one: ADD #0xFF000000 for SUB #0x01000000).
  bool Same = Got == Want || (!IsMemory && Got == -Want &&
                              uint32_t(Got) == 0x80000000u);
  if (!Same)
    Fail("decoded '" + T + "': the immediate is " +
         std::to_string(Got) + ", the ABI's group split of " + hex32(X) +
         " gives " + std::to_string(Want));
}

/// Loads, stores, ADR and Thumb-1 byte lanes: the operand LLVM decoded
/// must be the one the formula gives.
void Checker::checkOperand(
    const Site &S, DecodedInsn D, uint32_t X,
    const std::function<void(const std::string &)> &Fail) const {
  auto Mismatch = [&](const std::string &What, uint32_t Got, uint32_t Want) {
    Fail("decoded '" + D.text() + "': " + What + " is " + hex32(Got) +
         ", the formula gives " + hex32(Want));
  };
  StringRef M = D.Mnemonic;
  switch (S.Kind->Place) {
  case Field::ThumbPC8:
  case Field::ThumbPC12:
  case Field::ThumbAdrW:
  case Field::ArmLdrImm12: {
    bool PcBased = S.Kind->Place != Field::ArmLdrImm12 || S.Type == 4;
    if (PcBased) {
      // The address used is Align(PC, 4) + X for the Thumb forms (X is
      // taken from Pa) and PC + X for ARM, with PC = P + 4 or P + 8.
      uint32_t Base = S.Kind->Place == Field::ArmLdrImm12
                          ? S.In.P + 8
                          : (S.In.P & ~3u) + 4;
      // LLVM computes the address for loads only; for STR/STRB with base
      // PC take its decoded offset: the address is PC + 8 + offset.
      bool StoreToPc = (M == "STRi12" || M == "STRBi12") &&
                       D.Regs.size() >= 2 && D.Regs[1] == "PC" &&
                       !D.Imms.empty();
      if (!D.PcRelAddress && StoreToPc)
        D.PcRelAddress = S.In.P + 8 + uint32_t(int32_t(D.Imms[0]));
      if (!D.PcRelAddress)
        return Fail("decoded '" + D.text() + "', which is not a PC-relative "
                    "load or ADR");
      if (*D.PcRelAddress != Base + X)
        Mismatch("the address", *D.PcRelAddress, Base + X);
      return;
    }
    // ABS12: LDR/STR Rt, [Rn, #X] with any base register.
    bool IsLdrStr = M == "LDRi12" || M == "STRi12" || M == "LDRBi12" ||
                    M == "STRBi12";
    if (!IsLdrStr || D.Imms.empty())
      return Fail("decoded '" + D.text() + "', not an LDR/STR (immediate)");
    if (uint32_t(D.Imms[0]) != X)
      Mismatch("the offset", uint32_t(D.Imms[0]), X);
    return;
  }
  case Field::ArmAluGroup:
  case Field::ArmLdrGroup:
  case Field::ArmLdrsGroup:
  case Field::ArmLdcGroup:
    checkGroup(S, D, X, Fail);
    return;
  case Field::ThumbLdrImm12: {
    if (M != "t2LDRi12" || D.Imms.empty())
      return Fail("decoded '" + D.text() + "', not LDR (immediate, T3)");
    if (uint32_t(D.Imms[0]) != X)
      Mismatch("the offset", uint32_t(D.Imms[0]), X);
    return;
  }
  case Field::ThumbAbs5: {
    if ((M != "tLDRi" && M != "tSTRi") || D.Imms.empty())
      return Fail("decoded '" + D.text() + "', not an LDR/STR (T1)");
    uint32_t Got = uint32_t(D.Imms[0]) * 4; // LLVM keeps imm5 unscaled
    if (Got != X)
      Mismatch("the offset", Got, X);
    return;
  }
  case Field::ThumbAluAbs: {
    if ((M != "tMOVi8" && M != "tADDi8") || D.Imms.empty())
      return Fail("decoded '" + D.text() + "', not MOVS/ADDS with imm8");
    uint32_t Want = (X >> (8 * (S.Kind->Code - 132))) & 0xFF;
    if (uint32_t(D.Imms[0]) != Want)
      Mismatch("the immediate", uint32_t(D.Imms[0]), Want);
    return;
  }
  case Field::ArmBx: {
    // With --fix-v4bx the place holds MOV PC, Rm with the same cond and Rm.
    bool IsBx = M == "BX" || M == "BX_pred" || M == "BX_RET";
    bool IsMovPc = M == "MOVPCLR" ||
                   (M == "MOVr" && !D.Regs.empty() && D.Regs[0] == "PC");
    uint32_t Now = read32le(coreBytes(S, S.After).data());
    uint32_t Was = read32le(coreBytes(S, S.Before).data());
    if (R.FixV4bx ? !IsMovPc : !IsBx)
      Fail("decoded '" + D.text() + "', expected " +
           (R.FixV4bx ? "MOV PC, Rm (--fix-v4bx)" : "BX Rm"));
    // Without --fix-v4bx the relocation only marks the BX: it stays.
    else if (!R.FixV4bx && Now != Was)
      Fail("decoded '" + D.text() + "', but the BX it marks was '" +
           Dis.decode(coreBytes(S, S.Before), S.In.P, false).text() +
           "': without --fix-v4bx R_ARM_V4BX leaves it as it is");
    // MOV PC, Rm (A1) under the BX's condition, with its Rm, and nothing
    // else: no S bit (MOVS PC is an exception return).
    else if (R.FixV4bx && Now != ((Was & 0xF000000F) | 0x01A0F000))
      Fail("'" + D.text() + "' is not MOV PC, Rm with the BX's condition "
           "and register (" + hex32((Was & 0xF000000F) | 0x01A0F000) +
           "), but " + hex32(Now));
    return;
  }
  default:
    Fail("decoded '" + D.text() + "', which is not what " +
         kindDisplayName(S.Type) + " may write");
  }
}

/// A relaxed TLS descriptor instruction must mean what the relaxation
/// (docs/tls-descriptors.md) says, as LLVM decodes the bytes before and
/// after: local-exec leaves r0 holding the literal (the tp offset), so
/// the call and the sequence's loads and BLX do nothing; initial-exec
/// loads the GOT word the literal points at into r0.
void Checker::checkTlsDescCode(
    const Site &S, const std::function<void(const std::string &)> &Fail) const {
  bool Thumb = S.Kind->Class != KindClass::Arm;
  FieldBytes After = coreBytes(S, S.After);
  FieldBytes Before = coreBytes(S, S.Before);
  // Every instruction in the field, in order, as LLVM prints it.
  std::vector<std::string> Got;
  for (unsigned Off = 0; Off < After.size();) {
    llvm::ArrayRef<uint8_t> Rest(After.data() + Off, After.size() - Off);
    DecodedInsn D = Dis.decode(Rest, S.In.P + Off, Thumb);
    if (!D.Valid || D.Size == 0)
      return Fail("the relaxed bytes " + bytesText(outputBytes(S)) +
                  " do not decode");
    Got.push_back(D.text());
    Off += D.Size;
  }
  bool Le = S.In.SymbolIsLocal;
  // What each relaxation wants, as LLVM prints it; "" stands for any NOP.
  std::vector<std::string> WantLe{""}, WantIe;
  if (S.Kind->Place == Field::ArmTlsCall ||
      S.Kind->Place == Field::ThumbTlsCall) {
    if (Thumb)
      WantIe = {"add r0, pc", "ldr r0, [r0]"};
    else
      WantIe = {"ldr r0, [pc, r0]"};
    if (Thumb && Got.size() == 2)
      WantLe = {"", ""}; // no NOP.W before Thumb-2: two 16-bit NOPs
  } else {
    DecodedInsn Old = Dis.decode(Before, S.In.P, Thumb);
    const auto &Rg = Old.Regs;
    std::string OldText = Old.text();
    bool IsAdd = OldText.rfind("add", 0) == 0;
    bool IsLdr = OldText.rfind("ldr", 0) == 0;
    if (IsAdd && !Thumb && Rg.size() >= 3)
      WantLe = {"mov " + lowerReg(Rg[0]) + ", " + lowerReg(Rg[2])};
    if (IsAdd)
      WantIe = {OldText};
    else if (IsLdr && Rg.size() >= 2)
      WantIe = {"ldr " + lowerReg(Rg[0]) + ", [" + lowerReg(Rg[1]) + "]"};
    else if (!Rg.empty()) // BLX Rm
      WantIe = {"mov r0, " + lowerReg(Rg.back())};
  }
  auto Matches = [&](const std::vector<std::string> &Want) {
    bool Same = Want.size() == Got.size();
    for (size_t I = 0; Same && I < Want.size(); ++I)
      Same = Want[I].empty() ? isNopText(Got[I]) : Got[I] == Want[I];
    return Same;
  };
  const std::vector<std::string> &Want = Le ? WantLe : WantIe;
  // relocheck relaxes as GNU ld does; another linker may relax any symbol
  // of a static executable to local-exec (mold 1.10 does). Its literal, in
  // its own GOT/TLS layout, is not judged.
  bool Ok = Matches(Want) || (!Le && ForeignCode && Matches(WantLe));
  if (!Ok) {
    std::string Seen, Expect;
    for (const std::string &T : Got)
      Seen += (Seen.empty() ? "" : "; ") + T;
    for (const std::string &W : Want)
      Expect += (Expect.empty() ? "" : "; ") + (W.empty() ? "a NOP" : W);
    Fail("decoded '" + Seen + "', the " +
         (Le ? "local-exec" : "initial-exec") + " relaxation wants '" +
         Expect + "'");
  }
}

void Checker::checkThumbBits(std::vector<std::string> &Out) const {
  for (const InputObject &O : R.Objects)
    for (const InputSymbol &Sym : O.Symbols) {
      if (Sym.Type != ELF::STT_FUNC || Sym.isUndefined() ||
          Sym.isAbsolute() || Sym.isCommon() || Sym.Shndx >= O.Sections.size())
        continue;
      const InputSection &Sec = O.Sections[Sym.Shndx];
      CodeState State = Sec.stateAt(Sym.Value & ~1u);
      if (State != CodeState::Arm && State != CodeState::Thumb)
        continue;
      bool MarkedThumb = Sym.Value & 1;
      if (MarkedThumb == (State == CodeState::Thumb))
        continue;
      Out.push_back(O.FileName + ":(" + Sec.Name + "+0x" +
                    utohexstr(Sym.Value & ~1u, true) + "): error: function '" +
                    Sym.Name + "' is marked " +
                    (MarkedThumb ? "Thumb" : "ARM") +
                    " (st_value bit 0), but its mapping symbol says " +
                    (MarkedThumb ? "ARM" : "Thumb") +
                    " code; llvm-mc takes the bit from the state at the "
                    ".type directive, so put .type where the state is "
                    "the function's own (after its .arm/.thumb)");
    }
}

const Site *Checker::findSite(const std::string &Name,
                              std::string &Err) const {
  // Any label at the field names the site ("_start:" and "call1:" on one
  // instruction both do), not only the one the dump prints. The places
  // named Name first, then the first site at one of them (asking each
  // site for its labels made a test of N labelled sites cubic).
  // Built once per set of sites: the first site at each place, then for
  // each label the earliest of the sites at the places it names.
  std::pair<const Site *, size_t> Of{R.Sites.data(), R.Sites.size()};
  if (SiteByLabelOf != Of) {
    SiteByLabel.clear();
    std::map<std::tuple<unsigned, unsigned, uint32_t>, const Site *> At;
    // R_ARM_NONE writes nothing: another kind at the same place is the
    // site a label means.
    for (const Site &S : R.Sites) {
      auto [It, New] = At.try_emplace({S.Object, S.Section, S.Offset}, &S);
      if (!New && It->second->Kind && S.Kind &&
          It->second->Kind->Place == Field::None &&
          S.Kind->Place != Field::None)
        It->second = &S;
    }
    // The labels at each place (labelsAt), each naming its first site.
    for (const auto &[Place, Names] : labelsAt()) {
      auto It = At.find(Place);
      if (It == At.end())
        continue;
      for (const std::string &Name : Names) {
        const Site *&Best = SiteByLabel[Name];
        if (!Best || It->second < Best)
          Best = It->second;
      }
    }
    SiteByLabelOf = Of;
  }
  if (auto It = SiteByLabel.find(Name); It != SiteByLabel.end())
    return It->second;
  // SECTION+OFFSET names any site, labelled or not.
  auto [Sec, Off] = StringRef(Name).rsplit('+');
  uint64_t Offset;
  if (!Off.empty() && !Off.trim().getAsInteger(0, Offset)) {
    // Sites in two input sections of that name (two files, or `unique`
    // sections) make the name ambiguous: an error, not the first one's
    // site. An R_ARM_NONE counts too (one in the test's own file once let
    // an expectation pass on another file's word); within one section, a
    // kind that writes is the site, not a NONE beside it.
    auto Writes = [](const Site &S) {
      return S.Kind && S.Kind->Place != Field::None;
    };
    const Site *Found = nullptr;
    for (const Site &S : R.Sites) {
      if (S.Offset != Offset ||
          R.Objects[S.Object].Sections[S.Section].Name != Sec.trim())
        continue;
      if (!Found) {
        Found = &S;
      } else if (Found->Object != S.Object || Found->Section != S.Section) {
        Err = "site '" + Name + "' is ambiguous: input sections named " +
              Sec.trim().str() + " in " +
              R.Objects[Found->Object].FileName +
              (Found->Object == S.Object ? " (twice)"
                                         : " and " +
                                               R.Objects[S.Object].FileName) +
              " each have a relocation there; use a label";
        return nullptr;
      } else if (!Writes(*Found) && Writes(S)) {
        Found = &S;
      }
    }
    if (Found)
      return Found;
  }
  // A label that exists but carries no relocation is worth saying so.
  // Say which sites sit at the label's address or up to 4 bytes (one ARM
  // or two Thumb instructions) after it: the label may be a line early.
  for (unsigned O = 0; O < R.Objects.size(); ++O)
    if (auto Sym = R.lookup(O, Name)) {
      Err = "site '" + Name + "' carries no relocation (did the assembler "
            "resolve or drop it?)";
      std::string Near;
      for (const Site &S : R.Sites)
        if (S.In.P >= Sym->Address && S.In.P - Sym->Address <= 4)
          Near += (Near.empty() ? "" : ", ") + siteName(S) + " at " +
                  hex32(S.In.P);
      if (!Near.empty())
        Err += "; relocation site(s) at or up to 4 bytes after it: " +
               Near;
      return nullptr;
    }
  Err = "no site named '" + Name + "' (use a label at the relocated field "
        "or SECTION+0xOFFSET)";
  // A mistyped label: name the closest site labels.
  std::vector<std::string> Labels;
  for (const auto &[Label, S] : SiteByLabel)
    Labels.push_back(Label);
  Err += didYouMean(Name, Labels);
  return nullptr;
}

/// One term of an expectation expression: ".", a number, or a symbol.
std::optional<int64_t> Checker::evaluateTerm(const std::string &Tok,
                                             const Site &At,
                                             std::string &Err) const {
  if (Tok == ".")
    return int64_t(At.In.P);
  if (isDigit(Tok[0])) {
    // Hex with 0x, or decimal without a leading zero (no octal).
    StringRef Num(Tok);
    bool IsHex = Num.consume_front_insensitive("0x");
    bool Octal = !IsHex && Tok.size() > 1 && Tok[0] == '0';
    uint64_t U;
    if (Octal || Num.getAsInteger(IsHex ? 16 : 10, U)) {
      Err = "'" + Tok + "' is not a number (use 0x... or decimal, without "
            "a leading 0)";
      return std::nullopt;
    }
    if (U > 0xFFFFFFFFu) {
      Err = "'" + Tok + "' does not fit in 32 bits (at most 0xffffffff, "
            "its sign apart)";
      return std::nullopt;
    }
    return int64_t(U);
  }
  if (auto Sym = R.lookup(At.Object, Tok))
    return int64_t(Sym->Address | (Sym->IsThumbFunction ? 1 : 0));
  Err = "unknown symbol '" + Tok + "'";
  // A mistyped name: the closest symbols the site's object sees, as a
  // mistyped site label gets.
  std::vector<std::string> Names;
  for (const auto &[Name, Sym] : R.Globals)
    Names.push_back(Name);
  if (At.Object < R.Objects.size())
    for (const InputSymbol &Sym : R.Objects[At.Object].Symbols)
      if (!Sym.Name.empty() && Sym.Name[0] != '$' &&
          R.lookup(At.Object, Sym.Name))
        Names.push_back(Sym.Name);
  Err += didYouMean(Tok, Names);
  return std::nullopt;
}

/// [SIGN] TERM (OP [SIGN] TERM)*, OP one of + - |, left to right with no
/// precedence (as a reader of the docs is told), mod 2^32.
std::optional<int64_t> Checker::evaluate(const std::string &Expr,
                                         const Site &At,
                                         std::string &Err) const {
  auto IsTermChar = [](char C) {
    return isAlnum(C) || C == '_' || C == '.' || C == '$';
  };
  int64_t Acc = 0;
  char Op = '+';
  size_t I = 0;
  while (true) {
    while (I < Expr.size() && Expr[I] == ' ')
      ++I;
    // One sign per term: "-8 + .", "_start + -8".
    bool Negate = false;
    if (I < Expr.size() && (Expr[I] == '-' || Expr[I] == '+')) {
      Negate = Expr[I++] == '-';
      while (I < Expr.size() && Expr[I] == ' ')
        ++I;
    }
    size_t Start = I;
    while (I < Expr.size() && IsTermChar(Expr[I]))
      ++I;
    std::string Tok = Expr.substr(Start, I - Start);
    if (Tok.empty() && I < Expr.size() && Expr[I] == '(') {
      Err = "parentheses in expression '" + Expr + "' are not supported "
            "(terms are joined left to right: reorder them)";
      return std::nullopt;
    }
    if (Tok.empty()) {
      Err = "malformed expression '" + Expr + "' (expected a symbol, a "
            "number or '.')";
      return std::nullopt;
    }
    auto V = evaluateTerm(Tok, At, Err);
    if (!V) {
      // "unknown symbol 'x' in expression 'x + 4'; did you mean 'y'?"
      size_t Hint = Err.find("; did you mean");
      std::string Where = " in expression '" + Expr + "'";
      Err.insert(Hint == std::string::npos ? Err.size() : Hint, Where);
      return std::nullopt;
    }
    int64_t T = Negate ? -*V : *V;
    Acc = Op == '+' ? Acc + T : Op == '-' ? Acc - T : (Acc | T);
    while (I < Expr.size() && Expr[I] == ' ')
      ++I;
    if (I >= Expr.size())
      return int64_t(uint32_t(Acc));
    Op = Expr[I++];
    if (IsTermChar(Op)) {
      // "0x30014 extra": a second term with no operator before it.
      size_t End = I;
      while (End < Expr.size() && IsTermChar(Expr[End]))
        ++End;
      Err = "unexpected '" + Expr.substr(I - 1, End - I + 1) +
            "' after a term in expression '" + Expr + "' (join terms "
            "with +, - or |)";
      return std::nullopt;
    }
    if (Op != '+' && Op != '-' && Op != '|') {
      Err = "unsupported operator '" + std::string(1, Op) +
            "' in expression '" + Expr + "' (use +, - and |)";
      return std::nullopt;
    }
  }
}

/// `value:` for a data word, a PREL31 offset, or a MOVW/MOVT immediate.
void Checker::checkValue(const Site &S, const DecodedInsn &D, uint32_t Want,
                         const std::string &Arg,
                         const std::function<void(const std::string &)> &Fail)
    const {
  if (D.Imm16) {
    uint32_t Part = D.IsMovt ? Want >> 16 : Want & 0xFFFF;
    if (*D.Imm16 != Part)
      Fail(std::string(D.IsMovt ? "MOVT" : "MOVW") + " immediate is " +
           hex32(*D.Imm16) + ", expected " + hex32(Part) + ", the " +
           (D.IsMovt ? "top" : "bottom") + " half of " + hex32(Want) +
           " (" + Arg + ")");
    return;
  }
  if (D.BranchTarget) {
    Fail("is a branch: use 'branch:' to check where it goes");
    return;
  }
  if (D.PcRelAddress) { // ADR or a PC-relative load: the address it uses
    if (*D.PcRelAddress != Want)
      Fail("'" + D.text() + "' uses address " + hex32(*D.PcRelAddress) +
           ", expected " + hex32(Want) + " (" + Arg + ")");
    return;
  }
  uint32_t Got;
  FieldBytes After = coreBytes(S, S.After);
  if (S.Kind && S.Kind->Place == Field::Prel31)
    Got = uint32_t(decodePrel31(read32le(After.data())));
  else if (S.Kind && S.Kind->Place == Field::Word32)
    Got = read32le(After.data());
  else if (S.Kind && S.Kind->Place == Field::Data16)
    Got = read16le(After.data());
  else if (S.Kind && S.Kind->Place == Field::Data8)
    Got = After[0];
  else {
    Fail("has no value to compare (value: checks data words, halfwords "
         "and bytes, PREL31, MOVW/MOVT, and the address an ADR or "
         "PC-relative load uses)");
    return;
  }
  // A halfword or byte holds the expected value's low bits; the value
  // itself must fit, unsigned or signed (0x1ff is no byte, -1 is).
  unsigned Bits = S.Kind->Place == Field::Data16 ? 16
                  : S.Kind->Place == Field::Data8 ? 8
                                                  : 32;
  if (Bits < 32) {
    int32_t Signed = int32_t(Want);
    bool FitsUnsigned = Want < (1u << Bits);
    bool FitsSigned = Signed < 0 && Signed >= -(int32_t(1) << (Bits - 1));
    if (!FitsUnsigned && !FitsSigned) {
      Fail("expected value " + hex32(Want) + " (" + Arg + ") does not fit " +
           (Bits == 8 ? "a byte" : "a halfword") + "; the field holds " +
           hex32(Got));
      return;
    }
    Want &= (1u << Bits) - 1;
  }
  if (Got != Want)
    Fail("value is " + hex32(Got) + ", expected " + hex32(Want) + " (" + Arg +
         ")");
}

/// Whether a site's error holds what an `error:` expectation names: its
/// text, but a bare decimal number is the value, as errors print it
/// ("-1048578 (0xffeffffe)"), a whole number: "-1048576" alone matched a
/// range bound of another value's error, "2" the end of "33554432".
static bool errorMatches(StringRef Error, StringRef Arg) {
  StringRef Digits = Arg;
  Digits.consume_front("-");
  if (Digits.empty() || !all_of(Digits, isDigit))
    return Error.contains(Arg);
  std::string Needle = Arg.str() + " (0x";
  for (size_t At = Error.find(Needle); At != StringRef::npos;
       At = Error.find(Needle, At + 1))
    if (At == 0 || (!isDigit(Error[At - 1]) && Error[At - 1] != '-'))
      return true;
  return false;
}

void Checker::checkExpectation(const Expectation &E, const std::string &File,
                               std::vector<std::string> &Out) const {
  std::string Where = File + ":" + std::to_string(E.Line) + ": error: ";
  std::string Err;
  const Site *S = findSite(E.Site, Err);
  if (!S) {
    Out.push_back(Where + Err);
    return;
  }
  auto Fail = [&](const std::string &What) {
    Out.push_back(Where + "site '" + E.Site + "' (" +
                  kindDisplayName(S->Type) + "): " + What);
  };
  if (E.Kind == ExpectKind::Error) {
    // A BE8 field the image misstores links with a warning: the test may
    // predict it like an error (check fails it otherwise).
    if (!S->Error && !S->Misstored.empty()) {
      if (!errorMatches(S->Misstored, E.Arg))
        Fail("expected an error containing '" + E.Arg + "', got: " +
             S->Misstored);
      return;
    }
    if (!S->Error)
      Fail("expected an error containing '" + E.Arg + "', but it linked: " +
           siteLine(*S) +
           (S->Veneer ? " (--no-veneers tests the instruction's own reach)"
                      : ""));
    else if (!errorMatches(*S->Error, E.Arg))
      Fail("expected an error containing '" + E.Arg + "'" +
           (StringRef(E.Arg).ltrim("-").find_first_not_of("0123456789") ==
                    StringRef::npos
               ? " as the value"
               : "") +
           ", got: " + *S->Error);
    return;
  }
  if (S->Error) {
    Fail("expected it to link, got: " + *S->Error);
    return;
  }
  if (E.Kind == ExpectKind::Bytes) {
    std::string Want;
    for (char C : E.Arg)
      if (C != ' ')
        Want += char(toLower(C));
    std::string Got = bytesText(outputBytes(*S));
    Got.erase(std::remove(Got.begin(), Got.end(), ' '), Got.end());
    // A field is a few bytes; a long expectation is quoted in part, so
    // the error stays a readable line.
    std::string Quoted = E.Arg.size() <= 80
                             ? E.Arg
                             : E.Arg.substr(0, 48) + "... (" +
                                   std::to_string(E.Arg.size()) +
                                   " characters)";
    if (Want.size() % 2 || !all_of(Want, isHexDigit))
      Fail("'" + Quoted + "' is not a byte string (expected hex pairs "
           "such as 'fe 07 00 eb')");
    else if (Got.size() != Want.size())
      Fail("bytes are '" + bytesText(outputBytes(*S)) + "' (" +
           std::to_string(Got.size() / 2) + " bytes), expected '" + Quoted +
           "' (" + std::to_string(Want.size() / 2) + " bytes: the field " +
           "has " + std::to_string(Got.size() / 2) + ")");
    else if (Got != Want)
      Fail("bytes are '" + bytesText(outputBytes(*S)) + "', expected '" +
           Quoted + "'");
    return;
  }
  auto Want = evaluate(E.Arg, *S, Err);
  if (!Want) {
    Out.push_back(Where + Err);
    return;
  }
  DecodedInsn D = decodeSite(*S);
  if (E.Kind == ExpectKind::Branch) {
    if (!D.BranchTarget) {
      Fail("is not a branch: " + siteLine(*S));
      return;
    }
    // Through a veneer, the destination is where the veneer leaves for.
    uint32_t GotDest = *D.BranchTarget;
    bool GotThumb = D.TargetThumb;
    std::string Via;
    if (S->Veneer) {
      auto Landed = runVeneer(R.Veneers[*S->Veneer]);
      if (!Landed.first) {
        Fail("its veneer: " + Landed.second);
        return;
      }
      GotDest = *Landed.first & ~1u;
      GotThumb = *Landed.first & 1;
      Via = " via the veneer at " + hex32(*D.BranchTarget);
    }
    bool Thumb = E.State.empty() ? GotThumb : E.State == "thumb";
    uint32_t Dest = uint32_t(*Want) & (Thumb ? ~1u : ~0u);
    // An odd ARM destination is no address an ARM branch can have: the
    // expression carries a Thumb function's bit 0; say so.
    std::string Hint;
    if (!Thumb && (Dest & 1))
      Hint = "; bit 0 is set, as in a Thumb function's symbol: did you "
             "mean 'thumb'?";
    if (GotDest != Dest || GotThumb != Thumb)
      Fail("branches" + Via + " to " + hex32(GotDest) +
           (GotThumb ? " thumb" : " arm") + ", expected " + hex32(Dest) +
           (Thumb ? " thumb" : " arm") + " (" + E.Arg + ")" + Hint);
    return;
  }
  if (E.Kind == ExpectKind::Value) {
    checkValue(*S, D, uint32_t(*Want), E.Arg, Fail);
    return;
  }
  // Pair: MOVW at Site, MOVT at Site2.
  const Site *Hi = findSite(E.Site2, Err);
  if (!Hi) {
    Out.push_back(Where + Err);
    return;
  }
  DecodedInsn DH = decodeSite(*Hi);
  if (!D.Imm16 || D.IsMovt || !DH.Imm16 || !DH.IsMovt) {
    auto What = [](const DecodedInsn &I) {
      if (I.Imm16)
        return std::string(I.IsMovt ? "a MOVT" : "a MOVW");
      std::string T = I.text();
      return T.empty() ? std::string("no MOVW or MOVT")
                       : "'" + T + "', no MOVW or MOVT";
    };
    Fail("a pair needs a MOVW site then a MOVT site, but '" + E.Site +
         "' is " + What(D) + " and '" + E.Site2 + "' is " + What(DH));
    return;
  }
  // One value built in one register: both halves in one state (ARM or
  // Thumb kinds) and writing the same register.
  bool LoThumb = S->Kind && S->Kind->Class != KindClass::Arm;
  bool HiThumb = Hi->Kind && Hi->Kind->Class != KindClass::Arm;
  if (LoThumb != HiThumb) {
    Fail("a pair is one state's MOVW and MOVT, but '" + E.Site + "' is " +
         (LoThumb ? "Thumb" : "ARM") + " and '" + E.Site2 + "' is " +
         (HiThumb ? "Thumb" : "ARM"));
    return;
  }
  if (!D.Regs.empty() && !DH.Regs.empty() && D.Regs[0] != DH.Regs[0]) {
    Fail("a pair builds one register, but '" + E.Site + "' writes " +
         D.Regs[0].str() + " and '" + E.Site2 + "' writes " +
         DH.Regs[0].str());
    return;
  }
  // MOVW zeroes the top half, so it must run first: both in one input
  // section (nothing else says one runs after the other), MOVW before.
  if (S->Object != Hi->Object || S->Section != Hi->Section) {
    Fail("a pair runs MOVW then MOVT, but '" + E.Site + "' (" +
         S->Location + ") and '" + E.Site2 + "' (" + Hi->Location +
         ") are in different sections, so neither runs after the other");
    return;
  }
  if (S->Offset > Hi->Offset) {
    Fail("a pair runs MOVW then MOVT, but the MOVW '" + E.Site +
         "' comes after the MOVT '" + E.Site2 +
         "': it clears the top half the MOVT wrote");
    return;
  }
  uint32_t Got = *DH.Imm16 << 16 | *D.Imm16;
  if (Got != uint32_t(*Want))
    Fail("MOVW/MOVT pair builds " + hex32(Got) + ", expected " +
         hex32(*Want) + " (" + E.Arg + ")");
}

std::string Checker::unpredicted(const Site &S,
                                 const TestSpec *Spec) const {
  std::string Name = siteName(S);
  if (Spec) {
    auto Unread = Spec->UnreadSites.find(Name);
    if (Unread != Spec->UnreadSites.end())
      return *S.Error + " (nothing predicts it: the '@ expect " + Name +
             "' line at line " + std::to_string(Unread->second) +
             " is malformed)";
  }
  return *S.Error + " (no '@ expect " + Name + " error:' line predicts it)";
}

std::string Checker::unpredicted(const std::string &LinkError,
                                 const TestSpec *Spec) const {
  for (const Site &S : R.Sites)
    if (S.Error && *S.Error == LinkError)
      return unpredicted(S, Spec);
  std::string File = R.Objects.empty() ? "" : R.Objects[0].FileName;
  // The link's own (the entry symbol): no expectation names it.
  return StringRef(LinkError).starts_with("error: ")
             ? File + ": " + LinkError
             : LinkError;
}

std::vector<std::string> Checker::check(const TestSpec &Spec) const {
  std::vector<std::string> Out;
  std::string File = R.Objects.empty() ? "" : R.Objects[0].FileName;
  // A site's error is reported once: as predicted (an `error:`
  // expectation), by the expectation that wanted the site to link
  // ("expected it to link, got: ..."), or else as unpredicted.
  std::vector<const Site *> Expected;
  for (const Expectation &E : Spec.Expects) {
    std::string Ignored;
    if (const Site *S = findSite(E.Site, Ignored))
      Expected.push_back(S);
  }

  for (const std::string &E : R.Errors) {
    bool Told = false;
    for (const Site *S : Expected)
      Told |= S->Error && *S->Error == E;
    if (!Told)
      Out.push_back(unpredicted(E, &Spec));
  }
  std::vector<std::string> Semantic = semanticProblems(Spec);
  Out.insert(Out.end(), Semantic.begin(), Semantic.end());
  for (const Expectation &E : Spec.Expects)
    checkExpectation(E, File, Out);
  return Out;
}

std::vector<std::string>
Checker::semanticProblems(const TestSpec &Spec) const {
  // A misstored BE8 site an `error:` expectation predicts is judged by
  // that expectation alone.
  std::set<const Site *> Predicted;
  for (const Expectation &E : Spec.Expects) {
    std::string Ignored;
    const Site *S = findSite(E.Site, Ignored);
    if (S && E.Kind == ExpectKind::Error && !S->Misstored.empty() &&
        errorMatches(S->Misstored, E.Arg))
      Predicted.insert(S);
  }
  std::vector<std::string> Out;
  for (const Site &S : R.Sites)
    if (!Predicted.count(&S))
      checkSemantics(S, Out);
  checkThumbBits(Out);
  return Out;
}

std::vector<std::string> Checker::checkGolden(const std::string &Path,
                                              bool Update,
                                              std::string &Report) const {
  std::vector<std::string> Now = dumpLines();
  std::optional<std::vector<std::string>> Old = readGolden(Path);
  if (Old && *Old == Now)
    return {};

  std::string Diff = goldenDiff(Old ? *Old : std::vector<std::string>(), Now);
  if (!Update) {
    if (!Old) {
      // A path that is there but cannot be read (a folder, a device) is
      // no missing golden.
      auto Buf = readInputFile(Path);
      if (!Buf && Buf.getError() != std::errc::no_such_file_or_directory)
        return {Path + ": error: cannot read the golden file: " +
                Buf.getError().message()};
      return {Path + ": error: no golden file (for a new test, create it "
                     "with --update-golden and review it; a missing "
                     "golden/ folder means the wrong --golden-dir)"};
    }
    // The diff leads the problem so both reach the same stream (stderr)
    // in order: "diff above" holds however stdout and stderr interleave.
    return {Diff + Path + ": error: golden differs (-golden +this run; "
                          "run with --update-golden to accept; diff "
                          "above)"};
  }
  if (Error E = writeGolden(Path, Now))
    return {toString(std::move(E))};
  Report += "updated " + Path + "\n" + Diff;
  return {};
}

} // namespace relocheck
