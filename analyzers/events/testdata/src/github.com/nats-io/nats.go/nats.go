// Package nats stubs nats.go.
package nats

type Conn struct{}

type Msg struct {
	Subject string
	Data    []byte
}

type MsgHandler func(msg *Msg)

type Subscription struct{}

func Connect(url string) (*Conn, error) { return &Conn{}, nil }

func (nc *Conn) Publish(subj string, data []byte) error                      { return nil }
func (nc *Conn) PublishMsg(m *Msg) error                                     { return nil }
func (nc *Conn) Subscribe(subj string, cb MsgHandler) (*Subscription, error) { return nil, nil }
func (nc *Conn) QueueSubscribe(subj, queue string, cb MsgHandler) (*Subscription, error) {
	return nil, nil
}
func (nc *Conn) JetStream() (JetStreamContext, error) { return nil, nil }

type PubAck struct{}

type JetStreamContext interface {
	Publish(subj string, data []byte) (*PubAck, error)
	Subscribe(subj string, cb MsgHandler) (*Subscription, error)
}
