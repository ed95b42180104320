// Package events publishes payments' own topics: silent. // want package:`CapturedEvent\.Name: const "payment\.captured"`
package events

import (
	"github.com/ThreeDotsLabs/watermill/message"

	"example.com/mono/platform/bus"
)

const Captured = "payment.captured"

func Emit(pub message.Publisher) {
	pub.Publish(Captured)
	bus.Publish(Captured, nil)
}

// CapturedEvent is payments' typed event; its Name, a constant, is its
// topic (a fact).
type CapturedEvent struct{ OrderID int }

func (*CapturedEvent) Name() string { return Captured }
