// Package config defines an Analyzer that reports code reading or writing
// configuration that another component owns.
//
// # Analyzer config
//
// config: report reads and writes of another component's environment variables, config keys and config-struct fields
//
// Each rule below is documented once, with a bad and a good example, in the
// rule registry: `boundarylint help RULE` prints it, and docs/rules.md lists
// every rule. This comment tells the analyzer's story.
//
// After payments is extracted into its own service, every place outside
// payments that reads payments' configuration breaks, and none of it shows
// up as an import. Each component's owns section in boundaries.yaml lists
// the environment variables (owns.env), config keys (owns.config, viper-style
// dotted keys) and fields of a shared config struct (owns.fields) it owns;
// patterns use '*' wildcards. With
//
//	components:
//	  payments:
//	    packages: [internal/payments/...]
//	    owns:
//	      env: [PAYMENTS_*, STRIPE_*]
//	      config: [payments.*]
//	      fields: [internal/platform/config.Config.Payments]
//
// each of these lines in a file of orders is reported:
//
//	key := os.Getenv("STRIPE_SECRET_KEY")        // orders reads env STRIPE_SECRET_KEY, owned by component payments (boundaries.yaml:6); ...
//	cur := viper.GetString("Payments.Currency")  // viper keys compare case-insensitively
//	sec := cfg.Payments.WebhookSecret            // also p := cfg.Payments, pointers, embedded fields
//	os.Setenv(payments.EnvPrefix + "MODE", "x")  // a write; constants from other packages are folded
//
//	type Settings struct {
//		Key string `env:"STRIPE_KEY"`           // a struct tag that binds payments' variable
//	}
//
// Each diagnostic's Category is its rule: config/env for an environment
// variable, config/key for a config key (a flag name counts as one),
// config/field for a config-struct field, config/unverifiable for a key
// built at run time in a component with strict_config, and config/spec for
// a field claim or accessor of the spec that names nothing.
//
// Calls are matched by the callee's package path and name through type
// information: os.Getenv, os.LookupEnv, os.Setenv, os.Unsetenv, os.ExpandEnv
// (every $VAR of a constant text), syscall.Getenv, Setenv and Unsetenv, the
// Setenv method of testing's T, B and TB; flag.Lookup and flag.Set (and the *flag.FlagSet methods), whose flag names
// count as config keys; viper's package-level functions and *viper.Viper
// methods that take a key (Get*, IsSet, InConfig, Sub, UnmarshalKey, Set,
// SetDefault, BindPFlag, BindFlagValue, RegisterAlias, and BindEnv, whose
// further arguments are environment variables); every *koanf.Koanf method
// taking a key path (koanf and koanf/v2; Set and Delete write). The spec
// declares more accessors under config.accessors:
//
//	config:
//	  accessors:
//	    - {func: example.com/monolith/internal/platform/config.String, key: 0, kind: config}
//	    - {func: example.com/monolith/internal/platform/config.Loader.Env, key: 0, kind: env}
//
// A setting is often read through a getter of the package that owns it,
// and the getter is as much a read of the key as os.Getenv is. The
// analyzer infers getters: a function or method whose every returned
// value (errors aside) comes from one key, through a call of an accessor
// with a constant key, a call of another getter, a map indexed by a
// constant, local variables, and fields or package variables that the
// package assigns from that key only (or in the case of a switch on the
// variable's name, as a loop over os.Environ() does). Each exported
// getter carries a fact naming its key, so a call from another component
// is reported like the read itself, naming the getter:
//
//	func StripeKey() string { return os.Getenv("STRIPE_KEY") }
//	func (o *Options) PollingFrequency() int { return atoi(o.opts["PAYMENTS_POLLING"]) }
//	func (c *Config) Retries() int { return c.retries }    // c.retries = atoi(os.Getenv("PAYMENTS_RETRIES"))
//	func (k Key) GetString() string { return viper.GetString(string(k)) }
//
//	_ = settings.StripeKey()               // orders reads env STRIPE_KEY through settings.StripeKey, owned by ...
//	_ = settings.WebhookSecret.GetString() // the constant receiver names the key
//
// A function whose values come from two keys, or that reads a second key
// anywhere in its body (an HTTP client built from four settings), or a key
// built at run time, is a getter of none; a getter of a constant key
// called inside its own component is not reported (its body is checked),
// while one whose receiver or parameter names the key, or a declared one,
// is checked at every call, since only the call says which key it reads
// (platform's own getenv(key) reading orders' ORDERS_MAX_ITEMS is a
// finding, and a claim only its owner reads this way is used). A key from a map index may name
// an env var or a config key: the spec's env claims are tried first.
// Where the value comes through something the analyzer cannot follow (an
// interface, reflection), the spec declares the getter:
//
//	config:
//	  getters:
//	    - {func: example.com/monolith/internal/config.Options.Region, key: payments.region, kind: config}
//
// Keys are folded at compile time: literals, named constants from any
// package, constant concatenation, fmt.Sprintf with a constant format and
// constant string, integer or boolean arguments, and local variables
// assigned once, at their declaration, whose address is never taken
// (key := "STRIPE_KEY"; os.Getenv(key)). Reading a config key
// reads everything below it (viper.Sub("payments") reads payments.*).
//
// A key built at run time from a constant prefix is known by the prefix
// when one component owns every key that starts with it: os.Getenv("PAYMENTS_"
// + name) reads payments' PAYMENTS_* whatever name is (but "STRIPE_" + name
// proves nothing when STRIPE_PUBLIC_KEY is shared). Any other key built at
// run time cannot be checked: in a component with strict_config: true it is
// reported as an "unverifiable config key"; elsewhere it is skipped.
//
// Field claims name <package>.<Type>.<Field>; owning a struct-typed field
// owns everything below it. Every selection of the field is an access, found
// through type information whatever the path: cfg.Payments.Secret,
// c := cfg.Payments, pointers, promoted fields of embedded structs, promoted
// methods, and struct literals that set it (Config{Payments: ...}).
//
// Struct tags bind variables where the struct is declared: env:"NAME"
// (caarlos0/env; envPrefix:"P_" on a struct field prefixes the fields below
// it) and envconfig:"name" (kelseyhightower/envconfig, which reads the
// upper-cased tag). At calls of envconfig.Process and MustProcess with a
// constant prefix, every variable the call reads is checked, including the
// PREFIX_FIELD names of untagged fields.
//
// A component may always use its own configuration. Keys declared in
// config.shared.env and config.shared.config, and keys no component claims,
// are free. A composition root (composition_root: true, the wiring code
// under cmd/) may read the configuration of the components it depends on.
// Components listed in config.readers (a shared config loader that fills
// every component's settings) may read any configuration, and so may
// packages that no component claims. Otherwise depends_on does not open
// another component's configuration: ask its API instead.
//
// A misspelt claim would let every read through, so the spec's entries are
// checked in the package they name: a field claim that names no field of
// that package's type, a declared accessor that names no function or
// whose key argument is no string, and a declared getter that names no
// function are reported at its package clause.
//
// An env pattern, config key or field claim that no code of the module
// reads or writes is the whole-module rule config/unused-claim: with
// -findings (which only drivers set) each package tells drivers which
// claims decided the owners of what it reads and writes, its own
// settings and those of unclaimed code and readers included, and a run
// over the whole module (the standalone command, cut, drift, doc) reports
// every claim none used, once, at its line of the spec. Plain go vet and
// golangci-lint see one package at a time and cannot report it. Each
// package also tells which owned claims config.shared took names from: a
// claim that decides nothing only because shared declarations take every
// name the code uses of it is reported as such, naming them, e.g.
//
//	component core claims config key service.*, which decides no owner: every config key that code reads or writes and it would own is shared by config.shared.config service.timezone (boundaries.yaml:88), ...
//
// (a claim wholly inside a shared pattern is a spec error).
//
// Findings can be silenced with //boundarylint:ignore <reason>.
package config
