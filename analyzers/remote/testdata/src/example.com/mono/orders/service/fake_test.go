package service

import "context"

// fakeGateway is a test double: no implementation orders' code calls, so
// notify.Gateway still stands for payments.
type fakeGateway struct{}

func (fakeGateway) Pay(ctx context.Context, id string) error { return nil }
