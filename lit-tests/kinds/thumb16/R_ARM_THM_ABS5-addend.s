@ R_ARM_THM_ABS5 REL addend: imm5 << 2, read unsigned (reference §3.14:
@ "REL addend: imm5 << 2 (unsigned, 0..124)"): this kind has no negative
@ addend, so both extremes, 0 and 124, are read back instead. Fields are
@ hand-encoded and planted with .reloc:
@   0x6908 LDR r0, [r1, #16]:  A = 16
@   0x6FD3 LDR r3, [r2, #124]: A = 124
@   0x6004 STR r4, [r0, #0]:   A = 0
@   0x6F88 LDR r0, [r1, #120]: A = 120 (with S = 8: X = 128, an error,
@          which shows the addend is added before the check)
@ relocheck: --arch=armv6-m -Ttext=0x20000 --defsym=off16=0x10 --defsym=off0=0 --defsym=off40=0x40 --defsym=off8=8
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start:
@ A = 16, S = 0x10: X = 0x20, imm5 8: 0x6A08.
a1:     .inst.n 0x6908
        .reloc a1, R_ARM_THM_ABS5, off16
@ expect a1 bytes: 08 6a
@ A = 124, S = 0: X = 124, imm5 0x1F: 0x6FD3 unchanged.
a2:     .inst.n 0x6fd3
        .reloc a2, R_ARM_THM_ABS5, off0
@ expect a2 bytes: d3 6f
@ A = 0, S = 0x40: X = 0x40, imm5 0x10: 0x6404.
a3:     .inst.n 0x6004
        .reloc a3, R_ARM_THM_ABS5, off40
@ expect a3 bytes: 04 64
@ A = 120, S = 8: X = 128.
a4:     .inst.n 0x6f88
        .reloc a4, R_ARM_THM_ABS5, off8
@ expect a4 error: value 128 (0x80) is not in [0, 124]
        bx lr
