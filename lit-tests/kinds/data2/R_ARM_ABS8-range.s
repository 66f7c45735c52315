@ R_ARM_ABS8 accepts X in [-128, 255]: the signed and the unsigned reading
@ of a byte are both allowed (fact sheet 2, row 8, and 3.15). Sites exactly
@ at both ends link, so do both ends of the signed range (127, -1) and of
@ the unsigned one (0, 128); one step beyond each end fails with the value
@ and the inclusive range. Negative X comes from a planted field 0x80
@ (A = -128) against absolute symbols.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.bytes=0x30000
@ relocheck: --section-start=.hi=0xf0 --section-start=.mid=0x70
@ relocheck: --defsym=zero=0 --defsym=m1=0xffffffff
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start: bx lr

        .section .bytes, "aw", %progbits
@ Unsigned end: X = 0xf0 + 0xf = 0xff = 255.
umax:   .byte hi + 0xf
@ expect umax bytes: ff
@ One step beyond: X = 0xf0 + 0x10 = 256.
uover:  .byte hi + 0x10
@ expect uover error: R_ARM_ABS8 against 'hi': value 256 (0x100) is not in [-128, 255]
@ Signed end: X = 0 + (-128) = -128.
smin:   .byte 0x80
        .reloc smin, R_ARM_ABS8, zero
@ expect smin bytes: 80
@ Same low end from another S: 0xffffffff + (-127) = -128 (mod 2^32).
smin2:  .byte 0x81
        .reloc smin2, R_ARM_ABS8, m1
@ expect smin2 bytes: 80
@ One step beyond: X = 0xffffffff + (-128) = -129.
sunder: .byte 0x80
        .reloc sunder, R_ARM_ABS8, m1
@ expect sunder error: R_ARM_ABS8 against 'm1': value -129 (0xffffff7f) is not in [-128, 255]
@ Top of the signed range: X = 0x70 + 0xf = 127.
smax:   .byte mid + 0xf
@ expect smax bytes: 7f
@ Past it, still unsigned: X = 0x70 + 0x10 = 128.
u128:   .byte mid + 0x10
@ expect u128 bytes: 80
@ Bottom of the unsigned range: X = 0.
uzero:  .byte zero
@ expect uzero bytes: 00
@ Below it, still signed: X = 0 + (-1) = -1 (field 0xff).
sneg1:  .byte 0xff
        .reloc sneg1, R_ARM_ABS8, zero
@ expect sneg1 bytes: ff

        .section .hi, "a", %progbits
        .globl hi
hi:     .byte 0

        .section .mid, "a", %progbits
        .globl mid
mid:    .byte 0
