@ For the group relocations, relocheck's linker core writes the same bytes
@ as GNU ld 2.40 and ld.lld 22 with the same linker script: the reference
@ examples of fact sheet 3.11 and 3.12 (three-instruction sequence with
@ LDR_PC_G2 or ALU_PC_G2, negative ALU_PC_G0, LDRS_PC_G0, LDR_PC_G0), and
@ LDC_PC_G0 against GNU ld only (lld has no LDC groups).
@ REQUIRES: gnu-ld, ld.lld
@ RUN: arm-linux-gnueabihf-as -march=armv7-a %s -o %t.gnu.o
@ RUN: arm-linux-gnueabihf-as -march=armv7-a %S/Inputs/groups-ldc.s -o %t.ldc.o
@ RUN: arm-linux-gnueabihf-ld -static -T %S/Inputs/groups-compare.lds %t.gnu.o %t.ldc.o -o %t.gnu.elf
@ RUN: llvm-mc -triple=armv7a-none-eabi -arm-add-build-attributes -filetype=obj %s -o %t.o
@ RUN: %lld -static -T %S/Inputs/groups-compare.lds %t.o -o %t.lld.elf
@ RUN: relocheck link -T %S/Inputs/groups-compare.lds %s %S/Inputs/groups-ldc.s -o %t.rc.elf
@ RUN: llvm-objcopy -O binary --only-section=.text %t.rc.elf %t.rc.text
@ RUN: llvm-objcopy -O binary --only-section=.text %t.lld.elf %t.lld.text
@ RUN: llvm-objcopy -O binary --only-section=.text %t.gnu.elf %t.gnu.text
@ RUN: cmp %t.lld.text %t.rc.text
@ RUN: cmp %t.gnu.text %t.rc.text
@ RUN: llvm-objcopy -O binary --only-section=.ldc %t.rc.elf %t.rc.ldc
@ RUN: llvm-objcopy -O binary --only-section=.ldc %t.gnu.elf %t.gnu.ldc
@ RUN: cmp %t.gnu.ldc %t.rc.ldc
@ The bytes themselves, as the fact sheet lists them:
@ RUN: od -An -tx1 -v %t.rc.text | FileCheck --check-prefix=BYTES %s
@ BYTES:      48 09 8f e2 d1 0d 80 e2 14 10 90 e5 48 09 8f e2
@ BYTES-NEXT: d1 0d 80 e2 14 00 80 e2 40 0d 4f e2 bc 02 5f e1
@ BYTES-NEXT: 00 01 9f e5 1e ff 2f e1
@ RUN: od -An -tx1 -v %t.rc.ldc | FileCheck --check-prefix=LDC %s
@ LDC: 10 5e 9f ed 1e ff 2f e1
@ And the checker agrees with every site, with the script as the test's own
@ flag (so that `relocheck matrix` and `diff` link it the same way):
@ relocheck: -T Inputs/groups-compare.lds
@ RUN: relocheck check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
@ P0 = 0x20000, S = far = 0x14345c, X = 0x123454.
g0:     .inst 0xe24f0008
        .reloc g0, R_ARM_ALU_PC_G0_NC, far
@ expect g0 bytes: 48 09 8f e2
g1:     .inst 0xe2400004
        .reloc g1, R_ARM_ALU_PC_G1_NC, far
@ expect g1 bytes: d1 0d 80 e2
g2:     .inst 0xe5901000
        .reloc g2, R_ARM_LDR_PC_G2, far
@ expect g2 bytes: 14 10 90 e5
@ The same X from P0 = 0x2000c to far2 = 0x143468, ending in ALU_PC_G2.
h0:     .inst 0xe24f0008
        .reloc h0, R_ARM_ALU_PC_G0_NC, far2
@ expect h0 bytes: 48 09 8f e2
h1:     .inst 0xe2400004
        .reloc h1, R_ARM_ALU_PC_G1_NC, far2
@ expect h1 bytes: d1 0d 80 e2
h2:     .inst 0xe2800000
        .reloc h2, R_ARM_ALU_PC_G2, far2
@ expect h2 bytes: 14 00 80 e2
@ sub r0, pc, #8 at 0x20018 to back = 0x1f020: X = -0x1000.
n1:     .inst 0xe24f0008
        .reloc n1, R_ARM_ALU_PC_G0, back
@ expect n1 bytes: 40 0d 4f e2
@ ldrh r0, [pc, #-8] at 0x2001c to lo = 0x1fff8: X = -0x2c.
s1:     .inst 0xe15f00b8
        .reloc s1, R_ARM_LDRS_PC_G0, lo
@ expect s1 bytes: bc 02 5f e1
@ ldr r0, [pc, #-8] at 0x20020 to lit = 0x20128: X = 0x100.
l1:     .inst 0xe51f0008
        .reloc l1, R_ARM_LDR_PC_G0, lit
@ expect l1 bytes: 00 01 9f e5
        bx lr

        .section .back, "a", %progbits
        .globl back
back:   .word 0

        .section .lo, "a", %progbits
        .globl lo
lo:     .word 0, 0

        .section .lit, "a", %progbits
        .globl lit
lit:    .word 0

        .section .far, "a", %progbits
        .globl far, far2
far:    .word 0, 0, 0
far2:   .word 0
