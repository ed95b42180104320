// Package kafka stubs confluent-kafka-go v2.
package kafka

type TopicPartition struct {
	Topic     *string
	Partition int32
}

const PartitionAny = int32(-1)

type Message struct {
	TopicPartition TopicPartition
	Value          []byte
}

type Event interface{}

type Producer struct{}

func (p *Producer) Produce(msg *Message, deliveryChan chan Event) error { return nil }

type RebalanceCb func(*Consumer, Event) error

type Consumer struct{}

func (c *Consumer) Subscribe(topic string, rebalanceCb RebalanceCb) error          { return nil }
func (c *Consumer) SubscribeTopics(topics []string, rebalanceCb RebalanceCb) error { return nil }
