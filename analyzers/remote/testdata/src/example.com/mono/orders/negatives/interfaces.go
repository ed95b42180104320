package negatives

import (
	"context"

	"example.com/mono/orders/model"
	"example.com/mono/payments/api"
	"example.com/mono/payments/notify"
	"example.com/mono/platform/util"
)

// reminder is orders' own Subject.
type reminder struct{ id int64 }

func (r *reminder) SubjectID() int64 { return r.id }

// titled is orders' interface embedding payments' Subject.
type titled interface {
	notify.Subject
	Title() string
}

// Calls through payments' interfaces that only orders' own types implement
// (here and in orders/model) run orders' code: no call into payments.
func subjects(events []notify.Event, ts []titled, rs []*reminder, ss []model.Shipped) {
	for _, e := range events {
		_ = e.SubjectID()
		_ = e.Name()
	}
	for _, t := range ts {
		_ = t.SubjectID() // notify.Subject's method, through orders' titled
	}
	for _, r := range rs {
		_ = notify.Subject.SubjectID(r) // a method expression
	}
	for _, s := range ss {
		_ = s.Name()
	}
}

// A type parameter constrained by payments' interface holds orders' types.
func subjectIDs[S notify.Subject](xs []S) (ids []int64) {
	for _, x := range xs {
		ids = append(ids, x.SubjectID())
	}
	return ids
}

// A shared component's interface is shared, whichever component implements
// it (payments' Mailer runs util.Job): its calls stay in process.
func jobs(ctx context.Context, js []util.Job) {
	for _, j := range js {
		_ = j.Run(ctx)
	}
}

// Context accessors read the caller's own context: ctxstate/context-read
// reports the key, remote nothing, in a loop or not.
func accessors(ctx context.Context, ids []string) {
	for range ids {
		_ = api.PoolFrom(ctx)
		_, _ = api.TryPoolFrom(ctx)
		_ = notify.PoolOf(ctx)
	}
}
