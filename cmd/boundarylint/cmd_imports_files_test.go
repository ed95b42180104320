package main

import (
	"bytes"
	"errors"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestImportsFiles: given every .go file of the example, boundarylint
// imports reports what it reports on ./... (the golden file
// TestImportsOnly owns), and given one file, that file's findings alone.
func TestImportsFiles(t *testing.T) {
	t.Parallel()
	dir := sharedMonolith(t)
	var files []string
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if d != nil && d.IsDir() && d.Name() == "third_party" {
			return filepath.SkipDir // modules of their own
		}
		if err == nil && strings.HasSuffix(path, ".go") {
			rel, _ := filepath.Rel(dir, path)
			files = append(files, rel)
		}
		return err
	})
	if err != nil {
		t.Fatal(err)
	}
	all := standalone(t, dir, append([]string{"imports"}, files...)...)
	expectCode(t, "boundarylint imports on every file", all, 3)
	sameAsGolden(t, "imports.txt", findings(all.stderr, dir))

	one := standalone(t, dir, "imports", "internal/orders/service/service.go")
	expectCode(t, "boundarylint imports service.go", one, 3)
	if got := findings(one.stderr, dir); strings.Count(got, "\n") != 1 || !strings.HasPrefix(got, "internal/orders/service/service.go:12:2: ") {
		t.Errorf("boundarylint imports service.go: want its one finding (the private import), got\n%s", got)
	}
	clean := standalone(t, dir, "imports", "internal/users/users.go")
	expectCode(t, "boundarylint imports users.go", clean, 0)

	// A file of no package (third_party is a module of its own) is not
	// silently passed: the run says it checked nothing there.
	none := standalone(t, dir, "imports", "third_party/stripe-go/stripe.go")
	expectCode(t, "boundarylint imports on a nested module's file", none, 0)
	if !strings.Contains(none.stderr, "stripe.go is in no package of the build") {
		t.Errorf("a file of a nested module: stderr does not say it was not checked:\n%s", none.stderr)
	}
}

// TestImportsStdin: a bad import typed into an unsaved buffer is reported
// at its line, under the file's name, the cycle it closes in another file,
// and one deleted from the buffer is no longer reported, whatever the
// disk holds.
func TestImportsStdin(t *testing.T) {
	t.Parallel()
	dir := sharedMonolith(t)
	users := "internal/users/users.go"
	disk, err := os.ReadFile(filepath.Join(dir, users))
	if err != nil {
		t.Fatal(err)
	}
	typed := strings.Replace(string(disk), "import \"sync\"\n", "import (\n\t\"sync\"\n\n\t\"example.com/monolith/internal/payments/ledger\"\n)\n\nvar _ ledger.Ledger\n", 1)
	if typed == string(disk) {
		t.Fatal("users.go no longer has import \"sync\" alone")
	}
	// The buffer's import closes a cycle through platform, which the
	// cycle rule reports in payments: the module's graph has the buffer's
	// imports, not the disk's.
	r := stdinRun(t, dir, typed, "imports", "-stdin-filename", users, "internal/payments/api/api.go")
	expectCode(t, "boundarylint imports -stdin-filename users.go", r, 3)
	golden(t, "imports-stdin.txt", findings(r.stderr, dir))

	service := "internal/orders/service/service.go"
	src, err := os.ReadFile(filepath.Join(dir, service))
	if err != nil {
		t.Fatal(err)
	}
	fixed := bytes.Replace(src, []byte("\t\"example.com/monolith/internal/payments/ledger\" // violation (private): ledger is not in payments' api\n"), nil, 1)
	if bytes.Equal(fixed, src) {
		t.Fatal("service.go no longer imports ledger as the test expects")
	}
	r = stdinRun(t, dir, string(fixed), "imports", "-format", "json", "-stdin-filename", service)
	expectCode(t, "boundarylint imports -stdin-filename service.go without the import", r, 0)
}

func TestImportsFilesBadUsage(t *testing.T) {
	t.Parallel()
	dir := sharedMonolith(t)
	for _, tc := range []struct {
		args []string
		want string
	}{
		{[]string{"imports", "internal/users/users.go", "./..."}, "give .go files or package patterns, not both"},
		{[]string{"imports", "internal/users/nope.go"}, "nope.go: no such file"},
		{[]string{"imports", "-stdin-filename", "internal/users/users.txt"}, "not a .go file"},
	} {
		r := stdinRun(t, dir, "", tc.args...)
		expectCode(t, strings.Join(tc.args, " "), r, 2)
		if !strings.Contains(r.stderr, tc.want) {
			t.Errorf("%s: stderr does not say %q:\n%s", strings.Join(tc.args, " "), tc.want, r.stderr)
		}
	}
	outside := filepath.Join(t.TempDir(), "x.go")
	r := stdinRun(t, dir, "package x\n", "imports", "-stdin-filename", outside)
	expectCode(t, "imports -stdin-filename outside the module", r, 1)
	if !strings.Contains(r.stderr, "is outside module example.com/monolith") {
		t.Errorf("a file outside the module: stderr does not say so:\n%s", r.stderr)
	}
}

// stdinRun runs boundarylint in dir with stdin as its standard input.
func stdinRun(t *testing.T, dir, stdin string, args ...string) result {
	t.Helper()
	cmd := exec.Command(binary, args...)
	cmd.Dir, cmd.Env, cmd.Stdin = dir, testEnv(), strings.NewReader(stdin)
	var stdout, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &stdout, &stderr
	err := cmd.Run()
	if ee := (*exec.ExitError)(nil); err != nil && !errors.As(err, &ee) {
		t.Fatal(err)
	}
	return result{stdout: stdout.String(), stderr: stderr.String(), code: cmd.ProcessState.ExitCode(), args: args}
}

// TestImportsFilesThirdPartyChain: an isolated component that reaches a
// third-party package reserved to another component through a third-party
// package of its own is reported from a file as from the whole module
// (which the end-to-end tests prove equal to the type-checked run): the
// syntax tier lists the third-party graph with go list, as the module path
// does.
func TestImportsFilesThirdPartyChain(t *testing.T) {
	t.Parallel()
	skipShort(t)
	dir := t.TempDir()
	for name, data := range map[string]string{
		"go.mod": "module example.com/shop\n\ngo 1.26.0\n\nrequire (\n\texample.org/wrap v0.0.0\n\texample.org/sdk v0.0.0\n)\n\n" +
			"replace example.org/wrap => ./third_party/wrap\n\nreplace example.org/sdk => ./third_party/sdk\n",
		"boundaries.yaml": "version: 1\ncomponents:\n  pay:\n    packages: [pay/...]\n    isolated: true\n  billing:\n    packages: [billing/...]\n" +
			"external:\n  example.org/sdk/...: [billing]\n",
		"pay/pay.go":               "package pay\n\nimport _ \"example.org/wrap\"\n",
		"billing/billing.go":       "package billing\n\nimport _ \"example.org/sdk\"\n",
		"third_party/wrap/go.mod":  "module example.org/wrap\n\ngo 1.26.0\n\nrequire example.org/sdk v0.0.0\n\nreplace example.org/sdk => ../sdk\n",
		"third_party/wrap/wrap.go": "package wrap\n\nimport _ \"example.org/sdk\"\n",
		"third_party/sdk/go.mod":   "module example.org/sdk\n\ngo 1.26.0\n",
		"third_party/sdk/sdk.go":   "package sdk\n",
	} {
		path := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	whole := standalone(t, dir, "imports", "./...")
	expectCode(t, "boundarylint imports ./...", whole, 3)
	want := findings(whole.stderr, dir)
	if !strings.Contains(want, "pay/pay.go:3:8: pay reaches example.org/sdk, reserved to billing") {
		t.Fatalf("the module path does not report the chain through example.org/wrap:\n%s", want)
	}
	file := standalone(t, dir, "imports", "pay/pay.go")
	expectCode(t, "boundarylint imports pay/pay.go", file, 3)
	if got := findings(file.stderr, dir); got != want {
		t.Errorf("boundarylint imports pay/pay.go\n%s\nwant, as on ./...:\n%s", got, want)
	}
}
