// callgraph.cpp — Tarjan's strongly connected components over declared functions (see
// callgraph.h). Iterative, so that deep call chains cannot overflow the C++ stack.
#include "analysis/escape/callgraph.h"

#include <algorithm>
#include <unordered_map>

#include "frontend/ast_walk.h"
#include "frontend/objects.h"

namespace mgo::escape {

std::vector<std::vector<DeclaredFunc>> bottomUpComponents(const ast::Package& pkg, const types::Info& info) {
  std::vector<DeclaredFunc> funcs;
  std::unordered_map<const ast::FuncDecl*, size_t> indexOfDecl;
  for (const ast::File* file : pkg.files) {
    if (!file) continue;
    for (const ast::Decl* d : file->decls) {
      auto* fd = ast::as<ast::FuncDecl>(d);
      if (!fd || !fd->body) continue;
      const types::Func* obj = nullptr;
      if (fd->name) {
        auto it = info.defs.find(fd->name);
        if (it != info.defs.end() && it->second && it->second->kind() == types::ObjKind::Func)
          obj = static_cast<const types::Func*>(it->second);
      }
      indexOfDecl[fd] = funcs.size();
      funcs.push_back({obj, fd});
    }
  }
  // Edges: declared functions referenced from each body.
  std::vector<std::vector<size_t>> edges(funcs.size());
  for (size_t i = 0; i < funcs.size(); ++i) {
    ast::walk(funcs[i].decl->body, [&](const ast::Node* n) {
      const types::Object* obj = nullptr;
      if (auto* id = ast::as<ast::Ident>(n)) {
        auto it = info.uses.find(id);
        if (it != info.uses.end()) obj = it->second;
      } else if (auto* sel = ast::as<ast::SelectorExpr>(n)) {
        auto it = info.selections.find(sel);
        if (it != info.selections.end() && it->second.kind != types::Selection::Kind::FieldVal) obj = it->second.obj;
      }
      if (!obj || obj->kind() != types::ObjKind::Func) return;
      auto* f = static_cast<const types::Func*>(obj);
      if (!f->decl) return;
      auto it = indexOfDecl.find(f->decl);
      if (it != indexOfDecl.end() &&
          std::find(edges[i].begin(), edges[i].end(), it->second) == edges[i].end())
        edges[i].push_back(it->second);
    });
  }
  // Tarjan (iterative).
  std::vector<std::vector<DeclaredFunc>> out;
  std::vector<int> index(funcs.size(), -1), low(funcs.size(), 0);
  std::vector<bool> onStack(funcs.size(), false);
  std::vector<size_t> stack;
  int counter = 0;
  for (size_t start = 0; start < funcs.size(); ++start) {
    if (index[start] >= 0) continue;
    std::vector<std::pair<size_t, size_t>> work{{start, 0}};
    while (!work.empty()) {
      auto& [v, next] = work.back();
      if (next == 0 && index[v] < 0) {
        index[v] = low[v] = counter++;
        stack.push_back(v);
        onStack[v] = true;
      }
      if (next < edges[v].size()) {
        size_t w = edges[v][next++];
        if (index[w] < 0) {
          work.push_back({w, 0});
        } else if (onStack[w]) {
          low[v] = std::min(low[v], index[w]);
        }
        continue;
      }
      if (low[v] == index[v]) {
        std::vector<DeclaredFunc> comp;
        while (true) {
          size_t w = stack.back();
          stack.pop_back();
          onStack[w] = false;
          comp.push_back(funcs[w]);
          if (w == v) break;
        }
        std::reverse(comp.begin(), comp.end());
        out.push_back(std::move(comp));
      }
      size_t done = v;
      work.pop_back();
      if (!work.empty()) low[work.back().first] = std::min(low[work.back().first], low[done]);
    }
  }
  return out;
}

}  // namespace mgo::escape
