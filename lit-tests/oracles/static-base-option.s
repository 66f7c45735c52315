@ --static-base=ADDR is relocheck's own: no other linker is given it, so
@ a word through B(S) in an oracle's image is not judged against it (lld
@ takes the start of the segment, 0x10000 here, and was called WRONG).
@ Without the option both take the segment's start, and agree.
@ REQUIRES: ld.lld
@ relocheck: --arch=armv7-a --section-start=.data=0x30000
@ RUN: relocheck diff --oracles=lld --static-base=0x20000 %s | FileCheck %s --check-prefix=GIVEN
@ GIVEN: R_ARM_SBREL32 at (.text+0x4) relocheck: 04 00 01 00 | lld: 04 00 00 00 (not judged: relocheck's B(S) comes from --static-base=0x20000, which no other linker is given; read here: data word is 0x00000004, formula ((S + A) | T) - B(S) gives 0x00010004)
@ GIVEN: 0 wrong sites across the oracles
@ RUN: relocheck diff --oracles=lld %s | FileCheck %s --check-prefix=SEGMENT
@ SEGMENT: R_ARM_SBREL32 at (.text+0x4) relocheck: 04 00 00 00 | lld: 04 00 00 00 same
        .text
        .globl _start
        .type _start, %function
_start: bx lr
        .word datum(sbrel)
        .data
        .globl datum
        .word 0
datum:  .word 1
