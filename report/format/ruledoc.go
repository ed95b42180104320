package format

import (
	"fmt"
	"io"
	"strings"

	"github.com/boundarylint/boundarylint/finding"
)

// The rule documentation is written once, in the registry (finding.Rule);
// these render it for people: RuleText for `boundarylint help RULE` and
// SARIF's plain-text help, RuleMarkdown for SARIF's Markdown help and
// RulesPage for docs/rules.md, which a test keeps equal to the registry.

// RuleText is r's documentation as plain text.
func RuleText(r finding.Rule) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s (analyzer %s): %s\n\n%s\n\nWhy: %s\n\nFix: %s\n", r.ID, r.Analyzer, r.Title, r.When, r.Why, r.Fix)
	fmt.Fprintf(&b, "\nReported:\n\n%s\n\nInstead:\n\n%s\n", indent(r.Bad), indent(r.Good))
	if len(r.Spec) > 0 {
		fmt.Fprintf(&b, "\nSpec keys: %s\n", strings.Join(r.Spec, ", "))
	}
	return b.String()
}

// RuleMarkdown is r's documentation as Markdown, without a heading.
func RuleMarkdown(r finding.Rule) string {
	var b strings.Builder
	fmt.Fprintf(&b, "%s\n\n**Why.** %s\n\n**Fix.** %s\n\n", r.When, r.Why, r.Fix)
	fmt.Fprintf(&b, "Reported:\n\n%s\n\nInstead:\n\n%s\n", fence(r.Bad), fence(r.Good))
	if len(r.Spec) > 0 {
		fmt.Fprintf(&b, "\nSpec keys: `%s`\n", strings.Join(r.Spec, "`, `"))
	}
	return b.String()
}

// RulesPage writes docs/rules.md: an index of every rule, then each rule's
// documentation under a heading whose anchor is derived from its ID, and the
// kinds of things a run counts as unread.
func RulesPage(w io.Writer) error {
	var b strings.Builder
	b.WriteString("<!-- Generated from the rule registry (finding/rules.go) by report/format.RulesPage; do not edit.\n")
	b.WriteString("     go test ./report/format -run TestRulesPage -update rewrites it. -->\n\n")
	b.WriteString("# Rules\n\nEvery finding carries a rule ID, `analyzer/rule`: the `category` of go vet's `-json` output, the key of\n")
	b.WriteString("baseline entries and SARIF results, and the argument of `boundarylint help RULE`. IDs are never renamed.\n")
	b.WriteString("The examples assume the example monolith's spec ([testdata/monolith/boundaries.yaml](../testdata/monolith/boundaries.yaml)).\n\n")
	b.WriteString("| Rule | Reported |\n|---|---|\n")
	rules := finding.Rules()
	for _, r := range rules {
		fmt.Fprintf(&b, "| [`%s`](#%s) | %s |\n", r.ID, RuleAnchor(r.ID), r.Title)
	}
	analyzer := ""
	for _, r := range rules {
		if r.Analyzer != analyzer {
			analyzer = r.Analyzer
			fmt.Fprintf(&b, "\n## Analyzer `%s`\n", analyzer)
		}
		fmt.Fprintf(&b, "\n### %s\n\nReports %s.\n\n%s", r.ID, r.Title, RuleMarkdown(r))
	}
	b.WriteString("\n## Unread kinds\n\nNot findings: what an analyzer could not read, counted so that no findings is never mistaken for\ncode that was checked and found clean.\n\n| Kind | What |\n|---|---|\n")
	for _, k := range finding.UnreadKinds() {
		fmt.Fprintf(&b, "| `%s` | a %s that %s |\n", k.ID, k.Noun, k.Reason)
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// RuleAnchor is the Markdown anchor GitHub derives from a heading that is
// the rule's ID: "imports/forbidden" -> "importsforbidden".
func RuleAnchor(id string) string { return strings.ReplaceAll(id, "/", "") }

func indent(code string) string {
	return "    " + strings.ReplaceAll(code, "\n", "\n    ")
}

func fence(code string) string { return "```\n" + code + "\n```" }
