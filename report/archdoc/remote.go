package archdoc

import (
	"fmt"
	"slices"
	"strings"

	"github.com/boundarylint/boundarylint/boundary"
	"github.com/boundarylint/boundarylint/finding"
	"github.com/boundarylint/boundarylint/report/markdown"
)

// networkNotes is what the run's remote findings say about one api
// package's functions: for each declaration's first line ("func
// OnRefund(", "func (*Service) Charge("), why its types cannot cross a
// network; and the functions other components call in loops, with how
// many places. Test code is left out: it is rewritten, not extracted.
type networkNotes struct {
	nonData map[string][]string // declaration prefix -> details
	loops   map[string]int      // function, as findings name it -> places
}

func (in *Input) networkNotes(c *boundary.Component, pkgRel string) networkNotes {
	n := networkNotes{nonData: map[string][]string{}, loops: map[string]int{}}
	for _, f := range in.Findings {
		if f.ToComponent != c.Name || strings.HasSuffix(f.Pos.File, "_test.go") {
			continue
		}
		if rel, _ := in.Spec.Rel(f.ToPackage); rel != pkgRel {
			continue
		}
		switch f.Rule {
		case finding.RemoteNonData:
			k := declPrefix(f.Subject.Name)
			if !slices.Contains(n.nonData[k], f.Detail) {
				n.nonData[k] = append(n.nonData[k], f.Detail)
			}
		case finding.RemoteCallInLoop:
			n.loops[f.Subject.Name]++
		}
	}
	return n
}

// declPrefix turns a function as findings name it, api.OnRefund or
// (*api.Service).Charge, into the start of its line in the section.
func declPrefix(name string) string {
	if recv, method, ok := strings.Cut(strings.TrimPrefix(name, "("), ")."); ok && strings.HasPrefix(name, "(") {
		star := ""
		if strings.HasPrefix(recv, "*") {
			star, recv = "*", recv[1:]
		}
		_, typ, _ := strings.Cut(recv, ".")
		return "func (" + star + typ + ") " + method + "("
	}
	_, fn, _ := strings.Cut(name, ".")
	return "func " + fn + "("
}

// mark puts a comment above each declaration line whose types cannot
// cross a network.
func (n networkNotes) mark(decl string) string {
	if len(n.nonData) == 0 {
		return decl
	}
	lines := strings.Split(decl, "\n")
	var out []string
	for _, l := range lines {
		for prefix, why := range n.nonData {
			if strings.HasPrefix(l, prefix) {
				out = append(out, "// cannot cross a network: "+strings.Join(why, "; "))
			}
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}

// loopLine lists the functions other components call in loops, most
// places first.
func (n networkNotes) loopLine() string {
	if len(n.loops) == 0 {
		return ""
	}
	names := make([]string, 0, len(n.loops))
	for name := range n.loops {
		names = append(names, name)
	}
	slices.SortFunc(names, func(a, b string) int {
		if d := n.loops[b] - n.loops[a]; d != 0 {
			return d
		}
		return strings.Compare(a, b)
	})
	parts := make([]string, len(names))
	for i, name := range names {
		unit := "places"
		if n.loops[name] == 1 {
			unit = "place"
		}
		parts[i] = fmt.Sprintf("`%s` (%d %s)", markdown.Text(name), n.loops[name], unit)
	}
	return "\nCalled in loops by other components, one round trip per iteration once this is a service (`remote/call-in-loop`): " + strings.Join(parts, ", ") + ".\n"
}
