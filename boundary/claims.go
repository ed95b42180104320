package boundary

import (
	"fmt"
	"strings"

	"gopkg.in/yaml.v3"
)

// nameKind is a kind of owned name (env, config key, table): which
// characters a name of that kind can hold. A claim holding any other
// character can never match, so it is an error, not a silent no-op.
type nameKind struct {
	what  string // as messages name it
	extra string // characters allowed besides ASCII letters, digits, '_' and '*'
	dots  bool   // '.' separates non-empty parts
	hint  string // what a valid name looks like
}

var (
	envName    = nameKind{what: "env", hint: "letters, digits and '_', with '*' for any run of characters, as in PAYMENTS_*"}
	configName = nameKind{what: "config key", extra: ".-", dots: true, hint: "dot-separated parts of letters, digits, '_' and '-', with '*' for any run of characters, as in payments.*"}
	// topicName admits the characters of NATS subjects ('.', '-', '>'),
	// SNS ARNs (':'), SQS queue URLs ('/') and the env:/config: prefixes
	// of topics read from configuration.
	topicName = nameKind{what: "topic", extra: ".-:/>", hint: "letters, digits and '.', '-', '_', ':', '/', '>', with '*' for any run of characters, as in payment.*"}
	tableName = nameKind{what: "table", extra: ".$", dots: true, hint: "letters, digits, '_' and '$', optionally schema-qualified, with '*' for any run of characters, as in billing.ledger_*"}
)

// shapeProblem says why the claim s cannot name a k, or "".
func (k nameKind) shapeProblem(s string) string {
	if s == "" {
		return "empty entry; remove it or write a name"
	}
	if len(s) > maxNameLen {
		return fmt.Sprintf("%.40q... is longer than %d characters, longer than any %s name", s, maxNameLen, k.what)
	}
	if bad := k.badChar(s); bad >= 0 {
		msg := fmt.Sprintf("%q holds %q, which no %s name can", s, []rune(s[bad:])[0], k.what)
		switch parts := splitList(s); {
		case len(parts) == 0 || !k.allValid(parts):
		case len(parts) == 1:
			return msg + "; write " + parts[0]
		default:
			return msg + fmt.Sprintf("; to claim several, write each as its own list entry: [%s]", strings.Join(parts, ", "))
		}
		return msg + "; write " + k.hint
	}
	if k.dots && (strings.HasPrefix(s, ".") || strings.HasSuffix(s, ".") || strings.Contains(s, "..")) {
		return fmt.Sprintf("%q has an empty part between dots; write %s", s, k.hint)
	}
	return ""
}

// badChar returns the index of the first character of s no name can hold, or -1.
func (k nameKind) badChar(s string) int {
	return strings.IndexFunc(s, func(r rune) bool {
		return !(r == '_' || r == '*' || r >= 'a' && r <= 'z' || r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || strings.ContainsRune(k.extra, r))
	})
}

// allValid reports whether every name is well formed.
func (k nameKind) allValid(names []string) bool {
	for _, n := range names {
		if k.badChar(n) >= 0 || k.shapeProblem(n) != "" {
			return false
		}
	}
	return true
}

// splitList splits s at commas, semicolons and spaces, the separators of
// a list typed as one string.
func splitList(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return r == ',' || r == ';' || r == ' ' || r == '\t' })
}

func (d *decoder) claims(n *yaml.Node, what string, kind nameKind) []Claim {
	var out []Claim
	d.strings(n, what, func(s string, item *yaml.Node) {
		if msg := kind.shapeProblem(s); msg != "" {
			d.errorf(item, "%s: %s", what, msg)
			return
		}
		out = append(out, Claim{Pattern: s, Pos: d.pos(item)})
	})
	return out
}

// ownedClaim is a claim with the component that makes it.
type ownedClaim struct {
	comp  string
	claim Claim
}

// checkClaimOverlaps rejects two claims of different components with the
// same specificity that can both match one name: the owner would be
// whichever component comes first in the file, so reordering the file
// would change the findings. Two different literal names never overlap,
// so only pairs with a wildcard are compared; their number is bounded so
// that a hostile spec costs no more than a moment.
func (d *decoder) checkClaimOverlaps(kind string, claims []ownedClaim, fold bool) {
	type group struct{ globs, literals []ownedClaim }
	byLen := map[int]*group{} // earlier claims, by specificity
	pairs := 0
	for _, c := range claims {
		n := literalLen(c.claim.Pattern)
		g := byLen[n]
		if g == nil {
			g = &group{}
			byLen[n] = g
		}
		isGlob := strings.Contains(c.claim.Pattern, "*")
		candidates := g.globs
		if isGlob {
			candidates = append(candidates[:len(candidates):len(candidates)], g.literals...)
		}
		if pairs += len(candidates); pairs > maxClaimPairs {
			d.errorAt(c.claim.Pos, "too many equally specific %s claims with '*' to check for overlaps (more than %d pairs); claim fewer, more specific names", kind, maxClaimPairs)
			return
		}
		for _, prev := range candidates {
			a, b := prev.claim.Pattern, c.claim.Pattern
			if fold {
				a, b = strings.ToLower(a), strings.ToLower(b)
			}
			if prev.comp == c.comp || a == b || !globsIntersect(a, b) {
				continue // same component, or an exact duplicate that checkOverlaps reports
			}
			d.errorAt(c.claim.Pos, "%s %s of component %s and %s %s of component %s (line %d) are equally specific and both match %s; "+
				"make one more specific (more literal characters) or give the names to one component", kind, c.claim.Pattern, c.comp, kind, prev.claim.Pattern, prev.comp, prev.claim.Pos.Line, witness(a, b))
		}
		if isGlob {
			g.globs = append(g.globs, c)
		} else {
			g.literals = append(g.literals, c)
		}
	}
}

// maxNameLen bounds an owned name, far above any real one.
const maxNameLen = 256

// maxClaimPairs bounds the claim pairs checkClaimOverlaps compares.
const maxClaimPairs = 1_000_000

// globsIntersect reports whether some name matches both glob patterns a
// and b ('*' matches any run of characters). reach[i][j]: some string is
// matched by both a[:i] and b[:j].
func globsIntersect(a, b string) bool {
	// The text before the first star and after the last must agree.
	pa, _, _ := strings.Cut(a, "*")
	pb, _, _ := strings.Cut(b, "*")
	sa := a[strings.LastIndexByte(a, '*')+1:]
	sb := b[strings.LastIndexByte(b, '*')+1:]
	if !strings.HasPrefix(pa, pb) && !strings.HasPrefix(pb, pa) || !strings.HasSuffix(sa, sb) && !strings.HasSuffix(sb, sa) {
		return false
	}
	reach := make([][]bool, len(a)+1)
	for i := range reach {
		reach[i] = make([]bool, len(b)+1)
	}
	reach[0][0] = true
	for i := 0; i <= len(a); i++ {
		for j := 0; j <= len(b); j++ {
			if !reach[i][j] {
				continue
			}
			if i < len(a) && a[i] == '*' {
				reach[i+1][j] = true // the star matches nothing more
				if j < len(b) {
					reach[i][j+1] = true // the star absorbs b[j], or b's star matches nothing
				}
			}
			if j < len(b) && b[j] == '*' {
				reach[i][j+1] = true
				if i < len(a) {
					reach[i+1][j] = true
				}
			}
			if i < len(a) && j < len(b) && a[i] == b[j] && a[i] != '*' {
				reach[i+1][j+1] = true
			}
		}
	}
	return reach[len(a)][len(b)]
}

// witness returns a name both a and b match, for the message; it assumes
// they intersect. Where the stars' text lines up it may be imprecise, so it
// is checked and replaced by a description otherwise.
func witness(a, b string) string {
	for _, w := range []string{overlay(a, b), overlay(b, a), strings.ReplaceAll(a, "*", ""), strings.ReplaceAll(b, "*", "")} {
		if glob(a, w) && glob(b, w) {
			return w
		}
	}
	return "the same names"
}

// overlay fills a's first star with b's literal text, sharing the longest
// overlap between the two, so that PAY_* and *_KEY give PAY_KEY.
func overlay(a, b string) string {
	before, after, _ := strings.Cut(a, "*")
	lit := strings.ReplaceAll(b, "*", "")
	for k := min(len(before), len(lit)); k > 0; k-- {
		if strings.HasSuffix(before, lit[:k]) {
			lit = lit[k:]
			break
		}
	}
	return before + lit + strings.ReplaceAll(after, "*", "")
}
