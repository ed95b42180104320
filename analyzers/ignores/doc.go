// Package ignores defines an Analyzer that reports //boundarylint:ignore
// directives that silence nothing or give no reason.
//
// # Analyzer ignores
//
// ignores: report useless //boundarylint:ignore directives
//
// A directive silences boundarylint findings on its line, or on the next
// line when it stands alone. Once the finding is fixed, the directive would
// silently swallow the next violation on that line, so a directive that
// silences nothing is itself a finding:
//
//	import "example.com/monolith/internal/platform/db" //boundarylint:ignore legacy (reported: platform is shared, nothing to silence)
//
// A directive must say why the exception is acceptable; one without a reason
// silences nothing and is reported:
//
//	//boundarylint:ignore
//
// The analyzer runs the rule analyzers it is built from and counts the
// directives each of them used.
package ignores
