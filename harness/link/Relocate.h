//===- Relocate.h - Applying one relocation to one place --------*- C++ -*-===//
//
// The per-kind part of the linker core: read a REL addend back from its
// field, and write the value of a relocation into its field. Inputs are the
// ABI's letters (S, A, P, T) computed once by the caller; every decision
// comes from the kind's row in the kinds table and the architecture.
// Nothing here knows about files or symbols by name: problems come back as
// RelocProblem values, and the caller formats them with the site.
//
//===----------------------------------------------------------------------===//
#ifndef RELOCHECK_LINK_RELOCATE_H
#define RELOCHECK_LINK_RELOCATE_H

#include "kinds/RelocKinds.h"

#include <cstdint>
#include <optional>
#include <string>

namespace relocheck {

/// The ABI's inputs of one relocation (AAELF32 5.6.1 "Relocation types").
struct RelocInputs {
  uint32_t S = 0; // symbol address, Thumb bit cleared
  int64_t A = 0;  // addend
  uint32_t P = 0; // address of the place
  bool T = false; // target is a Thumb function (STT_FUNC, bit 0 set)
  bool TargetIsFunction = false; // STT_FUNC: state changes are allowed
  bool UndefinedWeak = false;    // S = 0; calls become no-ops
  uint32_t GotEntry = 0;  // GOT(S): address of S's GOT entry
  uint32_t GotOrigin = 0; // GOT_ORG (also B(S) for BASE_PREL)
  uint32_t B = 0;         // B(S): the static base for S (SBREL, *_BREL)
  uint32_t TlsBase = 0;   // TLS: start of the module's TLS block
  uint32_t TP = 0;        // tp: TlsBase - align_up(8, TLS alignment)
  bool SymbolIsLocal = false; // STB_LOCAL: a TLS descriptor sequence for
                              // it relaxes to local-exec (tlsDescUsesGot)
};

enum class ProblemKind {
  OutOfRange,  // X outside the kind's inclusive range
  Misaligned,  // X not a multiple of the kind's step
  BadOpcode,   // the place does not hold an instruction the kind may patch
  NeedsVeneer, // state change or reach that only a veneer could give
  NotOnArch,   // the kind or instruction does not exist on this arch
  Unsupported, // a kind the core does not apply yet
};

struct RelocProblem {
  ProblemKind Kind;
  int64_t Value = 0;   // X (v for Thumb BLX, the offset for Branch
                       // Future), as a signed 32-bit value
  ValueRange Range{0, 0, 1};
  std::string Detail;  // what was expected / found, in words
  /// What Value is when it is not X itself, for the message: "X & ~1"
  /// (the Thumb bit dropped), "v = S + A - Pa" (Thumb BLX).
  const char *ValueIs = nullptr;
};

/// What was written, for dump lines and the checker.
struct RelocOutcome {
  uint32_t X = 0; // the relocation's value, mod 2^32
  std::optional<BranchForm> Form; // branch form written, for branch kinds
  bool BecameNop = false; // a Branch Future out of range, replaced by NOP.W
};

/// Why kindExistsOnArch(K, Arch) is false, in words.
std::string notOnArchReason(const RelocKind &K, const ArchProfile &Arch);
/// Why a kind with Status::Unsupported is not applied, in words.
std::string unsupportedReason(const RelocKind &K);

/// Bytes a kind reads and writes at the place (0 for R_ARM_NONE).
unsigned fieldSize(const RelocKind &K);

/// The unit a big-endian object stores the field in: the whole field for
/// data, 4 for an ARM instruction, 2 for Thumb halfwords (see
/// swapFieldOrder).
unsigned fieldUnit(const RelocKind &K);

/// Checks that the place holds an instruction the kind may patch, before
/// anything is read or written. Loc has fieldSize(K) bytes. With Arch,
/// also that the instruction is one Arch has (a Thumb BL's second
/// halfword before Thumb-2 has J1 = J2 = 1).
std::optional<RelocProblem> checkPlace(const RelocKind &K,
                                       const uint8_t *Loc,
                                       const ArchProfile *Arch = nullptr);

/// The REL addend stored in the field (AAELF32 5.6.1.1 "Addends and PC-bias
/// compensation"), sign-extended as the kind reads it.
int64_t readRelAddend(const RelocKind &K, const uint8_t *Loc);

/// Whether an assembler's REL field, read back as Read, keeps the addend
/// Meant it was given: equal, or Meant less the PC bias LLVM MC folds into
/// a PC-relative instruction's field (-8 ARM, -4 Thumb; -3 for a Branch
/// Future, whose field has boff's bit 0 set too). A MOVW/MOVT field holds
/// the addend itself (`#:lower16:(sym - .)` writes 0), so no bias there.
bool relFieldKeepsAddend(const RelocKind &K, int64_t Read, int64_t Meant);

/// The value X of the kind's formula, mod 2^32.
uint32_t evaluateFormula(Formula F, const RelocInputs &In);

/// The state a B/BL/BLX of kind K at Loc (ARM or Thumb 24-bit branch
/// field, little-endian) lands in: a function's own (its T bit); for
/// any other symbol the caller's, unless the instruction is a BLX,
/// which always changes state. A veneer must land in the same one. Reads
/// Loc only for those two fields (4 bytes).
bool branchDestThumb(const RelocKind &K, const RelocInputs &In,
                     const uint8_t *Loc);

/// Applies the kind at Loc. On a problem nothing is written.
std::optional<RelocProblem> applyRelocation(const RelocKind &K,
                                            const ArchProfile &Arch,
                                            const RelocInputs &In,
                                            uint8_t *Loc,
                                            RelocOutcome &Out);

/// "value -2052 (0xfffff7fc) is not in [-2048, 2046]" and friends: the part
/// of a diagnostic after "<site>: error: <kind> against '<sym>': ".
std::string describeProblem(const RelocProblem &P);
/// Value is not a multiple of R.Step. A kind out of whose reach the place
/// becomes a NOP (Branch Future, RangeCheck::ElseNop) has no range to
/// name: any offset of the step is allowed.
RelocProblem misalignedProblem(int64_t Value, const ValueRange &R,
                               bool ElseNop);

/// "-2052 (0xfffff7fc)": signed decimal and 32-bit hex.
std::string formatValue(int64_t V);

} // namespace relocheck

#endif
