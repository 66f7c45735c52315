@ A TLS relocation in a link with no SHF_TLS section: there is no PT_TLS,
@ so tp and the TLS block have no address. Refused at the site (it was
@ applied with tp = 0); lld refuses it too.
@ RUN: not relocheck check %s 2>&1 | FileCheck %s
@ CHECK: no-tls-segment.s:(.text+0x4): error: R_ARM_TLS_LE32 against 'x': is a TLS relocation, but the link has no TLS segment (no SHF_TLS section such as .tdata or .tbss), so tp is undefined
@ REQUIRES: ld.lld
@ RUN: llvm-mc -triple=armv7a-none-eabi -filetype=obj %s -o %t.o
@ RUN: not ld.lld %t.o -o %t.elf 2>&1 | FileCheck %s --check-prefix=LLD
@ LLD: error: {{.*}}has an STT_TLS symbol but doesn't have a PT_TLS segment
        .text
        .globl _start
        .type _start, %function
_start: bx lr
w:      .word x(TPOFF)
        .data
        .globl x
        .type x, %tls_object
x:      .word 0
