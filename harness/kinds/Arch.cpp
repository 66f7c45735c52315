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

#include <iterator>

namespace relocheck {

namespace {

// The table is built here, apart from allArchs(): the initializer list is
// a large stack temporary, and under ASan's use-after-return check every
// call of a function holding one pays for a fake frame, even when only
// the static is read (measured: 3 % of the encoder fuzz target's time).
[[gnu::noinline]] std::vector<ArchProfile> buildArchs() {
  // clang-format off
  // {name, triple, cpu, features,
  //  ARM state, BLX imm, J1/J2, B.W, B<c>.W, MOVW/MOVT, CBZ, Branch Future,
  //  LDRD/STRD and PLD, PLI, PLDW}
  return {
      {"armv4t", "armv4t-none-eabi", "", "",
       true, false, false, false, false, false, false, false,
       false, false, false},
      {"armv5te", "armv5te-none-eabi", "", "",
       true, true, false, false, false, false, false, false,
       true, false, false},
      {"armv6", "armv6-none-eabi", "", "",
       true, true, false, false, false, false, false, false,
       true, false, false},
      {"armv6-m", "thumbv6m-none-eabi", "", "",
       false, false, true, false, false, false, false, false,
       false, false, false},
      {"armv7-a", "armv7a-none-eabi", "", "",
       true, true, true, true, true, true, true, false,
       true, true, false},
      {"armv7-m", "thumbv7m-none-eabi", "", "",
       false, false, true, true, true, true, true, false,
       true, true, false},
      {"armv7e-m", "thumbv7em-none-eabi", "", "",
       false, false, true, true, true, true, true, false,
       true, true, false},
      {"armv8-a", "armv8a-none-eabi", "", "",
       true, true, true, true, true, true, true, false,
       true, true, true},
      {"armv8-m.base", "thumbv8m.base-none-eabi", "", "",
       false, false, true, true, false, true, true, false,
       false, false, false},
      {"armv8-m.main", "thumbv8m.main-none-eabi", "", "",
       false, false, true, true, true, true, true, false,
       true, true, false},
      // BF and friends need the Low Overhead Branch extension. LLVM 22's
      // v8.1-M triple turns "lob" on already; naming it keeps the profile's
      // meaning if that default moves.
      {"armv8.1-m.main", "thumbv8.1m.main-none-eabi", "", "+lob",
       false, false, true, true, true, true, true, true,
       true, true, false},
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

// Tag_CPU_arch and Tag_CPU_arch_profile: "Addenda to, and Errata in, the
// ABI for the Arm Architecture" (the build attributes), section 3.3.5.1.
std::optional<ArchProfile> archForBuildAttributes(uint64_t CPUArch,
                                                  uint64_t Profile) {
  const char *Name = nullptr;
  switch (CPUArch) {
  case 1:  // v4: no Thumb, links as code v4T runs
  case 2:  // v4T
    Name = "armv4t";
    break;
  // Known approximation: v5T has no LDRD/PLD and v6T2 no PLI, which the
  // profiles they link as have (docs/writing-tests.md, --arch).
  case 3:  // v5T
  case 4:  // v5TE
  case 5:  // v5TEJ
    Name = "armv5te";
    break;
  case 6:  // v6
  case 7:  // v6KZ
  case 9:  // v6K
    Name = "armv6";
    break;
  case 8:  // v6T2: Thumb-2 with the branch and MOVW rules of v7-A
    Name = "armv7-a";
    break;
  case 10: // v7: the profile says which
    // No profile (0, "not applicable"): code for the subset common to
    // every v7 profile, which GNU as -march=armv7 writes: Thumb-2 without
    // ARM state, as armv7-m links it (armv7-a covers it too). 'S' is A or
    // R.
    Name = Profile == 'M' || Profile == 0 ? "armv7-m" : "armv7-a";
    break;
  case 11: // v6-M
  case 12: // v6S-M
    Name = "armv6-m";
    break;
  case 13: // v7E-M
    Name = "armv7e-m";
    break;
  case 14: // v8-A
  case 15: // v8-R
  case 18: // v8.1-A
  case 19: // v8.2-A
  case 20: // v8.3-A
  case 22: // v9-A
    Name = "armv8-a";
    break;
  case 16:
    Name = "armv8-m.base";
    break;
  case 17:
    Name = "armv8-m.main";
    break;
  case 21:
    Name = "armv8.1-m.main";
    break;
  default:
    return std::nullopt;
  }
  return lookupArch(Name);
}

std::string buildAttributesText(uint64_t CPUArch, uint64_t Profile) {
  static const char *const Names[] = {
      "Pre-v4", "v4",     "v4T",    "v5T",       "v5TE",      "v5TEJ",
      "v6",     "v6KZ",   "v6T2",   "v6K",       "v7",        "v6-M",
      "v6S-M",  "v7E-M",  "v8-A",   "v8-R",      "v8-M.base", "v8-M.main",
      "v8.1-A", "v8.2-A", "v8.3-A", "v8.1-M.main", "v9-A"};
  std::string Out = CPUArch < std::size(Names)
                        ? std::string(Names[CPUArch])
                        : "value " + std::to_string(CPUArch);
  if (Profile == 'A' || Profile == 'R' || Profile == 'M' || Profile == 'S')
    Out += std::string(", profile ") + char(Profile);
  else if (Profile)
    Out += ", profile value " + std::to_string(Profile);
  return Out;
}

std::string archLacks(const ArchProfile &Have, const ArchProfile &Need) {
  std::string Out;
  auto Check = [&](bool H, bool N, const char *What) {
    if (N && !H)
      Out += (Out.empty() ? "" : ", ") + std::string(What);
  };
  Check(Have.HasArmState, Need.HasArmState, "ARM state");
  Check(Have.HasBlxImm, Need.HasBlxImm, "BLX (immediate)");
  Check(Have.HasThumbJ1J2, Need.HasThumbJ1J2,
        "the +-16 MiB Thumb BL (J1/J2)");
  Check(Have.HasThumbBW, Need.HasThumbBW, "B.W");
  Check(Have.HasThumbBcondW, Need.HasThumbBcondW, "B<c>.W");
  Check(Have.HasMovwMovt, Need.HasMovwMovt, "MOVW/MOVT");
  Check(Have.HasCbz, Need.HasCbz, "CBZ/CBNZ");
  Check(Have.HasBranchFuture, Need.HasBranchFuture, "BF/BFL/BFCSEL");
  return Out;
}

} // namespace relocheck
