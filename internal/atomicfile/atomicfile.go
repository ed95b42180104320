// Package atomicfile writes the files users keep (a baseline, a document,
// a spec, a snapshot) so that a crash or a concurrent reader never sees
// half of one: the data goes to a temporary file in the same directory,
// synced, that then takes the file's place.
package atomicfile

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
)

// Write replaces path with data. An existing file keeps its permissions; a
// new one gets 0644.
func Write(path string, data []byte) error {
	mode := os.FileMode(0o644)
	if fi, err := os.Stat(path); err == nil {
		mode = fi.Mode().Perm()
	}
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
