#!/usr/bin/env python3
"""Runs another project's lit-style Arm assembly tests through relocheck
and ld.lld at the same addresses, and says per file whether they agree.

    tools/peer-suite.py [options] PATH...

PATH is a test file or a folder of them (searched recursively, skipping
Inputs/ folders), e.g. a checkout's llvm-project/lld/test/ELF with
--glob 'arm-*.s', or llvm/test/ExecutionEngine/JITLink/AArch32. The tests
stay where they are; objects and scripts go to a temporary folder.

For each test the RUN lines are read and the parts this runner models are
carried out: llvm-mc (-triple, -mcpu, -mattr; -arm-add-build-attributes is
always added, so that lld and relocheck read the same architecture),
split-file, `echo ... > FILE` (inline linker scripts), cat, cp, mkdir, cd.
Each ld.lld or llvm-jitlink command then becomes one link: its objects,
--section-start, -Ttext/-Tdata/-Tbss, --defsym with a number, -T/--script
(or a script given as an input), -e, --be8, --target1-rel, --target2 and
--pic-veneer are handed to `relocheck diff --oracles=lld`, which links with
relocheck's core and pins ld.lld to relocheck's layout with a generated
script, then judges every site with the checker. Everything else (shared
or PIE output, archives, options the core does not model, expressions in
--defsym, lld commands expected to fail) makes the link skipped, with the
reason. llvm-objdump, FileCheck and other checking commands are not run:
the comparison is relocheck against lld, not the test's own expectations.

Containment: nothing is handed to a shell. Every file the runner writes or
deletes (echo/cat/cp targets, mkdir, cd, llvm-mc -o, split-file's folder
and every part in it) must resolve, symlinks followed, inside the test's
own work folder; reads (cat, cp, llvm-mc and split-file inputs, link
inputs, scripts) only inside the test's folder (%S) or the work folder,
only regular files, at most READ_CAP bytes. A RUN line that asks for more
stops the test: it is skipped, the reason naming the line and the path.
Every tool runs with stdin from /dev/null, a --timeout and, for llvm-mc
and split-file, limits on memory and on the size of a file written.

Per file: agree (every site the same, or equivalent by the checker),
disagree (the sites listed), not-linkable (by relocheck or by lld, with
the message), or skipped (why). Exit status: 0 when nothing disagrees,
1 when something does, 2 on bad usage.
"""
import argparse
import fnmatch
import json
import os
import re
import shlex
import shutil
import stat
import subprocess
import sys
import tempfile

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
LLVM_BIN = "/usr/lib/llvm-22/bin"
TIMEOUT = 120  # seconds for any one tool run (--timeout)
READ_CAP = 16 << 20  # bytes: the largest file read, and cat's whole output
MEMORY_CAP = 2 << 30  # bytes of address space for llvm-mc and split-file
WRITE_CAP = 64 << 20  # bytes: the largest file llvm-mc or split-file writes


class Refused(Exception):
    """A RUN line that would reach outside the test's folders, or read what
    is not a bounded regular file. The message names the path."""


def inside(path, root):
    """Whether path, symlinks followed, is root or under it."""
    real = os.path.realpath(path)
    return real == root or real.startswith(root + os.sep)


def limit_child():
    """Run in a tool's child process before exec: caps on its memory and
    on the size of any file it writes (RLIMIT_FSIZE)."""
    import resource
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_CAP, MEMORY_CAP))
    resource.setrlimit(resource.RLIMIT_FSIZE, (WRITE_CAP, WRITE_CAP))

# --- Reading RUN lines ---------------------------------------------------

RUN_RE = re.compile(r"(?:^|[^A-Za-z0-9_-])RUN:(.*)$")


def run_lines(text):
    """The test's RUN commands as (line number, command), continuation lines
    (ending in \\) joined; the number is that of the command's first line."""
    commands, pending, first = [], None, 0
    for number, line in enumerate(text.splitlines(), 1):
        m = RUN_RE.search(line)
        if not m:
            continue
        part = m.group(1).rstrip()
        if pending is not None:
            part = pending + part
            pending = None
        else:
            first = number
        if part.endswith("\\"):
            pending = part[:-1]
            continue
        commands.append((first, part.strip()))
    if pending is not None:
        commands.append((first, pending.strip()))
    return commands


def substitute(command, test, tmp_base):
    """lit's %s, %S, %p, %t, %T (and their %/ forms) and %%."""
    values = {"s": test, "S": os.path.dirname(test),
              "p": os.path.dirname(test), "t": tmp_base,
              "T": os.path.dirname(tmp_base)}

    def one(m):
        return "%" if m.group(0) == "%%" else values[m.group(2)]
    return re.sub(r"%%|%(/?)([sSptT])", one, command)


class Command:
    """One simple command of a RUN line, with its redirections."""

    def __init__(self):
        self.argv, self.stdout, self.append, self.stdin = [], None, False, None
        self.negated = False


def parse_commands(line):
    """Splits a RUN line into simple commands (|, &&, ||, ; separate them).
    Raises ValueError for shell syntax shlex cannot read."""
    lexer = shlex.shlex(line, posix=True, punctuation_chars=True)
    lexer.whitespace_split = True
    tokens = list(lexer)
    commands, cur, i = [], Command(), 0
    while i < len(tokens):
        tok = tokens[i]
        if tok in ("|", "&&", "||", ";", "&"):
            commands.append(cur)
            cur = Command()
        elif tok in (">", ">>", "<", ">&", "&>", ">|"):
            target = tokens[i + 1] if i + 1 < len(tokens) else None
            if tok in (">", ">>", ">|") and cur.argv and cur.argv[-1] == "2":
                cur.argv.pop()  # 2> FILE: diagnostics, not output
            elif tok in (">", ">>", ">|", "&>"):
                cur.stdout, cur.append = target, tok == ">>"
            elif tok == "<":
                cur.stdin = target
            elif tok == ">&" and cur.argv and cur.argv[-1].isdigit():
                cur.argv.pop()  # 2>&1
            i += 1
        elif tok in ("(", ")"):
            raise ValueError("a subshell")
        else:
            cur.argv.append(tok)
        i += 1
    commands.append(cur)
    for c in commands:
        while c.argv and c.argv[0] in ("not", "--crash", "env") or (
                c.argv and "=" in c.argv[0] and c.argv[0][0].isalpha()
                and not c.argv[0].startswith("-")):
            if c.argv[0] == "not":
                c.negated = not c.negated
            c.argv.pop(0)
    return [c for c in commands if c.argv]


def program(argv0):
    """'ld.lld' for '/usr/bin/ld.lld-22', 'llvm-mc' for 'llvm-mc-22'."""
    name = os.path.basename(argv0)
    return re.sub(r"-\d+$", "", name)


# --- Architecture --------------------------------------------------------

CPU_ARCH = {
    "arm7tdmi": "armv4t", "arm9tdmi": "armv4t", "arm926ej-s": "armv5te",
    "arm1020e": "armv5te", "arm1136j-s": "armv6", "arm1176jzf-s": "armv6",
    "cortex-m0": "armv6-m", "cortex-m0plus": "armv6-m",
    "cortex-m1": "armv6-m", "cortex-m3": "armv7-m", "cortex-m4": "armv7e-m",
    "cortex-m7": "armv7e-m", "cortex-m23": "armv8-m.base",
    "cortex-m33": "armv8-m.main", "cortex-m35p": "armv8-m.main",
    "cortex-m55": "armv8-m.main", "cortex-m85": "armv8-m.main",
    "cortex-a5": "armv7-a", "cortex-a7": "armv7-a", "cortex-a8": "armv7-a",
    "cortex-a9": "armv7-a", "cortex-a15": "armv7-a",
    "cortex-a32": "armv8-a", "cortex-a53": "armv8-a", "cortex-a57": "armv8-a",
}

VERSION_ARCH = [
    (r"v4t", "armv4t"), (r"v5(t|te|tej)?", "armv5te"),
    (r"v6(k|kz|z)?", "armv6"), (r"v6s?m", "armv6-m"),
    (r"v7(a|ve)?", "armv7-a"), (r"v7m", "armv7-m"), (r"v7em", "armv7e-m"),
    (r"v8(\.\d)?a?", "armv8-a"), (r"v8m\.base", "armv8-m.base"),
    (r"v8(\.1)?m\.main", "armv8-m.main"),
]


def arch_of(triple, cpu):
    """(relocheck --arch, big-endian) for an llvm-mc triple and -mcpu, or a
    string saying why there is none."""
    m = re.match(r"(arm|thumb)(eb)?(v[0-9a-z.]*?)?(eb)?(-|$)", triple or "")
    if not m:
        return f"triple '{triple}' is not 32-bit Arm"
    big = bool(m.group(2) or m.group(4))
    if cpu:
        if cpu not in CPU_ARCH:
            return f"-mcpu={cpu} has no relocheck --arch here"
        return CPU_ARCH[cpu], big
    version = m.group(3) or ""
    if not version:  # llvm-mc's default CPU for arm/thumb is arm7tdmi
        return "armv4t", big
    for pattern, arch in VERSION_ARCH:
        if re.fullmatch(pattern, version):
            return arch, big
    return f"no relocheck --arch for '{m.group(1)}{version}'"


# --- Links ---------------------------------------------------------------

# ld.lld options, by their bare name (no leading dashes). These change
# nothing relocheck compares once the layout is pinned:
LLD_IGNORED = {
    "static", "Bstatic", "no-rosegment", "rosegment", "z", "hash-style",
    "m", "threads", "no-threads", "build-id", "s", "strip-all", "S",
    "strip-debug", "no-undefined", "fatal-warnings", "v", "verbose",
    "emit-relocs", "q", "no-demangle", "demangle", "Map", "print-map", "M",
    "icf", "no-gc-sections", "eh-frame-hdr", "no-eh-frame-hdr",
    "error-limit", "color-diagnostics", "no-color-diagnostics", "n",
    "nmagic", "N", "omagic", "no-relax", "X", "discard-locals", "x",
    "discard-all", "image-base", "no-fix-cortex-a8",
    "no-merge-exidx-entries", "merge-exidx-entries", "orphan-handling",
    "warn-common", "no-warnings", "w", "check-sections",
    "no-check-sections", "xosegment", "no-xosegment", "o", "output",
}
# These take a value, as --opt=V or as the next word:
LLD_VALUED = {
    "o", "output", "T", "script", "e", "entry", "section-start", "Ttext",
    "Tdata", "Tbss", "defsym", "target2", "L", "l", "z", "m", "Map",
    "hash-style", "image-base", "orphan-handling", "error-limit",
    "Ttext-segment", "threads",
}
# These need what relocheck does not model:
LLD_UNMODELLED = {
    "shared": "shared output", "pie": "position-independent output",
    "r": "relocatable output", "relocatable": "relocatable output",
    "gc-sections": "section garbage collection",
    "fix-cortex-a8": "the Cortex-A8 erratum patch",
    "cmse-implib": "CMSE import libraries",
    "in-implib": "CMSE import libraries",
    "out-implib": "CMSE import libraries",
    "export-dynamic": "dynamic symbols", "E": "dynamic symbols",
    "noinhibit-exec": "output despite errors", "L": "library search",
    "l": "libraries", "just-symbols": "--just-symbols",
    "wrap": "symbol wrapping", "Ttext-segment": "-Ttext-segment",
    "execute-only": "execute-only output",
}
LLD_HANDLED = {"T", "script", "e", "entry", "section-start", "Ttext",
               "Tdata", "Tbss", "defsym", "be8", "target1-rel",
               "target1-abs", "target2", "pic-veneer"}
LLD_KNOWN = LLD_IGNORED | LLD_VALUED | set(LLD_UNMODELLED) | LLD_HANDLED
# llvm-jitlink options with a value, and those that change nothing here.
JITLINK_VALUED = {"slab-address", "slab-allocate", "slab-page-size",
                  "check", "abs", "entry", "triple", "check-name",
                  "debug-only"}
JITLINK_IGNORED = {"noexec", "slab-allocate", "slab-page-size", "check",
                   "check-name", "show-sizes", "triple", "debug-only"}


def number(text):
    try:
        return int(text, 0)
    except (TypeError, ValueError):
        return None


def split_option(argv, i, valued, known):
    """(bare name, value, next index) for the option at argv[i], in any of
    the forms --opt=V, -opt=V, --opt V, -opt V and joined short -TV."""
    word = argv[i]
    following = argv[i + 1] if i + 1 < len(argv) else ""
    bare, eq, value = word.lstrip("-").partition("=")
    if eq:
        return bare, value, i + 1
    if bare in valued:
        return bare, following, i + 2
    if bare not in known and not word.startswith("--") and len(bare) > 1 \
            and bare[0] in "Tzeolm" and bare[0] in valued:
        return bare[0], bare[1:], i + 1
    return bare, None, i + 1


class Link:
    """One ld.lld or llvm-jitlink command, as relocheck flags and inputs."""

    def __init__(self, text):
        self.text = text      # the command as the test wrote it
        self.flags, self.inputs, self.skip = [], [], None
        self.result = None    # compare()'s verdict, once linked


def is_elf(path):
    with open(path, "rb") as f:
        return f.read(4) == b"\x7fELF"


def elf_kind(path):
    """'rel' for an Arm ELF32 relocatable, else why not."""
    with open(path, "rb") as f:
        head = f.read(20)
    if len(head) < 20:
        return "not a relocatable object"
    if head[4] != 1:
        return "not a 32-bit ELF file"
    big = head[5] == 2
    e_type = int.from_bytes(head[16:18], "big" if big else "little")
    e_machine = int.from_bytes(head[18:20], "big" if big else "little")
    if e_machine != 40:
        return "not an Arm object"
    if e_type == 3:
        return "a shared object"
    if e_type != 1:
        return "not a relocatable object"
    return "rel"


# llvm-mc options this runner passes on, by bare name: those with a value
# (as -opt=V or -opt V; -I also as -IDIR) and plain flags. Any other option
# (-split-dwarf-file, -info-output-file and the like may write files) makes
# the object not made, with the reason.
LLVM_MC_VALUED = {"triple", "mcpu", "mattr", "o", "filetype", "I", "defsym",
                  "arch", "arm-implicit-it", "dwarf-version", "M",
                  "output-asm-variant", "compress-debug-sections",
                  "main-file-name"}
LLVM_MC_FLAGS = {"arm-add-build-attributes", "g", "gdwarf64", "dwarf64",
                 "mc-relax-all", "crel", "show-encoding", "show-inst", "n",
                 "save-temp-labels", "no-exec-stack", "fatal-warnings",
                 "no-warn", "relax-relocations", "position-independent",
                 "large-code-model", "implicit-mapsyms", "preserve-comments",
                 "no-type-check"}
# .include "F" / .incbin "F" in assembly: files llvm-mc itself reads.
INCLUDE_RE = re.compile(r'\.(?:include|incbin)\s+"([^"]*)"')


class TestRun:
    """Carries out the modelled RUN commands of one test, inside its work
    folder (see Containment in the module comment)."""

    def __init__(self, test, work, llvm_bin, relocheck):
        self.test, self.work, self.llvm_bin = test, work, llvm_bin
        self.relocheck = relocheck
        self.cwd = work
        self.work_real = os.path.realpath(work)
        self.read_roots = [self.work_real,
                           os.path.realpath(os.path.dirname(test))]
        self.objects = {}   # object path -> (triple, cpu)
        self.made_by = {}   # path -> the unrun command that would make it
        self.failed = {}    # path -> why the command making it failed
        self.links, self.notes = [], []

    def path(self, p):
        return os.path.normpath(os.path.join(self.cwd, p))

    def tool(self, name):
        return os.path.join(self.llvm_bin, name)

    @staticmethod
    def shown(p):
        real = os.path.realpath(p)
        return p if real == p else f"{p} (which is {real})"

    def writable(self, word):
        """The path for a file or folder to be written, created or deleted;
        Refused unless it is inside the work folder."""
        p = self.path(word)
        if not inside(p, self.work_real):
            raise Refused(f"writes {self.shown(p)}, outside the work folder")
        return p

    def readable(self, word):
        """The path for a file to be read; Refused unless it is inside the
        test's folder or the work folder and, if it exists, a regular file
        of at most READ_CAP bytes."""
        p = self.path(word)
        if not any(inside(p, root) for root in self.read_roots):
            raise Refused(f"reads {self.shown(p)}, outside the test's "
                          "folder and the work folder")
        if os.path.lexists(p):
            st = os.stat(p)
            if stat.S_ISDIR(st.st_mode):
                return p  # callers say what a folder means to them
            if not stat.S_ISREG(st.st_mode):
                raise Refused(f"reads {self.shown(p)}, not a regular file")
            if st.st_size > READ_CAP:
                raise Refused(f"reads {self.shown(p)}, {st.st_size} bytes "
                              f"(over the {READ_CAP}-byte cap)")
        return p

    def read_text(self, word):
        p = self.readable(word)
        if os.path.isdir(p):
            raise Refused(f"reads {p}, a folder")
        with open(p, errors="replace") as f:
            return f.read(READ_CAP + 1)

    def tool_run(self, argv, what):
        """Runs a tool from the current folder, stdin from /dev/null, with
        the timeout and limit_child's caps. None if it timed out."""
        try:
            return subprocess.run(argv, cwd=self.cwd, capture_output=True,
                                  text=True, errors="replace",
                                  timeout=TIMEOUT, stdin=subprocess.DEVNULL,
                                  preexec_fn=limit_child)
        except subprocess.TimeoutExpired:
            self.notes.append(f"{what} timed out after {TIMEOUT} s")
            return None

    def write(self, cmd, text):
        if cmd.stdout == "/dev/null":
            return  # thrown away: nothing to write
        out = self.writable(cmd.stdout)
        os.makedirs(os.path.dirname(out), exist_ok=True)
        if cmd.append and os.path.exists(out) and \
                os.path.getsize(out) + len(text) > READ_CAP:
            raise Refused(f"grows {out} over the {READ_CAP}-byte cap")
        with open(out, "a" if cmd.append else "w") as f:
            f.write(text)

    def run(self, cmd):
        prog = program(cmd.argv[0])
        handler = {"llvm-mc": self.llvm_mc, "split-file": self.split_file,
                   "echo": self.echo, "cat": self.cat, "cp": self.cp,
                   "mkdir": self.mkdir, "cd": self.cd, "ld.lld": self.lld,
                   "llvm-jitlink": self.jitlink}.get(prog)
        if handler:
            handler(cmd)
            return
        # Not run: remember what it may have made (its output, or any file
        # it names that does not exist yet), to say so later.
        outs = [cmd.stdout] if cmd.stdout else []
        outs += [a for a in cmd.argv[1:] if not a.startswith("-")]
        for o in outs:
            if not os.path.exists(self.path(o)):
                self.made_by[self.path(o)] = prog

    def llvm_mc(self, cmd):
        args = cmd.argv[1:]
        triple = cpu = out = None
        inputs, includes, unknown, obj = [], [], None, False
        i = 0
        while i < len(args):
            a = args[i]
            if not a.startswith("-") or a == "-":
                inputs.append(a)
                i += 1
                continue
            bare, eq, value = a.lstrip("-").partition("=")
            if bare not in LLVM_MC_VALUED | LLVM_MC_FLAGS and not eq and \
                    bare.startswith("I"):
                bare, value, eq = "I", bare[1:], "="  # -IDIR
            if bare in LLVM_MC_VALUED:
                if not eq:
                    value = args[i + 1] if i + 1 < len(args) else ""
                    i += 1
            elif bare not in LLVM_MC_FLAGS:
                unknown = unknown or a
            i += 1
            if bare == "triple":
                triple = value
            elif bare == "mcpu":
                cpu = value
            elif bare == "o":
                out = value
            elif bare == "filetype":
                obj = value == "obj"
            elif bare == "I":
                includes.append(value)
        if not obj or not out or out in ("-", "/dev/null"):
            return  # assembler-only use (-show-encoding, error checks)
        out = self.writable(out)
        self.objects.pop(out, None)
        self.failed.pop(out, None)
        if unknown:
            self.failed[out] = f"llvm-mc option {unknown} is not modelled " \
                "by this runner"
            return
        if cmd.stdin:
            inputs.append(cmd.stdin)
        folders = [self.cwd]
        for d in includes:
            p = self.readable(d)
            if not os.path.isdir(p):
                raise Refused(f"-I {p} is not a folder")
            folders.append(p)
        for word in inputs:
            if word == "-":
                continue  # stdin: /dev/null, or the file after <
            text = self.read_text(word)
            src = os.path.dirname(self.path(word))
            for name in INCLUDE_RE.findall(text):
                for base in [src] + folders:
                    self.readable(os.path.join(base, name))
        if not any(a.lstrip("-") == "arm-add-build-attributes" for a in args):
            args = args + ["-arm-add-build-attributes"]
        if cmd.stdin:
            args = args + [self.path(cmd.stdin)]
        r = self.tool_run([self.tool("llvm-mc")] + args,
                          f"llvm-mc making {os.path.basename(out)}")
        if r is None or r.returncode != 0:
            if os.path.isfile(out):
                os.remove(out)  # no stale or partial object
            self.failed[out] = \
                f"llvm-mc timed out after {TIMEOUT} s on " \
                f"{os.path.basename(out)}" if r is None else \
                f"llvm-mc failed on {os.path.basename(out)}: " + \
                (r.stderr.strip().splitlines() or ["it failed"])[0]
            return
        self.objects[out] = (triple, cpu)

    def split_file(self, cmd):
        args = [a for a in cmd.argv[1:] if not a.startswith("-")]
        if len(args) != 2:
            return
        source = self.path(args[0])
        text = self.read_text(args[0])
        folder = self.writable(args[1])  # split-file empties it first
        parts = []
        # Part names follow "--- " (split-file's separator is a line that
        # starts with one character or // and then "--- "); any line with
        # "--- " is taken, so that no part can land outside the folder.
        for line in text.splitlines():
            _, sep, name = line.partition("--- ")
            if sep and name.strip():
                part = os.path.join(folder, name.strip())
                if not inside(part, os.path.realpath(folder)) or \
                        not inside(part, self.work_real):
                    raise Refused(f"split-file part '{name.strip()}' "
                                  f"writes {self.shown(part)}, outside "
                                  f"{folder}")
                parts.append(os.path.normpath(part))
        r = self.tool_run([self.tool("split-file"), source, folder],
                          f"split-file {args[0]}")
        if r is None:
            for part in parts:
                self.failed[part] = f"split-file timed out after " \
                    f"{TIMEOUT} s making {os.path.basename(part)}"

    def echo(self, cmd):
        if not cmd.stdout:
            return
        words, newline = cmd.argv[1:], "\n"
        if words and words[0] == "-n":
            words, newline = words[1:], ""
        self.write(cmd, " ".join(words) + newline)

    def cat(self, cmd):
        if not cmd.stdout:
            return
        names = [a for a in cmd.argv[1:] if a != "-"]
        if not names and cmd.stdin:
            names = [cmd.stdin]
        text = ""
        for a in names:
            text += self.read_text(a)
            if len(text) > READ_CAP:
                raise Refused(f"cat writes over the {READ_CAP}-byte cap")
        self.write(cmd, text)

    def cp(self, cmd):
        args = [a for a in cmd.argv[1:] if not a.startswith("-")]
        if len(args) != 2:
            return
        source = self.readable(args[0])
        target = self.path(args[1])
        if os.path.isdir(target):
            target = os.path.join(target, os.path.basename(source))
        target = self.writable(target)
        if os.path.isfile(source):
            shutil.copyfile(source, target)

    def mkdir(self, cmd):
        for a in cmd.argv[1:]:
            if not a.startswith("-"):
                os.makedirs(self.writable(a), exist_ok=True)

    def cd(self, cmd):
        if len(cmd.argv) < 2:
            return
        target = self.path(cmd.argv[1])
        if not inside(target, self.work_real):
            raise Refused(f"cd to {self.shown(target)}, outside the work "
                          "folder")
        if os.path.isdir(target):
            self.cwd = target

    def missing(self, word):
        """Why the input a link names does not exist, or None if it does."""
        p = self.readable(word)
        if p in self.failed:
            return self.failed[p]
        if os.path.exists(p):
            return None
        if p in self.made_by:
            return f"input {os.path.basename(p)} is made by " \
                f"{self.made_by[p]}, which this runner does not run"
        return f"input {word} does not exist"

    def add_input(self, link, word):
        p = self.path(word)
        link.skip = self.missing(word)
        if link.skip:
            return
        if os.path.isdir(p):
            link.skip = f"input {word} is a folder"
            return
        if not is_elf(p):
            with open(p, "rb") as f:
                if f.read(8) == b"!<arch>\n":
                    link.skip = "an archive input"
                    return
            link.flags += ["-T", p]  # a linker script given as an input
            return
        arch = arch_of(*self.objects[p]) if p in self.objects else None
        if isinstance(arch, str):
            link.skip = arch
            return
        kind = elf_kind(p)
        if kind != "rel":
            link.skip = f"input {os.path.basename(p)} is {kind}"
            return
        link.inputs.append(p)

    def lld(self, cmd):
        link = Link(" ".join(cmd.argv))
        self.links.append(link)
        if cmd.negated:
            link.skip = "expects ld.lld to fail (not compared)"
            return
        argv, i, be8 = cmd.argv[1:], 0, False
        while i < len(argv) and not link.skip:
            if not argv[i].startswith("-") or argv[i] == "-":
                self.add_input(link, argv[i])
                i += 1
                continue
            word = argv[i].partition("=")[0]
            name, value, i = split_option(argv, i, LLD_VALUED, LLD_KNOWN)
            if name == "be8":
                be8 = True
            elif name in LLD_UNMODELLED:
                link.skip = f"{word} ({LLD_UNMODELLED[name]}) is not " \
                    "modelled"
            elif name in LLD_IGNORED:
                continue
            elif name in LLD_HANDLED:
                self.lld_option(link, name, value)
            else:
                link.skip = f"ld.lld option {word} is not modelled"
        self.finish(link, be8)

    def lld_option(self, link, name, value):
        """Hands one modelled ld.lld option to relocheck."""
        if name in ("T", "script"):
            link.skip = self.missing(value)
            link.flags += ["-T", self.path(value)]
        elif name in ("e", "entry"):
            link.flags += ["-e", value]
        elif name in ("section-start", "Ttext", "Tdata", "Tbss", "defsym"):
            if name == "defsym" or name == "section-start":
                what, _, addr = value.partition("=")
            else:
                what, addr = "." + name[1:], value
            if number(addr) is None:
                link.skip = f"--{name} {value}: an expression, not a number"
            elif name == "defsym":
                link.flags.append(f"--defsym={what}={addr}")
            else:
                link.flags.append(f"--section-start={what}={addr}")
        elif name == "target1-rel":
            link.flags.append("--target1-rel")
        elif name == "target2":
            link.flags.append(f"--target2={value}")
        elif name == "pic-veneer":
            link.flags.append("--pic-veneers")
        # target1-abs: relocheck's default

    def jitlink(self, cmd):
        link = Link(" ".join(cmd.argv))
        self.links.append(link)
        if cmd.negated:
            link.skip = "expects llvm-jitlink to fail (not compared)"
            return
        argv, i = cmd.argv[1:], 0
        while i < len(argv) and not link.skip:
            if not argv[i].startswith("-"):
                self.add_input(link, argv[i])
                i += 1
                continue
            name, value, i = split_option(argv, i, JITLINK_VALUED,
                                          JITLINK_VALUED | JITLINK_IGNORED)
            sym, _, addr = (value or "").partition("=")
            if name == "abs" and number(addr) is None:
                link.skip = f"-abs {value}: not a number"
            elif name == "abs":
                link.flags.append(f"--defsym={sym}={addr}")
            elif name == "slab-address":
                link.flags.append(f"-Ttext={value}")
            elif name == "entry":
                link.flags += ["-e", value]
            elif name not in JITLINK_IGNORED:
                link.skip = f"llvm-jitlink option -{name} is not modelled"
        self.finish(link, False)

    def finish(self, link, be8):
        if link.skip:
            return
        if not link.inputs:
            link.skip = "no object input"
            return
        triple, cpu = self.objects.get(link.inputs[0], (None, None))
        arch = arch_of(triple, cpu)
        if isinstance(arch, str):
            link.skip = arch
            return
        name, big = arch
        link.flags.insert(0, f"--arch={name}")
        if big:
            link.flags.append("--big-endian" if be8 else "--be32")
        # Now, before a later RUN line rebuilds an input under the same name.
        link.result = compare(link, self.relocheck)


# --- Comparing -----------------------------------------------------------


def compare(link, relocheck):
    """Runs relocheck diff on the link; returns its verdict."""
    cmd = [relocheck, "diff", "--oracles=lld", "--together", "--format=json"]
    cmd += link.flags + link.inputs
    try:
        r = subprocess.run(cmd, capture_output=True, text=True,
                           errors="replace", timeout=TIMEOUT,
                           stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        return {"status": "not-linkable", "side": "relocheck",
                "message": f"relocheck diff timed out after {TIMEOUT} s"}
    try:
        report = json.loads(r.stdout)["links"][0]
    except (ValueError, KeyError, IndexError):
        first = (r.stderr.strip().splitlines() or ["no output"])[0]
        return {"status": "not-linkable", "side": "relocheck",
                "message": first}
    if "error" in report:
        return {"status": "not-linkable", "side": "relocheck",
                "message": report["error"]}
    rows = report["sites"]
    refused = [s for s in rows if s["relocheck"] == "error"]
    if refused:
        problems = report["relocheck_problems"] or ["a site failed"]
        # A peer's test has no '@ expect' lines to ask for.
        message = re.sub(r" \(no '@ expect [^']*' line predicts it\)$", "",
                         problems[0])
        return {"status": "not-linkable", "side": "relocheck",
                "message": message, "sites": len(rows)}
    lld_message = report["not_linked_by"].get("lld")
    if lld_message:
        return {"status": "not-linkable", "side": "lld",
                "message": lld_message, "sites": len(rows)}
    wrong, lld_refused, not_judged = [], [], 0
    for s in rows:
        verdict = s["verdicts"]["lld"]
        where = f"{s['kind']} at {s['location']}"
        if verdict["class"] == "wrong":
            wrong.append(f"{where}: relocheck {s['relocheck']}, lld "
                         f"{verdict['text']}")
        elif verdict["class"] in ("rejected", "unsupported"):
            lld_refused.append(f"{where}: {verdict['text']}")
        elif verdict["class"] in ("not-judged", "not-placed"):
            not_judged += 1
    problems = report["relocheck_problems"]
    if wrong or problems:
        return {"status": "disagree", "sites": len(rows), "wrong": wrong,
                "relocheck_problems": problems}
    if lld_refused:  # lld linked the rest with these as R_ARM_NONE
        return {"status": "not-linkable", "side": "lld",
                "message": lld_refused[0], "sites": len(rows)}
    return {"status": "agree", "sites": len(rows), "not_judged": not_judged}


RANK = {"disagree": 3, "not-linkable": 2, "agree": 1, "skipped": 0}


def run_test(test, work, relocheck, llvm_bin):
    """The result for one test file: status, detail, and its links."""
    with open(test, errors="replace") as f:
        text = f.read(READ_CAP)
    commands = run_lines(text)
    if not commands:
        return {"file": test, "status": "skipped", "detail": "no RUN lines",
                "links": []}
    os.makedirs(work, exist_ok=True)
    tmp_base = os.path.join(work, os.path.basename(test) + ".tmp")
    state = TestRun(test, work, llvm_bin, relocheck)
    refusal = None
    for number, line in commands:
        try:
            for cmd in parse_commands(substitute(line, test, tmp_base)):
                state.run(cmd)
        except Refused as e:
            # Nothing after this line is carried out: it would build on
            # what was refused.
            shown = line if len(line) <= 60 else line[:57] + "..."
            refusal = f"RUN line {number} refused: {e} ({shown})"
            break
        except (ValueError, OSError) as e:
            state.notes.append(f"RUN line {number} not carried out ({e}): "
                               f"{line}")
    links = []
    for link in state.links:
        if not link.skip and link.result is None:
            link.skip = refusal  # refused while its inputs were read
        entry = {"command": link.text, "relocheck_flags": link.flags}
        if link.skip:
            entry.update(status="skipped", detail=link.skip)
        else:
            entry.update(link.result)
        links.append(json.loads(json.dumps(entry).replace(work + "/", "")))
    result = summarize(test, links)
    if refusal:
        result.update(status="skipped", side=None,
                      detail=refusal.replace(work + "/", ""))
    if state.notes:
        result["notes"] = [n.replace(work + "/", "") for n in state.notes]
        if not links and not refusal:
            result["detail"] = result["notes"][0]
    return result


def sites(n):
    return f"{n} site{'s' if n != 1 else ''}"


def summarize(test, links):
    if not links:
        return {"file": test, "status": "skipped",
                "detail": "no ld.lld or llvm-jitlink command", "links": []}
    worst = max(links, key=lambda l: RANK[l["status"]])
    status, side = worst["status"], None
    skipped = [l for l in links if l["status"] == "skipped"]
    if status == "skipped":
        detail = worst["detail"]
    elif status == "not-linkable":
        detail = f"by {worst['side']}: {worst['message']}"
        side = worst["side"]
    elif status == "disagree":
        n = sum(len(l.get("wrong", [])) for l in links)
        total = sum(l.get("sites", 0) for l in links)
        detail = f"{n} of {sites(total)} " \
            f"differ{'s' if n == 1 else ''}" if n else \
            "relocheck's own check fails"
    else:
        agreed = sum(l["sites"] for l in links if l["status"] == "agree")
        judged = sum(l["not_judged"] for l in links if l["status"] == "agree")
        detail = sites(agreed)
        if judged:
            detail += f", {judged} not judged (lld's own veneers/GOT)"
    compared = len(links) - len(skipped)
    detail += f" ({compared} of {len(links)} links compared)" \
        if skipped and status != "skipped" else ""
    return {"file": test, "status": status, "side": side, "detail": detail,
            "links": links}


# --- Reporting -----------------------------------------------------------


def text_report(results, root):
    out = []
    for r in results:
        name = os.path.relpath(r["file"], root)
        out.append(f"{r['status']:<12} {name}: {r['detail']}")
        for link in r["links"]:
            for w in link.get("wrong", []):
                out.append(f"    {w}")
            for p in link.get("relocheck_problems", []):
                out.append(f"    relocheck: {p}")
    out.append(summary_line(results))
    return "\n".join(out) + "\n"


def summary_line(results):
    count = {s: 0 for s in RANK}
    side = {"relocheck": 0, "lld": 0}
    for r in results:
        count[r["status"]] += 1
        if r["status"] == "not-linkable":
            side[r["side"]] += 1
    n = len(results)
    return (f"{n} file{'s' if n != 1 else ''}: {count['agree']} agree, "
            f"{count['disagree']} disagree, {count['not-linkable']} not "
            f"linkable ({side['relocheck']} by relocheck, {side['lld']} by "
            f"lld), {count['skipped']} skipped")


def markdown_report(results, root):
    def cell(text):
        return text.replace("|", "\\|").replace("\n", " ")
    out = ["| file | result | detail |", "|---|---|---|"]
    for r in results:
        out.append(f"| {cell(os.path.relpath(r['file'], root))} | "
                   f"{r['status']} | {cell(r['detail'])} |")
    out += ["", summary_line(results)]
    wrong = [(r, w) for r in results for l in r["links"]
             for w in l.get("wrong", [])]
    if wrong:
        out += ["", "Sites where lld departs from relocheck:", ""]
        for r, w in wrong:
            out.append(f"- {os.path.relpath(r['file'], root)}: "
                       f"`{cell(w)}`")
    return "\n".join(out) + "\n"


def find_tests(paths, pattern):
    tests = []
    for p in paths:
        if os.path.isfile(p):
            tests.append(os.path.abspath(p))
            continue
        if os.path.exists(p) and not os.path.isdir(p):
            raise FileNotFoundError(f"{p} (not a regular file or a folder)")
        if not os.path.isdir(p):
            raise FileNotFoundError(p)
        for dirpath, dirnames, filenames in os.walk(p):
            dirnames[:] = sorted(d for d in dirnames if d != "Inputs")
            for f in sorted(filenames):
                if fnmatch.fnmatch(f, pattern):
                    tests.append(os.path.abspath(os.path.join(dirpath, f)))
    return tests


def positive_int(text):
    """argparse type: whole seconds, at least 1."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number")
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


def main():
    global TIMEOUT
    ap = argparse.ArgumentParser(
        description="Compare relocheck with ld.lld on another project's "
        "lit-style Arm assembly tests.")
    ap.add_argument("paths", nargs="+", metavar="PATH",
                    help="test files or folders (Inputs/ folders skipped)")
    ap.add_argument("--glob", default="*.s",
                    help="file names to take from folders (default *.s)")
    ap.add_argument("--relocheck",
                    default=os.path.join(
                        os.environ.get("RELOCHECK_BIN",
                                       os.path.join(ROOT, "build", "bin")),
                        "relocheck"),
                    help="the relocheck binary (default: $RELOCHECK_BIN/"
                         "relocheck, else build/bin/relocheck, as lit)")
    ap.add_argument("--llvm-bin", default=LLVM_BIN,
                    help="where llvm-mc and split-file are")
    ap.add_argument("--markdown", metavar="FILE",
                    help="also write a markdown table")
    ap.add_argument("--json", metavar="FILE",
                    help="also write every result, link by link, as JSON")
    ap.add_argument("--timeout", type=positive_int, default=TIMEOUT,
                    metavar="S",
                    help="seconds any one tool may run (default "
                    f"{TIMEOUT})")
    ap.add_argument("--keep", metavar="DIR",
                    help="build in DIR and keep it (default: a temporary "
                    "folder, removed)")
    args = ap.parse_args()
    TIMEOUT = args.timeout
    # Tools run from each test's work folder: relative paths would miss.
    args.relocheck = os.path.abspath(args.relocheck)
    args.llvm_bin = os.path.abspath(args.llvm_bin)

    # The paths first: a usage mistake is named whether or not a build
    # exists.
    try:
        tests = find_tests(args.paths, args.glob)
    except FileNotFoundError as e:
        print(f"error: no such file or folder: {e}", file=sys.stderr)
        return 2
    if not tests:
        print(f"error: no test matches '{args.glob}'", file=sys.stderr)
        return 2
    for tool, path in (("relocheck", args.relocheck),
                       ("llvm-mc", os.path.join(args.llvm_bin, "llvm-mc"))):
        if not os.access(path, os.X_OK):
            print(f"error: no {tool} at {path}", file=sys.stderr)
            return 2
    # The reports are written after the whole run: refuse a path that is
    # one of the tests (it was overwritten) or cannot be written, now.
    inputs = {os.path.realpath(t) for t in tests}
    for flag, out in (("--markdown", args.markdown), ("--json", args.json)):
        if not out:
            continue
        real = os.path.realpath(out)
        parent = os.path.dirname(real) or "."
        if real in inputs:
            print(f"error: {flag} {out} is one of the tests; write the "
                  "report elsewhere", file=sys.stderr)
            return 2
        if os.path.isdir(real) or not os.path.isdir(parent) or \
                not os.access(parent, os.W_OK) or \
                (os.path.exists(real) and not os.access(real, os.W_OK)):
            print(f"error: {flag} {out}: cannot write a report there",
                  file=sys.stderr)
            return 2
    if args.keep and os.path.exists(args.keep) and \
            not os.path.isdir(args.keep):
        print(f"error: --keep {args.keep} is not a folder", file=sys.stderr)
        return 2
    root = os.path.commonpath([os.path.dirname(t) for t in tests])
    work = args.keep or tempfile.mkdtemp(prefix="peer-suite-")
    results = []
    try:
        for n, test in enumerate(tests):
            if sys.stderr.isatty():
                print(f"\r[{n + 1}/{len(tests)}] {os.path.basename(test)}"
                      "\x1b[K", end="", file=sys.stderr, flush=True)
            sub = os.path.join(work, f"{n:04d}-{os.path.basename(test)}")
            results.append(run_test(test, sub, args.relocheck,
                                    args.llvm_bin))
    finally:
        if sys.stderr.isatty():
            print(file=sys.stderr)
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)
    sys.stdout.write(text_report(results, root))
    if args.markdown:
        with open(args.markdown, "w") as f:
            f.write(markdown_report(results, root))
    if args.json:
        with open(args.json, "w") as f:
            json.dump({"root": root, "results": results}, f, indent=2)
            f.write("\n")
    return 1 if any(r["status"] == "disagree" for r in results) else 0


if __name__ == "__main__":
    sys.exit(main())
