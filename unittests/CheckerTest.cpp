//===- CheckerTest.cpp - The checker's own verdicts on one field ---------===//
#include "../fuzz/SiteJudge.h"
#include "check/Checker.h"
#include "check/Disassembler.h"
#include "link/Linker.h"
#include "encode/ArmEncodings.h"
#include "kinds/Arch.h"
#include "kinds/RelocKinds.h"

#include <gtest/gtest.h>

#include <cstring>

using namespace relocheck;

namespace {

// A Thumb BL whose bytes reach an ARM-state function: on a core without
// ARM state that is wrong whatever LLVM decodes, and the verdict says so
// (a veneer into ARM state on Armv7-M once passed the checker).
std::vector<std::string> judgeCallToArm(const char *ArchName, bool T) {
  static fuzz::SiteJudge Judge;
  ArchProfile Arch = *lookupArch(ArchName);
  const RelocKind &K = *lookupKind(10); // THM_CALL
  RelocInputs In;
  In.P = 0x20000;
  In.S = 0x20100;
  In.A = -4;
  In.TargetIsFunction = true;
  In.T = T;
  uint8_t Before[4], After[4];
  writeThumb32(Before, Thumb32{0xf7ff, 0xfffe});
  std::memcpy(After, Before, 4);
  uint32_t V = In.S + uint32_t(In.A) - In.P; // BL: no Thumb bit to drop
  writeThumb32(After, encodeThumbBranch24(readThumb32(Before), V));
  RelocOutcome Out;
  Out.X = V | (T ? 1 : 0);
  Out.Form = BranchForm::ThumbBl;
  return Judge.judge(Arch, K, In, Out, Before, After, 4);
}

TEST(CheckerTest, EnteringArmStateWithoutOneIsWrong) {
  auto Problems = judgeCallToArm("armv7-m", false);
  ASSERT_EQ(Problems.size(), 1u);
  EXPECT_NE(Problems[0].find("the branch enters ARM state (an ARM-state "
                             "function), which armv7-m does not have"),
            std::string::npos)
      << Problems[0];
  // The same BL to a Thumb function is right.
  EXPECT_TRUE(judgeCallToArm("armv7-m", true).empty());
}

// SBREL32 with B(S) off a word boundary: AAELF32 5.6 requires B(S) to be
// word-aligned, and the checker says so even when the word matches the
// formula computed with that B.
std::vector<std::string> judgeSbrel32(uint32_t B) {
  static fuzz::SiteJudge Judge;
  ArchProfile Arch = *lookupArch("armv7-a");
  const RelocKind &K = *lookupKind(9); // SBREL32
  RelocInputs In;
  In.P = 0x20000;
  In.S = 0x80002;
  In.B = B;
  uint8_t Before[4] = {0, 0, 0, 0}, After[4];
  uint32_t X = In.S - B;
  std::memcpy(After, &X, 4); // little-endian host, as the tests run on
  RelocOutcome Out;
  Out.X = X;
  return Judge.judge(Arch, K, In, Out, Before, After, 4);
}

TEST(CheckerTest, StaticBaseMustBeWordAligned) {
  EXPECT_TRUE(judgeSbrel32(0x80000).empty());
  auto Problems = judgeSbrel32(0x80001);
  ASSERT_EQ(Problems.size(), 1u);
  EXPECT_NE(Problems[0].find("B(S) = 0x00080001 is not word-aligned"),
            std::string::npos)
      << Problems[0];
}

// One ARM word at P = 0x20000 as the object held it (Before) and as a
// linker left it (After), judged as kind Code against S.
std::vector<std::string> judgeArmWord(uint32_t Code, uint32_t Before,
                                      uint32_t After, uint32_t S, int32_t A,
                                      bool ThumbFunction,
                                      bool AddendInField = false) {
  static fuzz::SiteJudge Judge;
  Judge.AddendInField = AddendInField;
  const RelocKind &K = *lookupKind(Code);
  RelocInputs In;
  In.P = 0x20000;
  In.S = S;
  In.A = A;
  In.TargetIsFunction = true;
  In.T = ThumbFunction;
  uint8_t B[4], Af[4];
  std::memcpy(B, &Before, 4); // little-endian host, as the tests run on
  std::memcpy(Af, &After, 4);
  RelocOutcome Out;
  Out.X = S + uint32_t(A) - In.P;
  return Judge.judge(*lookupArch("armv7-a"), K, In, Out, B, Af, 4);
}

// A relocation rewrites a field; what the instruction does beside it (its
// condition, whether it sets lr, its registers) stays. lld 22 turns a
// BLNE to a Thumb function into an unconditional BLX; GNU ld 2.40 turns
// it into BNE; GNU ld's ALU_PC_G0_NC once wrote Rd = PC. Each reached its
// destination, and each is wrong.
TEST(CheckerTest, TheConditionLinkAndRegistersStay) {
  const uint32_t CallThumb = 28; // R_ARM_CALL
  // bl -> blx to Thumb 0x30000: right.
  EXPECT_TRUE(
      judgeArmWord(CallThumb, 0xebfffffe, 0xfa003ffe, 0x30001, -8, true)
          .empty());
  auto Problems =
      judgeArmWord(CallThumb, 0x1bfffffe, 0xfa003ffe, 0x30001, -8, true);
  ASSERT_EQ(Problems.size(), 1u);
  EXPECT_NE(Problems[0].find("runs unconditionally, but the instruction "
                             "it patched ('blne"),
            std::string::npos)
      << Problems[0];
  // blne -> bne to ARM 0x30000: the right place, but no return.
  Problems =
      judgeArmWord(CallThumb, 0x1bfffffe, 0x1a003ffe, 0x30000, -8, false);
  ASSERT_EQ(Problems.size(), 1u);
  EXPECT_NE(Problems[0].find("('blne #-8') sets lr"), std::string::npos)
      << Problems[0];
  // blne -> blne: right.
  EXPECT_TRUE(
      judgeArmWord(CallThumb, 0x1bfffffe, 0x1b003ffe, 0x30000, -8, false)
          .empty());
  // ALU_PC_G0_NC, sub r0, pc, #0x1000 to 0x20100: X = -0xF04, G0 = 0xF00.
  const uint32_t AluG0Nc = 57;
  EXPECT_TRUE(
      judgeArmWord(AluG0Nc, 0xe24f0a01, 0xe24f0ef0, 0x20100, -0x1000, false)
          .empty());
  Problems =
      judgeArmWord(AluG0Nc, 0xe24f0a01, 0xe24f0ef0 | 0xf000, 0x20100,
                   -0x1000, false);
  ASSERT_EQ(Problems.size(), 1u);
  EXPECT_NE(Problems[0].find("has registers pc, pc, but the instruction "
                             "it patched ('sub r0, pc, #4096') has r0, pc"),
            std::string::npos)
      << Problems[0];
}

// A REL site's addend, read from the field by the encode module, is read
// again from LLVM's decoding of the field: a decoder that drops a sign
// (MOVW's imm16 0xfff8 read as 65528) or reads an ARM BLX's H bit into A
// makes every later check agree with itself, so it is caught here.
TEST(CheckerTest, TheRelAddendIsReadASecondWay) {
  const uint32_t MovwAbsNc = 43, Call = 28;
  // movw r1, #0xfff8 (A = -8) against 0x20010: X = 0x20008.
  EXPECT_TRUE(judgeArmWord(MovwAbsNc, 0xe30f1ff8, 0xe3001008, 0x20010, -8,
                           false, true)
                  .empty());
  auto Problems = judgeArmWord(MovwAbsNc, 0xe30f1ff8, 0xe3001008, 0x20010,
                               65528, false, true);
  ASSERT_EQ(Problems.size(), 1u);
  EXPECT_NE(Problems[0].find("the REL addend was read as A = 65528 "
                             "(0xfff8), but LLVM decodes the field as "
                             "'movw r1, #65528': A = -8"),
            std::string::npos)
      << Problems[0];
  // BLX with H = 1 and imm24 0xfffffe: A = -8, H left out.
  EXPECT_TRUE(judgeArmWord(Call, 0xfbfffffe, 0xeb003ffe, 0x30000, -8, false,
                           true)
                  .empty());
  Problems = judgeArmWord(Call, 0xfbfffffe, 0xeb003ffe, 0x30000, -6, false,
                          true);
  ASSERT_FALSE(Problems.empty());
  EXPECT_NE(Problems[0].find("LLVM decodes the field as 'blx #-6': A = -8"),
            std::string::npos)
      << Problems[0];
}

} // namespace

// The stub follower's model of registers and stack, on the Thumb-1 forms
// of the cores without LDR.W (v6-M): a right stub leaves for its literal,
// a wrong one is named, never followed to a guess.
std::pair<std::optional<uint32_t>, std::string>
followThumbStub(std::vector<uint16_t> Halves, uint32_t Literal,
                const char *ArchName = "armv6-m") {
  static std::unique_ptr<ArmDisassembler> Dis =
      std::move(*ArmDisassembler::create(*lookupArch("armv7-a")));
  LinkResult R;
  R.Arch = *lookupArch(ArchName);
  Checker C(R, *Dis);
  const uint32_t Base = 0x10000;
  std::vector<uint8_t> Bytes;
  for (uint16_t H : Halves) {
    Bytes.push_back(uint8_t(H));
    Bytes.push_back(uint8_t(H >> 8));
  }
  for (int I = 0; I < 4; ++I)
    Bytes.push_back(uint8_t(Literal >> (8 * I)));
  Checker::CodeReader Read = [&](uint32_t A, unsigned N) {
    std::optional<std::vector<uint8_t>> Out;
    if (A >= Base && uint64_t(A) + N <= Base + Bytes.size())
      Out.emplace(Bytes.begin() + (A - Base), Bytes.begin() + (A - Base) + N);
    return Out;
  };
  return C.followStub(Base, /*Thumb=*/true, Read);
}

TEST(CheckerTest, FollowsPushPopStubsThroughTheStack) {
  // push {r0, r1}; ldr r0, [pc, #4]; str r0, [sp, #4]; pop {r0, pc}
  auto Ok = followThumbStub({0xB403, 0x4801, 0x9001, 0xBD01}, 0x3010001);
  EXPECT_EQ(Ok.first, std::optional<uint32_t>(0x3010001)) << Ok.second;
  // PIC: ... add r0, pc (reads 0x10008) ...; the literal at 0x1000c.
  auto Pic = followThumbStub({0xB403, 0x4802, 0x4478, 0x9001, 0xBD01,
                              0x46C0},
                             0x3010001 - 0x10008);
  EXPECT_EQ(Pic.first, std::optional<uint32_t>(0x3010001)) << Pic.second;
  // GNU ld's: push {r0}; ldr r0, [pc, #8]; mov ip, r0; pop {r0}; bx ip
  auto Gnu = followThumbStub({0xB401, 0x4802, 0x4684, 0xBC01, 0x4760,
                              0xBF00},
                             0x3010001);
  EXPECT_EQ(Gnu.first, std::optional<uint32_t>(0x3010001)) << Gnu.second;
  // str r0, [sp, #0] overwrites r0's slot: the PC gets r1's unknown value.
  auto Slot = followThumbStub({0xB403, 0x4801, 0x9000, 0xBD01}, 0x3010001);
  EXPECT_FALSE(Slot.first);
  EXPECT_EQ(Slot.second, "'pop {r0, pc}' pops to the PC a value the stub "
                         "did not set");
  // A store above what was pushed, and a pop of more than was pushed.
  auto Above = followThumbStub({0xB401, 0x4801, 0x9001, 0xBD01}, 0x3010001);
  EXPECT_EQ(Above.second,
            "'str r0, [sp, #4]' stores outside what the stub pushed");
  auto Under = followThumbStub({0xB401, 0x4801, 0xBD03, 0x46C0}, 0x3010001);
  EXPECT_EQ(Under.second, "'pop {r0, r1, pc}' pops more than the stub pushed");
  // bx through a register never set.
  auto Unset = followThumbStub({0x4718}, 0);
  EXPECT_EQ(Unset.second,
            "'bx r3' branches to a register the stub did not set");
}

// A veneer may change ip and the flags only: one that leaves for the
// right place with another register changed, or sp moved, is wrong.
TEST(CheckerTest, StubsMustKeepEveryRegisterButIp) {
  // ldr r0, [pc]; bx r0: r0 is the caller's first argument.
  auto R0 = followThumbStub({0x4800, 0x4700}, 0x3010001);
  EXPECT_EQ(R0.second, "'bx r0' leaves r0 changed (a veneer may change "
                       "only ip and the flags)");
  // push {r0, r1}; ldr r0; str r0, [sp, #4]; pop {r1, pc}: r0, r1 swap.
  auto Swap = followThumbStub({0xB403, 0x4801, 0x9001, 0xBD02}, 0x3010001);
  EXPECT_EQ(Swap.second, "'pop {r1, pc}' leaves r0 changed (a veneer may "
                         "change only ip and the flags)");
  // push {r0, r1}; ldr r0, [pc, #8]; mov ip, r0; pop {r0}; bx ip: sp is
  // 4 bytes off.
  auto Sp = followThumbStub({0xB403, 0x4802, 0x4684, 0xBC01, 0x4760,
                             0xBF00},
                            0x3010001);
  EXPECT_EQ(Sp.second, "'bx r12' leaves sp 4 bytes below where it was");
  // mov pc, pc is a branch, not a nop.
  auto MovPc = followThumbStub({0x46FF, 0x4901, 0x468C, 0x4760}, 0x3010001);
  EXPECT_EQ(MovPc.second, "'mov pc, pc' is not a veneer instruction");
}

// On v4T a load to the PC does not change state (only BX does): a Thumb
// POP to an ARM destination stays in Thumb state.
TEST(CheckerTest, LoadsToThePcInterworkFromV5T) {
  std::vector<uint16_t> Stub = {0xB403, 0x4801, 0x9001, 0xBD01};
  auto V4 = followThumbStub(Stub, 0x3010000, "armv4t");
  EXPECT_EQ(V4.second, "'pop {r0, pc}' cannot change state on armv4t "
                       "(only BX does), but its destination's bit 0 asks "
                       "for it");
  EXPECT_EQ(followThumbStub(Stub, 0x3010000, "armv5te").first,
            std::optional<uint32_t>(0x3010000));
  // Staying in Thumb state is fine on v4T too.
  EXPECT_EQ(followThumbStub(Stub, 0x3010001, "armv4t").first,
            std::optional<uint32_t>(0x3010001));
}
