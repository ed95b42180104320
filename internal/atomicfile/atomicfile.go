// Package atomicfile writes the files users keep (a baseline, a document,
// a spec, a snapshot) so that a crash or a concurrent reader never sees
// half of one: the data goes to a temporary file in the same directory,
// synced, that then takes the file's place. It reads them too, refusing
// what is not a regular file.
package atomicfile

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"
)

// Write replaces path with data. An existing file keeps its permissions; a
// new one gets 0644. A symbolic link is followed, so that the file it
// points at is the one replaced (a baseline or document kept elsewhere and
// linked in stays linked); a file without write permission, or anything
// but a regular file, is refused.
func Write(path string, data []byte) error {
	mode := os.FileMode(0o644)
	if real, err := filepath.EvalSymlinks(path); err == nil {
		path = real
	}
	if fi, err := os.Stat(path); err == nil {
		if err := writable(path, fi); err != nil {
			return err
		}
		mode = fi.Mode().Perm()
	}
	removeStale(path)
	tmp, err := temp(path, data, mode)
	if err != nil {
		return err
	}
	defer os.Remove(tmp) // after a successful rename there is nothing to remove
	return os.Rename(tmp, path)
}

// WriteNew writes data to path, which must not exist: the temporary file
// is linked into place, which fails, rather than replaces, when the file
// appeared meanwhile. The error for an existing file wraps os.ErrExist.
func WriteNew(path string, data []byte) error {
	tmp, err := temp(path, data, 0o644)
	if err != nil {
		return err
	}
	defer os.Remove(tmp)
	if err := os.Link(tmp, path); err != nil {
		if errors.Is(err, os.ErrExist) {
			return fmt.Errorf("%s exists: %w", path, os.ErrExist)
		}
		return err
	}
	return nil
}

// ReadFile reads the file at path, which must be a regular file: reading a
// FIFO (or a terminal) named where a baseline, document or snapshot is
// expected would wait forever for a writer.
func ReadFile(path string) ([]byte, error) {
	fi, err := os.Stat(path)
	if err != nil {
		return nil, err
	}
	if !fi.Mode().IsRegular() {
		return nil, fmt.Errorf("%s is not a regular file (%s)", path, fi.Mode().Type())
	}
	return os.ReadFile(path)
}

// writable refuses to replace what is not a regular file or is read-only:
// a rename would replace a FIFO or a device, and would ignore a file's
// missing write permission, which says it is not to be changed.
func writable(path string, fi os.FileInfo) error {
	if !fi.Mode().IsRegular() {
		return fmt.Errorf("%s is not a regular file (%s); not replacing it", path, fi.Mode().Type())
	}
	if fi.Mode().Perm()&0o222 == 0 {
		return fmt.Errorf("%s is read-only (mode %v); make it writable to update it", path, fi.Mode().Perm())
	}
	return nil
}

// staleAge is how old a temporary file of ours must be to count as left by
// a killed write: a write takes milliseconds.
const staleAge = time.Minute

// removeStale removes the temporary files that writes of path killed
// before their rename left beside it (.NAME.DIGITS.tmp, temp's naming),
// leaving younger ones to the writes that may still be making them.
func removeStale(path string) {
	dir, prefix := filepath.Dir(path), "."+filepath.Base(path)+"."
	entries, err := os.ReadDir(dir)
	if err != nil {
		return
	}
	for _, e := range entries {
		digits, ok := strings.CutSuffix(strings.TrimPrefix(e.Name(), prefix), ".tmp")
		if !ok || !strings.HasPrefix(e.Name(), prefix) || digits == "" || strings.Trim(digits, "0123456789") != "" {
			continue
		}
		if fi, err := e.Info(); err == nil && fi.Mode().IsRegular() && time.Since(fi.ModTime()) > staleAge {
			os.Remove(filepath.Join(dir, e.Name()))
		}
	}
}

// temp writes data to a new temporary file beside path and returns its name.
func temp(path string, data []byte, mode os.FileMode) (string, error) {
	f, err := os.CreateTemp(filepath.Dir(path), "."+filepath.Base(path)+".*.tmp")
	if err != nil {
		return "", err
	}
	_, err = f.Write(data)
	if err == nil {
		err = f.Chmod(mode)
	}
	if err == nil {
		err = f.Sync()
	}
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		os.Remove(f.Name())
		return "", err
	}
	return f.Name(), nil
}
