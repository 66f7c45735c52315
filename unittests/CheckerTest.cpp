//===- CheckerTest.cpp - The checker's own verdicts on one field ---------===//
#include "../fuzz/SiteJudge.h"
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

} // namespace
