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

	IgnoresNoReason      = "ignores/no-reason"
	IgnoresUnused        = "ignores/unused"
	IgnoresStaleBaseline = "ignores/stale-baseline"
)

// Rule documents one rule: staticcheck's habit of one table from which the
// analyzers' docs, `boundarylint help`, the README and SARIF's rule
// metadata are made or checked.
type Rule struct {
	ID       string // "analyzer/name"
	Analyzer string // the analyzer that reports it
	Title    string // one line: what is reported
	Why      string // why it matters for extracting a component
	Fix      string // what to do instead
}

// registry lists every rule, grouped by analyzer in the order the suite
// runs them.
var registry = []Rule{
	{ImportsForbidden, "imports",
		"an import of a component this one may not depend on",
		"A component that imports another it does not list in depends_on cannot be built and deployed without it.",
		"Depend on something the component may use, or add the other component to its depends_on."},
	{ImportsPrivate, "imports",
		"an import of a package outside the other component's api",
		"Importing another component's internals couples to code its owners will change or move freely; after extraction only its API remains.",
		"Import one of the component's api packages instead."},
	{ImportsReserved, "imports",
		"a third-party import that external reserves to other components",
		"An SDK reserved to one component (a payment provider's, say) used elsewhere spreads its credentials and its failure modes across services.",
		"Call the API of the component that owns the SDK."},
	{ImportsUnassigned, "imports",
		"a package no component claims (unassigned: warn or deny), or an import of one (deny)",
		"Code outside every component has no owner and no rules; under deny, depending on it hides coupling.",
		"Add the package to a component's packages."},
	{ImportsIsolated, "imports",
		"an isolated component reaching, through any chain of imports, a component outside itself and its depends_on",
		"An isolated component must build alone; a shared helper that imports another component drags that component along.",
		"Break the chain the message prints: keep the helper free of the other component, or move the code."},
	{ImportsCycle, "imports",
		"a cycle in the component graph the code's imports make",
		"Components in a cycle cannot be extracted one at a time.",
		"Remove one of the imports the message lists: move shared types to a package both may import, or pass the data in."},

	{ConfigEnv, "config",
		"an environment variable another component owns, read or written",
		"After extraction the variable is set only in its owner's deployment; code elsewhere silently reads nothing.",
		"Ask the owner through its API for what the variable is used for, or move the code to the owner."},
	{ConfigKey, "config",
		"a config key another component owns, read or written",
		"After extraction the key lives in its owner's configuration only.",
		"Read a key of this component, or get the value from the owner's API."},
	{ConfigField, "config",
		"a field of a shared config struct another component owns, read or written",
		"After extraction the struct is split; the field is filled only in its owner's process.",
		"Give this component its own field, filled by the composition root."},
	{ConfigUnverifiable, "config",
		"a config key built at run time in a component with strict_config",
		"A key built at run time cannot be checked against owners, so a strict component would lose the guarantee silently.",
		"Use a constant key, or a constant prefix one component owns."},
	{ConfigSpec, "config",
		"a field claim or config accessor in the spec that names nothing",
		"A claim that matches nothing checks nothing: the rule would be silently off.",
		"Fix the claim or accessor in the spec."},
	{ConfigUnusedClaim, "config",
		"an owned env pattern, config key or field that no code of the module reads or writes (whole-module runs only)",
		"A claim nothing matches describes code the analyzers cannot see: a renamed variable, a getter they cannot follow, a setting long gone. Its rule checks nothing.",
		"Fix the claim, declare the getter or accessor that reads it (config.getters, config.accessors), or remove the claim."},

	{TxForeignTable, "tx",
		"SQL that touches a table another component owns",
		"After extraction the table is in the owner's database; the query has nothing to run against.",
		"Go through the owner's API instead of its table."},
	{TxCrossOwner, "tx",
		"one transaction whose statements touch tables of two or more owners",
		"Once the owners are separate services no local transaction can span their databases.",
		"Give each owner its own transaction and coordinate with an outbox or a saga."},
	{TxCrossing, "tx",
		"a transaction passed to, returned from or stored into another component, or run by its runner",
		"A transaction that crosses a component boundary becomes a distributed transaction after extraction.",
		"Let the other component open its own transaction."},
	{TxCallInTx, "tx",
		"a call into another component inside a transaction",
		"After extraction the call is a remote call inside a local transaction: slow, and not rolled back with it.",
		"Move the call after the commit, or publish an event the other component handles."},
	{TxUnusedClaim, "tx",
		"an owned table that no SQL of the module touches (whole-module runs only)",
		"A table claim that no query matches describes data the analyzers cannot see: a renamed table, SQL built at run time, a model they cannot name. Its rules check nothing.",
		"Fix the claim, declare the query function (data.queries), or remove the claim."},

	{CtxstateContextRead, "ctxstate",
		"a context value another component owns, read directly or through an accessor outside the component that hands the value out",
		"After extraction the owner's middleware no longer runs in this process: nothing sets the value, and the read finds nothing.",
		"Pass the value explicitly, or propagate it as a request header this component reads itself."},
	{CtxstateContextWrite, "ctxstate",
		"a context value another component owns, set directly or through a middleware constructor outside the component",
		"After extraction the owner no longer sees values set in this process, and its code that set them here no longer runs.",
		"Use a key of this component, or ask the owner through its API."},
	{CtxstateStateWrite, "ctxstate",
		"a package variable of another component, written",
		"After extraction each process has its own copy: the owner never sees the write.",
		"Call a function of the owner's API, or keep the setting in this component."},
	{CtxstateStateRead, "ctxstate",
		"mutable package state of another component that its package writes after initialisation, read",
		"After extraction this process reads its own copy, which the owner no longer updates.",
		"Ask the owner through its API for what the state holds."},
	{CtxstateSpec, "ctxstate",
		"an owns.context claim in the spec that names nothing",
		"A claim that matches nothing leaves the key free for everyone: the rule would be silently off.",
		"Fix the claim in the spec."},

	{CtxstateUnusedClaim, "ctxstate",
		"an owns.context key that no code of the module reads or sets (whole-module runs only)",
		"A context key claim nothing uses describes code the analyzers cannot see, or a key long gone.",
		"Fix the claim, or remove it."},

	{IgnoresNoReason, "ignores",
		"a //boundarylint:ignore directive without a reason",
		"A suppression nobody can justify later is debt nobody will pay; without a reason it silences nothing.",
		"Write why, as in //boundarylint:ignore legacy job, removed in PAY-123."},
	{IgnoresUnused, "ignores",
		"a //boundarylint:ignore directive that silences nothing",
		"A leftover directive would silently swallow the next violation on its line.",
		"Remove the directive."},
	{IgnoresStaleBaseline, "ignores",
		"a baseline entry of the package that matches fewer findings than it records",
		"The baseline only shrinks: a fixed violation left in it could come back unnoticed.",
		"Run `boundarylint baseline` to shrink the file, and commit it."},
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
