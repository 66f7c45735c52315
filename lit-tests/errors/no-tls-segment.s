@ A TLS relocation against a symbol that is not a TLS one, in a link with
@ no SHF_TLS section: refused at the site (it was applied with tp = 0);
@ lld refuses it too.
@ RUN: not relocheck check %s 2>&1 | FileCheck %s
@ CHECK: no-tls-segment.s:(.text+0x4): error: R_ARM_TLS_LE32 against 'x': is a TLS relocation, but the symbol is not a TLS one (not STT_TLS, not in an SHF_TLS section): it has an address, not an offset in the TLS block (GNU ld says "used with non-TLS symbol")
@ REQUIRES: ld.lld
@ A symbol typed STT_TLS outside a TLS section (llvm-mc types x so when
@ it meets x(TPOFF)) is refused when the object is read, as lld refuses it.
@ RUN: printf '\t.text\n\t.word x(TPOFF)\n\t.data\nx:\t.word 0\n' > %t.s
@ RUN: not relocheck check %t.s 2>&1 | FileCheck %s --check-prefix=TYPED
@ TYPED: error: symbol 'x' (symbol {{[0-9]+}}) is STT_TLS but is defined in section '.data', which is not a TLS section (no SHF_TLS)
@ RUN: llvm-mc -triple=armv7a-none-eabi -filetype=obj %t.s -o %t.o
@ RUN: not ld.lld %t.o -o %t.elf 2>&1 | FileCheck %s --check-prefix=LLD
@ LLD: error: {{.*}}has an STT_TLS symbol but doesn't have a PT_TLS segment
        .text
        .globl _start
        .type _start, %function
_start: bx lr
w:      .reloc w, R_ARM_TLS_LE32, x
        .word 0
        .data
        .globl x
x:      .word 0
