/* iw-thumb.c - relocheck corpus program "interwork", Thumb half.
 *
 * Expected exit status: 99 (main is in iw-arm.c)
 *
 * Always compiled -mthumb.  Calls back into the ARM half (BL -> BLX, and a
 * tail call that needs a thunk), holds ARM and Thumb function addresses in a
 * const table, and calls through pointers handed over from ARM code.
 */

typedef unsigned int (*fn_t)(unsigned int);

/* ARM side. */
unsigned int a_step(unsigned int x);
unsigned int a_twist(unsigned int x);
extern const fn_t arm_side_table[4];

unsigned int t_square_plus(unsigned int x);

/* ABS32 in .rodata: ARM functions (bit 0 clear) and a Thumb one (bit 0 set). */
const fn_t thumb_side_table[4] = { a_step, a_twist, t_square_plus, a_step };

unsigned int thumb_calls;

__attribute__((noinline)) unsigned int t_square_plus(unsigned int x)
{
    thumb_calls++;
    return x * x + 0x3039u;
}

/* Calls ARM code directly (BL -> BLX) and Thumb code. */
__attribute__((noinline)) unsigned int t_walk(unsigned int x)
{
    unsigned int i;
    thumb_calls++;
    for (i = 0; i < 5; i++)
        x = a_step(x) ^ t_square_plus(x >> 2);
    return x;
}

/* Calls through a pointer that may be ARM or Thumb (BLX register). */
__attribute__((noinline)) unsigned int t_call_ptr(fn_t f, unsigned int x)
{
    thumb_calls++;
    return f(x) + f(x + 1u);
}

/* Tail call Thumb -> ARM: at -O1 and above this is a B.W (THM_JUMP24). */
__attribute__((noinline)) unsigned int t_tail_to_arm(unsigned int x)
{
    return a_twist(x + 0x1111u);
}

/* Walks the ARM half's table (ARM and Thumb targets) from Thumb code. */
__attribute__((noinline)) unsigned int t_table_sum(unsigned int x)
{
    unsigned int h = x;
    thumb_calls++;
    h += arm_side_table[2](x);      /* a_twist */
    h ^= thumb_side_table[3](h);    /* a_step */
    h += t_tail_to_arm(h);
    return h + thumb_calls;
}
