// Package boundary is the data model of boundaries.yaml: which component owns
// which packages, environment variables, config keys, config-struct fields and
// database tables, and which component may depend on which.
//
// It knows nothing about go/analysis and reads no file: a doc generator or
// an editor can import it. Parse decodes and validates a spec's bytes
// (package modspec finds, loads and checks one against its module on disk);
// the methods of Spec answer the
// questions the analyzers ask (ComponentOf, CheckImport, ExternalOwners,
// OwnerOfEnv, ...). Every answer that makes something a violation carries the
// Pos of the spec entry responsible, so a diagnostic can point at it.
package boundary

import (
	"fmt"
	"strings"
)

// Pos is a position in the spec file.
type Pos struct {
	File      string // as the user should read it: relative to the module root when possible
	Line, Col int
}

// String formats p as file:line, the form diagnostics cite a rule by.
func (p Pos) String() string {
	if p.Line == 0 {
		return p.File
	}
	return fmt.Sprintf("%s:%d", p.File, p.Line)
}

// FileName is the spec's conventional name at the module root.
const FileName = "boundaries.yaml"

// Spec is a loaded and validated boundaries.yaml.
type Spec struct {
	Name          string // the spec's file name as positions print it
	Hash          string // hex SHA-256 of the spec's bytes
	Module        string // module path the package patterns are relative to
	ModulePos     Pos    // the module key; zero when Module comes from the go.mod above the spec
	Tests         Tests
	Unassigned    Policy
	UnassignedPos Pos

	Components []*Component // in spec order
	Mutual     []MutualPair // pairs of components that may import each other
	External   []*Reservation
	Config     ConfigSettings
	Data       DataSettings
	Events     EventSettings

	byName map[string]*Component
	tree   ModuleTree // nil when the module's directory is unknown: no nested modules
	owners *ownerMemo // ComponentOf's memo; nil in a Spec built by hand
}

// ModuleTree is what the spec's queries need to know of the module's
// directory tree, which the model does not read itself: which directories
// belong to another module (a go.mod of their own below the root). The
// loader that knows the module's directory gives it (ParseIn; modspec.Load).
type ModuleTree interface {
	// NestedModule returns the module-relative directory of the nested
	// module holding the module-relative directory rel, or "".
	NestedModule(rel string) string

	// DescribeModule names the nested module at the module-relative dir,
	// for a message.
	DescribeModule(dir string) string
}

// Tree returns the module tree the spec's loader gave it, or nil.
func (s *Spec) Tree() ModuleTree { return s.tree }

// nestedModule is tree.NestedModule(rel), "" without a tree.
func (s *Spec) nestedModule(rel string) string {
	if s.tree == nil || rel == "." || rel == "" {
		return ""
	}
	return s.tree.NestedModule(rel)
}

// Policy is what happens to module packages that no component claims.
type Policy string

const (
	Allow Policy = "allow" // default: unclaimed packages are unconstrained
	Warn  Policy = "warn"  // each unclaimed package is reported once, at its package clause
	Deny  Policy = "deny"  // as warn, and every import of an unclaimed package by a component is reported
)

// Component is one future service (or a shared library) of the monolith.
type Component struct {
	Name         string
	Doc          string
	Pos          Pos // the component's key
	Packages     []Pattern
	API          []Pattern // nil: the whole component is its API
	APIPos       Pos       // the api key, or the component key when api is absent
	DependsOn    []Ref
	DependsOnPos Pos
	Shared       bool
	// InProcess marks a component that stays in process in every
	// deployment (a layer or library of one program, not a future
	// service): calls into it never cross a network, so the remote rules
	// skip them.
	InProcess       bool
	Isolated        bool
	IsolatedPos     Pos
	StrictConfig    bool
	StrictConfigPos Pos
	// CompositionRoot marks wiring code (cmd/..., a module registry): it may
	// use the private packages, configuration and context keys of the
	// components it depends on, and nothing may import it. See Spec.Wires.
	CompositionRoot    bool
	CompositionRootPos Pos
	Owns               Owns
}

// MutualPair declares two components that may import each other: a loop
// between them, in depends_on or in the code, is not a cycle. Each must
// still list the other in depends_on.
type MutualPair struct {
	A, B Ref
	Pos  Pos
}

// Ref names a component from inside the spec.
type Ref struct {
	Name string
	Pos  Pos
}

// Owns lists what a component owns besides its packages. Entries are glob
// patterns where '*' matches any run of characters.
type Owns struct {
	Env    []Claim
	Config []Claim
	Fields []FieldClaim
	Tables []Claim
	// Context lists the context keys declared in shared (or unclaimed)
	// packages that the component owns; a key declared in a component's own
	// package belongs to that component without a claim.
	Context []KeyClaim
	// Topics lists the message topics (subjects, queues) it owns: only it
	// may publish to them; anyone may subscribe.
	Topics []Claim
}

// Claim is one owned name or glob pattern.
type Claim struct {
	Pattern string
	Pos     Pos
}

// FieldClaim owns a field of a config struct, and everything below it when
// the field is itself a struct. Written <package>.<Type>.<Field>[.<Field>...].
type FieldClaim struct {
	Package string // module-relative package path
	Type    string
	Path    []string // field names, outermost first
	Pos     Pos
}

func (f FieldClaim) String() string {
	return f.Package + "." + f.Type + "." + strings.Join(f.Path, ".")
}

// Reservation reserves third-party import paths to some components.
type Reservation struct {
	Pattern Pattern // an import path pattern, not module-relative
	To      []Ref
	Pos     Pos
}

// ConfigSettings is the spec's config section.
type ConfigSettings struct {
	SharedEnv    []Claim // env vars anyone may read
	SharedConfig []Claim // config keys anyone may read
	Readers      []Ref   // components that may read any config (a shared loader; wiring code is a CompositionRoot)
	Accessors    []Accessor
	Getters      []Getter
}

// AccessKind says what an accessor's key names.
type AccessKind string

const (
	EnvKey    AccessKind = "env"
	ConfigKey AccessKind = "config"
)

// Accessor declares a function whose argument Key is an env var or config key.
type Accessor struct {
	Func Func
	Key  int
	Kind AccessKind
	Pos  Pos
}

// Getter declares a function whose result is the value of one env var or
// config key, where the config analyzer cannot infer it from the body (a
// value read through an interface, a cache filled by reflection).
type Getter struct {
	Func Func
	Key  string
	Kind AccessKind
	Pos  Pos
}

// Func names a package-level function (Type == "") or a method.
type Func struct {
	Package string // full import path
	Type    string
	Name    string
}

func (f Func) String() string {
	if f.Type == "" {
		return f.Package + "." + f.Name
	}
	return f.Package + "." + f.Type + "." + f.Name
}

// DataSettings is the spec's data section: what besides the built-ins counts
// as a transaction, a query and a transaction runner.
type DataSettings struct {
	SharedTables     []Claim
	TransactionTypes []TypeName
	Queries          []Query
	Runners          []Runner
}

// EventSettings is the spec's events section: the in-process buses and
// wrappers that publish or subscribe, besides the broker clients the
// events analyzer knows.
type EventSettings struct {
	Publishers  []Bus
	Subscribers []Bus
}

// Bus declares a function whose argument Topic names the topic it
// publishes to or subscribes to: a string, or, with Method, a value whose
// method of that name (without arguments) returns the topic, as typed
// events name theirs (events.Dispatch(&TaskCreated{}), whose Name()
// returns "task.created").
type Bus struct {
	Func   Func
	Topic  int
	Method string
	Pos    Pos
}

// TypeName names a named type by its full import path.
type TypeName struct {
	Package string
	Name    string
	Pos     Pos
}

func (t TypeName) String() string { return t.Package + "." + t.Name }

// Query declares a function whose argument SQL is SQL text.
type Query struct {
	Func Func
	SQL  int
	Pos  Pos
}

// Runner declares a function that runs its argument Callback inside a transaction.
type Runner struct {
	Func     Func
	Callback int
	Pos      Pos
}

// Component returns the component named name, or nil.
func (s *Spec) Component(name string) *Component { return s.byName[name] }

// ComponentNames lists the components' names in spec order, for messages
// that say which names exist.
func (s *Spec) ComponentNames() string {
	names := make([]string, len(s.Components))
	for i, c := range s.Components {
		names[i] = c.Name
	}
	return strings.Join(names, ", ")
}
