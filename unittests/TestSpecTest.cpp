//===- TestSpecTest.cpp - Which comment lines are directives --------------===//
//
// check/TestSpec.h: `@ expect` and `@ relocheck:` lines on lines of their
// own are read; one written where it would not be read (after code, behind
// `@@`, in a `#` or `/* */` comment) is an error, and prose that only
// names a directive is not.
//
//===----------------------------------------------------------------------===//
#include "check/TestSpec.h"

#include "llvm/Support/Error.h"

#include <gtest/gtest.h>

using namespace relocheck;

namespace {

/// The error text of parsing Text, or "" when it parses.
std::string parseError(const std::string &Text) {
  auto Spec = parseTestSpec(Text, "t.s");
  if (Spec)
    return "";
  return llvm::toString(Spec.takeError());
}

TEST(TestSpec, ReadsDirectivesOnLinesOfTheirOwn) {
  auto Spec = parseTestSpec("@ relocheck: -Ttext=0x1000\n"
                            "c1: bl f\n"
                            "@ expect c1 branch: f arm\n"
                            "// expect c1 bytes: fe ff ff eb\n",
                            "t.s");
  ASSERT_TRUE(bool(Spec)) << llvm::toString(Spec.takeError());
  EXPECT_EQ(Spec->Options.size(), 1u);
  EXPECT_EQ(Spec->Expects.size(), 2u);
}

TEST(TestSpec, HiddenDirectivesAreErrors) {
  for (const char *Line :
       {"# expect c1 branch: f", "/* expect c1 value: 4 */",
        "\tbx lr @ expect c1 branch: f", "@@ expect c1 bytes: 00",
        "\tnop @ relocheck: -Ttext=0x1000", "# relocheck: --be32",
        " * expect c1 bytes: de ad be ef",
        "\t.ascii \"a\\\\\" @ expect c1 bytes: 00",
        "\tmov r0, #'\"' @ expect c1 bytes: 00"}) {
    std::string Err = parseError(std::string("c1: bl f\n") + Line + "\n");
    EXPECT_NE(Err.find("t.s:2: error: directive where relocheck does not "
                       "read one"),
              std::string::npos)
        << Line << " -> '" << Err << "'";
  }
}

TEST(TestSpec, ProseThatNamesADirectiveIsNotOne) {
  for (const char *Line :
       {"@ (the `@ expect` lines below hold the checker to it)",
        "\tmov r0, #1 @ expect nothing here", "# see @ expect docs",
        "\t.section .text,\"ax\",%progbits @ a comment",
        "\t.asciz \"see http://relocheck:8080/\"",
        "\t.asciz \"@ expect call1 bytes: the header\"",
        "\tmov r0, #expect @ value: 1"})
    EXPECT_EQ(parseError(std::string(Line) + "\n"), "") << Line;
}

TEST(TestSpec, ADirectiveInsideABlockCommentIsRefused) {
  std::string Err = parseError("/* notes\n"
                               "   expect c1 bytes: de ad be ef\n"
                               "*/\n");
  EXPECT_NE(Err.find("t.s:2: error: directive where relocheck does not "
                     "read one"),
            std::string::npos)
      << Err;
  EXPECT_EQ(parseError("/* one line */\nexpect nothing: here\n"), "");
}

TEST(TestSpec, ProseStartingWithExpectIsRefused) {
  // A line that starts like a directive but is none: reword it.
  EXPECT_NE(parseError("@ Expect the unexpected\n").find("malformed "
                                                          "directive"),
            std::string::npos);
}

} // namespace
