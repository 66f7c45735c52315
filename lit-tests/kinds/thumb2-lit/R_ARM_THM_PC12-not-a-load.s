@ R_ARM_THM_PC12 patches LDR{,B,SB,H,SH} (literal, T2) alone: hw1 is
@ 11111 00 S U sz 1 1111 with S:sz one of 0:00, 0:01, 0:10, 1:00, 1:01.
@ sz = 11 and S:sz = 1:10 are no load; they were patched and then failed
@ to decode (auditor5), and are now refused at the place, as every other
@ wrong instruction is; so is LDRSH or LDRH with Rt = PC, an unallocated
@ memory hint (reviewer9). LDRSH and PLD (LDRB with Rt = PC) still link.
@ relocheck: --arch=armv7-a -Ttext=0x100000 --defsym=y=0x100100
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS
@ A link stops with one line per refused place and writes no output.
@ RUN: rm -f %t.elf
@ RUN: not relocheck link -Ttext=0x100000 --defsym=y=0x100100 %s -o %t.elf 2>&1 | FileCheck %s --check-prefix=LINK
@ LINK: not-a-load.s:(.text+0x8): error: R_ARM_THM_PC12 against 'y': expected LDR{,B,SB,H,SH} (literal, T2) at the place, found f87f 1004
@ LINK-NOT: undefined
@ RUN: not test -e %t.elf
@ expect ok1 bytes: bf f9 fc 10
@ expect ok2 bytes: 9f f8 f8 f0
@ expect bad1 error: expected LDR{,B,SB,H,SH} (literal, T2) at the place, found f87f 1004
@ expect bad2 error: expected LDR{,B,SB,H,SH} (literal, T2) at the place, found f95f 1004
@ expect bad3 error: expected LDR{,B,SB,H,SH} (literal, T2) at the place, found f9ff 1004
@ expect bad4 error: expected LDR{,B,SB,H,SH} (literal, T2) at the place, found f93f f004
        .syntax unified
        .thumb
        .text
        .globl _start
_start:
ok1:    .inst.w 0xf93f1004
        .reloc ok1, R_ARM_THM_PC12, y
ok2:    .inst.w 0xf81ff004
        .reloc ok2, R_ARM_THM_PC12, y
bad1:   .inst.w 0xf87f1004
        .reloc bad1, R_ARM_THM_PC12, y
bad2:   .inst.w 0xf95f1004
        .reloc bad2, R_ARM_THM_PC12, y
bad3:   .inst.w 0xf9ff1004
        .reloc bad3, R_ARM_THM_PC12, y
bad4:   .inst.w 0xf93ff004
        .reloc bad4, R_ARM_THM_PC12, y
        bx lr
