	.syntax	unified
	.eabi_attribute	67, "2.09"	@ Tag_conformance
	.cpu	arm1022e
	.eabi_attribute	6, 4	@ Tag_CPU_arch
	.eabi_attribute	8, 1	@ Tag_ARM_ISA_use
	.eabi_attribute	9, 1	@ Tag_THUMB_ISA_use
	.eabi_attribute	34, 0	@ Tag_CPU_unaligned_access
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
	.p2align	1
	.type	str_len,%function
	.code	16
	.thumb_func
str_len:                                @ @str_len
	.fnstart
@ %bb.0:
	movs	r1, #0
.LBB0_1:                                @ =>This Inner Loop Header: Depth=1
	ldrb	r2, [r0, r1]
	adds	r1, r1, #1
	cmp	r2, #0
	bne	.LBB0_1
@ %bb.2:
	subs	r0, r1, #1
	bx	lr
.Lfunc_end0:
	.size	str_len, .Lfunc_end0-str_len
	.cantunwind
	.fnend
                                        @ -- End function
	.globl	mix                             @ -- Begin function mix
	.p2align	2
	.type	mix,%function
	.code	16
	.thumb_func
mix:                                    @ @mix
	.fnstart
@ %bb.0:
	ldr	r2, .LCPI1_0
	muls	r2, r1, r2
	eors	r0, r1
	movs	r1, #27
	rors	r0, r1
	adds	r0, r0, r2
	bx	lr
	.p2align	2
@ %bb.1:
.LCPI1_0:
	.long	2654435761                      @ 0x9e3779b1
.Lfunc_end1:
	.size	mix, .Lfunc_end1-mix
	.cantunwind
	.fnend
                                        @ -- End function
	.globl	fill_scratch                    @ -- Begin function fill_scratch
	.p2align	2
	.type	fill_scratch,%function
	.code	16
	.thumb_func
fill_scratch:                           @ @fill_scratch
	.fnstart
@ %bb.0:
	.save	{r4, r5, r7, lr}
	push	{r4, r5, r7, lr}
	movs	r0, #0
	ldr	r1, .LCPI2_0
	ldr	r2, .LCPI2_1
	ldr	r3, .LCPI2_2
.LBB2_1:                                @ =>This Inner Loop Header: Depth=1
	ldrb	r4, [r1]
	lsls	r4, r0
	lsls	r5, r0, #29
	lsrs	r5, r5, #27
	ldr	r5, [r3, r5]
	eors	r5, r4
	stm	r2!, {r5}
	adds	r1, r1, #2
	adds	r0, r0, #1
	cmp	r0, #16
	bne	.LBB2_1
@ %bb.2:
	pop	{r4, r5, r7, pc}
	.p2align	2
@ %bb.3:
.LCPI2_0:
	.long	crc_table
.LCPI2_1:
	.long	scratch
.LCPI2_2:
	.long	seeds
.Lfunc_end2:
	.size	fill_scratch, .Lfunc_end2-fill_scratch
	.cantunwind
	.fnend
                                        @ -- End function
	.globl	hash_words                      @ -- Begin function hash_words
	.p2align	2
	.type	hash_words,%function
	.code	16
	.thumb_func
hash_words:                             @ @hash_words
	.fnstart
@ %bb.0:
	.save	{r4, r5, r6, r7, lr}
	push	{r4, r5, r6, r7, lr}
	.pad	#4
	sub	sp, #4
	str	r0, [sp]                        @ 4-byte Spill
	ldr	r0, .LCPI3_0
	bl	str_len
	movs	r4, r0
	cmp	r0, #0
	beq	.LBB3_3
@ %bb.1:
	movs	r7, #0
	movs	r6, #31
	ldr	r5, .LCPI3_1
	ldr	r0, [sp]                        @ 4-byte Reload
.LBB3_2:                                @ =>This Inner Loop Header: Depth=1
	ldr	r1, .LCPI3_0
	ldrb	r1, [r1, r7]
	movs	r2, r7
	ands	r2, r6
	ldrb	r2, [r5, r2]
	adds	r1, r2, r1
	bl	mix
	adds	r7, r7, #1
	cmp	r4, r7
	bne	.LBB3_2
	b	.LBB3_4
.LBB3_3:
	ldr	r0, [sp]                        @ 4-byte Reload
.LBB3_4:
	movs	r1, r4
	bl	mix
	str	r0, [sp]                        @ 4-byte Spill
	ldr	r0, .LCPI3_2
	bl	str_len
	movs	r4, r0
	cmp	r0, #0
	beq	.LBB3_7
@ %bb.5:
	movs	r7, #0
	movs	r6, #31
	ldr	r5, .LCPI3_1
	ldr	r0, [sp]                        @ 4-byte Reload
.LBB3_6:                                @ =>This Inner Loop Header: Depth=1
	ldr	r1, .LCPI3_2
	ldrb	r1, [r1, r7]
	adds	r7, r7, #1
	movs	r2, r7
	ands	r2, r6
	ldrb	r2, [r5, r2]
	adds	r1, r2, r1
	bl	mix
	cmp	r4, r7
	bne	.LBB3_6
	b	.LBB3_8
.LBB3_7:
	ldr	r0, [sp]                        @ 4-byte Reload
.LBB3_8:
	movs	r1, r4
	bl	mix
	str	r0, [sp]                        @ 4-byte Spill
	ldr	r5, .LCPI3_3
	movs	r0, r5
	bl	str_len
	movs	r4, r0
	cmp	r0, #0
	beq	.LBB3_11
@ %bb.9:
	movs	r7, #0
	movs	r6, #31
	ldr	r0, [sp]                        @ 4-byte Reload
.LBB3_10:                               @ =>This Inner Loop Header: Depth=1
	ldrb	r1, [r5, r7]
	adds	r2, r7, #2
	ands	r2, r6
	ldr	r3, .LCPI3_1
	ldrb	r2, [r3, r2]
	adds	r1, r2, r1
	bl	mix
	adds	r7, r7, #1
	cmp	r4, r7
	bne	.LBB3_10
	b	.LBB3_12
.LBB3_11:
	ldr	r0, [sp]                        @ 4-byte Reload
.LBB3_12:
	movs	r1, r4
	bl	mix
	str	r0, [sp]                        @ 4-byte Spill
	ldr	r5, .LCPI3_4
	movs	r0, r5
	bl	str_len
	movs	r4, r0
	cmp	r0, #0
	beq	.LBB3_15
@ %bb.13:
	movs	r7, #0
	movs	r6, #31
	ldr	r0, [sp]                        @ 4-byte Reload
.LBB3_14:                               @ =>This Inner Loop Header: Depth=1
	ldrb	r1, [r5, r7]
	adds	r2, r7, #3
	ands	r2, r6
	ldr	r3, .LCPI3_1
	ldrb	r2, [r3, r2]
	adds	r1, r2, r1
	bl	mix
	adds	r7, r7, #1
	cmp	r4, r7
	bne	.LBB3_14
	b	.LBB3_16
.LBB3_15:
	ldr	r0, [sp]                        @ 4-byte Reload
.LBB3_16:
	movs	r1, r4
	bl	mix
	str	r0, [sp]                        @ 4-byte Spill
	ldr	r5, .LCPI3_5
	movs	r0, r5
	bl	str_len
	movs	r4, r0
	cmp	r0, #0
	beq	.LBB3_19
@ %bb.17:
	movs	r7, #0
	movs	r6, #31
	ldr	r0, [sp]                        @ 4-byte Reload
.LBB3_18:                               @ =>This Inner Loop Header: Depth=1
	ldrb	r1, [r5, r7]
	adds	r2, r7, #4
	ands	r2, r6
	ldr	r3, .LCPI3_1
	ldrb	r2, [r3, r2]
	adds	r1, r2, r1
	bl	mix
	adds	r7, r7, #1
	cmp	r4, r7
	bne	.LBB3_18
	b	.LBB3_20
.LBB3_19:
	ldr	r0, [sp]                        @ 4-byte Reload
.LBB3_20:
	movs	r1, r4
	bl	mix
	str	r0, [sp]                        @ 4-byte Spill
	ldr	r5, .LCPI3_6
	movs	r0, r5
	bl	str_len
	movs	r4, r0
	cmp	r0, #0
	beq	.LBB3_23
@ %bb.21:
	movs	r7, #0
	movs	r6, #31
	ldr	r0, [sp]                        @ 4-byte Reload
.LBB3_22:                               @ =>This Inner Loop Header: Depth=1
	ldrb	r1, [r5, r7]
	adds	r2, r7, #5
	ands	r2, r6
	ldr	r3, .LCPI3_1
	ldrb	r2, [r3, r2]
	adds	r1, r2, r1
	bl	mix
	adds	r7, r7, #1
	cmp	r4, r7
	bne	.LBB3_22
	b	.LBB3_24
.LBB3_23:
	ldr	r0, [sp]                        @ 4-byte Reload
.LBB3_24:
	movs	r1, r4
	bl	mix
	add	sp, #4
	pop	{r4, r5, r6, r7, pc}
	.p2align	2
@ %bb.25:
.LCPI3_0:
	.long	.L.str
.LCPI3_1:
	.long	crc_table
.LCPI3_2:
	.long	.L.str.1
.LCPI3_3:
	.long	.L.str.2
.LCPI3_4:
	.long	.L.str.3
.LCPI3_5:
	.long	.L.str.4
.LCPI3_6:
	.long	.L.str.5
.Lfunc_end3:
	.size	hash_words, .Lfunc_end3-hash_words
	.cantunwind
	.fnend
                                        @ -- End function
	.globl	compute                         @ -- Begin function compute
	.p2align	2
	.type	compute,%function
	.code	16
	.thumb_func
compute:                                @ @compute
	.fnstart
@ %bb.0:
	.save	{r4, r5, r6, r7, lr}
	push	{r4, r5, r6, r7, lr}
	.pad	#4
	sub	sp, #4
	bl	fill_scratch
	ldr	r4, .LCPI4_0
	movs	r5, #0
	ldr	r6, .LCPI4_1
.LBB4_1:                                @ =>This Inner Loop Header: Depth=1
	ldr	r1, [r6]
	movs	r0, r4
	bl	mix
	ldr	r1, [r6, #4]
	bl	mix
	ldr	r1, [r6, #8]
	bl	mix
	ldr	r1, [r6, #12]
	bl	mix
	ldr	r1, [r6, #16]
	bl	mix
	ldr	r1, [r6, #20]
	bl	mix
	ldr	r1, [r6, #24]
	bl	mix
	ldr	r1, [r6, #28]
	bl	mix
	ldr	r1, [r6, #32]
	bl	mix
	ldr	r1, [r6, #36]
	bl	mix
	ldr	r1, [r6, #40]
	bl	mix
	ldr	r1, [r6, #44]
	bl	mix
	ldr	r1, [r6, #48]
	bl	mix
	ldr	r1, [r6, #52]
	bl	mix
	ldr	r1, [r6, #56]
	bl	mix
	ldr	r1, [r6, #60]
	bl	mix
	movs	r4, r0
	ldr	r1, .LCPI4_2
	ldr	r0, [r1, r5]
	adds	r0, r0, r4
	str	r0, [r1, r5]
	bl	fill_scratch
	ldr	r1, .LCPI4_3
	ldr	r0, [r1]
	adds	r7, r0, #1
	str	r7, [r1]
	adds	r5, r5, #4
	cmp	r5, #12
	bne	.LBB4_1
@ %bb.2:
	movs	r0, r4
	bl	hash_words
	adds	r0, r7, r0
	add	sp, #4
	pop	{r4, r5, r6, r7, pc}
	.p2align	2
@ %bb.3:
.LCPI4_0:
	.long	2166136261                      @ 0x811c9dc5
.LCPI4_1:
	.long	scratch
.LCPI4_2:
	.long	seeds
.LCPI4_3:
	.long	rounds_done
.Lfunc_end4:
	.size	compute, .Lfunc_end4-compute
	.cantunwind
	.fnend
                                        @ -- End function
	.globl	main                            @ -- Begin function main
	.p2align	2
	.type	main,%function
	.code	16
	.thumb_func
main:                                   @ @main
	.fnstart
@ %bb.0:
	.save	{r7, lr}
	push	{r7, lr}
	bl	compute
	ldr	r1, .LCPI5_0
	cmp	r0, r1
	beq	.LBB5_2
@ %bb.1:
	movs	r1, #128
	orrs	r0, r1
	movs	r1, #255
	ands	r1, r0
	movs	r0, r1
	pop	{r7, pc}
.LBB5_2:
	movs	r0, #42
	pop	{r7, pc}
	.p2align	2
@ %bb.3:
.LCPI5_0:
	.long	2579444633                      @ 0x99bf3399
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
