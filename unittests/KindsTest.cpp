//===- KindsTest.cpp - The kinds table and its queries --------------------===//
//
// Checks the one kinds table (kinds/RelocKinds.h) for consistency, and
// checks its supported rows against the AAELF32 codes table as copied into
// shared/reference/aaelf32-static-relocations.md, section 2, by hand here
// so that a slip in the table cannot also be a slip in the test.
//
//===----------------------------------------------------------------------===//
#include "kinds/RelocKinds.h"
#include "llvm/ADT/StringRef.h"

#include <gtest/gtest.h>

#include <map>
#include <set>
#include <string>
#include <vector>

using namespace relocheck;

namespace {

ArchProfile arch(std::string_view Name) {
  std::optional<ArchProfile> A = lookupArch(Name);
  if (!A) {
    ADD_FAILURE() << "no arch " << Name;
    return allArchs().front();
  }
  return *A;
}

/// The kinds the linker core applies today, with their ABI codes.
const std::map<std::string_view, uint32_t> &supportedCodes() {
  static const std::map<std::string_view, uint32_t> Codes = {
      {"NONE", 0},           {"ABS32", 2},
      {"REL32", 3},          {"THM_CALL", 10},
      {"CALL", 28},          {"JUMP24", 29},
      {"THM_JUMP24", 30},    {"TARGET1", 38},
      {"PREL31", 42},        {"MOVW_ABS_NC", 43},
      {"MOVT_ABS", 44},      {"MOVW_PREL_NC", 45},
      {"MOVT_PREL", 46},     {"THM_MOVW_ABS_NC", 47},
      {"THM_MOVT_ABS", 48},  {"THM_MOVW_PREL_NC", 49},
      {"THM_MOVT_PREL", 50},
      // Issue 3's first batch: data, Thumb-1, Thumb-2 literal and branch
      // kinds without a GOT, static base or group split.
      {"PC24", 1},           {"LDR_PC_G0", 4},
      {"ABS16", 5},          {"ABS12", 6},
      {"THM_ABS5", 7},       {"ABS8", 8},
      {"THM_PC8", 11},       {"PLT32", 27},
      {"V4BX", 40},          {"THM_JUMP19", 51},
      {"THM_JUMP6", 52},     {"THM_ALU_PREL_11_0", 53},
      {"THM_PC12", 54},      {"ABS32_NOI", 55},
      {"REL32_NOI", 56},     {"THM_JUMP11", 102},
      {"THM_JUMP8", 103},    {"THM_ALU_ABS_G0_NC", 132},
      {"THM_ALU_ABS_G1_NC", 133}, {"THM_ALU_ABS_G2_NC", 134},
      {"THM_ALU_ABS_G3", 135},
      // With the synthesized GOT.
      {"GOTOFF32", 24},      {"BASE_PREL", 25},
      {"GOT_BREL", 26},      {"TARGET2", 41},
      {"GOT_PREL", 96},
      // Group relocations, PC-relative forms.
      {"ALU_PC_G0_NC", 57},  {"ALU_PC_G0", 58},
      {"ALU_PC_G1_NC", 59},  {"ALU_PC_G1", 60},
      {"ALU_PC_G2", 61},     {"LDR_PC_G1", 62},
      {"LDR_PC_G2", 63},     {"LDRS_PC_G0", 64},
      {"LDRS_PC_G1", 65},    {"LDRS_PC_G2", 66},
      {"LDC_PC_G0", 67},     {"LDC_PC_G1", 68},
      {"LDC_PC_G2", 69},
      // Static-base (B(S)) kinds.
      {"SBREL32", 9},        {"BASE_ABS", 31},
      {"ALU_SB_G0_NC", 70},  {"ALU_SB_G0", 71},
      {"ALU_SB_G1_NC", 72},  {"ALU_SB_G1", 73},
      {"ALU_SB_G2", 74},     {"LDR_SB_G0", 75},
      {"LDR_SB_G1", 76},     {"LDR_SB_G2", 77},
      {"LDRS_SB_G0", 78},    {"LDRS_SB_G1", 79},
      {"LDRS_SB_G2", 80},    {"LDC_SB_G0", 81},
      {"LDC_SB_G1", 82},     {"LDC_SB_G2", 83},
      {"MOVW_BREL_NC", 84},  {"MOVT_BREL", 85},
      {"MOVW_BREL", 86},     {"THM_MOVW_BREL_NC", 87},
      {"THM_MOVT_BREL", 88}, {"THM_MOVW_BREL", 89},
      // Static TLS.
      {"TLS_GD32", 104},     {"TLS_LDM32", 105},
      {"TLS_LDO32", 106},    {"TLS_IE32", 107},
      {"TLS_LE32", 108},
      // 12-bit GOT/TLS load offsets and GOT_ABS (no other linker has them).
      {"GOT_ABS", 95},       {"GOT_BREL12", 97},
      {"GOTOFF12", 98},      {"TLS_LDO12", 109},
      {"TLS_LE12", 110},     {"TLS_IE12GP", 111},
      {"THM_GOT_BREL12", 131},
      // TLS descriptors, relaxed in a static link (no THM_TLS_DESCSEQ32:
      // GNU ld 2.40 does not know it), and PLT32_ABS with PLT(S) = S.
      {"TLS_GOTDESC", 90},   {"TLS_CALL", 91},
      {"TLS_DESCSEQ", 92},   {"THM_TLS_CALL", 93},
      {"PLT32_ABS", 94},     {"THM_TLS_DESCSEQ16", 129},
      // Armv8.1-M Branch Future.
      {"THM_BF16", 136},     {"THM_BF12", 137},
      {"THM_BF18", 138},
      {"GNU_VTENTRY", 100},  {"GNU_VTINHERIT", 101},
  };
  return Codes;
}

} // namespace

TEST(KindsTable, CodesAndNamesAreUnique) {
  std::set<uint32_t> Codes;
  std::set<std::string_view> Names;
  for (const RelocKind &K : allKinds()) {
    EXPECT_TRUE(Codes.insert(K.Code).second) << "code " << K.Code;
    EXPECT_TRUE(Names.insert(K.Name).second) << "name " << K.Name;
  }
}

TEST(KindsTable, NamesHaveNoPrefixAndCodesFitAByte) {
  for (const RelocKind &K : allKinds()) {
    EXPECT_FALSE(K.Name.empty()) << K.Code;
    EXPECT_NE(K.Name.substr(0, 6), "R_ARM_") << K.Name;
    for (char C : K.Name)
      EXPECT_TRUE((C >= 'A' && C <= 'Z') || (C >= '0' && C <= '9') || C == '_')
          << K.Name;
    EXPECT_LE(K.Code, 255u) << K.Name;
    EXPECT_GE(K.Align, 1u) << K.Name;
    EXPECT_FALSE(K.Instructions.empty()) << K.Name;
  }
}

TEST(KindsTable, SupportedRowsAreExactlyTheFirstSet) {
  std::set<std::string_view> Supported;
  for (const RelocKind &K : allKinds())
    if (K.State == Status::Supported)
      Supported.insert(K.Name);
  std::set<std::string_view> Expected;
  for (const auto &[Name, Code] : supportedCodes())
    Expected.insert(Name);
  // Name each kind on one side only: the sets themselves print cut off.
  for (std::string_view Name : Supported)
    EXPECT_TRUE(Expected.count(Name))
        << "R_ARM_" << Name << " is applied (Yes in RelocKinds.cpp) but "
        << "not in supportedCodes() here";
  for (std::string_view Name : Expected)
    EXPECT_TRUE(Supported.count(Name))
        << "R_ARM_" << Name << " is in supportedCodes() here but not "
        << "applied (Yes in RelocKinds.cpp)";
}

TEST(KindsTable, SupportedCodesMatchTheAbi) {
  for (const auto &[Name, Code] : supportedCodes()) {
    const RelocKind *K = lookupKind(Name);
    ASSERT_NE(K, nullptr) << Name;
    EXPECT_EQ(K->Code, Code) << Name;
  }
}

TEST(KindsTable, EverySupportedKindHasAField) {
  for (const RelocKind &K : allKinds()) {
    if (K.State != Status::Supported)
      continue;
    // NONE, and the deprecated vtable markers AAELF32 lets a linker
    // ignore, write nothing.
    if (K.Name == "NONE" || K.Name == "GNU_VTENTRY" ||
        K.Name == "GNU_VTINHERIT") {
      EXPECT_EQ(K.Place, Field::None);
      EXPECT_EQ(K.Form, Formula::Nothing);
      continue;
    }
    if (K.Name == "V4BX") { // marks a BX Rm; nothing is computed
      EXPECT_EQ(K.Place, Field::ArmBx);
      EXPECT_EQ(K.Form, Formula::Nothing);
      continue;
    }
    // A TLS descriptor call or marker: the instruction is rewritten whole
    // (relaxed), no value is computed.
    if (K.Code == 91 || K.Code == 92 || K.Code == 93 || K.Code == 129) {
      EXPECT_NE(K.Place, Field::None) << K.Name;
      EXPECT_EQ(K.Form, Formula::Nothing) << K.Name;
      continue;
    }
    EXPECT_NE(K.Place, Field::None) << K.Name;
    EXPECT_NE(K.Form, Formula::Nothing) << K.Name;
  }
}

TEST(KindsTable, SupportedFormulasMatchTheAbi) {
  // Reference section 2, column "X =".
  const std::map<std::string_view, Formula> Expected = {
      {"ABS32", Formula::AbsT},
      {"REL32", Formula::RelT},
      {"TARGET1", Formula::AbsT},
      {"PREL31", Formula::RelT},
      {"CALL", Formula::RelT},
      {"JUMP24", Formula::RelT},
      {"THM_CALL", Formula::RelT},
      {"THM_JUMP24", Formula::RelT},
      {"MOVW_ABS_NC", Formula::AbsT},
      {"MOVT_ABS", Formula::Abs},
      {"MOVW_PREL_NC", Formula::RelT},
      {"MOVT_PREL", Formula::Rel},
      {"THM_MOVW_ABS_NC", Formula::AbsT},
      {"THM_MOVT_ABS", Formula::Abs},
      {"THM_MOVW_PREL_NC", Formula::RelT},
      {"THM_MOVT_PREL", Formula::Rel},
      {"THM_BF16", Formula::RelT},
      {"THM_BF12", Formula::RelT},
      {"THM_BF18", Formula::RelT},
  };
  for (const auto &[Name, F] : Expected) {
    const RelocKind *K = lookupKind(Name);
    ASSERT_NE(K, nullptr) << Name;
    EXPECT_EQ(K->Form, F) << Name << ": table says " << formulaText(K->Form);
  }
}

TEST(KindsTable, SupportedFieldsClassesAndChecks) {
  struct Row {
    std::string_view Name;
    KindClass Class;
    Field Place;
    RangeCheck Check;
    unsigned Align;
  } Rows[] = {
      {"ABS32", KindClass::Data, Field::Word32, RangeCheck::None, 1},
      {"REL32", KindClass::Data, Field::Word32, RangeCheck::None, 1},
      {"TARGET1", KindClass::Misc, Field::Word32, RangeCheck::None, 1},
      {"PREL31", KindClass::Data, Field::Prel31, RangeCheck::Signed, 1},
      {"CALL", KindClass::Arm, Field::ArmBranch24, RangeCheck::Branch, 4},
      {"JUMP24", KindClass::Arm, Field::ArmBranch24, RangeCheck::Branch, 4},
      {"THM_CALL", KindClass::Thumb32, Field::ThumbBranch24, RangeCheck::Branch,
       2},
      {"THM_JUMP24", KindClass::Thumb32, Field::ThumbBranch24,
       RangeCheck::Branch, 2},
      {"MOVW_ABS_NC", KindClass::Arm, Field::ArmMovw, RangeCheck::None, 1},
      {"MOVT_ABS", KindClass::Arm, Field::ArmMovt, RangeCheck::None, 1},
      {"MOVW_PREL_NC", KindClass::Arm, Field::ArmMovw, RangeCheck::None, 1},
      {"MOVT_PREL", KindClass::Arm, Field::ArmMovt, RangeCheck::None, 1},
      {"THM_MOVW_ABS_NC", KindClass::Thumb32, Field::ThumbMovw,
       RangeCheck::None, 1},
      {"THM_MOVT_ABS", KindClass::Thumb32, Field::ThumbMovt, RangeCheck::None,
       1},
      {"THM_MOVW_PREL_NC", KindClass::Thumb32, Field::ThumbMovw,
       RangeCheck::None, 1},
      {"THM_MOVT_PREL", KindClass::Thumb32, Field::ThumbMovt, RangeCheck::None,
       1},
      {"THM_BF16", KindClass::Thumb32, Field::ThumbBf16, RangeCheck::ElseNop,
       2},
      {"THM_BF12", KindClass::Thumb32, Field::ThumbBf12, RangeCheck::ElseNop,
       2},
      {"THM_BF18", KindClass::Thumb32, Field::ThumbBf18, RangeCheck::ElseNop,
       2},
  };
  for (const Row &R : Rows) {
    const RelocKind *K = lookupKind(R.Name);
    ASSERT_NE(K, nullptr) << R.Name;
    EXPECT_EQ(K->Class, R.Class) << R.Name;
    EXPECT_EQ(K->Place, R.Place) << R.Name;
    EXPECT_EQ(K->Check, R.Check) << R.Name;
    EXPECT_EQ(K->Align, R.Align) << R.Name;
  }
  EXPECT_EQ(lookupKind("PREL31")->SignedBits, 31u);
}

TEST(LookupKind, ByNameWithAndWithoutPrefix) {
  for (const RelocKind &K : allKinds()) {
    EXPECT_EQ(lookupKind(K.Name), &K) << K.Name;
    EXPECT_EQ(lookupKind("R_ARM_" + std::string(K.Name)), &K) << K.Name;
    EXPECT_EQ(lookupKind(K.Code), &K) << K.Code;
  }
  ASSERT_NE(lookupKind("R_ARM_THM_CALL"), nullptr);
  EXPECT_EQ(lookupKind("R_ARM_THM_CALL")->Code, 10u);
  EXPECT_EQ(lookupKind("CALL")->Code, 28u);
}

TEST(LookupKind, UnknownNamesAndCodes) {
  EXPECT_EQ(lookupKind("R_ARM_NO_SUCH_KIND"), nullptr);
  EXPECT_EQ(lookupKind("NO_SUCH_KIND"), nullptr);
  EXPECT_EQ(lookupKind(""), nullptr);
  EXPECT_EQ(lookupKind("R_ARM_"), nullptr);
  EXPECT_EQ(lookupKind("R_ARM_R_ARM_CALL"), nullptr);
  EXPECT_EQ(lookupKind("R_ARM_CALLX"), nullptr);
  EXPECT_EQ(lookupKind(uint32_t(200)), nullptr);
  EXPECT_EQ(lookupKind(uint32_t(12)), nullptr); // dynamic-only BREL_ADJ
}

TEST(KindDisplayName, KnownAndUnknownCodes) {
  EXPECT_EQ(kindDisplayName(28), "R_ARM_CALL");
  EXPECT_EQ(kindDisplayName(10), "R_ARM_THM_CALL");
  EXPECT_EQ(kindDisplayName(0), "R_ARM_NONE");

  // Unallocated code 200: the name must still say which code it was and
  // must not pass for any real kind.
  std::string Unknown = kindDisplayName(200);
  EXPECT_EQ(Unknown.substr(0, 6), "R_ARM_") << Unknown;
  EXPECT_NE(Unknown.find("200"), std::string::npos) << Unknown;
  for (const RelocKind &K : allKinds())
    EXPECT_NE(Unknown, "R_ARM_" + std::string(K.Name));
  EXPECT_NE(kindDisplayName(201), Unknown);
}

TEST(KindExistsOnArch, ArmKindsAbsentOnMProfile) {
  for (std::string_view MProfile : {"armv6-m", "armv7-m", "armv7e-m",
                                    "armv8-m.base", "armv8-m.main",
                                    "armv8.1-m.main"}) {
    ArchProfile A = arch(MProfile);
    for (const RelocKind &K : allKinds()) {
      if (K.Class == KindClass::Arm) {
        EXPECT_FALSE(kindExistsOnArch(K, A)) << K.Name << " on " << MProfile;
      }
    }
    for (std::string_view Name : {"CALL", "JUMP24", "MOVW_ABS_NC"})
      EXPECT_FALSE(kindExistsOnArch(*lookupKind(Name), A)) << Name;
    for (std::string_view Name : {"ABS32", "REL32", "PREL31", "THM_CALL"})
      EXPECT_TRUE(kindExistsOnArch(*lookupKind(Name), A)) << Name;
  }
  for (std::string_view Full : {"armv4t", "armv7-a", "armv8-a"})
    for (std::string_view Name : {"CALL", "JUMP24", "ABS32", "THM_CALL"})
      EXPECT_TRUE(kindExistsOnArch(*lookupKind(Name), arch(Full)))
          << Name << " on " << Full;
}

TEST(KindExistsOnArch, MovwMovtNeedV6T2OrV8M) {
  const std::vector<std::string_view> Thumb = {
      "THM_MOVW_ABS_NC", "THM_MOVT_ABS", "THM_MOVW_PREL_NC", "THM_MOVT_PREL"};
  std::vector<std::string_view> Both = {"MOVW_ABS_NC", "MOVT_ABS",
                                        "MOVW_PREL_NC", "MOVT_PREL"};
  Both.insert(Both.end(), Thumb.begin(), Thumb.end());
  for (std::string_view Old : {"armv4t", "armv5te", "armv6", "armv6-m"})
    for (std::string_view Name : Both)
      EXPECT_FALSE(kindExistsOnArch(*lookupKind(Name), arch(Old)))
          << Name << " on " << Old;
  for (std::string_view New : {"armv7-a", "armv8-a"})
    for (std::string_view Name : Both)
      EXPECT_TRUE(kindExistsOnArch(*lookupKind(Name), arch(New)))
          << Name << " on " << New;
  for (std::string_view MProfile : {"armv8-m.base", "armv8-m.main",
                                    "armv8.1-m.main", "armv7-m", "armv7e-m"})
    for (std::string_view Name : Thumb)
      EXPECT_TRUE(kindExistsOnArch(*lookupKind(Name), arch(MProfile)))
          << Name << " on " << MProfile;
}

TEST(KindExistsOnArch, BranchFutureOnlyOnArmv81M) {
  for (std::string_view Name : {"THM_BF16", "THM_BF12", "THM_BF18"})
    for (const ArchProfile &A : allArchs())
      EXPECT_EQ(kindExistsOnArch(*lookupKind(Name), A),
                A.Name == "armv8.1-m.main")
          << Name << " on " << A.Name;
}

TEST(KindExistsOnArch, V4bxOnlyWithArmState) {
  // V4BX marks an ARM `BX Rm`; the M profile has no ARM state.
  for (const ArchProfile &A : allArchs())
    EXPECT_EQ(kindExistsOnArch(*lookupKind("V4BX"), A), A.HasArmState)
        << A.Name;
}

TEST(FieldRange, MovwBrelSixteenBitsUnsigned) {
  // AAELF32: MOVW_BREL and THM_MOVW_BREL are checked; MOVW zero-extends,
  // so X must be in [0, 65535] (ABS16 data, read either way, is not).
  // The unchecked MOVW kinds never ask.
  std::optional<ValueRange> D = fieldRange(Field::Data16);
  ASSERT_TRUE(D);
  EXPECT_EQ(D->Min, -32768);
  for (Field F : {Field::ArmMovw, Field::ThumbMovw}) {
    std::optional<ValueRange> V = fieldRange(F);
    ASSERT_TRUE(V);
    EXPECT_EQ(V->Min, 0);
    EXPECT_EQ(V->Max, 65535);
    EXPECT_EQ(V->Step, 1u);
  }
  EXPECT_EQ(lookupKind("MOVW_BREL")->Check, RangeCheck::Field);
  EXPECT_EQ(lookupKind("MOVW_BREL_NC")->Check, RangeCheck::None);
  EXPECT_EQ(lookupKind("MOVW_ABS_NC")->Check, RangeCheck::None);
}

TEST(FieldRange, DocumentedRangeIsTheCheckedOne) {
  // The docs' "MIN..MAX" check text (docs/kinds.md) is the range the
  // linker checks, for every kind checked against its field's range.
  unsigned Seen = 0;
  for (const RelocKind &K : allKinds()) {
    if (K.Check != RangeCheck::Field)
      continue;
    auto [Lo, Hi] = llvm::StringRef(K.AbiCheck).split("..");
    int64_t Min, Max;
    if (Hi.empty() || Lo.getAsInteger(10, Min) || Hi.getAsInteger(10, Max))
      continue; // prose ("|X| <= 0xFFF", "Y1 = 0")
    SCOPED_TRACE(std::string(K.Name));
    std::optional<ValueRange> V = fieldRange(K.Place);
    ASSERT_TRUE(V);
    EXPECT_EQ(V->Min, Min);
    EXPECT_EQ(V->Max, Max);
    ++Seen;
  }
  EXPECT_GE(Seen, 4u); // ABS16, ABS8, MOVW_BREL, THM_MOVW_BREL at least
}

TEST(FieldRange, BranchFutureFromTheAbiResultMask) {
  // AAELF32 Branch Future table: Result_Mask X & 0x0001FFFE (BF16),
  // 0x00001FFE (BF12), 0x0007FFFE (BF18): the offset is a signed 17, 13 or
  // 19-bit even value.
  struct Row {
    Field Place;
    int64_t Min, Max;
  } Rows[] = {{Field::ThumbBf16, -65536, 65534},
              {Field::ThumbBf12, -4096, 4094},
              {Field::ThumbBf18, -262144, 262142}};
  for (const Row &R : Rows) {
    std::optional<ValueRange> V = fieldRange(R.Place);
    ASSERT_TRUE(V);
    EXPECT_EQ(V->Min, R.Min);
    EXPECT_EQ(V->Max, R.Max);
    EXPECT_EQ(V->Step, 2u);
  }
}

TEST(BranchRange, AbiBounds) {
  // Reference 4, "Branch ranges".
  struct Row {
    BranchForm Form;
    std::string_view Arch;
    int64_t Min, Max;
    unsigned Step;
  } Rows[] = {
      {BranchForm::ArmB, "armv4t", -0x2000000, 0x1FFFFFC, 4},
      {BranchForm::ArmBl, "armv7-a", -0x2000000, 0x1FFFFFC, 4},
      {BranchForm::ArmBlx, "armv5te", -0x2000000, 0x1FFFFFE, 2},
      {BranchForm::ThumbBl, "armv7-a", -0x1000000, 0xFFFFFE, 2},
      {BranchForm::ThumbBl, "armv6-m", -0x1000000, 0xFFFFFE, 2},
      {BranchForm::ThumbBl, "armv8-m.base", -0x1000000, 0xFFFFFE, 2},
      {BranchForm::ThumbBl, "armv4t", -0x400000, 0x3FFFFE, 2},
      {BranchForm::ThumbBl, "armv5te", -0x400000, 0x3FFFFE, 2},
      {BranchForm::ThumbBl, "armv6", -0x400000, 0x3FFFFE, 2},
      {BranchForm::ThumbBW, "armv7-m", -0x1000000, 0xFFFFFE, 2},
      {BranchForm::ThumbBlx, "armv7-a", -0x1000000, 0xFFFFFC, 4},
      {BranchForm::ThumbBlx, "armv5te", -0x400000, 0x3FFFFC, 4},
  };
  for (const Row &R : Rows) {
    ValueRange V = branchRange(R.Form, arch(R.Arch));
    SCOPED_TRACE(std::string(R.Arch) + " form " + std::to_string(int(R.Form)));
    EXPECT_EQ(V.Min, R.Min);
    EXPECT_EQ(V.Max, R.Max);
    EXPECT_EQ(V.Step, R.Step);
  }
}

TEST(SignedRange, OnlyForSignedKinds) {
  std::optional<ValueRange> R = signedRange(*lookupKind("PREL31"));
  ASSERT_TRUE(R);
  EXPECT_EQ(R->Min, -0x40000000);
  EXPECT_EQ(R->Max, 0x3FFFFFFF);
  EXPECT_EQ(R->Step, 1u);
  for (const RelocKind &K : allKinds())
    EXPECT_EQ(signedRange(K).has_value(), K.Check == RangeCheck::Signed)
        << K.Name;
}

TEST(KindsText, FormulasAndClassesHaveDistinctText) {
  std::set<std::string_view> Formulas, Classes;
  for (Formula F : {Formula::Nothing, Formula::AbsT, Formula::Abs,
                    Formula::RelT, Formula::Rel})
    EXPECT_TRUE(Formulas.insert(formulaText(F)).second) << formulaText(F);
  for (KindClass C : {KindClass::Data, KindClass::Arm, KindClass::Thumb16,
                      KindClass::Thumb32, KindClass::Misc})
    EXPECT_TRUE(Classes.insert(classText(C)).second) << classText(C);
  EXPECT_EQ(formulaText(Formula::RelT), "((S + A) | T) - P");
  EXPECT_EQ(formulaText(Formula::AbsT), "(S + A) | T");
}

// The ABI text each row carries for docs must say the same as the formula
// that drives dispatch, for every kind the core applies (TARGET1's and
// TARGET2's ABI text names the platform choices instead of one formula).
TEST(KindsText, AbiFormulaAgreesWithDispatchFormula) {
  for (const RelocKind &K : allKinds()) {
    // TLS_GOTDESC's ABI text names the descriptor, not a formula; for
    // PLT32_ABS a static link has no PLT, so PLT(S) + A is S + A.
    if (K.State != Status::Supported || K.Code == 38 || K.Code == 41 ||
        K.Form == Formula::Nothing || K.Form == Formula::TlsDesc)
      continue;
    if (K.Code == 94) {
      EXPECT_EQ(K.AbiFormula, "PLT(S)+A");
      EXPECT_EQ(K.Form, Formula::Abs);
      continue;
    }
    std::string Dispatch;
    for (char C : formulaText(K.Form))
      if (C != ' ')
        Dispatch += C;
    // "S+A (no T)" says in words what the formula already says.
    std::string_view Abi = K.AbiFormula.substr(0, K.AbiFormula.find(" ("));
    Abi = Abi.substr(0, Abi.find(", byte"));
    EXPECT_EQ(Dispatch, std::string(Abi)) << K.Name;
  }
}

// isTlsFormula: the kinds that read tp or the TLS block, which a link
// without a TLS segment must refuse.
TEST(KindsTable, TlsFormulasAreExactlyTheTlsKinds) {
  for (const char *Name : {"TLS_LE32", "TLS_LDO32", "TLS_IE32", "TLS_GD32",
                           "TLS_LDM32", "TLS_LDO12", "TLS_LE12", "TLS_IE12GP",
                           "TLS_GOTDESC"}) {
    const RelocKind *K = lookupKind(Name);
    ASSERT_NE(K, nullptr) << Name;
    EXPECT_TRUE(isTlsFormula(K->Form)) << Name;
  }
  for (const char *Name : {"ABS32", "REL32", "GOT_PREL", "CALL", "SBREL32",
                           "GOTOFF32", "BASE_PREL", "PREL31"}) {
    const RelocKind *K = lookupKind(Name);
    ASSERT_NE(K, nullptr) << Name;
    EXPECT_FALSE(isTlsFormula(K->Form)) << Name;
  }
}

// Tag_CPU_arch values from the build-attributes addenda, section 3.3.5.1.
TEST(BuildAttributes, EachRecordedArchitectureLinksAsItsProfile) {
  auto Name = [](unsigned CPUArch, unsigned Profile) -> std::string {
    auto A = archForBuildAttributes(CPUArch, Profile);
    return A ? std::string(A->Name) : "none";
  };
  EXPECT_EQ(Name(0, 0), "none"); // pre-v4
  EXPECT_EQ(Name(2, 0), "armv4t");
  EXPECT_EQ(Name(4, 0), "armv5te");
  EXPECT_EQ(Name(9, 0), "armv6");
  EXPECT_EQ(Name(8, 0), "armv7-a"); // v6T2
  EXPECT_EQ(Name(10, 'A'), "armv7-a");
  EXPECT_EQ(Name(10, 'R'), "armv7-a");
  EXPECT_EQ(Name(10, 'M'), "armv7-m");
  EXPECT_EQ(Name(10, 0), "armv7-m"); // cross-profile: no ARM state
  EXPECT_EQ(Name(10, 'S'), "armv7-a"); // application or real-time
  EXPECT_EQ(Name(12, 'M'), "armv6-m"); // v6S-M
  EXPECT_EQ(Name(13, 'M'), "armv7e-m");
  EXPECT_EQ(Name(14, 'A'), "armv8-a");
  EXPECT_EQ(Name(16, 'M'), "armv8-m.base");
  EXPECT_EQ(Name(17, 'M'), "armv8-m.main");
  EXPECT_EQ(Name(21, 'M'), "armv8.1-m.main");
  EXPECT_EQ(Name(23, 0), "none"); // not yet in the ABI
  EXPECT_EQ(buildAttributesText(10, 'M'), "v7, profile M");
  EXPECT_EQ(buildAttributesText(99, 0), "value 99");
}

TEST(BuildAttributes, ArchLacksNamesWhatTheOlderCoreCannotRun) {
  EXPECT_EQ(archLacks(arch("armv7-a"), arch("armv5te")), "");
  EXPECT_EQ(archLacks(arch("armv8-a"), arch("armv6-m")), "");
  EXPECT_EQ(archLacks(arch("armv7-m"), arch("armv8-m.base")), "");
  EXPECT_EQ(archLacks(arch("armv4t"), arch("armv5te")), "BLX (immediate)");
  EXPECT_EQ(archLacks(arch("armv7-m"), arch("armv7-a")),
            "ARM state, BLX (immediate)");
  EXPECT_EQ(archLacks(arch("armv8-m.base"), arch("armv7-m")), "B<c>.W");
  EXPECT_EQ(archLacks(arch("armv6"), arch("armv6-m")),
            "the +-16 MiB Thumb BL (J1/J2)");
  EXPECT_EQ(archLacks(arch("armv8-m.main"), arch("armv8.1-m.main")),
            "BF/BFL/BFCSEL");
}

TEST(FieldWriteBits, OnlyTheFieldAndTheAbisOwnSwitches) {
  // ARM B keeps its condition; BL may become BLX (cond 1111 and H).
  EXPECT_EQ(fieldWriteBits(Field::ArmBranch24, 0xEA000000), 0x00FFFFFFu);
  EXPECT_EQ(fieldWriteBits(Field::ArmBranch24, 0x0A000000), 0x00FFFFFFu);
  EXPECT_EQ(fieldWriteBits(Field::ArmBranch24, 0xEB000000), 0xF1FFFFFFu);
  // MOVW keeps Rd and its condition; an LDC its coprocessor and CRd.
  EXPECT_EQ(fieldWriteBits(Field::ArmMovw, 0xE3001000) & 0xF000F000, 0u);
  EXPECT_EQ(fieldWriteBits(Field::ArmLdcGroup, 0xED1F5E02) & 0x0000FF00,
            0u);
  // An ALU group may turn ADD into SUB (bits 23:22), not into another op.
  EXPECT_EQ(fieldWriteBits(Field::ArmAluGroup, 0xE28F0000) & 0x01E00000,
            0x00C00000u);
  // Thumb BL may become BLX (hw2 bit 12); B.W may not.
  EXPECT_EQ(fieldWriteBits(Field::ThumbBranch24, 0xF800F000) & 0x10000000,
            0x10000000u);
  EXPECT_EQ(fieldWriteBits(Field::ThumbBranch24, 0xB800F000) & 0x10000000,
            0u);
  // A data word is all field; V4BX's BX none.
  EXPECT_EQ(fieldWriteBits(Field::Word32, 0), 0xFFFFFFFFu);
  EXPECT_EQ(fieldWriteBits(Field::ArmBx, 0xE12FFF10), 0u);
}
