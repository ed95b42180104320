package cut

import (
	"cmp"
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/boundarylint/boundarylint/finding"
)

// APIFunc is one function of the component that other components call in
// a shape no network call can carry (the remote analyzer's findings about
// calls into it): what each rule found, and where.
type APIFunc struct {
	Name   string   `json:"name"`   // as the findings name it: (*api.Service).Charge
	Places int      `json:"places"` // findings
	Shapes []*Shape `json:"shapes"` // heaviest first
	At     []string `json:"at"`     // file:line of each call, once each, sorted
	seen   map[string]bool
}

// Shape is one thing a rule found about calls of an API function: "called
// in a loop", "takes a func (parameter fn)", with how many places.
type Shape struct {
	Rule   string `json:"rule"`
	Detail string `json:"detail"`
	Places int    `json:"places"`
}

// addRemote lists a remote finding about a call into the component under
// the API function it calls.
func (b *builder) addRemote(f finding.Finding) {
	var fn *APIFunc
	for _, x := range b.list.API {
		if x.Name == f.Subject.Name {
			fn = x
		}
	}
	if fn == nil {
		fn = &APIFunc{Name: f.Subject.Name, seen: map[string]bool{}}
		b.list.API = append(b.list.API, fn)
	}
	fn.Places++
	detail := cmp.Or(f.Detail, f.Rule)
	i := slices.IndexFunc(fn.Shapes, func(s *Shape) bool { return s.Rule == f.Rule && s.Detail == detail })
	if i < 0 {
		fn.Shapes = append(fn.Shapes, &Shape{Rule: f.Rule, Detail: detail})
		i = len(fn.Shapes) - 1
	}
	fn.Shapes[i].Places++
	if at := fmt.Sprintf("%s:%d", cmp.Or(f.Pos.RelFile, f.Pos.File), f.Pos.Line); !fn.seen[at] {
		fn.seen[at] = true
		fn.At = append(fn.At, at)
	}
}

// sentinel matches the names of sentinel errors by Go's convention
// (staticcheck's ST1012): ErrNotFound.
var sentinel = regexp.MustCompile(`^Err[A-Z0-9]`)

// addSentinels notes the component's sentinel errors that other
// components use through allowed imports.
func (l *List) addSentinels(uses []string) {
	for _, u := range uses {
		if sentinel.MatchString(u) && !slices.Contains(l.Sentinels, u) {
			l.Sentinels = append(l.Sentinels, u)
		}
	}
}

// rankAPI orders the API functions heaviest first, ties by name, and each
// one's shapes the same way.
func (l *List) rankAPI() {
	for _, fn := range l.API {
		slices.SortFunc(fn.Shapes, func(a, b *Shape) int {
			return cmp.Or(cmp.Compare(b.Places, a.Places), cmp.Compare(a.Rule, b.Rule), cmp.Compare(a.Detail, b.Detail))
		})
		slices.Sort(fn.At)
	}
	slices.SortFunc(l.API, func(a, b *APIFunc) int { return cmp.Or(cmp.Compare(b.Places, a.Places), cmp.Compare(a.Name, b.Name)) })
	slices.Sort(l.Sentinels)
}

// writeAPI writes the API functions to reshape, and the sentinel errors
// note, after the counterparts.
func (l *List) writeAPI(b *strings.Builder) {
	if len(l.API) > 0 {
		fmt.Fprintf(b, "\n## API functions to reshape\n\nOther components call these functions of %s in shapes a network call cannot carry (the `remote/*` rules); heaviest first.\n\n", l.Component)
		for _, fn := range l.API {
			var shapes []string
			for _, s := range fn.Shapes {
				shapes = append(shapes, fmt.Sprintf("%s at %d %s", s.Detail, s.Places, plural(s.Places, "place")))
			}
			fmt.Fprintf(b, "- [ ] `%s`: %s\n", fn.Name, strings.Join(shapes, "; "))
			for _, at := range fn.At {
				fmt.Fprintf(b, "  - %s\n", at)
			}
		}
	}
	if len(l.Sentinels) > 0 {
		fmt.Fprintf(b, "\nNote: other components use sentinel errors of %s (`%s`). Once it is a service, errors.Is against them holds only if its client maps each error it receives back to the sentinel.\n",
			l.Component, strings.Join(l.Sentinels, "`, `"))
	}
}

func plural(n int, word string) string {
	if n == 1 {
		return word
	}
	return word + "s"
}
