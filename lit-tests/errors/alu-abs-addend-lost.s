@ The addend of a Thumb-1 MOVS/ADDS #:lower0_7:(sym+A) (and the other three
@ byte selectors, R_ARM_THM_ALU_ABS_G0_NC..G3) lives in the instruction's
@ imm8 in a REL object (AAELF32), so it must be in [0, 255]. LLVM MC 22
@ keeps only its low byte without a word (sym+0x100 linked as sym, sym-1
@ as sym+255); GNU as refuses the line, and so does relocheck.
@ RUN: not relocheck check %s 2>&1 | FileCheck %s
@ CHECK: alu-abs-addend-lost.s:[[# @LINE+46]]:34: error: addend 256 (0x100) of an R_ARM_THM_ALU_ABS_G* relocation against 'tgt' is not in [0, 255]: a REL object keeps it in the instruction's 8-bit immediate (AAELF32), and LLVM MC would silently keep only its low byte
@ CHECK: alu-abs-addend-lost.s:[[# @LINE+46]]:33: error: addend -1 (0xffffffff) of an R_ARM_THM_ALU_ABS_G* relocation against 'tgt'
@ CHECK: alu-abs-addend-lost.s:[[# @LINE+47]]:33: error: addend 256 (0x100) of an R_ARM_THM_ALU_ABS_G* relocation against 'tgt'
@ CHECK: FAIL: {{.*}}alu-abs-addend-lost.s
@ A .reloc's addend is lost the same way, for every kind: the ARM back end
@ writes nothing into the place for a .reloc, and a REL object keeps the
@ addend there.
@ RUN: printf '.data\nd1: .word 0\n .reloc d1, R_ARM_ABS32, tgt+5\nd2: .word 0\n .reloc d2, R_ARM_ABS32, tgt\n' > %t.reloc.s
@ RUN: not relocheck link %t.reloc.s --defsym=tgt=0x1000 -o %t.reloc.elf 2>&1 | FileCheck %s --check-prefix=RELOC
@ RELOC: reloc.s:3:29: error: '.reloc' with addend 5 against 'tgt': a REL object keeps the addend in the place's field, and LLVM MC writes none there (it would link as 0)
@ RELOC-NOT: error
@ A constant, or an absolute symbol MC folds to one, is lost too: the
@ relocation names no symbol (S = 0) and the place holds 0. (Found by
@ breaking relocheck: both linked as 0 and passed.) MC keeps no line for
@ a constant, so the place is named as well.
@ RUN: printf '.data\nd1: .word 0\n .reloc d1, R_ARM_ABS32, z\n .globl z\n .set z, 0x1234\nd2: .word 0\n .reloc d2, R_ARM_ABS32, 0x5678\nd3: .word 0\n .reloc d3, R_ARM_ABS32, 0\n' > %t.const.s
@ RUN: not relocheck link %t.const.s -o %t.const.elf 2>&1 | FileCheck %s --check-prefix=CONST
@ CONST: const.s:3:26: error: '.reloc' at .data+0x0 with the constant 0x1234 (or a symbol set to it): LLVM MC writes a relocation against no symbol and keeps the value nowhere (it would link as 0)
@ CONST-NEXT: const.s: error: '.reloc' at .data+0x4 with the constant 0x5678
@ CONST-NOT: error
@ A difference of symbols keeps only the first (or none): refused too
@ (it linked as _start alone and passed).
@ RUN: printf '.text\n.globl _start\n_start: bx lr\n.data\na: .word 0\n .reloc a, R_ARM_ABS32, _start - a\nc: .word 0\n .reloc c, R_ARM_ABS32, 0 - a\n' > %t.diff.s
@ RUN: not relocheck link %t.diff.s -o %t.diff.elf 2>&1 | FileCheck %s --check-prefix=DIFF
@ DIFF: diff.s:6:32: error: '.reloc' at .data+0x0 with a difference of symbols (minus 'a'): LLVM MC keeps only '_start' and drops the rest; .reloc a single symbol, or use a PC-relative kind (R_ARM_REL32 is S + A - P)
@ DIFF-NEXT: diff.s:8:27: error: '.reloc' at .data+0x4 with a difference of symbols (minus 'a'): LLVM MC keeps no symbol and drops the rest
@ A specifier (loc(GOT), (sbrel)) is dropped too: refused (it passed).
@ RUN: printf '.text\n.globl _start\n_start: bx lr\nloc: nop\n.data\na: .word 0\n .reloc a, R_ARM_ABS32, loc(GOT)\n' > %t.spec.s
@ RUN: not relocheck link %t.spec.s -o %t.spec.elf 2>&1 | FileCheck %s --check-prefix=SPEC
@ SPEC: spec.s:7:25: error: '.reloc' at .data+0x0 with a specifier such as (GOT) or (sbrel): LLVM MC drops it without a word
@ An expression with '.' names no symbol of its own: the error says so.
@ RUN: printf '.syntax unified\n.thumb\n_start: movs r0, #:lower8_15:(. + 0x100)\n' > %t.dot.s
@ RUN: not relocheck link --arch=armv6-m %t.dot.s -o %t.dot.elf 2>&1 | FileCheck %s --check-prefix=DOT
@ DOT: dot.s:3:33: error: addend 256 (0x100) of an R_ARM_THM_ALU_ABS_G* relocation against a temporary symbol (an expression with '.') is not in [0, 255]
@ Without the bad lines, the addends 0..255 link as written.
@ RUN: sed -e '/@ BAD/d' %s > %t.s
@ RUN: relocheck dump %t.s | FileCheck %s --check-prefix=KEPT
@ KEPT: m3 R_ARM_THM_ALU_ABS_G1_NC 'tgt' {{.*}} A=255 {{.*}} X=0x12345777 : 57 30 : adds r0, #87
@ KEPT: m5 R_ARM_THM_ALU_ABS_G0_NC 'tgt' {{.*}} A=0 {{.*}} : 78 30 : adds r0, #120
@ relocheck: --arch=armv6-m -Ttext=0x20000 --defsym=tgt=0x12345678
        .syntax unified
        .thumb
        .text
        .globl _start
        .type _start, %function
_start:
m1:     movs r0, #:upper8_15:(tgt+0x100)  @ BAD
m2:     adds r0, #:upper0_7:(tgt-1)       @ BAD
m3:     adds r0, #:lower8_15:(tgt+0xff)
m4:     adds r0, #:lower0_7:(tgt+0x100)   @ BAD
m5:     adds r0, #:lower0_7:tgt
        bx lr
