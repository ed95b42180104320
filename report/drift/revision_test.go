package drift

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// gitRepo makes a repository with two commits of mod/a.go ("one", then
// "two") and a symbolic link, and returns its directory.
func gitRepo(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	run := func(args ...string) {
		t.Helper()
		cmd := exec.Command("git", append([]string{"-C", dir, "-c", "user.name=t", "-c", "user.email=t@t"}, args...)...)
		if out, err := cmd.CombinedOutput(); err != nil {
			t.Fatalf("git %v: %v\n%s", args, err, out)
		}
	}
	run("init", "-q")
	write(t, filepath.Join(dir, "mod", "a.go"), "one")
	if err := os.Symlink("a.go", filepath.Join(dir, "mod", "link.go")); err != nil {
		t.Fatal(err)
	}
	run("add", "-A")
	run("commit", "-qm", "one")
	write(t, filepath.Join(dir, "mod", "a.go"), "two")
	run("commit", "-qam", "two")
	write(t, filepath.Join(dir, "mod", "a.go"), "uncommitted")
	return dir
}

func write(t *testing.T, path, content string) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(path, []byte(content), 0o644); err != nil {
		t.Fatal(err)
	}
}

func TestCheckoutLeavesTheRepositoryAlone(t *testing.T) {
	repo := gitRepo(t)
	tree, err := Checkout(filepath.Join(repo, "mod"), "HEAD~1")
	if err != nil {
		t.Fatal(err)
	}
	mod := tree.Path(filepath.Join(repo, "mod"))
	for file, want := range map[string]string{"a.go": "one", "link.go": "one"} {
		if data, err := os.ReadFile(filepath.Join(mod, file)); err != nil || string(data) != want {
			t.Errorf("%s at HEAD~1: %q, %v; want %q", file, data, err, want)
		}
	}
	if outside := filepath.Join(t.TempDir(), "spec.yaml"); tree.Path(outside) != outside {
		t.Errorf("a path outside the repository moved to %s", tree.Path(outside))
	}
	again, err := Checkout(repo, "HEAD~1") // while the first copy exists
	if err != nil || again.Path(repo) == tree.Path(repo) {
		t.Errorf("a second copy of the same commit: %v, at %s, the first's place", err, again.Path(repo))
	}
	again.Remove()
	tree.Remove()
	if _, err := os.Stat(mod); !os.IsNotExist(err) {
		t.Errorf("the copy is still there after Remove: %v", err)
	}
	later, err := Checkout(repo, "HEAD~1")
	if err != nil || later.Path(repo) != tree.Path(repo) {
		t.Errorf("a later copy of the same commit is at %s (%v), not at the first's %s, where the build cache knows it", later.Path(repo), err, tree.Path(repo))
	}
	later.Remove()
	if data, _ := os.ReadFile(filepath.Join(repo, "mod", "a.go")); string(data) != "uncommitted" {
		t.Errorf("the working tree changed: %q", data)
	}
	out, _ := exec.Command("git", "-C", repo, "worktree", "list").Output()
	if n := strings.Count(string(out), "\n"); n != 1 {
		t.Errorf("git worktree list shows %d worktrees, want the repository's own:\n%s", n, out)
	}
}

func TestCheckoutErrors(t *testing.T) {
	repo := gitRepo(t)
	for _, tc := range []struct{ dir, rev, want string }{
		{repo, "no-such-branch", `unknown git revision "no-such-branch"`},
		{repo, "--output=x", `unknown git revision "--output=x"`},
		{t.TempDir(), "HEAD", "is not in a git repository, which -since needs; compare with a snapshot file instead (-snapshot)"},
	} {
		if _, err := Checkout(tc.dir, tc.rev); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("Checkout(%s): got %v, want %q", tc.rev, err, tc.want)
		}
	}
}

// TestCheckoutKeepsEveryTrackedFile: a file marked export-ignore, which
// git archive leaves out, is in the copy (the module may need it to
// build, or hold the findings of then).
func TestCheckoutKeepsEveryTrackedFile(t *testing.T) {
	repo := gitRepo(t)
	write(t, filepath.Join(repo, ".gitattributes"), "mod/gen.go export-ignore\n")
	write(t, filepath.Join(repo, "mod", "gen.go"), "generated")
	git := exec.Command("git", "-C", repo, "-c", "user.name=t", "-c", "user.email=t@t", "commit", "-qam", "three")
	if out, err := exec.Command("git", "-C", repo, "add", ".gitattributes", "mod/gen.go").CombinedOutput(); err != nil {
		t.Fatalf("git add: %v\n%s", err, out)
	}
	if out, err := git.CombinedOutput(); err != nil {
		t.Fatalf("git commit: %v\n%s", err, out)
	}
	tree, err := Checkout(repo, "HEAD")
	if err != nil {
		t.Fatal(err)
	}
	defer tree.Remove()
	if data, err := os.ReadFile(tree.Path(filepath.Join(repo, "mod", "gen.go"))); err != nil || string(data) != "generated" {
		t.Errorf("the export-ignore file in the copy: %q, %v", data, err)
	}
}

// TestCheckoutShallowClone: in a shallow clone, a revision it does not
// have is explained with how to fetch the history.
func TestCheckoutShallowClone(t *testing.T) {
	repo := gitRepo(t)
	clone := filepath.Join(t.TempDir(), "clone")
	if out, err := exec.Command("git", "clone", "-q", "--depth=1", "file://"+repo, clone).CombinedOutput(); err != nil {
		t.Fatalf("git clone --depth=1: %v\n%s", err, out)
	}
	_, err := Checkout(clone, "HEAD~1")
	if err == nil || !strings.Contains(err.Error(), "a shallow clone") || !strings.Contains(err.Error(), "fetch-depth: 0") {
		t.Errorf("Checkout of a revision a shallow clone lacks: %v, want the way to fetch it", err)
	}
}
