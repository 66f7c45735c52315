//===- whole_program.cpp - libFuzzer target: generated programs -----------===//
//
// Fuzzer bytes drive a generator of small ARM/Thumb programs: an
// architecture, two to four sections at chosen distances, each in ARM or
// Thumb state, holding functions and relocation sites (calls, jumps,
// MOVW/MOVT pairs, data words, PC-relative loads) aimed at functions in
// other sections with small addends. The program is assembled in process
// by LLVM MC, linked by relocheck's core (veneers on), and every site is
// checked; a site the checker faults while the linker reported no problem
// for it is a violated invariant. Linker errors (a call out of reach on
// v6-M, say) are answers, not findings, except "misaligned": no generated
// target or addend is.
//
//===----------------------------------------------------------------------===//
#include "assemble/Assembler.h"
#include "check/Checker.h"
#include "link/Linker.h"

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
    return "  nop\n";
  }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
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
  std::set<std::string> LinkErrors(R->Errors.begin(), R->Errors.end());
  // Every generated target is a function at an aligned address and every
  // addend a multiple of 4, so "misaligned" is never a right answer.
  for (const std::string &E : R->Errors)
    if (E.find("misaligned") != std::string::npos) {
      std::fprintf(stderr, "invariant violated: %s\n--- program (%s) ---\n%s",
                   E.c_str(), ArchName.c_str(), Src.c_str());
      std::abort();
    }
  for (const std::string &P : Checker(*R, *D).check(TestSpec{}))
    if (!LinkErrors.count(P)) {
      std::fprintf(stderr, "invariant violated: %s\n--- program (%s) ---\n%s",
                   P.c_str(), ArchName.c_str(), Src.c_str());
      std::abort();
    }
  return 0;
}
