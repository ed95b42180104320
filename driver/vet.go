package driver

import (
	"bytes"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"go/token"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"

	"github.com/boundarylint/boundarylint/baseline"
	"github.com/boundarylint/boundarylint/finding"
	"github.com/boundarylint/boundarylint/modscan"
	"github.com/boundarylint/boundarylint/modspec"
)

// Vet runs every analyzer over the packages through go vet, with
// cfg.Tool (a boundarylint executable) as its -vettool, and decodes the
// findings from go vet's -json output.
//
// go vet runs the tool once per package, each process loading only that
// package from source and its dependencies from export data, and replays
// unchanged packages from its build cache: on a 1,000-package monolith
// this keeps the peak memory of a whole-module run near that of one
// package, and a re-run with nothing changed near go vet's own cached
// time. Loading every package into one process, as the x/tools checker
// does, needs gigabytes there.
//
// The spec reaches the tool as $BOUNDARYLINT_SPEC with cfg.SpecPath, made
// absolute: the tool hashes that file into its -V=full answer, so go vet's
// cache never serves results of another spec.
func Vet(cfg Config) (*Result, error) {
	if cfg.Tool == "" {
		return nil, errors.New("driver.Vet: no vet tool (Config.Tool)")
	}
	analyzers := ranAnalyzers(cfg.Flags)
	if len(analyzers) == 0 {
		return nil, fmt.Errorf("the flags %s leave no analyzer to run: nothing to check", strings.Join(cfg.Flags, " "))
	}
	// go vet runs while this process reads the module for the component
	// edges: it spends most of a cached run in the go command, and the
	// read would otherwise add its wall time to every run.
	vet := startVet(cfg)
	if cfg.Check != nil {
		if err := cfg.Check(); err != nil {
			vet.stop()
			return nil, err
		}
	}
	read, err := readEdges(cfg)
	if err != nil {
		vet.stop()
		return nil, err
	}
	out, err := vet.wait()
	if err != nil {
		return nil, err
	}
	findings := dropStaleReports(out.findings)
	if cfg.wholeModule() {
		findings = append(findings, unusedClaims(cfg.Spec, cfg.specFile(), out.claims, analyzers)...)
	}
	found, ignored := splitIgnored(sortFindings(findings))
	return &Result{
		Findings:       found,
		Ignored:        ignored,
		Unread:         finding.CountUnread(out.unread),
		Migrations:     sortMigrations(out.migrations),
		Events:         sortEvents(out.events),
		Endpoints:      finding.SortEndpoints(out.endpoints),
		APIs:           sortAPIs(out.apis),
		Edges:          read.edges,
		UnclaimedEdges: read.withUnclaimed,
		Unclaimed:      unclaimed(cfg.Spec, read.m.Dirs),
		Packages:       checkedPackages(read.pkgs),
		Existing:       modulePackages(read.m),
		Analyzers:      analyzers,
		Notes:          read.notes,
	}, nil
}

// moduleEdges is what Vet reads from the module itself: the packages the
// patterns match and the component edges of their imports.
type moduleEdges struct {
	m                    *modscan.Module
	pkgs                 []*listedPackage
	notes                []string
	edges, withUnclaimed []Edge
}

// readEdges reads the module, lists the packages the patterns match and
// finds the component edges of their imports, with the import sites (and,
// for cfg.Uses, the names used) of each.
func readEdges(cfg Config) (*moduleEdges, error) {
	fset := token.NewFileSet()
	m, pkgs, notes, err := readListed(cfg, fset, false)
	if err != nil {
		return nil, err
	}
	r := &moduleEdges{m: m, pkgs: pkgs, notes: notes}
	r.edges, r.withUnclaimed = componentEdges(cfg.Spec, listedImports(pkgs))
	all := append(slices.Clip(r.edges), r.withUnclaimed...) // the copies share their Imports
	addSites(all, m, fset)
	if cfg.Uses {
		if err := addUses(all, m); err != nil {
			return nil, err
		}
	}
	return r, nil
}

// pendingVet is a go vet run under way (startVet).
type pendingVet struct {
	cancel context.CancelFunc
	done   chan struct{}
	out    *vetOutput
	err    error
}

// startVet starts runVet in the background.
func startVet(cfg Config) *pendingVet {
	ctx, cancel := context.WithCancel(context.Background())
	v := &pendingVet{cancel: cancel, done: make(chan struct{})}
	go func() {
		defer close(v.done)
		v.out, v.err = runVet(ctx, cfg)
	}()
	return v
}

// wait returns the run's output once go vet has exited.
func (v *pendingVet) wait() (*vetOutput, error) {
	<-v.done
	v.cancel()
	return v.out, v.err
}

// stop kills the run and waits for it: its output is no longer wanted.
func (v *pendingVet) stop() {
	v.cancel()
	<-v.done
}

// runVet runs go vet -json with the tool and every analyzer's -findings
// flag, and decodes the findings and unread notes as they arrive.
func runVet(ctx context.Context, cfg Config) (*vetOutput, error) {
	flags, err := findingsFlags(cfg)
	if err != nil {
		return nil, err
	}
	args := []string{"vet", "-vettool=" + cfg.Tool, "-json"}
	if cfg.Tags != "" {
		args = append(args, "-tags="+cfg.Tags)
	}
	args = append(append(append(args, cfg.Flags...), flags...), cfg.patterns()...)
	cmd := exec.CommandContext(ctx, "go", args...)
	cmd.Dir = cfg.Dir
	if cmd.Env, err = cfg.toolEnv(); err != nil {
		return nil, err
	}
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	stdout, err := cmd.StdoutPipe()
	if err != nil {
		return nil, err
	}
	if err := cmd.Start(); err != nil {
		return nil, fmt.Errorf("go vet: %w", err)
	}
	out, decodeErr := decodeVetJSON(stdout)
	if decodeErr != nil {
		_, _ = io.Copy(io.Discard, stdout) // let go vet finish writing: its exit status says more
	}
	if err := cmd.Wait(); err != nil {
		return nil, fmt.Errorf("go vet: %w\n%s", err, stderr.String())
	}
	return out, decodeErr
}

// toolEnv is the environment go vet runs the tool in: Config.Env, else
// this process's, with the spec pinned to an absolute path and the
// baseline off: ApplyBaseline applies it to the whole run, so the tool
// reports every finding and go vet's cached results stay valid when the
// baseline changes.
func (c Config) toolEnv() ([]string, error) {
	env := c.Env
	if env == nil {
		env = os.Environ()
	}
	env = append(slices.Clip(env), baseline.EnvVar+"=off")
	if c.SpecPath == "" {
		return env, nil
	}
	abs, err := filepath.Abs(c.SpecPath)
	if err != nil {
		return nil, err
	}
	return append(env, modspec.SpecEnvVar+"="+abs), nil
}

// findingsFlags returns the tool flags that make each analyzer attach its
// whole finding to its diagnostics (-NAME.findings), for the analyzers
// that have one: go vet rejects a flag the tool does not declare.
func findingsFlags(cfg Config) ([]string, error) {
	declared := cfg.ToolFlags
	if declared == nil {
		var err error
		if declared, err = toolFlags(cfg); err != nil {
			return nil, err
		}
	}
	var flags []string
	for _, name := range declared {
		if strings.HasSuffix(name, ".findings") {
			flags = append(flags, "-"+name)
		}
	}
	return flags, nil
}

// toolFlags asks the tool for the flags it declares, as go vet asks it:
// with -flags.
func toolFlags(cfg Config) ([]string, error) {
	cmd := exec.Command(cfg.Tool, "-flags")
	cmd.Env = cfg.Env
	out, err := cmd.Output()
	if err != nil {
		return nil, fmt.Errorf("%s -flags: %w", cfg.Tool, err)
	}
	var declared []struct{ Name string }
	if err := json.Unmarshal(out, &declared); err != nil {
		return nil, fmt.Errorf("%s -flags: %w", cfg.Tool, err)
	}
	names := make([]string, len(declared))
	for i, f := range declared {
		names[i] = f.Name
	}
	return names, nil
}

// vetDiagnostic is one diagnostic of go vet's -json output.
type vetDiagnostic struct {
	Category string `json:"category"`
	Posn     string `json:"posn"`
	Message  string `json:"message"`
	Related  []struct {
		Message string `json:"message"`
	} `json:"related"`
}

// vetOutput is what go vet's -json output carries: findings, the notes
// of what the analyzers could not read (finding.Unread), of the claims
// each package uses (finding.ClaimsUsed), and of what the module has:
// migrations, events, endpoints and api packages.
type vetOutput struct {
	findings   []finding.Finding
	unread     []finding.Unread
	claims     []finding.ClaimsUsed
	migrations []finding.Migration
	events     []finding.Event
	endpoints  []finding.Endpoint
	apis       []finding.APIPackage
}

// decodeVetJSON reads go vet's -json output: a stream of trees, package
// ID -> analyzer -> diagnostics, or -> {"error": "..."} when the analyzer
// failed on that package. It fails on the first analyzer error.
func decodeVetJSON(r io.Reader) (*vetOutput, error) {
	out := &vetOutput{}
	dec := json.NewDecoder(r)
	for {
		var tree map[string]map[string]json.RawMessage
		if err := dec.Decode(&tree); errors.Is(err, io.EOF) {
			return out, nil
		} else if err != nil {
			return nil, fmt.Errorf("reading go vet -json: %w", err)
		}
		for pkg, byAnalyzer := range tree {
			for analyzer, raw := range byAnalyzer {
				var diags []vetDiagnostic
				if err := json.Unmarshal(raw, &diags); err != nil {
					var failed struct{ Error string }
					if json.Unmarshal(raw, &failed) == nil && failed.Error != "" {
						return nil, fmt.Errorf("%s: analyzer %s: %s", pkg, analyzer, failed.Error)
					}
					return nil, fmt.Errorf("%s: analyzer %s: unexpected go vet -json output %s", pkg, analyzer, raw)
				}
				for _, d := range diags {
					if err := out.add(d, analyzer, pkg); err != nil {
						return nil, err
					}
				}
			}
		}
	}
}

// add decodes one diagnostic: an unread note (finding.DecodeUnread) or a
// finding.
func (o *vetOutput) add(d vetDiagnostic, analyzer, pkg string) error {
	var related []string
	for _, r := range d.Related {
		if e, ok, err := finding.DecodeEndpoint(r.Message); ok {
			o.endpoints = append(o.endpoints, e)
			return err
		}
		if p, ok, err := finding.DecodeAPIPackage(r.Message); ok {
			o.apis = append(o.apis, p)
			return err
		}
		if m, ok, err := finding.DecodeMigration(r.Message); ok {
			o.migrations = append(o.migrations, m)
			return err
		}
		if e, ok, err := finding.DecodeEvent(r.Message); ok {
			o.events = append(o.events, e)
			return err
		}
		if u, ok, err := finding.DecodeUnread(r.Message); ok {
			if err != nil {
				return err
			}
			o.unread = append(o.unread, u)
			return nil
		}
		if u, ok, err := finding.DecodeClaimsUsed(r.Message); ok {
			o.claims = append(o.claims, u)
			return err
		}
		related = append(related, r.Message)
	}
	f, err := toFinding(analyzer, packagePath(pkg), d.Category, parsePosn(d.Posn), d.Message, related)
	if err != nil {
		return err
	}
	o.findings = append(o.findings, f)
	return nil
}

// parsePosn reads file:line:col.
func parsePosn(s string) finding.Position {
	var p finding.Position
	rest, col, ok := cutLastInt(s)
	if !ok {
		return finding.Position{File: s}
	}
	if file, line, ok := cutLastInt(rest); ok {
		p.File, p.Line, p.Column = file, line, col
	} else {
		p.File, p.Line = rest, col
	}
	return p
}

func cutLastInt(s string) (string, int, bool) {
	i := strings.LastIndexByte(s, ':')
	if i < 0 {
		return s, 0, false
	}
	n, err := strconv.Atoi(s[i+1:])
	return s[:i], n, err == nil
}
