// Package format prints the findings of a whole-module run: text as go vet
// prints diagnostics (with the rule ID), the structured findings as JSON,
// SARIF 2.1.0 for code scanning, and GitHub Actions workflow commands.
// Nothing here knows how the findings were found.
package format

import (
	"fmt"
	"io"
	"path"
	"path/filepath"
	"slices"
	"strings"

	"github.com/boundarylint/boundarylint/baseline"
	"github.com/boundarylint/boundarylint/finding"
)

// Names lists the formats Write knows, the default first.
var Names = []string{"text", "json", "sarif", "github"}

// Report is what a run has to say.
type Report struct {
	// Findings are every finding of the run, each once; those marked
	// Baselined are accepted and left out of every format but JSON.
	Findings []finding.Finding
	// Stale are the baseline entries that matched fewer findings than
	// they record.
	Stale []baseline.Stale
	// Unread counts, per package, what the analyzers could not read (SQL
	// built at run time): no findings, but every format says how many,
	// so that no findings never reads as a clean data layer.
	Unread []finding.UnreadCount
	// Baseline is the baseline file's name as messages print it.
	Baseline string
	// Dir is the working directory: file names print relative to it,
	// as go vet prints them.
	Dir string
	// Root is the module root, and RootInRepo its path relative to the
	// repository's top level ("" when it is the top level, or outside a
	// repository): GitHub annotations and SARIF's artifact locations are
	// relative to the repository, where GitHub places them, so a module
	// in a monorepo's subdirectory is located by both.
	Root       string
	RootInRepo string
	// ReadFile reads a finding's file, for SARIF's columns, which count
	// UTF-16 code units where findings count bytes; nil means os.ReadFile.
	ReadFile func(name string) ([]byte, error)
}

// Write prints r in the named format.
func Write(w io.Writer, name string, r Report) error {
	switch name {
	case "text":
		return Text(w, r)
	case "json":
		return JSON(w, r)
	case "sarif":
		return SARIF(w, r)
	case "github":
		return GitHub(w, r)
	}
	return Valid(name)
}

// Valid returns an error naming the formats when name is not one of them.
func Valid(name string) error {
	if slices.Contains(Names, name) {
		return nil
	}
	return fmt.Errorf("unknown format %q; use one of %s", name, strings.Join(Names, ", "))
}

// Clean reports whether r has nothing to report: every finding is in the
// baseline and no entry of it is stale.
func (r Report) Clean() bool { return len(r.reported()) == 0 && len(r.Stale) == 0 }

// reported returns the findings the baseline does not accept.
func (r Report) reported() []finding.Finding {
	return slices.DeleteFunc(slices.Clone(r.Findings), func(f finding.Finding) bool { return f.Baselined })
}

// ShortPath names a file relative to dir when it is below dir, else
// absolutely: the go command's rule for the paths it prints.
func ShortPath(dir, file string) string {
	if dir == "" || !filepath.IsAbs(file) {
		return file
	}
	rel, err := filepath.Rel(dir, file)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return file
	}
	return rel
}

// repoPath names file relative to the repository's top level, with
// forward slashes (rel: relative to the module root already, when known).
// A file outside the module but in the repository (a spec in a parent
// directory or in another module of a monorepo, and the baseline beside
// it) is named from the top level too; one outside both stays absolute.
func (r Report) repoPath(file, rel string) string {
	if rel == "" {
		rel = ShortPath(r.Root, file)
	}
	if filepath.IsAbs(rel) {
		return filepath.ToSlash(r.fromTopLevel(rel))
	}
	return path.Join(filepath.ToSlash(r.RootInRepo), filepath.ToSlash(rel))
}

// fromTopLevel names the absolute file relative to the repository's top
// level (Root less RootInRepo) when it is below it, else returns it. A
// file named by its real path (a spec, whose name resolves symbolic
// links) is compared with the top level's real path too.
func (r Report) fromTopLevel(file string) string {
	if r.Root == "" {
		return file
	}
	top := filepath.Clean(r.Root)
	if r.RootInRepo != "" {
		for range strings.Split(r.RootInRepo, "/") {
			top = filepath.Dir(top)
		}
	}
	if rel := ShortPath(top, file); !filepath.IsAbs(rel) {
		return rel
	}
	if real, err := filepath.EvalSymlinks(top); err == nil {
		if rel := ShortPath(real, file); !filepath.IsAbs(rel) {
			return rel
		}
	}
	return file
}

// Text prints one line per reported finding, file:line:col: message
// [rule], then one per stale baseline entry, then one per unread kind the
// run counted (see Report.Unread).
func Text(w io.Writer, r Report) error {
	for _, f := range r.reported() {
		file, msg := finding.OneLine(ShortPath(r.Dir, f.Pos.File)), finding.OneLine(f.Message)
		if _, err := fmt.Fprintf(w, "%s:%d:%d: %s [%s]\n", file, f.Pos.Line, f.Pos.Column, msg, f.Rule); err != nil {
			return err
		}
	}
	for _, s := range r.Stale {
		if _, err := fmt.Fprintf(w, "%s\n", finding.OneLine(staleLine(ShortPath(r.Dir, r.Baseline), s))); err != nil {
			return err
		}
	}
	for _, line := range r.unreadSummaries() {
		if _, err := fmt.Fprintf(w, "%s\n", line); err != nil {
			return err
		}
	}
	return nil
}

// staleLine prints a stale entry of the baseline file as a finding of
// its own, at the file.
func staleLine(file string, s baseline.Stale) string {
	return fmt.Sprintf("%s: %s [%s]", file, s.Finding(file).Message, finding.IgnoresStaleBaseline)
}
