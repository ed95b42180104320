// Package bus is the monolith's in-process event bus: handlers run in the
// publisher's goroutine today, and a broker carries the topics once
// payments is a service. boundaries.yaml declares Publish and Subscribe
// under events, so boundarylint knows their topic arguments.
package bus

import "sync"

// Handler receives one event's payload.
type Handler func(payload any)

var (
	mu       sync.Mutex
	handlers = map[string][]Handler{}
)

// Publish hands payload to every handler of topic.
func Publish(topic string, payload any) {
	mu.Lock()
	hs := handlers[topic]
	mu.Unlock()
	for _, h := range hs {
		h(payload)
	}
}

// Subscribe registers h for topic.
func Subscribe(topic string, h Handler) {
	mu.Lock()
	defer mu.Unlock()
	handlers[topic] = append(handlers[topic], h)
}
