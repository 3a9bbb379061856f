#!/usr/bin/env python3
"""gen.py N — writes a generated mini-Go program of about N lines to stdout: many small functions
with pointers, closures, slices, maps, method calls, loops and calls between them (a realistic
escape-analysis workload: every construct the analysis models, and a deep call graph)."""
import sys

def main():
    target = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
    out = ["package main", "", "type node struct {", "\tv    int", "\tnext *node", "}", "",
           "func (n *node) sum() int {", "\tt := 0", "\tfor ; n != nil; n = n.next {", "\t\tt += n.v", "\t}",
           "\treturn t", "}", "", "var sink *int", ""]
    i = 0
    while len(out) < target - 10:
        prev = f"f{i-1}" if i > 0 else None
        out += [
            f"func f{i}(p *int, s []int, m map[int]*int) *int {{",
            f"\tx := *p + {i}",
            "\tq := &x",
            "\tvar head *node",
            "\tfor j := 0; j < len(s); j++ {",
            "\t\thead = &node{v: s[j], next: head}",
            "\t\tv := j",
            "\t\tif j%3 == 0 {",
            "\t\t\tm[j] = &v",
            "\t\t}",
            "\t}",
            "\tadd := func(d int) int { return x + d }",
            "\tbuf := make([]int, 0, 8)",
            "\tbuf = append(buf, add(1), head.sum())",
            f"\tif x > {i % 7} {{",
            "\t\tsink = q",
            "\t}",
        ]
        if prev:
            out += [f"\treturn {prev}(q, buf, m)"]
        else:
            out += ["\treturn q"]
        out += ["}", ""]
        i += 1
    out += ["func main() {", "\tv := 1", "\tm := map[int]*int{}", f"\tr := f{i-1}(&v, []int{{1, 2, 3}}, m)",
            "\tprintln(*r, len(m))", "}"]
    print("\n".join(out))

if __name__ == "__main__":
    main()
