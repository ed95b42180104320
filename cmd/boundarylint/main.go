package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"strings"

	"github.com/boundarylint/boundarylint/cmd/boundarylint/internal/vettool"
)

func main() {
	args, err := changeDir(os.Args[1:])
	if err != nil {
		fmt.Fprintf(os.Stderr, "boundarylint: %v\n", err)
		os.Exit(2)
	}
	// A new slice: args aliases os.Args, which appending in place would scramble.
	os.Args = append([]string{os.Args[0]}, args...)
	if code, ok := runSubcommand(args); ok {
		os.Exit(code)
	}
	if vettool.WholeModule(args) {
		os.Exit(withCheckedOutput("boundarylint", func(stdout, stderr io.Writer) int { return runStandalone(args, stdout, stderr) }))
	}
	vettool.Main(args) // go vet's tool, or the checker in this process
}

// changeDir implements a leading -C dir, as the go command has it: the
// directory to run in, so that "go run ./cmd/boundarylint -C
// testdata/monolith" checks the example from the repository's root.
func changeDir(args []string) ([]string, error) {
	if len(args) == 0 {
		return args, nil
	}
	var dir string
	switch a := strings.TrimPrefix(args[0], "-"); {
	case a == "-C" || a == "C":
		if len(args) < 2 {
			return nil, errors.New("-C needs a directory")
		}
		dir, args = args[1], args[2:]
	case strings.HasPrefix(a, "C=") || strings.HasPrefix(a, "-C="):
		dir, args = a[strings.IndexByte(a, '=')+1:], args[1:]
	default:
		return args, nil
	}
	return args, os.Chdir(dir)
}
