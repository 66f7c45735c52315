//===- GroupsTest.cpp - Group relocation split and its field encoders -----===//
//
// splitGroup against the ABI's chunking (shared/reference/
// aaelf32-static-relocations.md 3.11: the 8-bit chunk at the lowest even
// shift 2K that still holds the top set bit), and the three encoders the
// group relocations write: ADD/SUB (immediate), LDRH-class imm4H:imm4L and
// LDC/STC imm8 * 4 (3.12). Every expected value is written out by hand.
//
//===----------------------------------------------------------------------===//
#include "encode/ArmEncodings.h"

#include <gtest/gtest.h>

#include <cstdint>
#include <cstdio>
#include <string>

using namespace relocheck;

namespace {

// Bits each encoder owns. Everything else must survive an encode.
constexpr uint32_t AddSubOwned = 0x01E00FFF; // opc [24:21], imm12
constexpr uint32_t LdrsOwned = 0x00800F0F;   // U, imm4H, imm4L
constexpr uint32_t LdcOwned = 0x008000FF;    // U, imm8

std::string hex(uint32_t V) {
  char Buf[16];
  std::snprintf(Buf, sizeof(Buf), "0x%08x", V);
  return Buf;
}

//--- splitGroup ------------------------------------------------------------//

struct SplitCase {
  uint32_t Y0;
  unsigned N;
  uint32_t G, Residual;
  unsigned Shift;
};

TEST(SplitGroup, BoundaryValues) {
  const SplitCase Cases[] = {
      {0x0, 0, 0x0, 0x0, 0},
      {0xFF, 0, 0xFF, 0x0, 0},         // largest value with no rotation
      {0x100, 0, 0x100, 0x0, 2},       // top bit 8: K = 1
      {0x1FE, 0, 0x1FC, 0x2, 2},       // 0xFF << 1 has no even rotation
      {0x1FF, 0, 0x1FC, 0x3, 2},
      {0x3FC, 0, 0x3FC, 0x0, 2},       // 0xFF << 2: one group
      {0x3FD, 0, 0x3FC, 0x1, 2},
      {0x3FF, 0, 0x3FC, 0x3, 2},
      {0xFFFFFFFF, 0, 0xFF000000, 0x00FFFFFF, 24},
      {0xFFFFFFFF, 1, 0x00FF0000, 0x0000FFFF, 16},
      {0xFFFFFFFF, 2, 0x0000FF00, 0x000000FF, 8},
      {0x80000000, 0, 0x80000000, 0x0, 24},
      {0x80000000, 1, 0x0, 0x0, 0},    // nothing left for G1
      {0xFF, 1, 0x0, 0x0, 0},
      {0xFF, 2, 0x0, 0x0, 0},
  };
  for (const SplitCase &C : Cases) {
    GroupChunk Got = splitGroup(C.Y0, C.N);
    SCOPED_TRACE("Y0 " + hex(C.Y0) + " N " + std::to_string(C.N));
    EXPECT_EQ(hex(Got.G), hex(C.G));
    EXPECT_EQ(hex(Got.Residual), hex(C.Residual));
    EXPECT_EQ(Got.Shift, C.Shift);
  }
}

// The shift 2K chosen for a top set bit at each position 0..31: the
// smallest even shift whose 8-bit chunk [2K, 2K+7] holds that bit.
constexpr unsigned ShiftForTopBit[32] = {
    0,  0,  0,  0,  0,  0,  0,  0,  // bits 0..7: no rotation
    2,  2,  4,  4,  6,  6,  8,  8,  // bits 8..15
    10, 10, 12, 12, 14, 14, 16, 16, // bits 16..23
    18, 18, 20, 20, 22, 22, 24, 24, // bits 24..31
};

TEST(SplitGroup, SingleBitAtEveryPosition) {
  for (unsigned Bit = 0; Bit < 32; ++Bit) {
    GroupChunk Got = splitGroup(1u << Bit, 0);
    SCOPED_TRACE("bit " + std::to_string(Bit));
    EXPECT_EQ(hex(Got.G), hex(1u << Bit));
    EXPECT_EQ(Got.Residual, 0u);
    EXPECT_EQ(Got.Shift, ShiftForTopBit[Bit]);
  }
}

TEST(SplitGroup, AllOnesBelowEveryTopBit) {
  // Y0 = bits 0..Bit all set: G0 is the 8 bits from the shift up (fewer
  // when Bit < 7), the residual is every bit below the shift.
  const uint32_t ExpectedG[32] = {
      0x1,        0x3,        0x7,        0xF,        0x1F,       0x3F,
      0x7F,       0xFF,       0x1FC,      0x3FC,      0x7F0,      0xFF0,
      0x1FC0,     0x3FC0,     0x7F00,     0xFF00,     0x1FC00,    0x3FC00,
      0x7F000,    0xFF000,    0x1FC000,   0x3FC000,   0x7F0000,   0xFF0000,
      0x1FC0000,  0x3FC0000,  0x7F00000,  0xFF00000,  0x1FC00000, 0x3FC00000,
      0x7F000000, 0xFF000000,
  };
  for (unsigned Bit = 0; Bit < 32; ++Bit) {
    uint32_t Y0 = Bit == 31 ? 0xFFFFFFFFu : (2u << Bit) - 1;
    GroupChunk Got = splitGroup(Y0, 0);
    SCOPED_TRACE("top bit " + std::to_string(Bit));
    EXPECT_EQ(hex(Got.G), hex(ExpectedG[Bit]));
    EXPECT_EQ(hex(Got.Residual), hex(Y0 & ~ExpectedG[Bit]));
    EXPECT_EQ(Got.Shift, ShiftForTopBit[Bit]);
  }
}

TEST(SplitGroup, ReferenceExample) {
  // 3.11: X = 0x123454 -> G0 0x120000 (imm8 0x48, rot 9), G1 0x3440
  // (imm8 0xD1, rot 13), residual 0x14.
  GroupChunk G0 = splitGroup(0x123454, 0);
  EXPECT_EQ(hex(G0.G), "0x00120000");
  EXPECT_EQ(hex(G0.Residual), "0x00003454");
  EXPECT_EQ(G0.Shift, 14u);
  GroupChunk G1 = splitGroup(0x123454, 1);
  EXPECT_EQ(hex(G1.G), "0x00003440");
  EXPECT_EQ(hex(G1.Residual), "0x00000014");
  EXPECT_EQ(G1.Shift, 6u);
  GroupChunk G2 = splitGroup(0x123454, 2);
  EXPECT_EQ(hex(G2.G), "0x00000014");
  EXPECT_EQ(G2.Residual, 0u);
  EXPECT_EQ(G2.Shift, 0u);

  EXPECT_EQ(hex(groupResidual(0x123454, 0)), "0x00123454");
  EXPECT_EQ(hex(groupResidual(0x123454, 1)), "0x00003454");
  EXPECT_EQ(hex(groupResidual(0x123454, 2)), "0x00000014");
  EXPECT_EQ(hex(groupResidual(0x123454, 3)), "0x00000000");
}

TEST(SplitGroup, NegativeExample0x1000) {
  // 3.11: X = -0x1000 -> G0 0x1000 with K = 3, imm8 0x40, rot 13.
  GroupChunk C = splitGroup(0x1000, 0);
  EXPECT_EQ(hex(C.G), "0x00001000");
  EXPECT_EQ(C.Residual, 0u);
  EXPECT_EQ(C.Shift, 6u);
  // sub r0, pc, #8 -> sub r0, pc, #0x1000 0xE24F0D40 (not 0xE24F0A01).
  EXPECT_EQ(hex(encodeArmAddSubImm(0xE24F0008, true, C)), "0xe24f0d40");
}

//--- ADD/SUB (immediate) ---------------------------------------------------//

struct AddSubCase {
  uint32_t Background;
  uint32_t Add, Sub; // expected after writing G0 of 0x123454 (0x948)
};

TEST(ArmAddSubImm, KeepsCondRnRdSAndFlipsOpcodeBySign) {
  const AddSubCase Cases[] = {
      {0xE24F0008, 0xE28F0948, 0xE24F0948}, // sub r0, pc, #8
      {0xE2800000, 0xE2800948, 0xE2400948}, // add r0, r0, #0
      {0x12934FFF, 0x12934948, 0x12534948}, // addsne r4, r3, #0x3FC
      {0xA2451001, 0xA2851948, 0xA2451948}, // subge r1, r5, #1
      {0xE29FC004, 0xE29FC948, 0xE25FC948}, // adds ip, pc, #4
  };
  GroupChunk C = splitGroup(0x123454, 0);
  for (const AddSubCase &T : Cases) {
    SCOPED_TRACE("background " + hex(T.Background));
    uint32_t Add = encodeArmAddSubImm(T.Background, false, C);
    uint32_t Sub = encodeArmAddSubImm(T.Background, true, C);
    EXPECT_EQ(hex(Add), hex(T.Add));
    EXPECT_EQ(hex(Sub), hex(T.Sub));
    EXPECT_EQ(hex(Add & ~AddSubOwned), hex(T.Background & ~AddSubOwned));
    EXPECT_EQ(hex(Sub & ~AddSubOwned), hex(T.Background & ~AddSubOwned));
    EXPECT_EQ(decodeArmAddSubImm(Add), 0x120000);
    EXPECT_EQ(decodeArmAddSubImm(Sub), -0x120000);
  }
}

TEST(ArmAddSubImm, ReferenceWords) {
  // 3.11 sequence: G1 into sub r0, r0, #4 and G2 into add r0, r0, #0.
  EXPECT_EQ(hex(encodeArmAddSubImm(0xE2400004, false,
                                   splitGroup(0x123454, 1))),
            "0xe2800dd1");
  EXPECT_EQ(hex(encodeArmAddSubImm(0xE2800000, false,
                                   splitGroup(0x123454, 2))),
            "0xe2800014");
  // An empty group writes #0 (ADD or SUB by the sign).
  EXPECT_EQ(hex(encodeArmAddSubImm(0xE24F0008, false, splitGroup(0xFF, 1))),
            "0xe28f0000");
  EXPECT_EQ(hex(encodeArmAddSubImm(0xE28F0123, true, splitGroup(0xFF, 1))),
            "0xe24f0000");
  // Top chunk: 0x80000000 is imm8 0x80, rot 4.
  EXPECT_EQ(hex(encodeArmAddSubImm(0xE24F0008, true,
                                   splitGroup(0x80000000, 0))),
            "0xe24f0480");
}

TEST(ArmAddSubImm, DecodeReadsAnyRotationAndNegatesSub) {
  EXPECT_EQ(decodeArmAddSubImm(0xE2410FFF), -1020); // ABI self-check
  EXPECT_EQ(decodeArmAddSubImm(0xE24F0A01), -4096); // smallest rotation
  EXPECT_EQ(decodeArmAddSubImm(0xE24F0D40), -4096); // ABI chunk
  EXPECT_EQ(decodeArmAddSubImm(0xE28F0F40), 256);
  EXPECT_EQ(decodeArmAddSubImm(0xE28F0101), 0x40000000); // imm8 1, rot 1
  EXPECT_EQ(decodeArmAddSubImm(0xE24F0000), 0);
  EXPECT_EQ(decodeArmAddSubImm(0xE2800948), 0x120000);
}

//--- LDRH/LDRSB/LDRSH/LDRD/STRH/STRD imm4H:imm4L ---------------------------//

TEST(ArmLdrsImm8, ReferenceWords) {
  // 3.12: ldrh r0, [pc, #-8] with X = -0x2C -> 0xE15F02BC.
  EXPECT_EQ(decodeArmLdrsImm8(0xE15F00B8), -8);
  EXPECT_EQ(hex(encodeArmLdrsImm8(0xE15F00B8, true, 0x2C)), "0xe15f02bc");
  EXPECT_EQ(hex(encodeArmLdrsImm8(0xE15F00B8, false, 0xFF)), "0xe1df0fbf");
  EXPECT_EQ(hex(encodeArmLdrsImm8(0xE1D010B0, false, 0x14)), "0xe1d011b4");
  EXPECT_EQ(hex(encodeArmLdrsImm8(0xE1D230F0, true, 0x3C)), "0xe15233fc");
  EXPECT_EQ(hex(encodeArmLdrsImm8(0xE14F20D8, false, 0xD4)), "0xe1cf2dd4");
  EXPECT_EQ(hex(encodeArmLdrsImm8(0xE1DF0FBF, true, 0x0)), "0xe15f00b0");
  EXPECT_EQ(decodeArmLdrsImm8(0xE1DF12BC), 0x2C);
  EXPECT_EQ(decodeArmLdrsImm8(0xE15F2FDF), -0xFF);
  EXPECT_EQ(decodeArmLdrsImm8(0xE1D010B0), 0);
}

TEST(ArmLdrsImm8, RoundTripEveryOffsetAndSign) {
  const uint32_t Backgrounds[] = {
      0xE15F00B8, // ldrh r0, [pc, #-8]
      0xE1D010B0, // ldrh r1, [r0]
      0xE15F10D8, // ldrsb r1, [pc, #-8]
      0xE14F20D8, // ldrd r2, r3, [pc, #-8]
      0x01C012B0, // strheq r1, [r0, #0x20]
      0xE1DFAFFF, // ldrsh sl, [pc, #0xFF]
  };
  for (uint32_t B : Backgrounds)
    for (uint32_t Off = 0; Off <= 0xFF; ++Off)
      for (bool Neg : {false, true}) {
        uint32_t W = encodeArmLdrsImm8(B, Neg, Off);
        SCOPED_TRACE(hex(B) + " off " + std::to_string(Off));
        ASSERT_EQ(hex(W & ~LdrsOwned), hex(B & ~LdrsOwned));
        ASSERT_EQ(decodeArmLdrsImm8(W), Neg ? -int32_t(Off) : int32_t(Off));
        ASSERT_EQ((W >> 23) & 1, Neg ? 0u : 1u);
        ASSERT_EQ((W >> 8) & 0xF, Off >> 4);
        ASSERT_EQ(W & 0xF, Off & 0xF);
      }
}

//--- LDC/STC imm8 * 4 ------------------------------------------------------//

TEST(ArmLdcImm8x4, ReferenceWords) {
  // 3.12: ldc p14, c5, [pc, #-8] with X = 0x40 -> 0xED9F5E10.
  EXPECT_EQ(decodeArmLdcImm8x4(0xED1F5E02), -8);
  EXPECT_EQ(hex(encodeArmLdcImm8x4(0xED1F5E02, false, 0x40)), "0xed9f5e10");
  EXPECT_EQ(hex(encodeArmLdcImm8x4(0xED826E00, true, 0x3C)), "0xed026e0f");
  EXPECT_EQ(hex(encodeArmLdcImm8x4(0xED905E00, false, 0x3FC)), "0xed905eff");
  EXPECT_EQ(hex(encodeArmLdcImm8x4(0xED0F6E02, true, 0x100)), "0xed0f6e40");
  EXPECT_EQ(hex(encodeArmLdcImm8x4(0xED905EFF, true, 0x0)), "0xed105e00");
  EXPECT_EQ(decodeArmLdcImm8x4(0xED9F5E10), 0x40);
  EXPECT_EQ(decodeArmLdcImm8x4(0xED0F6EFF), -0x3FC);
  EXPECT_EQ(decodeArmLdcImm8x4(0xED905E00), 0);
}

TEST(ArmLdcImm8x4, RoundTripEveryOffsetAndSign) {
  const uint32_t Backgrounds[] = {
      0xED1F5E02, // ldc p14, c5, [pc, #-8]
      0xED905E00, // ldc p14, c5, [r0]
      0xED826E00, // stc p14, c6, [r2]
      0x1DDF7AFF, // ldclne p10, c7, [pc, #0x3FC] (D = 1)
      0xEDC31B05, // stcl p11, c1, [r3, #0x14]
  };
  for (uint32_t B : Backgrounds)
    for (uint32_t Off = 0; Off <= 0x3FC; Off += 4)
      for (bool Neg : {false, true}) {
        uint32_t W = encodeArmLdcImm8x4(B, Neg, Off);
        SCOPED_TRACE(hex(B) + " off " + std::to_string(Off));
        ASSERT_EQ(hex(W & ~LdcOwned), hex(B & ~LdcOwned));
        ASSERT_EQ(decodeArmLdcImm8x4(W), Neg ? -int32_t(Off) : int32_t(Off));
        ASSERT_EQ((W >> 23) & 1, Neg ? 0u : 1u);
        ASSERT_EQ(W & 0xFF, Off >> 2);
      }
}

} // namespace
