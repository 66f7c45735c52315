@ R_ARM_PLT32 at the exact ends of the ARM branch range and one step beyond:
@ X in [-0x2000000, 0x1fffffc], step 4, as for JUMP24 (fact sheet 4,
@ branch ranges; 2, row notes). The sites at the ends must link; one step
@ past each end fails with the value and the inclusive range, and an X
@ that is not a multiple of 4 fails as misaligned (fact sheet 2: Al 4).
@ A Thumb target is a state change that B/BL cannot make (never BLX).
@ --no-veneers makes these encoding limits errors (R_ARM_PLT32-veneer.s shows
@ the veneers the ABI allows instead). Fields are planted with .inst
@ (A = -8) and the relocation added with .reloc.
@ relocheck: --arch=armv7-a -Ttext=0x4000000 --no-veneers
@ relocheck: --section-start=.hi=0x6000008 --section-start=.lo=0x2000010
@ relocheck: --section-start=.odd=0x4002000 --section-start=.thumbfn=0x4003006
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start:
@ BL: X = 0x6000008 - 8 - 0x4000000 = 0x2000000, one step past the max.
over:   .inst 0xebfffffe
        .reloc over, R_ARM_PLT32, fhi
@ expect over error: R_ARM_PLT32 against 'fhi': value 33554432 (0x2000000) is not in [-33554432, 33554428]
@ BL: X = 0x6000008 - 8 - 0x4000004 = 0x1fffffc (max), imm24 0x7fffff.
max:    .inst 0xebfffffe
        .reloc max, R_ARM_PLT32, fhi
@ expect max branch: fhi arm
@ expect max bytes: ff ff 7f eb
@ B: X = 0x2000010 - 8 - 0x4000008 = -0x2000000 (min), imm24 0x800000.
min:    .inst 0xeafffffe
        .reloc min, R_ARM_PLT32, flo
@ expect min branch: flo arm
@ expect min bytes: 00 00 80 ea
@ BNE: X = 0x2000010 - 8 - 0x400000c = -0x2000004, one step past the min.
under:  .inst 0x1afffffe
        .reloc under, R_ARM_PLT32, flo
@ expect under error: R_ARM_PLT32 against 'flo': value -33554436 (0xfdfffffc) is not in [-33554432, 33554428]
@ BLGT at max: X = 0x6000014 - 8 - 0x4000010 = 0x1fffffc, cond GT (0xc).
cmax:   .inst 0xcbfffffe
        .reloc cmax, R_ARM_PLT32, fhi2
@ expect cmax branch: fhi2 arm
@ expect cmax bytes: ff ff 7f cb
@ B to an untyped label at 0x4002002: X = 0x4002002 - 8 - 0x4000014
@ = 0x1fe6 = 8166, not a multiple of 4.
odd:    .inst 0xeafffffe
        .reloc odd, R_ARM_PLT32, half
@ expect odd error: R_ARM_PLT32 against 'half': value 8166 (0x1fe6) is not a multiple of 4 (misaligned target)
@ BL to a Thumb function in range: X = 0x4003007 - 8 - 0x4000018 = 0x2fe7.
thumb:  .inst 0xebfffffe
        .reloc thumb, R_ARM_PLT32, fnT
@ expect thumb error: R_ARM_PLT32 against 'fnT': B/BL<c> to a Thumb function changes state; that needs a veneer
        bx lr

        .section .hi, "ax", %progbits
        .arm
        .globl fhi
        .type fhi, %function
fhi:    bx lr
        nop
        nop
        .globl fhi2
        .type fhi2, %function
fhi2:   bx lr

        .section .lo, "ax", %progbits
        .arm
        .globl flo
        .type flo, %function
flo:    bx lr

        .section .odd, "ax", %progbits
        .arm
        .short 0
        .globl half
half:   .short 0

        .section .thumbfn, "ax", %progbits
        .balign 2
        .thumb
        .globl fnT
        .type fnT, %function
fnT:    bx lr
