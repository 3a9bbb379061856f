// ast_dump.cpp — see ast_dump.h. Dump format, one S-expression per node:
//   identifiers print as their name, literals as Kind(text) e.g. Int(42) String("a") Char('x');
//   every other node as (Head fields...) where Head is the node kind (Binary, Call, Assign, If...)
//   and fields follow ast.h order; lists of names/expressions are parenthesised; nil is an absent
//   child. With positions, `@line:col` follows the identifier/literal or the head.
#include "frontend/ast_dump.h"

namespace mgo {
namespace {

constexpr int kMaxPrintDepth = 2000;

const char* chanDir(ast::ChanDir d) {
  switch (d) {
    case ast::ChanDir::Send: return "send";
    case ast::ChanDir::Recv: return "recv";
    default: return "both";
  }
}

const char* litKind(ast::LitKind k) {
  switch (k) {
    case ast::LitKind::Int: return "Int";
    case ast::LitKind::Float: return "Float";
    case ast::LitKind::Imag: return "Imag";
    case ast::LitKind::Char: return "Char";
    default: return "String";
  }
}

class Dumper {
 public:
  explicit Dumper(DumpOptions o) : opts_(o) {}
  std::string out;

  void node(const ast::Node* n) {
    if (!n) {
      out += "nil";
      return;
    }
    if (++depth_ > kMaxPrintDepth) {
      out += "…";
      --depth_;
      return;
    }
    dispatch(n);
    --depth_;
  }

 private:
  void at(const ast::Node* n) { at(n->pos); }
  void at(ast::Pos p) {
    if (opts_.positions) out += "@" + std::to_string(p.line) + ":" + std::to_string(p.col);
  }
  void open(const char* head, const ast::Node* n) {
    out += "(";
    out += head;
    at(n);
  }
  void sp() { out += " "; }
  void close() { out += ")"; }
  template <class T>
  void list(const std::vector<T*>& items) {
    out += "(";
    for (size_t i = 0; i < items.size(); ++i) {
      if (i) sp();
      node(items[i]);
    }
    out += ")";
  }
  template <class T>
  void children(const std::vector<T*>& items) {
    for (auto* item : items) sp(), node(item);
  }

  void dispatch(const ast::Node* n) {
    using K = ast::NodeKind;
    switch (n->kind) {
      case K::BadExpr: open("BadExpr", n); close(); return;
      case K::Ident: out += static_cast<const ast::Ident*>(n)->name; at(n); return;
      case K::BasicLit: {
        auto* b = static_cast<const ast::BasicLit*>(n);
        out += litKind(b->litKind);
        out += "(" + b->value + ")";
        at(n);
        return;
      }
      case K::CompositeLit: {
        auto* c = static_cast<const ast::CompositeLit*>(n);
        open("CompositeLit", n), sp(), node(c->type), children(c->elts), close();
        return;
      }
      case K::KeyValueExpr: {
        auto* kv = static_cast<const ast::KeyValueExpr*>(n);
        open("KV", n), sp(), node(kv->key), sp(), node(kv->value), close();
        return;
      }
      case K::FuncLit: {
        auto* f = static_cast<const ast::FuncLit*>(n);
        open("FuncLit", n), sp(), node(f->type), sp(), node(f->body), close();
        return;
      }
      case K::ParenExpr: open("Paren", n), sp(), node(static_cast<const ast::ParenExpr*>(n)->x), close(); return;
      case K::SelectorExpr: {
        auto* s = static_cast<const ast::SelectorExpr*>(n);
        open("Sel", n), sp(), node(s->x), sp(), node(s->sel), close();
        return;
      }
      case K::IndexExpr: {
        auto* i = static_cast<const ast::IndexExpr*>(n);
        open("Index", n), sp(), node(i->x), sp(), node(i->index), close();
        return;
      }
      case K::SliceExpr: {
        auto* s = static_cast<const ast::SliceExpr*>(n);
        open(s->slice3 ? "Slice3" : "Slice", n), sp(), node(s->x), sp(), node(s->low), sp(), node(s->high);
        if (s->slice3) sp(), node(s->max);
        close();
        return;
      }
      case K::TypeAssertExpr: {
        auto* t = static_cast<const ast::TypeAssertExpr*>(n);
        open("TypeAssert", n), sp(), node(t->x), sp();
        if (t->type) node(t->type);
        else out += "type";
        close();
        return;
      }
      case K::CallExpr: {
        auto* c = static_cast<const ast::CallExpr*>(n);
        open("Call", n), sp(), node(c->fun), children(c->args);
        if (c->hasEllipsis) out += " ...";
        close();
        return;
      }
      case K::StarExpr: open("Star", n), sp(), node(static_cast<const ast::StarExpr*>(n)->x), close(); return;
      case K::UnaryExpr: {
        auto* u = static_cast<const ast::UnaryExpr*>(n);
        open("Unary", n), sp(), out += ast::opSpelling(u->op), sp(), node(u->x), close();
        return;
      }
      case K::BinaryExpr: {
        auto* b = static_cast<const ast::BinaryExpr*>(n);
        open("Binary", n), sp(), out += ast::opSpelling(b->op), sp(), node(b->x), sp(), node(b->y), close();
        return;
      }
      case K::ArrayType: {
        auto* a = static_cast<const ast::ArrayTypeExpr*>(n);
        open("ArrayType", n), sp(), node(a->len), sp(), node(a->elem), close();
        return;
      }
      case K::StructType: open("Struct", n), children(static_cast<const ast::StructTypeExpr*>(n)->fields), close(); return;
      case K::FuncType: {
        auto* f = static_cast<const ast::FuncTypeExpr*>(n);
        open("FuncType", n), sp(), list(f->params), sp(), list(f->results);
        if (f->hasTypeParams) out += " generic";
        close();
        return;
      }
      case K::InterfaceType:
        open("Interface", n), children(static_cast<const ast::InterfaceTypeExpr*>(n)->methods), close();
        return;
      case K::MapType: {
        auto* m = static_cast<const ast::MapTypeExpr*>(n);
        open("Map", n), sp(), node(m->key), sp(), node(m->value), close();
        return;
      }
      case K::ChanType: {
        auto* c = static_cast<const ast::ChanTypeExpr*>(n);
        open("Chan", n), sp(), out += chanDir(c->dir), sp(), node(c->value), close();
        return;
      }
      case K::Ellipsis: open("Ellipsis", n), sp(), node(static_cast<const ast::EllipsisExpr*>(n)->elt), close(); return;
      case K::Field: {
        auto* f = static_cast<const ast::Field*>(n);
        open("Field", n), sp(), list(f->names), sp(), node(f->type);
        if (f->tag) sp(), node(f->tag);
        close();
        return;
      }
      default: stmtOrDecl(n);
    }
  }

  void stmtOrDecl(const ast::Node* n) {
    using K = ast::NodeKind;
    switch (n->kind) {
      case K::BadStmt: open("BadStmt", n), close(); return;
      case K::DeclStmt: open("DeclStmt", n), sp(), node(static_cast<const ast::DeclStmt*>(n)->decl), close(); return;
      case K::EmptyStmt:
        open("Empty", n);
        if (static_cast<const ast::EmptyStmt*>(n)->implicit) out += " implicit";
        close();
        return;
      case K::LabeledStmt: {
        auto* l = static_cast<const ast::LabeledStmt*>(n);
        open("Labeled", n), sp(), node(l->label), sp(), node(l->stmt), close();
        return;
      }
      case K::ExprStmt: open("ExprStmt", n), sp(), node(static_cast<const ast::ExprStmt*>(n)->x), close(); return;
      case K::SendStmt: {
        auto* s = static_cast<const ast::SendStmt*>(n);
        open("Send", n), sp(), node(s->chan), sp(), node(s->value), close();
        return;
      }
      case K::IncDecStmt: {
        auto* s = static_cast<const ast::IncDecStmt*>(n);
        open("IncDec", n), sp(), node(s->x), out += s->inc ? " ++" : " --", close();
        return;
      }
      case K::AssignStmt: {
        auto* a = static_cast<const ast::AssignStmt*>(n);
        open("Assign", n), sp();
        if (a->tok == ast::AssignTok::Define) out += ":=";
        else if (a->tok == ast::AssignTok::Assign) out += "=";
        else out += std::string(ast::opSpelling(a->op)) + "=";
        sp(), list(a->lhs), sp(), list(a->rhs), close();
        return;
      }
      case K::GoStmt: {
        auto* g = static_cast<const ast::GoStmt*>(n);
        open("Go", n), sp(), node(g->call ? static_cast<const ast::Node*>(g->call) : g->expr), close();
        return;
      }
      case K::DeferStmt: {
        auto* d = static_cast<const ast::DeferStmt*>(n);
        open("Defer", n), sp(), node(d->call ? static_cast<const ast::Node*>(d->call) : d->expr), close();
        return;
      }
      case K::ReturnStmt: open("Return", n), children(static_cast<const ast::ReturnStmt*>(n)->results), close(); return;
      case K::BranchStmt: {
        auto* b = static_cast<const ast::BranchStmt*>(n);
        static const char* names[] = {"break", "continue", "goto", "fallthrough"};
        open("Branch", n), sp(), out += names[static_cast<int>(b->tok)];
        if (b->label) sp(), node(b->label);
        close();
        return;
      }
      case K::BlockStmt: open("Block", n), children(static_cast<const ast::BlockStmt*>(n)->stmts), close(); return;
      case K::IfStmt: {
        auto* s = static_cast<const ast::IfStmt*>(n);
        open("If", n), sp(), node(s->init), sp(), node(s->cond), sp(), node(s->then), sp(), node(s->els), close();
        return;
      }
      case K::CaseClause: {
        auto* c = static_cast<const ast::CaseClause*>(n);
        open(c->isDefault ? "Default" : "Case", n);
        if (!c->isDefault) sp(), list(c->list);
        children(c->body), close();
        return;
      }
      case K::SwitchStmt: {
        auto* s = static_cast<const ast::SwitchStmt*>(n);
        open("Switch", n), sp(), node(s->init), sp(), node(s->tag), children(s->clauses), close();
        return;
      }
      case K::TypeSwitchStmt: {
        auto* s = static_cast<const ast::TypeSwitchStmt*>(n);
        open("TypeSwitch", n), sp(), node(s->init), sp(), node(s->binding), sp(), node(s->guard),
            children(s->clauses), close();
        return;
      }
      case K::CommClause: {
        auto* c = static_cast<const ast::CommClause*>(n);
        open(c->comm ? "Comm" : "CommDefault", n);
        if (c->comm) sp(), node(c->comm);
        children(c->body), close();
        return;
      }
      case K::SelectStmt: open("Select", n), children(static_cast<const ast::SelectStmt*>(n)->clauses), close(); return;
      case K::ForStmt: {
        auto* f = static_cast<const ast::ForStmt*>(n);
        open("For", n), sp(), node(f->init), sp(), node(f->cond), sp(), node(f->post), sp(), node(f->body), close();
        return;
      }
      case K::RangeStmt: {
        auto* r = static_cast<const ast::RangeStmt*>(n);
        open("Range", n), sp(), node(r->key), sp(), node(r->value), out += r->define ? " := " : " = ", node(r->x), sp(),
            node(r->body), close();
        return;
      }
      case K::ImportSpec: {
        auto* s = static_cast<const ast::ImportSpec*>(n);
        open("ImportSpec", n), sp(), node(s->name), out += " \"" + s->path + "\"", close();
        return;
      }
      case K::ValueSpec: {
        auto* s = static_cast<const ast::ValueSpec*>(n);
        open("ValueSpec", n), sp(), list(s->names), sp(), node(s->type), sp(), list(s->values);
        out += " iota=" + std::to_string(s->iota);
        if (s->implicitValues) out += " implicit";
        close();
        return;
      }
      case K::TypeSpec: {
        auto* s = static_cast<const ast::TypeSpec*>(n);
        open("TypeSpec", n), sp(), node(s->name);
        if (s->alias) out += " =";
        if (s->hasTypeParams) out += " generic";
        sp(), node(s->type), close();
        return;
      }
      case K::GenDecl: {
        auto* g = static_cast<const ast::GenDecl*>(n);
        static const char* toks[] = {"import", "const", "type", "var"};
        open("GenDecl", n), sp(), out += toks[static_cast<int>(g->tok)], children(g->specs), close();
        return;
      }
      case K::FuncDecl: {
        auto* f = static_cast<const ast::FuncDecl*>(n);
        open("FuncDecl", n), sp(), node(f->recv), sp(), node(f->name), sp(), node(f->type), sp(), node(f->body),
            close();
        return;
      }
      case K::File: {
        auto* f = static_cast<const ast::File*>(n);
        open("File", n), sp(), node(f->packageName), children(f->decls), close();
        return;
      }
      default: out += "?"; return;
    }
  }

  DumpOptions opts_;
  int depth_ = 0;
};

// Go syntax (syntax.String, ShortForm).
class Printer {
 public:
  std::string out;
  void expr(const ast::Node* n) {
    if (!n) return;
    if (++depth_ > kMaxPrintDepth) {
      out += "…";
      --depth_;
      return;
    }
    print(n);
    --depth_;
  }
  void exprs(const std::vector<ast::Expr*>& list) {
    for (size_t i = 0; i < list.size(); ++i) {
      if (i) out += ", ";
      expr(list[i]);
    }
  }
  void fields(const std::vector<ast::Field*>& list, const char* sep) {
    for (size_t i = 0; i < list.size(); ++i) {
      if (i) out += sep;
      auto* f = list[i];
      for (size_t k = 0; k < f->names.size(); ++k) {
        if (k) out += ", ";
        out += f->names[k]->name;
      }
      if (!f->names.empty()) out += " ";
      expr(f->type);
    }
  }
  void signature(const ast::FuncTypeExpr* f) {
    out += "(";
    fields(f->params, ", ");
    out += ")";
    if (f->results.empty()) return;
    out += " ";
    if (f->results.size() == 1 && f->results[0]->names.empty()) {
      expr(f->results[0]->type);
    } else {
      out += "(";
      fields(f->results, ", ");
      out += ")";
    }
  }

 private:
  void print(const ast::Node* n) {
    using K = ast::NodeKind;
    switch (n->kind) {
      case K::BadExpr: out += "BadExpr"; return;
      case K::Ident: out += static_cast<const ast::Ident*>(n)->name; return;
      case K::BasicLit: out += static_cast<const ast::BasicLit*>(n)->value; return;
      case K::CompositeLit: {
        auto* c = static_cast<const ast::CompositeLit*>(n);
        expr(c->type);
        out += c->elts.empty() ? "{}" : "{…}";
        return;
      }
      case K::KeyValueExpr: {
        auto* kv = static_cast<const ast::KeyValueExpr*>(n);
        expr(kv->key), out += ": ", expr(kv->value);
        return;
      }
      case K::FuncLit: {
        auto* f = static_cast<const ast::FuncLit*>(n);
        expr(f->type);
        out += (f->body && !f->body->stmts.empty()) ? " {…}" : " {}";
        return;
      }
      case K::ParenExpr: out += "(", expr(static_cast<const ast::ParenExpr*>(n)->x), out += ")"; return;
      case K::SelectorExpr: {
        auto* s = static_cast<const ast::SelectorExpr*>(n);
        expr(s->x), out += ".", expr(s->sel);
        return;
      }
      case K::IndexExpr: {
        auto* i = static_cast<const ast::IndexExpr*>(n);
        expr(i->x), out += "[", expr(i->index), out += "]";
        return;
      }
      case K::SliceExpr: {
        auto* s = static_cast<const ast::SliceExpr*>(n);
        expr(s->x), out += "[", expr(s->low), out += ":", expr(s->high);
        if (s->slice3) out += ":", expr(s->max);
        out += "]";
        return;
      }
      case K::TypeAssertExpr: {
        auto* t = static_cast<const ast::TypeAssertExpr*>(n);
        expr(t->x), out += ".(";
        if (t->type) expr(t->type);
        else out += "type";
        out += ")";
        return;
      }
      case K::CallExpr: {
        auto* c = static_cast<const ast::CallExpr*>(n);
        expr(c->fun), out += "(", exprs(c->args);
        if (c->hasEllipsis) out += "...";
        out += ")";
        return;
      }
      case K::StarExpr: out += "*", expr(static_cast<const ast::StarExpr*>(n)->x); return;
      case K::UnaryExpr: {
        auto* u = static_cast<const ast::UnaryExpr*>(n);
        out += ast::opSpelling(u->op), expr(u->x);
        return;
      }
      case K::BinaryExpr: {
        auto* b = static_cast<const ast::BinaryExpr*>(n);
        expr(b->x), out += " ", out += ast::opSpelling(b->op), out += " ", expr(b->y);
        return;
      }
      case K::ArrayType: {
        auto* a = static_cast<const ast::ArrayTypeExpr*>(n);
        out += "[", expr(a->len), out += "]", expr(a->elem);
        return;
      }
      case K::StructType: {
        auto* s = static_cast<const ast::StructTypeExpr*>(n);
        out += "struct{", fields(s->fields, "; "), out += "}";
        return;
      }
      case K::FuncType: out += "func", signature(static_cast<const ast::FuncTypeExpr*>(n)); return;
      case K::InterfaceType: {
        auto* it = static_cast<const ast::InterfaceTypeExpr*>(n);
        out += "interface{";
        for (size_t i = 0; i < it->methods.size(); ++i) {
          if (i) out += "; ";
          auto* m = it->methods[i];
          if (!m->names.empty() && ast::is<ast::FuncTypeExpr>(m->type)) {
            out += m->names[0]->name;
            signature(static_cast<const ast::FuncTypeExpr*>(m->type));
          } else {
            expr(m->type);
          }
        }
        out += "}";
        return;
      }
      case K::MapType: {
        auto* m = static_cast<const ast::MapTypeExpr*>(n);
        out += "map[", expr(m->key), out += "]", expr(m->value);
        return;
      }
      case K::ChanType: {
        auto* c = static_cast<const ast::ChanTypeExpr*>(n);
        out += c->dir == ast::ChanDir::Recv ? "<-chan " : c->dir == ast::ChanDir::Send ? "chan<- " : "chan ";
        expr(c->value);
        return;
      }
      case K::Ellipsis: out += "...", expr(static_cast<const ast::EllipsisExpr*>(n)->elt); return;
      default: out += "?"; return;
    }
  }
  int depth_ = 0;
};

}  // namespace

std::string dumpAst(const ast::Node* node, DumpOptions options) {
  Dumper d(options);
  d.node(node);
  return d.out;
}

std::string formatExpr(const ast::Expr* expr) {
  Printer p;
  p.expr(expr);
  return p.out;
}

std::string formatExprList(const std::vector<ast::Expr*>& list) {
  Printer p;
  p.exprs(list);
  return p.out;
}

std::string formatStmt(const ast::Stmt* stmt) {
  if (!stmt) return "";
  switch (stmt->kind) {
    case ast::NodeKind::ExprStmt: return formatExpr(static_cast<const ast::ExprStmt*>(stmt)->x);
    case ast::NodeKind::SendStmt: {
      auto* s = static_cast<const ast::SendStmt*>(stmt);
      return formatExpr(s->chan) + " <- " + formatExpr(s->value);
    }
    case ast::NodeKind::IncDecStmt: {
      auto* s = static_cast<const ast::IncDecStmt*>(stmt);
      return formatExpr(s->x) + (s->inc ? "++" : "--");
    }
    case ast::NodeKind::AssignStmt: {
      auto* a = static_cast<const ast::AssignStmt*>(stmt);
      std::string op = a->tok == ast::AssignTok::Define ? ":=" : a->tok == ast::AssignTok::Assign
                                                                     ? "="
                                                                     : std::string(ast::opSpelling(a->op)) + "=";
      return formatExprList(a->lhs) + " " + op + " " + formatExprList(a->rhs);
    }
    case ast::NodeKind::RangeStmt: {
      auto* r = static_cast<const ast::RangeStmt*>(stmt);
      std::string s;
      if (r->key) {
        s += formatExpr(r->key);
        if (r->value) s += ", " + formatExpr(r->value);
        s += r->define ? " := " : " = ";
      }
      return s + "range " + formatExpr(r->x);
    }
    default: return "statement";
  }
}

}  // namespace mgo
