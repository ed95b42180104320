package archdoc

import (
	"bytes"
	"fmt"
	"slices"
	"strings"

	"github.com/boundarylint/boundarylint/boundary"
	"github.com/boundarylint/boundarylint/finding"
)

// endpointsSection lists the endpoints of the named components (every
// component that serves one when none is named): method, path, handler,
// the JSON request and response fields, the middleware with its owner,
// where the route is registered and which other components call the
// handler's package in process today (the import edges; composition roots
// wire, they do not call). Endpoints registered in test files are left
// out.
func endpointsSection(b *bytes.Buffer, in *Input, names []string) error {
	byComp := map[string][]finding.Endpoint{}
	for _, e := range in.Endpoints {
		if e.Test {
			continue
		}
		c := componentOf(in.Spec, e.HandlerPackage)
		byComp[c] = append(byComp[c], e)
	}
	for _, n := range names {
		if in.Spec.Component(n) == nil {
			return fmt.Errorf("the spec has no component %q", n)
		}
	}
	if len(names) == 0 {
		for _, c := range in.Spec.Components {
			if len(byComp[c.Name]) > 0 {
				names = append(names, c.Name)
			}
		}
		if len(byComp[finding.Unclaimed]) > 0 {
			names = append(names, finding.Unclaimed)
		}
	}
	if len(names) == 0 {
		b.WriteString("The code registers no HTTP route or RPC service the endpoints analyzer reads.\n")
	}
	for i, name := range names {
		if i > 0 {
			b.WriteString("\n")
		}
		fmt.Fprintf(b, "### `%s` endpoints\n\n", name)
		eps := byComp[name]
		if len(eps) == 0 {
			b.WriteString("No endpoint is served by its packages.\n")
			continue
		}
		b.WriteString("| Method | Path | Handler | Request | Response | Middleware | Registered at | Called in process by |\n|---|---|---|---|---|---|---|---|\n")
		for _, e := range eps {
			path := "`" + e.Path + "`"
			if e.Relative {
				path += " (relative)"
			}
			fmt.Fprintf(b, "| %s | %s | `%s` | %s | %s | %s | `%s:%d` | %s |\n", method(e), path, e.Handler, body(e.Request), body(e.Response),
				middleware(in.Spec, e.Middleware), relFile(e.Pos), e.Pos.Line, orDash(strings.Join(callers(in, name, e.HandlerPackage), ", ")))
		}
	}
	if n, where := unresolvedEndpoints(in.Unread); n > 0 {
		fmt.Fprintf(b, "\n%d route registration(s) could not be resolved (`%s`): %s.\n", n, finding.EndpointsUnresolved, where)
	}
	return nil
}

// componentOf names a package's component, finding.Unclaimed for one no
// component claims.
func componentOf(spec *boundary.Spec, pkg string) string {
	if c := spec.ComponentOf(pkg); c != nil {
		return c.Name
	}
	return finding.Unclaimed
}

func method(e finding.Endpoint) string {
	switch {
	case e.Kind == "grpc" || e.Kind == "connect":
		return e.Kind
	case e.Method == "":
		return "any"
	}
	return e.Method
}

// body prints a JSON type with its fields.
func body(b *finding.Body) string {
	if b == nil {
		return "—"
	}
	s := "`" + b.Type + "`"
	if len(b.Fields) > 0 {
		s += " " + strings.Join(b.Fields, ", ")
	}
	return s
}

func middleware(spec *boundary.Spec, ms []finding.Middleware) string {
	var out []string
	for _, m := range ms {
		owner := componentOf(spec, m.Package)
		if _, inModule := spec.Rel(m.Package); !inModule {
			owner = m.Package
		}
		out = append(out, "`"+m.Name+"` ("+owner+")")
	}
	return orDash(strings.Join(slices.Compact(out), "<br>"))
}

// callers returns the components other than owner, composition roots
// aside, whose packages import pkg.
func callers(in *Input, owner, pkg string) []string {
	var out []string
	for _, e := range in.Edges {
		if e.From == owner || e.To != owner {
			continue
		}
		if c := in.Spec.Component(e.From); c != nil && c.CompositionRoot {
			continue
		}
		for _, imp := range e.Imports {
			if imp.To == pkg && !imp.Test && !slices.Contains(out, e.From) {
				out = append(out, e.From)
			}
		}
	}
	return out
}

// unresolvedEndpoints counts the registrations the analyzer could not
// resolve, and says where.
func unresolvedEndpoints(us []finding.UnreadCount) (int, string) {
	n := 0
	var where []string
	for _, u := range us {
		if u.Kind != finding.EndpointsUnresolved {
			continue
		}
		n += len(u.At)
		for i, p := range u.At {
			where = append(where, fmt.Sprintf("`%s:%d` (%s)", relFile(p), p.Line, u.Reasons[i]))
		}
	}
	return n, strings.Join(where, ", ")
}
