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
	.file	"iw-arm.c"
	.text
	.globl	a_step                          @ -- Begin function a_step
	.p2align	2
	.type	a_step,%function
	.code	32
a_step:                                 @ @a_step
	.fnstart
@ %bb.0:
	.pad	#4
	sub	sp, sp, #4
	str	r0, [sp]
	ldr	r0, [sp]
	add	r0, r0, r0, lsl #2
	add	r0, r0, #1
	add	sp, sp, #4
	bx	lr
.Lfunc_end0:
	.size	a_step, .Lfunc_end0-a_step
	.cantunwind
	.fnend
                                        @ -- End function
	.globl	a_twist                         @ -- Begin function a_twist
	.p2align	2
	.type	a_twist,%function
	.code	32
a_twist:                                @ @a_twist
	.fnstart
@ %bb.0:
	.pad	#4
	sub	sp, sp, #4
	str	r0, [sp]
	ldr	r1, [sp]
	lsl	r0, r1, #7
	eor	r0, r0, r1, lsr #3
	movw	r1, #59797
	movt	r1, #23505
	eor	r0, r0, r1
	add	sp, sp, #4
	bx	lr
.Lfunc_end1:
	.size	a_twist, .Lfunc_end1-a_twist
	.cantunwind
	.fnend
                                        @ -- End function
	.globl	a_tail_to_thumb                 @ -- Begin function a_tail_to_thumb
	.p2align	2
	.type	a_tail_to_thumb,%function
	.code	32
a_tail_to_thumb:                        @ @a_tail_to_thumb
	.fnstart
@ %bb.0:
	.save	{r11, lr}
	push	{r11, lr}
	.pad	#8
	sub	sp, sp, #8
	str	r0, [sp, #4]
	ldr	r0, [sp, #4]
	eor	r0, r0, #119
	bl	t_square_plus
	add	sp, sp, #8
	pop	{r11, pc}
.Lfunc_end2:
	.size	a_tail_to_thumb, .Lfunc_end2-a_tail_to_thumb
	.cantunwind
	.fnend
                                        @ -- End function
	.globl	thumb_bit_errors                @ -- Begin function thumb_bit_errors
	.p2align	2
	.type	thumb_bit_errors,%function
	.code	32
thumb_bit_errors:                       @ @thumb_bit_errors
	.fnstart
@ %bb.0:
	.pad	#8
	sub	sp, sp, #8
	mov	r0, #0
	str	r0, [sp, #4]
	movw	r0, :lower16:t_walk
	movt	r0, :upper16:t_walk
	str	r0, [sp]
	ldr	r2, [sp]
	ldr	r0, [sp, #4]
	add	r1, r0, #1
	tst	r2, #1
	moveq	r0, r1
	str	r0, [sp, #4]
	movw	r0, :lower16:arm_side_table
	movt	r0, :upper16:arm_side_table
	ldr	r3, [r0]
	ldr	r1, [sp, #4]
	add	r2, r1, #1
	tst	r3, #1
	moveq	r1, r2
	str	r1, [sp, #4]
	ldr	r3, [r0, #4]
	ldr	r1, [sp, #4]
	add	r2, r1, #1
	tst	r3, #1
	moveq	r1, r2
	str	r1, [sp, #4]
	ldr	r3, [r0, #8]
	ldr	r1, [sp, #4]
	add	r2, r1, #1
	tst	r3, #1
	movne	r1, r2
	str	r1, [sp, #4]
	ldr	r2, [r0, #12]
	ldr	r0, [sp, #4]
	add	r1, r0, #1
	tst	r2, #1
	moveq	r0, r1
	str	r0, [sp, #4]
	movw	r0, :lower16:thumb_side_table
	movt	r0, :upper16:thumb_side_table
	ldr	r3, [r0]
	ldr	r1, [sp, #4]
	add	r2, r1, #1
	tst	r3, #1
	movne	r1, r2
	str	r1, [sp, #4]
	ldr	r3, [r0, #4]
	ldr	r1, [sp, #4]
	add	r2, r1, #1
	tst	r3, #1
	movne	r1, r2
	str	r1, [sp, #4]
	ldr	r2, [r0, #8]
	ldr	r0, [sp, #4]
	add	r1, r0, #1
	tst	r2, #1
	moveq	r0, r1
	str	r0, [sp, #4]
	ldr	r0, [sp, #4]
	add	sp, sp, #8
	bx	lr
.Lfunc_end3:
	.size	thumb_bit_errors, .Lfunc_end3-thumb_bit_errors
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
	mov	r0, #7
	str	r0, [sp, #12]
	movw	r1, :lower16:arm_late_ptr
	movt	r1, :upper16:arm_late_ptr
	movw	r0, :lower16:t_square_plus
	movt	r0, :upper16:t_square_plus
	str	r0, [r1]
	mov	r0, #0
	str	r0, [sp, #8]
	b	.LBB4_1
.LBB4_1:                                @ =>This Inner Loop Header: Depth=1
	ldr	r0, [sp, #8]
	cmp	r0, #3
	bhi	.LBB4_4
	b	.LBB4_2
.LBB4_2:                                @   in Loop: Header=BB4_1 Depth=1
	ldr	r0, [sp, #12]
	rsb	r1, r0, r0, lsl #5
	str	r1, [sp, #4]                    @ 4-byte Spill
	ldr	r2, [sp, #8]
	movw	r1, :lower16:arm_side_table
	movt	r1, :upper16:arm_side_table
	ldr	r1, [r1, r2, lsl #2]
	add	r0, r0, r2
	blx	r1
	mov	r1, r0
	ldr	r0, [sp, #4]                    @ 4-byte Reload
	add	r0, r0, r1
	str	r0, [sp, #12]
	b	.LBB4_3
.LBB4_3:                                @   in Loop: Header=BB4_1 Depth=1
	ldr	r0, [sp, #8]
	add	r0, r0, #1
	str	r0, [sp, #8]
	b	.LBB4_1
.LBB4_4:
	mov	r0, #0
	str	r0, [sp, #8]
	b	.LBB4_5
.LBB4_5:                                @ =>This Inner Loop Header: Depth=1
	ldr	r0, [sp, #8]
	cmp	r0, #3
	bhi	.LBB4_8
	b	.LBB4_6
.LBB4_6:                                @   in Loop: Header=BB4_5 Depth=1
	ldr	r2, [sp, #8]
	movw	r0, :lower16:thumb_side_table
	movt	r0, :upper16:thumb_side_table
	ldr	r1, [r0, r2, lsl #2]
	ldr	r0, [sp, #12]
	lsr	r0, r0, r2
	blx	r1
	mov	r1, r0
	ldr	r0, [sp, #12]
	eor	r0, r0, r1
	str	r0, [sp, #12]
	b	.LBB4_7
.LBB4_7:                                @   in Loop: Header=BB4_5 Depth=1
	ldr	r0, [sp, #8]
	add	r0, r0, #1
	str	r0, [sp, #8]
	b	.LBB4_5
.LBB4_8:
	ldr	r0, [sp, #12]
	bl	a_tail_to_thumb
	mov	r1, r0
	ldr	r0, [sp, #12]
	add	r0, r0, r1
	str	r0, [sp, #12]
	ldr	r0, [sp, #12]
	add	r1, r0, r0, lsl #1
	str	r1, [sp]                        @ 4-byte Spill
	bl	t_walk
	mov	r1, r0
	ldr	r0, [sp]                        @ 4-byte Reload
	add	r0, r0, r1
	str	r0, [sp, #12]
	ldr	r1, [sp, #12]
	movw	r0, :lower16:a_twist
	movt	r0, :upper16:a_twist
	bl	t_call_ptr
	mov	r1, r0
	ldr	r0, [sp, #12]
	add	r0, r0, r1
	str	r0, [sp, #12]
	movw	r0, :lower16:arm_late_ptr
	movt	r0, :upper16:arm_late_ptr
	ldr	r0, [r0]
	ldr	r1, [sp, #12]
	add	r1, r1, #1
	bl	t_call_ptr
	mov	r1, r0
	ldr	r0, [sp, #12]
	add	r0, r0, r1
	str	r0, [sp, #12]
	ldr	r0, [sp, #12]
	bl	t_table_sum
	mov	r1, r0
	ldr	r0, [sp, #12]
	eor	r0, r0, r1
	str	r0, [sp, #12]
	ldr	r0, [sp, #12]
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
	.pad	#16
	sub	sp, sp, #16
	bl	thumb_bit_errors
	cmp	r0, #0
	beq	.LBB5_2
	b	.LBB5_1
.LBB5_1:
	mov	r0, #120
	str	r0, [sp, #12]
	b	.LBB5_6
.LBB5_2:
	bl	compute
	str	r0, [sp, #8]
	ldr	r0, [sp, #8]
	movw	r1, #17905
	movt	r1, #50277
	cmp	r0, r1
	bne	.LBB5_4
	b	.LBB5_3
.LBB5_3:
	mov	r0, #99
	str	r0, [sp, #4]                    @ 4-byte Spill
	b	.LBB5_5
.LBB5_4:
	ldr	r0, [sp, #8]
	mov	r1, #1
	bfi	r0, r1, #7, #25
	str	r0, [sp, #4]                    @ 4-byte Spill
	b	.LBB5_5
.LBB5_5:
	ldr	r0, [sp, #4]                    @ 4-byte Reload
	str	r0, [sp, #12]
	b	.LBB5_6
.LBB5_6:
	ldr	r0, [sp, #12]
	add	sp, sp, #16
	pop	{r11, pc}
.Lfunc_end5:
	.size	main, .Lfunc_end5-main
	.cantunwind
	.fnend
                                        @ -- End function
	.type	arm_side_table,%object          @ @arm_side_table
	.section	.rodata,"a",%progbits
	.globl	arm_side_table
	.p2align	2, 0x0
arm_side_table:
	.long	t_square_plus
	.long	t_walk
	.long	a_twist
	.long	t_table_sum
	.size	arm_side_table, 16

	.type	arm_late_ptr,%object            @ @arm_late_ptr
	.bss
	.globl	arm_late_ptr
	.p2align	2, 0x0
arm_late_ptr:
	.long	0
	.size	arm_late_ptr, 4

	.ident	"Debian clang version 22.1.8 (1~deb12u1)"
	.section	".note.GNU-stack","",%progbits
	.eabi_attribute	30, 6	@ Tag_ABI_optimization_goals
