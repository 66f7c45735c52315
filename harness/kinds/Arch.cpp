//===- Arch.cpp - Architecture profiles -----------------------------------===//
//
// Sources: Arm ARM (DDI 0406C) A4.1 and the "BL, BLX (immediate)" entry for
// BLX availability and the J1/J2 range; Armv6-M ARM (DDI 0419) and Armv8-M
// ARM (DDI 0553) for the M-profile instruction sets, including Armv8.1-M
// Mainline's Branch Future instructions (BF, BFL, BFCSEL: the Low Overhead
// Branch extension). Plain v6 and v6K have no J1/J2 (AAELF32 says "Armv6
// and later", but the cores disagree: lld and GNU ld both give v6 objects
// +-4 MiB).
//
//===----------------------------------------------------------------------===//
#include "kinds/Arch.h"

namespace relocheck {

namespace {

// The table is built here, apart from allArchs(): the initializer list is
// a large stack temporary, and under ASan's use-after-return check every
// call of a function holding one pays for a fake frame, even when only
// the static is read (measured: 3 % of the encoder fuzz target's time).
[[gnu::noinline]] std::vector<ArchProfile> buildArchs() {
  // clang-format off
  // {name, triple, cpu, features,
  //  ARM state, BLX imm, J1/J2, B.W, B<c>.W, MOVW/MOVT, CBZ, Branch Future}
  return {
      {"armv4t", "armv4t-none-eabi", "", "",
       true, false, false, false, false, false, false, false},
      {"armv5te", "armv5te-none-eabi", "", "",
       true, true, false, false, false, false, false, false},
      {"armv6", "armv6-none-eabi", "", "",
       true, true, false, false, false, false, false, false},
      {"armv6-m", "thumbv6m-none-eabi", "", "",
       false, false, true, false, false, false, false, false},
      {"armv7-a", "armv7a-none-eabi", "", "",
       true, true, true, true, true, true, true, false},
      {"armv7-m", "thumbv7m-none-eabi", "", "",
       false, false, true, true, true, true, true, false},
      {"armv7e-m", "thumbv7em-none-eabi", "", "",
       false, false, true, true, true, true, true, false},
      {"armv8-a", "armv8a-none-eabi", "", "",
       true, true, true, true, true, true, true, false},
      {"armv8-m.base", "thumbv8m.base-none-eabi", "", "",
       false, false, true, true, false, true, true, false},
      {"armv8-m.main", "thumbv8m.main-none-eabi", "", "",
       false, false, true, true, true, true, true, false},
      // BF and friends need the Low Overhead Branch extension. LLVM 22's
      // v8.1-M triple turns "lob" on already; naming it keeps the profile's
      // meaning if that default moves.
      {"armv8.1-m.main", "thumbv8.1m.main-none-eabi", "", "+lob",
       false, false, true, true, true, true, true, true},
  };
  // clang-format on
}

} // namespace

const std::vector<ArchProfile> &allArchs() {
  static const std::vector<ArchProfile> Archs = buildArchs();
  return Archs;
}

std::optional<ArchProfile> lookupArch(std::string_view Name) {
  for (const ArchProfile &A : allArchs())
    if (A.Name == Name)
      return A;
  return std::nullopt;
}

std::string archNameList() {
  std::string Out;
  for (const ArchProfile &A : allArchs()) {
    if (!Out.empty())
      Out += ", ";
    Out += A.Name;
  }
  return Out;
}

} // namespace relocheck
