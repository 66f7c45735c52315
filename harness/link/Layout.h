//===- Layout.h - Placing input sections at addresses -----------*- C++ -*-===//
//
// The layout is given the way linker users already give it: a linker script
// subset (-T), --section-start=SEC=ADDR, -Ttext=ADDR and --defsym=SYM=ADDR.
// computeLayout() groups the allocatable input sections of all objects into
// output sections and gives every one an address. It knows nothing about
// relocations.
//
//===----------------------------------------------------------------------===//
#ifndef RELOCHECK_LINK_LAYOUT_H
#define RELOCHECK_LINK_LAYOUT_H

#include "object/InputObject.h"

#include "llvm/Support/Error.h"

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace relocheck {

struct LayoutOptions {
  std::string ScriptPath;                         // -T; empty when none
  std::string ScriptText;                         // its contents
  std::map<std::string, uint64_t> SectionStart;   // --section-start
  /// "FILE:LINE" of the test's `@ relocheck:` line a SectionStart entry
  /// came from, so that an error about it points there.
  std::map<std::string, std::string> SectionStartFrom;
  std::vector<std::pair<std::string, uint64_t>> Defsyms; // --defsym
  uint64_t DefaultBase = 0x10000; // first address when nothing else says
  /// Input sections placed right after another instead of where their
  /// name would put them: (object, section) of the leader -> followers.
  /// The linker uses it for veneer islands near their callers.
  std::map<std::pair<unsigned, unsigned>,
           std::vector<std::pair<unsigned, unsigned>>>
      PlaceAfter;
};

/// One input section placed in the output.
struct InputSectionRef {
  unsigned Object = 0;  // index into the objects vector
  unsigned Section = 0; // ELF section index within that object
  uint64_t Addr = 0;
};

struct OutputSection {
  std::string Name;
  uint64_t Addr = 0;
  uint64_t Size = 0;
  uint32_t Type = 0;  // SHT_PROGBITS, or SHT_NOBITS when all inputs are
  uint32_t Flags = 0; // union of input SHF_* flags
  uint32_t Align = 1;
  std::vector<InputSectionRef> Inputs; // in output order
};

struct Layout {
  std::vector<OutputSection> Sections; // sorted by address
  /// Symbols the layout defines: script assignments and --defsym, as
  /// absolute addresses.
  std::map<std::string, uint64_t> Symbols;
  /// The start of the output section a script symbol is relative to: one
  /// assigned inside an output section from the location counter
  /// (`end = .;`), as lld ties it to that section. Its static base B(S)
  /// is that section's segment even where S is the section's end.
  std::map<std::string, uint64_t> SymbolHome;
  std::optional<std::string> Entry; // ENTRY(sym) from the script
  /// Address of each placed input section: [object][ELF section index];
  /// nullopt for sections not placed (non-alloc or discarded).
  std::vector<std::vector<std::optional<uint64_t>>> InputAddr;
  /// Output sections of the non-allocated inputs (.debug_*, .comment):
  /// not in memory, so not in Sections; sh_addr 0, inputs concatenated in
  /// input order under their own name, as lld and GNU ld write them.
  std::vector<OutputSection> NonAlloc;
  /// Offset of each non-allocated input section in its output section,
  /// which is also the value of a symbol defined there (lld and GNU ld
  /// give such symbols their offset): [object][ELF section index].
  std::vector<std::vector<std::optional<uint64_t>>> NonAllocOffset;
  /// Non-allocated inputs a script's /DISCARD/ takes: (object, section).
  std::set<std::pair<unsigned, unsigned>> NonAllocDiscarded;
};

/// Places every SHF_ALLOC input section. Without a script, input sections
/// go to output sections by name (.text*, .rodata*, .data*, .bss*; others
/// keep their own name), in that order, each output section after the
/// previous one unless --section-start / -Ttext gives its address.
/// Overlapping output sections are an error. Non-allocated PROGBITS and
/// NOTE sections go to Layout::NonAlloc.
llvm::Expected<Layout> computeLayout(const LayoutOptions &Opts,
                                     const std::vector<InputObject> &Objs);

/// Parses "0x1000", "4096", "64K", "1M" as the linker does.
std::optional<uint64_t> parseAddress(std::string_view Text);

} // namespace relocheck

#endif
