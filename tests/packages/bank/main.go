// A bank simulation across packages: interfaces, embedding, errors wrapped with %w and inspected
// with errors.Is / errors.As, a deferred journal write that sees the named result.
package main

import (
	"errors"
	"fmt"
	"os"

	"example.com/bank/account"
	"example.com/bank/ledger"
)

func main() {
	alice := account.NewChecking("alice", 50)
	bob := account.NewChecking("bob", 0)
	carol := account.NewSavings("carol", 100)
	l := ledger.New()
	l.Open(alice, bob, carol)
	for _, a := range []account.Account{alice, bob, carol} {
		if err := a.Deposit(200); err != nil {
			fmt.Println("unexpected:", err)
		}
	}
	steps := []struct {
		from, to string
		amount   int64
	}{
		{"alice", "bob", 120}, {"alice", "bob", 120}, {"bob", "carol", 500},
		{"carol", "alice", 80}, {"carol", "alice", 30}, {"dave", "bob", 1},
		{"bob", "nobody", 5}, {"alice", "bob", 10},
	}
	for i, s := range steps {
		if i == 7 {
			bob.Freeze()
		}
		err := l.Transfer(s.from, s.to, s.amount)
		var le *account.LimitError
		switch {
		case err == nil:
			fmt.Printf("ok    %s -> %s %d\n", s.from, s.to, s.amount)
		case errors.As(err, &le):
			fmt.Printf("limit %v (limit %d, asked %d)\n", err, le.Limit, le.Asked)
		default:
			fmt.Fprintln(os.Stdout, "fail ", err, "| unwrapped:", errors.Unwrap(err))
		}
	}
	fmt.Println(l.Report())
	fmt.Fprintln(os.Stderr, "done")
}
