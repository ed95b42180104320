package driver

import (
	"bytes"
	"encoding/json"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"slices"
	"strings"

	"golang.org/x/tools/go/analysis"

	"github.com/boundarylint/boundarylint/analyzers/imports"
	"github.com/boundarylint/boundarylint/analyzers/suite"
	"github.com/boundarylint/boundarylint/finding"
	"github.com/boundarylint/boundarylint/modscan"
)

// Imports checks the import rules only, from the packages' import clauses,
// without type-checking: the fast path for pre-commit hooks and large
// monoliths. Its findings are those of the imports analyzer in a full run.
//
// The analyzer needs only the import clauses (with their comments, for
// //boundarylint:ignore), the package's path and the facts of its
// dependencies, so this driver builds those passes by hand, in dependency
// order, instead of loading and type-checking every package from source as
// the go/analysis checker must for analyzers that need types. It reads the
// module's own packages from the source tree (package modscan), and runs
// go list only for what that cannot decide, saying so in Result.Notes. The
// cycle rule's import graph comes from the same reading: the same files,
// the same build tags and cgo decision, as the other import rules.
func Imports(cfg Config) (*Result, error) {
	fset := token.NewFileSet()
	m, pkgs, notes, err := readListed(cfg, fset, true)
	if err != nil {
		return nil, err
	}
	b := suite.Binding{Spec: cfg.Spec, Findings: true} // whole findings, with their keys
	if m.Path == cfg.Spec.Module {
		b.Graph = m.Graph() // the cycle rule reads the files the other rules read
	}
	a := suite.BindRule(imports.Analyzer, b)
	found, err := analyzeImports(a, pkgs, fset)
	if err != nil {
		return nil, err
	}
	edges, withUnclaimed := componentEdges(cfg.Spec, listedImports(pkgs))
	addSites(append(slices.Clip(edges), withUnclaimed...), m, fset)
	found, ignored := splitIgnored(found)
	return &Result{
		Findings: found, Ignored: ignored, Edges: edges, UnclaimedEdges: withUnclaimed, Unclaimed: unclaimed(cfg.Spec, m.Dirs),
		Packages: checkedPackages(pkgs), Existing: modulePackages(m), Analyzers: []string{a.Name}, Notes: notes,
	}, nil
}

// readListed reads the module holding cfg.Dir into fset and lists the
// packages the patterns match (listPackages), failing on a pattern that
// matches none.
func readListed(cfg Config, fset *token.FileSet, thirdParty bool) (*modscan.Module, []*listedPackage, []string, error) {
	m, err := cfg.readModule(fset)
	if err != nil {
		return nil, nil, nil, err
	}
	pkgs, notes, err := listPackages(cfg, m, thirdParty)
	if err != nil {
		return nil, nil, nil, err
	}
	if err := checkMatched(cfg, pkgs); err != nil {
		return nil, nil, nil, err
	}
	return m, pkgs, notes, nil
}

// listPackages lists the packages as `go list -e -deps -test` would: from
// the module's packages as modscan read them (scanList) where that
// decides, else from go list, saying so in the notes. thirdParty asks for
// the third-party packages isolated components reach, with their imports,
// which the isolation rule walks.
func listPackages(cfg Config, m *modscan.Module, thirdParty bool) ([]*listedPackage, []string, error) {
	var notes []string
	pkgs, why, err := scanList(cfg, m, thirdParty, &notes)
	if err == nil && why != "" {
		notes = append(notes, "read the packages with go list: "+why)
		pkgs, err = goList(cfg.Dir, cfg.patterns(), cfg.Tags, "-deps", "-test")
	}
	return pkgs, notes, err
}

// checkedPackages returns the import paths of the packages the patterns
// matched, sorted: those listed neither as a dependency only nor as a test
// variant.
func checkedPackages(pkgs []*listedPackage) []string {
	var out []string
	for _, p := range pkgs {
		if !p.DepOnly && p.ForTest == "" && !p.Standard && !strings.HasSuffix(p.ImportPath, ".test") {
			out = append(out, p.ImportPath)
		}
	}
	slices.Sort(out)
	return slices.Compact(out)
}

// listedImports returns the imports of the packages go list printed, the
// test variants' as test imports.
func listedImports(pkgs []*listedPackage) []packageImports {
	var out []packageImports
	for _, p := range pkgs {
		if p.Standard || strings.HasSuffix(p.ImportPath, ".test") {
			continue
		}
		pi := packageImports{Path: packagePath(p.ImportPath), Test: p.ForTest != ""}
		for _, imp := range p.Imports {
			pi.Imports = append(pi.Imports, packagePath(imp))
		}
		out = append(out, pi)
	}
	return out
}

// listedPackage is what go list tells about one package.
type listedPackage struct {
	ImportPath     string // with " [p.test]" for test variants
	Name           string
	Dir            string
	GoFiles        []string
	CgoFiles       []string
	IgnoredGoFiles []string // excluded by build constraints
	Imports        []string // variant IDs where go list uses them
	Standard       bool
	DepOnly        bool
	ForTest        string
	Module         *struct{ Path string }
	Error          *struct{ Err string }

	files []*modscan.File // GoFiles already parsed, by the fast path
}

func goList(dir string, patterns []string, tags string, flags ...string) ([]*listedPackage, error) {
	args := append([]string{"list", "-e", "-json=ImportPath,Name,Dir,GoFiles,CgoFiles,IgnoredGoFiles,Imports,Standard,DepOnly,ForTest,Module,Error"}, flags...)
	if tags != "" {
		args = append(args, "-tags="+tags)
	}
	args = append(args, patterns...)
	cmd := exec.Command("go", args...)
	cmd.Dir = dir
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("go list: %w\n%s", err, stderr.String())
	}
	var pkgs []*listedPackage
	for dec := json.NewDecoder(bytes.NewReader(out)); dec.More(); {
		p := new(listedPackage)
		if err := dec.Decode(p); err != nil {
			return nil, fmt.Errorf("go list output: %w", err)
		}
		pkgs = append(pkgs, p)
	}
	return pkgs, nil
}

// analyzeImports runs the analyzer on every non-standard package in order,
// keeping the facts each exports, and returns the findings in the root
// packages, sorted. Like go vet, it
// reports a package with tests through its test variant.
func analyzeImports(a *analysis.Analyzer, pkgs []*listedPackage, fset *token.FileSet) ([]finding.Finding, error) {
	hasTestVariant := map[string]bool{}
	listed := map[string]*listedPackage{}
	for _, p := range pkgs {
		listed[p.ImportPath] = p
		if p.ForTest != "" && p.ImportPath == p.ForTest+" ["+p.ForTest+".test]" {
			hasTestVariant[p.ForTest] = true
		}
	}
	facts := map[string]analysis.Fact{} // by package ID
	var diags []finding.Finding
	var fail error // a diagnostic whose attached finding does not decode
	for _, p := range pkgs {
		if p.Standard || strings.HasSuffix(p.ImportPath, ".test") {
			continue
		}
		if p.Error != nil && len(p.GoFiles) == 0 {
			return nil, fmt.Errorf("%s: %s", p.ImportPath, p.Error.Err)
		}
		report := !p.DepOnly && !hasTestVariant[p.ImportPath]
		pass, err := importsPass(a, p, report, listed, fset, facts, func(d analysis.Diagnostic) {
			if report {
				var related []string
				for _, r := range d.Related {
					related = append(related, r.Message)
				}
				posn := fset.Position(d.Pos)
				f, err := toFinding(a.Name, packagePath(p.ImportPath), d.Category, finding.Position{File: posn.Filename, Line: posn.Line, Column: posn.Column}, d.Message, related)
				if err != nil {
					fail = err
				}
				diags = append(diags, f)
			}
		})
		if err != nil {
			return nil, err
		}
		if _, err := a.Run(pass); err != nil {
			return nil, fmt.Errorf("%s: %w", p.ImportPath, err)
		}
	}
	if fail != nil {
		return nil, fail
	}
	return sortFindings(diags), nil
}

// importsPass builds the pass the imports analyzer sees for p: import
// clauses only, a types.Package whose imports are bare paths, and facts
// from the packages analysed before it. A package visited only for its
// fact gets no files: its imports come from go list, and parsing the
// thousands of third-party files below a monolith was most of the cost.
func importsPass(a *analysis.Analyzer, p *listedPackage, withFiles bool, listed map[string]*listedPackage, fset *token.FileSet, facts map[string]analysis.Fact, report func(analysis.Diagnostic)) (*analysis.Pass, error) {
	var files []*ast.File
	for _, f := range p.files {
		if withFiles {
			files = append(files, f.Syntax)
		}
	}
	for _, name := range append(append([]string(nil), p.GoFiles...), p.CgoFiles...) {
		if !withFiles || p.files != nil {
			break
		}
		f, err := parser.ParseFile(fset, filepath.Join(p.Dir, name), nil, parser.ImportsOnly|parser.ParseComments)
		if err != nil {
			return nil, err
		}
		files = append(files, f)
	}
	var ignored []string
	for _, name := range p.IgnoredGoFiles {
		ignored = append(ignored, filepath.Join(p.Dir, name))
	}
	pkg := types.NewPackage(packagePath(p.ImportPath), p.Name)
	var imported []*types.Package
	byPath := map[string]string{} // path -> ID, to find the facts of the variant p imports
	for _, imp := range p.Imports {
		imported = append(imported, types.NewPackage(packagePath(imp), ""))
		byPath[packagePath(imp)] = imp
	}
	pkg.SetImports(imported)
	var module *analysis.Module
	if p.Module != nil {
		module = &analysis.Module{Path: p.Module.Path}
	}
	return &analysis.Pass{
		Analyzer:     a,
		Fset:         fset,
		Files:        files,
		Pkg:          pkg,
		Module:       module,
		Report:       report,
		ReadFile:     os.ReadFile,
		IgnoredFiles: ignored,
		ImportPackageFact: func(imp *types.Package, ptr analysis.Fact) bool {
			f, ok := facts[byPath[imp.Path()]]
			if ok {
				reflect.ValueOf(ptr).Elem().Set(reflect.ValueOf(f).Elem())
			}
			return ok
		},
		ExportPackageFact: func(f analysis.Fact) { facts[p.ImportPath] = f },
		AllPackageFacts:   func() []analysis.PackageFact { return closureFacts(p, listed, facts) },
	}, nil
}

// closureFacts returns the facts of every package p depends on, as the
// go/analysis drivers do, walking go list's import graph.
func closureFacts(p *listedPackage, listed map[string]*listedPackage, facts map[string]analysis.Fact) []analysis.PackageFact {
	var out []analysis.PackageFact
	seen := map[string]bool{}
	var visit func(id string)
	visit = func(id string) {
		if seen[id] || listed[id] == nil {
			return
		}
		seen[id] = true
		if f, ok := facts[id]; ok {
			out = append(out, analysis.PackageFact{Package: types.NewPackage(packagePath(id), ""), Fact: f})
		}
		for _, next := range listed[id].Imports {
			visit(next)
		}
	}
	for _, imp := range p.Imports {
		visit(imp)
	}
	return out
}

// packagePath strips go list's " [p.test]" variant suffix from a package ID.
func packagePath(id string) string { return strings.SplitN(id, " ", 2)[0] }
