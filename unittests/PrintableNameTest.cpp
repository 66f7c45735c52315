//===- PrintableNameTest.cpp - Names from inputs, as diagnostics show them ===//
//
// A file or symbol name from an input goes into one-line diagnostics: a
// control character or a byte that is no UTF-8 must not reach the
// terminal raw (a newline would forge a second diagnostic line), while a
// real UTF-8 name stays readable.
//
//===----------------------------------------------------------------------===//
#include "object/InputObject.h"

#include <gtest/gtest.h>

using namespace relocheck;

TEST(PrintableName, KeepsUtf8AndEscapesTheRest) {
  EXPECT_EQ(printableName("plain.s"), "plain.s");
  EXPECT_EQ(printableName("caf\xc3\xa9.s"), "caf\xc3\xa9.s");
  EXPECT_EQ(printableName("a\nb\x7f"), "a\\x0ab\\x7f");
  EXPECT_EQ(printableName("bad\xfe\xffname"), "bad\\xfe\\xffname");
  // A lead byte without its continuation, and a lone continuation byte.
  EXPECT_EQ(printableName("x\xc3"), "x\\xc3");
  EXPECT_EQ(printableName("\xa9y"), "\\xa9y");
  // An overlong encoding of '/' is no legal UTF-8.
  EXPECT_EQ(printableName("\xc0\xaf"), "\\xc0\\xaf");
}

TEST(ObjectName, NoTwoNamesBecomeOne) {
  // Names are resolved as kept: a 0x7f byte and the four characters
  // "\x7f" must stay two names (they linked as one symbol).
  EXPECT_EQ(objectName("x\x7f"), "x\\x7f");
  EXPECT_EQ(objectName("x\\x7f"), "x\\\\x7f");
  EXPECT_NE(objectName("x\x7f"), objectName("x\\x7f"));
  EXPECT_EQ(objectName("a\\"), "a\\\\");
  EXPECT_EQ(objectName("\\\n"), "\\\\\\x0a");
  EXPECT_EQ(objectName("plain"), "plain");
}

TEST(ObjectName, RawNameRoundTrips) {
  for (const char *Raw : {"plain", "x\x7f", "x\\x7f", "a\\", "\\\\\n",
                          "caf\xc3\xa9", "bad\xfe", "\\x4"})
    EXPECT_EQ(rawObjectName(objectName(Raw)), Raw) << objectName(Raw);
}
