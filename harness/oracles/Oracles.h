//===- Oracles.h - Other linkers, judged by the same checker ----*- C++ -*-===//
//
// An oracle links the same objects at the same addresses as relocheck's
// core did (a linker script generated from relocheck's layout) and hands
// back its image, so every relocation site can be compared byte for byte
// and judged by the checker. Adapters here: ld.lld (Debian lld-22), GNU ld
// (binutils-arm-linux-gnueabihf) and mold (Debian mold; pinned with
// --section-start, since it takes no SECTIONS script), run as subprocesses.
// An oracle that cannot link the input says so; it never stops the
// comparison.
//
//===----------------------------------------------------------------------===//
#ifndef RELOCHECK_ORACLES_ORACLES_H
#define RELOCHECK_ORACLES_ORACLES_H

#include "link/Linker.h"

#include "llvm/Support/Error.h"
#include "llvm/Support/MemoryBuffer.h"

#include <map>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <vector>

namespace relocheck {

struct OracleImage {
  std::string Name;
  bool Linked = false;
  std::string Message; // why it did not link (its first error line)
  std::unique_ptr<llvm::MemoryBuffer> Elf;
  /// An in-process oracle (JITLink) hands back memory blocks instead:
  /// (address, bytes), in the object's byte order.
  std::vector<std::pair<uint32_t, std::vector<uint8_t>>> Blocks;
  /// Blocks by start address, made on first use (JITLink makes a block
  /// per GOT entry and stub: a scan per read was quadratic); whether two
  /// overlap, when the index cannot answer alone.
  mutable std::map<uint32_t, size_t> BlockIndex;
  mutable size_t BlockIndexSize = 0;
  mutable bool BlocksOverlap = false;
  /// A site it did not apply: its address, the relocation type it
  /// refused there (0: whatever relocation is at that address), and
  /// "unsupported: ..." (a kind it does not know) or "rejected: ..." (its
  /// fixup reported an error).
  struct SiteMessage {
    uint32_t Addr = 0, Type = 0;
    std::string Text;
    /// Set for a site in a non-allocated section: Addr is then the
    /// offset in this output section.
    std::string NonAllocSection;
  };
  std::vector<SiteMessage> SiteMessages;
  /// What it said of the relocation of Type at Addr (or at that offset
  /// of non-allocated section NonAlloc), if anything: two relocations at
  /// one place are told apart by their types.
  const std::string *siteMessage(uint32_t Addr, uint32_t Type,
                                 const std::string &NonAlloc = "") const {
    for (const SiteMessage &M : SiteMessages)
      if (M.Addr == Addr && M.NonAllocSection == NonAlloc &&
          (M.Type == 0 || M.Type == Type))
        return &M.Text;
    return nullptr;
  }
  /// Its output's symbols by address (mapping symbols $a/$t/$d included),
  /// read when it linked to an ELF file.
  std::map<uint32_t, std::vector<std::string>> Symbols;
  /// Where its output defines Name, when at one address only (an index
  /// of Symbols, made on first use).
  std::optional<uint32_t> onlyAddressOf(const std::string &Name) const;
  /// 'a', 't' or 'd': the state its last mapping symbol at or before Addr
  /// gives, or 0 when it has none.
  char mappingAt(uint32_t Addr) const;
  /// Whether a symbol (a veneer's name, or a mapping symbol) starts at
  /// Addr: where a branch into its own veneer may enter.
  bool entryAt(uint32_t Addr) const { return Symbols.count(Addr) != 0; }
  /// Whether a symbol of its own making (no input defines its name, and
  /// it is no mapping symbol) starts at Addr: a thunk it put among the
  /// inputs.
  bool madeSymbolAt(uint32_t Addr, const LinkResult &R) const;
  /// Its output section Name (the last of that name), if it has one.
  struct SectionHeader {
    uint32_t Addr = 0;
    uint64_t Size = 0;
    bool Alloc = false;
  };
  std::optional<SectionHeader> sectionNamed(llvm::StringRef Name) const;
  /// Its TLS template (PT_TLS): the address and the alignment, if it
  /// wrote one segment of that type.
  struct TlsSegment {
    uint32_t Addr = 0, Align = 1;
    uint32_t Size = 0; // p_memsz
  };
  std::optional<TlsSegment> tlsSegment() const;
  /// The names of its allocated sections that hold Addr (none for an
  /// image of JITLink blocks).
  std::vector<std::string> sectionsAt(uint32_t Addr) const;
  /// What the judge works out once per image for the link Of (a
  /// LinkResult; oracles/Judge.cpp): its GOT_ORG, the names the link's
  /// inputs define (the others are the linker's to place), its TLS
  /// template.
  struct JudgeMemo {
    const void *Of = nullptr;
    std::optional<TlsSegment> Template;
    bool GotOriginChosen = false;
    std::optional<std::pair<uint32_t, std::string>> GotOrigin;
    std::set<std::string> InputDefined;
  };
  mutable JudgeMemo Memo;
  /// onlyAddressOf's index (made once Symbols is filled).
  mutable std::map<std::string, std::optional<uint32_t>> ByName;
  mutable bool ByNameMade = false;
  /// The allocated sections of its output that hold Addr when there are
  /// two or more (a linker that grew a section past the next one's given
  /// address, and said nothing): ".text and .data", or "". TLS NOBITS
  /// sections, which overlap what follows by design, do not count.
  std::string overlapAt(uint32_t Addr) const;
  /// The bytes at [Addr, Addr + Size) of its output, if it placed any.
  /// Where two of its sections cover Addr (a linker that let them
  /// overlap), the one named Prefer is read, and with none of that name
  /// nothing is.
  std::optional<std::vector<uint8_t>> read(uint32_t Addr, unsigned Size,
                                           llvm::StringRef Prefer = "") const;
  /// The bytes at [Offset, Offset + Size) of its non-allocated output
  /// section Name (debug information has no address), if it wrote one.
  std::optional<std::vector<uint8_t>>
  readNonAlloc(llvm::StringRef Name, uint32_t Offset, unsigned Size) const;
  /// One whole output section: the one holding [Addr, Addr + Size) as
  /// read() chooses it (Name as its Prefer), or the non-allocated section
  /// Name when Addr is not set; for JITLink the block holding Addr (no
  /// flags). Bytes point into this image.
  struct SectionView {
    uint64_t Addr = 0, Flags = 0, EntSize = 0;
    llvm::ArrayRef<uint8_t> Bytes;
  };
  std::optional<SectionView> section(std::optional<uint32_t> Addr,
                                     llvm::StringRef Name,
                                     unsigned Size = 1) const;
};

/// The oracle names `relocheck diff` knows: "lld", "gnu-ld", "mold",
/// "jitlink".
const std::vector<std::string> &knownOracles();

/// Links Objects with the named oracle, at the addresses of R's layout.
/// The platform options (TARGET1/TARGET2, --fix-v4bx) are passed on.
OracleImage runOracle(const std::string &Name, const LinkResult &R,
                      const std::vector<std::unique_ptr<llvm::MemoryBuffer>>
                          &Objects);

/// One relocation entry of an ELF32 object: the section it patches (by
/// name and the index-th section of that name), the offset, the type, and
/// where the type byte sits in the file (so a private copy can turn the
/// entry into R_ARM_NONE).
struct RelocEntry {
  std::string Section;
  unsigned SectionIndex = 0; // ELF index of the patched section
  uint32_t Offset = 0;
  uint32_t Type = 0;
  size_t TypeByte = 0;
  /// The symbol it names, as the object spells it ("" for none, or when
  /// it cannot be read): mold's refusal names the symbol and section only.
  std::string Symbol;
};
std::vector<RelocEntry> relocationEntries(llvm::StringRef Object);

/// The same for a subprocess linker only ("lld", "gnu-ld", "mold"):
/// what runOracle calls for those, without JITLink linked in.
OracleImage
runLinkerOracle(const std::string &Name, const LinkResult &R,
                const std::vector<std::unique_ptr<llvm::MemoryBuffer>>
                    &Objects);

/// LLVM JITLink's aarch32 back end, in process (JITLinkOracle.cpp).
OracleImage runJITLink(const LinkResult &R,
                       const std::vector<std::unique_ptr<llvm::MemoryBuffer>>
                           &Objects);

/// The linker script that pins R's output sections to their addresses and
/// R's input sections in its order; Paths[I] is the file the oracle reads
/// R.Objects[I] from ("*" matches any file where it is missing).
std::string layoutScript(const LinkResult &R,
                         const std::vector<std::string> &Paths = {});

} // namespace relocheck

#endif
