// Package ledger moves money between accounts and keeps a journal.
package ledger

import (
	"errors"
	"fmt"
	"sort"
	"strings"

	"example.com/bank/account"
)

// Entry is one journal line.
type Entry struct {
	From, To string
	Amount   int64
	Err      error
}

// Ledger holds accounts by ID.
type Ledger struct {
	accounts map[string]account.Account
	journal  []Entry
}

// New makes an empty ledger.
func New() *Ledger { return &Ledger{accounts: map[string]account.Account{}} }

// Open registers accounts.
func (l *Ledger) Open(accs ...account.Account) {
	for _, a := range accs {
		l.accounts[a.ID()] = a
	}
}

// Transfer withdraws then deposits, undoing the withdrawal when the deposit fails.
func (l *Ledger) Transfer(from, to string, amount int64) (err error) {
	defer func() { l.journal = append(l.journal, Entry{from, to, amount, err}) }()
	src, ok := l.accounts[from]
	if !ok {
		return fmt.Errorf("transfer: unknown account %q", from)
	}
	dst, ok := l.accounts[to]
	if !ok {
		return fmt.Errorf("transfer: unknown account %q", to)
	}
	if err := src.Withdraw(amount); err != nil {
		return fmt.Errorf("transfer %s->%s: %w", from, to, err)
	}
	if err := dst.Deposit(amount); err != nil {
		if undo := src.Deposit(amount); undo != nil {
			panic(undo)
		}
		return fmt.Errorf("transfer %s->%s: %w", from, to, err)
	}
	return nil
}

// Report lists balances by ID and counts the failure kinds of the journal.
func (l *Ledger) Report() string {
	var b strings.Builder
	ids := make([]string, 0, len(l.accounts))
	for id := range l.accounts {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		fmt.Fprintf(&b, "%-6s %6d  %v\n", id, l.accounts[id].Balance(), l.accounts[id])
	}
	var funds, frozen, limits, other int
	for _, e := range l.journal {
		var le *account.LimitError
		switch {
		case e.Err == nil:
		case errors.Is(e.Err, account.ErrInsufficientFunds):
			funds++
		case errors.Is(e.Err, account.ErrFrozen):
			frozen++
		case errors.As(e.Err, &le):
			limits++
		default:
			other++
		}
	}
	fmt.Fprintf(&b, "%d transfers: %d insufficient, %d frozen, %d over limit, %d other", len(l.journal), funds, frozen, limits, other)
	return b.String()
}
