package vettool

import (
	"path/filepath"
	"testing"

	"github.com/boundarylint/boundarylint/internal/synthmod"
)

// BenchmarkLoadUnitSpec measures what each reporting go vet unit spends on
// its spec, on the spec of a 100-component generated module (the shape of
// the scaling benchmark's 5,000-package one): "recorded" after -V=full of
// this run recorded the spec's hash, "unrecorded" without a record.
//
//	go test ./cmd/boundarylint/internal/vettool -run '^$' -bench LoadUnitSpec -count 6
func BenchmarkLoadUnitSpec(b *testing.B) {
	dir := filepath.Join(b.TempDir(), "synth")
	if _, err := synthmod.Generate(dir, synthmod.Options{Packages: 300, PerComponent: 3}); err != nil {
		b.Fatal(err)
	}
	b.Chdir(dir)
	spec := filepath.Join(dir, "boundaries.yaml")
	for _, recorded := range []bool{true, false} {
		name := "unrecorded"
		if recorded {
			name = "recorded"
		}
		b.Run(name, func(b *testing.B) {
			b.Setenv("XDG_CACHE_HOME", b.TempDir())
			if recorded {
				s, _, err := loadUnitSpec("")
				if err != nil {
					b.Fatal(err)
				}
				recordHash(spec, s.Hash)
			}
			for b.Loop() {
				if _, _, err := loadUnitSpec(""); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
