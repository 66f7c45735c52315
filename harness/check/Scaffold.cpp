//===- Scaffold.cpp - A first lit test for a relocation kind --------------===//
#include "check/Scaffold.h"

#include "link/Relocate.h"

#include "llvm/ADT/StringExtras.h"

#include <cstdio>
#include <vector>

using namespace llvm;

namespace relocheck {

namespace {

/// The instruction or data a site holds before linking, and the REL addend
/// its field encodes (the producer's usual PC bias for PC-relative forms).
struct Template {
  std::string Directive;
  int64_t A = 0;
  unsigned Size = 4;
  enum { Branch, Value, Auto } Expect = Auto;
  bool RelativeValue = false; // value: is "sym - ." rather than "sym"
};

std::optional<Template> templateFor(const RelocKind &K) {
  bool Rel = K.Form == Formula::Rel || K.Form == Formula::RelT;
  auto V = [&](std::string D, int64_t A, unsigned Size) {
    Template T{std::move(D), A, Size, Template::Value, Rel};
    return T;
  };
  auto B = [&](std::string D, int64_t A, unsigned Size) {
    return Template{std::move(D), A, Size, Template::Branch, false};
  };
  switch (K.Place) {
  case Field::Word32:
  case Field::Prel31:
    return V(".word 0", 0, 4);
  case Field::Data16:
    return V(".short 0", 0, 2);
  case Field::Data8:
    return V(".byte 0", 0, 1);
  case Field::ArmBranch24:
    return B(K.Code == 28 ? ".inst 0xebfffffe" : ".inst 0xeafffffe", -8, 4);
  case Field::ThumbBranch24:
    return B(K.Code == 10 ? ".inst.w 0xf7fffffe" : ".inst.w 0xf7ffbffe", -4,
             4);
  case Field::ThumbBcondW:
    return B(".inst.w 0xf43faffe", -4, 4);
  case Field::ThumbB11:
    return B(".inst.n 0xe7fe", -4, 2);
  case Field::ThumbBcond8:
    return B(".inst.n 0xd0fe", -4, 2);
  case Field::ThumbCbz:
    return B(".inst.n 0xb3f0", -4, 2); // i:imm5 = 0x3e: A = -4
  case Field::ArmMovw:
    return V(".inst 0xe3000000", 0, 4);
  case Field::ArmMovt:
    return V(".inst 0xe3400000", 0, 4);
  case Field::ThumbMovw:
    return V(".inst.w 0xf2400000", 0, 4);
  case Field::ThumbMovt:
    return V(".inst.w 0xf2c00000", 0, 4);
  // PC-relative loads and ADR: value: is the address used, S + A + bias.
  case Field::ThumbPC8:
    return Template{".inst.n 0x48ff", -4, 2, Template::Value, false};
  case Field::ThumbPC12:
    return Template{".inst.w 0xf85f0004", -4, 4, Template::Value, false};
  case Field::ThumbAdrW:
    return Template{".inst.w 0xf2af0004", -4, 4, Template::Value, false};
  case Field::ArmLdrImm12:
    if (K.Code == 4) // LDR_PC_G0
      return Template{".inst 0xe51f0008", -8, 4, Template::Value, false};
    if (K.Code == 6) // ABS12
      return Template{".inst 0xe5910000", 0, 4, Template::Auto, false};
    return std::nullopt;
  case Field::ThumbAbs5:
    return Template{".inst.n 0x6808", 0, 2, Template::Auto, false};
  case Field::ThumbAluAbs:
    return Template{".inst.n 0x2000", 0, 2, Template::Auto, false};
  // Branch Future as llvm-mc writes it (boff 1, field -4). The REL addend
  // reads back as -3 (AAELF32 sets its bit 0); -4 is its offset part,
  // which is what aims X & ~1 at a range end.
  case Field::ThumbBf16:
    return B(".inst.w 0xf0dfe7ff", -4, 4);
  case Field::ThumbBf12:
    return B(".inst.w 0xf083e7ff", -4, 4);
  case Field::ThumbBf18:
    return B(".inst.w 0xf0ffc7ff", -4, 4);
  default:
    return std::nullopt;
  }
}

/// The range X must lie in, for the form a target of the same state gets.
std::optional<ValueRange> rangeFor(const RelocKind &K,
                                   const ArchProfile &Arch) {
  if (K.Check == RangeCheck::Branch) {
    switch (K.Code) {
    case 28:
      return branchRange(BranchForm::ArmBl, Arch);
    case 10:
      return branchRange(BranchForm::ThumbBl, Arch);
    case 30:
      return branchRange(BranchForm::ThumbBW, Arch);
    case 51:
      return branchRange(BranchForm::ThumbBcondW, Arch);
    default:
      return branchRange(BranchForm::ArmB, Arch);
    }
  }
  if (auto R = signedRange(K))
    return R;
  if (K.Check == RangeCheck::Field || K.Check == RangeCheck::ElseNop)
    return fieldRange(K.Place);
  return std::nullopt;
}

struct SiteSpec {
  std::string Label;
  int64_t X;
  bool Ok;
  std::string Error; // expected error text when !Ok
  bool Nop = false;  // links, as NOP.W (Branch Future out of range)
};

std::string hexAddr(uint32_t V) { return "0x" + utohexstr(V, true); }

/// For a template the checker judges by itself (Template::Auto), the bytes
/// the site must hold once X is written, worked out here from the
/// instruction encodings: an expectation the test states, so a draft whose
/// only site the checker might let through still pins its bytes.
std::optional<std::string> expectedBytes(const RelocKind &K, int64_t X) {
  uint32_t Insn;
  unsigned Size = 2;
  switch (K.Place) {
  case Field::ThumbAluAbs: // MOVS/ADDS Rd, #imm8 (T1): byte N of X
    Insn = 0x2000 | ((uint32_t(X) >> (8 * (K.Code - 132))) & 0xFF);
    break;
  case Field::ThumbAbs5: // LDR Rt, [Rn, #imm5 * 4] (T1)
    Insn = 0x6808 | uint32_t(X) >> 2 << 6;
    break;
  case Field::ArmLdrImm12: // LDR Rt, [Rn, #+/-imm12]: U (bit 23) is the sign
    Insn = X < 0 ? 0xE5110000 | uint32_t(-X) : 0xE5910000 | uint32_t(X);
    Size = 4;
    break;
  default:
    return std::nullopt;
  }
  std::string Out;
  for (unsigned I = 0; I < Size; ++I) {
    if (I)
      Out += ' ';
    Out += utohexstr((Insn >> (8 * I)) & 0xFF, true, 2);
  }
  return Out;
}

/// Why a supported kind's test is written by hand, and where to find one
/// to start from.
std::string handWrittenReason(const RelocKind &K) {
  if (K.Code == 38)
    return "it stands for another kind (ABS32 or REL32, by --target1-abs "
           "or --target1-rel): scaffold the kind it stands for";
  if (K.Code == 41)
    return "it stands for another kind (REL32, ABS32 or GOT_PREL, by "
           "--target2=): scaffold the kind it stands for";
  if (groupOf(K))
    return "it is one of a group sequence (ALU groups, then the load's "
           "residual); write its test by hand (see lit-tests/kinds/groups)";
  if (isTlsFormula(K.Form))
    return "it needs a TLS block (tp, TLS) and for some forms a GOT; write "
           "its test by hand (see lit-tests/kinds/tls)";
  if (formulaUsesGotEntry(K.Form) || formulaUsesGotOrigin(K.Form))
    return "it needs the GOT (an entry GOT(S) or its origin GOT_ORG); "
           "write its test by hand (see lit-tests/kinds/got)";
  if (K.Form == Formula::SbRelT || K.Form == Formula::SbRel ||
      K.Form == Formula::BaseAbs)
    return "it needs a static base B(S); write its test by hand (see "
           "lit-tests/kinds/sb)";
  return "relocheck has no template instruction for its field (" +
         std::string(K.Instructions) +
         "): add one in templateFor (harness/check/Scaffold.cpp), or write "
         "the test by hand from a neighbour in its lit-tests/kinds folder";
}

} // namespace

Expected<std::string> scaffoldTest(const RelocKind &K,
                                   const ArchProfile &Arch, bool ArchGiven) {
  std::string Name = "R_ARM_" + std::string(K.Name);
  auto Fail = [&](const Twine &Why) {
    return createStringError(inconvertibleErrorCode(),
                             "error: cannot scaffold " + Name + ": " + Why);
  };
  if (K.State != Status::Supported) {
    if (K.Instructions.find("obsolete") != std::string_view::npos ||
        K.Instructions.find("deprecated") != std::string_view::npos)
      return Fail("it is obsolete or deprecated in AAELF32; no producer "
                  "emits it");
    if (K.Code == 130) // the one descriptor kind left (Relocate.cpp)
      return Fail("relocheck does not apply it: GNU ld 2.40 and mold do "
                  "not know it (docs/tls-descriptors.md)");
    if (K.Instructions == "reserved")
      return Fail("AAELF32 reserves it (" + K.AbiFormula +
                  "); no producer emits it and no linker applies it");
    return Fail("relocheck does not apply it yet; set its row's field and "
                "formula, and its encoder, first "
                "(docs/adding-a-relocation.md)");
  }
  if (isTlsDescCode(K.Place))
    return Fail("it marks an instruction of a TLS descriptor sequence, "
                "which a static link relaxes whole; write its test by hand "
                "(see lit-tests/kinds/tls and docs/tls-descriptors.md)");
  if (K.Form == Formula::Nothing)
    return Fail("it computes no value, so there is no range to scaffold; "
                "write its test by hand (see lit-tests/kinds/arm and arm2)");
  if (!kindExistsOnArch(K, Arch))
    return Fail(notOnArchReason(K, Arch) + "; pick another --arch");
  auto T = templateFor(K);
  bool Simple = K.Form == Formula::Rel || K.Form == Formula::RelT ||
                K.Form == Formula::RelPa || K.Form == Formula::RelTPa ||
                K.Form == Formula::Abs || K.Form == Formula::AbsT;
  if (!T || !Simple)
    return Fail(handWrittenReason(K));

  // Data kinds take the state the architecture has (no ARM on M-profile).
  bool Thumb = K.Class == KindClass::Thumb16 ||
               K.Class == KindClass::Thumb32 || !Arch.HasArmState;
  bool PcRel = K.Form != Formula::Abs && K.Form != Formula::AbsT;
  bool FromPa = K.Form == Formula::RelPa || K.Form == Formula::RelTPa;
  std::vector<SiteSpec> Sites;
  // A typical X in every checked kind's range; a kind with no range gets
  // one that changes every byte of its field (0x40 left a MOVT's 0).
  auto Range = rangeFor(K, Arch);
  Sites.push_back({"typical", Range ? 0x40 : 0x12345678, true, ""});
  if (auto R = Range) {
    ValueRange Rg = *R;
    RelocProblem Over{ProblemKind::OutOfRange, Rg.Max + Rg.Step, Rg, ""};
    RelocProblem Under{ProblemKind::OutOfRange, Rg.Min - Rg.Step, Rg, ""};
    Sites.push_back({"at_max", Rg.Max, true, ""});
    Sites.push_back({"at_min", Rg.Min, true, ""});
    if (K.Check == RangeCheck::ElseNop) {
      Sites.push_back({"over_max", Over.Value, true, "", true});
      Sites.push_back({"under_min", Under.Value, true, "", true});
    } else {
      Sites.push_back({"over_max", Over.Value, false, describeProblem(Over)});
      Sites.push_back(
          {"under_min", Under.Value, false, describeProblem(Under)});
    }
    if (Rg.Step > 1) {
      RelocProblem Mis = misalignedProblem(
          Rg.Max - 1, Rg, K.Check == RangeCheck::ElseNop);
      Sites.push_back({"misaligned", Mis.Value, false, describeProblem(Mis)});
    }
  }

  const uint32_t Base = 0x100000;
  std::string Defsyms, Body;
  for (size_t I = 0; I < Sites.size(); ++I) {
    const SiteSpec &Site = Sites[I];
    uint32_t P = Base + 8 * uint32_t(I);
    uint32_t Origin = PcRel ? (FromPa ? P & ~3u : P) : 0;
    uint32_t S = uint32_t(Site.X) + Origin - uint32_t(T->A);
    std::string Sym = "t_" + Site.Label;
    Defsyms += " --defsym=" + Sym + "=" + hexAddr(S);
    Body += Site.Label + ":\n        .reloc " + Site.Label + ", " + Name +
            ", " + Sym + "\n        " + T->Directive + "\n";
    // Pad every site to 8 bytes so each P is known and 4-aligned.
    Body += "        .space " + std::to_string(8 - T->Size) + "\n";
    if (!Site.Ok)
      Body += "@ expect " + Site.Label + " error: " + Site.Error + "\n";
    else if (Site.Nop) // NOP.W (T2), Armv7-M ARM A7.7.88
      Body += "@ expect " + Site.Label + " bytes: af f3 00 80\n";
    else if (T->Expect == Template::Branch)
      Body += "@ expect " + Site.Label + " branch: " + Sym +
              (Thumb ? " thumb\n" : " arm\n");
    else if (T->Expect == Template::Value)
      Body += "@ expect " + Site.Label + " value: " + Sym +
              (T->RelativeValue ? " - .\n" : "\n");
    else if (auto Bytes = expectedBytes(K, Site.X))
      Body += "@ expect " + Site.Label + " bytes: " + *Bytes + "\n";
  }

  std::string Out;
  std::string Command = "relocheck scaffold " + Name;
  if (ArchGiven)
    Command += " --arch=" + std::string(Arch.Name);
  Out += "@ " + Name + ": scaffolded by `" + Command +
         "` from the kinds table\n";
  Out += "@ (" + std::string(K.AbiFormula) + ", check " +
         std::string(K.AbiCheck) + "). Review every line before you "
                                   "commit it:\n";
  if (Sites.size() > 1)
    Out += "@ the sites sit at both range ends, one step beyond each, and a "
           "misaligned\n@ target where the kind has a step; targets are "
           "absolute symbols placed\n@ so that X lands exactly there.\n";
  if (K.Check == RangeCheck::ElseNop)
    Out += "@ One step beyond the range the instruction becomes NOP.W, not "
           "an error\n@ (AAELF32 Branch Future); X is the offset plus the "
           "REL addend's bit 0.\n";
  else if (Sites.size() == 1)
    Out += "@ the kind is unchecked (no range), so there is one typical "
           "site; add\n@ wrap-around and negative-addend sites by hand.\n";
  Out += "@ relocheck: --arch=" + std::string(Arch.Name) +
         " -Ttext=" + hexAddr(Base) + " --no-veneers\n";
  Out += "@ relocheck:" + Defsyms + "\n";
  Out += "@ RUN: %check %s | FileCheck %s\n@ CHECK: PASS\n";
  Out += "        .syntax unified\n";
  Out += Thumb ? "        .thumb\n" : "        .arm\n";
  Out += "        .text\n        .globl _start\n_start:\n" + Body;
  return Out;
}

} // namespace relocheck
