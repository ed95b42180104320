package plugin

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/go/analysis"
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
	for _, a := range empty[:len(empty)-2] { // the rules, not ignores or the stamp
		if got := a.Flags.Lookup("baseline").Value.String(); got != path {
			t.Errorf("analyzer %s reads baseline %q, want %s", a.Name, got, path)
		}
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
