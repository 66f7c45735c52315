//===- Run.h - Run another program and leave nothing of it behind -*- C++ -*-//
//
// How relocheck runs the programs it does not link in (GNU as, the oracle
// linkers, QEMU): in a process group of its own, with a deadline, killed
// with everything it started when it ends, when the deadline passes, or
// when relocheck gets a stop signal (relocheck then ends by that signal).
// runInOwnGroup does all of it; the pieces are here too for a caller that
// sets up its child differently (oracles/Execute.cpp: QEMU in a session
// of its own, under resource limits).
//
//===----------------------------------------------------------------------===//
#ifndef RELOCHECK_PROCESS_RUN_H
#define RELOCHECK_PROCESS_RUN_H

#include "llvm/Support/Error.h"
#include "llvm/Support/MemoryBuffer.h"

#include <chrono>
#include <cstdint>
#include <memory>
#include <csignal>
#include <optional>
#include <set>
#include <string>
#include <sys/types.h>
#include <vector>

namespace relocheck {

/// How one run ended.
struct RunOutcome {
  enum class End { Exited, Signalled, TimedOut, NotRun };
  End How = End::NotRun;
  int Status = 0;      // exit status, or the signal that ended it
  std::string Message; // NotRun: why; a run under QEMU: the first fault
                       // it reported ("SIGILL at 0x00010024")
  std::string Stderr;  // what it wrote there (readLogEnds)

  bool passed() const { return How == End::Exited && Status == 0; }
};

/// The most a program run by runInOwnGroup may write to one file (its
/// log, its output): 4 GiB, past any ELF32 file (lld writes 1.8 GB for
/// sections 1.75 GiB apart in one segment, lit-tests/kinds/arm2/
/// R_ARM_V4BX-range.s), so that only a runaway writer meets it.
constexpr uint64_t ChildFileCap = uint64_t(4) << 30;

/// Runs Argv (Argv[0] a path) in a process group of its own, stdin on
/// /dev/null and stdout and stderr into LogPath, for at most Seconds. When
/// it exits, or at the deadline, or when this process gets one of
/// StopSignals (relocheck then ends by that signal, unless it was started
/// with the signal ignored), it and its whole group are killed: what it
/// started in the background goes with it, and so does what left the
/// group (setsid; this process is a subreaper while the run lasts). It
/// dies with relocheck, even when relocheck is killed by SIGKILL (what
/// it started does not then: PR_SET_PDEATHSIG reaches one process). No
/// file it writes may pass ChildFileCap (SIGXFSZ ends it). NotRun (with
/// Message) when it could not be started; Stderr is not read.
RunOutcome runInOwnGroup(const std::vector<std::string> &Argv,
                         const std::string &LogPath, unsigned Seconds);

/// A log file's first and last MiB, from whole lines, with a line saying
/// how much was left out between them (a QEMU -strace log or a linker's
/// messages may run to gigabytes; what ends a run is at the end); nothing
/// when it cannot be read or is no regular file (opened as readChildFile
/// opens).
std::optional<std::string> readLogEnds(const std::string &Path);

/// A run's deadline from the environment variable Var: whole seconds in
/// [1, 3600]; Default when it is unset, or, with a warning on stderr that
/// ends with Otherwise ("each oracle link may take 120 s"), when it holds
/// anything else.
unsigned secondsFromEnvironment(const char *Var, unsigned Default,
                                const char *Otherwise);

/// The contents of Path, a file a child wrote, when it is a regular file
/// of at most MaxBytes: opened without following a symbolic link and
/// without blocking, so that a child that put a FIFO there cannot hang
/// relocheck. An error that says what is there otherwise ("it is a
/// FIFO").
llvm::Expected<std::unique_ptr<llvm::MemoryBuffer>>
readChildFile(const std::string &Path, uint64_t MaxBytes);

/// Removes Path, a temporary file of a run, or what the child put there
/// in its place (a folder with files in it).
void removeChildFile(const std::string &Path);

/// The temporary files of one run of another program (its inputs, its
/// output, its log): $TMPDIR/<Prefix><PID>-..., removed (removeChildFile)
/// when this ends, and by LLVM's handler on a stop signal meanwhile; what
/// a relocheck killed by SIGKILL left is removed by the next one's first.
class RunFiles {
public:
  explicit RunFiles(std::string Prefix);
  RunFiles(const RunFiles &) = delete;
  RunFiles &operator=(const RunFiles &) = delete;
  ~RunFiles();
  /// A new file holding Contents; an error naming the folder when it
  /// cannot be made.
  llvm::Expected<std::string> make(llvm::StringRef Suffix,
                                   llvm::StringRef Contents);
  /// The files made, in order.
  const std::vector<std::string> &paths() const { return Paths; }

private:
  std::string Prefix;
  std::vector<std::string> Paths;
};

// The pieces runInOwnGroup is made of.

using Clock = std::chrono::steady_clock;

/// Waits until Pid has exited or Deadline passes, without reaping it (its
/// process group stays reserved until waitpid). True if it exited.
bool waitForExit(pid_t Pid, Clock::time_point Deadline);

/// The processes whose parent (from /proc/PID/stat) is this process, and
/// how many processes the real user runs.
struct ProcScan {
  std::set<pid_t> Children;
  unsigned UserProcesses = 0;
};
ProcScan scanProc();

/// Kills Pid's process group and Pid, and reaps Pid; its wait status.
/// Pid is not reaped before this, so its group id cannot have been
/// reused: the kill reaches only what it started.
int killGroupAndReap(pid_t Pid);

/// What tells a run's processes from others this one adopts while the
/// run lasts (the orphan of a job started before relocheck): the
/// environment the run's child gets, this process's with
/// RELOCHECK_RUN=PID-N naming the run, which every descendant inherits
/// unless it replaces its environment; the children this process had
/// before the run; and its own process group. Make it before fork().
class RunEnvironment {
public:
  RunEnvironment();
  /// This process's children when the run began: never the run's.
  const std::set<pid_t> &before() const { return Before; }
  /// This process's group: a process of the run left the run's group to
  /// escape its kill, so one still in this group is no escapee.
  pid_t ownGroup() const { return OwnGroup; }
  RunEnvironment(const RunEnvironment &) = delete;
  RunEnvironment &operator=(const RunEnvironment &) = delete;
  /// "RELOCHECK_RUN=PID-N", as it appears in /proc/PID/environ.
  const std::string &marker() const { return Marker; }
  /// For execve: made before fork(), so the child only reads it.
  char *const *envp() const { return Pointers.data(); }

private:
  std::string Marker;
  std::vector<std::string> Strings;
  std::vector<char *> Pointers;
  std::set<pid_t> Before;
  pid_t OwnGroup;
};

/// After a run: this process is a subreaper, so every descendant the run
/// left (one that left the group with setsid, say) is re-parented to it
/// when its own parent dies. Kills and reaps each child that was not one
/// before the run and is the run's: its environment carries the run's
/// marker or is empty (a program exec'd with none, or a process still
/// exiting, whose children reach this one only once it has gone), or it
/// is in a process group other than this process's (it left the run's
/// group: setsid; this catches one that rewrote its environment, a
/// process title over it), round after round, until none is left; reaps
/// those that have ended. Left running: one in this process's group with
/// a non-empty environment without the marker (an orphan of relocheck's
/// own shell job).
void sweepDescendants(const RunEnvironment &Run);

/// How a run ended, from whether it exited by the deadline and its wait
/// status.
void endedAs(RunOutcome &Out, bool Exited, int WaitStatus);

/// Fd moved above 2 (close-on-exec): with stdin, stdout or stderr closed
/// a new descriptor may be 0, 1 or 2, which a child's dup2 onto its
/// standard streams would replace or leave close-on-exec. Fd itself when
/// it cannot move.
int aboveStdio(int Fd);

/// The errno a child sends up its CLOEXEC pipe when it cannot exec;
/// nothing when the pipe closes empty (the exec succeeded).
std::optional<int> execFailure(int PipeRead);

/// While one lives, a child runs: the stop signals relocheck was not
/// started with ignored kill it and its group at once, and when the guard
/// ends relocheck ends by the signal that came (after LLVM's interrupt
/// handlers have removed the temporary files). Make it before fork(): the
/// signals wait, blocked, until started() names the child, so none can
/// miss it. End it once the child and what it started are reaped. One at
/// a time.
class StopSignalGuard {
public:
  StopSignalGuard();
  /// The child is Pid (its group, once it has made one): the signals come
  /// through from now on.
  void started(pid_t Pid);
  /// The child is about to be reaped: after that its id may be another's.
  void forget();
  /// A folder of the run's files, removed with what is in it before the
  /// signal that came ends relocheck (LLVM's handler removes files only).
  void alsoRemove(const std::string &Folder) { Folders.push_back(Folder); }
  ~StopSignalGuard();
  StopSignalGuard(const StopSignalGuard &) = delete;
  StopSignalGuard &operator=(const StopSignalGuard &) = delete;

private:
  void unblock();
  sigset_t Was;
  bool Blocked = true;
  bool Taken[NSIG] = {};
  std::vector<std::string> Folders;
};

} // namespace relocheck

#endif
