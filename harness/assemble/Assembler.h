//===- Assembler.h - LLVM MC in process: assembly to ELF object -*- C++ -*-===//
//
// Turns ARM/Thumb assembly into an ELF32 relocatable object in memory, with
// build attributes for the chosen architecture. No temporary file and no
// subprocess. Diagnostics come back as one `file:line:col: error: ...` line
// each, inside the returned llvm::Error; nothing is printed from here.
//
//===----------------------------------------------------------------------===//
#ifndef RELOCHECK_ASSEMBLE_ASSEMBLER_H
#define RELOCHECK_ASSEMBLE_ASSEMBLER_H

#include "kinds/Arch.h"

#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/MemoryBuffer.h"

#include <memory>
#include <string>
#include <vector>

namespace relocheck {

/// Registers the ARM target's MC components once (idempotent).
void initializeArmTarget();

/// The addend LLVM MC meant one relocation of the object to have: the
/// source expression's constant, with no PC bias (for a section symbol, the
/// symbol's offset too). A REL object keeps it in the place's field, where
/// MC writes it without asking whether it fits, so the caller compares it
/// with what the field reads back as.
struct MeantAddend {
  std::string Section; // the name of the section the relocation patches
  /// How many sections of that name come before it (`.section .t, "ax",
  /// %progbits, unique, N` makes several); MC writes them in this order.
  unsigned SameNameBefore = 0;
  uint64_t Offset = 0; // r_offset
  uint32_t Type = 0;   // r_type
  int64_t Addend = 0;
  std::string Where; // "file:line:col" of the source, or ""
};

/// Assembles Source (named FileName in diagnostics) for Arch. When Read is
/// given, the path of every file `.include`/`.incbin` read is added to it;
/// when Meant is, the addend of every relocation MC wrote.
llvm::Expected<std::unique_ptr<llvm::MemoryBuffer>>
assemble(llvm::StringRef Source, llvm::StringRef FileName,
         const ArchProfile &Arch, bool BigEndian = false,
         std::vector<std::string> *Read = nullptr,
         std::vector<MeantAddend> *Meant = nullptr);

/// Assembles the file at Path with GNU as (arm-linux-gnueabihf-as) as a
/// second front end: each assembler silently drops some relocations, so a
/// test can be run through both. Runs a subprocess and a temporary object
/// file; GNU as's messages come back as `file:line: error: ...` lines.
llvm::Expected<std::unique_ptr<llvm::MemoryBuffer>>
assembleWithGnuAs(llvm::StringRef Path, const ArchProfile &Arch,
                  bool BigEndian = false);

} // namespace relocheck

#endif
