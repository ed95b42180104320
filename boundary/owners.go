package boundary

import (
	"slices"
	"strings"
)

// Ownership answers "who owns this name": the owning component and the claim
// that decided it. Owner is nil when the name is shared or nobody claims it;
// both are free to use.
type Ownership struct {
	Owner  *Component
	Claim  Claim
	Shared bool // declared shared in the spec's config or data section
	// Shadowed, when Shared, is the owned claim that would decide the name
	// were it not shared (zero when none would): the unused-claim rules
	// tell a claim that decides nothing because shared declarations took
	// every name the code uses from one that matches nothing used.
	Shadowed Claim
}

// OwnerOfEnv returns the owner of an environment variable. Names are
// case-sensitive, as the operating system treats them.
func (s *Spec) OwnerOfEnv(name string) Ownership {
	return s.owner(name, s.Config.SharedEnv, func(c *Component) []Claim { return c.Owns.Env }, false)
}

// OwnerOfConfig returns the owner of a config key. Keys compare
// case-insensitively, as viper folds them.
func (s *Spec) OwnerOfConfig(key string) Ownership {
	return s.owner(key, s.Config.SharedConfig, func(c *Component) []Claim { return c.Owns.Config }, true)
}

// OwnerOfTable returns the owner of a database table, case-insensitively as
// SQL treats unquoted names. A schema-qualified name ("billing.invoices")
// matches claims written that way first; when none does, its unqualified
// part is looked up, so a spec may list tables without their schema.
func (s *Spec) OwnerOfTable(name string) Ownership {
	claims := func(c *Component) []Claim { return c.Owns.Tables }
	o := s.owner(name, s.Data.SharedTables, claims, true)
	i := strings.LastIndexByte(name, '.')
	if o.Owner == nil && !o.Shared && i >= 0 {
		o = s.owner(name[i+1:], s.Data.SharedTables, claims, true)
	} else if o.Shared && o.Shadowed.Pattern == "" && i >= 0 {
		// Without the shared declaration, the lookup would have gone on
		// to the unqualified name.
		o.Shadowed = s.owner(name[i+1:], nil, claims, true).Claim
	}
	return o
}

// OwnerOfTopic returns the owner of a message topic (a subject, a queue),
// case-sensitively as brokers compare them. A topic that is an SNS ARN or
// an SQS queue URL is also looked up by its last part, the topic's or
// queue's name, when no claim matches it whole.
func (s *Spec) OwnerOfTopic(name string) Ownership {
	claims := func(c *Component) []Claim { return c.Owns.Topics }
	o := s.owner(name, nil, claims, false)
	if i := strings.LastIndexAny(name, ":/"); o.Owner == nil && i >= 0 && !strings.HasPrefix(name, "env:") && !strings.HasPrefix(name, "config:") {
		o = s.owner(name[i+1:], nil, claims, false)
	}
	return o
}

// OwnerOfField returns the owner of the field reached by path (field names,
// outermost first) from the named type declared in the package with the
// given import path. A claim on a field owns every field below it.
func (s *Spec) OwnerOfField(importPath, typeName string, path []string) Ownership {
	rel, inModule := s.Rel(importPath)
	if !inModule {
		return Ownership{}
	}
	var best Ownership
	bestDepth := 0
	for _, c := range s.Components {
		for _, f := range c.Owns.Fields {
			if f.Package == rel && f.Type == typeName && len(f.Path) <= len(path) && len(f.Path) > bestDepth && slices.Equal(f.Path, path[:len(f.Path)]) {
				best, bestDepth = Ownership{Owner: c, Claim: Claim{Pattern: f.String(), Pos: f.Pos}}, len(f.Path)
			}
		}
	}
	return best
}

// IsConfigReader reports whether c is listed in config.readers: it may read
// any component's configuration, as a shared loader that fills every
// component's settings must. A composition root reads only what it wires
// (Spec.Wires).
func (s *Spec) IsConfigReader(c *Component) bool {
	for _, r := range s.Config.Readers {
		if c != nil && r.Name == c.Name {
			return true
		}
	}
	return false
}

// owner finds the most specific claim on name (the one with the most literal
// characters); shared declarations take precedence over every claim, and
// the claim they shadow is Ownership.Shadowed.
func (s *Spec) owner(name string, shared []Claim, claims func(*Component) []Claim, fold bool) Ownership {
	if fold {
		name = strings.ToLower(name)
	}
	match := func(c Claim) bool {
		p := c.Pattern
		if fold {
			p = strings.ToLower(p)
		}
		return glob(p, name)
	}
	var best Ownership
	for _, comp := range s.Components {
		for _, c := range claims(comp) {
			if match(c) && (best.Owner == nil || literalLen(c.Pattern) > literalLen(best.Claim.Pattern)) {
				best = Ownership{Owner: comp, Claim: c}
			}
		}
	}
	for _, c := range shared {
		if match(c) {
			return Ownership{Claim: c, Shared: true, Shadowed: best.Claim}
		}
	}
	return best
}
