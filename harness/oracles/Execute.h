//===- Execute.h - Run each oracle's image under qemu-arm -------*- C++ -*-===//
//
// The execution oracle: a self-checking program (it takes each relocated
// branch, loads each relocated address and compares it with the same
// address computed another way) is linked by relocheck's core and by each
// oracle at the same layout, and every image is run under QEMU's user-mode
// emulator with a hard timeout. The exit status says which check failed:
//
//   0          every check passed
//   N (1..99)  check N found a wrong value
//   100 + N    a fault (SIGILL, SIGSEGV, SIGBUS, ...) during check N, caught
//              by the program's own handler (lit-tests/execute/Inputs/
//              runtime.s keeps the running check's number in r11)
//
// A test names its checks with `@ check N: TEXT` lines (TestSpec).
//
//===----------------------------------------------------------------------===//
#ifndef RELOCHECK_ORACLES_EXECUTE_H
#define RELOCHECK_ORACLES_EXECUTE_H

#include "kinds/Arch.h"
#include "process/Run.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/Error.h"

#include <map>
#include <optional>
#include <string>
#include <vector>

namespace relocheck {

/// The user-mode emulator for the byte order (qemu-arm, or qemu-armeb for
/// big-endian images), or an error that names the missing program and
/// its Debian package.
llvm::Expected<std::string> findEmulator(bool BigEndian);

/// Runs Program with Args as a child in its own session, with stdin and
/// stdout on /dev/null, stderr captured (up to 64 MiB: a longer log ends
/// the child with SIGXFSZ), no core dumps and limits on memory, processes
/// and CPU time (docs/linker-matrix.md, "What a run may do"); it is killed
/// if this process dies first. This process is a child subreaper while it
/// runs: at the end (exit or deadline) the child's group is killed with
/// SIGKILL and every descendant of the run left (sweepDescendants) is
/// killed and reaped before this returns. Its files live in a private
/// folder, removed afterwards.
RunOutcome runWithTimeout(const std::string &Program,
                          const std::vector<std::string> &Args,
                          unsigned TimeoutSeconds);

/// Writes Image (an ELF executable) to a private temporary folder and runs
/// it under Emulator (with -strace) as runWithTimeout does. An exit
/// without the program's own exit call in QEMU's log (QEMU could not load
/// the image: it exits 1 without a word; or the program replaced itself
/// with a host program by execve) is NotRun, so it never reads as check 1.
RunOutcome runImage(const std::string &Emulator, llvm::StringRef Image,
                    unsigned TimeoutSeconds, llvm::StringRef Cpu = "");

/// Why Image (an ELF executable) cannot run as linked, when two of its
/// PT_LOAD segments share a 4 KiB page that the loader (QEMU, or a
/// kernel) maps twice, the later mapping winning: the later one takes
/// away execute or write access the earlier one's sections need, or puts
/// another file page there. lld and mold give each pinned output section
/// its own segment with its own rights: `.data` pinned on `.text`'s page
/// makes the code page not executable. Nothing when it can run (or is
/// not a 32-bit ELF file; running it says what is wrong then).
std::optional<std::string> pageClash(llvm::StringRef Image);

/// Why Image (an ELF executable) is broken whatever loads it: a PT_LOAD
/// segment that runs past 0xffffffff (mold sized one 0xfffff804 bytes),
/// whose memory size is less than its file size, or whose file offset is
/// not its address modulo the page. The linker's fault, not
/// the layout's; pageClash says nothing of such an image.
std::optional<std::string> badSegment(llvm::StringRef Image);

/// Why qemu-arm's user mode cannot run Image (an ELF executable) as
/// linked, whatever the relocations: a PT_LOAD segment reaches the last
/// 4 KiB page (0xfffff000 up), which it cannot map ("Error mapping file"),
/// or an executable one lies at 0xffff0000 or above, where it takes
/// every instruction fetch for a call into the kernel's helper page and
/// gives up ("unhandled CPU exception 0x9"). Measured with QEMU 7.2 on an
/// x86-64 host. Nothing when it can run, or when Image is not an ELF32
/// file or badSegment has something to say.
std::optional<std::string> beyondQemu(llvm::StringRef Image);

/// The QEMU CPU (-cpu) that runs only what Arch has, where QEMU's user
/// mode has one: ti925t for v4T (a BLX there is SIGILL), arm926 for
/// v5TE, arm1136-r2 for v6 (arm1136 has v6K's CLREX), cortex-a8 for
/// v7-A; "" (QEMU's newest) for v8-A and for M-profile, which qemu-arm's
/// user mode cannot run as such.
llvm::StringRef qemuCpuFor(const ArchProfile &Arch);

/// One line for a run, read with the exit-status convention above and the
/// test's check names: "exit 0: all 5 checks passed", "exit 3: check 3
/// failed: THM_CALL to arm_fn", "killed by signal 4 (SIGILL)", "timed out
/// after 10 s".
std::string describeRun(const RunOutcome &O,
                        const std::map<unsigned, std::string> &Checks,
                        unsigned TimeoutSeconds);

} // namespace relocheck

#endif
