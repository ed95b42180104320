package modscan

import (
	"bytes"
	"go/build"
	"io"
	"os"
	"os/exec"
	"strings"
	"sync"
	"sync/atomic"
)

// Build is the build whose files Read selects: go/build's default context
// (GOOS, GOARCH, release tags) with the build tags the go command would
// apply, and cgo on or off as the go command decides. Every reader of a
// module's packages (the imports path, the cycle rule's import graph in
// every mode) selects files through one Build, so they agree on which
// files, and so which imports, a package has.
//
// Whether cgo is on is the go command's decision: CGO_ENABLED, else its
// go env file, else on when a C compiler is found. go/build's own default
// knows only the first, so a Build asks `go env CGO_ENABLED`, once, and
// only when a file's inclusion depends on it (it imports "C", or its
// build constraints mention cgo). A module without such files never runs
// the go command. A Build is safe for concurrent use.
type Build struct {
	ctx  build.Context // CgoEnabled false; each file that depends on cgo is matched again with it on
	once sync.Once
	cgo  func() bool // the decision, asked once
	on   bool
}

// NewBuild returns the build of the go command run here with -tags=tags
// (comma-separated, as go build -tags; spaces are accepted too): empty
// means the -tags of $GOFLAGS, if any, as the go command would apply.
func NewBuild(tags string) *Build {
	if tags == "" {
		tags = goflagsTags()
	}
	return buildWithTags(strings.FieldsFunc(tags, func(r rune) bool { return r == ',' || r == ' ' }))
}

// buildWithTags is the go command's build with exactly these tags.
func buildWithTags(tags []string) *Build {
	ctx := build.Default
	ctx.CgoEnabled = false
	ctx.BuildTags = tags
	return &Build{ctx: ctx, cgo: goCommandCgo}
}

// newBuildFor is a Build of ctx with cgo decided by cgo (for tests).
func newBuildFor(ctx build.Context, cgo bool) *Build {
	ctx.CgoEnabled = false
	return &Build{ctx: ctx, cgo: func() bool { return cgo }}
}

// tracked returns a Build that selects files as b does and records
// whether a file's answer depended on the cgo decision.
func (b *Build) tracked() (*Build, *atomic.Bool) {
	var asked atomic.Bool
	return &Build{ctx: b.ctx, cgo: func() bool {
		asked.Store(true)
		return b.CgoEnabled()
	}}, &asked
}

// Tags returns the build tags the build applies.
func (b *Build) Tags() []string { return b.ctx.BuildTags }

// CgoEnabled reports whether the go command builds cgo files here.
func (b *Build) CgoEnabled() bool {
	b.once.Do(func() { b.on = b.cgo() })
	return b.on
}

// goflagsTags returns the value of the last -tags flag in $GOFLAGS.
func goflagsTags() string {
	tags := ""
	for _, f := range strings.Fields(os.Getenv("GOFLAGS")) {
		if v, ok := strings.CutPrefix(strings.TrimLeft(f, "-"), "tags="); ok {
			tags = v
		}
	}
	return tags
}

// goCommandCgo asks the go command whether cgo is on: $CGO_ENABLED when it
// says 0 or 1, else `go env CGO_ENABLED`, else go/build's default.
func goCommandCgo() bool {
	switch os.Getenv("CGO_ENABLED") {
	case "0":
		return false
	case "1":
		return true
	}
	out, err := exec.Command("go", "env", "CGO_ENABLED").Output()
	if err != nil {
		return build.Default.CgoEnabled
	}
	return strings.TrimSpace(string(out)) == "1"
}

// match reports whether the file name in dir, whose content is src, is in
// the build, as go/build's Import decides: its name and build constraints
// (go/build's own MatchFile, over the bytes already read) and, for a file
// importing "C", whether cgo is on. header is the part of src above the
// package clause, where build constraints are; cgo is asked only for a
// file whose answer depends on it.
func (b *Build) match(dir, name string, src, header []byte, importsC bool) (bool, error) {
	c := b.ctx
	c.OpenFile = func(string) (io.ReadCloser, error) { return io.NopCloser(bytes.NewReader(src)), nil }
	off, err := c.MatchFile(dir, name)
	if err != nil || !importsC && !bytes.Contains(header, []byte("cgo")) {
		return off, err
	}
	c.CgoEnabled = true
	on, err := c.MatchFile(dir, name)
	if err != nil {
		return false, err
	}
	withCgo, withoutCgo := on, off && !importsC // with cgo off, go/build ignores a file importing "C"
	if withCgo != withoutCgo && b.CgoEnabled() {
		return withCgo, nil
	}
	return withoutCgo, nil
}
