//===- SiteJudge.h - The checker's verdict on one site, per fuzz input -*-===//
//
// The encoder-level targets (encoder_invariants, jitlink_diff) judge one
// patched field per input the way the checker judges a site of a link:
// LLVM's decoding of the bytes against the relocation's formula. Building
// a LinkResult, a Checker and a disassembler per input would cost more than
// the encoder under test, so each architecture's decoder and a one-section
// link result are built on first use and reused: judging a right site
// allocates nothing (bench/README.md, "Fuzz target speed").
//
//===----------------------------------------------------------------------===//
#ifndef RELOCHECK_FUZZ_SITEJUDGE_H
#define RELOCHECK_FUZZ_SITEJUDGE_H

#include "check/Checker.h"
#include "check/Disassembler.h"
#include "link/Linker.h"

#include <cstdio>
#include <cstdlib>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace relocheck::fuzz {

class SiteJudge {
public:
  /// Before's field holds In.A (a REL site): the checker also reads the
  /// addend from it, by LLVM's decoding, and compares.
  bool AddendInField = false;

  /// The checker's problems with After as the result of K at In (Before is
  /// the field before patching); empty when the bytes are right. Valid
  /// until the next call.
  const std::vector<std::string> &
  judge(const ArchProfile &Arch, const RelocKind &K, const RelocInputs &In,
        const RelocOutcome &Out, const uint8_t *Before, const uint8_t *After,
        unsigned Size) {
    Context &C = contextFor(Arch);
    C.R.Objects[0].Sections[1].Size = Size;
    S.Kind = &K;
    S.Type = K.Code;
    S.In = In;
    S.Out = Out;
    S.Before.assign(Before, Before + Size);
    S.After.assign(After, After + Size);
    // The input's A is given apart from the field (RELA): the checker
    // reads the field's own addend only when told it holds A.
    S.RelaAddend = !AddendInField;
    Problems.clear();
    C.Check->checkSite(S, Problems);
    return Problems;
  }

private:
  struct Context {
    std::unique_ptr<ArmDisassembler> Dis;
    LinkResult R;
    std::optional<Checker> Check;
  };

  Context &contextFor(const ArchProfile &Arch) {
    const std::vector<ArchProfile> &Archs = allArchs();
    if (Contexts.empty()) {
      Contexts.resize(Archs.size());
      S.Section = 1;
      S.Location = "<fuzz>";
    }
    // An entry of the table, or a copy of one (lookupArch returns those).
    const ArchProfile *First = Archs.data(), *End = First + Archs.size();
    std::less<const ArchProfile *> Below; // total order on any pointers
    size_t Index = !Below(&Arch, First) && Below(&Arch, End)
                       ? size_t(&Arch - First)
                       : Archs.size();
    if (Index == Archs.size()) {
      for (Index = 0; Index < Archs.size(); ++Index)
        if (Archs[Index].Name == Arch.Name)
          break;
      if (Index == Archs.size()) {
        std::fprintf(stderr, "SiteJudge: no architecture '%s'\n",
                     std::string(Arch.Name).c_str());
        std::abort(); // a bug in the target, not a finding
      }
    }
    Context &C = Contexts[Index];
    if (C.Check)
      return C;
    auto Dis = ArmDisassembler::create(Arch);
    if (!Dis) {
      std::fprintf(stderr, "%s\n", llvm::toString(Dis.takeError()).c_str());
      std::abort(); // a broken LLVM install, not a finding
    }
    C.Dis = std::move(*Dis);
    C.R.Arch = Arch;
    InputObject Obj;
    Obj.FileName = "<fuzz>";
    Obj.Sections.resize(2);
    Obj.Sections[1].Index = 1;
    Obj.Sections[1].Name = ".text";
    Obj.Symbols.resize(1);
    C.R.Objects.push_back(std::move(Obj));
    C.Check.emplace(C.R, *C.Dis);
    C.Check->JudgeGotWords = false; // no GOT here: the field alone
    return C;
  }

  std::vector<Context> Contexts;
  Site S;
  std::vector<std::string> Problems;
};

} // namespace relocheck::fuzz

#endif
