//===- EncodingsTest.cpp - Round trips of the pure field encoders --------===//
//
// Each encoder/decoder pair of encode/ArmEncodings.h is driven through the
// ends of its field over several background instructions, and must leave
// every bit outside the field as it was. The worked examples come from
// shared/reference/aaelf32-static-relocations.md, sections 1 and 3; each
// test calls the encoder of the encoding its name says.
//
//===----------------------------------------------------------------------===//
#include "encode/ArmEncodings.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

using namespace relocheck;

namespace {

// Bits each encoder owns. Everything else must survive an encode.
constexpr uint32_t ArmImm24Mask = 0x00FFFFFF;
constexpr uint32_t ArmMovImm16Mask = 0x000F0FFF; // imm4 [19:16], imm12
constexpr uint16_t ThumbBranchHw1Mask = 0x07FF;  // S, imm10
constexpr uint16_t ThumbBranchHw2Mask = 0x2FFF;  // J1, J2, imm11
constexpr uint16_t ThumbMovHw1Mask = 0x040F;     // i, imm4
constexpr uint16_t ThumbMovHw2Mask = 0x70FF;     // imm3, imm8
constexpr uint32_t Prel31Mask = 0x7FFFFFFF;

std::string hex(uint32_t V) {
  char Buf[16];
  std::snprintf(Buf, sizeof(Buf), "0x%08x", V);
  return Buf;
}

std::string hex(Thumb32 I) {
  char Buf[24];
  std::snprintf(Buf, sizeof(Buf), "%04x %04x", I.Hw1, I.Hw2);
  return Buf;
}

} // namespace

//--- Byte order ------------------------------------------------------------//

TEST(ByteOrder, ArmWordIsLittleEndian) {
  const uint8_t Bytes[4] = {0xfe, 0x07, 0x00, 0xeb};
  EXPECT_EQ(read32le(Bytes), 0xEB0007FEu);

  uint8_t Out[4] = {};
  write32le(Out, 0xFB0007FE);
  EXPECT_EQ(Out[0], 0xfe);
  EXPECT_EQ(Out[1], 0x07);
  EXPECT_EQ(Out[2], 0x00);
  EXPECT_EQ(Out[3], 0xfb);
}

TEST(ByteOrder, Thumb32IsTwoLittleEndianHalfwords) {
  // Reference 3.3: hw1 0xF100, hw2 0xF000 is `00 f1 00 f0` in memory.
  uint8_t Out[4] = {};
  writeThumb32(Out, {0xF100, 0xF000});
  EXPECT_EQ(Out[0], 0x00);
  EXPECT_EQ(Out[1], 0xf1);
  EXPECT_EQ(Out[2], 0x00);
  EXPECT_EQ(Out[3], 0xf0);

  const uint8_t Blx[4] = {0x01, 0xf0, 0xfa, 0xef};
  EXPECT_EQ(readThumb32(Blx), (Thumb32{0xF001, 0xEFFA}));
  EXPECT_EQ(read16le(Blx + 2), 0xEFFA);

  uint8_t Half[2] = {};
  write16le(Half, 0xB7FE);
  EXPECT_EQ(Half[0], 0xfe);
  EXPECT_EQ(Half[1], 0xb7);
}

TEST(SignExtend, Boundaries) {
  EXPECT_EQ(signExtend(0x3FFFFFC, 26), -4);
  EXPECT_EQ(signExtend(0x2000000, 26), -0x2000000);
  EXPECT_EQ(signExtend(0x1FFFFFC, 26), 0x1FFFFFC);
  EXPECT_EQ(signExtend(0xFFFF, 16), -1);
  EXPECT_EQ(signExtend(0x7FFF, 16), 0x7FFF);
  EXPECT_EQ(signExtend(0x7FFFFFFF, 31), -1);
  EXPECT_EQ(signExtend(0x40000000, 31), -0x40000000);
  // Bits above the width are ignored.
  EXPECT_EQ(signExtend(0xFFFF0001, 16), 1);
  EXPECT_EQ(signExtend(0xFFFFFFFFFFFFFFFFull, 64), -1);
}

//--- ARM B/BL/BLX imm24 ----------------------------------------------------//

namespace {

const std::vector<uint32_t> ArmBranchBackgrounds = {
    0xEB000000, // BL, field zero
    0xEBFFFFFE, // BL with the REL addend -8
    0x0A000000, // BEQ
    0x1BFFFFFF, // BLNE, field all ones
    0xEA123456, // B with an arbitrary field
    0xFF000000, // all ones outside the field
};

// Multiples of 4 across the signed 26-bit range: ends, zero, one step.
const std::vector<int32_t> ArmBranchValues = {
    -0x2000000, -0x1FFFFFC, -8, -4, 0, 4, 8, 0x1FF8, 0x1FFFFF8, 0x1FFFFFC,
};

} // namespace

TEST(EncodeArmBranchImm24, RoundTripsKeepingCondAndOpcode) {
  for (uint32_t Background : ArmBranchBackgrounds)
    for (int32_t X : ArmBranchValues) {
      SCOPED_TRACE(hex(Background) + " X=" + std::to_string(X));
      uint32_t Insn = encodeArmBranchImm24(Background, uint32_t(X));
      EXPECT_EQ(Insn & ~ArmImm24Mask, Background & ~ArmImm24Mask);
      EXPECT_EQ(decodeArmBranchImm24(Insn), X);
    }
}

TEST(EncodeArmBranchImm24, IgnoresLowBitsAndBitsAbove25) {
  // The field holds X[25:2]: X[1:0] and X[31:26] do not reach it.
  EXPECT_EQ(encodeArmBranchImm24(0xEB000000, 0x1FF8 | 3),
            encodeArmBranchImm24(0xEB000000, 0x1FF8));
  EXPECT_EQ(encodeArmBranchImm24(0xEB000000, 0xFC000000 | 0x1FF8),
            encodeArmBranchImm24(0xEB000000, 0x1FF8));
}

TEST(EncodeArmBranchImm24, ReferenceExamples) {
  // Reference 3.1: BL at 0x20000 to 0x22000 (X = 0x1FF8).
  EXPECT_EQ(encodeArmBranchImm24(0xEBFFFFFE, 0x1FF8), 0xEB0007FEu);
  // BEQ at 0x20008 to 0x22000 (X = 0x1FF0).
  EXPECT_EQ(encodeArmBranchImm24(0x0AFFFFFE, 0x1FF0), 0x0A0007FCu);
  // B at 0x2000C to 0x10000 (X = -0x10014): imm24 0xFFBFFB.
  EXPECT_EQ(encodeArmBranchImm24(0xEAFFFFFE, uint32_t(-0x10014)), 0xEAFFBFFBu);
}

TEST(DecodeArmBranchImm24, RelAddends) {
  // Reference 1: `bl f` holds -8 as imm24 0xFFFFFE.
  EXPECT_EQ(decodeArmBranchImm24(0xEBFFFFFE), -8);
  EXPECT_EQ(decodeArmBranchImm24(0xEAFFFFFE), -8);
  EXPECT_EQ(decodeArmBranchImm24(0xEB800000), -0x2000000);
  EXPECT_EQ(decodeArmBranchImm24(0xEB7FFFFF), 0x1FFFFFC);
  // H is not part of the addend (reference 3.1).
  EXPECT_EQ(decodeArmBranchImm24(0xFBFFFFFE), -8);
  EXPECT_EQ(decodeArmBranchImm24(0xFB0007FE), 0x1FF8);
}

TEST(EncodeArmBl, WritesUnconditionalBl) {
  for (int32_t X : ArmBranchValues) {
    SCOPED_TRACE("X=" + std::to_string(X));
    uint32_t Insn = encodeArmBl(uint32_t(X));
    EXPECT_EQ(Insn & ~ArmImm24Mask, 0xEB000000u);
    EXPECT_TRUE(isArmBl(Insn));
    EXPECT_TRUE(isArmCondAL(Insn));
    EXPECT_FALSE(isArmBlxImm(Insn));
    EXPECT_EQ(decodeArmBranchImm24(Insn), X);
  }
  // Reference 3.1 example, and the branch-to-next of an undefined weak call.
  EXPECT_EQ(encodeArmBl(0x1FF8), 0xEB0007FEu);
  EXPECT_EQ(encodeArmBl(uint32_t(-4)), 0xEBFFFFFFu);
}

TEST(EncodeArmBlxImm, HBitIsXBit1) {
  // Even offsets across the BLX range [-0x2000000, 0x1FFFFFE], with and
  // without X[0] (the Thumb bit, which the encoding drops).
  const std::vector<int32_t> Offsets = {
      -0x2000000, -0x1FFFFFE, -0x1FFFFFC, -6,     -4,        -2,        0,
      2,          4,          6,          0x1FFA, 0x1FFFFFC, 0x1FFFFFE,
  };
  for (int32_t V : Offsets)
    for (uint32_t TBit : {0u, 1u}) {
      uint32_t X = uint32_t(V) | TBit;
      SCOPED_TRACE("X=" + hex(X));
      uint32_t Insn = encodeArmBlxImm(X);
      EXPECT_TRUE(isArmBlxImm(Insn));
      EXPECT_FALSE(isArmBl(Insn));
      EXPECT_EQ(Insn & 0xFE000000, 0xFA000000u);
      uint32_t H = (Insn >> 24) & 1;
      EXPECT_EQ(H, (X >> 1) & 1);
      EXPECT_EQ(decodeArmBranchImm24(Insn) + int32_t(H << 1), V);
    }
}

TEST(EncodeArmBlxImm, ReferenceExample) {
  // Reference 3.2: BL at 0x20004 to Thumb fn 0x22006, A = -8: X = 0x1FFB.
  EXPECT_EQ(encodeArmBlxImm(0x1FFB), 0xFB0007FEu);
  // The same distance with X[1] = 0 keeps H = 0.
  EXPECT_EQ(encodeArmBlxImm(0x1FF9), 0xFA0007FEu);
}

TEST(ArmBranchPredicates, ClassifyOpcodes) {
  EXPECT_TRUE(isArmBl(0xEB0007FE));
  EXPECT_TRUE(isArmBl(0x1BFFFFFE)); // BLNE
  EXPECT_FALSE(isArmB(0xEB0007FE));
  EXPECT_TRUE(isArmB(0xEAFFFFFE));
  EXPECT_TRUE(isArmB(0x0A0007FC)); // BEQ
  EXPECT_FALSE(isArmBl(0xEAFFFFFE));
  EXPECT_TRUE(isArmBlxImm(0xFA000000));
  EXPECT_TRUE(isArmBlxImm(0xFB0007FE));
  EXPECT_FALSE(isArmB(0xFA000000));
  EXPECT_FALSE(isArmBl(0xFB000000));
  for (uint32_t Nop : {0xE1A00000u, 0xE320F000u}) {
    EXPECT_FALSE(isArmB(Nop));
    EXPECT_FALSE(isArmBl(Nop));
    EXPECT_FALSE(isArmBlxImm(Nop));
  }
  EXPECT_TRUE(isArmCondAL(0xEB000000));
  EXPECT_FALSE(isArmCondAL(0x0B000000));
  EXPECT_FALSE(isArmCondAL(0xFA000000));
}

//--- ARM MOVW/MOVT imm16 ---------------------------------------------------//

namespace {

const std::vector<uint32_t> ArmMovBackgrounds = {
    0xE3000000, // movw r0, #0
    0xE30F0FFF, // movw r0, #0xffff
    0x0340C000, // movteq r12, #0
    0xE34FFFFF, // movt pc, #0xffff
    0xFFF0F000, // all ones outside the field
};

const std::vector<uint16_t> Imm16Values = {
    0x0000, 0x0001, 0x00FF, 0x0800, 0x0FFF, 0x1000,
    0x7FFF, 0x8000, 0xF000, 0xFFE0, 0xFFFE, 0xFFFF,
};

} // namespace

TEST(EncodeArmMovImm16, RoundTripsKeepingCondAndRd) {
  for (uint32_t Background : ArmMovBackgrounds)
    for (uint16_t Imm : Imm16Values) {
      SCOPED_TRACE(hex(Background) + " imm16=" + hex(Imm));
      uint32_t Insn = encodeArmMovImm16(Background, Imm);
      EXPECT_EQ(Insn & ~ArmMovImm16Mask, Background & ~ArmMovImm16Mask);
      EXPECT_EQ(decodeArmMovImm16(Insn), Imm);
    }
}

TEST(EncodeArmMovImm16, ReferenceExamples) {
  // Reference 3.7: both fields hold 0xFFE0 (A = -32); X = 0x3FFE8.
  const uint32_t MovwField = 0xE30F0FE0, MovtField = 0xE34F0FE0;
  EXPECT_EQ(decodeArmMovImm16(MovwField), 0xFFE0);
  EXPECT_EQ(decodeArmMovImm16(MovtField), 0xFFE0);
  EXPECT_EQ(int16_t(decodeArmMovImm16(MovtField)), -32);
  EXPECT_EQ(encodeArmMovImm16(MovwField, 0xFFE8), 0xE30F0FE8u);
  EXPECT_EQ(encodeArmMovImm16(MovtField, 0x0003), 0xE3400003u);
  EXPECT_TRUE(isArmMovw(0xE30F0FE8));
  EXPECT_TRUE(isArmMovt(0xE3400003));
}

TEST(ArmMovPredicates, ClassifyOpcodes) {
  EXPECT_TRUE(isArmMovw(0xE3000000));
  EXPECT_FALSE(isArmMovt(0xE3000000));
  EXPECT_TRUE(isArmMovt(0x0340C000));
  EXPECT_FALSE(isArmMovw(0x0340C000));
  EXPECT_FALSE(isArmMovw(0xE1A00000));
  EXPECT_FALSE(isArmMovw(0xE320F000));
  EXPECT_FALSE(isArmMovt(0xE320F000));
  EXPECT_FALSE(isArmMovw(0xF3000000)); // cond 0b1111 is not MOVW
}

//--- Thumb BL/BLX/B.W ------------------------------------------------------//

namespace {

const std::vector<Thumb32> ThumbBranchBackgrounds = {
    {0xF000, 0xD000}, // BL, field zero
    {0xF7FF, 0xFFFE}, // BL with the REL addend -4
    {0xF7FF, 0xFFFF}, // BL, field all ones
    {0xF000, 0x9000}, // B.W
    {0xF7FF, 0xBFFF}, // B.W, field all ones
    {0xF000, 0xC000}, // BLX
    {0xF7FF, 0xEFFE}, // BLX, field all ones (H = 0)
};

// Even offsets across the signed 25-bit range, chosen so that S, I1 and I2
// each take both values.
const std::vector<int32_t> ThumbBranchValues = {
    -0x1000000, -0xFFFFFE, -0xC00000, -0x800000, -0x400002, -0x400000,
    -0x10016,   -4,        -2,        0,         2,         4,
    0x1FF4,     0x3FFFFC,  0x3FFFFE,  0x400000,  0x4FFFFC,  0x500000,
    0x800000,   0xC00000,  0xFFFFFC,  0xFFFFFE,
};

} // namespace

TEST(EncodeThumbBranch24, RoundTripsKeepingOpcodeBits) {
  for (Thumb32 Background : ThumbBranchBackgrounds)
    for (int32_t V : ThumbBranchValues) {
      SCOPED_TRACE(hex(Background) + " v=" + std::to_string(V));
      Thumb32 I = encodeThumbBranch24(Background, uint32_t(V));
      EXPECT_EQ(I.Hw1 & ~ThumbBranchHw1Mask,
                Background.Hw1 & ~ThumbBranchHw1Mask);
      EXPECT_EQ(I.Hw2 & ~ThumbBranchHw2Mask,
                Background.Hw2 & ~ThumbBranchHw2Mask);
      EXPECT_EQ(decodeThumbBranch24(I), V);
      EXPECT_EQ(isThumbBl(I), isThumbBl(Background));
      EXPECT_EQ(isThumbBlxImm(I), isThumbBlxImm(Background));
      EXPECT_EQ(isThumbBW(I), isThumbBW(Background));
    }
}

TEST(EncodeThumbBranch24, IgnoresBit0) {
  for (int32_t V : ThumbBranchValues)
    EXPECT_EQ(encodeThumbBranch24({0xF000, 0xD000}, uint32_t(V) | 1),
              encodeThumbBranch24({0xF000, 0xD000}, uint32_t(V)))
        << "v=" << V;
}

TEST(EncodeThumbBranch24, ReferenceExamples) {
  // Reference 3.3: BL at 0x20000 to Thumb fn 0x520004, v = 0x500000.
  EXPECT_EQ(encodeThumbBranch24({0xF7FF, 0xFFFE}, 0x500000),
            (Thumb32{0xF100, 0xF000}));
  // B.W at 0x20004 to the same, v = 0x4FFFFC.
  EXPECT_EQ(encodeThumbBranch24({0xF7FF, 0xBFFE}, 0x4FFFFC),
            (Thumb32{0xF0FF, 0xB7FE}));
  // BL at 0x20012 to Thumb fn 0x10000, v = -0x10016: `ef f7 f5 ff`.
  EXPECT_EQ(encodeThumbBranch24({0xF7FF, 0xFFFE}, uint32_t(-0x10016)),
            (Thumb32{0xF7EF, 0xFFF5}));
  // Pre-Thumb-2 BL (J1 = J2 = 1): v = 0x3FFFFC gives `ff f3 fe ff`.
  EXPECT_EQ(encodeThumbBranch24({0xF7FF, 0xFFFE}, 0x3FFFFC),
            (Thumb32{0xF3FF, 0xFFFE}));
  // Branch to the next instruction (v = 0): `00 f0 00 f8`.
  EXPECT_EQ(encodeThumbBranch24({0xF7FF, 0xFFFE}, 0),
            (Thumb32{0xF000, 0xF800}));
}

TEST(EncodeThumbBranch24, ReferenceBlxExamples) {
  // Reference 3.3: BL at 0x20008 to ARM fn 0x22000 becomes BLX, v = 0x1FF4;
  // from 0x2000E (Pa = 0x2000C), v = 0x1FF0.
  Thumb32 Blx = setThumbBlxBit({0xF7FF, 0xFFFE}, true);
  EXPECT_EQ(encodeThumbBranch24(Blx, 0x1FF4), (Thumb32{0xF001, 0xEFFA}));
  EXPECT_EQ(encodeThumbBranch24(Blx, 0x1FF0), (Thumb32{0xF001, 0xEFF8}));
  EXPECT_EQ(decodeThumbBranch24({0xF001, 0xEFFA}), 0x1FF4);
  EXPECT_EQ(decodeThumbBranch24({0xF001, 0xEFF8}), 0x1FF0);
}

TEST(DecodeThumbBranch24, RelAddends) {
  // Reference 1: Thumb `bl f` holds -4 as hw1 0xF7FF, hw2 0xFFFE.
  EXPECT_EQ(decodeThumbBranch24({0xF7FF, 0xFFFE}), -4);
  EXPECT_EQ(decodeThumbBranch24({0xF7FF, 0xBFFE}), -4); // B.W
  EXPECT_EQ(decodeThumbBranch24({0xF100, 0xF000}), 0x500000);
  EXPECT_EQ(decodeThumbBranch24({0xF0FF, 0xB7FE}), 0x4FFFFC);
  // Most negative: S = 1, I1 = I2 = 0 (J1 = J2 = 0), rest zero.
  EXPECT_EQ(decodeThumbBranch24({0xF400, 0xD000}), -0x1000000);
  // Most positive: S = 0, I1 = I2 = 1 (J1 = J2 = 0), rest ones.
  EXPECT_EQ(decodeThumbBranch24({0xF3FF, 0xD7FF}), 0xFFFFFE);
}

TEST(SetThumbBlxBit, SwitchesOnlyTheBlxBits) {
  // BL -> BLX clears hw2[12] and hw2[0]; nothing else moves.
  Thumb32 Bl = {0xF123, 0xFFFF};
  Thumb32 Blx = setThumbBlxBit(Bl, true);
  EXPECT_EQ(Blx, (Thumb32{0xF123, 0xEFFE}));
  EXPECT_TRUE(isThumbBlxImm(Blx));
  EXPECT_FALSE(isThumbBl(Blx));

  // BLX -> BL sets hw2[12] only.
  Thumb32 Back = setThumbBlxBit({0xF001, 0xEFFA}, false);
  EXPECT_EQ(Back, (Thumb32{0xF001, 0xFFFA}));
  EXPECT_TRUE(isThumbBl(Back));

  // Already in the requested form: unchanged.
  EXPECT_EQ(setThumbBlxBit({0xF100, 0xF000}, false), (Thumb32{0xF100, 0xF000}));
  EXPECT_EQ(setThumbBlxBit({0xF001, 0xEFFA}, true), (Thumb32{0xF001, 0xEFFA}));
}

TEST(ThumbBranchPredicates, ClassifyOpcodes) {
  EXPECT_TRUE(isThumbBl({0xF7FF, 0xFFFE}));
  EXPECT_TRUE(isThumbBlxImm({0xF001, 0xEFFA}));
  EXPECT_TRUE(isThumbBW({0xF0FF, 0xB7FE}));
  EXPECT_FALSE(isThumbBW({0xF7FF, 0xFFFE}));
  EXPECT_FALSE(isThumbBl({0xF0FF, 0xB7FE}));
  EXPECT_FALSE(isThumbBlxImm({0xF7FF, 0xFFFE}));
  // B<c>.W (T3) is none of them.
  EXPECT_FALSE(isThumbBW({0xF43F, 0xAFFE}));
  EXPECT_FALSE(isThumbBl({0xF43F, 0xAFFE}));
  // Thumb MOVW and NOP.W.
  for (Thumb32 Other : {Thumb32{0xF240, 0x0000}, Thumb32{0xF64F, 0x71E8},
                        Thumb32{0xF3AF, 0x8000}}) {
    EXPECT_FALSE(isThumbBl(Other)) << hex(Other);
    EXPECT_FALSE(isThumbBlxImm(Other)) << hex(Other);
    EXPECT_FALSE(isThumbBW(Other)) << hex(Other);
  }
}

//--- Armv8.1-M Branch Future: BF, BFCSEL, BFL -----------------------------//

namespace {

// Bits the offset owns in every Branch Future form: immB Hw2[10:1], immC
// Hw2[11]; immA is Hw1[4:0] (BF), Hw1[0] (BFCSEL), Hw1[6:0] (BFL).
constexpr uint16_t BranchFutureHw2Mask = 0x0FFE;

/// Every even offset with one bit set, negated too, inside [Min, Max], and
/// the ends themselves: each of immA, immB and immC takes both values.
std::vector<int32_t> branchFutureValues(int32_t Min, int32_t Max) {
  std::vector<int32_t> Out = {Min, Min + 2, -4, -2, 0, 2, 4, Max - 2, Max};
  for (int32_t Bit = 2; Bit <= Max; Bit <<= 1) {
    Out.push_back(Bit);
    Out.push_back(-Bit);
    Out.push_back(Bit - 2); // all ones below the bit
    Out.push_back(-Bit - 2);
  }
  std::vector<int32_t> InRange;
  for (int32_t V : Out)
    if (V >= Min && V <= Max)
      InRange.push_back(V);
  return InRange;
}

struct BranchFutureCase {
  Thumb32 (*Encode)(Thumb32, uint32_t);
  int32_t (*Decode)(Thumb32);
  bool (*IsForm)(Thumb32);
  uint16_t Hw1Mask;
  int32_t Min, Max;
  std::vector<Thumb32> Backgrounds;
};

void checkBranchFutureRoundTrip(const BranchFutureCase &C) {
  for (Thumb32 Background : C.Backgrounds)
    for (int32_t V : branchFutureValues(C.Min, C.Max)) {
      SCOPED_TRACE(hex(Background) + " v=" + std::to_string(V));
      Thumb32 I = C.Encode(Background, uint32_t(V));
      EXPECT_EQ(I.Hw1 & ~C.Hw1Mask, Background.Hw1 & ~C.Hw1Mask);
      EXPECT_EQ(I.Hw2 & ~BranchFutureHw2Mask,
                Background.Hw2 & ~BranchFutureHw2Mask);
      EXPECT_EQ(C.Decode(I), V);
      EXPECT_EQ(C.IsForm(I), C.IsForm(Background));
      // Bit 0 of the value (the Thumb bit) and bits above the field do
      // not reach the instruction.
      uint32_t Field = uint32_t(C.Max) << 1 | 2; // 0x1FFFE for BF
      uint32_t Above = ~(Field | 1);
      EXPECT_EQ(C.Encode(Background, uint32_t(V) | 1), I);
      EXPECT_EQ(C.Encode(Background, uint32_t(V) ^ Above), I)
          << "bits above the field";
    }
}

} // namespace

TEST(EncodeThumbBf16, RoundTripsKeepingBoffAndOpcode) {
  checkBranchFutureRoundTrip(
      {encodeThumbBf16, decodeThumbBf16, isThumbBf, 0x001F, -0x10000, 0xFFFE,
       {
           {0xF0DF, 0xE7FF}, // llvm-mc: bf with boff 1, field -4
           {0xF4C0, 0xE001}, // boff 9, field 0
           {0xF7DF, 0xEFFF}, // boff 15, field all ones
           {0xFFE0, 0xF001}, // all ones outside the field (not a BF)
       }});
}

TEST(EncodeThumbBf12, RoundTripsKeepingBoffCondAndElse) {
  checkBranchFutureRoundTrip(
      {encodeThumbBf12, decodeThumbBf12, isThumbBfcsel, 0x0001, -0x1000, 0xFFE,
       {
           {0xF083, 0xE7FF}, // llvm-mc: bfcsel boff 1, eq, else +4, -4
           {0xF2B6, 0xE001}, // boff 5, le, else +4, field 0
           {0xF785, 0xEFFF}, // boff 15, ne, else +2, field all ones
           {0xFFFE, 0xF001}, // all ones outside the field (not a BFCSEL)
       }});
}

TEST(EncodeThumbBf18, RoundTripsKeepingBoffAndOpcode) {
  checkBranchFutureRoundTrip(
      {encodeThumbBf18, decodeThumbBf18, isThumbBfl, 0x007F, -0x40000,
       0x3FFFE,
       {
           {0xF0FF, 0xC7FF}, // llvm-mc: bfl with boff 1, field -4
           {0xF780, 0xC001}, // boff 15, field 0
           {0xF47F, 0xCFFF}, // boff 8, field all ones
           {0xFF80, 0xF001}, // all ones outside the field (not a BFL)
       }});
}

TEST(EncodeBranchFuture, GnuLdExamples) {
  // Measured with GNU ld 2.40 (same bytes as relocheck): a BF at 0x20000
  // with its branch point at 0x20006 to Thumb fn 0x21002 (offset 0xFFE)
  // and to 0x30002 (offset 0xFFFE, the top of the range); a BFL at
  // 0x20008 to 0x30004 (offset 0xFFF8).
  EXPECT_EQ(encodeThumbBf16({0xF0DF, 0xE7FF}, 0xFFE),
            (Thumb32{0xF0C0, 0xEFFF}));
  EXPECT_EQ(encodeThumbBf16({0xF0DF, 0xE7FF}, 0xFFFE),
            (Thumb32{0xF0CF, 0xEFFF}));
  EXPECT_EQ(encodeThumbBf18({0xF0FF, 0xC7FF}, 0xFFF8),
            (Thumb32{0xF08F, 0xC7FD}));
}

TEST(DecodeBranchFuture, RelAddendsFromLlvmMc) {
  // llvm-mc 22 and GNU as 2.40 both leave -4 (the PC bias) in the field
  // of `bf`, `bfl` and `bfcsel` to a label in another section.
  EXPECT_EQ(decodeThumbBf16({0xF0DF, 0xE7FF}), -4);
  EXPECT_EQ(decodeThumbBf18({0xF0FF, 0xC7FF}), -4);
  EXPECT_EQ(decodeThumbBf12({0xF083, 0xE7FF}), -4);
  // The extremes: sign bit (immA's top bit) alone, then all ones but it.
  EXPECT_EQ(decodeThumbBf16({0xF0D0, 0xE001}), -0x10000);
  EXPECT_EQ(decodeThumbBf16({0xF0CF, 0xEFFF}), 0xFFFE);
  EXPECT_EQ(decodeThumbBf12({0xF083, 0xE001}), -0x1000);
  EXPECT_EQ(decodeThumbBf12({0xF082, 0xEFFF}), 0xFFE);
  EXPECT_EQ(decodeThumbBf18({0xF0C0, 0xC001}), -0x40000);
  EXPECT_EQ(decodeThumbBf18({0xF0BF, 0xCFFF}), 0x3FFFE);
}

TEST(BranchFuturePredicates, ClassifyOpcodes) {
  Thumb32 Bf{0xF0DF, 0xE7FF}, Bfl{0xF0FF, 0xC7FF}, Bfcsel{0xF083, 0xE7FF};
  EXPECT_TRUE(isThumbBf(Bf));
  EXPECT_TRUE(isThumbBfl(Bfl));
  EXPECT_TRUE(isThumbBfcsel(Bfcsel));
  EXPECT_FALSE(isThumbBf(Bfl));
  EXPECT_FALSE(isThumbBf(Bfcsel));
  EXPECT_FALSE(isThumbBfl(Bf));
  EXPECT_FALSE(isThumbBfl(Bfcsel));
  EXPECT_FALSE(isThumbBfcsel(Bf));
  EXPECT_FALSE(isThumbBfcsel(Bfl));
  // Same space, not relocated: BFX, BFLX (register targets, llvm-mc
  // bytes), and boff = 0, which encodes LE, WLS, DLS and DLSTP instead.
  for (Thumb32 Other : {
           Thumb32{0xF0E0, 0xE001}, // bfx with r0
           Thumb32{0xF0F1, 0xE001}, // bflx with r1
           Thumb32{0xF00F, 0xC001}, // le lr, #-0
           Thumb32{0xF040, 0xC001}, // wls lr, r0
           Thumb32{0xF040, 0xE001}, // dls lr, r0
           Thumb32{0xF000, 0xE001}, // dlstp.8 lr, r0
           Thumb32{0xF3AF, 0x8000}, // nop.w
           Thumb32{0xF7FF, 0xFFFE}, // bl
       }) {
    EXPECT_FALSE(isThumbBf(Other)) << hex(Other);
    EXPECT_FALSE(isThumbBfl(Other)) << hex(Other);
    EXPECT_FALSE(isThumbBfcsel(Other)) << hex(Other);
  }
  EXPECT_EQ(thumbNopW(), (Thumb32{0xF3AF, 0x8000}));
}

//--- Thumb MOVW/MOVT imm16 -------------------------------------------------//

namespace {

const std::vector<Thumb32> ThumbMovBackgrounds = {
    {0xF240, 0x0000}, // movw r0, #0
    {0xF2C0, 0x0100}, // movt r1, #0
    {0xF240, 0x0C00}, // movw r12, #0
    {0xF64F, 0x7FFF}, // movw r15, #0xffff
    {0xF6CF, 0x7EFF}, // movt r14, #0xffff
    {0xFBF0, 0x8F00}, // all ones outside the field
};

} // namespace

TEST(EncodeThumbMovImm16, RoundTripsKeepingOpcodeAndRd) {
  for (Thumb32 Background : ThumbMovBackgrounds)
    for (uint16_t Imm : Imm16Values) {
      SCOPED_TRACE(hex(Background) + " imm16=" + hex(Imm));
      Thumb32 I = encodeThumbMovImm16(Background, Imm);
      EXPECT_EQ(I.Hw1 & ~ThumbMovHw1Mask, Background.Hw1 & ~ThumbMovHw1Mask);
      EXPECT_EQ(I.Hw2 & ~ThumbMovHw2Mask, Background.Hw2 & ~ThumbMovHw2Mask);
      EXPECT_EQ(decodeThumbMovImm16(I), Imm);
    }
}

TEST(EncodeThumbMovImm16, ReferenceExamples) {
  // Reference 3.7: movw/movt r1 with fields 0xFFE0 (A = -32), X = 0x3FFE8.
  const Thumb32 MovwField = {0xF64F, 0x71E0}, MovtField = {0xF6CF, 0x71E0};
  EXPECT_EQ(decodeThumbMovImm16(MovwField), 0xFFE0);
  EXPECT_EQ(decodeThumbMovImm16(MovtField), 0xFFE0);
  EXPECT_EQ(int16_t(decodeThumbMovImm16(MovtField)), -32);
  EXPECT_EQ(encodeThumbMovImm16(MovwField, 0xFFE8), (Thumb32{0xF64F, 0x71E8}));
  EXPECT_EQ(encodeThumbMovImm16(MovtField, 0x0003), (Thumb32{0xF2C0, 0x0103}));
  EXPECT_TRUE(isThumbMovw({0xF64F, 0x71E8}));
  EXPECT_TRUE(isThumbMovt({0xF2C0, 0x0103}));
}

TEST(EncodeThumbMovImm16, EachSubfieldLandsInItsPlace) {
  // imm16 = imm4:i:imm3:imm8 = hw1[3:0]:hw1[10]:hw2[14:12]:hw2[7:0].
  EXPECT_EQ(encodeThumbMovImm16({0xF240, 0x0000}, 0xF000),
            (Thumb32{0xF24F, 0x0000}));
  EXPECT_EQ(encodeThumbMovImm16({0xF240, 0x0000}, 0x0800),
            (Thumb32{0xF640, 0x0000}));
  EXPECT_EQ(encodeThumbMovImm16({0xF240, 0x0000}, 0x0700),
            (Thumb32{0xF240, 0x7000}));
  EXPECT_EQ(encodeThumbMovImm16({0xF240, 0x0000}, 0x00FF),
            (Thumb32{0xF240, 0x00FF}));
}

TEST(ThumbMovPredicates, ClassifyOpcodes) {
  EXPECT_TRUE(isThumbMovw({0xF240, 0x0000}));
  EXPECT_TRUE(isThumbMovw({0xF64F, 0x71E8})); // i = 1
  EXPECT_FALSE(isThumbMovt({0xF240, 0x0000}));
  EXPECT_TRUE(isThumbMovt({0xF2C0, 0x0103}));
  EXPECT_FALSE(isThumbMovw({0xF2C0, 0x0103}));
  EXPECT_FALSE(isThumbMovw({0xF7FF, 0xFFFE})); // BL
  EXPECT_FALSE(isThumbMovw({0xF240, 0x8000})); // hw2[15] must be 0
}

TEST(ThumbLdrLiteralPredicates, OnlyTheFiveLoads) {
  // 11111 00 S U sz 1 1111: LDRB, LDRH, LDR, LDRSB, LDRSH (literal, T2),
  // both U; PLD/PLI are LDRB/LDRSB with Rt = PC.
  for (uint16_t U : {0x00, 0x80}) {
    SCOPED_TRACE(U);
    EXPECT_TRUE(isThumbLdrLiteralW({uint16_t(0xF81F | U), 0x1000})); // LDRB
    EXPECT_TRUE(isThumbLdrLiteralW({uint16_t(0xF83F | U), 0x1000})); // LDRH
    EXPECT_TRUE(isThumbLdrLiteralW({uint16_t(0xF85F | U), 0x1000})); // LDR
    EXPECT_TRUE(isThumbLdrLiteralW({uint16_t(0xF91F | U), 0x1000}));
    EXPECT_TRUE(isThumbLdrLiteralW({uint16_t(0xF93F | U), 0x1000}));
    EXPECT_TRUE(isThumbLdrLiteralW({uint16_t(0xF81F | U), 0xF000})); // PLD
    // sz = 11, and S = 1 with sz = 10: no load (they were patched, and
    // the result failed to decode).
    EXPECT_FALSE(isThumbLdrLiteralW({uint16_t(0xF87F | U), 0x1000}));
    EXPECT_FALSE(isThumbLdrLiteralW({uint16_t(0xF97F | U), 0x1000}));
    EXPECT_FALSE(isThumbLdrLiteralW({uint16_t(0xF95F | U), 0x1000}));
    // LDRH/LDRSH with Rt = PC: an unallocated memory hint, no load.
    EXPECT_FALSE(isThumbLdrLiteralW({uint16_t(0xF83F | U), 0xF000}));
    EXPECT_FALSE(isThumbLdrLiteralW({uint16_t(0xF93F | U), 0xF000}));
    // LDR PC and PLI (LDRSB, Rt = PC) are.
    EXPECT_TRUE(isThumbLdrLiteralW({uint16_t(0xF85F | U), 0xF000}));
    EXPECT_TRUE(isThumbLdrLiteralW({uint16_t(0xF91F | U), 0xF000}));
  }
  EXPECT_FALSE(isThumbLdrLiteralW({0xF8D0, 0x1000})); // LDR.W Rt, [r0]
}

//--- PREL31 ----------------------------------------------------------------//

TEST(EncodePrel31, RoundTripsKeepingBit31) {
  const std::vector<int32_t> Values = {
      -0x40000000, -0x3FFFFFFF, -2, -1, 0, 1, 2, 0x3FFFFFFE, 0x3FFFFFFF,
  };
  for (uint32_t Background :
       {0x00000000u, 0x80000000u, 0xFFFFFFFFu, 0x7FFFFFFFu, 0x80001234u})
    for (int32_t X : Values) {
      SCOPED_TRACE(hex(Background) + " X=" + std::to_string(X));
      uint32_t Word = encodePrel31(Background, uint32_t(X));
      EXPECT_EQ(Word & ~Prel31Mask, Background & ~Prel31Mask);
      EXPECT_EQ(decodePrel31(Word), X);
    }
}

TEST(DecodePrel31, SignExtendsFromBit30) {
  EXPECT_EQ(decodePrel31(0x7FFFFFFF), -1);
  EXPECT_EQ(decodePrel31(0xFFFFFFFF), -1);
  EXPECT_EQ(decodePrel31(0x40000000), -0x40000000);
  EXPECT_EQ(decodePrel31(0x3FFFFFFF), 0x3FFFFFFF);
  EXPECT_EQ(decodePrel31(0x80000010), 0x10);
  EXPECT_EQ(encodePrel31(0x80000000, uint32_t(-1)), 0xFFFFFFFFu);
  EXPECT_EQ(encodePrel31(0x00000000, uint32_t(-1)), 0x7FFFFFFFu);
}

//--- TLS descriptor sequences (GNU ld 2.40's rewrites, measured) ----------//

TEST(TlsDescRelax, ArmMeasuredExamples) {
  // GNU ld 2.40 -static on llvm-mc 22 objects (docs/tls-descriptors.md).
  auto Le = TlsDescRelax::LocalExec, Ie = TlsDescRelax::InitialExec;
  EXPECT_EQ(relaxArmTlsDescSeq(0xE08F2001, Le), 0xE1A02001u); // mov r2, r1
  EXPECT_EQ(relaxArmTlsDescSeq(0xE08F2001, Ie), 0xE08F2001u); // kept
  EXPECT_EQ(relaxArmTlsDescSeq(0xE5913004, Le), 0xE1A00000u); // nop
  EXPECT_EQ(relaxArmTlsDescSeq(0xE5913004, Ie), 0xE5913000u); // ldr r3,[r1]
  EXPECT_EQ(relaxArmTlsDescSeq(0xE12FFF33, Le), 0xE1A00000u);
  EXPECT_EQ(relaxArmTlsDescSeq(0xE12FFF33, Ie), 0xE1A00003u); // mov r0, r3
  EXPECT_EQ(relaxArmTlsCall(Le), 0xE1A00000u);
  EXPECT_EQ(relaxArmTlsCall(Ie), 0xE79F0000u); // ldr r0, [pc, r0]
}

TEST(TlsDescRelax, ArmEveryRegister) {
  for (uint32_t D = 0; D < 15; ++D)
    for (uint32_t M = 0; M < 15; ++M) {
      uint32_t Add = 0xE08F0000 | D << 12 | M;
      uint32_t Ldr = 0xE5900004 | M << 16 | D << 12;
      uint32_t Blx = 0xE12FFF30 | M;
      ASSERT_TRUE(isArmTlsDescSeq(Add) && isArmTlsDescSeq(Ldr) &&
                  isArmTlsDescSeq(Blx));
      EXPECT_EQ(relaxArmTlsDescSeq(Add, TlsDescRelax::LocalExec),
                0xE1A00000 | D << 12 | M);
      EXPECT_EQ(relaxArmTlsDescSeq(Ldr, TlsDescRelax::InitialExec),
                0xE5900000 | M << 16 | D << 12);
      EXPECT_EQ(relaxArmTlsDescSeq(Blx, TlsDescRelax::InitialExec),
                0xE1A00000 | M);
    }
}

TEST(TlsDescRelax, ArmNeighboursAreNotMarkers) {
  EXPECT_FALSE(isArmTlsDescSeq(0x008F2001)); // ADD, cond EQ
  EXPECT_FALSE(isArmTlsDescSeq(0xE09F2001)); // ADDS
  EXPECT_FALSE(isArmTlsDescSeq(0xE08F2081)); // ADD with LSL #1
  EXPECT_FALSE(isArmTlsDescSeq(0xE08E2001)); // ADD r2, lr, r1
  EXPECT_FALSE(isArmTlsDescSeq(0xE5913008)); // LDR #8
  EXPECT_FALSE(isArmTlsDescSeq(0xE5113004)); // LDR #-4
  EXPECT_FALSE(isArmTlsDescSeq(0xE5D13004)); // LDRB
  EXPECT_FALSE(isArmTlsDescSeq(0xE12FFF13)); // BX r3
  EXPECT_FALSE(isArmTlsDescSeq(0xE1A00000)); // NOP (GNU ld refuses it)
}

TEST(TlsDescRelax, ThumbMeasuredExamplesAndNeighbours) {
  auto Le = TlsDescRelax::LocalExec, Ie = TlsDescRelax::InitialExec;
  EXPECT_EQ(relaxThumbTlsDescSeq16(0x4479, Le), 0x46C0); // add r1, pc
  EXPECT_EQ(relaxThumbTlsDescSeq16(0x4479, Ie), 0x4479);
  EXPECT_EQ(relaxThumbTlsDescSeq16(0x684B, Le), 0x46C0); // ldr r3,[r1,#4]
  EXPECT_EQ(relaxThumbTlsDescSeq16(0x684B, Ie), 0x680B);
  EXPECT_EQ(relaxThumbTlsDescSeq16(0x4798, Le), 0x46C0); // blx r3
  EXPECT_EQ(relaxThumbTlsDescSeq16(0x4798, Ie), 0x4618); // mov r0, r3
  EXPECT_EQ(relaxThumbTlsDescSeq16(0x47F0, Ie), 0x4670); // blx lr: mov r0, lr
  EXPECT_EQ(relaxThumbTlsCall(Le, true), (Thumb32{0xF3AF, 0x8000}));
  EXPECT_EQ(relaxThumbTlsCall(Ie, true), (Thumb32{0x4478, 0x6800}));
  // No NOP.W before Thumb-2 (nor on v6-M, v8-M Baseline): MOV r8, r8 twice.
  EXPECT_EQ(relaxThumbTlsCall(Le, false), (Thumb32{0x46C0, 0x46C0}));
  EXPECT_EQ(relaxThumbTlsCall(Ie, false), (Thumb32{0x4478, 0x6800}));
  EXPECT_TRUE(isThumbTlsDescSeq16(0x44FF)); // add pc-relative into hi reg
  EXPECT_FALSE(isThumbTlsDescSeq16(0x4470)); // add r0, lr
  EXPECT_FALSE(isThumbTlsDescSeq16(0x688B)); // ldr r3, [r1, #8]
  EXPECT_FALSE(isThumbTlsDescSeq16(0x680B)); // ldr r3, [r1]
  EXPECT_FALSE(isThumbTlsDescSeq16(0x4718)); // bx r3
  EXPECT_FALSE(isThumbTlsDescSeq16(0x46C0)); // nop
}
