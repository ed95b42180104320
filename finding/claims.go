package finding

// The unused-claim rules are whole-module rules: no package can tell that
// nothing in the module reads a claim. Each analyzer that checks claims
// tells drivers which claims each package uses (a ClaimsUsed note, under
// -findings only); a driver that ran the analyzer over the whole module
// reports every claim no package used, at its line in the spec. go vet
// and golangci-lint, which see one package at a time, report none.

// ClaimsUsed is what one package's code reads, writes or queries of the
// spec's claims, by their places in the spec ("boundaries.yaml:12:9"):
// the claim that decides the owner of each name the package uses,
// whoever uses it. Analyzers run with their -findings flag report it as
// a note diagnostic at the package clause, whose Category is their
// unused-claim rule and whose one Related entry is EncodeClaimsUsed's
// text.
type ClaimsUsed struct {
	Rule    string   `json:"rule"` // the analyzer's unused-claim rule
	Package string   `json:"package"`
	Claims  []string `json:"claims"` // sorted, each once
	// Shadowed maps an owned claim's place to the places of the shared
	// declarations that took names the package uses and the claim would
	// otherwise own (sorted, each once): such a claim, if no package uses
	// it, is unused because of them, not because no code names it.
	Shadowed map[string][]string `json:"shadowed,omitempty"`
}

// encodedClaimsPrefix starts the text of an encoded ClaimsUsed.
const encodedClaimsPrefix = "boundarylint-claims-used:"

// EncodeClaimsUsed returns u as one line of text that DecodeClaimsUsed
// reads back.
func EncodeClaimsUsed(u ClaimsUsed) string { return encode(encodedClaimsPrefix, u) }

// DecodeClaimsUsed reads a ClaimsUsed written by EncodeClaimsUsed. ok is
// false when text is not one; err reports one that is but does not decode.
func DecodeClaimsUsed(text string) (u ClaimsUsed, ok bool, err error) {
	return decode[ClaimsUsed](encodedClaimsPrefix, "claims note", text)
}

// IsUnusedClaim reports whether rule is one of the unused-claim rules,
// whose findings are about a line of the spec, not about code.
func IsUnusedClaim(rule string) bool {
	return rule == ConfigUnusedClaim || rule == TxUnusedClaim || rule == CtxstateUnusedClaim || rule == EventsUnusedClaim
}
