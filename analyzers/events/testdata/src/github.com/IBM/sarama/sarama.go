// Package sarama stubs IBM/sarama.
package sarama

import "context"

type Encoder interface{ Encode() ([]byte, error) }

type StringEncoder string

func (s StringEncoder) Encode() ([]byte, error) { return []byte(s), nil }

type ProducerMessage struct {
	Topic string
	Value Encoder
}

type SyncProducer interface {
	SendMessage(msg *ProducerMessage) (partition int32, offset int64, err error)
}

type AsyncProducer interface {
	Input() chan<- *ProducerMessage
}

type PartitionConsumer interface{}

type Consumer interface {
	ConsumePartition(topic string, partition int32, offset int64) (PartitionConsumer, error)
}

type ConsumerGroupHandler interface{}

type ConsumerGroup interface {
	Consume(ctx context.Context, topics []string, handler ConsumerGroupHandler) error
}
