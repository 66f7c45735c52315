//===- Arch.h - Architecture profiles (v4T .. v8-M) -------------*- C++ -*-===//
//
// What each architecture we model can encode. The facts that matter to
// relocations: whether ARM state exists, whether BLX (immediate) exists,
// whether Thumb BL/B.W use the J1/J2 bits (+-16 MiB) or not (+-4 MiB),
// which Thumb-2 instructions exist (B.W, B<c>.W, MOVW/MOVT, CBZ), and
// whether the Armv8.1-M Branch Future instructions (BF, BFL, BFCSEL) do.
//
//===----------------------------------------------------------------------===//
#ifndef RELOCHECK_KINDS_ARCH_H
#define RELOCHECK_KINDS_ARCH_H

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace relocheck {

struct ArchProfile {
  std::string_view Name;   // as given to --arch, e.g. "armv7-a"
  std::string_view Triple; // triple for LLVM MC (thumb* for M-profile)
  std::string_view CPU;    // CPU for MC, empty for the generic one
  std::string_view Features; // MC subtarget features, e.g. "+lob"
  bool HasArmState;        // false on M-profile
  bool HasBlxImm;          // BLX (immediate): v5T and later A/R profile
  bool HasThumbJ1J2;       // Thumb BL/B.W reach +-16 MiB (v6T2+, v6-M, v8-M)
  bool HasThumbBW;         // B.W (T4): Thumb-2 cores and v8-M baseline
  bool HasThumbBcondW;     // B<c>.W (T3): full Thumb-2 only
  bool HasMovwMovt;        // MOVW/MOVT: v6T2+, v8-M baseline
  bool HasCbz;             // CBZ/CBNZ: Thumb-2 and v8-M baseline
  bool HasBranchFuture;    // BF, BFL, BFCSEL: Armv8.1-M Mainline (LOB)
  bool HasLdrdPld;         // LDRD/STRD, PLD: v5TE and later, not v6-M or
                           // v8-M Baseline
  bool HasPli;             // PLI: v7 and later, not v8-M Baseline
  bool HasPldw;            // PLDW: the Multiprocessing Extensions, which
                           // Armv8-A has (optional in v7-A: off here, as
                           // in LLVM's armv7-a)
};

/// The profile named by an --arch value, or nullopt when unknown.
std::optional<ArchProfile> lookupArch(std::string_view Name);

/// All known --arch values, for help text and errors.
const std::vector<ArchProfile> &allArchs();

/// "armv4t, armv5te, ..." for error messages.
std::string archNameList();

/// The profile that links code built for an object's Tag_CPU_arch and
/// Tag_CPU_arch_profile build attributes: the architecture itself, or the
/// nearest profile with the same relocation rules (v5T and v5TEJ link as
/// armv5te, v6K as armv6, v6T2 and v7-R as armv7-a, v7 with no profile
/// (cross-profile Thumb-2) as armv7-m, v8-R and v9-A as armv8-a). Nullopt
/// for a value relocheck has no profile for.
std::optional<ArchProfile> archForBuildAttributes(uint64_t CPUArch,
                                                  uint64_t Profile);

/// "v7, profile A": the attribute values as the build-attributes ABI
/// names them.
std::string buildAttributesText(uint64_t CPUArch, uint64_t Profile);

/// What Need can encode and Have cannot ("ARM state, BLX (immediate)"),
/// empty when Have covers Need: code built for Need links for Have.
std::string archLacks(const ArchProfile &Have, const ArchProfile &Need);

} // namespace relocheck

#endif
