package main

import (
	"bytes"
	"errors"
	"os"
	"os/exec"
	"strconv"
	"strings"

	"github.com/boundarylint/boundarylint/boundary"
)

// go vet caches a package's result when the tool exits 0, and since Go
// 1.26 it asks for -json output, in which an analysis error is data, not a
// failure: an error in the spec would be shown once and then replayed from
// the cache as a clean result. So a vet unit that reports (not one asked
// only for a dependency's facts) checks its spec before analysing and
// exits 1 on any problem, which go vet never caches: every run fails while
// the spec is broken, whichever way the spec was chosen.

// loadUnitSpec locates and loads the spec for the package go vet runs the
// tool on (the working directory) and checks its module key. No spec at
// all is an error too: a run that checks nothing must not pass.
func loadUnitSpec(flagPath string) (*boundary.Spec, error) {
	wd, err := os.Getwd()
	if err != nil {
		return nil, err
	}
	path, err := boundary.Locate(flagPath, wd)
	if err != nil {
		return nil, err
	}
	spec, err := boundary.Load(path)
	if err != nil {
		return nil, err
	}
	if root, err := boundary.ModuleRoot(wd); err == nil {
		if e := spec.CheckModuleKey(root); e != nil {
			return nil, e
		}
	}
	return spec, nil
}

// goVetSpecFlag returns the -spec value of the go vet command that runs
// this process, for -V=full: go vet asks for the version without passing
// the tool's flags, yet the units it then runs will use that spec. known is
// false when the parent's command line cannot be read.
func goVetSpecFlag() (spec string, known bool) {
	args, ok := parentArgs()
	if !ok {
		return "", false
	}
	for i, a := range args {
		name, value, hasValue := strings.Cut(strings.TrimPrefix(strings.TrimPrefix(a, "-"), "-"), "=")
		if !strings.HasPrefix(a, "-") || name != "spec" {
			continue
		}
		if !hasValue && i+1 < len(args) {
			value = args[i+1]
		}
		return value, true
	}
	return "", true
}

// parentArgs reads the command line of the parent process: from /proc on
// Linux, else from ps(1), which loses the quoting of arguments with spaces.
func parentArgs() ([]string, bool) {
	ppid := strconv.Itoa(os.Getppid())
	if data, err := os.ReadFile("/proc/" + ppid + "/cmdline"); err == nil {
		return strings.Split(strings.TrimSuffix(string(data), "\x00"), "\x00"), true
	} else if !errors.Is(err, os.ErrNotExist) {
		return nil, false
	}
	out, err := exec.Command("ps", "-o", "args=", "-p", ppid).Output()
	if err != nil || len(bytes.TrimSpace(out)) == 0 {
		return nil, false
	}
	return strings.Fields(string(out)), true
}
