//===- ArmEncodings.cpp - Pure encoders/decoders of relocated fields ------===//
//
// Encodings: Arm ARM DDI 0406C, A8.8.18 (B), A8.8.25 (BL, BLX immediate),
// A8.8.102/A8.8.106 (MOV immediate, MOVT); Armv8-M ARM (DDI 0553) for the
// Armv8.1-M Branch Future encodings; AAELF32 "Addends and PC-bias
// compensation" for how REL addends are read back.
//
//===----------------------------------------------------------------------===//
#include "encode/ArmEncodings.h"
#include "encode/Faults.h"

#include <utility>

namespace relocheck {

uint16_t read16le(const uint8_t *P) { return uint16_t(P[0] | P[1] << 8); }

uint32_t read32le(const uint8_t *P) {
  return uint32_t(P[0]) | uint32_t(P[1]) << 8 | uint32_t(P[2]) << 16 |
         uint32_t(P[3]) << 24;
}

void write16le(uint8_t *P, uint16_t V) {
  P[0] = uint8_t(V);
  P[1] = uint8_t(V >> 8);
}

void write32le(uint8_t *P, uint32_t V) {
  for (int I = 0; I < 4; ++I)
    P[I] = uint8_t(V >> (8 * I));
}

Thumb32 readThumb32(const uint8_t *P) { return {read16le(P), read16le(P + 2)}; }

void writeThumb32(uint8_t *P, Thumb32 I) {
  write16le(P, I.Hw1);
  write16le(P + 2, I.Hw2);
}

void swapFieldOrder(uint8_t *P, unsigned Size, unsigned Unit) {
  if (Unit < 2)
    return;
  for (unsigned At = 0; At + Unit <= Size; At += Unit)
    for (unsigned I = 0; I < Unit / 2; ++I)
      std::swap(P[At + I], P[At + Unit - 1 - I]);
}

int64_t signExtend(uint64_t V, unsigned Bits) {
  uint64_t Mask = Bits >= 64 ? ~0ULL : (1ULL << Bits) - 1;
  V &= Mask;
  uint64_t Sign = 1ULL << (Bits - 1);
  return int64_t((V ^ Sign) - Sign);
}

//--- ARM branches ----------------------------------------------------------//

static uint32_t armCond(uint32_t Insn) { return Insn >> 28; }

bool isArmB(uint32_t Insn) {
  return armCond(Insn) != 0xF && (Insn & 0x0F000000) == 0x0A000000;
}

bool isArmBl(uint32_t Insn) {
  return armCond(Insn) != 0xF && (Insn & 0x0F000000) == 0x0B000000;
}

bool isArmBlxImm(uint32_t Insn) { return (Insn & 0xFE000000) == 0xFA000000; }

bool isArmCondAL(uint32_t Insn) { return armCond(Insn) == 0xE; }

int32_t decodeArmBranchImm24(uint32_t Insn) {
  return int32_t(signExtend(uint64_t(Insn & 0x00FFFFFF) << 2, 26));
}

uint32_t encodeArmBranchImm24(uint32_t Insn, uint32_t X) {
  return (Insn & 0xFF000000) | ((X >> 2) & 0x00FFFFFF);
}

uint32_t encodeArmBl(uint32_t X) {
  return 0xEB000000 | ((X >> 2) & 0x00FFFFFF);
}

uint32_t encodeArmBlxImm(uint32_t X) {
  uint32_t H = (X >> 1) & 1;
  return 0xFA000000 | H << 24 | ((X >> 2) & 0x00FFFFFF);
}

//--- ARM MOVW/MOVT ---------------------------------------------------------//

bool isArmMovw(uint32_t Insn) {
  return armCond(Insn) != 0xF && (Insn & 0x0FF00000) == 0x03000000;
}

bool isArmMovt(uint32_t Insn) {
  return armCond(Insn) != 0xF && (Insn & 0x0FF00000) == 0x03400000;
}

uint16_t decodeArmMovImm16(uint32_t Insn) {
  return uint16_t(((Insn >> 4) & 0xF000) | (Insn & 0x0FFF));
}

uint32_t encodeArmMovImm16(uint32_t Insn, uint16_t Imm16) {
  uint32_t Imm4 = Imm16 >> 12, Imm12 = Imm16 & 0xFFF;
  return (Insn & 0xFFF0F000) | Imm4 << 16 | Imm12;
}

//--- Thumb BL/BLX/B.W ------------------------------------------------------//

static bool isThumbBranchHw1(uint16_t Hw1) { return (Hw1 & 0xF800) == 0xF000; }

bool isThumbBl(Thumb32 I) {
  return isThumbBranchHw1(I.Hw1) && (I.Hw2 & 0xD000) == 0xD000;
}

bool isThumbBlxImm(Thumb32 I) {
  return isThumbBranchHw1(I.Hw1) && (I.Hw2 & 0xD000) == 0xC000;
}

bool isThumbBW(Thumb32 I) {
  return isThumbBranchHw1(I.Hw1) && (I.Hw2 & 0xD000) == 0x9000;
}

int32_t decodeThumbBranch24(Thumb32 I) {
  uint32_t S = (I.Hw1 >> 10) & 1;
  uint32_t J1 = (I.Hw2 >> 13) & 1, J2 = (I.Hw2 >> 11) & 1;
  uint32_t I1 = !(J1 ^ S), I2 = !(J2 ^ S);
  uint32_t Imm10 = I.Hw1 & 0x3FF, Imm11 = I.Hw2 & 0x7FF;
  uint32_t V = S << 24 | I1 << 23 | I2 << 22 | Imm10 << 12 | Imm11 << 1;
  return int32_t(signExtend(V, 25));
}

Thumb32 encodeThumbBranch24(Thumb32 I, uint32_t V) {
  uint32_t S = (V >> 24) & 1;
  uint32_t J1 = (((V >> 23) & 1) ^ 1) ^ S, J2 = (((V >> 22) & 1) ^ 1) ^ S;
  if (faultPlanted(Fault::ThumbJ1J2NoXor))
    J1 = (V >> 23) & 1, J2 = (V >> 22) & 1;
  uint16_t Hw1 = uint16_t((I.Hw1 & 0xF800) | S << 10 | ((V >> 12) & 0x3FF));
  uint16_t Hw2 = uint16_t((I.Hw2 & 0xD000) | J1 << 13 | J2 << 11 |
                          ((V >> 1) & 0x7FF));
  return {Hw1, Hw2};
}

Thumb32 setThumbBlxBit(Thumb32 I, bool ToBlx) {
  if (ToBlx)
    return {I.Hw1, uint16_t((I.Hw2 & ~0x1000) & ~1)};
  return {I.Hw1, uint16_t(I.Hw2 | 0x1000)};
}

//--- Thumb MOVW/MOVT -------------------------------------------------------//

bool isThumbMovw(Thumb32 I) {
  return (I.Hw1 & 0xFBF0) == 0xF240 && (I.Hw2 & 0x8000) == 0;
}

bool isThumbMovt(Thumb32 I) {
  return (I.Hw1 & 0xFBF0) == 0xF2C0 && (I.Hw2 & 0x8000) == 0;
}

uint16_t decodeThumbMovImm16(Thumb32 I) {
  uint32_t Imm4 = I.Hw1 & 0xF, Ibit = (I.Hw1 >> 10) & 1;
  uint32_t Imm3 = (I.Hw2 >> 12) & 7, Imm8 = I.Hw2 & 0xFF;
  return uint16_t(Imm4 << 12 | Ibit << 11 | Imm3 << 8 | Imm8);
}

Thumb32 encodeThumbMovImm16(Thumb32 I, uint16_t Imm16) {
  uint32_t Imm4 = Imm16 >> 12, Ibit = (Imm16 >> 11) & 1;
  uint32_t Imm3 = (Imm16 >> 8) & 7, Imm8 = Imm16 & 0xFF;
  uint16_t Hw1 = uint16_t((I.Hw1 & 0xFBF0) | Ibit << 10 | Imm4);
  uint16_t Hw2 = uint16_t((I.Hw2 & 0x8F00) | Imm3 << 12 | Imm8);
  return {Hw1, Hw2};
}

//--- ARM LDR/STR imm12 -----------------------------------------------------//

bool isArmLdrStrImm12(uint32_t Insn) {
  // Offset addressing only (P = 1, W = 0): writeback to a PC-relative or
  // relocated base has no meaning here.
  return armCond(Insn) != 0xF && (Insn & 0x0F200000) == 0x05000000;
}

bool isArmPldPliImm12(uint32_t Insn) {
  // PLD (R = 1) and PLDW (R = 0): 1111 0101 U R01 Rn 1111 imm12.
  return (Insn & 0xFF30F000) == 0xF510F000 || isArmPli(Insn);
}

bool isArmPli(uint32_t Insn) { return (Insn & 0xFF70F000) == 0xF450F000; }

bool isArmPldw(uint32_t Insn) { return (Insn & 0xFF70F000) == 0xF510F000; }

bool isArmBxReg(uint32_t Insn) {
  return armCond(Insn) != 0xF && (Insn & 0x0FFFFFF0) == 0x012FFF10;
}

int32_t decodeArmLdrImm12(uint32_t Insn) {
  int32_t Imm = int32_t(Insn & 0xFFF);
  return (Insn & (1u << 23)) ? Imm : -Imm;
}

uint32_t encodeArmLdrImm12(uint32_t Insn, int32_t Off) {
  bool Negative = (Off < 0) != faultPlanted(Fault::LdrUBitInverted);
  return encodeArmLdrImm12U(Insn, Negative, uint32_t(Off >= 0 ? Off : -Off));
}

uint32_t encodeArmLdrImm12U(uint32_t Insn, bool Negative, uint32_t Offset) {
  uint32_t U = Negative ? 0 : 1u << 23;
  return (Insn & ~(0x00800FFFu)) | U | (Offset & 0xFFF);
}

//--- Thumb 16-bit branches -------------------------------------------------//

bool isThumbB16(uint16_t Hw) { return (Hw & 0xF800) == 0xE000; }

bool isThumbBcond16(uint16_t Hw) {
  return (Hw & 0xF000) == 0xD000 && ((Hw >> 9) & 7) != 7;
}

int32_t decodeThumbB11(uint16_t Hw) {
  return int32_t(signExtend(uint32_t(Hw & 0x7FF) << 1, 12));
}

uint16_t encodeThumbB11(uint16_t Hw, uint32_t V) {
  return uint16_t((Hw & 0xF800) | ((V >> 1) & 0x7FF));
}

int32_t decodeThumbBcond8(uint16_t Hw) {
  return int32_t(signExtend(uint32_t(Hw & 0xFF) << 1, 9));
}

uint16_t encodeThumbBcond8(uint16_t Hw, uint32_t V) {
  return uint16_t((Hw & 0xFF00) | ((V >> 1) & 0xFF));
}

//--- CBZ/CBNZ --------------------------------------------------------------//

bool isThumbCbz(uint16_t Hw) { return (Hw & 0xF500) == 0xB100; }

uint32_t decodeThumbCbzOffset(uint16_t Hw) {
  return ((Hw >> 9) & 1) << 6 | ((Hw >> 3) & 0x1F) << 1;
}

uint16_t encodeThumbCbzOffset(uint16_t Hw, uint32_t Off) {
  uint32_t I = (Off >> 6) & 1, Imm5 = (Off >> 1) & 0x1F;
  return uint16_t((Hw & ~0x02F8u) | I << 9 | Imm5 << 3);
}

//--- Thumb imm8 * 4, imm5 * 4, imm8 ----------------------------------------//

bool isThumbLdrLiteral16(uint16_t Hw) { return (Hw & 0xF800) == 0x4800; }
bool isThumbAdr16(uint16_t Hw) { return (Hw & 0xF800) == 0xA000; }

uint32_t decodeThumbImm8x4(uint16_t Hw) { return uint32_t(Hw & 0xFF) << 2; }

uint16_t encodeThumbImm8x4(uint16_t Hw, uint32_t Off) {
  return uint16_t((Hw & 0xFF00) | ((Off >> 2) & 0xFF));
}

bool isThumbLdrStrImm5(uint16_t Hw) { return (Hw & 0xF000) == 0x6000; }

uint32_t decodeThumbImm5x4(uint16_t Hw) {
  return uint32_t((Hw >> 6) & 0x1F) << 2;
}

uint16_t encodeThumbImm5x4(uint16_t Hw, uint32_t Off) {
  return uint16_t((Hw & 0xF83F) | ((Off >> 2) & 0x1F) << 6);
}

bool isThumbMovsAddsImm8(uint16_t Hw) {
  return (Hw & 0xF800) == 0x2000 || (Hw & 0xF800) == 0x3000;
}

uint8_t decodeThumbImm8(uint16_t Hw) { return uint8_t(Hw & 0xFF); }

uint16_t encodeThumbImm8(uint16_t Hw, uint8_t Imm) {
  return uint16_t((Hw & 0xFF00) | Imm);
}

//--- Thumb B<c>.W ----------------------------------------------------------//

bool isThumbBcondW(Thumb32 I) {
  return (I.Hw1 & 0xF800) == 0xF000 && ((I.Hw1 >> 7) & 7) != 7 &&
         (I.Hw2 & 0xD000) == 0x8000;
}

int32_t decodeThumbBranch20(Thumb32 I) {
  uint32_t S = (I.Hw1 >> 10) & 1, Imm6 = I.Hw1 & 0x3F;
  uint32_t J1 = (I.Hw2 >> 13) & 1, J2 = (I.Hw2 >> 11) & 1;
  uint32_t Imm11 = I.Hw2 & 0x7FF;
  uint32_t V = S << 20 | J2 << 19 | J1 << 18 | Imm6 << 12 | Imm11 << 1;
  return int32_t(signExtend(V, 21));
}

Thumb32 encodeThumbBranch20(Thumb32 I, uint32_t V) {
  uint32_t S = (V >> 20) & 1, J2 = (V >> 19) & 1, J1 = (V >> 18) & 1;
  uint16_t Hw1 =
      uint16_t((I.Hw1 & 0xFBC0) | S << 10 | ((V >> 12) & 0x3F));
  uint16_t Hw2 = uint16_t((I.Hw2 & 0xD000) | J1 << 13 | J2 << 11 |
                          ((V >> 1) & 0x7FF));
  return {Hw1, Hw2};
}

//--- Thumb LDR (literal) T2 ------------------------------------------------//

bool isThumbLdrLiteralW(Thumb32 I) {
  if ((I.Hw1 & 0xFE1F) != 0xF81F)
    return false;
  // S:sz = 0:00 LDRB (PLD), 0:01 LDRH, 0:10 LDR, 1:00 LDRSB (PLI),
  // 1:01 LDRSH; sz = 11 and S:sz = 1:10 are no load, nor is a halfword
  // one with Rt = PC (an unallocated memory hint; Arm ARM A6.3.7-10).
  unsigned Sz = (I.Hw1 >> 5) & 3;
  bool S = I.Hw1 & 0x100;
  bool RtPc = (I.Hw2 >> 12) == 0xF;
  return Sz != 3 && !(S && Sz == 2) && !(Sz == 1 && RtPc);
}

int32_t decodeThumbLdrLiteralW(Thumb32 I) {
  int32_t Imm = int32_t(I.Hw2 & 0xFFF);
  return (I.Hw1 & 0x80) ? Imm : -Imm;
}

Thumb32 encodeThumbLdrLiteralW(Thumb32 I, int32_t Off) {
  uint16_t U = Off >= 0 ? 0x80 : 0;
  uint32_t Mag = uint32_t(Off >= 0 ? Off : -Off) & 0xFFF;
  return {uint16_t((I.Hw1 & ~0x80u) | U), uint16_t((I.Hw2 & 0xF000) | Mag)};
}

//--- Thumb LDR (immediate) T3 ----------------------------------------------//

bool isThumbLdrImm12(Thumb32 I) {
  return (I.Hw1 & 0xFFF0) == 0xF8D0 && (I.Hw1 & 0xF) != 0xF;
}

uint32_t decodeThumbLdrImm12(Thumb32 I) { return I.Hw2 & 0xFFF; }

Thumb32 encodeThumbLdrImm12(Thumb32 I, uint32_t Offset) {
  return {I.Hw1, uint16_t((I.Hw2 & 0xF000) | (Offset & 0xFFF))};
}

//--- Thumb ADR.W -----------------------------------------------------------//

bool isThumbAdrW(Thumb32 I) {
  uint16_t Op = I.Hw1 & 0xFBFF;
  return (Op == 0xF20F || Op == 0xF2AF) && (I.Hw2 & 0x8000) == 0;
}

int32_t decodeThumbAdrW(Thumb32 I) {
  int32_t Imm = int32_t(((I.Hw1 >> 10) & 1) << 11 | ((I.Hw2 >> 12) & 7) << 8 |
                        (I.Hw2 & 0xFF));
  return (I.Hw1 & 0xFBFF) == 0xF2AF ? -Imm : Imm;
}

Thumb32 encodeThumbAdrW(Thumb32 I, int32_t Off) {
  uint32_t Mag = uint32_t(Off >= 0 ? Off : -Off) & 0xFFF;
  uint16_t Op = Off >= 0 ? 0xF20F : 0xF2AF;
  uint16_t Hw1 = uint16_t(Op | ((Mag >> 11) & 1) << 10);
  uint16_t Hw2 = uint16_t((I.Hw2 & 0x8F00) | ((Mag >> 8) & 7) << 12 |
                          (Mag & 0xFF));
  return {Hw1, Hw2};
}

//--- Branch Future ---------------------------------------------------------//

static uint32_t branchFutureOffset(uint16_t Hw1) { return (Hw1 >> 7) & 0xF; }

static bool isBranchFutureHw2(uint16_t Hw2, bool Bit13) {
  return (Hw2 & 0xF001) == (Bit13 ? 0xE001 : 0xC001);
}

bool isThumbBf(Thumb32 I) {
  return (I.Hw1 & 0xF860) == 0xF040 && isBranchFutureHw2(I.Hw2, true) &&
         branchFutureOffset(I.Hw1) != 0;
}

bool isThumbBfcsel(Thumb32 I) {
  return (I.Hw1 & 0xF840) == 0xF000 && isBranchFutureHw2(I.Hw2, true) &&
         branchFutureOffset(I.Hw1) != 0;
}

bool isThumbBfl(Thumb32 I) {
  return (I.Hw1 & 0xF800) == 0xF000 && isBranchFutureHw2(I.Hw2, false) &&
         branchFutureOffset(I.Hw1) != 0;
}

/// immA:immB:immC:'0' with an immA of ImmABits at Hw1[ImmABits-1:0].
static int32_t decodeBranchFuture(Thumb32 I, unsigned ImmABits) {
  uint32_t ImmA = I.Hw1 & ((1u << ImmABits) - 1);
  uint32_t ImmB = (I.Hw2 >> 1) & 0x3FF, ImmC = (I.Hw2 >> 11) & 1;
  uint32_t V = ImmA << 12 | ImmB << 2 | ImmC << 1;
  return int32_t(signExtend(V, 12 + ImmABits));
}

static Thumb32 encodeBranchFuture(Thumb32 I, uint32_t V, unsigned ImmABits) {
  uint32_t ImmAMask = (1u << ImmABits) - 1;
  uint32_t ImmA = (V >> 12) & ImmAMask;
  uint32_t ImmB = (V >> 2) & 0x3FF, ImmC = (V >> 1) & 1;
  uint16_t Hw1 = uint16_t((I.Hw1 & ~ImmAMask) | ImmA);
  uint16_t Hw2 = uint16_t((I.Hw2 & 0xF001) | ImmC << 11 | ImmB << 1);
  return {Hw1, Hw2};
}

int32_t decodeThumbBf16(Thumb32 I) { return decodeBranchFuture(I, 5); }
int32_t decodeThumbBf12(Thumb32 I) { return decodeBranchFuture(I, 1); }
int32_t decodeThumbBf18(Thumb32 I) { return decodeBranchFuture(I, 7); }

Thumb32 encodeThumbBf16(Thumb32 I, uint32_t V) {
  return encodeBranchFuture(I, V, 5);
}

Thumb32 encodeThumbBf12(Thumb32 I, uint32_t V) {
  return encodeBranchFuture(I, V, 1);
}

Thumb32 encodeThumbBf18(Thumb32 I, uint32_t V) {
  return encodeBranchFuture(I, V, 7);
}

Thumb32 thumbNopW() { return {0xF3AF, 0x8000}; }

//--- Group relocations -----------------------------------------------------//

static GroupChunk nextChunk(uint32_t Y) {
  GroupChunk C;
  if (Y == 0)
    return C;
  unsigned Top = 31 - unsigned(__builtin_clz(Y));
  unsigned Shift = Top <= 7 ? 0 : ((Top - 7 + 1) & ~1u);
  if (faultPlanted(Fault::GroupOddShift) && Top > 7)
    Shift = Top - 7; // an odd rotation no ADD/SUB immediate can hold
  C.Shift = Shift;
  C.G = Y & (0xFFu << Shift);
  C.Residual = Y & ~C.G;
  return C;
}

GroupChunk splitGroup(uint32_t Y0, unsigned N) {
  GroupChunk C = nextChunk(Y0);
  for (unsigned I = 0; I < N; ++I)
    C = nextChunk(C.Residual);
  return C;
}

uint32_t groupResidual(uint32_t Y0, unsigned N) {
  return N == 0 ? Y0 : splitGroup(Y0, N - 1).Residual;
}

bool isArmAddSubImm(uint32_t Insn) {
  uint32_t Op = Insn & 0x0FE00000;
  return armCond(Insn) != 0xF && (Op == 0x02800000 || Op == 0x02400000);
}

int32_t decodeArmAddSubImm(uint32_t Insn) {
  uint32_t Imm8 = Insn & 0xFF, Rot = 2 * ((Insn >> 8) & 0xF);
  uint32_t V = Rot ? (Imm8 >> Rot) | (Imm8 << (32 - Rot)) : Imm8;
  bool Sub = (Insn & 0x0FE00000) == 0x02400000;
  return int32_t(Sub ? 0u - V : V);
}

uint32_t encodeArmAddSubImm(uint32_t Insn, bool Negative, GroupChunk C) {
  // imm8 rotated right by 2 * rot equals imm8 << Shift when
  // rot = (32 - Shift) / 2 mod 16.
  uint32_t Rot = ((32 - C.Shift) / 2) & 0xF;
  uint32_t Imm12 = C.G ? (Rot << 8 | (C.G >> C.Shift)) : 0;
  uint32_t Opc = Negative ? 0x00400000 : 0x00800000;
  return (Insn & ~0x01E00FFFu) | Opc | Imm12;
}

bool isArmLdrsImm8(uint32_t Insn) {
  // cond 000 P U 1 W L Rn Rt imm4H 1 op2 1 imm4L, op2 != 00; offset
  // addressing only (P = 1, W = 0), as for LDR/STR.
  return armCond(Insn) != 0xF && (Insn & 0x0F600090) == 0x01400090 &&
         (Insn & 0x60) != 0;
}

bool isArmLdrdStrd(uint32_t Insn) {
  // L = 0 with op2 = 10 (LDRD) or 11 (STRD); L = 0, op2 = 01 is STRH.
  return isArmLdrsImm8(Insn) && !(Insn & (1u << 20)) && (Insn & 0x40);
}

int32_t decodeArmLdrsImm8(uint32_t Insn) {
  int32_t Off = int32_t(((Insn >> 4) & 0xF0) | (Insn & 0xF));
  return (Insn & (1u << 23)) ? Off : -Off;
}

uint32_t encodeArmLdrsImm8(uint32_t Insn, bool Negative, uint32_t Offset) {
  uint32_t U = Negative ? 0 : 1u << 23;
  return (Insn & ~0x00800F0Fu) | U | (Offset & 0xF0) << 4 | (Offset & 0xF);
}

bool isArmLdcStc(uint32_t Insn) {
  // cond 110P UDWL: offset addressing only (P = 1, W = 0), as for LDR/STR.
  // P = 0 is the post-indexed or unindexed form, or MCRR/MRRC (PUDW =
  // 0010), none of which has an offset to relocate.
  return armCond(Insn) != 0xF && (Insn & 0x0F200000) == 0x0D000000;
}

int32_t decodeArmLdcImm8x4(uint32_t Insn) {
  int32_t Off = int32_t(Insn & 0xFF) * 4;
  return (Insn & (1u << 23)) ? Off : -Off;
}

uint32_t encodeArmLdcImm8x4(uint32_t Insn, bool Negative, uint32_t Offset) {
  uint32_t U = Negative ? 0 : 1u << 23;
  return (Insn & ~0x008000FFu) | U | ((Offset >> 2) & 0xFF);
}

//--- PREL31 ----------------------------------------------------------------//

int32_t decodePrel31(uint32_t Word) {
  return int32_t(signExtend(Word & 0x7FFFFFFF, 31));
}

uint32_t encodePrel31(uint32_t Word, uint32_t X) {
  return (Word & 0x80000000) | (X & 0x7FFFFFFF);
}

//--- TLS descriptor sequences ---------------------------------------------//

namespace {
constexpr uint32_t ArmNop = 0xE1A00000;  // MOV r0, r0 (what GNU ld writes)
constexpr uint16_t ThumbNop = 0x46C0;    // MOV r8, r8
// ADD Rd, PC, Rm (register, A1): cond 0000 1000 1111 Rd 00000 00 0 Rm.
bool isArmAddPcReg(uint32_t I) { return (I & 0xFFFF0FF0) == 0xE08F0000; }
// LDR Rt, [Rn, #4] (immediate, A1): cond 0101 1001 Rn Rt 0000 0000 0100.
bool isArmLdrImm4(uint32_t I) { return (I & 0xFFF00FFF) == 0xE5900004; }
// BLX Rm (register, A1): cond 0001 0010 1111 1111 1111 0011 Rm.
bool isArmBlxReg(uint32_t I) { return (I & 0xFFFFFFF0) == 0xE12FFF30; }
// ADD Rdn, PC (register, T2): 0100 0100 DN 1111 Rdn.
bool isThumbAddPc(uint16_t H) { return (H & 0xFF78) == 0x4478; }
// LDR Rt, [Rn, #4] (immediate, T1): 01101 00001 Rn Rt.
bool isThumbLdrImm4(uint16_t H) { return (H & 0xFFC0) == 0x6840; }
// BLX Rm (register, T1): 0100 0111 1 Rm 000.
bool isThumbBlxReg(uint16_t H) { return (H & 0xFF87) == 0x4780; }
} // namespace

bool isArmTlsDescSeq(uint32_t Insn) {
  return isArmAddPcReg(Insn) || isArmLdrImm4(Insn) || isArmBlxReg(Insn);
}

uint32_t relaxArmTlsDescSeq(uint32_t Insn, TlsDescRelax R) {
  bool Le = R == TlsDescRelax::LocalExec;
  if (isArmAddPcReg(Insn)) // MOV Rd, Rm (register, A1) keeps Rd and Rm
    return Le ? 0xE1A00000 | (Insn & 0xF00F) : Insn;
  if (isArmLdrImm4(Insn))
    return Le ? ArmNop : Insn & ~0xFFFu;
  if (isArmBlxReg(Insn)) // MOV r0, Rm
    return Le ? ArmNop : 0xE1A00000 | (Insn & 0xF);
  return Insn;
}

uint32_t relaxArmTlsCall(TlsDescRelax R) {
  // LDR r0, [PC, r0] (register, A1): cond 0111 1001 1111 0000 0000 0000.
  return R == TlsDescRelax::LocalExec ? ArmNop : 0xE79F0000;
}

Thumb32 relaxThumbTlsCall(TlsDescRelax R, bool HasNopW) {
  if (R == TlsDescRelax::LocalExec)
    return HasNopW ? Thumb32{0xF3AF, 0x8000} // NOP.W
                   : Thumb32{ThumbNop, ThumbNop};
  return {0x4478, 0x6800};   // ADD r0, PC; LDR r0, [r0, #0]
}

bool isThumbTlsDescSeq16(uint16_t Hw) {
  return isThumbAddPc(Hw) || isThumbLdrImm4(Hw) || isThumbBlxReg(Hw);
}

uint16_t relaxThumbTlsDescSeq16(uint16_t Hw, TlsDescRelax R) {
  bool Le = R == TlsDescRelax::LocalExec;
  if (isThumbAddPc(Hw))
    return Le ? ThumbNop : Hw;
  if (isThumbLdrImm4(Hw))
    return Le ? ThumbNop : uint16_t(Hw & ~0x07C0);
  if (isThumbBlxReg(Hw)) // MOV r0, Rm (T1): 0100 0110 0 Rm 000
    return Le ? ThumbNop : uint16_t(0x4600 | (Hw & 0x0078));
  return Hw;
}

} // namespace relocheck
