@ Before Thumb-2 (v4T, v5TE, v6) the second half of a BL is 0b11111...
@ (0b11101... for BLX): bits 13 and 11 are not J1 and J2 but part of the
@ opcode, and a halfword with either clear is another instruction (0xd000
@ is a B<c>). R_ARM_THM_CALL on f000 d000 is refused there; on v7 the same
@ bytes are a BL with J1 = J2 = 0 and link.
@ RUN: not relocheck check --arch=armv4t %s 2>&1 | FileCheck %s
@ RUN: not relocheck check --arch=armv6 %s 2>&1 | FileCheck %s
@ CHECK: pre-thumb2-bl-opcode.s:(.text+0x0): error: R_ARM_THM_CALL against 'tgt': expected BL or BLX (immediate) of a core without Thumb-2 (second halfword 0b11111... or 0b11101...) at the place, found f000 d000
@ RUN: relocheck dump --arch=armv7-a %s | FileCheck %s --check-prefix=V7
@ V7: site R_ARM_THM_CALL 'tgt' {{.*}}: bl #{{[0-9]+}} => 0x{{[0-9a-f]+}} thumb
@ A real BL still links before Thumb-2:
@ RUN: sed -e 's/0xd000/0xf800/' %s > %t.s
@ RUN: relocheck dump --arch=armv4t %t.s | FileCheck %s --check-prefix=BL4T
@ BL4T: site R_ARM_THM_CALL 'tgt' P=0x00010000 {{.*}} A=0 {{.*}}: 10 f0 00 f8 : bl #65536 => 0x00020004 thumb
@ relocheck: --section-start=.tgt=0x20000
        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start,%function
_start:
site:   .inst.n 0xf000
        .inst.n 0xd000
        .reloc site, R_ARM_THM_CALL, tgt
        bx lr
        .section .tgt,"ax",%progbits
        .globl tgt
        .type tgt,%function
tgt:    bx lr
