package boundary

import "strings"

// A shared declaration beats every claim (Spec.owner), so an owned claim
// whose every name a shared pattern also matches can never decide an
// owner: the team meant one of the two, and the analyzers would silently
// follow the shared one. checkShadowedClaims rejects such a claim;
// partial overlap (owned service.*, shared service.timezone) is allowed,
// the claim still owns the rest, and the unused-claim message says when
// the shared names were all the code used (Ownership.Shadowed).

// sharedSection is one kind of shared declaration and the owned claims it
// can shadow. Context keys, fields and topics have no shared declaration.
type sharedSection struct {
	kind   string // as messages name a claim: "config key"
	names  string // as messages name what it owns: "key"
	where  string // the spec's path of the shared list: "config.shared.config"
	fold   bool   // names compare case-insensitively
	shared func(*Spec) []Claim
	owned  func(*Component) []Claim
}

var sharedSections = []sharedSection{
	{"env", "variable", "config.shared.env", false, func(s *Spec) []Claim { return s.Config.SharedEnv }, func(c *Component) []Claim { return c.Owns.Env }},
	{"config key", "key", "config.shared.config", true, func(s *Spec) []Claim { return s.Config.SharedConfig }, func(c *Component) []Claim { return c.Owns.Config }},
	{"table", "table", "data.shared_tables", true, func(s *Spec) []Claim { return s.Data.SharedTables }, func(c *Component) []Claim { return c.Owns.Tables }},
}

// SharedClaim is one shared declaration and where in the spec it is
// listed ("config.shared.config"), for messages about the claims it
// shadows.
type SharedClaim struct {
	Claim
	Where string
}

// SharedClaims lists every shared declaration of env vars, config keys and
// tables.
func (s *Spec) SharedClaims() []SharedClaim {
	var out []SharedClaim
	for _, sec := range sharedSections {
		for _, c := range sec.shared(s) {
			out = append(out, SharedClaim{c, sec.where})
		}
	}
	return out
}

// checkShadowedClaims rejects each owned claim that lies wholly inside a
// shared pattern. The pairs are bounded as in checkClaimOverlaps; past the
// bound (a hostile spec) the check is skipped, never guessed: the
// unused-claim message still explains such a claim.
func (d *decoder) checkShadowedClaims(s *Spec) {
	for _, sec := range sharedSections {
		shared := sec.shared(s)
		pairs := 0
		for _, comp := range s.Components {
			pairs += len(shared) * len(sec.owned(comp))
		}
		if pairs == 0 || pairs > maxClaimPairs {
			continue
		}
		for _, comp := range s.Components {
			for _, c := range sec.owned(comp) {
				for _, sh := range shared {
					if !globWithin(c.Pattern, sh.Pattern, sec.fold) {
						continue
					}
					d.errorAt(c.Pos, "%s %s of component %s can never own a %s: %s %s (line %d) matches every %s it matches, and a shared declaration beats every claim; %s",
						sec.kind, c.Pattern, comp.Name, sec.names, sec.where, sh.Pattern, sh.Pos.Line, sec.names, shadowFix(c.Pattern, sh.Pattern, sec))
					break
				}
			}
		}
	}
}

// shadowFix says what to write instead of an owned claim inside a shared
// pattern.
func shadowFix(owned, shared string, sec sharedSection) string {
	if !strings.Contains(shared, "*") {
		return "a " + sec.names + " is either shared or owned: remove " + shared + " from " + sec.where + ", or remove the claim"
	}
	return "remove the claim, or narrow " + shared + " in " + sec.where + " to the " + sec.names + "s everyone may use (list them explicitly) so that " + owned + " stays outside it"
}

// globWithin reports whether every name glob pattern p matches is matched
// by q too ('*' matches any run of characters). It is exact: replace each
// star of p by a character q cannot hold (no claim holds NUL); if q matches
// that name, only q's stars can have absorbed those characters, so q still
// matches whatever replaces them, which is every name p matches; and if q
// does not, that name is one p matches and q does not.
func globWithin(p, q string, fold bool) bool {
	if fold {
		p, q = strings.ToLower(p), strings.ToLower(q)
	}
	if strings.ContainsRune(q, 0) {
		return false // not a claim; the argument above needs a character q cannot hold
	}
	return glob(q, strings.ReplaceAll(p, "*", "\x00"))
}
