package events

import (
	"go/types"
	"strings"

	"github.com/boundarylint/boundarylint/analyzers/internal/typenames"
	"github.com/boundarylint/boundarylint/finding"
)

// topicFrom says where a call names its topic.
type topicFrom struct {
	arg   int      // the argument that holds it, counting from 0; -1: the receiver
	field []string // the field path inside that argument's struct literal, when it is one
	list  bool     // the argument is a []string of topics
	// method, when set, is the argument's method whose result is the topic
	// (a typed event's Name)
	method string
	// else is where the topic is when this place names none: kafka-go's
	// Writer without a Topic writes each Message to its own.
	else_ *topicFrom
}

// method is one publish or subscribe call of a broker client.
type method struct {
	lib   string
	pkgs  []string // the import paths that declare it (major versions, forks)
	recv  string   // the receiver's type name, "" for a function
	name  string
	kind  finding.EventKind
	topic topicFrom
	via   *types.Func // the wrapper whose fact this is, nil for a client method or a spec bus
}

var (
	watermillPkgs  = []string{"github.com/ThreeDotsLabs/watermill/message"}
	natsPkgs       = []string{"github.com/nats-io/nats.go"}
	jetstreamPkgs  = []string{"github.com/nats-io/nats.go/jetstream"}
	kafkaGoPkgs    = []string{"github.com/segmentio/kafka-go"}
	saramaPkgs     = []string{"github.com/IBM/sarama", "github.com/Shopify/sarama"}
	confluentPkgs  = []string{"github.com/confluentinc/confluent-kafka-go/kafka", "github.com/confluentinc/confluent-kafka-go/v2/kafka"}
	sqsPkgs        = []string{"github.com/aws/aws-sdk-go-v2/service/sqs"}
	snsPkgs        = []string{"github.com/aws/aws-sdk-go-v2/service/sns"}
	pubsubPkgs     = []string{"cloud.google.com/go/pubsub"}
	pubsubV2Pkgs   = []string{"cloud.google.com/go/pubsub/v2"}
	amqpPkgs       = []string{"github.com/streadway/amqp", "github.com/rabbitmq/amqp091-go"}
	awsPointerPkgs = []string{"github.com/aws/aws-sdk-go-v2/aws", "github.com/aws/aws-sdk-go/aws"}
)

func arg(i int) topicFrom                   { return topicFrom{arg: i} }
func field(i int, path ...string) topicFrom { return topicFrom{arg: i, field: path} }
func list(i int) topicFrom                  { return topicFrom{arg: i, list: true} }
func fromRecv() topicFrom                   { return topicFrom{arg: -1} }
func pub(lib string, pkgs []string, recv, name string, t topicFrom) method {
	return method{lib, pkgs, recv, name, finding.EventPublish, t, nil}
}
func sub(lib string, pkgs []string, recv, name string, t topicFrom) method {
	return method{lib, pkgs, recv, name, finding.EventSubscribe, t, nil}
}

// methods lists the publish and subscribe calls of the clients the
// analyzer knows. A call through an interface (watermill's
// message.Publisher, sarama's SyncProducer, nats.JetStreamContext) is
// matched by the interface's method; watermill's concrete publishers and
// subscribers are matched by shape (see watermillShape).
var methods = []method{
	pub("watermill", watermillPkgs, "Publisher", "Publish", arg(0)),
	sub("watermill", watermillPkgs, "Subscriber", "Subscribe", arg(1)),
	sub("watermill", watermillPkgs, "Router", "AddHandler", arg(1)),
	pub("watermill", watermillPkgs, "Router", "AddHandler", arg(3)),
	sub("watermill", watermillPkgs, "Router", "AddNoPublisherHandler", arg(1)),
	sub("watermill", watermillPkgs, "Router", "AddConsumerHandler", arg(1)),

	pub("nats", natsPkgs, "Conn", "Publish", arg(0)),
	pub("nats", natsPkgs, "Conn", "PublishMsg", field(0, "Subject")),
	pub("nats", natsPkgs, "Conn", "PublishRequest", arg(0)),
	pub("nats", natsPkgs, "Conn", "Request", arg(0)),
	pub("nats", natsPkgs, "Conn", "RequestWithContext", arg(1)),
	sub("nats", natsPkgs, "Conn", "Subscribe", arg(0)),
	sub("nats", natsPkgs, "Conn", "SubscribeSync", arg(0)),
	sub("nats", natsPkgs, "Conn", "ChanSubscribe", arg(0)),
	sub("nats", natsPkgs, "Conn", "QueueSubscribe", arg(0)),
	sub("nats", natsPkgs, "Conn", "QueueSubscribeSync", arg(0)),
	sub("nats", natsPkgs, "Conn", "ChanQueueSubscribe", arg(0)),
	pub("nats", natsPkgs, "EncodedConn", "Publish", arg(0)),
	pub("nats", natsPkgs, "EncodedConn", "Request", arg(0)),
	sub("nats", natsPkgs, "EncodedConn", "Subscribe", arg(0)),
	sub("nats", natsPkgs, "EncodedConn", "QueueSubscribe", arg(0)),
	pub("nats", natsPkgs, "JetStreamContext", "Publish", arg(0)),
	pub("nats", natsPkgs, "JetStreamContext", "PublishAsync", arg(0)),
	pub("nats", natsPkgs, "JetStreamContext", "PublishMsg", field(0, "Subject")),
	sub("nats", natsPkgs, "JetStreamContext", "Subscribe", arg(0)),
	sub("nats", natsPkgs, "JetStreamContext", "SubscribeSync", arg(0)),
	sub("nats", natsPkgs, "JetStreamContext", "QueueSubscribe", arg(0)),
	sub("nats", natsPkgs, "JetStreamContext", "PullSubscribe", arg(0)),
	pub("nats", jetstreamPkgs, "JetStream", "Publish", arg(1)),
	pub("nats", jetstreamPkgs, "JetStream", "PublishAsync", arg(0)),

	pub("kafka-go", kafkaGoPkgs, "Writer", "WriteMessages", topicFrom{arg: -1, else_: &topicFrom{arg: 1, field: []string{"Topic"}}}),
	sub("kafka-go", kafkaGoPkgs, "", "NewReader", field(0, "Topic")),

	pub("sarama", saramaPkgs, "SyncProducer", "SendMessage", field(0, "Topic")),
	pub("sarama", saramaPkgs, "SyncProducer", "SendMessages", field(0, "Topic")),
	sub("sarama", saramaPkgs, "Consumer", "ConsumePartition", arg(0)),
	sub("sarama", saramaPkgs, "ConsumerGroup", "Consume", list(1)),

	pub("confluent-kafka", confluentPkgs, "Producer", "Produce", field(0, "TopicPartition", "Topic")),
	sub("confluent-kafka", confluentPkgs, "Consumer", "Subscribe", arg(0)),
	sub("confluent-kafka", confluentPkgs, "Consumer", "SubscribeTopics", list(0)),

	pub("sqs", sqsPkgs, "Client", "SendMessage", field(1, "QueueUrl")),
	pub("sqs", sqsPkgs, "Client", "SendMessageBatch", field(1, "QueueUrl")),
	sub("sqs", sqsPkgs, "Client", "ReceiveMessage", field(1, "QueueUrl")),
	pub("sns", snsPkgs, "Client", "Publish", field(1, "TopicArn")),
	pub("sns", snsPkgs, "Client", "PublishBatch", field(1, "TopicArn")),
	sub("sns", snsPkgs, "Client", "Subscribe", field(1, "TopicArn")),

	// AMQP: the topic is the routing key (for the default exchange, the
	// queue), else, for a fanout exchange's empty key, the exchange.
	pub("amqp", amqpPkgs, "Channel", "Publish", topicFrom{arg: 1, else_: &topicFrom{arg: 0}}),
	pub("amqp", amqpPkgs, "Channel", "PublishWithContext", topicFrom{arg: 2, else_: &topicFrom{arg: 1}}),
	sub("amqp", amqpPkgs, "Channel", "Consume", arg(0)),
	sub("amqp", amqpPkgs, "Channel", "ConsumeWithContext", arg(1)),

	pub("pubsub", pubsubPkgs, "Topic", "Publish", fromRecv()),
	sub("pubsub", pubsubPkgs, "Subscription", "Receive", fromRecv()),
	pub("pubsub", pubsubV2Pkgs, "Publisher", "Publish", fromRecv()),
	sub("pubsub", pubsubV2Pkgs, "Subscriber", "Receive", fromRecv()),
}

// origin is a constructor or struct type whose result is a handle bound
// to one topic: the receiver of a fromRecv method is traced back to it.
type origin struct {
	pkgs  []string
	recv  string // "" for a function or a struct type
	name  string // the function, method or struct type
	topic topicFrom
}

var origins = []origin{
	{kafkaGoPkgs, "", "Writer", field(0, "Topic")}, // the composite literal kafka.Writer{Topic: ...}
	{kafkaGoPkgs, "", "NewWriter", field(0, "Topic")},
	{pubsubPkgs, "Client", "Topic", arg(0)},
	{pubsubPkgs, "Client", "TopicInProject", arg(0)},
	{pubsubPkgs, "Client", "CreateTopic", arg(1)},
	{pubsubPkgs, "Client", "Subscription", arg(0)},
	{pubsubPkgs, "Client", "SubscriptionInProject", arg(0)},
	{pubsubV2Pkgs, "Client", "Publisher", arg(0)},
	{pubsubV2Pkgs, "Client", "Subscriber", arg(0)},
	{amqpPkgs, "Channel", "QueueDeclare", arg(0)}, // q.Name of the amqp.Queue it returns
	{amqpPkgs, "Channel", "QueueDeclarePassive", arg(0)},
}

// namedBy is a field of a handle type that holds the name of the topic
// the handle was made for: amqp.Queue's Name.
type namedBy struct {
	pkgs       []string
	typ, field string
}

var handleNames = []namedBy{{amqpPkgs, "Queue", "Name"}}

// matchMethod returns the known publish and subscribe calls fn is (a
// watermill router handler both subscribes and publishes).
func matchMethod(fn *types.Func) []method {
	if fn == nil || fn.Pkg() == nil {
		return nil
	}
	var out []method
	for _, m := range methods {
		if m.name == fn.Name() && typenames.RecvName(fn) == m.recv && inPkgs(fn.Pkg().Path(), m.pkgs) {
			out = append(out, m)
		}
	}
	if out == nil {
		if m, ok := watermillShape(fn); ok {
			out = append(out, m)
		}
	}
	return out
}

// watermillShape matches the concrete publishers and subscribers of
// watermill's Pub/Sub packages (gochannel, watermill-kafka, -nats, -sql,
// ...), which implement message.Publisher and message.Subscriber:
// Publish(topic string, messages ...*message.Message) error and
// Subscribe(ctx, topic string) (<-chan *message.Message, error), declared
// under github.com/ThreeDotsLabs/watermill.
func watermillShape(fn *types.Func) (method, bool) {
	if !strings.HasPrefix(fn.Pkg().Path(), "github.com/ThreeDotsLabs/watermill") || typenames.RecvName(fn) == "" {
		return method{}, false
	}
	params := fn.Signature().Params()
	switch {
	case fn.Name() == "Publish" && params.Len() == 2 && isString(params.At(0).Type()) && fn.Signature().Variadic():
		return pub("watermill", nil, "", "Publish", arg(0)), true
	case fn.Name() == "Subscribe" && params.Len() == 2 && isString(params.At(1).Type()):
		return sub("watermill", nil, "", "Subscribe", arg(1)), true
	}
	return method{}, false
}

// matchOrigin returns the origin fn (or the struct type named name in
// pkg, for a composite literal) is.
func matchOrigin(pkg, recv, name string) (origin, bool) {
	for _, o := range origins {
		if o.name == name && o.recv == recv && inPkgs(pkg, o.pkgs) {
			return o, true
		}
	}
	return origin{}, false
}

func inPkgs(path string, pkgs []string) bool {
	for _, p := range pkgs {
		if path == p {
			return true
		}
	}
	return false
}

func isString(t types.Type) bool {
	b, ok := t.Underlying().(*types.Basic)
	return ok && b.Info()&types.IsString != 0
}
