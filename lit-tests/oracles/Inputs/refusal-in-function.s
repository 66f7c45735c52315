@ GNU ld names a site inside a function on two lines, "<object 1>: in
@ function `_start':" and "(.text+0x0): relocation truncated to fit: ...
@ defined in .far section in <object 2>": the site is object 1's, and
@ object 2 (refusal-other-object.s) has an in-range site at .text+0x0.
@ relocheck: --arch=armv7-a --section-start=.far=0x20000 refusal-other-object.s
@ expect _start error: 65532 (0xfffc) is not in [-2048, 2046]
        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start: .inst.n 0xe7fe
        .reloc _start, R_ARM_THM_JUMP11, far
        bx lr
