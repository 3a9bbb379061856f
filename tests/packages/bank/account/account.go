// Package account: accounts behind an interface, with sentinel and typed errors.
package account

import (
	"errors"
	"fmt"
)

// ErrInsufficientFunds is wrapped by every failed withdrawal.
var ErrInsufficientFunds = errors.New("insufficient funds")

// ErrFrozen is returned by operations on a frozen account.
var ErrFrozen = errors.New("account frozen")

// LimitError reports a withdrawal above the daily limit.
type LimitError struct {
	Account string
	Limit   int64
	Asked   int64
}

func (e *LimitError) Error() string {
	return fmt.Sprintf("%s: withdrawal of %d exceeds the daily limit %d", e.Account, e.Asked, e.Limit)
}

// Account is what the ledger needs.
type Account interface {
	ID() string
	Balance() int64
	Deposit(amount int64) error
	Withdraw(amount int64) error
}

// Checking has an overdraft; Savings has a daily limit.
type Checking struct {
	id        string
	balance   int64
	overdraft int64
	frozen    bool
}

// NewChecking opens a checking account.
func NewChecking(id string, overdraft int64) *Checking { return &Checking{id: id, overdraft: overdraft} }

func (c *Checking) ID() string      { return c.id }
func (c *Checking) Balance() int64  { return c.balance }
func (c *Checking) Freeze()         { c.frozen = true }
func (c *Checking) String() string  { return fmt.Sprintf("checking %s (%d)", c.id, c.balance) }
func (c *Checking) Deposit(a int64) error {
	if c.frozen {
		return fmt.Errorf("deposit to %s: %w", c.id, ErrFrozen)
	}
	if a <= 0 {
		return fmt.Errorf("deposit to %s: invalid amount %d", c.id, a)
	}
	c.balance += a
	return nil
}
func (c *Checking) Withdraw(a int64) error {
	if c.frozen {
		return fmt.Errorf("withdraw from %s: %w", c.id, ErrFrozen)
	}
	if c.balance-a < -c.overdraft {
		return fmt.Errorf("withdraw %d from %s: %w", a, c.id, ErrInsufficientFunds)
	}
	c.balance -= a
	return nil
}

// Savings pays interest and limits withdrawals.
type Savings struct {
	Checking
	limit     int64
	withdrawn int64
}

// NewSavings opens a savings account; Savings embeds Checking and overrides Withdraw.
func NewSavings(id string, limit int64) *Savings {
	return &Savings{Checking: Checking{id: id}, limit: limit}
}

func (s *Savings) Withdraw(a int64) error {
	if s.withdrawn+a > s.limit {
		return fmt.Errorf("savings: %w", &LimitError{s.id, s.limit, a})
	}
	if err := s.Checking.Withdraw(a); err != nil {
		return err
	}
	s.withdrawn += a
	return nil
}

func (s *Savings) String() string { return fmt.Sprintf("savings %s (%d, %d left today)", s.id, s.balance, s.limit-s.withdrawn) }
