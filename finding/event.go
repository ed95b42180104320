package finding

// Event is one place where a component talks to another asynchronously:
// a publish or subscribe site of a broker client or a spec-declared bus,
// or a go statement or a channel that hands work to another component. It
// is no finding (publishing to another component's topic is:
// events/foreign-topic). The events analyzer, run with its -findings flag
// (drivers only), reports each as a note diagnostic whose Category is
// EventsSite and whose one Related entry is EncodeEvent's text; drivers
// collect them for the architecture document's events section, the cut
// list and the graph. A plain go vet or golangci-lint run never sees them.
type Event struct {
	Kind EventKind `json:"kind"`
	// Topic is the topic, subject or queue as the code names it; a name read
	// from configuration is env:NAME or config:key. Empty for an
	// asynchronous path (EventGo, EventChannel) and for a site whose topic
	// could not be resolved (counted as an events/unread place).
	Topic string `json:"topic,omitempty"`
	// Library is the client that publishes or subscribes: watermill, nats,
	// kafka-go, sarama, confluent-kafka, sqs, sns, pubsub, or bus for a
	// function the spec's events section declares.
	Library string `json:"library,omitempty"`
	// Component is the component whose code publishes, subscribes or
	// starts the path; ToComponent, for an asynchronous path, the one it
	// calls into, and Callee the function (pkg.Func, pkg.Type.Method).
	Component   string   `json:"component,omitempty"`
	ToComponent string   `json:"to_component,omitempty"`
	Callee      string   `json:"callee,omitempty"`
	Package     string   `json:"package"` // import path, as Finding.FromPackage
	Pos         Position `json:"pos"`
}

// EventKind says what an Event is.
type EventKind string

const (
	EventPublish   EventKind = "publish"   // a message sent to Topic
	EventSubscribe EventKind = "subscribe" // a handler or reader of Topic
	EventGo        EventKind = "go"        // a go statement that calls into ToComponent
	EventChannel   EventKind = "channel"   // a channel passed to or returned by ToComponent's function
)

// Async reports whether e is an asynchronous path between components
// rather than a topic's publish or subscribe site.
func (e Event) Async() bool { return e.Kind == EventGo || e.Kind == EventChannel }

// EventsSite is the Category of the note diagnostics that carry an Event.
const EventsSite = "events/site"

// encodedEventPrefix starts the text of an encoded Event.
const encodedEventPrefix = "boundarylint-event:"

// EncodeEvent returns e as one line of text that DecodeEvent reads back.
func EncodeEvent(e Event) string { return encode(encodedEventPrefix, e) }

// DecodeEvent reads an Event written by EncodeEvent. ok is false when
// text is not one; err reports one that is but does not decode.
func DecodeEvent(text string) (e Event, ok bool, err error) {
	return decode[Event](encodedEventPrefix, "event note", text)
}
