//===- Run.cpp - Run another program and leave nothing of it behind -------===//
#include "process/Run.h"

#include "process/Signals.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/ScopeExit.h"
#include "llvm/ADT/SmallVector.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringRef.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Signals.h"
#include "llvm/Support/raw_ostream.h"

#include <atomic>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <dirent.h>
#include <fcntl.h>
#include <poll.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace llvm;

namespace relocheck {

bool waitForExit(pid_t Pid, Clock::time_point Deadline) {
  int Fd = int(syscall(SYS_pidfd_open, Pid, 0));
  scope_exit CloseFd([&] {
    if (Fd >= 0)
      close(Fd);
  });
  for (;;) {
    siginfo_t Info;
    std::memset(&Info, 0, sizeof(Info));
    if (waitid(P_PID, id_t(Pid), &Info, WEXITED | WNOHANG | WNOWAIT) == 0 &&
        Info.si_pid == Pid)
      return true;
    auto Left = std::chrono::duration_cast<std::chrono::milliseconds>(
        Deadline - Clock::now());
    if (Left.count() <= 0)
      return false;
    if (Fd >= 0) {
      // A pidfd becomes readable when the process exits.
      pollfd P = {Fd, POLLIN, 0};
      poll(&P, 1, int(std::min<long long>(Left.count(), 1000)));
    } else {
      usleep(10000); // no pidfd (an old kernel): look again in 10 ms
    }
  }
}

namespace {
/// The fields of /proc/PID/stat the sweep reads.
struct ProcStat {
  char State;   // 'Z' for a zombie
  pid_t Parent; // PPID
  pid_t Group;  // PGRP
};

/// Pid's /proc/PID/stat, "PID (COMM) STATE PPID PGRP ..." (COMM may hold
/// spaces and parentheses); nothing when Pid is gone.
std::optional<ProcStat> readProcStat(StringRef Pid) {
  auto Stat =
      MemoryBuffer::getFileAsStream("/proc/" + Pid.str() + "/stat");
  if (!Stat)
    return std::nullopt;
  StringRef Text = (*Stat)->getBuffer();
  size_t Paren = Text.rfind(')');
  if (Paren == StringRef::npos)
    return std::nullopt;
  SmallVector<StringRef, 4> Fields;
  Text.drop_front(Paren + 1).split(Fields, ' ', 4, false);
  ProcStat Out;
  if (Fields.size() < 3 || Fields[0].empty() ||
      Fields[1].getAsInteger(10, Out.Parent) ||
      Fields[2].getAsInteger(10, Out.Group))
    return std::nullopt;
  Out.State = Fields[0].front();
  return Out;
}
} // namespace

ProcScan scanProc() {
  ProcScan Out;
  pid_t Self = getpid();
  uid_t Uid = getuid();
  DIR *D = opendir("/proc");
  if (!D)
    return Out;
  while (dirent *E = readdir(D)) {
    pid_t Pid = 0;
    if (StringRef(E->d_name).getAsInteger(10, Pid) || Pid <= 0)
      continue;
    std::string Dir = std::string("/proc/") + E->d_name;
    struct stat St;
    if (stat(Dir.c_str(), &St) == 0 && St.st_uid == Uid)
      ++Out.UserProcesses;
    if (auto S = readProcStat(E->d_name); S && S->Parent == Self)
      Out.Children.insert(Pid);
  }
  closedir(D);
  return Out;
}

void endedAs(RunOutcome &Out, bool Exited, int WaitStatus) {
  if (!Exited) {
    Out.How = RunOutcome::End::TimedOut;
  } else if (WIFSIGNALED(WaitStatus)) {
    Out.How = RunOutcome::End::Signalled;
    Out.Status = WTERMSIG(WaitStatus);
  } else {
    Out.How = RunOutcome::End::Exited;
    Out.Status = WEXITSTATUS(WaitStatus);
  }
}

int aboveStdio(int Fd) {
  if (Fd < 0 || Fd > 2)
    return Fd;
  int Moved = fcntl(Fd, F_DUPFD_CLOEXEC, 3);
  if (Moved < 0)
    return Fd;
  close(Fd);
  return Moved;
}

std::optional<int> execFailure(int PipeRead) {
  int Errno = 0;
  ssize_t Got;
  do
    Got = read(PipeRead, &Errno, sizeof(Errno));
  while (Got < 0 && errno == EINTR);
  if (Got == sizeof(Errno))
    return Errno;
  return std::nullopt;
}

int killGroupAndReap(pid_t Pid) {
  kill(-Pid, SIGKILL);
  kill(Pid, SIGKILL); // it may have left its group (setpgid elsewhere)
  int WaitStatus = 0;
  while (waitpid(Pid, &WaitStatus, 0) < 0 && errno == EINTR)
    ;
  return WaitStatus;
}

RunEnvironment::RunEnvironment()
    : Before(scanProc().Children), OwnGroup(getpgrp()) {
  static unsigned Runs = 0;
  Marker = "RELOCHECK_RUN=" + std::to_string(getpid()) + "-" +
           std::to_string(++Runs);
  for (char **E = environ; *E; ++E)
    if (!StringRef(*E).starts_with("RELOCHECK_RUN="))
      Strings.push_back(*E);
  Strings.push_back(Marker);
  for (std::string &S : Strings)
    Pointers.push_back(S.data());
  Pointers.push_back(nullptr);
}

namespace {
/// Whether Pid has ended (a zombie) or is gone, or is in a process group
/// other than Group.
bool endedOrElsewhere(pid_t Pid, pid_t Group) {
  auto S = readProcStat(std::to_string(Pid));
  return !S || S->State == 'Z' || S->Group != Group;
}

/// Whether Pid is the run's: its environment (as it was exec'd with)
/// holds Marker, or is empty. Empty is what a process that is exiting
/// shows (its memory is going; what it started reaches this process only
/// once it has gone, so it must be waited for), and what a program exec'd
/// with no environment at all shows (a guest's execve with envp {NULL}).
bool isRuns(pid_t Pid, StringRef Marker) {
  auto Env = MemoryBuffer::getFileAsStream("/proc/" + std::to_string(Pid) +
                                           "/environ");
  if (!Env)
    return true; // gone meanwhile: reaping it costs nothing
  SmallVector<StringRef, 0> Vars;
  (*Env)->getBuffer().split(Vars, '\0', -1, false);
  return Vars.empty() || llvm::is_contained(Vars, Marker);
}
} // namespace

void sweepDescendants(const RunEnvironment &Run) {
  for (unsigned Round = 0; Round < 10000; ++Round) {
    std::vector<pid_t> Left;
    for (pid_t P : scanProc().Children)
      if (!Run.before().count(P) &&
          (endedOrElsewhere(P, Run.ownGroup()) || isRuns(P, Run.marker())))
        Left.push_back(P);
    if (Left.empty())
      return;
    for (pid_t P : Left)
      kill(P, SIGKILL);
    for (pid_t P : Left)
      while (waitpid(P, nullptr, 0) < 0 && errno == EINTR)
        ;
  }
}

namespace {
/// The process group of the child a StopSignalGuard watches, for the
/// signal handler.
std::atomic<pid_t> RunningGroup{0};

/// What each of StopSignals did before a StopSignalGuard took it over.
struct sigaction SavedAction[NSIG];

/// The stop signal that came while a child ran, raised again when it and
/// what it started are all gone.
std::atomic<int> PendingStop{0};

/// A stop signal while a child runs: the child and its group are killed
/// at once; the guard's owner reaps them and sweeps what left the group,
/// then the signal goes on to what handled it before (LLVM's handler
/// removes its temporary files and ends the process by the same signal,
/// so a shell sees 130 for ^C).
void killGroupThenStop(int Sig) {
  int SavedErrno = errno;
  PendingStop = Sig;
  if (pid_t G = RunningGroup.load()) {
    kill(-G, SIGKILL);
    kill(G, SIGKILL); // before its setpgid or setsid it has no group
  }
  errno = SavedErrno;
}
} // namespace

StopSignalGuard::StopSignalGuard() {
  sigset_t Stops;
  sigemptyset(&Stops);
  for (int Sig : StopSignals)
    sigaddset(&Stops, Sig);
  sigprocmask(SIG_BLOCK, &Stops, &Was);
  struct sigaction Act = {};
  Act.sa_handler = killGroupThenStop;
  sigfillset(&Act.sa_mask);
  for (int Sig : StopSignals) {
    sigaction(Sig, nullptr, &SavedAction[Sig]);
    Taken[Sig] = !ignoredAtStart(Sig) && stopSignalIsOurs(Sig);
    if (Taken[Sig])
      sigaction(Sig, &Act, nullptr);
  }
  keepIgnoredStopSignalsIgnored();
}

void StopSignalGuard::started(pid_t Pid) {
  RunningGroup = Pid;
  unblock();
}

void StopSignalGuard::forget() { RunningGroup = 0; }

StopSignalGuard::~StopSignalGuard() {
  forget();
  // The stop signals wait, blocked, while the handlers go back: a second
  // one in the middle would find the files half removed.
  sigset_t Stops;
  sigemptyset(&Stops);
  for (int Sig : StopSignals)
    sigaddset(&Stops, Sig);
  sigprocmask(SIG_BLOCK, &Stops, nullptr);
  for (int Sig : StopSignals)
    if (Taken[Sig])
      sigaction(Sig, &SavedAction[Sig], nullptr);
  if (int Sig = PendingStop.exchange(0)) {
    // The temporary files go first, whatever handles the signal next.
    sys::RunInterruptHandlers();
    for (const std::string &F : Folders)
      sys::fs::remove_directories(F);
    raise(Sig); // pending until the mask goes back
    Blocked = true;
    unblock();
    // What handled it before returned (neither LLVM's handler nor
    // relocheck's, which end the process): end as the signal would have.
    signal(Sig, SIG_DFL);
    raise(Sig);
  }
  Blocked = true;
  unblock();
}

void StopSignalGuard::unblock() {
  if (!Blocked)
    return;
  Blocked = false;
  sigprocmask(SIG_SETMASK, &Was, nullptr);
}

namespace {
/// The child's side of runInOwnGroup: only async-signal-safe calls. A
/// group of its own (so the terminal's ^C reaches relocheck alone, which
/// kills the group), and it dies with relocheck even when relocheck is
/// killed by SIGKILL. Errno goes up the pipe when it cannot start.
[[noreturn]] void execInOwnGroup(const std::vector<char *> &Argv,
                                 char *const *Envp, int LogFd, int NullFd,
                                 pid_t Parent, int ExecPipe) {
  int Errno = 0;
  setpgid(0, 0);
  prctl(PR_SET_PDEATHSIG, SIGKILL);
  if (getppid() != Parent)
    _exit(127);
  struct sigaction Default = {};
  Default.sa_handler = SIG_DFL;
  for (int Sig : StopSignals)
    sigaction(Sig, &Default, nullptr);
  sigset_t None;
  sigemptyset(&None);
  sigprocmask(SIG_SETMASK, &None, nullptr);
  // No file past the cap, nor past a lower limit relocheck was given.
  rlimit FileCap;
  if (getrlimit(RLIMIT_FSIZE, &FileCap) == 0) {
    FileCap.rlim_cur = std::min<rlim_t>(FileCap.rlim_cur, ChildFileCap);
    FileCap.rlim_max = std::min<rlim_t>(FileCap.rlim_max, ChildFileCap);
    setrlimit(RLIMIT_FSIZE, &FileCap);
  }
  // Both descriptors are above 2 and close-on-exec (made so by the
  // parent); the copies dup2 makes are not.
  if (dup2(NullFd, 0) < 0 || dup2(LogFd, 1) < 0 || dup2(LogFd, 2) < 0) {
    Errno = errno;
  } else {
    execve(Argv[0], Argv.data(), Envp);
    Errno = errno;
  }
  (void)!write(ExecPipe, &Errno, sizeof(Errno));
  _exit(127);
}
} // namespace

RunOutcome runInOwnGroup(const std::vector<std::string> &Argv,
                         const std::string &LogPath, unsigned Seconds) {
  RunOutcome Out;
  // Everything the child needs is made before fork(); after it the child
  // makes only async-signal-safe calls.
  std::vector<char *> Args;
  for (const std::string &A : Argv)
    Args.push_back(const_cast<char *>(A.c_str()));
  Args.push_back(nullptr);
  int ExecPipe[2];
  if (pipe2(ExecPipe, O_CLOEXEC) != 0) {
    Out.Message = std::string("cannot set up the child: ") +
                  std::strerror(errno);
    return Out;
  }
  for (int &End : ExecPipe)
    End = aboveStdio(End);
  scope_exit ClosePipe([&] { close(ExecPipe[0]); });
  // The log and /dev/null are opened here, so that a log that cannot be
  // made is said as such (not as the program failing to start).
  int LogFd = aboveStdio(open(LogPath.c_str(),
                              O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600));
  int NullFd = aboveStdio(open("/dev/null", O_RDONLY | O_CLOEXEC));
  scope_exit CloseFds([&] {
    for (int Fd : {LogFd, NullFd})
      if (Fd >= 0)
        close(Fd);
  });
  if (LogFd < 0 || NullFd < 0) {
    Out.Message = (LogFd < 0 ? "cannot create its log " + LogPath
                             : std::string("cannot open /dev/null")) +
                  ": " + std::strerror(errno);
    close(ExecPipe[1]);
    return Out;
  }
  // While the run lasts this process is a subreaper: whatever the linker
  // starts stays its descendant, even after a setsid and a double fork,
  // and is swept at the end.
  int WasSubreaper = 0;
  prctl(PR_GET_CHILD_SUBREAPER, &WasSubreaper);
  prctl(PR_SET_CHILD_SUBREAPER, 1);
  RunEnvironment Env;
  // The guard goes last, after the sweep (scope_exit runs first).
  StopSignalGuard Guard;
  scope_exit EndRun([&] {
    sweepDescendants(Env);
    prctl(PR_SET_CHILD_SUBREAPER, WasSubreaper);
  });
  pid_t Parent = getpid();
  pid_t Pid = fork();
  if (Pid == 0)
    execInOwnGroup(Args, Env.envp(), LogFd, NullFd, Parent, ExecPipe[1]);
  int ForkErrno = errno;
  close(ExecPipe[1]);
  if (Pid < 0) {
    Out.Message = std::string("cannot fork: ") + std::strerror(ForkErrno);
    return Out;
  }
  // Both sides call setpgid, as shells do, so the group exists before a
  // signal can come through.
  setpgid(Pid, Pid); // fails harmlessly once the child has exec'd
  Guard.started(Pid);
  if (std::optional<int> ExecErrno = execFailure(ExecPipe[0])) {
    Guard.forget();
    killGroupAndReap(Pid);
    Out.Message = std::strerror(*ExecErrno);
    return Out;
  }
  bool Exited =
      waitForExit(Pid, Clock::now() + std::chrono::seconds(Seconds));
  // Its group id is its pid until it is reaped: the kill reaches only
  // what it started, whether it exited or ran out of time.
  Guard.forget();
  int WaitStatus = killGroupAndReap(Pid);
  endedAs(Out, Exited, WaitStatus);
  return Out;
}

unsigned secondsFromEnvironment(const char *Var, unsigned Default,
                                const char *Otherwise) {
  const char *Env = std::getenv(Var);
  unsigned N = 0;
  if (!Env)
    return Default;
  if (!StringRef(Env).getAsInteger(10, N) && N >= 1 && N <= 3600)
    return N;
  errs() << "warning: " << Var << " expects whole seconds in [1, 3600], "
         << "found '";
  printEscapedString(Env, errs());
  errs() << "'; " << Otherwise << "\n";
  return Default;
}

namespace {
/// Path opened for reading when it is a regular file: without following
/// a symbolic link and without blocking (a FIFO a child left there would
/// block the open, and then the read, for ever). The descriptor and the
/// size, or why not.
Expected<std::pair<int, uint64_t>> openRegular(const std::string &Path) {
  int Fd = open(Path.c_str(),
                O_RDONLY | O_NONBLOCK | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY);
  if (Fd < 0 && errno == ELOOP)
    return createStringError(inconvertibleErrorCode(),
                             "it is a symbolic link");
  if (Fd < 0)
    return errorCodeToError(std::error_code(errno, std::generic_category()));
  struct stat St;
  if (fstat(Fd, &St) != 0) {
    std::error_code EC(errno, std::generic_category());
    close(Fd);
    return errorCodeToError(EC);
  }
  if (!S_ISREG(St.st_mode)) {
    close(Fd);
    return createStringError(inconvertibleErrorCode(),
                             S_ISDIR(St.st_mode)    ? "it is a folder"
                             : S_ISFIFO(St.st_mode) ? "it is a FIFO"
                                                    : "it is no regular file");
  }
  return std::make_pair(aboveStdio(Fd), uint64_t(St.st_size));
}
} // namespace

Expected<std::unique_ptr<MemoryBuffer>>
readChildFile(const std::string &Path, uint64_t MaxBytes) {
  auto Opened = openRegular(Path);
  if (!Opened)
    return Opened.takeError();
  auto [Fd, Size] = *Opened;
  scope_exit Close([Fd = Fd] { close(Fd); });
  if (Size > MaxBytes)
    return createStringError(inconvertibleErrorCode(),
                             "it has " + Twine(Size) +
                                 " bytes, more than the " +
                                 Twine(MaxBytes >> 20) + " MiB read");
  auto Buffer = MemoryBuffer::getOpenFileSlice(
      sys::fs::convertFDToNativeFile(Fd), Path, Size, 0);
  if (!Buffer)
    return errorCodeToError(Buffer.getError());
  return std::move(*Buffer);
}

void removeChildFile(const std::string &Path) {
  // LLVM's remove() leaves a FIFO or a device node alone.
  struct stat St;
  if (lstat(Path.c_str(), &St) != 0)
    return;
  if (S_ISDIR(St.st_mode))
    sys::fs::remove_directories(Path);
  else
    unlink(Path.c_str());
}

RunFiles::RunFiles(std::string Prefix) : Prefix(std::move(Prefix)) {
  static std::set<std::string> Swept;
  if (Swept.insert(this->Prefix).second)
    removeStaleTemps(this->Prefix);
}

RunFiles::~RunFiles() {
  for (const std::string &P : Paths) {
    removeChildFile(P);
    sys::DontRemoveFileOnSignal(P);
  }
}

Expected<std::string> RunFiles::make(StringRef Suffix, StringRef Contents) {
  SmallString<128> Path;
  int FD;
  if (std::error_code EC = sys::fs::createTemporaryFile(
          Prefix + std::to_string(getpid()), Suffix, FD, Path)) {
    SmallString<128> Tmp;
    sys::path::system_temp_directory(/*ErasedOnReboot=*/true, Tmp);
    return createStringError(EC, "cannot create a temporary file in '" +
                                     Tmp + "' (TMPDIR): " + EC.message());
  }
  Paths.push_back(Path.str().str());
  removeFileOnSignal(Path);
  raw_fd_ostream OS(FD, /*shouldClose=*/true);
  OS << Contents;
  return Path.str().str();
}

std::optional<std::string> readLogEnds(const std::string &Path) {
  const uint64_t Part = 1 << 20;
  auto Opened = openRegular(Path);
  if (!Opened) {
    consumeError(Opened.takeError());
    return std::nullopt;
  }
  auto [Fd, Size] = *Opened;
  scope_exit Close([Fd = Fd] { close(Fd); });
  auto Slice = [&, Fd = Fd](uint64_t Length, uint64_t Offset) {
    return MemoryBuffer::getOpenFileSlice(sys::fs::convertFDToNativeFile(Fd),
                                          Path, Length, Offset);
  };
  if (Size <= 2 * Part) {
    auto All = Slice(Size, 0);
    if (!All)
      return std::nullopt;
    return (*All)->getBuffer().str();
  }
  auto Head = Slice(Part, 0);
  auto Tail = Slice(Part, Size - Part);
  if (!Head || !Tail)
    return std::nullopt;
  StringRef End = (*Tail)->getBuffer();
  End = End.drop_front(std::min(End.size(), End.find('\n') + 1));
  return (*Head)->getBuffer().str() + "\n[... " +
         std::to_string(Size - Part - End.size()) +
         " bytes of the log left out ...]\n" + End.str();
}

} // namespace relocheck
