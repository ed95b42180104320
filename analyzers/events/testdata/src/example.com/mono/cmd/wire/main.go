// Command wire is a composition root that names the topic of a
// constructor of orders: orders publishes it, the root only wires it.
package main // want `uses claims boundaries.yaml:8:16`

import (
	nats "github.com/nats-io/nats.go"

	"example.com/mono/orders/inventory"
)

func main() {
	var nc *nats.Conn
	inventory.NewQueue("order.wired").Send(nc) // want `publish order.wired`
}
