//===- Faults.cpp - planted faults for measuring the fuzzers --------------===//
#include "encode/Faults.h"

#include <cctype>
#include <cstdio>
#include <cstdlib>
#include <string>
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
      {Fault::MovAddendUnsigned, "mov-addend-unsigned",
       "a MOVW/MOVT REL addend is read unsigned (JITLink 22's slip)"},
  };
  return Table;
}

#ifdef RELOCHECK_PLANT_FAULTS
namespace {
unsigned SuspendDepth = 0;

const std::optional<Fault> &activeFault() {
  static const std::optional<Fault> Active = []() -> std::optional<Fault> {
    const char *Env = std::getenv("RELOCHECK_FAULT");
    if (!Env)
      return std::nullopt;
    for (const FaultInfo &I : plantedFaults())
      if (I.Name == Env)
        return I.Id;
    // A misspelt fault would plant nothing and every run would pass: a
    // hunt or replay that proves nothing. Say so and stop.
    std::string Names, Shown;
    for (const FaultInfo &I : plantedFaults())
      Names += (Names.empty() ? "" : ", ") + std::string(I.Name);
    for (const char *C = Env; *C && Shown.size() < 64; ++C)
      Shown += std::isprint(uint8_t(*C)) ? *C : '?';
    std::fprintf(stderr,
                 "error: RELOCHECK_FAULT=%s names no planted fault "
                 "(faults: %s)\n",
                 Shown.c_str(), Names.c_str());
    std::exit(2);
  }();
  return Active;
}
} // namespace

bool faultPlanted(Fault F) {
  return SuspendDepth == 0 && activeFault() == F;
}

bool anyFaultPlanted() { return activeFault().has_value(); }

FaultsSuspended::FaultsSuspended() { ++SuspendDepth; }
FaultsSuspended::~FaultsSuspended() { --SuspendDepth; }
#endif

} // namespace relocheck
