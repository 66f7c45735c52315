# A JITLink-style test: an external symbol pinned with -abs, the code in a
# slab at a fixed address.
# RUN: llvm-mc -triple=armv7-none-linux-gnueabi -arm-add-build-attributes \
# RUN:   -filetype=obj -o %t_armv7.o %s
# RUN: llvm-jitlink -noexec -slab-address 0x76ff0000 -slab-allocate 10Kb \
# RUN:   -slab-page-size 4096 -abs ext=0x76bbe880 -check %s %t_armv7.o

        .text
        .syntax unified
        .globl main
        .type main, %function
main:
        bl ext
        movw r0, :lower16:ext
        movt r0, :upper16:ext
        bx lr
# jitlink-check: decode_operand(main, 0) = ext - (main + 8)
