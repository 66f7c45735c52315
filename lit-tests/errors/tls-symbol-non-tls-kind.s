@ A TLS symbol has an offset in the TLS block, not an address: a
@ relocation that is not a TLS one against it is an error (it was linked
@ with the address of the symbol in the .tdata template). GNU ld says
@ "used with TLS symbol" (but links, exit 0); lld writes the offset. NONE and TLS kinds
@ against it are fine.
@ RUN: relocheck check %s | FileCheck %s
@ CHECK: PASS
@ REQUIRES: gnu-ld
@ RUN: llvm-mc-22 -triple=armv7a-none-eabi -filetype=obj %s -o %t.o
@ RUN: arm-linux-gnueabihf-ld %t.o -o %t.elf 2>&1 | FileCheck %s --check-prefix=GNU
@ GNU: R_ARM_ABS32 used with TLS symbol tv
        .syntax unified
        .text
        .globl _start
        .type _start, %function
_start: bx lr
abs:    .word tv
@ expect abs error: is not a TLS relocation, but the symbol is a TLS one (STT_TLS): it has an offset in the TLS block, not an address (GNU ld says "used with TLS symbol"; lld writes the offset)
movw:   movw r0, #:lower16:tv
@ expect movw error: is not a TLS relocation
le:     .word tv(tpoff)
@ The TCB (8 bytes) and 8 bytes of .tdata come before tv.
@ expect le value: 0x10
none:   .reloc ., R_ARM_NONE, tv
        nop
        .section .tdata, "awT", %progbits
        .word 0, 0
        .type tv, %tls_object
tv:     .word 5
