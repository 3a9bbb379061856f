// runtime_decls.cpp — LLVM declarations of the runtime functions of runtime/abi.h, with the
// flattened signatures its comments prescribe (strings as two scalars, slices as three, eface by
// value as two pointers, slices returned through out-pointers).
//
// Invariants: every declaration is ABI-identical to the C declaration on x86-64 SysV / AAPCS64:
// bool parameters/results are i1 zeroext, uint8_t i8 zeroext, int32_t i32 signext; functions
// documented [[noreturn]] get noreturn + cold (+ nounwind everywhere: the runtime never unwinds).
// A name missing from the table is a compiler bug.
#include <cstring>

#include <llvm/IR/Intrinsics.h>

#include "codegen/module_context.h"

namespace mgo::codegen {

namespace {

// Signature codes: first char is the result, the rest are parameters.
//   v void   p ptr   i i64   w i32 (signext)   h i8 (zeroext)   b i1 (zeroext)   d double
//   S mgo_string {ptr, i64} (result only)
struct RuntimeDecl {
  const char* name;
  const char* sig;
  bool noreturn;
};

const RuntimeDecl kRuntimeDecls[] = {
    {"mgo_gc_register_root", "vpi", false},
    {"mgo_alloc", "pp", false},
    {"mgo_alloc_array", "ppi", false},
    {"mgo_alloc_bytes", "pib", false},
    {"mgo_gc_collect", "v", false},
    {"mgo_string_concat", "Spi", false},
    {"mgo_string_compare", "ipipi", false},
    {"mgo_string_equal", "bpipi", false},
    {"mgo_string_from_rune", "Si", false},
    {"mgo_string_from_bytes", "Spii", false},
    {"mgo_string_from_runes", "Spii", false},
    {"mgo_bytes_from_string", "vppi", false},
    {"mgo_runes_from_string", "vppi", false},
    {"mgo_string_decode_rune", "wpiip", false},
    {"mgo_growslice", "vpppiii", false},
    {"mgo_slice_copy", "ipipii", false},
    {"mgo_make_slice", "vppii", false},
    {"mgo_map_make", "ppi", false},
    {"mgo_map_access", "pppp", false},
    {"mgo_map_access2", "ppppp", false},
    {"mgo_map_assign", "pppp", false},
    {"mgo_map_delete", "vppp", false},
    {"mgo_map_len", "ip", false},
    {"mgo_map_iter_init", "vppp", false},
    {"mgo_map_iter_next", "bppp", false},
    {"mgo_equal", "bppp", false},
    {"mgo_panic_index", "vii", true},
    {"mgo_panic_slice_alen", "vii", true},
    {"mgo_panic_slice_acap", "vii", true},
    {"mgo_panic_slice_b", "vii", true},
    {"mgo_panic_slice3_alen", "vii", true},
    {"mgo_panic_slice3_acap", "vii", true},
    {"mgo_panic_slice3_b", "vii", true},
    {"mgo_panic_slice3_c", "vii", true},
    {"mgo_panic_nil_deref", "v", true},
    {"mgo_panic_divide", "v", true},
    {"mgo_panic_nil_map", "v", true},
    {"mgo_panic_makeslice_len", "v", true},
    {"mgo_panic_makeslice_cap", "v", true},
    {"mgo_panic_shift", "v", true},
    {"mgo_panic_value", "vpp", true},
    {"mgo_defer_mark", "i", false},
    {"mgo_defer_push", "vp", false},
    {"mgo_defer_run", "vi", false},
    {"mgo_print_bool", "vb", false},
    {"mgo_print_int", "vi", false},
    {"mgo_print_uint", "vi", false},
    {"mgo_print_float", "vd", false},
    {"mgo_print_string", "vpi", false},
    {"mgo_print_pointer", "vp", false},
    {"mgo_print_slice", "vpii", false},
    {"mgo_print_space", "v", false},
    {"mgo_print_newline", "v", false},
    {"mgo_print_lock", "v", false},
    {"mgo_print_unlock", "v", false},
    {"mgo_fmt_print", "ipi", false},
    {"mgo_fmt_println", "ipi", false},
    {"mgo_fmt_printf", "ipipi", false},
    {"mgo_fmt_sprint", "Spi", false},
    {"mgo_fmt_sprintln", "Spi", false},
    {"mgo_fmt_sprintf", "Spipi", false},
    {"mgo_strings_Contains", "bpipi", false},
    {"mgo_strings_HasPrefix", "bpipi", false},
    {"mgo_strings_HasSuffix", "bpipi", false},
    {"mgo_strings_Index", "ipipi", false},
    {"mgo_strings_LastIndex", "ipipi", false},
    {"mgo_strings_Count", "ipipi", false},
    {"mgo_strings_Repeat", "Spii", false},
    {"mgo_strings_Replace", "Spipipii", false},
    {"mgo_strings_ReplaceAll", "Spipipi", false},
    {"mgo_strings_ToUpper", "Spi", false},
    {"mgo_strings_ToLower", "Spi", false},
    {"mgo_strings_TrimSpace", "Spi", false},
    {"mgo_strings_Trim", "Spipi", false},
    {"mgo_strings_TrimPrefix", "Spipi", false},
    {"mgo_strings_TrimSuffix", "Spipi", false},
    {"mgo_strings_Title", "Spi", false},
    {"mgo_strings_Split", "vppipi", false},
    {"mgo_strings_Fields", "vppi", false},
    {"mgo_strings_Join", "Spiipi", false},
    {"mgo_strconv_Itoa", "Si", false},
    {"mgo_strconv_FormatInt", "Sii", false},
    {"mgo_strconv_FormatUint", "Sii", false},
    {"mgo_strconv_FormatFloat", "Sdhii", false},
    {"mgo_strconv_FormatBool", "Sb", false},
    {"mgo_strconv_Quote", "Spi", false},
    {"mgo_strconv_QuoteRune", "Sw", false},
    {"mgo_math_Mod", "ddd", false},
    {"mgo_math_Inf", "di", false},
    {"mgo_math_NaN", "d", false},
    {"mgo_math_IsNaN", "bd", false},
    {"mgo_math_IsInf", "bdi", false},
    {"mgo_math_Max", "ddd", false},
    {"mgo_math_Min", "ddd", false},
    {"mgo_math_Exp", "dd", false},
    {"mgo_math_Log", "dd", false},
    {"mgo_math_Log2", "dd", false},
    {"mgo_math_Log10", "dd", false},
    {"mgo_math_Pow", "ddd", false},
    {"mgo_math_Sin", "dd", false},
    {"mgo_math_Cos", "dd", false},
    {"mgo_math_Tan", "dd", false},
    {"mgo_math_Cbrt", "dd", false},
    {"mgo_math_Hypot", "ddd", false},
    {"mgo_os_Exit", "vi", true},
    {"mgo_os_Args", "vp", false},
    // goroutines, channels, select, sync, time
    {"mgo_go", "vp", false},
    {"mgo_runtime_Gosched", "v", false},
    {"mgo_runtime_GOMAXPROCS", "ii", false},
    {"mgo_runtime_NumGoroutine", "i", false},
    {"mgo_runtime_NumCPU", "i", false},
    {"mgo_preempt_poll", "v", false},
    {"mgo_chan_make", "ppi", false},
    {"mgo_chan_send", "vpp", false},
    {"mgo_chan_recv", "vpp", false},
    {"mgo_chan_recv2", "bpp", false},
    {"mgo_chan_close", "vp", false},
    {"mgo_chan_len", "ip", false},
    {"mgo_chan_cap", "ip", false},
    {"mgo_select", "ipibp", false},
    {"mgo_sync_Mutex_Lock", "vp", false},
    {"mgo_sync_Mutex_TryLock", "bp", false},
    {"mgo_sync_Mutex_Unlock", "vp", false},
    {"mgo_sync_RWMutex_Lock", "vp", false},
    {"mgo_sync_RWMutex_TryLock", "bp", false},
    {"mgo_sync_RWMutex_Unlock", "vp", false},
    {"mgo_sync_RWMutex_RLock", "vp", false},
    {"mgo_sync_RWMutex_TryRLock", "bp", false},
    {"mgo_sync_RWMutex_RUnlock", "vp", false},
    {"mgo_sync_WaitGroup_Add", "vpi", false},
    {"mgo_sync_WaitGroup_Done", "vp", false},
    {"mgo_sync_WaitGroup_Wait", "vp", false},
    {"mgo_sync_Once_Do", "vpp", false},
    {"mgo_time_Sleep", "vi", false},
    {"mgo_time_After", "ppi", false},
    {"mgo_time_Tick", "ppi", false},
    {"mgo_time_NewTimer", "ppi", false},
    {"mgo_time_AfterFunc", "pip", false},
    {"mgo_time_Timer_Stop", "bp", false},
    {"mgo_time_Timer_Reset", "bpi", false},
    {"mgo_time_NewTicker", "ppi", false},
    {"mgo_time_Ticker_Stop", "vp", false},
    {"mgo_time_Ticker_Reset", "vpi", false},
    {"mgo_time_nanotime", "i", false},
    {"mgo_time_now_unix_nano", "i", false},
    {"mgo_atomic_AddInt32", "wpw", false},
    {"mgo_atomic_LoadInt32", "wp", false},
    {"mgo_atomic_StoreInt32", "vpw", false},
    {"mgo_atomic_SwapInt32", "wpw", false},
    {"mgo_atomic_CompareAndSwapInt32", "bpww", false},
    {"mgo_atomic_Int32_Add", "wpw", false},
    {"mgo_atomic_Int32_Load", "wp", false},
    {"mgo_atomic_Int32_Store", "vpw", false},
    {"mgo_atomic_Int32_Swap", "wpw", false},
    {"mgo_atomic_Int32_CompareAndSwap", "bpww", false},
    {"mgo_atomic_AddUint32", "wpw", false},
    {"mgo_atomic_LoadUint32", "wp", false},
    {"mgo_atomic_StoreUint32", "vpw", false},
    {"mgo_atomic_SwapUint32", "wpw", false},
    {"mgo_atomic_CompareAndSwapUint32", "bpww", false},
    {"mgo_atomic_Uint32_Add", "wpw", false},
    {"mgo_atomic_Uint32_Load", "wp", false},
    {"mgo_atomic_Uint32_Store", "vpw", false},
    {"mgo_atomic_Uint32_Swap", "wpw", false},
    {"mgo_atomic_Uint32_CompareAndSwap", "bpww", false},
    {"mgo_atomic_AddInt64", "ipi", false},
    {"mgo_atomic_LoadInt64", "ip", false},
    {"mgo_atomic_StoreInt64", "vpi", false},
    {"mgo_atomic_SwapInt64", "ipi", false},
    {"mgo_atomic_CompareAndSwapInt64", "bpii", false},
    {"mgo_atomic_Int64_Add", "ipi", false},
    {"mgo_atomic_Int64_Load", "ip", false},
    {"mgo_atomic_Int64_Store", "vpi", false},
    {"mgo_atomic_Int64_Swap", "ipi", false},
    {"mgo_atomic_Int64_CompareAndSwap", "bpii", false},
    {"mgo_atomic_AddUint64", "ipi", false},
    {"mgo_atomic_LoadUint64", "ip", false},
    {"mgo_atomic_StoreUint64", "vpi", false},
    {"mgo_atomic_SwapUint64", "ipi", false},
    {"mgo_atomic_CompareAndSwapUint64", "bpii", false},
    {"mgo_atomic_Uint64_Add", "ipi", false},
    {"mgo_atomic_Uint64_Load", "ip", false},
    {"mgo_atomic_Uint64_Store", "vpi", false},
    {"mgo_atomic_Uint64_Swap", "ipi", false},
    {"mgo_atomic_Uint64_CompareAndSwap", "bpii", false},
    {"mgo_atomic_AddUintptr", "ipi", false},
    {"mgo_atomic_LoadUintptr", "ip", false},
    {"mgo_atomic_StoreUintptr", "vpi", false},
    {"mgo_atomic_SwapUintptr", "ipi", false},
    {"mgo_atomic_CompareAndSwapUintptr", "bpii", false},
    {"mgo_atomic_Bool_Load", "bp", false},
    {"mgo_atomic_Bool_Store", "vpb", false},
    {"mgo_atomic_Bool_Swap", "bpb", false},
    {"mgo_atomic_Bool_CompareAndSwap", "bpbb", false},
    // package time glue (runtime/lib_time.cpp); time.Time by pointer
    {"mgo_time_Now", "vp", false},
    {"mgo_time_Since", "ip", false},
    {"mgo_time_Until", "ip", false},
    {"mgo_time_Time_Sub", "ipp", false},
    {"mgo_time_Time_Add", "vppi", false},
    {"mgo_time_Time_Before", "bpp", false},
    {"mgo_time_Time_After", "bpp", false},
    {"mgo_time_Time_UnixNano", "ip", false},
    {"mgo_time_Time_UnixMilli", "ip", false},
    {"mgo_time_Time_Unix", "ip", false},
    {"mgo_time_Duration_String", "Si", false},
    {"mgo_time_Duration_Nanoseconds", "ii", false},
    {"mgo_time_Duration_Microseconds", "ii", false},
    {"mgo_time_Duration_Milliseconds", "ii", false},
    {"mgo_time_Duration_Seconds", "di", false},
    {"mgo_time_Duration_Minutes", "di", false},
    {"mgo_time_Duration_Hours", "di", false},
    // libc
    {"strlen", "ip", false},
};

}  // namespace

llvm::FunctionCallee ModuleContext::runtime(std::string_view name) {
  if (llvm::Function* existing = module.getFunction(llvm::StringRef(name.data(), name.size())))
    return llvm::FunctionCallee(existing->getFunctionType(), existing);
  const RuntimeDecl* decl = nullptr;
  for (const RuntimeDecl& d : kRuntimeDecls)
    if (name == d.name) decl = &d;
  MGO_ASSERT(decl != nullptr, "unknown runtime function " + std::string(name));
  auto code = [&](char c) -> llvm::Type* {
    switch (c) {
      case 'v': return voidTy;
      case 'p': return ptr;
      case 'i': return i64;
      case 'w': return i32;
      case 'h': return i8;
      case 'b': return i1;
      case 'd': return f64;
      case 'S': return stringTy;
    }
    MGO_UNREACHABLE("bad runtime signature code");
  };
  std::vector<llvm::Type*> params;
  for (const char* c = decl->sig + 1; *c; ++c) params.push_back(code(*c));
  auto* fnTy = llvm::FunctionType::get(code(decl->sig[0]), params, false);
  auto* fn = llvm::Function::Create(fnTy, llvm::GlobalValue::ExternalLinkage, decl->name, module);
  fn->addFnAttr(llvm::Attribute::NoUnwind);
  auto extAttr = [&](char c) {
    if (c == 'b' || c == 'h') return llvm::Attribute::ZExt;
    if (c == 'w') return llvm::Attribute::SExt;
    return llvm::Attribute::None;
  };
  for (unsigned i = 0; decl->sig[i + 1]; ++i)
    if (auto a = extAttr(decl->sig[i + 1]); a != llvm::Attribute::None) fn->addParamAttr(i, a);
  if (auto a = extAttr(decl->sig[0]); a != llvm::Attribute::None) fn->addRetAttr(a);
  if (decl->noreturn) {
    fn->addFnAttr(llvm::Attribute::NoReturn);
    fn->addFnAttr(llvm::Attribute::Cold);
  }
  return llvm::FunctionCallee(fnTy, fn);
}

llvm::Function* ModuleContext::intrinsic(unsigned id, llvm::ArrayRef<llvm::Type*> types) {
  return llvm::Intrinsic::getDeclaration(&module, static_cast<llvm::Intrinsic::ID>(id), types);
}

}  // namespace mgo::codegen
