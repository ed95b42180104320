// Package bus is an in-process event bus the spec declares
// (events.publishers, events.subscribers).
package bus

type Handler func(payload any)

func Publish(topic string, payload any) {}

func Subscribe(topic string, h Handler) {}

// Setting reads an env var (a config accessor the spec declares).
func Setting(name string) string { return "" }

// Event is a typed event: its Name is its topic.
type Event interface{ Name() string }

// Dispatch publishes a typed event: a wrapper whose topic is its
// parameter's Name (a fact).
func Dispatch(e Event) { Publish(e.Name(), e) } // want Dispatch:`bus\(bus publish topic 0.Name\(\)\)`

// Later queues e, to be published after a commit; the spec declares it
// (events.publishers with method: Name).
func Later(e Event) { pending = append(pending, e) }

var pending []Event
