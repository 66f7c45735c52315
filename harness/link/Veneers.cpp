//===- Veneers.cpp - Interworking and range-extension veneers -------------===//
//
// Encodings: Arm ARM DDI 0406C A8.8.64 (LDR literal, A1 and T2), A8.8.27
// (BX), A8.8.120 (MOV register T1 as NOP for Thumb-1).
//
//===----------------------------------------------------------------------===//
#include "link/Veneers.h"

#include "encode/ArmEncodings.h"

namespace relocheck {

std::optional<VeneerKind> chooseVeneer(bool CallerThumb,
                                       const ArchProfile &Arch, bool Pic) {
  if (!CallerThumb) {
    if (!Arch.HasArmState)
      return std::nullopt;
    if (Pic)
      return VeneerKind::ArmPic;
    return Arch.HasBlxImm ? VeneerKind::ArmLdrPc : VeneerKind::ArmLdrIpBx;
  }
  if (Arch.HasThumbBcondW) // full Thumb-2: LDR.W exists
    return Pic ? VeneerKind::Thumb2Pic : VeneerKind::Thumb2LdrPc;
  if (Arch.HasArmState) // Thumb-1 on an A/R core: switch to ARM first
    return Pic ? VeneerKind::ThumbBxPcPic : VeneerKind::ThumbBxPc;
  // v6-M, v8-M Baseline: Thumb-1 instructions only, no ARM state.
  return Pic ? VeneerKind::ThumbPushPopPic : VeneerKind::ThumbPushPop;
}

unsigned veneerSize(VeneerKind K) {
  switch (K) {
  case VeneerKind::ArmLdrPc:
  case VeneerKind::Thumb2LdrPc:
    return 8;
  case VeneerKind::ArmLdrIpBx:
  case VeneerKind::ThumbPushPop:
    return 12;
  case VeneerKind::ThumbBxPc:
  case VeneerKind::ArmPic:
  case VeneerKind::ThumbPushPopPic:
    return 16;
  case VeneerKind::Thumb2Pic:
    return 12;
  case VeneerKind::ThumbBxPcPic:
    return 20;
  }
  return 0;
}

std::string_view veneerName(VeneerKind K) {
  switch (K) {
  case VeneerKind::ArmLdrPc:
    return "arm-ldr-pc";
  case VeneerKind::ArmLdrIpBx:
    return "arm-ldr-ip-bx";
  case VeneerKind::Thumb2LdrPc:
    return "thumb2-ldr-pc";
  case VeneerKind::ThumbBxPc:
    return "thumb-bx-pc";
  case VeneerKind::ArmPic:
    return "arm-pic";
  case VeneerKind::Thumb2Pic:
    return "thumb2-pic";
  case VeneerKind::ThumbBxPcPic:
    return "thumb-bx-pc-pic";
  case VeneerKind::ThumbPushPop:
    return "thumb-push-pop";
  case VeneerKind::ThumbPushPopPic:
    return "thumb-push-pop-pic";
  }
  return "?";
}

void writeVeneer(VeneerKind K, uint32_t Dest, uint32_t V, uint8_t *Loc) {
  switch (K) {
  case VeneerKind::ArmLdrPc:
    write32le(Loc, 0xE51FF004); // ldr pc, [pc, #-4]
    write32le(Loc + 4, Dest);
    return;
  case VeneerKind::ArmLdrIpBx:
    write32le(Loc, 0xE59FC000);     // ldr ip, [pc, #0]
    write32le(Loc + 4, 0xE12FFF1C); // bx ip
    write32le(Loc + 8, Dest);
    return;
  case VeneerKind::Thumb2LdrPc:
    writeThumb32(Loc, {0xF8DF, 0xF000}); // ldr.w pc, [pc, #0]
    write32le(Loc + 4, Dest);
    return;
  case VeneerKind::ThumbBxPc:
    write16le(Loc, 0x4778);     // bx pc: to ARM at Align(P + 4, 4)
    write16le(Loc + 2, 0x46C0); // nop (mov r8, r8)
    writeVeneer(VeneerKind::ArmLdrIpBx, Dest, V + 4, Loc + 4);
    return;
  case VeneerKind::ArmPic:
    write32le(Loc, 0xE59FC004);      // ldr ip, [pc, #4]
    write32le(Loc + 4, 0xE08CC00F);  // add ip, ip, pc (pc = V + 12)
    write32le(Loc + 8, 0xE12FFF1C);  // bx ip
    write32le(Loc + 12, Dest - (V + 12));
    return;
  case VeneerKind::Thumb2Pic:
    writeThumb32(Loc, {0xF8DF, 0xC004}); // ldr.w ip, [pc, #4]
    write16le(Loc + 4, 0x44FC);          // add ip, pc (pc = V + 8)
    write16le(Loc + 6, 0x4760);          // bx ip
    write32le(Loc + 8, Dest - (V + 8));
    return;
  case VeneerKind::ThumbBxPcPic:
    write16le(Loc, 0x4778);
    write16le(Loc + 2, 0x46C0);
    writeVeneer(VeneerKind::ArmPic, Dest, V + 4, Loc + 4);
    return;
  // Thumb-1 encodings (Armv6-M ARM A6.7): PUSH T1 1011010M list, LDR
  // (literal) T1 01001 Rt imm8 (from Align(PC, 4) = V + 4), STR (SP plus
  // immediate) T2 10010 Rt imm8, POP T1 1011110P list; ADD (register) T2
  // 01000100 DN Rm Rdn. Each immediate counts words.
  case VeneerKind::ThumbPushPop:
    write16le(Loc, 0xB403);     // push {r0, r1}
    write16le(Loc + 2, 0x4801); // ldr r0, [pc, #4]: the word at V + 8
    write16le(Loc + 4, 0x9001); // str r0, [sp, #4]: over r1's slot
    write16le(Loc + 6, 0xBD01); // pop {r0, pc}
    write32le(Loc + 8, Dest);
    return;
  case VeneerKind::ThumbPushPopPic:
    write16le(Loc, 0xB403);      // push {r0, r1}
    write16le(Loc + 2, 0x4802);  // ldr r0, [pc, #8]: the word at V + 12
    write16le(Loc + 4, 0x4478);  // add r0, pc (pc = V + 8)
    write16le(Loc + 6, 0x9001);  // str r0, [sp, #4]
    write16le(Loc + 8, 0xBD01);  // pop {r0, pc}
    write16le(Loc + 10, 0x46C0); // nop: the literal stays word-aligned
    write32le(Loc + 12, Dest - (V + 8));
    return;
  }
}

} // namespace relocheck
