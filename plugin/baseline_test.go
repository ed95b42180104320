package plugin

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
	"golang.org/x/tools/go/analysis/checker"
	"golang.org/x/tools/go/packages"
)

const entry = `{"rule":"imports/private","from":"example.com/shop/orders","subject":"example.com/shop/payments/x","count":1}`

func stamp(as []*analysis.Analyzer) string { return as[len(as)-1].Name }

// TestBaselineInCacheStamp: golangci-lint keys its cache on analyzer
// names, so adding, editing or deleting the baseline must change the
// stamp's name, as a spec edit does.
func TestBaselineInCacheStamp(t *testing.T) {
	t.Setenv("BOUNDARYLINT_SPEC", "")
	root := module(t, map[string]string{"boundaries.yaml": goodSpec})
	path := filepath.Join(root, "boundaries.baseline.json")
	write := func(entries string) {
		t.Helper()
		if err := os.WriteFile(path, []byte(`{"version": 1, "findings": [`+entries+`]}`), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	none := stamp(build(t, nil))
	if none != stampName(goodSpec) {
		t.Errorf("without a baseline the stamp is %s, want the spec's %s", none, stampName(goodSpec))
	}
	write("")
	empty := build(t, nil)
	write(entry)
	edited := stamp(build(t, nil))
	if stamp(empty) == none || edited == stamp(empty) {
		t.Errorf("stamps without, with an empty and with an edited baseline: %s, %s, %s; want three different", none, stamp(empty), edited)
	}
	if err := os.Remove(path); err != nil {
		t.Fatal(err)
	}
	if got := stamp(build(t, nil)); got != none {
		t.Errorf("after deleting the baseline the stamp is %s, want %s", got, none)
	}
}

func TestBaselineErrors(t *testing.T) {
	t.Setenv("BOUNDARYLINT_SPEC", "")
	for _, tt := range []struct {
		name  string
		files map[string]string
		raw   any
		want  string
	}{
		{"truncated", map[string]string{"boundaries.baseline.json": `{"version": 1, "findings": [` + entry}, nil, "boundaries.baseline.json:1:"},
		{"named and missing", nil, settings{"baseline": "arch/b.json"}, "arch/b.json"},
		{"set as a flag", nil, settings{"flags": settings{"imports": settings{"baseline": "b.json"}}}, "set the baseline with the baseline setting"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			files := map[string]string{"boundaries.yaml": goodSpec}
			for k, v := range tt.files {
				files[k] = v
			}
			module(t, files)
			p, err := New(tt.raw)
			if err == nil {
				_, err = p.BuildAnalyzers()
			}
			if err == nil || !strings.Contains(err.Error(), tt.want) || !strings.Contains(err.Error(), Name) {
				t.Errorf("error %v, want one naming %s and containing %q", err, Name, tt.want)
			}
		})
	}
}

const privateEntry = `{"rule":"imports/private","from":"example.com/shop/orders","to_component":"payments","to_package":"example.com/shop/payments/x","subject_kind":"import","subject":"example.com/shop/payments/x","count":1}`

// TestBaselineApplied: the analyzers BuildAnalyzers binds apply the
// baseline beside the spec: a finding it holds is not reported.
func TestBaselineApplied(t *testing.T) {
	t.Setenv("BOUNDARYLINT_SPEC", "")
	files := map[string]string{
		"boundaries.yaml":      "version: 1\ncomponents:\n  orders:\n    packages: [orders/...]\n    depends_on: [payments]\n  payments:\n    packages: [payments/...]\n    api: [payments/api/...]\n",
		"orders/orders.go":     "package orders\n\nimport _ \"example.com/shop/payments/x\"\n",
		"payments/x/x.go":      "package x\n",
		"payments/api/api.go":  "package api\n",
		"payments/payments.go": "package payments\n",
	}
	diagnostics := func() []string {
		as := build(t, settings{"analyzers": []any{"imports"}})
		pkgs, err := packages.Load(&packages.Config{Mode: packages.LoadAllSyntax}, "./orders")
		if err != nil {
			t.Fatal(err)
		}
		g, err := checker.Analyze(as[:1], pkgs, nil)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, act := range g.Roots {
			for _, d := range act.Diagnostics {
				out = append(out, d.Category)
			}
		}
		return out
	}
	root := module(t, files)
	if got := diagnostics(); !slices.Equal(got, []string{"imports/private"}) {
		t.Fatalf("without a baseline: %q, want [imports/private]", got)
	}
	if err := os.WriteFile(filepath.Join(root, "boundaries.baseline.json"), []byte(`{"version": 1, "findings": [`+privateEntry+`]}`), 0o644); err != nil {
		t.Fatal(err)
	}
	if got := diagnostics(); len(got) != 0 {
		t.Errorf("with the finding baselined: %q, want none", got)
	}
}
