//===- LayoutTest.cpp - Output sections, addresses and linker scripts -----===//
//
// Objects are built by hand so every address below can be worked out on
// paper; each expectation is exact.
//
//===----------------------------------------------------------------------===//
#include "driver/Driver.h"
#include "link/Layout.h"
#include "link/LinkerScript.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/BinaryFormat/ELF.h"

#include "gtest/gtest.h"

using namespace llvm;
using namespace relocheck;

namespace {

constexpr uint32_t Code = ELF::SHF_ALLOC | ELF::SHF_EXECINSTR;
constexpr uint32_t RO = ELF::SHF_ALLOC;
constexpr uint32_t RW = ELF::SHF_ALLOC | ELF::SHF_WRITE;

struct SectionSpec {
  std::string Name;
  uint32_t Size;
  uint32_t Align;
  uint32_t Flags = RO;
  uint32_t Type = ELF::SHT_PROGBITS;
};

/// Section i of Specs becomes ELF section i + 1; index 0 is SHT_NULL.
InputObject makeObject(StringRef FileName, std::vector<SectionSpec> Specs) {
  InputObject Obj;
  Obj.FileName = FileName.str();
  Obj.Sections.emplace_back();
  for (const SectionSpec &Spec : Specs) {
    InputSection S;
    S.Index = Obj.Sections.size();
    S.Name = Spec.Name;
    S.Type = Spec.Type;
    S.Flags = Spec.Flags;
    S.Align = Spec.Align;
    S.Size = Spec.Size;
    if (Spec.Type != ELF::SHT_NOBITS)
      S.Data.assign(Spec.Size, 0);
    Obj.Sections.push_back(std::move(S));
  }
  return Obj;
}

void defineGlobal(InputObject &Obj, StringRef Name, uint16_t Shndx) {
  InputSymbol Sym;
  Sym.Name = Name.str();
  Sym.Binding = ELF::STB_GLOBAL;
  Sym.Type = ELF::STT_FUNC;
  Sym.Shndx = Shndx;
  Obj.Symbols.push_back(Sym);
}

std::string hex(uint64_t V) { return "0x" + utohexstr(V, true); }

/// ".text 0x8000+0xc, .data 0x20000+0x4": names, addresses and sizes.
std::string summary(const Layout &L) {
  std::string S;
  for (const OutputSection &OS : L.Sections)
    S += (S.empty() ? "" : ", ") + OS.Name + " " + hex(OS.Addr) + "+" +
         hex(OS.Size);
  return S;
}

Layout mustLayout(const LayoutOptions &Opts,
                  const std::vector<InputObject> &Objs) {
  Expected<Layout> L = computeLayout(Opts, Objs);
  if (!L) {
    ADD_FAILURE() << toString(L.takeError());
    return Layout();
  }
  return std::move(*L);
}

std::string layoutError(const LayoutOptions &Opts,
                        const std::vector<InputObject> &Objs) {
  Expected<Layout> L = computeLayout(Opts, Objs);
  if (L) {
    ADD_FAILURE() << "expected an error, got: " << summary(*L);
    return "";
  }
  return toString(L.takeError());
}

LayoutOptions withScript(StringRef Text) {
  LayoutOptions Opts;
  Opts.ScriptPath = "t.lds";
  Opts.ScriptText = Text.str();
  return Opts;
}

std::string scriptError(StringRef Text) {
  return layoutError(withScript(Text),
                     {makeObject("a.o", {{".text", 4, 4, Code}})});
}

const OutputSection &section(const Layout &L, StringRef Name) {
  for (const OutputSection &OS : L.Sections)
    if (OS.Name == Name)
      return OS;
  ADD_FAILURE() << "no output section " << Name.str();
  static OutputSection None;
  return None;
}

//===-- Without a script --------------------------------------------------===//

std::vector<InputObject> mixedObjects() {
  return {
      makeObject(
          "a.o",
          {
              {".data", 4, 4, RW},                                    // 1
              {".text", 6, 4, Code},                                  // 2
              {".bss", 8, 8, RW, ELF::SHT_NOBITS},                    // 3
              {".rodata.str", 3, 1},                                  // 4
              {".text.hot", 4, 8, Code},                              // 5
              {".far", 2, 2, Code},                                   // 6
              {".rel.text", 8, 4, 0, ELF::SHT_REL},                   // 7
              {".ARM.attributes", 16, 1, 0, ELF::SHT_ARM_ATTRIBUTES}, // 8
              {".comment", 5, 1, 0},                                  // 9
          }),
      makeObject("b.o",
                 {
                     {".text", 2, 2, Code},                        // 1
                     {".ARM.exidx", 8, 4, RO, ELF::SHT_ARM_EXIDX}, // 2
                     {".xsite", 4, 4, Code},                       // 3
                 }),
  };
}

TEST(LayoutTest, DefaultOrderAndAlignment) {
  Layout L = mustLayout(LayoutOptions(), mixedObjects());

  // .text: a.o .text at 0x10000 (6 bytes), a.o .text.hot aligned to 8,
  // then b.o .text aligned to 2; every later section follows, aligned,
  // the sections of other names with contents before .bss (only zero-fill
  // between __bss_start and _end).
  EXPECT_EQ(summary(L), ".text 0x10000+0xe, .ARM.exidx 0x10010+0x8, "
                        ".rodata 0x10018+0x3, .data 0x1001c+0x4, "
                        ".far 0x10020+0x2, .xsite 0x10024+0x4, "
                        ".bss 0x10028+0x8");
  EXPECT_EQ(L.InputAddr[0][2], 0x10000u);
  EXPECT_EQ(L.InputAddr[0][5], 0x10008u);
  EXPECT_EQ(L.InputAddr[1][1], 0x1000cu);
  EXPECT_EQ(L.InputAddr[1][2], 0x10010u);
  EXPECT_EQ(L.InputAddr[0][4], 0x10018u);

  const OutputSection &Text = section(L, ".text");
  ASSERT_EQ(Text.Inputs.size(), 3u);
  EXPECT_EQ(Text.Inputs[1].Object, 0u);
  EXPECT_EQ(Text.Inputs[1].Section, 5u);
  EXPECT_EQ(Text.Inputs[2].Object, 1u);
  EXPECT_EQ(Text.Align, 8u);
  EXPECT_EQ(Text.Type, ELF::SHT_PROGBITS);
  EXPECT_EQ(Text.Flags, Code);
  EXPECT_EQ(section(L, ".bss").Type, ELF::SHT_NOBITS);
  EXPECT_EQ(section(L, ".data").Flags, RW);
}

TEST(LayoutTest, NonAllocAndMetadataSectionsAreNotPlaced) {
  Layout L = mustLayout(LayoutOptions(), mixedObjects());
  ASSERT_EQ(L.InputAddr.size(), 2u);
  ASSERT_EQ(L.InputAddr[0].size(), 10u);
  EXPECT_FALSE(L.InputAddr[0][0]); // SHT_NULL
  EXPECT_FALSE(L.InputAddr[0][7]); // SHT_REL
  EXPECT_FALSE(L.InputAddr[0][8]); // .ARM.attributes
  EXPECT_FALSE(L.InputAddr[0][9]); // .comment, not SHF_ALLOC
}

TEST(LayoutTest, NonAllocSectionsGetOffsetsByName) {
  // Two objects' .debug_info go into one output section at offset 0,
  // each input aligned; .note.GNU-stack, relocation and attribute
  // sections are no part of the output; nothing non-allocated is placed.
  std::vector<InputObject> Objs;
  Objs.push_back(makeObject(
      "a.o", {{".text", 4, 4, Code},
              {".debug_info", 6, 1, 0},
              {".debug_abbrev", 3, 1, 0},
              {".note.GNU-stack", 0, 1, 0},
              {".rel.debug_info", 8, 4, 0, ELF::SHT_REL},
              {".comment", 5, 1, ELF::SHF_MERGE | ELF::SHF_STRINGS}}));
  Objs.push_back(makeObject("b.o", {{".debug_info", 8, 4, 0},
                                    {".debug_str", 0x10, 1, 0}}));
  Layout L = mustLayout(LayoutOptions(), Objs);
  std::string Got;
  for (const OutputSection &OS : L.NonAlloc)
    Got += OS.Name + " " + std::to_string(OS.Size) + " " +
           std::to_string(OS.Align) + "; ";
  EXPECT_EQ(Got, ".debug_info 16 4; .debug_abbrev 3 1; .comment 5 1; "
                 ".debug_str 16 1; ");
  EXPECT_EQ(L.NonAllocOffset[0][2], 0u);
  EXPECT_EQ(L.NonAllocOffset[1][1], 8u); // after 6 bytes, aligned to 4
  EXPECT_EQ(L.NonAllocOffset[0][3], 0u);
  EXPECT_FALSE(L.NonAllocOffset[0][4]); // .note.GNU-stack
  EXPECT_FALSE(L.NonAllocOffset[0][5]); // SHT_REL
  EXPECT_FALSE(L.NonAllocOffset[0][1]); // .text is placed instead
  EXPECT_EQ(L.InputAddr[0][1], 0x10000u);
  EXPECT_FALSE(L.InputAddr[0][2]);
  EXPECT_EQ(L.NonAlloc[2].Flags, uint32_t(ELF::SHF_MERGE |
                                          ELF::SHF_STRINGS));
  EXPECT_EQ(summary(L), ".text 0x10000+0x4");
}

TEST(LayoutTest, MixedNoBitsIsProgBits) {
  std::vector<InputObject> Objs = {makeObject(
      "a.o", {{".bss", 4, 4, RW, ELF::SHT_NOBITS}, {".bss.x", 4, 4, RW}})};
  Layout L = mustLayout(LayoutOptions(), Objs);
  EXPECT_EQ(summary(L), ".bss 0x10000+0x8");
  EXPECT_EQ(L.Sections[0].Type, ELF::SHT_PROGBITS);
}

std::vector<InputObject> simpleObjects() {
  return {makeObject("a.o", {{".text", 0x10, 4, Code},
                             {".rodata", 4, 4},
                             {".data", 4, 4, RW},
                             {".bss", 4, 4, RW, ELF::SHT_NOBITS}})};
}

TEST(LayoutTest, SectionStartAndTtext) {
  LayoutOptions Opts;
  Opts.SectionStart[".text"] = 0x8000;
  Opts.SectionStart[".data"] = 0x20000;
  Layout L = mustLayout(Opts, simpleObjects());

  // .rodata follows .text; .bss follows .data.
  EXPECT_EQ(summary(L), ".text 0x8000+0x10, .rodata 0x8010+0x4, "
                        ".data 0x20000+0x4, .bss 0x20004+0x4");
  EXPECT_EQ(L.InputAddr[0][3], 0x20000u);
}

TEST(LayoutTest, SectionStartForAnAbsentSectionIsAnError) {
  // A typo (.dta) would otherwise leave .data where the default puts it.
  LayoutOptions Opts;
  Opts.SectionStart[".dta"] = 0x30000;
  auto L = computeLayout(Opts, simpleObjects());
  ASSERT_FALSE(L);
  EXPECT_EQ(toString(L.takeError()),
            "error: --section-start=.dta=0x30000: the output has no "
            "allocated section .dta (it has, by address, .text, .rodata, "
            ".data, .bss)");
}

TEST(LayoutTest, SectionsAreSortedByAddress) {
  LayoutOptions Opts;
  Opts.SectionStart[".text"] = 0x40000;
  Opts.DefaultBase = 0x1000;
  Layout L = mustLayout(Opts, simpleObjects());
  EXPECT_EQ(summary(L), ".text 0x40000+0x10, .rodata 0x40010+0x4, "
                        ".data 0x40014+0x4, .bss 0x40018+0x4");

  Opts.SectionStart.clear();
  Opts.SectionStart[".bss"] = 0x100;
  L = mustLayout(Opts, simpleObjects());
  EXPECT_EQ(summary(L), ".bss 0x100+0x4, .text 0x1000+0x10, "
                        ".rodata 0x1010+0x4, .data 0x1014+0x4");
}

// -Ttext is --section-start=.text (GNU ld): the later flag wins, so that
// a test's own placement beats the command line's, whichever it uses.
TEST(LayoutTest, TtextAndSectionStartTextTheLaterWins) {
  for (bool TtextFirst : {true, false}) {
    std::vector<std::string> Args = {"-Ttext=0x8000",
                                     "--section-start=.text=0x9000"};
    if (!TtextFirst)
      std::swap(Args[0], Args[1]);
    DriverConfig C = defaultConfig();
    for (size_t I = 0; I < Args.size(); ++I)
      ASSERT_TRUE(cantFail(parseLinkFlag(Args, I, C, "")));
    EXPECT_EQ(C.Link.LayoutOpts.SectionStart.at(".text"),
              TtextFirst ? 0x9000u : 0x8000u);
  }
}

TEST(LayoutTest, OverlapIsAnError) {
  LayoutOptions Opts;
  Opts.SectionStart[".data"] = 0x10004;
  EXPECT_EQ(layoutError(Opts, simpleObjects()),
            "a.o: error: section .text [0x10000, 0x1000f] overlaps section "
            ".data [0x10004, 0x10007]");
}

TEST(LayoutTest, SectionPastFourGiBIsAnError) {
  LayoutOptions Opts;
  Opts.SectionStart[".text"] = 0xfffffff8;
  EXPECT_EQ(layoutError(Opts, simpleObjects()),
            "a.o: error: section .text (size 0x10) would be placed at "
            "0xfffffff8 in output section .text and end at 0x100000008, "
            "past the 32-bit address space");

  // Ending exactly at 4 GiB is fine; the next section is not.
  Opts.SectionStart[".text"] = 0xfffffff0;
  EXPECT_EQ(layoutError(Opts, simpleObjects()),
            "a.o: error: section .rodata (size 0x4) would be placed at "
            "0x100000000 in output section .rodata and end at 0x100000004, "
            "past the 32-bit address space");
}

TEST(LayoutTest, DefsymsAreSymbols) {
  LayoutOptions Opts;
  Opts.Defsyms = {{"foo", 0x1234}, {"bar", 0x8001}};
  Layout L = mustLayout(Opts, simpleObjects());
  EXPECT_EQ(L.Symbols.size(), 2u);
  EXPECT_EQ(L.Symbols["foo"], 0x1234u);
  EXPECT_EQ(L.Symbols["bar"], 0x8001u);
  EXPECT_FALSE(L.Entry);
}

//===-- With a script -----------------------------------------------------===//

std::vector<InputObject> scriptObjects() {
  InputObject A = makeObject("a.o", {{".text", 6, 4, Code},
                                     {".text.f", 4, 4, Code},
                                     {".rodata", 3, 1},
                                     {".data", 4, 4, RW},
                                     {".bss", 4, 4, RW, ELF::SHT_NOBITS}});
  defineGlobal(A, "_start", 1);
  return {A};
}

constexpr const char *FullScript = R"(/* a test script */
ENTRY(_start)
SECTIONS
{
  . = 0x8000;
  .text : { *(.text .text.*) }
  _etext = .;
  .rodata : ALIGN(16) { *(.rodata*) }
  .data 0x20000 : {
    _sdata = .;
    *(.data)
    . = ALIGN(8);
    _edata = .;
  }
  .bss : { *(.bss) . = . + 0x100; }
  text_size = SIZEOF(.text);
  data_addr = ADDR(.data);
  data_align = ALIGNOF(.data);
  PROVIDE(_stack = 0x30000);
  PROVIDE(_start = 0);
  end = MAX(., 0x20200) - 4;
  mixed = (1 << 4) | 3 + 2 * 0x10 - 1K / 512;
  aligned = ALIGN(0x8003, 0x10) + (1 ? 2 : 3) + MIN(7, 5);
}
)";

TEST(LayoutScriptTest, SectionsAndAddresses) {
  Layout L = mustLayout(withScript(FullScript), scriptObjects());

  // .text.f is aligned to 4 after the 6-byte .text; .rodata gets
  // ALIGN(16); .bss grows by 0x100 after its 4-byte input.
  EXPECT_EQ(summary(L), ".text 0x8000+0xc, .rodata 0x8010+0x3, "
                        ".data 0x20000+0x8, .bss 0x20008+0x104");
  EXPECT_EQ(L.InputAddr[0][2], 0x8008u);
  EXPECT_EQ(L.InputAddr[0][5], 0x20008u);
  EXPECT_EQ(L.Entry, "_start");
  EXPECT_EQ(section(L, ".rodata").Align, 16u);
  EXPECT_EQ(section(L, ".bss").Type, ELF::SHT_NOBITS);
}

TEST(LayoutScriptTest, SymbolAssignments) {
  Layout L = mustLayout(withScript(FullScript), scriptObjects());
  std::map<std::string, uint64_t> Want = {
      {"_etext", 0x800c},           {"_sdata", 0x20000},
      {"_edata", 0x20008},          {"text_size", 0xc},
      {"data_addr", 0x20000},       {"data_align", 4},
      {"_stack", 0x30000},          {"end", 0x201fc},
      {"mixed", 16 | (3 + 32 - 2)}, // + and - bind tighter than |
      {"aligned", 0x8010 + 2 + 5},
  };
  EXPECT_EQ(L.Symbols, Want); // _start: defined by a.o, so not provided
}

TEST(LayoutScriptTest, DefsymInScriptAndSectionStartOverride) {
  LayoutOptions Opts = withScript(
      "SECTIONS { .text base + 0x100 : { *(.text*) } .data : { *(.data) } "
      "after = base + 1; }");
  Opts.Defsyms = {{"base", 0x4000}};
  Opts.SectionStart[".data"] = 0x9000;
  Layout L = mustLayout(Opts, scriptObjects());
  // The orphans go after the last script section of their kind: .rodata
  // after the code, .bss after the data.
  EXPECT_EQ(summary(L), ".text 0x4100+0xc, .rodata 0x410c+0x3, "
                        ".data 0x9000+0x4, .bss 0x9004+0x4");
  EXPECT_EQ(L.Symbols["after"], 0x4001u);
  EXPECT_EQ(L.Symbols["base"], 0x4000u);
}

TEST(LayoutScriptTest, PatternOrder) {
  std::vector<InputObject> Objs = {
      makeObject("dir/a.o", {{".text.x", 2, 2, Code}, {".text", 2, 2, Code}}),
      makeObject("b.o", {{".text", 2, 2, Code}})};

  // One description: file order, then section order.
  Layout L = mustLayout(withScript("SECTIONS { .text 0x100 : "
                                   "{ *(.text .text.*) } }"),
                        Objs);
  EXPECT_EQ(L.InputAddr[0][1], 0x100u);
  EXPECT_EQ(L.InputAddr[0][2], 0x102u);
  EXPECT_EQ(L.InputAddr[1][1], 0x104u);

  // Two descriptions: all of the first, then the second. `a.o` matches
  // the last path component; `[b].o` matches b.o only.
  L = mustLayout(withScript("SECTIONS { .text 0x100 : "
                            "{ [b].o(.text) a.o(.t[e]xt) *(.text.*) } }"),
                 Objs);
  EXPECT_EQ(L.InputAddr[1][1], 0x100u);
  EXPECT_EQ(L.InputAddr[0][2], 0x102u);
  EXPECT_EQ(L.InputAddr[0][1], 0x104u);
}

TEST(LayoutScriptTest, KeepAndProvideInsideSections) {
  Layout L = mustLayout(withScript(R"(
SECTIONS {
  .text 0x1000 : {
    KEEP(*(.text))
    PROVIDE(mid = .);
    *(.text.f)
    . += 4;
  }
}
)"),
                        scriptObjects());
  EXPECT_EQ(section(L, ".text").Size, 0x10u);
  EXPECT_EQ(L.Symbols["mid"], 0x1006u);
}

TEST(LayoutScriptTest, DiscardedSectionsHaveNoAddress) {
  std::vector<InputObject> Objs = scriptObjects();
  Layout L = mustLayout(withScript("SECTIONS { /DISCARD/ : { *(.rodata) "
                                   "*(.bss) } .text 0x1000 : { *(.text*) } "
                                   ".data : { *(.data) } }"),
                        Objs);
  EXPECT_EQ(summary(L), ".text 0x1000+0xc, .data 0x100c+0x4");
  EXPECT_FALSE(L.InputAddr[0][3]);
  EXPECT_FALSE(L.InputAddr[0][5]);
}

TEST(LayoutScriptTest, Orphans) {
  std::vector<InputObject> Objs = {
      makeObject("a.o", {{".text", 8, 4, Code},
                         {".xsite", 4, 4, Code},
                         {".text.extra", 2, 2, Code},
                         {".data", 4, 4, RW}})};
  Layout L = mustLayout(withScript("SECTIONS { .text 0x1000 : { *(.text) } "
                                   ".high 0x5000 : { . = . + 0x10; } }"),
                        Objs);

  // Orphans keep their names (.text.extra is not the script's .text), and
  // with no section with inputs after the script's .text (.high has
  // none) they all follow the highest-ending section, as in lld: code,
  // then data.
  EXPECT_EQ(summary(L), ".text 0x1000+0x8, .high 0x5000+0x10, "
                        ".xsite 0x5010+0x4, .text.extra 0x5014+0x2, "
                        ".data 0x5018+0x4");
  EXPECT_EQ(L.InputAddr[0][3], 0x5014u);
  EXPECT_EQ(section(L, ".high").Type, ELF::SHT_NOBITS);
  EXPECT_TRUE(section(L, ".high").Inputs.empty());
}

TEST(LayoutScriptTest, EmptyOutputSectionIsDroppedButKnown) {
  Layout L = mustLayout(withScript("SECTIONS { .text 0x1000 : { *(.text*) } "
                                   ".none 0x2000 : { *(.nothing) } "
                                   "n = ADDR(.none) + SIZEOF(.none); }"),
                        scriptObjects());
  EXPECT_EQ(summary(L), ".text 0x1000+0xc, .rodata 0x100c+0x3, "
                        ".data 0x1010+0x4, .bss 0x1014+0x4");
  EXPECT_EQ(L.Symbols["n"], 0x2000u);
}

TEST(LayoutScriptTest, OverlapNamesTheScript) {
  EXPECT_EQ(layoutError(withScript("SECTIONS { .text 0x1000 : { *(.text*) }"
                                   " .data 0x1008 : { *(.data) } }"),
                        scriptObjects()),
            "t.lds: error: section .text [0x1000, 0x100b] overlaps section "
            ".data [0x1008, 0x100b]");
}

//===-- Script errors -----------------------------------------------------===//

TEST(LayoutScriptErrorTest, UnknownCommands) {
  EXPECT_EQ(scriptError("ENTRY(_start)\n"
                        "MEMORY\n"
                        "{\n"
                        "  ROM : ORIGIN = 0, LENGTH = 64K\n"
                        "}\n"),
            "t.lds:2: error: MEMORY is not supported (supported: ENTRY, "
            "SECTIONS, assignments, PROVIDE)");
  EXPECT_EQ(scriptError("SECTIONS {\n\n  OVERLAY 0x1000 : { }\n}"),
            "t.lds:3: error: OVERLAY is not supported inside SECTIONS "
            "(supported: output sections, assignments, PROVIDE, ENTRY)");
  EXPECT_EQ(scriptError("SECTIONS {\n .text : {\n  SORT(.text*)\n } }"),
            "t.lds:3: error: SORT is not supported in an output section "
            "(supported: input section patterns, KEEP, assignments, "
            "PROVIDE)");
  EXPECT_EQ(scriptError("SECTIONS { .text : AT(0x100) { *(.text) } }"),
            "t.lds:1: error: AT is not supported after 'NAME :' of '.text' "
            "(supported: one ALIGN(n))");
  EXPECT_EQ(scriptError("SECTIONS { .bss (NOLOAD) : { *(.bss) } }"),
            "t.lds:1: error: output section type (NOLOAD) of '.bss' is not "
            "supported");
  EXPECT_EQ(scriptError("SECTIONS {\n .text : { *(.text) } > ROM\n}"),
            "t.lds:2: error: memory regions, load addresses, program headers "
            "and fill after '}' of '.text' are not supported");
  EXPECT_EQ(scriptError("x = LOADADDR(.text);"),
            "t.lds:1: error: LOADADDR() is not supported in expressions "
            "(supported: ALIGN, ADDR, SIZEOF, ALIGNOF, MAX, MIN, ABSOLUTE)");
}

TEST(LayoutScriptErrorTest, SyntaxErrors) {
  EXPECT_EQ(scriptError("SECTIONS\n{\n  . = 0x8000\n}\n"),
            "t.lds:4: error: expected ';' after assignment, found '}'");
  EXPECT_EQ(scriptError("/* one\n two */ SECTIONS {\n .text : { *(.text) "
                        "}\n"),
            "t.lds:2: error: SECTIONS opened here is never closed with '}'");
  EXPECT_EQ(scriptError("\n\n/* never closed"),
            "t.lds:3: error: unterminated comment");
  EXPECT_EQ(scriptError("SECTIONS {\n .text : { *(.text }\n}"),
            "t.lds:2: error: expected a section pattern or ')', found '}'");
  EXPECT_EQ(scriptError("x = 010;"),
            "t.lds:1: error: '010' is not a number (write 0x... or a decimal "
            "without leading zeros)");
  EXPECT_EQ(scriptError("x = (1 + 2;"),
            "t.lds:1: error: expected ')' to close '(', found ';'");
  EXPECT_EQ(scriptError("SECTIONS { .text : { *(.text) } }\nfoo bar;"),
            "t.lds:2: error: expected a command or an assignment, found "
            "'foo'");
  EXPECT_EQ(scriptError("ENTRY(_start)\nSECTIONS\n.text : { }"),
            "t.lds:3: error: expected '{' after SECTIONS, found '.text'");
  EXPECT_EQ(scriptError("ENTRY _start"),
            "t.lds:1: error: expected '(' after ENTRY, found '_start'");
  EXPECT_EQ(scriptError(". = 0x1000;"),
            "t.lds:1: error: '.' can only be assigned inside SECTIONS");
  EXPECT_EQ(scriptError("x = ALIGN(1, 2, 3);"),
            "t.lds:1: error: ALIGN() takes 1 or 2 arguments, not 3");
}

TEST(LayoutScriptErrorTest, EvaluationErrors) {
  EXPECT_EQ(scriptError("SECTIONS {\n  x = y + 1;\n}"),
            "t.lds:2: error: symbol 'y' is not defined by the script or "
            "--defsym before this line");
  EXPECT_EQ(scriptError("SECTIONS {\n  x = SIZEOF(.data);\n"
                        "  .data : { *(.data) }\n}"),
            "t.lds:2: error: SIZEOF(.data) names no output section laid out "
            "before this line");
  EXPECT_EQ(scriptError("SECTIONS {\n .text 0x8000 : {\n  *(.text)\n"
                        "  . = 0x100;\n } }"),
            "t.lds:4: error: location counter would move backward from "
            "0x8004 to 0x100 inside output section .text");
  EXPECT_EQ(scriptError("x = 4 / (2 - 2);"),
            "t.lds:1: error: division by zero");
  EXPECT_EQ(scriptError("x = ALIGN(0x1000, 3);"),
            "t.lds:1: error: alignment 0x3 is not a power of two");
  EXPECT_EQ(scriptError("x = 0x100000000;"),
            "t.lds:1: error: value 0x100000000 of 'x' does not fit in 32 "
            "bits, signed or unsigned (ld.lld and GNU ld keep its low 32 "
            "bits, 0x0)");
  EXPECT_EQ(scriptError("SECTIONS { . = 0x100000001; }"),
            "t.lds:1: error: location counter set to 0x100000001, past the "
            "32-bit address space");
  EXPECT_EQ(scriptError("SECTIONS {\n .text : { *(.text) }\n"
                        " .text : { *(.text*) }\n}"),
            "t.lds:3: error: output section .text is already described at "
            "line 2");
}

// Script arithmetic is 64-bit, as in ld.lld and GNU ld, and a symbol keeps
// the low 32 bits of a value that is a 32-bit one zero- or sign-extended;
// the values below are what both linkers write.
TEST(LayoutScriptTest, ArithmeticIs64BitLikeTheLinkers) {
  Layout L = mustLayout(withScript("a = ~0; b = -1; c = !0; d = 1 - 1;\n"
                                   "e = -8 >> 0; f = 0 - 1; g = -4 + 8;\n"
                                   "h = 0x10 >> 63; i = ~0 >> 32;\n"
                                   "j = -1 < 0; k = 7 / 2; m = -8 & 0xff;\n"
                                   "n = e + 0; p = e >> 60; q = -1 << 4;\n"
                                   "r = -2 * -3; s = (1 << 63) - 1 >> 62;\n"
                                   "t = -0x8000000000000000 >> 63;"),
                        scriptObjects());
  EXPECT_EQ(L.Symbols["a"], 0xffffffffu);
  EXPECT_EQ(L.Symbols["b"], 0xffffffffu);
  EXPECT_EQ(L.Symbols["c"], 1u);
  EXPECT_EQ(L.Symbols["d"], 0u);
  EXPECT_EQ(L.Symbols["e"], 0xfffffff8u);
  EXPECT_EQ(L.Symbols["f"], 0xffffffffu);
  EXPECT_EQ(L.Symbols["g"], 4u);
  EXPECT_EQ(L.Symbols["h"], 0u);
  EXPECT_EQ(L.Symbols["i"], 0xffffffffu);
  EXPECT_EQ(L.Symbols["j"], 0u); // unsigned comparison, as both do
  EXPECT_EQ(L.Symbols["k"], 3u);
  EXPECT_EQ(L.Symbols["m"], 0xf8u);
  EXPECT_EQ(L.Symbols["n"], 0xfffffff8u);
  // A later expression sees the 64-bit value, not the 32 bits written
  // (0xfffffff8 >> 60 would be 0).
  EXPECT_EQ(L.Symbols["p"], 0xfu);
  // Each step fits in 64 bits read as signed (q, r) or unsigned (s, t).
  EXPECT_EQ(L.Symbols["q"], 0xfffffff0u);
  EXPECT_EQ(L.Symbols["r"], 6u);
  EXPECT_EQ(L.Symbols["s"], 1u);
  EXPECT_EQ(L.Symbols["t"], 1u);
}

TEST(LayoutScriptErrorTest, ArithmeticTheLinkersDoNotShare) {
  // Both linkers write 0xfffffffc, the low half of 0x7ffffffffffffffc: a
  // value they cut silently is an error here.
  EXPECT_EQ(scriptError("e = -8 >> 1;"),
            "t.lds:1: error: value 0x7ffffffffffffffc of 'e' does not fit "
            "in 32 bits, signed or unsigned (ld.lld and GNU ld keep its "
            "low 32 bits, 0xfffffffc)");
  EXPECT_EQ(scriptError("e = -0x100000000;"),
            "t.lds:1: error: value 0xffffffff00000000 of 'e' does not fit "
            "in 32 bits, signed or unsigned (ld.lld and GNU ld keep its "
            "low 32 bits, 0x0)");
  EXPECT_EQ(scriptError("x = -7 / 2;"),
            "t.lds:1: error: '/' of 0xfffffffffffffff9 and 0x2: an operand "
            "is negative, and GNU ld (signed) and ld.lld (unsigned) "
            "disagree on the result");
  EXPECT_EQ(scriptError("x = 7 % -2;"),
            "t.lds:1: error: '%' of 0x7 and 0xfffffffffffffffe: an operand "
            "is negative, and GNU ld (signed) and ld.lld (unsigned) "
            "disagree on the result");
  EXPECT_EQ(scriptError("x = 1 << 64;"),
            "t.lds:1: error: shift count 64 of '<<' is not in [0, 63]");
  EXPECT_EQ(scriptError("x = 0x10 >> 65;"),
            "t.lds:1: error: shift count 65 of '>>' is not in [0, 63]");
  // A step past 64 bits, read as unsigned and as signed: both linkers
  // keep its low 64 bits, which the 32-bit check alone would pass.
  EXPECT_EQ(scriptError("x = 0x100000000 * 0x100000000 + 0x1234;"),
            "t.lds:1: error: '*' of 0x100000000 and 0x100000000 does not "
            "fit in 64 bits, signed or unsigned (ld.lld and GNU ld keep its "
            "low 64 bits, 0x0)");
  EXPECT_EQ(scriptError("x = 0x8000000000000000 + 0x8000000000000000;"),
            "t.lds:1: error: '+' of 0x8000000000000000 and "
            "0x8000000000000000 does not fit in 64 bits, signed or unsigned "
            "(ld.lld and GNU ld keep its low 64 bits, 0x0)");
  EXPECT_EQ(scriptError("x = 0x7fffffffffffffff - -2;"),
            "t.lds:1: error: '-' of 0x7fffffffffffffff and "
            "0xfffffffffffffffe does not fit in 64 bits, signed or unsigned "
            "(ld.lld and GNU ld keep its low 64 bits, 0x8000000000000001)");
  EXPECT_EQ(scriptError("x = 2 << 63;"),
            "t.lds:1: error: '<<' of 0x2 and 0x3f does not fit in 64 bits, "
            "signed or unsigned (ld.lld and GNU ld keep its low 64 bits, "
            "0x0)");
  EXPECT_EQ(scriptError("x = -3 << 62;"),
            "t.lds:1: error: '<<' of 0xfffffffffffffffd and 0x3e does not "
            "fit in 64 bits, signed or unsigned (ld.lld and GNU ld keep its "
            "low 64 bits, 0x4000000000000000)");
  EXPECT_EQ(scriptError("SECTIONS {\n . = 0x100000000 * 0x100000000 + 1;\n}"),
            "t.lds:2: error: '*' of 0x100000000 and 0x100000000 does not "
            "fit in 64 bits, signed or unsigned (ld.lld and GNU ld keep its "
            "low 64 bits, 0x0)");
  EXPECT_EQ(scriptError("SECTIONS { . = -4; }"),
            "t.lds:1: error: location counter set to 0xfffffffffffffffc, "
            "past the 32-bit address space");
}

TEST(LayoutScriptTest, EveryOperator) {
  // One line per operator of the script grammar, with precedence checks.
  const std::pair<const char *, uint64_t> Cases[] = {
      {"7 || 0", 1},         {"0 || 0", 0},         {"7 && 0", 0},
      {"7 && 2", 1},         {"7 == 7", 1},         {"7 != 7", 0},
      {"3 <= 3", 1},         {"4 <= 3", 0},         {"3 >= 4", 0},
      {"1 << 4", 16},        {"1 << 63 >> 62", 2}, {"0x80 >> 3", 16},
      {"5 | 2", 7},          {"6 & 3", 2},          {"2 < 3", 1},
      {"6 ^ 3", 5},          {"1 | 6 ^ 3 & 2", 5},  {"6 ^ 3 | 8", 13},
      {"3 > 3", 0},          {"2 + 3", 5},          {"9 - 3", 6},
      {"4 * 5", 20},         {"9 / 2", 4},          {"9 % 4", 1},
      {"~0x0f", 0xfffffff0}, {"-(2)", 0xfffffffe},  {"!5", 0},
      {"1 + 2 * 3", 7},      {"16 >> 1 + 1", 4},    {"1 | 2 & 3", 3},
      {"1 < 2 == 1", 1},     {"8 - 2 - 1", 5},      {"0 ? 1 : 2", 2},
      {"MIN(3, 9)", 3},      {"MAX(3, 9)", 9},      {"ABSOLUTE(12)", 12},
      {"ALIGN(5, 4)", 8},    {"2M + 4k", 0x201000},
  };
  for (const auto &[Text, Want] : Cases) {
    Layout L = mustLayout(withScript(std::string("x = ") + Text + ";"), {});
    EXPECT_EQ(L.Symbols["x"], Want) << Text;
  }
}

TEST(LayoutScriptTest, CompoundAssignments) {
  Layout L = mustLayout(withScript("a = 6; a += 2; a *= 3; a -= 4; a /= 2; "
                                   "a <<= 2; a >>= 1; a |= 1; a &= 0x1d;"),
                        {});
  EXPECT_EQ(L.Symbols["a"], (((((6 + 2) * 3 - 4) / 2) << 2 >> 1) | 1) & 0x1d);
}

//===-- Numbers and globs -------------------------------------------------===//

TEST(LayoutTest, ParseAddress) {
  EXPECT_EQ(parseAddress("0x1000"), 0x1000u);
  EXPECT_EQ(parseAddress("0X1f"), 0x1fu);
  EXPECT_EQ(parseAddress("4096"), 4096u);
  EXPECT_EQ(parseAddress("0"), 0u);
  EXPECT_EQ(parseAddress("64K"), 0x10000u);
  EXPECT_EQ(parseAddress("64k"), 0x10000u);
  EXPECT_EQ(parseAddress("1M"), 0x100000u);
  EXPECT_EQ(parseAddress("0x10K"), 0x4000u);
  EXPECT_EQ(parseAddress("0xffffffffffffffff"), UINT64_MAX);

  for (const char *Bad :
       {"", "0x", "K", "12ab", "abc", "1G", "-1", "+1", " 1", "1 ", "010",
        "0x1g", "1KK", "0x10000000000000000", "0xffffffffffffffffK"})
    EXPECT_EQ(parseAddress(Bad), std::nullopt) << "'" << Bad << "'";
}

TEST(LayoutTest, Globs) {
  using script::matchGlob;
  EXPECT_TRUE(matchGlob("*", ""));
  EXPECT_TRUE(matchGlob(".text*", ".text"));
  EXPECT_TRUE(matchGlob(".text.*", ".text.hot"));
  EXPECT_FALSE(matchGlob(".text.*", ".text"));
  EXPECT_TRUE(matchGlob("*.o", "dir/a.o"));
  EXPECT_TRUE(matchGlob("?.o", "b.o"));
  EXPECT_FALSE(matchGlob("?.o", "ab.o"));
  EXPECT_TRUE(matchGlob("[a-c].o", "b.o"));
  EXPECT_FALSE(matchGlob("[!a-c].o", "b.o"));
  EXPECT_TRUE(matchGlob("[!a-c].o", "d.o"));
  EXPECT_TRUE(matchGlob("*a*b*", "xxaxxbxx"));
  EXPECT_FALSE(matchGlob("*a*b", "xxaxxbxx"));
  EXPECT_TRUE(matchGlob("[.t", "[.t")); // no closing ']': literal
}

} // namespace
