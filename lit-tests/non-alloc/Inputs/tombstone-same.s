@ A second copy of f identical to tombstone.s's, with a debug word naming
@ a place in it through its section symbol, as compilers write them: GNU
@ ld then writes the kept copy's address there, lld and mold the
@ tombstone.
        .syntax unified
        .section .text.f, "axG", %progbits, f, comdat
        .weak f
        .type f, %function
f:
.Lfl:   bx lr
        .section .debug_info, "", %progbits
        .word .Lfl
