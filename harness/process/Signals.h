//===- Signals.h - Temporary files and the stop signals --------*- C++ -*-===//
//
// What every part that runs another program or leaves a temporary file
// behind needs: the files go on ^C or a kill (LLVM's handlers), the
// signals relocheck was started with ignored stay ignored (LLVM's
// handlers would take them over), and what a relocheck killed by SIGKILL
// left is removed by the next one.
//
//===----------------------------------------------------------------------===//
#ifndef RELOCHECK_PROCESS_SIGNALS_H
#define RELOCHECK_PROCESS_SIGNALS_H

#include "llvm/ADT/StringRef.h"

#include <csignal>

namespace relocheck {

/// The signals that end relocheck and, while it runs another program,
/// that program with it (^C, kill, a closed terminal, ^\, and the other
/// signals whose default is to end a process without a core dump).
inline constexpr int StopSignals[] = {SIGINT,  SIGTERM, SIGHUP,
                                      SIGQUIT, SIGUSR1, SIGUSR2,
                                      SIGALRM, SIGPIPE};

/// Whether relocheck was started with Sig ignored (nohup's SIGHUP, a
/// background job's ^C), as read before main().
bool ignoredAtStart(int Sig);

/// Ignores again the stop signals relocheck was started with ignored:
/// LLVM's handlers, installed by the first llvm::sys::RemoveFileOnSignal,
/// take them over, and would remove the temporary files a running program
/// reads (then go on, the signal still ignored).
void keepIgnoredStopSignalsIgnored();

/// For relocheck's main, at start: SIGALRM, SIGPIPE and SIGUSR1, unless
/// relocheck was started with them ignored, end relocheck by that signal
/// after removing its temporary files (LLVM's handlers, which do so for
/// the other stop signals, leave ALRM and PIPE to their default action,
/// so the files stayed, and only report on USR1, so relocheck went on);
/// and a StopSignalGuard takes every stop signal. Not for a fuzz target:
/// libFuzzer's timer is SIGALRM.
void endOnEveryStopSignal();

/// Whether a StopSignalGuard may take Sig (not ignored at start is
/// checked apart): always after endOnEveryStopSignal; otherwise when its
/// action is the default or it is one LLVM's handlers end the process on
/// (INT, TERM, HUP, QUIT, USR2), not when another's handler has it.
bool stopSignalIsOurs(int Sig);

/// llvm::sys::RemoveFileOnSignal(Path), then keepIgnoredStopSignalsIgnored.
void removeFileOnSignal(llvm::StringRef Path);

/// Removes what relocheck processes that no longer exist left in the
/// temporary folder (SIGKILL cannot be caught): the files and folders
/// named Prefix + PID + "-..." of this user, PID not running.
void removeStaleTemps(llvm::StringRef Prefix);

} // namespace relocheck

#endif
