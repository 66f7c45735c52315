//===- Linker.h - relocheck's own static linker core ------------*- C++ -*-===//
//
// link() takes relocatable objects and a layout, resolves symbols, computes
// S, A, P and T once per relocation and applies it through Relocate.h. Every
// relocation becomes a Site record (inputs, result, bytes before and after,
// or the one-line error), so the checker can judge each one. Problems at a
// site do not stop the link: all sites are tried, and the caller decides
// whether to write an output (writeExecutable refuses when any site failed).
//
//===----------------------------------------------------------------------===//
#ifndef RELOCHECK_LINK_LINKER_H
#define RELOCHECK_LINK_LINKER_H

#include "kinds/Arch.h"
#include "kinds/RelocKinds.h"
#include "link/Layout.h"
#include "link/Relocate.h"
#include "link/Veneers.h"
#include "object/InputObject.h"

#include "llvm/Support/Error.h"
#include "llvm/Support/raw_ostream.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace relocheck {

/// What B(S), the static base, is (AAELF32 leaves it to the platform):
/// lld takes the start of the PT_LOAD segment holding S; GNU ld the start
/// of S's output section for the *_SB_Gn kinds; or a fixed address.
enum class StaticBase { Segment, Section, Address };

/// What R_ARM_TARGET2 means (AAELF32 5.6.4: platform-defined).
enum class Target2Mode { Rel, Abs, GotRel };

struct LinkOptions {
  ArchProfile Arch;
  LayoutOptions LayoutOpts;
  bool Target1Rel = false;   // R_ARM_TARGET1 as REL32 (default: ABS32)
  /// GOT_PREL by default, as lld 22 and GNU ld 2.40 (arm-linux-gnueabihf)
  /// both do; --target2=rel|abs|got-rel.
  Target2Mode Target2 = Target2Mode::GotRel;
  std::string EntrySymbol;   // -e; else ENTRY(), else _start
  /// Off: a branch that cannot reach directly is an error (to test an
  /// encoding's own limits); on: it goes through a veneer where the ABI
  /// allows one.
  bool Veneers = true;
  bool PicVeneers = false; // position-independent veneer forms
  StaticBase Base = StaticBase::Segment;
  uint32_t BaseAddress = 0; // for StaticBase::Address
  /// R_ARM_V4BX: rewrite `BX Rm` as `MOV PC, Rm` for Armv4 cores without
  /// BX (GNU ld's --fix-v4bx); off, the place is only checked.
  bool FixV4bx = false;
  /// A big-endian link writes BE8 unless this asks for BE32.
  bool Be32 = false;
  /// The contents of an .ARM.attributes section for Arch, which the image
  /// carries when no input was built for Arch (objects built for older
  /// cores): empty, the first input's.
  std::vector<uint8_t> ArchAttributes;
};

/// A symbol's final value as the checker and the output need it.
struct ResolvedSymbol {
  uint32_t Address = 0; // S: Thumb bit cleared for functions
  bool IsThumbFunction = false;
  bool IsFunction = false;
  bool Defined = false;
  bool Weak = false;
  bool IsIfunc = false; // STT_GNU_IFUNC: refused at every use
  bool IsTls = false;   // STT_TLS: an offset in the TLS block, no address
  bool InTlsSection = false; // defined in an SHF_TLS section
  /// Defined in a section not allocated in memory (debug information):
  /// Address is an offset in its output section, no address.
  bool InNonAlloc = false;
  unsigned DefObject = 0, DefSection = 0; // where it is defined
  /// For a script symbol tied to an output section (Layout::SymbolHome):
  /// that section's start, which finds its static base.
  std::optional<uint32_t> Home;
};

struct Site {
  unsigned Object = 0;
  unsigned Section = 0; // ELF index in that object
  uint32_t Offset = 0;
  uint32_t Type = 0;
  const RelocKind *Kind = nullptr; // nullptr for unknown codes
  std::string SymbolName;          // may be a section name for STT_SECTION
  uint32_t SymIndex = 0;           // in the object's symbol table
  RelocInputs In;
  /// Where the static base of the symbol is looked up, when not at S (a
  /// script symbol at its output section's end: ResolvedSymbol::Home).
  std::optional<uint32_t> BaseAnchor;
  bool RelaAddend = false;
  RelocOutcome Out;
  std::vector<uint8_t> Before, After; // field bytes (4 for instructions)
  std::string Location;               // "file.s:(.text+0x4)"
  std::optional<std::string> Error;   // full one-line diagnostic
  std::string ErrorDetail;            // the part after "against 'sym': "
  /// Why applying the relocation failed, when the encoder said so (out of
  /// range, misaligned, ...): callers decide by this, not by the words.
  std::optional<ProblemKind> Problem;
  /// The refused value is not a multiple of its range's step either (an
  /// odd Thumb offset one past the end): no bytes can mean it.
  bool ValueOffStep = false;
  std::optional<unsigned> Veneer;     // index into LinkResult::Veneers
  bool BigEndian = false; // Before/After are a big-endian object's bytes
  /// In a BE8 image, why the field is not stored as its kind's unit (an
  /// instruction in bytes the mapping symbols mark data, a data word in
  /// code): the link warns, and check fails the site, since what it
  /// would judge is not what the image holds.
  std::string Misstored;
  /// In a non-allocated section (debug information): P is the offset in
  /// its output section, which has no address; only absolute data kinds
  /// are applied there.
  bool NonAlloc = false;
  /// A non-allocated site whose target section is not in the output (a
  /// discarded COMDAT copy, a /DISCARD/ed section): like lld and GNU ld,
  /// relocheck writes the tombstone, 0 (1 in .debug_ranges and
  /// .debug_loc, where 0 would end a list), whatever the addend.
  bool Tombstone = false;
};

/// A veneer the link placed: where it is, what it jumps to.
struct VeneerInfo {
  VeneerKind Kind;
  std::string Key; // the request it was made for (Linker.cpp veneerKey)
  std::string Section;  // output-section name it was placed with
  bool CallerThumb = false;
  bool DestThumb = false; // the state it lands in (Dest's bit 0)
  unsigned Object = 0;  // synthetic object and section holding it
  unsigned SectionIndex = 0;
  uint32_t Offset = 0;
  uint32_t Address = 0;
  uint32_t Dest = 0;    // destination, bit 0 = Thumb
  std::string Symbol;
  int64_t Addend = 0;
  // Who asked for it, to resolve the destination.
  unsigned TargetObject = 0;
  uint32_t TargetSymIndex = 0;
};

struct LinkResult {
  std::vector<InputObject> Objects; // section data relocated in place
  Layout Lay;
  std::vector<Site> Sites;
  std::vector<std::string> Errors; // every diagnostic, sites' included
  std::vector<std::string> Warnings; // the link stands; said once each
  std::map<std::string, ResolvedSymbol> Globals;
  uint32_t Entry = 0;
  bool EntryFound = false; // the entry is a symbol, not a fallback
  ArchProfile Arch;
  bool Target1Rel = false; // R_ARM_TARGET1 was applied as REL32
  Target2Mode Target2 = Target2Mode::GotRel;
  bool FixV4bx = false;
  /// B(S) as LinkOptions chose it; Address is relocheck's own option,
  /// which no other linker takes (the oracles' judge needs to know).
  StaticBase Base = StaticBase::Segment;
  uint32_t BaseAddress = 0;
  bool BigEndian = false; // the inputs are big-endian: write BE8
  bool Be32 = false;      // ... or BE32 (instructions big-endian too)
  std::vector<uint8_t> ArchAttributes; // LinkOptions::ArchAttributes

  /// The synthesized GOT: one word per symbol that a GOT-generating
  /// relocation names, holding S | T (a static link: no dynamic GOT).
  struct GotEntry {
    unsigned Object = 0; // who named the symbol first
    uint32_t SymIndex = 0;
    std::string Name;
    uint32_t Address = 0;
    /// What the entry holds: Formula::GotPrel for S | T; TlsIe for S's tp
    /// offset; TlsGd for (module 1, S's offset in the block); TlsLdm for
    /// (1, 0). TlsGd and TlsLdm entries take two words.
    Formula Use = Formula::GotPrel;
    uint32_t Offset = 0; // from GOT_ORG
  };
  std::vector<GotEntry> Got;
  std::optional<unsigned> GotObject; // index of the synthetic object
  /// The synthetic object holding the EXIDX_CANTUNWIND entries relocheck
  /// adds to the exception index table, when any input has .ARM.exidx.
  std::optional<unsigned> ExidxEntriesObject;
  uint32_t GotOrigin = 0;            // GOT_ORG = _GLOBAL_OFFSET_TABLE_
  /// The input that defines _GLOBAL_OFFSET_TABLE_ itself, if one does.
  std::string GotSymbolFile;
  std::vector<VeneerInfo> Veneers;
  /// Static TLS: the block's start and alignment from the SHF_TLS output
  /// sections, and tp = TlsBase - align_up(8, TlsAlign) (Arm's variant 1
  /// layout with an 8-byte TCB).
  uint32_t TlsBase = 0;
  bool HasTls = false; // some output section is SHF_TLS
  uint32_t TlsAlign = 1;
  uint32_t TP = 0;

  bool ok() const { return Errors.empty(); }
  /// Resolves a name as seen from one object: its locals first, then the
  /// globals and layout symbols.
  std::optional<ResolvedSymbol> lookup(unsigned Object,
                                       const std::string &Name) const;
  /// Per object, each local symbol name lookup() may return -> its first
  /// such symbol; made on first use (a test that names N labels scanned
  /// every symbol N times).
  mutable std::vector<std::map<std::string, unsigned>> LocalIndex;
  /// Address of an input section, if placed in memory.
  std::optional<uint64_t> sectionAddress(unsigned Object,
                                         unsigned Section) const;
  /// What a symbol defined in the section adds its value to: the
  /// address of a placed section, the offset in its output section of a
  /// kept non-allocated one.
  std::optional<uint64_t> symbolBase(unsigned Object,
                                     unsigned Section) const;
};

/// Whether AAELF32 5.6.3 lets a linker reach K's target through a veneer
/// (never for Thumb-1 branches, CBZ or Branch Future).
bool veneerAllowed(const RelocKind &K);

/// Whether an object is one relocheck made (its GOT, its veneers), not an
/// input.
inline bool isSyntheticObject(const InputObject &O) {
  return O.FileName == "<relocheck GOT>" ||
         O.FileName == "<relocheck veneers>" ||
         O.FileName == "<relocheck exidx entries>";
}

/// The kind whose formula a site applies: TARGET1 and TARGET2 stand for
/// ABS32, REL32 or GOT_PREL as the platform options say; any other kind
/// for itself.
const RelocKind &appliedKind(const RelocKind &K, bool Target1Rel,
                             Target2Mode Target2);

/// Links. Fails (llvm::Error) only when no site-level result is possible:
/// layout errors, duplicate definitions. Undefined symbols and relocation
/// problems are recorded per site in LinkResult::Errors.
llvm::Expected<LinkResult> link(std::vector<InputObject> Objects,
                                const LinkOptions &Opts);

/// The address ranges [start, end) of the PT_LOAD segments writeExecutable
/// makes for this layout: output sections closer than 64 KiB share one.
std::vector<std::pair<uint64_t, uint64_t>> segmentRanges(const Layout &L);

/// Writes an ELF32 executable (program headers, entry, sections, symbols
/// with mapping symbols, .ARM.attributes). Refuses a failed link.
llvm::Error writeExecutable(const LinkResult &R, llvm::raw_ostream &OS);

} // namespace relocheck

#endif
