//===- TestSpec.cpp - Layout and expectations written in a test file ------===//
#include "check/TestSpec.h"
#include "object/InputObject.h"

#include "llvm/ADT/StringExtras.h"

#include <algorithm>

using namespace llvm;

namespace relocheck {

namespace {

/// A line quoted in an error: its first 60 characters, and "..." when
/// there are more (a quote cut short must not read as what was written).
std::string clip(StringRef Text) {
  return Text.size() <= 60 ? Text.str() : Text.take_front(60).str() + "...";
}

Error specError(StringRef File, unsigned Line, const Twine &Msg) {
  return createStringError(inconvertibleErrorCode(),
                           File + ":" + Twine(Line) + ": error: " + Msg);
}

/// Drops leading white space, ASCII or Unicode (UTF-8): a no-break or
/// em space pasted from a web page after "@" must not hide a directive.
StringRef trimLeadingSpace(StringRef S) {
  while (true) {
    S = S.ltrim();
    const auto *U = S.bytes_begin();
    size_t N = S.size();
    if (N >= 2 && U[0] == 0xC2 && U[1] == 0xA0) // U+00A0
      S = S.drop_front(2);
    else if (N >= 3 && U[0] == 0xE2 && U[1] == 0x80 &&
             (U[2] <= 0x8B || U[2] == 0xAF)) // U+2000-200B, U+202F
      S = S.drop_front(3);
    else if (N >= 3 && ((U[0] == 0xE2 && U[1] == 0x81 && U[2] == 0x9F) ||
                        (U[0] == 0xE3 && U[1] == 0x80 && U[2] == 0x80) ||
                        (U[0] == 0xEF && U[1] == 0xBB && U[2] == 0xBF)))
      S = S.drop_front(3); // U+205F, U+3000, U+FEFF
    else
      return S;
  }
}

/// The directive text after the comment marker, or empty.
StringRef directiveBody(StringRef Line) {
  Line = trimLeadingSpace(Line);
  if (Line.consume_front("@") || Line.consume_front("//"))
    return trimLeadingSpace(Line).rtrim();
  return {};
}

/// A comment that was probably meant as a directive but does not parse as
/// one: "Expect x ...", "expects ...", "expect: ...", "relocheck -T ...".
/// Silently skipping it would let a test pass without checking anything.
bool looksLikeDirective(StringRef Body) {
  StringRef Word = Body.take_while([](char C) { return isAlpha(C); });
  StringRef After = Body.drop_front(Word.size()).ltrim();
  if (Word.equals_insensitive("expect") || Word.equals_insensitive("expects"))
    return true;
  if (Word.equals_insensitive("relocheck"))
    return After.starts_with("-") || After.starts_with(":");
  // "Check 3: ..." (lower case is a run check, isRunCheck): a number
  // after a space is no FileCheck directive ("CHECK2:" and "CHECK-1:"
  // are prefixes, with no space).
  StringRef Spaced = Body.drop_front(Word.size());
  if (Word.equals_insensitive("check") && Word != "check" &&
      !Spaced.empty() && (Spaced[0] == ' ' || Spaced[0] == '\t')) {
    if (!After.consume_front("-"))
      After.consume_front("+");
    return !After.empty() && isDigit(After[0]);
  }
  return false;
}

/// A directive where relocheck does not read one: after code on the same
/// line (`bx lr @ expect ...`), behind a doubled marker (`@@ expect`), or
/// in a `#` or `/* */` comment. Each would let a test pass unchecked.
/// Comment text that has a directive's shape: "relocheck: ..." or
/// "expect SITE KIND[ SITE2]: ...", not prose that names the directive.
bool directiveShape(StringRef Rest) {
  if (Rest.starts_with("relocheck:"))
    return true;
  StringRef Word = Rest.take_while([](char C) { return isAlpha(C); });
  if (!Word.equals_insensitive("expect") || !Rest.contains(':'))
    return false;
  SmallVector<StringRef, 4> Head;
  Rest.drop_front(Word.size()).split(':').first.split(Head, ' ', -1, false);
  auto SiteLike = [](StringRef W) {
    return isAlnum(W.front()) || W.front() == '.' || W.front() == '_' ||
           W.front() == '$';
  };
  return (Head.size() == 2 || Head.size() == 3) && SiteLike(Head[0]) &&
         is_contained({"bytes", "branch", "value", "pair", "error"}, Head[1]);
}

/// Whether Word, in lower case, is Name with one slip of the keyboard: a
/// letter added, dropped or changed, or two neighbours swapped; not Name
/// itself, and not a capitalized word (the directives are lower case, and
/// "Expect ..." is malformed already: looksLikeDirective).
bool oneSlipFrom(StringRef Word, StringRef Name) {
  if (Word.empty() || !isLower(Word[0]) || Word == Name)
    return false;
  std::string W = Word.lower();
  if (StringRef(W).edit_distance(Name, true, 1) <= 1)
    return true;
  if (W.size() != Name.size())
    return false;
  for (size_t I = 0; I + 1 < W.size(); ++I)
    if (W[I] != Name[I]) {
      std::swap(W[I], W[I + 1]);
      return W == Name;
    }
  return false;
}

/// The directive a comment was meant to be, under a misspelled name or
/// with ';' for ':': "expcet s1 bytes: ...", "relochek: --arch=...",
/// "relocheck; -T...", "chekc 2: ...". Read as prose, its check would be
/// skipped without a word. Only a line with the directive's whole shape
/// counts, so prose that starts with "except" or "Chunk 1:" is left
/// alone. Empty when it is none. Written, when given, gets the name as the
/// line writes it.
StringRef misspelledDirective(StringRef Body, StringRef *Written = nullptr) {
  StringRef Word = Body.take_while([](char C) { return isAlpha(C); });
  StringRef Rest = Body.drop_front(Word.size());
  if (Written)
    *Written = Word;
  // ':' or ';' (one key), maybe after spaces.
  auto Separated = [](StringRef &After) {
    After = After.ltrim();
    return After.consume_front(":") || After.consume_front(";");
  };
  // "expected s1 bytes: ...", "Expecting ...", "expected: s1 ...": a
  // longer word that starts with the name, in any case; and "except",
  // the transposed p and c, in lower case ("Except w error: none" is
  // prose).
  // A word split in two ("ex pect", "ex-pect", "reloc heck") is read
  // joined when joined it is (nearly) the name.
  std::string JoinedWord;
  bool WasJoined = false;
  {
    StringRef After = Rest;
    if (After.consume_front(" ") || After.consume_front("-")) {
      StringRef Second = After.take_while([](char C) { return isAlpha(C); });
      JoinedWord = (Word + Second).str();
      for (StringRef Name : {"expect", "relocheck"})
        if (!Second.empty() &&
            (JoinedWord == Name || oneSlipFrom(JoinedWord, Name))) {
          Word = JoinedWord;
          Rest = After.drop_front(Second.size());
          WasJoined = true;
          if (Written) // quoted as written, split: "ex pect"
            *Written = Body.take_front(Body.size() - Rest.size());
          break;
        }
    }
  }
  std::string Lower = Word.lower();
  bool Longer = Lower.size() > 6 && StringRef(Lower).starts_with("expect");
  if (Longer && Rest.ltrim().starts_with(":"))
    Rest = Rest.ltrim().drop_front(1);
  // Two slips in a lower-case word ("expt", "excpet"): a directive's
  // whole shape after it is no prose's.
  bool NearExpect = Word.size() >= 3 &&
                    StringRef(Lower).edit_distance("expect", true, 2) <= 2;
  bool TwoSlips = NearExpect && isLower(Word[0]);
  // Capitalized ("Expcet", "Excpect", "EXPCET"): the same, save for the
  // English words that are that near ("Except w error: none" is prose).
  bool CapitalSlip =
      NearExpect && isUpper(Word[0]) && Lower != "expect" &&
      !is_contained({"except", "expert", "export", "effect", "aspect",
                     "respect", "exact", "expel", "erect", "eject",
                     "elect", "expo", "exec", "extent", "expend", "expat"},
                    Lower);
  if (oneSlipFrom(Word, "expect") || Longer || Word == "except" ||
      (TwoSlips && Word != "expect") || CapitalSlip ||
      (WasJoined && Word == "expect")) {
    std::string Shaped = ("expect" + Rest).str();
    size_t Semi = Shaped.find(';');
    if (Semi != std::string::npos && Shaped.find(':') == std::string::npos)
      Shaped[Semi] = ':';
    if (directiveShape(Shaped))
      return "expect";
  }
  StringRef Flags = Rest;
  if ((oneSlipFrom(Word, "relocheck") || Word == "relocheck") &&
      Separated(Flags) && Flags.ltrim().starts_with("-"))
    return "relocheck:";
  StringRef Number = Rest.ltrim();
  if (oneSlipFrom(Word, "check") && !Number.empty() && isDigit(Number[0])) {
    Number = Number.drop_while([](char C) { return isDigit(C); });
    if (Separated(Number))
      return "check";
  }
  return {};
}

bool hiddenDirective(StringRef Line) {
  // The markers that start a comment: @, //, /*, # anywhere outside a
  // string or character constant, and * first on the line (inside a
  // /* */ block).
  bool InString = false;
  size_t First = Line.find_first_not_of(" \t");
  for (size_t At = 0; At < Line.size(); ++At) {
    char C = Line[At];
    if (InString) {
      if (C == '\\')
        ++At; // an escaped character, \" or \\ included
      else if (C == '"')
        InString = false;
      continue;
    }
    if (C == '"') {
      InString = true;
      continue;
    }
    if (C == '\'') { // 'c: a character constant
      ++At;
      continue;
    }
    bool Star = C == '*' && At == First;
    if (C != '@' && C != '/' && C != '#' && !Star)
      continue;
    StringRef Rest = Line.drop_front(At);
    if (Rest.front() == '/' && !Rest.starts_with("//") &&
        !Rest.starts_with("/*"))
      continue;
    if (directiveShape(Rest.ltrim("@/#*").ltrim()))
      return true;
  }
  return false;
}

/// `check N...` in lower case (FileCheck's CHECK lines are not ours), or
/// `check -N...`, `check +N...` or `check:...`: a bad number or a missing
/// one, which read as prose would leave the check unnamed without a word.
bool isRunCheck(StringRef Body) {
  StringRef After = Body;
  if (!After.consume_front("check"))
    return false;
  After = After.ltrim();
  if (!After.consume_front("-"))
    After.consume_front("+");
  return After.starts_with(":") || (!After.empty() && isDigit(After[0]));
}

/// `check N: TEXT`, the meaning of a self-checking program's exit status N.
Error parseRunCheck(StringRef Body, StringRef File, unsigned Line,
                    TestSpec &Spec) {
  auto [Head, Text] = Body.split(':');
  int64_t N = 0; // signed, so that -1 is named as out of range
  Head = Head.trim();
  Text = Text.trim();
  if (!Body.contains(':') || Head.getAsInteger(10, N) || Text.empty())
    return specError(File, Line, "expected '@ check N: WHAT IT CHECKS', "
                                 "found 'check" + clip(Body) + "'");
  if (N < 1 || N > 99)
    return specError(File, Line, "check number " + Twine(N) +
                                     " is not in [1, 99] (exit status 100 "
                                     "+ N means a fault in check N)");
  if (!Spec.RunChecks.emplace(N, Text.str()).second)
    return specError(File, Line, "check " + Twine(N) + " is declared twice");
  return Error::success();
}

Expected<Expectation> parseExpect(StringRef Body, StringRef File,
                                  unsigned Line) {
  // expect SITE KIND[ SITE2]: ARG
  size_t Colon = Body.find(':');
  if (Colon == StringRef::npos) {
    // "expect s1 value 1" lacks its colon; "expect this to be fine" is
    // prose that starts like a directive.
    SmallVector<StringRef, 4> Words;
    Body.split(Words, ' ', 2, false);
    if (Words.size() > 1 &&
        is_contained({"bytes", "branch", "value", "pair", "error"}, Words[1]))
      return specError(File, Line, "expected ':' in '" + Body + "'");
    return specError(File, Line,
                     "malformed directive 'expect " + clip(Body) +
                         "' (expected '@ expect SITE KIND: ...'; reword "
                         "prose that starts with these words)");
  }
  SmallVector<StringRef, 4> Head;
  Body.take_front(Colon).split(Head, ' ', -1, false);
  StringRef Arg = Body.drop_front(Colon + 1).trim();

  Expectation E;
  E.Line = Line;
  if (Head.size() < 2)
    return specError(File, Line,
                     "expected 'expect SITE KIND: ...', found '" + Body + "'");
  E.Site = Head[0].str();
  StringRef Kind = Head[1];
  // ".text + 0x8": a SECTION+OFFSET site written with spaces.
  if (Kind.starts_with("+") || Head[0].ends_with("+"))
    return specError(File, Line,
                     "a site has no spaces: write SECTION+0xOFFSET (as "
                     "'.text+0x8'), found '" +
                         Body.take_front(Colon).rtrim().rsplit(' ').first +
                         "'");
  if (Kind == "bytes")
    E.Kind = ExpectKind::Bytes;
  else if (Kind == "branch")
    E.Kind = ExpectKind::Branch;
  else if (Kind == "value")
    E.Kind = ExpectKind::Value;
  else if (Kind == "pair")
    E.Kind = ExpectKind::Pair;
  else if (Kind == "error")
    E.Kind = ExpectKind::Error;
  else
    return specError(File, Line,
                     "unknown expectation '" + Kind +
                         "' (expected bytes, branch, value, pair or error)");
  if ((E.Kind == ExpectKind::Pair) != (Head.size() == 3) || Head.size() > 3)
    return specError(File, Line,
                     E.Kind == ExpectKind::Pair
                         ? "expected 'expect MOVW-SITE pair MOVT-SITE: EXPR'"
                         : "expected one site before the expectation kind");
  if (E.Kind == ExpectKind::Pair)
    E.Site2 = Head[2].str();
  if (E.Kind == ExpectKind::Branch) {
    auto [Expr, State] = Arg.rsplit(' ');
    if (State == "arm" || State == "thumb") {
      E.State = State.str();
      Arg = Expr.trim();
    } else if (!Expr.trim().empty() && !State.empty() &&
               !StringRef("+-|").contains(Expr.trim().back()) &&
               !StringRef("+-|").contains(State.front())) {
      // "DEST WORD": a state word other than arm or thumb.
      return specError(File, Line,
                       "expected 'arm' or 'thumb' after the destination, "
                       "found '" + State.str() + "'");
    }
  }
  if (Arg.empty())
    return specError(File, Line, "empty expectation for site '" + E.Site +
                                     "'");
  E.Arg = Arg.str();
  return E;
}

/// Where LLVM MC's lexer is at the end of a line, for the next one: in
/// code, inside a /* */ block, inside a string (an unterminated one runs
/// on, with a warning), or after a character constant whose character was
/// the newline ('\n' written as a quote at the end of a line).
enum class Lex { Code, Block, String, CharEnd };

/// The state after Line, given the one before it, read as LLVM MC lexes:
/// blocks do not nest and any number open and close on a line; "/*" opens
/// nothing inside a string or character constant, or in a line comment
/// (`@`, `//`, or `#` at the start of a statement: of the line, after `;`
/// or a bare CR). A bare CR ends a line comment, as it ends a line.
Lex lexLine(StringRef Line, Lex State) {
  bool First = true; // at the start of a statement
  size_t I = 0;
  if (State == Lex::CharEnd) {
    if (!Line.empty() && Line[0] == '\'')
      I = 1; // the constant's closing quote
    State = Lex::Code;
    First = false;
  }
  while (I < Line.size()) {
    char C = Line[I];
    if (State == Lex::Block) {
      size_t Close = Line.find("*/", I);
      if (Close == StringRef::npos)
        return Lex::Block;
      State = Lex::Code;
      I = Close + 2;
      First = false;
      continue;
    }
    if (State == Lex::String) {
      if (C == '"')
        State = Lex::Code;
      I += C == '\\' ? 2 : 1;
      continue;
    }
    if (C == '\r' || C == ';') {
      First = true;
      ++I;
      continue;
    }
    if (C == ' ' || C == '\t') {
      ++I;
      continue;
    }
    if (C == '@' || Line.substr(I).starts_with("//") || (C == '#' && First)) {
      size_t CR = Line.find('\r', I);
      if (CR == StringRef::npos)
        return Lex::Code;
      I = CR;
      continue;
    }
    First = false;
    if (Line.substr(I).starts_with("/*")) {
      State = Lex::Block;
      I += 2;
    } else if (C == '"') {
      State = Lex::String;
      ++I;
    } else if (C == '\'') { // 'c, 'c' or '\c: the character is no marker
      if (I + 1 == Line.size())
        return Lex::CharEnd;
      I += Line[I + 1] == '\\' ? 3 : 2;
      if (I < Line.size() && Line[I] == '\'')
        ++I;
    } else {
      ++I;
    }
  }
  return State;
}

/// The ASCII letter a code point looks like (Cyrillic, Greek, accented
/// Latin, fullwidth, mathematical alphanumerics, small Roman numerals),
/// a quote for a curly one, or 0.
char lookAlike(uint32_t C) {
  static const std::pair<uint32_t, char> Table[] = {
      // Cyrillic a e o p c x y k i t j s h, A B E K M H O P C T X
      {0x430, 'a'}, {0x435, 'e'}, {0x43e, 'o'}, {0x440, 'p'}, {0x441, 'c'},
      {0x445, 'x'}, {0x443, 'y'}, {0x43a, 'k'}, {0x456, 'i'}, {0x442, 't'},
      {0x458, 'j'}, {0x455, 's'}, {0x4bb, 'h'}, {0x410, 'A'}, {0x412, 'B'},
      {0x415, 'E'}, {0x41a, 'K'}, {0x41c, 'M'}, {0x41d, 'H'}, {0x41e, 'O'},
      {0x420, 'P'}, {0x421, 'C'}, {0x422, 'T'}, {0x425, 'X'},
      // Greek omicron alpha epsilon rho kappa nu chi iota lunate-sigma,
      // Epsilon Kappa Omicron Rho Tau Chi
      {0x3bf, 'o'}, {0x3b1, 'a'}, {0x3b5, 'e'}, {0x3c1, 'p'}, {0x3ba, 'k'},
      {0x3bd, 'v'}, {0x3c7, 'x'}, {0x3b9, 'i'}, {0x3f2, 'c'}, {0x395, 'E'},
      {0x39a, 'K'}, {0x39f, 'O'}, {0x3a1, 'P'}, {0x3a4, 'T'}, {0x3a7, 'X'},
      // Latin-1 a, e, i, o, u with accents, c cedilla, E acute
      {0xe0, 'a'}, {0xe1, 'a'}, {0xe8, 'e'}, {0xe9, 'e'}, {0xea, 'e'},
      {0xeb, 'e'}, {0xed, 'i'}, {0xf3, 'o'}, {0xfa, 'u'}, {0xe7, 'c'},
      {0xc9, 'E'},
      // Small Roman numerals i v x l c d m, curly quotes
      {0x2170, 'i'}, {0x2174, 'v'}, {0x2179, 'x'}, {0x217c, 'l'},
      {0x217d, 'c'}, {0x217e, 'd'}, {0x217f, 'm'}, {0x2018, '\''},
      {0x2019, '\''}, {0x201c, '"'}, {0x201d, '"'},
  };
  for (const auto &[Code, Letter] : Table)
    if (Code == C)
      return Letter;
  if (C >= 0xff01 && C <= 0xff5e) // fullwidth forms of '!' to '~'
    return char(C - 0xff01 + '!');
  if (C >= 0x1d400 && C <= 0x1d6a3) { // mathematical letters, 52 a style
    unsigned I = (C - 0x1d400) % 52;
    return char(I < 26 ? 'A' + I : 'a' + (I - 26));
  }
  if (C >= 0x1d7ce && C <= 0x1d7ff) // mathematical digits
    return char('0' + (C - 0x1d7ce) % 10);
  return 0;
}

/// What a reader of the line sees, in ASCII: each character that looks
/// like an ASCII one as that one ("expect" typed with two Cyrillic e), and
/// what shows nothing left out (other characters that are not ASCII,
/// control characters, a terminal's colour codes: ESC [ ... letter).
std::string asciiSkeleton(StringRef Text) {
  std::string Out;
  for (size_t I = 0; I < Text.size();) {
    unsigned char B = Text[I];
    if (B == 0x1b && I + 1 < Text.size() && Text[I + 1] == '[') {
      I += 2;
      while (I < Text.size() && !isAlpha(Text[I]))
        ++I;
      ++I; // the final letter
      continue;
    }
    if (B < 0x80) {
      if (B >= 0x20 && B != 0x7f)
        Out += char(B);
      else if (B == '\t')
        Out += ' ';
      ++I;
      continue;
    }
    // One UTF-8 sequence; a malformed byte is skipped alone.
    unsigned Len = B >= 0xf0 ? 4 : B >= 0xe0 ? 3 : B >= 0xc0 ? 2 : 1;
    uint32_t C = Len == 1 ? 0 : B & (0x3f >> (Len - 1));
    for (unsigned K = 1; K < Len && I + K < Text.size(); ++K)
      C = C << 6 | (Text[I + K] & 0x3f);
    if (char Letter = Len > 1 ? lookAlike(C) : 0)
      Out += Letter;
    I += std::min<size_t>(Len, Text.size() - I);
  }
  return Out;
}

/// A line that is not a directive must not hide one: a directive with
/// an invisible character in it, or one inside a /* */ block or after
/// code, would be skipped as prose and the test pass unchecked. WasInBlock
/// says whether the line starts inside a /* */ block.
Error checkProse(StringRef Line, StringRef Body, bool WasInBlock,
                 StringRef File, unsigned LineNo) {
  // Anything a reader does not see as written: not ASCII, or a control
  // character (a carriage return that ends the line aside).
  StringRef Seen = Body.rtrim("\r");
  if (any_of(Seen, [](char C) {
        unsigned char B = C;
        return B >= 0x80 || B == 0x7f || (B < 0x20 && B != '\t');
      })) {
    std::string Ascii = asciiSkeleton(Seen);
    // A look-alike letter (a Cyrillic e in "expect") reads as the one
    // it looks like; what shows nothing is left out.
    if (looksLikeDirective(StringRef(Ascii).ltrim()) ||
        !misspelledDirective(StringRef(Ascii).ltrim()).empty())
      return specError(File, LineNo,
                       "directive with characters that are not ASCII: '" +
                           clip(StringRef(Ascii).trim()) +
                           "' (invisible or control characters, colour "
                           "codes, look-alike letters or spaces that are "
                           "not ASCII spaces within it: retype it in "
                           "ASCII)");
  }

  // Inside a /* */ block every line is comment text.
  if (hiddenDirective(Line) ||
      (WasInBlock && directiveShape(Line.ltrim().ltrim("*").ltrim())))
    return specError(File, LineNo,
                     "directive where relocheck does not read one: '" +
                         clip(Line.trim()) +
                         "' (write '@ expect ...' or '@ relocheck: ...' "
                         "on a line of its own; reword prose)");
  return Error::success();
}

} // namespace

bool hasFlagLines(StringRef Text) {
  SmallVector<StringRef, 0> Lines;
  Text.split(Lines, '\n');
  return any_of(Lines, [](StringRef L) {
    return directiveBody(L).starts_with("relocheck:");
  });
}

Expected<TestSpec> parseTestSpec(StringRef Text, StringRef FileName) {
  std::string Errors;
  TestSpec Spec = parseTestSpecKeepGoing(Text, FileName, Errors);
  if (!Errors.empty())
    return createStringError(inconvertibleErrorCode(), Errors);
  return Spec;
}

TestSpec parseTestSpecKeepGoing(StringRef Text, StringRef FileName,
                                std::string &Errors) {
  TestSpec Spec;
  // Every bad directive is reported, not only the first: three typos are
  // one run to fix, not three.
  Errors.clear();
  auto Note = [&](Error E) {
    if (!Errors.empty())
      Errors += '\n';
    Errors += toString(std::move(E));
  };
  // A lone '\r' ends a line for LLVM MC's lexer but not for its line
  // numbers, nor here: the directives after it would be read as part of
  // the line before (a `relocheck:` line's flags would swallow the code).
  for (size_t At = Text.find('\r'); At != StringRef::npos;
       At = Text.find('\r', At + 1)) {
    if (Text.substr(At + 1).starts_with("\n"))
      continue;
    Note(specError(FileName, 1 + Text.take_front(At).count('\n'),
                   "a carriage return that ends no line ('\\r' without "
                   "'\\n' after it): relocheck reads lines that end in "
                   "'\\n' or '\\r\\n'; convert the file (tr '\\r' '\\n')"));
    return Spec;
  }
  SmallVector<StringRef, 0> Lines;
  Text.split(Lines, '\n');
  Lex State = Lex::Code; // where MC's lexer is when a line starts
  for (unsigned N = 0; N < Lines.size(); ++N) {
    std::string Line = Lines[N].str();
    std::replace(Line.begin(), Line.end(), '\t', ' ');
    StringRef Body = directiveBody(Line);
    Lex Before = State;
    State = lexLine(Line, State);
    bool WasInBlock = Before == Lex::Block;
    // A directive in a /* */ block (or in a string that runs on from the
    // line before) is text to the assembler, so reading it would check
    // what the author commented out, and skipping it would drop a check
    // without a word.
    if ((WasInBlock || Before == Lex::String) &&
        (Body.starts_with("relocheck:") || Body.starts_with("expect ") ||
         isRunCheck(Body) || looksLikeDirective(Body))) {
      Note(specError(FileName, N + 1,
                     std::string("directive inside a ") +
                         (WasInBlock ? "/* */ comment" : "string") + ": '" +
                         clip(Body.trim()) +
                         "' (the assembler skips it; move it out of the " +
                         (WasInBlock ? "comment" : "string") +
                         ", or delete it)"));
      continue;
    }
    // A control character between the comment marker and a directive
    // (pasted terminal colours: ESC [0m) would make the line a comment,
    // its check skipped without a word.
    StringRef Unhidden = Body;
    for (;;) {
      auto Control = [](char C) {
        return (unsigned char)C < 0x20 || C == 0x7f;
      };
      if (Unhidden.starts_with("\x1b[")) // a terminal's CSI: ESC [ ... letter
        Unhidden = Unhidden.drop_front(2)
                       .drop_while([](char C) { return !isAlpha(C); })
                       .drop_front(1);
      else if (!Unhidden.empty() && Control(Unhidden.front()))
        Unhidden = Unhidden.drop_front(1);
      else
        break;
    }
    if (Unhidden.size() != Body.size()) {
      StringRef Bare = trimLeadingSpace(Unhidden);
      if (Bare.starts_with("relocheck:") || Bare.starts_with("expect ") ||
          isRunCheck(Bare) || looksLikeDirective(Bare) ||
          !misspelledDirective(Bare).empty()) {
        Note(specError(FileName, N + 1,
                       "control character " +
                           printableName(Body.take_front(1)) +
                           " before the directive '" + clip(Bare) +
                           "' (as written the line is a comment, and what "
                           "it checks would be skipped; delete it)"));
        continue;
      }
    }
    if (Body.consume_front("relocheck:")) {
      SmallVector<StringRef, 8> Words;
      Body.split(Words, ' ', -1, false);
      for (StringRef W : Words) {
        Spec.Options.push_back(W.trim().str());
        Spec.OptionLines.push_back(N + 1);
      }
      continue;
    }
    if (Body.consume_front("expect ")) {
      auto E = parseExpect(Body.trim(), FileName, N + 1);
      if (!E) {
        Note(E.takeError());
        StringRef Site = Body.trim().take_until([](char C) {
          return C == ' ' || C == ':';
        });
        if (!Site.empty())
          Spec.UnreadSites.try_emplace(Site.str(), N + 1);
      } else
        Spec.Expects.push_back(std::move(*E));
      continue;
    }
    if (isRunCheck(Body)) {
      if (Error E = parseRunCheck(Body.drop_front(5), FileName, N + 1, Spec))
        Note(std::move(E));
      continue;
    }
    StringRef Written;
    StringRef Meant = misspelledDirective(Body, &Written);
    if (!Meant.empty()) {
      // Quoted with the marker the line uses.
      StringRef Marker =
          StringRef(Line).ltrim(" \t").starts_with("//") ? "//" : "@";
      // A word that may be prose ("Expected GOT value: ...") is told how
      // to stay prose.
      bool MaybeProse = !isLower(Written.front()) || Written.size() > 7;
      Note(specError(FileName, N + 1,
                     "'" + Marker + " " + Written +
                         "' is no directive; did you mean '" + Marker + " " +
                         Meant + "'? (as written the line is a comment, "
                         "and what it checks would be skipped" +
                         (MaybeProse ? "; if it is prose, reword it: it has "
                                       "a directive's shape"
                                     : "") +
                         ")"));
      continue;
    }
    if (looksLikeDirective(Body)) {
      Note(specError(FileName, N + 1,
                       "malformed directive '" + clip(Body) +
                           "' (expected '@ expect SITE KIND: ...', "
                           "'@ check N: WHAT IT CHECKS' or "
                           "'@ relocheck: FLAGS'; reword prose that starts "
                           "with these words)"));
      continue;
    }
    if (Error E = checkProse(Line, Body, WasInBlock, FileName, N + 1))
      Note(std::move(E));
  }
  return Spec;
}

} // namespace relocheck
