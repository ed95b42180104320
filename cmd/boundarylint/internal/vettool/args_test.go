package vettool

import (
	"reflect"
	"testing"

	"github.com/boundarylint/boundarylint/analyzers/suite"
)

func TestScanArgs(t *testing.T) {
	isBool := boolFlags(suite.Analyzers())
	for _, tc := range []struct {
		args       []string
		spec       string
		packages   []string
		standalone bool
		vetUnit    bool
	}{
		{nil, "", nil, true, false},
		{[]string{"./..."}, "", []string{"./..."}, true, false},
		{[]string{"-spec", "arch/b.yaml", "./internal/..."}, "arch/b.yaml", []string{"./internal/..."}, true, false},
		{[]string{"--spec=b.yaml", "-json", "./..."}, "b.yaml", []string{"./..."}, true, false},
		{[]string{"-json", "-imports", "-c", "2", "p"}, "", []string{"p"}, true, false},                       // -c takes a value, -json and -imports do not
		{[]string{"-imports.spec", "x.yaml", "p"}, "", []string{"p"}, true, false},                            // an analyzer's own spec flag takes a value
		{[]string{"-spec=b.yaml", "/tmp/b001/vet.cfg"}, "b.yaml", []string{"/tmp/b001/vet.cfg"}, false, true}, // go vet
		{[]string{"-flags"}, "", nil, false, false},
		{[]string{"-V=full"}, "", nil, false, false},
		{[]string{"help", "imports"}, "", []string{"help", "imports"}, false, false},
		{[]string{"--", "-weird"}, "", []string{"-weird"}, true, false},
	} {
		c := scanArgs(tc.args, isBool)
		_, vetUnit := c.vetUnit()
		if c.spec != tc.spec || !reflect.DeepEqual(c.packages, tc.packages) || c.standalone() != tc.standalone || vetUnit != tc.vetUnit {
			t.Errorf("scanArgs(%q) = spec %q, packages %q, standalone %v, vet unit %v; want %q, %q, %v, %v",
				tc.args, c.spec, c.packages, c.standalone(), vetUnit, tc.spec, tc.packages, tc.standalone, tc.vetUnit)
		}
	}
}

// TestGoVetFlag: -V=full reads -spec and -tags from go vet's command line
// in each form the flag package accepts; a flag go vet was not given is "".
func TestGoVetFlag(t *testing.T) {
	args := []string{"go", "vet", "--tags", "extra,release", "-vettool=/bin/boundarylint", "-spec=arch/b.yaml", "-imports", "./..."}
	if got := goVetFlag(args, "tags"); got != "extra,release" {
		t.Errorf("tags %q, want extra,release", got)
	}
	if got := goVetFlag(args, "spec"); got != "arch/b.yaml" {
		t.Errorf("spec %q, want arch/b.yaml", got)
	}
	if got := goVetFlag([]string{"go", "vet", "-tags=x", "./..."}, "tags"); got != "x" {
		t.Errorf("-tags=x: %q", got)
	}
	if got := goVetFlag([]string{"go", "vet", "./tags"}, "tags"); got != "" {
		t.Errorf("a package named tags read as the flag: %q", got)
	}
}
