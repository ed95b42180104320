package main

import (
	"bytes"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"testing"
)

// docPages are the pages whose quoted commands TestDocsCommandsRun
// exercises: the front door and every page of docs/, the editors' among
// them.
func docPages(t *testing.T) []string {
	t.Helper()
	pages := []string{"README.md"}
	for _, pattern := range []string{"docs/*.md", "docs/editors/*.md"} {
		matches, err := filepath.Glob(filepath.Join("..", "..", pattern))
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range matches {
			rel, _ := filepath.Rel(filepath.Join("..", ".."), m)
			pages = append(pages, filepath.ToSlash(rel))
		}
	}
	return pages
}

// A quoted command line: the tool run on the bundled example from the
// repository's root (go run ./cmd/boundarylint -C testdata/monolith ARGS),
// from inside it (go run ../../cmd/boundarylint ARGS, the baseline page's
// walk-through), as installed (boundarylint ARGS) or as go vet's tool.
var (
	exampleCommand = regexp.MustCompile(`^go run \./cmd/boundarylint -C testdata/monolith\b(.*)$`)
	insideCommand  = regexp.MustCompile(`^go run \.\./\.\./cmd/boundarylint\b(.*)$`)
	plainCommand   = regexp.MustCompile(`^boundarylint\b( .*)?$`)
	vetCommand     = regexp.MustCompile(`^go vet -vettool=\$\(which boundarylint\)(.*)$`)
	codeSpan       = regexp.MustCompile("`((?:boundarylint|go vet -vettool=\\$\\(which boundarylint\\)) [^`]*)`")
	exitStatus     = regexp.MustCompile(`exit status (\d)`)
)

// placeholder matches a synopsis's words: FILE, FILE.go..., COMPONENT,
// REV, [optional], alternatives a|b.
var placeholder = regexp.MustCompile(`^[A-Z][A-Z0-9_]*(\.[a-z]+)?(\.\.\.)?$|[\[\]|]|^\$\w+\$$`)

// quoted is one command line a page quotes.
type quoted struct {
	page, line string
	args       []string // after the program (and the example's -C)
	vet        bool     // go vet -vettool=boundarylint ARGS
	synopsis   bool     // placeholders, or a code span in the prose: flags checked, not run
	stdin      string   // < FILE
	want       int      // -1: 0 or 3; else the exit status its comment says
}

// quotedCommands returns the command lines page quotes: every line of its
// shell code blocks that runs the tool, and every code span in its prose
// that quotes a command. A code block after <!-- synopsis --> is a usage
// summary: its flags are checked, its lines are not run.
func quotedCommands(t *testing.T, page string) []quoted {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("..", "..", page))
	if err != nil {
		t.Fatal(err)
	}
	var out []quoted
	inBlock, shell, synopsisBlock, marked := false, false, false, false
	for line := range strings.Lines(string(data)) {
		trimmed := strings.TrimSpace(line)
		if fence, ok := strings.CutPrefix(trimmed, "```"); ok {
			if !inBlock {
				shell = slices.Contains([]string{"", "sh", "shell", "bash", "console"}, fence)
				synopsisBlock, marked = marked, false
			}
			inBlock = !inBlock
			continue
		}
		if !inBlock {
			marked = marked && trimmed == "" || trimmed == "<!-- synopsis -->"
			for _, m := range codeSpan.FindAllStringSubmatch(line, -1) {
				if q, ok := parseQuoted(page, m[1]); ok {
					q.synopsis = true
					out = append(out, q)
				}
			}
			continue
		}
		if !shell {
			continue
		}
		if q, ok := parseQuoted(page, strings.TrimPrefix(trimmed, "$ ")); ok {
			q.synopsis = q.synopsis || synopsisBlock
			out = append(out, q)
		}
	}
	return out
}

// parseQuoted reads one quoted command line, or reports that it runs
// something else (cd, git, dot).
func parseQuoted(page, line string) (quoted, bool) {
	q := quoted{page: page, line: line, want: -1}
	command, comment, _ := strings.Cut(line, " #")
	if m := exitStatus.FindStringSubmatch(comment); m != nil {
		q.want, _ = strconv.Atoi(m[1])
	}
	command, _, _ = strings.Cut(command, " | ") // the pipe into dot
	var rest string
	switch {
	case exampleCommand.MatchString(command):
		rest = exampleCommand.FindStringSubmatch(command)[1]
	case insideCommand.MatchString(command):
		rest = insideCommand.FindStringSubmatch(command)[1]
	case plainCommand.MatchString(command):
		rest = plainCommand.FindStringSubmatch(command)[1]
	case vetCommand.MatchString(command):
		rest, q.vet = vetCommand.FindStringSubmatch(command)[1], true
	default:
		return q, false
	}
	fields := strings.Fields(rest)
	for i := 0; i < len(fields); i++ {
		switch f := fields[i]; {
		case (f == "<" || f == ">") && i+1 < len(fields):
			if f == "<" {
				q.stdin = fields[i+1]
			}
			i++ // > FILE: stdout is read anyway
		default:
			q.synopsis = q.synopsis || placeholder.MatchString(f)
			q.args = append(q.args, f)
		}
	}
	return q, true
}

// TestDocsCommandsRun exercises every command and flag the pages quote.
// Each command line of a shell code block runs on a copy of the example
// (one per page, the page's lines in order), with the flags it quotes, and
// must end as a run that analysed (exit 0 or 3, or the status its comment
// says), never with a usage or load error. A synopsis (a line with
// placeholders, a block marked as one, a command quoted in the prose)
// must name a command the tool has and flags that command declares. The
// finding the README quotes must be the example's.
func TestDocsCommandsRun(t *testing.T) {
	t.Parallel()
	runs, synopses := 0, 0
	for _, page := range docPages(t) {
		var dir, initDir string
		snapshot := filepath.Join(t.TempDir(), "week.json")
		for _, q := range quotedCommands(t, page) {
			if q.synopsis {
				checkSynopsis(t, q)
				synopses++
				continue
			}
			if dir == "" {
				dir = monolith(t)
			}
			in := dir
			if len(q.args) > 0 && q.args[0] == "init" {
				// init proposes the spec of a module that has none yet.
				if initDir == "" {
					initDir = monolith(t)
					for _, f := range []string{"boundaries.yaml", "boundaries.baseline.json"} {
						os.Remove(filepath.Join(initDir, f))
					}
				}
				in = initDir
			}
			args := slices.Clone(q.args)
			for i, a := range args {
				args[i] = strings.ReplaceAll(a, "/tmp/week48.json", snapshot)
			}
			var r result
			switch {
			case q.vet:
				r = vet(t, in, args...)
			case q.stdin != "":
				r = stdinRun(t, in, stdinFor(t, in, q), args...)
			default:
				r = standalone(t, in, args...)
			}
			runs++
			ok := r.code == 0 || r.code == 3
			if q.vet {
				ok = r.code == 0 || r.code == 1 && !strings.Contains(r.stderr, "flag provided but not defined")
			}
			if q.want >= 0 {
				ok = r.code == q.want
			}
			if !ok {
				t.Errorf("%s quotes %q: exit status %d\n%s", q.page, q.line, r.code, r.stderr)
			}
		}
	}
	t.Logf("ran %d, checked %d", runs, synopses)
	if runs < 20 || synopses < 40 {
		t.Fatalf("ran %d quoted commands and checked %d synopses; want the pages' (20 and 40 at least)", runs, synopses)
	}
	readme, err := os.ReadFile(filepath.Join("..", "..", "README.md"))
	if err != nil {
		t.Fatal(err)
	}
	r := standalone(t, sharedMonolith(t))
	for line := range strings.Lines(string(readme)) {
		if strings.HasPrefix(line, "internal/") && !strings.Contains(r.stderr, line) {
			t.Errorf("the README quotes a finding the example does not report:\n%s", line)
		}
	}
}

// stdinFor is what "< FILE" gives a quoted command: FILE in dir, else
// (an editor's buffer the page only names) the file the command says the
// buffer holds, -stdin-filename's.
func stdinFor(t *testing.T, dir string, q quoted) string {
	t.Helper()
	if data, err := os.ReadFile(filepath.Join(dir, q.stdin)); err == nil {
		return string(data)
	}
	if i := slices.Index(q.args, "-stdin-filename"); i >= 0 && i+1 < len(q.args) {
		data, err := os.ReadFile(filepath.Join(dir, q.args[i+1]))
		if err != nil {
			t.Fatalf("%s quotes %q: %v", q.page, q.line, err)
		}
		return string(data)
	}
	t.Fatalf("%s quotes %q: no file for its stdin", q.page, q.line)
	return ""
}

// checkSynopsis checks that a quoted synopsis names a command the tool
// has and flags it declares: each subcommand's flags as its flag set
// parses them (-FLAG=1 -h: "flag provided but not defined" for no such
// flag), the standalone run's as parseStandalone does, go vet's tool's as
// its -flags answer lists them.
func checkSynopsis(t *testing.T, q quoted) {
	t.Helper()
	var words []string
	for _, a := range q.args {
		for _, w := range strings.Split(strings.Trim(a, "[]"), "|") {
			if w != "" {
				words = append(words, w)
			}
		}
	}
	name := ""
	var flags []string
	for i, w := range words {
		flag, _, _ := strings.Cut(strings.TrimLeft(w, "-"), "=")
		switch {
		case strings.HasPrefix(w, "-") && flag == "C" && name == "" && !q.vet:
			if i+1 < len(words) {
				words[i+1] = "" // -C's directory
			}
		case strings.HasPrefix(w, "-") && len(w) > 1:
			flags = append(flags, flag)
		case name == "" && len(flags) == 0 && w != "" && (w == "help" || slices.ContainsFunc(commands(), func(c command) bool { return c.name == w })):
			name = w
		}
	}
	switch {
	case q.vet:
		r := standalone(t, ".", "-flags")
		for _, f := range flags {
			if !regexp.MustCompile(`"Name":\s*"` + regexp.QuoteMeta(f) + `"`).MatchString(r.stdout) {
				t.Errorf("%s quotes %q: go vet's tool has no flag -%s", q.page, q.line, f)
			}
		}
	case name == "" || name == "help":
		for _, f := range flags {
			var stderr bytes.Buffer
			if _, _, ok := parseStandalone([]string{"-" + f + "=1"}, &stderr); !ok && strings.Contains(stderr.String(), "not defined") {
				t.Errorf("%s quotes %q: boundarylint has no flag -%s", q.page, q.line, f)
			}
		}
	default:
		scratch := t.TempDir() // where -cpuprofile=1 writes its file
		for _, f := range flags {
			r := standalone(t, scratch, name, "-"+f+"=1", "-h")
			if strings.Contains(r.stderr, "flag provided but not defined") {
				t.Errorf("%s quotes %q: boundarylint %s has no flag -%s", q.page, q.line, name, f)
			}
		}
	}
}
