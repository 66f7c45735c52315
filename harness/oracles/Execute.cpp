//===- Execute.cpp - Run each oracle's image under qemu-arm ---------------===//
#include "oracles/Execute.h"

#include "process/Signals.h"

#include "llvm/ADT/ScopeExit.h"
#include "llvm/ADT/SmallString.h"
#include "llvm/Object/ELF.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Program.h"
#include "llvm/Support/Signals.h"
#include "llvm/Support/raw_ostream.h"

#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sys/prctl.h>
#include <sys/resource.h>
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

/// QEMU's -strace log says what the program did: "PID exit(N)" when it
/// made its exit call, "--- SIGILL {si_signo=..., si_addr=0x...} ---" for
/// each signal delivered to it.
struct StraceSummary {
  bool ExitCall = false;
  std::string FirstFault; // "SIGILL at 0x00010024"
  std::string Exec;       // the first execve's path, "\"/bin/true\""
  /// QEMU's own last word, "qemu: unhandled CPU exception 0x9 - aborting"
  std::string EmulatorSaid;
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
    if (Out.Exec.empty() && Call.consume_front("execve("))
      Out.Exec = Call.take_until([](char C) { return C == ','; }).str();
    if (L.starts_with("qemu:") || L.starts_with("qemu-arm:") ||
        L.starts_with("qemu-armeb:"))
      Out.EmulatorSaid = L.take_front(300).str();
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

/// Limits on the run, measured with qemu-arm 7.2 on x86-64 over
/// lit-tests/execute: QEMU reserves the whole 4 GiB guest address space up
/// front (PROT_NONE, so it counts toward RLIMIT_AS but not RLIMIT_DATA) and
/// would not start under 4.25 GiB of address space; its own writable
/// mappings (the translation cache) need between 128 and 256 MiB of
/// RLIMIT_DATA. So the address space is capped at 5 GiB and the writable
/// memory, guest data included, at 1 GiB.
constexpr rlim_t AddressSpaceCap = rlim_t(5) << 30;
constexpr rlim_t DataCap = rlim_t(1) << 30;
/// RLIMIT_NPROC counts every process of the user: a run may start this
/// many beyond those running when it begins (root is not held by it; the
/// sweep after the run still kills every descendant of the run).
constexpr rlim_t ExtraProcesses = 64;

/// The child's side of runWithTimeout: only async-signal-safe calls.
[[noreturn]] void execChild(const std::vector<char *> &Argv,
                            char *const *Envp, pid_t Parent, int NullFd,
                            int LogFd, int ExecPipe, rlim_t Processes,
                            rlim_t CpuSeconds) {
  // Its own session and group keep it from the terminal's ^C; so that it
  // cannot outlive relocheck either (killed, or stopped by ^C), it dies
  // with it. Its descendants are swept by the parent (a subreaper).
  setsid();
  prctl(PR_SET_PDEATHSIG, SIGKILL);
  if (getppid() != Parent)
    _exit(127);
  rlimit NoCore = {0, 0};
  setrlimit(RLIMIT_CORE, &NoCore); // QEMU writes qemu_*.core otherwise
  rlimit LogCap = {64 << 20, 64 << 20};
  setrlimit(RLIMIT_FSIZE, &LogCap);
  rlimit As = {AddressSpaceCap, AddressSpaceCap};
  setrlimit(RLIMIT_AS, &As);
  rlimit Data = {DataCap, DataCap};
  setrlimit(RLIMIT_DATA, &Data);
  rlimit Nproc = {Processes, Processes};
  setrlimit(RLIMIT_NPROC, &Nproc);
  // A backstop: the deadline kills the run long before this.
  rlimit Cpu = {CpuSeconds, CpuSeconds + 5};
  setrlimit(RLIMIT_CPU, &Cpu);
  sigset_t None;
  sigemptyset(&None);
  sigprocmask(SIG_SETMASK, &None, nullptr);

  dup2(NullFd, 0);
  dup2(NullFd, 1);
  dup2(LogFd, 2);
  execve(Argv[0], Argv.data(), Envp);
  int Errno = errno;
  (void)!write(ExecPipe, &Errno, sizeof(Errno));
  _exit(127);
}

/// A private folder (mode 0700) for one run's files:
/// $TMPDIR/relocheck-run-PID-XXXXXX. A guest can kill relocheck (QEMU
/// passes kill(2) through), which leaves its folder behind; each new one
/// first removes the folders of relocheck processes that no longer exist.
class RunDir {
public:
  std::string Path;
  std::error_code EC;

  RunDir() {
    removeStaleTemps("relocheck-run-");
    SmallString<128> P;
    EC = sys::fs::createUniqueDirectory(
        "relocheck-run-" + std::to_string(getpid()), P);
    if (!EC)
      EC = sys::fs::setPermissions(P, sys::fs::owner_all);
    Path = P.str().str();
  }
  ~RunDir() {
    if (!Path.empty())
      sys::fs::remove_directories(Path);
    for (const std::string &F : Files)
      sys::DontRemoveFileOnSignal(F);
  }
  RunDir(const RunDir &) = delete;
  RunDir &operator=(const RunDir &) = delete;
  /// A file in it, removed on ^C or a kill meanwhile (by LLVM's handler;
  /// during the run itself the guard removes the folder too).
  std::string file(StringRef Name) {
    std::string F = Path + "/" + Name.str();
    Files.push_back(F);
    removeFileOnSignal(F);
    return F;
  }

private:
  std::vector<std::string> Files;
};

RunOutcome runIn(RunDir &Dir, const std::string &Program,
                 const std::vector<std::string> &Args,
                 unsigned TimeoutSeconds) {
  RunOutcome Out;
  if (Dir.EC) {
    Out.Message = "cannot create a temporary folder: " + Dir.EC.message();
    return Out;
  }
  // Everything the child needs is made before fork(); after it the child
  // makes only async-signal-safe calls.
  std::string LogPath = Dir.file("stderr.log");
  int LogFd = aboveStdio(open(
      LogPath.c_str(), O_RDWR | O_CREAT | O_EXCL | O_CLOEXEC | O_NOFOLLOW,
      0600));
  if (LogFd < 0) {
    Out.Message = "cannot create " + LogPath + ": " + std::strerror(errno);
    return Out;
  }
  scope_exit CloseLog([&] { close(LogFd); });
  int NullFd = aboveStdio(open("/dev/null", O_RDWR | O_CLOEXEC));
  int ExecPipe[2];
  if (NullFd < 0 || pipe2(ExecPipe, O_CLOEXEC) != 0) {
    Out.Message = std::string("cannot set up the child: ") +
                  std::strerror(errno);
    if (NullFd >= 0)
      close(NullFd);
    return Out;
  }
  for (int &End : ExecPipe)
    End = aboveStdio(End);
  std::vector<char *> Argv;
  Argv.push_back(const_cast<char *>(Program.c_str()));
  for (const std::string &A : Args)
    Argv.push_back(const_cast<char *>(A.c_str()));
  Argv.push_back(nullptr);

  // While the run lasts this process is a subreaper: whatever the child
  // starts stays its descendant, even after a setsid and a double fork.
  int WasSubreaper = 0;
  prctl(PR_GET_CHILD_SUBREAPER, &WasSubreaper);
  prctl(PR_SET_CHILD_SUBREAPER, 1);
  scope_exit RestoreSubreaper(
      [&] { prctl(PR_SET_CHILD_SUBREAPER, WasSubreaper); });
  rlim_t Processes = scanProc().UserProcesses + ExtraProcesses;
  RunEnvironment Env;
  rlim_t Cpu = rlim_t(TimeoutSeconds) + 5;

  Clock::time_point Deadline =
      Clock::now() + std::chrono::seconds(TimeoutSeconds);
  // ^C or a kill kills QEMU and what the guest forked too (the guard
  // lives until the sweep below is done).
  StopSignalGuard Guard;
  Guard.alsoRemove(Dir.Path);
  pid_t Parent = getpid();
  pid_t Pid = fork();
  if (Pid == 0)
    execChild(Argv, Env.envp(), Parent, NullFd, LogFd, ExecPipe[1],
              Processes, Cpu);
  int ForkErrno = errno;
  close(NullFd);
  close(ExecPipe[1]);
  scope_exit ClosePipe([&] { close(ExecPipe[0]); });
  if (Pid < 0) {
    Out.Message = std::string("cannot fork: ") + std::strerror(ForkErrno);
    return Out;
  }
  Guard.started(Pid);

  std::optional<int> ExecErrno = execFailure(ExecPipe[0]);
  bool Exited = ExecErrno || waitForExit(Pid, Deadline);
  // The child made its own session (and group) before it could exec, or
  // died trying: its group id is its pid until it is reaped.
  Guard.forget();
  int WaitStatus = killGroupAndReap(Pid);
  sweepDescendants(Env);

  if (ExecErrno) {
    Out.Message = "cannot run " + Program + ": " + std::strerror(*ExecErrno);
    return Out;
  }
  // QEMU's -strace log of a program that makes many calls runs to
  // megabytes, and its exit call is at the end.
  Out.Stderr = readLogEnds(LogPath).value_or("");
  endedAs(Out, Exited, WaitStatus);
  return Out;
}

} // namespace

RunOutcome runWithTimeout(const std::string &Program,
                          const std::vector<std::string> &Args,
                          unsigned TimeoutSeconds) {
  RunDir Dir;
  return runIn(Dir, Program, Args, TimeoutSeconds);
}

StringRef qemuCpuFor(const ArchProfile &Arch) {
  static const std::pair<StringRef, StringRef> Cpus[] = {
      {"armv4t", "ti925t"},
      {"armv5te", "arm926"},
      {"armv6", "arm1136-r2"}, // v6 without the K extensions
      {"armv7-a", "cortex-a8"}};
  for (const auto &[Name, Cpu] : Cpus)
    if (StringRef(Arch.Name.data(), Arch.Name.size()) == Name)
      return Cpu;
  return "";
}

namespace {
/// One PT_LOAD program header, as the checks below read it.
struct LoadSegment {
  uint32_t Addr, Mem, File, Offset, Flags;
};

template <class ELFT>
std::vector<LoadSegment> loadsIn(const object::ELFFile<ELFT> &File) {
  std::vector<LoadSegment> Loads;
  auto Headers = File.program_headers();
  if (!Headers) {
    consumeError(Headers.takeError());
    return Loads;
  }
  for (const auto &Ph : *Headers)
    if (Ph.p_type == ELF::PT_LOAD)
      Loads.push_back({uint32_t(Ph.p_vaddr), uint32_t(Ph.p_memsz),
                       uint32_t(Ph.p_filesz), uint32_t(Ph.p_offset),
                       uint32_t(Ph.p_flags)});
  return Loads;
}

/// F(the ELF file) when Image is an ELF32 file of either byte order;
/// Fallback otherwise (running it says what is wrong then).
template <class R, class Fn>
R readElf32(StringRef Image, R Fallback, Fn F) {
  if (Image.size() < ELF::EI_NIDENT || !Image.starts_with("\x7f""ELF") ||
      Image[ELF::EI_CLASS] != ELF::ELFCLASS32)
    return Fallback;
  auto Read = [&](auto File) -> R {
    if (!File) {
      consumeError(File.takeError());
      return Fallback;
    }
    return F(*File);
  };
  if (Image[ELF::EI_DATA] == ELF::ELFDATA2MSB)
    return Read(object::ELFFile<object::ELF32BE>::create(Image));
  return Read(object::ELFFile<object::ELF32LE>::create(Image));
}

/// Image's PT_LOAD segments (none when its headers cannot be read).
std::vector<LoadSegment> loadSegments(StringRef Image) {
  return readElf32(Image, std::vector<LoadSegment>(),
                   [](const auto &File) { return loadsIn(File); });
}

/// Where code starts in the file's symbol table: its functions and its
/// $a and $t mapping symbols. Nothing without a symbol table.
template <class ELFT>
std::optional<std::vector<uint32_t>>
codeStartsIn(const object::ELFFile<ELFT> &File) {
  auto Sections = File.sections();
  if (!Sections) {
    consumeError(Sections.takeError());
    return std::nullopt;
  }
  for (const auto &Sec : *Sections) {
    if (Sec.sh_type != ELF::SHT_SYMTAB)
      continue;
    auto Syms = File.symbols(&Sec);
    auto Names = File.getStringTableForSymtab(Sec);
    if (!Syms || !Names) {
      consumeError(Syms.takeError());
      consumeError(Names.takeError());
      return std::nullopt;
    }
    std::vector<uint32_t> Starts;
    for (const auto &Sym : *Syms) {
      auto Name = Sym.getName(*Names);
      StringRef N = Name ? *Name : "";
      if (!Name)
        consumeError(Name.takeError());
      bool Mapping = N == "$a" || N == "$t" || N.starts_with("$a.") ||
                     N.starts_with("$t.");
      if (Mapping || Sym.getType() == ELF::STT_FUNC)
        Starts.push_back(uint32_t(Sym.st_value) & ~1u);
    }
    return Starts;
  }
  return std::nullopt;
}

std::string rights(unsigned F) {
  std::string R;
  R += F & ELF::PF_R ? 'R' : '-';
  R += F & ELF::PF_W ? 'W' : '-';
  R += F & ELF::PF_X ? 'X' : '-';
  return R;
}

/// Where qemu-arm's user mode (QEMU 7.2, x86-64 host) keeps its own: the
/// last page it cannot map, and the kernel helper page's range, in which
/// every instruction fetch is a call into the kernel (EXCP_KERNEL_TRAP).
constexpr uint64_t QemuUnmappable = 0xfffff000, QemuKernelHelpers = 0xffff0000;
} // namespace

std::optional<std::string> badSegment(StringRef Image) {
  for (const LoadSegment &L : loadSegments(Image)) {
    if (L.Mem < L.File)
      return formatv("its segment at {0:x8} holds {1:x} bytes of the file "
                     "but only {2:x} of memory",
                     L.Addr, L.File, L.Mem)
          .str();
    if (L.File && ((L.Offset - L.Addr) & 0xfff))
      return formatv("its segment at {0:x8} starts at file offset {1:x}, "
                     "which is not its address modulo the 4 KiB page: no "
                     "loader can map it",
                     L.Addr, L.Offset)
          .str();
    if (uint64_t(L.Addr) + L.Mem > 0x100000000ull)
      return formatv("its segment at {0:x8} is {1:x} bytes long and runs "
                     "past 0xffffffff",
                     L.Addr, L.Mem)
          .str();
  }
  return std::nullopt;
}

std::optional<std::string> beyondQemu(StringRef Image) {
  if (badSegment(Image))
    return std::nullopt;
  for (const LoadSegment &L : loadSegments(Image)) {
    if (L.Mem == 0)
      continue;
    uint64_t End = uint64_t(L.Addr) + L.Mem;
    if (End > QemuUnmappable)
      return formatv("its segment {0:x8}-{1:x8} reaches the last 4 KiB "
                     "page ({2:x8} up), which qemu-arm's user mode cannot "
                     "map",
                     L.Addr, End, QemuUnmappable)
          .str();
    // Code there, not data an executable segment holds: by its symbols
    // (functions, $a and $t), or, without a symbol table, the segment.
    auto Starts = readElf32(
        Image, std::optional<std::vector<uint32_t>>(),
        [](const auto &File) { return codeStartsIn(File); });
    bool CodeThere =
        !Starts || llvm::any_of(*Starts, [&](uint32_t A) {
          return A >= QemuKernelHelpers && A >= L.Addr && A < End;
        });
    if ((L.Flags & ELF::PF_X) && End > QemuKernelHelpers && CodeThere)
      return formatv("its executable segment {0:x8}-{1:x8} lies at or above "
                     "{2:x8}, where qemu-arm's user mode takes each "
                     "instruction for a call into the kernel's helper page",
                     L.Addr, End, QemuKernelHelpers)
          .str();
  }
  return std::nullopt;
}

std::optional<std::string> pageClash(StringRef Image) {
  if (badSegment(Image))
    return std::nullopt; // its sizes mean nothing; badSegment says so
  constexpr uint64_t Page = 4096;
  struct Load {
    uint64_t Addr, End, Delta; // Delta: file offset - address
    uint64_t FileEnd;          // the end of what is mapped from the file
    unsigned Flags;
  };
  std::vector<Load> Loads;
  for (const LoadSegment &L : loadSegments(Image))
    if (L.Mem != 0)
      Loads.push_back({L.Addr, uint64_t(L.Addr) + L.Mem,
                       uint64_t(L.Offset) - L.Addr,
                       uint64_t(L.Addr) + L.File, L.Flags});
  for (size_t J = 1; J < Loads.size(); ++J)
    for (size_t I = 0; I < J; ++I) {
      const Load &A = Loads[I], &B = Loads[J];
      uint64_t From = std::max(alignDown(A.Addr, Page),
                               alignDown(B.Addr, Page));
      uint64_t To = std::min(alignTo(A.End, Page), alignTo(B.End, Page));
      if (From >= To)
        continue;
      unsigned Lost = A.Flags & ~B.Flags & (ELF::PF_W | ELF::PF_X);
      // Another page of the file, where both map the file (a segment
      // without file bytes there only zero-fills).
      uint64_t FileTo = std::min(alignTo(A.FileEnd, Page),
                                 alignTo(B.FileEnd, Page));
      bool OtherFilePage =
          From < FileTo && A.FileEnd > A.Addr && B.FileEnd > B.Addr &&
          alignDown(From + A.Delta, Page) != alignDown(From + B.Delta, Page);
      if (!Lost && !OtherFilePage)
        continue;
      std::string Why =
          OtherFilePage ? "from another file page"
          : Lost & ELF::PF_X ? "taking execute access away"
                             : "taking write access away";
      return formatv("its segments {0:x8}-{1:x8} ({2}) and {3:x8}-{4:x8} "
                     "({5}) share the 4 KiB page at {6:x8}, which the "
                     "second maps over the first, {7}; leave a page "
                     "between the sections (--section-start)",
                     A.Addr, A.End, rights(A.Flags), B.Addr, B.End,
                     rights(B.Flags), From, Why)
          .str();
    }
  return std::nullopt;
}

RunOutcome runImage(const std::string &Emulator, StringRef Image,
                    unsigned TimeoutSeconds, StringRef Cpu) {
  RunDir Dir;
  if (Dir.EC) {
    RunOutcome Out;
    Out.Message = "cannot create a temporary folder: " + Dir.EC.message();
    return Out;
  }
  std::string Path = Dir.file("image.elf");
  {
    std::error_code EC;
    raw_fd_ostream OS(Path, EC, sys::fs::CD_CreateNew);
    if (!EC) {
      OS << Image;
      OS.close();
      EC = OS.error();
      OS.clear_error();
    }
    if (EC) {
      RunOutcome Out;
      Out.Message = "cannot write " + Path + ": " + EC.message();
      return Out;
    }
  }
  // QEMU will not load an image without execute permission.
  sys::fs::setPermissions(Path, sys::fs::owner_all);
  std::vector<std::string> Args = {"-strace", Path};
  if (!Cpu.empty())
    Args.insert(Args.begin(), {"-cpu", Cpu.str()});
  RunOutcome Out = runIn(Dir, Emulator, Args, TimeoutSeconds);
  if (Out.How == RunOutcome::End::NotRun)
    return Out;
  StraceSummary Trace = readStrace(Out.Stderr);
  if (Out.How == RunOutcome::End::Exited && !Trace.ExitCall) {
    Out.How = RunOutcome::End::NotRun;
    // The image's path is a temporary one, gone by now.
    std::string Said = Trace.EmulatorSaid;
    for (size_t At; (At = Said.find(Path)) != std::string::npos;)
      Said.replace(At, Path.size(), "<image>");
    if (!Trace.Exec.empty()) {
      Out.Message = "the program replaced itself with " + Trace.Exec +
                    " (execve), which ran natively and exited with status " +
                    std::to_string(Out.Status);
      return Out;
    }
    Out.Message = sys::path::filename(Emulator).str() +
                  " exited with status " + std::to_string(Out.Status) +
                  " before the program made its exit call" +
                  (Trace.EmulatorSaid.empty()
                       ? std::string(" (an image it cannot load?)")
                       : ": \"" + Said + "\"");
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
      return Text + (Checks.size() == 1
                         ? std::string(": its one check passed")
                         : ": all " + std::to_string(Checks.size()) +
                               " checks passed");
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