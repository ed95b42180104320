package drift

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
)

// Tree is a copy of a repository's files at one git revision, in a
// temporary directory of its own.
type Tree struct {
	Rev  string // the revision as given
	Hash string // the commit it names
	dir  string // the copy of the repository's top level
	top  string // the repository's top level
}

// Checkout copies the files of revision rev of the git repository holding
// dir into a new temporary directory: every tracked file, as a checkout
// writes it (git archive would leave out the export-ignore files, which
// the module may need). It reads them into an index of its own and checks
// that out below the copy, so the repository, its index and its working
// tree are left untouched (no worktree is registered), and nothing is left
// behind when Remove runs.
func Checkout(dir, rev string) (*Tree, error) {
	top, err := git(dir, nil, "rev-parse", "--show-toplevel")
	if err != nil {
		return nil, fmt.Errorf("%s is not in a git repository, which -since needs; compare with a snapshot file instead (-snapshot): %w", dir, err)
	}
	hash, err := git(dir, nil, "rev-parse", "--verify", "--quiet", "--end-of-options", rev+"^{commit}")
	if err != nil {
		return nil, unknownRevision(top, rev)
	}
	tmp, err := copyDir(hash)
	if err != nil {
		return nil, err
	}
	t := &Tree{Rev: rev, Hash: hash, dir: tmp, top: top}
	if err := t.copyFiles(); err != nil {
		t.Remove()
		return nil, fmt.Errorf("copying %s at %s: %w", top, rev, err)
	}
	return t, nil
}

// unknownRevision explains a revision git does not have: in a shallow
// clone (a CI checkout fetches one commit unless told otherwise), how to
// fetch the history.
func unknownRevision(top, rev string) error {
	if shallow, _ := git(top, nil, "rev-parse", "--is-shallow-repository"); shallow == "true" {
		return fmt.Errorf("git revision %q is not in %s, a shallow clone: fetch the history it needs (actions/checkout with fetch-depth: 0, or git fetch --unshallow)", rev, top)
	}
	return fmt.Errorf("unknown git revision %q in %s", rev, top)
}

// copyFiles writes every file tracked at t.Hash below t.dir, through a
// temporary index: git read-tree fills it, git checkout-index writes its
// files (symbolic links included, with the repository's filters and line
// ending settings, as a checkout would).
func (t *Tree) copyFiles() error {
	index, err := os.CreateTemp("", "boundarylint-index-*")
	if err != nil {
		return err
	}
	index.Close()
	defer os.Remove(index.Name())
	env := append(os.Environ(), "GIT_INDEX_FILE="+index.Name())
	if _, err := git(t.top, env, "read-tree", t.Hash); err != nil {
		return err
	}
	_, err = git(t.top, env, "checkout-index", "--all", "--prefix="+t.dir+string(filepath.Separator))
	return err
}

// copyDir makes the directory for a copy of commit hash: the same path for
// the same commit, when no other run holds it, because the go command's
// build cache keys compiled packages on their directory, so that a second
// drift against the same revision (the pull request's base, pushed to
// again) reuses the first one's work; else a directory of its own.
func copyDir(hash string) (string, error) {
	dir := filepath.Join(os.TempDir(), "boundarylint-drift-"+hash)
	if err := os.Mkdir(dir, 0o700); err == nil {
		return dir, nil
	}
	return os.MkdirTemp("", "boundarylint-drift-*")
}

// Path returns where path, a file or directory of the repository's working
// tree, is in the copy. A path outside the repository is its own answer.
func (t *Tree) Path(path string) string {
	abs, err := filepath.Abs(path)
	if err != nil {
		return path
	}
	if real, err := filepath.EvalSymlinks(abs); err == nil {
		abs = real
	}
	rel, err := filepath.Rel(t.top, abs)
	if err != nil || rel == ".." || strings.HasPrefix(rel, ".."+string(filepath.Separator)) {
		return path
	}
	return filepath.Join(t.dir, rel)
}

// Remove deletes the copy.
func (t *Tree) Remove() { os.RemoveAll(t.dir) }

// git runs git in dir, with env when not nil, and returns its output
// trimmed.
func git(dir string, env []string, args ...string) (string, error) {
	cmd := exec.Command("git", append([]string{"-C", dir}, args...)...)
	cmd.Env = env
	var buf, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &buf, &stderr
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("git %s: %w: %s", args[0], err, strings.TrimSpace(stderr.String()))
	}
	return strings.TrimSpace(buf.String()), nil
}
