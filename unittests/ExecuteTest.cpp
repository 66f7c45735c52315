//===- ExecuteTest.cpp - Subprocesses, timeouts and run verdicts ----------===//
//
// runWithTimeout is tested with /bin/sh as the child, so these need no
// emulator; the qemu-arm cases skip themselves when it is missing. The
// `@ check N:` directive is parsed by TestSpec.
//
//===----------------------------------------------------------------------===//
#include "check/TestSpec.h"
#include "oracles/Execute.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"

#include "gtest/gtest.h"

#include <chrono>
#include <optional>
#include <csignal>
#include <fstream>
#include <sys/wait.h>
#include <thread>
#include <unistd.h>

using namespace llvm;
using namespace relocheck;

namespace {

using End = RunOutcome::End;

RunOutcome sh(const std::string &Script, unsigned Timeout = 10) {
  return runWithTimeout("/bin/sh", {"-c", Script}, Timeout);
}

/// No child of this process is left, running or as a zombie.
bool noChildrenLeft() {
  return waitpid(-1, nullptr, WNOHANG) == -1 && errno == ECHILD;
}

/// Pid is gone or a zombie (its new parent has not reaped it yet).
bool stopped(pid_t Pid) {
  std::ifstream Stat("/proc/" + std::to_string(Pid) + "/stat");
  std::string Whole;
  if (!std::getline(Stat, Whole))
    return true;
  size_t Paren = Whole.rfind(')');
  return Paren != std::string::npos && Paren + 2 < Whole.size() &&
         Whole[Paren + 2] == 'Z';
}

TEST(RunWithTimeout, ExitStatus) {
  RunOutcome O = sh("exit 3");
  EXPECT_EQ(O.How, End::Exited);
  EXPECT_EQ(O.Status, 3);
  EXPECT_FALSE(O.passed());
  EXPECT_TRUE(sh("exit 0").passed());
  EXPECT_TRUE(noChildrenLeft());
}

TEST(RunWithTimeout, Signal) {
  RunOutcome O = sh("kill -SEGV $$");
  EXPECT_EQ(O.How, End::Signalled);
  EXPECT_EQ(O.Status, SIGSEGV);
  EXPECT_TRUE(noChildrenLeft());
}

TEST(RunWithTimeout, StderrIsCaptured) {
  RunOutcome O = sh("echo first >&2; echo second >&2; echo out; exit 1");
  EXPECT_EQ(O.Stderr, "first\nsecond\n");
}

TEST(RunWithTimeout, CannotExec) {
  RunOutcome O = runWithTimeout("/nonexistent/emulator", {}, 5);
  EXPECT_EQ(O.How, End::NotRun);
  EXPECT_NE(O.Message.find("No such file"), std::string::npos) << O.Message;
  EXPECT_TRUE(noChildrenLeft());
}

TEST(RunWithTimeout, TimeoutKillsTheWholeGroupAndReaps) {
  SmallString<128> PidFile;
  ASSERT_FALSE(sys::fs::createTemporaryFile("exec-test", "pid", PidFile));
  auto Start = std::chrono::steady_clock::now();
  // The shell starts a grandchild and waits: both must be killed.
  RunOutcome O =
      sh("sleep 30 & echo $! > " + PidFile.str().str() + "; wait", 1);
  auto Took = std::chrono::steady_clock::now() - Start;
  EXPECT_EQ(O.How, End::TimedOut);
  EXPECT_LT(Took, std::chrono::seconds(5));
  EXPECT_TRUE(noChildrenLeft());

  auto Text = MemoryBuffer::getFile(PidFile);
  sys::fs::remove(PidFile);
  ASSERT_TRUE(bool(Text));
  pid_t Grandchild = 0;
  ASSERT_FALSE((*Text)->getBuffer().trim().getAsInteger(10, Grandchild));
  bool Gone = false;
  for (int I = 0; I < 200 && !Gone; ++I) {
    Gone = stopped(Grandchild);
    if (!Gone)
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  EXPECT_TRUE(Gone) << "sleep " << Grandchild << " outlived the timeout";
}

TEST(RunWithTimeout, ChildDiesWithItsParent) {
  SmallString<128> PidFile;
  ASSERT_FALSE(sys::fs::createTemporaryFile("exec-test", "pid", PidFile));
  std::string Script = "echo $$ > " + PidFile.str().str() + "; exec sleep 30";
  // Killed, the runner leaves its stderr log behind: in a folder of ours.
  SmallString<128> TmpDir;
  ASSERT_FALSE(sys::fs::createUniqueDirectory("exec-test", TmpDir));
  pid_t Runner = fork();
  ASSERT_GE(Runner, 0);
  if (Runner == 0) { // stands in for relocheck, killed mid-run
    setenv("TMPDIR", TmpDir.c_str(), 1);
    runWithTimeout("/bin/sh", {"-c", Script}, 60);
    _exit(0);
  }
  pid_t Child = 0;
  for (int I = 0; I < 500 && Child <= 0; ++I) {
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
    if (auto Text = MemoryBuffer::getFile(PidFile))
      if ((*Text)->getBuffer().trim().getAsInteger(10, Child))
        Child = 0;
  }
  kill(Runner, SIGKILL);
  waitpid(Runner, nullptr, 0);
  sys::fs::remove(PidFile);
  sys::fs::remove_directories(TmpDir);
  ASSERT_GT(Child, 0) << "the child never started";
  bool Gone = false;
  for (int I = 0; I < 200 && !Gone; ++I) {
    Gone = stopped(Child);
    if (!Gone)
      std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  EXPECT_TRUE(Gone) << "pid " << Child << " outlived relocheck";
}

/// Waits up to 2 s for Pid to be gone or a zombie.
bool goesAway(pid_t Pid) {
  for (int I = 0; I < 200; ++I) {
    if (stopped(Pid))
      return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  return false;
}

TEST(RunWithTimeout, DescendantInItsOwnSessionIsKilled) {
  SmallString<128> PidFile;
  ASSERT_FALSE(sys::fs::createTemporaryFile("exec-test", "pid", PidFile));
  sys::fs::remove(PidFile);
  std::string F = PidFile.str().str();
  // The grandchild leaves the group and the session, then the child
  // exits 0: neither the group kill nor the death signal reaches it.
  RunOutcome O = sh("setsid sh -c 'echo $$ > " + F +
                    ".new; mv " + F + ".new " + F +
                    "; exec sleep 30' & while [ ! -s " + F +
                    " ]; do sleep 0.05; done; exit 0");
  EXPECT_TRUE(O.passed()) << O.Stderr;
  auto Text = MemoryBuffer::getFile(PidFile);
  sys::fs::remove(PidFile);
  ASSERT_TRUE(bool(Text));
  pid_t Grandchild = 0;
  ASSERT_FALSE((*Text)->getBuffer().trim().getAsInteger(10, Grandchild));
  bool Gone = goesAway(Grandchild);
  if (!Gone)
    kill(Grandchild, SIGKILL);
  EXPECT_TRUE(Gone) << "sleep " << Grandchild << " outlived the run";
  EXPECT_TRUE(noChildrenLeft());
}

TEST(RunWithTimeout, Limits) {
  // ulimit -v and -d are in KiB, -t in seconds.
  RunOutcome O = sh("ulimit -v >&2; ulimit -d >&2; ulimit -t >&2", 7);
  EXPECT_EQ(O.Stderr, "5242880\n1048576\n12\n");
}

TEST(RunWithTimeout, KilledRunnersFolderIsRemovedByTheNext) {
  SmallString<128> TmpDir;
  ASSERT_FALSE(sys::fs::createUniqueDirectory("exec-test", TmpDir));
  auto Entries = [&] {
    unsigned N = 0;
    std::error_code EC;
    for (sys::fs::directory_iterator It(TmpDir, EC), End;
         It != End && !EC; It.increment(EC))
      ++N;
    return N;
  };
  pid_t Runner = fork();
  ASSERT_GE(Runner, 0);
  if (Runner == 0) { // killed mid-run, as a guest could kill relocheck
    setenv("TMPDIR", TmpDir.c_str(), 1);
    runWithTimeout("/bin/sh", {"-c", "exec sleep 30"}, 60);
    _exit(0);
  }
  for (int I = 0; I < 500 && Entries() == 0; ++I)
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  kill(Runner, SIGKILL);
  waitpid(Runner, nullptr, 0);
  EXPECT_EQ(Entries(), 1u) << "the killed runner left no folder";
  const char *Old = getenv("TMPDIR");
  std::string Saved = Old ? Old : "";
  setenv("TMPDIR", TmpDir.c_str(), 1);
  EXPECT_TRUE(sh("exit 0").passed());
  if (Old)
    setenv("TMPDIR", Saved.c_str(), 1);
  else
    unsetenv("TMPDIR");
  EXPECT_EQ(Entries(), 0u) << "the stale folder was not removed";
  sys::fs::remove_directories(TmpDir);
}

TEST(RunWithTimeout, FastExitDoesNotWaitForTheDeadline) {
  auto Start = std::chrono::steady_clock::now();
  EXPECT_TRUE(sh("exit 0", 30).passed());
  EXPECT_LT(std::chrono::steady_clock::now() - Start,
            std::chrono::seconds(5));
}

TEST(RunImage, UnloadableImageIsNotRunNotCheckOne) {
  auto Qemu = findEmulator(false);
  if (!Qemu) {
    consumeError(Qemu.takeError());
    GTEST_SKIP() << "qemu-arm is not installed";
  }
  // QEMU exits 1 without a word for an image it cannot load; that must
  // not read as "check 1 failed".
  RunOutcome O = runImage(*Qemu, "not an ELF file", 10);
  EXPECT_EQ(O.How, End::NotRun);
  EXPECT_NE(O.Message.find("before the program made its exit call"),
            std::string::npos)
      << O.Message;
}

TEST(DescribeRun, ExitStatusConvention) {
  std::map<unsigned, std::string> Checks = {{1, "BL to arm_fn"},
                                            {2, "ABS32 to datum"}};
  auto Exited = [](int S, std::string Msg = "") {
    RunOutcome O;
    O.How = End::Exited;
    O.Status = S;
    O.Message = Msg;
    return O;
  };
  EXPECT_EQ(describeRun(Exited(0), Checks, 10),
            "exit 0: all 2 checks passed");
  EXPECT_EQ(describeRun(Exited(2), Checks, 10),
            "exit 2: check 2 failed: ABS32 to datum");
  EXPECT_EQ(describeRun(Exited(7), Checks, 10),
            "exit 7: check 7 failed (the test has no '@ check 7:' line)");
  EXPECT_EQ(describeRun(Exited(101, "SIGILL at 0x00010024"), Checks, 10),
            "exit 101: a fault in check 1: BL to arm_fn [SIGILL at "
            "0x00010024]");
  EXPECT_EQ(describeRun(Exited(100), Checks, 10),
            "exit 100: a fault outside the checks");
  EXPECT_EQ(describeRun(Exited(255), Checks, 10), "exit 255");

  RunOutcome Killed;
  Killed.How = End::Signalled;
  Killed.Status = SIGILL;
  EXPECT_EQ(describeRun(Killed, Checks, 10), "killed by signal 4 (SIGILL)");
  RunOutcome Late;
  Late.How = End::TimedOut;
  EXPECT_EQ(describeRun(Late, Checks, 3), "timed out after 3 s");
  RunOutcome NotRun;
  NotRun.Message = "cannot run x";
  EXPECT_EQ(describeRun(NotRun, Checks, 3), "not run: cannot run x");
}

TEST(TestSpecRunChecks, Parsed) {
  auto Spec = parseTestSpec("@ check 3: THM_CALL to arm_fn\n"
                            "@ CHECK: core: exit 0\n"
                            "// check 12:   ABS32 to datum  \n",
                            "t.s");
  ASSERT_TRUE(bool(Spec)) << toString(Spec.takeError());
  ASSERT_EQ(Spec->RunChecks.size(), 2u);
  EXPECT_EQ(Spec->RunChecks[3], "THM_CALL to arm_fn");
  EXPECT_EQ(Spec->RunChecks[12], "ABS32 to datum");
}

TEST(TestSpecRunChecks, Errors) {
  auto ErrorOf = [](StringRef Text) {
    auto Spec = parseTestSpec(Text, "t.s");
    return Spec ? std::string("no error") : toString(Spec.takeError());
  };
  EXPECT_EQ(ErrorOf("\n@ check 3 THM_CALL\n"),
            "t.s:2: error: expected '@ check N: WHAT IT CHECKS', found "
            "'check 3 THM_CALL'");
  EXPECT_EQ(ErrorOf("@ check 3:\n"),
            "t.s:1: error: expected '@ check N: WHAT IT CHECKS', found "
            "'check 3:'");
  EXPECT_EQ(ErrorOf("@ check 100: too far\n"),
            "t.s:1: error: check number 100 is not in [1, 99] (exit status "
            "100 + N means a fault in check N)");
  EXPECT_EQ(ErrorOf("@ check 0: none\n"),
            "t.s:1: error: check number 0 is not in [1, 99] (exit status "
            "100 + N means a fault in check N)");
  EXPECT_EQ(ErrorOf("@ check 2: a\n@ check 2: b\n"),
            "t.s:2: error: check 2 is declared twice");
  // A sign or the colon right after the word is a directive too: read as
  // prose, these left the check unnamed without a word.
  EXPECT_EQ(ErrorOf("@ check -1: neg\n"),
            "t.s:1: error: check number -1 is not in [1, 99] (exit status "
            "100 + N means a fault in check N)");
  EXPECT_EQ(ErrorOf("// check -12 THM_CALL\n"),
            "t.s:1: error: expected '@ check N: WHAT IT CHECKS', found "
            "'check -12 THM_CALL'");
  EXPECT_EQ(ErrorOf("@ check +1: plus\n"),
            "t.s:1: error: expected '@ check N: WHAT IT CHECKS', found "
            "'check +1: plus'");
  EXPECT_EQ(ErrorOf("@ check: nothing\n"),
            "t.s:1: error: expected '@ check N: WHAT IT CHECKS', found "
            "'check: nothing'");
  EXPECT_EQ(ErrorOf("@ check :3: spaced\n"),
            "t.s:1: error: expected '@ check N: WHAT IT CHECKS', found "
            "'check :3: spaced'");
  EXPECT_EQ(ErrorOf("@ check 99999999999999999999: wide\n"),
            "t.s:1: error: expected '@ check N: WHAT IT CHECKS', found "
            "'check 99999999999999999999: wide'");
  EXPECT_EQ(ErrorOf("@ check that the bytes match\n"), "no error");
  EXPECT_EQ(ErrorOf("@ check - and double-check - the bytes\n"),
            "no error");
}

} // namespace

namespace {
struct Segment {
  uint32_t Offset, Addr, Size, Flags;
  std::optional<uint32_t> Mem = std::nullopt; // memsz, when not Size
};

/// A little-endian ELF32 executable header and its PT_LOAD headers, no
/// sections: all pageClash reads.
std::string imageWith(const std::vector<Segment> &Loads, bool BE = false) {
  std::string Out(52 + 32 * Loads.size(), '\0');
  auto Put16 = [&](size_t At, uint16_t V) {
    Out[At + BE] = char(V);
    Out[At + !BE] = char(V >> 8);
  };
  auto Put32 = [&](size_t At, uint32_t V) {
    for (int I = 0; I < 4; ++I)
      Out[At + (BE ? 3 - I : I)] = char(V >> (8 * I));
  };
  Out.replace(0, 4, "\x7f" "ELF");
  Out[4] = 1;          // ELFCLASS32
  Out[5] = BE ? 2 : 1; // ELFDATA2MSB or ELFDATA2LSB
  Out[6] = 1; // EV_CURRENT
  Put16(16, 2);  // ET_EXEC
  Put16(18, 40); // EM_ARM
  Put32(20, 1);
  Put32(28, 52); // e_phoff
  Put16(40, 52);
  Put16(42, 32);
  Put16(44, uint16_t(Loads.size()));
  Put16(46, 40);
  for (size_t I = 0; I < Loads.size(); ++I) {
    size_t At = 52 + 32 * I;
    Put32(At, 1); // PT_LOAD
    Put32(At + 4, Loads[I].Offset);
    Put32(At + 8, Loads[I].Addr);
    Put32(At + 12, Loads[I].Addr);
    Put32(At + 16, Loads[I].Size);
    Put32(At + 20, Loads[I].Mem.value_or(Loads[I].Size));
    Put32(At + 24, Loads[I].Flags);
    Put32(At + 28, 0x1000);
  }
  return Out;
}

constexpr uint32_t RX = 5, RW = 6, RWX = 7, R = 4;
} // namespace

// lld's image of .text at 0x10000 and .data pinned right after it: the
// data segment maps the code's page without execute access.
TEST(PageClash, DataOnTheCodePageTakesExecuteAway) {
  auto Why = pageClash(imageWith({{0x10000, 0x10000, 0xa8, RX},
                                  {0x100a8, 0x100a8, 4, RW}}));
  ASSERT_TRUE(Why.has_value());
  EXPECT_EQ(*Why, "its segments 0x00010000-0x000100a8 (R-X) and "
                  "0x000100a8-0x000100ac (RW-) share the 4 KiB page at "
                  "0x00010000, which the second maps over the first, taking "
                  "execute access away; leave a page between the sections "
                  "(--section-start)");
}

TEST(PageClash, ReadOnlyOverWritableTakesWriteAway) {
  auto Why = pageClash(imageWith({{0x1000, 0x20000, 0x10, RW},
                                  {0x1010, 0x20010, 0x10, R}}));
  ASSERT_TRUE(Why.has_value());
  EXPECT_NE(Why->find("taking write access away"), std::string::npos);
}

// mold's placement: the same page of memory from two pages of the file.
TEST(PageClash, AnotherFilePage) {
  auto Why = pageClash(imageWith({{0x1000, 0x10000, 0xa8, RWX},
                                  {0x20a8, 0x100a8, 4, RWX}}));
  ASSERT_TRUE(Why.has_value());
  EXPECT_NE(Why->find("from another file page"), std::string::npos);
}

TEST(PageClash, RunnableLayouts) {
  // One segment for both (relocheck's core, GNU ld).
  EXPECT_FALSE(pageClash(imageWith({{0x1000, 0x10000, 0xac, RWX}})));
  // The second segment on the next page, ending just before it, or the
  // same page and the same file page with more rights.
  EXPECT_FALSE(pageClash(imageWith({{0x1000, 0x10000, 0x1000, RX},
                                    {0x2000, 0x11000, 4, RW}})));
  EXPECT_FALSE(pageClash(imageWith({{0x1000, 0x10000, 0xa8, RX},
                                    {0x10a8, 0x100a8, 4, RWX}})));
  // Not an ELF file, or truncated headers: running it says what is wrong.
  EXPECT_FALSE(pageClash("not an image"));
  std::string Cut = imageWith({{0x1000, 0x10000, 0xa8, RX},
                               {0x10a8, 0x100a8, 4, RW}});
  EXPECT_FALSE(pageClash(Cut.substr(0, 60)));
}

TEST(PageClash, BigEndianImage) {
  EXPECT_TRUE(pageClash(imageWith({{0x10000, 0x10000, 0xa8, RX},
                                   {0x100a8, 0x100a8, 4, RW}},
                                  /*BE=*/true)));
  EXPECT_FALSE(pageClash(imageWith({{0x1000, 0x10000, 0x1000, RX},
                                    {0x2000, 0x11000, 4, RW}},
                                   /*BE=*/true)));
}

// mold's .bss segment sized 0xfffff804: the linker's fault, said as such,
// and no page clash made up from its wrapped end.
TEST(BadSegment, RunsPastTheAddressSpace) {
  std::string Image = imageWith({{0x1800, 0x20800, 4, RW, 0xfffff804u},
                                 {0x0, 0x200000, 0x160, R}});
  auto Why = badSegment(Image);
  ASSERT_TRUE(Why.has_value());
  EXPECT_EQ(*Why, "its segment at 0x00020800 is 0xfffff804 bytes long and "
                  "runs past 0xffffffff");
  EXPECT_FALSE(pageClash(Image));
  // Up to the last byte is fine.
  EXPECT_FALSE(badSegment(imageWith({{0x1000, 0xfffff000, 0x1000, RX}})));
}

TEST(BadSegment, MoreFileThanMemory) {
  auto Why = badSegment(imageWith({{0x1000, 0x10000, 0x100, RX, 0x10u}}));
  ASSERT_TRUE(Why.has_value());
  EXPECT_EQ(*Why, "its segment at 0x00010000 holds 0x100 bytes of the file "
                  "but only 0x10 of memory");
}

// A .bss segment (no file bytes) after .data on its page, at the same
// file delta: the loader zeroes from its start to the page's end only.
TEST(PageClash, BssAfterDataOnItsPage) {
  EXPECT_FALSE(pageClash(imageWith({{0x2000, 0x20000, 4, RW},
                                    {0x2800, 0x20800, 0, RW, 4u}})));
}

TEST(BadSegment, OffsetNotCongruentToAddress) {
  auto Why = badSegment(imageWith({{0x1004, 0x10000, 0x100, RX}}));
  ASSERT_TRUE(Why.has_value());
  EXPECT_EQ(*Why, "its segment at 0x00010000 starts at file offset 0x1004, "
                  "which is not its address modulo the 4 KiB page: no "
                  "loader can map it");
  // No file bytes (.bss alone): nothing to map from the file.
  EXPECT_FALSE(badSegment(imageWith({{0x1004, 0x10000, 0, RW, 0x100u}})));
}

// A .bss-only segment (no file bytes) maps nothing from the file: its
// offset is no other file page.
TEST(PageClash, NoFileBytesNoFilePage) {
  EXPECT_FALSE(pageClash(imageWith({{0x2000, 0x20000, 4, RW},
                                    {0x3800, 0x20800, 0, RW, 4u}})));
  // With file bytes it is one.
  EXPECT_TRUE(pageClash(imageWith({{0x2000, 0x20000, 4, RW},
                                   {0x3800, 0x20800, 4, RW}})));
}

// QEMU's user mode cannot map the last page, and takes code at 0xffff0000
// up for calls into the kernel's helpers (measured: data there loads and
// reads back; code there ends the run with "unhandled CPU exception").
TEST(BeyondQemu, LastPageAndHelperPage) {
  // Up to 0xfffff000 maps; a byte further does not.
  EXPECT_FALSE(beyondQemu(imageWith({{0x1000, 0xffffe000, 0x1000, RW}})));
  auto Top = beyondQemu(imageWith({{0x1000, 0xffffe000, 0x1001, RW}}));
  ASSERT_TRUE(Top.has_value());
  EXPECT_EQ(*Top, "its segment 0xffffe000-0xfffff001 reaches the last 4 KiB "
                  "page (0xfffff000 up), which qemu-arm's user mode cannot "
                  "map");
  // Memory without file bytes there is the same.
  EXPECT_TRUE(beyondQemu(imageWith({{0x1000, 0xfffff000, 0, RW, 4u}})));
  // Code up to 0xffff0000 runs; one instruction further does not.
  ASSERT_FALSE(badSegment(imageWith({{0x1ff8, 0xfffefff8, 0xc, RX}})));
  EXPECT_FALSE(beyondQemu(imageWith({{0x1ff8, 0xfffefff8, 8, RX}})));
  auto Code = beyondQemu(imageWith({{0x1ff8, 0xfffefff8, 0xc, RX}}));
  ASSERT_TRUE(Code.has_value());
  EXPECT_EQ(*Code, "its executable segment 0xfffefff8-0xffff0004 lies at or "
                   "above 0xffff0000, where qemu-arm's user mode takes each "
                   "instruction for a call into the kernel's helper page");
  // Data there is fine.
  EXPECT_FALSE(beyondQemu(imageWith({{0x1000, 0xffff0000, 0x100, RW}})));
  // A segment past 0xffffffff is badSegment's to say.
  EXPECT_FALSE(beyondQemu(imageWith({{0x1000, 0xfffff000, 0x2000, RW}})));
  EXPECT_FALSE(beyondQemu("not an image"));
}
