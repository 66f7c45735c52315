//===- RelocateTest.cpp - applyRelocation, addends and diagnostics --------===//
//
// Drives link/Relocate.h through the exact range ends of every supported
// kind. The ends come from the kinds table (branchRange, signedRange) and,
// independently, from the ABI figures hard-coded here, so that a wrong
// table row and a wrong check cannot agree by accident. Figures and worked
// examples: shared/reference/aaelf32-static-relocations.md, sections 1-4.
//
//===----------------------------------------------------------------------===//
#include "link/Relocate.h"

#include "encode/ArmEncodings.h"

#include <gtest/gtest.h>

#include <array>
#include <cstdint>
#include <cstdio>
#include <optional>
#include <set>
#include <string>
#include <vector>

using namespace relocheck;

namespace {

using Bytes = std::array<uint8_t, 4>;

Bytes armWord(uint32_t W) {
  Bytes B{};
  write32le(B.data(), W);
  return B;
}

Bytes thumbPair(uint16_t Hw1, uint16_t Hw2) {
  Bytes B{};
  writeThumb32(B.data(), {Hw1, Hw2});
  return B;
}

const RelocKind &kind(std::string_view Name) {
  const RelocKind *K = lookupKind(Name);
  if (!K) {
    ADD_FAILURE() << "no kind " << Name;
    static const RelocKind Missing{};
    return Missing;
  }
  return *K;
}

ArchProfile arch(std::string_view Name) {
  std::optional<ArchProfile> A = lookupArch(Name);
  if (!A) {
    ADD_FAILURE() << "no arch " << Name;
    return allArchs().front();
  }
  return *A;
}

/// One application: the place before and after, the problem, the outcome.
struct Applied {
  Bytes Before{};
  Bytes After{};
  std::optional<RelocProblem> Problem;
  RelocOutcome Out;

  uint32_t word() const { return read32le(After.data()); }
  Thumb32 thumb() const { return readThumb32(After.data()); }
  bool unchanged() const { return Before == After; }
};

Applied apply(std::string_view KindName, std::string_view ArchName,
              const RelocInputs &In, Bytes Place) {
  Applied R;
  R.Before = Place;
  R.After = Place;
  R.Problem = applyRelocation(kind(KindName), arch(ArchName), In,
                              R.After.data(), R.Out);
  return R;
}

RelocInputs inputs(uint32_t S, int64_t A, uint32_t P, bool T = false,
                   bool IsFunction = true) {
  RelocInputs In;
  In.S = S;
  In.A = A;
  In.P = P;
  In.T = T;
  In.TargetIsFunction = IsFunction;
  return In;
}

std::string problemText(const std::optional<RelocProblem> &P) {
  return P ? describeProblem(*P) : "no problem";
}

std::string hex(uint32_t V) {
  char Buf[16];
  std::snprintf(Buf, sizeof(Buf), "0x%x", V);
  return Buf;
}

} // namespace

//--- Data words ------------------------------------------------------------//

TEST(ApplyData, Abs32OrsTheThumbBitAfterAddingA) {
  // Thumb function at 0x8000 (st_value 0x8001): (S + A) | T.
  Applied R =
      apply("ABS32", "armv7-a", inputs(0x8000, 1, 0x1000, true), armWord(0));
  ASSERT_FALSE(R.Problem) << problemText(R.Problem);
  EXPECT_EQ(R.word(), 0x8001u); // not (S | T) + A = 0x8002
  EXPECT_EQ(R.Out.X, 0x8001u);

  R = apply("ABS32", "armv7-a", inputs(0x8000, 3, 0x1000, true), armWord(0));
  ASSERT_FALSE(R.Problem) << problemText(R.Problem);
  EXPECT_EQ(R.word(), 0x8003u);

  R = apply("ABS32", "armv7-a", inputs(0x8000, 0, 0x1000, true), armWord(0));
  EXPECT_EQ(R.word(), 0x8001u);

  // An untyped Thumb label (T = 0) stays even.
  R = apply("ABS32", "armv7-a", inputs(0x8000, 0, 0x1000, false, false),
            armWord(0));
  EXPECT_EQ(R.word(), 0x8000u);
}

TEST(ApplyData, Abs32WrapsMod2To32) {
  Applied R =
      apply("ABS32", "armv7-m", inputs(0x10, -0x20, 0), armWord(0xDEADBEEF));
  ASSERT_FALSE(R.Problem) << problemText(R.Problem);
  EXPECT_EQ(R.word(), 0xFFFFFFF0u);
}

TEST(ApplyData, Plt32AbsIsSPlusAWithoutTheThumbBit) {
  // PLT(S) + A, and a static link has no PLT: S + A. No T, even for a
  // Thumb function; no range (a word), so it wraps mod 2^32.
  Applied R = apply("PLT32_ABS", "armv7-a", inputs(0x8000, 8, 0x1000, true),
                    armWord(0xDEADBEEF));
  ASSERT_FALSE(R.Problem) << problemText(R.Problem);
  EXPECT_EQ(R.word(), 0x8008u);
  R = apply("PLT32_ABS", "armv7-a", inputs(0x10, -0x20, 0), armWord(0));
  ASSERT_FALSE(R.Problem) << problemText(R.Problem);
  EXPECT_EQ(R.word(), 0xFFFFFFF0u);
  R = apply("PLT32_ABS", "armv7-a", inputs(0xFFFFFFFC, 4, 0), armWord(0));
  ASSERT_FALSE(R.Problem) << problemText(R.Problem);
  EXPECT_EQ(R.word(), 0u);
  // The REL addend is the whole word, signed.
  Bytes Neg = armWord(0xFFFFFFFC);
  EXPECT_EQ(readRelAddend(kind("PLT32_ABS"), Neg.data()), -4);
}

TEST(ApplyData, Rel32AndTarget1) {
  Applied R =
      apply("REL32", "armv7-a", inputs(0x22006, 4, 0x20000, true), armWord(0));
  ASSERT_FALSE(R.Problem) << problemText(R.Problem);
  EXPECT_EQ(R.word(), ((0x22006u + 4) | 1) - 0x20000);

  R = apply("REL32", "armv7-a", inputs(0x10000, 0, 0x20000), armWord(0));
  EXPECT_EQ(R.word(), uint32_t(-0x10000));

  // TARGET1 is ABS32 on this platform (reference 5).
  R = apply("TARGET1", "armv7-a", inputs(0x8000, 1, 0x20000, true), armWord(0));
  ASSERT_FALSE(R.Problem) << problemText(R.Problem);
  EXPECT_EQ(R.word(), 0x8001u);
}

TEST(ApplyData, NoneWritesNothing) {
  for (const ArchProfile &A : allArchs()) {
    Applied R =
        apply("NONE", A.Name, inputs(0x1234, 5, 0x20000), armWord(0xE1A00000));
    EXPECT_FALSE(R.Problem) << A.Name << ": " << problemText(R.Problem);
    EXPECT_TRUE(R.unchanged()) << A.Name;
  }
}

TEST(ApplyData, IgnoredVtableMarkersWriteNothing) {
  // AAELF32 "Deprecated relocations": GNU_VTENTRY and GNU_VTINHERIT "may
  // be safely ignored", whatever the place holds and the symbol is.
  for (std::string_view Name : {"GNU_VTENTRY", "GNU_VTINHERIT"})
    for (const ArchProfile &A : allArchs()) {
      EXPECT_TRUE(isIgnoredMarker(kind(Name))) << Name;
      EXPECT_EQ(fieldSize(kind(Name)), 0u) << Name;
      EXPECT_EQ(readRelAddend(kind(Name), armWord(0xFFFFFFFF).data()), 0)
          << Name;
      RelocInputs In = inputs(0xFFFFFFF0, -8, 0x20000);
      Applied R = apply(Name, A.Name, In, armWord(0xEBFFFFFE));
      EXPECT_FALSE(R.Problem) << Name << " " << A.Name << ": "
                              << problemText(R.Problem);
      EXPECT_TRUE(R.unchanged()) << Name << " " << A.Name;
      In.UndefinedWeak = true;
      R = apply(Name, A.Name, In, armWord(0x11223344));
      EXPECT_FALSE(R.Problem) << Name << " " << A.Name;
      EXPECT_TRUE(R.unchanged()) << Name << " " << A.Name;
    }
  EXPECT_FALSE(isIgnoredMarker(kind("NONE")));
}

TEST(ApplyData, Prel31KeepsBit31) {
  // X = 0x100 into a word with bit 31 set and one with it clear.
  Applied R = apply("PREL31", "armv7-a", inputs(0x20100, 0, 0x20000),
                    armWord(0x80000000));
  ASSERT_FALSE(R.Problem) << problemText(R.Problem);
  EXPECT_EQ(R.word(), 0x80000100u);

  R = apply("PREL31", "armv7-a", inputs(0x20100, 0, 0x20000), armWord(0));
  EXPECT_EQ(R.word(), 0x00000100u);

  // Negative X: bits [30:0] of X, bit 31 still the place's.
  R = apply("PREL31", "armv7-a", inputs(0x10000, 0, 0x20000),
            armWord(0x80000000));
  ASSERT_FALSE(R.Problem) << problemText(R.Problem);
  EXPECT_EQ(R.word(), 0x80000000u | (uint32_t(-0x10000) & 0x7FFFFFFF));
  EXPECT_EQ(decodePrel31(R.word()), -0x10000);

  // A Thumb function: T is ORed in.
  R = apply("PREL31", "armv7-a", inputs(0x20100, 0, 0x20000, true), armWord(0));
  EXPECT_EQ(R.word(), 0x101u);
}

TEST(ApplyData, Prel31HardCodedBounds) {
  // Reference 2: s31 = [-2^30, 2^30 - 1].
  const uint32_t P = 0x80000000;
  struct Case {
    int64_t X;
    bool Ok;
  } Cases[] = {{0x3FFFFFFF, true},
               {0x40000000, false},
               {-0x40000000, true},
               {-0x40000001, false}};
  for (const Case &C : Cases) {
    SCOPED_TRACE("X=" + std::to_string(C.X));
    Applied R = apply("PREL31", "armv7-a", inputs(uint32_t(P + C.X), 0, P),
                      armWord(0x80000000));
    if (C.Ok) {
      ASSERT_FALSE(R.Problem) << problemText(R.Problem);
      EXPECT_EQ(decodePrel31(R.word()), C.X);
      EXPECT_EQ(R.word() >> 31, 1u);
    } else {
      ASSERT_TRUE(R.Problem);
      EXPECT_EQ(R.Problem->Kind, ProblemKind::OutOfRange);
      EXPECT_EQ(R.Problem->Value, C.X);
      EXPECT_EQ(R.Problem->Range.Min, -0x40000000);
      EXPECT_EQ(R.Problem->Range.Max, 0x3FFFFFFF);
      EXPECT_TRUE(R.unchanged());
    }
  }
}

//--- Signed-range kinds, from the table ------------------------------------//

TEST(ApplyFromTable, SignedKindsAtTheirRangeEnds) {
  const uint32_t P = 0x80000000;
  int Checked = 0;
  for (const RelocKind &K : allKinds()) {
    if (K.State != Status::Supported || K.Check != RangeCheck::Signed)
      continue;
    std::optional<ValueRange> Range = signedRange(K);
    ASSERT_TRUE(Range) << K.Name;
    // This test only knows how to aim data words; any other field must get
    // its own case here.
    ASSERT_TRUE(K.Place == Field::Prel31 || K.Place == Field::Word32)
        << K.Name << " needs a place template in this test";
    ASSERT_TRUE(K.Form == Formula::RelT || K.Form == Formula::Rel)
        << K.Name << " needs S/P aiming for its formula";
    struct End {
      int64_t X;
      bool Ok;
    } Ends[] = {{Range->Min, true},
                {Range->Max, true},
                {0, true},
                {Range->Min - 1, false},
                {Range->Max + 1, false}};
    for (const End &E : Ends) {
      SCOPED_TRACE(std::string(K.Name) + " X=" + std::to_string(E.X));
      Applied R =
          apply(K.Name, "armv7-a", inputs(uint32_t(P + E.X), 0, P), armWord(0));
      if (E.Ok) {
        ASSERT_FALSE(R.Problem) << problemText(R.Problem);
        EXPECT_EQ(R.Out.X, uint32_t(E.X));
        EXPECT_EQ(readRelAddend(K, R.After.data()), E.X);
      } else {
        ASSERT_TRUE(R.Problem);
        EXPECT_EQ(R.Problem->Kind, ProblemKind::OutOfRange);
        EXPECT_EQ(R.Problem->Value, E.X);
        EXPECT_EQ(R.Problem->Range.Min, Range->Min);
        EXPECT_EQ(R.Problem->Range.Max, Range->Max);
        EXPECT_TRUE(R.unchanged());
      }
    }
    ++Checked;
  }
  EXPECT_GE(Checked, 1);
}

//--- Branch kinds, from the table ------------------------------------------//

namespace {

/// One way a branch kind can be applied: the instruction in the object,
/// the target's state, and the form the core must write.
struct BranchCase {
  std::string_view Kind;
  BranchForm Form;
  Bytes Template;
  bool TargetThumb;
};

const std::vector<BranchCase> &branchCases() {
  static const std::vector<BranchCase> Cases = {
      {"CALL", BranchForm::ArmBl, armWord(0xEBFFFFFE), false},
      {"CALL", BranchForm::ArmBlx, armWord(0xEBFFFFFE), true},
      {"CALL", BranchForm::ArmBlx, armWord(0xFAFFFFFE), true},
      {"JUMP24", BranchForm::ArmB, armWord(0xEAFFFFFE), false},
      {"JUMP24", BranchForm::ArmBl, armWord(0x1BFFFFFE), false}, // BLNE
      {"THM_CALL", BranchForm::ThumbBl, thumbPair(0xF7FF, 0xFFFE), true},
      {"THM_CALL", BranchForm::ThumbBlx, thumbPair(0xF7FF, 0xFFFE), false},
      {"THM_JUMP24", BranchForm::ThumbBW, thumbPair(0xF7FF, 0xBFFE), true},
      // PC24 and PLT32 act as JUMP24 (no BLX conversion).
      {"PC24", BranchForm::ArmB, armWord(0xEAFFFFFE), false},
      {"PC24", BranchForm::ArmBl, armWord(0xEBFFFFFE), false},
      {"PLT32", BranchForm::ArmBl, armWord(0xEBFFFFFE), false},
      // THM_JUMP19: BEQ.W with A = -4 (reference 3.4).
      {"THM_JUMP19", BranchForm::ThumbBcondW, thumbPair(0xF43F, 0xAFFE),
       true},
  };
  return Cases;
}

bool isArmForm(BranchForm F) {
  return F == BranchForm::ArmB || F == BranchForm::ArmBl ||
         F == BranchForm::ArmBlx;
}

/// Whether the arch can write this form directly (no veneer, no error).
bool formOnArch(BranchForm F, const ArchProfile &A) {
  switch (F) {
  case BranchForm::ArmB:
  case BranchForm::ArmBl:
    return A.HasArmState;
  case BranchForm::ArmBlx:
  case BranchForm::ThumbBlx:
    return A.HasArmState && A.HasBlxImm;
  case BranchForm::ThumbBl:
    return true;
  case BranchForm::ThumbBW:
    return A.HasThumbBW;
  case BranchForm::ThumbBcondW:
    return A.HasThumbBcondW;
  }
  return false;
}

/// Inputs whose branch offset (X & ~1, or v from Pa for Thumb BLX) is V.
/// The producer's bias goes into A as it would for a REL object.
RelocInputs aimBranch(BranchForm F, bool TargetThumb, int64_t V, uint32_t P) {
  int64_t A = isArmForm(F) ? -8 : -4;
  uint32_t Origin = F == BranchForm::ThumbBlx ? (P & ~3u) : P;
  uint32_t S = uint32_t(Origin + V - A);
  return inputs(S, A, P, TargetThumb);
}

/// The offset the written instruction holds, as the CPU reads it.
int64_t writtenOffset(BranchForm F, const Bytes &Place) {
  if (isArmForm(F)) {
    uint32_t W = read32le(Place.data());
    int64_t H = F == BranchForm::ArmBlx ? ((W >> 24) & 1) << 1 : 0;
    return decodeArmBranchImm24(W) + H;
  }
  if (F == BranchForm::ThumbBcondW)
    return decodeThumbBranch20(readThumb32(Place.data()));
  return decodeThumbBranch24(readThumb32(Place.data()));
}

bool formMatches(BranchForm F, const Bytes &Place) {
  uint32_t W = read32le(Place.data());
  Thumb32 I = readThumb32(Place.data());
  switch (F) {
  case BranchForm::ArmB:
    return isArmB(W);
  case BranchForm::ArmBl:
    return isArmBl(W);
  case BranchForm::ArmBlx:
    return isArmBlxImm(W);
  case BranchForm::ThumbBl:
    return isThumbBl(I);
  case BranchForm::ThumbBlx:
    return isThumbBlxImm(I);
  case BranchForm::ThumbBW:
    return isThumbBW(I);
  case BranchForm::ThumbBcondW:
    return isThumbBcondW(I);
  }
  return false;
}

} // namespace

TEST(ApplyFromTable, EveryCheckedKindHasBranchCases) {
  // A new checked kind must be added to branchCases() (or to the signed
  // test above), or this fails.
  std::set<std::string_view> Covered;
  for (const BranchCase &C : branchCases())
    Covered.insert(C.Kind);
  for (const RelocKind &K : allKinds()) {
    if (K.State == Status::Supported && K.Check == RangeCheck::Branch) {
      EXPECT_TRUE(Covered.count(K.Name)) << K.Name;
    }
  }
}

TEST(ApplyFromTable, BranchKindsAtTheirRangeEnds) {
  int Checked = 0;
  for (const BranchCase &C : branchCases())
    for (const ArchProfile &A : allArchs()) {
      const RelocKind &K = kind(C.Kind);
      if (!kindExistsOnArch(K, A) || !formOnArch(C.Form, A))
        continue;
      ValueRange Range = branchRange(C.Form, A);
      int64_t Step = Range.Step;
      struct End {
        int64_t V;
        bool Ok;
      } Ends[] = {{Range.Min, true},
                  {Range.Max, true},
                  {0, true},
                  {-Step, true},
                  {Step, true},
                  {Range.Min + Step, true},
                  {Range.Max - Step, true},
                  {Range.Min - Step, false},
                  {Range.Max + Step, false}};
      for (uint32_t P : {0x40000000u, 0x40000002u}) {
        if (isArmForm(C.Form) && P % 4 != 0)
          continue;
        for (const End &E : Ends) {
          SCOPED_TRACE(std::string(C.Kind) + " on " + std::string(A.Name) +
                       " form " + std::to_string(int(C.Form)) + " from " +
                       hex(read32le(C.Template.data())) + " P=" + hex(P) +
                       " V=" + std::to_string(E.V));
          RelocInputs In = aimBranch(C.Form, C.TargetThumb, E.V, P);
          Applied R = apply(C.Kind, A.Name, In, C.Template);
          if (!E.Ok) {
            ASSERT_TRUE(R.Problem);
            EXPECT_EQ(R.Problem->Kind, ProblemKind::OutOfRange)
                << problemText(R.Problem);
            EXPECT_EQ(R.Problem->Value, E.V);
            EXPECT_EQ(R.Problem->Range.Min, Range.Min);
            EXPECT_EQ(R.Problem->Range.Max, Range.Max);
            EXPECT_TRUE(R.unchanged());
            continue;
          }
          ASSERT_FALSE(R.Problem) << problemText(R.Problem);
          ASSERT_TRUE(R.Out.Form);
          EXPECT_EQ(*R.Out.Form, C.Form);
          EXPECT_TRUE(formMatches(C.Form, R.After));
          EXPECT_EQ(writtenOffset(C.Form, R.After), E.V);
          EXPECT_EQ(R.Out.X, evaluateFormula(K.Form, In));
          // The CPU lands on S: ARM P + 8 + offset, Thumb P + 4 + offset,
          // Thumb BLX Align(P + 4, 4) + offset (reference 4).
          uint32_t Origin = isArmForm(C.Form)                ? P + 8
                            : C.Form == BranchForm::ThumbBlx ? (P & ~3u) + 4
                                                             : P + 4;
          EXPECT_EQ(uint32_t(Origin + writtenOffset(C.Form, R.After)), In.S);
          // Only the branch's own bits change: cond of a BL<c> stays.
          if (C.Form == BranchForm::ArmB || C.Form == BranchForm::ArmBl) {
            EXPECT_EQ(R.After[3], C.Template[3]);
          }
        }
      }
      ++Checked;
    }
  EXPECT_GE(Checked, 20);
}

//--- Branch ranges, hard-coded from the ABI --------------------------------//

namespace {

/// Applies an ARM CALL (BL in the object) to an ARM function at offset X.
Applied armCallTo(int64_t X, std::string_view Arch = "armv7-a") {
  const uint32_t P = 0x40000000;
  return apply("CALL", Arch, inputs(uint32_t(P + X + 8), -8, P),
               armWord(0xEBFFFFFE));
}

/// Applies a Thumb THM_CALL (BL in the object) to a Thumb function, X even.
Applied thumbCallTo(int64_t X, std::string_view Arch) {
  const uint32_t P = 0x40000000;
  return apply("THM_CALL", Arch, inputs(uint32_t(P + X + 4), -4, P, true),
               thumbPair(0xF7FF, 0xFFFE));
}

void expectOk(const Applied &R) {
  EXPECT_FALSE(R.Problem) << problemText(R.Problem);
}

void expectProblem(const Applied &R, ProblemKind Kind) {
  ASSERT_TRUE(R.Problem);
  EXPECT_EQ(R.Problem->Kind, Kind) << problemText(R.Problem);
  EXPECT_TRUE(R.unchanged());
}

} // namespace

TEST(BranchBounds, ArmBl) {
  // Reference 4: ARM B/BL reach [-0x2000000, 0x1FFFFFC] in steps of 4.
  expectOk(armCallTo(0x1FFFFFC));
  expectProblem(armCallTo(0x2000000), ProblemKind::OutOfRange);
  expectOk(armCallTo(-0x2000000));
  expectProblem(armCallTo(-0x2000004), ProblemKind::OutOfRange);
  EXPECT_EQ(armCallTo(0x1FFFFFC).word(), 0xEB7FFFFFu);
  EXPECT_EQ(armCallTo(-0x2000000).word(), 0xEB800000u);
}

TEST(BranchBounds, ArmBlMisalignedTarget) {
  for (int64_t X : {2, 1, 3, 0x1FFA, -6}) {
    SCOPED_TRACE("X=" + std::to_string(X));
    expectProblem(armCallTo(X), ProblemKind::Misaligned);
  }
  // JUMP24 too.
  Applied R = apply("JUMP24", "armv7-a", inputs(0x22002, -8, 0x20000),
                    armWord(0xEAFFFFFE));
  expectProblem(R, ProblemKind::Misaligned);
}

// An ARM BLX to an address that is no function: T = 0, so bit 0 of X is a
// misaligned target, not a Thumb bit to drop (it went to S - 1); an even
// one, and an odd Thumb function's, link.
TEST(BranchBounds, ArmBlxToUntypedOddTargetIsMisaligned) {
  const uint32_t P = 0x20000;
  auto Blx = [&](uint32_t S, bool T, bool Function) {
    return apply("CALL", "armv7-a", inputs(S, -8, P, T, Function),
                 armWord(0xFAFFFFFE));
  };
  expectProblem(Blx(0x30001, false, false), ProblemKind::Misaligned);
  expectProblem(Blx(0x30003, false, false), ProblemKind::Misaligned);
  Applied Even = Blx(0x30002, false, false);
  expectOk(Even);
  EXPECT_EQ(Even.word(), 0xFB003FFEu); // imm24 0x3FFE, H = 1: 0x30002
  expectOk(Blx(0x30000, true, true));  // a Thumb function, T = 1
}

TEST(BranchBounds, ArmBlxToThumb) {
  // Reference 4: BLX reaches [-0x2000000, 0x1FFFFFE] on X & ~1.
  const uint32_t P = 0x40000000;
  auto CallThumb = [&](int64_t V) {
    return apply("CALL", "armv7-a", inputs(uint32_t(P + V + 8), -8, P, true),
                 armWord(0xEBFFFFFE));
  };
  expectOk(CallThumb(0x1FFFFFE));
  expectProblem(CallThumb(0x2000000), ProblemKind::OutOfRange);
  expectOk(CallThumb(-0x2000000));
  expectProblem(CallThumb(-0x2000002), ProblemKind::OutOfRange);
  EXPECT_EQ(CallThumb(0x1FFFFFE).word(), 0xFB7FFFFFu);
}

TEST(BranchBounds, ThumbBlPerArch) {
  // Reference 4: +-16 MiB with J1/J2 (v6T2+, v6-M, v8-M), +-4 MiB before.
  for (std::string_view Arch :
       {"armv7-a", "armv7-m", "armv6-m", "armv8-m.base", "armv8-a"}) {
    SCOPED_TRACE(Arch);
    expectOk(thumbCallTo(0xFFFFFE, Arch));
    expectProblem(thumbCallTo(0x1000000, Arch), ProblemKind::OutOfRange);
    expectOk(thumbCallTo(-0x1000000, Arch));
    expectProblem(thumbCallTo(-0x1000002, Arch), ProblemKind::OutOfRange);
  }
  for (std::string_view Arch : {"armv4t", "armv5te", "armv6"}) {
    SCOPED_TRACE(Arch);
    expectOk(thumbCallTo(0x3FFFFE, Arch));
    expectProblem(thumbCallTo(0x400000, Arch), ProblemKind::OutOfRange);
    expectOk(thumbCallTo(-0x400000, Arch));
    expectProblem(thumbCallTo(-0x400002, Arch), ProblemKind::OutOfRange);
  }
  // Reference 3.3, pre-Thumb-2 example: v = 0x3FFFFC on armv5te.
  Applied R = apply("THM_CALL", "armv5te", inputs(0x420000, -4, 0x20000, true),
                    thumbPair(0xF7FF, 0xFFFE));
  expectOk(R);
  EXPECT_EQ(R.thumb(), (Thumb32{0xF3FF, 0xFFFE}));
}

TEST(BranchBounds, ThumbBW) {
  const uint32_t P = 0x40000000;
  auto Jump = [&](int64_t V, std::string_view Arch) {
    return apply("THM_JUMP24", Arch, inputs(uint32_t(P + V + 4), -4, P, true),
                 thumbPair(0xF7FF, 0xBFFE));
  };
  expectOk(Jump(0xFFFFFE, "armv7-a"));
  expectProblem(Jump(0x1000000, "armv7-a"), ProblemKind::OutOfRange);
  expectOk(Jump(-0x1000000, "armv7-m"));
  expectProblem(Jump(-0x1000002, "armv7-m"), ProblemKind::OutOfRange);
}

TEST(BranchBounds, ThumbBlxToArm) {
  // Reference 4: Thumb BLX reaches v in [-0x1000000, 0xFFFFFC], v % 4 == 0,
  // with v = S + A - Pa.
  for (uint32_t P : {0x40000000u, 0x40000002u}) {
    SCOPED_TRACE("P=" + hex(P));
    const uint32_t Pa = P & ~3u;
    auto CallArm = [&](int64_t V) {
      return apply("THM_CALL", "armv7-a",
                   inputs(uint32_t(Pa + V + 4), -4, P, false),
                   thumbPair(0xF7FF, 0xFFFE));
    };
    expectOk(CallArm(0xFFFFFC));
    expectProblem(CallArm(0x1000000), ProblemKind::OutOfRange);
    expectOk(CallArm(-0x1000000));
    expectProblem(CallArm(-0x1000004), ProblemKind::OutOfRange);
    EXPECT_EQ(decodeThumbBranch24(CallArm(0xFFFFFC).thumb()), 0xFFFFFC);
  }
  // Pre-Thumb-2 BLX (v5TE): +-4 MiB.
  const uint32_t P = 0x40000000;
  auto OldCall = [&](int64_t V) {
    return apply("THM_CALL", "armv5te", inputs(uint32_t(P + V + 4), -4, P),
                 thumbPair(0xF7FF, 0xFFFE));
  };
  expectOk(OldCall(0x3FFFFC));
  expectProblem(OldCall(0x400000), ProblemKind::OutOfRange);
}

//--- Worked examples and interworking --------------------------------------//

TEST(ApplyArmBranch, ReferenceExamples) {
  // Reference 3.1.
  Applied R = apply("CALL", "armv7-a", inputs(0x22000, -8, 0x20000),
                    armWord(0xEBFFFFFE));
  expectOk(R);
  EXPECT_EQ(R.word(), 0xEB0007FEu);
  EXPECT_EQ(R.Out.X, 0x1FF8u);

  R = apply("JUMP24", "armv7-a", inputs(0x22000, -8, 0x20008),
            armWord(0x0AFFFFFE));
  expectOk(R);
  EXPECT_EQ(R.word(), 0x0A0007FCu);

  R = apply("JUMP24", "armv7-a", inputs(0x10000, -8, 0x2000C),
            armWord(0xEAFFFFFE));
  expectOk(R);
  EXPECT_EQ(R.word(), 0xEAFFBFFBu);
}

TEST(ApplyArmBranch, CallToThumbBecomesBlxWithH) {
  // Reference 3.2: P = 0x20004, Thumb fn 0x22006, A = -8: X = 0x1FFB, H = 1.
  Applied R = apply("CALL", "armv7-a", inputs(0x22006, -8, 0x20004, true),
                    armWord(0xEBFFFFFE));
  expectOk(R);
  EXPECT_EQ(R.word(), 0xFB0007FEu);
  EXPECT_EQ(R.Out.X, 0x1FFBu);
  ASSERT_TRUE(R.Out.Form);
  EXPECT_EQ(*R.Out.Form, BranchForm::ArmBlx);

  // Thumb fn 0x22004: X = 0x1FF9, H = X[1] = 0.
  R = apply("CALL", "armv7-a", inputs(0x22004, -8, 0x20004, true),
            armWord(0xEBFFFFFE));
  expectOk(R);
  EXPECT_EQ(R.word(), 0xFA0007FEu);

  // armv5te has BLX too.
  R = apply("CALL", "armv5te", inputs(0x22006, -8, 0x20004, true),
            armWord(0xEBFFFFFE));
  expectOk(R);
  EXPECT_EQ(R.word(), 0xFB0007FEu);
}

TEST(ApplyArmBranch, CallToThumbOnV4TNeedsVeneer) {
  Applied R = apply("CALL", "armv4t", inputs(0x22006, -8, 0x20004, true),
                    armWord(0xEBFFFFFE));
  expectProblem(R, ProblemKind::NeedsVeneer);
}

TEST(ApplyArmBranch, BlxToArmFunctionBecomesBl) {
  Applied R = apply("CALL", "armv7-a", inputs(0x22000, -8, 0x20000),
                    armWord(0xFAFFFFFE));
  expectOk(R);
  EXPECT_EQ(R.word(), 0xEB0007FEu);
  ASSERT_TRUE(R.Out.Form);
  EXPECT_EQ(*R.Out.Form, BranchForm::ArmBl);

  // BLX with H = 1 in the object (REL addend ignores H).
  R = apply("CALL", "armv7-a", inputs(0x22000, -8, 0x20000),
            armWord(0xFBFFFFFE));
  expectOk(R);
  EXPECT_EQ(R.word(), 0xEB0007FEu);
}

TEST(ApplyArmBranch, Jump24ToThumbFunctionNeedsVeneer) {
  for (uint32_t Insn : {0xEAFFFFFEu, 0x0BFFFFFEu}) {
    Applied R = apply("JUMP24", "armv7-a", inputs(0x22006, -8, 0x20004, true),
                      armWord(Insn));
    expectProblem(R, ProblemKind::NeedsVeneer);
  }
}

TEST(ApplyArmBranch, NonFunctionTargetKeepsBl) {
  // An untyped Thumb label: T = 0, even value; BL stays BL (reference 4).
  Applied R = apply("CALL", "armv7-a",
                    inputs(0x22004, -8, 0x20000, false,
                           /*IsFunction=*/false),
                    armWord(0xEBFFFFFE));
  expectOk(R);
  EXPECT_EQ(R.word(), 0xEB0007FFu);
  ASSERT_TRUE(R.Out.Form);
  EXPECT_EQ(*R.Out.Form, BranchForm::ArmBl);
}

TEST(ApplyArmBranch, UndefinedWeakCallBranchesToNext) {
  for (uint32_t Insn : {0xEBFFFFFEu, 0xFAFFFFFEu, 0xEB123456u}) {
    RelocInputs In = inputs(0, -8, 0x20000);
    In.UndefinedWeak = true;
    Applied R = apply("CALL", "armv7-a", In, armWord(Insn));
    expectOk(R);
    EXPECT_EQ(R.word(), 0xEBFFFFFFu) << hex(Insn);
  }
  RelocInputs In = inputs(0, -8, 0x20000);
  In.UndefinedWeak = true;
  Applied R = apply("JUMP24", "armv7-a", In, armWord(0xEAFFFFFE));
  expectOk(R);
  EXPECT_EQ(R.word(), 0xEAFFFFFFu);
}

TEST(ApplyThumbBranch, ReferenceExamples) {
  // Reference 3.3: BL at 0x20000 to Thumb fn 0x520004 (st_value 0x520005).
  Applied R = apply("THM_CALL", "armv7-a", inputs(0x520004, -4, 0x20000, true),
                    thumbPair(0xF7FF, 0xFFFE));
  expectOk(R);
  EXPECT_EQ(R.After, (Bytes{0x00, 0xf1, 0x00, 0xf0}));
  EXPECT_EQ(R.Out.X, 0x500001u);

  // B.W at 0x20004 to the same.
  R = apply("THM_JUMP24", "armv7-a", inputs(0x520004, -4, 0x20004, true),
            thumbPair(0xF7FF, 0xBFFE));
  expectOk(R);
  EXPECT_EQ(R.After, (Bytes{0xff, 0xf0, 0xfe, 0xb7}));

  // BL at 0x20012 to Thumb fn 0x10000.
  R = apply("THM_CALL", "armv7-a", inputs(0x10000, -4, 0x20012, true),
            thumbPair(0xF7FF, 0xFFFE));
  expectOk(R);
  EXPECT_EQ(R.After, (Bytes{0xef, 0xf7, 0xf5, 0xff}));
}

TEST(ApplyThumbBranch, CallToArmBecomesBlxFromPa) {
  // Reference 3.3: BL at 0x20008 to ARM fn 0x22000 -> `01 f0 fa ef`; from
  // 0x2000E (P % 4 = 2, Pa = 0x2000C) -> `01 f0 f8 ef`.
  Applied R = apply("THM_CALL", "armv7-a", inputs(0x22000, -4, 0x20008),
                    thumbPair(0xF7FF, 0xFFFE));
  expectOk(R);
  EXPECT_EQ(R.After, (Bytes{0x01, 0xf0, 0xfa, 0xef}));
  ASSERT_TRUE(R.Out.Form);
  EXPECT_EQ(*R.Out.Form, BranchForm::ThumbBlx);

  R = apply("THM_CALL", "armv7-a", inputs(0x22000, -4, 0x2000E),
            thumbPair(0xF7FF, 0xFFFE));
  expectOk(R);
  EXPECT_EQ(R.After, (Bytes{0x01, 0xf0, 0xf8, 0xef}));
  EXPECT_EQ(R.Out.X, 0x22000u - 4 - 0x2000E);
}

TEST(ApplyThumbBranch, BlxToThumbFunctionBecomesBl) {
  Applied R = apply("THM_CALL", "armv7-a", inputs(0x520004, -4, 0x20000, true),
                    thumbPair(0xF7FF, 0xEFFE));
  expectOk(R);
  EXPECT_EQ(R.After, (Bytes{0x00, 0xf1, 0x00, 0xf0}));
  ASSERT_TRUE(R.Out.Form);
  EXPECT_EQ(*R.Out.Form, BranchForm::ThumbBl);
}

TEST(ApplyThumbBranch, NonFunctionTargetKeepsInstruction) {
  // BL to an untyped label stays BL even at an ARM-looking address.
  Applied R =
      apply("THM_CALL", "armv7-a", inputs(0x22000, -4, 0x20008, false, false),
            thumbPair(0xF7FF, 0xFFFE));
  expectOk(R);
  EXPECT_TRUE(isThumbBl(R.thumb()));
  EXPECT_EQ(decodeThumbBranch24(R.thumb()), 0x22000 - 4 - 0x20008);

  // An odd untyped target cannot be reached by a halfword branch.
  R = apply("THM_CALL", "armv7-a", inputs(0x22001, -4, 0x20008, false, false),
            thumbPair(0xF7FF, 0xFFFE));
  expectProblem(R, ProblemKind::Misaligned);
}

TEST(ApplyThumbBranch, CallToArmOnArmv7mIsNotOnArch) {
  for (std::string_view Arch : {"armv7-m", "armv6-m", "armv8-m.main"}) {
    Applied R = apply("THM_CALL", Arch, inputs(0x22000, -4, 0x20008),
                      thumbPair(0xF7FF, 0xFFFE));
    SCOPED_TRACE(Arch);
    expectProblem(R, ProblemKind::NotOnArch);
  }
}

TEST(ApplyThumbBranch, CallToArmOnV4TNeedsVeneer) {
  Applied R = apply("THM_CALL", "armv4t", inputs(0x22000, -4, 0x20008),
                    thumbPair(0xF7FF, 0xFFFE));
  expectProblem(R, ProblemKind::NeedsVeneer);
}

TEST(ApplyThumbBranch, Jump24OnArmv6mIsNotOnArch) {
  Applied R =
      apply("THM_JUMP24", "armv6-m", inputs(0x520004, -4, 0x20004, true),
            thumbPair(0xF7FF, 0xBFFE));
  expectProblem(R, ProblemKind::NotOnArch);

  RelocInputs Weak = inputs(0, -4, 0x20004);
  Weak.UndefinedWeak = true;
  R = apply("THM_JUMP24", "armv6-m", Weak, thumbPair(0xF7FF, 0xBFFE));
  expectProblem(R, ProblemKind::NotOnArch);
}

TEST(ApplyThumbBranch, Jump24ToArmFunctionNeedsVeneer) {
  Applied R = apply("THM_JUMP24", "armv7-a", inputs(0x22000, -4, 0x20004),
                    thumbPair(0xF7FF, 0xBFFE));
  expectProblem(R, ProblemKind::NeedsVeneer);
}

TEST(ApplyThumbBranch, UndefinedWeakCallBranchesToNext) {
  for (Bytes Place : {thumbPair(0xF7FF, 0xFFFE), thumbPair(0xF7FF, 0xEFFE),
                      thumbPair(0xF123, 0xF456)}) {
    RelocInputs In = inputs(0, -4, 0x20000);
    In.UndefinedWeak = true;
    Applied R = apply("THM_CALL", "armv7-a", In, Place);
    expectOk(R);
    EXPECT_EQ(R.After, (Bytes{0x00, 0xf0, 0x00, 0xf8}));
  }
}

//--- MOVW/MOVT -------------------------------------------------------------//

TEST(ApplyMov, ReferenceExamplesFromRelAddend) {
  // Reference 3.7: fields 0xFFE0 (A = -32), tgtD = 0x40008, X = 0x3FFE8.
  struct Case {
    std::string_view Kind;
    Bytes Field;
    Bytes Expected;
  } Cases[] = {
      {"MOVW_ABS_NC", armWord(0xE30F0FE0), armWord(0xE30F0FE8)},
      {"MOVT_ABS", armWord(0xE34F0FE0), armWord(0xE3400003)},
      {"THM_MOVW_ABS_NC", thumbPair(0xF64F, 0x71E0), thumbPair(0xF64F, 0x71E8)},
      {"THM_MOVT_ABS", thumbPair(0xF6CF, 0x71E0), thumbPair(0xF2C0, 0x0103)},
  };
  for (const Case &C : Cases) {
    SCOPED_TRACE(C.Kind);
    int64_t A = readRelAddend(kind(C.Kind), C.Field.data());
    EXPECT_EQ(A, -32);
    Applied R = apply(C.Kind, "armv7-a", inputs(0x40008, A, 0x20000), C.Field);
    expectOk(R);
    EXPECT_EQ(R.After, C.Expected);
    EXPECT_EQ(R.Out.X, 0x3FFE8u);
  }
}

TEST(ApplyMov, MovwBrelBoundsAreUnsigned) {
  // X = ((S + A) | T) - B(S). MOVW zero-extends its imm16, so the checked
  // forms take X in [0, 65535]: -1 would load 0xffff, not X. The _NC
  // forms write X & 0xffff whatever X is.
  struct Case {
    int64_t X;
    bool Ok;
  } Cases[] = {{0, true}, {0xFFFF, true}, {-1, false}, {0x10000, false},
               {-32768, false}};
  for (const char *K : {"MOVW_BREL", "THM_MOVW_BREL"}) {
    bool Thumb = K[0] == 'T';
    Bytes Place =
        Thumb ? thumbPair(0xF240, 0x0000) : armWord(0xE3000000);
    for (const Case &C : Cases) {
      SCOPED_TRACE(std::string(K) + " X=" + std::to_string(C.X));
      RelocInputs In = inputs(uint32_t(0x40000 + C.X), 0, 0x20000, false,
                              false);
      In.B = 0x40000;
      Applied R = apply(K, Thumb ? "armv7-m" : "armv7-a", In, Place);
      if (C.Ok) {
        ASSERT_FALSE(R.Problem) << problemText(R.Problem);
        EXPECT_EQ(Thumb ? decodeThumbMovImm16(R.thumb())
                        : decodeArmMovImm16(R.word()),
                  uint32_t(C.X));
      } else {
        ASSERT_TRUE(R.Problem);
        EXPECT_EQ(R.Problem->Kind, ProblemKind::OutOfRange);
        EXPECT_NE(describeProblem(*R.Problem).find("[0, 65535]"),
                  std::string::npos)
            << describeProblem(*R.Problem);
        EXPECT_TRUE(R.unchanged());
      }
      std::string Nc = std::string(K) + "_NC";
      Applied N = apply(Nc, Thumb ? "armv7-m" : "armv7-a", In, Place);
      ASSERT_FALSE(N.Problem) << problemText(N.Problem);
      EXPECT_EQ(Thumb ? decodeThumbMovImm16(N.thumb())
                      : decodeArmMovImm16(N.word()),
                uint32_t(C.X) & 0xFFFF);
    }
  }
}

TEST(ApplyMov, MovwCarriesTAndMovtDoesNotNeedIt) {
  // Thumb function at 0x12348000.
  RelocInputs In = inputs(0x12348000, 0, 0x20000, true);
  Applied R = apply("MOVW_ABS_NC", "armv7-a", In, armWord(0xE3000000));
  expectOk(R);
  EXPECT_EQ(decodeArmMovImm16(R.word()), 0x8001);
  EXPECT_EQ(R.Out.X, 0x12348001u);

  R = apply("THM_MOVW_ABS_NC", "armv7-m", In, thumbPair(0xF240, 0x0000));
  expectOk(R);
  EXPECT_EQ(decodeThumbMovImm16(R.thumb()), 0x8001);

  R = apply("MOVT_ABS", "armv7-a", In, armWord(0xE3400000));
  expectOk(R);
  EXPECT_EQ(decodeArmMovImm16(R.word()), 0x1234);
  EXPECT_EQ(R.Out.X, 0x12348000u); // S + A, no T

  R = apply("THM_MOVT_ABS", "armv7-m", In, thumbPair(0xF2C0, 0x0000));
  expectOk(R);
  EXPECT_EQ(decodeThumbMovImm16(R.thumb()), 0x1234);
  EXPECT_EQ(R.Out.X, 0x12348000u);
}

TEST(ApplyMov, PrelForms) {
  // MOVW_PREL_NC: ((S + A) | T) - P; MOVT_PREL: S + A - P, top half.
  RelocInputs In = inputs(0x12348000, 0, 0x00010000, true);
  Applied R = apply("MOVW_PREL_NC", "armv7-a", In, armWord(0xE3000000));
  expectOk(R);
  EXPECT_EQ(decodeArmMovImm16(R.word()), 0x8001);
  EXPECT_EQ(R.Out.X, 0x12338001u);

  R = apply("MOVT_PREL", "armv7-a", In, armWord(0xE3400000));
  expectOk(R);
  EXPECT_EQ(decodeArmMovImm16(R.word()), 0x1233);

  R = apply("THM_MOVW_PREL_NC", "armv7-a", In, thumbPair(0xF240, 0x0000));
  expectOk(R);
  EXPECT_EQ(decodeThumbMovImm16(R.thumb()), 0x8001);

  R = apply("THM_MOVT_PREL", "armv7-a", In, thumbPair(0xF2C0, 0x0000));
  expectOk(R);
  EXPECT_EQ(decodeThumbMovImm16(R.thumb()), 0x1233);

  // A negative X borrows into the top half: 0xFFFF.
  R = apply("MOVT_PREL", "armv7-a", inputs(0x40000, 0, 0x40010),
            armWord(0xE3400000));
  expectOk(R);
  EXPECT_EQ(decodeArmMovImm16(R.word()), 0xFFFF);
  R = apply("THM_MOVT_PREL", "armv7-a", inputs(0x40000, 0, 0x40010),
            thumbPair(0xF2C0, 0x0000));
  expectOk(R);
  EXPECT_EQ(decodeThumbMovImm16(R.thumb()), 0xFFFF);
}

TEST(ApplyMov, UncheckedAtAnyValueAndKeepsRd) {
  for (uint32_t X : {0x00000000u, 0xFFFFFFFFu, 0x80000000u, 0x7FFFFFFFu}) {
    SCOPED_TRACE(hex(X));
    Applied R = apply("MOVW_ABS_NC", "armv7-a", inputs(X, 0, 0),
                      armWord(0x1300C000)); // movwne r12
    expectOk(R);
    EXPECT_EQ(R.word() & ~0x000F0FFFu, 0x1300C000u);
    EXPECT_EQ(decodeArmMovImm16(R.word()), X & 0xFFFF);

    R = apply("THM_MOVT_ABS", "armv7-a", inputs(X, 0, 0),
              thumbPair(0xF2C0, 0x0E00)); // movt r14
    expectOk(R);
    EXPECT_EQ(R.thumb().Hw2 & 0x0F00, 0x0E00);
    EXPECT_EQ(decodeThumbMovImm16(R.thumb()), X >> 16);
  }
}

//--- checkPlace ------------------------------------------------------------//

TEST(CheckPlace, RejectsWrongInstructionsAndWritesNothing) {
  struct Case {
    std::string_view Kind;
    Bytes Place;
  } Cases[] = {
      {"CALL", armWord(0xE1A00000)}, // mov r0, r0
      {"CALL", armWord(0xE320F000)}, // nop
      {"CALL", armWord(0xEAFFFFFE)}, // B is not a call
      {"JUMP24", armWord(0xE320F000)},
      {"JUMP24", armWord(0xFAFFFFFE)}, // BLX is not a jump
      {"MOVW_ABS_NC", armWord(0xE1A00000)},
      {"MOVW_ABS_NC", armWord(0xE320F000)},
      {"MOVW_ABS_NC", armWord(0xE3400000)}, // MOVT
      {"MOVT_ABS", armWord(0xE3000000)},    // MOVW
      {"MOVW_PREL_NC", armWord(0xEB000000)},
      {"MOVT_PREL", armWord(0xE320F000)},
      {"THM_CALL", thumbPair(0xF240, 0x0000)},   // Thumb MOVW
      {"THM_CALL", thumbPair(0xF0FF, 0xB7FE)},   // B.W
      {"THM_CALL", thumbPair(0xF3AF, 0x8000)},   // NOP.W
      {"THM_JUMP24", thumbPair(0xF7FF, 0xFFFE)}, // BL
      {"THM_JUMP24", thumbPair(0xF43F, 0xAFFE)}, // B<c>.W
      {"THM_MOVW_ABS_NC", thumbPair(0xF7FF, 0xFFFE)},
      {"THM_MOVW_ABS_NC", thumbPair(0xF2C0, 0x0000)}, // MOVT
      {"THM_MOVT_ABS", thumbPair(0xF240, 0x0000)},    // MOVW
      {"THM_MOVW_PREL_NC", thumbPair(0xF3AF, 0x8000)},
      {"THM_MOVT_PREL", thumbPair(0xF3AF, 0x8000)},
      // AAELF32's instruction column: ABS12 relocates LDR and STR, not
      // the byte forms; GOT_BREL12 and TLS_IE12GP only LDR.
      {"ABS12", armWord(0xE5D54004)},      // ldrb r4, [r5, #4]
      {"ABS12", armWord(0xE5C76000)},      // strb r6, [r7]
      {"GOTOFF12", armWord(0xE5D10000)},   // ldrb r0, [r1]
      {"TLS_LE12", armWord(0xE5C10000)},   // strb r0, [r1]
      {"GOT_BREL12", armWord(0xE5890000)}, // str r0, [r9]
      {"TLS_IE12GP", armWord(0xE5D90000)}, // ldrb r0, [r9]
      {"LDR_PC_G0", armWord(0xE4910004)},  // ldr r0, [r1], #4 (post)
      // LDC/STC with offset addressing only: not MCRR, not post-indexed.
      {"LDC_PC_G0", armWord(0xEC410E10)},  // mcrr p14, 1, r0, r1, c0
      {"LDC_PC_G0", armWord(0xECBF5E10)},  // ldc p14, c5, [pc], #64
      {"LDC_SB_G1", armWord(0xED3F5E10)},  // ldc p14, c5, [pc, #-64]!
      {"LDRS_PC_G0", armWord(0xE0D100B4)}, // ldrh r0, [r1], #4 (post)
      {"LDRS_SB_G1", armWord(0xE1F100B4)}, // ldrh r0, [r1, #4]!
  };
  for (const Case &C : Cases) {
    SCOPED_TRACE(std::string(C.Kind) + " at " + hex(read32le(C.Place.data())));
    std::optional<RelocProblem> P = checkPlace(kind(C.Kind), C.Place.data());
    ASSERT_TRUE(P);
    EXPECT_EQ(P->Kind, ProblemKind::BadOpcode);
    EXPECT_FALSE(P->Detail.empty());

    RelocInputs In = inputs(0x22004, -8, 0x20000, true);
    Applied R = apply(C.Kind, "armv7-a", In, C.Place);
    expectProblem(R, ProblemKind::BadOpcode);

    In.UndefinedWeak = true;
    R = apply(C.Kind, "armv7-a", In, C.Place);
    expectProblem(R, ProblemKind::BadOpcode);
  }
}

// Before Thumb-2 bits 13 and 11 of a BL's second half are opcode, not J1
// and J2: 0b11111 (BL) and 0b11101 (BLX) only.
TEST(CheckPlace, ThumbCallBeforeThumb2NeedsBothJBitsSet) {
  ArchProfile V4T = arch("armv4t"), V6 = arch("armv6"), V7 = arch("armv7-a");
  for (uint16_t Hw2 : {0xD000, 0xD800, 0xF000, 0xC000, 0xE000}) {
    SCOPED_TRACE(hex(Hw2));
    Bytes Place = thumbPair(0xF000, Hw2);
    for (const ArchProfile *A : {&V4T, &V6}) {
      std::optional<RelocProblem> P =
          checkPlace(kind("THM_CALL"), Place.data(), A);
      ASSERT_TRUE(P);
      EXPECT_EQ(P->Kind, ProblemKind::BadOpcode);
    }
    EXPECT_FALSE(checkPlace(kind("THM_CALL"), Place.data(), &V7));
  }
  for (uint16_t Hw2 : {0xF800, 0xFFFF, 0xE800, 0xEFFE}) {
    SCOPED_TRACE(hex(Hw2));
    Bytes Place = thumbPair(0xF000, Hw2);
    EXPECT_FALSE(checkPlace(kind("THM_CALL"), Place.data(), &V4T));
    EXPECT_FALSE(checkPlace(kind("THM_CALL"), Place.data(), &V6));
  }
}

TEST(CheckPlace, AcceptsTheInstructionsEachKindPatches) {
  struct Case {
    std::string_view Kind;
    Bytes Place;
  } Cases[] = {
      {"CALL", armWord(0xEBFFFFFE)},
      {"CALL", armWord(0xFAFFFFFE)},
      {"JUMP24", armWord(0xEAFFFFFE)},
      {"JUMP24", armWord(0x1BFFFFFE)},
      {"MOVW_ABS_NC", armWord(0xE3000000)},
      {"MOVT_ABS", armWord(0xE3400000)},
      {"THM_CALL", thumbPair(0xF7FF, 0xFFFE)},
      {"THM_CALL", thumbPair(0xF7FF, 0xEFFE)},
      {"THM_JUMP24", thumbPair(0xF7FF, 0xBFFE)},
      {"THM_MOVW_ABS_NC", thumbPair(0xF240, 0x0000)},
      {"THM_MOVT_ABS", thumbPair(0xF2C0, 0x0000)},
      {"ABS32", armWord(0xE1A00000)},
      {"PREL31", armWord(0xE1A00000)},
      {"LDR_PC_G0", armWord(0xE5DF0000)},  // ldrb r0, [pc]
      {"LDR_PC_G0", armWord(0xE5CF0000)},  // strb r0, [pc]
      {"ABS12", armWord(0xE5910000)},      // ldr r0, [r1]
      {"ABS12", armWord(0xE5010000)},      // str r0, [r1, #-0]
      {"TLS_LDO12", armWord(0xE5810000)},  // str r0, [r1]
      {"GOT_BREL12", armWord(0xE5990000)}, // ldr r0, [r9]
      {"TLS_IE12GP", armWord(0xE5190004)}, // ldr r0, [r9, #-4]
      {"LDR_SB_G0", armWord(0xE5D10000)},  // ldrb r0, [r1]
      {"LDC_PC_G0", armWord(0xED9F5E10)},  // ldc p14, c5, [pc, #64]
      {"LDC_SB_G2", armWord(0xED015E00)},  // stc p14, c5, [r1, #-0]
  };
  for (const Case &C : Cases)
    EXPECT_FALSE(checkPlace(kind(C.Kind), C.Place.data()))
        << C.Kind << " at " << hex(read32le(C.Place.data()));
}

// The LDR groups also patch PLD and PLI (immediate, literal): the same U +
// imm12 as LDRB. Not PLDW (R = 0, the MP extension), not the kinds that
// name only LDR/STR, and not on cores without the instruction.
TEST(CheckPlace, PreloadsOnTheLdrGroupsWhereTheArchHasThem) {
  ArchProfile V4T = arch("armv4t"), V5 = arch("armv5te"),
              V6 = arch("armv6"), V7 = arch("armv7-a"), V8 = arch("armv8-a");
  const uint32_t Pld = 0xF55FF008, Pli = 0xF45FF008; // [pc, #-8]
  for (std::string_view K : {"LDR_PC_G0", "LDR_PC_G1", "LDR_SB_G2"}) {
    SCOPED_TRACE(K);
    EXPECT_FALSE(checkPlace(kind(K), armWord(Pld).data(), &V5));
    EXPECT_FALSE(checkPlace(kind(K), armWord(Pli).data(), &V7));
    for (auto [Insn, A] : {std::pair{Pld, &V4T}, std::pair{Pli, &V4T},
                           std::pair{Pli, &V5}, std::pair{Pli, &V6}}) {
      std::optional<RelocProblem> P =
          checkPlace(kind(K), armWord(Insn).data(), A);
      ASSERT_TRUE(P) << hex(Insn) << " on " << A->Name;
      EXPECT_EQ(P->Kind, ProblemKind::NotOnArch);
      EXPECT_NE(P->Detail.find(Insn == Pld ? "PLD" : "PLI"),
                std::string::npos);
    }
    // PLDW needs the Multiprocessing Extensions (v8-A here); the same bits
    // with cond AL are LDRB r15, [pc, #-8].
    std::optional<RelocProblem> P =
        checkPlace(kind(K), armWord(0xF51FF008).data(), &V7);
    ASSERT_TRUE(P);
    EXPECT_EQ(P->Kind, ProblemKind::NotOnArch);
    EXPECT_NE(P->Detail.find("PLDW"), std::string::npos);
    EXPECT_FALSE(checkPlace(kind(K), armWord(0xF51FF008).data(), &V8));
    // The register forms are not PLD (immediate).
    for (uint32_t Reg : {0xF791F002u, 0xF6D1F002u}) {
      P = checkPlace(kind(K), armWord(Reg).data(), &V8);
      ASSERT_TRUE(P) << hex(Reg);
      EXPECT_EQ(P->Kind, ProblemKind::BadOpcode);
    }
    EXPECT_FALSE(checkPlace(kind(K), armWord(0xE55FF008).data(), &V4T));
  }
  for (std::string_view K : {"ABS12", "GOT_BREL12", "LDRS_PC_G0"}) {
    std::optional<RelocProblem> P =
        checkPlace(kind(K), armWord(Pld).data(), &V7);
    ASSERT_TRUE(P) << K;
    EXPECT_EQ(P->Kind, ProblemKind::BadOpcode) << K;
  }
  // The patched offset: U and imm12, as for LDRB.
  RelocInputs In = inputs(0x20800, -8, 0x20000);
  Applied R = apply("LDR_PC_G0", "armv7-a", In, armWord(Pld));
  ASSERT_FALSE(R.Problem);
  EXPECT_EQ(R.word(), 0xF5DFF7F8u);
}

// LDC G1/G2: only the residual after the ALU groups must be a multiple of
// 4, so X itself need not be (the table's align column says 1; G0's 4).
TEST(ApplyGroup, LdcG1NeedsOnlyItsResidualAligned) {
  EXPECT_EQ(kind("LDC_PC_G0").Align, 4u);
  EXPECT_EQ(kind("LDC_PC_G1").Align, 1u);
  EXPECT_EQ(kind("LDC_SB_G2").Align, 1u);
  const uint32_t Ldc = 0xED915E00; // ldc p14, c5, [r1]
  // X = 0xff: G0 = 0xff takes it all, residual 0.
  Applied R = apply("LDC_PC_G1", "armv7-a", inputs(0x200ff, 0, 0x20000),
                    armWord(Ldc));
  ASSERT_FALSE(R.Problem);
  EXPECT_EQ(R.word(), 0xED915E00u | (1u << 23));
  // X = 0x105: G0 = 0x104 (bits 2..9), residual 1: refused.
  R = apply("LDC_PC_G1", "armv7-a", inputs(0x20105, 0, 0x20000),
            armWord(Ldc));
  ASSERT_TRUE(R.Problem);
  EXPECT_TRUE(R.unchanged());
  // X = 0x10c: top bit 8, G0 = 0x10c & (0xff << 2) = 0x10c, residual 0.
  R = apply("LDC_PC_G1", "armv7-a", inputs(0x2010c, 0, 0x20000),
            armWord(Ldc));
  EXPECT_FALSE(R.Problem);
}

// LDRD and STRD (v5TE) on the LDRS groups: refused on armv4t, where LDRH
// still links.
TEST(CheckPlace, LdrdOnTheLdrsGroupsNeedsV5te) {
  ArchProfile V4T = arch("armv4t"), V5 = arch("armv5te");
  for (uint32_t Insn : {0xE1CF20D0u, 0xE1CF20F0u}) { // ldrd/strd r2, [pc]
    SCOPED_TRACE(hex(Insn));
    std::optional<RelocProblem> P =
        checkPlace(kind("LDRS_PC_G0"), armWord(Insn).data(), &V4T);
    ASSERT_TRUE(P);
    EXPECT_EQ(P->Kind, ProblemKind::NotOnArch);
    EXPECT_NE(P->Detail.find("LDRD/STRD"), std::string::npos);
    EXPECT_FALSE(checkPlace(kind("LDRS_PC_G0"), armWord(Insn).data(), &V5));
  }
  for (uint32_t Insn : {0xE1DF20B0u, 0xE1CF20B0u, 0xE1DF20D0u, 0xE1DF20F0u})
    EXPECT_FALSE(checkPlace(kind("LDRS_PC_G0"), armWord(Insn).data(), &V4T))
        << hex(Insn); // ldrh, strh, ldrsb, ldrsh
}

TEST(CheckPlace, UnsupportedKindsAreErrorsNotSilentPasses) {
  int Checked = 0;
  for (const RelocKind &K : allKinds()) {
    if (K.State != Status::Unsupported)
      continue;
    SCOPED_TRACE(K.Name);
    Bytes Place = armWord(0xE320F000);
    std::optional<RelocProblem> P = checkPlace(K, Place.data());
    ASSERT_TRUE(P);
    EXPECT_EQ(P->Kind, ProblemKind::Unsupported);

    RelocOutcome Out;
    P = applyRelocation(K, arch("armv7-a"), inputs(0x1000, 0, 0x2000),
                        Place.data(), Out);
    ASSERT_TRUE(P);
    EXPECT_EQ(P->Kind, ProblemKind::Unsupported);
    EXPECT_EQ(Place, armWord(0xE320F000));
    ++Checked;
  }
  EXPECT_GT(Checked, 0);
}

TEST(ApplyOnArch, ArmKindsAreNotOnMProfile) {
  for (std::string_view Name : {"CALL", "JUMP24", "MOVW_ABS_NC", "MOVT_PREL"}) {
    SCOPED_TRACE(Name);
    Applied R = apply(Name, "armv7-m", inputs(0x22000, -8, 0x20000),
                      armWord(0xEBFFFFFE));
    expectProblem(R, ProblemKind::NotOnArch);
  }
  Applied R = apply("THM_MOVW_ABS_NC", "armv6-m", inputs(0x1234, 0, 0),
                    thumbPair(0xF240, 0x0000));
  expectProblem(R, ProblemKind::NotOnArch);
  R = apply("THM_MOVW_ABS_NC", "armv8-m.base", inputs(0x1234, 0, 0),
            thumbPair(0xF240, 0x0000));
  expectOk(R);
  EXPECT_EQ(decodeThumbMovImm16(R.thumb()), 0x1234);
}

//--- Branch Future (Armv8.1-M) -------------------------------------------//

namespace {

/// One Branch Future kind with the instruction llvm-mc 22 writes for it
/// (`bf`, `bfcsel`, `bfl` to a label in another section: boff 1, field -4)
/// and its range, hard-coded from AAELF32's Result_Mask (X & 0x1FFFE,
/// 0x1FFE, 0x7FFFE), not taken from the kinds table.
struct BranchFutureCase {
  std::string_view Kind;
  Bytes Template;
  int64_t Min, Max;
  int32_t (*Decode)(Thumb32);
  uint16_t ImmAMask; // Hw1 bits of immA; Hw2's are 0x0FFE for all three
};

const std::vector<BranchFutureCase> &branchFutureCases() {
  static const std::vector<BranchFutureCase> Cases = {
      {"THM_BF16", thumbPair(0xF0DF, 0xE7FF), -0x10000, 0xFFFE,
       decodeThumbBf16, 0x001F},
      {"THM_BF12", thumbPair(0xF083, 0xE7FF), -0x1000, 0xFFE,
       decodeThumbBf12, 0x0001},
      {"THM_BF18", thumbPair(0xF0FF, 0xC7FF), -0x40000, 0x3FFFE,
       decodeThumbBf18, 0x007F},
  };
  return Cases;
}

/// A REL addend as the field gives it (-4 | 1 = -3) and S so that the
/// offset X & ~1 from P is V; the target is a Thumb function (T = 1) or a
/// plain label (T = 0).
RelocInputs aimBranchFuture(int64_t V, uint32_t P, bool T) {
  return inputs(uint32_t(P + 4 + V), -3, P, T, T);
}

} // namespace

TEST(ApplyFromTable, EveryElseNopKindHasCases) {
  std::set<std::string_view> Covered;
  for (const BranchFutureCase &C : branchFutureCases())
    Covered.insert(C.Kind);
  for (const RelocKind &K : allKinds()) {
    if (K.State == Status::Supported && K.Check == RangeCheck::ElseNop) {
      EXPECT_TRUE(Covered.count(K.Name)) << K.Name;
    }
  }
}

TEST(BranchFuture, RangeEndsAndOneStepBeyondBecomeNop) {
  for (const BranchFutureCase &C : branchFutureCases())
    for (uint32_t P : {0x40000000u, 0x40000002u})
      for (bool T : {true, false}) {
        struct End {
          int64_t V;
          bool Fits;
        } Ends[] = {{C.Min, true},      {C.Max, true},       {0, true},
                    {-2, true},         {2, true},           {-4, true},
                    {C.Min + 2, true},  {C.Max - 2, true},   {C.Min - 2, false},
                    {C.Max + 2, false}, {C.Max + 0x1000, false},
                    {-0x1000000, false}};
        for (const End &E : Ends) {
          SCOPED_TRACE(std::string(C.Kind) + " P=" + hex(P) + " T=" +
                       std::to_string(T) + " V=" + std::to_string(E.V));
          RelocInputs In = aimBranchFuture(E.V, P, T);
          Applied R = apply(C.Kind, "armv8.1-m.main", In, C.Template);
          ASSERT_FALSE(R.Problem) << problemText(R.Problem);
          EXPECT_EQ(R.Out.X, uint32_t(E.V + 1)); // bit 0: T or A's bit 0
          EXPECT_EQ(R.Out.BecameNop, !E.Fits);
          if (!E.Fits) {
            EXPECT_EQ(R.thumb(), (Thumb32{0xF3AF, 0x8000}));
            continue;
          }
          EXPECT_EQ(C.Decode(R.thumb()), E.V);
          // boff, BFCSEL's condition and else, and the opcode stay.
          Thumb32 Was = readThumb32(C.Template.data());
          EXPECT_EQ(R.thumb().Hw1 & ~C.ImmAMask, Was.Hw1 & ~C.ImmAMask);
          EXPECT_EQ(R.thumb().Hw2 & ~0x0FFE, Was.Hw2 & ~0x0FFE);
          // Read back as a REL addend, the field gives V | 1.
          EXPECT_EQ(readRelAddend(kind(C.Kind), R.After.data()), E.V | 1);
        }
      }
}

TEST(BranchFuture, RelAddendHasBit0Set) {
  // AAELF32: insn[20:16] << 12 | insn[10:1] << 2 | insn[11] << 1 | 1.
  for (const BranchFutureCase &C : branchFutureCases())
    EXPECT_EQ(readRelAddend(kind(C.Kind), C.Template.data()), -3) << C.Kind;
  EXPECT_EQ(readRelAddend(kind("THM_BF16"), thumbPair(0xF0CF, 0xEFFF).data()),
            0xFFFF);
  EXPECT_EQ(readRelAddend(kind("THM_BF18"), thumbPair(0xF0C0, 0xC001).data()),
            -0x3FFFF);
}

TEST(BranchFuture, OddTargetThatIsNoThumbFunctionIsMisaligned) {
  for (const BranchFutureCase &C : branchFutureCases()) {
    SCOPED_TRACE(C.Kind);
    const uint32_t P = 0x40000000;
    RelocInputs In = inputs(P + 4 + 0x101, -3, P, false, false);
    Applied R = apply(C.Kind, "armv8.1-m.main", In, C.Template);
    expectProblem(R, ProblemKind::Misaligned);
    EXPECT_EQ(R.Problem->Value, 0x101); // the offset, A's bit 0 cleared
    EXPECT_EQ(describeProblem(*R.Problem),
              "value 257 (0x101) is not a multiple of 2 (misaligned target); "
              "allowed: any multiple of 2 (out of reach: a NOP)");
    // Far away, misaligned still wins over the NOP.
    In.S = P + 0x1000001;
    expectProblem(apply(C.Kind, "armv8.1-m.main", In, C.Template),
                  ProblemKind::Misaligned);
  }
}

TEST(BranchFuture, UndefinedWeakBecomesNop) {
  for (const BranchFutureCase &C : branchFutureCases()) {
    RelocInputs In = inputs(0, -3, 0x100, false, false);
    In.UndefinedWeak = true;
    Applied R = apply(C.Kind, "armv8.1-m.main", In, C.Template);
    ASSERT_FALSE(R.Problem) << C.Kind << ": " << problemText(R.Problem);
    EXPECT_TRUE(R.Out.BecameNop) << C.Kind;
    EXPECT_EQ(R.thumb(), (Thumb32{0xF3AF, 0x8000})) << C.Kind;
  }
}

TEST(BranchFuture, ArmFunctionTargetAndOtherArchsAreErrors) {
  for (const BranchFutureCase &C : branchFutureCases()) {
    SCOPED_TRACE(C.Kind);
    RelocInputs ToArm = inputs(0x40001000, -3, 0x40000000, false, true);
    expectProblem(apply(C.Kind, "armv8.1-m.main", ToArm, C.Template),
                  ProblemKind::NotOnArch);
    RelocInputs In = aimBranchFuture(0x100, 0x40000000, true);
    for (std::string_view Other : {"armv8-m.main", "armv7-m", "armv7-a"}) {
      Applied R = apply(C.Kind, Other, In, C.Template);
      expectProblem(R, ProblemKind::NotOnArch);
      EXPECT_NE(R.Problem->Detail.find("--arch=armv8.1-m.main"),
                std::string::npos)
          << R.Problem->Detail;
    }
  }
}

TEST(BranchFuture, WrongInstructionsAreRejectedBeforeAnyWrite) {
  struct Case {
    std::string_view Kind;
    Bytes Place;
  } Cases[] = {
      {"THM_BF16", thumbPair(0xF0FF, 0xC7FF)}, // BFL
      {"THM_BF16", thumbPair(0xF083, 0xE7FF)}, // BFCSEL
      {"THM_BF16", thumbPair(0xF040, 0xE001)}, // DLS (boff 0)
      {"THM_BF16", thumbPair(0xF0E0, 0xE001)}, // BFX
      {"THM_BF12", thumbPair(0xF0DF, 0xE7FF)}, // BF
      {"THM_BF12", thumbPair(0xF000, 0xE001)}, // DLSTP (boff 0)
      {"THM_BF18", thumbPair(0xF0DF, 0xE7FF)}, // BF
      {"THM_BF18", thumbPair(0xF00F, 0xC001)}, // LE (boff 0)
      {"THM_BF18", thumbPair(0xF0F1, 0xE001)}, // BFLX
      {"THM_BF18", thumbPair(0xF7FF, 0xFFFE)}, // BL
      {"THM_BF16", thumbPair(0xF3AF, 0x8000)}, // NOP.W
  };
  for (const Case &C : Cases) {
    SCOPED_TRACE(std::string(C.Kind) + " at " + hex(read32le(C.Place.data())));
    RelocInputs In = aimBranchFuture(0x100, 0x40000000, true);
    Applied R = apply(C.Kind, "armv8.1-m.main", In, C.Place);
    expectProblem(R, ProblemKind::BadOpcode);
  }
}

//--- readRelAddend ---------------------------------------------------------//

TEST(ReadRelAddend, NegativeFieldsGiveNegativeAddends) {
  struct Case {
    std::string_view Kind;
    Bytes Field;
    int64_t A;
  } Cases[] = {
      {"CALL", armWord(0xEBFFFFFE), -8},
      {"CALL", armWord(0xFBFFFFFE), -8}, // H is not part of A
      {"JUMP24", armWord(0xEAFFFFFE), -8},
      {"JUMP24", armWord(0xEA800000), -0x2000000},
      {"CALL", armWord(0xEB7FFFFF), 0x1FFFFFC},
      {"THM_CALL", thumbPair(0xF7FF, 0xFFFE), -4},
      {"THM_CALL", thumbPair(0xF7FF, 0xEFFC), -8}, // BLX
      {"THM_JUMP24", thumbPair(0xF7FF, 0xBFFE), -4},
      {"THM_CALL", thumbPair(0xF100, 0xF000), 0x500000},
      {"MOVW_ABS_NC", armWord(0xE30F0FE0), -32},
      {"MOVT_ABS", armWord(0xE34F0FE0), -32},
      {"MOVW_PREL_NC", armWord(0xE3070FFF), 0x7FFF},
      {"MOVT_PREL", armWord(0xE3480000), -0x8000},
      {"THM_MOVW_ABS_NC", thumbPair(0xF64F, 0x71E0), -32},
      {"THM_MOVT_ABS", thumbPair(0xF6CF, 0x71E0), -32},
      {"THM_MOVW_PREL_NC", thumbPair(0xF647, 0x7FFF), 0x7FFF},
      {"THM_MOVT_PREL", thumbPair(0xF2C8, 0x0000), -0x8000},
      {"PREL31", armWord(0x7FFFFFFF), -1},
      {"PREL31", armWord(0xFFFFFFFF), -1},
      {"PREL31", armWord(0x40000000), -0x40000000},
      {"PREL31", armWord(0xBFFFFFFF), 0x3FFFFFFF},
      {"ABS32", armWord(0xFFFFFFF0), -16},
      {"REL32", armWord(0x00000010), 16},
      {"TARGET1", armWord(0x80000000), -0x80000000LL},
      {"NONE", armWord(0xFFFFFFFF), 0},
  };
  for (const Case &C : Cases)
    EXPECT_EQ(readRelAddend(kind(C.Kind), C.Field.data()), C.A)
        << C.Kind << " field " << hex(read32le(C.Field.data()));
}

TEST(ReadRelAddend, Prel31AddendRoundTripKeepsBit31) {
  // An EH table word: bit 31 set, field -1 (0xFFFFFFFF). Relocating
  // with the addend read back keeps bit 31.
  Bytes Field = armWord(0xFFFFFFFF);
  int64_t A = readRelAddend(kind("PREL31"), Field.data());
  ASSERT_EQ(A, -1);
  Applied R = apply("PREL31", "armv7-a", inputs(0x30001, A, 0x20000), Field);
  expectOk(R);
  EXPECT_EQ(R.word(), 0x80010000u);
}

//--- evaluateFormula -------------------------------------------------------//

TEST(EvaluateFormula, EachFormula) {
  RelocInputs In = inputs(0x8000, 1, 0x1000, true);
  EXPECT_EQ(evaluateFormula(Formula::Nothing, In), 0u);
  EXPECT_EQ(evaluateFormula(Formula::AbsT, In), 0x8001u);
  EXPECT_EQ(evaluateFormula(Formula::Abs, In), 0x8001u);
  EXPECT_EQ(evaluateFormula(Formula::RelT, In), 0x7001u);
  EXPECT_EQ(evaluateFormula(Formula::Rel, In), 0x7001u);

  In.A = 2;
  EXPECT_EQ(evaluateFormula(Formula::AbsT, In), 0x8003u);
  EXPECT_EQ(evaluateFormula(Formula::Abs, In), 0x8002u);
  EXPECT_EQ(evaluateFormula(Formula::RelT, In), 0x7003u);
  EXPECT_EQ(evaluateFormula(Formula::Rel, In), 0x7002u);

  // Mod 2^32.
  In = inputs(0x10, -0x20, 0x40);
  EXPECT_EQ(evaluateFormula(Formula::Abs, In), 0xFFFFFFF0u);
  EXPECT_EQ(evaluateFormula(Formula::Rel, In), 0xFFFFFFB0u);
}

//--- describeProblem -------------------------------------------------------//

TEST(DescribeProblem, StyleGuideExample) {
  RelocProblem P{ProblemKind::OutOfRange, -2052, {-2048, 2046, 2}, ""};
  EXPECT_EQ(describeProblem(P),
            "value -2052 (0xfffff7fc) is not in [-2048, 2046]");
  EXPECT_EQ(formatValue(-2052), "-2052 (0xfffff7fc)");
  EXPECT_EQ(formatValue(0x1FF8), "8184 (0x1ff8)");
}

TEST(DescribeProblem, OutOfRangeFromApply) {
  // Thumb BL on armv7-a one step past the top: X = 0x1000001, v = 0x1000000.
  Applied R = thumbCallTo(0x1000000, "armv7-a");
  ASSERT_TRUE(R.Problem);
  // The value checked is X & ~1, not X: the message says so.
  EXPECT_EQ(describeProblem(*R.Problem),
            "value X & ~1 = 16777216 (0x1000000) is not in "
            "[-16777216, 16777214]");

  R = armCallTo(-0x2000004);
  ASSERT_TRUE(R.Problem);
  EXPECT_EQ(describeProblem(*R.Problem),
            "value -33554436 (0xfdfffffc) is not in [-33554432, 33554428]");
}

TEST(DescribeProblem, MisalignedFromApply) {
  Applied R = armCallTo(0x1FFA);
  ASSERT_TRUE(R.Problem);
  EXPECT_EQ(R.Problem->Kind, ProblemKind::Misaligned);
  EXPECT_EQ(describeProblem(*R.Problem),
            "value 8186 (0x1ffa) is not a multiple of 4 (misaligned target); "
            "allowed: multiples of 4 in [-33554432, 33554428]");
}

TEST(DescribeProblem, OtherKindsSayWhatWasFound) {
  std::optional<RelocProblem> P =
      checkPlace(kind("CALL"), armWord(0xE320F000).data());
  ASSERT_TRUE(P);
  EXPECT_NE(describeProblem(*P).find("0xe320f000"), std::string::npos)
      << describeProblem(*P);

  P = checkPlace(kind("THM_CALL"), thumbPair(0xF240, 0x0000).data());
  ASSERT_TRUE(P);
  EXPECT_NE(describeProblem(*P).find("f240 0000"), std::string::npos)
      << describeProblem(*P);
}

TEST(FieldSize, PerField) {
  EXPECT_EQ(fieldSize(kind("NONE")), 0u);
  for (std::string_view Name :
       {"ABS32", "PREL31", "CALL", "THM_CALL", "MOVW_ABS_NC", "THM_MOVT_PREL"})
    EXPECT_EQ(fieldSize(kind(Name)), 4u) << Name;
}

//--- TLS descriptors and PLT32_ABS ----------------------------------------//

TEST(ApplyTlsDesc, GotDescLocalExecIgnoresTheAddend) {
  RelocInputs In = inputs(0x40004, 0x1C, 0x20024);
  In.TP = 0x3FFF0;
  In.SymbolIsLocal = true;
  Applied R = apply("TLS_GOTDESC", "armv7-a", In, {0x1C, 0, 0, 0});
  ASSERT_FALSE(R.Problem) << problemText(R.Problem);
  EXPECT_EQ(R.word(), 0x14u); // S - tp, A ignored (GNU ld)
}

TEST(ApplyTlsDesc, GotDescInitialExecPcBiasFromTheAddend) {
  // GNU ld 2.40 measured: GOT(S) + A - P - 8 for even A (ARM call),
  // - 5 for odd A (Thumb call, A = literal - call + 1).
  RelocInputs In = inputs(0x40004, 0, 0x100c0);
  In.GotEntry = 0x1200c;
  for (int64_t A : {int64_t(0), int64_t(0x100), int64_t(-2)}) {
    In.A = A;
    Applied R = apply("TLS_GOTDESC", "armv7-a", In, {0, 0, 0, 0});
    EXPECT_EQ(R.word(), uint32_t(0x1200c + A - 0x100c0 - 8)) << A;
  }
  for (int64_t A : {int64_t(0x109), int64_t(-1), int64_t(1)}) {
    In.A = A;
    Applied R = apply("TLS_GOTDESC", "armv7-a", In, {0, 0, 0, 0});
    EXPECT_EQ(R.word(), uint32_t(0x1200c + A - 0x100c0 - 5)) << A;
  }
}

TEST(ApplyTlsDesc, CallsAndMarkersRelaxedOrRefused) {
  RelocInputs In = inputs(0x40004, 0, 0x20000);
  In.SymbolIsLocal = true;
  Applied Bl = apply("TLS_CALL", "armv7-a", In, {0xfe, 0xff, 0xff, 0xeb});
  EXPECT_EQ(Bl.word(), 0xE1A00000u);
  Applied Blx = apply("THM_TLS_CALL", "armv7-a", In,
                      {0x00, 0xf0, 0x00, 0xe8});
  EXPECT_EQ(Blx.thumb(), (Thumb32{0xF3AF, 0x8000}));
  In.SymbolIsLocal = false;
  Bl = apply("TLS_CALL", "armv7-a", In, {0x00, 0x00, 0x00, 0xfa}); // BLX
  EXPECT_EQ(Bl.word(), 0xE79F0000u);
  // B, a conditional BL and a NOP are not descriptor calls or markers.
  Applied B = apply("TLS_CALL", "armv7-a", In, {0xfe, 0xff, 0xff, 0xea});
  EXPECT_NE(problemText(B.Problem).find("expected BL (A1, cond AL)"),
            std::string::npos) << problemText(B.Problem);
  EXPECT_TRUE(B.unchanged());
  Applied Bleq = apply("TLS_CALL", "armv7-a", In, {0xfe, 0xff, 0xff, 0x0b});
  EXPECT_TRUE(Bleq.Problem);
  Applied Nop = apply("TLS_DESCSEQ", "armv7-a", In, {0, 0, 0xa0, 0xe1});
  EXPECT_NE(problemText(Nop.Problem).find("TLS descriptor sequence"),
            std::string::npos) << problemText(Nop.Problem);
  Applied T16 = apply("THM_TLS_DESCSEQ16", "armv7-a", In, {0xc0, 0x46});
  EXPECT_TRUE(T16.Problem);
  // ARM-state kinds do not exist on M-profile; the Thumb ones do.
  Applied M = apply("TLS_CALL", "armv7-m", In, {0xfe, 0xff, 0xff, 0xeb});
  EXPECT_TRUE(M.Problem);
  Applied Tm = apply("THM_TLS_DESCSEQ16", "armv7-m", In, {0x98, 0x47});
  ASSERT_FALSE(Tm.Problem) << problemText(Tm.Problem);
  EXPECT_EQ(read16le(Tm.After.data()), 0x4618);
}

TEST(ApplyTlsDesc, DescSeq32IsRefusedWithItsReason) {
  RelocInputs In = inputs(0x40004, 0, 0x20000);
  Applied R = apply("THM_TLS_DESCSEQ32", "armv7-a", In,
                    {0xd1, 0xf8, 0x04, 0x30});
  ASSERT_TRUE(R.Problem);
  EXPECT_NE(problemText(R.Problem).find("GNU ld 2.40 does not know it"),
            std::string::npos) << problemText(R.Problem);
  EXPECT_TRUE(R.unchanged());
}

TEST(ApplyData, Plt32AbsIsSPlusAWithoutThumbBit) {
  Applied R = apply("PLT32_ABS", "armv7-a", inputs(0x22001, -1, 0x30000, true),
                    {0xff, 0xff, 0xff, 0xff});
  ASSERT_FALSE(R.Problem) << problemText(R.Problem);
  EXPECT_EQ(R.word(), 0x22000u); // S + A: no T in PLT(S) + A
  R = apply("PLT32_ABS", "armv7-a", inputs(0xFFFFFFFC, 8, 0x30000),
            {8, 0, 0, 0});
  EXPECT_EQ(R.word(), 4u); // wraps mod 2^32
}

// Why a kind is refused: an obsolete or deprecated one says so (ME_TOO
// once read "not supported by relocheck's linker core yet"), a reserved
// one is not yet supported.
TEST(Unsupported, ObsoleteKindsAreNamedSo) {
  EXPECT_EQ(unsupportedReason(*lookupKind(128)),
            "is obsolete in AAELF32 (no producer emits it today), and "
            "relocheck does not apply it");
  EXPECT_EQ(unsupportedReason(*lookupKind(35)).substr(0, 27),
            "is deprecated in AAELF32 (n");
  EXPECT_EQ(unsupportedReason(*lookupKind(99)),
            "is not supported by relocheck's linker core yet");
}

// What an assembler's REL field may read back as, for the addend it was
// given: the addend, or the addend less the PC bias LLVM MC folds into a
// PC-relative instruction's field; a MOVW/MOVT field keeps it exactly.
TEST(RelFieldKeepsAddend, PcBiasOnlyWhereTheFieldHoldsIt) {
  auto K = [](const char *Name) { return *lookupKind(Name); };
  EXPECT_TRUE(relFieldKeepsAddend(K("CALL"), -8, 0));
  EXPECT_TRUE(relFieldKeepsAddend(K("CALL"), 4, 4));
  EXPECT_FALSE(relFieldKeepsAddend(K("CALL"), -4, 0));
  EXPECT_TRUE(relFieldKeepsAddend(K("THM_CALL"), -4, 0));
  EXPECT_FALSE(relFieldKeepsAddend(K("THM_CALL"), -8, 0));
  EXPECT_TRUE(relFieldKeepsAddend(K("THM_JUMP8"), -4, 0));
  EXPECT_TRUE(relFieldKeepsAddend(K("THM_BF16"), -3, 0));
  EXPECT_FALSE(relFieldKeepsAddend(K("THM_BF16"), -4, 0));
  // llvm-mc writes `movw r0, #:lower16:(sym - .)` with imm16 = 0.
  EXPECT_TRUE(relFieldKeepsAddend(K("MOVW_PREL_NC"), 0, 0));
  EXPECT_FALSE(relFieldKeepsAddend(K("MOVW_PREL_NC"), -8, 0));
  EXPECT_FALSE(relFieldKeepsAddend(K("MOVT_PREL"), -8, 0));
  EXPECT_FALSE(relFieldKeepsAddend(K("THM_MOVW_PREL_NC"), -4, 0));
  EXPECT_FALSE(relFieldKeepsAddend(K("THM_MOVT_PREL"), -4, 0));
  // Data has no PC bias in its field.
  EXPECT_FALSE(relFieldKeepsAddend(K("REL32"), -8, 0));
  EXPECT_FALSE(relFieldKeepsAddend(K("PREL31"), -4, 0));
}
