// Package ignores defines an Analyzer that reports //boundarylint:ignore
// directives that silence nothing or give no reason.
//
// # Analyzer ignores
//
// ignores: report useless //boundarylint:ignore directives
//
// Each rule below is documented once, with a bad and a good example, in the
// rule registry: `boundarylint help RULE` prints it, and docs/rules.md lists
// every rule. This comment tells the analyzer's story.
//
// A directive silences boundarylint findings on its line, or on the next
// line when it stands alone. Once the finding is fixed, the directive would
// silently swallow the next violation on that line, so a directive that
// silences nothing is itself a finding:
//
//	import "example.com/monolith/internal/platform/db" //boundarylint:ignore legacy (reported: platform is shared, nothing to silence)
//
// Its suggested fix removes the directive (the whole line when the
// directive stands alone), which -fix applies.
//
// A directive must say why the exception is acceptable; one without a reason
// silences nothing and is reported:
//
//	//boundarylint:ignore
//
// It also reports the baseline's stale entries for the package: an entry
// (boundaries.baseline.json, beside the spec) that accepts more findings
// than the package still has. The fixed violation must leave the baseline,
// or it could come back unnoticed; run `boundarylint baseline` to shrink
// the file. The variant of a package without its _test.go files leaves
// this to the variant with them, which sees every finding.
//
// Its rules, each diagnostic's Category: ignores/no-reason,
// ignores/unused and ignores/stale-baseline.
//
// The analyzer runs the rule analyzers it is built from and counts the
// directives and baseline entries each of them used.
package ignores
