@ The LDC_PC_G0 reference site for same-bytes-as-linkers.s: lld has no LDC
@ groups, so only GNU ld links this file. `ldc p14, c5, [pc, #-8]` at
@ 0x30000, ldcdata at 0x30048: X = 0x40 -> 0xed9f5e10.
        .syntax unified
        .arm
        .section .ldc, "ax", %progbits
        .globl ldcsite
ldcsite:
c1:     .inst 0xed1f5e02
        .reloc c1, R_ARM_LDC_PC_G0, ldcdata
        bx lr

        .section .ldcdata, "a", %progbits
        .globl ldcdata
ldcdata:
        .word 0
