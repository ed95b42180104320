// Package api is payments' API.
package api

type Event struct{ ID int }

func Charge(id int) error { return nil }

// Notify sends payments' events on ch.
func Notify(ch chan<- Event) {}

// Events returns a channel of payments' events.
func Events() <-chan Event { return nil }
