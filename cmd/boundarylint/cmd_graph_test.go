package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/boundarylint/boundarylint/report/rendercheck"
)

// TestGraph renders the example's component graph in every variant,
// compares each with its golden file and hands it to the real renderer.
func TestGraph(t *testing.T) {
	dir := sharedMonolith(t)
	var charts []string
	for _, c := range []struct{ golden, args string }{
		{"graph.mmd", "graph"},
		{"graph.dot", "graph -format dot"},
		{"graph-focus-payments.mmd", "graph -focus payments"},
		{"graph-focus-payments.dot", "graph -format=dot -focus=payments -api"},
		{"graph-target.mmd", "graph -target -api"},
	} {
		r := standalone(t, dir, strings.Fields(c.args)...)
		expectCode(t, c.args, r, 0)
		golden(t, c.golden, r.stdout)
		if c.golden == "graph.dot" {
			imageIsCurrent(t, r.stdout)
		}
		if strings.HasSuffix(c.golden, ".dot") {
			rendercheck.DOT(t, r.stdout)
		} else {
			charts = append(charts, r.stdout)
		}
	}
	rendercheck.Mermaid(t, charts...)
}

// imageIsCurrent: the README shows the example's graph as an SVG committed
// next to its DOT source; both must be what the command and dot make now
// (go test -update rewrites them).
func imageIsCurrent(t *testing.T, dot string) {
	t.Helper()
	docs := filepath.Join("..", "..", "testdata", "monolith", "docs")
	svg, err := rendercheck.RenderDOT(dot, "svg")
	if err != nil {
		rendercheck.DOT(t, dot) // skips, or fails, as the renderer check does
		t.Fatal(err)
	}
	for name, want := range map[string][]byte{"components.dot": []byte(dot), "components.svg": svg} {
		path := filepath.Join(docs, name)
		if *update {
			if err := os.WriteFile(path, want, 0o644); err != nil {
				t.Fatal(err)
			}
			continue
		}
		if got, err := os.ReadFile(path); err != nil || !bytes.Equal(got, want) {
			t.Errorf("%s is not what boundarylint graph -format dot | dot -Tsvg makes now (%v); go test -update rewrites it", path, err)
		}
	}
}

func TestGraphBadInput(t *testing.T) {
	dir := sharedMonolith(t)
	for _, c := range []struct {
		args string
		code int
		msg  string
	}{
		{"graph -focus paymnts", 2, `boundarylint graph: unknown component "paymnts" for -focus; the spec has payments, orders,`},
		{"graph -format svg", 2, `unknown -format "svg"; use mermaid or dot`},
		{"-C testdata graph", 2, "boundarylint: chdir testdata"},
	} {
		r := standalone(t, dir, strings.Fields(c.args)...)
		expectCode(t, c.args, r, c.code)
		if !strings.Contains(r.stderr, c.msg) || r.stdout != "" {
			t.Errorf("%s: stderr %q, want it to contain %q; stdout %q", c.args, r.stderr, c.msg, r.stdout)
		}
	}
}
