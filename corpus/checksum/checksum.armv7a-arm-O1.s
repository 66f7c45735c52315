	.syntax	unified
	.eabi_attribute	67, "2.09"	@ Tag_conformance
	.eabi_attribute	6, 10	@ Tag_CPU_arch
	.eabi_attribute	7, 65	@ Tag_CPU_arch_profile
	.eabi_attribute	8, 1	@ Tag_ARM_ISA_use
	.eabi_attribute	9, 2	@ Tag_THUMB_ISA_use
	.eabi_attribute	34, 1	@ Tag_CPU_unaligned_access
	.eabi_attribute	17, 1	@ Tag_ABI_PCS_GOT_use
	.eabi_attribute	20, 1	@ Tag_ABI_FP_denormal
	.eabi_attribute	21, 0	@ Tag_ABI_FP_exceptions
	.eabi_attribute	23, 3	@ Tag_ABI_FP_number_model
	.eabi_attribute	24, 1	@ Tag_ABI_align_needed
	.eabi_attribute	25, 1	@ Tag_ABI_align_preserved
	.eabi_attribute	38, 1	@ Tag_ABI_FP_16bit_format
	.eabi_attribute	18, 4	@ Tag_ABI_PCS_wchar_t
	.eabi_attribute	26, 2	@ Tag_ABI_enum_size
	.eabi_attribute	14, 0	@ Tag_ABI_PCS_R9_use
	.file	"checksum.c"
	.text
	.globl	str_len                         @ -- Begin function str_len
	.p2align	2
	.type	str_len,%function
	.code	32
str_len:                                @ @str_len
	.fnstart
@ %bb.0:
	mov	r1, #0
.LBB0_1:                                @ =>This Inner Loop Header: Depth=1
	ldrb	r2, [r0, r1]
	add	r1, r1, #1
	cmp	r2, #0
	bne	.LBB0_1
@ %bb.2:
	sub	r0, r1, #1
	bx	lr
.Lfunc_end0:
	.size	str_len, .Lfunc_end0-str_len
	.cantunwind
	.fnend
                                        @ -- End function
	.globl	mix                             @ -- Begin function mix
	.p2align	2
	.type	mix,%function
	.code	32
mix:                                    @ @mix
	.fnstart
@ %bb.0:
	eor	r0, r1, r0
	movw	r2, #31153
	movt	r2, #40503
	mul	r1, r1, r2
	add	r0, r1, r0, ror #27
	bx	lr
.Lfunc_end1:
	.size	mix, .Lfunc_end1-mix
	.cantunwind
	.fnend
                                        @ -- End function
	.globl	fill_scratch                    @ -- Begin function fill_scratch
	.p2align	2
	.type	fill_scratch,%function
	.code	32
fill_scratch:                           @ @fill_scratch
	.fnstart
@ %bb.0:
	.save	{r11, lr}
	push	{r11, lr}
	mov	r0, #0
	movw	r12, :lower16:crc_table
	movt	r12, :upper16:crc_table
	movw	lr, :lower16:seeds
	movt	lr, :upper16:seeds
	movw	r3, :lower16:scratch
	movt	r3, :upper16:scratch
.LBB2_1:                                @ =>This Inner Loop Header: Depth=1
	ldrb	r1, [r12, r0, lsl #1]
	and	r2, r0, #7
	ldr	r2, [lr, r2, lsl #2]
	eor	r1, r2, r1, lsl r0
	str	r1, [r3, r0, lsl #2]
	add	r0, r0, #1
	cmp	r0, #16
	bne	.LBB2_1
@ %bb.2:
	pop	{r11, pc}
.Lfunc_end2:
	.size	fill_scratch, .Lfunc_end2-fill_scratch
	.cantunwind
	.fnend
                                        @ -- End function
	.globl	hash_words                      @ -- Begin function hash_words
	.p2align	2
	.type	hash_words,%function
	.code	32
hash_words:                             @ @hash_words
	.fnstart
@ %bb.0:
	.save	{r4, r5, r6, r7, r8, r9, r10, lr}
	push	{r4, r5, r6, r7, r8, r9, r10, lr}
	mov	r6, #0
	movw	r8, :lower16:words
	movt	r8, :upper16:words
	movw	r9, :lower16:crc_table
	movt	r9, :upper16:crc_table
	b	.LBB3_3
.LBB3_1:                                @   in Loop: Header=BB3_3 Depth=1
	mov	r0, r10
.LBB3_2:                                @   in Loop: Header=BB3_3 Depth=1
	mov	r1, r4
	bl	mix
	add	r6, r6, #1
	cmp	r6, #6
	beq	.LBB3_6
.LBB3_3:                                @ =>This Loop Header: Depth=1
                                        @     Child Loop BB3_5 Depth 2
	mov	r10, r0
	ldr	r5, [r8, r6, lsl #2]
	mov	r0, r5
	bl	str_len
	mov	r4, r0
	cmp	r0, #0
	beq	.LBB3_1
@ %bb.4:                                @   in Loop: Header=BB3_3 Depth=1
	mov	r7, #0
	mov	r0, r10
.LBB3_5:                                @   Parent Loop BB3_3 Depth=1
                                        @ =>  This Inner Loop Header: Depth=2
	ldrb	r1, [r5, r7]
	add	r2, r6, r7
	and	r2, r2, #31
	ldrb	r2, [r9, r2]
	add	r1, r2, r1
	bl	mix
	add	r7, r7, #1
	cmp	r4, r7
	bne	.LBB3_5
	b	.LBB3_2
.LBB3_6:
	pop	{r4, r5, r6, r7, r8, r9, r10, pc}
.Lfunc_end3:
	.size	hash_words, .Lfunc_end3-hash_words
	.cantunwind
	.fnend
                                        @ -- End function
	.globl	compute                         @ -- Begin function compute
	.p2align	2
	.type	compute,%function
	.code	32
compute:                                @ @compute
	.fnstart
@ %bb.0:
	.save	{r4, r5, r6, r7, r8, lr}
	push	{r4, r5, r6, r7, r8, lr}
	bl	fill_scratch
	movw	r0, #40389
	movt	r0, #33052
	mov	r5, #0
	movw	r6, :lower16:scratch
	movt	r6, :upper16:scratch
	movw	r7, :lower16:seeds
	movt	r7, :upper16:seeds
	movw	r8, :lower16:rounds_done
	movt	r8, :upper16:rounds_done
.LBB4_1:                                @ =>This Loop Header: Depth=1
                                        @     Child Loop BB4_2 Depth 2
	mov	r4, #0
.LBB4_2:                                @   Parent Loop BB4_1 Depth=1
                                        @ =>  This Inner Loop Header: Depth=2
	ldr	r1, [r6, r4, lsl #2]
	bl	mix
	add	r4, r4, #1
	cmp	r4, #16
	bne	.LBB4_2
@ %bb.3:                                @   in Loop: Header=BB4_1 Depth=1
	ldr	r1, [r7, r5, lsl #2]
	add	r1, r1, r0
	str	r1, [r7, r5, lsl #2]
	mov	r4, r0
	bl	fill_scratch
	mov	r0, r4
	ldr	r1, [r8]
	add	r1, r1, #1
	str	r1, [r8]
	add	r5, r5, #1
	cmp	r5, #3
	bne	.LBB4_1
@ %bb.4:
	bl	hash_words
	ldr	r1, [r8]
	add	r0, r1, r0
	pop	{r4, r5, r6, r7, r8, pc}
.Lfunc_end4:
	.size	compute, .Lfunc_end4-compute
	.cantunwind
	.fnend
                                        @ -- End function
	.globl	main                            @ -- Begin function main
	.p2align	2
	.type	main,%function
	.code	32
main:                                   @ @main
	.fnstart
@ %bb.0:
	.save	{r11, lr}
	push	{r11, lr}
	bl	compute
	mov	r1, #1
	movw	r2, #13209
	movt	r2, #39359
	cmp	r0, r2
	bfi	r0, r1, #7, #25
	movweq	r0, #42
	pop	{r11, pc}
.Lfunc_end5:
	.size	main, .Lfunc_end5-main
	.cantunwind
	.fnend
                                        @ -- End function
	.type	crc_table,%object               @ @crc_table
	.section	.rodata,"a",%progbits
	.globl	crc_table
crc_table:
	.ascii	":\221\007\304^\"\360\031\213m\243@\022\356w\\\001\275i4\330\017\206\372+\223P\307\036d\251="
	.size	crc_table, 32

	.type	.L.str,%object                  @ @.str
	.section	.rodata.str1.1,"aMS",%progbits,1
.L.str:
	.asciz	"alpha"
	.size	.L.str, 6

	.type	.L.str.1,%object                @ @.str.1
.L.str.1:
	.asciz	"bravo"
	.size	.L.str.1, 6

	.type	.L.str.2,%object                @ @.str.2
.L.str.2:
	.asciz	"charlie"
	.size	.L.str.2, 8

	.type	.L.str.3,%object                @ @.str.3
.L.str.3:
	.asciz	"delta"
	.size	.L.str.3, 6

	.type	.L.str.4,%object                @ @.str.4
.L.str.4:
	.asciz	"echo"
	.size	.L.str.4, 5

	.type	.L.str.5,%object                @ @.str.5
.L.str.5:
	.asciz	"foxtrot"
	.size	.L.str.5, 8

	.type	words,%object                   @ @words
	.section	.rodata,"a",%progbits
	.globl	words
	.p2align	2, 0x0
words:
	.long	.L.str
	.long	.L.str.1
	.long	.L.str.2
	.long	.L.str.3
	.long	.L.str.4
	.long	.L.str.5
	.size	words, 24

	.type	seeds,%object                   @ @seeds
	.data
	.globl	seeds
	.p2align	2, 0x0
seeds:
	.long	305419896                       @ 0x12345678
	.long	2596069104                      @ 0x9abcdef0
	.long	253635900                       @ 0xf1e2d3c
	.long	1264216440                      @ 0x4b5a6978
	.long	2271560481                      @ 0x87654321
	.long	324508639                       @ 0x13579bdf
	.long	610839776                       @ 0x2468ace0
	.long	3735928559                      @ 0xdeadbeef
	.size	seeds, 32

	.type	scratch,%object                 @ @scratch
	.bss
	.globl	scratch
	.p2align	2, 0x0
scratch:
	.zero	64
	.size	scratch, 64

	.type	rounds_done,%object             @ @rounds_done
	.globl	rounds_done
	.p2align	2, 0x0
rounds_done:
	.long	0                               @ 0x0
	.size	rounds_done, 4

	.ident	"Debian clang version 22.1.8 (1~deb12u1)"
	.section	".note.GNU-stack","",%progbits
	.eabi_attribute	30, 1	@ Tag_ABI_optimization_goals
