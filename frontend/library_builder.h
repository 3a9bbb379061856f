// library_builder.h — LibraryBuilder: declares the objects of a built-in library package (funcs,
// vars, constants, named types with methods) in that package's scope. Used by library.cpp and
// library_concurrency.cpp only.
//
// Invariants: every object it creates has pkg() == the package and an invalid position; methods
// carry a receiver Var (T or *T) and are attached to their Named type, never to the scope.
#pragma once
#include <cstdint>
#include <string>
#include <vector>

#include "frontend/diagnostics.h"
#include "frontend/info.h"

namespace mgo::types {

struct Param {
  const char* name;
  const Type* type;
};

class LibraryBuilder {
 public:
  LibraryBuilder(Context& ctx, Package* pkg) : ctx_(ctx), pkg_(pkg) {}

  const Type* t(Kind k) { return ctx_.basic(k); }

  Func* func(const std::string& name, std::vector<Param> params, std::vector<Param> results,
            bool variadic = false) {
    Func* f = makeFunc(name, std::move(params), std::move(results), variadic);
    insert(f);
    return f;
  }

  // A method of a library type: `recv` is T or *T for a Named T of this package.
  Func* method(Named* named, bool pointerRecv, const std::string& name, std::vector<Param> params,
               std::vector<Param> results, bool variadic = false) {
    Func* f = makeFunc(name, std::move(params), std::move(results), variadic);
    const Type* rt = pointerRecv ? static_cast<const Type*>(ctx_.pointerTo(named)) : named;
    f->recv = ctx_.newObject<Var>("", rt, ast::Pos{}, pkg_, VarRole::Receiver);
    named->addMethod(f);
    return f;
  }

  // `type name underlying` declared in the package.
  Named* namedType(const std::string& name, const Type* underlying) {
    auto* obj = ctx_.newObject<TypeName>(name, nullptr, ast::Pos{}, pkg_);
    Named* named = ctx_.newNamed(obj);
    obj->setType(named);
    named->setUnderlying(underlying);
    insert(obj);
    return named;
  }

  // A struct type whose fields carry objects (as declared fields do).
  const Struct* structType(std::vector<Param> fields) {
    std::vector<StructField> fs;
    for (const Param& p : fields) {
      StructField f;
      f.name = p.name;
      f.type = p.type;
      f.var = ctx_.newObject<Var>(p.name, p.type, ast::Pos{}, pkg_, VarRole::Field);
      fs.push_back(f);
    }
    return ctx_.structOf(fs);
  }

 private:
  Func* makeFunc(const std::string& name, std::vector<Param> params, std::vector<Param> results, bool variadic) {
    std::vector<const Type*> ptypes, rtypes;
    std::vector<std::string> pnames, rnames;
    for (const Param& p : params) ptypes.push_back(p.type), pnames.push_back(p.name);
    for (const Param& r : results) rtypes.push_back(r.type), rnames.push_back(r.name);
    const Signature* sig = ctx_.signature(ctx_.namedTuple(ptypes, pnames), ctx_.namedTuple(rtypes, rnames), variadic);
    auto* f = ctx_.newObject<Func>(name, sig, ast::Pos{}, pkg_);
    for (const Param& p : params) f->params.push_back(ctx_.newObject<Var>(p.name, p.type, ast::Pos{}, pkg_, VarRole::Param));
    for (const Param& r : results) f->results.push_back(ctx_.newObject<Var>(r.name, r.type, ast::Pos{}, pkg_, VarRole::Result));
    return f;
  }

 public:

  void var(const std::string& name, const Type* type) {
    insert(ctx_.newObject<Var>(name, type, ast::Pos{}, pkg_, VarRole::Global));
  }

  void constant(const std::string& name, const Type* type, ConstValue value) {
    insert(ctx_.newObject<Const>(name, type, ast::Pos{}, pkg_, std::move(value)));
  }

  // An untyped float constant from its Go source literal.
  void floatConst(const std::string& name, const std::string& literal) {
    std::string error;
    ConstValue v = ConstValue::fromLiteral(ast::LitKind::Float, literal, error);
    MGO_ASSERT(error.empty(), "bad library literal " + literal);
    constant(name, t(Kind::UntypedFloat), v);
  }

  void intConst(const std::string& name, const std::string& literal) {
    std::string error;
    ConstValue v = ConstValue::fromLiteral(ast::LitKind::Int, literal, error);
    MGO_ASSERT(error.empty(), "bad library literal " + literal);
    constant(name, t(Kind::UntypedInt), v);
  }

  void intConst(const std::string& name, int64_t v) { constant(name, t(Kind::UntypedInt), ConstValue::makeInt(v)); }

 private:
  void insert(Object* obj) {
    pkg_->scope()->insert(obj);
    obj->setParent(pkg_->scope());
  }
  Context& ctx_;
  Package* pkg_;
};


// The builders of the individual packages (library_concurrency.cpp).
void buildSync(Context& ctx, LibraryBuilder& b);
void buildAtomic(Context& ctx, LibraryBuilder& b);
void buildTime(Context& ctx, LibraryBuilder& b);
void buildRuntime(Context& ctx, LibraryBuilder& b);

}  // namespace mgo::types
