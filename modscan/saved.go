package modscan

import (
	"bytes"
	"encoding/json"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"sync"

	"github.com/boundarylint/boundarylint/boundary"
	"github.com/boundarylint/boundarylint/internal/atomicfile"
)

// A saved graph is a line of JSON, a header with what every go vet unit
// needs (the module, the build tags, the component cycles of the spec the
// run applies), then the import map, which only the units of isolated
// components read: one line per package, sorted, "path import import...".
// A unit of a 5,000-package module thus reads a few hundred bytes instead
// of decoding the whole module's imports and searching them for cycles,
// which, once per package, made a whole run quadratic in the module's
// size; and a unit of an isolated component looks up only the packages
// its isolation walk visits (ImportsOf), in lines found by binary search,
// where decoding the whole map as JSON cost a tenth of a run's CPU.
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
	body := encodeImports(g.Imports)
	if err := os.MkdirAll(filepath.Dir(file), 0o755); err != nil {
		return err
	}
	return atomicfile.Write(file, append(append(head, '\n'), body...))
}

// SavedGraph is a graph file read back: its header at once, its import
// map when first asked for.
type SavedGraph struct {
	header    savedHeader
	body      []byte
	linesOnce sync.Once
	lines     []int // the offset of each line of body
	buildOnce sync.Once
	build     *Build
	once      sync.Once
	graph     *Graph
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

// Graph decodes the whole import map, once.
func (s *SavedGraph) Graph() (*Graph, error) {
	s.once.Do(func() {
		g := &Graph{Root: s.header.Root, Module: s.header.Module, Tags: s.header.Tags, Imports: map[string][]string{}}
		for _, start := range s.index() {
			path, imports := decodeLine(s.body[start:])
			g.Imports[path] = imports
		}
		s.graph = g
	})
	return s.graph, nil // every line decodes: a malformed one is a package with odd imports, which the lookups never match
}

// ImportsOf returns the module packages that path's non-test files
// import, as Graph.ImportsOf does, decoding only path's line.
func (s *SavedGraph) ImportsOf(path string) []string {
	lines := s.index()
	i, found := slices.BinarySearchFunc(lines, path, func(start int, path string) int {
		line := s.body[start:]
		end := bytes.IndexAny(line, " \n")
		if end < 0 {
			end = len(line)
		}
		return bytes.Compare(line[:end], []byte(path))
	})
	if !found {
		return nil
	}
	_, imports := decodeLine(s.body[lines[i]:])
	return imports
}

// index returns the offsets of the lines of the body, found once.
func (s *SavedGraph) index() []int {
	s.linesOnce.Do(func() {
		for start := 0; start < len(s.body); {
			s.lines = append(s.lines, start)
			end := bytes.IndexByte(s.body[start:], '\n')
			if end < 0 {
				break
			}
			start += end + 1
		}
	})
	return s.lines
}

// encodeImports writes an import map as the body of a saved graph: one
// line per package, sorted by path. Import paths hold no spaces.
func encodeImports(imports map[string][]string) []byte {
	var b bytes.Buffer
	for _, path := range slices.Sorted(maps.Keys(imports)) {
		b.WriteString(path)
		for _, imp := range imports[path] {
			b.WriteByte(' ')
			b.WriteString(imp)
		}
		b.WriteByte('\n')
	}
	return b.Bytes()
}

// decodeLine reads the line at the start of data.
func decodeLine(data []byte) (path string, imports []string) {
	if end := bytes.IndexByte(data, '\n'); end >= 0 {
		data = data[:end]
	}
	fields := strings.Fields(string(data))
	if len(fields) == 0 {
		return "", nil
	}
	if len(fields) > 1 {
		imports = fields[1:]
	}
	return fields[0], imports
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
