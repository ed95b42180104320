package modscan

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sync"

	"github.com/boundarylint/boundarylint/boundary"
	"github.com/boundarylint/boundarylint/internal/atomicfile"
)

// A saved graph is two lines of JSON: a header with what every go vet
// unit needs (the module, the build tags, the component cycles of the
// spec the run applies), then the import map, which only the units of
// isolated components read. A unit of a 5,000-package module thus reads a
// few hundred bytes instead of decoding the whole module's imports and
// searching them for cycles, which, once per package, made a whole run
// quadratic in the module's size.
type savedHeader struct {
	Root   string
	Module string
	Tags   []string              `json:",omitempty"`
	Spec   string                `json:",omitempty"` // hash of the spec the cycles are of
	Cycles []boundary.SavedCycle `json:",omitempty"`
}

// Save writes the graph to file atomically, so a concurrent reader sees
// the old graph or the new one, never half of one, with the component
// cycles of spec when it is not nil.
func (g *Graph) Save(file string, spec *boundary.Spec) error {
	h := savedHeader{Root: g.Root, Module: g.Module, Tags: g.Tags}
	if spec != nil {
		h.Spec, h.Cycles = spec.Hash, boundary.SaveCycles(g.Cycles(spec))
	}
	head, err := json.Marshal(h)
	if err != nil {
		return err
	}
	body, err := json.Marshal(g.Imports)
	if err != nil {
		return err
	}
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
		return err
	}
	return atomicfile.Write(file, append(append(append(head, '\n'), body...), '\n'))
}

// SavedGraph is a graph file read back: its header at once, its import
// map when first asked for.
type SavedGraph struct {
	header    savedHeader
	body      []byte
	buildOnce sync.Once
	build     *Build
	once      sync.Once
	graph     *Graph
	err       error
}

// OpenGraph reads the header of a graph that Save wrote for the module at
// root.
func OpenGraph(file, root, module string) (*SavedGraph, error) {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil, err
	}
	head, body, ok := bytes.Cut(data, []byte("\n"))
	s := &SavedGraph{body: body}
	if err := json.Unmarshal(head, &s.header); err != nil || !ok {
		return nil, fmt.Errorf("%s: not a saved graph (%w)", file, err)
	}
	if s.header.Root != root || s.header.Module != module {
		return nil, fmt.Errorf("%s holds the graph of %s (%s), not of %s (%s)", file, s.header.Module, s.header.Root, module, root)
	}
	return s, nil
}

// LoadGraph reads a graph that Save wrote for the module at root.
func LoadGraph(file, root, module string) (*Graph, error) {
	s, err := OpenGraph(file, root, module)
	if err != nil {
		return nil, err
	}
	return s.Graph()
}

// Build returns the build the graph was read for, as Graph.Build does.
func (s *SavedGraph) Build() *Build {
	s.buildOnce.Do(func() { s.build = buildWithTags(s.header.Tags) })
	return s.build
}

// Graph decodes the import map, once.
func (s *SavedGraph) Graph() (*Graph, error) {
	s.once.Do(func() {
		g := &Graph{Root: s.header.Root, Module: s.header.Module, Tags: s.header.Tags}
		if err := json.Unmarshal(s.body, &g.Imports); err != nil {
			s.err = fmt.Errorf("saved graph of %s: %w", s.header.Module, err)
			return
		}
		s.graph = g
	})
	return s.graph, s.err
}

// Cycles returns the component cycles of the graph under spec: those
// saved with it when they are of this very spec, else searched for.
func (s *SavedGraph) Cycles(spec *boundary.Spec) ([]boundary.Cycle, error) {
	if s.header.Spec != "" && s.header.Spec == spec.Hash {
		if c, err := spec.LoadCycles(s.header.Cycles); err == nil {
			return c, nil
		}
	}
	g, err := s.Graph()
	if err != nil {
		return nil, err
	}
	return g.Cycles(spec), nil
}
