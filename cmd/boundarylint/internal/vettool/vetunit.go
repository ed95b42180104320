package vettool

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"strconv"
	"strings"

	"github.com/boundarylint/boundarylint/internal/atomicfile"

	"github.com/boundarylint/boundarylint/boundary"
	"github.com/boundarylint/boundarylint/modspec"
)

// go vet caches a package's result when the tool exits 0, and since Go
// 1.26 it asks for -json output, in which an analysis error is data, not a
// failure: an error in the spec would be shown once and then replayed from
// the cache as a clean result. So a vet unit that reports (not one asked
// only for a dependency's facts) checks its spec before analysing and
// exits 1 on any problem, which go vet never caches: every run fails while
// the spec is broken, whichever way the spec was chosen.

// loadUnitSpec locates and loads the spec for the package go vet runs the
// tool on (the working directory) and checks its module key. No spec at
// all is an error too: a run that checks nothing must not pass.
func loadUnitSpec(flagPath string) (*boundary.Spec, string, error) {
	wd, err := os.Getwd()
	if err != nil {
		return nil, "", err
	}
	path, err := modspec.Locate(flagPath, wd)
	if err != nil {
		return nil, "", err
	}
	rec := readRecord(path)
	spec, err := modspec.LoadValidated(path, rec.validated())
	if err != nil {
		return nil, "", err
	}
	if err := rec.check(path, spec.Hash); err != nil {
		return nil, "", err
	}
	if root, err := modspec.ModuleRoot(wd); err == nil {
		if e := modspec.CheckModuleKey(spec, root); e != nil {
			return nil, "", e
		}
	}
	return spec, path, nil
}

// goVetFlag returns the value of the flag name (-name=v, -name v) on the
// command line args of the go vet that runs this process, for -V=full: go
// vet asks for the version without passing the tool's flags (-spec) or
// its own build flags (-tags), yet the units it then runs use them.
func goVetFlag(args []string, name string) string {
	for i, a := range args {
		flagName, value, hasValue := strings.Cut(strings.TrimPrefix(strings.TrimPrefix(a, "-"), "-"), "=")
		if !strings.HasPrefix(a, "-") || flagName != name {
			continue
		}
		if !hasValue && i+1 < len(args) {
			value = args[i+1]
		}
		return value
	}
	return ""
}

// CheckedEnvVar carries, from a command that runs go vet with this
// executable as its tool (the standalone run, baseline, cut, drift), to
// that go vet's -V=full, the fact that the command has just checked the
// spec against the module: "PID HASH", the command's process ID and the
// spec's hash. -V=full then checks the spec no second time (checkedByCaller).
const CheckedEnvVar = "BOUNDARYLINT_CHECKED"

// CheckedToken is the CheckedEnvVar setting for a spec with hash, checked
// by this process.
func CheckedToken(hash string) string {
	return CheckedEnvVar + "=" + strconv.Itoa(os.Getpid()) + " " + hash
}

// checkedByCaller reports whether the process that started this go vet
// (go vet is this process's parent) has checked the spec with hash, as
// $BOUNDARYLINT_CHECKED says: bound to that process and that content, the
// variable means nothing to any other go vet run or spec, so every other
// run (a plain go vet run, a changed spec) checks the spec here. Where
// the process tree cannot be read, it is false.
func checkedByCaller(hash string) bool {
	pid, checked, ok := strings.Cut(os.Getenv(CheckedEnvVar), " ")
	if !ok || checked != hash {
		return false
	}
	caller, ok := parentPID(os.Getppid())
	return ok && strconv.Itoa(caller) == pid
}

// parentPID returns the parent of process pid: from /proc on Linux, else
// from ps(1).
func parentPID(pid int) (int, bool) {
	if data, err := os.ReadFile("/proc/" + strconv.Itoa(pid) + "/stat"); err == nil {
		// "pid (command) state ppid ...": the command may hold spaces and parentheses.
		fields := strings.Fields(string(data[bytes.LastIndexByte(data, ')')+1:]))
		if len(fields) < 2 {
			return 0, false
		}
		ppid, err := strconv.Atoi(fields[1])
		return ppid, err == nil
	} else if !errors.Is(err, os.ErrNotExist) {
		return 0, false
	}
	out, err := exec.Command("ps", "-o", "ppid=", "-p", strconv.Itoa(pid)).Output()
	if err != nil {
		return 0, false
	}
	ppid, err := strconv.Atoi(string(bytes.TrimSpace(out)))
	return ppid, err == nil
}

// parentArgs reads the command line of the parent process: from /proc on
// Linux, else from ps(1), which loses the quoting of arguments with spaces.
func parentArgs() ([]string, bool) {
	ppid := strconv.Itoa(os.Getppid())
	if data, err := os.ReadFile("/proc/" + ppid + "/cmdline"); err == nil {
		return strings.Split(strings.TrimSuffix(string(data), "\x00"), "\x00"), true
	} else if !errors.Is(err, os.ErrNotExist) {
		return nil, false
	}
	out, err := exec.Command("ps", "-o", "args=", "-p", ppid).Output()
	if err != nil || len(bytes.TrimSpace(out)) == 0 {
		return nil, false
	}
	return strings.Fields(string(out)), true
}

// go vet keys every cached result on the -V=full answer, which hashes the
// spec as -V=full read it; each unit then reads the spec again. Were the
// file edited in between, results for one version would be cached under
// the key of another and served to later runs. So -V=full records the hash
// it answered for each spec path, and a unit that reads other content fails
// (uncached) instead of analysing it. Where the user cache directory is not
// writable the check is skipped.
//
// -V=full records a hash only after loading the spec, which validates it
// (boundary.Parse). A unit that reads the content whose hash -V=full of
// its own go vet run recorded (the record names the run: vetRun) need not
// check the whole spec again: those checks could only pass again
// (modspec.LoadValidated), and on a large spec they cost a third as much
// as parsing it, in every one of the run's thousands of units. A record
// of another run may come from another executable, whose checks differ:
// that unit checks in full, as it does without a record.

// hashRecord is the file holding what -V=full last recorded for the spec
// at path, or "" when there is no cache directory.
func hashRecord(path string) string {
	dir, err := os.UserCacheDir()
	if err != nil {
		return ""
	}
	abs, err := filepath.Abs(path)
	if err != nil {
		return ""
	}
	sum := sha256.Sum256([]byte(abs))
	return filepath.Join(dir, "boundarylint", "vet-spec-"+hex.EncodeToString(sum[:12]))
}

// recordHash records, atomically, the hash -V=full answered for path, and
// the go vet run it answered: "HASH RUN".
func recordHash(path, hash string) {
	file := hashRecord(path)
	if file == "" || os.MkdirAll(filepath.Dir(file), 0o755) != nil {
		return
	}
	_ = atomicfile.Write(file, []byte(hash+" "+vetRun())) // unrecorded, the check after it has nothing to compare
}

// record is what -V=full recorded for a spec path: the hash it answered,
// of content it validated, and the go vet run it answered (vetRun). The
// zero record is none.
type record struct{ hash, run string }

// readRecord returns what -V=full recorded for the spec at path.
func readRecord(path string) record {
	file := hashRecord(path)
	if file == "" {
		return record{}
	}
	data, err := os.ReadFile(file)
	if err != nil {
		return record{}
	}
	hash, run, _ := strings.Cut(string(data), " ")
	return record{hash, run}
}

// validated returns the hash of the content that -V=full of this go vet
// run validated, "" when it recorded none.
func (r record) validated() string {
	if r.run == "" || r.run != vetRun() {
		return ""
	}
	return r.hash
}

// check fails when -V=full recorded another hash for path than that of
// the content just read.
func (r record) check(path, hash string) error {
	if r.hash == "" || r.hash == hash {
		return nil
	}
	return fmt.Errorf("%s changed while go vet was running (go vet keyed its cache on the version with hash %.12s, this package read %.12s); run go vet again", path, r.hash, hash)
}
