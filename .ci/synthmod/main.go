// Command synthmod writes a layered synthetic module (internal/synthmod)
// with its boundaries.yaml and .go-arch-lint.yml, and prints what it seeded.
//
//	go run ./.ci/synthmod -n 1000 -o /tmp/synth-1000
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/boundarylint/boundarylint/internal/synthmod"
)

func main() {
	n := flag.Int("n", 1000, "module packages")
	per := flag.Int("per", 50, "packages per component, about")
	out := flag.String("o", "", "directory to write the module to (must not exist or be empty)")
	seeds := flag.Bool("seeds", false, "print every seeded coupling")
	flag.Parse()
	if *out == "" || flag.NArg() > 0 {
		fmt.Fprintln(os.Stderr, "usage: synthmod [-n packages] [-per n] [-seeds] -o dir")
		os.Exit(2)
	}
	m, err := synthmod.Generate(*out, synthmod.Options{Packages: *n, PerComponent: *per})
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		os.Exit(1)
	}
	fmt.Printf("%s: %d packages, %d components, %d seeded couplings\n", m.Dir, m.Packages, m.Components, len(m.Seeded))
	if *seeds {
		for _, s := range m.Seeded {
			fmt.Printf("%s:%d: %s -> %s\n", s.File, s.Line, s.Rule, s.ToComponent)
		}
	}
}
