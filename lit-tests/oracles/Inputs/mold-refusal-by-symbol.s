@ THM_JUMP19 at its range ends against absolute symbols, one site each
@ (oracles/refusal-by-symbol.test). mold 1.10 names a refused site by its
@ section and symbol, without an offset.
@ relocheck: --arch=armv7-m -Ttext=0x100000 --no-veneers
@ relocheck: --defsym=t_typical=0x100044 --defsym=t_at_max=0x20000a --defsym=t_at_min=0x14 --defsym=t_over_max=0x20001c
        .syntax unified
        .thumb
        .text
        .globl _start
_start:
typical:
        .reloc typical, R_ARM_THM_JUMP19, t_typical
        .inst.w 0xf43faffe
        .space 4
at_max:
        .reloc at_max, R_ARM_THM_JUMP19, t_at_max
        .inst.w 0xf43faffe
        .space 4
at_min:
        .reloc at_min, R_ARM_THM_JUMP19, t_at_min
        .inst.w 0xf43faffe
        .space 4
over_max:
        .reloc over_max, R_ARM_THM_JUMP19, t_over_max
        .inst.w 0xf43faffe
        .space 4
twice1:
        .reloc twice1, R_ARM_THM_JUMP19, t_over_max
        .inst.w 0xf43faffe
