@ Compressed debug sections (gABI SHF_COMPRESSED, as clang -gz or
@ objcopy --compress-debug-sections write them): the relocations apply to
@ the inflated bytes, and the output holds the section uncompressed, as
@ lld and GNU ld write it. A zlib and a zstd copy of this object link to
@ the same bytes as the plain one (before, the words were written into
@ the zlib stream and the header, and the link "passed").
@ RUN: llvm-mc-22 -triple=armv7a-none-eabi -filetype=obj %s -o %t.o
@ RUN: llvm-objcopy-22 --compress-debug-sections=zlib %t.o %t-zlib.o
@ RUN: llvm-objcopy-22 --compress-debug-sections=zstd %t.o %t-zstd.o
@ RUN: llvm-readelf-22 -S %t-zlib.o %t-zstd.o | FileCheck %s --check-prefix=IN
@ IN: .debug_info PROGBITS {{.*}} C 0 0 {{[0-9]+}}
@ IN: .debug_info PROGBITS {{.*}} C 0 0 {{[0-9]+}}
@ RUN: relocheck check -Ttext=0x20000 %t-zlib.o | FileCheck %s
@ RUN: relocheck check -Ttext=0x20000 %t-zstd.o | FileCheck %s
@ CHECK: PASS
@ RUN: relocheck link -Ttext=0x20000 %t.o -o %t.elf
@ RUN: relocheck link -Ttext=0x20000 %t-zlib.o -o %t-zlib.elf
@ RUN: relocheck link -Ttext=0x20000 %t-zstd.o -o %t-zstd.elf
@ RUN: llvm-objdump-22 -s -j .debug_info %t.elf | FileCheck %s --check-prefix=BYTES
@ RUN: llvm-objdump-22 -s -j .debug_info %t-zlib.elf | FileCheck %s --check-prefix=BYTES
@ RUN: llvm-objdump-22 -s -j .debug_info %t-zstd.elf | FileCheck %s --check-prefix=BYTES
@ BYTES:      0000 00000200 09000200 00000000 0c000000
@ BYTES-NEXT: 0010 00000000
@ lld and GNU ld inflate them too, and write the same words.
@ RUN: relocheck diff --oracles=lld,gnu-ld -Ttext=0x20000 %t-zstd.o | FileCheck %s --check-prefix=DIFF
@ DIFF: 0 wrong sites across the oracles
@ RUN: llvm-readelf-22 -S %t-zlib.elf | FileCheck %s --check-prefix=OUT
@ OUT: .debug_info PROGBITS 00000000 {{[0-9a-f]+}} 000014 00 0 0 4

        .syntax unified
        .arm
        .text
        .globl _start
        .type _start, %function
_start: bx lr
        .thumb
        .type fnT, %function
fnT:    bx lr

        .section .debug_abbrev, "", %progbits
        .zero 12
abb:    .byte 4

        .section .debug_info, "", %progbits
        .balign 4
        .word _start
        .word fnT + 4
        .zero 4
        .word abb
        .zero 4
