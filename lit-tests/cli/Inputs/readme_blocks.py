"""Prints a code block of README.md (or another Markdown file): 'asm'
gives the first ```asm block, 'python' the first ```python block, 'dump'
the first plain ``` block after the line that says `relocheck dump` on it
prints."""
import sys

text = open(sys.argv[1]).read().split("\n")
want = sys.argv[2]
i = 0
if want in ("asm", "python"):
    i = text.index("```" + want) + 1
else:
    i = next(n for n, l in enumerate(text) if l.startswith("`relocheck dump` on it"))
    i = text.index("```", i) + 1
end = text.index("```", i)
print("\n".join(text[i:end]))
