//===- ArmEncodings.h - Pure encoders/decoders of relocated fields -*- C++ -*-//
//
// Each function reads or writes one immediate field of one Arm encoding and
// touches no other bit. Encoders assume the caller has checked range and
// alignment (see RelocKinds.h); decoders return what the field holds.
// Names follow the Arm ARM encodings (A1/A2 for ARM, T1..T4 for Thumb).
//
// Thumb32 instructions are handled as two halfwords (Hw1 at P, Hw2 at P+2);
// AAELF32 numbers insn[31:16] = Hw1, insn[15:0] = Hw2.
//
//===----------------------------------------------------------------------===//
#ifndef RELOCHECK_ENCODE_ARMENCODINGS_H
#define RELOCHECK_ENCODE_ARMENCODINGS_H

#include <cstdint>

namespace relocheck {

struct Thumb32 {
  uint16_t Hw1 = 0;
  uint16_t Hw2 = 0;
  bool operator==(const Thumb32 &) const = default;
};

uint16_t read16le(const uint8_t *P);
uint32_t read32le(const uint8_t *P);
void write16le(uint8_t *P, uint16_t V);
void write32le(uint8_t *P, uint32_t V);
Thumb32 readThumb32(const uint8_t *P);
void writeThumb32(uint8_t *P, Thumb32 I);

int64_t signExtend(uint64_t V, unsigned Bits);

/// Converts a field between a big-endian object's order and the
/// little-endian order the encoders work in: Unit 4 reverses each word (an
/// ARM instruction, a data word), Unit 2 each halfword (Thumb), Unit 1
/// nothing. It is its own inverse.
void swapFieldOrder(uint8_t *P, unsigned Size, unsigned Unit);

//--- ARM B, BL, BL<c> (A1) and BLX (immediate) (A2) ------------------------//
// A1: cond 101 L imm24. A2: 1111 101 H imm24.

bool isArmB(uint32_t Insn);       // B<c>, cond != 0b1111, L = 0
bool isArmBl(uint32_t Insn);      // BL<c>, cond != 0b1111, L = 1
bool isArmBlxImm(uint32_t Insn);  // BLX (immediate), cond = 0b1111
bool isArmCondAL(uint32_t Insn);  // cond = 0b1110

/// REL addend of CALL/JUMP24: sign_extend(imm24:'00'); H is not part of it.
int32_t decodeArmBranchImm24(uint32_t Insn);
/// Writes X[25:2] into imm24, keeping bits [31:24].
uint32_t encodeArmBranchImm24(uint32_t Insn, uint32_t X);
/// BL (A1, cond AL) with X[25:2]: the form CALL takes to an ARM target.
uint32_t encodeArmBl(uint32_t X);
/// BLX (A2) with H = X[1], imm24 = X[25:2]: CALL to a Thumb target.
uint32_t encodeArmBlxImm(uint32_t X);

//--- ARM MOVW (A2) / MOVT (A1) ---------------------------------------------//
// cond 0011 0000 imm4 Rd imm12 / cond 0011 0100 imm4 Rd imm12.

bool isArmMovw(uint32_t Insn);
bool isArmMovt(uint32_t Insn);
uint16_t decodeArmMovImm16(uint32_t Insn);
uint32_t encodeArmMovImm16(uint32_t Insn, uint16_t Imm16);

//--- Thumb BL (T1), BLX (immediate) (T2), B.W (T4) -------------------------//
// Hw1 = 11110 S imm10; Hw2 = 1 1 J1 1 J2 imm11 (BL), 1 1 J1 0 J2 imm10L 0
// (BLX), 1 0 J1 1 J2 imm11 (B.W). I1 = NOT(J1 XOR S), I2 = NOT(J2 XOR S).

bool isThumbBl(Thumb32 I);
bool isThumbBlxImm(Thumb32 I);
bool isThumbBW(Thumb32 I);

/// v = sign_extend(S:I1:I2:imm10:imm11:'0', 25). For BLX, bit 1 of the
/// result is imm11[0], which BLX requires to be 0.
int32_t decodeThumbBranch24(Thumb32 I);
/// Writes S, J1, J2, imm10, imm11 from V[24:1]; keeps the opcode bits.
Thumb32 encodeThumbBranch24(Thumb32 I, uint32_t V);
/// Turns BL into BLX (Hw2[12] = 0) or BLX into BL (Hw2[12] = 1).
Thumb32 setThumbBlxBit(Thumb32 I, bool ToBlx);

//--- Thumb MOVW (T3) / MOVT (T1) -------------------------------------------//
// Hw1 = 11110 i 10 0100 imm4 / 11110 i 10 1100 imm4; Hw2 = 0 imm3 Rd imm8.
// imm16 = imm4:i:imm3:imm8.

bool isThumbMovw(Thumb32 I);
bool isThumbMovt(Thumb32 I);
uint16_t decodeThumbMovImm16(Thumb32 I);
Thumb32 encodeThumbMovImm16(Thumb32 I, uint16_t Imm16);

//--- ARM LDR/STR (immediate) (A1): cond 010 P U B W L Rn Rt imm12 --------//

bool isArmLdrStrImm12(uint32_t Insn); // offset form: P = 1, W = 0
/// PLD (immediate, literal) A1 (1111 0101 U101 Rn 1111 imm12) and PLI
/// (immediate, literal) A1 (1111 0100 U101 ...): the same U + imm12
/// offset as LDRB, so the LDR groups patch them as lld and GNU ld do.
/// PLDW (R = 0) too, which needs the Multiprocessing Extensions.
bool isArmPldPliImm12(uint32_t Insn);
bool isArmPli(uint32_t Insn);  // of those, PLI (v7 and later)
bool isArmPldw(uint32_t Insn); // and PLDW (v7 with MP, v8-A)
bool isArmBxReg(uint32_t Insn); // BX Rm (A1), the place of R_ARM_V4BX
/// The signed offset: U (bit 23) ? imm12 : -imm12.
int32_t decodeArmLdrImm12(uint32_t Insn);
/// Writes |Off| into imm12 and the sign into U; |Off| <= 0xFFF.
uint32_t encodeArmLdrImm12(uint32_t Insn, int32_t Off);
/// The same with the sign given apart, so a zero offset can still say
/// U = 0 (a group residual of 0 for a negative X).
uint32_t encodeArmLdrImm12U(uint32_t Insn, bool Negative, uint32_t Offset);

//--- Thumb 16-bit branches: B (T2) 11100 imm11, B<c> (T1) 1101 cond imm8 --//

bool isThumbB16(uint16_t Hw);
bool isThumbBcond16(uint16_t Hw); // cond 0b1110/0b1111 are UDF/SVC
int32_t decodeThumbB11(uint16_t Hw);     // sign_extend(imm11:'0', 12)
uint16_t encodeThumbB11(uint16_t Hw, uint32_t V);
int32_t decodeThumbBcond8(uint16_t Hw);  // sign_extend(imm8:'0', 9)
uint16_t encodeThumbBcond8(uint16_t Hw, uint32_t V);

//--- CBZ/CBNZ: 1011 op 0 i 1 imm5 Rn; offset i:imm5:'0' (0..126) ---------//

bool isThumbCbz(uint16_t Hw);
uint32_t decodeThumbCbzOffset(uint16_t Hw);
uint16_t encodeThumbCbzOffset(uint16_t Hw, uint32_t Off);

//--- LDR (literal) T1 01001 Rt imm8, ADR T1 10100 Rd imm8: offset imm8*4 --//

bool isThumbLdrLiteral16(uint16_t Hw);
bool isThumbAdr16(uint16_t Hw);
uint32_t decodeThumbImm8x4(uint16_t Hw);
uint16_t encodeThumbImm8x4(uint16_t Hw, uint32_t Off);

//--- LDR/STR (immediate) T1: 0110 L imm5 Rn Rt; offset imm5*4 -------------//

bool isThumbLdrStrImm5(uint16_t Hw);
uint32_t decodeThumbImm5x4(uint16_t Hw);
uint16_t encodeThumbImm5x4(uint16_t Hw, uint32_t Off);

//--- MOVS Rd,#imm8 (T1) 00100 Rd imm8, ADDS Rdn,#imm8 (T2) 00110 Rdn imm8 --//

bool isThumbMovsAddsImm8(uint16_t Hw);
uint8_t decodeThumbImm8(uint16_t Hw);
uint16_t encodeThumbImm8(uint16_t Hw, uint8_t Imm);

//--- Thumb B<c>.W (T3): 11110 S cond imm6, 10 J1 0 J2 imm11 ---------------//
// v = sign_extend(S:J2:J1:imm6:imm11:'0', 21); J1 = v[18], J2 = v[19], no
// inversion (unlike T4).

bool isThumbBcondW(Thumb32 I);
int32_t decodeThumbBranch20(Thumb32 I);
Thumb32 encodeThumbBranch20(Thumb32 I, uint32_t V);

//--- Thumb LDR{,B,SB,H,SH} (literal) T2: 11111 00 S U sz 1 1111, Rt imm12 --//

bool isThumbLdrLiteralW(Thumb32 I);
int32_t decodeThumbLdrLiteralW(Thumb32 I); // U ? imm12 : -imm12
Thumb32 encodeThumbLdrLiteralW(Thumb32 I, int32_t Off);

//--- Thumb LDR (immediate) T3: 1111 1000 1101 Rn, Rt imm12 (Rn != PC) ----//

bool isThumbLdrImm12(Thumb32 I);
uint32_t decodeThumbLdrImm12(Thumb32 I);
Thumb32 encodeThumbLdrImm12(Thumb32 I, uint32_t Offset);

//--- Thumb ADR.W: ADDW Rd,PC (T3) 0xF20F, SUBW Rd,PC (T2) 0xF2AF ---------//
// imm12 = i:imm3:imm8 = Hw1[10]:Hw2[14:12]:Hw2[7:0]; the opcode follows
// the sign.

bool isThumbAdrW(Thumb32 I);
int32_t decodeThumbAdrW(Thumb32 I); // add ? imm12 : -imm12
Thumb32 encodeThumbAdrW(Thumb32 I, int32_t Off);

//--- Armv8.1-M Branch Future: BF, BFCSEL, BFL ----------------------------//
// Armv8-M ARM (DDI 0553), Armv8.1-M Mainline entry "BF, BFX, BFL, BFLX,
// BFCSEL"; AAELF32 "Armv8.1-M Mainline Branch Future relocation actions by
// instruction type" for the fields a relocation fills:
//   Hw1 = 11110 boff(4) ...          Hw2 = 1 1 x 0 immC immB(10) 1
//   BF:     Hw1[6:5] = 10, immA(5) = Hw1[4:0]   (insn[20:16]), Hw2[13] = 1
//   BFCSEL: Hw1[6] = 0, fcond = Hw1[5:2], else T = Hw1[1], immA(1) = Hw1[0]
//           (insn[16]), Hw2[13] = 1
//   BFL:    immA(7) = Hw1[6:0] (insn[22:16]), Hw2[13] = 0
// immB = Hw2[10:1] (insn[10:1]), immC = Hw2[11] (insn[11]). The target
// offset from PC (P + 4) is sign_extend(immA:immB:immC:'0'); the branch
// point is PC + boff:'0'. boff = 0 encodes LE/WLS/DLS instead, so the
// opcode tests require boff != 0. Decoders return the offset; the REL
// addend adds the ABI's bit 0 (readRelAddend). Encoders write V[n:1] and
// keep boff, fcond, T and the opcode bits.

bool isThumbBf(Thumb32 I);
bool isThumbBfcsel(Thumb32 I);
bool isThumbBfl(Thumb32 I);
int32_t decodeThumbBf16(Thumb32 I); // signed 17-bit offset
int32_t decodeThumbBf12(Thumb32 I); // signed 13-bit offset
int32_t decodeThumbBf18(Thumb32 I); // signed 19-bit offset
Thumb32 encodeThumbBf16(Thumb32 I, uint32_t V);
Thumb32 encodeThumbBf12(Thumb32 I, uint32_t V);
Thumb32 encodeThumbBf18(Thumb32 I, uint32_t V);

/// NOP.W (T2), 0xF3AF 0x8000 (Armv7-M ARM A7.7.88): what an out-of-range
/// Branch Future becomes.
Thumb32 thumbNopW();

//--- Group relocations (AAELF32 5.6.1.5) ----------------------------------//
// The value |X| is split into groups G0, G1, G2 of at most 8 bits each,
// each starting at an even bit position, from the top set bit down. lld and
// GNU ld take the lowest even position that still covers the top bit, so
// their bytes compare; another valid rotation would encode the same value.

struct GroupChunk {
  uint32_t G = 0;        // the group's value (an ARM modified immediate)
  uint32_t Residual = 0; // what is left after removing groups 0..n
  unsigned Shift = 0;    // G = imm8 << Shift, Shift even
};

/// The N-th group (0, 1 or 2) of Y0 and the residual after it.
GroupChunk splitGroup(uint32_t Y0, unsigned N);
/// Y_N: what is left of Y0 after removing groups 0..N-1.
uint32_t groupResidual(uint32_t Y0, unsigned N);

/// ARM ADD/SUB (immediate) A1: cond 001 opc S Rn Rd imm12, opc ADD 0100,
/// SUB 0010. The value is imm12's modified immediate, negated for SUB.
bool isArmAddSubImm(uint32_t Insn);
int32_t decodeArmAddSubImm(uint32_t Insn); // mod 2^32, as a REL addend
/// Writes ADD (Value >= 0) or SUB with |Value|'s chunk C.
uint32_t encodeArmAddSubImm(uint32_t Insn, bool Negative, GroupChunk C);

/// LDRH/STRH/LDRSB/LDRSH/LDRD/STRD (immediate) A1: offset imm4H:imm4L,
/// sign in U.
bool isArmLdrsImm8(uint32_t Insn);
bool isArmLdrdStrd(uint32_t Insn); // of those, LDRD/STRD (v5TE and later)
int32_t decodeArmLdrsImm8(uint32_t Insn);
uint32_t encodeArmLdrsImm8(uint32_t Insn, bool Negative, uint32_t Offset);

/// LDC/STC A1: offset imm8 * 4, sign in U.
bool isArmLdcStc(uint32_t Insn);
int32_t decodeArmLdcImm8x4(uint32_t Insn);
uint32_t encodeArmLdcImm8x4(uint32_t Insn, bool Negative, uint32_t Offset);

//--- PREL31 data word ------------------------------------------------------//

/// REL addend: bits [30:0] sign-extended from bit 30.
int32_t decodePrel31(uint32_t Word);
/// Writes X[30:0], keeping bit 31 of the place.
uint32_t encodePrel31(uint32_t Word, uint32_t X);

//--- TLS descriptor sequences, relaxed in a static link ------------------//
//
// AAELF32 5.6.1 "TLS relocations" names the descriptor kinds; the TLSDESC
// proposal it cites defines the sequence. A static link has no dynamic
// linker to fill a descriptor, so the sequence is rewritten. The rewrites
// are GNU ld 2.40's, measured (docs/tls-descriptors.md): local-exec for a
// symbol local to its object, initial-exec through a GOT word for any
// other.

enum class TlsDescRelax { LocalExec, InitialExec };

/// The instructions an R_ARM_TLS_DESCSEQ may mark (cond AL): ADD Rd, PC, Rm
/// (register, A1, no shift), LDR Rt, [Rn, #4] (immediate, A1), BLX Rm (A1).
bool isArmTlsDescSeq(uint32_t Insn);
/// What replaces one: local-exec: ADD -> MOV Rd, Rm, the others -> NOP
/// (MOV r0, r0); initial-exec: ADD kept, LDR -> LDR Rt, [Rn, #0],
/// BLX Rm -> MOV r0, Rm. Insn must satisfy isArmTlsDescSeq.
uint32_t relaxArmTlsDescSeq(uint32_t Insn, TlsDescRelax R);
/// What replaces the BL/BLX of R_ARM_TLS_CALL: NOP (MOV r0, r0) or
/// LDR r0, [PC, r0].
uint32_t relaxArmTlsCall(TlsDescRelax R);
/// What replaces the BL/BLX of R_ARM_THM_TLS_CALL: NOP.W, or the pair
/// ADD r0, PC; LDR r0, [r0, #0]. Without Thumb-2 (v4T-v6, v6-M, v8-M
/// Baseline) there is no NOP.W: two MOV r8, r8 instead.
Thumb32 relaxThumbTlsCall(TlsDescRelax R, bool HasNopW);

/// The 16-bit instructions an R_ARM_THM_TLS_DESCSEQ16 may mark: ADD Rdn, PC
/// (T2), LDR Rt, [Rn, #4] (T1), BLX Rm (T1).
bool isThumbTlsDescSeq16(uint16_t Hw);
/// local-exec: each -> NOP (MOV r8, r8); initial-exec: ADD kept,
/// LDR -> LDR Rt, [Rn, #0], BLX Rm -> MOV r0, Rm (T1).
uint16_t relaxThumbTlsDescSeq16(uint16_t Hw, TlsDescRelax R);

} // namespace relocheck

#endif
