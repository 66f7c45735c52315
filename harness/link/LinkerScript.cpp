//===- LinkerScript.cpp - Parsing and evaluating the script subset --------===//
//
// A recursive-descent parser working straight on characters, because a
// linker script has no single tokenization: `/DISCARD/` and `.text.*` are
// names in one place, while `/` and `*` are operators in another. The first
// error stops the parse; every later step checks failed() and returns.
//
//===----------------------------------------------------------------------===//
#include "link/LinkerScript.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/MathExtras.h"

#include <array>

using namespace llvm;

namespace relocheck::script {

Error scriptError(StringRef Path, unsigned Line, const Twine &Msg) {
  return createStringError(inconvertibleErrorCode(),
                           Path + ":" + Twine(Line) + ": error: " + Msg);
}

static std::string hex(uint64_t V) { return "0x" + utohexstr(V, true); }

std::optional<uint64_t> parseNumber(StringRef Text) {
  uint64_t Scale = 1;
  if (Text.ends_with_insensitive("k")) {
    Scale = 1024;
    Text = Text.drop_back();
  } else if (Text.ends_with_insensitive("m")) {
    Scale = 1024 * 1024;
    Text = Text.drop_back();
  }

  unsigned Radix = 10;
  if (Text.starts_with_insensitive("0x")) {
    Radix = 16;
    Text = Text.drop_front(2);
  } else if (Text.size() > 1 && Text[0] == '0') {
    return std::nullopt; // octal to GNU ld, decimal to lld
  }

  uint64_t V;
  if (Text.empty() || !all_of(Text, isHexDigit) ||
      Text.getAsInteger(Radix, V) || V > UINT64_MAX / Scale)
    return std::nullopt;
  return V * Scale;
}

// Matches the class "[...]" starting at Pat[P] against C and moves P past
// it. A ']' right after "[" or "[!" is a member, as in the shell.
static bool matchClass(StringRef Pat, size_t &P, char C) {
  size_t I = P + 1;
  bool Negate = I < Pat.size() && (Pat[I] == '!' || Pat[I] == '^');
  if (Negate)
    ++I;
  size_t Close = Pat.find(']', I + 1);
  if (Close == StringRef::npos) // no class after all: a literal '['
    return Pat[P++] == C;

  bool In = false;
  for (size_t J = I; J < Close; ++J) {
    if (J + 2 < Close && Pat[J + 1] == '-') {
      In |= Pat[J] <= C && C <= Pat[J + 2];
      J += 2;
    } else {
      In |= Pat[J] == C;
    }
  }
  P = Close + 1;
  return In != Negate;
}

static bool matchOne(StringRef Pat, size_t &P, char C) {
  if (Pat[P] == '?')
    return ++P, true;
  if (Pat[P] == '[')
    return matchClass(Pat, P, C);
  return Pat[P++] == C;
}

bool matchGlob(StringRef Pat, StringRef Name) {
  // Greedy with one backtrack point: the last '*' seen.
  size_t P = 0, I = 0;
  size_t StarP = StringRef::npos, StarI = 0;
  while (I < Name.size()) {
    if (P < Pat.size() && Pat[P] == '*') {
      StarP = ++P;
      StarI = I;
      continue;
    }
    size_t Next = P;
    if (P < Pat.size() && matchOne(Pat, Next, Name[I])) {
      P = Next;
      ++I;
      continue;
    }
    if (StarP == StringRef::npos)
      return false;
    P = StarP;
    I = ++StarI;
  }
  while (P < Pat.size() && Pat[P] == '*')
    ++P;
  return P == Pat.size();
}

namespace {

bool isSymbolChar(char C) {
  return isAlnum(C) || C == '_' || C == '.' || C == '$';
}

bool isSectionNameChar(char C) {
  return isSymbolChar(C) || C == '/' || C == '-';
}

/// No control character (a NUL in a pattern cut it short) and none of the
/// script's punctuation.
bool isPatternChar(char C) {
  return (unsigned char)C > 0x20 && C != 0x7f &&
         !StringRef("(){};,=").contains(C);
}

/// An all-capitals word such as MEMORY or SORT_BY_NAME: the spelling of
/// every GNU ld command, and of no ordinary section or symbol name.
bool isKeyword(StringRef S) {
  return !S.empty() && !isDigit(S[0]) && any_of(S, isAlpha) &&
         all_of(S, [](char C) { return isUpper(C) || isDigit(C) || C == '_'; });
}

bool isSymbolName(StringRef S) {
  return !S.empty() && !isDigit(S[0]) && all_of(S, isSymbolChar);
}

// Binary operators, longest spelling first so "<<" wins over "<". Values
// live in 64 bits, as in ld.lld and GNU ld; a step that overflows them is
// refused in applyBinary, and what does not fit in 32 bits where it is
// used as an address or a symbol value.
using u64 = uint64_t;
struct BinaryOp {
  StringRef Spelling;
  int Precedence;
  u64 (*Apply)(u64 A, u64 B); // B is not 0 for "/" and "%"
};
constexpr std::array<BinaryOp, 18> BinaryOps = {{
    {"||", 1, [](u64 A, u64 B) -> u64 { return A || B; }},
    {"&&", 2, [](u64 A, u64 B) -> u64 { return A && B; }},
    {"==", 6, [](u64 A, u64 B) -> u64 { return A == B; }},
    {"!=", 6, [](u64 A, u64 B) -> u64 { return A != B; }},
    {"<=", 7, [](u64 A, u64 B) -> u64 { return A <= B; }},
    {">=", 7, [](u64 A, u64 B) -> u64 { return A >= B; }},
    {"<<", 8, [](u64 A, u64 B) -> u64 { return A << B; }}, // B < 64
    {">>", 8, [](u64 A, u64 B) -> u64 { return A >> B; }},
    {"|", 3, [](u64 A, u64 B) -> u64 { return A | B; }},
    {"^", 4, [](u64 A, u64 B) -> u64 { return A ^ B; }}, // lld's, as in C
    {"&", 5, [](u64 A, u64 B) -> u64 { return A & B; }},
    {"<", 7, [](u64 A, u64 B) -> u64 { return A < B; }},
    {">", 7, [](u64 A, u64 B) -> u64 { return A > B; }},
    {"+", 9, [](u64 A, u64 B) -> u64 { return A + B; }},
    {"-", 9, [](u64 A, u64 B) -> u64 { return A - B; }},
    {"*", 10, [](u64 A, u64 B) -> u64 { return A * B; }},
    {"/", 10, [](u64 A, u64 B) -> u64 { return A / B; }},
    {"%", 10, [](u64 A, u64 B) -> u64 { return A % B; }},
}};

constexpr std::array<StringRef, 9> CompoundAssignOps = {
    "<<=", ">>=", "+=", "-=", "*=", "/=", "&=", "|=", "="};

class Parser {
public:
  Parser(StringRef Path, StringRef Text) : Path(Path), Text(Text) {}

  Expected<Script> run();

private:
  // Characters.
  void skipSpace();
  bool atEnd() { return skipSpace(), Pos >= Text.size(); }
  char peekChar() { return atEnd() ? '\0' : Text[Pos]; }
  bool peek(StringRef S) {
    return skipSpace(), Text.substr(Pos).starts_with(S);
  }
  bool consume(StringRef S);
  void expect(StringRef S, const Twine &Context);
  StringRef readWhile(function_ref<bool(char)> Pred);
  std::string describeNext();
  unsigned line() { return skipSpace(), lineAt(Pos); }
  unsigned lineAt(size_t At) const;
  mutable size_t LinePos = 0;  // lineAt's last place and its line
  mutable unsigned LineNo = 1;

  // Errors.
  bool failed() const { return Err.has_value(); }
  void fail(const Twine &Msg) { failAt(line(), Msg); }
  void failAt(unsigned Line, const Twine &Msg);
  void unsupported(unsigned Line, StringRef What, const Twine &Where,
                   StringRef Supported);

  // Commands.
  void parseTopLevel();
  void parseEntry();
  void parseSections();
  void parseSectionsStatement();
  std::optional<Assignment> parseProvide();
  std::optional<StringRef> peekAssignOp();
  std::optional<Assignment> parseAssignment(StringRef Name, unsigned Line);
  void parseOutputSection(StringRef Name, unsigned Line);
  void parseOutputSectionAttributes(OutputSectionDesc &D);
  void parseSectionItem(OutputSectionDesc &D);
  void parseInputSectionDesc(OutputSectionDesc &D, StringRef File,
                             unsigned Line);

  // Expressions.
  ExprPtr parseExpr();
  ExprPtr parseBinary(int MinPrecedence);
  ExprPtr parseUnary();
  ExprPtr parseUnaryNested(unsigned Line);
  ExprPtr parsePrimary();
  ExprPtr parseCall(StringRef Name, unsigned Line);
  ExprPtr makeExpr(Expr::Kind K, unsigned Line);

  StringRef Path;
  StringRef Text;
  size_t Pos = 0;
  std::optional<std::pair<unsigned, std::string>> Err;
  Script Result;
  // Bounds on one expression, so that neither the parser nor the
  // recursive evaluator can exhaust the stack on a hostile script.
  static constexpr unsigned MaxNesting = 256;
  static constexpr unsigned MaxOperators = 2000;
  unsigned Nesting = 0;
  unsigned Operators = 0;
};

void Parser::skipSpace() {
  while (Pos < Text.size()) {
    if (isSpace(Text[Pos])) {
      ++Pos;
    } else if (Text.substr(Pos).starts_with("/*")) {
      size_t End = Text.find("*/", Pos + 2);
      if (End == StringRef::npos) {
        if (!failed())
          failAt(lineAt(Pos), "unterminated comment");
        Pos = Text.size();
        return;
      }
      Pos = End + 2;
    } else {
      return;
    }
  }
}

bool Parser::consume(StringRef S) {
  if (failed() || !peek(S))
    return false;
  Pos += S.size();
  return true;
}

void Parser::expect(StringRef S, const Twine &Context) {
  if (!failed() && !consume(S))
    fail("expected '" + S + "' " + Context + ", found " + describeNext());
}

StringRef Parser::readWhile(function_ref<bool(char)> Pred) {
  skipSpace();
  size_t Start = Pos;
  while (Pos < Text.size() && Pred(Text[Pos]) &&
         !Text.substr(Pos).starts_with("/*"))
    ++Pos;
  return Text.slice(Start, Pos);
}

std::string Parser::describeNext() {
  if (atEnd())
    return "end of file";
  size_t Start = Pos;
  StringRef Word = readWhile(isSectionNameChar);
  if (Word.empty())
    Word = Text.substr(Pos, 1);
  Pos = Start;
  return ("'" + Word + "'").str();
}

unsigned Parser::lineAt(size_t At) const {
  // Parsing asks for later places mostly: count on from the last answer
  // (counting from the start each time made a long script quadratic).
  At = std::min(At, Text.size());
  if (At < LinePos) {
    LinePos = 0;
    LineNo = 1;
  }
  LineNo += Text.slice(LinePos, At).count('\n');
  LinePos = At;
  return LineNo;
}

void Parser::failAt(unsigned Line, const Twine &Msg) {
  if (!failed())
    Err.emplace(Line, Msg.str());
}

void Parser::unsupported(unsigned Line, StringRef What, const Twine &Where,
                         StringRef Supported) {
  failAt(Line, What + " is not supported" + Where +
                   " (supported: " + Supported + ")");
}

Expected<Script> Parser::run() {
  while (!failed() && !atEnd())
    parseTopLevel();
  if (failed())
    return scriptError(Path, Err->first, Err->second);
  return std::move(Result);
}

void Parser::parseTopLevel() {
  if (consume(";"))
    return;
  unsigned Line = line();
  size_t Start = Pos;
  StringRef Name = readWhile(isSymbolChar);
  if (Name == "ENTRY")
    return parseEntry();
  if (Name == "SECTIONS")
    return parseSections();
  if ((Name == "PROVIDE" || Name == "PROVIDE_HIDDEN") && peek("(")) {
    if (auto A = parseProvide())
      Result.Commands.push_back(std::move(*A));
    return;
  }
  if (isKeyword(Name) && !peekAssignOp())
    return unsupported(Line, Name, "", "ENTRY, SECTIONS, assignments, PROVIDE");
  if (!isSymbolName(Name) || !peekAssignOp()) {
    Pos = Start;
    return fail("expected a command or an assignment, found " + describeNext());
  }
  if (Name == ".")
    return fail("'.' can only be assigned inside SECTIONS");
  if (auto A = parseAssignment(Name, Line))
    Result.Commands.push_back(std::move(*A));
}

void Parser::parseEntry() {
  expect("(", "after ENTRY");
  StringRef Name = readWhile(isSymbolChar);
  if (!failed() && !isSymbolName(Name))
    return fail("expected a symbol name in ENTRY, found " + describeNext());
  expect(")", "after the ENTRY symbol");
  consume(";");
  if (!failed())
    Result.Entry = Name.str();
}

void Parser::parseSections() {
  unsigned Line = line();
  expect("{", "after SECTIONS");
  while (!failed() && !consume("}")) {
    if (atEnd())
      return failAt(Line, "SECTIONS opened here is never closed with '}'");
    parseSectionsStatement();
  }
}

void Parser::parseSectionsStatement() {
  if (consume(";"))
    return;
  unsigned Line = line();
  size_t Start = Pos;
  StringRef Name = readWhile(isSectionNameChar);
  if (Name == "ENTRY" && peek("("))
    return parseEntry();
  if ((Name == "PROVIDE" || Name == "PROVIDE_HIDDEN") && peek("(")) {
    if (auto A = parseProvide())
      Result.Commands.push_back(std::move(*A));
    return;
  }
  if (peekAssignOp()) {
    if (auto A = parseAssignment(Name, Line))
      Result.Commands.push_back(std::move(*A));
    return;
  }
  if (isKeyword(Name) && !peek(":"))
    return unsupported(Line, Name, " inside SECTIONS",
                       "output sections, assignments, PROVIDE, ENTRY");
  if (Name.empty()) {
    Pos = Start;
    return fail("expected an output section, an assignment or '}', found " +
                describeNext());
  }
  parseOutputSection(Name, Line);
}

std::optional<Assignment> Parser::parseProvide() {
  expect("(", "after PROVIDE");
  unsigned Line = line();
  StringRef Name = readWhile(isSymbolChar);
  if (failed())
    return std::nullopt;
  if (!isSymbolName(Name) || Name == ".") {
    fail("expected a symbol name in PROVIDE, found " + describeNext());
    return std::nullopt;
  }
  if (!consume("=")) {
    fail("expected '=' after '" + Name + "' in PROVIDE, found " +
         describeNext());
    return std::nullopt;
  }
  ExprPtr Value = parseExpr();
  expect(")", "to close PROVIDE");
  consume(";");
  if (failed())
    return std::nullopt;
  return Assignment{Name.str(), std::move(Value), true, Line};
}

std::optional<StringRef> Parser::peekAssignOp() {
  for (StringRef Op : CompoundAssignOps)
    if (peek(Op) && !(Op == "=" && peek("==")))
      return Op;
  return std::nullopt;
}

std::optional<Assignment> Parser::parseAssignment(StringRef Name,
                                                  unsigned Line) {
  if (!isSymbolName(Name)) {
    // `a-=1`: a name may hold '-' (GNU ld), and inside an output section
    // a word runs up to the '=', so the operator's first character was
    // read as part of the name.
    std::string Hint;
    StringRef Base = Name.drop_back();
    if (Name.size() > 1 && StringRef("-+*/&|<>").contains(Name.back()) &&
        isSymbolName(Base))
      Hint = " (for a compound assignment put spaces around the operator: '" +
             Base.str() + " " + Name.back() + "= ...')";
    failAt(Line, "'" + Name + "' is not a valid symbol name" + Hint);
    return std::nullopt;
  }
  StringRef Op = *peekAssignOp();
  consume(Op);
  ExprPtr Value = parseExpr();
  expect(";", "after assignment");
  if (failed())
    return std::nullopt;

  if (Op != "=") {
    ExprPtr Old =
        makeExpr(Name == "." ? Expr::Kind::Dot : Expr::Kind::Symbol, Line);
    Old->Name = Name.str();
    ExprPtr Sum = makeExpr(Expr::Kind::Binary, Line);
    Sum->Op = Op.drop_back().str();
    Sum->Operands.push_back(std::move(Old));
    Sum->Operands.push_back(std::move(Value));
    Value = std::move(Sum);
  }
  return Assignment{Name.str(), std::move(Value), false, Line};
}

void Parser::parseOutputSection(StringRef Name, unsigned Line) {
  // The writer makes these itself; one of code or data under such a name
  // gave an output with two .symtab sections.
  if (is_contained({".symtab", ".strtab", ".shstrtab", ".ARM.attributes",
                    "."},
                   Name))
    return failAt(Line, "'" + Name + "' cannot name an output section" +
                            (Name == "." ? " (it is the location counter)"
                                         : " (relocheck writes it itself)"));
  OutputSectionDesc D;
  D.Name = Name.str();
  D.Line = Line;

  // `.bss (NOLOAD) :` and friends: a type in parentheses.
  size_t Start = Pos;
  if (consume("(")) {
    StringRef Word = readWhile(isSymbolChar);
    if (isKeyword(Word) && consume(")"))
      return fail("output section type (" + Word + ") of '" + Name +
                  "' is not supported");
    Pos = Start;
  }
  if (!peek(":"))
    D.Addr = parseExpr();
  expect(":", "after output section '" + Name + "'" +
                  (D.Addr ? " and its address" : ""));
  parseOutputSectionAttributes(D);
  unsigned Open = line();
  expect("{", "to open output section '" + Name + "'");
  while (!failed() && !consume("}")) {
    if (atEnd())
      return failAt(Open, "output section '" + Name +
                              "' opened here is never closed with '}'");
    parseSectionItem(D);
  }
  if (peek(">") || peek("AT>") || peek(":") || peek("="))
    return fail("memory regions, load addresses, program headers and fill "
                "after '}' of '" +
                Name + "' are not supported");
  if (D.isDiscard())
    for (const SectionItem &Item : D.Items)
      if (const auto *A = std::get_if<Assignment>(&Item))
        return failAt(A->Line, "assignment to '" + A->Name +
                                   "' inside /DISCARD/: relocheck does not "
                                   "evaluate it there; move it out");
  if (!failed())
    Result.Commands.push_back(std::move(D));
}

void Parser::parseOutputSectionAttributes(OutputSectionDesc &D) {
  while (!failed()) {
    unsigned Line = line();
    size_t Start = Pos;
    StringRef Word = readWhile(isSymbolChar);
    if (!isKeyword(Word)) {
      Pos = Start;
      return;
    }
    if (Word != "ALIGN" || D.Align || !consume("("))
      return unsupported(Line, Word, " after 'NAME :' of '" + D.Name + "'",
                         "one ALIGN(n)");
    D.Align = parseExpr();
    expect(")", "to close ALIGN");
  }
}

void Parser::parseSectionItem(OutputSectionDesc &D) {
  if (consume(";"))
    return;
  unsigned Line = line();
  size_t Start = Pos;
  StringRef Word = readWhile(isPatternChar);
  if (Word == "KEEP" && consume("(")) {
    StringRef File = readWhile(isPatternChar);
    parseInputSectionDesc(D, File, Line);
    expect(")", "to close KEEP");
    return;
  }
  if ((Word == "PROVIDE" || Word == "PROVIDE_HIDDEN") && peek("(")) {
    if (auto A = parseProvide())
      D.Items.push_back(std::move(*A));
    return;
  }
  if (!Word.empty() && peekAssignOp()) {
    if (auto A = parseAssignment(Word, Line))
      D.Items.push_back(std::move(*A));
    return;
  }
  if (isKeyword(Word))
    return unsupported(Line, Word, " in an output section",
                       "input section patterns, KEEP, assignments, PROVIDE");
  if (Word.empty()) {
    Pos = Start;
    return fail("expected an input section description, an assignment or "
                "'}', found " +
                describeNext());
  }
  parseInputSectionDesc(D, Word, Line);
}

void Parser::parseInputSectionDesc(OutputSectionDesc &D, StringRef File,
                                   unsigned Line) {
  InputSectionDesc Desc;
  Desc.File = File.str();
  Desc.Line = Line;
  if (File.empty())
    return fail("expected a file pattern, found " + describeNext());
  expect("(", "after file pattern '" + File + "'");
  bool NamedCommon = false;
  while (!failed() && !consume(")")) {
    unsigned WordLine = line();
    StringRef Word = readWhile(isPatternChar);
    // COMMON names the common symbols. relocheck rejects common symbols
    // when it resolves them (compile with -fno-common), so the pattern
    // accepts the word and matches no input section.
    if (Word == "COMMON") {
      NamedCommon = true;
      consume(",");
      continue;
    }
    if (isKeyword(Word))
      return unsupported(WordLine, Word, " in an input section description",
                         "file and section glob patterns");
    if (Word.empty())
      return fail("expected a section pattern or ')', found " + describeNext());
    Desc.Sections.push_back(Word.str());
    consume(",");
  }
  if (!failed() && Desc.Sections.empty() && !NamedCommon)
    return failAt(Line, "'" + File + "()' names no input sections");
  if (!failed())
    D.Items.push_back(std::move(Desc));
}

ExprPtr Parser::makeExpr(Expr::Kind K, unsigned Line) {
  auto E = std::make_unique<Expr>();
  E->K = K;
  E->Line = Line;
  return E;
}

ExprPtr Parser::parseExpr() {
  unsigned Line = line();
  if (Nesting == 0)
    Operators = 0;
  ExprPtr Cond = parseBinary(1);
  if (failed() || !consume("?"))
    return Cond;
  if (Nesting >= MaxNesting) {
    fail("expression nested more than " + Twine(MaxNesting) +
         " levels deep");
    return Cond;
  }
  ExprPtr E = makeExpr(Expr::Kind::Ternary, Line);
  E->Operands.push_back(std::move(Cond));
  ++Nesting;
  E->Operands.push_back(parseExpr());
  expect(":", "in '?:' expression");
  E->Operands.push_back(parseExpr());
  --Nesting;
  return E;
}

ExprPtr Parser::parseBinary(int MinPrecedence) {
  ExprPtr LHS = parseUnary();
  while (!failed()) {
    const BinaryOp *Found = nullptr;
    for (const BinaryOp &Op : BinaryOps)
      if (peek(Op.Spelling)) {
        Found = &Op;
        break;
      }
    if (!Found || Found->Precedence < MinPrecedence)
      break;
    unsigned Line = line();
    consume(Found->Spelling);
    if (++Operators > MaxOperators) {
      fail("expression has more than " + Twine(MaxOperators) +
           " operators");
      break;
    }
    ExprPtr E = makeExpr(Expr::Kind::Binary, Line);
    E->Op = Found->Spelling.str();
    E->Operands.push_back(std::move(LHS));
    E->Operands.push_back(parseBinary(Found->Precedence + 1));
    LHS = std::move(E);
  }
  return LHS;
}

ExprPtr Parser::parseUnary() {
  unsigned Line = line();
  if (Nesting >= MaxNesting) {
    fail("expression nested more than " + Twine(MaxNesting) +
         " levels deep");
    return makeExpr(Expr::Kind::Number, Line);
  }
  ++Nesting;
  ExprPtr E = parseUnaryNested(Line);
  --Nesting;
  return E;
}

ExprPtr Parser::parseUnaryNested(unsigned Line) {
  for (StringRef Op : {"-", "~", "!"}) {
    if (consume(Op)) {
      ExprPtr E = makeExpr(Expr::Kind::Unary, Line);
      E->Op = Op.str();
      E->Operands.push_back(parseUnary());
      return E;
    }
  }
  return parsePrimary();
}

ExprPtr Parser::parsePrimary() {
  unsigned Line = line();
  if (consume("(")) {
    ExprPtr E = parseExpr();
    expect(")", "to close '('");
    return E;
  }
  if (isDigit(peekChar())) {
    StringRef Word = readWhile(isAlnum);
    ExprPtr E = makeExpr(Expr::Kind::Number, Line);
    if (std::optional<uint64_t> V = parseNumber(Word))
      E->Value = *V;
    else
      failAt(Line, "'" + Word +
                       "' is not a number (write 0x... or a "
                       "decimal without leading zeros)");
    return E;
  }
  StringRef Word = readWhile(isSymbolChar);
  if (Word == ".")
    return makeExpr(Expr::Kind::Dot, Line);
  if (!isSymbolName(Word)) {
    fail("expected an expression, found " + describeNext());
    return makeExpr(Expr::Kind::Number, Line);
  }
  if (peek("("))
    return parseCall(Word, Line);
  ExprPtr E = makeExpr(Expr::Kind::Symbol, Line);
  E->Name = Word.str();
  return E;
}

ExprPtr Parser::parseCall(StringRef Name, unsigned Line) {
  ExprPtr E = makeExpr(Expr::Kind::Call, Line);
  E->Op = Name.str();
  consume("(");
  if (Name == "ADDR" || Name == "SIZEOF" || Name == "ALIGNOF") {
    E->Name = readWhile(isSectionNameChar).str();
    if (E->Name.empty())
      fail("expected an output section name in " + Name + "(), found " +
           describeNext());
  } else if (is_contained({"ALIGN", "MAX", "MIN", "ABSOLUTE"}, Name)) {
    E->Operands.push_back(parseExpr());
    while (!failed() && consume(","))
      E->Operands.push_back(parseExpr());
  } else {
    failAt(Line, Name + "() is not supported in expressions (supported: "
                        "ALIGN, ADDR, SIZEOF, ALIGNOF, MAX, MIN, ABSOLUTE)");
  }
  expect(")", "to close " + Name + "(");

  if (failed() || !E->Name.empty())
    return E;
  size_t N = E->Operands.size();
  bool IsAlign = Name == "ALIGN", IsAbsolute = Name == "ABSOLUTE";
  bool Fits = IsAlign ? N == 1 || N == 2 : IsAbsolute ? N == 1 : N == 2;
  if (!Fits)
    failAt(Line, Name + "() takes " +
                     (IsAlign      ? "1 or 2"
                      : IsAbsolute ? "1"
                                   : "2") +
                     " arguments, not " + Twine(N));
  return E;
}

//===-- Evaluation --------------------------------------------------------===//

Expected<uint64_t> alignUp(const Expr &E, const EvalContext &Ctx, uint64_t V,
                           uint64_t Align) {
  if (Align == 0 || (Align & (Align - 1)))
    return scriptError(Ctx.Path, E.Line,
                       "alignment " + hex(Align) + " is not a power of two");
  uint64_t Up = (V + Align - 1) & ~(Align - 1);
  if (Up < V)
    return scriptError(Ctx.Path, E.Line,
                       "aligning " + hex(V) + " to " + hex(Align) +
                           " overflows");
  return Up;
}

/// Whether the exact result of A Op B fits in 64 bits, with the operands
/// and the result all read as unsigned or all as signed. A value here is
/// either: `0 - 4` is -4 and `-4 + 8` is 4 only read as signed, `1 << 63`
/// is 2^63 only read as unsigned. The linkers keep the low 64 bits of
/// anything wider, so `0x100000000 * 0x100000000 + 0x1234` would pass the
/// 32-bit check as 0x1234. The other operators cannot leave 64 bits.
bool fitsIn64Bits(StringRef Op, uint64_t A, uint64_t B) {
  int64_t SA = A, SB = B, SR;
  if (Op == "+")
    return A + B >= A || !AddOverflow(SA, SB, SR);
  if (Op == "-")
    return A >= B || !SubOverflow(SA, SB, SR);
  if (Op == "*") {
    bool Carry;
    SaturatingMultiply(A, B, &Carry);
    return !Carry || !MulOverflow(SA, SB, SR);
  }
  if (Op == "<<") // B < 64: no bit shifted out, or only copies of the sign
    return (A << B) >> B == A || int64_t(A << B) >> B == SA;
  return true;
}

Expected<uint64_t> applyBinary(const Expr &E, const EvalContext &Ctx,
                               uint64_t A, uint64_t B) {
  if ((E.Op == "/" || E.Op == "%") && B == 0)
    return scriptError(Ctx.Path, E.Line, "division by zero");
  // GNU ld divides as signed 64-bit numbers, ld.lld as unsigned: with a
  // negative operand they give different values, so neither is taken.
  constexpr uint64_t Sign = uint64_t(1) << 63;
  if ((E.Op == "/" || E.Op == "%") && ((A | B) & Sign))
    return scriptError(Ctx.Path, E.Line,
                       "'" + E.Op + "' of " + hex(A) + " and " + hex(B) +
                           ": an operand is negative, and GNU ld (signed) "
                           "and ld.lld (unsigned) disagree on the result");
  // Both linkers shift by the count mod 64 on x86 (undefined in C++).
  if ((E.Op == "<<" || E.Op == ">>") && B > 63)
    return scriptError(Ctx.Path, E.Line,
                       "shift count " + Twine(B) + " of '" + E.Op +
                           "' is not in [0, 63]");
  const BinaryOp *Op = find_if(
      BinaryOps, [&](const BinaryOp &Row) { return Row.Spelling == E.Op; });
  assert(Op != BinaryOps.end() && "the parser makes only known operators");
  uint64_t Result = Op->Apply(A, B);
  if (!fitsIn64Bits(E.Op, A, B))
    return scriptError(Ctx.Path, E.Line,
                       "'" + E.Op + "' of " + hex(A) + " and " + hex(B) +
                           " does not fit in 64 bits, signed or unsigned "
                           "(ld.lld and GNU ld keep its low 64 bits, " +
                           hex(Result) + ")");
  return Result;
}

/// Unary operators work on 64 bits as the binary ones do (and as in ld.lld
/// and GNU ld): -8 >> 1 is 0x7ffffffffffffffc, whose low 32 bits are the
/// 0xfffffffc both linkers write. None leaves 64 bits: -A is exact read
/// as signed, and -0x8000000000000000 is -2^63 reading the operand as 2^63.
Expected<uint64_t> applyUnary(const Expr &E, const EvalContext &,
                              uint64_t A) {
  if (E.Op == "-")
    return 0 - A;
  if (E.Op == "~")
    return ~A;
  return !A;
}

Expected<SectionRange> lookupSection(const Expr &E, const EvalContext &Ctx) {
  auto It = Ctx.Sections->find(E.Name);
  if (It == Ctx.Sections->end())
    return scriptError(Ctx.Path, E.Line,
                       E.Op + "(" + E.Name +
                           ") names no output section laid out before this "
                           "line");
  return It->second;
}

Expected<uint64_t> evaluateCall(const Expr &E, const EvalContext &Ctx) {
  if (!E.Name.empty()) {
    Expected<SectionRange> R = lookupSection(E, Ctx);
    if (!R)
      return R.takeError();
    return E.Op == "ADDR" ? R->Addr : E.Op == "SIZEOF" ? R->Size : R->Align;
  }

  std::vector<uint64_t> Args;
  for (const ExprPtr &Arg : E.Operands) {
    Expected<uint64_t> V = evaluate(*Arg, Ctx);
    if (!V)
      return V.takeError();
    Args.push_back(*V);
  }
  if (E.Op == "ALIGN")
    return Args.size() == 1 ? alignUp(E, Ctx, Ctx.Dot, Args[0])
                            : alignUp(E, Ctx, Args[0], Args[1]);
  if (E.Op == "MAX")
    return std::max(Args[0], Args[1]);
  if (E.Op == "MIN")
    return std::min(Args[0], Args[1]);
  return Args[0]; // ABSOLUTE: every value here is already absolute
}

Expected<uint64_t> evaluateSymbol(const Expr &E, const EvalContext &Ctx) {
  auto It = Ctx.Symbols->find(E.Name);
  if (It != Ctx.Symbols->end())
    return It->second;
  // Symbols of the input objects have no address until the layout is
  // done, so only script assignments and --defsym can be read here.
  return scriptError(Ctx.Path, E.Line,
                     "symbol '" + E.Name +
                         "' is not defined by the script or --defsym "
                         "before this line");
}

} // namespace

Expected<uint64_t> evaluate(const Expr &E, const EvalContext &Ctx) {
  switch (E.K) {
  case Expr::Kind::Number:
    return E.Value;
  case Expr::Kind::Dot:
    return Ctx.Dot;
  case Expr::Kind::Symbol:
    return evaluateSymbol(E, Ctx);
  case Expr::Kind::Call:
    return evaluateCall(E, Ctx);
  case Expr::Kind::Ternary: {
    Expected<uint64_t> Cond = evaluate(*E.Operands[0], Ctx);
    if (!Cond)
      return Cond.takeError();
    return evaluate(*E.Operands[*Cond ? 1 : 2], Ctx);
  }
  default:
    break;
  }

  // Both sides of && and || too, as GNU ld does: `0 && 1 / 0` is its
  // "/ by zero" (ld.lld skips the right side and gives 0).
  std::vector<uint64_t> Vals;
  for (const ExprPtr &Operand : E.Operands) {
    Expected<uint64_t> V = evaluate(*Operand, Ctx);
    if (!V)
      return V.takeError();
    Vals.push_back(*V);
  }
  if (E.K == Expr::Kind::Unary)
    return applyUnary(E, Ctx, Vals[0]);
  if (E.K == Expr::Kind::Binary)
    return applyBinary(E, Ctx, Vals[0], Vals[1]);
  llvm_unreachable("every expression kind is handled above");
}

Expected<Script> parseScript(StringRef Path, StringRef Text) {
  return Parser(Path, Text).run();
}

} // namespace relocheck::script
