package main

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	//boundarylint:ignore the test reads the shipped workflow as GitHub does; the spec reserves YAML to the spec model
	"gopkg.in/yaml.v3"
)

const workflowFile = "../../docs/github/boundarylint.yml"

// workflow is the part of a GitHub Actions workflow the test runs.
type workflow struct {
	Name        string            `yaml:"name"`
	On          map[string]any    `yaml:"on"`
	Permissions map[string]string `yaml:"permissions"`
	Jobs        map[string]struct {
		RunsOn string `yaml:"runs-on"`
		Steps  []step `yaml:"steps"`
	} `yaml:"jobs"`
}

type step struct {
	Name string            `yaml:"name"`
	If   string            `yaml:"if"`
	Uses string            `yaml:"uses"`
	With map[string]any    `yaml:"with"`
	Env  map[string]string `yaml:"env"`
	Run  string            `yaml:"run"`
}

// TestGitHubWorkflow runs the shipped workflow's shell steps, as GitHub
// would, on a git copy of the example, for a pull request and for the
// weekly schedule: every command it runs exists in this binary with those
// flags and does its job (a SARIF file, a drift report in the job summary,
// a snapshot, annotations that fail the pull request on new findings).
func TestGitHubWorkflow(t *testing.T) {
	wf := readWorkflow(t)
	if _, ok := wf.On["pull_request"]; !ok || wf.On["schedule"] == nil || wf.Permissions["security-events"] != "write" {
		t.Errorf("the workflow must run on pull_request and a schedule, with security-events: write; on: %v, permissions: %v", wf.On, wf.Permissions)
	}
	job, ok := wf.Jobs["boundarylint"]
	if !ok || len(wf.Jobs) != 1 {
		t.Fatalf("want one job, boundarylint; got %v", wf.Jobs)
	}
	checkoutFetchesHistory(t, job.Steps)
	dir := gitMonolith(t)
	git(t, dir, "update-ref", "refs/remotes/origin/main", "HEAD~1") // the pull request's base
	for _, event := range []string{"pull_request", "schedule"} {
		summary := filepath.Join(t.TempDir(), "summary.md")
		codes := map[string]int{}
		for _, s := range job.Steps {
			if !runsOn(t, s.If, event) || s.Uses != "" {
				continue
			}
			if strings.HasPrefix(s.Run, "go install ") {
				if s.Run != "go install github.com/boundarylint/boundarylint/cmd/boundarylint@latest" {
					t.Errorf("install step %q does not install this command", s.Run)
				}
				continue // this test runs the binary it built
			}
			codes[s.Name] = runStep(t, dir, s, summary)
		}
		checkWorkflowRun(t, dir, event, codes, summary)
	}
}

// checkoutFetchesHistory: drift -since reads the pull request's base and
// last week's commit, which a default (shallow, one commit) checkout does
// not have; the workflow's checkout must fetch the history.
func checkoutFetchesHistory(t *testing.T, steps []step) {
	t.Helper()
	for _, s := range steps {
		if strings.HasPrefix(s.Uses, "actions/checkout@") {
			if depth, ok := s.With["fetch-depth"]; !ok || depth != 0 {
				t.Errorf("the checkout step has fetch-depth %v, want 0: drift -since needs the history", depth)
			}
			return
		}
	}
	t.Error("the workflow has no actions/checkout step")
}

func readWorkflow(t *testing.T) workflow {
	t.Helper()
	data, err := os.ReadFile(workflowFile)
	if err != nil {
		t.Fatal(err)
	}
	var wf workflow
	dec := yaml.NewDecoder(bytes.NewReader(data))
	dec.KnownFields(true)
	if err := dec.Decode(&wf); err != nil {
		t.Fatalf("%s: %v", workflowFile, err)
	}
	return wf
}

// runsOn evaluates a step's if: for an event, in the forms the workflow uses.
func runsOn(t *testing.T, cond, event string) bool {
	t.Helper()
	switch cond {
	case "", "always()":
		return true
	case "github.event_name == 'pull_request'":
		return event == "pull_request"
	case "github.event_name != 'pull_request'":
		return event != "pull_request"
	}
	t.Fatalf("the test does not know the condition %q", cond)
	return false
}

// runStep runs a step's script as GitHub's default shell does (bash -e),
// with this binary first on PATH, and returns its exit status.
func runStep(t *testing.T, dir string, s step, summary string) int {
	t.Helper()
	env := []string{"PATH=" + tmp + string(os.PathListSeparator) + os.Getenv("PATH"), "GITHUB_STEP_SUMMARY=" + summary}
	for k, v := range s.Env {
		if v != "${{ github.base_ref }}" {
			t.Fatalf("step %q: the test does not know the expression %q", s.Name, v)
		}
		env = append(env, k+"=main")
	}
	r := run(t, dir, env, "bash", "-e", "-c", s.Run)
	if r.code != 0 {
		t.Logf("step %q exited %d\nstderr:\n%s", s.Name, r.code, r.stderr)
	}
	return r.code
}

// checkWorkflowRun checks what the steps of one event did.
func checkWorkflowRun(t *testing.T, dir, event string, codes map[string]int, summary string) {
	t.Helper()
	gate := "New findings fail the pull request"
	for name, code := range codes {
		want := 0
		if name == gate {
			want = 3 // the example's findings are not in a baseline
		}
		if code != want {
			t.Errorf("%s: step %q exited %d, want %d", event, name, code, want)
		}
	}
	if _, ran := codes[gate]; ran != (event == "pull_request") {
		t.Errorf("%s: the gate ran: %v", event, ran)
	}
	if sarif, err := os.ReadFile(filepath.Join(dir, "boundarylint.sarif")); err != nil || !bytes.Contains(sarif, []byte(`"version": "2.1.0"`)) {
		t.Errorf("%s: boundarylint.sarif: %v\n%.200s", event, err, sarif)
	}
	if report, err := os.ReadFile(summary); err != nil || !bytes.Contains(report, []byte("# Boundary drift since ")) {
		t.Errorf("%s: the job summary has no drift report: %v\n%s", event, err, report)
	}
	_, err := os.Stat(filepath.Join(dir, "boundarylint-snapshot.json"))
	if event == "schedule" && err != nil {
		t.Errorf("the weekly run kept no snapshot: %v", err)
	}
}

func git(t *testing.T, dir string, args ...string) {
	t.Helper()
	if out, err := exec.Command("git", append([]string{"-C", dir}, args...)...).CombinedOutput(); err != nil {
		t.Fatalf("git %v: %v\n%s", args, err, out)
	}
}
