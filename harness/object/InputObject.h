//===- InputObject.h - Relocatable objects as the linker sees them -*- C++ -*-//
//
// A relocatable ELF32 Arm object, copied out of LLVM's Object library into
// plain structs: sections with their bytes, symbols with their Thumb state,
// mapping symbols per section, and REL/RELA relocations per section.
//
//===----------------------------------------------------------------------===//
#ifndef RELOCHECK_OBJECT_INPUTOBJECT_H
#define RELOCHECK_OBJECT_INPUTOBJECT_H

#include "llvm/ADT/STLFunctionalExtras.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/MemoryBufferRef.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace relocheck {

/// Instruction-set state at an offset, from the mapping symbols $a/$t/$d
/// (AAELF32 "Mapping symbols").
enum class CodeState { Unknown, Arm, Thumb, Data };

struct InputReloc {
  uint32_t Offset = 0;  // r_offset within the section
  uint32_t Type = 0;    // r_type
  uint32_t SymIndex = 0;
  std::optional<int64_t> RelaAddend; // set for SHT_RELA
};

/// Who made a section relocheck synthesized: the input site that asked
/// ("a.s:(.text+0x4)") and why ("R_ARM_CALL against 'f' needs a veneer").
struct SectionOrigin {
  std::string Location, Why;
};

struct InputSection {
  unsigned Index = 0; // ELF section index
  std::string Name;
  uint32_t Type = 0;
  uint32_t Flags = 0;
  uint32_t Align = 1;
  uint32_t Size = 0;
  uint32_t Link = 0; // sh_link: for SHT_ARM_EXIDX, the code it describes
  uint32_t EntSize = 0; // sh_entsize: a SHF_MERGE section's entry size
  /// For an exception index entry relocheck makes: the code section it
  /// describes, in another object (object, section index); Link is 0.
  std::optional<std::pair<unsigned, unsigned>> LinkedCode;
  /// An exception index entry the linker leaves out: its code is not
  /// placed, or is empty.
  bool Dropped = false;
  std::vector<uint8_t> Data; // empty for SHT_NOBITS
  std::vector<std::pair<uint32_t, CodeState>> Mapping; // sorted by offset
  std::vector<InputReloc> Relocs;
  /// A section relocheck made (veneers): who asked for it, named in
  /// errors about it instead of its synthetic object.
  std::optional<SectionOrigin> Origin;
  /// Set by the linker for a member of a COMDAT group that an earlier
  /// input already defined: the signature and the file whose copy is kept.
  /// A discarded section is not placed and its relocations not applied.
  struct Discard {
    std::string Signature, KeptIn;
  };
  std::optional<Discard> Discarded;

  bool isAlloc() const;
  bool isNoBits() const;
  CodeState stateAt(uint32_t Offset) const;
  /// The code units in [From, To), by the mapping symbols: each whole ARM
  /// word of an $a region and Thumb halfword of a $t region, counted from
  /// the region's start. BE8 output reverses exactly these.
  void forEachCodeUnit(uint64_t From, uint64_t To,
                       llvm::function_ref<void(uint64_t At, unsigned Unit)>
                           Fn) const;
};

struct InputSymbol {
  std::string Name;
  uint32_t Value = 0;
  uint32_t Size = 0;
  uint8_t Type = 0;    // STT_*
  uint8_t Binding = 0; // STB_*
  /// SHN_UNDEF (0), a section index (extended ones, SHN_XINDEX, read
  /// from SHT_SYMTAB_SHNDX), or AbsoluteIndex or CommonIndex: SHN_ABS and
  /// SHN_COMMON moved past every index an ELF32 file can hold, so that
  /// section 0xfff1 of a large object is a section, not an absolute.
  uint32_t Shndx = 0;
  static constexpr uint32_t AbsoluteIndex = 0xFFFFFFF1;
  static constexpr uint32_t CommonIndex = 0xFFFFFFF2;

  bool isUndefined() const;
  bool isAbsolute() const;
  bool isCommon() const;
  bool isThumbFunction() const; // STT_FUNC with bit 0 set
  bool isMappingSymbol() const;
};

/// An SHT_GROUP section (gABI "Section Groups"): its signature (the name
/// of the symbol sh_info names, or that symbol's section name when it is
/// an STT_SECTION symbol, as binutils does) and its member sections.
struct InputGroup {
  unsigned Index = 0; // the SHT_GROUP section's index
  std::string Signature;
  bool Comdat = false; // GRP_COMDAT: one copy per signature is kept
  std::vector<unsigned> Members;
};

struct InputObject {
  std::string FileName;
  uint32_t EFlags = 0;
  /// A big-endian object: its bytes are kept as they are (BE32 order:
  /// instructions and data big-endian); the linker converts each field
  /// around its write, and the writer makes BE8 by the mapping symbols.
  bool BigEndian = false;
  std::vector<InputSection> Sections; // indexed by ELF section index
  std::vector<InputSymbol> Symbols;   // indexed by ELF symbol index
  /// The contents of each SHT_ARM_ATTRIBUTES section, in section order.
  std::vector<std::vector<uint8_t>> Attributes;
  std::vector<InputGroup> Groups;
};

/// Text from an input as a message shows it: control characters (a
/// hostile object's newline would split a one-line error in two, an ESC
/// would reach the terminal) become \xNN; ordinary text is unchanged.
std::string printableName(llvm::StringRef Name);

/// A symbol's or section's name as relocheck keeps it: printableName with
/// a backslash doubled too, so that no two names become one (a name with
/// the byte 0x7f and one spelled "x\x7f" stay two symbols, as they are
/// to every linker). Names are resolved in this form.
std::string objectName(llvm::StringRef Name);

/// The bytes objectName was given back (an output's symbol and section
/// names are written as the inputs spelled them).
std::string rawObjectName(llvm::StringRef Kept);

/// Reads an ELF32 Arm relocatable object, little- or big-endian. Every
/// structural problem (truncation, bad indexes, wrong machine, relocation
/// past the end of its section) is an error naming the file. Inflated,
/// when given, counts the bytes compressed sections inflated to across a
/// link's inputs (their sum is bounded, 256 MiB); each call adds its own.
llvm::Expected<InputObject> readObject(llvm::MemoryBufferRef Buffer,
                                       uint64_t *Inflated = nullptr);

/// The Tag_CPU_arch and Tag_CPU_arch_profile (0 when absent) that the
/// contents of an .ARM.attributes section record, read by LLVM's
/// ARMAttributeParser; nullopt without a Tag_CPU_arch. Where the parser
/// stops (it also refuses some valid section-scope tags), Problem gets
/// why and the tags read before count, as ld.lld warns and goes on. A
/// Tag_CPU_arch given again with another value puts both, "10 then 6", in
/// Twice (the first counts, as the parser keeps it).
struct CpuArchTags {
  uint64_t Arch = 0;
  uint64_t Profile = 0;
};
std::optional<CpuArchTags> readCpuArchTags(llvm::ArrayRef<uint8_t> Contents,
                                           bool BigEndian,
                                           std::string *Problem = nullptr,
                                           std::string *Twice = nullptr);

/// Any file relocheck reads as input (a test, an object, a script, a
/// golden): a path that is not a regular file or folder (/dev/zero, a
/// FIFO) or a file over 256 MiB is refused before reading, so a mistaken
/// path ends in an error, not in memory exhaustion. The error's text is
/// the reason only ("not a regular file ..."); callers name the path.
llvm::ErrorOr<std::unique_ptr<llvm::MemoryBuffer>>
readInputFile(const std::string &Path, bool IsText = true);

} // namespace relocheck

#endif
