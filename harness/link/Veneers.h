//===- Veneers.h - Interworking and range-extension veneers -----*- C++ -*-===//
//
// AAELF32 5.6.3 lets a linker reach a branch target through a veneer for
// PC24, CALL, JUMP24, THM_CALL, THM_JUMP24 and THM_JUMP19 (relocheck also
// for PLT32, which it applies like JUMP24). A veneer may clobber ip (r12).
// Each veneer loads its destination, with bit 0 giving the state, from a
// literal word beside it: position-dependent, as in a static link.
//
//   ArmLdrPc     ARM, v5T+:   ldr pc, [pc, #-4] ; .word D|T         (8 bytes)
//   ArmLdrIpBx   ARM, v4T:    ldr ip, [pc] ; bx ip ; .word D|T       (12)
//   Thumb2LdrPc  Thumb-2:     ldr.w pc, [pc, #0] ; .word D|T         (8)
//   ThumbBxPc    Thumb-1:     bx pc ; nop ; then ArmLdrIpBx          (16)
//
// Position-independent forms (--pic-veneers) hold D|T minus the PC the
// addition reads, so the veneer works wherever the image is loaded:
//   ArmPic       ARM:     ldr ip, [pc, #4] ; add ip, ip, pc ; bx ip ;
//                         .word D|T - (V + 12)                       (16)
//   Thumb2Pic    Thumb-2: ldr.w ip, [pc, #4] ; add ip, pc ; bx ip ;
//                         .word D|T - (V + 8)                        (12)
//   ThumbBxPcPic Thumb-1: bx pc ; nop ; then ArmPic                  (20)
//
// LDR to the PC interworks on v5T and later; on v4T only BX does.
//
//===----------------------------------------------------------------------===//
#ifndef RELOCHECK_LINK_VENEERS_H
#define RELOCHECK_LINK_VENEERS_H

#include "kinds/Arch.h"

#include <cstdint>
#include <optional>
#include <string_view>

namespace relocheck {

enum class VeneerKind {
  ArmLdrPc,
  ArmLdrIpBx,
  Thumb2LdrPc,
  ThumbBxPc,
  ArmPic,
  Thumb2Pic,
  ThumbBxPcPic
};

/// The veneer a caller in this state can branch to on this architecture,
/// or nullopt (v6-M and v8-M Baseline have no LDR.W to the PC).
std::optional<VeneerKind> chooseVeneer(bool CallerThumb,
                                       const ArchProfile &Arch,
                                       bool Pic = false);

unsigned veneerSize(VeneerKind K);
std::string_view veneerName(VeneerKind K);

/// Writes the veneer for address V at Loc; Dest carries the state in bit 0.
/// The literal is the last word.
void writeVeneer(VeneerKind K, uint32_t Dest, uint32_t V, uint8_t *Loc);

} // namespace relocheck

#endif
