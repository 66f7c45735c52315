//===- Signals.cpp - Temporary files and the stop signals -----------------===//
#include "process/Signals.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Signals.h"

#include <cerrno>
#include <sys/stat.h>
#include <unistd.h>

using namespace llvm;

namespace relocheck {

namespace {
/// The stop signals relocheck was started with ignored, read before
/// main() and so before LLVM puts its own handlers over them.
struct IgnoredAtStart {
  bool Ignored[NSIG] = {};
  IgnoredAtStart() {
    for (int Sig : StopSignals) {
      struct sigaction Now;
      Ignored[Sig] =
          sigaction(Sig, nullptr, &Now) == 0 && Now.sa_handler == SIG_IGN;
    }
  }
} const StartDispositions;
} // namespace

bool ignoredAtStart(int Sig) {
  return Sig > 0 && Sig < NSIG && StartDispositions.Ignored[Sig];
}

void keepIgnoredStopSignalsIgnored() {
  struct sigaction Ignore = {};
  Ignore.sa_handler = SIG_IGN;
  for (int Sig : StopSignals)
    if (StartDispositions.Ignored[Sig])
      sigaction(Sig, &Ignore, nullptr);
}

namespace {
/// Set by endOnEveryStopSignal: relocheck's main owns every stop signal.
/// Elsewhere (a fuzz target: libFuzzer's timer is SIGALRM) only those
/// whose action is the default, or that LLVM's handlers end the process
/// on, are a StopSignalGuard's to take.
bool OwnsStopSignals = false;

/// ALRM and PIPE: LLVM's handlers leave them to the default action (the
/// process ends, its temporary files stay). Here they end relocheck, its
/// temporary files removed first, as LLVM's handler does for the others.
void removeFilesThenEnd(int Sig) {
  sys::RunInterruptHandlers();
  signal(Sig, SIG_DFL);
  raise(Sig); // delivered when this returns
}

/// SIGUSR1, through LLVM's handler once it is in (it takes the signal
/// over and only calls this; before, the default action ends relocheck
/// with no temporary file to remove).
void endOnInfoSignal() { removeFilesThenEnd(SIGUSR1); }
} // namespace

void endOnEveryStopSignal() {
  OwnsStopSignals = true;
  struct sigaction End = {};
  End.sa_handler = removeFilesThenEnd;
  sigfillset(&End.sa_mask);
  for (int Sig : {SIGALRM, SIGPIPE})
    if (!StartDispositions.Ignored[Sig])
      sigaction(Sig, &End, nullptr);
  if (!StartDispositions.Ignored[SIGUSR1])
    sys::SetInfoSignalFunction(endOnInfoSignal);
}

bool stopSignalIsOurs(int Sig) {
  if (OwnsStopSignals)
    return true;
  struct sigaction Now;
  if (sigaction(Sig, nullptr, &Now) != 0)
    return false;
  bool EndedByLlvm = Sig == SIGINT || Sig == SIGTERM || Sig == SIGHUP ||
                     Sig == SIGQUIT || Sig == SIGUSR2;
  return Now.sa_handler == SIG_DFL || EndedByLlvm;
}

void removeFileOnSignal(StringRef Path) {
  sys::RemoveFileOnSignal(Path);
  keepIgnoredStopSignalsIgnored();
}

void removeStaleTemps(StringRef Prefix) {
  SmallString<128> Tmp;
  sys::path::system_temp_directory(/*ErasedOnReboot=*/true, Tmp);
  std::error_code EC;
  for (sys::fs::directory_iterator It(Tmp, EC, /*FollowSymlinks=*/false),
       End;
       It != End && !EC; It.increment(EC)) {
    StringRef Name = sys::path::filename(It->path());
    pid_t Owner = 0;
    if (!Name.consume_front(Prefix) ||
        Name.take_until([](char C) { return C == '-'; })
            .getAsInteger(10, Owner) ||
        Owner <= 0 || Owner == getpid())
      continue;
    if (kill(Owner, 0) == 0 || errno != ESRCH)
      continue; // still running (or not ours to ask about)
    struct stat St;
    if (lstat(It->path().c_str(), &St) != 0 || St.st_uid != getuid())
      continue;
    if (S_ISDIR(St.st_mode))
      sys::fs::remove_directories(It->path());
    else if (S_ISREG(St.st_mode) || S_ISFIFO(St.st_mode))
      unlink(It->path().c_str()); // a FIFO a killed run's child made
  }
}

} // namespace relocheck
