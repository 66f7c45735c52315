//===- Relocate.cpp - Applying one relocation to one place ----------------===//
//
// AAELF32 (2025Q4) 5.6 "Relocation", 5.6.1.1 "Addends and PC-bias
// compensation", 5.6.3 "Call and Jump relocations"; Arm ARM DDI 0406C for
// the instruction encodings (see ArmEncodings.h).
//
// Interworking: CALL and THM_CALL pick BL or BLX from the target's state only
// when the target is an STT_FUNC symbol; for any other symbol the
// instruction the producer wrote is kept (untyped code interworks by
// itself, AAELF32 5.5.3 "Symbol Types"). JUMP24 and THM_JUMP24 never change
// state: a function in the other state needs a veneer (applyRelocation
// says NeedsVeneer; the linker makes one, link/Veneers.cpp).
//
//===----------------------------------------------------------------------===//
#include "link/Relocate.h"

#include "encode/ArmEncodings.h"
#include "encode/Faults.h"

#include <cstdio>

namespace relocheck {

std::string notOnArchReason(const RelocKind &K, const ArchProfile &Arch) {
  std::string Why = "cannot appear in code for " + std::string(Arch.Name);
  if ((K.Class == KindClass::Arm || K.Place == Field::ArmBx) &&
      !Arch.HasArmState)
    return Why + ", which has no ARM state";
  if (K.Place == Field::ThumbCbz)
    return Why + ": CBZ/CBNZ need Thumb-2 or v8-M Baseline";
  if (K.Code == 30)
    return "B.W (T4) does not exist on " + std::string(Arch.Name);
  if (K.Check == RangeCheck::ElseNop)
    return Why + ": Branch Future (BF, BFL, BFCSEL) needs Armv8.1-M "
                 "Mainline (--arch=armv8.1-m.main)";
  if (K.Place == Field::ThumbBcondW || K.Place == Field::ThumbPC12 ||
      K.Place == Field::ThumbAdrW)
    return Why + ": the instruction needs full Thumb-2 (v6T2, v7, v8-M "
                 "Mainline)";
  if (!Arch.HasMovwMovt && (K.Place == Field::ArmMovw ||
                            K.Place == Field::ArmMovt ||
                            K.Place == Field::ThumbMovw ||
                            K.Place == Field::ThumbMovt))
    return Why + ": MOVW/MOVT need v6T2 or later, or v8-M Baseline";
  return Why;
}

unsigned fieldUnit(const RelocKind &K) {
  switch (K.Place) {
  case Field::Word32:
  case Field::Prel31:
  case Field::Data16:
  case Field::Data8:
    return fieldSize(K);
  case Field::ArmBx:
    return 4;
  default:
    return K.Class == KindClass::Arm ? 4 : 2;
  }
}

unsigned fieldSize(const RelocKind &K) {
  switch (K.Place) {
  case Field::None:
  case Field::ArmBx:
    return K.Place == Field::ArmBx ? 4 : 0;
  case Field::Data8:
    return 1;
  case Field::Data16:
  case Field::ThumbB11:
  case Field::ThumbBcond8:
  case Field::ThumbCbz:
  case Field::ThumbPC8:
  case Field::ThumbAbs5:
  case Field::ThumbAluAbs:
  case Field::ThumbTlsDescSeq16:
    return 2;
  case Field::Word32:
  case Field::Prel31:
  case Field::ArmBranch24:
  case Field::ArmMovw:
  case Field::ArmMovt:
  case Field::ThumbBranch24:
  case Field::ThumbMovw:
  case Field::ThumbMovt:
  case Field::ArmLdrImm12:
  case Field::ThumbBcondW:
  case Field::ThumbPC12:
  case Field::ThumbAdrW:
  case Field::ArmAluGroup:
  case Field::ArmLdrGroup:
  case Field::ArmLdrsGroup:
  case Field::ArmLdcGroup:
  case Field::ThumbLdrImm12:
  case Field::ThumbBf16:
  case Field::ThumbBf12:
  case Field::ThumbBf18:
  case Field::ArmTlsCall:
  case Field::ThumbTlsCall:
  case Field::ArmTlsDescSeq:
    return 4;
  }
  // No default: a new Field without its size stops the build.
  return 4;
}

/// Shows what the place holds: Thumb32 as two halfwords ("f000 f800"),
/// Thumb16 as one, anything else as a word.
/// A field the code has no range or encoder for: a bug in relocheck's
/// kinds table or Relocate.cpp (docs/adding-a-relocation.md lists every
/// place a kind needs), reported instead of reading an empty range.
static RelocProblem missingPart(const RelocKind &K, const char *What) {
  return {ProblemKind::Unsupported, 0, {0, 0, 1},
          "relocheck has no " + std::string(What) + " for R_ARM_" +
              std::string(K.Name) + "'s field (a bug in relocheck: see "
              "docs/adding-a-relocation.md)"};
}

static RelocProblem badOpcode(std::string Expected, uint32_t Found,
                              KindClass Class) {
  char Buf[64];
  if (Class == KindClass::Thumb32)
    std::snprintf(Buf, sizeof(Buf), "%04x %04x", Found & 0xFFFF, Found >> 16);
  else if (Class == KindClass::Thumb16)
    std::snprintf(Buf, sizeof(Buf), "0x%04x", Found & 0xFFFF);
  else
    std::snprintf(Buf, sizeof(Buf), "0x%08x", Found);
  return {ProblemKind::BadOpcode, 0, {0, 0, 1},
          "expected " + Expected + " at the place, found " + Buf};
}

/// An instruction the kind may patch, but which Arch does not have.
static RelocProblem instructionNotOnArch(const char *Insn,
                                         const ArchProfile &Arch,
                                         const char *Needs) {
  return {ProblemKind::NotOnArch, 0, {0, 0, 1},
          "is on " + std::string(Insn) + ", which " + std::string(Arch.Name) +
              " does not have (" + Needs + ")"};
}

std::string unsupportedReason(const RelocKind &K) {
  if (K.Code == 130)
    return "is not applied: GNU ld 2.40 does not know it ('(null) used "
           "with TLS symbol'), mold neither, and only llvm-mc's .reloc "
           "emits it; relocheck relaxes only the 16-bit Thumb descriptor "
           "sequence (R_ARM_THM_TLS_DESCSEQ16)";
  std::string_view What = K.Instructions;
  for (std::string_view Word : {"obsolete", "deprecated"})
    if (What.substr(0, Word.size()) == Word)
      return "is " + std::string(Word) +
             " in AAELF32 (no producer emits it today), and relocheck "
             "does not apply it";
  return "is not supported by relocheck's linker core yet";
}

/// Before Thumb-2 (v4T, v5TE, v6) a BL or BLX is two 16-bit halves: the
/// second is 11111 (BL) or 11101 (BLX) in bits 15-11, where Thumb-2 reads
/// J1 and J2 in bits 13 and 11 (Arm ARM A8.8.25, "BL, BLX (immediate)").
/// A halfword with either of them clear is another instruction there.
static bool isPreThumb2BlOrBlx(Thumb32 I) {
  return (I.Hw1 & 0xF800) == 0xF000 &&
         ((I.Hw2 & 0xF800) == 0xF800 || (I.Hw2 & 0xF800) == 0xE800);
}
static const char *const PreThumb2BlOrBlx =
    "BL or BLX (immediate) of a core without Thumb-2 (second halfword "
    "0b11111... or 0b11101...)";

std::optional<RelocProblem> checkPlace(const RelocKind &K,
                                       const uint8_t *Loc,
                                       const ArchProfile *Arch) {
  if (K.State == Status::Unsupported)
    return RelocProblem{ProblemKind::Unsupported, 0, {0, 0, 1},
                        unsupportedReason(K)};
  unsigned Size = fieldSize(K);
  uint32_t W = Size == 4 ? read32le(Loc) : Size == 2 ? read16le(Loc) : 0;
  Thumb32 I = Size == 4 ? readThumb32(Loc) : Thumb32{};
  uint16_t H = uint16_t(W);
  bool Ok = true;
  const char *Expected = ""; // a literal: nothing allocated on success

  switch (K.Place) {
  case Field::None:
  case Field::Word32:
  case Field::Prel31:
  case Field::Data16:
  case Field::Data8:
    return std::nullopt;
  case Field::ArmLdrGroup:
  case Field::ArmLdrImm12: {
    LdrForms Forms = armLdrForms(K);
    bool Load = W & (1u << 20), Byte = W & (1u << 22);
    if (Forms.Preload && isArmPldPliImm12(W)) {
      if (Arch && isArmPldw(W) && !Arch->HasPldw)
        return instructionNotOnArch("PLDW", *Arch,
                                    "the Multiprocessing Extensions: "
                                    "v8-A; v7-A's optional MP is not "
                                    "in --arch=armv7-a");
      if (Arch && !(isArmPli(W) ? Arch->HasPli : Arch->HasLdrdPld))
        return instructionNotOnArch(isArmPli(W) ? "PLI" : "PLD", *Arch,
                                    isArmPli(W) ? "v7 and later"
                                                : "v5TE and later");
      return std::nullopt;
    }
    Ok = isArmLdrStrImm12(W) && (Load || Forms.Store) &&
         (!Byte || Forms.Byte);
    Expected = Forms.Byte ? "LDR/STR/LDRB/STRB (immediate, A1, offset "
                            "addressing), PLD or PLI"
               : Forms.Store ? "LDR/STR (immediate, A1, offset addressing)"
                             : "LDR (immediate, A1, offset addressing)";
    break;
  }
  case Field::ArmAluGroup:
    Ok = isArmAddSubImm(W);
    Expected = "ADD or SUB (immediate, A1)";
    break;
  case Field::ArmLdrsGroup:
    if (Arch && isArmLdrdStrd(W) && !Arch->HasLdrdPld)
      return instructionNotOnArch("LDRD/STRD", *Arch, "v5TE and later");
    Ok = isArmLdrsImm8(W);
    Expected = "LDRH/STRH/LDRSB/LDRSH/LDRD/STRD (immediate, A1, offset "
               "addressing)";
    break;
  case Field::ArmLdcGroup:
    Ok = isArmLdcStc(W);
    Expected = "LDC/STC (A1, offset addressing)";
    break;
  case Field::ArmBx:
    Ok = isArmBxReg(W);
    Expected = "BX Rm (A1)";
    break;
  case Field::ThumbB11:
    Ok = isThumbB16(H);
    Expected = "B (T2)";
    break;
  case Field::ThumbBcond8:
    Ok = isThumbBcond16(H);
    Expected = "B<c> (T1)";
    break;
  case Field::ThumbCbz:
    Ok = isThumbCbz(H);
    Expected = "CBZ or CBNZ";
    break;
  case Field::ThumbPC8:
    Ok = isThumbLdrLiteral16(H) || isThumbAdr16(H);
    Expected = "LDR (literal, T1) or ADR (T1)";
    break;
  case Field::ThumbAbs5:
    Ok = isThumbLdrStrImm5(H);
    Expected = "LDR/STR (immediate, T1)";
    break;
  case Field::ThumbAluAbs:
    Ok = isThumbMovsAddsImm8(H);
    Expected = "MOVS (T1) or ADDS (T2) with imm8";
    break;
  case Field::ThumbBcondW:
    Ok = isThumbBcondW(I);
    Expected = "B<c>.W (T3)";
    break;
  case Field::ThumbPC12:
    Ok = isThumbLdrLiteralW(I);
    Expected = "LDR{,B,SB,H,SH} (literal, T2)";
    break;
  case Field::ThumbAdrW:
    Ok = isThumbAdrW(I);
    Expected = "ADR.W (ADDW/SUBW Rd, PC)";
    break;
  case Field::ThumbLdrImm12:
    Ok = isThumbLdrImm12(I);
    Expected = "LDR (immediate, T3)";
    break;
  case Field::ThumbBf16:
    Ok = isThumbBf(I);
    Expected = "BF (boff != 0)";
    break;
  case Field::ThumbBf12:
    Ok = isThumbBfcsel(I);
    Expected = "BFCSEL (boff != 0)";
    break;
  case Field::ThumbBf18:
    Ok = isThumbBfl(I);
    Expected = "BFL (boff != 0)";
    break;
  case Field::ArmBranch24:
    if (K.Code != 28) { // JUMP24, PC24, PLT32: B or BL<c>
      Ok = isArmB(W) || isArmBl(W);
      Expected = "B or BL<c> (A1)";
    } else { // CALL: BL or BLX (immediate)
      Ok = isArmBl(W) || isArmBlxImm(W);
      Expected = "BL (A1) or BLX (immediate, A2)";
    }
    break;
  case Field::ArmMovw:
    Ok = isArmMovw(W);
    Expected = "MOVW (A2)";
    break;
  case Field::ArmMovt:
    Ok = isArmMovt(W);
    Expected = "MOVT (A1)";
    break;
  case Field::ThumbBranch24:
    if (K.Code == 30) {
      Ok = isThumbBW(I);
      Expected = "B.W (T4)";
    } else if (Arch && !Arch->HasThumbJ1J2) {
      Ok = isPreThumb2BlOrBlx(I);
      Expected = PreThumb2BlOrBlx;
    } else {
      Ok = isThumbBl(I) || isThumbBlxImm(I);
      Expected = "BL (T1) or BLX (immediate, T2)";
    }
    break;
  case Field::ThumbMovw:
    Ok = isThumbMovw(I);
    Expected = "MOVW (T3)";
    break;
  case Field::ThumbMovt:
    Ok = isThumbMovt(I);
    Expected = "MOVT (T1)";
    break;
  case Field::ArmTlsCall:
    Ok = (isArmBl(W) && isArmCondAL(W)) || isArmBlxImm(W);
    Expected = "BL (A1, cond AL) or BLX (immediate, A2)";
    break;
  case Field::ThumbTlsCall:
    if (Arch && !Arch->HasThumbJ1J2) {
      Ok = isPreThumb2BlOrBlx(I);
      Expected = PreThumb2BlOrBlx;
    } else {
      Ok = isThumbBl(I) || isThumbBlxImm(I);
      Expected = "BL (T1) or BLX (immediate, T2)";
    }
    break;
  case Field::ArmTlsDescSeq:
    Ok = isArmTlsDescSeq(W);
    Expected = "ADD Rd, PC, Rm, LDR Rt, [Rn, #4] or BLX Rm (A1, cond AL) "
               "in a TLS descriptor sequence";
    break;
  case Field::ThumbTlsDescSeq16:
    Ok = isThumbTlsDescSeq16(H);
    Expected = "ADD Rdn, PC, LDR Rt, [Rn, #4] or BLX Rm (16-bit) in a TLS "
               "descriptor sequence";
    break;
  }
  if (Ok)
    return std::nullopt;
  return badOpcode(Expected, W, K.Class);
}

bool relFieldKeepsAddend(const RelocKind &K, int64_t Read, int64_t Meant) {
  int64_t Bias = Read - Meant;
  if (Bias == 0)
    return true;
  switch (K.Place) {
  case Field::ArmMovw:
  case Field::ArmMovt:
  case Field::ThumbMovw:
  case Field::ThumbMovt:
    return false;
  default:
    break;
  }
  if (K.Check == RangeCheck::ElseNop)
    return Bias == -3;
  if (K.Class == KindClass::Arm)
    return Bias == -8;
  return (K.Class == KindClass::Thumb16 || K.Class == KindClass::Thumb32) &&
         Bias == -4;
}

int64_t readRelAddend(const RelocKind &K, const uint8_t *Loc) {
  switch (K.Place) {
  case Field::None:
    return 0;
  case Field::Word32:
    return int32_t(read32le(Loc));
  case Field::Prel31:
    return decodePrel31(read32le(Loc));
  case Field::ArmBranch24:
  case Field::ArmTlsCall:
    return decodeArmBranchImm24(read32le(Loc));
  case Field::ArmTlsDescSeq:
  case Field::ThumbTlsDescSeq16:
    return 0; // a marker: nothing is read
  case Field::ArmMovw:
  case Field::ArmMovt:
    // MOVW and MOVT both hold a signed 16-bit addend, not shifted for MOVT.
    if (faultPlanted(Fault::MovAddendUnsigned))
      return decodeArmMovImm16(read32le(Loc));
    return int16_t(decodeArmMovImm16(read32le(Loc)));
  case Field::ThumbBranch24:
  case Field::ThumbTlsCall:
    return decodeThumbBranch24(readThumb32(Loc));
  case Field::ThumbMovw:
  case Field::ThumbMovt:
    if (faultPlanted(Fault::MovAddendUnsigned))
      return decodeThumbMovImm16(readThumb32(Loc));
    return int16_t(decodeThumbMovImm16(readThumb32(Loc)));
  case Field::Data16:
    return int16_t(read16le(Loc));
  case Field::Data8:
    return int8_t(Loc[0]);
  case Field::ArmLdrImm12:
  case Field::ArmLdrGroup:
    return decodeArmLdrImm12(read32le(Loc));
  case Field::ArmAluGroup:
    return decodeArmAddSubImm(read32le(Loc));
  case Field::ArmLdrsGroup:
    return decodeArmLdrsImm8(read32le(Loc));
  case Field::ArmLdcGroup:
    return decodeArmLdcImm8x4(read32le(Loc));
  case Field::ArmBx:
    return 0;
  case Field::ThumbB11:
    return decodeThumbB11(read16le(Loc));
  case Field::ThumbBcond8:
    return decodeThumbBcond8(read16le(Loc));
  case Field::ThumbCbz:
    // AAELF32 5.6.1.1: the field holds (A + 4) mod 128, so the usual -4
    // fits in a forward-only offset.
    return int64_t((decodeThumbCbzOffset(read16le(Loc)) + 4) & 0x7F) - 4;
  case Field::ThumbPC8:
    // Likewise (A + 4) mod 1024 for THM_PC8.
    return int64_t((decodeThumbImm8x4(read16le(Loc)) + 4) & 0x3FF) - 4;
  case Field::ThumbAbs5:
    return decodeThumbImm5x4(read16le(Loc));
  case Field::ThumbAluAbs:
    return decodeThumbImm8(read16le(Loc));
  case Field::ThumbBcondW:
    return decodeThumbBranch20(readThumb32(Loc));
  case Field::ThumbPC12:
    return decodeThumbLdrLiteralW(readThumb32(Loc));
  case Field::ThumbAdrW:
    return decodeThumbAdrW(readThumb32(Loc));
  case Field::ThumbLdrImm12:
    return decodeThumbLdrImm12(readThumb32(Loc));
  // AAELF32 Branch Future table: the REL addend is the offset with bit 0
  // set ("... | insn[11] << 1 | 1"); the Result_Mask drops it again.
  case Field::ThumbBf16:
    return decodeThumbBf16(readThumb32(Loc)) | 1;
  case Field::ThumbBf12:
    return decodeThumbBf12(readThumb32(Loc)) | 1;
  case Field::ThumbBf18:
    return decodeThumbBf18(readThumb32(Loc)) | 1;
  }
  return 0;
}

uint32_t evaluateFormula(Formula F, const RelocInputs &In) {
  uint32_t SA = In.S + uint32_t(In.A);
  uint32_t T = In.T ? 1 : 0;
  switch (F) {
  case Formula::Nothing:
    return 0;
  case Formula::AbsT:
    return faultPlanted(Fault::ThumbBitLost) ? SA : SA | T;
  case Formula::Abs:
    return SA;
  case Formula::RelT:
    return (SA | T) - In.P;
  case Formula::Rel:
    return SA - In.P;
  case Formula::RelTPa:
    return (SA | T) - (In.P & ~3u);
  case Formula::RelPa:
    return SA - (In.P & ~3u);
  case Formula::GotPrel:
    return In.GotEntry + uint32_t(In.A) - In.P;
  case Formula::GotBrel:
    return In.GotEntry + uint32_t(In.A) - In.GotOrigin;
  case Formula::GotOffT:
    return (SA | T) - In.GotOrigin;
  case Formula::BasePrel:
    return In.GotOrigin + uint32_t(In.A) - In.P;
  case Formula::SbRelT:
    return (SA | T) - (faultPlanted(Fault::SbRelNoBase) ? 0 : In.B);
  case Formula::SbRel:
    return SA - (faultPlanted(Fault::SbRelNoBase) ? 0 : In.B);
  case Formula::BaseAbs:
    return In.B + uint32_t(In.A);
  case Formula::TlsLe:
    return SA - In.TP;
  case Formula::TlsLdo:
    return SA - In.TlsBase;
  case Formula::TlsIe:
  case Formula::TlsGd:
  case Formula::TlsLdm:
    return In.GotEntry + uint32_t(In.A) - In.P;
  case Formula::GotOff:
    return SA - In.GotOrigin;
  case Formula::GotAbs:
    return In.GotEntry + uint32_t(In.A);
  case Formula::TlsIeGp:
    return In.GotEntry + uint32_t(In.A) - In.GotOrigin;
  case Formula::TlsDesc:
    // Local-exec: the literal holds the tp offset itself. Initial-exec:
    // the literal is read by `ldr r0, [pc, r0]` (or `add r0, pc`) at the
    // call, whose PC is the call + 8 (ARM) or + 4 (Thumb). A = literal -
    // call (+ 1 for Thumb), so subtracting 8, or 5 for an odd A, gives
    // GOT(S) - PC there (GNU ld 2.40, measured; docs/tls-descriptors.md).
    if (!tlsDescUsesGot(In.SymbolIsLocal))
      return In.S - In.TP;
    return In.GotEntry + uint32_t(In.A) - In.P - ((In.A & 1) ? 5 : 8);
  }
  return 0;
}

bool branchDestThumb(const RelocKind &K, const RelocInputs &In,
                     const uint8_t *Loc) {
  bool CallerThumb = K.Class != KindClass::Arm;
  if (In.TargetIsFunction)
    return In.T;
  if (K.Place != Field::ArmBranch24 && K.Place != Field::ThumbBranch24)
    return CallerThumb; // no BLX form: Loc is not read
  bool Blx = CallerThumb ? isThumbBlxImm(readThumb32(Loc))
                         : isArmBlxImm(read32le(Loc));
  return CallerThumb != Blx;
}

namespace {

std::optional<RelocProblem> checkRange(int64_t V, ValueRange R) {
  if (V < R.Min || V > R.Max)
    return RelocProblem{ProblemKind::OutOfRange, V, R, ""};
  if (R.Step > 1 && (V % R.Step) != 0)
    return misalignedProblem(V, R, /*ElseNop=*/false);
  return std::nullopt;
}

/// P, saying what its value is when that is not X (RelocProblem::ValueIs).
RelocProblem named(RelocProblem P, const char *ValueIs) {
  P.ValueIs = ValueIs;
  return P;
}

/// A planted fault (Faults.h) that moves a range's positive end one step.
ValueRange plantedRangeEnd(ValueRange R, Fault F) {
  if (faultPlanted(F))
    R.Max += R.Step;
  return R;
}

RelocProblem needsVeneer(std::string Why) {
  return {ProblemKind::NeedsVeneer, 0, {0, 0, 1},
          Why + "; that needs a veneer"};
}

/// ARM B/BL/BLX: CALL and JUMP24.
std::optional<RelocProblem> applyArmBranch(const RelocKind &K,
                                           const ArchProfile &Arch,
                                           const RelocInputs &In,
                                           uint8_t *Loc, RelocOutcome &Out) {
  uint32_t Insn = read32le(Loc);
  bool IsCall = K.Code == 28; // PC24 and PLT32 act as JUMP24
  bool WasBlx = isArmBlxImm(Insn);
  if (In.UndefinedWeak) {
    // AAELF32 5.6.3: a call to an undefined weak symbol becomes a branch to
    // the next instruction (imm24 = -1: P + 8 - 4).
    Out.X = uint32_t(-4);
    Out.Form = WasBlx || isArmBl(Insn) ? BranchForm::ArmBl : BranchForm::ArmB;
    write32le(Loc, WasBlx ? encodeArmBl(Out.X)
                          : encodeArmBranchImm24(Insn, Out.X));
    return std::nullopt;
  }

  uint32_t X = evaluateFormula(K.Form, In);
  bool ToThumb = branchDestThumb(K, In, Loc);
  if (!IsCall && ToThumb)
    return needsVeneer("B/BL<c> to a Thumb function changes state");
  if (ToThumb && !Arch.HasBlxImm)
    return needsVeneer("a call to Thumb needs BLX, which " +
                       std::string(Arch.Name) + " does not have");
  if (ToThumb && !isArmCondAL(Insn) && !WasBlx)
    return needsVeneer("a conditional BL to Thumb cannot become BLX");

  BranchForm Form = ToThumb        ? BranchForm::ArmBlx
                    : isArmB(Insn) ? BranchForm::ArmB
                                   : BranchForm::ArmBl;
  // Bit 0 of X is the Thumb bit only for a Thumb function (T = 1); for a
  // BLX to an odd address that is no function it is a misaligned target.
  int64_t V = int32_t(ToThumb && In.T ? X & ~1u : X);
  if (auto P = checkRange(V, plantedRangeEnd(branchRange(Form, Arch),
                                              Fault::ArmBranchRangeEnd)))
    return named(*P, V != int32_t(X) ? "X & ~1" : nullptr);

  Out.X = X;
  Out.Form = Form;
  if (ToThumb)
    write32le(Loc, encodeArmBlxImm(X));
  else if (WasBlx)
    write32le(Loc, encodeArmBl(X));
  else
    write32le(Loc, encodeArmBranchImm24(Insn, X));
  return std::nullopt;
}

/// Thumb BL/BLX/B.W: THM_CALL and THM_JUMP24.
std::optional<RelocProblem> applyThumbBranch(const RelocKind &K,
                                             const ArchProfile &Arch,
                                             const RelocInputs &In,
                                             uint8_t *Loc,
                                             RelocOutcome &Out) {
  Thumb32 I = readThumb32(Loc);
  bool IsCall = K.Code == 10;
  if (!IsCall && !Arch.HasThumbBW)
    return RelocProblem{ProblemKind::NotOnArch, 0, {0, 0, 1},
                        "B.W (T4) does not exist on " +
                            std::string(Arch.Name)};
  if (In.UndefinedWeak) {
    // Branch to the next instruction: v = 0 (P + 4).
    Out.X = 0;
    Out.Form = IsCall ? BranchForm::ThumbBl : BranchForm::ThumbBW;
    writeThumb32(Loc, encodeThumbBranch24(
                          IsCall ? setThumbBlxBit(I, false) : I, 0));
    return std::nullopt;
  }

  uint32_t X = evaluateFormula(K.Form, In);
  bool ToArm = !branchDestThumb(K, In, Loc);
  if (ToArm && !Arch.HasArmState)
    return RelocProblem{ProblemKind::NotOnArch, 0, {0, 0, 1},
                        std::string(In.TargetIsFunction
                                        ? "target is an ARM-state function"
                                        : "BLX enters ARM state") +
                            ", but " + std::string(Arch.Name) +
                            " has no ARM state"};
  if (!IsCall && ToArm)
    return needsVeneer("B.W to an ARM function changes state");
  if (ToArm && !Arch.HasBlxImm)
    return needsVeneer("a call to ARM needs BLX, which " +
                       std::string(Arch.Name) + " does not have");

  if (ToArm) {
    // BLX: the target is Align(P + 4, 4) + v, so v is taken from Pa.
    uint32_t Pa = faultPlanted(Fault::BlxNotRounded) ? In.P : In.P & ~3u;
    uint32_t V = In.S + uint32_t(In.A) - Pa;
    if (auto P = checkRange(int32_t(V), branchRange(BranchForm::ThumbBlx,
                                                     Arch)))
      return named(*P, "v = S + A - Pa");
    Out.X = X;
    Out.Form = BranchForm::ThumbBlx;
    writeThumb32(Loc, encodeThumbBranch24(setThumbBlxBit(I, true), V));
    return std::nullopt;
  }

  BranchForm Form = IsCall ? BranchForm::ThumbBl : BranchForm::ThumbBW;
  int64_t V = int32_t(In.T ? X & ~1u : X);
  if (auto P = checkRange(V, plantedRangeEnd(branchRange(Form, Arch),
                                              Fault::ThumbCallRangeEnd)))
    return named(*P, V != int32_t(X) ? "X & ~1" : nullptr);
  Out.X = X;
  Out.Form = Form;
  writeThumb32(Loc, encodeThumbBranch24(IsCall ? setThumbBlxBit(I, false) : I,
                                        uint32_t(V)));
  return std::nullopt;
}

/// Thumb branches that can never change state themselves: THM_JUMP11,
/// THM_JUMP8, THM_JUMP6 (AAELF32 5.6.3: no veneer; out of range is an
/// error) and THM_JUMP19, which the linker may send through a veneer
/// (out of range, or to an ARM function where there is ARM state).
std::optional<RelocProblem> applyThumbShortBranch(const RelocKind &K,
                                                  const ArchProfile &Arch,
                                                  const RelocInputs &In,
                                                  uint8_t *Loc,
                                                  RelocOutcome &Out) {
  if (In.TargetIsFunction && !In.T && !Arch.HasArmState)
    return RelocProblem{ProblemKind::NotOnArch, 0, {0, 0, 1},
                        "target is an ARM-state function, but " +
                            std::string(Arch.Name) + " has no ARM state"};
  if (In.TargetIsFunction && !In.T)
    return K.Place == Field::ThumbBcondW
               ? needsVeneer("B<c>.W to an ARM function changes state")
               : RelocProblem{ProblemKind::NeedsVeneer, 0, {0, 0, 1},
                              "a 16-bit Thumb branch cannot reach an ARM "
                              "function, and AAELF32 allows no veneer here"};
  // An undefined weak target becomes a branch to the next instruction, as
  // for calls (the ABI leaves Thumb jumps implementation-defined). CBZ
  // cannot reach its next instruction, so that is an error.
  bool Is16 = K.Class == KindClass::Thumb16;
  if (In.UndefinedWeak && K.Place == Field::ThumbCbz)
    return RelocProblem{ProblemKind::NotOnArch, 0, {0, 0, 1},
                        "the target is an undefined weak symbol, and CBZ/CBNZ "
                        "cannot branch to the next instruction"};
  uint32_t X = In.UndefinedWeak ? (Is16 ? uint32_t(-2) : 0)
                                : evaluateFormula(K.Form, In);
  // Only ((S + A) | T) - P (THM_JUMP19) carries the Thumb bit in X; for
  // S + A - P an odd X is a misaligned target.
  bool HasT = In.T && K.Form == Formula::RelT;
  int64_t V = int32_t(HasT ? X & ~1u : X);
  std::optional<ValueRange> Fixed = fieldRange(K.Place);
  if (K.Place != Field::ThumbBcondW && !Fixed)
    return missingPart(K, "range (fieldRange)");
  ValueRange Range = K.Place == Field::ThumbBcondW
                         ? branchRange(BranchForm::ThumbBcondW, Arch)
                         : *Fixed;
  if (K.Place == Field::ThumbCbz)
    Range = plantedRangeEnd(Range, Fault::CbzRangeEnd);
  if (K.Place == Field::ThumbB11 && faultPlanted(Fault::Jump11Odd))
    Range.Step = 1;
  if (auto P = checkRange(V, Range))
    return named(*P, V != int32_t(X) ? "X & ~1" : nullptr);

  Out.X = X;
  uint16_t H = read16le(Loc);
  switch (K.Place) {
  case Field::ThumbB11:
    write16le(Loc, encodeThumbB11(H, uint32_t(V)));
    break;
  case Field::ThumbBcond8:
    write16le(Loc, encodeThumbBcond8(H, uint32_t(V)));
    break;
  case Field::ThumbCbz:
    write16le(Loc, encodeThumbCbzOffset(H, uint32_t(V)));
    break;
  case Field::ThumbBcondW:
    Out.Form = BranchForm::ThumbBcondW;
    writeThumb32(Loc, encodeThumbBranch20(readThumb32(Loc), uint32_t(V)));
    break;
  default:
    return missingPart(K, "branch encoder (applyThumbShortBranch)");
  }
  return std::nullopt;
}

/// Group relocations (AAELF32 5.6.1.5): ADD/SUB take group n of |X|; the
/// loads and stores take what groups 0..n-1 leave, and must hold it all.
/// The sign of X chooses ADD or SUB, or the U bit.
std::optional<RelocProblem> applyGroup(const RelocKind &K,
                                       const RelocInputs &In, uint8_t *Loc,
                                       RelocOutcome &Out) {
  uint32_t X = evaluateFormula(K.Form, In);
  bool Negative = int32_t(X) < 0;
  uint32_t Y0 = Negative ? 0u - X : X;
  GroupInfo Group = *groupOf(K);
  uint32_t Insn = read32le(Loc);

  if (K.Place == Field::ArmAluGroup) {
    GroupChunk C = splitGroup(Y0, Group.N);
    if (Group.Checked && C.Residual != 0)
      return RelocProblem{
          ProblemKind::OutOfRange, int32_t(X), {0, 0, 1},
          "value " + formatValue(int32_t(X)) + " leaves " +
              formatValue(C.Residual) + " after group G" +
              std::to_string(Group.N) + " (expected 0: use the _NC form or "
                                        "another instruction)"};
    Out.X = X;
    write32le(Loc, encodeArmAddSubImm(Insn, Negative, C));
    return std::nullopt;
  }

  uint32_t R = groupResidual(Y0, Group.N);
  std::optional<ValueRange> Fixed = fieldRange(K.Place);
  if (!Fixed)
    return missingPart(K, "range (fieldRange)");
  ValueRange Range = *Fixed;
  if (R > uint32_t(Range.Max) || R % Range.Step)
    return RelocProblem{ProblemKind::OutOfRange, int32_t(X), Range,
                        "value " + formatValue(int32_t(X)) + " leaves " +
                            formatValue(R) + " for the offset after " +
                            std::to_string(Group.N) +
                            " ALU group(s); the field holds " +
                            (Range.Step > 1 ? "multiples of 4 in " : "") +
                            "[0, " + std::to_string(Range.Max) + "]"};
  Out.X = X;
  if (K.Place == Field::ArmLdrGroup)
    write32le(Loc, encodeArmLdrImm12U(Insn, Negative, R));
  else if (K.Place == Field::ArmLdrsGroup)
    write32le(Loc, encodeArmLdrsImm8(Insn, Negative, R));
  else
    write32le(Loc, encodeArmLdcImm8x4(Insn, Negative, R));
  return std::nullopt;
}

/// Fields with a fixed range and no state logic: data halfwords and bytes,
/// PC-relative and absolute load/ADR offsets, Thumb-1 byte lanes.
std::optional<RelocProblem> applyFixedField(const RelocKind &K,
                                            const RelocInputs &In,
                                            uint8_t *Loc, RelocOutcome &Out) {
  uint32_t X = evaluateFormula(K.Form, In);
  int64_t V = faultPlanted(Fault::FieldNoSignExtend) ? int64_t(X)
                                                      : int64_t(int32_t(X));
  // Every field here has a range but a Thumb-1 byte lane (each takes a
  // byte of X) and V4BX's place (nothing is written).
  std::optional<ValueRange> Range = fieldRange(K.Place);
  if (!Range && K.Place != Field::ThumbAluAbs && K.Place != Field::ArmBx)
    return missingPart(K, "range (fieldRange)");
  if (Range)
    if (auto P = checkRange(V, *Range))
      return P;

  Out.X = X;
  switch (K.Place) {
  case Field::Data16:
    write16le(Loc, uint16_t(X));
    break;
  case Field::Data8:
    Loc[0] = uint8_t(X);
    break;
  case Field::ArmLdrImm12:
    write32le(Loc, encodeArmLdrImm12(read32le(Loc), int32_t(X)));
    break;
  case Field::ThumbPC8:
    write16le(Loc, encodeThumbImm8x4(read16le(Loc), X));
    break;
  case Field::ThumbAbs5:
    write16le(Loc, encodeThumbImm5x4(read16le(Loc), X));
    break;
  case Field::ThumbAluAbs: {
    // G0..G3 (codes 132..135) take byte 0..3 of X.
    unsigned Lane = K.Code - 132;
    write16le(Loc, encodeThumbImm8(read16le(Loc), uint8_t(X >> (8 * Lane))));
    break;
  }
  case Field::ThumbPC12:
    writeThumb32(Loc, encodeThumbLdrLiteralW(readThumb32(Loc), int32_t(X)));
    break;
  case Field::ThumbAdrW:
    writeThumb32(Loc, encodeThumbAdrW(readThumb32(Loc), int32_t(X)));
    break;
  case Field::ThumbLdrImm12:
    writeThumb32(Loc, encodeThumbLdrImm12(readThumb32(Loc), X));
    break;
  case Field::ArmBx: // V4BX marks the place; nothing is written
    break;
  default:
    return missingPart(K, "encoder (applyFixedField)");
  }
  return std::nullopt;
}

/// Writes offset V into a BF, BFCSEL or BFL, keeping its other fields.
void writeBranchFuture(Field Place, uint8_t *Loc, uint32_t V) {
  Thumb32 I = readThumb32(Loc);
  if (Place == Field::ThumbBf16)
    writeThumb32(Loc, encodeThumbBf16(I, V));
  else if (Place == Field::ThumbBf12)
    writeThumb32(Loc, encodeThumbBf12(I, V));
  else
    writeThumb32(Loc, encodeThumbBf18(I, V));
}

/// Branch Future (AAELF32 "Armv8.1-M Mainline Branch Future relocations"):
/// BF, BFCSEL and BFL take the offset X & ~1 from PC (P + 4). Bit 0 of X
/// is the Thumb bit (T, or the REL addend's own bit 0), never part of the
/// offset. Out of range, or to an undefined weak symbol, the instruction
/// becomes NOP.W: the ABI allows a NOP (or an existing trampoline, which
/// relocheck never has) and asks for no error. A target at an odd address
/// that is not a Thumb function is an error, as for every Thumb branch.
std::optional<RelocProblem> applyBranchFuture(const RelocKind &K,
                                              const ArchProfile &Arch,
                                              const RelocInputs &In,
                                              uint8_t *Loc, RelocOutcome &Out) {
  uint32_t X = evaluateFormula(K.Form, In);
  std::optional<ValueRange> Fixed = fieldRange(K.Place);
  if (!Fixed)
    return missingPart(K, "range (fieldRange)");
  ValueRange Range = *Fixed;
  if (!In.UndefinedWeak && In.TargetIsFunction && !In.T)
    return RelocProblem{ProblemKind::NotOnArch, 0, {0, 0, 1},
                        "target is an ARM-state function, but a Branch "
                        "Future enters Thumb state (" +
                            std::string(Arch.Name) + " has no ARM state)"};
  if (!In.UndefinedWeak && !In.T && (In.S & 1)) {
    int64_t Offset = int32_t(In.S + (uint32_t(In.A) & ~1u) - In.P);
    return misalignedProblem(Offset, Range, /*ElseNop=*/true);
  }

  Out.X = X;
  int64_t V = int32_t(X & ~1u);
  Out.BecameNop = In.UndefinedWeak || V < Range.Min || V > Range.Max;
  if (Out.BecameNop)
    writeThumb32(Loc, thumbNopW());
  else
    writeBranchFuture(K.Place, Loc, uint32_t(V));
  return std::nullopt;
}

/// MOVW_BREL and THM_MOVW_BREL are the only checked MOVW forms: X must be
/// what MOVW's zero-extended imm16 can hold, [0, 65535].
std::optional<RelocProblem> checkMovwBrel(const RelocKind &K, uint32_t X) {
  if (K.Check != RangeCheck::Field)
    return std::nullopt;
  if (auto Range = fieldRange(K.Place))
    return checkRange(int32_t(X), *Range);
  return missingPart(K, "range (fieldRange)");
}

} // namespace

std::optional<RelocProblem> applyRelocation(const RelocKind &K,
                                            const ArchProfile &Arch,
                                            const RelocInputs &In,
                                            uint8_t *Loc,
                                            RelocOutcome &Out) {
  if (!kindExistsOnArch(K, Arch))
    return RelocProblem{ProblemKind::NotOnArch, 0, {0, 0, 1},
                        notOnArchReason(K, Arch)};
  if (auto P = checkPlace(K, Loc, &Arch))
    return P;

  uint32_t X = evaluateFormula(K.Form, In);
  TlsDescRelax Relax = tlsDescUsesGot(In.SymbolIsLocal)
                           ? TlsDescRelax::InitialExec
                           : TlsDescRelax::LocalExec;
  switch (K.Place) {
  case Field::None:
    return std::nullopt;
  case Field::ArmTlsCall:
    write32le(Loc, relaxArmTlsCall(Relax));
    break;
  case Field::ThumbTlsCall:
    // NOP.W (T2 hint) comes with full Thumb-2, as B<c>.W does.
    writeThumb32(Loc, relaxThumbTlsCall(Relax, Arch.HasThumbBcondW));
    break;
  case Field::ArmTlsDescSeq:
    write32le(Loc, relaxArmTlsDescSeq(read32le(Loc), Relax));
    break;
  case Field::ThumbTlsDescSeq16:
    write16le(Loc, relaxThumbTlsDescSeq16(read16le(Loc), Relax));
    break;
  case Field::Word32:
    write32le(Loc, X);
    break;
  case Field::Prel31:
    if (auto P = checkRange(int32_t(X), *signedRange(K)))
      return P;
    write32le(Loc, encodePrel31(read32le(Loc), X));
    break;
  case Field::ArmMovw:
    if (auto P = checkMovwBrel(K, X))
      return P;
    write32le(Loc, encodeArmMovImm16(read32le(Loc), uint16_t(X)));
    break;
  case Field::ArmMovt:
    write32le(Loc, encodeArmMovImm16(
                       read32le(Loc), uint16_t(faultPlanted(Fault::MovtLowHalf)
                                                   ? X
                                                   : X >> 16)));
    break;
  case Field::ThumbMovw:
    if (auto P = checkMovwBrel(K, X))
      return P;
    writeThumb32(Loc, encodeThumbMovImm16(readThumb32(Loc), uint16_t(X)));
    break;
  case Field::ThumbMovt:
    writeThumb32(Loc,
                 encodeThumbMovImm16(readThumb32(Loc), uint16_t(X >> 16)));
    break;
  case Field::ArmBranch24:
    return applyArmBranch(K, Arch, In, Loc, Out);
  case Field::ThumbBranch24:
    return applyThumbBranch(K, Arch, In, Loc, Out);
  case Field::ThumbB11:
  case Field::ThumbBcond8:
  case Field::ThumbCbz:
  case Field::ThumbBcondW:
    return applyThumbShortBranch(K, Arch, In, Loc, Out);
  case Field::ArmAluGroup:
  case Field::ArmLdrGroup:
  case Field::ArmLdrsGroup:
  case Field::ArmLdcGroup:
    return applyGroup(K, In, Loc, Out);
  case Field::ThumbBf16:
  case Field::ThumbBf12:
  case Field::ThumbBf18:
    return applyBranchFuture(K, Arch, In, Loc, Out);
  default:
    return applyFixedField(K, In, Loc, Out);
  }
  Out.X = X;
  return std::nullopt;
}

std::string formatValue(int64_t V) {
  char Buf[48];
  std::snprintf(Buf, sizeof(Buf), "%lld (0x%x)", (long long)V, uint32_t(V));
  return Buf;
}

/// "X & ~1 = " before a value that is not X itself, else "".
static std::string valueName(const RelocProblem &P) {
  return P.ValueIs ? std::string(P.ValueIs) + " = " : std::string();
}

RelocProblem misalignedProblem(int64_t Value, const ValueRange &R,
                               bool ElseNop) {
  RelocProblem P{ProblemKind::Misaligned, Value, R, ""};
  if (ElseNop)
    P.Detail = "value " + formatValue(Value) + " is not a multiple of " +
               std::to_string(R.Step) +
               " (misaligned target); allowed: any multiple of " +
               std::to_string(R.Step) + " (out of reach: a NOP)";
  return P;
}

std::string describeProblem(const RelocProblem &P) {
  if (!P.Detail.empty())
    return P.Detail;
  switch (P.Kind) {
  case ProblemKind::OutOfRange:
    // Off the range's step too: both are said (the step alone was not).
    return "value " + valueName(P) + formatValue(P.Value) + " is not in [" +
           std::to_string(P.Range.Min) + ", " + std::to_string(P.Range.Max) +
           "]" +
           (P.Range.Step > 1 && P.Value % P.Range.Step != 0
                ? ", nor a multiple of " + std::to_string(P.Range.Step)
                : "");
  case ProblemKind::Misaligned:
    return "value " + valueName(P) + formatValue(P.Value) +
           " is not a multiple of " + std::to_string(P.Range.Step) +
           " (misaligned target); allowed: multiples of " +
           std::to_string(P.Range.Step) + " in [" +
           std::to_string(P.Range.Min) + ", " + std::to_string(P.Range.Max) +
           "]";
  default:
    return P.Detail;
  }
}

} // namespace relocheck
