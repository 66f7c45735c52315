@ The second copy of f, for tombstone.s: discarded, with words in
@ .debug_info and .debug_ranges naming places in it.
        .syntax unified
        .section .text.f, "axG", %progbits, f, comdat
        .weak f
        .type f, %function
f:      nop
        nop
fend:   bx lr
        .section .debug_info, "", %progbits
        .word fend
        .word 0
        .word _start
        .section .debug_ranges, "", %progbits
        .word fend + 4
