// describe.cpp — gc's spelling of expressions, types and positions in -m output (see describe.h;
// model: cmd/compile/internal/ir/fmt.go exprFmt and OpPrec, cmd/compile/internal/types/fmt.go).
#include "analysis/escape/describe.h"

#include "frontend/ast_walk.h"
#include "frontend/objects.h"

namespace mgo::escape {

namespace {

const ast::Expr* unparen(const ast::Expr* e) {
  while (auto* p = ast::as<ast::ParenExpr>(e)) e = p->x;
  return e;
}

int binaryPrec(ast::Op op) {
  switch (op) {
    case ast::Op::Mul: case ast::Op::Quo: case ast::Op::Rem: case ast::Op::Shl: case ast::Op::Shr:
    case ast::Op::And: case ast::Op::AndNot: return 6;
    case ast::Op::Add: case ast::Op::Sub: case ast::Op::Or: case ast::Op::Xor: return 5;
    case ast::Op::Eql: case ast::Op::Neq: case ast::Op::Lss: case ast::Op::Leq: case ast::Op::Gtr:
    case ast::Op::Geq: return 4;
    case ast::Op::LAnd: return 2;
    case ast::Op::LOr: return 1;
    default: return 8;
  }
}

bool isStringConcat(const ast::BinaryExpr* b, const types::Info& info) {
  if (b->op != ast::Op::Add) return false;
  const types::TypeAndValue* tv = info.typeOf(b);
  return tv && tv->mode != types::Mode::Constant && tv->type && types::isString(tv->type);
}

void flattenConcat(const ast::Expr* e, const types::Info& info, std::vector<const ast::Expr*>& out) {
  const ast::Expr* u = unparen(e);
  if (auto* b = ast::as<ast::BinaryExpr>(u); b && isStringConcat(b, info)) {
    flattenConcat(b->x, info, out);
    flattenConcat(b->y, info, out);
    return;
  }
  out.push_back(e);
}

bool isConstant(const ast::Expr* e, const types::Info& info) {
  const types::TypeAndValue* tv = info.typeOf(e);
  return tv && tv->mode == types::Mode::Constant;
}

}  // namespace

ast::Pos gcPos(const ast::Node* n) {
  if (!n) return {};
  switch (n->kind) {
    case ast::NodeKind::CallExpr: {
      auto* c = static_cast<const ast::CallExpr*>(n);
      return c->lparen.valid() ? c->lparen : c->pos;
    }
    case ast::NodeKind::CompositeLit: {
      auto* c = static_cast<const ast::CompositeLit*>(n);
      return c->lbrace.valid() ? c->lbrace : c->pos;
    }
    case ast::NodeKind::SelectorExpr: {
      auto* s = static_cast<const ast::SelectorExpr*>(n);
      ast::Pos p = s->sel ? s->sel->pos : s->pos;
      if (p.valid() && p.col > 1) p.col -= 1;  // the '.' just before the selector
      return p;
    }
    case ast::NodeKind::IndexExpr: {
      auto* i = static_cast<const ast::IndexExpr*>(n);
      return i->lbrack.valid() ? i->lbrack : i->pos;
    }
    case ast::NodeKind::SliceExpr: {
      auto* s = static_cast<const ast::SliceExpr*>(n);
      return s->lbrack.valid() ? s->lbrack : s->pos;
    }
    case ast::NodeKind::TypeAssertExpr: {
      auto* t = static_cast<const ast::TypeAssertExpr*>(n);
      ast::Pos p = t->lparen.valid() ? t->lparen : t->pos;
      if (t->lparen.valid() && p.col > 1) p.col -= 1;
      return p;
    }
    case ast::NodeKind::BinaryExpr: {
      auto* b = static_cast<const ast::BinaryExpr*>(n);
      return b->opPos.valid() ? b->opPos : b->pos;
    }
    case ast::NodeKind::KeyValueExpr: {
      auto* k = static_cast<const ast::KeyValueExpr*>(n);
      return k->colon.valid() ? k->colon : k->pos;
    }
    case ast::NodeKind::AssignStmt: {
      auto* a = static_cast<const ast::AssignStmt*>(n);
      return a->tokPos.valid() ? a->tokPos : a->pos;
    }
    case ast::NodeKind::IncDecStmt: {
      auto* s = static_cast<const ast::IncDecStmt*>(n);
      return s->tokPos.valid() ? s->tokPos : s->pos;
    }
    case ast::NodeKind::SendStmt: {
      auto* s = static_cast<const ast::SendStmt*>(n);
      return s->arrow.valid() ? s->arrow : s->pos;
    }
    case ast::NodeKind::ParenExpr:
      return gcPos(static_cast<const ast::ParenExpr*>(n)->x);
    default:
      return n->pos;
  }
}

ast::Pos lastVisitedPos(const ast::Expr* e, const types::Info& info) {
  // gc's noder sets base.Pos for every non-constant expression it converts, in pre-order; the
  // last one visited is the last non-constant leaf-most expression.
  ast::Pos last = gcPos(e);
  std::vector<const ast::Node*> stack{e};
  while (!stack.empty()) {
    const ast::Node* n = stack.back();
    stack.pop_back();
    if (auto* ex = dynamic_cast<const ast::Expr*>(n)) {
      if (isConstant(ex, info)) continue;
      if (ast::is<ast::FuncLit>(n)) { last = n->pos; continue; }
      if (!ast::is<ast::ParenExpr>(n)) last = gcPos(n);
    }
    std::vector<const ast::Node*> kids;
    ast::children(n, kids);
    for (auto it = kids.rbegin(); it != kids.rend(); ++it) stack.push_back(*it);
  }
  return last;
}

int exprPrecedence(const ast::Expr* e, const types::Info& info) {
  e = unparen(e);
  if (auto* u = ast::as<ast::UnaryExpr>(e)) {
    if (u->op == ast::Op::And && ast::is<ast::CompositeLit>(unparen(u->x))) return 8;
    return 7;
  }
  if (ast::is<ast::StarExpr>(e)) return 7;
  if (auto* b = ast::as<ast::BinaryExpr>(e)) return binaryPrec(b->op);
  return 8;
}

std::string Describer::type(const types::Type* t) const {
  if (!t) return "<T>";
  switch (t->kind()) {
    case types::Kind::Named: {
      auto* n = static_cast<const types::Named*>(t);
      const types::TypeName* obj = n->obj();
      if (obj && obj->pkg() && obj->pkg()->isLibrary) return obj->pkg()->name() + "." + obj->name();
      return obj ? obj->name() : "<named>";
    }
    case types::Kind::Pointer: return "*" + type(static_cast<const types::Pointer*>(t)->elem());
    case types::Kind::Slice: return "[]" + type(static_cast<const types::Slice*>(t)->elem());
    case types::Kind::Array: {
      auto* a = static_cast<const types::Array*>(t);
      return "[" + std::to_string(a->len()) + "]" + type(a->elem());
    }
    case types::Kind::Map: {
      auto* m = static_cast<const types::Map*>(t);
      return "map[" + type(m->key()) + "]" + type(m->elem());
    }
    case types::Kind::Chan: {
      auto* c = static_cast<const types::Chan*>(t);
      if (c->dir() == ast::ChanDir::Recv) return "<-chan " + type(c->elem());
      if (c->dir() == ast::ChanDir::Send) return "chan<- " + type(c->elem());
      return "chan " + type(c->elem());
    }
    case types::Kind::Signature: {
      auto* s = static_cast<const types::Signature*>(t);
      std::string out = "func(";
      const auto& ps = s->params()->types();
      for (size_t i = 0; i < ps.size(); ++i) {
        if (i) out += ", ";
        if (s->variadic() && i + 1 == ps.size() && ps[i]->kind() == types::Kind::Slice)
          out += "..." + type(static_cast<const types::Slice*>(ps[i])->elem());
        else
          out += type(ps[i]);
      }
      out += ")";
      const auto& rs = s->results()->types();
      if (rs.size() == 1) out += " " + type(rs[0]);
      else if (rs.size() > 1) {
        out += " (";
        for (size_t i = 0; i < rs.size(); ++i) out += (i ? ", " : "") + type(rs[i]);
        out += ")";
      }
      return out;
    }
    case types::Kind::Struct: {
      auto& fs = static_cast<const types::Struct*>(t)->fields();
      if (fs.empty()) return "struct {}";
      std::string out = "struct { ";
      for (size_t i = 0; i < fs.size(); ++i) {
        if (i) out += "; ";
        out += fs[i].embedded ? type(fs[i].type) : fs[i].name + " " + type(fs[i].type);
      }
      return out + " }";
    }
    case types::Kind::Interface: {
      auto* in = static_cast<const types::Interface*>(t);
      if (in->empty()) return "interface {}";
      std::string out = "interface { ";
      for (size_t i = 0; i < in->methods().size(); ++i) {
        if (i) out += "; ";
        std::string sig = type(in->methods()[i].sig);
        out += in->methods()[i].name + sig.substr(4);
      }
      return out + " }";
    }
    case types::Kind::Tuple: return "<tuple>";
    default: return static_cast<const types::Basic*>(t)->name();
  }
}

std::string Describer::typeExpr(const ast::Expr* e) const {
  e = unparen(e);
  if (!e) return "<T>";
  if (auto* id = ast::as<ast::Ident>(e)) return id->name;
  if (auto* sel = ast::as<ast::SelectorExpr>(e)) return typeExpr(sel->x) + "." + (sel->sel ? sel->sel->name : "");
  if (auto* star = ast::as<ast::StarExpr>(e)) return "*" + typeExpr(star->x);
  if (auto* arr = ast::as<ast::ArrayTypeExpr>(e)) {
    if (!arr->len) return "[]" + typeExpr(arr->elem);
    const types::TypeAndValue* tv = info_.typeOf(arr);
    if (tv && tv->type && tv->type->kind() == types::Kind::Array)
      return "[" + std::to_string(static_cast<const types::Array*>(tv->type)->len()) + "]" + typeExpr(arr->elem);
    return "[" + constantText(arr->len) + "]" + typeExpr(arr->elem);
  }
  if (auto* m = ast::as<ast::MapTypeExpr>(e)) return "map[" + typeExpr(m->key) + "]" + typeExpr(m->value);
  if (auto* c = ast::as<ast::ChanTypeExpr>(e)) {
    if (c->dir == ast::ChanDir::Recv) return "<-chan " + typeExpr(c->value);
    if (c->dir == ast::ChanDir::Send) return "chan<- " + typeExpr(c->value);
    return "chan " + typeExpr(c->value);
  }
  if (auto* in = ast::as<ast::InterfaceTypeExpr>(e); in && in->methods.empty()) return "interface {}";
  const types::TypeAndValue* tv = info_.typeOf(e);
  return tv ? type(tv->type) : "<T>";
}

bool Describer::typeHasName(const ast::Expr* typeExpr) const {
  typeExpr = unparen(typeExpr);
  return ast::is<ast::Ident>(typeExpr) || ast::is<ast::SelectorExpr>(typeExpr);
}

std::string Describer::compositeType(const ast::CompositeLit* lit) const {
  if (lit->type) return typeExpr(lit->type);
  const types::TypeAndValue* tv = info_.typeOf(lit);
  return tv ? type(tv->type) : "composite literal";
}

std::string Describer::constantText(const ast::Expr* e) const {
  // syntax.String: the source expression, parentheses kept, operators spaced.
  if (!e) return "";
  switch (e->kind) {
    case ast::NodeKind::Ident: return static_cast<const ast::Ident*>(e)->name;
    case ast::NodeKind::BasicLit: return static_cast<const ast::BasicLit*>(e)->value;
    case ast::NodeKind::ParenExpr: return "(" + constantText(static_cast<const ast::ParenExpr*>(e)->x) + ")";
    case ast::NodeKind::SelectorExpr: {
      auto* s = static_cast<const ast::SelectorExpr*>(e);
      return constantText(s->x) + "." + (s->sel ? s->sel->name : "");
    }
    case ast::NodeKind::UnaryExpr: {
      auto* u = static_cast<const ast::UnaryExpr*>(e);
      return std::string(ast::opSpelling(u->op)) + constantText(u->x);
    }
    case ast::NodeKind::BinaryExpr: {
      auto* b = static_cast<const ast::BinaryExpr*>(e);
      return constantText(b->x) + " " + ast::opSpelling(b->op) + " " + constantText(b->y);
    }
    case ast::NodeKind::CallExpr: {
      auto* c = static_cast<const ast::CallExpr*>(e);
      std::string out = typeHasName(c->fun) || !info_.typeOf(c->fun) || info_.typeOf(c->fun)->mode != types::Mode::TypeExpr
                            ? constantText(c->fun)
                            : typeExpr(c->fun);
      out += "(";
      for (size_t i = 0; i < c->args.size(); ++i) out += (i ? ", " : "") + constantText(c->args[i]);
      return out + ")";
    }
    case ast::NodeKind::IndexExpr: {
      auto* i = static_cast<const ast::IndexExpr*>(e);
      return constantText(i->x) + "[" + constantText(i->index) + "]";
    }
    default: return typeExpr(e);
  }
}

std::string Describer::args(const std::vector<ast::Expr*>& list) const {
  std::string out;
  for (size_t i = 0; i < list.size(); ++i) out += (i ? ", " : "") + expr(list[i]);
  return out;
}

std::string Describer::callWithPackedArgs(const ast::CallExpr* call, size_t fixedArgs) const {
  std::string out = exprPrec(call->fun, 8) + "(";
  for (size_t i = 0; i < fixedArgs && i < call->args.size(); ++i) out += expr(call->args[i]) + ", ";
  return out + (call->args.size() > fixedArgs ? "... argument...)" : "nil...)");
}

std::string Describer::exprPrec(const ast::Expr* e, int prec) const {
  if (!e) return "<nil>";
  if (auto* p = ast::as<ast::ParenExpr>(e)) {
    if (isConstant(e, info_)) {
      std::string s = constantText(e);
      return prec > 8 ? "(" + s + ")" : s;
    }
    return exprPrec(p->x, prec);
  }
  int nprec = exprPrecedence(e, info_);
  if (isConstant(e, info_)) nprec = ast::is<ast::BinaryExpr>(e) ? binaryPrec(static_cast<const ast::BinaryExpr*>(e)->op)
                                    : ast::is<ast::UnaryExpr>(e) ? 7 : 8;
  if (prec > nprec) return "(" + exprPrec(e, 0) + ")";
  if (isConstant(e, info_)) return constantText(e);

  switch (e->kind) {
    case ast::NodeKind::Ident: return static_cast<const ast::Ident*>(e)->name;
    case ast::NodeKind::BasicLit: return static_cast<const ast::BasicLit*>(e)->value;
    case ast::NodeKind::FuncLit: return "func literal";
    case ast::NodeKind::CompositeLit: {
      auto* c = static_cast<const ast::CompositeLit*>(e);
      return compositeType(c) + (c->elts.empty() ? "{}" : "{...}");
    }
    case ast::NodeKind::SelectorExpr: {
      auto* s = static_cast<const ast::SelectorExpr*>(e);
      return exprPrec(s->x, 8) + "." + (s->sel ? s->sel->name : "<nil>");
    }
    case ast::NodeKind::IndexExpr: {
      auto* i = static_cast<const ast::IndexExpr*>(e);
      return exprPrec(i->x, 8) + "[" + expr(i->index) + "]";
    }
    case ast::NodeKind::SliceExpr: {
      auto* s = static_cast<const ast::SliceExpr*>(e);
      std::string out = exprPrec(s->x, 8) + "[";
      if (s->low) out += expr(s->low);
      out += ":";
      if (s->high) out += expr(s->high);
      if (s->slice3) {
        out += ":";
        if (s->max) out += expr(s->max);
      }
      return out + "]";
    }
    case ast::NodeKind::TypeAssertExpr: {
      auto* t = static_cast<const ast::TypeAssertExpr*>(e);
      return exprPrec(t->x, 8) + ".(" + (t->type ? typeExpr(t->type) : "type") + ")";
    }
    case ast::NodeKind::CallExpr: {
      auto* c = static_cast<const ast::CallExpr*>(e);
      const types::TypeAndValue* ftv = info_.typeOf(c->fun);
      if (ftv && ftv->mode == types::Mode::TypeExpr) {  // conversion
        std::string t = typeExpr(c->fun);
        return (typeHasName(c->fun) ? t : "(" + t + ")") + "(" + (c->args.empty() ? "" : expr(c->args[0])) + ")";
      }
      const ast::Expr* fun = unparen(c->fun);
      if (auto* id = ast::as<ast::Ident>(fun)) {
        types::Object* obj = info_.objectOf(id);
        if (obj && obj->kind() == types::ObjKind::Builtin) {
          std::string out = id->name + "(";
          for (size_t i = 0; i < c->args.size(); ++i) {
            if (i) out += ", ";
            const types::TypeAndValue* atv = info_.typeOf(c->args[i]);
            out += (atv && atv->mode == types::Mode::TypeExpr) ? typeExpr(c->args[i]) : expr(c->args[i]);
          }
          return out + (c->hasEllipsis ? "...)" : ")");
        }
      }
      return exprPrec(c->fun, 8) + "(" + args(c->args) + (c->hasEllipsis ? "...)" : ")");
    }
    case ast::NodeKind::StarExpr: return "*" + exprPrec(static_cast<const ast::StarExpr*>(e)->x, 8);
    case ast::NodeKind::UnaryExpr: {
      auto* u = static_cast<const ast::UnaryExpr*>(e);
      const ast::Expr* x = unparen(u->x);
      if (u->op == ast::Op::And && ast::is<ast::CompositeLit>(x)) return "&" + expr(x);
      std::string out = ast::opSpelling(u->op);
      if (auto* ux = ast::as<ast::UnaryExpr>(x); ux && ux->op == u->op) out += " ";
      return out + exprPrec(u->x, 8);
    }
    case ast::NodeKind::BinaryExpr: {
      auto* b = static_cast<const ast::BinaryExpr*>(e);
      if (isStringConcat(b, info_)) {
        std::vector<const ast::Expr*> parts;
        flattenConcat(b, info_, parts);
        std::string out;
        for (size_t i = 0; i < parts.size(); ++i) out += (i ? " + " : "") + exprPrec(parts[i], nprec);
        return out;
      }
      return exprPrec(b->x, nprec) + " " + ast::opSpelling(b->op) + " " + exprPrec(b->y, nprec + 1);
    }
    case ast::NodeKind::KeyValueExpr: {
      auto* kv = static_cast<const ast::KeyValueExpr*>(e);
      return expr(kv->key) + ":" + expr(kv->value);
    }
    default: return typeExpr(e);
  }
}

std::string Describer::stmt(const ast::Stmt* s) const {
  if (auto* a = ast::as<ast::AssignStmt>(s)) {
    std::string out;
    for (size_t i = 0; i < a->lhs.size(); ++i) out += (i ? ", " : "") + expr(a->lhs[i]);
    out += a->tok == ast::AssignTok::Define ? " := " : a->tok == ast::AssignTok::OpAssign
                                                             ? std::string(" ") + ast::opSpelling(a->op) + "= "
                                                             : " = ";
    for (size_t i = 0; i < a->rhs.size(); ++i) out += (i ? ", " : "") + expr(a->rhs[i]);
    return out;
  }
  if (auto* r = ast::as<ast::ReturnStmt>(s)) {
    std::string out = "return";
    for (size_t i = 0; i < r->results.size(); ++i) out += (i ? ", " : " ") + expr(r->results[i]);
    return out;
  }
  if (auto* send = ast::as<ast::SendStmt>(s)) return expr(send->chan) + " <- " + expr(send->value);
  if (auto* g = ast::as<ast::GoStmt>(s)) return "go " + (g->expr ? expr(g->expr) : std::string());
  if (auto* d = ast::as<ast::DeferStmt>(s)) return "defer " + (d->expr ? expr(d->expr) : std::string());
  if (auto* es = ast::as<ast::ExprStmt>(s)) return expr(es->x);
  if (ast::is<ast::RangeStmt>(s)) return "range";
  return "stmt";
}

}  // namespace mgo::escape
