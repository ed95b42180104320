package driver

import (
	"fmt"
	"go/token"
	"os"
	"path/filepath"
	"slices"

	"golang.org/x/tools/go/analysis"

	"github.com/boundarylint/boundarylint/analyzers/imports"
	"github.com/boundarylint/boundarylint/analyzers/suite"
	"github.com/boundarylint/boundarylint/finding"
	"github.com/boundarylint/boundarylint/modscan"
)

// ImportsFiles checks the import rules on files alone, for editors and
// pre-commit hooks: the findings that `boundarylint imports` on the whole
// module reports in them. overlay holds, by absolute path, the content of
// files the disk does not have as they are (an editor's unsaved buffer, a
// file not saved yet); the module's import graph, which the isolation and
// cycle rules follow, is the tree on disk with them. Only the packages of
// the files are analysed, from their import clauses, with the syntax
// tier's analyzer (imports.NewSyntax): no go list, no facts. The baseline
// applies, but no entry is stale: a few files cannot tell.
func ImportsFiles(cfg Config, files []string, overlay map[string][]byte) (*Result, error) {
	fset := token.NewFileSet()
	m, err := cfg.readModule(fset)
	if err != nil {
		return nil, err
	}
	if m.Path != cfg.Spec.Module {
		return nil, fmt.Errorf("the module at %s is %s, not the spec's %s", m.Dir, m.Path, cfg.Spec.Module)
	}
	if err := m.Overlay(overlay, fset); err != nil {
		return nil, err
	}
	wanted := map[string]bool{}
	for _, f := range files {
		if rel, err := filepath.Rel(m.Dir, f); err != nil || !filepath.IsLocal(rel) {
			return nil, fmt.Errorf("%s is outside module %s (%s)", f, m.Path, m.Dir)
		}
		wanted[f] = true
	}
	a := imports.NewSyntax(suite.Binding{Spec: cfg.Spec, Findings: true}, m) // whole findings, with their keys
	read := func(path string) ([]byte, error) {
		if src, ok := overlay[path]; ok {
			return src, nil
		}
		return os.ReadFile(path)
	}
	var found []finding.Finding
	pkgs := packagesOf(m, files)
	notes := slices.Clone(m.Undecided)
	for _, f := range files {
		if !slices.ContainsFunc(pkgs, func(p *modscan.Package) bool { return p.Dir == filepath.Dir(f) }) {
			notes = append(notes, fmt.Sprintf("%s is in no package of the build (a testdata, vendor or nested module directory, or no file of it in the build): nothing to check", f))
		}
	}
	for _, p := range pkgs {
		for _, unit := range units(p) {
			fs, err := analyzeUnit(a, p, unit, fset, read)
			if err != nil {
				return nil, err
			}
			for _, f := range fs {
				if wanted[f.Pos.File] {
					found = append(found, f)
				}
			}
		}
	}
	found, ignored := splitIgnored(sortFindings(found))
	return &Result{Findings: found, Ignored: ignored, Packages: []string{}, Analyzers: []string{a.Name}, Notes: notes}, nil
}

// packagesOf returns the packages of the module that hold the files.
func packagesOf(m *modscan.Module, files []string) []*modscan.Package {
	var out []*modscan.Package
	for _, p := range m.Packages {
		for _, f := range files {
			if filepath.Dir(f) == p.Dir {
				out = append(out, p)
				break
			}
		}
	}
	return out
}

// units returns the file sets go vet would analyse p as: the package with
// its tests (or without, when it has none) and its external tests.
func units(p *modscan.Package) [][]*modscan.File {
	out := [][]*modscan.File{slices.Concat(p.GoFiles, p.TestGoFiles)}
	if len(p.XTestGoFiles) > 0 {
		out = append(out, p.XTestGoFiles)
	}
	return out
}

// analyzeUnit runs the syntax tier's analyzer on one unit of p and returns
// its findings.
func analyzeUnit(a *analysis.Analyzer, p *modscan.Package, unit []*modscan.File, fset *token.FileSet, read func(string) ([]byte, error)) ([]finding.Finding, error) {
	pass := &analysis.Pass{Analyzer: a, Fset: fset, ReadFile: read, ResultOf: map[*analysis.Analyzer]any{}}
	for _, f := range unit {
		pass.Files = append(pass.Files, f.Syntax)
	}
	for _, f := range p.IgnoredFiles {
		pass.IgnoredFiles = append(pass.IgnoredFiles, filepath.Join(p.Dir, f.Name))
	}
	var out []finding.Finding
	var fail error
	pass.Report = func(d analysis.Diagnostic) {
		var related []string
		for _, r := range d.Related {
			related = append(related, r.Message)
		}
		posn := fset.Position(d.Pos)
		f, err := toFinding(a.Name, p.Path, d.Category, finding.Position{File: posn.Filename, Line: posn.Line, Column: posn.Column}, d.Message, related)
		if err != nil {
			fail = err
		}
		out = append(out, f)
	}
	if _, err := a.Run(pass); err != nil {
		return nil, fmt.Errorf("%s: %w", p.Path, err)
	}
	return out, fail
}
