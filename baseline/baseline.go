// Package baseline records the findings a team has accepted, so that CI
// fails only on new ones while the recorded ones are paid off.
//
// The file lives next to the spec: boundaries.yaml's baseline is
// boundaries.baseline.json (DefaultPath). It holds one entry per finding
// Key (rule, package, other side, subject; never a line or column, so
// editing a file does not churn it) with the number of findings recorded:
//
//	{
//	  "version": 1,
//	  "findings": [
//	    {"rule":"imports/private","from":"example.com/m/internal/orders","to_component":"payments","to_package":"example.com/m/internal/payments/ledger","subject_kind":"import","subject":"example.com/m/internal/payments/ledger","count":2}
//	  ]
//	}
//
// Entries are sorted by key, one to a line, so a review diff shows exactly
// the keys that appeared, vanished or changed count. JSON rather than YAML
// because the standard library reads it with byte offsets for every error
// (reported as FILE:LINE:COL), because this package needs nothing beyond
// the standard library, and because nobody edits the file by hand: the
// `boundarylint baseline` command writes it.
//
// A count is a budget: with 3 recorded and 4 found, 1 is reported. An
// entry that matches fewer findings than it records is stale: the
// violation was fixed, and the file must shrink so it cannot come back.
package baseline

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"github.com/boundarylint/boundarylint/internal/atomicfile"

	"github.com/boundarylint/boundarylint/finding"
)

// Version is the only file format version Load accepts.
const Version = 1

// Entry is one key of the baseline and how many findings it accepts.
type Entry struct {
	finding.Key
	Count int `json:"count"`
}

// Baseline is a loaded or computed baseline. A nil *Baseline is empty.
type Baseline struct {
	Name    string  // the file name errors and messages use
	Hash    string  // hex SHA-256 of the file's bytes; empty when not read from a file
	Entries []Entry // sorted by key, each key once

	index map[finding.Key]int
}

// DefaultPath is the baseline that belongs to a spec: its name with the
// extension replaced by .baseline.json, in the same directory.
func DefaultPath(specPath string) string {
	base := filepath.Base(specPath)
	return filepath.Join(filepath.Dir(specPath), strings.TrimSuffix(base, filepath.Ext(base))+".baseline.json")
}

// EnvVar names the environment variable that, set to "off", turns the
// baseline off for the boundarylint processes that inherit it, and out of
// go vet's -V=full hash. A driver that applies the baseline to the whole
// run itself (driver.Vet) sets it, so that go vet's cached results hold
// every finding and stay valid when the baseline changes.
const EnvVar = "BOUNDARYLINT_BASELINE"

// Off reports whether $BOUNDARYLINT_BASELINE turns the baseline off.
func Off() bool { return os.Getenv(EnvVar) == "off" }

// Path returns the baseline file that goes with the spec at specPath:
// flagPath when given (a relative one resolves against root, the module
// root, as -spec does), else DefaultPath(specPath).
func Path(flagPath, root, specPath string) string {
	switch {
	case flagPath == "":
		return DefaultPath(specPath)
	case filepath.IsAbs(flagPath):
		return flagPath
	}
	return filepath.Join(root, flagPath)
}

// Open loads the baseline at path. A file that does not exist is no
// baseline (nil) unless it was named explicitly, when it is an error.
func Open(path string, explicit bool) (*Baseline, error) {
	b, err := Load(path)
	if !explicit && errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	return b, err
}

// FromFindings counts findings by key, those of rules it Accepts: what
// `boundarylint baseline` writes. Findings already marked Baselined count
// too, so that rewriting the baseline keeps what it still holds.
func FromFindings(fs []finding.Finding) *Baseline {
	counts := map[finding.Key]int{}
	for _, f := range fs {
		if Accepts(f.Rule) {
			counts[f.Key()]++
		}
	}
	b := &Baseline{}
	for k, n := range counts {
		b.Entries = append(b.Entries, Entry{k, n})
	}
	b.sort()
	return b
}

// Shrink returns b with each entry lowered to the number of findings fs
// has with its key, the entries fs has none of dropped, and nothing added:
// what `boundarylint baseline` writes over an existing file unless told
// to grow it.
func (b *Baseline) Shrink(fs []finding.Finding) *Baseline {
	found := map[finding.Key]int{}
	for _, f := range fs {
		found[f.Key()]++
	}
	out := &Baseline{}
	for _, e := range b.entries() {
		if n := min(e.Count, found[e.Key]); n > 0 && Accepts(e.Rule) {
			out.Entries = append(out.Entries, Entry{e.Key, n})
		}
	}
	out.sort()
	return out
}

func (b *Baseline) entries() []Entry {
	if b == nil {
		return nil
	}
	return b.Entries
}

func (b *Baseline) sort() {
	slices.SortFunc(b.Entries, func(x, y Entry) int { return x.Compare(y.Key) })
	b.index = make(map[finding.Key]int, len(b.Entries))
	for i, e := range b.Entries {
		b.index[e.Key] = i
	}
}

// Count returns how many findings with key k the baseline accepts.
func (b *Baseline) Count(k finding.Key) int {
	if b == nil {
		return 0
	}
	if i, ok := b.index[k]; ok {
		return b.Entries[i].Count
	}
	return 0
}

// Len returns the number of entries.
func (b *Baseline) Len() int {
	if b == nil {
		return 0
	}
	return len(b.Entries)
}

// Encode returns the file's bytes: deterministic, one entry per line.
func (b *Baseline) Encode() []byte {
	var buf bytes.Buffer
	fmt.Fprintf(&buf, "{\n  \"version\": %d,\n  \"findings\": [", Version)
	if b != nil {
		for i, e := range b.Entries {
			line, err := json.Marshal(e)
			if err != nil {
				panic(err) // an Entry holds only strings and an int
			}
			if i > 0 {
				buf.WriteByte(',')
			}
			buf.WriteString("\n    ")
			buf.Write(line)
		}
		if len(b.Entries) > 0 {
			buf.WriteString("\n  ")
		}
	}
	buf.WriteString("]\n}\n")
	return buf.Bytes()
}

// Write writes the baseline to path atomically: to a temporary file in the
// same directory, synced, then renamed over path, so that a crash leaves
// either the old file or the new one, never half of one.
func (b *Baseline) Write(path string) error { return atomicfile.Write(path, b.Encode()) }

// Load reads and parses the baseline at path. A missing file is an error
// that wraps fs.ErrNotExist: callers decide whether no baseline is fine.
func Load(path string) (*Baseline, error) {
	data, err := atomicfile.ReadFile(path)
	if err != nil {
		return nil, err
	}
	return Parse(path, data)
}

func hashOf(data []byte) string {
	sum := sha256.Sum256(data)
	return hex.EncodeToString(sum[:])
}
