/* fptable.c - relocheck corpus program "fptable".
 *
 * Expected exit status: 73
 *
 * Exercises: a const table of function pointers in .rodata (R_ARM_ABS32 to
 * functions; in Thumb builds the linker must set bit 0), a writable table of
 * function pointers in .data, a function pointer stored at run time in .bss,
 * a const expression tree whose nodes point at each other and at functions
 * (data-to-data and data-to-code ABS32), indirect calls, and recursion.
 */

#define EXIT_OK 73u
#define EXPECTED_SUM 0xf6b748c8u

typedef unsigned int (*binop_t)(unsigned int, unsigned int);

__attribute__((noinline)) unsigned int op_add(unsigned int a, unsigned int b) { return a + b; }
__attribute__((noinline)) unsigned int op_sub(unsigned int a, unsigned int b) { return a - b; }
__attribute__((noinline)) unsigned int op_xor(unsigned int a, unsigned int b) { return a ^ b; }
__attribute__((noinline)) unsigned int op_mul(unsigned int a, unsigned int b) { return a * b; }
__attribute__((noinline)) unsigned int op_rol(unsigned int a, unsigned int b)
{
    b &= 31;
    return b ? (a << b) | (a >> (32 - b)) : a;
}
__attribute__((noinline)) unsigned int op_and(unsigned int a, unsigned int b) { return a & b; }

const binop_t op_table[6] = { op_add, op_sub, op_xor, op_mul, op_rol, op_and };

binop_t patch_table[4] = { op_xor, op_add, op_rol, op_mul };

binop_t late_op;

struct node {
    binop_t op;               /* 0 for a leaf */
    unsigned int value;       /* leaf value */
    const struct node *left;
    const struct node *right;
};

const struct node leaf_a = { 0, 17, 0, 0 };
const struct node leaf_b = { 0, 0x1234, 0, 0 };
const struct node leaf_c = { 0, 5, 0, 0 };
const struct node leaf_d = { 0, 0xfedcba98u, 0, 0 };
const struct node mul_ab = { op_mul, 0, &leaf_a, &leaf_b };
const struct node rol_dc = { op_rol, 0, &leaf_d, &leaf_c };
const struct node xor_1 = { op_xor, 0, &mul_ab, &rol_dc };
const struct node sub_1 = { op_sub, 0, &xor_1, &leaf_c };
const struct node root = { op_add, 0, &sub_1, &mul_ab };

/* Bytecode: pairs of (opcode, operand). */
const unsigned char bytecode[] = {
    0, 7, 3, 3, 2, 0x5a, 4, 9, 1, 100, 5, 0xf7, 3, 13, 0, 250,
    4, 27, 2, 0xa5, 1, 1, 3, 31, 0, 77, 4, 3,
};

__attribute__((noinline)) unsigned int eval(const struct node *n)
{
    if (n->op == 0)
        return n->value;
    return n->op(eval(n->left), eval(n->right));
}

__attribute__((noinline)) unsigned int interp(const unsigned char *code,
                                              unsigned int len, unsigned int acc)
{
    unsigned int pc;
    for (pc = 0; pc + 1 < len; pc += 2)
        acc = op_table[code[pc]](acc, code[pc + 1]);
    return acc;
}

__attribute__((noinline)) unsigned int apply_patch(unsigned int acc)
{
    unsigned int i;
    for (i = 0; i < 4; i++)
        acc = patch_table[i](acc, i + 3);
    return acc;
}

/* Recursive fold with a function pointer passed down. */
__attribute__((noinline)) unsigned int fold(binop_t f, unsigned int depth, unsigned int acc)
{
    if (depth == 0)
        return acc;
    return f(fold(f, depth - 1, acc * 3u + depth), depth);
}

__attribute__((noinline)) unsigned int compute(void)
{
    unsigned int h;
    late_op = op_table[4];
    patch_table[2] = op_sub;
    h = eval(&root);
    h = interp(bytecode, sizeof(bytecode), h);
    h = apply_patch(h);
    h ^= fold(late_op, 9, 1);
    h += fold(op_table[0], 12, h);
    return h;
}

int main(void)
{
    unsigned int sum = compute();
    /* EXIT_OK on success; 128..255 (never an expected status) otherwise. */
    return sum == EXPECTED_SUM ? (int)EXIT_OK : (int)(128u | (sum & 0x7fu));
}
