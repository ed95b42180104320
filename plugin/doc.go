// Package plugin registers boundarylint as a golangci-lint v2 module plugin
// under the name "boundarylint".
//
// It holds no rules: it decodes the settings, loads and checks the spec, and
// returns the analyzers the boundarylint vet tool runs, bound to that spec.
//
// # Settings
//
//	linters:
//	  settings:
//	    custom:
//	      boundarylint:
//	        type: module
//	        settings:
//	          spec: boundaries.yaml     # or spec-inline; default: found as the vet tool finds it
//	          analyzers: [imports, config, tx, ctxstate, remote, endpoints, ignores]  # default: all
//	          build-tags: [integration] # run.build-tags, repeated: golangci-lint does not pass them
//	          flags:                    # the vet tool's per-analyzer flags, except -spec
//	            imports: {}
//
// A relative spec path resolves against the directory golangci-lint runs in
// (golangci-lint does not expand ${config-path} for custom linters), so run
// golangci-lint from the module root or give an absolute path. Without spec
// and spec-inline the spec is $BOUNDARYLINT_SPEC (relative to the module
// root), else boundaries.yaml found by walking up from that directory to the
// module root, as the vet tool finds it. spec-inline is the spec's YAML text
// (a block scalar); its positions print as "spec-inline:LINE", and its
// package patterns are relative to its module key or, without one, to the
// module of the working directory.
//
// The ignores analyzer counts the directives that the selected rules use:
// when analyzers lists only some rules, leave ignores out, or it reports
// the directives meant for the others as silencing nothing. The import
// rules are the exception: with imports left out, ignores still runs them,
// unreported, to count their directives, so that imports can be left to
// boundarylint-imports.
//
// # The syntax tier: boundarylint-imports
//
// A second linter, boundarylint-imports, runs the import rules (forbidden,
// private, reserved, unassigned, isolated, cycle) from import clauses
// alone, in golangci-lint's syntax load mode: `golangci-lint run
// --fast-only`, which editors run, keeps it and leaves out every linter
// that needs types, boundarylint included. Its findings on a file are the
// imports analyzer's; it reads the package's path from its directory and
// the rest of the module's imports from the source tree, once per run. It
// takes the settings of boundarylint but analyzers and flags. To have both
// in one .golangci.yml without reporting import findings twice, leave
// imports out of boundarylint's analyzers:
//
//	linters:
//	  enable: [boundarylint, boundarylint-imports]
//	  settings:
//	    custom:
//	      boundarylint:
//	        type: module
//	        settings:
//	          spec: boundaries.yaml
//	          analyzers: [config, tx, ctxstate, ignores]
//	      boundarylint-imports:
//	        type: module
//	        settings:
//	          spec: boundaries.yaml
//
// Unused //boundarylint:ignore directives are reported by the full run
// only (boundarylint's ignores analyzer).
//
// Unknown keys, an unknown analyzer or flag, both spec and spec-inline, and
// a spec that does not load or whose patterns match no package all stop the
// run with an error.
//
// # Cache
//
// golangci-lint keys its per-package result cache on its own binary, the
// linter settings, go.mod and the analyzer names, but not on the spec file.
// BuildAnalyzers therefore adds a no-op analyzer whose name carries the
// spec's hash, so that editing the spec invalidates the cached results.
package plugin
