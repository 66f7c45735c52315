//===- MatrixTest.cpp - How the matrix counts oracle verdicts -------------===//
//
// Matrix::add counts by the verdict's class, never by its words: a text
// that mentions "WRONG" or "rejected" but is classed otherwise must not
// move a cell. Refusals both linkers make agree; a wrong site is the
// failure a cell links to even after a smaller file's refusal.
//
//===----------------------------------------------------------------------===//
#include "oracles/Matrix.h"

#include <gtest/gtest.h>

using namespace relocheck;

namespace {

OracleVerdict verdict(VerdictClass C, const std::string &Text = "",
                      bool AsRelocheck = false) {
  OracleVerdict V;
  V.Class = C;
  V.Text = Text;
  V.RelocheckRefusedToo = AsRelocheck;
  return V;
}

Matrix oneColumn() {
  Matrix M;
  M.Columns = {"relocheck", "ld"};
  return M;
}

const MatrixCell &cell(const Matrix &M, const std::string &Kind) {
  return M.Rows.at(Kind)[1];
}

TEST(Matrix, CountsByClassNotText) {
  Matrix M = oneColumn();
  // Texts that would have fooled a substring search.
  M.add("K", 1, verdict(VerdictClass::NotJudged, "x (read here: WRONG)"),
        "f: a", 1, "");
  M.add("K", 1, verdict(VerdictClass::Equivalent, "rejected-looking"),
        "f: b", 1, "");
  const MatrixCell &C = cell(M, "K");
  EXPECT_EQ(C.Wrong, 0u);
  EXPECT_EQ(C.Rejected, 0u);
  EXPECT_EQ(C.NotJudged, 1u);
  EXPECT_EQ(C.Ok, 1u);
  EXPECT_EQ(C.status(), "ok");
}

TEST(Matrix, RefusalBothMakeIsAgreement) {
  Matrix M = oneColumn();
  M.add("K", 1, verdict(VerdictClass::Rejected, "rejected: x", true),
        "f: a", 1, "");
  EXPECT_EQ(cell(M, "K").Ok, 1u);
  EXPECT_EQ(cell(M, "K").Rejected, 0u);
  M.add("K", 1, verdict(VerdictClass::Rejected, "rejected: y"), "f: b", 1,
        "");
  EXPECT_EQ(cell(M, "K").Rejected, 1u);
  EXPECT_EQ(cell(M, "K").status(), "rejected");
}

TEST(Matrix, WrongBeatsASmallerRefusal) {
  Matrix M = oneColumn();
  M.add("K", 1, verdict(VerdictClass::Rejected, "rejected: r"), "small", 1,
        "");
  M.add("K", 1, verdict(VerdictClass::Wrong, "00 WRONG: w"), "big", 9, "");
  M.add("K", 1, verdict(VerdictClass::Rejected, "rejected: r2"), "tiny", 0,
        "");
  const MatrixCell &C = cell(M, "K");
  EXPECT_EQ(C.status(), "wrong");
  EXPECT_EQ(C.Failure, "big");
  M.add("K", 1, verdict(VerdictClass::Wrong, "00 WRONG: w2"), "smaller", 2,
        "");
  EXPECT_EQ(cell(M, "K").Failure, "smaller");
}

TEST(Matrix, TextShowsRefusalsBesideWrongSites) {
  // A cell is "wrong" as soon as one site is, but the sites the linker
  // refused are still counted where a reader sees them.
  Matrix M = oneColumn();
  M.add("K", 1, verdict(VerdictClass::Wrong, "00 WRONG: w"), "a", 1, "");
  M.add("K", 1, verdict(VerdictClass::Rejected, "rejected: r"), "b", 1, "");
  M.add("K", 1, verdict(VerdictClass::Rejected, "rejected: r"), "c", 1, "");
  M.add("K", 1, verdict(VerdictClass::Same, "00 same"), "d", 1, "");
  M.add("R", 1, verdict(VerdictClass::Rejected, "rejected: r"), "e", 1, "");
  M.add("R", 1, verdict(VerdictClass::Same, "00 same"), "f", 1, "");
  std::string Text = renderMatrixText(M);
  EXPECT_NE(Text.find("wrong 1/4, rejected 2/4"), std::string::npos) << Text;
  EXPECT_NE(Text.find("rejected 1/2"), std::string::npos) << Text;
}

TEST(Matrix, NotLinkedIsUnsupportedOnlyWhenTheOracleSaysSo) {
  Matrix M = oneColumn();
  M.add("A", 1, verdict(VerdictClass::NotLinked, "-"), "f", 1,
        "unsupported: no such kind");
  M.add("B", 1, verdict(VerdictClass::NotLinked, "-"), "f", 1,
        "error: something else");
  EXPECT_EQ(cell(M, "A").status(), "unsupported");
  EXPECT_EQ(cell(M, "B").status(), "rejected");
  EXPECT_EQ(cell(M, "B").NotLinkedWhy, "error: something else");
}

TEST(Matrix, RelocheckRefusedOrUnplacedIsNotJudged) {
  Matrix M = oneColumn();
  M.add("K", 1, verdict(VerdictClass::Refused, "t"), "f", 1, "");
  M.add("K", 1, verdict(VerdictClass::NotPlaced, "t"), "f", 1, "");
  EXPECT_EQ(cell(M, "K").NotJudged, 2u);
  EXPECT_EQ(cell(M, "K").status(), "-");
}

TEST(Verdict, ClassNamesAreTheJsonOnes) {
  EXPECT_EQ(verdictClassName(VerdictClass::NotJudged), "not-judged");
  EXPECT_EQ(verdictClassName(VerdictClass::NotPlaced), "not-placed");
  EXPECT_EQ(verdictClassName(VerdictClass::NotLinked), "not-linked");
  EXPECT_EQ(verdictClassName(VerdictClass::Wrong), "wrong");
}

} // namespace

TEST(Matrix, TestFailedIsNotWrong) {
  // relocheck's column: a failed expectation over right bytes is "test
  // failed"; a site whose bytes fail relocheck's own checks is "wrong",
  // and wins the cell (and its smallest failure).
  Matrix M = oneColumn();
  OracleVerdict Test = verdict(VerdictClass::Wrong);
  Test.TestFailed = true;
  M.add("K", 0, Test, "f: expectation", 1, "");
  M.add("K", 0, verdict(VerdictClass::Same), "f: fine", 1, "");
  const MatrixCell &C = M.Rows.at("K")[0];
  EXPECT_EQ(C.TestFailed, 1u);
  EXPECT_EQ(C.Wrong, 0u);
  EXPECT_EQ(C.status(), "test failed");
  EXPECT_EQ(C.Failure, "f: expectation");
  EXPECT_NE(renderMatrixText(M).find("test failed 1/2"), std::string::npos);
  M.add("K", 0, verdict(VerdictClass::Wrong), "g: bytes", 5, "");
  EXPECT_EQ(C.status(), "wrong");
  EXPECT_EQ(C.Failure, "g: bytes");
  EXPECT_NE(renderMatrixText(M).find("wrong 1/3, test failed 1/3"),
            std::string::npos);
}
