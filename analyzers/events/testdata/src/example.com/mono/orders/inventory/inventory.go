// Package inventory, run with -findings: every publish and subscribe site
// is a note, and a topic that does not resolve is counted with its reason.
package inventory // want `uses claims boundaries.yaml:8:16, boundaries.yaml:13:16`

import (
	nats "github.com/nats-io/nats.go"

	"example.com/mono/platform/bus"
)

func Sites(nc *nats.Conn, topics map[string]string) {
	bus.Publish("order.placed", nil)      // want `publish order.placed`
	nc.Subscribe("payment.captured", nil) // want `subscribe payment.captured`
	nc.Publish(topics["x"], nil)          // want `not checked: this topic could not be resolved \(built at run time\)`
	subject := pick()
	nc.Publish(subject, nil) // want `not checked: this topic could not be resolved \(returned by inventory.pick\)`
	alt := "order.shipped"
	if len(topics) > 0 {
		alt = "order.cancelled"
	}
	bus.Publish(alt, nil) // want `publish order.cancelled` `publish order.shipped`
	bus.Publish("", nil)  // want `not checked: this topic could not be resolved \(empty topic name\)`
}

// Queue's topic is a constructor's parameter, which only its callers
// know: NewQueue is a wrapper (a fact), and its calls are the sites.
type Queue struct{ name string }

func NewQueue(name string) Queue { return Queue{name: name} } // want NewQueue:`bus\(nats publish topic 0\)`

func (q Queue) Send(nc *nats.Conn) {
	nc.Publish(q.name, nil)
}

func Queued(nc *nats.Conn) {
	NewQueue("order.queued").Send(nc) // want `publish order.queued`
}

func pick() string { return "" }
