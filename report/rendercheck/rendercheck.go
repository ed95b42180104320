// Package rendercheck hands generated diagrams to the real renderers in
// tests: Graphviz's dot for DOT, and Mermaid's own parser (run by Node from
// testdata/mermaid, installed there by .ci/run) for Mermaid. A syntax error
// in either fails the test. Where a renderer is missing the test is skipped,
// except under CI (CI=true), where that is a failure: CI must prove it.
package rendercheck

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/boundarylint/boundarylint/modspec"
)

// Mermaid fails t unless Mermaid parses every chart.
func Mermaid(t testing.TB, charts ...string) {
	t.Helper()
	script, err := mermaidScript()
	if err != nil {
		missing(t, err)
		return
	}
	if err := CheckMermaid(script, charts...); err != nil {
		t.Fatal(err)
	}
}

// DOT fails t unless dot renders the graph without an error or warning.
func DOT(t testing.TB, graph string) {
	t.Helper()
	if _, err := exec.LookPath("dot"); err != nil {
		missing(t, fmt.Errorf("graphviz's dot is not installed (apt-get install graphviz): %w", err))
		return
	}
	if _, err := RenderDOT(graph, "svg"); err != nil {
		t.Fatal(err)
	}
}

func missing(t testing.TB, err error) {
	t.Helper()
	if os.Getenv("CI") != "" {
		t.Fatalf("renderer missing under CI: %v", err)
	}
	t.Skipf("renderer missing: %v", err)
}

// RenderDOT renders graph in the given dot output format (svg, png). Any
// message dot prints is an error: dot warns on stderr and still exits 0 for
// some mistakes.
func RenderDOT(graph, format string) ([]byte, error) {
	cmd := exec.Command("dot", "-T"+format)
	cmd.Stdin = strings.NewReader(graph)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	if err == nil && stderr.Len() > 0 {
		err = errors.New("dot printed a message")
	}
	if err != nil {
		return nil, fmt.Errorf("dot rejects the graph: %w\n%s\n--- graph:\n%s", err, stderr.String(), graph)
	}
	return stdout.Bytes(), nil
}

// CheckMermaid runs the validator script on the charts.
func CheckMermaid(script string, charts ...string) error {
	dir, err := os.MkdirTemp("", "rendercheck-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	args := []string{script}
	for i, c := range charts {
		f := filepath.Join(dir, fmt.Sprintf("chart%d.mmd", i))
		if err := os.WriteFile(f, []byte(c), 0o644); err != nil {
			return err
		}
		args = append(args, f)
	}
	out, err := exec.Command("node", args...).CombinedOutput()
	if err != nil {
		return fmt.Errorf("mermaid rejects a chart: %w\n%s\n--- charts:\n%s", err, out, strings.Join(charts, "\n---\n"))
	}
	return nil
}

// mermaidScript returns the validator's path, once its dependencies are
// installed (npm ci in testdata/mermaid).
func mermaidScript() (string, error) {
	if _, err := exec.LookPath("node"); err != nil {
		return "", fmt.Errorf("node is not installed: %w", err)
	}
	root, err := repoRoot()
	if err != nil {
		return "", err
	}
	dir := filepath.Join(root, "testdata", "mermaid")
	if _, err := os.Stat(filepath.Join(dir, "node_modules", "mermaid")); err != nil {
		return "", fmt.Errorf("mermaid is not installed: run npm ci in %s", dir)
	}
	return filepath.Join(dir, "check.mjs"), nil
}

// repoRoot is the boundarylint module's root, above the test's package.
func repoRoot() (string, error) {
	root, err := modspec.ModuleRoot(".")
	if err != nil {
		return "", err
	}
	if _, err := os.Stat(filepath.Join(root, "testdata", "mermaid")); err != nil {
		return "", errors.New("testdata/mermaid not found at the module root " + root)
	}
	return root, nil
}
