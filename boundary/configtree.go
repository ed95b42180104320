package boundary

import "strings"

// OwnersBelowConfig returns the claims on config keys strictly below key:
// reading "payments" through viper's Get or Sub yields the whole subtree,
// so it reads every "payments.*" key too. Keys compare case-insensitively.
// Claims covered by a shared declaration of the whole subtree are left out.
// The result follows spec order and is empty for an empty key.
func (s *Spec) OwnersBelowConfig(key string) []Ownership {
	if key == "" {
		return nil
	}
	prefix := strings.ToLower(key) + "."
	for _, c := range s.Config.SharedConfig {
		if glob(strings.ToLower(c.Pattern), prefix) && strings.HasSuffix(c.Pattern, "*") {
			return nil // the shared pattern ends in '*' and matches the prefix: it covers the subtree
		}
	}
	var out []Ownership
	for _, comp := range s.Components {
		for _, c := range comp.Owns.Config {
			if globHasPrefix(strings.ToLower(c.Pattern), prefix) {
				out = append(out, Ownership{Owner: comp, Claim: c})
			}
		}
	}
	return out
}

// globHasPrefix reports whether pattern matches at least one name that
// starts with prefix.
func globHasPrefix(pattern, prefix string) bool {
	lit, _, star := strings.Cut(pattern, "*")
	if !star || len(prefix) <= len(lit) {
		return strings.HasPrefix(lit, prefix)
	}
	return strings.HasPrefix(prefix, lit) // the star absorbs the rest of prefix
}

// OwnerOfEnvPrefix returns the owner of every environment variable whose
// name starts with prefix, which is what a name built at run time from a
// constant prefix ("STRIPE_" + name) can be known by: the most specific
// claim ending in '*' that matches prefix, provided no shared declaration
// and no more specific claim of another component could take some of those
// names. Otherwise it returns the zero Ownership.
func (s *Spec) OwnerOfEnvPrefix(prefix string) Ownership {
	return s.ownerOfPrefix(prefix, s.Config.SharedEnv, func(c *Component) []Claim { return c.Owns.Env }, false)
}

// OwnerOfConfigPrefix is OwnerOfEnvPrefix for config keys, compared
// case-insensitively.
func (s *Spec) OwnerOfConfigPrefix(prefix string) Ownership {
	return s.ownerOfPrefix(prefix, s.Config.SharedConfig, func(c *Component) []Claim { return c.Owns.Config }, true)
}

func (s *Spec) ownerOfPrefix(prefix string, shared []Claim, claims func(*Component) []Claim, fold bool) Ownership {
	norm := func(p string) string {
		if fold {
			return strings.ToLower(p)
		}
		return p
	}
	prefix = norm(prefix)
	if prefix == "" {
		return Ownership{}
	}
	for _, c := range shared {
		if globHasPrefix(norm(c.Pattern), prefix) {
			return Ownership{} // some names with this prefix are shared
		}
	}
	// A pattern ending in '*' that matches prefix matches every extension of it.
	var best Ownership
	for _, comp := range s.Components {
		for _, c := range claims(comp) {
			p := norm(c.Pattern)
			if strings.HasSuffix(p, "*") && glob(p, prefix) && (best.Owner == nil || literalLen(p) > literalLen(best.Claim.Pattern)) {
				best = Ownership{Owner: comp, Claim: c}
			}
		}
	}
	if best.Owner == nil {
		return best
	}
	for _, comp := range s.Components {
		for _, c := range claims(comp) {
			if comp != best.Owner && literalLen(c.Pattern) > literalLen(best.Claim.Pattern) && globHasPrefix(norm(c.Pattern), prefix) {
				return Ownership{} // a more specific claim of another component takes some of the names
			}
		}
	}
	return best
}
