// Package notify declares interfaces payments calls through: some
// implemented by payments, some only by the components that use them.
package notify

import (
	"context"
	"database/sql"

	"example.com/mono/payments/api"
)

// Subject is implemented by the callers' own types, never by payments.
type Subject interface{ SubjectID() int64 }

// Event is a Subject with a name: implemented by the callers' types too.
type Event interface {
	Subject
	Name() string
}

// Sender is implemented by payments' Mailer.
type Sender interface {
	Send(ctx context.Context, id string) error
}

// Gateway has no implementation the callers see: it is wired in by the
// composition root, so it stands for payments.
type Gateway interface {
	Pay(ctx context.Context, id string) error
}

// Mailer is payments' Sender; it runs platform's jobs too.
type Mailer struct{ pool *sql.DB }

func (m *Mailer) Send(ctx context.Context, id string) error { return nil }

func (m *Mailer) Run(ctx context.Context) error { return nil }

// Notify takes an Event: a call into payments.
func Notify(ctx context.Context, e Event) error { return nil }

// PoolOf hands out what api.PoolFrom reads from the context: an accessor
// through a fact of another package.
func PoolOf(ctx context.Context) *sql.DB { // want PoolOf:"hands out a context value as result 0"
	db := api.PoolFrom(ctx)
	return db
}
