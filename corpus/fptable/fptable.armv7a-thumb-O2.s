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
	.file	"fptable.c"
	.text
	.globl	op_add                          @ -- Begin function op_add
	.p2align	1
	.type	op_add,%function
	.code	16
	.thumb_func
op_add:                                 @ @op_add
	.fnstart
@ %bb.0:
	add	r0, r1
	bx	lr
.Lfunc_end0:
	.size	op_add, .Lfunc_end0-op_add
	.cantunwind
	.fnend
                                        @ -- End function
	.globl	op_sub                          @ -- Begin function op_sub
	.p2align	1
	.type	op_sub,%function
	.code	16
	.thumb_func
op_sub:                                 @ @op_sub
	.fnstart
@ %bb.0:
	subs	r0, r0, r1
	bx	lr
.Lfunc_end1:
	.size	op_sub, .Lfunc_end1-op_sub
	.cantunwind
	.fnend
                                        @ -- End function
	.globl	op_xor                          @ -- Begin function op_xor
	.p2align	1
	.type	op_xor,%function
	.code	16
	.thumb_func
op_xor:                                 @ @op_xor
	.fnstart
@ %bb.0:
	eors	r0, r1
	bx	lr
.Lfunc_end2:
	.size	op_xor, .Lfunc_end2-op_xor
	.cantunwind
	.fnend
                                        @ -- End function
	.globl	op_mul                          @ -- Begin function op_mul
	.p2align	1
	.type	op_mul,%function
	.code	16
	.thumb_func
op_mul:                                 @ @op_mul
	.fnstart
@ %bb.0:
	muls	r0, r1, r0
	bx	lr
.Lfunc_end3:
	.size	op_mul, .Lfunc_end3-op_mul
	.cantunwind
	.fnend
                                        @ -- End function
	.globl	op_rol                          @ -- Begin function op_rol
	.p2align	1
	.type	op_rol,%function
	.code	16
	.thumb_func
op_rol:                                 @ @op_rol
	.fnstart
@ %bb.0:
	rsbs	r2, r1, #0
	lsls	r1, r1, #27
	it	ne
	rorne	r0, r2
	bx	lr
.Lfunc_end4:
	.size	op_rol, .Lfunc_end4-op_rol
	.cantunwind
	.fnend
                                        @ -- End function
	.globl	op_and                          @ -- Begin function op_and
	.p2align	1
	.type	op_and,%function
	.code	16
	.thumb_func
op_and:                                 @ @op_and
	.fnstart
@ %bb.0:
	ands	r0, r1
	bx	lr
.Lfunc_end5:
	.size	op_and, .Lfunc_end5-op_and
	.cantunwind
	.fnend
                                        @ -- End function
	.globl	eval                            @ -- Begin function eval
	.p2align	1
	.type	eval,%function
	.code	16
	.thumb_func
eval:                                   @ @eval
	.fnstart
@ %bb.0:
	ldr	r1, [r0]
	cmp	r1, #0
	itt	eq
	ldreq	r0, [r0, #4]
	bxeq	lr
.LBB6_1:
	.save	{r4, r5, r6, lr}
	push	{r4, r5, r6, lr}
	mov	r6, r1
	ldr	r1, [r0, #8]
	mov	r5, r0
	mov	r0, r1
	bl	eval
	mov	r4, r0
	ldr	r0, [r5, #12]
	bl	eval
	mov	r1, r0
	mov	r0, r4
	mov	r2, r6
	pop.w	{r4, r5, r6, lr}
	bx	r2
.Lfunc_end6:
	.size	eval, .Lfunc_end6-eval
	.cantunwind
	.fnend
                                        @ -- End function
	.globl	interp                          @ -- Begin function interp
	.p2align	1
	.type	interp,%function
	.code	16
	.thumb_func
interp:                                 @ @interp
	.fnstart
@ %bb.0:
	cmp	r1, #2
	blo	.LBB7_4
@ %bb.1:
	.save	{r4, r5, r6, r7, lr}
	push	{r4, r5, r6, r7, lr}
	.pad	#4
	sub	sp, #4
	movw	r6, :lower16:op_table
	mov	r4, r1
	mov	r5, r0
	movs	r7, #0
	movt	r6, :upper16:op_table
.LBB7_2:                                @ =>This Inner Loop Header: Depth=1
	ldrb	r0, [r5, r7]
	ldr.w	r3, [r6, r0, lsl #2]
	adds	r0, r5, r7
	ldrb	r1, [r0, #1]
	mov	r0, r2
	blx	r3
	mov	r2, r0
	adds	r0, r7, #2
	adds	r1, r7, #3
	mov	r7, r0
	cmp	r1, r4
	blo	.LBB7_2
@ %bb.3:
	add	sp, #4
	pop.w	{r4, r5, r6, r7, lr}
.LBB7_4:
	mov	r0, r2
	bx	lr
.Lfunc_end7:
	.size	interp, .Lfunc_end7-interp
	.cantunwind
	.fnend
                                        @ -- End function
	.globl	apply_patch                     @ -- Begin function apply_patch
	.p2align	1
	.type	apply_patch,%function
	.code	16
	.thumb_func
apply_patch:                            @ @apply_patch
	.fnstart
@ %bb.0:
	.save	{r4, lr}
	push	{r4, lr}
	movw	r4, :lower16:patch_table
	movs	r1, #3
	movt	r4, :upper16:patch_table
	ldr	r2, [r4]
	blx	r2
	ldr	r2, [r4, #4]
	movs	r1, #4
	blx	r2
	ldr	r2, [r4, #8]
	movs	r1, #5
	blx	r2
	ldr	r2, [r4, #12]
	movs	r1, #6
	pop.w	{r4, lr}
	bx	r2
.Lfunc_end8:
	.size	apply_patch, .Lfunc_end8-apply_patch
	.cantunwind
	.fnend
                                        @ -- End function
	.globl	fold                            @ -- Begin function fold
	.p2align	1
	.type	fold,%function
	.code	16
	.thumb_func
fold:                                   @ @fold
	.fnstart
@ %bb.0:
	cmp	r1, #0
	itt	eq
	moveq	r0, r2
	bxeq	lr
.LBB9_1:
	.save	{r4, r5, r7, lr}
	push	{r4, r5, r7, lr}
	add.w	r2, r2, r2, lsl #1
	subs	r3, r1, #1
	add	r2, r1
	mov	r4, r1
	mov	r1, r3
	mov	r5, r0
	bl	fold
	mov	r1, r4
	mov	r2, r5
	pop.w	{r4, r5, r7, lr}
	bx	r2
.Lfunc_end9:
	.size	fold, .Lfunc_end9-fold
	.cantunwind
	.fnend
                                        @ -- End function
	.globl	compute                         @ -- Begin function compute
	.p2align	1
	.type	compute,%function
	.code	16
	.thumb_func
compute:                                @ @compute
	.fnstart
@ %bb.0:
	.save	{r4, r5, r7, lr}
	push	{r4, r5, r7, lr}
	movw	r0, :lower16:patch_table
	movw	r1, :lower16:op_sub
	movt	r0, :upper16:patch_table
	movt	r1, :upper16:op_sub
	movw	r5, :lower16:late_op
	str	r1, [r0, #8]
	movw	r0, :lower16:op_rol
	movt	r5, :upper16:late_op
	movt	r0, :upper16:op_rol
	str	r0, [r5]
	movw	r0, :lower16:root
	movt	r0, :upper16:root
	bl	eval
	mov	r2, r0
	movw	r0, :lower16:bytecode
	movt	r0, :upper16:bytecode
	movs	r1, #28
	bl	interp
	bl	apply_patch
	mov	r4, r0
	ldr	r0, [r5]
	movs	r1, #9
	movs	r2, #1
	bl	fold
	eors	r4, r0
	movw	r0, :lower16:op_add
	movt	r0, :upper16:op_add
	movs	r1, #12
	mov	r2, r4
	bl	fold
	add	r0, r4
	pop	{r4, r5, r7, pc}
.Lfunc_end10:
	.size	compute, .Lfunc_end10-compute
	.cantunwind
	.fnend
                                        @ -- End function
	.globl	main                            @ -- Begin function main
	.p2align	1
	.type	main,%function
	.code	16
	.thumb_func
main:                                   @ @main
	.fnstart
@ %bb.0:
	.save	{r7, lr}
	push	{r7, lr}
	bl	compute
	movw	r2, #18632
	movs	r1, #1
	movt	r2, #63159
	cmp	r0, r2
	bfi	r0, r1, #7, #25
	it	eq
	moveq	r0, #73
	pop	{r7, pc}
.Lfunc_end11:
	.size	main, .Lfunc_end11-main
	.cantunwind
	.fnend
                                        @ -- End function
	.type	op_table,%object                @ @op_table
	.section	.rodata,"a",%progbits
	.globl	op_table
	.p2align	2, 0x0
op_table:
	.long	op_add
	.long	op_sub
	.long	op_xor
	.long	op_mul
	.long	op_rol
	.long	op_and
	.size	op_table, 24

	.type	patch_table,%object             @ @patch_table
	.data
	.globl	patch_table
	.p2align	2, 0x0
patch_table:
	.long	op_xor
	.long	op_add
	.long	op_rol
	.long	op_mul
	.size	patch_table, 16

	.type	leaf_a,%object                  @ @leaf_a
	.section	.rodata,"a",%progbits
	.globl	leaf_a
	.p2align	2, 0x0
leaf_a:
	.long	0
	.long	17                              @ 0x11
	.long	0
	.long	0
	.size	leaf_a, 16

	.type	leaf_b,%object                  @ @leaf_b
	.globl	leaf_b
	.p2align	2, 0x0
leaf_b:
	.long	0
	.long	4660                            @ 0x1234
	.long	0
	.long	0
	.size	leaf_b, 16

	.type	leaf_c,%object                  @ @leaf_c
	.globl	leaf_c
	.p2align	2, 0x0
leaf_c:
	.long	0
	.long	5                               @ 0x5
	.long	0
	.long	0
	.size	leaf_c, 16

	.type	leaf_d,%object                  @ @leaf_d
	.globl	leaf_d
	.p2align	2, 0x0
leaf_d:
	.long	0
	.long	4275878552                      @ 0xfedcba98
	.long	0
	.long	0
	.size	leaf_d, 16

	.type	mul_ab,%object                  @ @mul_ab
	.globl	mul_ab
	.p2align	2, 0x0
mul_ab:
	.long	op_mul
	.long	0                               @ 0x0
	.long	leaf_a
	.long	leaf_b
	.size	mul_ab, 16

	.type	rol_dc,%object                  @ @rol_dc
	.globl	rol_dc
	.p2align	2, 0x0
rol_dc:
	.long	op_rol
	.long	0                               @ 0x0
	.long	leaf_d
	.long	leaf_c
	.size	rol_dc, 16

	.type	xor_1,%object                   @ @xor_1
	.globl	xor_1
	.p2align	2, 0x0
xor_1:
	.long	op_xor
	.long	0                               @ 0x0
	.long	mul_ab
	.long	rol_dc
	.size	xor_1, 16

	.type	sub_1,%object                   @ @sub_1
	.globl	sub_1
	.p2align	2, 0x0
sub_1:
	.long	op_sub
	.long	0                               @ 0x0
	.long	xor_1
	.long	leaf_c
	.size	sub_1, 16

	.type	root,%object                    @ @root
	.globl	root
	.p2align	2, 0x0
root:
	.long	op_add
	.long	0                               @ 0x0
	.long	sub_1
	.long	mul_ab
	.size	root, 16

	.type	bytecode,%object                @ @bytecode
	.globl	bytecode
bytecode:
	.ascii	"\000\007\003\003\002Z\004\t\001d\005\367\003\r\000\372\004\033\002\245\001\001\003\037\000M\004\003"
	.size	bytecode, 28

	.type	late_op,%object                 @ @late_op
	.bss
	.globl	late_op
	.p2align	2, 0x0
late_op:
	.long	0
	.size	late_op, 4

	.ident	"Debian clang version 22.1.8 (1~deb12u1)"
	.section	".note.GNU-stack","",%progbits
	.eabi_attribute	30, 1	@ Tag_ABI_optimization_goals
