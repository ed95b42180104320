package driver

import (
	"fmt"
	"go/token"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/boundarylint/boundarylint/analyzers/imports"
	"github.com/boundarylint/boundarylint/analyzers/suite"
	"github.com/boundarylint/boundarylint/boundary"
)

// BenchmarkImportRules measures the import rules over a synthetic monolith
// of 1,000 packages in 10 components (5 imports each, some across
// components, an isolated component and a component cycle), driven as
// `boundarylint imports` drives them: import clauses parsed from disk, the
// rules run on every package in dependency order. go list is left out: it
// costs the same for every tool. Compare runs with benchstat.
func BenchmarkImportRules(b *testing.B) {
	for _, n := range []int{100, 1000} {
		b.Run(fmt.Sprintf("packages=%d", n), func(b *testing.B) {
			spec, pkgs := syntheticMonolith(b, n)
			a := suite.BindRule(imports.Analyzer, suite.Binding{Spec: spec})
			b.ResetTimer()
			for b.Loop() {
				diags, err := analyzeImports(a, pkgs, token.NewFileSet())
				if err != nil {
					b.Fatal(err)
				}
				if len(diags) == 0 {
					b.Fatal("the synthetic monolith has violations; got no findings")
				}
			}
		})
	}
}

// syntheticMonolith writes n single-file packages under b.TempDir() and
// returns their spec and the go list records the driver needs, in
// dependency order. Package i imports five packages below it, so the
// graph is acyclic while the component graph is not.
func syntheticMonolith(b *testing.B, n int) (*boundary.Spec, []*listedPackage) {
	const module, components = "example.com/synth", 10
	dir := b.TempDir()
	var yaml strings.Builder
	yaml.WriteString("version: 1\nmodule: " + module + "\ncomponents:\n")
	for c := range components {
		fmt.Fprintf(&yaml, "  c%d:\n    packages: [c%d/...]\n    api: [c%d/api]\n", c, c, c)
		if c > 0 {
			fmt.Fprintf(&yaml, "    depends_on: [c%d]\n", c-1)
		}
		if c == components-1 {
			yaml.WriteString("    isolated: true\n")
		}
	}
	spec, err := boundary.Parse("boundaries.yaml", []byte(yaml.String()), "")
	if err != nil {
		b.Fatal(err)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	pkgs := make([]*listedPackage, n)
	for i := range n {
		rel := fmt.Sprintf("c%d/p%d", i%components, i)
		if i < components {
			rel = fmt.Sprintf("c%d/api", i)
		}
		p := &listedPackage{ImportPath: module + "/" + rel, Name: "p", Dir: filepath.Join(dir, rel), GoFiles: []string{"p.go"}, Module: &struct{ Path string }{module}}
		var src strings.Builder
		src.WriteString("package p\n\nimport (\n")
		seen := map[int]bool{}
		for range min(5, i) {
			j := rng.IntN(i)
			if !seen[j] {
				seen[j] = true
				p.Imports = append(p.Imports, pkgs[j].ImportPath)
				fmt.Fprintf(&src, "\t_ %q\n", pkgs[j].ImportPath)
			}
		}
		src.WriteString(")\n")
		if err := os.MkdirAll(p.Dir, 0o755); err != nil {
			b.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(p.Dir, "p.go"), []byte(src.String()), 0o644); err != nil {
			b.Fatal(err)
		}
		pkgs[i] = p
	}
	return spec, pkgs
}

// BenchmarkImportsReader measures the whole imports path on the synthetic
// monolith made a module, reading its packages from the tree (modscan)
// against reading them with go list, as before. Compare with benchstat:
//
//	go test ./driver -run '^$' -bench ImportsReader -count 6 | tee new.txt
func BenchmarkImportsReader(b *testing.B) {
	spec, pkgs := syntheticMonolith(b, 1000)
	root := filepath.Dir(filepath.Dir(pkgs[0].Dir))
	if err := os.WriteFile(filepath.Join(root, "go.mod"), []byte("module example.com/synth\n\ngo 1.26\n"), 0o644); err != nil {
		b.Fatal(err)
	}
	cfg := Config{Spec: spec, Dir: root}
	b.Run("reader=tree", func(b *testing.B) {
		for b.Loop() {
			res, err := Imports(cfg)
			if err != nil || len(res.Notes) > 0 || len(res.Findings) == 0 {
				b.Fatalf("err %v, notes %v, %d findings", err, res.Notes, len(res.Findings))
			}
		}
	})
	b.Run("reader=golist", func(b *testing.B) {
		for b.Loop() {
			listed, err := goList(root, []string{"./..."}, "", "-deps", "-test")
			if err != nil {
				b.Fatal(err)
			}
			if found, err := analyzeImports(suite.BindRule(imports.Analyzer, suite.Binding{Spec: spec}), listed, token.NewFileSet()); err != nil || len(found) == 0 {
				b.Fatalf("err %v, %d findings", err, len(found))
			}
		}
	})
}
