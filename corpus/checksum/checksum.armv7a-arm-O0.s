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
	.pad	#8
	sub	sp, sp, #8
	str	r0, [sp, #4]
	mov	r0, #0
	str	r0, [sp]
	b	.LBB0_1
.LBB0_1:                                @ =>This Inner Loop Header: Depth=1
	ldr	r0, [sp, #4]
	ldr	r1, [sp]
	ldrb	r0, [r0, r1]
	cmp	r0, #0
	beq	.LBB0_3
	b	.LBB0_2
.LBB0_2:                                @   in Loop: Header=BB0_1 Depth=1
	ldr	r0, [sp]
	add	r0, r0, #1
	str	r0, [sp]
	b	.LBB0_1
.LBB0_3:
	ldr	r0, [sp]
	add	sp, sp, #8
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
	.pad	#8
	sub	sp, sp, #8
	str	r0, [sp, #4]
	str	r1, [sp]
	ldr	r1, [sp]
	ldr	r0, [sp, #4]
	eor	r0, r0, r1
	str	r0, [sp, #4]
	ldr	r0, [sp, #4]
	ror	r0, r0, #27
	str	r0, [sp, #4]
	ldr	r0, [sp]
	ldr	r2, [sp, #4]
	movw	r1, #31153
	movt	r1, #40503
	mla	r0, r0, r1, r2
	str	r0, [sp, #4]
	ldr	r0, [sp, #4]
	add	sp, sp, #8
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
	.pad	#4
	sub	sp, sp, #4
	mov	r0, #0
	str	r0, [sp]
	b	.LBB2_1
.LBB2_1:                                @ =>This Inner Loop Header: Depth=1
	ldr	r0, [sp]
	cmp	r0, #15
	bhi	.LBB2_4
	b	.LBB2_2
.LBB2_2:                                @   in Loop: Header=BB2_1 Depth=1
	ldr	r2, [sp]
	and	r1, r2, #7
	movw	r0, :lower16:seeds
	movt	r0, :upper16:seeds
	ldr	r0, [r0, r1, lsl #2]
	movw	r1, :lower16:crc_table
	movt	r1, :upper16:crc_table
	ldrb	r1, [r1, r2, lsl #1]
	and	r3, r2, #15
	eor	r0, r0, r1, lsl r3
	movw	r1, :lower16:scratch
	movt	r1, :upper16:scratch
	str	r0, [r1, r2, lsl #2]
	b	.LBB2_3
.LBB2_3:                                @   in Loop: Header=BB2_1 Depth=1
	ldr	r0, [sp]
	add	r0, r0, #1
	str	r0, [sp]
	b	.LBB2_1
.LBB2_4:
	add	sp, sp, #4
	bx	lr
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
	.save	{r11, lr}
	push	{r11, lr}
	.pad	#24
	sub	sp, sp, #24
	str	r0, [sp, #20]
	mov	r0, #0
	str	r0, [sp, #16]
	b	.LBB3_1
.LBB3_1:                                @ =>This Loop Header: Depth=1
                                        @     Child Loop BB3_3 Depth 2
	ldr	r0, [sp, #16]
	cmp	r0, #5
	bhi	.LBB3_8
	b	.LBB3_2
.LBB3_2:                                @   in Loop: Header=BB3_1 Depth=1
	ldr	r1, [sp, #16]
	movw	r0, :lower16:words
	movt	r0, :upper16:words
	ldr	r1, [r0, r1, lsl #2]
	str	r1, [sp, #8]
	ldr	r1, [sp, #16]
	ldr	r0, [r0, r1, lsl #2]
	bl	str_len
	str	r0, [sp, #4]
	mov	r0, #0
	str	r0, [sp, #12]
	b	.LBB3_3
.LBB3_3:                                @   Parent Loop BB3_1 Depth=1
                                        @ =>  This Inner Loop Header: Depth=2
	ldr	r0, [sp, #12]
	ldr	r1, [sp, #4]
	cmp	r0, r1
	bhs	.LBB3_6
	b	.LBB3_4
.LBB3_4:                                @   in Loop: Header=BB3_3 Depth=2
	ldr	r0, [sp, #20]
	ldr	r1, [sp, #8]
	ldr	r2, [sp, #12]
	ldrb	r1, [r1, r2]
	ldr	r3, [sp, #16]
	add	r2, r2, r3
	and	r3, r2, #31
	movw	r2, :lower16:crc_table
	movt	r2, :upper16:crc_table
	ldrb	r2, [r2, r3]
	add	r1, r1, r2
	bl	mix
	str	r0, [sp, #20]
	b	.LBB3_5
.LBB3_5:                                @   in Loop: Header=BB3_3 Depth=2
	ldr	r0, [sp, #12]
	add	r0, r0, #1
	str	r0, [sp, #12]
	b	.LBB3_3
.LBB3_6:                                @   in Loop: Header=BB3_1 Depth=1
	ldr	r0, [sp, #20]
	ldr	r1, [sp, #4]
	bl	mix
	str	r0, [sp, #20]
	b	.LBB3_7
.LBB3_7:                                @   in Loop: Header=BB3_1 Depth=1
	ldr	r0, [sp, #16]
	add	r0, r0, #1
	str	r0, [sp, #16]
	b	.LBB3_1
.LBB3_8:
	ldr	r0, [sp, #20]
	add	sp, sp, #24
	pop	{r11, pc}
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
	.save	{r11, lr}
	push	{r11, lr}
	.pad	#16
	sub	sp, sp, #16
	movw	r0, #40389
	movt	r0, #33052
	str	r0, [sp, #12]
	bl	fill_scratch
	mov	r0, #0
	str	r0, [sp, #8]
	b	.LBB4_1
.LBB4_1:                                @ =>This Loop Header: Depth=1
                                        @     Child Loop BB4_3 Depth 2
	ldr	r0, [sp, #8]
	cmp	r0, #2
	bhi	.LBB4_8
	b	.LBB4_2
.LBB4_2:                                @   in Loop: Header=BB4_1 Depth=1
	mov	r0, #0
	str	r0, [sp, #4]
	b	.LBB4_3
.LBB4_3:                                @   Parent Loop BB4_1 Depth=1
                                        @ =>  This Inner Loop Header: Depth=2
	ldr	r0, [sp, #4]
	cmp	r0, #15
	bhi	.LBB4_6
	b	.LBB4_4
.LBB4_4:                                @   in Loop: Header=BB4_3 Depth=2
	ldr	r0, [sp, #12]
	ldr	r2, [sp, #4]
	movw	r1, :lower16:scratch
	movt	r1, :upper16:scratch
	ldr	r1, [r1, r2, lsl #2]
	bl	mix
	str	r0, [sp, #12]
	b	.LBB4_5
.LBB4_5:                                @   in Loop: Header=BB4_3 Depth=2
	ldr	r0, [sp, #4]
	add	r0, r0, #1
	str	r0, [sp, #4]
	b	.LBB4_3
.LBB4_6:                                @   in Loop: Header=BB4_1 Depth=1
	ldr	r3, [sp, #12]
	ldr	r2, [sp, #8]
	movw	r1, :lower16:seeds
	movt	r1, :upper16:seeds
	ldr	r0, [r1, r2, lsl #2]
	add	r0, r0, r3
	str	r0, [r1, r2, lsl #2]
	bl	fill_scratch
	movw	r1, :lower16:rounds_done
	movt	r1, :upper16:rounds_done
	ldr	r0, [r1]
	add	r0, r0, #1
	str	r0, [r1]
	b	.LBB4_7
.LBB4_7:                                @   in Loop: Header=BB4_1 Depth=1
	ldr	r0, [sp, #8]
	add	r0, r0, #1
	str	r0, [sp, #8]
	b	.LBB4_1
.LBB4_8:
	ldr	r0, [sp, #12]
	bl	hash_words
	str	r0, [sp, #12]
	ldr	r0, [sp, #12]
	movw	r1, :lower16:rounds_done
	movt	r1, :upper16:rounds_done
	ldr	r1, [r1]
	add	r0, r0, r1
	add	sp, sp, #16
	pop	{r11, pc}
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
	.pad	#8
	sub	sp, sp, #8
	bl	compute
	str	r0, [sp, #4]
	ldr	r0, [sp, #4]
	movw	r1, #13209
	movt	r1, #39359
	cmp	r0, r1
	bne	.LBB5_2
	b	.LBB5_1
.LBB5_1:
	mov	r0, #42
	str	r0, [sp]                        @ 4-byte Spill
	b	.LBB5_3
.LBB5_2:
	ldr	r0, [sp, #4]
	mov	r1, #1
	bfi	r0, r1, #7, #25
	str	r0, [sp]                        @ 4-byte Spill
	b	.LBB5_3
.LBB5_3:
	ldr	r0, [sp]                        @ 4-byte Reload
	add	sp, sp, #8
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
	.eabi_attribute	30, 6	@ Tag_ABI_optimization_goals
