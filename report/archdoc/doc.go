package archdoc

import (
	"bytes"
	"fmt"
	"regexp"
	"slices"
	"strings"
)

// Update returns the document with every section generated afresh, and
// the sections whose text changed.
func Update(d *Doc, in *Input) ([]byte, []Section, error) {
	var stale []Section
	crlf := bytes.Contains(d.text, []byte("\r\n"))
	out, err := d.Replace(func(s Section) (string, error) {
		text, err := Generate(in, s)
		if err == nil && text != lf(d.Content(s)) {
			stale = append(stale, s)
		}
		if crlf {
			// A document checked out with CRLF line endings (Windows,
			// core.autocrlf) keeps them in the generated lines too.
			text = strings.ReplaceAll(text, "\n", "\r\n")
		}
		return text, err
	})
	return out, stale, err
}

// lf turns CRLF line endings into LF: a section is current whatever line
// endings a checkout gave it.
func lf(s string) string { return strings.ReplaceAll(s, "\r\n", "\n") }

// Problems lists what makes a document stale besides its sections: the
// hand-written text naming, in a code span, a module package or an
// environment variable the spec and the module no longer have.
func Problems(d *Doc, in *Input) []string {
	var out []string
	for _, line := range strings.Split(d.Outside(), "\n") {
		for _, m := range codeSpan.FindAllStringSubmatch(line, -1) {
			if msg := unknownName(in, m[1]); msg != "" {
				out = append(out, fmt.Sprintf("%s: `%s`: %s", d.Name, m[1], msg))
			}
		}
	}
	return out
}

var (
	codeSpan = regexp.MustCompile("`([^`\\s]+)`")
	envName  = regexp.MustCompile(`^[A-Z][A-Z0-9]*_[A-Z0-9_]+$`)
)

// unknownName says why a name in hand-written text is stale, or "".
// Package paths count when their first element is a top-level directory
// of the module's packages, so that prose mentioning net/http is fine.
func unknownName(in *Input, name string) string {
	switch {
	case strings.Contains(name, "/") && !strings.ContainsAny(name, ".:*") && hasTopDir(in.Packages, name):
		if !slices.Contains(in.Packages, strings.TrimSuffix(name, "/...")) && !hasPrefixPkg(in.Packages, strings.TrimSuffix(name, "/...")) {
			return "no package of the module has this path any more"
		}
	case envName.MatchString(name):
		if o := in.Spec.OwnerOfEnv(name); o.Owner == nil && !o.Shared {
			return "no component owns this environment variable and the spec does not share it"
		}
	}
	return ""
}

func hasTopDir(pkgs []string, name string) bool {
	top, _, _ := strings.Cut(name, "/")
	return slices.ContainsFunc(pkgs, func(p string) bool { return strings.HasPrefix(p, top+"/") || p == top })
}

func hasPrefixPkg(pkgs []string, dir string) bool {
	return slices.ContainsFunc(pkgs, func(p string) bool { return strings.HasPrefix(p, dir+"/") })
}
