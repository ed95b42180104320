package main

import (
	"flag"
	"os"

	"github.com/boundarylint/boundarylint/analyzers/suite"
	"github.com/boundarylint/boundarylint/baseline"
	"github.com/boundarylint/boundarylint/cmd/boundarylint/internal/vettool"
	"github.com/boundarylint/boundarylint/driver"
	"github.com/boundarylint/boundarylint/modspec"
)

// moduleFlags are the flags of the commands that report on a run of every
// analyzer over the whole module (cut, drift).
type moduleFlags struct {
	spec, baseline, tags string
	uses                 bool // list what allowed imports use (driver.Config.Uses): the cut list's API surface
}

func registerModuleFlags(fs *flag.FlagSet) *moduleFlags {
	m := new(moduleFlags)
	fs.StringVar(&m.spec, "spec", "", "path to boundaries.yaml")
	fs.StringVar(&m.baseline, "baseline", "", "path to the baseline (default: beside the spec, if there is one)")
	fs.StringVar(&m.tags, "tags", "", "comma-separated build tags, as go build -tags")
	return m
}

// run checks the whole module against opened (modspec.LocateAndOpen),
// which it checks against the module while go vet runs, with the baseline
// the flags name, and marks the findings the baseline accepts.
func (m *moduleFlags) run(opened *modspec.Checked) (*driver.Result, *baseline.Baseline, error) {
	b, err := openBaseline(m.baseline, opened)
	if err != nil {
		return nil, nil, err
	}
	res, err := m.vet(opened, b, opened.Check)
	return res, b, err
}

// vet checks the whole module against s through go vet with this
// executable as its tool (driver.Vet), and marks the findings b accepts.
// check, unless nil, checks s against the module while go vet runs
// (driver.Config.Check).
func (m *moduleFlags) vet(s *modspec.Checked, b *baseline.Baseline, check func() error) (*driver.Result, error) {
	res, err := vetSelf(driver.Config{Dir: s.Root, Tags: m.tags, Uses: m.uses, Check: check}, s)
	if err != nil {
		return nil, err
	}
	res.ApplyBaseline(b)
	return res, nil
}

// vetSelf runs cfg's packages through go vet with this executable as its
// tool (driver.Vet), against the spec this process has checked or checks
// while go vet runs (cfg.Check: its mistakes are then the run's error,
// for modspec.PrintError, and stop go vet, which was told the spec is
// checked). The tool's
// flags are this process's own, so Vet need not ask it for them, and the
// tool's -V=full, told that the spec is checked (vettool.CheckedToken), does not
// check it again: each would cost a process or a walk of the module on
// every run, cached or not.
func vetSelf(cfg driver.Config, checked *modspec.Checked) (*driver.Result, error) {
	tool, err := os.Executable()
	if err != nil {
		return nil, err
	}
	cfg.Spec, cfg.SpecPath, cfg.Tool = checked.Spec, checked.Path, tool
	cfg.ToolFlags = toolFlagNames(suite.Analyzers())
	cfg.Env = append(os.Environ(), vettool.CheckedToken(checked.Hash))
	return driver.Vet(cfg)
}
