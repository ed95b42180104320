package golangci_test

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestSameFindingsAsVetTool: golangci-lint with the plugin reports exactly
// what the vet tool reports on the example monolith.
func TestSameFindingsAsVetTool(t *testing.T) {
	t.Parallel()
	dir := monolith(t)
	want := vetFindings(t, dir)
	got := golangciFindings(t, dir, t.TempDir(), defaultSettings)
	sameFindings(t, "spec: boundaries.yaml", got, want)
	testCode(t, got)

	// The same spec inline, and found without a spec setting.
	spec, err := os.ReadFile(filepath.Join(dir, "boundaries.yaml"))
	if err != nil {
		t.Fatal(err)
	}
	inline := "          spec-inline: |\n" + indent(string(spec), "            ")
	gotInline := golangciFindings(t, dir, t.TempDir(), inline)
	sameFindings(t, "spec-inline", gotInline, specRenamed(want, "spec-inline"))
	sameFindings(t, "no spec setting", golangciFindings(t, dir, t.TempDir(), ""), want)
}

// TestNolint: //nolint:boundarylint silences one finding and nothing else.
func TestNolint(t *testing.T) {
	t.Parallel()
	dir := monolith(t)
	want := vetFindings(t, dir)
	silenced := -1
	for i, f := range want {
		if line := lineOf(t, filepath.Join(dir, f.File), f.Line); !strings.Contains(line, "//") {
			edit(t, filepath.Join(dir, f.File), line+"\n", line+" //nolint:boundarylint // tested\n")
			silenced = i
			break
		}
	}
	if silenced < 0 {
		t.Fatal("every finding is on a line with a comment; cannot add //nolint")
	}
	if again := vetFindings(t, dir); !slices.Equal(again, want) {
		t.Fatalf("the vet tool's findings changed with a //nolint comment:\n%v", again)
	}
	got := golangciFindings(t, dir, t.TempDir(), defaultSettings)
	sameFindings(t, "//nolint:boundarylint on "+want[silenced].String(), got, slices.Delete(slices.Clone(want), silenced, silenced+1))
}

// TestSpecEditShowsUp: golangci-lint caches results without looking at the
// spec; the plugin's spec-hash analyzer must make an edit show on the next
// run, without golangci-lint cache clean.
func TestSpecEditShowsUp(t *testing.T) {
	t.Parallel()
	dir, cache := monolith(t), t.TempDir()
	before := golangciFindings(t, dir, cache, defaultSettings)
	if again := golangciFindings(t, dir, cache, defaultSettings); !slices.Equal(again, before) {
		t.Fatalf("a cached run differs from the first:\nfirst: %v\nagain: %v", before, again)
	}
	// A comment line at the top shifts every boundaries.yaml:LINE the
	// messages cite, so stale results cannot pass for fresh ones.
	spec := filepath.Join(dir, "boundaries.yaml")
	edit(t, spec, "# boundaries.yaml", "# An edit.\n# boundaries.yaml")
	after := golangciFindings(t, dir, cache, defaultSettings)
	if slices.Equal(after, before) {
		t.Fatal("golangci-lint returned the same findings after the spec changed: stale cache")
	}
	sameFindings(t, "after a spec edit", after, vetFindings(t, dir))
}

// TestExcludedFileEditShowsUp: the import rules read the files the build
// excludes (model_windows.go on Linux), which golangci-lint's cache key
// does not cover; the plugin's cache stamp must make a forbidden import
// added to one after a clean run show on the next, cached, run, and its
// removal too, as the vet tool's build ID does.
func TestExcludedFileEditShowsUp(t *testing.T) {
	t.Parallel()
	dir, cache := monolith(t), t.TempDir()
	excluded := filepath.Join(dir, "internal", "orders", "model", "model_windows.go")
	const want = "internal/orders/model/model_windows.go"
	shown := func(fs []finding) bool {
		return slices.ContainsFunc(fs, func(f finding) bool { return f.File == want })
	}
	before := golangciFindings(t, dir, cache, defaultSettings)
	if shown(before) {
		t.Fatalf("a finding in %s before it exists", want)
	}
	if err := os.WriteFile(excluded, []byte("package model\n\nimport _ \"example.com/monolith/internal/payments/store\"\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	after := golangciFindings(t, dir, cache, defaultSettings)
	if !shown(after) {
		t.Errorf("no finding in %s after adding a forbidden import to it: stale cache\n%v", want, after)
	}
	sameFindings(t, "after adding "+want, after, vetFindings(t, dir))
	if err := os.Remove(excluded); err != nil {
		t.Fatal(err)
	}
	if again := golangciFindings(t, dir, cache, defaultSettings); !slices.Equal(again, before) {
		t.Errorf("after removing %s the findings differ from the first run's: stale cache\nfirst: %v\nagain: %v", want, before, again)
	}
}

// TestBadSettingsFail: a bad setting or a broken spec stops golangci-lint
// with a clear error, on every run, not with an empty report.
func TestBadSettingsFail(t *testing.T) {
	t.Parallel()
	for _, tc := range []struct {
		name, settings string
		spec           [2]string // an edit of boundaries.yaml: old, new
		want           string
	}{
		{name: "unknown key", settings: defaultSettings + "\n          sepc: x", want: `unknown field "sepc"`},
		{name: "unknown analyzer", settings: defaultSettings + "\n          analyzers: [imprts]", want: `unknown analyzer "imprts"`},
		{name: "missing spec", settings: "          spec: arch/boundaries.yaml", want: "arch/boundaries.yaml: no such file or directory"},
		{name: "broken spec", settings: defaultSettings, spec: [2]string{"depends_on: [platform]\n", "depends_on: [platfrom]\n"},
			want: `depends_on of payments names component "platfrom", which is not declared`},
		{name: "pattern matching nothing", settings: defaultSettings, spec: [2]string{"packages: [internal/users/...]", "packages: [internal/user/...]"},
			want: "package pattern internal/user/... of component users matches no package"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			dir, cache := monolith(t), t.TempDir()
			golangciFindings(t, dir, cache, defaultSettings) // fills the cache
			if tc.spec[0] != "" {
				edit(t, filepath.Join(dir, "boundaries.yaml"), tc.spec[0], tc.spec[1])
			}
			for i := range 2 {
				r := golangci(t, dir, cache, tc.settings)
				if r.code == 0 || r.code == 1 || !strings.Contains(r.stderr, tc.want) || strings.Contains(r.stdout, `"FromLinter"`) {
					t.Errorf("run %d: exit status %d, want a failure (neither 0 nor 1) saying %q and no issues\nstdout:\n%s\nstderr:\n%s",
						i+1, r.code, tc.want, r.stdout, r.stderr)
				}
			}
		})
	}
}

// specRenamed returns fs with "(boundaries.yaml:" and ", boundaries.yaml:"
// in messages renamed to name: how an inline spec's positions print.
func specRenamed(fs []finding, name string) []finding {
	out := slices.Clone(fs)
	for i := range out {
		out[i].Text = strings.ReplaceAll(out[i].Text, "boundaries.yaml:", name+":")
	}
	return sorted(out)
}

func indent(s, prefix string) string {
	lines := strings.Split(strings.TrimSuffix(s, "\n"), "\n")
	for i, l := range lines {
		if l != "" {
			lines[i] = prefix + l
		}
	}
	return strings.Join(lines, "\n")
}

func lineOf(t *testing.T, path string, n int) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(string(data), "\n")
	if n < 1 || n > len(lines) {
		t.Fatalf("%s has no line %d", path, n)
	}
	return lines[n-1]
}

// testCode: golangci-lint hands test files to the same analyzers, so the
// spec's tests policy holds there too: the example's test that reads
// payments' secret is reported, its setup (t.Setenv of PAYMENTS_MODE, a
// Config.Payments field filled for the code under test) is not.
func testCode(t *testing.T, got []finding) {
	t.Helper()
	var read bool
	for _, f := range got {
		switch {
		case f.File == "internal/orders/service/env_test.go" && f.Line == 11 && strings.Contains(f.Text, "reads env STRIPE_SECRET_KEY"):
			read = true
		case strings.HasSuffix(f.File, "_test.go") && strings.Contains(f.Text, " writes "):
			t.Errorf("a write in a test file, setup, is reported: %s", f)
		}
	}
	if !read {
		t.Errorf("the read of STRIPE_SECRET_KEY in env_test.go is not reported; got:\n%v", got)
	}
}
