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
// A violation aborts with a one-line description, which libFuzzer saves.
//
//===----------------------------------------------------------------------===//
#include "check/Checker.h"
#include "check/Disassembler.h"
#include "encode/ArmEncodings.h"
#include "link/Relocate.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <map>
#include <memory>
#include <optional>

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

[[noreturn]] void violated(const char *What, const RelocKind &K,
                           const ArchProfile &A, const RelocInputs &In,
                           uint32_t X) {
  std::fprintf(stderr,
               "invariant violated: %s: R_ARM_%s on %s, P=0x%x S=0x%x "
               "A=%lld T=%d func=%d X=0x%x\n",
               What, std::string(K.Name).c_str(),
               std::string(A.Name).c_str(), In.P, In.S, (long long)In.A,
               In.T, In.TargetIsFunction, X);
  std::abort();
}

const ArmDisassembler &disassemblerFor(const ArchProfile &A) {
  static std::map<std::string, std::unique_ptr<ArmDisassembler>> Cache;
  auto &D = Cache[std::string(A.Name)];
  if (!D)
    D = std::move(*ArmDisassembler::create(A));
  return *D;
}

/// The expected verdict, from the table: does X fit?
bool fitsTable(const RelocKind &K, const ArchProfile &A,
               const RelocInputs &In, const RelocOutcome &Out, uint32_t X) {
  if (K.Check == RangeCheck::None)
    return true;
  std::optional<ValueRange> R;
  int64_t V = int32_t(X);
  if (K.Check == RangeCheck::Branch) {
    if (!Out.Form)
      return false;
    R = branchRange(*Out.Form, A);
    if (*Out.Form == BranchForm::ThumbBlx)
      V = int32_t(In.S + uint32_t(In.A) - (In.P & ~3u));
    else if (In.T)
      V = int32_t(X & ~1u);
  } else if (K.Check == RangeCheck::Signed) {
    R = signedRange(K);
  } else if (K.Check == RangeCheck::ElseNop) {
    R = fieldRange(K.Place);
    V = int32_t(X & ~1u); // bit 0 is the Thumb bit, never the offset
  } else {
    R = fieldRange(K.Place);
  }
  return V >= R->Min && V <= R->Max && V % R->Step == 0;
}

/// Invariant 4, for the Branch Future kinds.
void checkBranchFuture(const RelocKind &K, const ArchProfile &A,
                       const RelocInputs &In,
                       const std::optional<RelocProblem> &Problem,
                       const RelocOutcome &Out, const uint8_t *Field,
                       uint32_t X) {
  int64_t Half = int64_t(1) << (abiBranchFutureBits(K.Code) - 1);
  std::optional<ValueRange> R = fieldRange(K.Place);
  if (!R || R->Min != -Half || R->Max != Half - 2)
    violated("the table's range is not the ABI's Result_Mask", K, A, In, X);
  bool ArmFunction = In.TargetIsFunction && !In.T;
  bool Odd = !In.T && (In.S & 1);
  if (Problem) {
    bool Expected = (ArmFunction && Problem->Kind == ProblemKind::NotOnArch) ||
                    (!ArmFunction && Odd &&
                     Problem->Kind == ProblemKind::Misaligned);
    if (!Expected)
      violated("a Branch Future failed where the ABI wants a BF or a NOP", K,
               A, In, X);
    return;
  }
  if (ArmFunction || Odd)
    violated("a Branch Future to an ARM function or odd target linked", K, A,
             In, X);
  int64_t V = int32_t(X & ~1u);
  bool Fits = V >= -Half && V <= Half - 2;
  if (Out.BecameNop == Fits)
    violated(Fits ? "a Branch Future in range became a NOP"
                  : "a Branch Future out of range was not made a NOP",
             K, A, In, X);
  if (Out.BecameNop && !(readThumb32(Field) == thumbNopW()))
    violated("a Branch Future NOP is not NOP.W", K, A, In, X);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
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
  auto Problem = applyRelocation(K, Arch, In, Field, Out);
  uint32_t X = evaluateFormula(K.Form, In);

  if (K.Check == RangeCheck::ElseNop)
    checkBranchFuture(K, Arch, In, Problem, Out, Field, X);
  if (Problem) {
    if (std::memcmp(Field, Before, 4) != 0)
      violated("bytes written despite a problem", K, Arch, In, X);
    bool RangeProblem = Problem->Kind == ProblemKind::OutOfRange ||
                        Problem->Kind == ProblemKind::Misaligned;
    if (RangeProblem && K.Check == RangeCheck::Field &&
        fitsTable(K, Arch, In, Out, X))
      violated("rejected a value the table says fits", K, Arch, In, X);
    return 0;
  }
  if (!Out.BecameNop && !fitsTable(K, Arch, In, Out, X))
    violated("accepted a value outside the table's range", K, Arch, In, X);
  // A Branch Future out of range is no longer one: it is NOP.W (checked
  // above).
  if (!Out.BecameNop && checkPlace(K, Field))
    violated("patched place no longer passes the opcode check", K, Arch, In,
             X);

  // The checker's verdict on the patched bytes, through LLVM's decoding.
  LinkResult R;
  R.Arch = Arch;
  InputObject Obj;
  Obj.FileName = "<fuzz>";
  Obj.Sections.resize(2);
  Obj.Sections[1].Index = 1;
  Obj.Sections[1].Name = ".text";
  Obj.Sections[1].Size = C.Size;
  Obj.Symbols.resize(1);
  R.Objects.push_back(std::move(Obj));
  Site S;
  S.Kind = &K;
  S.Type = K.Code;
  S.Section = 1;
  S.In = In;
  S.Out = Out;
  S.Before.assign(Before, Before + C.Size);
  S.After.assign(Field, Field + C.Size);
  S.Location = "<fuzz>";
  std::vector<std::string> Problems;
  Checker(R, disassemblerFor(Arch)).checkSite(S, Problems);
  if (!Problems.empty()) {
    std::fprintf(stderr, "%s\n", Problems.front().c_str());
    violated("the checker disagrees with the patched bytes", K, Arch, In, X);
  }
  return 0;
}
