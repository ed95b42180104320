package api

import "example.com/monolith/internal/platform/bus"

// TopicCaptured is the topic payments publishes a captured payment on;
// payments owns payment.* (boundaries.yaml).
const TopicCaptured = "payment.captured"

// Captured is the payload of TopicCaptured.
type Captured struct {
	OrderID   int64
	PaymentID string
	Amount    int64
}

// announce tells the rest of the monolith that a payment was captured.
func announce(c Captured) { bus.Publish(TopicCaptured, c) }
