package main

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"
)

// TestCPUProfile: every subcommand takes -cpuprofile and writes a profile
// (pprof's format is gzip-compressed), whether it runs or stops at -h.
func TestCPUProfile(t *testing.T) {
	dir := sharedMonolith(t)
	for _, c := range commands() {
		file := filepath.Join(t.TempDir(), c.name+".pprof")
		r := standalone(t, dir, c.name, "-cpuprofile", file, "-h")
		expectCode(t, c.name+" -cpuprofile FILE -h", r, 2)
		isProfile(t, file)
	}
	file := filepath.Join(t.TempDir(), "graph.pprof")
	r := standalone(t, dir, "graph", "-cpuprofile="+file)
	expectCode(t, "graph -cpuprofile=FILE", r, 0)
	isProfile(t, file)
}

func isProfile(t *testing.T, file string) {
	t.Helper()
	data, err := os.ReadFile(file)
	if err != nil || !bytes.HasPrefix(data, []byte{0x1f, 0x8b}) {
		t.Errorf("%s: %d bytes, %v; want a gzip-compressed profile", file, len(data), err)
	}
}
