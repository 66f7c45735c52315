@ R_ARM_ABS16 accepts X in [-32768, 65535]: the signed and the unsigned
@ reading of a halfword are both allowed (fact sheet 2, row 5, and 3.15).
@ Sites exactly at both ends link, so do both ends of the signed range
@ (32767, -1) and of the unsigned one (0, 32768); one step beyond each end
@ fails with the value and the inclusive range. Negative X comes from a
@ planted field 0x8000 (A = -32768) against absolute symbols.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.halves=0x30000
@ relocheck: --section-start=.hi=0xfff0 --section-start=.mid=0x7ff0
@ relocheck: --defsym=zero=0 --defsym=m1=0xffffffff
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start: bx lr

        .section .halves, "aw", %progbits
@ Unsigned end: X = 0xfff0 + 0xf = 0xffff = 65535.
umax:   .short hi + 0xf
@ expect umax bytes: ff ff
@ One step beyond: X = 0xfff0 + 0x10 = 65536.
uover:  .short hi + 0x10
@ expect uover error: R_ARM_ABS16 against 'hi': value 65536 (0x10000) is not in [-32768, 65535]
@ Signed end: X = 0 + (-32768) = -32768.
smin:   .short 0x8000
        .reloc smin, R_ARM_ABS16, zero
@ expect smin bytes: 00 80
@ Same low end from another S: 0xffffffff + (-32767) = -32768 (mod 2^32).
smin2:  .short 0x8001
        .reloc smin2, R_ARM_ABS16, m1
@ expect smin2 bytes: 00 80
@ One step beyond: X = 0xffffffff + (-32768) = -32769.
sunder: .short 0x8000
        .reloc sunder, R_ARM_ABS16, m1
@ expect sunder error: R_ARM_ABS16 against 'm1': value -32769 (0xffff7fff) is not in [-32768, 65535]
@ Top of the signed range: X = 0x7ff0 + 0xf = 32767.
smax:   .short mid + 0xf
@ expect smax bytes: ff 7f
@ Past it, still unsigned: X = 0x7ff0 + 0x10 = 32768.
u32k:   .short mid + 0x10
@ expect u32k bytes: 00 80
@ Bottom of the unsigned range: X = 0.
uzero:  .short zero
@ expect uzero bytes: 00 00
@ Below it, still signed: X = 0 + (-1) = -1 (field 0xffff).
sneg1:  .short 0xffff
        .reloc sneg1, R_ARM_ABS16, zero
@ expect sneg1 bytes: ff ff

        .section .hi, "a", %progbits
        .globl hi
hi:     .byte 0

        .section .mid, "a", %progbits
        .globl mid
mid:    .byte 0
