// Package silent subscribes to payments' topics and publishes its own:
// nothing is reported.
package silent

import (
	"context"

	"cloud.google.com/go/pubsub"
	"github.com/IBM/sarama"
	"github.com/ThreeDotsLabs/watermill/message"
	"github.com/aws/aws-sdk-go-v2/aws"
	"github.com/aws/aws-sdk-go-v2/service/sqs"
	"github.com/confluentinc/confluent-kafka-go/v2/kafka"
	nats "github.com/nats-io/nats.go"
	kafkago "github.com/segmentio/kafka-go"

	"example.com/mono/platform/bus"
)

func Subscribe(ctx context.Context, sub message.Subscriber, r *message.Router, nc *nats.Conn, cg sarama.ConsumerGroup, c sarama.Consumer, cc *kafka.Consumer, q *sqs.Client, ps *pubsub.Client) {
	sub.Subscribe(ctx, "payment.captured")
	r.AddNoPublisherHandler("h", "payment.captured", sub, nil)
	nc.Subscribe("payment.captured", nil)
	nc.QueueSubscribe("payment.*", "orders", nil)
	kafkago.NewReader(kafkago.ReaderConfig{Topic: "payment.refunded"})
	cg.Consume(ctx, []string{"payment.captured", "payment.refunded"}, nil)
	c.ConsumePartition("payment.captured", 0, 0)
	cc.Subscribe("payment.captured", nil)
	cc.SubscribeTopics([]string{"payment.captured"}, nil)
	q.ReceiveMessage(ctx, &sqs.ReceiveMessageInput{QueueUrl: aws.String("payments-events")})
	ps.Subscription("payment.captured").Receive(ctx, nil)
	bus.Subscribe("payment.captured", nil)
}

// Own publishes orders' own topic; unowned topics are no finding either,
// and a topic that is a parameter makes Own a wrapper (a fact).
func Own(pub message.Publisher, nc *nats.Conn, subject string) { // want Own:`bus\(nats publish topic 2\)`
	pub.Publish("order.placed")
	nc.Publish("audit.log", nil)
	nc.Publish(subject, nil)
	bus.Publish("order.paid", nil)
}
