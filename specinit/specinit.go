// Package specinit proposes a boundaries.yaml: from a module's layout and
// the imports its code makes today (Propose), or by translating the rules a
// team already has in go-arch-lint or depguard (FromArchLint, FromDepguard).
//
// A proposal is a Draft, plain data that Render writes as a commented spec.
// A spec proposed from the code is green on day one: every import the code
// makes is allowed, so every later finding is a new one.
package specinit

import "strings"

// Draft is a proposed spec.
type Draft struct {
	Module        string   // the module path, for the header
	ModuleKey     bool     // write Module as the module key: the spec is saved outside the module
	Source        string   // what the draft was derived from, for the header
	Header        []string // more lines for the header comment
	Unassigned    string   // allow, warn or deny
	UnassignedWhy string
	Tests         string // enforce or exempt
	TestsWhy      string
	Components    []*Component
	Mutual        []*MutualPair
	Debt          []*Debt // imports left out of depends_on to break loops
	External      []*Reservation
	// Notes say what did not translate and what was done instead; Render
	// writes them into the spec and the command prints them on stderr.
	Notes []string
}

// Component is one proposed component.
type Component struct {
	Name            string
	Doc             string
	Packages        []string // module-relative patterns
	API             []string // nil: no api key (every package is the api)
	DependsOn       []string
	Shared          bool
	CompositionRoot bool
	Comments        []string // lines written above the component
}

// MutualPair is two components that import each other today, proposed
// under mutual: each lists the other in depends_on, and the loop between
// them is no cycle.
type MutualPair struct {
	A, B    string   // A < B
	Because []string // one import each way, as "a -> b: p imports q"
}

// Debt is a dependency the code has today that the proposal leaves out of
// depends_on, because keeping it would close a loop of components that
// mutual cannot declare: its imports are findings the baseline records,
// each a place to cut.
type Debt struct {
	From, To string
	Imports  int      // import statements that make the edge, each a finding
	Sites    []string // module-relative "file:line" of each import statement
}

// Reservation reserves third-party import patterns to some components.
type Reservation struct {
	Pattern string
	To      []string
	Comment string
}

// component returns the draft's component named name, or nil.
func (d *Draft) component(name string) *Component {
	for _, c := range d.Components {
		if c.Name == name {
			return c
		}
	}
	return nil
}

// owner returns the component whose most specific pattern matches the
// module-relative package rel, or nil: an exact path beats a subtree, and a
// deeper subtree a shallower one, as in boundarylint.
func (d *Draft) owner(rel string) *Component {
	var best *Component
	bestRank := -1
	for _, c := range d.Components {
		for _, p := range c.Packages {
			dir, subtree := strings.CutSuffix(p, "/...")
			rank := 2 * (strings.Count(dir, "/") + 1)
			switch {
			case p == "...":
				rank = 0
			case subtree && under(rel, dir):
			case !subtree && dir == rel:
				rank++
			default:
				continue
			}
			if rank > bestRank {
				best, bestRank = c, rank
			}
		}
	}
	return best
}
