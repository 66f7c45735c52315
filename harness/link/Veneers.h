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
//   ThumbPushPop Thumb only (v6-M, v8-M Baseline): push {r0, r1} ;
//                ldr r0, [pc, #4] ; str r0, [sp, #4] ; pop {r0, pc} ;
//                .word D|1                                           (12)
//
// Position-independent forms (--pic-veneers) hold D|T minus the PC the
// addition reads, so the veneer works wherever the image is loaded:
//   ArmPic       ARM:     ldr ip, [pc, #4] ; add ip, ip, pc ; bx ip ;
//                         .word D|T - (V + 12)                       (16)
//   Thumb2Pic    Thumb-2: ldr.w ip, [pc, #4] ; add ip, pc ; bx ip ;
//                         .word D|T - (V + 8)                        (12)
//   ThumbBxPcPic Thumb-1: bx pc ; nop ; then ArmPic                  (20)
//   ThumbPushPopPic Thumb only: push {r0, r1} ; ldr r0, [pc, #8] ;
//                add r0, pc ; str r0, [sp, #4] ; pop {r0, pc} ; nop ;
//                .word D|1 - (V + 8)                                 (16)
//
// LDR to the PC interworks on v5T and later; on v4T only BX does. The
// Thumb-only cores have no LDR.W and no ARM state to switch to, so their
// veneer leaves by POP to the PC through a slot on the stack: r0 and r1
// come back unchanged, ip too, and 8 bytes below sp are written.
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
  ThumbBxPcPic,
  ThumbPushPop,
  ThumbPushPopPic
};

/// The veneer a caller in this state can branch to on this architecture,
/// or nullopt (an ARM caller on a core without ARM state).
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
