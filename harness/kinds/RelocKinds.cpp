//===- RelocKinds.cpp - The one table of relocation kinds -----------------===//
//
// Rows follow AAELF32 (2025Q4) section 5.6, table "Relocation codes", and the
// static Data/Arm/Thumb32/Misc tables after it.
//
//===----------------------------------------------------------------------===//
#include "kinds/RelocKinds.h"

#include <array>
#include <optional>

#include <string>

namespace relocheck {

namespace {
using C = KindClass;
using F = Formula;
using P = Field;
using R = RangeCheck;
constexpr Status Yes = Status::Supported;
constexpr Status No = Status::Unsupported;
} // namespace

const std::vector<RelocKind> &allKinds() {
  // clang-format off
  static const std::vector<RelocKind> Kinds = {
    // {code, name, class, formula, field,
    //  check, signed bits, alignment, status, instructions,
    //  ABI formula and check as AAELF32 writes them}
    {0, "NONE", C::Misc, F::Nothing, P::None,
     R::None, 0, 1, Yes, "any",
     "-", "-"},
    {1, "PC24", C::Arm, F::RelT, P::ArmBranch24,
     R::Branch, 26, 4, Yes, "B, BL (deprecated)",
     "((S+A)|T)-P", "s26"},
    {2, "ABS32", C::Data, F::AbsT, P::Word32,
     R::None, 0, 1, Yes, "data word",
     "(S+A)|T", "none"},
    {3, "REL32", C::Data, F::RelT, P::Word32,
     R::None, 0, 1, Yes, "data word",
     "((S+A)|T)-P", "none"},
    {4, "LDR_PC_G0", C::Arm, F::Rel, P::ArmLdrImm12,
     R::Field, 0, 1, Yes, "LDR/STR{,B}, PLD/PLI imm12",
     "S+A-P", "|X| <= 0xFFF"},
    {5, "ABS16", C::Data, F::Abs, P::Data16,
     R::Field, 0, 1, Yes, "data halfword",
     "S+A", "-32768..65535"},
    {6, "ABS12", C::Arm, F::Abs, P::ArmLdrImm12,
     R::Field, 0, 1, Yes, "LDR/STR imm12",
     "S+A", "|X| <= 0xFFF"},
    {7, "THM_ABS5", C::Thumb16, F::Abs, P::ThumbAbs5,
     R::Field, 0, 4, Yes, "LDR/STR imm5 (T1)",
     "S+A", "0..124"},
    {8, "ABS8", C::Data, F::Abs, P::Data8,
     R::Field, 0, 1, Yes, "data byte",
     "S+A", "-128..255"},
    {9, "SBREL32", C::Data, F::SbRelT, P::Word32,
     R::None, 0, 1, Yes, "data word",
     "((S+A)|T)-B(S)", "none"},
    {10, "THM_CALL", C::Thumb32, F::RelT, P::ThumbBranch24,
     R::Branch, 25, 2, Yes, "BL (T1), BLX (T2)",
     "((S+A)|T)-P", "s25 (s23 v4T-v6)"},
    {11, "THM_PC8", C::Thumb16, F::RelPa, P::ThumbPC8,
     R::Field, 0, 4, Yes, "LDR literal (T1), ADR (T1)",
     "S+A-Pa", "0..1020"},
    {24, "GOTOFF32", C::Data, F::GotOffT, P::Word32,
     R::None, 0, 1, Yes, "data word",
     "((S+A)|T)-GOT_ORG", "none"},
    {25, "BASE_PREL", C::Data, F::BasePrel, P::Word32,
     R::None, 0, 1, Yes, "data word",
     "B(S)+A-P", "none"},
    {26, "GOT_BREL", C::Data, F::GotBrel, P::Word32,
     R::None, 0, 1, Yes, "data word",
     "GOT(S)+A-GOT_ORG", "none"},
    {27, "PLT32", C::Arm, F::RelT, P::ArmBranch24,
     R::Branch, 26, 4, Yes, "B, BL (deprecated)",
     "((S+A)|T)-P", "s26"},
    {28, "CALL", C::Arm, F::RelT, P::ArmBranch24,
     R::Branch, 26, 4, Yes, "BL (A1), BLX (A2)",
     "((S+A)|T)-P", "s26 (BLX: step 2)"},
    {29, "JUMP24", C::Arm, F::RelT, P::ArmBranch24,
     R::Branch, 26, 4, Yes, "B (A1), BL<c> (A1)",
     "((S+A)|T)-P", "s26"},
    {30, "THM_JUMP24", C::Thumb32, F::RelT, P::ThumbBranch24,
     R::Branch, 25, 2, Yes, "B.W (T4)",
     "((S+A)|T)-P", "s25"},
    {31, "BASE_ABS", C::Data, F::BaseAbs, P::Word32,
     R::None, 0, 1, Yes, "data word",
     "B(S)+A", "none"},
    {38, "TARGET1", C::Misc, F::AbsT, P::Word32,
     R::None, 0, 1, Yes, "init/fini array word (as ABS32)",
     "ABS32 or REL32 (§5)", "none"},
    {40, "V4BX", C::Misc, F::Nothing, P::ArmBx,
     R::None, 0, 1, Yes, "BX Rm",
     "nothing; marks a BX Rm", "-"},
    {41, "TARGET2", C::Misc, F::GotPrel, P::Word32,
     R::None, 0, 1, Yes, "EH table word",
     "ABS32, REL32 or GOT_PREL (§5)", "none"},
    {42, "PREL31", C::Data, F::RelT, P::Prel31,
     R::Signed, 31, 1, Yes, "data word, bit 31 kept",
     "((S+A)|T)-P", "s31"},
    {43, "MOVW_ABS_NC", C::Arm, F::AbsT, P::ArmMovw,
     R::None, 0, 1, Yes, "MOVW (A2)",
     "(S+A)|T", "none"},
    {44, "MOVT_ABS", C::Arm, F::Abs, P::ArmMovt,
     R::None, 0, 1, Yes, "MOVT (A1)",
     "S+A", "none"},
    {45, "MOVW_PREL_NC", C::Arm, F::RelT, P::ArmMovw,
     R::None, 0, 1, Yes, "MOVW (A2)",
     "((S+A)|T)-P", "none"},
    {46, "MOVT_PREL", C::Arm, F::Rel, P::ArmMovt,
     R::None, 0, 1, Yes, "MOVT (A1)",
     "S+A-P", "none"},
    {47, "THM_MOVW_ABS_NC", C::Thumb32, F::AbsT, P::ThumbMovw,
     R::None, 0, 1, Yes, "MOVW (T3)",
     "(S+A)|T", "none"},
    {48, "THM_MOVT_ABS", C::Thumb32, F::Abs, P::ThumbMovt,
     R::None, 0, 1, Yes, "MOVT (T1)",
     "S+A", "none"},
    {49, "THM_MOVW_PREL_NC", C::Thumb32, F::RelT, P::ThumbMovw,
     R::None, 0, 1, Yes, "MOVW (T3)",
     "((S+A)|T)-P", "none"},
    {50, "THM_MOVT_PREL", C::Thumb32, F::Rel, P::ThumbMovt,
     R::None, 0, 1, Yes, "MOVT (T1)",
     "S+A-P", "none"},
    {51, "THM_JUMP19", C::Thumb32, F::RelT, P::ThumbBcondW,
     R::Branch, 21, 2, Yes, "B<c>.W (T3)",
     "((S+A)|T)-P", "s21"},
    {52, "THM_JUMP6", C::Thumb16, F::Rel, P::ThumbCbz,
     R::Field, 0, 2, Yes, "CBZ, CBNZ",
     "S+A-P", "0..126"},
    {53, "THM_ALU_PREL_11_0", C::Thumb32, F::RelTPa, P::ThumbAdrW,
     R::Field, 0, 1, Yes, "ADR.W (T2/T3)",
     "((S+A)|T)-Pa", "|X| <= 0xFFF"},
    {54, "THM_PC12", C::Thumb32, F::RelPa, P::ThumbPC12,
     R::Field, 0, 1, Yes, "LDR literal (T2)",
     "S+A-Pa", "|X| <= 0xFFF"},
    {55, "ABS32_NOI", C::Data, F::Abs, P::Word32,
     R::None, 0, 1, Yes, "data word",
     "S+A (no T)", "none"},
    {56, "REL32_NOI", C::Data, F::Rel, P::Word32,
     R::None, 0, 1, Yes, "data word",
     "S+A-P (no T)", "none"},
    {57, "ALU_PC_G0_NC", C::Arm, F::RelT, P::ArmAluGroup,
     R::Field, 0, 1, Yes, "ADD/SUB imm",
     "((S+A)|T)-P", "none"},
    {58, "ALU_PC_G0", C::Arm, F::RelT, P::ArmAluGroup,
     R::Field, 0, 1, Yes, "ADD/SUB imm",
     "((S+A)|T)-P", "Y1 = 0"},
    {59, "ALU_PC_G1_NC", C::Arm, F::RelT, P::ArmAluGroup,
     R::Field, 0, 1, Yes, "ADD/SUB imm",
     "((S+A)|T)-P", "none"},
    {60, "ALU_PC_G1", C::Arm, F::RelT, P::ArmAluGroup,
     R::Field, 0, 1, Yes, "ADD/SUB imm",
     "((S+A)|T)-P", "Y2 = 0"},
    {61, "ALU_PC_G2", C::Arm, F::RelT, P::ArmAluGroup,
     R::Field, 0, 1, Yes, "ADD/SUB imm",
     "((S+A)|T)-P", "Y3 = 0"},
    {62, "LDR_PC_G1", C::Arm, F::Rel, P::ArmLdrGroup,
     R::Field, 0, 1, Yes, "LDR/STR{,B}, PLD/PLI imm12",
     "S+A-P", "Y1 <= 0xFFF"},
    {63, "LDR_PC_G2", C::Arm, F::Rel, P::ArmLdrGroup,
     R::Field, 0, 1, Yes, "LDR/STR{,B}, PLD/PLI imm12",
     "S+A-P", "Y2 <= 0xFFF"},
    {64, "LDRS_PC_G0", C::Arm, F::Rel, P::ArmLdrsGroup,
     R::Field, 0, 1, Yes, "LDRH/LDRSB/LDRD imm8",
     "S+A-P", "Y0 <= 0xFF"},
    {65, "LDRS_PC_G1", C::Arm, F::Rel, P::ArmLdrsGroup,
     R::Field, 0, 1, Yes, "LDRH/LDRSB/LDRD imm8",
     "S+A-P", "Y1 <= 0xFF"},
    {66, "LDRS_PC_G2", C::Arm, F::Rel, P::ArmLdrsGroup,
     R::Field, 0, 1, Yes, "LDRH/LDRSB/LDRD imm8",
     "S+A-P", "Y2 <= 0xFF"},
    {67, "LDC_PC_G0", C::Arm, F::Rel, P::ArmLdcGroup,
     R::Field, 0, 4, Yes, "LDC/STC",
     "S+A-P", "Y0 <= 0x3FC"},
    {68, "LDC_PC_G1", C::Arm, F::Rel, P::ArmLdcGroup,
     R::Field, 0, 1, Yes, "LDC/STC",
     "S+A-P", "Y1 <= 0x3FC, Y1 % 4 = 0"},
    {69, "LDC_PC_G2", C::Arm, F::Rel, P::ArmLdcGroup,
     R::Field, 0, 1, Yes, "LDC/STC",
     "S+A-P", "Y2 <= 0x3FC, Y2 % 4 = 0"},
    {70, "ALU_SB_G0_NC", C::Arm, F::SbRelT, P::ArmAluGroup,
     R::Field, 0, 1, Yes, "ADD/SUB imm",
     "((S+A)|T)-B(S)", "none"},
    {71, "ALU_SB_G0", C::Arm, F::SbRelT, P::ArmAluGroup,
     R::Field, 0, 1, Yes, "ADD/SUB imm",
     "((S+A)|T)-B(S)", "Y1 = 0"},
    {72, "ALU_SB_G1_NC", C::Arm, F::SbRelT, P::ArmAluGroup,
     R::Field, 0, 1, Yes, "ADD/SUB imm",
     "((S+A)|T)-B(S)", "none"},
    {73, "ALU_SB_G1", C::Arm, F::SbRelT, P::ArmAluGroup,
     R::Field, 0, 1, Yes, "ADD/SUB imm",
     "((S+A)|T)-B(S)", "Y2 = 0"},
    {74, "ALU_SB_G2", C::Arm, F::SbRelT, P::ArmAluGroup,
     R::Field, 0, 1, Yes, "ADD/SUB imm",
     "((S+A)|T)-B(S)", "Y3 = 0"},
    {75, "LDR_SB_G0", C::Arm, F::SbRel, P::ArmLdrGroup,
     R::Field, 0, 1, Yes, "LDR/STR{,B}, PLD/PLI imm12",
     "S+A-B(S)", "Y0 <= 0xFFF"},
    {76, "LDR_SB_G1", C::Arm, F::SbRel, P::ArmLdrGroup,
     R::Field, 0, 1, Yes, "LDR/STR{,B}, PLD/PLI imm12",
     "S+A-B(S)", "Y1 <= 0xFFF"},
    {77, "LDR_SB_G2", C::Arm, F::SbRel, P::ArmLdrGroup,
     R::Field, 0, 1, Yes, "LDR/STR{,B}, PLD/PLI imm12",
     "S+A-B(S)", "Y2 <= 0xFFF"},
    {78, "LDRS_SB_G0", C::Arm, F::SbRel, P::ArmLdrsGroup,
     R::Field, 0, 1, Yes, "LDRH/LDRSB/LDRD imm8",
     "S+A-B(S)", "Y0 <= 0xFF"},
    {79, "LDRS_SB_G1", C::Arm, F::SbRel, P::ArmLdrsGroup,
     R::Field, 0, 1, Yes, "LDRH/LDRSB/LDRD imm8",
     "S+A-B(S)", "Y1 <= 0xFF"},
    {80, "LDRS_SB_G2", C::Arm, F::SbRel, P::ArmLdrsGroup,
     R::Field, 0, 1, Yes, "LDRH/LDRSB/LDRD imm8",
     "S+A-B(S)", "Y2 <= 0xFF"},
    {81, "LDC_SB_G0", C::Arm, F::SbRel, P::ArmLdcGroup,
     R::Field, 0, 4, Yes, "LDC/STC",
     "S+A-B(S)", "Y0 <= 0x3FC"},
    {82, "LDC_SB_G1", C::Arm, F::SbRel, P::ArmLdcGroup,
     R::Field, 0, 1, Yes, "LDC/STC",
     "S+A-B(S)", "Y1 <= 0x3FC, Y1 % 4 = 0"},
    {83, "LDC_SB_G2", C::Arm, F::SbRel, P::ArmLdcGroup,
     R::Field, 0, 1, Yes, "LDC/STC",
     "S+A-B(S)", "Y2 <= 0x3FC, Y2 % 4 = 0"},
    {84, "MOVW_BREL_NC", C::Arm, F::SbRelT, P::ArmMovw,
     R::None, 0, 1, Yes, "MOVW (A2)",
     "((S+A)|T)-B(S)", "none"},
    {85, "MOVT_BREL", C::Arm, F::SbRel, P::ArmMovt,
     R::None, 0, 1, Yes, "MOVT (A1)",
     "S+A-B(S)", "none"},
    {86, "MOVW_BREL", C::Arm, F::SbRelT, P::ArmMovw,
     R::Field, 0, 1, Yes, "MOVW (A2)",
     "((S+A)|T)-B(S)", "0..65535"},
    {87, "THM_MOVW_BREL_NC", C::Thumb32, F::SbRelT, P::ThumbMovw,
     R::None, 0, 1, Yes, "MOVW (T3)",
     "((S+A)|T)-B(S)", "none"},
    {88, "THM_MOVT_BREL", C::Thumb32, F::SbRel, P::ThumbMovt,
     R::None, 0, 1, Yes, "MOVT (T1)",
     "S+A-B(S)", "none"},
    {89, "THM_MOVW_BREL", C::Thumb32, F::SbRelT, P::ThumbMovw,
     R::Field, 0, 1, Yes, "MOVW (T3)",
     "((S+A)|T)-B(S)", "0..65535"},
    // TLS descriptors (AAELF32 5.6.1 "TLS relocations"): a static link
    // relaxes each sequence as GNU ld 2.40 does (docs/tls-descriptors.md).
    {90, "TLS_GOTDESC", C::Data, F::TlsDesc, P::Word32,
     R::None, 0, 1, Yes, "data word",
     "TLS descriptor offset (TLSDESC)", "-"},
    {91, "TLS_CALL", C::Arm, F::Nothing, P::ArmTlsCall,
     R::None, 0, 1, Yes, "BL, BLX (relaxed)",
     "call of the TLS descriptor", "-"},
    {92, "TLS_DESCSEQ", C::Arm, F::Nothing, P::ArmTlsDescSeq,
     R::None, 0, 1, Yes, "ADD Rd, PC, Rm; LDR Rt, [Rn, #4]; BLX Rm",
     "marks a descriptor sequence", "-"},
    {93, "THM_TLS_CALL", C::Thumb32, F::Nothing, P::ThumbTlsCall,
     R::None, 0, 1, Yes, "BL, BLX (relaxed)",
     "call of the TLS descriptor", "-"},
    // A static link has no PLT: PLT(S) is S.
    {94, "PLT32_ABS", C::Data, F::Abs, P::Word32,
     R::None, 0, 1, Yes, "data word",
     "PLT(S)+A", "none"},
    {95, "GOT_ABS", C::Data, F::GotAbs, P::Word32,
     R::None, 0, 1, Yes, "data word",
     "GOT(S)+A", "none"},
    {96, "GOT_PREL", C::Data, F::GotPrel, P::Word32,
     R::None, 0, 1, Yes, "data word",
     "GOT(S)+A-P", "none"},
    {97, "GOT_BREL12", C::Arm, F::GotBrel, P::ArmLdrImm12,
     R::Field, 0, 1, Yes, "LDR",
     "GOT(S)+A-GOT_ORG", "|X| <= 0xFFF"},
    {98, "GOTOFF12", C::Arm, F::GotOff, P::ArmLdrImm12,
     R::Field, 0, 1, Yes, "LDR, STR",
     "S+A-GOT_ORG", "|X| <= 0xFFF"},
    {99, "GOTRELAX", C::Misc, F::Nothing, P::None,
     R::None, 0, 1, No, "reserved",
     "reserved for GOT optimisations", "-"},
    {102, "THM_JUMP11", C::Thumb16, F::Rel, P::ThumbB11,
     R::Field, 0, 2, Yes, "B (T2)",
     "S+A-P", "-2048..2046"},
    {103, "THM_JUMP8", C::Thumb16, F::Rel, P::ThumbBcond8,
     R::Field, 0, 2, Yes, "B<c> (T1)",
     "S+A-P", "-256..254"},
    {104, "TLS_GD32", C::Data, F::TlsGd, P::Word32,
     R::None, 0, 1, Yes, "data word",
     "GOT(S)+A-P (2 slots)", "none"},
    {105, "TLS_LDM32", C::Data, F::TlsLdm, P::Word32,
     R::None, 0, 1, Yes, "data word",
     "GOT(S)+A-P (module pair)", "none"},
    {106, "TLS_LDO32", C::Data, F::TlsLdo, P::Word32,
     R::None, 0, 1, Yes, "data word",
     "S+A-TLS", "none"},
    {107, "TLS_IE32", C::Data, F::TlsIe, P::Word32,
     R::None, 0, 1, Yes, "data word",
     "GOT(S)+A-P (tp offset)", "none"},
    {108, "TLS_LE32", C::Data, F::TlsLe, P::Word32,
     R::None, 0, 1, Yes, "data word",
     "S+A-tp", "none"},
    {109, "TLS_LDO12", C::Arm, F::TlsLdo, P::ArmLdrImm12,
     R::Field, 0, 1, Yes, "LDR, STR",
     "S+A-TLS", "|X| <= 0xFFF"},
    {110, "TLS_LE12", C::Arm, F::TlsLe, P::ArmLdrImm12,
     R::Field, 0, 1, Yes, "LDR, STR",
     "S+A-tp", "|X| <= 0xFFF"},
    {111, "TLS_IE12GP", C::Arm, F::TlsIeGp, P::ArmLdrImm12,
     R::Field, 0, 1, Yes, "LDR",
     "GOT(S)+A-GOT_ORG", "|X| <= 0xFFF"},
    {129, "THM_TLS_DESCSEQ16", C::Thumb16, F::Nothing, P::ThumbTlsDescSeq16,
     R::None, 0, 1, Yes, "ADD Rdn, PC; LDR Rt, [Rn, #4]; BLX Rm",
     "marks a descriptor sequence", "-"},
    {130, "THM_TLS_DESCSEQ32", C::Thumb32, F::Nothing, P::None,
     R::None, 0, 1, No, "descriptor sequence",
     "marks a descriptor sequence", "-"},
    {131, "THM_GOT_BREL12", C::Thumb32, F::GotBrel, P::ThumbLdrImm12,
     R::Field, 0, 1, Yes, "LDR imm12 (T3)",
     "GOT(S)+A-GOT_ORG", "0..0xFFF"},
    {132, "THM_ALU_ABS_G0_NC", C::Thumb16, F::AbsT, P::ThumbAluAbs,
     R::None, 0, 1, Yes, "MOVS/ADDS imm8",
     "(S+A)|T, byte 0", "none"},
    {133, "THM_ALU_ABS_G1_NC", C::Thumb16, F::Abs, P::ThumbAluAbs,
     R::None, 0, 1, Yes, "MOVS/ADDS imm8",
     "S+A, byte 1", "none"},
    {134, "THM_ALU_ABS_G2_NC", C::Thumb16, F::Abs, P::ThumbAluAbs,
     R::None, 0, 1, Yes, "MOVS/ADDS imm8",
     "S+A, byte 2", "none"},
    {135, "THM_ALU_ABS_G3", C::Thumb16, F::Abs, P::ThumbAluAbs,
     R::None, 0, 1, Yes, "MOVS/ADDS imm8",
     "S+A, byte 3", "none"},
    // Armv8.1-M Branch Future (AAELF32 "Armv8.1-M Mainline Branch Future
    // relocations"). The ABI's code table calls their class Arm; they
    // patch 32-bit Thumb instructions. The REL addend carries bit 0 set.
    {136, "THM_BF16", C::Thumb32, F::RelT, P::ThumbBf16,
     R::ElseNop, 0, 2, Yes, "BF (v8.1-M)",
     "((S+A)|T)-P", "s17, else NOP"},
    {137, "THM_BF12", C::Thumb32, F::RelT, P::ThumbBf12,
     R::ElseNop, 0, 2, Yes, "BFCSEL (v8.1-M)",
     "((S+A)|T)-P", "s13, else NOP"},
    {138, "THM_BF18", C::Thumb32, F::RelT, P::ThumbBf18,
     R::ElseNop, 0, 2, Yes, "BFL (v8.1-M)",
     "((S+A)|T)-P", "s19, else NOP"},
    // Obsolete and deprecated codes: no producer emits them today; they
    // are listed so that a site using one gets its name in the error.
    {14, "THM_SWI8", C::Thumb16, F::Abs, P::None,
     R::None, 0, 1, No, "obsolete (SWI)",
     "(see AAELF32)", "-"},
    {15, "XPC25", C::Arm, F::RelT, P::None,
     R::None, 0, 1, No, "obsolete (BLX)",
     "(see AAELF32)", "-"},
    {16, "THM_XPC22", C::Thumb32, F::RelT, P::None,
     R::None, 0, 1, No, "obsolete (Thumb BLX)",
     "(see AAELF32)", "-"},
    {32, "ALU_PCREL_7_0", C::Arm, F::Rel, P::None,
     R::None, 0, 1, No, "obsolete (ADD/SUB)",
     "(see AAELF32)", "-"},
    {33, "ALU_PCREL_15_8", C::Arm, F::Rel, P::None,
     R::None, 0, 1, No, "obsolete (ADD/SUB)",
     "(see AAELF32)", "-"},
    {34, "ALU_PCREL_23_15", C::Arm, F::Rel, P::None,
     R::None, 0, 1, No, "obsolete (ADD/SUB)",
     "(see AAELF32)", "-"},
    {35, "LDR_SBREL_11_0_NC", C::Arm, F::Rel, P::None,
     R::None, 0, 1, No, "deprecated (LDR)",
     "(see AAELF32)", "-"},
    {36, "ALU_SBREL_19_12_NC", C::Arm, F::Rel, P::None,
     R::None, 0, 1, No, "deprecated (ADD/SUB)",
     "(see AAELF32)", "-"},
    {37, "ALU_SBREL_27_20_CK", C::Arm, F::Rel, P::None,
     R::None, 0, 1, No, "deprecated (ADD/SUB)",
     "(see AAELF32)", "-"},
    {39, "SBREL31", C::Data, F::RelT, P::None,
     R::None, 0, 1, No, "deprecated (data word)",
     "(see AAELF32)", "-"},
    // AAELF32 "Deprecated relocations": these "may be safely ignored";
    // applied like NONE (GNU ld accepts and ignores them too).
    {100, "GNU_VTENTRY", C::Misc, F::Nothing, P::None,
     R::None, 0, 1, Yes, "any: ignored (deprecated C++ vtable GC)",
     "-", "-"},
    {101, "GNU_VTINHERIT", C::Misc, F::Nothing, P::None,
     R::None, 0, 1, Yes, "any: ignored (deprecated C++ vtable GC)",
     "-", "-"},
    {128, "ME_TOO", C::Misc, F::Nothing, P::None,
     R::None, 0, 1, No, "obsolete",
     "(see AAELF32)", "-"},
  };
  // clang-format on
  return Kinds;
}

const RelocKind *lookupKind(uint32_t Code) {
  // ELF32_R_TYPE is 8 bits: one slot per possible code, filled once. The
  // fuzz targets look a kind up per input, so this is a load, not a scan.
  static const std::array<const RelocKind *, 256> ByCode = [] {
    std::array<const RelocKind *, 256> T{};
    for (const RelocKind &K : allKinds())
      if (K.Code < T.size() && !T[K.Code]) // the first entry wins
        T[K.Code] = &K;
    return T;
  }();
  return Code < ByCode.size() ? ByCode[Code] : nullptr;
}

const RelocKind *lookupKind(std::string_view Name) {
  if (Name.substr(0, 6) == "R_ARM_")
    Name.remove_prefix(6);
  for (const RelocKind &K : allKinds())
    if (K.Name == Name)
      return &K;
  return nullptr;
}

namespace {
// AAELF32's dynamic relocations: for a dynamic linker, in executables and
// shared objects; the static table above has none of them.
struct DynamicKind {
  uint32_t Code;
  std::string_view Name;
};
constexpr DynamicKind DynamicKinds[] = {
    {12, "BREL_ADJ"},    {13, "TLS_DESC"},     {17, "TLS_DTPMOD32"},
    {18, "TLS_DTPOFF32"}, {19, "TLS_TPOFF32"}, {20, "COPY"},
    {21, "GLOB_DAT"},    {22, "JUMP_SLOT"},    {23, "RELATIVE"},
    {160, "IRELATIVE"},
};
} // namespace

std::optional<std::string_view> dynamicKindName(uint32_t Code) {
  for (const DynamicKind &K : DynamicKinds)
    if (K.Code == Code)
      return K.Name;
  return std::nullopt;
}

bool isDynamicKindName(std::string_view Name) {
  if (Name.substr(0, 6) == "R_ARM_")
    Name.remove_prefix(6);
  for (const DynamicKind &K : DynamicKinds)
    if (K.Name == Name)
      return true;
  return false;
}

std::string kindDisplayName(uint32_t Code) {
  if (const RelocKind *K = lookupKind(Code))
    return "R_ARM_" + std::string(K->Name);
  if (auto Name = dynamicKindName(Code))
    return "R_ARM_" + std::string(*Name);
  return "R_ARM_<" + std::to_string(Code) + ">";
}

std::string_view formulaText(Formula F) {
  switch (F) {
  case Formula::Nothing:
    return "-";
  case Formula::AbsT:
    return "(S + A) | T";
  case Formula::Abs:
    return "S + A";
  case Formula::RelT:
    return "((S + A) | T) - P";
  case Formula::Rel:
    return "S + A - P";
  case Formula::RelTPa:
    return "((S + A) | T) - Pa";
  case Formula::RelPa:
    return "S + A - Pa";
  case Formula::GotPrel:
    return "GOT(S) + A - P";
  case Formula::GotBrel:
    return "GOT(S) + A - GOT_ORG";
  case Formula::GotOffT:
    return "((S + A) | T) - GOT_ORG";
  case Formula::BasePrel:
    return "B(S) + A - P";
  case Formula::SbRelT:
    return "((S + A) | T) - B(S)";
  case Formula::SbRel:
    return "S + A - B(S)";
  case Formula::BaseAbs:
    return "B(S) + A";
  case Formula::TlsLe:
    return "S + A - tp";
  case Formula::TlsLdo:
    return "S + A - TLS";
  case Formula::TlsIe:
  case Formula::TlsGd:
  case Formula::TlsLdm:
    return "GOT(S) + A - P";
  case Formula::GotOff:
    return "S + A - GOT_ORG";
  case Formula::GotAbs:
    return "GOT(S) + A";
  case Formula::TlsIeGp:
    return "GOT(S) + A - GOT_ORG";
  case Formula::TlsDesc:
    return "S - tp, or GOT(S) + A - P - 8|5";
  }
  return "?";
}

bool isTlsDescCode(Field F) {
  return F == Field::ArmTlsCall || F == Field::ThumbTlsCall ||
         F == Field::ArmTlsDescSeq || F == Field::ThumbTlsDescSeq16;
}

namespace {

/// What a formula reads besides S, A and P: the TLS block or tp, a GOT
/// entry for S, GOT_ORG. One exhaustive switch, so a new formula cannot
/// be forgotten here (-Werror=switch).
struct FormulaNeeds {
  bool Tls = false, GotEntry = false, GotOrigin = false;
};

FormulaNeeds formulaNeeds(Formula F) {
  switch (F) {
  case Formula::Nothing:
  case Formula::AbsT:
  case Formula::Abs:
  case Formula::RelT:
  case Formula::Rel:
  case Formula::RelTPa:
  case Formula::RelPa:
  case Formula::SbRelT:
  case Formula::SbRel:
  case Formula::BaseAbs:
    return {};
  case Formula::GotPrel:
  case Formula::GotAbs:
    return {false, true, false};
  case Formula::GotBrel:
    return {false, true, true};
  case Formula::GotOffT:
  case Formula::BasePrel: // B(S) is GOT_ORG
  case Formula::GotOff:
    return {false, false, true};
  case Formula::TlsLe:
  case Formula::TlsLdo:
  case Formula::TlsDesc: // its GOT word: tlsDescUsesGot
    return {true, false, false};
  case Formula::TlsIe:
  case Formula::TlsGd:
  case Formula::TlsLdm:
    return {true, true, false};
  case Formula::TlsIeGp:
    return {true, true, true};
  }
  return {};
}

} // namespace

bool isTlsFormula(Formula F) { return formulaNeeds(F).Tls; }

bool formulaUsesGotEntry(Formula F) { return formulaNeeds(F).GotEntry; }

bool formulaUsesGotOrigin(Formula F) { return formulaNeeds(F).GotOrigin; }

LdrForms armLdrForms(const RelocKind &K) {
  switch (K.Code) {
  case 6:   // ABS12
  case 98:  // GOTOFF12
  case 109: // TLS_LDO12
  case 110: // TLS_LE12
    return {true, false, false};
  case 97:  // GOT_BREL12
  case 111: // TLS_IE12GP
    return {false, false, false};
  default: // LDR_PC_G0 and the LDR_{PC,SB}_Gn groups
    return {true, true, true};
  }
}

std::string_view classText(KindClass C) {
  switch (C) {
  case KindClass::Data:
    return "data";
  case KindClass::Arm:
    return "arm";
  case KindClass::Thumb16:
    return "thumb16";
  case KindClass::Thumb32:
    return "thumb32";
  case KindClass::Misc:
    return "misc";
  }
  return "?";
}

ValueRange branchRange(BranchForm F, const ArchProfile &Arch) {
  switch (F) {
  case BranchForm::ArmB:
  case BranchForm::ArmBl:
    return {-0x2000000, 0x1FFFFFC, 4};
  case BranchForm::ArmBlx:
    return {-0x2000000, 0x1FFFFFE, 2};
  case BranchForm::ThumbBl:
  case BranchForm::ThumbBW:
    if (Arch.HasThumbJ1J2)
      return {-0x1000000, 0xFFFFFE, 2};
    return {-0x400000, 0x3FFFFE, 2};
  case BranchForm::ThumbBlx:
    if (Arch.HasThumbJ1J2)
      return {-0x1000000, 0xFFFFFC, 4};
    return {-0x400000, 0x3FFFFC, 4};
  case BranchForm::ThumbBcondW:
    return {-0x100000, 0xFFFFE, 2};
  }
  return {0, 0, 1};
}

uint32_t fieldWriteBits(Field F, uint32_t T) {
  bool ArmBl = (T & 0x0F000000) == 0x0B000000 || (T >> 28) == 0xF;
  bool ThumbBl = (T >> 16) & 0x4000; // second halfword 11x1: BL/BLX
  switch (F) {
  case Field::None:
  case Field::ArmBx:
    return 0;
  case Field::Word32:
  case Field::Data16:
  case Field::Data8:
    return 0xFFFFFFFF;
  case Field::Prel31:
    return 0x7FFFFFFF; // bit 31 is the producer's
  case Field::ArmBranch24:
    return ArmBl ? 0xF1FFFFFF : 0x00FFFFFF; // imm24 (cond, H for BLX)
  case Field::ArmMovw:
  case Field::ArmMovt:
    return 0x000F0FFF; // imm4:imm12
  case Field::ArmLdrImm12:
  case Field::ArmLdrGroup:
    return 0x00800FFF; // U, imm12
  case Field::ArmLdrsGroup:
    return 0x00800F0F; // U, imm4H, imm4L
  case Field::ArmLdcGroup:
    return 0x008000FF; // U, imm8
  case Field::ArmAluGroup:
    return 0x00C00FFF; // ADD (0100) or SUB (0010), imm12
  case Field::ThumbBranch24: // S:imm10, J1:J2:imm11 (and BL/BLX)
    return (ThumbBl ? 0x3FFFu : 0x2FFFu) << 16 | 0x07FF;
  case Field::ThumbBcondW: // S:imm6 (not cond), J1:J2:imm11
    return 0x2FFFu << 16 | 0x043F;
  case Field::ThumbMovw:
  case Field::ThumbMovt:
    return 0x70FFu << 16 | 0x040F; // i:imm4, imm3:imm8
  case Field::ThumbPC12:
    return 0x0FFFu << 16 | 0x0080; // U, imm12
  case Field::ThumbAdrW:
    return 0x70FFu << 16 | 0x04A0; // i, ADDW/SUBW, imm3:imm8
  case Field::ThumbLdrImm12:
    return 0x0FFFu << 16; // imm12
  case Field::ThumbB11:
    return 0x07FF;
  case Field::ThumbBcond8:
  case Field::ThumbPC8:
  case Field::ThumbAluAbs:
    return 0x00FF;
  case Field::ThumbCbz:
    return 0x02F8; // i:imm5 (not op, not Rn)
  case Field::ThumbAbs5:
    return 0x07C0;
  case Field::ThumbBf16: // immA, immC:immB (in reach; out of it NOP.W)
    return 0x0FFEu << 16 | 0x001F;
  case Field::ThumbBf12:
    return 0x0FFEu << 16 | 0x0001;
  case Field::ThumbBf18:
    return 0x0FFEu << 16 | 0x007F;
  case Field::ArmTlsCall: // a TLS descriptor sequence is rewritten whole
  case Field::ThumbTlsCall:
  case Field::ArmTlsDescSeq:
  case Field::ThumbTlsDescSeq16:
    return 0xFFFFFFFF;
  }
  // No default: a new Field without its bits here is a -Wswitch warning,
  // and this check would not cover it.
  return 0xFFFFFFFF;
}

std::optional<ValueRange> fieldRange(Field F) {
  switch (F) {
  case Field::Data16:
    return ValueRange{-32768, 65535, 1}; // signed or unsigned 16 bits
  // MOVW's imm16: only the checked MOVW_BREL forms consult it (AAELF32
  // checks them for overflow). MOVW zero-extends its immediate, so the
  // register holds X only for X in [0, 65535]: a negative X would leave
  // X & 0xffff (GNU ld 2.40 refuses it too). ABS16's reader, unlike MOVW,
  // may take the halfword as signed.
  case Field::ArmMovw:
  case Field::ThumbMovw:
    return ValueRange{0, 65535, 1};
  case Field::Data8:
    return ValueRange{-128, 255, 1};
  case Field::ArmLdrImm12:
  case Field::ThumbPC12:
  case Field::ThumbAdrW:
    return ValueRange{-0xFFF, 0xFFF, 1}; // |X| <= 0xFFF, sign in U/opcode
  case Field::ThumbB11:
    return ValueRange{-2048, 2046, 2};
  case Field::ThumbBcond8:
    return ValueRange{-256, 254, 2};
  case Field::ThumbCbz:
    return ValueRange{0, 126, 2}; // forward only
  case Field::ThumbPC8:
    return ValueRange{0, 1020, 4};
  case Field::ThumbAbs5:
    return ValueRange{0, 124, 4};
  // Group forms: the range of the residual the last field holds.
  case Field::ArmLdrGroup:
    return ValueRange{0, 0xFFF, 1};
  case Field::ArmLdrsGroup:
    return ValueRange{0, 0xFF, 1};
  case Field::ArmLdcGroup:
    return ValueRange{0, 0x3FC, 4};
  case Field::ThumbLdrImm12:
    return ValueRange{0, 0xFFF, 1};
  case Field::ArmAluGroup:
    return ValueRange{0, 0, 1}; // checked forms leave nothing over
  // Branch Future: the offset X & ~1 (the Result_Mask drops bit 0) as a
  // signed 17, 13 or 19-bit value.
  case Field::ThumbBf16:
    return ValueRange{-0x10000, 0xFFFE, 2};
  case Field::ThumbBf12:
    return ValueRange{-0x1000, 0xFFE, 2};
  case Field::ThumbBf18:
    return ValueRange{-0x40000, 0x3FFFE, 2};
  // Fields whose range is not fixed (a branch's depends on the
  // architecture: branchRange), or that hold every value (data words,
  // MOVT, a byte of X), or that take none (rewritten TLS sequences).
  case Field::None:
  case Field::Word32:
  case Field::Prel31:
  case Field::ArmBranch24:
  case Field::ArmMovt:
  case Field::ThumbBranch24:
  case Field::ThumbMovt:
  case Field::ArmBx:
  case Field::ThumbAluAbs:
  case Field::ThumbBcondW:
  case Field::ArmTlsCall:
  case Field::ThumbTlsCall:
  case Field::ArmTlsDescSeq:
  case Field::ThumbTlsDescSeq16:
    return std::nullopt;
  }
  // No default: a new Field is a -Wswitch warning here.
  return std::nullopt;
}

std::optional<GroupInfo> groupOf(const RelocKind &K) {
  switch (K.Code) {
  case 57: // ALU_PC_G0_NC
  case 70: // ALU_SB_G0_NC
    return GroupInfo{0, false};
  case 58: // ALU_PC_G0
  case 71: // ALU_SB_G0
    return GroupInfo{0, true};
  case 59: // ALU_PC_G1_NC
  case 72: // ALU_SB_G1_NC
    return GroupInfo{1, false};
  case 60: // ALU_PC_G1
  case 73: // ALU_SB_G1
    return GroupInfo{1, true};
  case 61: // ALU_PC_G2
  case 74: // ALU_SB_G2
    return GroupInfo{2, true};
  case 62: // LDR_PC_G1
  case 65: // LDRS_PC_G1
  case 68: // LDC_PC_G1
  case 76: // LDR_SB_G1
  case 79: // LDRS_SB_G1
  case 82: // LDC_SB_G1
    return GroupInfo{1, true};
  case 63: // LDR_PC_G2
  case 66: // LDRS_PC_G2
  case 69: // LDC_PC_G2
  case 77: // LDR_SB_G2
  case 80: // LDRS_SB_G2
  case 83: // LDC_SB_G2
    return GroupInfo{2, true};
  case 64: // LDRS_PC_G0
  case 67: // LDC_PC_G0
  case 75: // LDR_SB_G0
  case 78: // LDRS_SB_G0
  case 81: // LDC_SB_G0
    return GroupInfo{0, true};
  default:
    return std::nullopt;
  }
}

std::optional<ValueRange> signedRange(const RelocKind &K) {
  if (K.Check != RangeCheck::Signed)
    return std::nullopt;
  int64_t Half = int64_t(1) << (K.SignedBits - 1);
  return ValueRange{-Half, Half - 1, K.Align};
}

bool kindExistsOnArch(const RelocKind &K, const ArchProfile &Arch) {
  if (K.Class == KindClass::Arm && !Arch.HasArmState)
    return false;
  switch (K.Place) {
  case Field::ArmBx: // V4BX marks an ARM BX
    return Arch.HasArmState;
  case Field::ArmMovw:
  case Field::ArmMovt:
  case Field::ThumbMovw:
  case Field::ThumbMovt:
    return Arch.HasMovwMovt;
  case Field::ThumbCbz:
    return Arch.HasCbz;
  case Field::ThumbBranch24:
    return K.Code != 30 || Arch.HasThumbBW; // B.W (T4) for THM_JUMP24
  case Field::ThumbBcondW:
  case Field::ThumbPC12:
  case Field::ThumbAdrW:
  case Field::ThumbLdrImm12:
    return Arch.HasThumbBcondW; // full Thumb-2 (not v6-M, v8-M Baseline)
  case Field::ThumbBf16:
  case Field::ThumbBf12:
  case Field::ThumbBf18:
    return Arch.HasBranchFuture;
  default:
    return true;
  }
}

} // namespace relocheck
