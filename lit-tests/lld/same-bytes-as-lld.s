@ For correct inputs, relocheck's linker core writes the same bytes as
@ ld.lld 22 with the same linker script: every kind of the first set.
@ REQUIRES: ld.lld
@ RUN: llvm-mc -triple=armv7a-none-eabi -arm-add-build-attributes -filetype=obj %s -o %t.o
@ RUN: %lld -static -T %inputs/lld-compare.lds %t.o -o %t.lld.elf
@ RUN: relocheck link -T %inputs/lld-compare.lds %s -o %t.rc.elf
@ RUN: llvm-objcopy -O binary --only-section=.text %t.lld.elf %t.lld.text
@ RUN: llvm-objcopy -O binary --only-section=.text %t.rc.elf %t.rc.text
@ RUN: cmp %t.lld.text %t.rc.text
@ RUN: llvm-objcopy -O binary --only-section=.thumbcode %t.lld.elf %t.lld.thumb
@ RUN: llvm-objcopy -O binary --only-section=.thumbcode %t.rc.elf %t.rc.thumb
@ RUN: cmp %t.lld.thumb %t.rc.thumb
@ RUN: llvm-objcopy -O binary --only-section=.data %t.lld.elf %t.lld.data
@ RUN: llvm-objcopy -O binary --only-section=.data %t.rc.elf %t.rc.data
@ RUN: cmp %t.lld.data %t.rc.data
@ And the checker agrees with every site:
@ RUN: relocheck check -T %inputs/lld-compare.lds %s | FileCheck %s
@ CHECK: PASS

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start: bl armfn
        bl thumbfn
        blx armfn
        beq armfn
        b armfn
        movw r0, #:lower16:thumbfn
        movt r0, #:upper16:thumbfn
        movw r1, #:lower16:(datum - 0x20)
        movt r1, #:upper16:(datum - 0x20)
        movw r2, #:lower16:(datum - .)
        movt r2, #:upper16:(datum - .)
        .reloc ., R_ARM_NONE, datum
        nop
        .type armfn, %function
armfn:  bx lr

        .section .thumbcode, "ax", %progbits
        .thumb
        .globl thumbfn
        .type thumbfn, %function
thumbfn:
        bl thumbfn2
        bl armfn
        blx armfn
        b.w thumbfn2
        movw r3, #:lower16:thumbfn
        movt r3, #:upper16:thumbfn
        movw r4, #:lower16:(datum - .)
        movt r4, #:upper16:(datum - .)
        nop
        .type thumbfn2, %function
thumbfn2:
        bx lr

        .data
datum:  .word thumbfn
        .word armfn + 8
        .word datum - .
        .word thumbfn - .
        .reloc ., R_ARM_TARGET1, armfn
        .word 0
        .reloc ., R_ARM_PREL31, thumbfn
        .word 0
