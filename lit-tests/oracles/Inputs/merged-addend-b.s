@ For merged-judge.test: words naming a merged constant and string with
@ addends that leave them. A linker that merges puts the symbol's copy
@ first and adds the addend, landing anywhere: not judged.
        .syntax unified
        .section .rodata.cst4, "aM", %progbits, 4
.Lca:   .word 0x11111111
        .word 0x22222222
        .section .rodata.str1.1, "aMS", %progbits, 1
.Lhello: .asciz "hello"
        .asciz "world"
        .data
        .word .Lca + 4
        .word .Lhello + 6
        .word .Lhello - 1
