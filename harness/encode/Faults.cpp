//===- Faults.cpp - planted faults for measuring the fuzzers --------------===//
#include "encode/Faults.h"

#include <cstdlib>
#include <optional>

namespace relocheck {

const std::vector<FaultInfo> &plantedFaults() {
  static const std::vector<FaultInfo> Table = {
      {Fault::ArmBranchRangeEnd, "arm-branch-range-end",
       "ARM B/BL accept imm24 one word past the positive end"},
      {Fault::ThumbCallRangeEnd, "thumb-call-range-end",
       "Thumb BL accepts one halfword past the positive end"},
      {Fault::CbzRangeEnd, "cbz-range-end",
       "CBZ/CBNZ accept an offset of 128 (largest is 126)"},
      {Fault::Jump11Odd, "jump11-odd",
       "THM_JUMP11 accepts an odd, misaligned value"},
      {Fault::ThumbBitLost, "thumb-bit-lost",
       "((S + A) | T) forgets T: a Thumb target's address is even"},
      {Fault::BlxNotRounded, "blx-not-rounded",
       "Thumb BLX computes v from P instead of Align(P, 4)"},
      {Fault::FieldNoSignExtend, "field-no-sign-extend",
       "fixed fields range-check X unsigned: negatives rejected"},
      {Fault::ThumbJ1J2NoXor, "thumb-j1j2-no-xor",
       "Thumb BL/B.W write I1/I2 into J1/J2 without the XOR with S"},
      {Fault::MovtLowHalf, "movt-low-half",
       "MOVT writes the low half of X instead of the high half"},
      {Fault::LdrUBitInverted, "ldr-u-bit-inverted",
       "ARM LDR literal: U bit set for negative offsets"},
      {Fault::GroupOddShift, "group-odd-shift",
       "group relocations: the 8-bit chunk may start at an odd bit"},
      {Fault::SbRelNoBase, "sbrel-no-base",
       "static-base formulas: S + A without subtracting B(S)"},
  };
  return Table;
}

#ifdef RELOCHECK_PLANT_FAULTS
bool faultPlanted(Fault F) {
  static const std::optional<Fault> Active = []() -> std::optional<Fault> {
    const char *Env = std::getenv("RELOCHECK_FAULT");
    if (!Env)
      return std::nullopt;
    for (const FaultInfo &I : plantedFaults())
      if (I.Name == Env)
        return I.Id;
    return std::nullopt;
  }();
  return Active == F;
}
#endif

} // namespace relocheck
