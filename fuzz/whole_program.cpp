//===- whole_program.cpp - libFuzzer target: generated programs -----------===//
//
// Fuzzer bytes drive a generator of small ARM/Thumb programs: an
// architecture, two to four sections at chosen distances, each in ARM or
// Thumb state, holding functions and relocation sites (calls, jumps,
// MOVW/MOVT pairs, data words; more rarely 16-bit branches, CBZ, LDR
// literals, Thumb-1 byte lanes and ARM group sequences) aimed at
// functions in any section with small addends, and now and then words in
// a non-allocated .debug_info, or data words through the GOT and to
// undefined (weak) symbols. The program is assembled
// in process by LLVM MC, linked by relocheck's core (veneers on), and
// every site is checked; a site the checker faults while the linker
// reported no problem for it is a violated invariant. Linker errors (a
// call out of reach on v6-M, say) are answers, not findings, except
// "misaligned" (no generated target or addend is) and "out of range" for
// a fixed-range field whose X, as the checker computes it, fits the kinds
// table's range. A finding's line names its key in brackets,
// "invariant violated [checker-disagrees R_ARM_THM_CALL]: ...", which
// tools/campaign.py deduplicates by; with RELOCHECK_FUZZ_TEST=FILE the
// program is also written to FILE as a lit test.
//
// Slow mode, RELOCHECK_WHOLE_PROGRAM_LLD=1: the same object is also linked
// by ld.lld at relocheck's layout (harness/oracles) and every site whose
// bytes differ is judged as `relocheck diff` judges it (oracles/Judge.h:
// in lld's image, through its own veneers, GOT and TLS layout); a site
// lld gets wrong is a finding ("lld-disagrees KIND").
// No generated addend is odd, so lld's known odd-addend Thumb-bit
// departure does not arise. An lld refusal is not a finding here.
//
//===----------------------------------------------------------------------===//
#include "assemble/Assembler.h"
#include "check/Checker.h"
#include "encode/Faults.h"
#include "link/Linker.h"
#include "oracles/Judge.h"
#include "oracles/Oracles.h"

#include "Finding.h"

#include <cstdio>
#include <cstdlib>
#include <map>
#include <memory>
#include <set>
#include <string>

using namespace relocheck;

namespace {

struct Bytes {
  const uint8_t *D;
  size_t N;
  unsigned take(unsigned Mod) {
    if (!N || !Mod)
      return 0;
    --N;
    return *D++ % Mod;
  }
};

const char *const ArmArchs[] = {"armv4t", "armv5te", "armv6", "armv7-a",
                                "armv8-a"};
const char *const MArchs[] = {"armv6-m", "armv7-m", "armv8-m.base",
                              "armv8-m.main"};

/// The rarer sites (a sixth of them), each reaching another kind: Thumb
/// 16-bit branches, CBZ, LDR.W literal, a MOVS byte lane; ARM LDR literal
/// and an ALU/ALU/LDR group sequence (AAELF32 5.6.1.5) written with
/// .reloc, against the bare symbol: LLVM MC drops a .reloc's addend in a
/// REL object (the place's field would have to hold it), and the
/// assembler refuses one. Most short forms are out of reach across
/// sections: their refusals are answers; the sibling function in the same
/// section is in reach.
std::string moreSites(Bytes &B, bool Thumb, const std::string &Target,
                      const ArchProfile &Arch, const std::string &L) {
  unsigned Pick = B.take(6);
  if (Thumb) {
    switch (Pick) {
    case 1:
      return L + ": b.n " + Target + "\n";
    // llvm-mc widens `beq.n` to a global into B<c>.W and resolves or
    // refuses CBZ itself: .reloc on the instruction keeps the 16-bit form
    // (its field holds the producer's -4).
    case 2:
      return L + ": .inst.n 0xd0fe\n  .reloc " + L + ", R_ARM_THM_JUMP8, " +
             Target + "\n";
    case 3:
      if (!Arch.HasCbz)
        break;
      return L + ": .inst.n 0xb3f1\n  .reloc " + L + ", R_ARM_THM_JUMP6, " +
             Target + "\n";
    case 4:
      if (!Arch.HasThumbBcondW)
        break;
      return L + ": ldr.w r1, " + Target + "\n";
    case 5: {
      unsigned G = B.take(4); // G0-G2 are _NC, G3 is checked
      return L + ": .inst.n 0x2100\n  .reloc " + L +
             ", R_ARM_THM_ALU_ABS_G" + std::to_string(G) +
             (G < 3 ? "_NC, " : ", ") + Target + "\n";
    }
    default:
      break;
    }
    return "  nop\n";
  }
  switch (Pick) {
  case 1:
  case 2:
    return L + ": ldr r1, " + Target + "\n";
  case 3:
  case 4:
    return L + ": .inst 0xe28f1000\n  .reloc " + L + ", R_ARM_ALU_PC_G0_NC, " +
           Target + "\n" + L + "b: .inst 0xe2811000\n  .reloc " + L +
           "b, R_ARM_ALU_PC_G1_NC, " + Target + "\n" + L +
           "c: .inst 0xe5911000\n  .reloc " + L + "c, R_ARM_LDR_PC_G2, " +
           Target + "\n";
  default:
    return "  nop\n";
  }
}

/// One relocation site in a section of the given state.
std::string site(Bytes &B, bool Thumb, const std::string &Target,
                 const ArchProfile &Arch, unsigned &Label) {
  std::string L = "s" + std::to_string(Label++);
  int Add = int(B.take(5)) * 4 - 8;
  std::string T = Target + (Add ? (Add > 0 ? "+" : "") + std::to_string(Add)
                                : "");
  switch (B.take(6)) {
  case 0:
    return L + ": bl " + Target + "\n";
  case 1:
    return Thumb && !Arch.HasThumbBW ? L + ": bl " + Target + "\n"
                                     : L + ": b " + Target + "\n";
  case 2:
    if (!Arch.HasMovwMovt)
      return L + ": bl " + Target + "\n";
    return L + ": movw r0, #:lower16:" + T + "\n" + L +
           "t: movt r0, #:upper16:" + T + "\n";
  case 3:
    return "  .balign 4\n" + L + ": .word " + T + "\n";
  case 4:
    return "  .balign 4\n" + L + ": .word " + T + " - .\n";
  default:
    return moreSites(B, Thumb, Target, Arch, L);
  }
}

/// Text as comment lines of at most 80 columns.
std::string commentLines(const std::string &Text) {
  std::string Out, Line = "@";
  size_t I = 0;
  while (I < Text.size()) {
    size_t J = Text.find(' ', I);
    std::string Word = Text.substr(I, J == std::string::npos ? J : J - I);
    if (Line.size() > 1 && Line.size() + 1 + Word.size() > 78) {
      Out += Line + "\n";
      Line = "@";
    }
    Line += " " + Word;
    I = J == std::string::npos ? Text.size() : J + 1;
  }
  return Out + Line + "\n";
}

/// Where a site is in its object, the same in two links of one object.
std::tuple<unsigned, unsigned, uint32_t, uint32_t> siteKey(const Site &S) {
  return {S.Object, S.Section, S.Offset, S.Type};
}

/// The program as a lit test: its layout as `@ relocheck:` lines, and an
/// expected error for each other site a right linker refuses (never
/// "misaligned", never the finding's own site). Right is the same object
/// linked with the planted fault suspended, when one is planted: the
/// fixed build's refusals. Without one (a real bug) the build's own
/// refusals stand in, and the test says so.
std::string litTest(const std::string &Key, const std::string &Problem,
                    const Site *At, const std::string &ArchName,
                    const LinkOptions &Opts, const LinkResult &R,
                    const LinkResult *Right, const Checker &C,
                    const std::string &Src) {
  std::string T = commentLines("whole_program finding [" + Key + "]: " +
                               Problem);
  T += commentLines("A right linker links every site without an `expect "
                    "... error` line (with veneers where it needs them), and "
                    "LLVM's decoding of each matches its formula.");
  T += "@ relocheck: --arch=" + ArchName + "\n";
  for (const auto &[Name, Addr] : Opts.LayoutOpts.SectionStart) {
    char Buf[64];
    std::snprintf(Buf, sizeof(Buf), "--section-start=%s=0x%llx",
                  Name.c_str(), (unsigned long long)Addr);
    T += std::string("@ relocheck: ") + Buf + "\n";
  }
  if (!Right)
    T += commentLines("The other sites' expected errors are what the "
                      "build that failed said; a fix that changes them "
                      "changes these lines.");
  T += "@ RUN: relocheck check %s | FileCheck %s\n@ CHECK: PASS\n";
  const LinkResult &Expected = Right ? *Right : R;
  for (const Site &S : Expected.Sites)
    if (S.Error && !(At && siteKey(S) == siteKey(*At)) &&
        S.Problem != ProblemKind::Misaligned)
      T += "@ expect " + C.siteName(S) + " error: " + S.ErrorDetail + "\n";
  return T + "\n" + Src;
}

/// Prints the finding and its key, writes the lit test if asked, aborts
/// (returns only for a finding RELOCHECK_ONLY_KEY does not ask for:
/// fuzz/Finding.h; the caller goes on to the next site).
void violated(const std::string &Id, const Site *At,
              const std::string &Problem, const std::string &ArchName,
              const LinkOptions &Opts, const llvm::MemoryBuffer &Obj,
              const LinkResult &R, const Checker &C, const std::string &Src) {
  std::string Key = Id + " " + (At ? kindDisplayName(At->Type) : "no-site");
  if (!finding::report(Key, Problem))
    return;
  std::fprintf(stderr, "--- program (%s) ---\n%s", ArchName.c_str(),
               Src.c_str());
  if (const char *Path = std::getenv("RELOCHECK_FUZZ_TEST")) {
    std::optional<LinkResult> Right;
    if (anyFaultPlanted()) {
      [[maybe_unused]] FaultsSuspended Off;
      if (auto In = readObject(Obj.getMemBufferRef())) {
        std::vector<InputObject> Objs;
        Objs.push_back(std::move(*In));
        if (auto L = link(std::move(Objs), Opts))
          Right = std::move(*L);
        else
          llvm::consumeError(L.takeError());
      } else {
        llvm::consumeError(In.takeError());
      }
    }
    if (FILE *F = std::fopen(Path, "w")) {
      std::fputs(litTest(Key, Problem, At, ArchName, Opts, R,
                         Right ? &*Right : nullptr, C, Src)
                     .c_str(),
                 F);
      std::fclose(F);
    }
  }
  std::abort();
}

/// A refusal the kinds table does not back: a fixed-range field whose X,
/// recomputed by the checker, fits the range the table gives. (Branches
/// and group relocations, whose reach depends on more than X, are left to
/// encoder_invariants.)
bool refusedInRange(const Site &S) {
  if (!S.Kind || S.Problem != ProblemKind::OutOfRange ||
      S.Kind->Check != RangeCheck::Field || groupOf(*S.Kind))
    return false;
  Formula F = S.Kind->Form;
  if (F != Formula::Rel && F != Formula::RelPa && F != Formula::Abs)
    return false; // no Thumb bit in X to discount
  std::optional<ValueRange> R = fieldRange(S.Kind->Place);
  int64_t V = int32_t(abiValue(F, S.In));
  return R && V >= R->Min && V <= R->Max && V % R->Step == 0;
}

/// Slow mode: ld.lld links the same object at relocheck's layout; each
/// site whose bytes differ must still mean what the formula says.
void compareWithLld(const llvm::MemoryBuffer &Obj, const LinkResult &R,
                    const Checker &C, const std::string &ArchName,
                    const LinkOptions &Opts, const std::string &Src) {
  std::vector<std::unique_ptr<llvm::MemoryBuffer>> Objects;
  Objects.push_back(
      llvm::MemoryBuffer::getMemBufferCopy(Obj.getBuffer(), "fuzz.o"));
  OracleImage O = runLinkerOracle("lld", R, Objects);
  if (!O.Linked || !O.SiteMessages.empty())
    return; // lld refused (a site or the file): not this target's finding
  Checker::CodeReader Code = [&](uint32_t A, unsigned N) {
    return O.read(A, N);
  };
  bool Corrupted = false;
  for (const Site &S : R.Sites) {
    if (S.Error || S.Before.empty())
      continue;
    // A site in a non-allocated section has an offset, not an address.
    const std::string &InName = R.Objects[S.Object].Sections[S.Section].Name;
    auto Bytes =
        S.NonAlloc
            ? O.readNonAlloc(InName, S.In.P, unsigned(S.Before.size()))
            : O.read(S.In.P, unsigned(S.Before.size()));
    // RELOCHECK_WHOLE_PROGRAM_LLD=selftest corrupts lld's first field (a
    // lit test shows the comparison then reports it).
    static const bool SelfTest =
        std::string(std::getenv("RELOCHECK_WHOLE_PROGRAM_LLD")) == "selftest";
    if (SelfTest && Bytes && !Corrupted) {
      (*Bytes)[0] ^= 0x55;
      Corrupted = true;
    }
    if (!Bytes || *Bytes == C.outputBytes(S))
      continue;
    // As `relocheck diff` judges it: through lld's own GOT, TLS layout
    // and thunks, where relocheck's addresses say nothing.
    if (!SelfTest) {
      OracleVerdict V = judgeOracleSite(C, S, O);
      if (V.Class == VerdictClass::Wrong)
        violated("lld-disagrees", &S, "lld writes " + V.Text, ArchName,
                 Opts, Obj, R, C, Src);
      continue;
    }
    Site Theirs = S;
    Theirs.After = *Bytes;
    Theirs.Veneer.reset();
    std::vector<std::string> Problems;
    C.checkForeignSite(Theirs, Code, Problems);
    if (Problems.empty() ||
        Problems.front().find("not judged: ") != std::string::npos)
      continue;
    violated("lld-disagrees", &S,
             "lld writes " + bytesText(*Bytes) + ": " + Problems.front(),
             ArchName, Opts, Obj, R, C, Src);
  }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  finding::begin(Data, Size);
  Bytes B{Data, Size};
  bool MProfile = B.take(3) == 0;
  std::string ArchName = MProfile ? MArchs[B.take(4)] : ArmArchs[B.take(5)];
  ArchProfile Arch = *lookupArch(ArchName);

  unsigned NumSections = 2 + B.take(3);
  std::string Src = "  .syntax unified\n";
  LinkOptions Opts;
  Opts.Arch = Arch;
  uint64_t Addr = 0x10000;
  std::vector<std::string> Funcs;
  std::vector<bool> FuncThumb;
  for (unsigned S = 0; S < NumSections; ++S)
    for (unsigned F = 0; F < 2; ++F) {
      Funcs.push_back("f" + std::to_string(S) + "_" + std::to_string(F));
      FuncThumb.push_back(false);
    }
  unsigned Label = 0;
  for (unsigned S = 0; S < NumSections; ++S) {
    bool Thumb = !Arch.HasArmState || B.take(2);
    std::string Name = ".sec" + std::to_string(S);
    Opts.LayoutOpts.SectionStart[Name] = Addr;
    // Next section 4 KiB .. 48 MiB away: inside and beyond branch reach.
    static const uint64_t Gaps[] = {0x1000, 0x100000, 0x400000, 0x1000000,
                                    0x2000000, 0x3000000};
    Addr += Gaps[B.take(6)] + 4 * B.take(64);
    Src += "  .section " + Name + ", \"ax\", %progbits\n";
    Src += Thumb ? "  .thumb\n" : "  .arm\n";
    for (unsigned F = 0; F < 2; ++F) {
      unsigned Index = S * 2 + F;
      FuncThumb[Index] = Thumb;
      const std::string &Fn = Funcs[Index];
      Src += "  .globl " + Fn + "\n  .type " + Fn + ", %function\n" + Fn +
             ":\n";
      unsigned Sites = 1 + B.take(4);
      for (unsigned I = 0; I < Sites; ++I)
        Src += site(B, Thumb, Funcs[B.take(unsigned(Funcs.size()))], Arch,
                    Label);
      Src += "  bx lr\n";
    }
  }
  // Now and then debug information (bytes that run out add none, so older
  // inputs make the programs they made): words in a non-allocated
  // section naming functions (ABS32, with the Thumb bit of a Thumb
  // function) or a place in that section, where P is an offset in the
  // output section, not an address.
  if (B.take(3) == 2) {
    Src += "  .section .debug_info, \"\", %progbits\n";
    unsigned Words = 1 + B.take(4);
    for (unsigned I = 0; I < Words; ++I) {
      std::string L = "d" + std::to_string(Label++);
      unsigned Pick = B.take(3);
      const std::string &Fn = Funcs[B.take(unsigned(Funcs.size()))];
      Src += L + ": .word " +
             (Pick == 2 ? L + " + 4" : Pick ? Fn + " + 4" : Fn) + "\n";
    }
  }
  // Now and then (again only with bytes left) a data section of words
  // through the GOT (GOT_PREL, GOT_BREL, GOTOFF32) and to symbols no one
  // defines: an undefined weak one (0, and a GOT entry of 0) and an
  // undefined one, whose site must be an "undefined symbol" error.
  if (B.take(4) == 3) {
    std::string Name = ".gotuse";
    Opts.LayoutOpts.SectionStart[Name] = Addr;
    Src += "  .weak wu\n  .section " + Name + ", \"a\", %progbits\n";
    unsigned Words = 1 + B.take(6);
    for (unsigned I = 0; I < Words; ++I) {
      std::string L = "g" + std::to_string(Label++);
      unsigned Sym = B.take(4);
      std::string Target = Sym == 2   ? std::string("wu")
                           : Sym == 3 ? std::string("undefined")
                                      : Funcs[B.take(unsigned(Funcs.size()))];
      static const char *const Forms[] = {"(GOT_PREL)", "(GOT)", "(GOTOFF)",
                                          ""};
      Src += L + ": .word " + Target + Forms[B.take(4)] + "\n";
    }
  }

  // RELOCHECK_WHOLE_PROGRAM_PRINT=1: show each generated program (to see
  // what an input makes, e.g. a new seed).
  static const bool Print = std::getenv("RELOCHECK_WHOLE_PROGRAM_PRINT");
  if (Print)
    std::fprintf(stderr, "--- program (%s) ---\n%s", ArchName.c_str(),
                 Src.c_str());
  auto Obj = assemble(Src, "<fuzz.s>", Arch);
  if (!Obj) {
    llvm::consumeError(Obj.takeError()); // e.g. a form this arch lacks
    return 0;
  }
  auto In = readObject((*Obj)->getMemBufferRef());
  if (!In) {
    std::fprintf(stderr, "assembled object not readable: %s\n",
                 llvm::toString(In.takeError()).c_str());
    std::abort();
  }
  std::vector<InputObject> Objs;
  Objs.push_back(std::move(*In));
  auto R = link(std::move(Objs), Opts);
  if (!R) {
    llvm::consumeError(R.takeError());
    return 0;
  }
  static std::map<std::string, std::unique_ptr<ArmDisassembler>> Dis;
  auto &D = Dis[ArchName];
  if (!D)
    D = std::move(*ArmDisassembler::create(Arch));
  // Every generated target is a function at an aligned address and every
  // addend a multiple of 4, so "misaligned" is never a right answer.
  Checker C(*R, *D);
  for (const Site &S : R->Sites) {
    if (S.Error) {
      if (S.Problem == ProblemKind::Misaligned)
        violated("misaligned-error", &S, *S.Error, ArchName, Opts, **Obj,
                 *R, C, Src);
      if (refusedInRange(S))
        violated("fitting-value-rejected", &S, *S.Error, ArchName, Opts,
                 **Obj, *R, C, Src);
      continue;
    }
    std::vector<std::string> Problems;
    C.checkSite(S, Problems);
    if (!Problems.empty())
      violated("checker-disagrees", &S, Problems.front(), ArchName, Opts,
               **Obj, *R, C, Src);
  }
  // What is left (a function's Thumb bit, say) belongs to no one site.
  // (check() reports each link error again, as unpredicted.)
  std::set<std::string> LinkErrors;
  for (const std::string &E : R->Errors)
    LinkErrors.insert(C.unpredicted(E));
  for (const std::string &P : C.check(TestSpec{}))
    if (!LinkErrors.count(P))
      violated("checker-disagrees", nullptr, P, ArchName, Opts, **Obj, *R,
               C, Src);
  static const bool WithLld = std::getenv("RELOCHECK_WHOLE_PROGRAM_LLD");
  if (WithLld)
    compareWithLld(**Obj, *R, C, ArchName, Opts, Src);
  return 0;
}
