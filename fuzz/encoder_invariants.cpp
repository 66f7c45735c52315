//===- encoder_invariants.cpp - libFuzzer target: one relocation ----------===//
//
// From fuzzer bytes: a kind (every kind relocheck applies), an
// architecture, P, S, A, T, whether the target is a function and a local
// symbol, the platform's TARGET1/TARGET2 choice, and the static base, GOT
// entry, GOT origin, TLS block and tp. The kind's field is applied to its
// template instruction and these must hold:
//   1. a problem is reported exactly when X is outside the kind's range or
//      not a multiple of its step, the range taken from the kinds table,
//      not from the encoder (for group relocations, on the ABI's group
//      split, done by the checker's own code);
//   2. on a problem nothing is written; on success no bit outside the
//      kind's field changes (the fields written here from the Arm ARM's
//      encodings, apart from the encoders);
//   3. on success the opcode check still accepts the patched place (but
//      for a Branch Future made NOP.W), and
//      LLVM's disassembler, decoding the bytes, agrees with the formula
//      (the checker's per-site verdict; a GOT word itself is not judged:
//      there is no GOT here);
//   4. a Branch Future (range "else NOP") is never out of range: it becomes
//      NOP.W exactly when its offset X & ~1 does not fit the ABI's
//      Result_Mask width (17, 13, 19 bits, written here), and fails only
//      for an odd target that is no Thumb function.
//   5. TARGET1 and TARGET2 stand for the kind AAELF32 5.6.1.2 and the
//      platform flags say (ABS32 or REL32; REL32, ABS32 or GOT_PREL).
// A violation aborts with a one-line description whose bracket names the
// invariant and the kind, "invariant violated [checker-disagrees
// R_ARM_THM_CALL]: ...", the key tools/campaign.py deduplicates by. With
// RELOCHECK_FUZZ_TEST=FILE it also writes the input as a lit test to FILE.
//
//===----------------------------------------------------------------------===//
#include "check/Checker.h"
#include "encode/ArmEncodings.h"
#include "link/Linker.h"
#include "link/Relocate.h"

#include "Finding.h"
#include "SiteJudge.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <optional>
#include <string>

using namespace relocheck;

namespace {

struct KindCase {
  uint32_t Code;
  uint32_t Template;  // as the little-endian bytes the field starts from
  unsigned Size;
};

// Every kind relocheck applies, each on a fixed template; the template's
// REL addend is ignored (A comes from the input). Registers are r1 or r2,
// not r0, so that an encoder clearing them shows (bits-outside-field).
const KindCase Cases[] = {
    {2, 0, 4},           {3, 0, 4},           {42, 0, 4},
    {5, 0, 2},           {8, 0, 1},           {28, 0xebfffffe, 4},
    {29, 0xeafffffe, 4}, {1, 0xeafffffe, 4},  {27, 0xebfffffe, 4},
    {43, 0xe3001000, 4}, {44, 0xe3401000, 4}, {45, 0xe3001000, 4},
    {46, 0xe3401000, 4}, {10, 0xfffef7ff, 4}, {30, 0xbffef7ff, 4},
    {51, 0xaffef43f, 4}, {47, 0x0100f240, 4}, {48, 0x0100f2c0, 4},
    {102, 0xe7fe, 2},    {103, 0xd0fe, 2},    {52, 0xb3f1, 2},
    {11, 0x49ff, 2},     {54, 0x1004f85f, 4}, {53, 0x0104f2af, 4},
    {7, 0x680a, 2},      {6, 0xe5912000, 4},  {4, 0xe51f1008, 4},
    {94, 0, 4}, // PLT32_ABS: S + A, a static link has no PLT
    // BF, BFCSEL, BFL as llvm-mc writes them (boff 1); armv8.1-m.main only.
    {136, 0xe7fff0df, 4}, {137, 0xe7fff083, 4}, {138, 0xc7fff0ff, 4},
    // Appended, so that a seed's first byte names the kind it always did.
    // Data words through the static base, the GOT and TLS (B(S), GOT(S),
    // GOT_ORG, TLS and tp come from the input too).
    {9, 0, 4},   {24, 0, 4},  {25, 0, 4},  {26, 0, 4},  {31, 0, 4},
    {55, 0, 4},  {56, 0, 4},  {90, 0, 4},  {95, 0, 4},  {96, 0, 4},
    {104, 0, 4}, {105, 0, 4}, {106, 0, 4}, {107, 0, 4}, {108, 0, 4},
    // NONE writes nothing; TARGET1/TARGET2 as the platform flags say;
    // V4BX on BX r1.
    {0, 0, 4}, {38, 0, 4}, {41, 0, 4}, {40, 0xe12fff11, 4},
    // Group relocations: G0 on ADD r1, pc/r9, #0 or a load from pc/r9;
    // G1 and G2 on ADD r1, r1, #0 and loads from r1 (LDRH, LDC p14, c5).
    {57, 0xe28f1000, 4}, {58, 0xe28f1000, 4}, {59, 0xe2811000, 4},
    {60, 0xe2811000, 4}, {61, 0xe2811000, 4}, {62, 0xe5911000, 4},
    {63, 0xe5911000, 4}, {64, 0xe1df10b0, 4}, {65, 0xe1d110b0, 4},
    {66, 0xe1d110b0, 4}, {67, 0xed9f5e00, 4}, {68, 0xed915e00, 4},
    {69, 0xed915e00, 4}, {70, 0xe2891000, 4}, {71, 0xe2891000, 4},
    {72, 0xe2811000, 4}, {73, 0xe2811000, 4}, {74, 0xe2811000, 4},
    {75, 0xe5991000, 4}, {76, 0xe5911000, 4}, {77, 0xe5911000, 4},
    {78, 0xe1d910b0, 4}, {79, 0xe1d110b0, 4}, {80, 0xe1d110b0, 4},
    {81, 0xed995e00, 4}, {82, 0xed915e00, 4}, {83, 0xed915e00, 4},
    // MOVW/MOVT from the static base, ARM and Thumb.
    {84, 0xe3001000, 4}, {85, 0xe3401000, 4}, {86, 0xe3001000, 4},
    {87, 0x0100f240, 4}, {88, 0x0100f2c0, 4}, {89, 0x0100f240, 4},
    // Thumb MOVW/MOVT relative to P.
    {49, 0x0100f240, 4}, {50, 0x0100f2c0, 4},
    // 12-bit load offsets from r9 (GOT, TLS); Thumb LDR.W r1, [r9, #0].
    {97, 0xe5991000, 4}, {98, 0xe5991000, 4}, {109, 0xe5991000, 4},
    {110, 0xe5991000, 4}, {111, 0xe5991000, 4}, {131, 0x1000f8d9, 4},
    // Thumb-1 MOVS r1, #0: one byte of X each.
    {132, 0x2100, 2}, {133, 0x2100, 2}, {134, 0x2100, 2}, {135, 0x2100, 2},
    // TLS descriptor calls and markers, relaxed whole (flags bit 2: local
    // symbol, local-exec): BL, ADD r1, pc, r1, Thumb BL, ADD r1, pc.
    {91, 0xebfffffe, 4}, {92, 0xe08f1001, 4}, {93, 0xfffef7ff, 4},
    {129, 0x4479, 2},
    // The deprecated GNU vtable-GC markers, ignored like NONE.
    {100, 0x11223344, 4}, {101, 0xebfffffe, 4},
    // CALL and THM_CALL on a BLX: to a target that is no function the
    // state is the BLX's, and bit 0 of X is a misalignment, not a Thumb bit.
    {28, 0xfafffffe, 4}, {10, 0xeffef7ff, 4},
    // The groups' other loads: PLD [pc], PLI [pc], PLD [r1] (LDR_PC_G0,
    // LDR_PC_G1) and LDRD r2, [pc] (LDRS_PC_G0).
    {4, 0xf55ff000, 4}, {4, 0xf45ff000, 4}, {63, 0xf5d1f000, 4},
    {64, 0xe1cf20d0, 4},
};

/// AAELF32 Branch Future table: the signed width of X & Result_Mask
/// (0x1FFFE, 0x1FFE, 0x7FFFE), apart from the kinds table.
unsigned abiBranchFutureBits(uint32_t Code) {
  return Code == 136 ? 17 : Code == 137 ? 13 : 19;
}

template <typename T> T take(const uint8_t *&D, size_t &N) {
  T V{};
  size_t K = N < sizeof(T) ? N : sizeof(T);
  std::memcpy(&V, D, K);
  D += K;
  N -= K;
  return V;
}

/// What the kinds table says about X: the range that applies (none for a
/// kind without a check), the value V it applies to, and the verdict.
struct TableVerdict {
  bool Fits = true;
  std::optional<ValueRange> Range;
  int64_t V = 0;
};

TableVerdict tableVerdict(const RelocKind &K, const ArchProfile &A,
                          const RelocInputs &In, const RelocOutcome &Out,
                          uint32_t X) {
  TableVerdict T;
  T.V = int32_t(X);
  if (K.Check == RangeCheck::None)
    return T;
  if (std::optional<GroupInfo> G = groupOf(K)) {
    // What the field must hold, from the ABI's group split of |X|: an ALU
    // group leaves the rest (0 for a checked form), a load takes it all.
    uint32_t Y0 = int32_t(X) < 0 ? 0u - X : X;
    T.Range = fieldRange(K.Place);
    if (K.Place == Field::ArmAluGroup) {
      T.V = abiGroupSplit(Y0, G->N).second;
      T.Fits = !G->Checked || T.V == 0;
    } else {
      T.V = G->N == 0 ? Y0 : abiGroupSplit(Y0, G->N - 1).second;
      T.Fits = T.V <= T.Range->Max && T.V % T.Range->Step == 0;
    }
    return T;
  }
  if (K.Check == RangeCheck::Branch) {
    if (!Out.Form) {
      T.Fits = false;
      return T;
    }
    T.Range = branchRange(*Out.Form, A);
    if (*Out.Form == BranchForm::ThumbBlx)
      T.V = int32_t(In.S + uint32_t(In.A) - (In.P & ~3u));
    else if (In.T)
      T.V = int32_t(X & ~1u);
  } else if (K.Check == RangeCheck::Signed) {
    T.Range = signedRange(K);
  } else if (K.Check == RangeCheck::ElseNop) {
    T.Range = fieldRange(K.Place);
    T.V = int32_t(X & ~1u); // bit 0 is the Thumb bit, never the offset
  } else {
    T.Range = fieldRange(K.Place);
  }
  T.Fits = T.V >= T.Range->Min && T.V <= T.Range->Max &&
           T.V % T.Range->Step == 0;
  return T;
}

/// One fuzz input, decoded, with what the linker and the table made of it.
struct Attempt {
  const KindCase &C;
  const RelocKind &K; // what is applied: TARGET1/TARGET2 resolved
  const ArchProfile &Arch;
  const RelocKind &Named; // the kind the input names
  RelocInputs In;
  uint32_t X = 0;
  std::optional<RelocProblem> Problem;
  TableVerdict Table;
};

std::string hex(uint64_t V) {
  char Buf[24];
  std::snprintf(Buf, sizeof(Buf), "0x%llx", (unsigned long long)V);
  return Buf;
}

/// The error a right linker gives for this input ("" when it links).
std::string expectedError(const std::string &Id, const Attempt &At) {
  if (Id == "bytes-written-on-problem")
    return describeProblem(*At.Problem);
  if (At.Table.Fits || !At.Table.Range)
    return "";
  if (std::optional<GroupInfo> G = groupOf(At.K))
    return "leaves " + formatValue(At.Table.V) +
           (At.K.Place == Field::ArmAluGroup
                ? " after group G" + std::to_string(G->N)
                : " for the offset after " + std::to_string(G->N) +
                      " ALU group(s)");
  const ValueRange &R = *At.Table.Range;
  if (At.Table.V < R.Min || At.Table.V > R.Max)
    return "is not in [" + std::to_string(R.Min) + ", " +
           std::to_string(R.Max) + "]";
  return "is not a multiple of " + std::to_string(R.Step);
}

/// The field as an assembler writes it, its REL addend A0 (the fuzz
/// input's A is RELA), or nothing when the field cannot hold one that
/// keeps S + A: data fields take A itself or A's low two bits, an
/// instruction field keeps its template's addend.
struct PlantedField {
  std::string Directive; // ".inst 0x...", ".hword 3", ...
  int64_t A0 = 0;
};

std::optional<PlantedField> plantField(const Attempt &At) {
  uint8_t Field[4] = {};
  const RelocKind &K = At.K;
  if (K.Class != KindClass::Data) {
    write32le(Field, At.C.Template);
    int64_t A0 = readRelAddend(K, Field);
    if (K.Class == KindClass::Arm)
      return PlantedField{".inst " + hex(At.C.Template), A0};
    if (At.C.Size == 2)
      return PlantedField{".inst.n " + hex(At.C.Template & 0xffff), A0};
    uint32_t Wide = (At.C.Template & 0xffff) << 16 | At.C.Template >> 16;
    return PlantedField{".inst.w " + hex(Wide), A0};
  }
  static const char *const Data[] = {"", ".byte", ".hword", "", ".word"};
  for (int64_t A : {At.In.A, At.In.A & 3}) {
    write32le(Field, uint32_t(A));
    if (readRelAddend(K, Field) == A)
      return PlantedField{std::string(Data[At.C.Size]) + " " +
                              std::to_string(A),
                          A};
  }
  return std::nullopt;
}

/// Where the target goes in the .s form so that S' + A0 gives the input's
/// S + A (and its T), or nothing when that needs a place an assembler
/// cannot put a function: then the test is written as an object with a
/// RELA addend instead.
std::optional<uint32_t> targetAddress(const Attempt &At, int64_t A0) {
  const RelocInputs &In = At.In;
  uint32_t S = In.S + uint32_t(In.A - A0);
  if (!In.TargetIsFunction)
    return S;
  bool UsesT = At.K.Form == Formula::AbsT || At.K.Form == Formula::RelT ||
               At.K.Form == Formula::RelTPa;
  if (In.T && (S & 1) && UsesT)
    S -= 1; // ((S' + A0) | 1) still equals ((S + A) | 1)
  if ((S & (In.T ? 1 : 3)) || (!In.T && !At.Arch.HasArmState))
    return std::nullopt;
  uint64_t SiteEnd = uint64_t(In.P) + At.C.Size, TgtEnd = uint64_t(S) + 4;
  if (TgtEnd > 0x100000000ull || (S < SiteEnd && In.P < TgtEnd))
    return std::nullopt; // the target would overlap the site
  return S;
}

/// Comment lines naming the finding and what the test expects.
std::string header(const char *Cmt, const std::string &Id, const char *What,
                   const Attempt &At, const std::string &Expected) {
  char Inputs[96];
  std::snprintf(Inputs, sizeof(Inputs),
                "P=0x%x S=0x%x A=%lld T=%d func=%d X=0x%x", At.In.P,
                At.In.S, (long long)At.In.A, At.In.T,
                At.In.TargetIsFunction, At.X);
  std::string K = "R_ARM_" + std::string(At.K.Name), C(Cmt);
  std::string H = C + " encoder_invariants finding [" + Id + " " + K + "]:\n";
  H += C + " " + What + ".\n";
  H += C + " Input: " + K + " on " + std::string(At.Arch.Name) + ",\n";
  H += C + " " + Inputs + ".\n";
  if (Expected.empty())
    H += C + " A right linker applies it, and LLVM's decoding of the field\n" +
         C + " matches the formula.\n";
  else
    H += C + " A right linker refuses it: \"" + Expected + "\".\n";
  return H;
}

/// The input as an assembly test: the field planted with .inst/.word and a
/// .reloc, the target placed so that X is the input's.
std::optional<std::string> asmTest(const std::string &Id, const char *What,
                                   const Attempt &At) {
  auto Field = plantField(At);
  auto S = Field ? targetAddress(At, Field->A0) : std::nullopt;
  if (!S)
    return std::nullopt;
  std::string Err = expectedError(Id, At), Name(At.K.Name);
  bool Code = At.K.Class != KindClass::Data;
  std::string T = header("@", Id, What, At, Err);
  if (*S != At.In.S || Field->A0 != At.In.A)
    T += "@ The field's REL addend is A0 = " + std::to_string(Field->A0) +
         ", so the target is at S + A - A0 = " + hex(*S) +
         ":\n@ the same S + A as the input.\n";
  T += "@ relocheck: --arch=" + std::string(At.Arch.Name) +
       " --no-veneers --section-start=.site=" + hex(At.In.P) + "\n";
  T += At.In.TargetIsFunction ? "@ relocheck: --section-start=.tgt="
                              : "@ relocheck: --defsym=tgt=";
  T += hex(*S) + "\n@ RUN: relocheck check %s | FileCheck %s\n@ CHECK: PASS\n";
  T += "\n        .syntax unified\n        .section .site, \"";
  T += Code ? "ax\", %progbits\n" : "a\", %progbits\n";
  if (Code)
    T += At.K.Class == KindClass::Arm ? "        .arm\n" : "        .thumb\n";
  T += "site:   " + Field->Directive + "\n        .reloc site, R_ARM_" +
       Name + ", tgt\n";
  if (!Err.empty())
    T += "@ expect site error: " + Err + "\n";
  if (At.In.TargetIsFunction)
    T += std::string("\n        .section .tgt, \"ax\", %progbits\n") +
         (At.In.T ? "        .thumb\n" : "        .arm\n") +
         "        .globl tgt\n        .type tgt, %function\ntgt:    bx lr\n";
  return T;
}

/// The input as an object (yaml2obj) with a RELA addend: exact S, A, P, T
/// whatever they are; the target is an absolute symbol.
std::string yamlTest(const std::string &Id, const char *What,
                     const Attempt &At) {
  std::string Err = expectedError(Id, At), Name(At.K.Name);
  bool Code = At.K.Class != KindClass::Data;
  std::string Flags = "--arch=" + std::string(At.Arch.Name) +
                      " --no-veneers --section-start=.site=" + hex(At.In.P);
  std::string T = header("#", Id, What, At, Err);
  T += "# No assembler can write this one (a RELA addend, or a function "
       "where\n# .s cannot put one), so it is an object from yaml2obj.\n";
  T += "# RUN: yaml2obj %s -o %t.o\n";
  if (Err.empty())
    T += "# RUN: relocheck check " + Flags + " %t.o | FileCheck %s\n"
         "# CHECK: PASS\n";
  else
    T += "# RUN: not relocheck dump " + Flags + " %t.o 2>&1 | FileCheck %s\n"
         "# CHECK: error: R_ARM_" + Name + " against 'tgt': {{.*}}" +
         Err + "\n";
  uint8_t Field[4] = {};
  write32le(Field, Code ? At.C.Template : 0);
  char Content[9] = {};
  for (unsigned I = 0; I < At.C.Size; ++I)
    std::snprintf(Content + 2 * I, 3, "%02x", Field[I]);
  T += "--- !ELF\nFileHeader: { Class: ELFCLASS32, Data: ELFDATA2LSB, "
       "Type: ET_REL, Machine: EM_ARM, Flags: [ EF_ARM_EABI_VER5 ] }\n"
       "Sections:\n  - { Name: .site, Type: SHT_PROGBITS, Flags: [ SHF_ALLOC";
  T += Code ? ", SHF_EXECINSTR" : "";
  T += std::string(" ], AddressAlign: 1, Content: \"") + Content + "\" }\n";
  T += "  - Name: .rela.site\n    Type: SHT_RELA\n    Link: .symtab\n"
       "    Info: .site\n    Relocations:\n      - { Offset: 0, Symbol: tgt, "
       "Type: R_ARM_" + Name + ", Addend: " + std::to_string(At.In.A) +
       " }\nSymbols:\n";
  const char *Map = !Code ? "$d" : At.K.Class == KindClass::Arm ? "$a" : "$t";
  T += std::string("  - { Name: '") + Map + "', Section: .site }\n";
  T += std::string("  - { Name: tgt, Type: ") +
       (At.In.TargetIsFunction ? "STT_FUNC" : "STT_NOTYPE") +
       ", Index: SHN_ABS, Value: " + hex(At.In.S | (At.In.T ? 1 : 0)) +
       ", Binding: STB_GLOBAL }\n...\n";
  return T;
}

/// Whether a .s or yaml2obj test can pin this input down: a layout sets
/// S and P, but not where a link puts the static base, the GOT or TLS,
/// nor a platform's TARGET1/TARGET2 choice per input. The others are
/// replayed by tools/campaign.py from the input itself.
bool testable(const Attempt &At) {
  switch (At.K.Form) {
  case Formula::AbsT:
  case Formula::Abs:
  case Formula::RelT:
  case Formula::Rel:
  case Formula::RelTPa:
  case Formula::RelPa:
    return &At.K == &At.Named && !isTlsDescCode(At.K.Place);
  default:
    return false;
  }
}

/// RELOCHECK_FUZZ_TEST=FILE: a violated invariant also writes the input
/// as a lit test to FILE (tools/campaign.py turns findings into tests).
void writeLitTest(const std::string &Id, const char *What,
                  const Attempt &At) {
  const char *Path = std::getenv("RELOCHECK_FUZZ_TEST");
  if (!Path || !testable(At))
    return;
  auto Asm = asmTest(Id, What, At);
  std::string Test = Asm ? *Asm : yamlTest(Id, What, At);
  if (FILE *F = std::fopen(Path, "w")) {
    std::fputs(Test.c_str(), F);
    std::fclose(F);
  }
}

/// Prints the finding, "invariant violated [ID KIND]: ...", whose bracket
/// is the key tools/campaign.py deduplicates by, and aborts (returns only
/// for a finding RELOCHECK_ONLY_KEY does not ask for: fuzz/Finding.h).
void violated(const std::string &Id, const char *What, const Attempt &At) {
  std::string K = "R_ARM_" + std::string(At.K.Name);
  char Inputs[128];
  std::snprintf(Inputs, sizeof(Inputs),
                " on %s, P=0x%x S=0x%x A=%lld T=%d func=%d X=0x%x",
                std::string(At.Arch.Name).c_str(), At.In.P, At.In.S,
                (long long)At.In.A, At.In.T, At.In.TargetIsFunction, At.X);
  if (!finding::report(Id + " " + K, std::string(What) + ": " + K + Inputs))
    return;
  writeLitTest(Id, What, At);
  std::abort();
}

/// TARGET1 and TARGET2 (AAELF32 5.6.1.2): what the platform flags make
/// them, written here apart from the linker's appliedKind.
uint32_t abiTargetAlias(uint32_t Code, bool Target1Rel, Target2Mode T2) {
  if (Code == 38)
    return Target1Rel ? 3 : 2; // REL32 or ABS32
  if (Code == 41)
    return T2 == Target2Mode::Rel ? 3 : T2 == Target2Mode::Abs ? 2 : 96;
  return Code;
}

/// Every kind relocheck applies has a case: a new kind without one stops
/// the first run (and so the replay of the seed corpus in CI).
void checkEveryKindHasACase() {
  for (const RelocKind &K : allKinds()) {
    if (K.State != Status::Supported)
      continue;
    bool Found = false;
    for (const KindCase &C : Cases)
      Found = Found || C.Code == K.Code;
    if (!Found) {
      std::fprintf(stderr,
                   "encoder_invariants: R_ARM_%s has no case in "
                   "fuzz/encoder_invariants.cpp (Cases): add its template\n",
                   std::string(K.Name).c_str());
      std::abort(); // a gap in the target, not a finding
    }
  }
}

/// Invariant 4, for the Branch Future kinds.
void checkBranchFuture(const Attempt &At, const RelocOutcome &Out,
                       const uint8_t *Field) {
  const RelocKind &K = At.K;
  const RelocInputs &In = At.In;
  int64_t Half = int64_t(1) << (abiBranchFutureBits(K.Code) - 1);
  std::optional<ValueRange> R = fieldRange(K.Place);
  if (!R || R->Min != -Half || R->Max != Half - 2)
    violated("bf-range-not-abi",
             "the table's range is not the ABI's Result_Mask", At);
  bool ArmFunction = In.TargetIsFunction && !In.T;
  bool Odd = !In.T && (In.S & 1);
  if (At.Problem) {
    bool Expected =
        (ArmFunction && At.Problem->Kind == ProblemKind::NotOnArch) ||
        (!ArmFunction && Odd && At.Problem->Kind == ProblemKind::Misaligned);
    if (!Expected)
      violated("bf-failed",
               "a Branch Future failed where the ABI wants a BF or a NOP",
               At);
    return;
  }
  if (ArmFunction || Odd)
    violated("bf-bad-target-linked",
             "a Branch Future to an ARM function or odd target linked", At);
  int64_t V = int32_t(At.X & ~1u);
  bool Fits = V >= -Half && V <= Half - 2;
  if (Out.BecameNop == Fits)
    violated(Fits ? "bf-in-range-nop" : "bf-out-of-range-kept",
             Fits ? "a Branch Future in range became a NOP"
                  : "a Branch Future out of range was not made a NOP",
             At);
  if (Out.BecameNop && !(readThumb32(Field) == thumbNopW()))
    violated("bf-nop-not-nopw", "a Branch Future NOP is not NOP.W", At);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  static const bool Checked = (checkEveryKindHasACase(), true);
  (void)Checked;
  finding::begin(Data, Size);
  const uint8_t *D = Data;
  size_t N = Size;
  const KindCase &C = Cases[take<uint8_t>(D, N) % std::size(Cases)];
  const auto &Archs = allArchs();
  const ArchProfile &Arch = Archs[take<uint8_t>(D, N) % Archs.size()];
  uint8_t Flags = take<uint8_t>(D, N);
  // Bits 3-5: the platform's TARGET1 (REL32 when set) and TARGET2 (REL32,
  // ABS32, GOT_PREL) choice.
  bool Target1Rel = Flags & 8;
  unsigned T2 = (Flags >> 4) & 3;
  Target2Mode Target2 = T2 == 0   ? Target2Mode::Rel
                        : T2 == 1 ? Target2Mode::Abs
                                  : Target2Mode::GotRel;
  const RelocKind &Named = *lookupKind(C.Code);
  const RelocKind &K = appliedKind(Named, Target1Rel, Target2);
  if (!kindExistsOnArch(K, Arch))
    return 0;
  // Instructions newer than their kind: PLD and LDRD (v5TE), PLI (v7).
  uint32_t T = C.Template;
  if (K.Class == KindClass::Arm &&
      (isArmPli(T) ? !Arch.HasPli
                   : (isArmPldPliImm12(T) || isArmLdrdStrd(T)) &&
                         !Arch.HasLdrdPld))
    return 0;

  RelocInputs In;
  unsigned Align = K.Class == KindClass::Arm ? 4 : K.Class == KindClass::Data
                                                       ? 1
                                                       : 2;
  In.P = take<uint32_t>(D, N) & ~(Align - 1);
  // A field that would run past 0xffffffff has no place in memory: no
  // link, and so no lit test, could put it there.
  if (uint64_t(In.P) + C.Size > 0x100000000ull)
    return 0;
  In.S = take<uint32_t>(D, N);
  In.A = take<int32_t>(D, N);
  In.TargetIsFunction = Flags & 1;
  In.T = In.TargetIsFunction && (Flags & 2);
  if (In.T || In.TargetIsFunction)
    In.S &= In.T ? ~1u : ~3u; // functions: Thumb even, ARM word-aligned
  In.SymbolIsLocal = Flags & 4;
  // Two more words (older inputs end before them: 0): one is B(S), GOT(S)
  // and the TLS block, the other GOT_ORG and tp, so that each formula
  // gets two independent values.
  uint32_t E1 = take<uint32_t>(D, N), E2 = take<uint32_t>(D, N);
  In.GotEntry = In.TlsBase = E1;
  In.B = E1 & ~3u; // word-aligned, as AAELF32 5.6 (and the linker) make it
  In.GotOrigin = In.TP = E2;

  uint8_t Field[4], Before[4];
  write32le(Field, C.Template);
  std::memcpy(Before, Field, 4);
  RelocOutcome Out;
  Attempt At{C, K, Arch, Named, In};
  // TARGET1 as ABS32 is its own row, which reads the same: compare what
  // the rows do, not their codes.
  if (&K != &Named || Named.Code == 38 || Named.Code == 41) {
    const RelocKind &Alias =
        *lookupKind(abiTargetAlias(Named.Code, Target1Rel, Target2));
    if (K.Form != Alias.Form || K.Place != Alias.Place ||
        K.Check != Alias.Check)
      violated("target-alias", "TARGET1/TARGET2 applied as the wrong kind",
               At);
  }
  At.Problem = applyRelocation(K, Arch, In, Field, Out);
  At.X = evaluateFormula(K.Form, In);
  At.Table = tableVerdict(K, Arch, In, Out, At.X);

  if (K.Check == RangeCheck::ElseNop)
    checkBranchFuture(At, Out, Field);
  if (At.Problem) {
    if (std::memcmp(Field, Before, 4) != 0)
      violated("bytes-written-on-problem", "bytes written despite a problem",
               At);
    bool RangeProblem = At.Problem->Kind == ProblemKind::OutOfRange ||
                        At.Problem->Kind == ProblemKind::Misaligned;
    bool FixedRange =
        K.Check == RangeCheck::Field || K.Check == RangeCheck::Signed;
    if (RangeProblem && FixedRange && At.Table.Fits)
      violated("fitting-value-rejected",
               "rejected a value the table says fits", At);
    return 0;
  }
  if (!Out.BecameNop && !At.Table.Fits) {
    // In the range but off its step (an odd Thumb offset) is its own
    // finding: the test it writes expects "is not a multiple of N".
    bool InRange = At.Table.Range && At.Table.V >= At.Table.Range->Min &&
                   At.Table.V <= At.Table.Range->Max;
    if (InRange && !groupOf(K))
      violated("misaligned-accepted",
               "accepted a value that is not a multiple of the table's step",
               At);
    else
      violated("out-of-range-accepted",
               "accepted a value outside the table's range", At);
  }
  uint32_t InSize = C.Size == 4 ? 0xFFFFFFFF : C.Size == 2 ? 0xFFFF : 0xFF;
  uint32_t May = fieldWriteBits(K.Place, C.Template) & InSize;
  if (!Out.BecameNop && ((read32le(Field) ^ read32le(Before)) & ~May))
    violated("bits-outside-field", "bits outside the kind's field changed",
             At);
  // A Branch Future out of range is no longer one: it is NOP.W (checked
  // above); a TLS descriptor sequence's instruction is relaxed into
  // another (the checker judges which).
  if (!Out.BecameNop && !isTlsDescCode(K.Place) && checkPlace(K, Field))
    violated("opcode-check-fails",
             "patched place no longer passes the opcode check", At);

  // The checker's verdict on the patched bytes, through LLVM's decoding.
  static fuzz::SiteJudge Judge;
  const auto &Problems = Judge.judge(Arch, K, In, Out, Before, Field, C.Size);
  if (!Problems.empty()) {
    std::fprintf(stderr, "%s\n", Problems.front().c_str());
    violated("checker-disagrees",
             "the checker disagrees with the patched bytes", At);
  }
  return 0;
}
