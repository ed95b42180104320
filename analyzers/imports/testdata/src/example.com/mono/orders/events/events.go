package events // want package:"imports }"

// Publish publishes an event.
func Publish(name string) {}
