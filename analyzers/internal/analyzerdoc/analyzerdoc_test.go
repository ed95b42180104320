package analyzerdoc

import "testing"

func TestExtract(t *testing.T) {
	const src = `// Package p does things.
//
// # Analyzer first
//
// first: check the first thing
//
// More about it.
//
// # Analyzer second
//
// second: check the second thing
package p
`
	if got, want := Extract(src, "first"), "check the first thing\n\nMore about it."; got != want {
		t.Errorf("Extract(first) = %q, want %q", got, want)
	}
	if got, want := Extract(src, "second"), "check the second thing"; got != want {
		t.Errorf("Extract(second) = %q, want %q", got, want)
	}
	for _, name := range []string{"third", "firs"} {
		func() {
			defer func() {
				if recover() == nil {
					t.Errorf("Extract(%s) did not panic on a missing section", name)
				}
			}()
			Extract(src, name)
		}()
	}
}
