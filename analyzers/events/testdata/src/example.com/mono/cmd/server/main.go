// Command server wires the components: a composition root publishes what
// it wires, silently.
package main

import (
	nats "github.com/nats-io/nats.go"

	"example.com/mono/orders/async"
	"example.com/mono/payments/api"
)

func main() {
	var nc *nats.Conn
	nc.Publish("payment.captured", nil)
	go api.Charge(1)
	async.Run(nil)
}
