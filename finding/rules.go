package finding

// Rule IDs, one per kind of finding. An ID is the Category of every
// diagnostic its rule reports and the key of its documentation; IDs are
// never renamed, because baselines and CI configurations name them.
const (
	ImportsForbidden  = "imports/forbidden"
	ImportsPrivate    = "imports/private"
	ImportsReserved   = "imports/reserved"
	ImportsUnassigned = "imports/unassigned"
	ImportsIsolated   = "imports/isolated"
	ImportsCycle      = "imports/cycle"

	ConfigEnv          = "config/env"
	ConfigKey          = "config/key"
	ConfigField        = "config/field"
	ConfigUnverifiable = "config/unverifiable"
	ConfigSpec         = "config/spec"
	ConfigUnusedClaim  = "config/unused-claim"

	TxForeignTable = "tx/foreign-table"
	TxCrossOwner   = "tx/cross-owner"
	TxCrossing     = "tx/crossing"
	TxCallInTx     = "tx/call-in-tx"
	TxUnusedClaim  = "tx/unused-claim"

	CtxstateContextRead  = "ctxstate/context-read"
	CtxstateContextWrite = "ctxstate/context-write"
	CtxstateStateWrite   = "ctxstate/state-write"
	CtxstateStateRead    = "ctxstate/state-read"
	CtxstateSpec         = "ctxstate/spec"
	CtxstateUnusedClaim  = "ctxstate/unused-claim"

	RemoteNonData        = "remote/non-data"
	RemoteWritesArgument = "remote/writes-argument"
	RemoteAliasedResult  = "remote/aliased-result"
	RemoteCallInLoop     = "remote/call-in-loop"

	EventsForeignTopic = "events/foreign-topic"
	EventsUnusedClaim  = "events/unused-claim"

	IgnoresNoReason      = "ignores/no-reason"
	IgnoresUnused        = "ignores/unused"
	IgnoresStaleBaseline = "ignores/stale-baseline"
)

// Rule documents one rule. It is the one source of a rule's documentation,
// as staticcheck's lint.Documentation is: docs/rules.md, the SARIF rules'
// help, `boundarylint help RULE` and the analyzers' rule lists are made
// from it, and tests fail when a rule lacks a part or a page is stale.
type Rule struct {
	ID       string   // "analyzer/name"
	Analyzer string   // the analyzer that reports it
	Title    string   // one line: what is reported
	When     string   // exactly when it is reported: what the analyzer matches
	Why      string   // why it matters for extracting a component
	Fix      string   // what to do instead
	Bad      string   // code that is reported, on the example monolith's spec
	Good     string   // the same code once fixed
	Spec     []string // the spec keys the rule reads, as the spec reference names them
}

// registry lists every rule, grouped by analyzer in the order the suite
// runs them. The examples assume the example monolith's spec
// (testdata/monolith/boundaries.yaml).
var registry = []Rule{
	{
		ID: ImportsForbidden, Analyzer: "imports",
		Title: "an import of a component this one may not depend on",
		When:  "The imported package belongs to component B, B is not A, not shared and not in A's depends_on; or B is a composition root.",
		Why:   "A component that imports another it does not list in depends_on cannot be built and deployed without it.",
		Fix:   "Depend on something the component may use, or add the other component to its depends_on.",
		Bad:   "// in internal/inventory/stock\nimport \"example.com/monolith/internal/orders/model\"",
		Good:  "// in internal/inventory/stock: take the data as a parameter instead\nfunc Reserve(sku string, qty int) error",
		Spec:  []string{"components.NAME.packages", "components.NAME.depends_on", "components.NAME.shared", "components.NAME.composition_root"},
	},
	{
		ID: ImportsPrivate, Analyzer: "imports",
		Title: "an import of a package outside the other component's api",
		When:  "Component B may be used, but the package is not in B's api (a composition root may import any package of the components it depends on).",
		Why:   "Importing another component's internals couples to code its owners will change or move freely; after extraction only its API remains.",
		Fix:   "Import one of the component's api packages instead.",
		Bad:   "// in internal/orders/service\nimport \"example.com/monolith/internal/payments/ledger\"",
		Good:  "// in internal/orders/service\nimport \"example.com/monolith/internal/payments/api\"",
		Spec:  []string{"components.NAME.api", "components.NAME.depends_on"},
	},
	{
		ID: ImportsReserved, Analyzer: "imports",
		Title: "a third-party import that external reserves to other components",
		When:  "A package imports a third-party package that external reserves to components other than its own.",
		Why:   "An SDK reserved to one component (a payment provider's, say) used elsewhere spreads its credentials and its failure modes across services.",
		Fix:   "Call the API of the component that owns the SDK.",
		Bad:   "// in internal/orders/checkout\nimport \"github.com/stripe/stripe-go/v82\"",
		Good:  "// in internal/orders/checkout: payments owns the SDK\nimport \"example.com/monolith/internal/payments/api\"",
		Spec:  []string{"external"},
	},
	{
		ID: ImportsUnassigned, Analyzer: "imports",
		Title: "a package no component claims (unassigned: warn or deny), or an import of one (deny)",
		When:  "With unassigned: warn or deny, a package no component claims (reported once); with deny, also each import of one.",
		Why:   "Code outside every component has no owner and no rules; under deny, depending on it hides coupling.",
		Fix:   "Add the package to a component's packages.",
		Bad:   "# boundaries.yaml: internal/legacy/reports is in no component's packages\nunassigned: warn",
		Good:  "components:\n  reporting:\n    packages: [internal/legacy/reports]",
		Spec:  []string{"unassigned", "components.NAME.packages"},
	},
	{
		ID: ImportsIsolated, Analyzer: "imports",
		Title: "an isolated component reaching, through any chain of imports, a component outside itself and its depends_on",
		When:  "A package of an isolated component reaches, through any chain of imports, a component outside itself and its depends_on; reported at the import that opens the chain, with the chain.",
		Why:   "An isolated component must build alone; a shared helper that imports another component drags that component along.",
		Fix:   "Break the chain the message prints: keep the helper free of the other component, or move the code.",
		Bad:   "// in internal/payments/store; platform/util imports users:\n// payments/store -> platform/util -> users\nimport \"example.com/monolith/internal/platform/util\"",
		Good:  "// keep platform/util free of users, or move the helper into users\n// and call it from a component that may",
		Spec:  []string{"components.NAME.isolated", "components.NAME.depends_on"},
	},
	{
		ID: ImportsCycle, Analyzer: "imports",
		Title: "a cycle in the component graph the code's imports make",
		When:  "The code's component graph has a cycle that mutual does not declare. Each strongly connected set of components is reported once per run, the same in every mode, at an import to break: a single loop names its imports, a larger set its loops of two and then the imports whose removal breaks every loop (forbidden ones before those depends_on allows), each at its file:line; the finding's chain lists every edge.",
		Why:   "Components in a cycle cannot be extracted one at a time.",
		Fix:   "Remove the imports the message names to break: move shared types to a package both may import, or pass the data in; or declare a pair that must import each other under mutual.",
		Bad:   "// inventory/stock imports orders/model, and orders/service imports inventory/stock:\n// component cycle inventory -> orders -> inventory",
		Good:  "// move Order to a package both may import, or pass the data in",
		Spec:  []string{"mutual", "components.NAME.packages"},
	},

	{
		ID: ConfigEnv, Analyzer: "config",
		Title: "an environment variable another component owns, read or written",
		When:  "A call reads or writes an environment variable another component owns: os.Getenv, LookupEnv, Setenv, Unsetenv, ExpandEnv (each $VAR), syscall's Getenv, Setenv and Unsetenv, t.Setenv in tests (under tests: {setup: enforce}: a test's writes are setup by default), a declared accessor of kind env, viper.BindEnv's env names; a call of a getter of another component that returns the variable (inferred from its body, or declared in config.getters); struct tags (env:\"NAME\", envconfig:\"name\") and envconfig.Process with a constant prefix; a key built at run time whose constant prefix only one component's claim covers.",
		Why:   "After extraction the variable is set only in its owner's deployment; code elsewhere silently reads nothing.",
		Fix:   "Ask the owner through its API for what the variable is used for, or move the code to the owner.",
		Bad:   "// in orders; payments owns STRIPE_*\nkey := os.Getenv(\"STRIPE_SECRET_KEY\")",
		Good:  "// in orders: ask payments for what the key is used for\nerr := payments.Charge(ctx, order.ID, amount)",
		Spec:  []string{"components.NAME.owns.env", "config.shared.env", "config.readers", "config.accessors", "config.getters"},
	},
	{
		ID: ConfigKey, Analyzer: "config",
		Title: "a config key another component owns, read or written",
		When:  "A call reads or writes a config key another component owns (case-insensitive, as viper folds keys): viper's package functions and *viper.Viper methods taking a key, every *koanf.Koanf method taking a key path, flag.Lookup and Set, declared accessors of kind config, a call of a getter of another component that returns the key (Key.GetString() on a constant Key, a wrapper String(key) with a constant). A key reads its whole subtree: viper.Sub(\"payments\") reads payments.*.",
		Why:   "After extraction the key lives in its owner's configuration only.",
		Fix:   "Read a key of this component, or get the value from the owner's API.",
		Bad:   "// in orders; payments owns payments.*\ncur := viper.GetString(\"Payments.Currency\")",
		Good:  "// in orders\ncur := viper.GetString(\"orders.currency\")",
		Spec:  []string{"components.NAME.owns.config", "config.shared.config", "config.readers", "config.accessors", "config.getters"},
	},
	{
		ID: ConfigField, Analyzer: "config",
		Title: "a field of a shared config struct another component owns, read or written",
		When:  "An owned field of a config struct is read or written, whatever the path: through pointers, promoted fields and methods of embedded structs, assignments, ++, and struct literals that set it.",
		Why:   "After extraction the struct is split; the field is filled only in its owner's process.",
		Fix:   "Give this component its own field, filled by the composition root.",
		Bad:   "// in orders; payments owns internal/platform/config.Config.Payments\nreturn cfg.Payments.Currency",
		Good:  "// in orders: a field of its own, filled by the composition root\nreturn cfg.Orders.Currency",
		Spec:  []string{"components.NAME.owns.fields", "config.readers"},
	},
	{
		ID: ConfigUnverifiable, Analyzer: "config",
		Title: "a config key built at run time in a component with strict_config",
		When:  "In a component with strict_config: true, a key built at run time that no constant prefix decides.",
		Why:   "A key built at run time cannot be checked against owners, so a strict component would lose the guarantee silently.",
		Fix:   "Use a constant key, or a constant prefix one component owns.",
		Bad:   "// in inventory (strict_config: true)\nlimit := os.Getenv(limitVar(sku))",
		Good:  "// in inventory: every INVENTORY_... variable is inventory's\nlimit := os.Getenv(\"INVENTORY_LIMIT_\" + sku)",
		Spec:  []string{"components.NAME.strict_config"},
	},
	{
		ID: ConfigSpec, Analyzer: "config",
		Title: "a field claim or config accessor in the spec that names nothing",
		When:  "A field claim names no field of its package's type, a declared accessor names no function or its key argument is not a string, or a declared getter names no function; reported at that package's clause.",
		Why:   "A claim that matches nothing checks nothing: the rule would be silently off.",
		Fix:   "Fix the claim or accessor in the spec.",
		Bad:   "fields: [internal/platform/config.Config.Paymnts]",
		Good:  "fields: [internal/platform/config.Config.Payments]",
		Spec:  []string{"components.NAME.owns.fields", "config.accessors", "config.getters"},
	},
	{
		ID: ConfigUnusedClaim, Analyzer: "config",
		Title: "an owned env pattern, config key or field that no code of the module reads or writes",
		When:  "Whole-module runs only (the standalone command, cut, drift, doc; not go vet or golangci-lint, which see one package at a time): an owns.env, owns.config or owns.fields claim that decides the owner of nothing any package of the module reads or writes, the owner's own code, composition roots, readers and unclaimed packages included; reported once, at the claim's boundaries.yaml:L:C.",
		Why:   "A claim nothing matches describes code the analyzers cannot see: a renamed variable, a getter they cannot follow, a setting long gone. Its rule checks nothing. When the code does use names it matches but config.shared takes every one it would own (a shared declaration beats every claim), the message names those shared declarations instead; a claim wholly inside a shared pattern is a spec error.",
		Fix:   "Fix the claim, declare the getter or accessor that reads it (config.getters, config.accessors), or remove the claim; when shared declarations take its names, narrow them (list the shared names explicitly) or remove the claim.",
		Bad:   "owns:\n  env: [PAYMENTS_*, LEGACY_PAY_*]  # nothing reads LEGACY_PAY_...",
		Good:  "owns:\n  env: [PAYMENTS_*]",
		Spec:  []string{"components.NAME.owns.env", "components.NAME.owns.config", "components.NAME.owns.fields", "config.getters", "config.accessors"},
	},

	{
		ID: TxForeignTable, Analyzer: "tx",
		Title: "SQL that touches a table another component owns",
		When:  "A statement whose SQL is a constant (literal, named constant from any package, constant concatenation, sqlc's generated constants, a local variable holding one) touches a table another component owns; and gorm calls on a model whose table another component owns.",
		Why:   "After extraction the table is in the owner's database; the query has nothing to run against.",
		Fix:   "Go through the owner's API instead of its table.",
		Bad:   "// in orders; payments owns refunds\npool.QueryRowContext(ctx, \"SELECT SUM(amount) FROM refunds WHERE order_id = $1\", id)",
		Good:  "// in orders\nrefunded, err := payments.Refunded(ctx, id)",
		Spec:  []string{"components.NAME.owns.tables", "data.shared_tables", "data.queries"},
	},
	{
		ID: TxCrossOwner, Analyzer: "tx",
		Title: "one transaction whose statements touch tables of two or more owners",
		When:  "The statements inside one transaction touch tables of two or more owners, directly or through the functions called in it (across packages); reported once, at the Begin or runner call, naming each owner, table and place.",
		Why:   "Once the owners are separate services no local transaction can span their databases.",
		Fix:   "Give each owner its own transaction and coordinate with an outbox or a saga.",
		Bad:   "pool.InTx(ctx, func(tx *sql.Tx) error {\n\ttx.ExecContext(ctx, insertOrder, o.ID)\n\treturn s.Payments.Record(ctx, tx, o.ID)\n})",
		Good:  "// commit the order, then let payments record the payment in its own\n// transaction (an outbox event, a saga step)",
		Spec:  []string{"components.NAME.owns.tables", "data.transaction_types", "data.runners"},
	},
	{
		ID: TxCrossing, Analyzer: "tx",
		Title: "a transaction passed to, returned from or stored into another component, or run by its runner",
		When:  "A transaction is passed to, returned from or stored into a function, method, struct or variable of another component, or another component's runner runs this component's code in its transaction.",
		Why:   "A transaction that crosses a component boundary becomes a distributed transaction after extraction.",
		Fix:   "Let the other component open its own transaction.",
		Bad:   "// in orders\ns.Payments.Record(ctx, tx, o.ID, amount)",
		Good:  "// in orders: payments opens its own transaction\ns.Payments.Record(ctx, o.ID, amount)",
		Spec:  []string{"data.transaction_types", "data.runners", "components.NAME.shared"},
	},
	{
		ID: TxCallInTx, Analyzer: "tx",
		Title: "a call into another component inside a transaction",
		When:  "Inside a transaction's extent (from Begin to the last Commit or Rollback, or a runner's callback), a call to a function of another, non-shared component.",
		Why:   "After extraction the call is a remote call inside a local transaction: slow, and not rolled back with it.",
		Fix:   "Move the call after the commit, or publish an event the other component handles.",
		Bad:   "tx, _ := db.BeginTx(ctx, nil)\ns.Stock.Reserve(o) // inventory, inside orders' transaction\ntx.Commit()",
		Good:  "s.Stock.Reserve(o) // before the transaction, or after the commit\ntx, _ := db.BeginTx(ctx, nil)",
		Spec:  []string{"components.NAME.shared", "data.transaction_types", "data.runners"},
	},
	{
		ID: TxUnusedClaim, Analyzer: "tx",
		Title: "an owned table that no SQL of the module touches",
		When:  "Whole-module runs only, as config/unused-claim: an owns.tables claim that decides the owner of no table any statement of the module touches (SQL the analyzer could not read counts for nothing: see the unread count); reported once, at the claim's boundaries.yaml:L:C.",
		Why:   "A table claim that no query matches describes data the analyzers cannot see: a renamed table, SQL built at run time, a model they cannot name. Its rules check nothing. When statements do touch tables it matches but data.shared_tables takes every one it would own, the message names those shared declarations instead; a claim wholly inside a shared pattern is a spec error.",
		Fix:   "Fix the claim, declare the query function (data.queries), or remove the claim; when shared tables take its names, narrow data.shared_tables or remove the claim.",
		Bad:   "owns:\n  tables: [payments, chargebacks]  # no statement touches chargebacks",
		Good:  "owns:\n  tables: [payments]",
		Spec:  []string{"components.NAME.owns.tables", "data.queries"},
	},

	{
		ID: CtxstateContextRead, Analyzer: "ctxstate",
		Title: "a context value another component owns, read directly or through an accessor outside the component that hands the value out",
		When:  "A context value another component owns is read: ctx.Value(k) on any context.Context, gin's c.Get, MustGet, Value and typed getters, echo's c.Get; or a function declared outside the component is called that hands the value out (an accessor).",
		Why:   "After extraction the owner's middleware no longer runs in this process: nothing sets the value, and the read finds nothing.",
		Fix:   "Pass the value explicitly, or propagate it as a request header this component reads itself.",
		Bad:   "// in orders\nacct, ok := api.AccountFrom(r.Context())",
		Good:  "// in orders: the caller passes the account in\nfunc Place(ctx context.Context, customer api.Account, o Order) error",
		Spec:  []string{"components.NAME.owns.context"},
	},
	{
		ID: CtxstateUnusedClaim, Analyzer: "ctxstate",
		Title: "an owns.context key that no code of the module reads or sets",
		When:  "Whole-module runs only, as config/unused-claim: an owns.context claim whose key no package of the module reads or sets directly; reported once, at the claim's boundaries.yaml:L:C.",
		Why:   "A context key claim nothing uses describes code the analyzers cannot see, or a key long gone.",
		Fix:   "Fix the claim, or remove it.",
		Bad:   "owns:\n  context: [internal/platform/ctxkeys.Legacy]  # no code reads or sets it",
		Good:  "owns:\n  context: [internal/platform/ctxkeys.TenantID]",
		Spec:  []string{"components.NAME.owns.context"},
	},
	{
		ID: CtxstateContextWrite, Analyzer: "ctxstate",
		Title: "a context value another component owns, set directly or through a middleware constructor outside the component",
		When:  "A context value another component owns is set: context.WithValue, gin's and echo's c.Set; or a function declared outside the component is called that returns a handler setting one (a middleware constructor).",
		Why:   "After extraction the owner no longer sees values set in this process, and its code that set them here no longer runs.",
		Fix:   "Use a key of this component, or ask the owner through its API.",
		Bad:   "// in orders\nctx = context.WithValue(ctx, api.TraceKey, id)",
		Good:  "// in orders: a key of its own\nctx = context.WithValue(ctx, orderTraceKey{}, id)",
		Spec:  []string{"components.NAME.owns.context"},
	},
	{
		ID: CtxstateStateWrite, Analyzer: "ctxstate",
		Title: "a package variable of another component, written",
		When:  "A package variable of another, non-shared component is written: assigned, incremented, its address taken, a pointer method called on it, an element or field stored, ranged into, deleted from or cleared.",
		Why:   "After extraction each process has its own copy: the owner never sees the write.",
		Fix:   "Call a function of the owner's API, or keep the setting in this component.",
		Bad:   "// in orders\napi.DefaultRetries = 5",
		Good:  "// in orders: a setting of its own\nconst chargeRetries = 5",
		Spec:  []string{"components.NAME.packages", "components.NAME.shared"},
	},
	{
		ID: CtxstateStateRead, Analyzer: "ctxstate",
		Title: "mutable package state of another component that its package writes after initialisation, read",
		When:  "A package variable of another component is read that is mutable (a map, slice, pointer, channel, a sync or sync/atomic type, or a struct or array holding one) and that its own package writes after initialisation.",
		Why:   "After extraction this process reads its own copy, which the owner no longer updates.",
		Fix:   "Ask the owner through its API for what the state holds.",
		Bad:   "// in orders; payments refreshes FeeRates hourly\nfee := amount * api.FeeRates[cur] / 10000",
		Good:  "// in orders\nfee, err := payments.Fee(ctx, amount, cur)",
		Spec:  []string{"components.NAME.packages", "components.NAME.shared"},
	},
	{
		ID: CtxstateSpec, Analyzer: "ctxstate",
		Title: "an owns.context claim in the spec that names nothing",
		When:  "An owns.context claim names no package-level type, variable or constant of its package; reported at that package's clause (the spec check already fails on it at boundaries.yaml:L:C).",
		Why:   "A claim that matches nothing leaves the key free for everyone: the rule would be silently off.",
		Fix:   "Fix the claim in the spec.",
		Bad:   "context: [internal/platform/ctxkeys.UserId]",
		Good:  "context: [internal/platform/ctxkeys.UserID]",
		Spec:  []string{"components.NAME.owns.context"},
	},

	{
		ID: RemoteNonData, Analyzer: "remote",
		Title: "a call into another component that takes or returns something that cannot cross a network",
		When:  "A call from a component that is not a composition root into another, non-shared component's packages, whose callee takes or returns a func, a chan, an unsafe.Pointer, an interface with methods (error and context.Context excepted), a *sql.DB, *sql.Conn, *sql.Stmt or *sql.Rows, a sync or sync/atomic type, or a pointer, slice, array, map or struct (exported fields) holding one; a type with MarshalJSON, MarshalText or MarshalBinary is data, and transactions are tx/crossing's. A call through an interface's method counts only when a type of that component the package sees implements the interface (the receiver's static type or a type parameter's constraint), or no type of the module it sees does (types of test files aside); when all are other components' (the caller's own, typically), it runs their code. A context accessor (a function handing out a value it reads from a context: store.FromContext(ctx) Store) reads the caller's own context: ctxstate/context-read's, the more specific finding (the key, and the middleware that stops setting it). Reported once per call.",
		Why:   "Once the other component is a service, a callback, a channel or a handle to its database cannot be sent to it: the call has no network shape.",
		Fix:   "Pass and return plain data: IDs and values instead of handles, an event the other component publishes instead of a callback.",
		Bad:   "// in orders\nerr := payments.Charge(ctx, o.ID, o.Total, func(r payments.Receipt) { s.markPaid(o.ID, r) })",
		Good:  "// in orders: payments returns the receipt (or publishes payment.succeeded)\nr, err := payments.Charge(ctx, o.ID, o.Total)\ns.markPaid(o.ID, r)",
		Spec:  []string{"components.NAME.packages", "components.NAME.shared", "components.NAME.composition_root", "data.transaction_types"},
	},
	{
		ID: RemoteWritesArgument, Analyzer: "remote",
		Title: "a call into another component whose callee writes through an argument",
		When:  "A call from a component that is not a composition root into another, non-shared component's function that stores through one of its parameters (*p, p.f, p[i] through a pointer, map or slice; copy, clear, delete) or passes it to a function that does (an object fact, across packages); reported at the argument. Calls through interfaces and context accessors count as for remote/non-data.",
		Why:   "The caller sees the callee's writes only because both share memory; once the other component is a service, the caller's copy is never filled.",
		Fix:   "Return the value instead of filling the caller's.",
		Bad:   "// in orders\nvar r payments.Receipt\nif err := payments.FillReceipt(ctx, o.ID, &r); err != nil {",
		Good:  "// in orders\nr, err := payments.Receipt(ctx, o.ID)",
		Spec:  []string{"components.NAME.packages", "components.NAME.shared", "components.NAME.composition_root"},
	},
	{
		ID: RemoteAliasedResult, Analyzer: "remote",
		Title: "a write into state another component returned as its own",
		When:  "A call from a component that is not a composition root into another, non-shared component's function that returns its own state (a package variable of pointer, map or slice type or a path into one, a pointer, map or slice field of its receiver: an object fact), and the calling function writes into that result (through the variable it holds it in, or straight through the call); reported once per call, at the first write. Calls through interfaces and context accessors count as for remote/non-data.",
		Why:   "The write changes the other component's memory only in process; once it is a service the caller changes a copy and the owner never sees it.",
		Fix:   "Ask the owner to make the change through a function of its API.",
		Bad:   "// in orders\nfees := payments.FeeTable()\nfees[\"EUR\"] = 150",
		Good:  "// in orders\nerr := payments.SetFee(ctx, \"EUR\", 150)",
		Spec:  []string{"components.NAME.packages", "components.NAME.shared", "components.NAME.composition_root"},
	},
	{
		ID: RemoteCallInLoop, Analyzer: "remote",
		Title: "a call into another component inside a loop",
		When:  "A call from a component that is not a composition root into another, non-shared component's packages inside a for or range loop of the same function (its body, condition or post statement; not a function literal in it), whether or not its arguments change per iteration, when the callee is an operation: it takes a context.Context or a parameter that cannot cross, or it is a method of an opaque handle or an interface (a function of plain data only ships with the client). The message names the loop's place. Calls through interfaces and context accessors count as for remote/non-data.",
		Why:   "Once the other component is a service, each iteration is a network round trip: latency grows with the data and each call can fail on its own.",
		Fix:   "Add a batch call to the other component's API and make it once.",
		Bad:   "// in orders\nfor _, o := range orders {\n\terr := payments.Charge(ctx, o.ID, o.Total)",
		Good:  "// in orders: one round trip for the batch\nresults, err := payments.ChargeAll(ctx, charges)",
		Spec:  []string{"components.NAME.packages", "components.NAME.shared", "components.NAME.composition_root"},
	},

	{
		ID: EventsForeignTopic, Analyzer: "events",
		Title: "a message published to a topic another component owns",
		When:  "A publish call of a broker client the analyzer knows (watermill, NATS and JetStream, segmentio/kafka-go, IBM/sarama, confluent-kafka-go, AMQP, AWS SQS and SNS, Google Pub/Sub) or of a function the spec's events.publishers declares names a topic another component owns; the topic resolves through constants, local variables, fields assigned constants, and env vars or config keys read into it (named env:NAME, config:key). Subscribing to another's topic is not reported: that is how events decouple.",
		Why:   "A topic's owner defines its messages' schema and evolves it; a second publisher writes messages its owner does not know about, so the two components stay coupled through the wire after extraction.",
		Fix:   "Ask the owner through its API to publish the event, or publish your own event on a topic you own that the owner subscribes to.",
		Bad:   "// in orders; payments owns payment.*\nbus.Publish(\"payment.captured\", msg)",
		Good:  "// in orders: an event orders owns, which payments subscribes to\nbus.Publish(\"order.paid\", msg)",
		Spec:  []string{"components.NAME.owns.topics", "events.publishers"},
	},
	{
		ID: EventsUnusedClaim, Analyzer: "events",
		Title: "an owned topic that no publish or subscribe site of the module names",
		When:  "Whole-module runs only, as config/unused-claim: an owns.topics claim that decides the owner of no topic any publish or subscribe site of the module names (a topic the analyzer could not resolve counts for nothing: see the unread count); reported once, at the claim's boundaries.yaml:L:C.",
		Why:   "A topic claim that no site matches protects nothing: a renamed topic, a name built at run time, or a bus the analyzer does not know.",
		Fix:   "Fix the claim, declare the bus function (events.publishers, events.subscribers), or remove the claim.",
		Bad:   "owns:\n  topics: [payment.captured, payment.disputed]  # nothing publishes payment.disputed",
		Good:  "owns:\n  topics: [payment.captured]",
		Spec:  []string{"components.NAME.owns.topics", "events.publishers", "events.subscribers"},
	},

	{
		ID: IgnoresNoReason, Analyzer: "ignores",
		Title: "a //boundarylint:ignore directive without a reason",
		When:  "A //boundarylint:ignore directive has no reason after it; it silences nothing.",
		Why:   "A suppression nobody can justify later is debt nobody will pay; without a reason it silences nothing.",
		Fix:   "Write why, as in //boundarylint:ignore legacy job, removed in PAY-123.",
		Bad:   "//boundarylint:ignore\n\"example.com/monolith/internal/payments/store\"",
		Good:  "//boundarylint:ignore nightly job reads payment rows directly until PAY-1234\n\"example.com/monolith/internal/payments/store\"",
	},
	{
		ID: IgnoresUnused, Analyzer: "ignores",
		Title: "a //boundarylint:ignore directive that silences nothing",
		When:  "A //boundarylint:ignore directive with a reason silences no finding on its line (or, standing alone, the next).",
		Why:   "A leftover directive would silently swallow the next violation on its line.",
		Fix:   "Remove the directive.",
		Bad:   "//boundarylint:ignore legacy import, removed in PAY-99\n\"example.com/monolith/internal/payments/api\" // allowed: nothing to silence",
		Good:  "\"example.com/monolith/internal/payments/api\"",
	},
	{
		ID: IgnoresStaleBaseline, Analyzer: "ignores",
		Title: "a baseline entry of the package that matches fewer findings than it records",
		When:  "A baseline entry records more findings than the run finds for its key; under go vet and golangci-lint at the package clause of the package it names, in whole-module runs for every entry.",
		Why:   "The baseline only shrinks: a fixed violation left in it could come back unnoticed.",
		Fix:   "Run `boundarylint baseline` to shrink the file, and commit it.",
		Bad:   "{\"rule\":\"config/env\",\"from\":\"example.com/monolith/internal/orders/service\",...,\"count\":2} // 1 found",
		Good:  "{\"rule\":\"config/env\",\"from\":\"example.com/monolith/internal/orders/service\",...,\"count\":1}",
		Spec:  []string{"boundaries.baseline.json"},
	},
}

// Rules returns every rule, grouped by analyzer.
func Rules() []Rule { return append([]Rule(nil), registry...) }

// Lookup returns the rule with the given ID.
func Lookup(id string) (Rule, bool) {
	for _, r := range registry {
		if r.ID == id {
			return r, true
		}
	}
	return Rule{}, false
}

// RulesOf returns the rules an analyzer reports.
func RulesOf(analyzer string) []Rule {
	var out []Rule
	for _, r := range registry {
		if r.Analyzer == analyzer {
			out = append(out, r)
		}
	}
	return out
}
