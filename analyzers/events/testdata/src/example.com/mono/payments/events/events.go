// Package events publishes payments' own topics: silent.
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
