package drift

import (
	"archive/tar"
	"bytes"
	"errors"
	"fmt"
	"io"
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
// dir into a new temporary directory. It reads them with git archive, so
// the repository, its index and its working tree are left untouched (no
// worktree is registered), and nothing is left behind when Remove runs.
func Checkout(dir, rev string) (*Tree, error) {
	top, err := git(dir, nil, "rev-parse", "--show-toplevel")
	if err != nil {
		return nil, fmt.Errorf("%s is not in a git repository, which -since needs; compare with a snapshot file instead (-snapshot): %w", dir, err)
	}
	hash, err := git(dir, nil, "rev-parse", "--verify", "--quiet", "--end-of-options", rev+"^{commit}")
	if err != nil {
		return nil, fmt.Errorf("unknown git revision %q in %s", rev, top)
	}
	tmp, err := copyDir(hash)
	if err != nil {
		return nil, err
	}
	t := &Tree{Rev: rev, Hash: hash, dir: tmp, top: top}
	var archive bytes.Buffer
	if _, err := git(top, &archive, "archive", "--format=tar", hash); err != nil {
		t.Remove()
		return nil, err
	}
	if err := untar(&archive, tmp); err != nil {
		t.Remove()
		return nil, fmt.Errorf("copying %s at %s: %w", top, rev, err)
	}
	return t, nil
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

// git runs git in dir; its output goes to out, or is returned trimmed.
func git(dir string, out io.Writer, args ...string) (string, error) {
	cmd := exec.Command("git", append([]string{"-C", dir}, args...)...)
	var buf, stderr bytes.Buffer
	cmd.Stdout, cmd.Stderr = &buf, &stderr
	if out != nil {
		cmd.Stdout = out
	}
	if err := cmd.Run(); err != nil {
		return "", fmt.Errorf("git %s: %w: %s", args[0], err, strings.TrimSpace(stderr.String()))
	}
	return strings.TrimSpace(buf.String()), nil
}

// untar writes the regular files, directories and symbolic links of a tar
// stream below dir.
func untar(r io.Reader, dir string) error {
	tr := tar.NewReader(r)
	for {
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			return err
		}
		name := filepath.FromSlash(h.Name)
		if !filepath.IsLocal(name) {
			return fmt.Errorf("archive entry %q leaves the directory", h.Name)
		}
		path := filepath.Join(dir, name)
		switch h.Typeflag {
		case tar.TypeDir:
			err = os.MkdirAll(path, 0o755)
		case tar.TypeReg:
			err = writeEntry(path, tr, h.FileInfo().Mode().Perm())
		case tar.TypeSymlink:
			if err = os.MkdirAll(filepath.Dir(path), 0o755); err == nil {
				err = os.Symlink(h.Linkname, path)
			}
		}
		if err != nil {
			return err
		}
	}
}

func writeEntry(path string, r io.Reader, perm os.FileMode) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		return err
	}
	f, err := os.OpenFile(path, os.O_CREATE|os.O_WRONLY|os.O_EXCL, perm)
	if err != nil {
		return err
	}
	_, err = io.Copy(f, r)
	return errors.Join(err, f.Close())
}
