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
