@ R_ARM_LDR_PC_G0 and the LDR groups also relocate the memory hints PLD
@ and PLI (immediate, literal, A1): the same U + imm12 offset as LDRB.
@ AAELF32's instruction column names only LDR/STR/LDRB/STRB; LLVM MC emits
@ LDR_PC_G0 for `pld label`, and lld 22 and GNU ld 2.40 patch these bytes
@ exactly so (measured with `relocheck diff` on this file). PLD needs v5TE
@ and PLI v7: on older cores the site is refused, not patched.
@ Addresses: .text 0x20000, far 0x20800, back 0x1f800.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.far=0x20800
@ relocheck: --section-start=.back=0x1f800
@ relocheck: --defsym=hi0=0x21017 --defsym=hi1=0x2101c --defsym=lo0=0x1f021
@ RUN: %check %s | FileCheck %s
@ RUN: not relocheck dump %s 2>/dev/null | FileCheck --check-prefix=DUMP %s
@ CHECK: PASS
@ DUMP:      p0 R_ARM_LDR_PC_G0 'far' P=0x00020000 S=0x00020800 A=-8 T=0 X=0x000007f8 : f8 f7 df f5 : pld [pc, #2040] => 0x00020800
@ DUMP-NEXT: p1 R_ARM_LDR_PC_G0 'far' P=0x00020004 S=0x00020800 A=-8 T=0 X=0x000007f4 : f4 f7 df f4 : pli [pc, #2036] => 0x00020800
@ DUMP-NEXT: p2 R_ARM_LDR_PC_G0 'back' P=0x00020008 S=0x0001f800 A=-8 T=0 X=0xfffff7f0 : 10 f8 5f f5 : pld [pc, #-2064] => 0x0001f800
@ DUMP-NEXT: p3 R_ARM_LDR_PC_G1 'far' P=0x0002000c S=0x00020800 A=0 T=0 X=0x000007f4 : 04 f0 d1 f5 : pld [r1, #4]
@ On armv6 PLD links and PLI is refused; on armv4t both are.
@ RUN: sed 's/--arch=armv7-a/--arch=armv6/' %s > %t.v6.s
@ RUN: not relocheck dump %t.v6.s 2>&1 | FileCheck --check-prefix=V6 %s
@ V6: v6.s:(.text+0x4): error: R_ARM_LDR_PC_G0 against 'far': is on PLI, which armv6 does not have (v7 and later)
@ RUN: not relocheck dump %t.v6.s 2>/dev/null | FileCheck --check-prefix=V6OUT %s
@ V6OUT: p0 R_ARM_LDR_PC_G0 'far' {{.*}} : f8 f7 df f5 : pld [pc, #2040]
@ V6OUT: p2 R_ARM_LDR_PC_G0 'back' {{.*}} : 10 f8 5f f5 : pld [pc, #-2064]
@ V6OUT: p3 R_ARM_LDR_PC_G1 'far' {{.*}} : 04 f0 d1 f5 : pld [r1, #4]
@ RUN: sed 's/--arch=armv7-a/--arch=armv4t/' %s > %t.v4.s
@ RUN: not relocheck dump %t.v4.s 2>&1 | FileCheck --check-prefix=V4 %s
@ V4: v4.s:(.text+0x0): error: R_ARM_LDR_PC_G0 against 'far': is on PLD, which armv4t does not have (v5TE and later)
@ V4: v4.s:(.text+0x4): error: R_ARM_LDR_PC_G0 against 'far': is on PLI, which armv4t does not have (v7 and later)
@ PLDW (R = 0) needs the Multiprocessing Extensions: armv8-a has them,
@ armv7-a (as in LLVM) not.
@ RUN: sed -e 's/^p1: .*/p1: .inst 0xf51ff008/' -e 's/^@ expect p1 .*//' %s > %t.pldw.s
@ RUN: sed -e 's/--arch=armv7-a/--arch=armv8-a/' %t.pldw.s > %t.pldw8.s
@ RUN: not relocheck dump %t.pldw8.s 2>/dev/null | FileCheck --check-prefix=PLDW8 %s
@ PLDW8: p1 R_ARM_LDR_PC_G0 'far' P=0x00020004 S=0x00020800 A=-8 T=0 X=0x000007f4 : f4 f7 9f f5 : pldw [pc, #2036] => 0x00020800
@ RUN: not relocheck dump %t.pldw.s 2>&1 | FileCheck --check-prefix=PLDW7 %s
@ PLDW7: pldw.s:(.text+0x4): error: R_ARM_LDR_PC_G0 against 'far': is on PLDW, which armv7-a does not have (the Multiprocessing Extensions: v8-A; v7-A's optional MP is not in --arch=armv7-a)

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
@ pld far: X = 0x20800 - 8 - 0x20000 = 0x7f8, U = 1.
p0:     .inst 0xf55ff008
        .reloc p0, R_ARM_LDR_PC_G0, far
@ expect p0 bytes: f8 f7 df f5
@ pli far: X = 0x20800 - 8 - 0x20004 = 0x7f4.
p1:     .inst 0xf45ff008
        .reloc p1, R_ARM_LDR_PC_G0, far
@ expect p1 bytes: f4 f7 df f4
@ pld back: X = 0x1f800 - 8 - 0x20008 = -0x810, U = 0.
p2:     .inst 0xf55ff008
        .reloc p2, R_ARM_LDR_PC_G0, back
@ expect p2 bytes: 10 f8 5f f5
@ pld [r1] after one ALU group: X = 0x20800 - 0x2000c = 0x7f4. Its top
@ bit is bit 10, so G0 is the 8 bits from bit 4 (the lowest even position
@ whose window still holds bit 10): G0 = 0x7f0, and the offset is 4.
p3:     .inst 0xf5d1f000
        .reloc p3, R_ARM_LDR_PC_G1, far
@ expect p3 bytes: 04 f0 d1 f5
@ The range ends hold for PLD as for LDRB: X = hi0 + (-8) - 0x20010 =
@ 0xfff; one more is refused; X = lo0 - 8 - 0x20018 = -0xfff.
r0:     .inst 0xf55ff008
        .reloc r0, R_ARM_LDR_PC_G0, hi0
@ expect r0 bytes: ff ff df f5
r1:     .inst 0xf55ff008
        .reloc r1, R_ARM_LDR_PC_G0, hi1
@ expect r1 error: value 4096 (0x1000) is not in [-4095, 4095]
r2:     .inst 0xf55ff008
        .reloc r2, R_ARM_LDR_PC_G0, lo0
@ expect r2 bytes: ff ff 5f f5
        bx lr

        .section .far, "a", %progbits
far:    .word 0
        .section .back, "a", %progbits
back:   .word 0
