@ Input of own-veneer-no-veneers.test: B<c>.W to untyped Thumb labels in
@ other sections, one in and one just out of reach each way.
@ relocheck: --arch=armv7-a -Ttext=0x200000 --section-start=.hi=0x300000 --section-start=.lo=0x10000c --no-veneers
        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start:
hi_ok:  beq.w far_hi_ok
@ expect hi_ok branch: far_hi_ok thumb
hi_bad: beq.w far_hi_bad
@ expect hi_bad error: value 1048576 (0x100000) is not in [-1048576, 1048574]
lo_ok:  bne.w far_lo_ok
@ expect lo_ok branch: far_lo_ok thumb
lo_bad: bne.w far_lo_bad
@ expect lo_bad error: value -1048578 (0xffeffffe) is not in [-1048576, 1048574]
        bx lr
        .section .hi, "ax", %progbits
        .thumb
        .space 2
far_hi_ok:  nop
        .space 4
far_hi_bad: nop
        .section .lo, "ax", %progbits
        .thumb
far_lo_ok:  nop
far_lo_bad: nop
