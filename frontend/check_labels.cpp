// check_labels.cpp — labels and branch statements, checked per function body exactly as gc's
// syntax package does (cmd/compile/internal/syntax/branches.go, run by gc with
// CheckBranches; types2 itself ignores branch errors in gc): break/continue targets, labels
// defined and not used, misplaced fallthrough. goto is unsupported in mini-Go.
//
// Invariant: function literals are separate bodies (checked by their own funcBody call).
#include <map>

#include "frontend/checker_impl.h"

namespace mgo::types {

namespace {

struct Block;

struct LabelInfo {
  Block* parent;
  ast::LabeledStmt* lstmt;
  bool used = false;
};

struct Block {
  Block* parent;
  ast::LabeledStmt* lstmt;  // labeled statement associated with this block, or nullptr
};

struct Targets {
  ast::Stmt* breaks = nullptr;     // ForStmt, RangeStmt, SwitchStmt, TypeSwitchStmt, SelectStmt
  ast::Stmt* continues = nullptr;  // ForStmt or RangeStmt
  int caseIndex = -1;              // case index of the immediately enclosing switch, or -1
};

class BranchChecker {
 public:
  explicit BranchChecker(Checker& check) : check_(check) {}

  void run(ast::BlockStmt* body) {
    blockBranches(nullptr, Targets{}, nullptr, body->stmts);
    std::vector<LabelInfo*> unused;
    for (auto& [name, l] : labels_)
      if (!l->used) unused.push_back(l.get());
    for (LabelInfo* l : unused)
      check_.error(l->lstmt->label->pos, "label " + l->lstmt->label->name + " defined and not used");
  }

 private:
  LabelInfo* declare(Block* b, ast::LabeledStmt* s) {
    const std::string& name = s->label->name;
    auto it = labels_.find(name);
    if (it != labels_.end()) {
      check_.error(s->label->pos, "label " + name + " already defined at " +
                                      DiagnosticEngine::posRef(it->second->lstmt->label->pos));
      return it->second.get();
    }
    auto l = std::make_unique<LabelInfo>(LabelInfo{b, s, false});
    LabelInfo* raw = l.get();
    labels_[name] = std::move(l);
    return raw;
  }

  // Returns the labeled statement if `name` labels an enclosing statement, `invalid_` if the label
  // exists but does not enclose the branch, nullptr if undefined.
  ast::LabeledStmt* enclosingTarget(Block* b, const std::string& name) {
    auto it = labels_.find(name);
    if (it == labels_.end()) return nullptr;
    LabelInfo* l = it->second.get();
    l->used = true;
    for (; b; b = b->parent)
      if (l->lstmt == b->lstmt) return l->lstmt;
    return &invalid_;
  }

  void blockBranches(Block* parent, Targets ctxt, ast::LabeledStmt* lstmt, const std::vector<ast::Stmt*>& body) {
    blocks_.push_back(std::make_unique<Block>(Block{parent, lstmt}));
    Block* b = blocks_.back().get();
    std::vector<ast::Stmt*> list = body;
    while (!list.empty() && ast::is<ast::EmptyStmt>(list.back())) list.pop_back();
    auto inner = [&](Targets t, ast::LabeledStmt* ls, const std::vector<ast::Stmt*>& stmts) {
      blockBranches(b, t, ls, stmts);
    };
    for (size_t stmtIndex = 0; stmtIndex < list.size(); ++stmtIndex) {
      ast::Stmt* stmt = list[stmtIndex];
      ast::LabeledStmt* ls = nullptr;
      while (auto* l = ast::as<ast::LabeledStmt>(stmt)) {
        if (l->label->name != "_") {
          declare(b, l);
          ls = l;
        }
        stmt = l->stmt;
        if (!stmt) break;
      }
      if (!stmt) continue;
      using K = ast::NodeKind;
      switch (stmt->kind) {
        case K::BranchStmt: {
          auto* s = static_cast<ast::BranchStmt*>(stmt);
          if (!s->label) {
            switch (s->tok) {
              case ast::BranchTok::Break:
                if (!ctxt.breaks) check_.error(s->pos, "break is not in a loop, switch, or select");
                break;
              case ast::BranchTok::Continue:
                if (!ctxt.continues) check_.error(s->pos, "continue is not in a loop");
                break;
              case ast::BranchTok::Fallthrough: {
                std::string msg = "fallthrough statement out of place";
                bool ok = false;
                if (ctxt.breaks && ast::is<ast::TypeSwitchStmt>(ctxt.breaks)) {
                  msg = "cannot fallthrough in type switch";
                } else if (auto* sw = ast::as<ast::SwitchStmt>(ctxt.breaks)) {
                  if (ctxt.caseIndex < 0 || stmtIndex + 1 < list.size()) {
                    // out of place
                  } else if (static_cast<size_t>(ctxt.caseIndex) + 1 == sw->clauses.size()) {
                    msg = "cannot fallthrough final case in switch";
                  } else {
                    ok = true;
                  }
                }
                if (!ok) check_.error(s->pos, msg);
                break;
              }
              case ast::BranchTok::Goto:
                break;
            }
            break;
          }
          const std::string& name = s->label->name;
          switch (s->tok) {
            case ast::BranchTok::Break:
              if (ast::LabeledStmt* t = enclosingTarget(b, name)) {
                ast::Stmt* ts = t == &invalid_ ? nullptr : t->stmt;
                if (!ts || !(ast::is<ast::SwitchStmt>(ts) || ast::is<ast::TypeSwitchStmt>(ts) ||
                             ast::is<ast::SelectStmt>(ts) || ast::is<ast::ForStmt>(ts) || ast::is<ast::RangeStmt>(ts)))
                  check_.error(s->label->pos, "invalid break label " + name);
              } else {
                check_.error(s->label->pos, "break label not defined: " + name);
              }
              break;
            case ast::BranchTok::Continue:
              if (ast::LabeledStmt* t = enclosingTarget(b, name)) {
                ast::Stmt* ts = t == &invalid_ ? nullptr : t->stmt;
                if (!ts || !(ast::is<ast::ForStmt>(ts) || ast::is<ast::RangeStmt>(ts)))
                  check_.error(s->label->pos, "invalid continue label " + name);
              } else {
                check_.error(s->label->pos, "continue label not defined: " + name);
              }
              break;
            case ast::BranchTok::Goto:
              // goto is unsupported (reported by the statement checker); count the label as used.
              if (auto it = labels_.find(name); it != labels_.end()) it->second->used = true;
              else pendingGotos_.push_back(s);
              break;
            default:
              break;
          }
          break;
        }
        case K::BlockStmt:
          inner(Targets{ctxt.breaks, ctxt.continues, -1}, ls, static_cast<ast::BlockStmt*>(stmt)->stmts);
          break;
        case K::IfStmt: {
          // if / else if chains: each branch is a block.
          for (ast::Stmt* cur = stmt; cur;) {
            auto* ifs = ast::as<ast::IfStmt>(cur);
            if (!ifs) {
              if (auto* blk = ast::as<ast::BlockStmt>(cur)) inner(Targets{ctxt.breaks, ctxt.continues, -1}, ls, blk->stmts);
              break;
            }
            if (ifs->then) inner(Targets{ctxt.breaks, ctxt.continues, -1}, ls, ifs->then->stmts);
            cur = ifs->els;
          }
          break;
        }
        case K::ForStmt: {
          auto* f = static_cast<ast::ForStmt*>(stmt);
          if (f->body) inner(Targets{stmt, stmt, -1}, ls, f->body->stmts);
          break;
        }
        case K::RangeStmt: {
          auto* f = static_cast<ast::RangeStmt*>(stmt);
          if (f->body) inner(Targets{stmt, stmt, -1}, ls, f->body->stmts);
          break;
        }
        case K::SwitchStmt: {
          auto* sw = static_cast<ast::SwitchStmt*>(stmt);
          for (size_t i = 0; i < sw->clauses.size(); ++i)
            inner(Targets{stmt, ctxt.continues, static_cast<int>(i)}, ls, sw->clauses[i]->body);
          break;
        }
        case K::TypeSwitchStmt: {
          auto* sw = static_cast<ast::TypeSwitchStmt*>(stmt);
          for (size_t i = 0; i < sw->clauses.size(); ++i)
            inner(Targets{stmt, ctxt.continues, static_cast<int>(i)}, ls, sw->clauses[i]->body);
          break;
        }
        case K::SelectStmt: {
          auto* sel = static_cast<ast::SelectStmt*>(stmt);
          for (ast::CommClause* c : sel->clauses) inner(Targets{stmt, ctxt.continues, -1}, ls, c->body);
          break;
        }
        default:
          break;
      }
    }
  }

  Checker& check_;
  std::map<std::string, std::unique_ptr<LabelInfo>> labels_;
  std::vector<std::unique_ptr<Block>> blocks_;
  std::vector<ast::BranchStmt*> pendingGotos_;
  ast::LabeledStmt invalid_{ast::Pos{}};
};

}  // namespace

void Checker::checkBranches(ast::BlockStmt* body) {
  if (!body) return;
  BranchChecker bc(*this);
  bc.run(body);
}

}  // namespace mgo::types
