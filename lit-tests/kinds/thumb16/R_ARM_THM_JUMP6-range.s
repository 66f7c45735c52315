@ R_ARM_THM_JUMP6 range: X = S + A - P in [0, 126], step 2; CBZ/CBNZ only
@ branch forward (reference §4 table, model; no linker checks this kind).
@ Fields are CBZ r0 with A = -4 (0xB3F0), planted with .reloc since llvm-mc
@ drops cross-section CBZ relocations. X = 0 is a branch to P + 4 and
@ X = -2 a branch to the next instruction (P + 2), one step below the
@ range; an untyped odd address (--defsym) gives an odd X.
@ relocheck: --arch=armv7-a -Ttext=0x20000 --section-start=.tmax=0x20082 --section-start=.tover=0x20086 --section-start=.tzero=0x2000c --defsym=oddAddr=0x20031
@ RUN: %check %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start:
@ X = 0x20082 - 4 - 0x20000 = 126: i=1, imm5=0x1F, 0xB3F8.
cmax:   .inst.n 0xb3f0
        .reloc cmax, R_ARM_THM_JUMP6, tMax
@ expect cmax branch: tMax thumb
@ expect cmax bytes: f8 b3
@ X = 0x20086 - 4 - 0x20002 = 128.
cover:  .inst.n 0xb3f0
        .reloc cover, R_ARM_THM_JUMP6, tOver
@ expect cover error: value 128 (0x80) is not in [0, 126]
@ X = 0x20006 - 4 - 0x20004 = -2 (nextI is the next instruction).
cunder: .inst.n 0xb3f0
        .reloc cunder, R_ARM_THM_JUMP6, nextI
@ expect cunder error: value -2 (0xfffffffe) is not in [0, 126]
        .globl nextI
nextI:
@ X = 0x20031 - 4 - 0x20006 = 39: in range, but odd.
codd:   .inst.n 0xb3f0
        .reloc codd, R_ARM_THM_JUMP6, oddAddr
@ expect codd error: value 39 (0x27) is not a multiple of 2 (misaligned target)
@ X = 0x2000C - 4 - 0x20008 = 0: CBZ with i=0, imm5=0, 0xB100.
cmin:   .inst.n 0xb3f0
        .reloc cmin, R_ARM_THM_JUMP6, tZero
@ expect cmin branch: tZero thumb
@ expect cmin bytes: 00 b1
        bx lr

        .section .tmax, "ax", %progbits
        .thumb
        .globl tMax
        .type tMax, %function
tMax:   bx lr

        .section .tover, "ax", %progbits
        .thumb
        .globl tOver
        .type tOver, %function
tOver:  bx lr

        .section .tzero, "ax", %progbits
        .thumb
        .globl tZero
        .type tZero, %function
tZero:  bx lr
