//===- jitlink_diff.cpp - libFuzzer target: relocheck vs LLVM JITLink -----===//
//
// The same fix-up through relocheck's core and through LLVM JITLink 22's
// aarch32 back end (aarch32::readAddend + aarch32::applyFixup on a one-block
// LinkGraph), for the kinds JITLink has. From fuzzer bytes: a kind, P, S, a
// REL addend (written into the field as a producer would), the target's
// state, and Armv7-A or Armv8-A. Compared: the addend each reads back, and
// whether each applies or refuses the site and the bytes it writes.
//
// Every disagreement is judged by the checker (LLVM's MC disassembler
// decoding each side's bytes against the ABI formula), so the report says
// which side the ABI takes. A disagreement where the ABI takes JITLink's
// side, or one that fits no known JITLink departure, aborts with a one-line
// finding. JITLink 22's known departures (docs/linker-matrix.md) are
// printed once each; RELOCHECK_JITLINK_DIFF=strict makes them findings
// too, and =survey prints every kind of disagreement once, aborting on
// none.
//
//===----------------------------------------------------------------------===//
#include "Finding.h"
#include "SiteJudge.h"
#include "encode/ArmEncodings.h"
#include "link/Relocate.h"

#include "llvm/ExecutionEngine/JITLink/JITLink.h"
#include "llvm/ExecutionEngine/JITLink/aarch32.h"
#include "llvm/ExecutionEngine/Orc/SymbolStringPool.h"
#include "llvm/Support/ARMBuildAttributes.h"

#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <memory>
#include <set>
#include <string>

using namespace relocheck;
using namespace llvm;
using namespace llvm::jitlink;

namespace {

struct KindCase {
  uint32_t Code;
  aarch32::EdgeKind_aarch32 Edge; // JITLink's kind for the ELF type
  uint32_t Template;              // little-endian, addend 0 where it can
  unsigned Size;
};

// AAELF32 code -> JITLink edge kind, as its ELF graph builder maps them.
const KindCase Cases[] = {
    {2, aarch32::Data_Pointer32, 0, 4},
    {3, aarch32::Data_Delta32, 0, 4},
    {42, aarch32::Data_PRel31, 0, 4},
    {28, aarch32::Arm_Call, 0xeb000000, 4},
    {29, aarch32::Arm_Jump24, 0xea000000, 4},
    {43, aarch32::Arm_MovwAbsNC, 0xe3000000, 4},
    {44, aarch32::Arm_MovtAbs, 0xe3400000, 4},
    {10, aarch32::Thumb_Call, 0xf800f000, 4},
    {30, aarch32::Thumb_Jump24, 0xb800f000, 4},
    {47, aarch32::Thumb_MovwAbsNC, 0x0000f240, 4},
    {48, aarch32::Thumb_MovtAbs, 0x0000f2c0, 4},
    {49, aarch32::Thumb_MovwPrelNC, 0x0000f240, 4},
    {50, aarch32::Thumb_MovtPrel, 0x0000f2c0, 4},
};

template <typename T> T take(const uint8_t *&D, size_t &N) {
  T V{};
  size_t K = N < sizeof(T) ? N : sizeof(T);
  std::memcpy(&V, D, K);
  D += K;
  N -= K;
  return V;
}

/// One reusable graph: a 4-byte block at P and an absolute target at S.
struct Graph {
  std::unique_ptr<LinkGraph> G;
  Block *B = nullptr;
  Symbol *Target = nullptr;
  char Content[4] = {};

  Graph() {
    G = std::make_unique<LinkGraph>(
        "jitlink_diff", std::make_shared<orc::SymbolStringPool>(),
        Triple("armv7a-none-eabi"), SubtargetFeatures(),
        aarch32::getEdgeKindName);
    Section &Sec = G->createSection(
        ".text", orc::MemProt::Read | orc::MemProt::Exec);
    B = &G->createMutableContentBlock(Sec, MutableArrayRef<char>(Content),
                                      orc::ExecutorAddr(0), 4, 0);
    Target = &G->addAbsoluteSymbol("target", orc::ExecutorAddr(0), 0,
                                   Linkage::Strong, Scope::Local, true);
  }
};

/// The checker's verdict on Bytes as the result of site S: "" if right.
std::string abiVerdict(const ArchProfile &Arch, const RelocKind &K,
                       const RelocInputs &In, const RelocOutcome &Out,
                       const uint8_t *Before, const uint8_t *After,
                       unsigned Size) {
  static fuzz::SiteJudge Judge;
  const auto &Problems = Judge.judge(Arch, K, In, Out, Before, After, Size);
  if (Problems.empty())
    return "";
  size_t Colon = Problems.front().find("': ");
  return Colon == std::string::npos ? Problems.front()
                                    : Problems.front().substr(Colon + 3);
}

/// JITLink 22's departures from the ABI, by kind and class, each seen by
/// this target and in `relocheck diff --oracles=jitlink`
/// (docs/linker-matrix.md). The ABI takes relocheck's side in each.
bool knownDeparture(uint32_t Code, const std::string &What) {
  // The Thumb bit of a Thumb function target is never added (data, PREL31,
  // MOVW): X = S + A - P instead of ((S + A) | T) - P.
  if (What == "thumb-bit-ignored")
    return Code == 2 || Code == 3 || Code == 42 || Code == 43 ||
           Code == 47 || Code == 49;
  // ARM MOVW/MOVT: the REL addend is read as an unsigned 16-bit value.
  if (What == "addend-not-sign-extended")
    return Code == 43 || Code == 44;
  // ARM BLX to a Thumb function: the H bit (bit 1 of the offset) is lost.
  if (What == "blx-h-bit-dropped")
    return Code == 28;
  // A branch to a target that is not a multiple of its step is written
  // with the low bits dropped instead of being refused.
  if (What == "misaligned-truncated")
    return Code == 10 || Code == 28 || Code == 29 || Code == 30;
  // Arithmetic in 64 bits without the 2^32 wrap: a place near the top of
  // the address space "cannot reach" a target near 0 (and back).
  if (What == "no-wraparound")
    return true;
  return false;
}

void report(const std::string &What, const RelocKind &K,
            const ArchProfile &Arch, const RelocInputs &In,
            const std::string &Detail, bool Known, bool Fatal,
            bool OursWrong) {
  static std::set<std::string> Seen;
  std::string Key =
      std::string(K.Name) + ":" + What + ":" + std::string(Arch.Name);
  if (!Fatal && !Seen.insert(Key).second)
    return;
  std::fprintf(stderr,
               "%s: R_ARM_%s on %s, P=0x%x S=0x%x A=%lld T=%d: %s: %s\n",
               !Fatal  ? "known jitlink departure"
               : Known ? "jitlink disagrees (a known departure)"
                       : "jitlink disagrees",
               std::string(K.Name).c_str(), std::string(Arch.Name).c_str(),
               In.P, In.S, (long long)In.A, In.T, What.c_str(),
               Detail.c_str());
  if (Fatal) {
    // The key tools/campaign.py deduplicates by: class and kind, or, where
    // the ABI takes JITLink's side, relocheck's own fault (the class names
    // how the bytes differ, which then says nothing about JITLink).
    if (finding::report((OursWrong ? "relocheck-wrong" : "jitlink-" + What) +
                            " R_ARM_" + std::string(K.Name),
                        OursWrong ? "relocheck is wrong on R_ARM_" +
                                        std::string(K.Name) + ": " + Detail
                                  : "jitlink disagrees on R_ARM_" +
                                        std::string(K.Name) + " (" + What +
                                        ")"))
      std::abort();
  }
}

/// RELOCHECK_JITLINK_DIFF=strict: every disagreement is a finding;
/// =survey: none is (each kind of disagreement is printed once).
/// Any other value is an error at start (LLVMFuzzerInitialize), not a
/// silent default.
std::string mode() {
  const char *M = std::getenv("RELOCHECK_JITLINK_DIFF");
  std::string Mode = M ? M : "";
  if (Mode != "" && Mode != "strict" && Mode != "survey") {
    std::fprintf(stderr,
                 "error: RELOCHECK_JITLINK_DIFF is '%s'; expected strict, "
                 "survey or unset\n",
                 Mode.c_str());
    std::exit(2);
  }
  return Mode;
}

void disagree(const std::string &What, const RelocKind &K,
              const ArchProfile &Arch, const RelocInputs &In,
              const std::string &Detail, bool AbiTakesOurs) {
  static const std::string Mode = mode();
  bool Known = AbiTakesOurs && knownDeparture(K.Code, What);
  bool Fatal = Mode == "strict" || (Mode != "survey" && !Known);
  std::string Side = AbiTakesOurs ? "the ABI takes relocheck's side"
                                  : "the ABI takes JITLink's side";
  report(What, K, Arch, In, Detail + " (" + Side + ")", Known, Fatal,
         !AbiTakesOurs);
}

std::string hex(const uint8_t *B, unsigned N) {
  return bytesText(std::vector<uint8_t>(B, B + N));
}

/// Is JITLink's outcome (refused, or the bytes Theirs) relocheck's with
/// T = 0? (What it computes for data and MOVW targets.)
bool sameWithoutT(const RelocKind &K, const ArchProfile &Arch,
                  const RelocInputs &In, const uint8_t *Field,
                  bool TheyRefused, const uint8_t *Theirs, unsigned Size) {
  if (!In.T || K.Check == RangeCheck::Branch)
    return false;
  uint8_t NoT[4];
  std::memcpy(NoT, Field, 4);
  RelocInputs InNoT = In;
  InNoT.T = false;
  RelocOutcome Ignored;
  bool Refused = applyRelocation(K, Arch, InNoT, NoT, Ignored).has_value();
  if (Refused != TheyRefused)
    return false;
  return Refused || std::memcmp(NoT, Theirs, Size) == 0;
}

/// Is S + A (- P) outside 32 bits before the 2^32 wrap? Absolute kinds
/// as an unsigned value, relative ones as a signed one; no T (JITLink
/// adds it only for Thumb branches).
bool wrapsAround(const RelocKind &K, const RelocInputs &In) {
  bool Absolute = K.Code == 2 || K.Code == 43 || K.Code == 44 ||
                  K.Code == 47 || K.Code == 48;
  int64_t Wide = int64_t(In.S) + In.A;
  if (Absolute)
    return Wide < 0 || Wide > int64_t(UINT32_MAX);
  Wide -= int64_t(In.P);
  return Wide != int64_t(int32_t(uint32_t(Wide)));
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***) {
  mode(); // a bad RELOCHECK_JITLINK_DIFF stops the run before any input
  return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *Data, size_t Size) {
  finding::begin(Data, Size);
  static Graph Gr;
  const uint8_t *D = Data;
  size_t N = Size;
  const KindCase &C = Cases[take<uint8_t>(D, N) % std::size(Cases)];
  const RelocKind &K = *lookupKind(C.Code);
  uint8_t Flags = take<uint8_t>(D, N);
  static const ArchProfile V7 = *lookupArch("armv7-a"),
                           V8 = *lookupArch("armv8-a");
  const ArchProfile &Arch = (Flags & 4) ? V8 : V7;

  RelocInputs In;
  unsigned Align = K.Class == KindClass::Data ? 1 : K.Class == KindClass::Arm
                                                        ? 4
                                                        : 2;
  In.P = take<uint32_t>(D, N) & ~(Align - 1);
  In.S = take<uint32_t>(D, N);
  int32_t Addend = take<int32_t>(D, N);
  In.TargetIsFunction = Flags & 1;
  In.T = In.TargetIsFunction && (Flags & 2);
  if (In.TargetIsFunction)
    In.S &= In.T ? ~1u : ~3u;
  bool Branch = K.Check == RangeCheck::Branch;
  bool CallerThumb = K.Class != KindClass::Arm;
  // JITLink knows a target's state only from its Thumb flag, so a branch
  // to an untyped label (which relocheck, like lld, treats as same-state)
  // is no comparison. A B/B.W to the other state needs a veneer: that is
  // the linker's decision, not the fix-up's.
  if (Branch && !In.TargetIsFunction)
    return 0;
  if ((K.Code == 29 || K.Code == 30) && In.T != CallerThumb)
    return 0;

  // The producer's field: the template with Addend as its REL addend. MOVW
  // and MOVT hold it as a signed 16-bit immediate (AAELF32 5.6.1.1);
  // the others are written by relocheck's own encoder (X = A when
  // S = P = 0; a Thumb branch keeps its BL form with T = 1).
  uint8_t Field[4];
  write32le(Field, C.Template);
  if (K.Code == 43 || K.Code == 44) {
    Addend = int16_t(Addend);
    write32le(Field, encodeArmMovImm16(read32le(Field), uint16_t(Addend)));
  } else if (K.Code >= 47 && K.Code <= 50) {
    Addend = int16_t(Addend);
    writeThumb32(Field,
                 encodeThumbMovImm16(readThumb32(Field), uint16_t(Addend)));
  } else {
    RelocInputs Enc;
    Enc.A = Addend;
    Enc.T = K.Code == 10 || K.Code == 30;
    Enc.TargetIsFunction = Enc.T;
    RelocOutcome Ignored;
    if (applyRelocation(K, Arch, Enc, Field, Ignored))
      return 0; // not a REL addend this field can hold
  }
  In.A = readRelAddend(K, Field);
  if (In.A != Addend)
    return 0; // the field keeps only part of it

  uint8_t Ours[4], Before[4];
  std::memcpy(Ours, Field, 4);
  std::memcpy(Before, Field, 4);
  RelocOutcome Out;
  auto Problem = applyRelocation(K, Arch, In, Ours, Out);

  // JITLink: the same bytes in its block, its own addend read-back.
  aarch32::ArmConfig Cfg = aarch32::getArmConfigForCPUArch(
      (Flags & 4) ? ARMBuildAttrs::v8_A : ARMBuildAttrs::v7);
  std::memcpy(Gr.Content, Field, 4);
  Gr.B->setAddress(orc::ExecutorAddr(In.P));
  Gr.Target->getAddressable().setAddress(orc::ExecutorAddr(In.S));
  Gr.Target->setTargetFlags(In.T ? aarch32::ThumbSymbol
                                 : TargetFlagsType{});
  Expected<int64_t> TheirAddend =
      aarch32::readAddend(*Gr.G, *Gr.B, 0, C.Edge, Cfg);
  if (!TheirAddend) {
    std::string Msg = toString(TheirAddend.takeError());
    disagree("jitlink-cannot-read", K, Arch, In, Msg, true);
    return 0;
  }
  if (*TheirAddend != In.A) {
    bool Unsigned = *TheirAddend == (In.A & 0xffff);
    disagree(Unsigned ? "addend-not-sign-extended" : "addend", K, Arch, In,
             "JITLink reads A=" + std::to_string(*TheirAddend), true);
    return 0;
  }
  Edge E(C.Edge, 0, *Gr.Target, *TheirAddend);
  Error Err = aarch32::applyFixup(*Gr.G, *Gr.B, E, Cfg);
  uint8_t Theirs[4];
  std::memcpy(Theirs, Gr.Content, 4);

  if (Problem && !Err) {
    // relocheck refuses: JITLink must refuse too, unless its bytes mean
    // the formula's value (then relocheck is wrong).
    std::string V = abiVerdict(Arch, K, In, Out, Before, Theirs, C.Size);
    // A branch whose target is not on an instruction boundary of its
    // state is misaligned, even where relocheck names the range first.
    uint32_t Dest = In.S + uint32_t(In.A);
    bool BadTarget = Branch && (Dest & (In.T ? 1u : 3u)) != 0;
    std::string What =
        Problem->Kind == ProblemKind::Misaligned || BadTarget
            ? "misaligned-truncated"
        : sameWithoutT(K, Arch, In, Field, false, Theirs, C.Size)
            ? "thumb-bit-ignored"
            : "jitlink-applied";
    disagree(What, K, Arch, In,
             "relocheck: " + describeProblem(*Problem) + "; JITLink wrote " +
                 hex(Theirs, C.Size),
             !V.empty());
    return 0;
  }
  if (!Problem && Err) {
    std::string Msg = toString(std::move(Err));
    std::string V = abiVerdict(Arch, K, In, Out, Before, Ours, C.Size);
    std::string What =
        sameWithoutT(K, Arch, In, Field, true, nullptr, C.Size)
            ? "thumb-bit-ignored"
        : wrapsAround(K, In) ? "no-wraparound"
                             : "jitlink-refused";
    // Where relocheck's own bytes are wrong, that is the news: JITLink's
    // refusal (and its class) only led to it.
    disagree(What, K, Arch, In,
             V.empty() ? Msg
                       : "relocheck wrote bytes the formula does not give ("
                         + V + "); JITLink refused: " + Msg,
             V.empty());
    return 0;
  }
  if (Err) {
    consumeError(std::move(Err));
    return 0; // both refuse
  }
  if (std::memcmp(Ours, Theirs, C.Size) == 0)
    return 0;
  std::string VOurs = abiVerdict(Arch, K, In, Out, Before, Ours, C.Size);
  std::string VTheirs = abiVerdict(Arch, K, In, Out, Before, Theirs, C.Size);
  if (VOurs.empty() && VTheirs.empty())
    return 0; // other bytes, same meaning
  // Classify: is JITLink's result relocheck's with T = 0, or a BLX
  // without its H bit?
  std::string What = "bytes";
  if (sameWithoutT(K, Arch, In, Field, false, Theirs, C.Size))
    What = "thumb-bit-ignored";
  else if (K.Code == 28 && In.T &&
             (read32le(Ours) & ~(1u << 24)) == read32le(Theirs)) {
    What = "blx-h-bit-dropped";
  }
  disagree(What, K, Arch, In,
           "relocheck " + hex(Ours, C.Size) + ", JITLink " +
               hex(Theirs, C.Size) + ": " +
               (VTheirs.empty() ? VOurs : VTheirs),
           VOurs.empty());
  return 0;
}
