// Package ledger is the double-entry ledger behind every payment. It is
// private to payments: other components go through payments/api.
package ledger

import (
	"errors"
	"sync"
	"time"
)

// Entry is one posting: money moves from Debit to Credit.
type Entry struct {
	Debit, Credit string
	Amount        int64
	Currency      string
	At            time.Time
}

// Ledger is an append-only list of entries.
type Ledger struct {
	mu      sync.Mutex
	entries []Entry
}

// Post appends an entry.
func (l *Ledger) Post(e Entry) error {
	if e.Amount <= 0 {
		return errors.New("ledger: amount must be positive")
	}
	if e.At.IsZero() {
		e.At = time.Now()
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	l.entries = append(l.entries, e)
	return nil
}

// Balance is what the account has received minus what it has paid out.
func (l *Ledger) Balance(account string) int64 {
	l.mu.Lock()
	defer l.mu.Unlock()
	var sum int64
	for _, e := range l.entries {
		switch account {
		case e.Credit:
			sum += e.Amount
		case e.Debit:
			sum -= e.Amount
		}
	}
	return sum
}
