// Package negatives holds calls the analyzer must not report.
package negatives

import (
	"context"
	"errors"

	"example.com/mono/layer/walk"
	"example.com/mono/payments/api"
	"example.com/mono/platform/util"
)

// Plain data in a single call.
func plain(ctx context.Context, s *api.Store) error {
	r, err := api.Charge(ctx, "o1", 100)
	_ = r
	_ = s.Name()
	rates := api.Rates()
	_ = rates["EUR"]                     // reading its state is fine: a service returns a copy
	if errors.Is(err, api.ErrDeclined) { // a note of the cut list, not a rule
		return nil
	}
	return err
}

// A closure in a loop is not in the loop; a shared component's callback is
// in process everywhere.
func closures(ctx context.Context, ids []string) {
	for _, id := range ids {
		go func() { _, _ = api.Charge(ctx, id, 1) }()
		util.Each(ids, func(string) {})
	}
}

// Methods of a value type run on the caller's copy: no network call.
func values(lines []api.Line) (t int64) {
	for i := range lines {
		lines[i].Scale(2)
		t += lines[i].Total()
	}
	return t
}

// A field tagged json:"-" does not cross: the struct is data.
func greet(ctx context.Context) error { return api.Greet(ctx, api.Customer{ID: "c"}) }

// Calls into an in_process component stay in process: a func argument and a
// call in a loop are by design there.
func layered(ctx context.Context, batches [][]string) {
	for _, b := range batches {
		walk.Each(ctx, b, func(string) {})
	}
}
