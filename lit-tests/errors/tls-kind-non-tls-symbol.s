@ A TLS relocation needs a symbol in the TLS block (STT_TLS, or defined in
@ an SHF_TLS section, or a section symbol of one): against any other it is
@ an error (a GOT word of S - tp was written, and the link passed). GNU ld
@ says "used with non-TLS symbol" but links (exit 0); it says so of the
@ .tdata section symbol too, which lld and relocheck take.
@ relocheck: --defsym=absym=0x1234
@ RUN: relocheck check %s | FileCheck %s
@ CHECK: PASS
@ A link of it writes nothing.
@ RUN: rm -f %t.r.elf && not relocheck link --defsym=absym=0x1234 %s -o %t.r.elf
@ RUN: not test -e %t.r.elf
@ REQUIRES: gnu-ld
@ RUN: llvm-mc-22 -triple=armv7a-none-eabi -filetype=obj %s -o %t.o
@ RUN: arm-linux-gnueabihf-ld %t.o --defsym=absym=0x1234 -o %t.elf 2>&1 | FileCheck %s --check-prefix=GNU
@ GNU: R_ARM_TLS_IE32 used with non-TLS symbol dsym
        .syntax unified
        .text
        .globl _start
        .type _start, %function
_start: bx lr
ie:     .reloc ., R_ARM_TLS_IE32, dsym
        .word 0
@ expect ie error: is a TLS relocation, but the symbol is not a TLS one (not STT_TLS, not in an SHF_TLS section): it has an address, not an offset in the TLS block (GNU ld says "used with non-TLS symbol")
gd:     .reloc ., R_ARM_TLS_GD32, .data
        .word 0
@ expect gd error: is a TLS relocation, but the symbol is not a TLS one
le:     .reloc ., R_ARM_TLS_LE32, absym
        .word 0
@ expect le error: is a TLS relocation, but the symbol is not a TLS one
@ A section symbol of .tdata is a TLS one.
ok:     .reloc ., R_ARM_TLS_LE32, .tdata
        .word 4
@ expect ok value: 0xc
        .data
        .globl dsym
dsym:   .word 0
        .section .tdata, "awT", %progbits
tv:     .word 1
