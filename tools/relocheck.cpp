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
#include "check/Scaffold.h"
#include "check/TestSpec.h"
#include "driver/Driver.h"
#include "encode/ArmEncodings.h"
#include "encode/Faults.h"
#include "oracles/Matrix.h"
#include "oracles/Oracles.h"

#include "llvm/ADT/STLExtras.h"
#include "llvm/ADT/ScopeExit.h"
#include "llvm/ADT/StringExtras.h"
#include "llvm/Support/FileSystem.h"
#include "llvm/Support/MemoryBuffer.h"
#include "llvm/Support/Path.h"
#include "llvm/Support/raw_ostream.h"

#include <cstdio>
#include <new>
#include <string>
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
    "  diff FILE...          compare every site with ld.lld, GNU ld, mold\n"
    "  matrix DIR...         kinds x linkers: ok / wrong / rejected\n"
    "  faults                the planted faults tools/fault-hunt.py hunts\n"
    "\n"
    "Run 'relocheck <command> --help' for the options of a command.\n";

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
    "  --test-root=DIR       golden name = FILE's path relative to DIR\n"
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
    "A failed link writes nothing and removes an older OUT.\n"
    "\n"
    "flags:\n"
    "  -o OUT                   output ELF executable\n";

const char *DumpHelp = "usage: relocheck dump [flags] FILE...\n"
                       "\n"
                       "Prints one line per relocation site: site kind "
                       "'symbol' P S A T X : bytes :\n"
                       "disassembly => destination. Exit 1 if any site "
                       "failed. Expectations\n"
                       "are not verified (that is 'check'); a test's "
                       "'@ relocheck:' lines apply.\n"
                       "\n"
                       "flags:\n"
                       "  --together               link all FILEs as one "
                       "program\n";

void printErrors(const std::vector<std::string> &Lines) {
  for (const std::string &L : Lines)
    errs() << L << "\n";
}

std::string errorText(Error E) { return toString(std::move(E)); }

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

/// The config for one test file: CLI defaults, then the file's own lines.
/// Words of a "relocheck:" line that are not flags name extra inputs,
/// relative to the test's folder.
Expected<DriverConfig> configForTest(const std::vector<std::string> &Group,
                                     const TestSpec &Spec,
                                     const DriverConfig &Defaults) {
  const std::string &File = Group.front();
  DriverConfig C = Defaults;
  C.Inputs = Group;
  StringRef Dir = sys::path::parent_path(File);
  for (size_t I = 0; I < Spec.Options.size(); ++I) {
    std::string Where =
        File + ":" + std::to_string(Spec.OptionLines[I]) + ": ";
    auto Took = parseLinkFlag(Spec.Options, I, C, Dir);
    if (!Took) {
      std::string Msg = errorText(Took.takeError());
      StringRef Text(Msg);
      Text.consume_front("error: ");
      return createStringError(inconvertibleErrorCode(),
                               Where + "error: " + Text);
    }
    if (*Took)
      continue;
    const std::string &Extra = Spec.Options[I];
    if (StringRef(Extra).starts_with("-"))
      return createStringError(inconvertibleErrorCode(),
                               Where + "error: unknown flag '" + Extra +
                                   "' in a 'relocheck:' line");
    C.Inputs.push_back(Dir.empty() ? Extra : (Dir + "/" + Extra).str());
  }
  return C;
}

Expected<TestSpec> readSpec(const std::string &File) {
  auto Buf = MemoryBuffer::getFile(File);
  if (!Buf)
    return createStringError(inconvertibleErrorCode(),
                             "error: cannot read '" + File +
                                 "': " + Buf.getError().message());
  return parseTestSpec((*Buf)->getBuffer(), File);
}

Expected<LinkResult> linkTest(const std::vector<std::string> &Group,
                              const TestSpec &Spec,
                              const DriverConfig &Defaults) {
  auto C = configForTest(Group, Spec, Defaults);
  if (!C)
    return C.takeError();
  auto Objs = loadInputs(C->Inputs, C->Link.Arch, C->GnuAs, C->BigEndian);
  if (!Objs)
    return Objs.takeError();
  return link(std::move(*Objs), C->Link);
}

std::string goldenPath(const std::string &File, const std::string &Dir,
                       const std::string &Root) {
  SmallString<256> Rel(File);
  if (!Root.empty()) {
    SmallString<256> AbsFile(File), AbsRoot(Root);
    sys::fs::make_absolute(AbsFile);
    sys::fs::make_absolute(AbsRoot);
    sys::path::remove_dots(AbsFile, true);
    sys::path::remove_dots(AbsRoot, true);
    StringRef F = AbsFile, R = AbsRoot;
    if (F.consume_front(R) && F.consume_front("/"))
      Rel = F;
    else
      Rel = sys::path::filename(File);
  } else {
    Rel = sys::path::filename(File);
  }
  sys::path::replace_extension(Rel, ".golden");
  return (Dir + "/" + Rel).str();
}

int runCheck(ArrayRef<std::string> Args) {
  if (wantsHelp(Args)) {
    outs() << CheckHelp << linkFlagsHelp();
    return 0;
  }
  DriverConfig Defaults = defaultConfig();
  std::string GoldenDir, TestRoot;
  bool Update = false, Verbose = false, Together = false;
  std::vector<std::string> Files;
  auto Rest = takeLinkFlags(Args, Defaults, "");
  if (!Rest) {
    errs() << errorText(Rest.takeError()) << "\n";
    return 2;
  }
  for (const std::string &A : *Rest) {
    StringRef S = A;
    if (S.consume_front("--golden-dir="))
      GoldenDir = S.str();
    else if (S.consume_front("--test-root="))
      TestRoot = S.str();
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

  std::vector<std::vector<std::string>> Groups;
  if (Together)
    Groups.push_back(Files);
  else
    for (const std::string &File : Files)
      Groups.push_back({File});

  unsigned Passed = 0, Failed = 0;
  for (const std::vector<std::string> &Group : Groups) {
    const std::string &File = Group.front();
    std::vector<std::string> Problems;
    size_t NumSites = 0;
    std::string Report;
    auto Spec = readSpec(File);
    Expected<LinkResult> R =
        Spec ? linkTest(Group, *Spec, Defaults) : Spec.takeError();
    if (!R) {
      Problems.push_back(errorText(R.takeError()));
    } else {
      auto D = ArmDisassembler::create(R->Arch);
      if (!D) {
        Problems.push_back(errorText(D.takeError()));
      } else {
        Checker C(*R, **D);
        NumSites = R->Sites.size();
        if (Verbose)
          for (const std::string &L : C.dumpLines())
            errs() << File << ": " << L << "\n";
        Problems = C.check(*Spec);
        if (!GoldenDir.empty()) {
          auto G = C.checkGolden(goldenPath(File, GoldenDir, TestRoot),
                                 Update, Report);
          Problems.insert(Problems.end(), G.begin(), G.end());
        }
      }
    }
    if (!Report.empty())
      outs() << Report;
    printErrors(Problems);
    if (Problems.empty()) {
      ++Passed;
      outs() << "PASS: " << File << " (" << NumSites
             << (NumSites == 1 ? " site)\n" : " sites)\n");
    } else {
      ++Failed;
      outs() << "FAIL: " << File << " (" << Problems.size()
             << (Problems.size() == 1 ? " problem)\n" : " problems)\n");
    }
  }
  outs() << Passed << " passed, " << Failed << " failed\n";
  return Failed ? 1 : 0;
}

/// Writes to a unique temporary file beside Output and renames it, so a
/// failure leaves neither a half-written output nor the temporary.
Error writeAtomically(const LinkResult &R, const std::string &Output) {
  SmallString<256> Model(Output);
  Model += ".tmp-%%%%%%";
  int FD;
  SmallString<256> Tmp;
  if (std::error_code EC = sys::fs::createUniqueFile(Model, FD, Tmp))
    return createStringError(EC, "error: cannot write '" + Output +
                                     "': " + EC.message());
  bool Renamed = false;
  scope_exit RemoveTmp([&] {
    if (!Renamed)
      sys::fs::remove(Tmp);
  });
  Error Written = Error::success();
  {
    raw_fd_ostream OS(FD, /*shouldClose=*/true);
    Written = writeExecutable(R, OS);
    OS.close();
    if (!Written && OS.has_error()) {
      Written = createStringError(OS.error(), "error: cannot write '" +
                                                  Output + "': " +
                                                  OS.error().message());
      OS.clear_error();
    }
  }
  if (Written)
    return Written;
  if (std::error_code EC = sys::fs::rename(Tmp, Output))
    return createStringError(EC, "error: cannot write '" + Output +
                                     "': " + EC.message());
  Renamed = true;
  return Error::success();
}

int runLink(ArrayRef<std::string> Args) {
  if (wantsHelp(Args)) {
    outs() << LinkHelp << linkFlagsHelp();
    return 0;
  }
  DriverConfig C = defaultConfig();
  auto Rest = takeLinkFlags(Args, C, "");
  if (!Rest) {
    errs() << errorText(Rest.takeError()) << "\n";
    return 2;
  }
  for (size_t I = 0; I < Rest->size(); ++I) {
    const std::string &A = (*Rest)[I];
    if (A == "-o" && I + 1 >= Rest->size()) {
      errs() << "error: -o needs a value\n";
      return 2;
    }
    if (A == "-o")
      C.Output = (*Rest)[++I];
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
  for (const std::string &In : C.Inputs) {
    auto Spec = StringRef(In).ends_with(".s") ? readSpec(In)
                                              : Expected<TestSpec>(TestSpec{});
    if (!Spec)
      consumeError(Spec.takeError());
    else if (!Spec->Options.empty())
      errs() << "warning: " << In << " has '@ relocheck:' lines; link does "
             << "not apply them (give the flags here, or use check/dump)\n";
  }
  auto Objs = loadInputs(C.Inputs, C.Link.Arch, C.GnuAs, C.BigEndian);
  if (!Objs) {
    errs() << errorText(Objs.takeError()) << "\n";
    return 1;
  }
  auto R = link(std::move(*Objs), C.Link);
  if (!R) {
    errs() << errorText(R.takeError()) << "\n";
    return 1;
  }
  if (!R->ok()) {
    printErrors(R->Errors);
    sys::fs::remove(C.Output);
    return 1;
  }
  if (!R->EntryFound)
    errs() << "warning: no entry symbol (-e, ENTRY() or _start); entry is "
              "0x"
           << utohexstr(R->Entry, true) << "\n";
  for (const std::string &In : C.Inputs)
    if (sys::fs::equivalent(In, C.Output)) {
      errs() << "error: output file '" << C.Output
             << "' is also an input\n";
      return 1;
    }
  if (Error E = writeAtomically(*R, C.Output)) {
    errs() << errorText(std::move(E)) << "\n";
    return 1;
  }
  sys::fs::setPermissions(C.Output, sys::fs::all_read | sys::fs::all_exe |
                                        sys::fs::owner_write);
  return 0;
}

int runDump(ArrayRef<std::string> Args) {
  if (wantsHelp(Args)) {
    outs() << DumpHelp << linkFlagsHelp();
    return 0;
  }
  DriverConfig Defaults = defaultConfig();
  auto Files = takeLinkFlags(Args, Defaults, "");
  if (!Files) {
    errs() << errorText(Files.takeError()) << "\n";
    return 2;
  }
  if (Files->empty()) {
    errs() << "error: no input files (see relocheck dump --help)\n";
    return 2;
  }
  bool Together = false;
  std::vector<std::vector<std::string>> Groups;
  for (const std::string &File : *Files) {
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
    for (const std::string &L : Checker(*R, **D).dumpLines())
      outs() << L << "\n";
    if (!R->ok()) {
      printErrors(R->Errors);
      Status = 1;
    }
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
              "X must lie in\n(sN: signed N bits; branch ranges depend on "
              "the instruction and\narchitecture, see "
              "docs/writing-tests.md); align is the multiple X must be\n"
              "(bits the field drops must be zero). Notation: S symbol, A "
              "addend,\nP place, T Thumb bit, B(S) segment base, GOT_ORG "
              "GOT origin, tp thread\npointer (AAELF32 5.6.1). \"else NOP\": "
              "a Branch Future (BF, BFL, BFCSEL;\n--arch=armv8.1-m.main) "
              "whose offset X & ~1 is out of range becomes NOP.W,\nnever an "
              "error; bit 0 of X is the Thumb bit there.\n\n"
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

std::string hexBytes(const std::vector<uint8_t> &B) {
  std::string Out;
  for (uint8_t C : B)
    Out += (Out.empty() ? "" : " ") + utohexstr(C, true, 2);
  return Out;
}

/// One oracle's verdict on one site, against relocheck's own result.
std::string oracleVerdict(const Checker &C, const Site &S,
                          const OracleImage &O, unsigned &Wrong) {
  if (!O.Linked)
    return "-";
  auto Bytes = O.read(S.In.P, unsigned(S.Before.size()));
  if (!Bytes)
    return "(site not in its output)";
  std::string Text = hexBytes(*Bytes);
  if (S.Error)
    return Text + " (relocheck refused this site)";
  if (*Bytes == C.outputBytes(S))
    return Text + " same";
  if (S.Kind->Place == Field::ArmBx && C.result().FixV4bx &&
      O.Name != "gnu-ld")
    return Text + " differs (" + O.Name + " has no --fix-v4bx; not judged)";
  // The oracle's own GOT, TLS layout and veneers put things elsewhere: its
  // bytes differ without being judged against relocheck's addresses.
  Formula F = appliedKind(*S.Kind, C.result().Target1Rel,
                          C.result().Target2).Form;
  if (formulaUsesGotEntry(F) || formulaUsesGotOrigin(F) ||
      F == Formula::TlsLe || F == Formula::TlsLdo)
    return Text + " differs (its own GOT/TLS layout; not judged)";
  Site Theirs = S;
  Theirs.After = *Bytes;
  // Back to the object's order: BE8 output holds instructions LE.
  if (S.BigEndian && !C.result().Be32 && C.outputBytes(S) != S.After)
    swapFieldOrder(Theirs.After.data(), unsigned(Theirs.After.size()),
                   fieldUnit(*S.Kind));
  Theirs.Veneer.reset();
  std::vector<std::string> Problems;
  C.checkSite(Theirs, Problems);
  if (Problems.empty())
    return Text + " equivalent";
  // A call to an undefined weak symbol may become a NOP (AAELF32 5.6.3; GNU
  // ld does that, lld and relocheck branch to the next instruction).
  if (S.In.UndefinedWeak && C.isNop(Theirs))
    return Text + " equivalent (a NOP for an undefined weak target)";
  // Only where the ABI allows a veneer may a branch land off the layout.
  if (auto Dest = C.branchDestination(Theirs);
      Dest && !C.placed(*Dest) && veneerAllowed(*S.Kind))
    return Text + " via its own veneer at 0x" + utohexstr(*Dest, true) +
           " (not judged)";
  ++Wrong;
  StringRef P = Problems.front();
  size_t Colon = P.find("': ");
  return Text + " WRONG: " +
         (Colon == StringRef::npos ? P : P.drop_front(Colon + 3)).str();
}

/// One relocation site compared across relocheck and the oracles.
struct SiteRow {
  std::string Kind, Location, Ours;
  std::vector<std::string> Verdicts; // per oracle, as oracleVerdict says
};

/// A test file linked by relocheck and by each oracle.
struct FileComparison {
  std::string File;
  std::vector<std::string> OracleMessages; // "" when the oracle linked
  std::vector<SiteRow> Rows;
  std::vector<std::string> OurProblems; // relocheck check's own verdict
  unsigned Wrong = 0;
};

Expected<FileComparison> compareFile(const std::string &File,
                                     const DriverConfig &Defaults,
                                     const std::vector<std::string> &Oracles) {
  FileComparison Out;
  Out.File = File;
  auto Spec = readSpec(File);
  if (!Spec)
    return Spec.takeError();
  auto C = configForTest({File}, *Spec, Defaults);
  if (!C)
    return C.takeError();
  auto Buffers =
      loadObjectFiles(C->Inputs, C->Link.Arch, C->GnuAs, C->BigEndian);
  if (!Buffers)
    return Buffers.takeError();
  auto R = linkTest({File}, *Spec, Defaults);
  if (!R)
    return R.takeError();
  auto D = ArmDisassembler::create(R->Arch);
  if (!D)
    return D.takeError();
  Checker Check(*R, **D);
  Out.OurProblems = Check.check(*Spec);
  std::vector<OracleImage> Images;
  for (const std::string &Name : Oracles) {
    Images.push_back(runOracle(Name, *R, *Buffers));
    Out.OracleMessages.push_back(Images.back().Linked ? ""
                                                      : Images.back().Message);
  }
  for (const Site &S : R->Sites) {
    if (S.Object >= R->Objects.size() || S.Before.empty())
      continue;
    SiteRow Row;
    Row.Kind = kindDisplayName(S.Type);
    Row.Location = S.Location.substr(S.Location.find(":(") + 1);
    Row.Ours = S.Error ? "error" : hexBytes(Check.outputBytes(S));
    for (const OracleImage &O : Images)
      Row.Verdicts.push_back(oracleVerdict(Check, S, O, Out.Wrong));
    Out.Rows.push_back(std::move(Row));
  }
  return Out;
}

/// --oracles=a,b into names, or an error message.
std::optional<std::string> parseOracles(StringRef List,
                                        std::vector<std::string> &Out) {
  Out.clear();
  SmallVector<StringRef, 4> Names;
  List.split(Names, ',', -1, false);
  for (StringRef N : Names) {
    if (!is_contained(knownOracles(), N.str()))
      return "error: unknown oracle '" + N.str() +
             "' (known: lld, gnu-ld, mold)";
    Out.push_back(N.str());
  }
  return std::nullopt;
}

int runDiff(ArrayRef<std::string> Args) {
  const char *Help =
      "usage: relocheck diff [link flags] [--oracles=lld,gnu-ld,mold] "
      "FILE...\n"
      "\n"
      "Links each test with relocheck's core and with each oracle at the "
      "same\naddresses (a generated linker script), then shows every "
      "relocation site's\nbytes per linker and the checker's verdict on "
      "each: same, equivalent\n(other bytes, same meaning), WRONG (with "
      "why), or why the oracle did not\nlink. Oracles: lld (ld.lld 22), "
      "gnu-ld (arm-linux-gnueabihf-ld),\nmold (mold 1.10). Exit 1 if any "
      "oracle wrote a wrong site.\n";
  if (wantsHelp(Args)) {
    outs() << Help << linkFlagsHelp();
    return 0;
  }
  DriverConfig Defaults = defaultConfig();
  auto Rest = takeLinkFlags(Args, Defaults, "");
  if (!Rest) {
    errs() << errorText(Rest.takeError()) << "\n";
    return 2;
  }
  std::vector<std::string> Oracles = knownOracles(), Files;
  for (const std::string &A : *Rest) {
    StringRef S = A;
    if (S.consume_front("--oracles=")) {
      if (auto Err = parseOracles(S, Oracles)) {
        errs() << *Err << "\n";
        return 2;
      }
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
  unsigned Wrong = 0;
  for (const std::string &File : Files) {
    auto Cmp = compareFile(File, Defaults, Oracles);
    if (!Cmp) {
      errs() << errorText(Cmp.takeError()) << "\n";
      return 1;
    }
    Wrong += Cmp->Wrong;
    outs() << "# " << File << "\n";
    for (size_t I = 0; I < Oracles.size(); ++I)
      if (!Cmp->OracleMessages[I].empty())
        outs() << "# " << Oracles[I] << ": " << Cmp->OracleMessages[I]
               << "\n";
    for (const SiteRow &Row : Cmp->Rows) {
      std::string Line = Row.Kind + " at " + Row.Location +
                         " relocheck: " + Row.Ours;
      for (size_t I = 0; I < Oracles.size(); ++I)
        Line += " | " + Oracles[I] + ": " + Row.Verdicts[I];
      outs() << Line << "\n";
    }
  }
  outs() << Wrong << (Wrong == 1 ? " wrong site" : " wrong sites")
         << " across the oracles\n";
  return Wrong ? 1 : 0;
}

int runMatrix(ArrayRef<std::string> Args) {
  const char *Help =
      "usage: relocheck matrix DIR... [--oracles=lld,gnu-ld,mold]\n"
      "                        [--format=text|json|html] [-o FILE]\n"
      "\n"
      "Runs every test (*.s) under DIR through relocheck and the oracles "
      "and\nprints, per relocation kind and linker, ok / wrong / rejected, "
      "with the\nsmallest failing site of each wrong cell.\n";
  if (wantsHelp(Args)) {
    outs() << Help;
    return 0;
  }
  DriverConfig Defaults = defaultConfig();
  std::vector<std::string> Oracles = knownOracles(), Dirs;
  std::string Format = "text", Output;
  for (size_t I = 0; I < Args.size(); ++I) {
    StringRef S = Args[I];
    if (S.consume_front("--oracles=")) {
      if (auto Err = parseOracles(S, Oracles)) {
        errs() << *Err << "\n";
        return 2;
      }
    } else if (S.consume_front("--format=")) {
      if (S != "text" && S != "json" && S != "html") {
        errs() << "error: --format expects text, json or html\n";
        return 2;
      }
      Format = S.str();
    } else if (S == "-o" && I + 1 < Args.size()) {
      Output = Args[++I];
    } else if (S.starts_with("-")) {
      errs() << "error: unknown option '" << S
             << "' (see relocheck matrix --help)\n";
      return 2;
    } else {
      Dirs.push_back(S.str());
    }
  }
  if (Dirs.empty()) {
    errs() << "error: no test folder (see relocheck matrix --help)\n";
    return 2;
  }
  std::vector<std::string> Files;
  for (const std::string &Dir : Dirs) {
    std::error_code EC;
    for (sys::fs::recursive_directory_iterator It(Dir, EC), End;
         It != End && !EC; It.increment(EC))
      if (StringRef(It->path()).ends_with(".s") &&
          !StringRef(It->path()).contains("/Inputs/"))
        Files.push_back(It->path());
    if (EC) {
      errs() << "error: cannot read '" << Dir << "': " << EC.message()
             << "\n";
      return 2;
    }
  }
  llvm::sort(Files);

  Matrix M;
  M.Columns.push_back("relocheck");
  for (const std::string &O : Oracles)
    M.Columns.push_back(O);
  for (size_t N = 0; N < Files.size(); ++N) {
    errs() << "\r[" << (N + 1) << "/" << Files.size() << "] " << Files[N]
           << "\x1b[K";
    auto Cmp = compareFile(Files[N], Defaults, Oracles);
    if (!Cmp) {
      consumeError(Cmp.takeError()); // not a linkable test: skipped
      continue;
    }
    for (const SiteRow &Row : Cmp->Rows) {
      std::string Where = Cmp->File + ": " + Row.Kind + " at " + Row.Location +
                          " relocheck: " + Row.Ours;
      bool OursWrong = false;
      for (const std::string &P : Cmp->OurProblems)
        OursWrong |= P.find(Row.Location) != std::string::npos;
      M.add(Row.Kind, 0, OursWrong ? "wrong" : "ok", Where, Cmp->Rows.size(),
            "");
      for (size_t I = 0; I < Oracles.size(); ++I)
        M.add(Row.Kind, I + 1, Row.Verdicts[I],
              Where + " | " + Oracles[I] + ": " + Row.Verdicts[I],
              Cmp->Rows.size(), Cmp->OracleMessages[I]);
    }
  }
  errs() << "\n";
  std::string Text = Format == "json"   ? renderMatrixJson(M)
                     : Format == "html" ? renderMatrixHtml(M)
                                        : renderMatrixText(M);
  if (Output.empty()) {
    outs() << Text;
    return 0;
  }
  std::error_code EC;
  raw_fd_ostream OS(Output, EC);
  if (EC) {
    errs() << "error: cannot write '" << Output << "': " << EC.message()
           << "\n";
    return 1;
  }
  OS << Text;
  return 0;
}

int runScaffold(ArrayRef<std::string> Args) {
  const char *Help =
      "usage: relocheck scaffold R_ARM_<KIND> [--arch=ARCH] [-o FILE]\n"
      "\n"
      "Writes a draft lit test for the kind from the kinds table: sites at "
      "both\nrange ends, one step beyond each, a misaligned target, and a "
      "typical site\nwith the producer's negative addend. Review it, then "
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
    } else if (A == "-o" && I + 1 < Args.size()) {
      Output = Args[++I];
    } else if (!A.starts_with("-") && KindName.empty()) {
      KindName = A.str();
    } else {
      errs() << "error: unexpected argument '" << A
             << "' (see relocheck scaffold --help)\n";
      return 2;
    }
  }
  const RelocKind *K = lookupKind(KindName);
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
  auto Text = scaffoldTest(*K, C.Link.Arch);
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
  if (Args.empty() || Args[0] == "--help" || Args[0] == "-h" ||
      Args[0] == "help") {
    outs() << Usage;
    return Args.empty() ? 2 : 0;
  }
  std::string Cmd = Args[0];
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
  if (Cmd == "faults")
    return runFaults(Rest);
  errs() << "error: unknown command '" << Cmd
         << "' (expected check, link, dump, kinds, scaffold, diff, "
            "matrix or faults; see relocheck --help)\n";
  return 2;
}

int main(int Argc, char **Argv) {
  try {
    return run(Argc, Argv);
  } catch (const std::bad_alloc &) {
    // writeAtomically's scope guard has removed its temporary file on the
    // way here; say what happened instead of aborting.
    fprintf(stderr, "error: out of memory\n");
    return 1;
  }
}
