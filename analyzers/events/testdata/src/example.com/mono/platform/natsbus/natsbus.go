// Package natsbus wraps a NATS connection: its topic is its caller's, so // want package:`Client\.Send: bus\(nats publish topic 0\)`
// its callers are the sites (a fact on Send and Emit).
package natsbus

import nats "github.com/nats-io/nats.go"

type Client struct{ nc *nats.Conn }

func (c *Client) Send(subject string, data []byte) error {
	return c.nc.Publish(subject, data)
}

// Emit wraps Send: a wrapper of a wrapper.
func Emit(c *Client, data []byte, subject string) error { // want Emit:`bus\(nats publish topic 2\)`
	return c.Send(subject, data)
}
