//===- encoder_invariants.cpp - libFuzzer target: one relocation ----------===//
//
// From fuzzer bytes: a kind, an architecture, P, S, A, T and whether the
// target is a function. The kind's field is applied to its template
// instruction (the one `relocheck scaffold` uses) and these must hold:
//   1. a problem is reported exactly when X is outside the kind's range or
//      not a multiple of its step, the range taken from the kinds table,
//      not from the encoder;
//   2. on a problem nothing is written;
//   3. on success the opcode check still accepts the patched place (but
//      for a Branch Future made NOP.W), and
//      LLVM's disassembler, decoding the bytes, agrees with the formula
//      (the checker's per-site verdict);
//   4. a Branch Future (range "else NOP") is never out of range: it becomes
//      NOP.W exactly when its offset X & ~1 does not fit the ABI's
//      Result_Mask width (17, 13, 19 bits, written here), and fails only
//      for an odd target that is no Thumb function.
// A violation aborts with a one-line description whose bracket names the
// invariant and the kind, "invariant violated [checker-disagrees
// R_ARM_THM_CALL]: ...", the key tools/campaign.py deduplicates by. With
// RELOCHECK_FUZZ_TEST=FILE it also writes the input as a lit test to FILE.
//
//===----------------------------------------------------------------------===//
#include "encode/ArmEncodings.h"
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

// Kinds with a plain formula (no GOT, static base or TLS) and a fixed
// template; the template's REL addend is ignored (A comes from the input).
const KindCase Cases[] = {
    {2, 0, 4},           {3, 0, 4},           {42, 0, 4},
    {5, 0, 2},           {8, 0, 1},           {28, 0xebfffffe, 4},
    {29, 0xeafffffe, 4}, {1, 0xeafffffe, 4},  {27, 0xebfffffe, 4},
    {43, 0xe3000000, 4}, {44, 0xe3400000, 4}, {45, 0xe3000000, 4},
    {46, 0xe3400000, 4}, {10, 0xfffef7ff, 4}, {30, 0xbffef7ff, 4},
    {51, 0xaffef43f, 4}, {47, 0x0000f240, 4}, {48, 0x0000f2c0, 4},
    {102, 0xe7fe, 2},    {103, 0xd0fe, 2},    {52, 0xb3f0, 2},
    {11, 0x48ff, 2},     {54, 0x0004f85f, 4}, {53, 0x0004f2af, 4},
    {7, 0x6808, 2},      {6, 0xe5910000, 4},  {4, 0xe51f0008, 4},
    {94, 0, 4}, // PLT32_ABS: S + A, a static link has no PLT
    // BF, BFCSEL, BFL as llvm-mc writes them (boff 1); armv8.1-m.main only.
    {136, 0xe7fff0df, 4}, {137, 0xe7fff083, 4}, {138, 0xc7fff0ff, 4},
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
  const RelocKind &K;
  const ArchProfile &Arch;
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

/// RELOCHECK_FUZZ_TEST=FILE: a violated invariant also writes the input
/// as a lit test to FILE (tools/campaign.py turns findings into tests).
void writeLitTest(const std::string &Id, const char *What,
                  const Attempt &At) {
  const char *Path = std::getenv("RELOCHECK_FUZZ_TEST");
  if (!Path)
    return;
  auto Asm = asmTest(Id, What, At);
  std::string Test = Asm ? *Asm : yamlTest(Id, What, At);
  if (FILE *F = std::fopen(Path, "w")) {
    std::fputs(Test.c_str(), F);
    std::fclose(F);
  }
}

/// Prints the finding, "invariant violated [ID KIND]: ...", whose bracket
/// is the key tools/campaign.py deduplicates by, and aborts.
[[noreturn]] void violated(const std::string &Id, const char *What,
                           const Attempt &At) {
  std::string K = "R_ARM_" + std::string(At.K.Name);
  char Inputs[128];
  std::snprintf(Inputs, sizeof(Inputs),
                " on %s, P=0x%x S=0x%x A=%lld T=%d func=%d X=0x%x",
                std::string(At.Arch.Name).c_str(), At.In.P, At.In.S,
                (long long)At.In.A, At.In.T, At.In.TargetIsFunction, At.X);
  finding::report(Id + " " + K, std::string(What) + ": " + K + Inputs);
  writeLitTest(Id, What, At);
  std::abort();
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
  finding::Current = {Data, Size};
  const uint8_t *D = Data;
  size_t N = Size;
  const KindCase &C = Cases[take<uint8_t>(D, N) % std::size(Cases)];
  const auto &Archs = allArchs();
  const ArchProfile &Arch = Archs[take<uint8_t>(D, N) % Archs.size()];
  const RelocKind &K = *lookupKind(C.Code);
  if (!kindExistsOnArch(K, Arch))
    return 0;

  RelocInputs In;
  uint8_t Flags = take<uint8_t>(D, N);
  unsigned Align = K.Class == KindClass::Arm ? 4 : K.Class == KindClass::Data
                                                       ? 1
                                                       : 2;
  In.P = take<uint32_t>(D, N) & ~(Align - 1);
  In.S = take<uint32_t>(D, N);
  In.A = take<int32_t>(D, N);
  In.TargetIsFunction = Flags & 1;
  In.T = In.TargetIsFunction && (Flags & 2);
  if (In.T || In.TargetIsFunction)
    In.S &= In.T ? ~1u : ~3u; // functions: Thumb even, ARM word-aligned

  uint8_t Field[4], Before[4];
  write32le(Field, C.Template);
  std::memcpy(Before, Field, 4);
  RelocOutcome Out;
  Attempt At{C, K, Arch, In};
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
    if (RangeProblem && K.Check == RangeCheck::Field && At.Table.Fits)
      violated("fitting-value-rejected",
               "rejected a value the table says fits", At);
    return 0;
  }
  if (!Out.BecameNop && !At.Table.Fits)
    violated("out-of-range-accepted",
             "accepted a value outside the table's range", At);
  // A Branch Future out of range is no longer one: it is NOP.W (checked
  // above).
  if (!Out.BecameNop && checkPlace(K, Field))
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
