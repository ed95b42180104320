package vettool

import (
	"crypto/sha256"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"time"

	"github.com/boundarylint/boundarylint/analyzers/suite"
	"github.com/boundarylint/boundarylint/boundary"
	"github.com/boundarylint/boundarylint/modscan"
	"github.com/boundarylint/boundarylint/modspec"
)

// versionFlag answers -V=full, which go vet asks once per run, from its own
// working directory, before it consults its cache. go vet keys cached
// results on this answer, the flags and the package sources, so the build
// ID covers the executable and the key of the binding the units will
// apply (suite.Binding.Key): the spec found from that directory, the
// baseline beside it and the module's component cycles, so that editing
// either invalidates the cached results. A spec that does not validate
// fails here, on every run, because a failed analysis would be
// reported once and then hidden by the cache; only the command that runs
// this go vet may have checked it instead, just before (checkedByCaller).
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
		modspec.PrintError(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Printf("boundarylint version devel comments-go-here buildID=%x\n", id)
	os.Exit(0)
	return nil
}

// buildID hashes the executable and the spec the units will apply: the one
// named by -spec on go vet's own command line (go vet does not pass it to
// -V=full), else the one found from the working directory. When no spec is
// found it hashes the executable alone and leaves each unit to report it.
func buildID(flagPath string) ([]byte, error) {
	h := sha256.New()
	if err := hashExecutable(h); err != nil {
		return nil, err
	}
	wd, err := os.Getwd()
	if err != nil {
		return nil, err
	}
	// go vet's command line (-spec and -tags): read where known.
	parent, known := parentArgs()
	if flagPath == "" {
		if !known {
			// The spec the units will use is unknown: an answer that
			// differs on every run keeps go vet from caching any result.
			refreshGraph(wd)
			fmt.Fprintf(h, "\x00uncacheable %d %d", os.Getpid(), time.Now().UnixNano())
			return h.Sum(nil), nil
		}
		flagPath = goVetFlag(parent, "spec")
	}
	path, err := modspec.Locate(flagPath, wd)
	if errors.Is(err, modspec.ErrNoSpec) {
		fmt.Fprintf(h, "\x00no spec") // each unit reports it
		return h.Sum(nil), nil
	} else if err != nil {
		return nil, err
	}
	spec, err := modspec.Open(path, wd)
	if err == nil && !checkedByCaller(spec.Hash) {
		err = spec.Check()
	}
	if err != nil {
		return nil, err
	}
	g, err := writeGraph(spec.Root, spec.Module, modscan.NewBuild(goVetFlag(parent, "tags")), spec.Spec)
	if err != nil {
		return nil, err
	}
	recordHash(spec.Path, spec.Hash)
	b := suite.Binding{Spec: spec.Spec, Graph: g}
	if b.Baseline, err = openBaseline(path); err != nil {
		return nil, err
	}
	fmt.Fprintf(h, "\x00%s", b.Key())
	return h.Sum(nil), nil
}

// refreshGraph saves the import graph of the module holding wd for a run
// whose spec -V=full cannot know: its units must read this run's graph,
// never one an earlier run left. When it cannot, it removes the old one,
// and each unit reads the module itself.
func refreshGraph(wd string) {
	root, err := modspec.ModuleRoot(wd)
	if err != nil {
		return
	}
	module, err := modspec.ModulePath(root)
	if err == nil {
		_, err = writeGraph(root, module, modscan.NewBuild(""), nil)
	}
	if err != nil {
		os.Remove(modscan.GraphFile(root, vetRun()))
	}
}

// writeGraph reads the module's import graph once for the whole go vet
// run, for the build go vet's units see (its -tags, else those of
// $GOFLAGS; the go command's cgo decision), and saves it with its
// component cycles under spec (nil: none) where the imports analyzer of
// each package's process finds it (Main binds the file): no unit then
// searches the whole module again. It removes the graphs that finished
// runs left. The build ID covers the graph's cycles and excluded files
// (suite.Binding.Key): go vet keys a package's cached result on its own
// sources and dependencies, while a cycle reported in it can open or close
// through an import anywhere in the module, and the import rules read the
// files the build excludes, which go vet's key does not cover.
func writeGraph(root, module string, b *modscan.Build, spec *boundary.Spec) (*modscan.Graph, error) {
	g, err := modscan.ReadGraphCached(root, module, b)
	if err != nil {
		return nil, fmt.Errorf("reading the import graph of %s: %w", root, err)
	}
	removeFinishedGraphs(root)
	if spec != nil {
		// The cycle search asks the spec for each package's component,
		// which would stat every package's go.mod again.
		var rels []string
		for p := range g.Imports {
			if rel, ok := spec.Rel(p); ok {
				rels = append(rels, rel)
			}
		}
		modspec.KnownPackages(spec, root, rels)
	}
	return g, g.Save(modscan.GraphFile(root, vetRun()), spec)
}

// vetRun names the go vet run this process belongs to: the go command's
// process ID, the parent of -V=full and of every unit of the run.
func vetRun() string { return strconv.Itoa(os.Getppid()) }

// removeFinishedGraphs removes the graphs saved for the module at root by
// go vet runs whose go command is no longer running.
func removeFinishedGraphs(root string) {
	pattern := modscan.GraphFile(root, "*")
	files, _ := filepath.Glob(pattern)
	prefix, suffix, _ := strings.Cut(pattern, "*")
	for _, f := range files {
		pid, err := strconv.Atoi(strings.TrimSuffix(strings.TrimPrefix(f, prefix), suffix))
		if err == nil && !running(pid) {
			os.Remove(f)
		}
	}
}

// running reports whether the process pid exists (signal 0 probes it).
func running(pid int) bool {
	p, err := os.FindProcess(pid)
	if err != nil {
		return false
	}
	return !errors.Is(p.Signal(syscall.Signal(0)), os.ErrProcessDone)
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
