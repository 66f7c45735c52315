//===- Layout.cpp - Placing input sections at addresses -------------------===//
//
// With or without a script, the work is one step repeated: put an input
// section at the location counter, aligned for it, and move the counter
// past it. With a script, which output section each input goes to is
// decided first (patterns do not depend on addresses); then the script is
// evaluated once, top to bottom, and what no pattern took is placed last.
//
// Differences from GNU ld, each deliberate:
// - A script is evaluated in one pass, so ADDR(), SIZEOF() and ALIGNOF()
//   see only output sections that end before the expression, and symbols
//   of the input objects cannot be read: both are errors, not zeros.
// - The location counter starts at 0 in a script, as in GNU ld; the
//   DefaultBase option applies only without one.
// - `.` is an absolute address everywhere. Inside an output section GNU ld
//   reads `. = 0x100` as an offset from the section start; here that is
//   usually an error (the counter cannot move backward there), so write
//   `. = . + 0x100` or `. = ALIGN(n)`.
// - An output section address given in the script is used as written; its
//   ALIGN(n) and the alignment of its inputs apply only when the address
//   comes from the location counter.
// - PROVIDE(sym = ...) defines sym whenever no object defines it and the
//   script or --defsym has not, referenced or not.
// - An output section may be described only once (GNU ld merges repeats).
// - An output section with no inputs is dropped, unless the script gave it
//   bytes (`.stack : { . = . + 0x400; }`): then it stays, as SHT_NOBITS.
// - KEEP() is accepted and means nothing: relocheck does no section GC.
// - Orphans (input sections no pattern took) keep their own names (but
//   .ARM.exidx.*, gathered into .ARM.exidx), as in lld and GNU ld. If the
//   script has an output section of that name they go at its end, as in
//   lld; the rest become output sections after the last script section
//   of their flag class (code, read-only, writable, zero-fill; else the
//   closest class before) and the symbol assignments that follow it, or
//   at the end when no section with inputs follows (lld's findOrphanPos,
//   without its finer ranks: lld puts an orphan .rodata before the first
//   section and .data.rel.ro before .data).
//
//===----------------------------------------------------------------------===//
#include "link/Layout.h"
#include "link/LinkerScript.h"

#include "llvm/ADT/StringExtras.h"
#include "llvm/ADT/StringSet.h"
#include "llvm/BinaryFormat/ELF.h"
#include "llvm/Support/MathExtras.h"
#include "llvm/Support/Path.h"

#include <algorithm>
#include <set>

using namespace llvm;

namespace relocheck {

namespace {

constexpr uint64_t AddressSpaceEnd = uint64_t(1) << 32;

std::string hex(uint64_t V) { return "0x" + utohexstr(V, /*LowerCase=*/true); }

Error fileError(StringRef File, const Twine &Msg) {
  return createStringError(inconvertibleErrorCode(), File + ": error: " + Msg);
}

/// "[0x8000, 0x80ff]": the bytes a section occupies, both ends included.
std::string byteRange(const OutputSection &OS) {
  return (Twine("[") + hex(OS.Addr) + ", " + hex(OS.Addr + OS.Size - 1) + "]")
      .str();
}

struct InputId {
  unsigned Obj = 0;
  unsigned Sec = 0;
};

bool isPlaceable(const InputSection &S) {
  if (!S.isAlloc() || S.Discarded || S.Dropped)
    return false;
  switch (S.Type) {
  case ELF::SHT_NULL:
  case ELF::SHT_REL:
  case ELF::SHT_RELA:
  case ELF::SHT_SYMTAB:
  case ELF::SHT_STRTAB:
  case ELF::SHT_ARM_ATTRIBUTES:
    return false;
  default:
    return true;
  }
}

/// Every placeable input section, in object order, then section order.
std::vector<InputId> placeableInputs(const std::vector<InputObject> &Objs) {
  std::vector<InputId> Ids;
  for (unsigned O = 0; O < Objs.size(); ++O)
    for (const InputSection &S : Objs[O].Sections)
      if (isPlaceable(S))
        Ids.push_back({O, S.Index});
  return Ids;
}

/// Whether an expression reads the location counter.
bool usesDot(const script::Expr &E) {
  return E.K == script::Expr::Kind::Dot ||
         any_of(E.Operands, [](const script::ExprPtr &O) {
           return O && usesDot(*O);
         });
}

/// Whether Name is Prefix or Prefix followed by '.' and more: `.database`
/// is no `.data` section.
bool namedAfter(StringRef Name, StringRef Prefix) {
  return Name == Prefix ||
         (Name.starts_with(Prefix) && Name[Prefix.size()] == '.');
}

/// The output section an input section goes to without a script, by
/// lld's prefixes: .text.f -> .text; .data.rel.ro and .bss.rel.ro are
/// their own (listed before .data and .bss, which they start with).
StringRef defaultOutputName(StringRef Name) {
  for (StringRef Prefix :
       {".text", ".data.rel.ro", ".data", ".rodata", ".bss.rel.ro", ".bss",
        ".ldata", ".lrodata", ".lbss", ".gcc_except_table", ".init_array",
        ".fini_array", ".tbss", ".tdata", ".ARM.exidx", ".ARM.extab",
        ".ctors", ".dtors", ".sbss", ".sdata", ".srodata"})
    if (namedAfter(Name, Prefix))
      return Prefix;
  return Name;
}

/// An orphan's output section under a script keeps the input's name, as
/// in lld and GNU ld, but for the exception index, which lld always
/// gathers into one .ARM.exidx.
StringRef orphanOutputName(StringRef Name) {
  return namedAfter(Name, ".ARM.exidx") ? ".ARM.exidx" : Name;
}

/// What orphans are placed by (lld's rank, simplified): code, read-only
/// data, writable data, zero-fill.
unsigned flagClass(uint64_t Flags, bool NoBits) {
  if (Flags & ELF::SHF_EXECINSTR)
    return 0;
  if (!(Flags & ELF::SHF_WRITE))
    return 1;
  return NoBits ? 3 : 2;
}

/// Order within a flag class without a script: these first, the other
/// names after them, first seen first.
unsigned defaultRank(StringRef OutName) {
  static constexpr StringRef Order[] = {".text", ".ARM.exidx", ".rodata",
                                        ".data", ".bss"};
  return std::find(std::begin(Order), std::end(Order), OutName) -
         std::begin(Order);
}

struct InputGroup {
  std::string Name;
  std::vector<InputId> Inputs;
};

/// The flag class of a group of inputs (flagClass of their union).
unsigned groupClass(const std::vector<InputObject> &Objs,
                    const std::vector<InputId> &Ids) {
  uint64_t Flags = 0;
  bool NoBits = true;
  for (InputId Id : Ids) {
    const InputSection &Sec = Objs[Id.Obj].Sections[Id.Sec];
    Flags |= Sec.Flags;
    NoBits &= Sec.Type == ELF::SHT_NOBITS;
  }
  return flagClass(Flags, NoBits);
}

/// Whether a group holds thread-local inputs (SHF_TLS).
bool isTlsGroup(const std::vector<InputObject> &Objs,
                const std::vector<InputId> &Ids) {
  return any_of(Ids, [&](InputId Id) {
    return Objs[Id.Obj].Sections[Id.Sec].Flags & ELF::SHF_TLS;
  });
}

/// Output order without a script: .text, .ARM.exidx, .rodata, .data, the
/// TLS sections with contents then the zero-fill ones (one TLS template,
/// gABI "Thread-Local Storage": nothing may lie between .tdata and
/// .tbss), the other sections with contents, .bss, the other zero-fill
/// ones (so that only zero-fill lies between __bss_start and _end), and
/// last, first seen first, the other sections a --section-start places (a
/// far section must not carry .bss or .data along with it), then the GOT.
unsigned defaultKey(const InputGroup &G, const std::vector<InputObject> &Objs,
                    std::optional<uint64_t> Given) {
  unsigned Rank = defaultRank(G.Name); // 0..4, or 5 for any other name
  if (Rank < 5)
    return Rank < 4 ? Rank * 10 : 50;
  if (Given)
    return 70;
  if (G.Name == ".got")
    return 80; // the synthetic GOT: after the inputs' sections
  bool ZeroFill = groupClass(Objs, G.Inputs) == 3;
  if (isTlsGroup(Objs, G.Inputs))
    return ZeroFill ? 36 : 35;
  return ZeroFill ? 60 : 40;
}

/// Groups inputs by output name, in the order Key gives (stable: first
/// seen first among equals).
template <typename KeyFn>
std::vector<InputGroup>
groupByName(const std::vector<InputObject> &Objs,
            const std::vector<InputId> &Ids, StringRef (*OutputName)(StringRef),
            KeyFn Key) {
  std::vector<InputGroup> Groups;
  StringMap<size_t> ByName; // an object may have tens of thousands
  for (InputId Id : Ids) {
    StringRef Name = OutputName(Objs[Id.Obj].Sections[Id.Sec].Name);
    auto [It, New] = ByName.try_emplace(Name, Groups.size());
    if (New)
      Groups.push_back({Name.str(), {}});
    Groups[It->second].Inputs.push_back(Id);
  }
  std::stable_sort(Groups.begin(), Groups.end(),
                   [&](const InputGroup &A, const InputGroup &B) {
                     return Key(A) < Key(B);
                   });
  return Groups;
}

/// An .init_array.N or .fini_array.N input's priority N, as lld reads
/// it: the text after the last '.' as a 32-bit signed number, else 65536
/// (plain .init_array, .init_array.foo, a number past 32 bits). lld, GNU
/// ld (SORT_BY_INIT_PRIORITY in its default script) and mold order these
/// inputs by it, whatever the input order; for N in 0..65535, the ones
/// compilers write, they agree (README, "Known limits").
int64_t initPriority(StringRef Name) {
  int32_t N = 0;
  size_t Dot = Name.rfind('.');
  if (Dot == StringRef::npos || Name.drop_front(Dot + 1).getAsInteger(10, N))
    return 65536;
  return N;
}

/// Puts the inputs of .init_array and .fini_array in priority order
/// (stable: input order among equals). .ctors/.dtors are left in input
/// order: the linkers disagree there (README, "Known limits").
void sortInitFini(const std::vector<InputObject> &Objs,
                  std::vector<InputGroup> &Groups) {
  for (InputGroup &G : Groups) {
    if (G.Name != ".init_array" && G.Name != ".fini_array")
      continue;
    std::stable_sort(G.Inputs.begin(), G.Inputs.end(),
                     [&](InputId A, InputId B) {
                       return initPriority(Objs[A.Obj].Sections[A.Sec].Name) <
                              initPriority(Objs[B.Obj].Sections[B.Sec].Name);
                     });
  }
}

/// Owns the location counter and appends input sections at it.
class Placer {
public:
  Placer(const LayoutOptions &Opts, const std::vector<InputObject> &Objs,
         Layout &L, StringRef ErrFile)
      : Opts(Opts), Objs(Objs), L(L), ErrFile(ErrFile) {}

  std::optional<uint64_t> explicitStart(StringRef Name) const;
  bool tlsPlaced() const {
    return any_of(L.Sections, [](const OutputSection &OS) {
      return OS.Flags & ELF::SHF_TLS;
    });
  }
  /// The largest alignment of all TLS inputs: the block's (PT_TLS).
  uint32_t tlsBlockAlign() const;
  Error checkStart(StringRef Name, uint64_t Given, uint64_t Align) const;
  uint32_t maxAlign(const std::vector<InputId> &Ids) const;
  OutputSection open(StringRef Name, uint64_t Addr);
  Error place(OutputSection &OS, InputId Id);
  Error placeOne(OutputSection &OS, InputId Id);
  Expected<script::SectionRange> finish(OutputSection OS);
  Error layoutGroups(const std::vector<InputGroup> &Groups);

  uint64_t Dot = 0;

private:
  bool PlacingFollower = false;
  const LayoutOptions &Opts;
  const std::vector<InputObject> &Objs;
  Layout &L;
  StringRef ErrFile; // the script, or empty to blame an object
};

/// The test line that placed output section Name, or File.
StringRef placedBy(const LayoutOptions &Opts, StringRef Name,
                   StringRef File) {
  auto It = Opts.SectionStartFrom.find(rawObjectName(Name));
  return It == Opts.SectionStartFrom.end() ? File : StringRef(It->second);
}

/// "FILE:LINE: error: " when the test's own line placed Name, else
/// "error: ".
std::string givenError(const LayoutOptions &Opts, StringRef Name) {
  StringRef From = placedBy(Opts, Name, "");
  return From.empty() ? "error: " : (From + ": error: ").str();
}

/// A start address from the command line that the section's contents
/// cannot sit at is an error, with a script or without.
Error checkGivenStart(const LayoutOptions &Opts, StringRef Name,
                      uint64_t Given, uint64_t Align) {
  if (Given % Align == 0)
    return Error::success();
  return createStringError(
      inconvertibleErrorCode(),
      givenError(Opts, Name) + "the start address " + hex(Given) +
          " given for " + Name +
          " is not a multiple of " + std::to_string(Align) +
          ", the alignment it needs (its input sections', the TLS "
          "block's, or the script's ALIGN) (its first would be placed at " +
          hex(alignTo(Given, Align)) + ")");
}

Error Placer::checkStart(StringRef Name, uint64_t Given,
                         uint64_t Align) const {
  return checkGivenStart(Opts, Name, Given, Align);
}

uint32_t Placer::tlsBlockAlign() const {
  uint32_t Align = 1;
  for (const InputObject &O : Objs)
    for (const InputSection &Sec : O.Sections)
      if ((Sec.Flags & ELF::SHF_TLS) && Sec.isAlloc() && !Sec.Discarded)
        Align = std::max(Align, Sec.Align);
  return Align;
}

std::optional<uint64_t> Placer::explicitStart(StringRef Name) const {
  // --section-start names a section as typed; Name is kept escaped.
  auto It = Opts.SectionStart.find(rawObjectName(Name));
  if (It != Opts.SectionStart.end())
    return It->second;
  return std::nullopt;
}

uint32_t Placer::maxAlign(const std::vector<InputId> &Ids) const {
  uint32_t Align = 1;
  for (InputId Id : Ids)
    Align = std::max(Align, Objs[Id.Obj].Sections[Id.Sec].Align);
  return Align;
}

OutputSection Placer::open(StringRef Name, uint64_t Addr) {
  OutputSection OS;
  OS.Name = Name.str();
  OS.Addr = Addr;
  Dot = Addr;
  return OS;
}

Error Placer::place(OutputSection &OS, InputId Id) {
  // A follower goes right after its leader, not where its name puts it.
  if (!PlacingFollower)
    for (const auto &[Leader, Followers] : Opts.PlaceAfter)
      for (const auto &F : Followers)
        if (F.first == Id.Obj && F.second == Id.Sec)
          return Error::success();
  if (Error E = placeOne(OS, Id))
    return E;
  auto It = Opts.PlaceAfter.find({Id.Obj, Id.Sec});
  if (It == Opts.PlaceAfter.end())
    return Error::success();
  PlacingFollower = true;
  for (const auto &F : It->second)
    if (Error E = placeOne(OS, {F.first, F.second})) {
      PlacingFollower = false;
      return E;
    }
  PlacingFollower = false;
  return Error::success();
}

Error Placer::placeOne(OutputSection &OS, InputId Id) {
  const InputObject &Obj = Objs[Id.Obj];
  const InputSection &Sec = Obj.Sections[Id.Sec];
  uint64_t Addr = alignTo(Dot, std::max<uint32_t>(Sec.Align, 1));
  uint64_t End = Addr + Sec.Size;
  if ((Addr >= AddressSpaceEnd || End > AddressSpaceEnd) && Sec.Origin)
    return createStringError(
        inconvertibleErrorCode(),
        Sec.Origin->Location + ": error: " + Sec.Origin->Why +
            ", but relocheck's veneers for output section " + OS.Name +
            " (" + hex(Sec.Size) + " bytes) would be placed at " +
            hex(Addr) + " and end at " + hex(End) +
            ", past the 32-bit address space");
  if (Addr >= AddressSpaceEnd || End > AddressSpaceEnd)
    return fileError(placedBy(Opts, OS.Name, Obj.FileName),
                     "section " + Sec.Name + " (size " +
                                       hex(Sec.Size) + ") would be placed at " +
                                       hex(Addr) + " in output section " +
                                       OS.Name + " and end at " + hex(End) +
                                       ", past the 32-bit address space");

  OS.Inputs.push_back({Id.Obj, Id.Sec, Addr});
  // SHF_GROUP means something in an object only; an executable's
  // sections belong to no group (lld and GNU ld drop it too).
  OS.Flags |= Sec.Flags & ~uint32_t(ELF::SHF_GROUP);
  OS.Align = std::max(OS.Align, Sec.Align);
  L.InputAddr[Id.Obj][Id.Sec] = Addr;
  Dot = End;
  return Error::success();
}

/// Sizes OS and keeps it unless it has neither inputs nor bytes.
Expected<script::SectionRange> Placer::finish(OutputSection OS) {
  OS.Size = Dot - OS.Addr;
  OS.Flags |= ELF::SHF_ALLOC;
  bool AllNoBits = all_of(OS.Inputs, [&](const InputSectionRef &In) {
    return Objs[In.Object].Sections[In.Section].isNoBits();
  });
  // The inputs' type when they share one (ARM_EXIDX, INIT_ARRAY,
  // FINI_ARRAY, NOTE, ...), as lld and GNU ld keep it.
  uint32_t Common = OS.Inputs.empty()
                        ? uint32_t(ELF::SHT_PROGBITS)
                        : Objs[OS.Inputs[0].Object]
                              .Sections[OS.Inputs[0].Section]
                              .Type;
  bool Shared = all_of(OS.Inputs, [&](const InputSectionRef &In) {
    return Objs[In.Object].Sections[In.Section].Type == Common;
  });
  OS.Type = AllNoBits ? ELF::SHT_NOBITS
            : Shared  ? Common
                      : ELF::SHT_PROGBITS;
  if (Dot > AddressSpaceEnd || OS.Addr >= AddressSpaceEnd) {
    StringRef File = !ErrFile.empty() || OS.Inputs.empty()
                         ? ErrFile
                         : StringRef(Objs[OS.Inputs[0].Object].FileName);
    File = placedBy(Opts, OS.Name, File);
    return fileError(File, "output section " + OS.Name + " at " + hex(OS.Addr) +
                               " ends at " + hex(Dot) +
                               ", past the 32-bit address space");
  }

  script::SectionRange R{OS.Addr, OS.Size, OS.Align};
  if (!OS.Inputs.empty() || OS.Size != 0)
    L.Sections.push_back(std::move(OS));
  return R;
}

/// Each group becomes an output section of its own, at its explicit start
/// or after the previous one.
Error Placer::layoutGroups(const std::vector<InputGroup> &Groups) {
  // The TLS block starts at the largest alignment of its sections (the
  // PT_TLS p_align): .tbss's 16 after a 4-aligned .tdata moves .tdata.
  uint32_t TlsAlign = tlsBlockAlign();
  // Orphans after a script's TLS section continue its block.
  bool FirstTls = !tlsPlaced();
  for (const InputGroup &G : Groups) {
    uint32_t Align = maxAlign(G.Inputs);
    if (FirstTls && isTlsGroup(Objs, G.Inputs)) {
      Align = std::max(Align, TlsAlign);
      FirstTls = false;
    }
    std::optional<uint64_t> Given = explicitStart(G.Name);
    // A test that names an address means that address: its first input
    // silently moved up to its alignment (as lld and GNU ld do) would put
    // every site a few bytes off what the test says.
    if (Given)
      if (Error E = checkStart(G.Name, *Given, Align))
        return E;
    uint64_t Start = Given.value_or(alignTo(Dot, Align));
    OutputSection OS = open(G.Name, Start);
    for (InputId Id : G.Inputs)
      if (Error E = place(OS, Id))
        return E;
    if (Expected<script::SectionRange> R = finish(std::move(OS)); !R)
      return R.takeError();
  }
  return Error::success();
}

/// ", 0x8 bytes of it relocheck's veneers" when the linker's own veneers
/// grew OS (an overlap they cause is not in the user's layout as given).
static std::string veneerNote(const OutputSection &OS,
                              const std::vector<InputObject> &Objs) {
  uint64_t Bytes = 0;
  for (const InputSectionRef &In : OS.Inputs)
    if (Objs[In.Object].FileName == "<relocheck veneers>")
      Bytes += Objs[In.Object].Sections[In.Section].Size;
  if (!Bytes)
    return "";
  return " (0x" + utohexstr(Bytes) + " bytes of it relocheck's veneers)";
}

Error checkOverlaps(const Layout &L, const std::vector<InputObject> &Objs,
                    StringRef ScriptName, const LayoutOptions &Opts) {
  const OutputSection *Furthest = nullptr; // reaching highest so far
  for (const OutputSection &OS : L.Sections) {
    if (OS.Size == 0)
      continue;
    uint64_t FurthestEnd = Furthest ? Furthest->Addr + Furthest->Size : 0;
    if (Furthest && FurthestEnd > OS.Addr) {
      StringRef File = !ScriptName.empty()
                           ? ScriptName
                           : StringRef(Objs[OS.Inputs[0].Object].FileName);
      // A test line that placed either section is what to change.
      File = placedBy(Opts, Furthest->Name,
                      placedBy(Opts, OS.Name, File));
      return fileError(File, "section " + Furthest->Name + " " +
                                 byteRange(*Furthest) +
                                 veneerNote(*Furthest, Objs) +
                                 " overlaps section " + OS.Name + " " +
                                 byteRange(OS) + veneerNote(OS, Objs));
    }
    if (!Furthest || OS.Addr + OS.Size > FurthestEnd)
      Furthest = &OS;
  }
  return Error::success();
}

/// Evaluates a parsed script against the inputs.
class ScriptLayout {
public:
  ScriptLayout(const LayoutOptions &Opts, const std::vector<InputObject> &Objs,
               Layout &L, StringRef Path);
  Error run(const script::Script &S);

private:
  Error checkDuplicates(const script::Script &S) const;
  void assignInputs(const script::Script &S);
  Error takeNonAlloc(const script::Script &S);
  bool matches(const script::InputSectionDesc &Desc, InputId Id) const;
  Error layoutSection(const script::OutputSectionDesc &D);
  std::vector<InputId> inputsOf(const script::OutputSectionDesc &D);
  Expected<uint64_t> sectionAlign(const script::OutputSectionDesc &D);
  Expected<uint64_t> sectionStart(const script::OutputSectionDesc &D,
                                  uint64_t Align);
  Error layoutItems(const script::OutputSectionDesc &D, OutputSection &OS);
  Error assign(const script::Assignment &A, const OutputSection *Current);
  Expected<uint64_t> eval(const script::Expr &E) const;

  const std::vector<InputObject> &Objs;
  Layout &L;
  StringRef Path;
  Placer P;
  StringSet<> ObjectSymbols; // defined by an input object: PROVIDE skips
  std::map<const script::InputSectionDesc *, std::vector<InputId>> Matched;
  std::map<std::string, std::vector<InputId>> OrphansInto;
  /// Orphans with an output section of their own, by the index of the
  /// script command they go before (lld's findOrphanPos, simplified):
  /// after the last script section of their flag class (or of the
  /// closest class before it) and the symbol assignments that follow it;
  /// after everything when no section with inputs follows, or with no
  /// such section at all (OrphanGroups).
  std::map<size_t, std::vector<InputGroup>> OrphansBefore;
  std::vector<InputGroup> OrphanGroups;
  unsigned classOf(const std::vector<InputId> &Ids) const;
  size_t orphanPosition(const script::Script &S,
                        const std::vector<std::optional<unsigned>> &Classes,
                        unsigned Class) const;
  Error placeOrphans(std::vector<InputGroup> &Groups, StringRef After);
  std::map<std::string, script::SectionRange> Ranges;
  /// Script symbols as the script computes with them: 64 bits, as in
  /// ld.lld and GNU ld, whose ELF32 output keeps the low 32 (L.Symbols).
  std::map<std::string, uint64_t> Values;
  std::optional<uint64_t> HighestEnd; // of the output sections kept
  std::optional<uint64_t> LastSection; // start of the last one laid out
};

ScriptLayout::ScriptLayout(const LayoutOptions &Opts,
                           const std::vector<InputObject> &Objs, Layout &L,
                           StringRef Path)
    : Objs(Objs), L(L), Path(Path), P(Opts, Objs, L, Path),
      Values(L.Symbols.begin(), L.Symbols.end()) {
  for (const InputObject &Obj : Objs)
    for (const InputSymbol &Sym : Obj.Symbols)
      if (Sym.Binding != ELF::STB_LOCAL && !Sym.isUndefined() &&
          !Sym.Name.empty())
        ObjectSymbols.insert(Sym.Name);
}

Error ScriptLayout::run(const script::Script &S) {
  if (Error E = checkDuplicates(S))
    return E;
  L.Entry = S.Entry;
  assignInputs(S);
  if (Error E = takeNonAlloc(S))
    return E;

  std::string Previous = "the script's start";
  for (size_t I = 0; I < S.Commands.size(); ++I) {
    const script::Command &C = S.Commands[I];
    if (auto It = OrphansBefore.find(I); It != OrphansBefore.end())
      if (Error E = placeOrphans(It->second, Previous))
        return E;
    Error E = std::holds_alternative<script::Assignment>(C)
                  ? assign(std::get<script::Assignment>(C), nullptr)
                  : layoutSection(std::get<script::OutputSectionDesc>(C));
    if (E)
      return E;
    if (const auto *D = std::get_if<script::OutputSectionDesc>(&C))
      Previous = "output section " + D->Name;
  }

  if (HighestEnd)
    P.Dot = *HighestEnd;
  return placeOrphans(OrphanGroups, "the script's highest section");
}

Error ScriptLayout::checkDuplicates(const script::Script &S) const {
  std::map<StringRef, unsigned> FirstLine;
  for (const script::Command &C : S.Commands) {
    const auto *D = std::get_if<script::OutputSectionDesc>(&C);
    if (!D || D->isDiscard())
      continue;
    auto [It, New] = FirstLine.try_emplace(D->Name, D->Line);
    if (!New)
      return script::scriptError(Path, D->Line,
                                 "output section " + D->Name +
                                     " is already described at line " +
                                     Twine(It->second));
  }
  return Error::success();
}

/// Gives every input to the first pattern that takes it, in script order;
/// what is left over is an orphan.
void ScriptLayout::assignInputs(const script::Script &S) {
  std::vector<InputId> Left = placeableInputs(Objs);
  for (const script::Command &C : S.Commands) {
    const auto *D = std::get_if<script::OutputSectionDesc>(&C);
    for (size_t I = 0; D && I < D->Items.size(); ++I) {
      const auto *Desc = std::get_if<script::InputSectionDesc>(&D->Items[I]);
      if (!Desc)
        continue;
      auto Taken =
          std::stable_partition(Left.begin(), Left.end(), [&](InputId Id) {
            return !matches(*Desc, Id);
          });
      Matched[Desc].assign(Taken, Left.end());
      Left.erase(Taken, Left.end());
    }
  }

  std::set<StringRef> Described;
  for (const script::Command &C : S.Commands)
    if (const auto *D = std::get_if<script::OutputSectionDesc>(&C))
      Described.insert(D->Name);
  // Orphans at one place go code, read-only, writable, zero-fill.
  std::vector<InputGroup> Own;
  for (InputGroup &G :
       groupByName(Objs, Left, orphanOutputName, [&](const InputGroup &G) {
         // TLS data then TLS zero-fill, together, between the other
         // writable data and the zero-fill: one TLS block.
         unsigned Class = groupClass(Objs, G.Inputs);
         if (isTlsGroup(Objs, G.Inputs))
           return Class == 3 ? 26u : 25u;
         return Class * 10;
       })) {
    if (Described.count(G.Name))
      OrphansInto[G.Name] = std::move(G.Inputs);
    else
      Own.push_back(std::move(G));
  }
  // The flag class of each script section that has inputs.
  std::vector<std::optional<unsigned>> Classes(S.Commands.size());
  for (size_t I = 0; I < S.Commands.size(); ++I) {
    const auto *D = std::get_if<script::OutputSectionDesc>(&S.Commands[I]);
    if (D && !D->isDiscard())
      if (std::vector<InputId> In = inputsOf(*D); !In.empty())
        Classes[I] = classOf(In);
  }
  // TLS orphans keep the block whole (lld places them so too): TLS data
  // before the script's first TLS zero-fill section, else after its last
  // TLS section; TLS zero-fill after that; with no TLS section in the
  // script, all of them where writable data would go, data first.
  std::optional<size_t> FirstTls, LastTls, FirstTlsZero, TlsAt;
  for (size_t I = 0; I < S.Commands.size(); ++I) {
    const auto *D = std::get_if<script::OutputSectionDesc>(&S.Commands[I]);
    if (!D || D->isDiscard() || !Classes[I] ||
        !isTlsGroup(Objs, inputsOf(*D)))
      continue;
    if (!FirstTls)
      FirstTls = I;
    LastTls = I;
    if (!FirstTlsZero && *Classes[I] == 3)
      FirstTlsZero = I;
  }
  auto TlsPosition = [&](const InputGroup &G) -> size_t {
    if (classOf(G.Inputs) != 3 && FirstTlsZero)
      return *FirstTlsZero;
    if (LastTls)
      return *LastTls + 1;
    if (!TlsAt)
      TlsAt = orphanPosition(S, Classes, 2);
    return *TlsAt;
  };
  for (InputGroup &G : Own) {
    size_t At = isTlsGroup(Objs, G.Inputs)
                    ? TlsPosition(G)
                    : orphanPosition(S, Classes, classOf(G.Inputs));
    // Nothing else goes inside the script's TLS block (.data after a
    // script's .tdata, before its .tbss).
    if (!isTlsGroup(Objs, G.Inputs) && FirstTls && At > *FirstTls &&
        At <= *LastTls)
      At = *LastTls + 1;
    if (At < S.Commands.size())
      OrphansBefore[At].push_back(std::move(G));
    else
      OrphanGroups.push_back(std::move(G));
  }
}

/// The index of the script command an orphan of flag class Class goes
/// before (Commands.size(): at the end), as lld's findOrphanPos, simplified:
/// after the last section of its class, or of the closest class before it,
/// and the symbol assignments that follow it; at the end when no section
/// with inputs follows; before the first section with inputs when nothing
/// of its class or before it is placed (code under a script of data).
size_t ScriptLayout::orphanPosition(
    const script::Script &S,
    const std::vector<std::optional<unsigned>> &Classes,
    unsigned Class) const {
  std::optional<size_t> Same, Below;
  for (size_t I = 0; I < Classes.size(); ++I) {
    if (!Classes[I])
      continue;
    if (*Classes[I] == Class)
      Same = I;
    else if (*Classes[I] < Class &&
             (!Below || *Classes[I] >= *Classes[*Below]))
      Below = I;
  }
  auto WithInputs = [](const std::optional<unsigned> &C) {
    return C.has_value();
  };
  std::optional<size_t> After = Same ? Same : Below;
  if (!After)
    return std::find_if(Classes.begin(), Classes.end(), WithInputs) -
           Classes.begin();

  size_t At = *After + 1;
  while (At < S.Commands.size()) { // past `end = .;` and friends
    const auto *A = std::get_if<script::Assignment>(&S.Commands[At]);
    if (!A || A->Name == ".")
      break;
    ++At;
  }
  if (std::find_if(Classes.begin() + At, Classes.end(), WithInputs) ==
      Classes.end())
    return S.Commands.size(); // nothing with inputs follows: at the end
  return At;
}

unsigned ScriptLayout::classOf(const std::vector<InputId> &Ids) const {
  return groupClass(Objs, Ids);
}

/// Lays out orphan groups at the location counter. An orphan that does not
/// fit says it is one, and where it went; otherwise the error blames the
/// object alone.
Error ScriptLayout::placeOrphans(std::vector<InputGroup> &Groups,
                                 StringRef After) {
  size_t Before = L.Sections.size();
  uint64_t From = P.Dot;
  if (Error E = P.layoutGroups(Groups))
    return createStringError(
        inconvertibleErrorCode(),
        toString(std::move(E)) + " (an orphan: no rule of " + Path +
            " takes it, so it follows " + After + ", which ends at " +
            hex(From) + "; place it in the script)");
  for (size_t I = Before; I < L.Sections.size(); ++I)
    HighestEnd = std::max(HighestEnd.value_or(0),
                          L.Sections[I].Addr + L.Sections[I].Size);
  return Error::success();
}

/// Whether a non-allocated input is one the output keeps (collectNonAlloc).
static bool keptNonAlloc(const InputSection &Sec) {
  return !Sec.isAlloc() && !Sec.Discarded &&
         (Sec.Type == ELF::SHT_PROGBITS || Sec.Type == ELF::SHT_NOTE ||
          Sec.Type == ELF::SHT_NOBITS) &&
         Sec.Name != ".note.GNU-stack";
}

/// What the script says of the non-allocated inputs: /DISCARD/ drops one
/// (words naming it get the tombstone); an output section of its own name
/// (GNU ld's `.debug_info 0 : { *(.debug_info) }`) is where relocheck puts
/// it anyway; any other output section is an error, since relocheck lays
/// non-allocated sections out by their own name only.
Error ScriptLayout::takeNonAlloc(const script::Script &S) {
  for (unsigned O = 0; O < Objs.size(); ++O)
    for (const InputSection &Sec : Objs[O].Sections) {
      if (!keptNonAlloc(Sec))
        continue;
      InputId Id{O, Sec.Index};
      const script::OutputSectionDesc *Taker = nullptr;
      for (const script::Command &C : S.Commands) {
        const auto *D = std::get_if<script::OutputSectionDesc>(&C);
        for (size_t I = 0; D && !Taker && I < D->Items.size(); ++I) {
          const auto *Desc =
              std::get_if<script::InputSectionDesc>(&D->Items[I]);
          if (Desc && matches(*Desc, Id))
            Taker = D;
        }
        if (Taker)
          break;
      }
      if (Taker && !Taker->isDiscard() && Taker->Name == Sec.Name) {
        // relocheck lays this section out itself: the statement may only
        // name inputs, and none allocated (it would make a second section
        // of the name in memory).
        for (const script::SectionItem &Item : Taker->Items) {
          const auto *Desc = std::get_if<script::InputSectionDesc>(&Item);
          if (!Desc)
            return script::scriptError(
                Path, Taker->Line,
                "output section " + Taker->Name + " holds " + Sec.Name +
                    ", which is not allocated: relocheck lays it out "
                    "itself, so the statement may only name inputs (no "
                    "assignments)");
          if (!Matched[Desc].empty())
            return script::scriptError(
                Path, Taker->Line,
                "output section " + Taker->Name + " mixes the "
                    "non-allocated " + Sec.Name + " with allocated inputs");
        }
        continue;
      }
      if (!Taker)
        continue;
      if (Taker->isDiscard()) {
        L.NonAllocDiscarded.insert({O, Sec.Index});
        continue;
      }
      return script::scriptError(
          Path, Taker->Line,
          "output section " + Taker->Name + " takes " + Sec.Name + " of " +
              Objs[O].FileName + ", which is not allocated: relocheck lays "
              "non-allocated sections out under their own name only (write "
              "them to an output section of that name, or /DISCARD/ them)");
    }
  return Error::success();
}

bool ScriptLayout::matches(const script::InputSectionDesc &Desc,
                           InputId Id) const {
  // The file pattern is tried on the whole name and on its last component,
  // so `start.o(...)` still works when the harness passes /tmp/x/start.o.
  StringRef File = Objs[Id.Obj].FileName;
  if (!script::matchGlob(Desc.File, File) &&
      !script::matchGlob(Desc.File, sys::path::filename(File)))
    return false;
  // The pattern as the script spells it, against the name as the object
  // does (relocheck keeps it escaped: objectName).
  std::string Name = rawObjectName(Objs[Id.Obj].Sections[Id.Sec].Name);
  return any_of(Desc.Sections, [&](const std::string &Pat) {
    return script::matchGlob(Pat, Name);
  });
}

Error ScriptLayout::layoutSection(const script::OutputSectionDesc &D) {
  if (D.isDiscard())
    return Error::success(); // its inputs keep no address

  Expected<uint64_t> Align = sectionAlign(D);
  if (!Align)
    return Align.takeError();
  Expected<uint64_t> Start = sectionStart(D, *Align);
  if (!Start)
    return Start.takeError();
  uint64_t DotBefore = P.Dot;
  OutputSection OS = P.open(D.Name, *Start);
  OS.Align = *Align;
  if (Error E = layoutItems(D, OS))
    return E;
  for (InputId Id : OrphansInto[D.Name])
    if (Error E = P.place(OS, Id))
      return E;

  bool Kept = !OS.Inputs.empty() || P.Dot != OS.Addr;
  Expected<script::SectionRange> R = P.finish(std::move(OS));
  if (!R)
    return R.takeError();
  Ranges[D.Name] = *R;
  if (Kept) {
    HighestEnd = std::max(HighestEnd.value_or(0), R->Addr + R->Size);
    LastSection = R->Addr;
  }
  // A section that holds nothing and assigns nothing is dropped without
  // moving the location counter to its address, as in lld and GNU ld.
  bool Assigns = any_of(D.Items, [](const script::SectionItem &Item) {
    return std::holds_alternative<script::Assignment>(Item);
  });
  if (!Kept && !Assigns)
    P.Dot = DotBefore;
  return Error::success();
}

/// The input sections the script and the orphan rules put into D.
std::vector<InputId>
ScriptLayout::inputsOf(const script::OutputSectionDesc &D) {
  std::vector<InputId> Inputs = OrphansInto[D.Name];
  for (const script::SectionItem &Item : D.Items)
    if (const auto *Desc = std::get_if<script::InputSectionDesc>(&Item))
      append_range(Inputs, Matched[Desc]);
  return Inputs;
}

/// The largest of the input alignments and the section's ALIGN(n).
Expected<uint64_t>
ScriptLayout::sectionAlign(const script::OutputSectionDesc &D) {
  std::vector<InputId> In = inputsOf(D);
  uint64_t Align = P.maxAlign(In);
  // The first TLS section starts the block: at its largest alignment, as
  // GNU ld raises it (a 64-aligned .tbss after a 4-aligned .tdata).
  if (isTlsGroup(Objs, In) && !P.tlsPlaced())
    Align = std::max<uint64_t>(Align, P.tlsBlockAlign());
  if (D.Align) {
    Expected<uint64_t> A = eval(*D.Align);
    if (!A)
      return A.takeError();
    if (!isPowerOf2_64(*A) || *A > 0x80000000)
      return script::scriptError(Path, D.Line,
                                 "ALIGN(" + hex(*A) + ") of " + D.Name +
                                     " is not a power of two up to "
                                     "0x80000000");
    Align = std::max(Align, *A);
  }
  return Align;
}

/// --section-start, then the address in the script, then the location
/// counter aligned to Align.
Expected<uint64_t>
ScriptLayout::sectionStart(const script::OutputSectionDesc &D, uint64_t Align) {
  if (std::optional<uint64_t> Start = P.explicitStart(D.Name)) {
    // Align: the inputs' and the script's ALIGN(n) (lld warns, GNU ld
    // moves the section).
    if (Error E = P.checkStart(D.Name, *Start, Align))
      return E;
    return *Start;
  }
  if (D.Addr) {
    Expected<uint64_t> At = eval(*D.Addr);
    // As for --section-start: ld.lld warns and keeps the address, so the
    // section header contradicts its own alignment.
    if (At && *At % Align)
      return script::scriptError(
          Path, D.Line,
          "the address " + hex(*At) + " of " + D.Name +
              " is not a multiple of " + std::to_string(Align) +
              ", the alignment it needs (its input sections', the TLS "
              "block's, or ALIGN) (its first would be placed at " +
              hex(alignTo(*At, Align)) + ")");
    return At;
  }
  return alignTo(P.Dot, Align);
}

Error ScriptLayout::layoutItems(const script::OutputSectionDesc &D,
                                OutputSection &OS) {
  for (const script::SectionItem &Item : D.Items) {
    if (const auto *A = std::get_if<script::Assignment>(&Item)) {
      if (Error E = assign(*A, &OS))
        return E;
      continue;
    }
    const auto &Desc = std::get<script::InputSectionDesc>(Item);
    for (InputId Id : Matched[&Desc])
      if (Error E = P.place(OS, Id))
        return E;
  }
  return Error::success();
}

Error ScriptLayout::assign(const script::Assignment &A,
                           const OutputSection *Current) {
  if (A.Provide && (L.Symbols.count(A.Name) || ObjectSymbols.contains(A.Name)))
    return Error::success();
  Expected<uint64_t> V = eval(*A.Value);
  if (!V)
    return V.takeError();

  if (A.Name != ".") {
    // The value must be a 32-bit one, zero- or sign-extended (0 - 4 is
    // 0xfffffffc): where ld.lld and GNU ld silently keep the low 32 bits
    // of anything else, relocheck says so.
    if (*V >= AddressSpaceEnd && *V < 0xffffffff80000000ull)
      return script::scriptError(
          Path, A.Line,
          "value " + hex(*V) + " of '" + A.Name +
              "' does not fit in 32 bits, signed or unsigned (ld.lld and "
              "GNU ld keep its low 32 bits, " + hex(uint32_t(*V)) + ")");
    Values[A.Name] = *V;
    L.Symbols[A.Name] = uint32_t(*V);
    // From `.`, inside an output section or after one (`_end = .;`): tied
    // to that section, as lld ties it.
    if (usesDot(*A.Value) && (Current || LastSection))
      L.SymbolHome[A.Name] = Current ? Current->Addr : *LastSection;
    else
      L.SymbolHome.erase(A.Name);
    return Error::success();
  }
  if (*V > AddressSpaceEnd)
    return script::scriptError(Path, A.Line,
                               "location counter set to " + hex(*V) +
                                   ", past the 32-bit address space");
  if (Current && *V < P.Dot)
    return script::scriptError(Path, A.Line,
                               "location counter would move backward from " +
                                   hex(P.Dot) + " to " + hex(*V) +
                                   " inside output section " + Current->Name);
  P.Dot = *V;
  return Error::success();
}

Expected<uint64_t> ScriptLayout::eval(const script::Expr &E) const {
  script::EvalContext Ctx{Path, P.Dot, &Values, &Ranges};
  return script::evaluate(E, Ctx);
}

} // namespace

/// An unwinder binary-searches the exception index table, so its entries
/// go in the order of the code they describe (EHABI "The index table"):
/// each SHT_ARM_EXIDX output section's inputs are ordered by the address
/// of the section their sh_link names, as lld and GNU ld order them. The
/// inputs keep the span they had (all are 4-aligned, whole entries).
static void sortExidx(Layout &L, const std::vector<InputObject> &Objs) {
  for (OutputSection &OS : L.Sections) {
    if (OS.Type != ELF::SHT_ARM_EXIDX || OS.Inputs.size() < 2)
      continue;
    auto Sec = [&](const InputSectionRef &In) -> const InputSection & {
      return Objs[In.Object].Sections[In.Section];
    };
    if (!all_of(OS.Inputs, [&](const InputSectionRef &In) {
          return Sec(In).Align <= 4 && Sec(In).Size % 4 == 0;
        }))
      continue;
    auto CodeAddr = [&](const InputSectionRef &In) {
      if (const auto &Code = Sec(In).LinkedCode) {
        const auto &Addr = L.InputAddr[Code->first][Code->second];
        return Addr ? *Addr : AddressSpaceEnd;
      }
      unsigned Link = Sec(In).Link;
      const auto &Addrs = L.InputAddr[In.Object];
      return Link < Addrs.size() && Addrs[Link] ? *Addrs[Link]
                                                : AddressSpaceEnd;
    };
    std::stable_sort(OS.Inputs.begin(), OS.Inputs.end(),
                     [&](const InputSectionRef &A, const InputSectionRef &B) {
                       return CodeAddr(A) < CodeAddr(B);
                     });
    uint64_t At = OS.Addr;
    for (InputSectionRef &In : OS.Inputs) {
      At = alignTo(At, Sec(In).Align);
      In.Addr = At;
      L.InputAddr[In.Object][In.Section] = At;
      At += Sec(In).Size;
    }
  }
}

/// The non-allocated inputs an executable keeps (debug information,
/// .comment, notes, and NOBITS ones, as lld keeps them; a relocation for
/// one is refused as for .bss): grouped by name, each output section
/// starting at
/// offset 0. `.note.GNU-stack` only tells the linker about the stack, and
/// relocation, symbol and attribute sections are the linker's own input.
static Error collectNonAlloc(Layout &L,
                             const std::vector<InputObject> &Objs) {
  L.NonAllocOffset.clear();
  for (const InputObject &Obj : Objs)
    L.NonAllocOffset.emplace_back(Obj.Sections.size());
  StringMap<size_t> ByName;
  for (size_t I = 0; I < L.NonAlloc.size(); ++I)
    ByName.try_emplace(L.NonAlloc[I].Name, I);
  for (unsigned O = 0; O < Objs.size(); ++O)
    for (const InputSection &Sec : Objs[O].Sections) {
      if (!keptNonAlloc(Sec) || L.NonAllocDiscarded.count({O, Sec.Index}))
        continue;
      auto [Found, New] = ByName.try_emplace(Sec.Name, L.NonAlloc.size());
      if (New) {
        L.NonAlloc.push_back(OutputSection());
        L.NonAlloc.back().Name = Sec.Name;
        L.NonAlloc.back().Type = Sec.Type;
      }
      auto It = L.NonAlloc.begin() + Found->second;
      if (!New && It->Type != Sec.Type) {
        It->Type = ELF::SHT_PROGBITS; // bytes for some inputs: a file part
      }
      uint64_t At = alignTo(It->Size, std::max<uint32_t>(Sec.Align, 1));
      if (At + Sec.Size > AddressSpaceEnd)
        return fileError(Objs[O].FileName,
                         "non-allocated section " + Sec.Name + " (size " +
                             hex(Sec.Size) + ") would end past 4 GiB of " +
                             "its output section");
      It->Inputs.push_back({O, Sec.Index, At});
      It->Flags |= Sec.Flags & ~uint32_t(ELF::SHF_GROUP);
      It->Align = std::max(It->Align, Sec.Align);
      It->Size = At + Sec.Size;
      L.NonAllocOffset[O][Sec.Index] = At;
    }
  return Error::success();
}

/// An input section the output would keep under a name the ELF writer
/// gives its own sections: the image would have two of them (lld refuses
/// .symtab and .shstrtab sections of another type as well).
Error checkWriterNames(const Layout &L,
                       const std::vector<InputObject> &Objs) {
  for (const OutputSection &OS : concat<const OutputSection>(L.Sections,
                                                            L.NonAlloc)) {
    if (!is_contained({".symtab", ".strtab", ".shstrtab", ".ARM.attributes"},
                      OS.Name) ||
        OS.Inputs.empty())
      continue;
    const InputSectionRef &First = OS.Inputs.front();
    return fileError(Objs[First.Object].FileName,
                     "section " + OS.Name + " would be an output section, "
                     "but the output's own " + OS.Name + " has that name "
                     "(rename the input section)");
  }
  return Error::success();
}

Expected<Layout> computeLayout(const LayoutOptions &Opts,
                               const std::vector<InputObject> &Objs) {
  Layout L;
  for (const InputObject &Obj : Objs)
    L.InputAddr.emplace_back(Obj.Sections.size());
  for (const auto &[Name, Value] : Opts.Defsyms)
    L.Symbols[Name] = Value;

  StringRef ScriptName;
  if (Opts.ScriptText.empty()) {
    Placer P(Opts, Objs, L, "");
    P.Dot = Opts.DefaultBase;
    auto Groups = groupByName(
        Objs, placeableInputs(Objs), defaultOutputName,
        [&](const auto &G) {
          return defaultKey(G, Objs, P.explicitStart(G.Name));
        });
    sortInitFini(Objs, Groups);
    if (Error E = P.layoutGroups(Groups))
      return E;
  } else {
    ScriptName = Opts.ScriptPath.empty() ? StringRef("<script>")
                                         : StringRef(Opts.ScriptPath);
    Expected<script::Script> S =
        script::parseScript(ScriptName, Opts.ScriptText);
    if (!S)
      return S.takeError();
    if (Error E = ScriptLayout(Opts, Objs, L, ScriptName).run(*S))
      return E;
    // --defsym is applied after the script, as in lld and GNU ld: a script
    // assignment to the same name does not override it.
    for (const auto &[Name, Value] : Opts.Defsyms) {
      L.Symbols[Name] = Value;
      L.SymbolHome.erase(Name);
    }
  }

  sortExidx(L, Objs);
  std::stable_sort(L.Sections.begin(), L.Sections.end(),
                   [](const OutputSection &A, const OutputSection &B) {
                     return A.Addr < B.Addr;
                   });
  if (Error E = checkOverlaps(L, Objs, ScriptName, Opts))
    return E;
  if (Error E = collectNonAlloc(L, Objs))
    return E;
  if (Error E = checkWriterNames(L, Objs))
    return E;
  // A placement for a section the output does not have is a typo or a
  // stale flag: the section it meant went somewhere else.
  for (const auto &[Name, Addr] : Opts.SectionStart) {
    if (any_of(L.Sections, [&](const OutputSection &OS) {
          return rawObjectName(OS.Name) == Name;
        }))
      continue;
    std::string Have;
    for (const OutputSection &OS : L.Sections)
      Have += (Have.empty() ? "" : ", ") + OS.Name;
    return createStringError(
        inconvertibleErrorCode(),
        givenError(Opts, Name) + "--section-start=" + Name + "=" +
            hex(Addr) +
            ": the output has no allocated section " + Name +
            " (it has" + (Have.empty() ? " none" : ", by address, " + Have) +
            ")");
  }
  return L;
}

std::optional<uint64_t> parseAddress(std::string_view Text) {
  return script::parseNumber(StringRef(Text.data(), Text.size()));
}

} // namespace relocheck
