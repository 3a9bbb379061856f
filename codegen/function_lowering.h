// function_lowering.h — per-function lowering state (builder, locals, results, defer state,
// branch targets) and the lowering of statements and expressions, split over lower_*.cpp.
//
// Invariants:
//   * RValue: for aggregate types (struct/array, ModuleContext::isAggregate) `v` is an ADDRESS of
//     the value — possibly the storage of a variable, so a consumer that must keep a snapshot
//     (a call argument, a store to another location before reading again, an interface box)
//     copies it. For every other type `v` is the SSA value (valueType: bool is i1).
//   * Every alloca is created in the entry block (allocaPoint), so stack frames are static.
//   * The builder always has an insertion block; after a terminator (return, branch, panic) the
//     lowering continues in a fresh block without predecessors (dead code stays valid IR).
//   * Results live in result slots (the caller's out-pointer for aggregates, otherwise an alloca
//     or, when escape analysis says so, a heap cell); every return stores into the slots, then
//     branches to the single return block, which runs deferred calls (mgo_defer_frame_return) and
//     only then reads the slots, so deferred closures can modify named results. A recovered panic
//     resumes a function with defers at the start of its body and branches to the return block.
//   * `preEvaluated` maps AST nodes to values computed elsewhere (a defer/go thunk receives the
//     function value and arguments evaluated at the defer/go statement); lowerExpr consults it first.
#pragma once
#include <functional>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include <llvm/IR/IRBuilder.h>

#include "codegen/module_context.h"

namespace mgo::codegen {

struct RValue {
  llvm::Value* v = nullptr;
  const types::Type* type = nullptr;
  bool valid() const { return v != nullptr; }
};

struct LValue {
  enum class Kind : uint8_t { Address, MapEntry, Blank };
  Kind kind = Kind::Blank;
  const types::Type* type = nullptr;
  llvm::Value* addr = nullptr;          // Address
  llvm::Value* map = nullptr;           // MapEntry: the map pointer
  const types::Type* mapType = nullptr; // MapEntry
  llvm::Value* keyAddr = nullptr;       // MapEntry: the key, in memory
};

// What a function body needs to be lowered: a FuncDecl, a FuncLit or a generated wrapper.
struct FuncSpec {
  const types::Signature* sig = nullptr;
  const types::Var* recv = nullptr;
  const types::Type* recvType = nullptr;
  std::vector<const types::Var*> params;   // per Go parameter; nullptr when anonymous
  std::vector<const types::Var*> results;  // per Go result; nullptr when unnamed
  const ast::BlockStmt* body = nullptr;
  const std::vector<types::Var*>* captures = nullptr;  // function literals: env layout
  ast::Pos pos;
  std::string name;  // for debug info
};

class FunctionLowering {
 public:
  FunctionLowering(ModuleContext& module, llvm::Function* fn);

  // lower_func.cpp
  void lowerBody(const FuncSpec& spec);
  // Sets up an empty function (entry block, alloca point) for generated code (wrappers, thunks).
  void beginSynthetic();

  ModuleContext& m;
  llvm::Function* fn;
  llvm::IRBuilder<> b;
  std::unordered_map<const ast::Node*, std::vector<RValue>> preEvaluated;

  // ---- lower_func.cpp: storage, loads/stores, checks ----
  llvm::AllocaInst* createAlloca(llvm::Type* ty, const llvm::Twine& name = "");
  llvm::Value* tempFor(const types::Type* t, const llvm::Twine& name = "tmp");  // entry alloca
  llvm::Value* declareVar(const types::Var* var, bool zero = true);  // fresh storage (stack or heap)
  llvm::Value* varAddress(const types::Var* var);
  llvm::Value* heapAlloc(const types::Type* t);
  RValue load(llvm::Value* addr, const types::Type* t);
  void store(const RValue& value, llvm::Value* addr);  // value has the location's type
  void storeZero(llvm::Value* addr, const types::Type* t);
  RValue copyToTemp(const RValue& value);  // aggregates: fresh copy; scalars: unchanged
  void memCopy(llvm::Value* dst, llvm::Value* src, const types::Type* t);
  RValue zeroValue(const types::Type* t);
  // Branches to a cold block calling the noreturn runtime function `panicFn` when `cond` holds.
  void panicIf(llvm::Value* cond, std::string_view panicFn, llvm::ArrayRef<llvm::Value*> args = {});
  void nilCheck(llvm::Value* pointer);
  void startDeadBlock();  // after a terminator
  bool terminated() const;
  llvm::BasicBlock* newBlock(const llvm::Twine& name);
  void branchTo(llvm::BasicBlock* target);
  void backEdge(llvm::BasicBlock* target);  // loop latch: preemption poll when enabled
  void setLocation(ast::Pos pos);
  void emitReturn(const std::vector<RValue>& values);  // values already of the result types

  // ---- lower_stmt.cpp ----
  void lowerBlock(const ast::BlockStmt* block);
  void lowerStmts(const std::vector<ast::Stmt*>& stmts);
  void lowerStmt(const ast::Stmt* stmt);
  void lowerAssign(const ast::AssignStmt* s);
  void lowerDeclStmt(const ast::DeclStmt* s);
  void lowerIncDec(const ast::IncDecStmt* s);
  void lowerReturn(const ast::ReturnStmt* s);
  void lowerIf(const ast::IfStmt* s);
  void lowerBranch(const ast::BranchStmt* s);
  void assignTo(const LValue& lv, const RValue& value);  // with implicit conversion
  void defineOrAssign(const ast::Expr* lhs, const RValue& value, bool define);

  // ---- lower_loops.cpp ----
  void lowerFor(const ast::ForStmt* s, const std::string& label);
  void lowerRange(const ast::RangeStmt* s, const std::string& label);

  // ---- lower_switch.cpp ----
  void lowerSwitch(const ast::SwitchStmt* s, const std::string& label);
  void lowerTypeSwitch(const ast::TypeSwitchStmt* s, const std::string& label);
  void lowerSelect(const ast::SelectStmt* s, const std::string& label);

  // ---- lower_expr.cpp ----
  const types::TypeAndValue& tv(const ast::Expr* e) const;
  const types::Type* typeOf(const ast::Expr* e) const { return tv(e).type; }
  RValue lowerExpr(const ast::Expr* e);
  std::vector<RValue> lowerMulti(const ast::Expr* e, size_t count);  // tuple-valued / comma-ok
  RValue lowerConstant(const types::ConstValue& value, const types::Type* t);
  llvm::Value* lowerAddress(const ast::Expr* e);  // addressable operand
  LValue lowerLValue(const ast::Expr* e);
  RValue lowerSelector(const ast::SelectorExpr* e);
  RValue lowerIndex(const ast::IndexExpr* e);
  RValue lowerSliceExpr(const ast::SliceExpr* e);
  llvm::Value* fieldAddress(llvm::Value* base, const types::Type* baseType, const std::vector<int>& path,
                            const types::Type** fieldType);
  llvm::Value* indexAddress(const ast::IndexExpr* e);  // array/slice/pointer-to-array element
  RValue lowerMapIndex(const ast::IndexExpr* e, bool commaOk, llvm::Value** okOut);
  llvm::Value* materializeKey(const ast::Expr* keyExpr, const types::Type* keyType);
  const ast::Expr* unparen(const ast::Expr* e) const;

  // ---- lower_ops.cpp ----
  RValue lowerUnary(const ast::UnaryExpr* e);
  RValue lowerBinary(const ast::BinaryExpr* e);
  RValue arith(ast::Op op, const RValue& x, const RValue& y, const types::Type* t, ast::Pos pos);
  llvm::Value* compare(ast::Op op, const RValue& x, const RValue& y);
  llvm::Value* equalValues(const RValue& x, const RValue& y);  // same type
  RValue concatStrings(const std::vector<RValue>& parts);
  llvm::Value* shift(ast::Op op, llvm::Value* x, llvm::Value* count, const types::Type* xt,
                     const types::Type* countType);

  // ---- lower_call.cpp ----
  std::vector<RValue> lowerCall(const ast::CallExpr* call);
  std::vector<RValue> lowerCallArgs(const ast::CallExpr* call, const types::Signature* sig);
  std::vector<RValue> emitGoCall(llvm::Value* callee, const FuncABI& abi, llvm::Value* ctx,
                                 const RValue* recv, const std::vector<RValue>& args,
                                 const types::Signature* sig);
  // The receiver a method selection x.m passes: the method's receiver (T or *T) reached through the
  // embedded fields of the selection, or, for an interface method (method->recv == nullptr), the
  // interface value. Evaluated (and aggregates copied) now.
  RValue methodReceiver(const ast::SelectorExpr* sel, const types::Selection& s, const types::Func* method);
  // The same from an operand already evaluated: `x` is the pointer when xt is a pointer, otherwise
  // the address of the value. method == nullptr: a method of an embedded interface.
  RValue receiverAt(llvm::Value* x, const types::Type* xt, const std::vector<int>& path, const types::Func* method);
  std::vector<RValue> callFuncValue(llvm::Value* closure, const types::Signature* sig,
                                    const std::vector<RValue>& args);
  std::vector<RValue> callInterfaceMethod(const RValue& iface, const std::string& name,
                                          const types::Signature* sig, const std::vector<RValue>& args);

  // ---- lower_builtin.cpp ----
  std::vector<RValue> lowerBuiltinCall(const ast::CallExpr* call, types::BuiltinId id);
  RValue appendValues(const RValue& slice, const std::vector<RValue>& values);
  RValue appendSlice(const RValue& slice, const RValue& other);
  RValue lenOf(const RValue& v);
  llvm::Value* growSlice(llvm::Value* slice, const types::Type* sliceType, llvm::Value* newLen);

  // ---- lower_composite.cpp ----
  // `type`: the literal's type when it differs from typeOf(lit) (the T of an elided &T{...}).
  RValue lowerCompositeLit(const ast::CompositeLit* lit, llvm::Value* into = nullptr,
                           const types::Type* type = nullptr);
  void fillComposite(const ast::CompositeLit* lit, const types::Type* t, llvm::Value* addr);

  // ---- lower_convert.cpp ----
  RValue convertTo(const RValue& value, const types::Type* target);  // implicit (assignability)
  RValue lowerConversion(const ast::CallExpr* call, const types::Type* target);
  RValue convertExplicit(const RValue& value, const types::Type* target);
  RValue box(const RValue& value, const types::Type* ifaceType, bool onStack);
  RValue lowerTypeAssert(const ast::TypeAssertExpr* e, bool commaOk, llvm::Value** okOut);
  llvm::Value* typeMatches(llvm::Value* dynType, const types::Type* target);
  RValue unboxAs(llvm::Value* data, const types::Type* t);  // load a boxed value

  // ---- lower_library.cpp ----
  bool isLibraryCall(const ast::CallExpr* call, const types::Func** fn) const;
  // call == nullptr: the body of a library function's func-value wrapper (evaluatedArgs are the
  // wrapper's parameters; a variadic parameter arrives as its slice; a method's receiver, as the
  // method expects it (T or *T), is evaluatedRecv).
  std::vector<RValue> lowerLibraryCall(const ast::CallExpr* call, const types::Func* fn,
                                       const std::vector<RValue>* evaluatedArgs = nullptr,
                                       const RValue* evaluatedRecv = nullptr);
  RValue lowerLibraryValue(const types::Object* obj);  // os.Args
  llvm::Value* efaceArray(const std::vector<RValue>& values, llvm::Value** count);
  std::vector<llvm::Value*> flatten(const RValue& v);  // string -> ptr,len; slice -> ptr,len,cap
  RValue stringFromRuntime(llvm::Value* s, const types::Type* t);

  // ---- lower_closure.cpp ----
  RValue lowerFuncLit(const ast::FuncLit* lit);
  RValue lowerMethodValue(const ast::SelectorExpr* sel, const types::Selection& s);

  // ---- lower_defer.cpp ----
  void lowerDefer(const ast::DeferStmt* s);
  void lowerGo(const ast::GoStmt* s);
  llvm::Value* buildCallThunk(const ast::CallExpr* call, const std::string& kind, bool envOnStack = false,
                              llvm::Function** thunkOut = nullptr);
  // Prologue / return-block part of a function with defer statements (abi.h "Defer": defer frame,
  // resume point of a recovered panic). beginDeferFrame needs the result slots and returnBlock_.
  // With openCoded, the defer statements are open-coded (abi.h "Open-coded defers").
  void beginDeferFrame(bool openCoded, unsigned deferCount);
  void endDeferFrame();
  llvm::GlobalVariable* deferStateTLS();  // runtime/abi.h mgo_tls_defer_state

  // ---- lower_recover.cpp ----
  RValue lowerRecover();  // the builtin recover()

  // ---- lower_chan.cpp ----
  RValue lowerRecv(const ast::Expr* chanExpr, const types::Type* elemType, bool commaOk, llvm::Value** okOut);
  void lowerSend(const ast::SendStmt* s);

  // Branch targets of enclosing statements (innermost last).
  struct Target {
    const ast::Stmt* stmt = nullptr;
    std::string label;
    llvm::BasicBlock* breakBlock = nullptr;
    llvm::BasicBlock* continueBlock = nullptr;  // nullptr for switch/select
  };
  std::vector<Target> targets;
  llvm::BasicBlock* fallthroughBlock = nullptr;  // body of the next case clause
  std::string pendingLabel;                      // label of the statement being lowered

 private:
  void bindParams(const FuncSpec& spec);
  void finishReturnBlock();

  llvm::Instruction* allocaPoint_ = nullptr;
  const FuncSpec* spec_ = nullptr;
  const FuncABI* abi_ = nullptr;
  std::unordered_map<const types::Var*, llvm::Value*> vars_;
  std::unordered_map<const types::Var*, unsigned> captureIndex_;
  std::vector<llvm::Value*> resultSlots_;
  llvm::BasicBlock* returnBlock_ = nullptr;
  llvm::Value* deferFrame_ = nullptr;  // the mgo_defer_frame alloca, if the body has defers
  llvm::StructType* deferFrameTy_ = nullptr;
  bool openDefers_ = false;            // defer statements are open-coded (abi.h)
  struct OpenDefer {
    llvm::Function* thunk;
    llvm::Value* env;
  };
  std::vector<OpenDefer> openDeferSites_;  // in source order: bit i of open_bits
  llvm::Value* ctx_ = nullptr;
  llvm::DISubprogram* subprogram_ = nullptr;

 public:
  llvm::Value* ctx() const { return ctx_; }
};

// lower_func.cpp: the defer statements of a function body (not counting nested function literals).
struct DeferShape {
  unsigned count = 0;     // defer statements
  bool inLoop = false;    // one of them is inside a for / range statement
  // Go's rule for open-coded defers (at most 8 there; our bitmask holds 64). A backward goto could
  // also run a defer statement twice, but the checker rejects goto ("unsupported: goto").
  bool openCodable() const { return count > 0 && count <= 64 && !inLoop; }
};
DeferShape deferShape(const ast::Node* body);
// lower_recover.cpp: puts a method wrapper (method table, promoted, method value / expression
// thunk) in the section recover() looks through, like Go's wrapper frames.
void markMethodWrapper(llvm::Function* wrapper);

}  // namespace mgo::codegen
