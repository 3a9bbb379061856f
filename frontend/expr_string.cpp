// expr_string.cpp — prints an expression as cmd/compile/internal/syntax.String does (ShortForm),
// which is how types2 quotes source expressions in diagnostics: binary operators always with one
// blank on each side, no blank after unary operators, function and composite literal bodies
// shortened to {…}.
//
// Invariant: printing never fails; unknown or missing nodes print as "<bad expr>" / nothing.
#include "frontend/checker_impl.h"

namespace mgo::types {

const char* opString(ast::Op op) {
  switch (op) {
    case ast::Op::None: return "";
    case ast::Op::Add: return "+";
    case ast::Op::Sub: return "-";
    case ast::Op::Mul: return "*";
    case ast::Op::Quo: return "/";
    case ast::Op::Rem: return "%";
    case ast::Op::And: return "&";
    case ast::Op::Or: return "|";
    case ast::Op::Xor: return "^";
    case ast::Op::Shl: return "<<";
    case ast::Op::Shr: return ">>";
    case ast::Op::AndNot: return "&^";
    case ast::Op::LAnd: return "&&";
    case ast::Op::LOr: return "||";
    case ast::Op::Eql: return "==";
    case ast::Op::Neq: return "!=";
    case ast::Op::Lss: return "<";
    case ast::Op::Leq: return "<=";
    case ast::Op::Gtr: return ">";
    case ast::Op::Geq: return ">=";
    case ast::Op::Not: return "!";
    case ast::Op::Arrow: return "<-";
  }
  return "";
}

namespace {

class ExprPrinter {
 public:
  std::string out;

  void node(const ast::Node* n) {
    if (!n) return;
    using K = ast::NodeKind;
    switch (n->kind) {
      case K::BadExpr: out += "<bad expr>"; return;
      case K::Ident: out += static_cast<const ast::Ident*>(n)->name; return;
      case K::BasicLit: out += static_cast<const ast::BasicLit*>(n)->value; return;
      case K::FuncLit: {
        auto* f = static_cast<const ast::FuncLit*>(n);
        node(f->type);
        out += " {";
        if (f->body && !f->body->stmts.empty()) {
          bool nonEmpty = false;
          for (auto* s : f->body->stmts) nonEmpty |= !(ast::is<ast::EmptyStmt>(s));
          if (nonEmpty) out += "…";
        }
        out += "}";
        return;
      }
      case K::CompositeLit: {
        auto* c = static_cast<const ast::CompositeLit*>(n);
        node(c->type);
        out += "{";
        if (!c->elts.empty()) out += "…";
        out += "}";
        return;
      }
      case K::ParenExpr:
        out += "(";
        node(static_cast<const ast::ParenExpr*>(n)->x);
        out += ")";
        return;
      case K::SelectorExpr: {
        auto* s = static_cast<const ast::SelectorExpr*>(n);
        node(s->x);
        out += ".";
        node(s->sel);
        return;
      }
      case K::IndexExpr: {
        auto* i = static_cast<const ast::IndexExpr*>(n);
        node(i->x);
        out += "[";
        node(i->index);
        out += "]";
        return;
      }
      case K::SliceExpr: {
        auto* s = static_cast<const ast::SliceExpr*>(n);
        node(s->x);
        out += "[";
        node(s->low);
        out += ":";
        node(s->high);
        if (s->max) {
          out += ":";
          node(s->max);
        }
        out += "]";
        return;
      }
      case K::TypeAssertExpr: {
        auto* t = static_cast<const ast::TypeAssertExpr*>(n);
        node(t->x);
        out += ".(";
        if (t->type)
          node(t->type);
        else
          out += "type";
        out += ")";
        return;
      }
      case K::CallExpr: {
        auto* c = static_cast<const ast::CallExpr*>(n);
        node(c->fun);
        out += "(";
        list(c->args);
        if (c->hasEllipsis) out += "...";
        out += ")";
        return;
      }
      case K::StarExpr:
        out += "*";
        node(static_cast<const ast::StarExpr*>(n)->x);
        return;
      case K::UnaryExpr: {
        auto* u = static_cast<const ast::UnaryExpr*>(n);
        out += opString(u->op);
        node(u->x);
        return;
      }
      case K::BinaryExpr: {
        auto* b = static_cast<const ast::BinaryExpr*>(n);
        node(b->x);
        out += " ";
        out += opString(b->op);
        out += " ";
        node(b->y);
        return;
      }
      case K::KeyValueExpr: {
        auto* kv = static_cast<const ast::KeyValueExpr*>(n);
        node(kv->key);
        out += ": ";
        node(kv->value);
        return;
      }
      case K::ArrayType: {
        auto* a = static_cast<const ast::ArrayTypeExpr*>(n);
        out += "[";
        if (a->len) {
          if (auto* e = ast::as<ast::EllipsisExpr>(a->len); e && !e->elt)
            out += "...";
          else
            node(a->len);
        }
        out += "]";
        node(a->elem);
        return;
      }
      case K::Ellipsis:
        out += "...";
        node(static_cast<const ast::EllipsisExpr*>(n)->elt);
        return;
      case K::StructType: {
        auto* s = static_cast<const ast::StructTypeExpr*>(n);
        out += "struct{";
        fields(s->fields, "; ");
        out += "}";
        return;
      }
      case K::FuncType:
        out += "func";
        signature(static_cast<const ast::FuncTypeExpr*>(n));
        return;
      case K::InterfaceType: {
        auto* i = static_cast<const ast::InterfaceTypeExpr*>(n);
        out += "interface{";
        bool first = true;
        for (const ast::Field* f : i->methods) {
          if (!first) out += "; ";
          first = false;
          if (!f->names.empty()) {
            out += f->names[0]->name;
            if (auto* ft = ast::as<ast::FuncTypeExpr>(f->type))
              signature(ft);
            else
              node(f->type);
          } else {
            node(f->type);
          }
        }
        out += "}";
        return;
      }
      case K::MapType: {
        auto* m = static_cast<const ast::MapTypeExpr*>(n);
        out += "map[";
        node(m->key);
        out += "]";
        node(m->value);
        return;
      }
      case K::ChanType: {
        auto* c = static_cast<const ast::ChanTypeExpr*>(n);
        if (c->dir == ast::ChanDir::Recv) out += "<-";
        out += "chan";
        if (c->dir == ast::ChanDir::Send) out += "<-";
        out += " ";
        auto* e = ast::as<ast::ChanTypeExpr>(c->value);
        if (c->dir == ast::ChanDir::Both && e && e->dir == ast::ChanDir::Recv) {
          out += "(";
          node(c->value);
          out += ")";
        } else {
          node(c->value);
        }
        return;
      }
      default:
        out += "<bad expr>";
        return;
    }
  }

  void list(const std::vector<ast::Expr*>& xs) {
    for (size_t i = 0; i < xs.size(); ++i) {
      if (i > 0) out += ", ";
      node(xs[i]);
    }
  }

  void fields(const std::vector<ast::Field*>& fs, const char* sep) {
    bool first = true;
    for (const ast::Field* f : fs) {
      if (!first) out += sep;
      first = false;
      for (size_t i = 0; i < f->names.size(); ++i) {
        if (i > 0) out += ", ";
        out += f->names[i]->name;
      }
      if (!f->names.empty()) out += " ";
      node(f->type);
      if (f->tag) {
        out += " ";
        out += f->tag->value;
      }
    }
  }

  void signature(const ast::FuncTypeExpr* f) {
    out += "(";
    fields(f->params, ", ");
    out += ")";
    if (f->results.empty()) return;
    out += " ";
    if (f->results.size() == 1 && f->results[0]->names.empty()) {
      node(f->results[0]->type);
      return;
    }
    out += "(";
    fields(f->results, ", ");
    out += ")";
  }
};

}  // namespace

std::string exprString(const ast::Node* e) {
  ExprPrinter p;
  p.node(e);
  return p.out;
}

}  // namespace mgo::types
