package driver

import (
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
)

// checkMatched fails when a pattern matched no package the run checks: a
// typo (./typo/..., example.com/nosuch/...) would otherwise make a run
// that checks nothing and reports it clean. The go command only warns of
// such a pattern, or lists it as a package with an error that go list -e
// keeps. The meta-patterns (all, std, ...) are left to the go command.
func checkMatched(cfg Config, pkgs []*listedPackage) error {
	wd := cfg.Dir
	if wd == "" {
		var err error
		if wd, err = os.Getwd(); err != nil {
			return err
		}
	}
	wd, _ = filepath.Abs(wd)
	var none []string
	for _, pattern := range cfg.patterns() {
		if !strings.Contains(pattern, "/") && !strings.Contains(pattern, ".") {
			continue // all, std, cmd, tool, work
		}
		match := importPathMatcher(pattern)
		if strings.HasPrefix(pattern, ".") || filepath.IsAbs(pattern) {
			match = dirMatcher(wd, pattern)
		}
		found := false
		for _, p := range pkgs {
			if !p.DepOnly && p.ForTest == "" && (p.Error == nil || len(p.GoFiles) > 0) && !strings.HasSuffix(p.ImportPath, ".test") && match(p) {
				found = true
				break
			}
		}
		if !found {
			none = append(none, pattern)
		}
	}
	if len(none) > 0 {
		return fmt.Errorf("pattern %s matched no packages: nothing to check", strings.Join(none, ", "))
	}
	return nil
}

// dirMatcher matches a directory pattern (./x, ./x/..., /abs/x/...) by
// the package's directory.
func dirMatcher(wd, pattern string) func(*listedPackage) bool {
	tree := pattern == "..." || strings.HasSuffix(pattern, "/...")
	dir := filepath.Join(wd, strings.TrimSuffix(strings.TrimSuffix(pattern, "..."), "/"))
	if filepath.IsAbs(pattern) {
		dir = filepath.Clean(strings.TrimSuffix(strings.TrimSuffix(pattern, "..."), "/"))
	}
	return func(p *listedPackage) bool {
		return p.Dir == dir || tree && strings.HasPrefix(p.Dir, dir+string(filepath.Separator))
	}
}

// importPathMatcher matches an import path pattern by the go command's
// rule: ... matches any string, and x/... matches x too.
func importPathMatcher(pattern string) func(*listedPackage) bool {
	re := regexp.QuoteMeta(pattern)
	re = strings.ReplaceAll(re, `\.\.\.`, `.*`)
	if strings.HasSuffix(re, `/.*`) {
		re = strings.TrimSuffix(re, `/.*`) + `(/.*)?`
	}
	rx := regexp.MustCompile(`^` + re + `$`)
	return func(p *listedPackage) bool { return rx.MatchString(packagePath(p.ImportPath)) }
}
