package modscan

import (
	"fmt"
	"go/build"
	"go/token"
	"strings"
	"testing"
)

// BenchmarkRead measures reading a module of 1,000 packages (five imports
// each, a test file in every tenth, a //go:build file in every tenth):
// Read, as `boundarylint imports` reads the packages, and ReadGraph, as
// every mode reads the cycle rule's import graph. Compare runs with
// benchstat:
//
//	go test ./modscan -run '^$' -bench Read -count 6 | tee new.txt
func BenchmarkRead(b *testing.B) {
	const n = 1000
	files := map[string]string{"go.mod": "module example.com/bench\n\ngo 1.26\n"}
	for i := range n {
		var src strings.Builder
		fmt.Fprintf(&src, "package p%d\n\nimport (\n\t\"fmt\"\n", i)
		for _, j := range []int{i - 1, i - 3, i - 10, i - 100, i - 333} {
			if j >= 0 {
				fmt.Fprintf(&src, "\t_ \"example.com/bench/p%d\"\n", j)
			}
		}
		src.WriteString(")\n\nvar _ = fmt.Sprint\n")
		files[fmt.Sprintf("p%d/p.go", i)] = src.String()
		if i%10 == 1 {
			files[fmt.Sprintf("p%d/p_test.go", i)] = fmt.Sprintf("package p%d\n\nimport \"testing\"\n\nvar _ testing.T\n", i)
		}
		if i%10 == 2 {
			files[fmt.Sprintf("p%d/release.go", i)] = fmt.Sprintf("//go:build release\n\npackage p%d\n\nimport _ \"example.com/bench/p0\"\n", i)
		}
	}
	dir := writeTree(b, files)
	bld := newBuildFor(build.Default, false)
	b.Run("Read", func(b *testing.B) {
		for b.Loop() {
			m, err := Read(dir, bld, token.NewFileSet())
			if err != nil || len(m.Packages) != n {
				b.Fatalf("err %v, %d packages", err, len(m.Packages))
			}
		}
	})
	b.Run("ReadGraph", func(b *testing.B) {
		for b.Loop() {
			g, err := ReadGraph(dir, "example.com/bench", bld)
			if err != nil || len(g.Imports) != n {
				b.Fatalf("err %v, %d packages", err, len(g.Imports))
			}
		}
	})
}
