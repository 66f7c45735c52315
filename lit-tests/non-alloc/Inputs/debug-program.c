__thread int tls_var = 3;
static int helper(int x) { return x * 3 + tls_var; }
int g = 5;
const char *msg = "hello";
int _start(void) { return helper(g) + msg[1]; }
