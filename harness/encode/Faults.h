//===- Faults.h - planted faults for measuring the fuzzers ------*- C++ -*-===//
//
// Known relocation bugs that a build with RELOCHECK_PLANT_FAULTS=ON can
// switch on one at a time (environment: RELOCHECK_FAULT=<name>), so that
// tools/fault-hunt.py can time how long each fuzz target takes to find
// each of them. In every other build faultPlanted() is a constant false
// and the planted branches compile away.
//
//===----------------------------------------------------------------------===//
#ifndef RELOCHECK_ENCODE_FAULTS_H
#define RELOCHECK_ENCODE_FAULTS_H

#include <string_view>
#include <vector>

namespace relocheck {

enum class Fault {
  ArmBranchRangeEnd,  // ARM B/BL accept one word past the positive end
  ThumbCallRangeEnd,  // Thumb BL accepts one halfword past the end
  CbzRangeEnd,        // CBZ/CBNZ accept an offset of 128
  Jump11Odd,          // THM_JUMP11 accepts an odd (misaligned) value
  ThumbBitLost,       // (S + A) | T loses T
  BlxNotRounded,      // Thumb BLX takes v from P, not Align(P, 4)
  FieldNoSignExtend,  // fixed fields range-check X as unsigned
  ThumbJ1J2NoXor,     // Thumb BL writes I1/I2 as J1/J2 (no XOR with S)
  MovtLowHalf,        // MOVT writes X[15:0] instead of X[31:16]
  LdrUBitInverted,    // ARM LDR literal: U set for negative offsets
  GroupOddShift,      // group relocations: a chunk may start at an odd bit
  SbRelNoBase,        // static-base formulas forget to subtract B(S)
  MovAddendUnsigned,  // a MOVW/MOVT REL addend is read without its sign
};

struct FaultInfo {
  Fault Id;
  std::string_view Name;
  std::string_view What;
};

/// Every planted fault, in declaration order.
const std::vector<FaultInfo> &plantedFaults();

#ifdef RELOCHECK_PLANT_FAULTS
/// True when RELOCHECK_FAULT names F (and no FaultsSuspended lives).
bool faultPlanted(Fault F);
/// True when RELOCHECK_FAULT names a fault, suspended or not.
bool anyFaultPlanted();
/// While one lives, no fault is planted: the build links as a right one
/// would (for a lit test's expectations, which the fixed build must meet).
/// Not thread-safe: the fuzz targets are single-threaded.
class FaultsSuspended {
public:
  FaultsSuspended();
  ~FaultsSuspended();
  FaultsSuspended(const FaultsSuspended &) = delete;
  FaultsSuspended &operator=(const FaultsSuspended &) = delete;
};
#else
constexpr bool faultPlanted(Fault) { return false; }
constexpr bool anyFaultPlanted() { return false; }
struct FaultsSuspended {};
#endif

} // namespace relocheck

#endif
