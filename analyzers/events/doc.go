// Package events defines an Analyzer that finds where components talk
// through messages: the topics each publishes and subscribes to, and the
// asynchronous paths (go statements, channels) between components.
//
// # Analyzer events
//
// events: report messages published to a topic another component owns, and list every publish and subscribe site
//
// Each rule below is documented once, with a bad and a good example, in the
// rule registry: `boundarylint help RULE` prints it, and docs/rules.md lists
// every rule. This comment tells the analyzer's story.
//
// An extracted component keeps talking to the rest through events. The
// events analyzer finds the publish and subscribe calls of the broker
// clients it knows, by import path and type (never by a name alone):
//
//	watermill   message.Publisher.Publish, message.Subscriber.Subscribe, Router.AddHandler,
//	            AddNoPublisherHandler, AddConsumerHandler, and any Publish/Subscribe of that
//	            shape declared under github.com/ThreeDotsLabs/watermill
//	nats        nats.Conn and EncodedConn Publish, PublishMsg, Request, Subscribe, QueueSubscribe,
//	            ChanSubscribe; JetStreamContext Publish, Subscribe, PullSubscribe; jetstream.JetStream.Publish
//	kafka-go    Writer.WriteMessages (the Writer's Topic, else each Message's), NewReader(ReaderConfig{Topic})
//	sarama      SyncProducer.SendMessage(s), AsyncProducer.Input() <- msg (ProducerMessage.Topic),
//	            Consumer.ConsumePartition, ConsumerGroup.Consume (IBM/ and Shopify/sarama)
//	confluent   Producer.Produce (Message.TopicPartition.Topic), Consumer.Subscribe, SubscribeTopics
//	sqs, sns    aws-sdk-go-v2 sqs.Client SendMessage(Batch), ReceiveMessage (QueueUrl);
//	            sns.Client Publish(Batch), Subscribe (TopicArn)
//	amqp        streadway/amqp and amqp091-go Channel.Publish (the routing key, else the exchange;
//	            q.Name traced to QueueDeclare), Channel.Consume
//	pubsub      Topic.Publish and Subscription.Receive, traced to client.Topic(name) and
//	            client.Subscription(name); v2's Publisher and Subscriber
//
// plus the in-process buses the spec declares under events.publishers and
// events.subscribers ({func: example.com/monolith/internal/platform/bus.Publish, topic: 0};
// method: Name for a typed event whose Name() returns its topic).
//
// A topic resolves through constants, local variables, package variables
// and struct fields the package assigns constants to, composite literals
// (kafka.Message{Topic: ...}, &sqs.SendMessageInput{QueueUrl: aws.String(...)}),
// and through configuration: a topic read with os.Getenv("X"), a spec
// config accessor or getter of an env var, or from a struct field tagged
// env:"X" (caarlos0/env, envconfig) is named env:X; one read with viper or
// a config accessor of a key, config:key. A spec can claim such a name
// (owns.topics: ["env:PAYMENTS_TOPIC"]). What does not resolve is counted
// with its place and reason as an events/unread place, never dropped.
//
// A function whose topic is its own parameter (a wrapper around a client,
// or around another wrapper) is no site itself: the analyzer exports a
// fact on it, and its callers, in any package, are the sites.
//
// A component that publishes to a topic another component owns
// (owns.topics) is reported (events/foreign-topic): in a file of orders,
// where payments owns payment.*,
//
//	bus.Publish("payment.captured", msg) // events/foreign-topic
//	bus.Subscribe("payment.captured", h) // silent: subscribing is how events decouple
//
// Composition roots are exempt; so are test files, unless the spec's tests
// key names events (boundary.DefaultTests). A whole-module run also reports
// each owns.topics claim no site's topic matches (events/unused-claim).
//
// Asynchronous paths, which are notes and no findings: a go statement that
// calls into another, non-shared component (directly, or in the function
// literal it starts), a call into another component that passes or
// returns a channel, and a send of another component's type on a channel.
//
// Run by a driver (the -findings flag), the analyzer also reports every
// publish and subscribe site, every asynchronous path (category
// events/site) and every unresolved topic (events/unread) as notes that
// drivers collect for the architecture document's events section, the cut
// list and the graph; plain go vet and golangci-lint runs never see them.
package events
