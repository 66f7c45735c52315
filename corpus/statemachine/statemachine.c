/* statemachine.c - relocheck corpus program "statemachine".
 *
 * Expected exit status: 57
 *
 * Exercises: dense switch statements (jump tables: absolute label words in
 * .text for ARM and Thumb-1, TBB/TBH for Thumb-2), a program text in .rodata,
 * token counters in .bss and a transition log in .data.
 *
 * A tiny lexer walks the input and classifies characters into tokens; a
 * second state machine (a vending machine driven by opcodes) is stepped by a
 * switch over eight states.
 */

#define EXIT_OK 57u
#define EXPECTED_SUM 0xd7a9cf37u

const char input_text[] =
    "let x1 = 42 + y7; if (x1 > 9) { z = x1 - 3; } # comment\n"
    "while n0 != 0 { n0 = n0 - 1; acc = acc + n0 * 2; }\n";

const unsigned char program[] = {
    0, 1, 1, 2, 3, 1, 4, 2, 5, 6, 1, 7, 3, 0, 2, 2, 1, 5, 4, 6, 7, 7, 0, 3,
};

unsigned int token_counts[8];
unsigned int steps;
unsigned int trace[8] = { 1, 2, 3, 4, 5, 6, 7, 8 };

enum lex_state { S_START, S_IDENT, S_NUMBER, S_OP, S_SPACE, S_COMMENT, S_PUNCT };

__attribute__((noinline)) unsigned int char_class(unsigned char c)
{
    switch (c) {
    case ' ': case '\t': case '\n':
        return S_SPACE;
    case '#':
        return S_COMMENT;
    case '+': case '-': case '*': case '=': case '<': case '>': case '!':
        return S_OP;
    case '(': case ')': case '{': case '}': case ';':
        return S_PUNCT;
    default:
        break;
    }
    if (c >= '0' && c <= '9')
        return S_NUMBER;
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_')
        return S_IDENT;
    return S_START;
}

__attribute__((noinline)) unsigned int lex(const char *s)
{
    unsigned int state = S_START, h = 0, i;
    for (i = 0; s[i] != 0; i++) {
        unsigned int cls = char_class((unsigned char)s[i]);
        switch (state) {
        case S_START:
            state = cls;
            break;
        case S_IDENT:
            if (cls == S_NUMBER)
                cls = S_IDENT;
            /* fall through */
        case S_NUMBER:
        case S_OP:
        case S_PUNCT:
            if (cls != state) {
                token_counts[state]++;
                h = h * 31u + state;
            }
            state = cls;
            break;
        case S_SPACE:
            state = cls;
            h += 1;
            break;
        case S_COMMENT:
            if (s[i] == '\n') {
                token_counts[S_COMMENT]++;
                state = S_SPACE;
            }
            break;
        default:
            state = S_START;
            break;
        }
    }
    token_counts[state]++;
    return h;
}

__attribute__((noinline)) unsigned int vend(unsigned int state, unsigned int op,
                                            unsigned int *credit)
{
    switch (state) {
    case 0: /* idle */
        *credit = 0;
        return op == 1 ? 1 : 0;
    case 1: /* coin inserted */
        *credit += 5;
        return op == 2 ? 2 : (op == 1 ? 1 : 3);
    case 2: /* selecting */
        return op + 3 > 7 ? 7 : op + 3;
    case 3: /* refund */
        *credit = *credit >> 1;
        return 0;
    case 4: /* dispensing */
        *credit -= *credit > 3 ? 3 : *credit;
        return 5;
    case 5: /* change */
        *credit ^= 0x55;
        return op & 7;
    case 6: /* out of stock */
        *credit += op;
        return 4;
    case 7: /* service */
        *credit = (*credit << 2) + op;
        return (op + 1) & 7;
    default:
        return 0;
    }
}

__attribute__((noinline)) unsigned int run_vend(void)
{
    unsigned int state = 0, credit = 0, h = 0, i;
    for (i = 0; i < sizeof(program); i++) {
        state = vend(state, program[i], &credit);
        trace[i & 7] = trace[i & 7] * 7u + state;
        h = (h << 3) ^ (h >> 29) ^ credit ^ state;
        steps++;
    }
    return h;
}

__attribute__((noinline)) unsigned int compute(void)
{
    unsigned int h = lex(input_text);
    unsigned int i;
    h ^= run_vend() * 3u;
    for (i = 0; i < 8; i++)
        h = h * 33u + token_counts[i] + trace[i];
    return h + steps;
}

int main(void)
{
    unsigned int sum = compute();
    /* EXIT_OK on success; 128..255 (never an expected status) otherwise. */
    return sum == EXPECTED_SUM ? (int)EXIT_OK : (int)(128u | (sum & 0x7fu));
}
