//===- relocheck.cpp - Command-line driver --------------------------------===//
//
//   relocheck check [flags] FILE...      assemble, link, verify; summary
//   relocheck link [flags] INPUT... -o OUT
//   relocheck dump [flags] FILE...       one line per relocation site
//   relocheck kinds                      the kinds table
//
// Results go to stdout; diagnostics to stderr, one line each.
//
//===----------------------------------------------------------------------===//
#include "check/Checker.h"
#include "check/Golden.h"
#include "check/Scaffold.h"
#include "check/TestSpec.h"
#include "driver/Driver.h"
#include "encode/ArmEncodings.h"
#include "encode/Faults.h"
#include "object/InputObject.h"
#include "oracles/Consensus.h"
#include "oracles/Execute.h"
#include "oracles/Judge.h"
#include "oracles/Matrix.h"
#include "oracles/Oracles.h"
#include "process/Signals.h"

#include "RelocheckVersion.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/ScopeExit.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/CrashRecoveryContext.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/FormatVariadic.h"
#include "llvm/Support/JSON.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/Process.h"
#include "llvm/Support/raw_ostream.h"

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <fstream>
#include <new>
#include <set>
#include <string>
#include <unistd.h>
#include <vector>

using namespace llvm;
using namespace relocheck;

namespace {

const char *Usage =
    "usage: relocheck <command> [options] FILE...\n"
    "\n"
    "commands:\n"
    "  check FILE...         assemble each test, link it, verify every "
    "relocation\n"
    "                        site; exit 0 only if all pass\n"
    "  link INPUT... -o OUT  link .s/.o inputs into an ELF executable\n"
    "  dump FILE...          link and print one line per relocation site\n"
    "  kinds                 list the relocation kinds and their status\n"
    "  scaffold KIND         write a draft lit test for a relocation kind\n"
    "  diff FILE...          compare every site with ld.lld, GNU ld, mold,\n"
    "                        JITLink\n"
    "  matrix DIR...         kinds x linkers: ok / wrong / rejected\n"
    "  golden FILE...        write goldens only where other linkers agree\n"
    "  run FILE...           link self-checking programs with relocheck "
    "and each\n"
    "                        oracle; run every image under qemu-arm\n"
    "  faults                the planted faults tools/fault-hunt.py hunts\n"
    "  --version             the commit and LLVM this binary was built from\n"
    "\n"
    "Run 'relocheck <command> --help' for the options of a command.\n"
    "'--' ends the options: FILEs after it may start with '-'.\n";

const char *CheckHelp =
    "usage: relocheck check [options] FILE...\n"
    "\n"
    "Each FILE is an assembly test; its '@ relocheck:' lines give link "
    "flags and\n"
    "its '@ expect' lines give expectations (see docs/writing-tests.md).\n"
    "\n"
    "options:\n"
    "  --golden-dir=DIR      compare with DIR/<name>.golden (see "
    "--test-root)\n"
    "  --test-root=DIR       golden name = FILE's path relative to DIR "
    "(a FILE\n                        outside DIR is an error)\n"
    "  --update-golden       rewrite goldens that differ; print the diff\n"
    "  --together            link all FILEs as one program and check it "
    "once\n"
    "                        (expectations come from the first FILE)\n"
    "  -v, --verbose         print every site line to stderr\n"
    "link flags (defaults for every FILE; a test's own lines win):\n";

const char *LinkHelp =
    "usage: relocheck link [flags] INPUT... -o OUT\n"
    "\n"
    "Links .s (assembled in process) and .o inputs like a static linker.\n"
    "It does not read a test's '@ relocheck:' lines: give the flags here.\n"
    "A failed link writes nothing; it removes an older OUT once every input\n"
    "was read (an older OUT stays when an input could not be read, or with\n"
    "--assembler=gnu, whose .include files relocheck does not see).\n"
    "\n"
    "flags:\n"
    "  -o OUT                   output ELF executable\n";

const char *DumpHelp = "usage: relocheck dump [flags] FILE...\n"
                       "\n"
                       "Prints one line per relocation site: site kind "
                       "'symbol' P S A T X : bytes :\n"
                       "disassembly => destination. Exit 1 if any site "
                       "did not link or\n"
                       "fails the checker's judgement (printed as 'check' "
                       "prints it). Expectations\n"
                       "are not verified (that is 'check'); a test's "
                       "'@ relocheck:' lines apply.\n"
                       "\n"
                       "flags:\n"
                       "  --together               link all FILEs as one "
                       "program\n";

/// A diagnostic as it may reach a terminal: a control character that came
/// from an input (an ESC in an expect line, a name) shown as \xNN. Line
/// breaks between joined errors stay.
std::string visible(StringRef Text) {
  SmallVector<StringRef, 4> Lines;
  Text.split(Lines, '\n');
  std::string Out;
  for (size_t I = 0; I < Lines.size(); ++I)
    Out += (I ? "\n" : "") + printableName(Lines[I]);
  return Out;
}

/// The problems, a line each, each line cut at 2,000 characters (a
/// test's megabyte-long expectation is not echoed back whole), and at most
/// 100 lines in all (a crafted object with 250,000 bad relocations printed
/// 250,000 lines; ld.lld stops at 20). A problem of several lines (the
/// assembler's diagnostics) counts each.
void printErrors(const std::vector<std::string> &Problems,
                 StringRef Severity = "error") {
  constexpr size_t Max = 2000, MaxLines = 100;
  size_t Shown = 0, Left = 0;
  for (const std::string &P : Problems) {
    SmallVector<StringRef, 4> Lines;
    StringRef(P).split(Lines, '\n');
    for (StringRef L : Lines) {
      if (Shown == MaxLines) {
        ++Left;
        continue;
      }
      ++Shown;
      if (L.size() <= Max)
        errs() << printableName(L) << "\n";
      else
        errs() << printableName(L.take_front(Max)) << "... ("
               << (L.size() - Max) << " more characters)\n";
    }
  }
  if (Left)
    errs() << Severity << ": " << Left
           << (Left == 1 ? " more line" : " more lines")
           << " not shown (relocheck shows the first " << MaxLines << ")\n";
}

std::string errorText(Error E) { return visible(toString(std::move(E))); }

/// link(), and the warnings of a link that stands (a failed one reports
/// its errors instead).
Expected<LinkResult> linkAndWarn(std::vector<InputObject> Objects,
                                 const LinkOptions &Opts) {
  auto R = link(std::move(Objects), Opts);
  if (R && R->ok())
    printErrors(R->Warnings, "warning");
  return R;
}

bool wantsHelp(ArrayRef<std::string> Args) {
  for (const std::string &A : Args)
    if (A == "--help" || A == "-h")
      return true;
  return false;
}

/// Splits Args into link flags (applied to C) and the rest.
Expected<std::vector<std::string>>
takeLinkFlags(ArrayRef<std::string> Args, DriverConfig &C,
              StringRef BaseDir) {
  std::vector<std::string> Rest;
  for (size_t I = 0; I < Args.size(); ++I) {
    auto Took = parseLinkFlag(Args, I, C, BaseDir);
    if (!Took)
      return Took.takeError();
    if (!*Took)
      Rest.push_back(Args[I]);
  }
  return Rest;
}

/// How every subcommand that takes link flags starts: with --help, Help
/// (and the link flags' help, unless FlagsHelp is false) is printed and
/// Exit is 0; a bad link flag is reported and Exit is 2;
/// otherwise the flags went into C and Rest holds the other arguments.
struct CommandArgs {
  std::vector<std::string> Rest;
  std::optional<int> Exit;
};
CommandArgs takeCommandArgs(ArrayRef<std::string> Args, StringRef Help,
                            DriverConfig &C, bool FlagsHelp = true) {
  CommandArgs Out;
  if (wantsHelp(Args)) {
    outs() << Help << (FlagsHelp ? linkFlagsHelp() : "");
    Out.Exit = 0;
    return Out;
  }
  auto Rest = takeLinkFlags(Args, C, "");
  if (!Rest) {
    errs() << errorText(Rest.takeError()) << "\n";
    Out.Exit = 2;
    return Out;
  }
  Out.Rest = std::move(*Rest);
  return Out;
}

/// "; did you mean '--no-veneers'?" for a flag within two edits of a link
/// flag's name (the part before '='), or "".
std::string nearestLinkFlag(StringRef Flag) {
  StringRef Name = Flag.split('=').first;
  StringRef Help = linkFlagsHelp();
  std::string Best;
  unsigned BestDistance = 3;
  while (!Help.empty()) {
    auto [Line, Rest] = Help.split('\n');
    Help = Rest;
    // "  -e SYM, --entry=SYM  ...": the names before the description.
    SmallVector<StringRef, 8> Words;
    Line.take_front(27).split(Words, ' ', -1, false);
    for (StringRef W : Words) {
      W = W.rtrim(',');
      if (!W.starts_with("-"))
        continue;
      StringRef Known = W.split('=').first;
      unsigned D = Name.edit_distance(Known, true, BestDistance);
      if (D < BestDistance && D > 0) {
        BestDistance = D;
        Best = (Known + (W.contains('=') ? "=" : "")).str();
      }
    }
  }
  return Best.empty() ? "" : "; did you mean '" + Best + "'?";
}

/// The config for one test file: CLI defaults, then the file's own lines.
/// Words of a "relocheck:" line that are not flags name extra inputs,
/// relative to the test's folder.
/// The test's directives. With KeepGoing, malformed ones are not an
/// error: their errors go there (one per line), and the rest is read.
Expected<TestSpec> readSpec(const std::string &File,
                            std::string *KeepGoing = nullptr);

Expected<DriverConfig> configForTest(const std::vector<std::string> &Group,
                                     const TestSpec &Spec,
                                     const DriverConfig &Defaults) {
  const std::string &File = Group.front();
  DriverConfig C = Defaults;
  C.Inputs = Group;
  C.ScriptGiven = false; // the test's own -T wins over the command line's
  // --together reads directives from the first file only: another's
  // would be skipped, and a test would pass unchecked.
  for (size_t I = 1; I < Group.size(); ++I) {
    auto Other = readSpec(Group[I]);
    if (!Other)
      return Other.takeError();
    if (!Other->Expects.empty() || !Other->Options.empty())
      return createStringError(
          inconvertibleErrorCode(),
          Group[I] + ": error: has '@ expect' or '@ relocheck:' lines, "
                     "but with --together only the first file's (" +
              File + ") are read: move them there, or check it alone");
  }
  StringRef Dir = sys::path::parent_path(File);
  std::string LastArchLine; // "file:line: " of the test's last --arch
  // What the test's own flags set, with the flag that set it and its
  // line: a test that sets one thing two ways is wrong whichever way
  // wins. (It may replace what the command line set: that is what a
  // test's flags are for.)
  struct Made {
    std::string Value, Words;
    unsigned Line;
  };
  std::map<std::string, Made> Settings;
  for (size_t I = 0; I < Spec.Options.size(); ++I) {
    std::string Where =
        File + ":" + std::to_string(Spec.OptionLines[I]) + ": ";
    auto Before = C.Link.LayoutOpts.SectionStart;
    size_t First = I;
    FlagSetting Set;
    auto Took = parseLinkFlag(Spec.Options, I, C, Dir, &Set);
    // A placement this line made: layout errors about it point here.
    for (const auto &[Sec, Addr] : C.Link.LayoutOpts.SectionStart) {
      auto Old = Before.find(Sec);
      if (Old == Before.end() || Old->second != Addr)
        C.Link.LayoutOpts.SectionStartFrom[Sec] =
            File + ":" + std::to_string(Spec.OptionLines[I]);
    }
    if (!Took) {
      std::string Msg = errorText(Took.takeError());
      StringRef Text(Msg);
      Text.consume_front("error: ");
      return createStringError(inconvertibleErrorCode(),
                               Where + "error: " + Text);
    }
    if (*Took && StringRef(Spec.Options[I]).starts_with("--arch="))
      LastArchLine = Where;
    if (*Took && !Set.What.empty()) {
      std::string Words = Spec.Options[First];
      for (size_t W = First + 1; W <= I; ++W)
        Words += " " + Spec.Options[W];
      auto [It, New] = Settings.try_emplace(
          Set.What, Made{Set.Value, Words, Spec.OptionLines[First]});
      if (!New && It->second.Value != Set.Value)
        return createStringError(
            inconvertibleErrorCode(),
            Where + "error: '" + Words + "' contradicts '" +
                It->second.Words + "' at line " +
                std::to_string(It->second.Line) + " (both set " + Set.What +
                "; a test sets each thing once: delete one)");
    }
    if (*Took)
      continue;
    const std::string &Extra = Spec.Options[I];
    if (StringRef(Extra).starts_with("-"))
      return createStringError(inconvertibleErrorCode(),
                               Where + "error: unknown flag '" + Extra +
                                   "' in a 'relocheck:' line" +
                                   nearestLinkFlag(Extra));
    std::string Path = Dir.empty() ? Extra : (Dir + "/" + Extra).str();
    sys::fs::file_status St;
    if (std::error_code EC = sys::fs::status(Path, St)) {
      SmallString<256> Abs(Path);
      sys::fs::make_absolute(Abs);
      return createStringError(EC, Where + "error: cannot read extra input '" +
                                       Extra + "' (looked for '" + Abs +
                                       "', relative to the test's folder): " +
                                       EC.message());
    }
    // Directives are read from the test only: ones in an extra input
    // would be skipped, and a test would pass unchecked.
    auto ExtraSpec = readSpec(Path);
    if (!ExtraSpec)
      return ExtraSpec.takeError();
    if (!ExtraSpec->Expects.empty() || !ExtraSpec->Options.empty())
      return createStringError(
          inconvertibleErrorCode(),
          Where + "error: extra input '" + Extra + "' has '@ expect' or "
                  "'@ relocheck:' lines, which are read only from the test "
                  "itself: move them into " + File);
    C.Inputs.push_back(Path);
  }
  // So is a byte order the test's own replaces.
  auto Order = [](const DriverConfig &D) {
    return !D.BigEndian ? "little-endian"
           : D.Link.Be32 ? "big-endian BE32 (--be32)"
                         : "big-endian BE8 (--big-endian)";
  };
  if (std::string(Order(C)) != Order(Defaults) &&
      (Defaults.BigEndian || Defaults.Link.Be32))
    errs() << File << ": warning: the test's byte order, " << Order(C)
           << ", replaces " << Order(Defaults)
           << " from the command line\n";
  // A command line's --arch that the test's own replaces is said: the
  // result is not for the architecture the user asked for.
  if (Defaults.ArchGiven && !LastArchLine.empty() &&
      C.Link.Arch.Name != Defaults.Link.Arch.Name)
    errs() << LastArchLine << "warning: the test's --arch="
           << C.Link.Arch.Name << " replaces --arch="
           << Defaults.Link.Arch.Name << " from the command line\n";
  if (Error E = settleArch(C))
    return std::move(E);
  return C;
}

Expected<TestSpec> readSpec(const std::string &File,
                            std::string *KeepGoing) {
  // Directives live in assembly; an object's bytes (its .rodata, its
  // .comment) are never read as `@ relocheck:` or `@ expect` lines.
  if (!isAssemblyInput(File)) {
    if (!sys::fs::exists(File))
      return createStringError(inconvertibleErrorCode(),
                               "error: cannot read '" + File +
                                   "': No such file or directory");
    return TestSpec{};
  }
  auto Buf = readInputFile(File);
  if (!Buf)
    return createStringError(inconvertibleErrorCode(),
                             "error: cannot read '" + File +
                                 "': " + Buf.getError().message());
  if (KeepGoing)
    return parseTestSpecKeepGoing((*Buf)->getBuffer(), File, *KeepGoing);
  return parseTestSpec((*Buf)->getBuffer(), File);
}

Expected<LinkResult> linkTest(const std::vector<std::string> &Group,
                              const TestSpec &Spec,
                              const DriverConfig &Defaults) {
  auto C = configForTest(Group, Spec, Defaults);
  if (!C)
    return C.takeError();
  auto Objs = loadInputs(*C);
  if (!Objs)
    return Objs.takeError();
  return linkAndWarn(std::move(*Objs), C->Link);
}

/// Links a test whose inputs loadObjectFiles(C) already returned (diff and
/// run hand the same objects to the other linkers): assembling them again
/// would print MC's warnings twice.
Expected<LinkResult>
linkLoaded(const DriverConfig &C,
           const std::vector<std::unique_ptr<MemoryBuffer>> &Loaded) {
  auto Objs = readInputs(Loaded, C.BigEndian);
  if (!Objs)
    return Objs.takeError();
  return linkAndWarn(std::move(*Objs), C.Link);
}

/// DIR/<FILE relative to ROOT, .golden> (DIR/<FILE's name> without a
/// root). A file outside ROOT is an error: mapping it by name alone would
/// let /a/x.s and /b/x.s share one golden.
Expected<std::string> goldenPath(const std::string &File,
                                 const std::string &Dir,
                                 const std::string &Root) {
  SmallString<256> Rel(sys::path::filename(File));
  if (!Root.empty()) {
    SmallString<256> AbsFile(File), AbsRoot(Root);
    sys::fs::make_absolute(AbsFile);
    sys::fs::make_absolute(AbsRoot);
    sys::path::remove_dots(AbsFile, true);
    sys::path::remove_dots(AbsRoot, true);
    if (!sys::fs::exists(AbsFile))
      return createStringError(inconvertibleErrorCode(),
                               "error: cannot read '" + File +
                                   "': No such file or directory");
    // Compared as real paths, so a root or file named through a symbolic
    // link is still under its root (the file's own name is kept: a test
    // that is a link is named as the link).
    SmallString<256> Real;
    if (!sys::fs::real_path(AbsRoot, Real))
      AbsRoot = Real;
    if (!sys::fs::real_path(sys::path::parent_path(AbsFile), Real)) {
      sys::path::append(Real, sys::path::filename(AbsFile));
      AbsFile = Real;
    }
    StringRef F = AbsFile, R = AbsRoot;
    R.consume_back("/");
    if (!F.consume_front(R) || !F.consume_front("/"))
      return createStringError(
          inconvertibleErrorCode(),
          "error: '" + File + "' (" + AbsFile + ") is not under --test-root '" +
              Root + "' (" + AbsRoot + "), so it has no golden name there; "
              "move it under the root or pass another --test-root");
    Rel = F;
  }
  sys::path::replace_extension(Rel, ".golden");
  return (Dir + "/" + Rel).str();
}

/// Every file's golden path is valid, and no two files share one (without
/// --test-root, a/t.s and b/t.s would both be DIR/t.golden).
Error checkGoldenPaths(ArrayRef<std::string> Files, const std::string &Dir,
                       const std::string &Root) {
  std::map<std::string, std::string> Owner;
  for (const std::string &File : Files) {
    auto G = goldenPath(File, Dir, Root);
    if (!G)
      return G.takeError();
    SmallString<256> Abs(File);
    sys::fs::make_absolute(Abs);
    sys::path::remove_dots(Abs, true);
    auto [It, New] = Owner.try_emplace(*G, Abs.str().str());
    if (!New && It->second != Abs.str())
      return createStringError(
          inconvertibleErrorCode(),
          "error: '" + It->second + "' and '" + Abs + "' would share the "
          "golden " + *G + "; give --test-root=DIR (goldens then mirror "
          "the folders under DIR)");
  }
  return Error::success();
}

/// FILE... with every folder replaced by the *.s files under it (not
/// under an Inputs/ folder), sorted, as `relocheck matrix` reads them.
Expected<std::vector<std::string>>
expandTestPaths(ArrayRef<std::string> Paths) {
  std::vector<std::string> Files;
  std::set<std::string> Seen;
  for (const std::string &Path : Paths) {
    if (!sys::fs::is_directory(Path)) { // a missing one fails when read
      // Named twice (or also found in a folder named before): once.
      SmallString<128> Real;
      if (sys::fs::real_path(Path, Real) || !sys::fs::is_regular_file(Real) ||
          Seen.insert(Real.str().str()).second)
        Files.push_back(Path);
      continue;
    }
    // Directory symlinks are not followed (`ln -s . a` would loop), and a
    // test reached by two paths counts once (by its real path).
    std::vector<std::string> Found;
    bool AnyTest = false; // (all of them may have been seen already)
    std::error_code EC;
    for (sys::fs::recursive_directory_iterator It(Path, EC,
                                                  /*follow_symlinks=*/false),
         End;
         It != End && !EC; It.increment(EC)) {
      StringRef P = It->path();
      StringRef Below = P.drop_front(Path.size());
      if (!P.ends_with(".s") || Below.contains("/Inputs/") ||
          Below.starts_with("Inputs/"))
        continue;
      AnyTest = true;
      // A name with a newline would split the lines that name it (as
      // for a file named on the command line).
      if (any_of(P, [](char C) { return (unsigned char)C < 0x20; }))
        return createStringError(inconvertibleErrorCode(),
                                 "error: test '" + printableName(P) +
                                     "' has a control character in its "
                                     "name; rename it");
      // A dangling link, one to a folder, a FIFO: kept, so that reading it
      // fails and the run says it skipped it (it vanished silently).
      SmallString<128> Real;
      if (sys::fs::real_path(P, Real) || !sys::fs::is_regular_file(Real)) {
        Found.push_back(P.str());
        continue;
      }
      if (Seen.insert(Real.str().str()).second)
        Found.push_back(P.str());
    }
    if (EC)
      return createStringError(EC, "error: cannot read '" + Path + "': " +
                                       EC.message());
    if (!AnyTest)
      return createStringError(inconvertibleErrorCode(),
                               "error: no tests under '" + Path +
                                   "' (*.s files outside Inputs/)");
    llvm::sort(Found);
    Files.insert(Files.end(), Found.begin(), Found.end());
  }
  return Files;
}

/// Links and checks one test (with the files linked with it): the
/// problems found, none when it passes. Report gets what --update-golden
/// says; NumSites the relocation sites checked.
std::vector<std::string>
checkGroup(const std::vector<std::string> &Group, const DriverConfig &Defaults,
           bool Verbose, const std::string &GoldenDir,
           const std::string &TestRoot, bool Update, std::string &Report,
           size_t &NumSites) {
  const std::string &File = Group.front();
  // Malformed directives do not stop the check: what else is wrong with
  // the test is said in the same run (a misspelt '@ expect' hid four
  // other problems until it was fixed).
  std::string SpecErrors;
  auto Spec = readSpec(File, &SpecErrors);
  std::vector<std::string> Problems;
  for (StringRef L : split(StringRef(SpecErrors), '\n'))
    if (!L.empty())
      Problems.push_back(L.str());
  Expected<LinkResult> R =
      Spec ? linkTest(Group, *Spec, Defaults) : Spec.takeError();
  if (!R) {
    // A layout error (a --section-start naming no section, from the
    // test's own line or the command line) names the test it stopped.
    std::string Why = errorText(R.takeError());
    if (StringRef(Why).starts_with("error: "))
      Why = File + ": " + Why;
    // One problem per line (a test file's bad directives are one error
    // of several lines): the count printed after FAIL is theirs.
    // (A note belongs to the problem before it.)
    std::vector<std::string> &Lines = Problems;
    for (StringRef L : split(StringRef(Why), '\n')) {
      if (L.empty())
        continue;
      bool Note = L.starts_with("note: ") || L.contains(": note: ");
      if (Note && !Lines.empty())
        Lines.back() += "\n" + L.str();
      else
        Lines.push_back(L.str());
    }
    return Lines;
  }
  auto D = ArmDisassembler::create(R->Arch);
  if (!D)
    return {errorText(D.takeError())};

  Checker C(*R, **D);
  NumSites = R->Sites.size();
  if (Verbose)
    for (const std::string &L : C.dumpLines())
      errs() << File << ": " << L << "\n";
  append_range(Problems, C.check(*Spec));
  // A file that relocates nothing and expects nothing checks nothing;
  // passing it would hide a test that lost its body.
  if (NumSites == 0 && Spec->Expects.empty() && Problems.empty())
    Problems.push_back(File + ": error: no relocation sites and no "
                              "expectations (nothing to check; add a "
                              "relocation or an '@ expect' line)");
  // A golden is not updated from a test whose directives are broken.
  if (!GoldenDir.empty() && SpecErrors.empty()) {
    size_t Before = Report.size();
    bool Failing = !Problems.empty();
    std::vector<std::string> Golden = C.checkGolden(
        cantFail(goldenPath(File, GoldenDir, TestRoot)), Update, Report);
    // The golden records what relocheck wrote, right or not: one written
    // for a failing test would pin the failure.
    if (Update && Failing && Report.size() > Before)
      Report += "note: " + File + " fails: its golden was written all the "
                "same; fix the test (or relocheck) and write it again "
                "before you commit it\n";
    // Without --test-root the golden is looked for by the test's name
    // alone: lit's goldens sit in folders like the tests'.
    for (std::string &G : Golden)
      if (TestRoot.empty() && StringRef(G).contains(": error: no golden file"))
        G += "; without --test-root it is looked for by the test's file "
             "name alone (lit's goldens mirror lit-tests/: give "
             "--test-root=lit-tests)";
    append_range(Problems, Golden);
  }
  return Problems;
}

int runCheck(ArrayRef<std::string> Args) {
  DriverConfig Defaults = defaultConfig();
  std::string GoldenDir, TestRoot;
  bool Update = false, Verbose = false, Together = false;
  std::vector<std::string> Files;
  auto [Rest, Exit] = takeCommandArgs(Args, CheckHelp, Defaults);
  if (Exit)
    return *Exit;
  for (const std::string &A : Rest) {
    StringRef S = A;
    if (S.consume_front("--golden-dir="))
      GoldenDir = S.str();
    else if (S.consume_front("--test-root=")) {
      if (S.empty()) {
        errs() << "error: --test-root= needs a folder\n";
        return 2;
      }
      TestRoot = S.str();
    }
    else if (S == "--update-golden")
      Update = true;
    else if (S == "-v" || S == "--verbose")
      Verbose = true;
    else if (S == "--together")
      Together = true;
    else if (S.starts_with("-")) {
      errs() << "error: unknown option '" << S
             << "' (see relocheck check --help)\n";
      return 2;
    } else
      Files.push_back(A);
  }
  if (Files.empty()) {
    errs() << "error: no test files (see relocheck check --help)\n";
    return 2;
  }
  if (GoldenDir.empty() && (Update || !TestRoot.empty())) {
    errs() << "error: --update-golden and --test-root need --golden-dir\n";
    return 2;
  }
  if (!GoldenDir.empty())
    // With --together only the first file of the group has a golden.
    if (Error E = checkGoldenPaths(ArrayRef<std::string>(Files).take_front(
                                       Together ? 1 : Files.size()),
                                   GoldenDir, TestRoot)) {
      errs() << errorText(std::move(E)) << "\n";
      return 2;
    }

  std::vector<std::vector<std::string>> Groups;
  if (Together)
    Groups.push_back(Files);
  else
    for (const std::string &File : Files)
      Groups.push_back({File});

  unsigned Passed = 0, Failed = 0;
  for (const std::vector<std::string> &Group : Groups) {
    const std::string &File = Group.front();
    std::string Report;
    size_t NumSites = 0;
    std::vector<std::string> Problems =
        checkGroup(Group, Defaults, Verbose, GoldenDir, TestRoot, Update,
                   Report, NumSites);
    if (!Report.empty())
      outs() << Report;
    printErrors(Problems);
    if (Problems.empty()) {
      ++Passed;
      outs() << "PASS: " << printableName(File) << " (" << NumSites
             << (NumSites == 1 ? " site)\n" : " sites)\n");
    } else {
      ++Failed;
      outs() << "FAIL: " << printableName(File) << " (" << Problems.size()
             << (Problems.size() == 1 ? " problem)\n" : " problems)\n");
    }
  }
  outs() << Passed << " passed, " << Failed << " failed\n";
  return Failed ? 1 : 0;
}

/// Writes the executable by replaceFile: a new file beside Output renamed
/// over it, so a failure leaves neither a half-written output nor the
/// temporary, and nothing but a file (or a link to one) is replaced.
Error writeAtomically(const LinkResult &R, const std::string &Output) {
  std::string Bytes;
  raw_string_ostream OS(Bytes);
  if (Error E = writeExecutable(R, OS))
    return E;
  return replaceFile(Output, Bytes,
                     sys::fs::perms(sys::fs::all_read | sys::fs::all_exe |
                                    sys::fs::owner_write),
                     "the output");
}

/// Whether Path starts with the ELF magic.
bool isElfFile(const std::string &Path) {
  char Magic[4] = {};
  std::ifstream In(Path, std::ios::binary);
  return In.read(Magic, 4) && std::memcmp(Magic, "\x7f" "ELF", 4) == 0;
}

/// What a link may replace or remove is an ELF file: a source, script or
/// data file named by -o is refused whether or not relocheck knows the
/// link reads it (GNU as reads .include files relocheck never sees, and a
/// link that stops at its first input has not read the others). A link
/// to nothing is refused too.
Error checkReplaceable(const std::string &Output) {
  auto Refuse = [&](const Twine &What) {
    return createStringError(inconvertibleErrorCode(),
                             "error: output file '" + Output + "' " + What +
                                 "; relocheck replaces only ELF files "
                                 "(remove it first if it is meant to go)");
  };
  sys::fs::file_status St;
  if (!sys::fs::status(Output, St) && sys::fs::is_regular_file(St) &&
      St.getSize() > 0 && !isElfFile(Output))
    return Refuse("exists and is not an ELF file");
  if (!sys::fs::exists(Output) &&
      !sys::fs::status(Output, St, /*Follow=*/false) &&
      St.type() == sys::fs::file_type::symlink_file)
    return Refuse("is a symbolic link to nothing");
  return Error::success();
}

int runLink(ArrayRef<std::string> Args) {
  DriverConfig C = defaultConfig();
  auto [Rest, Exit] = takeCommandArgs(Args, LinkHelp, C);
  if (Exit)
    return *Exit;
  for (size_t I = 0; I < Rest.size(); ++I) {
    const std::string &A = Rest[I];
    if (A == "-o" && (I + 1 >= Rest.size() || Rest[I + 1].empty())) {
      errs() << "error: -o needs a file name\n";
      return 2;
    }
    if (A == "-o" && !C.Output.empty()) {
      errs() << "error: -o given twice ('" << C.Output << "', then '"
             << Rest[I + 1] << "')\n";
      return 2;
    }
    if (A == "-o")
      C.Output = Rest[++I];
    else if (StringRef(A).starts_with("-")) {
      errs() << "error: unknown option '" << A
             << "' (see relocheck link --help)\n";
      return 2;
    } else
      C.Inputs.push_back(A);
  }
  if (C.Inputs.empty() || C.Output.empty()) {
    errs() << "error: link needs inputs and -o OUT (see relocheck link "
              "--help)\n";
    return 2;
  }
  // An object or an unreadable file is no test: the link says why.
  for (const std::string &In : C.Inputs) {
    if (!isAssemblyInput(In))
      continue;
    auto Buf = readInputFile(In);
    if (!Buf)
      continue;
    StringRef Text = (*Buf)->getBuffer();
    if (auto Spec = parseTestSpec(Text, In); !Spec) {
      std::string Why = errorText(Spec.takeError());
      errs() << "warning: " << In << "'s directives do not parse, and "
             << "link reads none of them; check would say: "
             << StringRef(Why).split('\n').first << "\n";
    }
    if (hasFlagLines(Text))
      errs() << "warning: " << In << " has '@ relocheck:' lines; link does "
             << "not apply them (give the flags here, or use check/dump)\n";
  }
  // Every file the link reads (inputs, script, then what LLVM MC's
  // .include/.incbin read): the output may be none of them. Checked before
  // assembling and again after.
  std::vector<std::string> Read = C.Inputs;
  if (!C.Link.LayoutOpts.ScriptPath.empty())
    Read.push_back(C.Link.LayoutOpts.ScriptPath);
  auto OutputIsRead = [&] {
    for (const std::string &In : Read)
      if (sys::fs::equivalent(In, C.Output)) {
        errs() << "error: output file '" << C.Output << "' is also "
               << (In == C.Link.LayoutOpts.ScriptPath ? "the linker script"
                   : is_contained(C.Inputs, In)      ? "an input"
                                                     : "read by .include "
                                                       "or .incbin")
               << "\n";
        return true;
      }
    return false;
  };
  if (OutputIsRead())
    return 1;
  if (Error E = checkReplaceable(C.Output)) {
    errs() << errorText(std::move(E)) << "\n";
    return 1;
  }
  if (Error E = settleArch(C)) {
    errs() << errorText(std::move(E)) << "\n";
    return 1;
  }
  auto Objs = loadInputs(C, &Read);
  // A failed link leaves no output behind (an old one would pass for its
  // result). Reached only once every input was read and the output is
  // none of what they read; with GNU as that is unknown, so it stays.
  auto RemoveOld = [&] {
    sys::fs::file_status St;
    if (!C.GnuAs && !sys::fs::status(C.Output, St) &&
        sys::fs::is_regular_file(St) && isElfFile(C.Output))
      sys::fs::remove(C.Output);
  };
  if (!Objs) {
    // Not every input was read, so what they would read is unknown: the
    // old output stays.
    errs() << errorText(Objs.takeError()) << "\n";
    return 1;
  }
  if (OutputIsRead())
    return 1;
  auto R = linkAndWarn(std::move(*Objs), C.Link);
  if (!R) {
    errs() << errorText(R.takeError()) << "\n";
    RemoveOld();
    return 1;
  }
  if (!R->ok()) {
    printErrors(R->Errors);
    RemoveOld();
    return 1;
  }
  if (!R->EntryFound)
    errs() << "warning: no entry symbol (-e, ENTRY() or _start); entry is "
              "0x"
           << utohexstr(R->Entry, true) << "\n";
  if (Error E = writeAtomically(*R, C.Output)) {
    errs() << errorText(std::move(E)) << "\n";
    RemoveOld(); // an output too large to write: the old one is no result
    return 1;
  }
  return 0;
}

int runDump(ArrayRef<std::string> Args) {
  DriverConfig Defaults = defaultConfig();
  auto [Files, Exit] = takeCommandArgs(Args, DumpHelp, Defaults);
  if (Exit)
    return *Exit;
  if (Files.empty()) {
    errs() << "error: no input files (see relocheck dump --help)\n";
    return 2;
  }
  bool Together = false;
  std::vector<std::vector<std::string>> Groups;
  for (const std::string &File : Files) {
    if (File == "--together") {
      Together = true;
    } else if (StringRef(File).starts_with("-")) {
      errs() << "error: unknown option '" << File
             << "' (see relocheck dump --help)\n";
      return 2;
    } else if (Together && !Groups.empty()) {
      Groups.front().push_back(File);
    } else {
      Groups.push_back({File});
    }
  }
  if (Together && Groups.size() > 1) {
    std::vector<std::string> All;
    for (const auto &G : Groups)
      All.insert(All.end(), G.begin(), G.end());
    Groups = {All};
  }
  int Status = 0;
  for (const std::vector<std::string> &Group : Groups) {
    const std::string &File = Group.front();
    if (Groups.size() > 1)
      outs() << "# " << File << "\n";
    auto Spec = readSpec(File);
    Expected<LinkResult> R =
        Spec ? linkTest(Group, *Spec, Defaults) : Spec.takeError();
    if (!R) {
      errs() << errorText(R.takeError()) << "\n";
      Status = 1;
      continue;
    }
    auto D = ArmDisassembler::create(R->Arch);
    if (!D) {
      errs() << errorText(D.takeError()) << "\n";
      return 1;
    }
    Checker C(*R, **D);
    for (const std::string &L : C.dumpLines())
      outs() << L << "\n";
    if (!R->ok()) {
      printErrors(R->Errors);
      Status = 1;
    }
    // What `check` would find with no expectations: a site whose bytes
    // do not do what its formula says is no quiet line.
    std::vector<std::string> Problems = C.semanticProblems(*Spec);
    outs().flush();
    for (const std::string &P : Problems)
      errs() << P << "\n";
    if (!Problems.empty())
      Status = 1;
  }
  return Status;
}


int runKinds(ArrayRef<std::string> Args) {
  bool Markdown = false;
  for (const std::string &A : Args) {
    if (A == "--help" || A == "-h") {
      outs() << "usage: relocheck kinds [--markdown]\n\nLists every "
                "relocation kind of the AAELF32 static table\nwith its "
                "class, formula, check and whether relocheck applies it.\n"
                "--markdown prints the table docs/kinds.md is made from.\n";
      return 0;
    }
    if (A != "--markdown") {
      errs() << "error: unknown option '" << A
             << "' (see relocheck kinds --help)\n";
      return 2;
    }
    Markdown = true;
  }

  char Buf[256];
  if (Markdown)
    outs() << "# Relocation kinds\n\nGenerated by `relocheck kinds "
              "--markdown` from the kinds table\n(harness/kinds/"
              "RelocKinds.cpp); a lit test keeps it current.\n\n"
              "X is the value written; its check is the inclusive range "
              "X must lie in\n(sN: signed N bits). Thumb BL and BLX "
              "reach s23 on v4T, v5TE and v6,\nwhich have no J1/J2 bits, "
              "and s25 from v6T2 on and on v6-M and v8-M;\nB.W (T4) "
              "exists from v6T2 on and on v8-M, not on v6-M; B<c>.W (T3)\n"
              "from v6T2 on and on v7-M and v8-M Mainline; a Thumb BLX's X "
              "is from\nAlign(P, 4); there is no BLX (immediate) on v4T "
              "nor on\nM-profile, which has no ARM state. Align is the "
              "multiple X must be (bits\nthe field drops must be zero). "
              "Notation: S symbol, A addend, P place,\nT Thumb bit, B(S) "
              "segment base, GOT_ORG GOT origin, tp thread pointer\n"
              "(AAELF32 5.6.1). \"else NOP\": a Branch Future (BF, BFL, "
              "BFCSEL;\n--arch=armv8.1-m.main) whose offset X & ~1 is out "
              "of range becomes NOP.W,\nnever an error; bit 0 of X is the "
              "Thumb bit there.\n\n"
              "| code | name | class | formula | check | align | "
              "instructions | status |\n|---|---|---|---|---|---|---|---|\n";
  else {
    std::snprintf(Buf, sizeof(Buf), "%-4s %-22s %-8s %-20s %-18s %-5s %s\n",
                  "code", "name", "class", "formula (X)", "check", "align",
                  "status");
    outs() << Buf;
  }
  std::vector<const RelocKind *> Sorted;
  for (const RelocKind &K : allKinds())
    Sorted.push_back(&K);
  llvm::sort(Sorted, [](const RelocKind *L, const RelocKind *R) {
    return L->Code < R->Code;
  });
  for (const RelocKind *KP : Sorted) {
    const RelocKind &K = *KP;
    std::string Name = "R_ARM_" + std::string(K.Name);
    std::string Class(classText(K.Class)), Form(K.AbiFormula);
    std::string Check(K.AbiCheck);
    const char *State =
        K.State == Status::Supported ? "supported" : "unsupported";
    if (Markdown) {
      // A '|' inside a table cell must be escaped in Markdown.
      auto Esc = [](std::string T) {
        std::string O;
        for (char Ch : T)
          O += Ch == '|' ? std::string("\\|") : std::string(1, Ch);
        return O;
      };
      std::snprintf(Buf, sizeof(Buf), "| %u | %s | %s | `%s` | %s | %u | %s "
                    "| %s |\n", K.Code, Name.c_str(), Class.c_str(),
                    Esc(Form).c_str(), Esc(Check).c_str(), K.Align,
                    Esc(std::string(K.Instructions)).c_str(), State);
    }
    else
      std::snprintf(Buf, sizeof(Buf),
                    "%-4u %-22s %-8s %-20s %-18s %-5u %s\n", K.Code,
                    Name.c_str(), Class.c_str(), Form.c_str(),
                    Check.c_str(), K.Align, State);
    outs() << Buf;
  }
  return 0;
}

/// One relocation site compared across relocheck and the oracles.
struct SiteRow {
  std::string Kind, Location, Ours;
  std::string Site; // "file.s:(.text+0x0)": the site with its own file
  /// relocheck check's problem at the site, from its verdict on ("" when
  /// none): a link error or semantic check naming its place, or a failed
  /// '@ expect' line naming it by any label or SEC+0xOFF.
  std::string Problem;
  /// The problem is the test's (a failed expectation, or a refusal no
  /// line predicts), not relocheck's own bytes failing its checks.
  bool ProblemIsTest = false;
  bool NoField = false; // relocheck placed no bytes here (the matrix skips)
  std::vector<OracleVerdict> Verdicts; // per oracle
};

/// A test file linked by relocheck and by each oracle.
struct FileComparison {
  std::string File;
  std::vector<std::string> OracleMessages; // "" when the oracle linked
  std::vector<SiteRow> Rows;
  std::vector<std::string> OurProblems; // relocheck check's own verdict
  unsigned Wrong = 0;
  FileConsensus Golden; // every dump line and who vouches for it
  /// What assembling it read besides the test (.include, .incbin).
  std::vector<std::string> Read;
};

/// Who vouches for site Index of the link, as `relocheck golden` needs it.
GoldenSite goldenSite(const Checker &Check, size_t Index,
                      const std::string &Line,
                      const std::vector<OracleImage> &Images) {
  const LinkResult &R = Check.result();
  const Site &S = R.Sites[Index];
  GoldenSite G;
  G.Line = Line;
  G.Where = Line.substr(0, Line.find(' ')) + " " + kindDisplayName(S.Type) +
            " at " + S.Location.substr(S.Location.find(":(") + 1);
  if (S.Error) {
    G.OurRefusal = *S.Error;
  } else if (S.Object >= R.Objects.size() || S.Before.empty()) {
    G.NoField = S.Kind && S.Kind->Place == Field::None;
    if (!G.NoField) {
      G.Unwitnessable = "relocheck placed no field here to compare";
      return G;
    }
    // No bytes to vouch for, but the line stands only if each oracle
    // linked this input (one that refused the whole link vouches for
    // nothing).
    for (const OracleImage &O : Images) {
      Witness W;
      W.Oracle = O.Name;
      W.Linked = O.Linked;
      W.NotLinkedWhy = O.Message;
      W.Verdict = O.Linked ? "linked (no field to compare)"
                           : "did not link: " + O.Message;
      G.Witnesses.push_back(std::move(W));
    }
    return G;
  }
  if (!S.Error) {
    G.OurBytes = bytesText(Check.outputBytes(S));
    G.OurMeaning = Check.meaning(S);
    std::vector<std::string> Problems;
    Check.checkSite(S, Problems);
    if (!Problems.empty()) {
      StringRef P = Problems.front();
      size_t Colon = P.find("': ");
      G.OurProblem =
          (Colon == StringRef::npos ? P : P.drop_front(Colon + 3)).str();
    }
  }
  for (const OracleImage &O : Images) {
    Witness W;
    W.Oracle = O.Name;
    W.Linked = O.Linked;
    W.NotLinkedWhy = O.Message;
    // A site the oracle refused was linked as R_ARM_NONE: no bytes of its.
    bool Refused = O.siteMessage(S.In.P, S.Type) != nullptr;
    auto Bytes = O.Linked && !Refused && !S.Before.empty()
                     ? O.read(S.In.P, unsigned(S.Before.size()))
                     : std::nullopt;
    if (Bytes) {
      W.Bytes = bytesText(*Bytes);
      W.SameBytes = !S.Error && *Bytes == Check.outputBytes(S);
      W.Meaning = Check.meaning(asWrittenBy(Check, S, *Bytes));
    }
    OracleVerdict V = judgeOracleSite(Check, S, O);
    W.Verdict = V.Text;
    W.RefusedToo = V.RelocheckRefusedToo;
    if (StringRef(W.Verdict).starts_with(W.Bytes + " "))
      W.Verdict.erase(0, W.Bytes.size() + 1);
    G.Witnesses.push_back(std::move(W));
  }
  return G;
}

/// Links Group (one test, or with --together several inputs as one
/// program) with relocheck and each oracle.
Expected<FileComparison> compareFile(const std::vector<std::string> &Group,
                                     const DriverConfig &Defaults,
                                     const std::vector<std::string> &Oracles) {
  const std::string &File = Group.front();
  FileComparison Out;
  Out.File = File;
  auto Spec = readSpec(File);
  if (!Spec)
    return Spec.takeError();
  auto C = configForTest(Group, *Spec, Defaults);
  if (!C)
    return C.takeError();
  auto Buffers = loadObjectFiles(*C, &Out.Read);
  if (!Buffers)
    return Buffers.takeError();
  auto R = linkLoaded(*C, *Buffers);
  if (!R)
    return R.takeError();
  auto D = ArmDisassembler::create(R->Arch);
  if (!D)
    return D.takeError();
  Checker Check(*R, **D);
  Out.OurProblems = Check.check(*Spec);
  // Which site each '@ expect' line's problems are about: its problems
  // start "FILE:LINE: error: site 'NAME' (", NAME as the line wrote it.
  std::vector<std::pair<std::string, const Site *>> ExpectLead;
  std::string SpecFile = R->Objects.empty() ? "" : R->Objects[0].FileName;
  for (const Expectation &E : Spec->Expects) {
    std::string Ignored;
    if (const Site *S = Check.findSite(E.Site, Ignored))
      ExpectLead.push_back({SpecFile + ":" + std::to_string(E.Line) +
                                ": error: site '" + E.Site + "' (",
                            S});
  }
  // A site relocheck refused is its test's problem either way (whether
  // the refusal is right, the oracles say); one it wrote is relocheck's
  // when its own checks fail on it.
  // relocheck's own checks failing on its bytes win over the test's
  // problems at the same site, wherever they come in the list.
  auto ProblemAt = [&](const Site &S) -> std::pair<std::string, bool> {
    std::string Key = S.Location + ": ";
    std::pair<std::string, bool> Test{"", false};
    for (const std::string &P : Out.OurProblems) {
      for (const auto &[Lead, At] : ExpectLead)
        if (At == &S && StringRef(P).starts_with(Lead) && Test.first.empty())
          if (size_t Past = P.find("): ", Lead.size());
              Past != std::string::npos)
            Test = {P.substr(Past + 3), true};
      if (size_t K = P.find(Key); K != std::string::npos) {
        if (!S.Error)
          return {P.substr(K + Key.size()), false};
        if (Test.first.empty())
          Test = {P.substr(K + Key.size()), true};
      }
    }
    return Test;
  };
  std::vector<OracleImage> Images;
  for (const std::string &Name : Oracles) {
    Images.push_back(runOracle(Name, *R, *Buffers));
    Out.OracleMessages.push_back(Images.back().Linked ? ""
                                                      : Images.back().Message);
  }
  Out.Golden.File = File;
  Out.Golden.OurProblems = Out.OurProblems;
  std::vector<std::string> Lines = Check.dumpLines();
  for (size_t I = 0; I < Lines.size(); ++I) {
    if (I < R->Sites.size()) {
      Out.Golden.Sites.push_back(goldenSite(Check, I, Lines[I], Images));
      continue;
    }
    GoldenSite Veneer;
    Veneer.Line = Lines[I];
    Veneer.Where = Lines[I].substr(0, Lines[I].find(" : "));
    Veneer.Unwitnessable = "relocheck's own veneer: each oracle places its "
                           "own, so none can vouch for this line";
    Out.Golden.Sites.push_back(std::move(Veneer));
  }
  for (const Site &S : R->Sites) {
    if (S.Object >= R->Objects.size())
      continue;
    SiteRow Row;
    Row.Kind = kindDisplayName(S.Type);
    Row.Location = S.Location.substr(S.Location.find(":(") + 1);
    // Linked together, two files' sites can share a section and offset:
    // a site of any file but the first is named with its file's name.
    if (S.Object > 0)
      Row.Location =
          sys::path::filename(R->Objects[S.Object].FileName).str() + ":" +
          Row.Location;
    Row.Site = S.Location;
    std::tie(Row.Problem, Row.ProblemIsTest) = ProblemAt(S);
    // A site with no field (an unknown or unsupported kind, NONE, one in
    // NOBITS) still gets a row: what each oracle did with it is shown.
    Row.NoField = S.Before.empty();
    Row.Ours = S.Error      ? "error"
               : Row.NoField ? "-"
                             : bytesText(Check.outputBytes(S));
    for (const OracleImage &O : Images) {
      Row.Verdicts.push_back(judgeOracleSite(Check, S, O));
      Out.Wrong += Row.Verdicts.back().Class == VerdictClass::Wrong;
    }
    Out.Rows.push_back(std::move(Row));
  }
  return Out;
}

/// --oracles=a,b into names, or an error message.
std::optional<std::string> parseOracles(StringRef List,
                                        std::vector<std::string> &Out,
                                        StringRef Flag) {
  Out.clear();
  SmallVector<StringRef, 4> Names;
  List.split(Names, ',', -1, /*KeepEmpty=*/true);
  for (StringRef N : Names) {
    if (N.empty() && Names.size() > 1)
      return "error: an empty name in " + Flag.str() + "='" + List.str() +
             "'";
    if (N.empty())
      continue;
    if (!is_contained(knownOracles(), N.str()))
      return "error: unknown oracle '" + N.str() +
             "' (known: lld, gnu-ld, mold, jitlink)";
    if (is_contained(Out, N.str()))
      return "error: oracle '" + N.str() + "' named twice in " + Flag.str();
    Out.push_back(N.str());
  }
  if (Out.empty())
    return "error: " + Flag.str() +
           " names no oracle (known: lld, gnu-ld, mold, jitlink)";
  return std::nullopt;
}

json::Object comparisonJson(const FileComparison &Cmp,
                            const std::vector<std::string> &Oracles) {
  json::Object Linked, Sites;
  for (size_t I = 0; I < Oracles.size(); ++I)
    if (!Cmp.OracleMessages[I].empty())
      Linked[Oracles[I]] = Cmp.OracleMessages[I];
  json::Array Rows;
  for (const SiteRow &Row : Cmp.Rows) {
    json::Object Verdicts;
    for (size_t I = 0; I < Oracles.size(); ++I)
      Verdicts[Oracles[I]] = json::Object{
          {"class", verdictClassName(Row.Verdicts[I].Class)},
          {"text", Row.Verdicts[I].Text}};
    Rows.push_back(json::Object{{"kind", Row.Kind},
                                {"location", Row.Location},
                                {"site", Row.Site},
                                {"relocheck", Row.Ours},
                                {"verdicts", std::move(Verdicts)}});
  }
  json::Array Problems;
  for (const std::string &P : Cmp.OurProblems)
    Problems.push_back(P);
  return json::Object{{"file", Cmp.File},
                      {"not_linked_by", std::move(Linked)},
                      {"relocheck_problems", std::move(Problems)},
                      {"sites", std::move(Rows)},
                      {"wrong", int64_t(Cmp.Wrong)}};
}

void printComparison(const FileComparison &Cmp,
                     const std::vector<std::string> &Oracles) {
  outs() << "# " << Cmp.File << "\n";
  for (size_t I = 0; I < Oracles.size(); ++I)
    if (!Cmp.OracleMessages[I].empty())
      outs() << "# " << Oracles[I] << ": " << Cmp.OracleMessages[I] << "\n";
  for (const SiteRow &Row : Cmp.Rows) {
    std::string Line =
        Row.Kind + " at " + Row.Location + " relocheck: " + Row.Ours;
    for (size_t I = 0; I < Oracles.size(); ++I)
      Line += " | " + Oracles[I] + ": " + Row.Verdicts[I].Text;
    outs() << Line << "\n";
  }
}

int runDiff(ArrayRef<std::string> Args) {
  const std::string Help =
      "usage: relocheck diff [link flags] [--oracles=LIST] [--together]\n"
      "                      [--format=text|json] FILE...\n"
      "\n"
      "Links each test with relocheck's core and with each oracle at the "
      "same\naddresses (a generated linker script), then shows every "
      "relocation site's\nbytes per linker and the checker's verdict on "
      "each: same, equivalent\n(other bytes, same meaning), WRONG (with "
      "why), or why the oracle did not\nlink. Oracles: lld (ld.lld 22), "
      "gnu-ld (arm-linux-gnueabihf-ld),\nmold (mold 1.10), jitlink (LLVM "
      "JITLink 22, in process);\n--oracles=LIST picks some (default: all, " +
      join(knownOracles(), ",") + ").\n"
      "--together links all FILEs (.s or .o) as one program. --format=json "
      "prints\none object per link: each verdict with its class (same, "
      "equivalent, wrong,\nnot-judged, refused, rejected, unsupported, "
      "not-placed, not-linked) and\n"
      "relocheck's own problems, and in \"not_linked_by\" each oracle that "
      "did not\nlink, with its reason; a link relocheck cannot make at all "
      "is an object\nwith \"error\". Exit 1 if any oracle wrote a wrong "
      "site or relocheck could\nnot link a test at all (an oracle that "
      "does not link is shown, not counted).\n"
      "\nlink flags:\n";
  DriverConfig Defaults = defaultConfig();
  auto [Rest, Exit] = takeCommandArgs(Args, Help, Defaults);
  if (Exit)
    return *Exit;
  std::vector<std::string> Oracles = knownOracles(), Files;
  bool Together = false, Json = false;
  for (const std::string &A : Rest) {
    StringRef S = A;
    if (S.consume_front("--oracles=")) {
      if (auto Err = parseOracles(S, Oracles, "--oracles")) {
        errs() << *Err << "\n";
        return 2;
      }
    } else if (S == "--together") {
      Together = true;
    } else if (S.consume_front("--format=")) {
      if (S != "text" && S != "json") {
        errs() << "error: --format expects text or json\n";
        return 2;
      }
      Json = S == "json";
    } else if (S.starts_with("-")) {
      errs() << "error: unknown option '" << S
             << "' (see relocheck diff --help)\n";
      return 2;
    } else {
      Files.push_back(A);
    }
  }
  if (Files.empty()) {
    errs() << "error: no test files (see relocheck diff --help)\n";
    return 2;
  }
  std::vector<std::vector<std::string>> Groups;
  if (Together)
    Groups.push_back(Files);
  else
    for (const std::string &File : Files)
      Groups.push_back({File});

  unsigned Wrong = 0, NotLinked = 0, NotCompared = 0;
  bool Failed = false;
  json::Array Links;
  for (const std::vector<std::string> &Group : Groups) {
    auto Cmp = compareFile(Group, Defaults, Oracles);
    if (!Cmp) {
      // One file that cannot be linked does not stop the others.
      std::string Msg = errorText(Cmp.takeError());
      if (Json)
        Links.push_back(
            json::Object{{"file", Group.front()}, {"error", Msg}});
      else
        errs() << Msg << "\n";
      Failed = true;
      ++NotCompared;
      continue;
    }
    Wrong += Cmp->Wrong;
    for (const std::string &M : Cmp->OracleMessages)
      NotLinked += !M.empty();
    if (Json)
      Links.push_back(comparisonJson(*Cmp, Oracles));
    else
      printComparison(*Cmp, Oracles);
  }
  if (Json)
    outs() << formatv("{0:2}", json::Value(json::Object{
                                   {"links", std::move(Links)},
                                   {"wrong", int64_t(Wrong)}}))
           << "\n";
  else
    outs() << Wrong << (Wrong == 1 ? " wrong site" : " wrong sites")
           << " across the oracles"
           << (NotLinked ? " (" + std::to_string(NotLinked) +
                               (NotLinked == 1 ? " oracle link" :
                                                 " oracle links") +
                               " not made or refused, shown above: nothing "
                               "of theirs is judged)"
                         : std::string())
           << (NotCompared ? "; " + std::to_string(NotCompared) +
                                 (NotCompared == 1 ? " file" : " files") +
                                 " not compared (error above)"
                           : std::string())
           << "\n";
  return Wrong || Failed ? 1 : 0;
}

const char *GoldenHelp =
    "usage: relocheck golden (--update [--force] | --check) "
    "--from=ORACLE,...\n"
    "                        --golden-dir=DIR [--test-root=DIR] [link "
    "flags] FILE|DIR...\n"
    "\n"
    "A DIR stands for every *.s under it (not under Inputs/), sorted.\n"
    "Writes a test's golden only where other linkers vouch for it: every "
    "oracle\nnamed by --from must write, at every site, the bytes "
    "relocheck wrote, and\nthe checker must find them right. Any other "
    "site is disputed and listed\n(each linker's bytes, meaning and "
    "verdict) for a person to decide; a file\nwith a disputed site gets "
    "no golden. relocheck's own veneers are never\nvouched for.\n"
    "\n"
    "options:\n"
    "  --from=ORACLE,...     the witnesses: lld, gnu-ld, mold, jitlink\n"
    "  --update              write each agreed golden that is missing\n"
    "  --force               with --update, also overwrite one that "
    "differs\n"
    "                        (without it, a differing golden is kept and "
    "its\n"
    "                        diff printed)\n"
    "  --check               write nothing; exit 1 unless every file is "
    "agreed\n"
    "                        and its golden equals the consensus\n"
    "  --golden-dir=DIR      goldens live in DIR/<name>.golden\n"
    "  --test-root=DIR       golden name = FILE's path relative to DIR "
    "(a FILE\n                        outside DIR is an error)\n"
    "\n"
    "Exit 0 when every file is agreed and its golden is (now) the "
    "consensus;\n1 when anything is left for a person; 2 on bad usage.\n"
    "\nlink flags:\n";

/// Tallies of `relocheck golden`, for its closing line.
struct GoldenTally {
  unsigned Agreed = 0, Written = 0, Unchanged = 0, Overwritten = 0;
  unsigned Disputed = 0, DisputedLines = 0, Kept = 0, Failed = 0;
};

/// Compares, writes or keeps one agreed file's golden; returns whether
/// the golden is the consensus afterwards.
bool settleGolden(const FileConsensus &F, const std::string &Path,
                  bool CheckOnly, bool Force, GoldenTally &T) {
  std::vector<std::string> Now = F.goldenLines();
  std::optional<std::vector<std::string>> Old = readGolden(Path);
  std::string Lines =
      std::to_string(Now.size()) + (Now.size() == 1 ? " line" : " lines");
  if (Old && *Old == Now) {
    ++T.Unchanged;
    outs() << "AGREED: " << F.File << " (" << Lines << "); " << Path
           << " is the consensus\n";
    return true;
  }
  if (Old)
    outs() << goldenDiff(*Old, Now);
  if (CheckOnly || (Old && !Force)) {
    ++T.Kept;
    outs() << (Old ? "DIFFERS: " : "MISSING: ") << F.File << " (" << Lines
           << " agreed): " << Path
           << (Old ? " differs from the consensus (-golden +consensus)"
                   : " does not exist")
           << (CheckOnly ? "\n" : "; kept (--force overwrites it)\n");
    return false;
  }
  if (Error E = writeGolden(Path, Now)) {
    ++T.Failed;
    errs() << errorText(std::move(E)) << "\n";
    return false;
  }
  ++(Old ? T.Overwritten : T.Written);
  outs() << "AGREED: " << F.File << " (" << Lines << "); "
         << (Old ? "overwrote " : "wrote ") << Path << "\n";
  return true;
}

int runGolden(ArrayRef<std::string> Args) {
  DriverConfig Defaults = defaultConfig();
  auto [Rest, Exit] = takeCommandArgs(Args, GoldenHelp, Defaults);
  if (Exit)
    return *Exit;
  std::vector<std::string> From, Files;
  std::string GoldenDir, TestRoot;
  bool Update = false, CheckOnly = false, Force = false;
  for (const std::string &A : Rest) {
    StringRef S = A;
    if (S.consume_front("--from=")) {
      if (auto Err = parseOracles(S, From, "--from")) {
        errs() << *Err << "\n";
        return 2;
      }
    } else if (S.consume_front("--golden-dir=")) {
      GoldenDir = S.str();
    } else if (S.consume_front("--test-root=")) {
      if (S.empty()) {
        errs() << "error: --test-root= needs a folder\n";
        return 2;
      }
      TestRoot = S.str();
    } else if (S == "--update") {
      Update = true;
    } else if (S == "--check") {
      CheckOnly = true;
    } else if (S == "--force") {
      Force = true;
    } else if (S.starts_with("-")) {
      errs() << "error: unknown option '" << S
             << "' (see relocheck golden --help)\n";
      return 2;
    } else {
      Files.push_back(A);
    }
  }
  const char *Problem =
      Update == CheckOnly ? "give exactly one of --update and --check"
      : Force && !Update  ? "--force goes with --update"
      : From.empty()      ? "name the linkers that must agree: --from=LIST "
                            "(of lld, gnu-ld, mold, jitlink)"
      : GoldenDir.empty() ? "no --golden-dir"
      : Files.empty()     ? "no test files"
                          : nullptr;
  if (Problem) {
    errs() << "error: " << Problem << " (see relocheck golden --help)\n";
    return 2;
  }
  auto Expanded = expandTestPaths(Files);
  if (!Expanded) {
    errs() << errorText(Expanded.takeError()) << "\n";
    return 2;
  }
  // In a folder, only a test that lit checks against a golden has one: a
  // RUN line with %check. The others (dump -T, a script given on the RUN
  // line) were linked without what their RUN lines give, "disputed" for
  // bytes that are not theirs, and given goldens nothing reads. A file
  // named on the command line is taken as it is.
  std::set<std::string> Named;
  for (const std::string &F : Files)
    if (!sys::fs::is_directory(F))
      Named.insert(F);
  std::vector<std::string> NoGolden;
  llvm::erase_if(*Expanded, [&](const std::string &F) {
    if (Named.count(F) || !isAssemblyInput(F))
      return false;
    auto Buf = readInputFile(F);
    if (!Buf)
      return false; // said when it is compared
    for (StringRef L : split((*Buf)->getBuffer(), '\n'))
      if (L.contains("RUN:") && L.contains("%check"))
        return false;
    NoGolden.push_back(F);
    return true;
  });
  if (!NoGolden.empty())
    outs() << "skipped " << NoGolden.size()
           << (NoGolden.size() == 1 ? " file" : " files")
           << " whose RUN lines do not use %check (no golden), e.g. "
           << NoGolden.front() << "\n";
  Files = std::move(*Expanded);
  if (Error E = checkGoldenPaths(Files, GoldenDir, TestRoot)) {
    errs() << errorText(std::move(E)) << "\n";
    return 2;
  }

  GoldenTally T;
  for (const std::string &File : Files) {
    auto Cmp = compareFile({File}, Defaults, From);
    if (!Cmp) {
      ++T.Failed;
      errs() << errorText(Cmp.takeError()) << "\n";
      continue;
    }
    const FileConsensus &F = Cmp->Golden;
    std::string Path = cantFail(goldenPath(File, GoldenDir, TestRoot));
    // As check refuses it: an empty golden would vouch for nothing.
    if (F.goldenLines().empty()) {
      ++T.Failed;
      errs() << File << ": error: no relocation sites (nothing to vouch "
                        "for; no golden written)\n";
      continue;
    }
    if (F.agreed()) {
      ++T.Agreed;
      settleGolden(F, Path, CheckOnly, Force, T);
      continue;
    }
    ++T.Disputed;
    T.DisputedLines += unsigned(F.disputed());
    outs() << renderDisputes(F) << "DISPUTED: " << File << " (" << F.disputed()
           << " of " << F.Sites.size() << " lines disputed"
           << (F.OurProblems.empty() ? "" : ", relocheck check fails") << "); "
           << (CheckOnly ? "" : "no golden written, ") << Path
           << (sys::fs::exists(Path) ? " left as it is\n"
                                     : " does not exist\n");
  }
  outs() << Files.size() << (Files.size() == 1 ? " file: " : " files: ")
         << T.Agreed << " agreed";
  if (!CheckOnly)
    outs() << " (" << T.Written << " written, " << T.Overwritten
           << " overwritten, " << T.Unchanged << " unchanged)";
  outs() << ", " << T.Disputed << " disputed (" << T.DisputedLines
         << (T.DisputedLines == 1 ? " line), " : " lines), ") << T.Kept
         << (CheckOnly ? " golden missing or different, "
                       : " golden kept though it differs, ")
         << T.Failed << " failed\n";
  return T.Disputed || T.Kept || T.Failed ? 1 : 0;
}

const char *RunHelp =
    "usage: relocheck run [link flags] [--oracles=core,lld,gnu-ld,mold]\n"
    "                     [--timeout=SECONDS] [--save-images=DIR] "
    "FILE...\n"
    "\n"
    "Links each self-checking program with relocheck's own core (core) "
    "and with\neach oracle at the same addresses, runs every image under "
    "qemu-arm\n(qemu-armeb for big-endian) and prints, per linker, how it "
    "ended:\n"
    "  exit 0        every check passed\n"
    "  exit N        check N (1..99) failed; the test's '@ check N: TEXT' "
    "line\n                names it\n"
    "  exit 100+N    a fault (SIGILL, SIGSEGV, ...) in check N, caught by "
    "the\n                program\n"
    "  killed by signal S, timed out after T s, not linked: WHY, or not "
    "run: WHY\n                (QEMU could not load the image)\n"
    "  not runnable: WHY  two segments share a page with different "
    "rights (an\n                oracle honouring pinned addresses; for "
    "relocheck's core,\n                a failure), or the layout is "
    "beyond qemu-arm (a segment in\n                the last 4 KiB page, "
    "code at 0xffff0000 up): not run,\n                not counted\n"
    "  bad image: WHY  a segment runs past 0xffffffff, holds more file "
    "than memory,\n                or starts at a file offset that is not "
    "its address modulo\n                the page: not run, a failure\n"
    "Exit 1 if any image that was linked did not exit 0 (an oracle's not "
    "runnable\none aside), if relocheck's own core did not link a program, "
    "or if nothing ran\nat all (docs/linker-matrix.md).\n"
    "The program runs with your privileges (QEMU passes system calls such "
    "as\nexecve through to the host): run only trusted tests, or in a "
    "container.\n"
    "\n"
    "options:\n"
    "  --oracles=LIST        linkers to run (default core,lld,gnu-ld,mold)"
    "\n"
    "  --timeout=SECONDS     per run, 1..3600 (default 10); then the run is"
    "\n                        killed\n"
    "  --save-images=DIR     keep each image as DIR/<test>.<linker>.elf\n"
    "link flags (defaults for every FILE; a test's own lines win):\n";

/// relocheck's core as one more image to run.
OracleImage coreImage(const LinkResult &R) {
  OracleImage Out;
  Out.Name = "core";
  if (!R.ok()) {
    Out.Message = "rejected: " + R.Errors.front();
    return Out;
  }
  std::string Bytes;
  raw_string_ostream OS(Bytes);
  if (Error E = writeExecutable(R, OS)) {
    Out.Message = errorText(std::move(E));
    return Out;
  }
  Out.Elf = MemoryBuffer::getMemBufferCopy(Bytes, "core");
  Out.Linked = true;
  return Out;
}

/// Where --save-images keeps File's image from Linker.
std::string savedImagePath(const std::string &Dir, const std::string &File,
                           StringRef Linker) {
  return Dir + "/" + sys::path::stem(File).str() + "." + Linker.str() +
         ".elf";
}

Error saveImage(const OracleImage &Image, const std::string &Dir,
                const std::string &File) {
  // A new file renamed over the path: a symlink there is replaced, its
  // target neither overwritten nor made executable.
  return replaceFile(savedImagePath(Dir, File, Image.Name),
                     Image.Elf->getBuffer(),
                     sys::fs::perms(sys::fs::all_read | sys::fs::all_exe |
                                    sys::fs::owner_write),
                     "image");
}

struct RunCounts {
  unsigned Passed = 0, Failed = 0, NotLinked = 0;
  unsigned NotRunnable = 0; // an oracle's page clash, or beyond QEMU
  unsigned CoreNotLinked = 0; // relocheck's own link refused a program
};

/// Links File with each linker in Linkers, runs each image, prints a line
/// per linker.
Error runFile(const std::string &File, const DriverConfig &Defaults,
              const std::vector<std::string> &Linkers, unsigned Timeout,
              const std::string &SaveDir, RunCounts &Counts) {
  auto Spec = readSpec(File);
  if (!Spec)
    return Spec.takeError();
  auto C = configForTest({File}, *Spec, Defaults);
  if (!C)
    return C.takeError();
  auto Emulator = findEmulator(C->BigEndian);
  if (!Emulator)
    return Emulator.takeError();
  auto Buffers = loadObjectFiles(*C);
  if (!Buffers)
    return Buffers.takeError();
  auto R = linkLoaded(*C, *Buffers);
  if (!R)
    return R.takeError();
  outs() << "# " << File << "\n";
  if (Spec->RunChecks.empty())
    errs() << File << ": warning: no '@ check N: TEXT' lines; run expects "
           << "a self-checking program that exits (0 when every check "
              "passes), as in lit-tests/execute/\n";
  for (const std::string &Name : Linkers) {
    OracleImage Image =
        Name == "core" ? coreImage(*R) : runOracle(Name, *R, *Buffers);
    // An image linked after refused sites were set aside (R_ARM_NONE in
    // its private copy) does not hold the program: it is not run.
    if (Image.Linked && !Image.SiteMessages.empty()) {
      Image.Linked = false;
      Image.Message = Image.SiteMessages.front().Text;
    }
    if (!Image.Linked || !Image.Elf) {
      ++Counts.NotLinked;
      Counts.CoreNotLinked += Name == "core";
      outs() << Name << ": not linked: " << Image.Message << "\n";
      continue;
    }
    if (!SaveDir.empty())
      if (Error E = saveImage(Image, SaveDir, File))
        return E;
    // A malformed segment is the linker's failure.
    if (auto Bad = badSegment(Image.Elf->getBuffer())) {
      ++Counts.Failed;
      outs() << Name << ": bad image: " << *Bad << "\n";
      continue;
    }
    // Pinned sections on one page: an oracle that gives each its own
    // segment makes an image no loader can run as linked. It is not the
    // relocations' fault, so it is not counted; relocheck's own core
    // merges such sections into one segment, so for it this is a failure
    // (looked for first: a core page clash beyond QEMU's reach is one).
    if (auto Clash = pageClash(Image.Elf->getBuffer())) {
      ++(Name == "core" ? Counts.Failed : Counts.NotRunnable);
      outs() << Name << ": not runnable: " << *Clash << "\n";
      continue;
    }
    // A layout QEMU cannot run is no linker's failure.
    if (auto Beyond = beyondQemu(Image.Elf->getBuffer())) {
      ++Counts.NotRunnable;
      outs() << Name << ": not runnable: " << *Beyond << "\n";
      continue;
    }
    RunOutcome O = runImage(*Emulator, Image.Elf->getBuffer(), Timeout,
                            qemuCpuFor(C->Link.Arch));
    ++(O.passed() ? Counts.Passed : Counts.Failed);
    outs() << Name << ": " << describeRun(O, Spec->RunChecks, Timeout)
           << "\n";
    outs().flush();
  }
  return Error::success();
}

int runRun(ArrayRef<std::string> Args) {
  DriverConfig Defaults = defaultConfig();
  auto [Rest, Exit] = takeCommandArgs(Args, RunHelp, Defaults);
  if (Exit)
    return *Exit;
  // JITLink links into memory: there is no executable to run.
  std::vector<std::string> Linkers = {"core"}, Files;
  for (const std::string &O : knownOracles())
    if (O != "jitlink")
      Linkers.push_back(O);
  unsigned Timeout = 10;
  std::string SaveDir;
  for (const std::string &A : Rest) {
    StringRef S = A;
    if (S.consume_front("--oracles=")) {
      Linkers.clear();
      SmallVector<StringRef, 4> Names;
      S.split(Names, ',', -1, false);
      for (StringRef N : Names) {
        if (N == "jitlink") {
          errs() << "error: jitlink links into memory and makes no image "
                    "to run (use relocheck diff --oracles=jitlink)\n";
          return 2;
        }
        if (N != "core" && !is_contained(knownOracles(), N.str())) {
          errs() << "error: unknown oracle '" << N
                 << "' (known: core, lld, gnu-ld, mold)\n";
          return 2;
        }
        if (is_contained(Linkers, N.str())) {
          errs() << "error: '" << N << "' named twice in --oracles\n";
          return 2;
        }
        Linkers.push_back(N.str());
      }
      if (Linkers.empty()) {
        errs() << "error: --oracles= names no linker\n";
        return 2;
      }
    } else if (S.consume_front("--timeout=")) {
      if (S.getAsInteger(10, Timeout) || Timeout < 1 || Timeout > 3600) {
        errs() << "error: --timeout expects whole seconds in [1, 3600], "
                  "found '"
               << S << "'\n";
        return 2;
      }
    } else if (S.consume_front("--save-images=")) {
      SaveDir = S.str(); // made once the arguments are known good
    } else if (S.starts_with("-")) {
      errs() << "error: unknown option '" << S
             << "' (see relocheck run --help)\n";
      return 2;
    } else {
      Files.push_back(A);
    }
  }
  if (Files.empty()) {
    errs() << "error: no test files (see relocheck run --help)\n";
    return 2;
  }
  if (!SaveDir.empty()) {
    // DIR/<stem>.<linker>.elf: two tests with one stem would overwrite
    // each other's images.
    std::map<std::string, std::string> ByStem;
    for (const std::string &File : Files) {
      SmallString<128> Real;
      if (sys::fs::real_path(File, Real))
        Real = File;
      std::string Stem = sys::path::stem(File).str();
      auto [It, New] = ByStem.try_emplace(Stem, Real.str().str());
      if (!New && It->second != Real.str()) {
        errs() << "error: --save-images: '" << It->second << "' and '"
               << Real << "' would both be saved as "
               << savedImagePath(SaveDir, File, "LINKER")
               << "; run them separately\n";
        return 2;
      }
    }
  }
  if (!SaveDir.empty())
    if (std::error_code EC = sys::fs::create_directories(SaveDir)) {
      errs() << "error: cannot create '" << SaveDir << "': " << EC.message()
             << "\n";
      return 2;
    }
  RunCounts Counts;
  int Status = 0;
  unsigned NotRun = 0; // tests whose own set-up failed (error above)
  for (const std::string &File : Files)
    if (Error E = runFile(File, Defaults, Linkers, Timeout, SaveDir,
                          Counts)) {
      errs() << errorText(std::move(E)) << "\n";
      Status = 1;
      ++NotRun;
    }
  outs() << Counts.Passed << (Counts.Passed == 1 ? " run" : " runs")
         << " passed, " << Counts.Failed << " failed, " << Counts.NotLinked
         << " not linked";
  if (Counts.NotRunnable)
    outs() << ", " << Counts.NotRunnable << " not runnable";
  if (NotRun)
    outs() << "; " << NotRun << (NotRun == 1 ? " test" : " tests")
           << " not run (error above)";
  outs() << "\n";
  // An oracle that refuses a program is reported, not counted; relocheck
  // not linking it, or no image run at all, is a failure (CI would pass
  // with nothing executed).
  if (Counts.CoreNotLinked || Counts.Passed + Counts.Failed == 0)
    Status = 1;
  return Counts.Failed ? 1 : Status;
}

/// What `relocheck matrix` was asked for, past the link flags.
struct MatrixArgs {
  std::vector<std::string> Oracles = knownOracles();
  std::vector<std::string> Dirs;
  std::string Format = "text";
  std::string Output;
};

/// Reads matrix's own options; an error is a one-line usage message.
Expected<MatrixArgs> parseMatrixArgs(ArrayRef<std::string> Args) {
  MatrixArgs M;
  auto Usage = [](const Twine &Msg) {
    return createStringError(inconvertibleErrorCode(), "error: " + Msg);
  };
  for (size_t I = 0; I < Args.size(); ++I) {
    StringRef S = Args[I];
    if (S.consume_front("--oracles=")) {
      if (auto Err = parseOracles(S, M.Oracles, "--oracles"))
        return createStringError(inconvertibleErrorCode(), *Err);
    } else if (S.consume_front("--format=")) {
      if (S != "text" && S != "json" && S != "html")
        return Usage("--format expects text, json or html");
      M.Format = S.str();
    } else if (S == "-o") {
      if (I + 1 >= Args.size() || Args[I + 1].empty())
        return Usage("-o needs a file name");
      if (!M.Output.empty())
        return Usage("-o given twice");
      M.Output = Args[++I];
    } else if (S.starts_with("-")) {
      return Usage("unknown option '" + S + "' (see relocheck matrix --help)");
    } else {
      M.Dirs.push_back(S.str());
    }
  }
  if (M.Dirs.empty())
    return Usage("no test folder (see relocheck matrix --help)");
  for (const std::string &Dir : M.Dirs)
    if (!sys::fs::exists(Dir))
      return Usage("cannot read '" + Dir + "': No such file or directory");
  return M;
}

/// -o may name no file a test reads: the test, its extra inputs, its
/// linker script.
Error checkOutputIsNoInput(StringRef Output, ArrayRef<std::string> Files,
                           const DriverConfig &Defaults) {
  for (const std::string &File : Files) {
    std::vector<std::string> Read = {File};
    if (auto Spec = readSpec(File)) {
      if (auto C = configForTest({File}, *Spec, Defaults)) {
        append_range(Read, C->Inputs);
        if (!C->Link.LayoutOpts.ScriptPath.empty())
          Read.push_back(C->Link.LayoutOpts.ScriptPath);
      } else {
        consumeError(C.takeError());
      }
    } else {
      consumeError(Spec.takeError());
    }
    for (const std::string &Path : Read)
      if (sys::fs::equivalent(Path, Output))
        return createStringError(
            inconvertibleErrorCode(),
            "error: output file '" + Output + "' is " +
                (Path == File ? "one of the tests" : "read by test " + File));
  }
  return Error::success();
}

/// Adds one compared test's sites to the matrix: relocheck's own column
/// (wrong where an error no expectation predicts, or a failed
/// expectation, names the site) and one column per oracle. Returns how
/// many sites relocheck itself got wrong.
unsigned addToMatrix(Matrix &M, const FileComparison &Cmp,
                     ArrayRef<std::string> Oracles) {
  // A file's size, for "smallest failing site": its sites with a field.
  size_t FileSites = size_t(
      count_if(Cmp.Rows, [](const SiteRow &Row) { return !Row.NoField; }));
  unsigned OursWrong = 0;
  for (const SiteRow &Row : Cmp.Rows) {
    if (Row.NoField)
      continue; // no bytes to compare: not a cell of the matrix
    // The site's own file: in a test of several inputs, two sites can
    // share a section name and offset.
    std::string File = Row.Site.substr(0, Row.Site.find(":("));
    std::string Where = File + ": " + Row.Kind + " at " + Row.Location +
                        " relocheck: " + Row.Ours;
    // A failed expectation is shown from its verdict on ("expected it
    // to link, got: ..."), so that what the test expected stays in view.
    OracleVerdict Ours;
    Ours.Class = VerdictClass::Same;
    std::string OursWhere = Where;
    if (!Row.Problem.empty()) {
      ++OursWrong;
      Ours.Class = VerdictClass::Wrong;
      Ours.TestFailed = Row.ProblemIsTest;
      OursWhere += " (" + Row.Problem + ")";
    }
    M.add(Row.Kind, 0, Ours, OursWhere, FileSites, "");
    for (size_t I = 0; I < Oracles.size(); ++I)
      M.add(Row.Kind, I + 1, Row.Verdicts[I],
            Where + " | " + Oracles[I] + ": " + Row.Verdicts[I].Text,
            FileSites, Cmp.OracleMessages[I]);
  }
  return OursWrong;
}

int runMatrix(ArrayRef<std::string> Args) {
  const std::string Help =
      "usage: relocheck matrix [link flags] DIR... [--oracles=LIST]\n"
      "                        [--format=text|json|html] [-o FILE]\n"
      "\n"
      "Runs every test (*.s) under DIR (not under Inputs/) through "
      "relocheck and\nthe oracles and prints, per relocation kind and "
      "linker, ok / wrong /\nrejected / unsupported, with the smallest "
      "failing site of each wrong cell.\n--oracles=LIST: default all, " +
      join(knownOracles(), ",") +
      ".\nSymlinked folders are not followed; a test reached by two paths "
      "counts once.\nA test that cannot be linked (assembly error, bad "
      "'@ relocheck:' flag,\nmissing input) is reported on stderr as "
      "'skipped FILE: ERROR'.\n"
      "\n"
      "Exit 0: every test linked and relocheck got every site right (wrong "
      "oracle\ncells are findings, not failures); 1: a test was skipped or "
      "relocheck's own\ncolumn has a wrong site; 2: bad usage, or no test "
      "under a DIR.\n";
  DriverConfig Defaults = defaultConfig();
  // Link flags (say --rela) apply to every test, on top of its own.
  auto [Rest, Exit] = takeCommandArgs(Args, Help, Defaults, false);
  if (Exit)
    return *Exit;
  auto Parsed = parseMatrixArgs(Rest);
  if (!Parsed) {
    errs() << errorText(Parsed.takeError()) << "\n";
    return 2;
  }
  const MatrixArgs &A = *Parsed;
  auto Found = expandTestPaths(A.Dirs);
  if (!Found) {
    errs() << errorText(Found.takeError()) << "\n";
    return 2;
  }
  std::vector<std::string> Files = std::move(*Found);
  if (!A.Output.empty())
    if (Error E = checkOutputIsNoInput(A.Output, Files, Defaults)) {
      errs() << errorText(std::move(E)) << "\n";
      return 2;
    }

  Matrix M;
  M.Columns.push_back("relocheck");
  append_range(M.Columns, A.Oracles);
  bool Progress = sys::Process::StandardErrIsDisplayed();
  unsigned Skipped = 0, OursWrongSites = 0;
  for (size_t N = 0; N < Files.size(); ++N) {
    if (Progress)
      errs() << "\r[" << (N + 1) << "/" << Files.size() << "] " << Files[N]
             << "\x1b[K";
    auto Cmp = compareFile({Files[N]}, Defaults, A.Oracles);
    if (!Cmp) {
      std::string Why = errorText(Cmp.takeError());
      if (Progress)
        errs() << "\r\x1b[K";
      errs() << "skipped " << Files[N] << ": "
             << StringRef(Why).split('\n').first << "\n";
      ++Skipped;
      continue;
    }
    OursWrongSites += addToMatrix(M, *Cmp, A.Oracles);
    // -o may not name a file a test's .include or .incbin read either
    // (known only once it is assembled).
    if (!A.Output.empty())
      for (const std::string &Path : Cmp->Read)
        if (sys::fs::equivalent(Path, A.Output)) {
          if (Progress)
            errs() << "\r\x1b[K";
          errs() << "error: output file '" << A.Output
                 << "' is read by test " << Files[N]
                 << " (.include or .incbin); nothing written\n";
          return 2;
        }
  }
  if (Progress)
    errs() << "\r\x1b[K";
  if (Skipped)
    errs() << Skipped << " of " << Files.size()
           << (Files.size() == 1 ? " test" : " tests")
           << " skipped (not linked)\n";

  // Wrong oracle cells are the matrix's findings; a test that could not
  // be linked, or a site relocheck itself got wrong, is a failure.
  int Status = Skipped || OursWrongSites ? 1 : 0;
  std::string Text = A.Format == "json"   ? renderMatrixJson(M)
                     : A.Format == "html" ? renderMatrixHtml(M)
                                          : renderMatrixText(M);
  if (A.Output.empty()) {
    outs() << Text;
    return Status;
  }
  std::error_code EC;
  raw_fd_ostream OS(A.Output, EC);
  if (EC) {
    errs() << "error: cannot write '" << A.Output << "': " << EC.message()
           << "\n";
    return 1;
  }
  OS << Text;
  return Status;
}

int runScaffold(ArrayRef<std::string> Args) {
  const char *Help =
      "usage: relocheck scaffold R_ARM_<KIND> [--arch=ARCH] [-o FILE]\n"
      "\n"
      "Writes a draft lit test for the kind from the kinds table: sites at "
      "both\nrange ends, one step beyond each, a misaligned target, and a "
      "typical site\n(for a kind without a range, one that changes every "
      "byte of its field).\nReview it, then "
      "create its golden\n(docs/adding-a-relocation.md). Without --arch: "
      "armv7-a, or the first\narchitecture that has the kind "
      "(armv8.1-m.main for Branch Future).\n";
  if (wantsHelp(Args)) {
    outs() << Help;
    return 0;
  }
  DriverConfig C = defaultConfig();
  std::string KindName, Output;
  for (size_t I = 0; I < Args.size(); ++I) {
    StringRef A = Args[I];
    if (A.starts_with("--arch=")) {
      auto Took = parseLinkFlag(Args, I, C, "");
      if (!Took) {
        errs() << errorText(Took.takeError()) << "\n";
        return 2;
      }
    } else if (A == "-o" && (I + 1 >= Args.size() || Args[I + 1].empty())) {
      errs() << "error: -o needs a file name\n";
      return 2;
    } else if (A == "-o") {
      if (!Output.empty()) {
        errs() << "error: -o given twice\n";
        return 2;
      }
      Output = Args[++I];
    } else if (!A.starts_with("-") && KindName.empty()) {
      KindName = A.str();
    } else {
      errs() << "error: unexpected argument '" << A
             << "' (see relocheck scaffold --help)\n";
      return 2;
    }
  }
  if (KindName.empty()) {
    errs() << "error: scaffold needs a relocation kind, such as "
              "R_ARM_THM_JUMP8 (see relocheck kinds)\n";
    return 2;
  }
  const RelocKind *K = lookupKind(KindName);
  if (!K && isDynamicKindName(KindName)) {
    // A kind that exists but has no test, as for an obsolete kind: 1.
    errs() << "error: cannot scaffold " << KindName
           << ": it is a dynamic relocation (for a dynamic linker, in "
              "executables and shared objects); a static link has no "
              "test for it\n";
    return 1;
  }
  if (!K) {
    errs() << "error: unknown relocation kind '" << KindName
           << "' (see relocheck kinds)\n";
    return 2;
  }
  // Without --arch, a kind the default (armv7-a) cannot hold is drafted
  // for the first profile that has it (Branch Future: armv8.1-m.main).
  if (!C.ArchGiven && !kindExistsOnArch(*K, C.Link.Arch))
    for (const ArchProfile &A : allArchs())
      if (kindExistsOnArch(*K, A)) {
        C.Link.Arch = A;
        break;
      }
  auto Text = scaffoldTest(*K, C.Link.Arch, C.ArchGiven);
  if (!Text) {
    errs() << errorText(Text.takeError()) << "\n";
    return 1;
  }
  if (Output.empty()) {
    outs() << *Text;
    return 0;
  }
  std::error_code EC;
  raw_fd_ostream OS(Output, EC, sys::fs::CD_CreateNew, sys::fs::FA_Write,
                    sys::fs::OF_None);
  if (EC) {
    errs() << "error: cannot create '" << Output << "': " << EC.message()
           << (EC == std::errc::file_exists
                   ? " (scaffold never overwrites a file)\n"
                   : "\n");
    return 1;
  }
  OS << *Text;
  return 0;
}

} // namespace

/// `relocheck faults`: the planted faults tools/fault-hunt.py hunts for.
int runFaults(ArrayRef<std::string> Args) {
  if (!Args.empty()) {
    outs() << "usage: relocheck faults\n\nLists the faults a "
              "RELOCHECK_PLANT_FAULTS=ON build can plant (docs/fuzzing.md).\n";
    return Args[0] == "--help" ? 0 : 2;
  }
  for (const FaultInfo &F : plantedFaults())
    outs() << F.Name << "\t" << F.What << "\n";
  return 0;
}

int run(int Argc, char **Argv) {
  std::vector<std::string> Args(Argv + 1, Argv + Argc);
  // "help CMD" is "CMD --help".
  if (Args.size() == 2 && Args[0] == "help") {
    Args = {Args[1], "--help"};
  } else if (Args.empty() || Args[0] == "--help" || Args[0] == "-h" ||
             Args[0] == "help") {
    outs() << Usage;
    return Args.empty() ? 2 : 0;
  } else if (Args[0] == "--version" || Args[0] == "version") {
    outs() << "relocheck " << RELOCHECK_SOURCE_VERSION << " (LLVM "
           << RELOCHECK_LLVM_VERSION << ")\n";
    return 0;
  }
  std::string Cmd = Args[0];
  // "--" ends the options, as everywhere: a later operand that starts
  // with '-' is a file of that name in the current directory.
  if (auto Dashes = std::find(Args.begin() + 1, Args.end(), "--");
      Dashes != Args.end()) {
    for (auto It = Dashes + 1; It != Args.end(); ++It)
      if (StringRef(*It).starts_with("-"))
        *It = "./" + *It;
    Args.erase(Dashes);
  }
  // Every message names its file on one line: a file name with a newline
  // in it would split one (or fake a "PASS:" line), so none is taken.
  auto IsControl = [](char C) { return (unsigned char)C < 0x20 || C == 0x7f; };
  for (const std::string &A : Args)
    if (any_of(A, IsControl)) {
      errs() << "error: argument '" << printableName(A)
             << "' has a control character (a newline, a tab); relocheck "
                "names files on one line in its messages and takes none\n";
      return 2;
    }
  ArrayRef<std::string> Rest = ArrayRef(Args).drop_front();
  if (Cmd == "check")
    return runCheck(Rest);
  if (Cmd == "link")
    return runLink(Rest);
  if (Cmd == "dump")
    return runDump(Rest);
  if (Cmd == "kinds")
    return runKinds(Rest);
  if (Cmd == "scaffold")
    return runScaffold(Rest);
  if (Cmd == "diff")
    return runDiff(Rest);
  if (Cmd == "matrix")
    return runMatrix(Rest);
  if (Cmd == "golden")
    return runGolden(Rest);
  if (Cmd == "run")
    return runRun(Rest);
  if (Cmd == "faults")
    return runFaults(Rest);
  errs() << "error: unknown command '" << Cmd
         << "' (expected check, link, dump, kinds, scaffold, diff, "
            "matrix, golden, run or faults; see relocheck --help)\n";
  return 2;
}

/// LLVM MC crashing on an input is an error for that file
/// (loadObjectFiles), not a crash of relocheck. LLVM's crash recovery
/// handles the fault on the faulting stack, which a stack overflow (MC's
/// parser recursing through 60,000 '-' signs) has used up: its handlers
/// get an alternate stack of their own.
void enableCrashRecovery() {
  CrashRecoveryContext::Enable();
  static std::vector<char> AltStack(1 << 18);
  stack_t Stack = {};
  Stack.ss_sp = AltStack.data();
  Stack.ss_size = AltStack.size();
  if (sigaltstack(&Stack, nullptr) != 0)
    return;
  for (int Sig : {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT, SIGTRAP}) {
    struct sigaction Act;
    if (sigaction(Sig, nullptr, &Act) == 0) {
      Act.sa_flags |= SA_ONSTACK;
      sigaction(Sig, &Act, nullptr);
    }
  }
}

/// Status, or 2 when the report could not be written (stdout closed, a
/// full disk): said in one line, not by LLVM's "IO failure on output
/// stream" abort when outs() is destroyed.
static int reportWritten(int Status) {
  outs().flush();
  if (outs().has_error()) {
    std::error_code EC = outs().error();
    outs().clear_error();
    errs() << "error: cannot write the report to standard output: "
           << EC.message() << "\n";
    Status = std::max(Status, 2);
  }
  // A closed stderr is no reason to abort either; the status says it.
  errs().clear_error();
  return Status;
}

/// Started with stdin, stdout or stderr closed, relocheck would hand the
/// next file it opens (a golden's or an image's temporary file, a log) the
/// free descriptor, and the report would be written into it. Each closed
/// one is held by /dev/null opened the wrong way round, so that using it
/// still fails as a closed one does (reportWritten says so for stdout).
static void holdClosedStandardStreams() {
  for (int Fd = 0; Fd <= 2; ++Fd)
    if (fcntl(Fd, F_GETFD) < 0 && errno == EBADF) {
      int Held = open("/dev/null", Fd == 0 ? O_WRONLY : O_RDONLY);
      if (Held >= 0 && Held != Fd) { // cannot be: Fd is the lowest free
        dup2(Held, Fd);
        close(Held);
      }
    }
}

int main(int Argc, char **Argv) {
  holdClosedStandardStreams();
  // Started with SIGCHLD ignored (it survives exec), the kernel would
  // reap every child itself: no run could be waited for or read.
  signal(SIGCHLD, SIG_DFL);
  endOnEveryStopSignal();
  enableCrashRecovery();
  try {
    return reportWritten(run(Argc, Argv));
  } catch (const std::bad_alloc &) {
    // Nothing is written before an output is whole (writeAtomically);
    // say what happened instead of aborting.
    const std::string &Work = workInProgress();
    fprintf(stderr, "error: out of memory%s%s\n",
            Work.empty() ? "" : " while ", Work.c_str());
    return 1;
  }
}
