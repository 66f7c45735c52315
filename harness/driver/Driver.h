//===- Driver.h - From command-line words to a link ------------*- C++ -*-===//
//
// Shared by the CLI and by test files ("@ relocheck:" lines): parses the
// linker-style flags, loads inputs (.s assembled in process, .o read) and
// runs the link.
//
//===----------------------------------------------------------------------===//
#ifndef RELOCHECK_DRIVER_DRIVER_H
#define RELOCHECK_DRIVER_DRIVER_H

#include "link/Linker.h"

#include "llvm/ADT/ArrayRef.h"
#include "llvm/Support/Error.h"
#include "llvm/Support/MemoryBuffer.h"

#include <string>
#include <vector>

namespace relocheck {

struct DriverConfig {
  LinkOptions Link;
  std::vector<std::string> Inputs;
  std::string Output;
  bool ArchGiven = false;
  /// Set by settleArch when objects' build attributes chose the
  /// architecture: "m0.o's build attributes (v6S-M, profile M)".
  std::string ArchFrom;
  bool ScriptGiven = false; // -T seen among these flags (a test's own
                            // -T replaces the command line's)
  bool GnuAs = false; // --assembler=gnu
  bool BigEndian = false; // --big-endian: assemble armeb/thumbeb
  bool Rela = false;      // --rela: inputs' REL sections become RELA
};

/// Default link options: armv7-a, no layout flags.
DriverConfig defaultConfig();

/// The one thing a link flag sets, when it chooses among others:
/// "--arch" = "armv4t", "the address of .text" = "0x8000" (-Ttext and
/// --section-start=.text= alike), "the byte order" = "BE32". Empty for a
/// flag with no other way to go (--no-veneers).
struct FlagSetting {
  std::string What;
  std::string Value;
};

/// Consumes one link flag at Args[I] (and its value), advancing I. Returns
/// false when Args[I] is not a link flag. Relative -T paths are taken from
/// BaseDir. Flags: --arch=A, --section-start=SEC=ADDR, -Ttext=ADDR,
/// -Ttext ADDR, -Tdata and -Tbss likewise, --defsym=SYM=ADDR, -T FILE,
/// -e SYM, --entry=SYM, --target1-rel, --target1-abs. Set, when given,
/// says what the flag set.
llvm::Expected<bool> parseLinkFlag(llvm::ArrayRef<std::string> Args,
                                   size_t &I, DriverConfig &C,
                                   llvm::StringRef BaseDir,
                                   FlagSetting *Set = nullptr);

/// One line per flag, for --help.
const char *linkFlagsHelp();

/// Assembles .s/.S/.asm inputs in process and reads the others as ELF
/// objects. Read, when given, gets the files LLVM MC's `.include` and
/// `.incbin` read.
llvm::Expected<std::vector<InputObject>>
loadInputs(const std::vector<std::string> &Paths, const ArchProfile &Arch,
           bool GnuAs = false, bool BigEndian = false, bool Rela = false,
           std::vector<std::string> *Read = nullptr);

/// Settles the architecture from the build attributes of the inputs that
/// are objects (.s inputs are assembled for it). Without --arch, an
/// object's Tag_CPU_arch picks it: the newest among the objects, as lld
/// and GNU ld merge them; inputs without attributes keep the default.
/// With --arch, or once settled, an object built for what the
/// architecture lacks (an armv7-a object for --arch=armv5te) is an error,
/// as is a set of objects no one architecture covers.
llvm::Error settleArch(DriverConfig &C);

/// Whether an input is assembly (.s, .S, .asm), which relocheck
/// assembles and reads directives from, rather than an object file.
bool isAssemblyInput(llvm::StringRef Path);

/// Reads each of Buffers (as loadObjectFiles returns them) as an ELF
/// object; with BigEndian, a little-endian one is an error.
llvm::Expected<std::vector<InputObject>>
readInputs(const std::vector<std::unique_ptr<llvm::MemoryBuffer>> &Buffers,
           bool BigEndian);

/// The object bytes of each input (assembled where needed), unparsed: for
/// handing the same objects to other linkers.
llvm::Expected<std::vector<std::unique_ptr<llvm::MemoryBuffer>>>
loadObjectFiles(const std::vector<std::string> &Paths,
                const ArchProfile &Arch, bool GnuAs = false,
                bool BigEndian = false, bool Rela = false,
                std::vector<std::string> *Read = nullptr);

/// loadInputs and loadObjectFiles with C's inputs and flags; an input
/// that does not assemble for an architecture the objects' build
/// attributes chose says so in a note.
llvm::Expected<std::vector<InputObject>>
loadInputs(const DriverConfig &C, std::vector<std::string> *Read = nullptr);
llvm::Expected<std::vector<std::unique_ptr<llvm::MemoryBuffer>>>
loadObjectFiles(const DriverConfig &C,
                std::vector<std::string> *Read = nullptr);

/// What the loaders last started on ("assembling 'a.s'", "reading 'b.o'",
/// then "linking 'a.s'"), for a message when memory runs out.
const std::string &workInProgress();

/// The object with each SHT_REL section turned into SHT_RELA: the addend
/// moves from the field into r_addend and the field's immediate becomes 0
/// (RelaInput.cpp). Little-endian objects only.
llvm::Expected<std::unique_ptr<llvm::MemoryBuffer>>
relocationsAsRela(const llvm::MemoryBuffer &Obj, const ArchProfile &Arch);

} // namespace relocheck

#endif
