@ R_ARM_PREL31 range: X must fit 31 bits signed, [-0x40000000, 0x3FFFFFFF]
@ (reference §2, s31). Words at 0x40000000; targets are absolute symbols
@ (T = 0) placed so that X lands exactly on each bound and one step beyond:
@   max   P 0x40000000, S 0x7FFFFFFF: X = 0x3FFFFFFF   (links)
@   over  P 0x40000004, S 0x80000004: X = 0x40000000   (error)
@   min   P 0x40000008, S 0x00000008: X = -0x40000000  (links)
@   under P 0x4000000C, S 0x0000000B: X = -0x40000001  (error)
@ The max word has bit 31 set in the place and must keep it.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.words=0x40000000 --defsym=pmax=0x7FFFFFFF --defsym=pover=0x80000004 --defsym=pmin=0x8 --defsym=punder=0xB
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start: bx lr

        .section .words, "aw", %progbits
max:    .word 0x80000000
        .reloc max, R_ARM_PREL31, pmax
@ expect max value: 0x3FFFFFFF
@ expect max bytes: ff ff ff bf
over:   .word 0
        .reloc over, R_ARM_PREL31, pover
@ expect over error: value 1073741824 (0x40000000) is not in [-1073741824, 1073741823]
min:    .word 0
        .reloc min, R_ARM_PREL31, pmin
@ expect min value: 0xC0000000
@ expect min bytes: 00 00 00 40
under:  .word 0
        .reloc under, R_ARM_PREL31, punder
@ expect under error: value -1073741825 (0xbfffffff) is not in [-1073741824, 1073741823]
