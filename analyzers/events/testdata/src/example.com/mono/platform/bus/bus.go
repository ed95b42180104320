// Package bus is an in-process event bus the spec declares
// (events.publishers, events.subscribers).
package bus

type Handler func(payload any)

func Publish(topic string, payload any) {}

func Subscribe(topic string, h Handler) {}

// Setting reads an env var (a config accessor the spec declares).
func Setting(name string) string { return "" }
