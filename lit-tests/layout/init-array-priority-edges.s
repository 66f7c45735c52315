@ .init_array.N at the edges, ordered as lld orders them: N read as a
@ 32-bit signed number (.init_array.-5 first), anything else (plain
@ .init_array) 65536, so .init_array.65537 comes after the plain one.
@ GNU ld and mold order these edges otherwise (README, "Known limits");
@ they agree for N in 0..65535, which compilers write. (-5 was read as no
@ number: relocheck put it after the plain one.) `diff` pins the order
@ through its script, so the image is compared with lld's directly.
@ REQUIRES: ld.lld
@ RUN: relocheck link --arch=armv7-a -Ttext=0x10000 --section-start=.init_array=0x20000 %s -o %t.elf
@ RUN: llvm-objdump -s -j .init_array %t.elf | FileCheck %s
@ RUN: llvm-mc -triple=armv7a-linux-gnueabihf -filetype=obj %s -o %t.o
@ RUN: ld.lld -static -Ttext=0x10000 --section-start=.init_array=0x20000 %t.o -o %t.lld.elf
@ RUN: llvm-objdump -s -j .init_array %t.lld.elf | FileCheck %s
@ f4 (-5), f1 (100), f2 (200), f3 (plain), f5 (65537):
@ CHECK: 20000 10000100 04000100 08000100 0c000100
@ CHECK-NEXT: 20010 14000100
        .text
        .globl _start
        .type _start, %function
_start: bx lr
        .globl f1, f2, f3, f4, f5
f1:     bx lr
f2:     bx lr
f3:     bx lr
f4:     bx lr
f5:     bx lr
        .section .init_array, "aw", %init_array
        .word f3
        .section .init_array.65537, "aw", %init_array
        .word f5
        .section .init_array.200, "aw", %init_array
        .word f2
        .section ".init_array.-5", "aw", %init_array
        .word f4
        .section .init_array.100, "aw", %init_array
        .word f1
