//===- JITLinkOracle.cpp - LLVM JITLink's aarch32 back end, in process ----===//
//
// The JITLink oracle builds a LinkGraph from each of our objects with
// JITLink's own ELF/aarch32 graph builder (which reads every REL addend
// with its own decoders), gives each block the address relocheck's layout
// gave the input section, resolves every external symbol to the address
// relocheck resolved, runs JITLink's GOT and stub builders as its link
// pipeline does, and applies each edge with aarch32::applyFixup. The bytes
// are read back per block.
//
// JITLink refuses a whole object when one relocation type is unknown to it.
// So that one unknown kind does not hide the others, such relocations are
// turned into R_ARM_NONE in a private copy of the object and the graph is
// built again; their sites report "unsupported: <JITLink's message>".
//
//===----------------------------------------------------------------------===//
#include "oracles/Oracles.h"

#include "llvm/BinaryFormat/ELF.h"
#include "llvm/ExecutionEngine/JITLink/ELF_aarch32.h"
#include "llvm/ExecutionEngine/JITLink/JITLink.h"
#include "llvm/ExecutionEngine/JITLink/aarch32.h"
#include "llvm/ExecutionEngine/Orc/SymbolStringPool.h"
#include "llvm/Object/ELF.h"
#include "llvm/Support/Endian.h"

#include <cstddef>
#include "llvm/Support/ARMBuildAttributes.h"
#include "llvm/TargetParser/ARMTargetParser.h"
#include "llvm/TargetParser/Triple.h"

#include <cerrno>
#include <csignal>
#include <cstdio>
#include <cstring>
#include <map>
#include <set>
#include <tuple>

#include <sys/wait.h>
#include <unistd.h>

using namespace llvm;
using namespace llvm::jitlink;

namespace relocheck {
namespace {

/// "Unsupported aarch32 relocation 42: R_ARM_PREL31" -> 42.
std::optional<uint32_t> unsupportedType(StringRef Message) {
  size_t At = Message.find("relocation ");
  if (At == StringRef::npos || !Message.contains_insensitive("unsupported"))
    return std::nullopt;
  StringRef Num = Message.drop_front(At + 11);
  Num = Num.take_while([](char C) { return C >= '0' && C <= '9'; });
  uint32_t Type;
  if (Num.empty() || Num.getAsInteger(10, Type))
    return std::nullopt;
  return Type;
}

/// The first line of an error, without JITLink's graph-name prefix.
std::string oneLine(Error E) {
  std::string Text = toString(std::move(E));
  StringRef S = StringRef(Text).split('\n').first.trim();
  // "In graph FILE, section .text: relocation target ..." names what the
  // site's own location already says.
  if (S.starts_with("In graph ") && S.contains(", section "))
    S = S.split(": ").second;
  return S.str();
}

/// JITLink's view of the core: what its own link_ELF_aarch32 would pick.
aarch32::ArmConfig armConfigFor(const ArchProfile &A) {
  Triple TT(std::string(A.Triple));
  ARM::ArchKind AK = ARM::parseArch(TT.getArchName());
  auto CPU = static_cast<ARMBuildAttrs::CPUArch>(ARM::getArchAttr(AK));
  return aarch32::getArmConfigForCPUArch(CPU);
}

/// A graph for one object; unknown relocation types become R_ARM_NONE in
/// Copy, and each type's JITLink message is kept in Dropped. Each placed
/// section's sh_addr in Copy is set to relocheck's address for it, so the
/// graph builder gives every block its address by ELF section index
/// (sections may share a name).
Expected<std::unique_ptr<LinkGraph>>
buildGraph(const MemoryBuffer &Obj, const LinkResult &R, unsigned Index,
           std::string &Copy, std::map<uint32_t, std::string> &Dropped,
           std::shared_ptr<orc::SymbolStringPool> Pool, uint64_t &Park) {
  Copy = Obj.getBuffer().str();
  if (auto F = object::ELFFile<object::ELF32LE>::create(Copy)) {
    uint64_t ShOff = F->getHeader().e_shoff;
    // The count as sections() reads it: past 0xff00 sections, e_shnum is
    // 0 and section 0's sh_size holds it (gABI).
    auto Sections = F->sections();
    size_t Count = Sections ? Sections->size() : 0;
    if (!Sections)
      consumeError(Sections.takeError());
    for (unsigned Sec = 1; Sec < Count; ++Sec) {
      uint64_t At = ShOff + uint64_t(Sec) * sizeof(object::ELF32LE::Shdr) +
                    offsetof(object::ELF32LE::Shdr, sh_addr);
      auto Addr = R.sectionAddress(Index, Sec);
      // An allocated section relocheck did not place (a discarded COMDAT
      // copy) goes to an address of its own, above everything placed, so
      // that it cannot be taken for a placed one of its name and size.
      const auto &Secs = R.Objects[Index].Sections;
      if (!Addr && Sec < Secs.size() && Secs[Sec].isAlloc() && Park &&
          Park + Secs[Sec].Size < (uint64_t(1) << 32)) {
        Addr = Park;
        Park = alignTo(Park + Secs[Sec].Size + 1, 0x100);
      }
      if (!Addr || At + 4 > Copy.size())
        continue;
      for (unsigned B = 0; B < 4; ++B)
        Copy[At + B] = char(uint32_t(*Addr) >> (8 * B));
    }
  } else {
    consumeError(F.takeError());
  }
  std::map<uint32_t, std::vector<size_t>> Types; // type -> its type bytes
  for (const RelocEntry &E : relocationEntries(Copy))
    Types[E.Type].push_back(E.TypeByte);
  // Each round removes one type; there are at most 256.
  for (unsigned Round = 0; Round < 257; ++Round) {
    MemoryBufferRef Ref(Copy, Obj.getBufferIdentifier());
    auto G = createLinkGraphFromELFObject_aarch32(Ref, Pool);
    if (G)
      return G;
    std::string Message = oneLine(G.takeError());
    auto Type = unsupportedType(Message);
    if (!Type || *Type == ELF::R_ARM_NONE || !Types.count(*Type) ||
        Dropped.count(*Type))
      return createStringError(inconvertibleErrorCode(), "%s",
                               Message.c_str());
    Dropped[*Type] = Message;
    for (size_t At : Types[*Type])
      Copy[At] = char(ELF::R_ARM_NONE);
  }
  return createStringError(inconvertibleErrorCode(),
                           "too many unsupported relocation types");
}

} // namespace

OracleImage runJITLink(const LinkResult &R,
                       const std::vector<std::unique_ptr<MemoryBuffer>>
                           &Objects) {
  OracleImage Out;
  Out.Name = "jitlink";
  if (R.BigEndian) {
    // JITLink applies big-endian fixups in object (BE32) order; comparing
    // that with BE8 output needs a conversion relocheck does not do yet.
    Out.Message = "unsupported: big-endian inputs are not compared with "
                  "jitlink";
    return Out;
  }
  aarch32::ArmConfig Cfg = armConfigFor(R.Arch);
  auto Pool = std::make_shared<orc::SymbolStringPool>();
  // Where JITLink's own GOT entries and stubs go: past everything placed.
  uint64_t Free = 0;
  for (const OutputSection &OS : R.Lay.Sections)
    Free = std::max(Free, OS.Addr + OS.Size);
  Free = alignTo(Free + 0x1000, 0x1000);
  // Unplaced sections go 16 MiB above that, far past JITLink's own stubs;
  // 0 (none parked) when that passes 2^32.
  uint64_t Park = Free + 0x1000000;
  if (Park >= (uint64_t(1) << 32))
    Park = 0;

  for (size_t I = 0; I < Objects.size() && I < R.Objects.size(); ++I) {
    const InputObject &In = R.Objects[I];
    std::string Copy;
    std::map<uint32_t, std::string> Dropped;
    auto G = buildGraph(*Objects[I], R, unsigned(I), Copy, Dropped, Pool,
                        Park);
    if (!G) {
      Out.Message = "unsupported: " + oneLine(G.takeError());
      Out.Blocks.clear();
      Out.SiteMessages.clear();
      return Out;
    }
    for (const InputSection &Sec : In.Sections)
      for (const InputReloc &Rel : Sec.Relocs) {
        auto It = Dropped.find(Rel.Type);
        auto Base = R.sectionAddress(unsigned(I), Sec.Index);
        if (It != Dropped.end() && Base)
          Out.SiteMessages.push_back({uint32_t(*Base + Rel.Offset),
                                      Rel.Type,
                                      "unsupported: " + It->second, {}});
      }

    // The blocks are at relocheck's addresses (sh_addr above); one that
    // matches no placed input section (address and size) was not placed.
    // By name too: JITLink makes blocks of non-allocated sections at
    // address 0 (a .rel.text the size of a .text placed at 0 was taken for
    // it, and its bytes for the code's).
    std::set<std::tuple<uint64_t, uint64_t, std::string>> PlacedRanges;
    for (const InputSection &Sec : In.Sections)
      if (auto A = R.sectionAddress(unsigned(I), Sec.Index))
        PlacedRanges.insert({*A, Sec.Size, Sec.Name});
    std::set<Block *> Placed;
    for (Block *B : (*G)->blocks())
      if (PlacedRanges.count({B->getAddress().getValue(), B->getSize(),
                              objectName(B->getSection().getName())}))
        Placed.insert(B);
    // A global defined in a block relocheck did not place (a COMDAT copy
    // it discarded) resolves to the kept copy, and one that --defsym or the
    // script defines too takes that value (as in lld and GNU ld): made
    // external here, as ORC does with an overridden definition, it gets
    // its address below.
    std::vector<Symbol *> Overridden;
    for (Symbol *S : (*G)->defined_symbols()) {
      if (!S->hasName() || S->getScope() == Scope::Local)
        continue;
      // relocheck keeps names escaped (objectName); JITLink as written.
      std::string Name = objectName(*S->getName());
      if ((!Placed.count(&S->getBlock()) || R.Lay.Symbols.count(Name)) &&
          R.lookup(unsigned(I), Name))
        Overridden.push_back(S);
    }
    for (Symbol *S : Overridden)
      (*G)->makeExternal(*S);
    // Externals as relocheck resolved them; the Thumb bit as a flag.
    for (Symbol *S : (*G)->external_symbols()) {
      auto Def = R.lookup(unsigned(I), objectName(*S->getName()));
      if (!Def)
        continue; // an undefined weak stays at 0
      S->getAddressable().setAddress(orc::ExecutorAddr(Def->Address));
      if (Def->IsThumbFunction)
        S->setTargetFlags(aarch32::ThumbSymbol);
    }
    // The table passes of JITLink's link pipeline (GOT, then stubs).
    aarch32::GOTBuilder Got;
    visitExistingEdges(**G, Got);
    if (Cfg.Stubs == aarch32::StubsFlavor::v7) {
      aarch32::StubsManager_v7 Stubs;
      visitExistingEdges(**G, Stubs);
    } else {
      aarch32::StubsManager_prev7 Stubs;
      visitExistingEdges(**G, Stubs);
    }
    for (Section &Sec : (*G)->sections()) {
      StringRef Name = Sec.getName();
      if (Name != aarch32::GOTBuilder::getSectionName() &&
          Name != aarch32::StubsManager_v7::getSectionName() &&
          Name != aarch32::StubsManager_prev7::getSectionName())
        continue;
      // The section keeps its blocks in a set keyed by pointer; place them
      // by what they lead to, so addresses do not change between runs.
      std::vector<Block *> Table(Sec.blocks().begin(), Sec.blocks().end());
      auto Key = [](Block *B) {
        std::string Name;
        uint64_t Addr = 0;
        if (!B->edges_empty()) {
          const Symbol &T = B->edges().begin()->getTarget();
          if (T.hasName())
            Name = (*T.getName()).str();
          Addr = T.getAddress().getValue();
        }
        return std::make_pair(Name, Addr);
      };
      std::stable_sort(Table.begin(), Table.end(),
                       [&](Block *L, Block *R) { return Key(L) < Key(R); });
      for (Block *B : Table) {
        Free = alignTo(Free, std::max<uint64_t>(B->getAlignment(), 4));
        if (Free + B->getSize() > (uint64_t(1) << 32)) {
          Out.Message = "unsupported: no room above relocheck's layout "
                        "for JITLink's own GOT entries and stubs";
          Out.Blocks.clear();
          Out.SiteMessages.clear();
          return Out;
        }
        B->setAddress(orc::ExecutorAddr(Free));
        Free += B->getSize();
        Placed.insert(B);
      }
    }

    for (Block *B : (*G)->blocks()) {
      if (B->isZeroFill() || !Placed.count(B))
        continue;
      uint64_t Addr = B->getAddress().getValue();
      // JITLink's fixups write into working memory its linker has copied
      // the content to; do the same.
      (void)B->getMutableContent(**G);
      for (Edge &E : B->edges()) {
        if (!E.isRelocation() || E.getKind() == aarch32::None)
          continue;
        // (JITLink's edge kind is not the ELF type: type 0, any.)
        if (Error Err = aarch32::applyFixup(**G, *B, E, Cfg))
          Out.SiteMessages.push_back(
              {uint32_t(Addr + E.getOffset()), 0,
               "rejected: " + oneLine(std::move(Err)), {}});
      }
      ArrayRef<char> Bytes = B->getContent();
      Out.Blocks.push_back(
          {uint32_t(Addr), std::vector<uint8_t>(Bytes.begin(), Bytes.end())});
    }
  }
  Out.Linked = true;
  return Out;
}

namespace {

// JITLink runs in a child process: hostile objects (a Thumb branch to a
// data section symbol, relocations in a NOBITS section) crash it inside
// LLVM, and a crash of an oracle must be that oracle's verdict, not the
// end of `relocheck diff`. The child sends its result through a pipe.

void putWord(std::string &Out, uint32_t V) {
  char B[4];
  support::endian::write32le(B, V);
  Out.append(B, 4);
}

void putText(std::string &Out, StringRef T) {
  putWord(Out, uint32_t(T.size()));
  Out += T;
}

std::string serialize(const OracleImage &I) {
  std::string Out;
  putWord(Out, I.Linked);
  putText(Out, I.Message);
  putWord(Out, uint32_t(I.Blocks.size()));
  for (const auto &[Addr, Bytes] : I.Blocks) {
    putWord(Out, Addr);
    putText(Out, StringRef(reinterpret_cast<const char *>(Bytes.data()),
                           Bytes.size()));
  }
  putWord(Out, uint32_t(I.SiteMessages.size()));
  for (const OracleImage::SiteMessage &M : I.SiteMessages) {
    putWord(Out, M.Addr);
    putWord(Out, M.Type);
    putText(Out, M.Text);
  }
  return Out;
}

/// Reads what serialize wrote; false when the child's output is cut
/// short (it died while writing).
bool deserialize(StringRef In, OracleImage &I) {
  auto Word = [&](uint32_t &V) {
    if (In.size() < 4)
      return false;
    V = support::endian::read32le(In.data());
    In = In.drop_front(4);
    return true;
  };
  auto Text = [&](std::string &T) {
    uint32_t N = 0;
    if (!Word(N) || In.size() < N)
      return false;
    T = In.take_front(N).str();
    In = In.drop_front(N);
    return true;
  };
  uint32_t Linked = 0, Count = 0;
  if (!Word(Linked) || !Text(I.Message) || !Word(Count))
    return false;
  I.Linked = Linked;
  for (uint32_t K = 0; K < Count; ++K) {
    uint32_t Addr = 0;
    std::string Bytes;
    if (!Word(Addr) || !Text(Bytes))
      return false;
    I.Blocks.push_back({Addr, std::vector<uint8_t>(Bytes.begin(),
                                                   Bytes.end())});
  }
  if (!Word(Count))
    return false;
  for (uint32_t K = 0; K < Count; ++K) {
    OracleImage::SiteMessage M;
    if (!Word(M.Addr) || !Word(M.Type) || !Text(M.Text))
      return false;
    I.SiteMessages.push_back(std::move(M));
  }
  return In.empty();
}

OracleImage runJITLinkIsolated(
    const LinkResult &R,
    const std::vector<std::unique_ptr<MemoryBuffer>> &Objects) {
  OracleImage Out;
  Out.Name = "jitlink";
  auto Failed = [&](const std::string &Why) {
    Out = OracleImage();
    Out.Name = "jitlink";
    Out.Message = Why;
    return std::move(Out);
  };
  int Fds[2];
  if (pipe(Fds) != 0)
    return Failed("not run: cannot make a pipe for it: " +
                  std::string(std::strerror(errno)));
  std::fflush(nullptr);
  pid_t Pid = fork();
  if (Pid < 0) {
    close(Fds[0]);
    close(Fds[1]);
    return Failed("not run: cannot fork for it: " +
                  std::string(std::strerror(errno)));
  }
  if (Pid == 0) {
    close(Fds[0]);
    std::string Data = serialize(runJITLink(R, Objects));
    for (size_t Done = 0; Done < Data.size();) {
      ssize_t N = write(Fds[1], Data.data() + Done, Data.size() - Done);
      if (N < 0 && errno == EINTR)
        continue;
      if (N <= 0)
        _exit(3);
      Done += size_t(N);
    }
    _exit(0); // no destructors or atexit handlers of the parent's
  }
  close(Fds[1]);
  std::string Data;
  char Buf[65536];
  for (;;) {
    ssize_t N = read(Fds[0], Buf, sizeof(Buf));
    if (N < 0 && errno == EINTR)
      continue;
    if (N <= 0)
      break;
    Data.append(Buf, size_t(N));
  }
  close(Fds[0]);
  int Status = 0;
  while (waitpid(Pid, &Status, 0) < 0 && errno == EINTR) {
  }
  if (WIFSIGNALED(Status))
    return Failed("crashed: LLVM JITLink 22 died with signal " +
                  std::to_string(WTERMSIG(Status)) + " (" +
                  strsignal(WTERMSIG(Status)) +
                  ") on these inputs; nothing of its is judged");
  if (!WIFEXITED(Status) || WEXITSTATUS(Status) != 0 ||
      !deserialize(Data, Out))
    return Failed("crashed: LLVM JITLink 22's process ended without a "
                  "result (exit status " +
                  std::to_string(WIFEXITED(Status) ? WEXITSTATUS(Status)
                                                   : -1) +
                  ")");
  Out.Name = "jitlink";
  return Out;
}

} // namespace

OracleImage runOracle(const std::string &Name, const LinkResult &R,
                      const std::vector<std::unique_ptr<MemoryBuffer>>
                          &Objects) {
  if (Name == "jitlink")
    return runJITLinkIsolated(R, Objects);
  return runLinkerOracle(Name, R, Objects);
}

} // namespace relocheck
