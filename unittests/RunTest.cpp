//===- RunTest.cpp - runInOwnGroup and the run deadline -------------------===//
//
// runInOwnGroup (GNU as and the oracle linkers run through it) with
// /bin/sh as the program: its verdicts, its log, the deadline reaching
// what the program started, and the deadline's environment variable.
// The stop-signal path is tested end to end by lit (assemblers/
// gnu-as-process.test, oracles/oracle-crash.test).
//
//===----------------------------------------------------------------------===//
#include "process/Run.h"

#include "llvm/ADT/SmallString.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"

#include "gtest/gtest.h"

#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <fstream>
#include <sys/wait.h>
#include <thread>

using namespace llvm;
using namespace relocheck;

namespace {

using End = RunOutcome::End;

/// A temporary file's path, removed when the test ends.
struct TempPath {
  SmallString<128> Path;
  explicit TempPath(StringRef Suffix) {
    EXPECT_FALSE(sys::fs::createTemporaryFile("run-test", Suffix, Path));
  }
  ~TempPath() { sys::fs::remove(Path); }
  std::string str() const { return Path.str().str(); }
};

RunOutcome sh(const std::string &Script, const TempPath &Log,
              unsigned Seconds = 10) {
  return runInOwnGroup({"/bin/sh", "-c", Script}, Log.str(), Seconds);
}

std::string contents(const TempPath &F) {
  auto Text = MemoryBuffer::getFile(F.Path);
  return Text ? (*Text)->getBuffer().str() : "<unreadable>";
}

bool noChildrenLeft() {
  return waitpid(-1, nullptr, WNOHANG) == -1 && errno == ECHILD;
}

/// Whether Pid is gone or a zombie within 2 s.
bool goesAway(pid_t Pid) {
  for (int I = 0; I < 200; ++I) {
    std::ifstream Stat("/proc/" + std::to_string(Pid) + "/stat");
    std::string Whole;
    if (!std::getline(Stat, Whole))
      return true;
    size_t Paren = Whole.rfind(')');
    if (Paren != std::string::npos && Paren + 2 < Whole.size() &&
        Whole[Paren + 2] == 'Z')
      return true;
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  return false;
}

TEST(RunInOwnGroup, ExitStatusAndLog) {
  TempPath Log("log");
  RunOutcome O = sh("echo to-stdout; echo to-stderr >&2; exit 7", Log);
  EXPECT_EQ(O.How, End::Exited);
  EXPECT_EQ(O.Status, 7);
  // stdout and stderr both go to the log; Stderr is the caller's to read.
  EXPECT_EQ(contents(Log), "to-stdout\nto-stderr\n");
  EXPECT_TRUE(O.Stderr.empty());
  EXPECT_TRUE(sh("exit 0", Log).passed());
  EXPECT_TRUE(noChildrenLeft());
}

TEST(RunInOwnGroup, StdinIsDevNull) {
  TempPath Log("log");
  // A program that reads stdin gets end of file at once, never the
  // terminal or the caller's pipe.
  RunOutcome O = sh("cat; echo done", Log, 5);
  EXPECT_TRUE(O.passed());
  EXPECT_EQ(contents(Log), "done\n");
}

TEST(RunInOwnGroup, OwnProcessGroup) {
  TempPath Log("log");
  RunOutcome O = sh("ps -o pgid= -p $$; echo $$", Log);
  ASSERT_TRUE(O.passed()) << contents(Log);
  std::string Text = contents(Log);
  SmallVector<StringRef, 2> Lines;
  StringRef(Text).split(Lines, '\n', -1, false);
  ASSERT_EQ(Lines.size(), 2u) << Text;
  EXPECT_EQ(Lines[0].trim(), Lines[1].trim()) << "its group is its pid";
  EXPECT_NE(Lines[0].trim(), std::to_string(getpgrp()));
}

TEST(RunInOwnGroup, SignalledAndCannotExec) {
  TempPath Log("log");
  RunOutcome O = sh("kill -ABRT $$", Log);
  EXPECT_EQ(O.How, End::Signalled);
  EXPECT_EQ(O.Status, SIGABRT);
  RunOutcome Missing =
      runInOwnGroup({"/nonexistent/program"}, Log.str(), 5);
  EXPECT_EQ(Missing.How, End::NotRun);
  EXPECT_NE(Missing.Message.find("No such file"), std::string::npos)
      << Missing.Message;
  EXPECT_TRUE(noChildrenLeft());
}

TEST(RunInOwnGroup, DeadlineKillsWhatItStarted) {
  TempPath Log("log"), PidFile("pid");
  auto Start = std::chrono::steady_clock::now();
  // One in the background in its group, one in a session of its own.
  RunOutcome O = sh("sleep 30 & echo $! > " + PidFile.str() +
                        "; setsid sleep 31 & echo $! >> " + PidFile.str() +
                        "; wait",
                    Log, 1);
  auto Took = std::chrono::steady_clock::now() - Start;
  EXPECT_EQ(O.How, End::TimedOut);
  EXPECT_LT(Took, std::chrono::seconds(5));
  EXPECT_TRUE(noChildrenLeft());
  SmallVector<StringRef, 2> Pids;
  std::string Text = contents(PidFile);
  StringRef(Text).split(Pids, '\n', -1, false);
  ASSERT_EQ(Pids.size(), 2u) << Text;
  for (StringRef P : Pids) {
    pid_t Pid = 0;
    ASSERT_FALSE(P.trim().getAsInteger(10, Pid)) << P.str();
    bool Gone = goesAway(Pid);
    if (!Gone)
      kill(Pid, SIGKILL);
    EXPECT_TRUE(Gone) << "sleep " << Pid << " outlived the deadline";
  }
}

/// Sets an environment variable for one test.
struct ScopedEnv {
  const char *Name;
  ScopedEnv(const char *Name, const char *Value) : Name(Name) {
    setenv(Name, Value, 1);
  }
  ~ScopedEnv() { unsetenv(Name); }
};

TEST(SecondsFromEnvironment, RangeAndDefault) {
  const char *Var = "RELOCHECK_RUN_TEST_SECONDS";
  unsetenv(Var);
  EXPECT_EQ(secondsFromEnvironment(Var, 60, "x"), 60u);
  struct {
    const char *Value;
    unsigned Want;
  } Cases[] = {{"1", 1},    {"3600", 3600}, {"0", 60},  {"3601", 60},
               {"-5", 60},  {"1.5", 60},    {"", 60},   {"0x10", 60},
               {" 7", 60},  {"99999999999999999999", 60}};
  for (const auto &C : Cases) {
    ScopedEnv Env(Var, C.Value);
    testing::internal::CaptureStderr();
    unsigned Got = secondsFromEnvironment(Var, 60, "the default holds");
    std::string Said = testing::internal::GetCapturedStderr();
    EXPECT_EQ(Got, C.Want) << "'" << C.Value << "'";
    if (C.Want == 60)
      EXPECT_EQ(Said, std::string("warning: ") + Var +
                          " expects whole seconds in [1, 3600], found '" +
                          C.Value + "'; the default holds\n");
    else
      EXPECT_EQ(Said, "");
  }
}

} // namespace
