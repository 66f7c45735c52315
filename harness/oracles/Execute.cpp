//===- Execute.cpp - Run each oracle's image under qemu-arm ---------------===//
#include "oracles/Execute.h"

#include "llvm/ADT/ScopeExit.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/raw_ostream.h"

#include <cerrno>
#include <chrono>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <poll.h>
#include <sys/prctl.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <sys/wait.h>
#include <unistd.h>

using namespace llvm;

namespace relocheck {

Expected<std::string> findEmulator(bool BigEndian) {
  const char *Name = BigEndian ? "qemu-armeb" : "qemu-arm";
  if (auto P = sys::findProgramByName(Name))
    return *P;
  return createStringError(inconvertibleErrorCode(),
                           std::string("error: ") + Name +
                               " is not on PATH (Debian package "
                               "qemu-user); it runs the linked images");
}

namespace {

using Clock = std::chrono::steady_clock;

/// Waits until Pid has exited or Deadline passes, without reaping it (its
/// process group stays reserved until waitpid). True if it exited.
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

/// QEMU's -strace log says what the program did: "PID exit(N)" when it
/// made its exit call, "--- SIGILL {si_signo=..., si_addr=0x...} ---" for
/// each signal delivered to it.
struct StraceSummary {
  bool ExitCall = false;
  std::string FirstFault; // "SIGILL at 0x00010024"
};

StraceSummary readStrace(StringRef Log) {
  StraceSummary Out;
  SmallVector<StringRef, 0> Lines;
  Log.split(Lines, '\n', -1, false);
  for (StringRef L : Lines) {
    L = L.trim();
    StringRef Call = L.drop_while([](char C) { return isdigit(C); }).ltrim();
    if (Call.starts_with("exit(") || Call.starts_with("exit_group("))
      Out.ExitCall = true;
    if (!Out.FirstFault.empty() || !L.consume_front("--- SIG"))
      continue;
    StringRef Name = L.take_while([](char C) { return isalnum(C); });
    size_t At = L.find("si_addr=");
    Out.FirstFault = "SIG" + Name.str();
    if (At != StringRef::npos)
      Out.FirstFault += " at " + L.drop_front(At + 8)
                                     .take_while([](char C) {
                                       return isalnum(C);
                                     })
                                     .str();
  }
  return Out;
}

const char *signalName(int Sig) {
  switch (Sig) {
  case SIGILL:
    return "SIGILL";
  case SIGTRAP:
    return "SIGTRAP";
  case SIGABRT:
    return "SIGABRT";
  case SIGBUS:
    return "SIGBUS";
  case SIGFPE:
    return "SIGFPE";
  case SIGKILL:
    return "SIGKILL";
  case SIGSEGV:
    return "SIGSEGV";
  case SIGXFSZ:
    return "SIGXFSZ: its stderr passed 64 MiB";
  default:
    return nullptr;
  }
}

/// The child's side of runWithTimeout: only async-signal-safe calls.
[[noreturn]] void execChild(const std::vector<char *> &Argv, pid_t Parent,
                            int NullFd, int LogFd, int ExecPipe) {
  // Its own group keeps it from the terminal's ^C; so that it cannot
  // outlive relocheck either (killed, or stopped by ^C), it dies with it.
  setpgid(0, 0);
  prctl(PR_SET_PDEATHSIG, SIGKILL);
  if (getppid() != Parent)
    _exit(127);
  rlimit NoCore = {0, 0};
  setrlimit(RLIMIT_CORE, &NoCore); // QEMU writes qemu_*.core otherwise
  rlimit LogCap = {64 << 20, 64 << 20};
  setrlimit(RLIMIT_FSIZE, &LogCap);
  sigset_t None;
  sigemptyset(&None);
  sigprocmask(SIG_SETMASK, &None, nullptr);

  dup2(NullFd, 0);
  dup2(NullFd, 1);
  dup2(LogFd, 2);
  execv(Argv[0], Argv.data());
  int Errno = errno;
  (void)!write(ExecPipe, &Errno, sizeof(Errno));
  _exit(127);
}

/// Kills Pid's process group and reaps Pid; its wait status. Pid is not
/// reaped before this, so its group id cannot have been reused: the kill
/// reaches only what it started (or itself, after the deadline).
int killGroupAndReap(pid_t Pid) {
  kill(-Pid, SIGKILL);
  int WaitStatus = 0;
  while (waitpid(Pid, &WaitStatus, 0) < 0 && errno == EINTR)
    ;
  return WaitStatus;
}

} // namespace

RunOutcome runWithTimeout(const std::string &Program,
                          const std::vector<std::string> &Args,
                          unsigned TimeoutSeconds) {
  RunOutcome Out;
  // Everything the child needs is made before fork(); after it the child
  // makes only async-signal-safe calls.
  SmallString<128> LogPath;
  int LogFd;
  if (std::error_code EC = sys::fs::createTemporaryFile("relocheck-run", "log",
                                                        LogFd, LogPath)) {
    Out.Message = "cannot create a temporary file: " + EC.message();
    return Out;
  }
  scope_exit RemoveLog([&] {
    close(LogFd);
    sys::fs::remove(LogPath);
  });
  int NullFd = open("/dev/null", O_RDWR | O_CLOEXEC);
  int ExecPipe[2];
  if (NullFd < 0 || pipe2(ExecPipe, O_CLOEXEC) != 0) {
    Out.Message = std::string("cannot set up the child: ") +
                  std::strerror(errno);
    if (NullFd >= 0)
      close(NullFd);
    return Out;
  }
  std::vector<char *> Argv;
  Argv.push_back(const_cast<char *>(Program.c_str()));
  for (const std::string &A : Args)
    Argv.push_back(const_cast<char *>(A.c_str()));
  Argv.push_back(nullptr);

  Clock::time_point Deadline =
      Clock::now() + std::chrono::seconds(TimeoutSeconds);
  pid_t Parent = getpid();
  pid_t Pid = fork();
  if (Pid == 0)
    execChild(Argv, Parent, NullFd, LogFd, ExecPipe[1]);
  int ForkErrno = errno;
  close(NullFd);
  close(ExecPipe[1]);
  scope_exit ClosePipe([&] { close(ExecPipe[0]); });
  if (Pid < 0) {
    Out.Message = std::string("cannot fork: ") + std::strerror(ForkErrno);
    return Out;
  }
  // Both sides set the group, so the kill below never races the child.
  setpgid(Pid, Pid);

  int ExecErrno = 0;
  ssize_t Got;
  do
    Got = read(ExecPipe[0], &ExecErrno, sizeof(ExecErrno));
  while (Got < 0 && errno == EINTR);
  bool Exited = Got == sizeof(ExecErrno) || waitForExit(Pid, Deadline);
  int WaitStatus = killGroupAndReap(Pid);

  if (Got == sizeof(ExecErrno)) {
    Out.Message = "cannot run " + Program + ": " + std::strerror(ExecErrno);
    return Out;
  }
  if (auto Log = MemoryBuffer::getFile(LogPath))
    Out.Stderr = (*Log)->getBuffer().take_front(1 << 20).str();
  if (!Exited) {
    Out.How = RunOutcome::End::TimedOut;
  } else if (WIFSIGNALED(WaitStatus)) {
    Out.How = RunOutcome::End::Signalled;
    Out.Status = WTERMSIG(WaitStatus);
  } else {
    Out.How = RunOutcome::End::Exited;
    Out.Status = WEXITSTATUS(WaitStatus);
  }
  return Out;
}

RunOutcome runImage(const std::string &Emulator, StringRef Image,
                    unsigned TimeoutSeconds) {
  SmallString<128> Path;
  int Fd;
  if (std::error_code EC =
          sys::fs::createTemporaryFile("relocheck-run", "elf", Fd, Path)) {
    RunOutcome Out;
    Out.Message = "cannot create a temporary file: " + EC.message();
    return Out;
  }
  scope_exit Remove([&] { sys::fs::remove(Path); });
  {
    raw_fd_ostream OS(Fd, /*shouldClose=*/true);
    OS << Image;
    OS.close();
    if (OS.has_error()) {
      RunOutcome Out;
      Out.Message = "cannot write " + Path.str().str() + ": " +
                    OS.error().message();
      OS.clear_error();
      return Out;
    }
  }
  // QEMU will not load an image without execute permission.
  sys::fs::setPermissions(Path, sys::fs::owner_all);
  RunOutcome Out =
      runWithTimeout(Emulator, {"-strace", Path.str().str()}, TimeoutSeconds);
  if (Out.How == RunOutcome::End::NotRun)
    return Out;
  StraceSummary Trace = readStrace(Out.Stderr);
  if (Out.How == RunOutcome::End::Exited && !Trace.ExitCall) {
    Out.How = RunOutcome::End::NotRun;
    Out.Message = sys::path::filename(Emulator).str() +
                  " exited with status " + std::to_string(Out.Status) +
                  " before the program made its exit call (an image it "
                  "cannot load?)";
    return Out;
  }
  Out.Message = Trace.FirstFault;
  return Out;
}

std::string describeRun(const RunOutcome &O,
                        const std::map<unsigned, std::string> &Checks,
                        unsigned TimeoutSeconds) {
  auto Named = [&](unsigned N) {
    auto It = Checks.find(N);
    return It == Checks.end()
               ? " (the test has no '@ check " + std::to_string(N) + ":' line)"
               : ": " + It->second;
  };
  std::string Text;
  switch (O.How) {
  case RunOutcome::End::NotRun:
    return "not run: " + O.Message;
  case RunOutcome::End::TimedOut:
    Text = "timed out after " + std::to_string(TimeoutSeconds) + " s";
    break;
  case RunOutcome::End::Signalled: {
    const char *Name = signalName(O.Status);
    Text = "killed by signal " + std::to_string(O.Status) +
           (Name ? std::string(" (") + Name + ")" : "");
    break;
  }
  case RunOutcome::End::Exited: {
    unsigned S = unsigned(O.Status);
    Text = "exit " + std::to_string(S);
    if (S == 0)
      return Text + ": all " + std::to_string(Checks.size()) +
             (Checks.size() == 1 ? " check passed" : " checks passed");
    if (S < 100)
      Text += ": check " + std::to_string(S) + " failed" + Named(S);
    else if (S == 100)
      Text += ": a fault outside the checks";
    else if (S < 200)
      Text += ": a fault in check " + std::to_string(S - 100) +
              Named(S - 100);
    break;
  }
  }
  if (!O.Message.empty())
    Text += " [" + O.Message + "]";
  return Text;
}

} // namespace relocheck
