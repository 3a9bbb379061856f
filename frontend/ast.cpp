// ast.cpp — out-of-line helpers of ast.h (operator spellings).
#include "frontend/ast.h"

namespace mgo::ast {

const char* opSpelling(Op op) {
  switch (op) {
    case Op::None: return "";
    case Op::Add: return "+";
    case Op::Sub: return "-";
    case Op::Mul: return "*";
    case Op::Quo: return "/";
    case Op::Rem: return "%";
    case Op::And: return "&";
    case Op::Or: return "|";
    case Op::Xor: return "^";
    case Op::Shl: return "<<";
    case Op::Shr: return ">>";
    case Op::AndNot: return "&^";
    case Op::LAnd: return "&&";
    case Op::LOr: return "||";
    case Op::Eql: return "==";
    case Op::Neq: return "!=";
    case Op::Lss: return "<";
    case Op::Leq: return "<=";
    case Op::Gtr: return ">";
    case Op::Geq: return ">=";
    case Op::Not: return "!";
    case Op::Arrow: return "<-";
  }
  return "?";
}

}  // namespace mgo::ast
