//===- ConsensusTest.cpp - When other linkers vouch for a golden line -----===//
//
// The rule of `relocheck golden` (oracles/Consensus.h): a line is agreed
// only when every witness linked and wrote relocheck's very bytes and the
// checker finds those bytes right; a file is agreed only when every line
// is and relocheck's own check passes.
//
//===----------------------------------------------------------------------===//
#include "oracles/Consensus.h"

#include <gtest/gtest.h>

using namespace relocheck;

namespace {

Witness witness(const std::string &Name, bool Same) {
  Witness W;
  W.Oracle = Name;
  W.Linked = true;
  W.SameBytes = Same;
  W.Bytes = Same ? "01 00 03 00" : "02 00 03 00";
  W.Meaning = Same ? "word 0x00030001" : "word 0x00030002";
  W.Verdict = Same ? "same" : "WRONG: data word is 0x00030002";
  return W;
}

GoldenSite site(std::vector<Witness> Witnesses) {
  GoldenSite S;
  S.Line = "w1 R_ARM_ABS32 'f' ... : 01 00 03 00";
  S.Where = "w1 R_ARM_ABS32 at (.data+0x0)";
  S.OurBytes = "01 00 03 00";
  S.OurMeaning = "word 0x00030001";
  S.Witnesses = std::move(Witnesses);
  return S;
}

TEST(Consensus, EveryWitnessWithTheSameBytesAgrees) {
  EXPECT_TRUE(site({witness("lld", true), witness("gnu-ld", true)}).agreed());
}

TEST(Consensus, OneWitnessWithOtherBytesDisputes) {
  EXPECT_FALSE(site({witness("lld", false), witness("gnu-ld", true)}).agreed());
  EXPECT_FALSE(site({witness("lld", true), witness("gnu-ld", false)}).agreed());
}

TEST(Consensus, AWitnessThatDidNotLinkDisputes) {
  Witness W = witness("lld", true);
  W.Linked = false;
  W.NotLinkedWhy = "rejected: unknown relocation";
  EXPECT_FALSE(site({W}).agreed());
}

TEST(Consensus, NoWitnessVouchesForNothing) { EXPECT_FALSE(site({}).agreed()); }

/// A site relocheck refused, as every witness sees it: rejected too, or
/// written anyway.
GoldenSite refused(std::vector<bool> RejectedToo) {
  GoldenSite S;
  S.Line = "over R_ARM_PREL31 'far' ... error";
  S.Where = "over R_ARM_PREL31 at (.data+0x0)";
  S.OurRefusal = "value 1073741824 (0x40000000) is not in [-1073741824, "
                 "1073741823]";
  const char *Names[] = {"lld", "gnu-ld", "mold"};
  for (size_t I = 0; I < RejectedToo.size(); ++I) {
    Witness W;
    W.Oracle = Names[I % 3];
    W.Linked = true;
    W.RefusedToo = RejectedToo[I];
    W.Verdict = RejectedToo[I] ? "rejected: out of range (as relocheck)"
                               : "WRONG: written without a diagnostic";
    S.Witnesses.push_back(W);
  }
  return S;
}

TEST(Consensus, ARefusalEveryWitnessSharesAgrees) {
  EXPECT_TRUE(refused({true, true}).agreed());
}

TEST(Consensus, ARefusalOneWitnessWritesDisputes) {
  EXPECT_FALSE(refused({true, false}).agreed());
  EXPECT_FALSE(refused({false, true}).agreed());
}

TEST(Consensus, ARefusalNobodyWitnessedDisputes) {
  EXPECT_FALSE(refused({}).agreed());
  GoldenSite S = refused({true});
  S.Witnesses[0].Linked = false; // did not link at all: says nothing
  EXPECT_FALSE(S.agreed());
}

TEST(Consensus, TheCheckerOverrulesAgreeingLinkers) {
  GoldenSite S = site({witness("lld", true), witness("gnu-ld", true)});
  S.OurProblem = "data word is 0x00030001, formula gives 0x00030003";
  EXPECT_FALSE(S.agreed());
}

TEST(Consensus, RelochecksOwnVeneersAndRefusalsAreNeverAgreed) {
  GoldenSite S = site({witness("lld", true)});
  S.Unwitnessable = "relocheck's own veneer";
  EXPECT_FALSE(S.agreed());
}

// A site that writes nothing (R_ARM_NONE) has no bytes to vouch for, but
// stands only where every oracle linked the input: one that refused the
// whole link vouches for nothing (it was agreed with no witness at all).
TEST(Consensus, ASiteThatWritesNothingNeedsEveryOracleToLink) {
  GoldenSite S = site({witness("lld", true), witness("gnu-ld", true)});
  S.NoField = true;
  EXPECT_TRUE(S.agreed());
  S.Witnesses[1].Linked = false;
  EXPECT_FALSE(S.agreed());
  S.Witnesses.clear();
  EXPECT_FALSE(S.agreed());
}

TEST(Consensus, AFileNeedsEveryLineAndRelochecksOwnCheck) {
  FileConsensus F;
  F.File = "t.s";
  F.Sites = {site({witness("lld", true)}), site({witness("lld", true)})};
  EXPECT_TRUE(F.agreed());
  EXPECT_EQ(F.goldenLines().size(), 2u);

  F.OurProblems = {"t.s:9: error: site 'w1': bytes are '01 00 03 00'"};
  EXPECT_FALSE(F.agreed());
  EXPECT_EQ(F.disputed(), 0u);

  F.OurProblems.clear();
  F.Sites.push_back(site({witness("lld", false)}));
  EXPECT_FALSE(F.agreed());
  EXPECT_EQ(F.disputed(), 1u);
}

TEST(Consensus, DisputesShowEveryLinkersBytesMeaningAndVerdict) {
  FileConsensus F;
  F.File = "t.s";
  F.Sites = {site({witness("lld", true)}),
             site({witness("lld", false), witness("gnu-ld", true)})};
  F.Sites[1].Where = "w2 R_ARM_ABS32 at (.data+0x4)";
  EXPECT_EQ(renderDisputes(F),
            "disputed: t.s: w2 R_ARM_ABS32 at (.data+0x4)\n"
            "  relocheck: 01 00 03 00 = word 0x00030001 | the checker "
            "agrees\n"
            "  lld:       02 00 03 00 = word 0x00030002 | WRONG: data word "
            "is 0x00030002\n"
            "  gnu-ld:    01 00 03 00 = word 0x00030001 | same\n");
}

} // namespace
