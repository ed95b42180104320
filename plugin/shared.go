package plugin

import (
	"go/token"
	"strings"
	"sync"

	"github.com/boundarylint/boundarylint/boundary"
	"github.com/boundarylint/boundarylint/modscan"
	"github.com/boundarylint/boundarylint/modspec"
)

// shared holds what both linters of one golangci-lint process read at
// start-up: golangci-lint constructs every configured custom linter, the
// one --fast-only leaves out included, so that boundarylint and
// boundarylint-imports would each check the spec against the module and
// read the module's import clauses, most of their start-up, twice. It is
// the one package-level state of the plugin.
var shared startup

type startup struct {
	mu      sync.Mutex
	checks  map[string]error           // root and spec hash -> CheckModule's error
	modules map[string]*modscan.Module // root, module path and tags -> the module read
}

// checkModule is modspec.CheckModule(spec, root), once per spec content and root.
func (s *startup) checkModule(spec *boundary.Spec, root string) error {
	key := root + "\x00" + spec.Hash
	s.mu.Lock()
	defer s.mu.Unlock()
	if err, ok := s.checks[key]; ok {
		return err
	}
	_, err := modspec.CheckModule(spec, root)
	if s.checks == nil {
		s.checks = map[string]error{}
	}
	s.checks[key] = err
	return err
}

// readModule is modscan.ReadModule, once per root, module path and build
// tags. The module is only read after that, never changed.
func (s *startup) readModule(root, module string, tags []string) (*modscan.Module, error) {
	key := root + "\x00" + module + "\x00" + strings.Join(tags, ",")
	s.mu.Lock()
	defer s.mu.Unlock()
	if m, ok := s.modules[key]; ok {
		return m, nil
	}
	m, err := modscan.ReadModule(root, module, modscan.NewBuild(strings.Join(tags, ",")), token.NewFileSet())
	if err != nil {
		return nil, err
	}
	if s.modules == nil {
		s.modules = map[string]*modscan.Module{}
	}
	s.modules[key] = m
	return m, nil
}
