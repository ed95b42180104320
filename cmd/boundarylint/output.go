package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
)

// checkedWriter remembers the first error writing to w: a command whose
// output went nowhere (a full disk, a closed pipe, >/dev/full) must not
// exit as if it had said what it found.
type checkedWriter struct {
	w    io.Writer
	err  error
	said strings.Builder // what went through, when keep is set (stderr)
	keep bool
}

func (c *checkedWriter) Write(p []byte) (int, error) {
	n, err := c.w.Write(p)
	if err != nil && c.err == nil {
		c.err = err
	}
	if c.keep && c.said.Len() < 1<<16 {
		c.said.Write(p[:n])
	}
	return n, err
}

// withCheckedOutput runs a command with stdout and stderr that remember
// their write errors, and turns its exit status into 1 when its output
// could not be written, saying so unless the command already did.
func withCheckedOutput(name string, run func(stdout, stderr io.Writer) int) int {
	stdout, stderr := &checkedWriter{w: os.Stdout}, &checkedWriter{w: os.Stderr, keep: true}
	code := run(stdout, stderr)
	for _, w := range []*checkedWriter{stdout, stderr} {
		if w.err != nil {
			if !strings.Contains(stderr.said.String(), w.err.Error()) {
				fmt.Fprintf(os.Stderr, "%s: writing the output: %v\n", name, w.err)
			}
			return 1
		}
	}
	return code
}

// parseInterspersed parses fs's flags wherever they stand among the
// positional arguments (the packages), so that "./... -format json" is
// read as the user meant, not as a package named -format; "--" ends the
// flags. It returns the positional arguments.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var positional []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		rest := fs.Args()
		if consumed := len(args) - len(rest); consumed > 0 && args[consumed-1] == "--" {
			return append(positional, rest...), nil
		}
		if len(rest) == 0 {
			return positional, nil
		}
		positional, args = append(positional, rest[0]), rest[1:]
	}
}
