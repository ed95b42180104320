package main

import (
	"crypto/sha256"
	"fmt"
	"io"
	"os"

	"github.com/boundarylint/boundarylint/boundary"
)

// versionFlag answers -V=full, which go vet asks once per run, from its own
// working directory, before it consults its cache. go vet keys cached
// results on this answer, the flags and the package sources, so the build
// ID covers the executable and the spec found from that directory: editing
// boundaries.yaml then invalidates the cached results. A spec that does not
// validate fails here, on every run, because a failed analysis would be
// reported once and then hidden by the cache.
type versionFlag struct {
	spec *specFlag
}

func (versionFlag) IsBoolFlag() bool { return true }
func (versionFlag) Get() any         { return nil }
func (versionFlag) String() string   { return "" }

func (v versionFlag) Set(s string) error {
	if s != "full" {
		return fmt.Errorf("unsupported flag value: -V=%s (use -V=full)", s)
	}
	id, err := buildID(v.spec.String())
	if err != nil {
		printSpecError(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Printf("boundarylint version devel comments-go-here buildID=%x\n", id)
	os.Exit(0)
	return nil
}

// buildID hashes the executable and the spec it will apply. When no spec
// is found from the working directory (go vet may still pass -spec later)
// it hashes the executable alone and leaves the analyzers to report it.
func buildID(flagPath string) ([]byte, error) {
	h := sha256.New()
	if err := hashExecutable(h); err != nil {
		return nil, err
	}
	wd, err := os.Getwd()
	if err != nil {
		return nil, err
	}
	path, err := boundary.Locate(flagPath, wd)
	if err != nil {
		fmt.Fprintf(h, "\x00no spec")
		return h.Sum(nil), nil
	}
	spec, err := loadChecked(path, wd)
	if err != nil {
		return nil, err
	}
	fmt.Fprintf(h, "\x00spec %s %s", spec.Name, spec.Hash)
	digest, err := saveGraph(spec)
	if err != nil {
		return nil, err
	}
	fmt.Fprintf(h, "\x00cycles %s", digest)
	return h.Sum(nil), nil
}

// saveGraph reads the module's import graph once for the whole go vet run
// and leaves it where the imports analyzer of each package's process finds
// it (main passes the file as -imports.graph). It returns the digest of the
// component cycles, which the build ID covers: go vet keys a package's
// cached result on its own sources and dependencies, while a cycle reported
// in it can open or close through an import anywhere in the module.
func saveGraph(spec *checkedSpec) (string, error) {
	mod, err := boundary.ScanModuleImports(spec.Root, spec.Module)
	if err != nil {
		return "", fmt.Errorf("reading the import graph of %s: %w", spec.Root, err)
	}
	if err := mod.Save(boundary.GraphFile(spec.Root)); err != nil {
		return "", err
	}
	return boundary.CyclesDigest(spec.ImportCycles(mod.Imports)), nil
}

func hashExecutable(w io.Writer) error {
	exe, err := os.Executable()
	if err != nil {
		return err
	}
	f, err := os.Open(exe)
	if err != nil {
		return err
	}
	defer f.Close()
	_, err = io.Copy(w, f)
	return err
}
