//===- LinkerScript.h - The GNU ld script subset we read --------*- C++ -*-===//
//
// A parsed linker script: ENTRY, SECTIONS with output section descriptions,
// input section patterns, assignments and PROVIDE. Anything else GNU ld
// accepts (MEMORY, PHDRS, OVERLAY, AT, SORT, ...) is rejected by the parser
// with an error naming the command, so no script is half understood.
//
// Expressions are kept as trees and evaluated by the layout, which knows the
// location counter and the output sections placed so far.
//
//===----------------------------------------------------------------------===//
#ifndef RELOCHECK_LINK_LINKERSCRIPT_H
#define RELOCHECK_LINK_LINKERSCRIPT_H

#include "llvm/ADT/StringRef.h"
#include "llvm/ADT/Twine.h"
#include "llvm/Support/Error.h"

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

namespace relocheck::script {

struct Expr {
  enum class Kind {
    Number,  // Value
    Dot,     // the location counter
    Symbol,  // Name
    Unary,   // Op applied to Operands[0]
    Binary,  // Operands[0] Op Operands[1]
    Ternary, // Operands[0] ? Operands[1] : Operands[2]
    Call,    // Op(Operands...), or Op(Name) for ADDR, SIZEOF, ALIGNOF
  };
  Kind K = Kind::Number;
  uint64_t Value = 0;
  std::string Name;
  std::string Op;
  std::vector<std::unique_ptr<Expr>> Operands;
  unsigned Line = 0;
};
using ExprPtr = std::unique_ptr<Expr>;

/// `NAME = EXPR;` (NAME is "." for the location counter) or
/// `PROVIDE(NAME = EXPR);`. Compound forms such as `. += 4` are stored
/// expanded (`. = . + 4`).
struct Assignment {
  std::string Name;
  ExprPtr Value;
  bool Provide = false;
  unsigned Line = 0;
};

/// `FILE(SECTION SECTION ...)`, possibly inside KEEP(), which we accept and
/// ignore because relocheck does no garbage collection.
struct InputSectionDesc {
  std::string File;                  // glob
  std::vector<std::string> Sections; // globs
  unsigned Line = 0;
};

using SectionItem = std::variant<Assignment, InputSectionDesc>;

/// `NAME [ADDR] : [ALIGN(A)] { ITEMS }`.
struct OutputSectionDesc {
  std::string Name;
  ExprPtr Addr;  // null when not given
  ExprPtr Align; // null when not given
  std::vector<SectionItem> Items;
  unsigned Line = 0;

  bool isDiscard() const { return Name == "/DISCARD/"; }
};

/// Top-level assignments and the contents of every SECTIONS block, in
/// script order.
using Command = std::variant<Assignment, OutputSectionDesc>;

struct Script {
  std::optional<std::string> Entry;
  std::vector<Command> Commands;
};

/// Parses Text; every error is "Path:LINE: error: ...".
llvm::Expected<Script> parseScript(llvm::StringRef Path, llvm::StringRef Text);

/// Reads a linker number: 0x hex or decimal, with an optional K (x1024) or
/// M (x1024*1024) suffix. A decimal with a leading zero ("010") is refused
/// because GNU ld reads it as octal and lld as decimal.
std::optional<uint64_t> parseNumber(llvm::StringRef Text);

/// Shell-style glob: `*`, `?` and `[a-z]` / `[!a-z]` classes. There is no
/// backslash escape: a linker script has no use for one.
bool matchGlob(llvm::StringRef Pattern, llvm::StringRef Name);

/// Where an output section ended up, for ADDR/SIZEOF/ALIGNOF.
struct SectionRange {
  uint64_t Addr = 0;
  uint64_t Size = 0;
  uint64_t Align = 1;
};

/// What an expression can see.
struct EvalContext {
  llvm::StringRef Path; // script path, for errors
  uint64_t Dot = 0;
  const std::map<std::string, uint64_t> *Symbols = nullptr;
  const std::map<std::string, SectionRange> *Sections = nullptr;
};

llvm::Expected<uint64_t> evaluate(const Expr &E, const EvalContext &Ctx);

/// "Path:Line: error: Msg".
llvm::Error scriptError(llvm::StringRef Path, unsigned Line,
                        const llvm::Twine &Msg);

} // namespace relocheck::script

#endif
