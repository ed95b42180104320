package format

import (
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/url"
	"path/filepath"

	"github.com/boundarylint/boundarylint/finding"
)

// The SARIF 2.1.0 subset boundarylint writes: one run, the rules of the
// registry, one result per reported finding.
type (
	sarifLog struct {
		Schema  string     `json:"$schema"`
		Version string     `json:"version"`
		Runs    []sarifRun `json:"runs"`
	}
	sarifRun struct {
		Tool               sarifTool                `json:"tool"`
		Invocations        []sarifInvocation        `json:"invocations,omitempty"`
		OriginalURIBaseIDs map[string]sarifArtifact `json:"originalUriBaseIds,omitempty"`
		Results            []sarifResult            `json:"results"`
		ColumnKind         string                   `json:"columnKind"`
	}
	sarifTool struct {
		Driver sarifDriver `json:"driver"`
	}
	sarifDriver struct {
		Name           string            `json:"name"`
		InformationURI string            `json:"informationUri"`
		Rules          []sarifRule       `json:"rules"`
		Notifications  []sarifDescriptor `json:"notifications,omitempty"`
	}
	// sarifDescriptor describes a notification: an unread kind.
	sarifDescriptor struct {
		ID               string       `json:"id"`
		ShortDescription sarifMessage `json:"shortDescription"`
		Properties       struct {
			Analyzer string `json:"analyzer"`
		} `json:"properties"`
	}
	// sarifInvocation is the run's one invocation, which carries the
	// counts of what the analyzers could not read as notifications.
	sarifInvocation struct {
		ExecutionSuccessful        bool                `json:"executionSuccessful"`
		ToolExecutionNotifications []sarifNotification `json:"toolExecutionNotifications"`
	}
	sarifNotification struct {
		Descriptor struct {
			ID    string `json:"id"`
			Index int    `json:"index"`
		} `json:"descriptor"`
		Level      string          `json:"level"`
		Message    sarifMessage    `json:"message"`
		Locations  []sarifLocation `json:"locations"`
		Properties struct {
			Package string `json:"package"`
			Count   int    `json:"count"`
		} `json:"properties"`
	}
	sarifRule struct {
		ID               string       `json:"id"`
		ShortDescription sarifMessage `json:"shortDescription"`
		FullDescription  sarifMessage `json:"fullDescription"`
		Help             sarifMessage `json:"help"`
		Properties       struct {
			Analyzer string `json:"analyzer"`
		} `json:"properties"`
	}
	sarifMessage struct {
		Text     string `json:"text"`
		Markdown string `json:"markdown,omitempty"` // rule help only
	}
	sarifArtifact struct {
		URI       string `json:"uri"`
		URIBaseID string `json:"uriBaseId,omitempty"`
	}
	sarifResult struct {
		RuleID              string            `json:"ruleId"`
		RuleIndex           int               `json:"ruleIndex"`
		Level               string            `json:"level"`
		Message             sarifMessage      `json:"message"`
		Locations           []sarifLocation   `json:"locations"`
		PartialFingerprints map[string]string `json:"partialFingerprints"`
		Properties          *sarifResultProps `json:"properties,omitempty"`
	}
	// sarifResultProps marks a result in test code, which a consumer can
	// filter or rank apart (GitHub code scanning also tells test files by
	// their path).
	sarifResultProps struct {
		Test bool `json:"test"`
	}
	sarifLocation struct {
		PhysicalLocation struct {
			ArtifactLocation sarifArtifact `json:"artifactLocation"`
			Region           struct {
				StartLine   int `json:"startLine"`
				StartColumn int `json:"startColumn,omitempty"`
			} `json:"region"`
		} `json:"physicalLocation"`
	}
)

const (
	sarifSchema = "https://json.schemastore.org/sarif-2.1.0.json"
	srcRoot     = "%SRCROOT%"
	// fingerprintName names the fingerprint made from the finding's
	// line-independent key: code scanning then follows an alert across
	// edits that move it, as the baseline does.
	fingerprintName = "boundarylintKey/v1"
)

// SARIF prints r as a SARIF 2.1.0 log for GitHub code scanning and other
// SARIF consumers: the rules of the registry with their help text, and
// one result per reported finding, located relative to the module root,
// its column in UTF-16 code units as the run's columnKind declares (read
// from the finding's line; left out when the line cannot be read).
func SARIF(w io.Writer, r Report) error {
	run := sarifRun{
		Tool:       sarifTool{Driver: sarifDriver{Name: "boundarylint", InformationURI: "https://github.com/boundarylint/boundarylint", Rules: sarifRules()}},
		Results:    []sarifResult{},
		ColumnKind: "utf16CodeUnits",
	}
	index := map[string]int{}
	for i, rule := range run.Tool.Driver.Rules {
		index[rule.ID] = i
	}
	src := newSourceLines(r)
	for _, f := range r.reported() {
		run.Results = append(run.Results, sarifResultOf(index, f, src.location(r.Root, f.Pos)))
	}
	file := artifact(r.Root, r.Baseline, "")
	for _, s := range r.Stale {
		run.Results = append(run.Results, sarifResultOf(index, s.Finding(ShortPath(r.Dir, r.Baseline)), sarifLocationAt(file, 1, 0)))
	}
	if len(r.Unread) > 0 {
		run.Tool.Driver.Notifications, run.Invocations = sarifUnread(r.Unread, src, r.Root)
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	return enc.Encode(sarifLog{Schema: sarifSchema, Version: "2.1.0", Runs: []sarifRun{run}})
}

func sarifRules() []sarifRule {
	var out []sarifRule
	for _, r := range finding.Rules() {
		rule := sarifRule{
			ID:               r.ID,
			ShortDescription: sarifMessage{Text: r.Title},
			FullDescription:  sarifMessage{Text: r.Why},
			Help:             sarifMessage{Text: RuleText(r), Markdown: RuleMarkdown(r)},
		}
		rule.Properties.Analyzer = r.Analyzer
		out = append(out, rule)
	}
	return out
}

// sarifResultOf is the result of f at loc.
func sarifResultOf(index map[string]int, f finding.Finding, loc sarifLocation) sarifResult {
	i, ok := index[f.Rule]
	if !ok {
		i = -1 // a rule the registry does not know: SARIF's "no index"
	}
	r := sarifResult{
		RuleID: f.Rule, RuleIndex: i, Level: "error",
		Message:             sarifMessage{Text: f.Message},
		Locations:           []sarifLocation{loc},
		PartialFingerprints: map[string]string{fingerprintName: keyHash(f.Key())},
	}
	if f.Test {
		r.Properties = &sarifResultProps{Test: true}
	}
	return r
}

// sarifLocationAt is line and column (0: none) of file.
func sarifLocationAt(file sarifArtifact, line, column int) sarifLocation {
	var loc sarifLocation
	loc.PhysicalLocation.ArtifactLocation = file
	loc.PhysicalLocation.Region.StartLine = line
	loc.PhysicalLocation.Region.StartColumn = column
	return loc
}

// location is where p is, relative to the module root, its column in
// UTF-16 code units.
func (s *sourceLines) location(root string, p finding.Position) sarifLocation {
	return sarifLocationAt(artifact(root, p.File, p.RelFile), p.Line, s.utf16Column(p.File, p.Line, p.Column))
}

// sarifUnread describes the unread kinds the run counted, and its
// invocation with one note per package and kind, located at each place.
// They are notifications, not results: nothing was found there.
func sarifUnread(counts []finding.UnreadCount, src *sourceLines, root string) ([]sarifDescriptor, []sarifInvocation) {
	var descriptors []sarifDescriptor
	index := map[string]int{}
	inv := sarifInvocation{ExecutionSuccessful: true}
	for _, c := range counts {
		k, _ := finding.LookupUnread(c.Kind)
		if _, ok := index[c.Kind]; !ok {
			index[c.Kind] = len(descriptors)
			d := sarifDescriptor{ID: c.Kind, ShortDescription: sarifMessage{Text: k.Noun + " that " + k.Reason}}
			d.Properties.Analyzer = k.Analyzer
			descriptors = append(descriptors, d)
		}
		n := sarifNotification{Level: "note", Message: sarifMessage{Text: k.In(len(c.At), c.Package)}}
		n.Descriptor.ID, n.Descriptor.Index = c.Kind, index[c.Kind]
		n.Properties.Package, n.Properties.Count = c.Package, len(c.At)
		for _, p := range c.At {
			n.Locations = append(n.Locations, src.location(root, p))
		}
		inv.ToolExecutionNotifications = append(inv.ToolExecutionNotifications, n)
	}
	return descriptors, []sarifInvocation{inv}
}

// artifact locates a file: relative to the module root (rel, when known,
// is that already), with forward slashes, as SARIF's relative references
// are written; a file outside the root as an absolute file URI.
func artifact(root, file, rel string) sarifArtifact {
	if rel == "" {
		rel = ShortPath(root, file)
	}
	if filepath.IsAbs(rel) {
		return sarifArtifact{URI: (&url.URL{Scheme: "file", Path: filepath.ToSlash(rel)}).String()}
	}
	return sarifArtifact{URI: filepath.ToSlash(rel), URIBaseID: srcRoot}
}

// keyHash is a stable hash of a finding's key.
func keyHash(k finding.Key) string {
	b, err := json.Marshal(k)
	if err != nil {
		panic(err) // a Key holds only strings
	}
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:16])
}
