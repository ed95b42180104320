package rendercheck

import (
	"strings"
	"testing"
)

// The checks must be able to fail: a broken chart is rejected by each
// renderer, a good one accepted.

func TestMermaidRejectsBrokenChart(t *testing.T) {
	script, err := mermaidScript()
	if err != nil {
		missing(t, err)
		return
	}
	if err := CheckMermaid(script, "flowchart LR\n  a --> b\n"); err != nil {
		t.Fatalf("a good chart was rejected: %v", err)
	}
	err = CheckMermaid(script, "flowchart LR\n  a --> b\n", "flowchart LR\n  a -->\n")
	if err == nil || !strings.Contains(err.Error(), "chart1.mmd") {
		t.Fatalf("the broken second chart was not named: %v", err)
	}
	// A linkStyle past the last edge is a model error, not a syntax one.
	if err := CheckMermaid(script, "flowchart LR\n  a --> b\n  linkStyle 3 stroke:red\n"); err == nil {
		t.Fatal("a linkStyle past the last edge was accepted")
	}
}

func TestDOTRejectsBrokenGraph(t *testing.T) {
	DOT(t, "digraph g { a -> b; }")
	if _, err := RenderDOT("digraph g { a -> ; }", "svg"); err == nil {
		t.Fatal("a syntax error was accepted")
	}
	if _, err := RenderDOT(`digraph g { a [shape=nosuchshape]; }`, "svg"); err == nil {
		t.Fatal("a warning was accepted")
	}
}
