// Package publish publishes to topics payments owns, through each client
// the analyzer knows: every publish is a finding.
package publish

import (
	"context"
	"os"

	"cloud.google.com/go/pubsub"
	"github.com/IBM/sarama"
	"github.com/ThreeDotsLabs/watermill/message"
	"github.com/ThreeDotsLabs/watermill/pubsub/gochannel"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sns"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	"github.com/confluentinc/confluent-kafka-go/v2/kafka"
	nats "github.com/nats-io/nats.go"
	kafkago "github.com/segmentio/kafka-go"
	"github.com/streadway/amqp"

	"example.com/mono/payments/events"
	"example.com/mono/platform/bus"
	"example.com/mono/platform/natsbus"
)

const captured = "payment.captured"

type Service struct {
	pub    message.Publisher
	nc     *nats.Conn
	js     nats.JetStreamContext
	writer *kafkago.Writer
	topic  string
}

func New(pub message.Publisher) *Service {
	return &Service{pub: pub, writer: &kafkago.Writer{Topic: "payment.refunded"}, topic: captured}
}

func (s *Service) Watermill(ch *gochannel.GoChannel, r *message.Router, sub message.Subscriber) {
	s.pub.Publish(captured, message.NewMessage("1", nil))                   // want `orders/publish publishes to topic payment.captured, owned by component payments \(boundaries.yaml:13\); publish an event orders owns, or ask payments to publish it`
	ch.Publish("payment.failed")                                            // want `topic payment.failed, owned by component payments`
	r.AddHandler("h", "order.placed", sub, "payment.requested", s.pub, nil) // want `topic payment.requested, owned by component payments`
}

func (s *Service) Nats() {
	s.nc.Publish(s.topic, nil)                            // want `topic payment.captured`
	s.nc.PublishMsg(&nats.Msg{Subject: "payment.voided"}) // want `topic payment.voided`
	s.js.Publish("payment.settled", nil)                  // want `topic payment.settled`
	var c natsbus.Client
	c.Send("payment.disputed", nil)          // want `topic payment.disputed`
	natsbus.Emit(&c, nil, "payment.expired") // want `topic payment.expired`
	bus.Publish("payment.bus", nil)          // want `topic payment.bus`
}

func (s *Service) Kafka(ctx context.Context, sp sarama.SyncProducer, ap sarama.AsyncProducer, p *kafka.Producer) {
	s.writer.WriteMessages(ctx, kafkago.Message{Value: nil}) // want `topic payment.refunded`
	w := &kafkago.Writer{}
	w.WriteMessages(ctx, kafkago.Message{Topic: "payment.chargeback"}) // want `topic payment.chargeback`
	sp.SendMessage(&sarama.ProducerMessage{Topic: "payment.sarama"})   // want `topic payment.sarama`
	ap.Input() <- &sarama.ProducerMessage{Topic: "payment.async"}      // want `topic payment.async`
	topic := "payment.confluent"
	p.Produce(&kafka.Message{TopicPartition: kafka.TopicPartition{Topic: &topic}}, nil) // want `topic payment.confluent`
}

func Cloud(ctx context.Context, q *sqs.Client, n *sns.Client, ps *pubsub.Client) {
	q.SendMessage(ctx, &sqs.SendMessageInput{QueueUrl: aws.String("https://sqs.eu-west-1.amazonaws.com/1/payments-events")}) // want `topic https://sqs.eu-west-1.amazonaws.com/1/payments-events, owned by component payments`
	n.Publish(ctx, &sns.PublishInput{TopicArn: aws.String("arn:aws:sns:eu-west-1:1:payments-events")})                       // want `topic arn:aws:sns:eu-west-1:1:payments-events`
	t := ps.Topic("payment.pubsub")
	t.Publish(ctx, &pubsub.Message{}) // want `topic payment.pubsub`
}

// Config reads the topic from the environment: it is named env:NAME.
type Config struct {
	Topic string `env:"PAYMENTS_TOPIC"`
}

func FromConfig(nc *nats.Conn, cfg Config) {
	nc.Publish(os.Getenv("PAYMENTS_TOPIC"), nil)   // want `topic env:PAYMENTS_TOPIC`
	nc.Publish(cfg.Topic, nil)                     // want `topic env:PAYMENTS_TOPIC`
	nc.Publish(bus.Setting("PAYMENTS_TOPIC"), nil) // want `topic env:PAYMENTS_TOPIC`
}

// AMQP publishes on the default exchange with the queue's name as routing
// key, the name traced from QueueDeclare through a struct field; or on a
// fanout exchange, whose empty key leaves the exchange as the topic.
type AMQP struct {
	queue   amqp.Queue
	channel *amqp.Channel
}

func NewAMQP(ch *amqp.Channel) (AMQP, error) {
	q, err := ch.QueueDeclare("payments-events", true, false, false, false, nil)
	if err != nil {
		return AMQP{}, err
	}
	return AMQP{q, ch}, nil
}

func (a AMQP) Send(body []byte) error {
	a.channel.Publish("", "payment.amqp", false, false, amqp.Publishing{Body: body})      // want `topic payment.amqp`
	a.channel.Publish("payment.fanout", "", false, false, amqp.Publishing{})              // want `topic payment.fanout`
	return a.channel.Publish("", a.queue.Name, false, false, amqp.Publishing{Body: body}) // want `topic payments-events`
}

// Typed publishes payments' typed event, through a wrapper found by its
// fact and through a function the spec declares with method: Name.
func Typed() {
	bus.Dispatch(&events.CapturedEvent{OrderID: 1}) // want `topic payment.captured`
	bus.Later(&events.CapturedEvent{})              // want `topic payment.captured`
}
