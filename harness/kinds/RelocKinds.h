//===- RelocKinds.h - The one table of relocation kinds ---------*- C++ -*-===//
//
// Every relocation kind relocheck knows is one row here: code, name, class,
// formula, field, check and alignment. The linker core dispatches on the
// row, `relocheck kinds` prints the rows, the unit tests derive their
// boundary tables from them. Rows with Status::Unsupported name kinds of the
// AAELF32 table that the core does not apply yet; a site using one is a
// clear error, never a silent pass.
//
//===----------------------------------------------------------------------===//
#ifndef RELOCHECK_KINDS_RELOCKINDS_H
#define RELOCHECK_KINDS_RELOCKINDS_H

#include "kinds/Arch.h"

#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

namespace relocheck {

/// AAELF32 table "Relocation codes": class column.
enum class KindClass { Data, Arm, Thumb16, Thumb32, Misc };

/// The value X a relocation computes (AAELF32 notation).
enum class Formula {
  Nothing, // R_ARM_NONE: nothing is written
  AbsT,    // (S + A) | T
  Abs,     // S + A
  RelT,    // ((S + A) | T) - P
  Rel,     // S + A - P
  RelTPa,  // ((S + A) | T) - Pa, Pa = P & ~3 (Thumb literal forms)
  RelPa,   // S + A - Pa
  GotPrel, // GOT(S) + A - P
  GotBrel, // GOT(S) + A - GOT_ORG
  GotOffT, // ((S + A) | T) - GOT_ORG
  BasePrel, // B(S) + A - P, with B(S) = GOT_ORG (lld and GNU ld)
  SbRelT,  // ((S + A) | T) - B(S), B(S) the static base
  SbRel,   // S + A - B(S)
  BaseAbs, // B(S) + A
  TlsLe,   // S + A - tp (tp = start of the TLS block - align_up(8, align))
  TlsLdo,  // S + A - TLS (offset in the module's TLS block)
  TlsIe,   // GOT(S) + A - P, the GOT word holding S's tp offset
  TlsGd,   // GOT(S) + A - P, two GOT words: module 1, offset of S
  TlsLdm,  // GOT(S) + A - P, two GOT words: module 1, 0
  GotOff,  // S + A - GOT_ORG (no T: the 12-bit load offsets)
  GotAbs,  // GOT(S) + A
  TlsIeGp, // GOT(S) + A - GOT_ORG, the GOT word holding S's tp offset
  TlsDesc, // TLS_GOTDESC relaxed as GNU ld does in a static link: S - tp
           // for a local symbol (A ignored); for any other
           // GOT(S) + A - P - 8, or - 5 when A is odd (a Thumb sequence)
};

/// Whether the formula needs a GOT entry for S, or the GOT origin (TlsDesc
/// needs one only for a symbol that is not local: tlsDescUsesGot).
bool formulaUsesGotEntry(Formula F);
bool formulaUsesGotOrigin(Formula F);

/// Whether a TLS descriptor sequence for this symbol is relaxed to
/// initial-exec through a GOT word (GNU ld 2.40: any symbol that is not
/// STB_LOCAL in its object) rather than to local-exec.
inline bool tlsDescUsesGot(bool SymbolIsLocal) { return !SymbolIsLocal; }

/// The place a kind writes: one encoder/decoder pair per field.
enum class Field {
  None,
  Word32,        // 32-bit data word
  Prel31,        // bits [30:0] of a data word
  ArmBranch24,   // ARM B/BL/BLX imm24 (+H)
  ArmMovw,       // ARM MOVW imm16 = X[15:0]
  ArmMovt,       // ARM MOVT imm16 = X[31:16]
  ThumbBranch24, // Thumb BL/BLX/B.W S:J1:J2:imm10:imm11
  ThumbMovw,     // Thumb MOVW imm16 = X[15:0]
  ThumbMovt,     // Thumb MOVT imm16 = X[31:16]
  Data16,        // 16-bit data halfword
  Data8,         // data byte
  ArmLdrImm12,   // ARM LDR/STR imm12 with U: |X| <= 0xFFF
  ArmBx,         // BX Rm: the place of V4BX, nothing written
  ThumbB11,      // Thumb B (T2) imm11
  ThumbBcond8,   // Thumb B<c> (T1) imm8
  ThumbCbz,      // CBZ/CBNZ i:imm5
  ThumbPC8,      // Thumb LDR (literal) T1 / ADR T1 imm8 * 4, from Pa
  ThumbAbs5,     // Thumb LDR/STR (immediate) T1 imm5 * 4
  ThumbAluAbs,   // Thumb MOVS/ADDS imm8: one byte of X
  ThumbBcondW,   // Thumb B<c>.W (T3) S:J2:J1:imm6:imm11
  ThumbPC12,     // Thumb LDR (literal) T2 imm12 with U, from Pa
  ThumbAdrW,     // Thumb ADR.W (ADDW/SUBW Rd, PC) imm12, from Pa
  ArmAluGroup,   // ARM ADD/SUB imm: one group of |X|, opcode from the sign
  ArmLdrGroup,   // ARM LDR/STR imm12: the residual after the ALU groups
  ArmLdrsGroup,  // ARM LDRH/LDRSB/LDRD imm4H:imm4L: residual
  ArmLdcGroup,   // ARM LDC/STC imm8 * 4: residual
  ThumbLdrImm12, // Thumb LDR (immediate) T3: imm12, 0..0xFFF, no sign
  ThumbBf16,     // BF: target offset immA(5):immB(10):immC(1):'0'
  ThumbBf12,     // BFCSEL: target offset immA(1):immB:immC:'0'
  ThumbBf18,     // BFL: target offset immA(7):immB:immC:'0'
  // TLS descriptor sequences, relaxed (docs/tls-descriptors.md):
  ArmTlsCall,        // ARM BL/BLX of TLS_CALL, rewritten whole
  ThumbTlsCall,      // Thumb BL/BLX of THM_TLS_CALL, rewritten whole
  ArmTlsDescSeq,     // ADD Rd, PC, Rm / LDR Rt, [Rn, #4] / BLX Rm
  ThumbTlsDescSeq16, // ADD Rdn, PC / LDR Rt, [Rn, #4] / BLX Rm (16-bit)
};


/// How X is range-checked.
enum class RangeCheck {
  None,   // unchecked, or NC ("no check") kinds
  Signed, // X must fit SignedBits as a signed value
  Branch, // range and step depend on the instruction and architecture
  Field,  // the field's fixed range: fieldRange()
  ElseNop, // fieldRange(), but out of range the instruction becomes a NOP,
           // never an error (AAELF32 Branch Future relocations)
};

enum class Status { Supported, Unsupported };

struct RelocKind {
  uint32_t Code;
  std::string_view Name; // without the R_ARM_ prefix
  KindClass Class;
  Formula Form;
  Field Place;
  RangeCheck Check;
  unsigned SignedBits; // for RangeCheck::Signed
  unsigned Align;      // X must be a multiple of this (1: none)
  Status State;
  std::string_view Instructions; // what the field may hold, for docs
  std::string_view AbiFormula;   // X as AAELF32 writes it, for docs
  std::string_view AbiCheck;     // the ABI's overflow check, for docs
};

/// Which group a group relocation takes, and whether it checks that nothing
/// is left over (AAELF32 5.6.1.5; the _NC forms do not).
struct GroupInfo {
  unsigned N;
  bool Checked;
};
std::optional<GroupInfo> groupOf(const RelocKind &K);

/// The row for an ELF r_type, or nullptr when the code is unknown.
/// The fields of a TLS descriptor sequence's call and markers
/// (TLS_CALL, THM_TLS_CALL, TLS_DESCSEQ, THM_TLS_DESCSEQ16): a static
/// link relaxes the instruction there rather than filling a field.
bool isTlsDescCode(Field F);

/// Whether the formula reads tp or the TLS block's address (directly or
/// through the GOT words it needs): every Tls* formula.
bool isTlsFormula(Formula F);

const RelocKind *lookupKind(uint32_t Code);
/// The row for a name, with or without "R_ARM_", or nullptr.
const RelocKind *lookupKind(std::string_view Name);
const std::vector<RelocKind> &allKinds();

/// "R_ARM_CALL"; for codes without a row, "R_ARM_<code>".
std::string kindDisplayName(uint32_t Code);
/// The name of one of AAELF32's dynamic relocation codes (COPY,
/// GLOB_DAT, ...), which belong to dynamic linking and never to a
/// relocatable object's static link.
std::optional<std::string_view> dynamicKindName(uint32_t Code);
/// Whether Name ("R_ARM_COPY" or "COPY") is one of those dynamic kinds.
bool isDynamicKindName(std::string_view Name);

std::string_view formulaText(Formula F);
std::string_view classText(KindClass C);

/// Inclusive range of X and the step X must be a multiple of.
struct ValueRange {
  int64_t Min;
  int64_t Max;
  unsigned Step;
};

/// The branch forms a relocation can end up writing.
enum class BranchForm {
  ArmB,
  ArmBl,
  ArmBlx,
  ThumbBl,
  ThumbBlx,
  ThumbBW,
  ThumbBcondW
};

/// Exact inclusive bounds of X for a branch form (AAELF32 "Call and Jump
/// relocations"; Arm ARM "BL, BLX (immediate)"). For Thumb BLX the bound
/// applies to v = S + A - Pa.
ValueRange branchRange(BranchForm F, const ArchProfile &Arch);

/// The bits a relocation of field F may change in the instruction T, in
/// T's layout (a 32-bit Thumb instruction's first halfword low), from the
/// Arm ARM's encodings: nothing else may move, whoever links. A BL may
/// become BLX (ARM: the condition and H; Thumb: bit 12), a B may not; an
/// ALU group's ADD may become SUB, an ADR.W's ADDW SUBW, a load's U flip.
uint32_t fieldWriteBits(Field F, uint32_t T);

/// Inclusive range and step of X for fields with a fixed range (AAELF32
/// Thumb16/Thumb32/Arm/Data relocation tables), or nullopt.
std::optional<ValueRange> fieldRange(Field F);

/// Range of a kind with RangeCheck::Signed, or nullopt when unchecked.
std::optional<ValueRange> signedRange(const RelocKind &K);

/// Which LDR/STR (immediate, A1) forms a kind writing Field::ArmLdrImm12
/// or ArmLdrGroup may relocate, as AAELF32's static ARM relocation table
/// lists them: LDR_PC_G0 and the LDR_*_Gn groups LDR, STR, LDRB and STRB;
/// ABS12, GOTOFF12, TLS_LDO12 and TLS_LE12 LDR and STR; GOT_BREL12 and
/// TLS_IE12GP only LDR (a GOT word). The table is silent on the memory
/// hints; LLVM MC emits LDR_PC_G0 for `pld label`, and lld and GNU ld
/// patch PLD and PLI like LDRB, so the groups take them too.
struct LdrForms {
  bool Store;   // STR (and STRB when Byte)
  bool Byte;    // LDRB (and STRB when Store)
  bool Preload; // PLD and PLI (immediate, literal)
};
LdrForms armLdrForms(const RelocKind &K);

/// The deprecated GNU vtable-GC markers (GNU_VTENTRY, GNU_VTINHERIT), which
/// AAELF32 says "may be safely ignored": they write nothing and need not
/// have their symbol defined.
inline bool isIgnoredMarker(const RelocKind &K) {
  return K.Code == 100 || K.Code == 101;
}

/// Whether the kind can appear in an object for this architecture at all
/// (ARM-state kinds cannot exist on M-profile; MOVW/MOVT need v6T2 or v8-M).
bool kindExistsOnArch(const RelocKind &K, const ArchProfile &Arch);

} // namespace relocheck

#endif
