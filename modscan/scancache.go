package modscan

import (
	"bytes"
	"crypto/sha256"
	"encoding/gob"
	"encoding/hex"
	"fmt"
	"go/token"
	"os"
	"path"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync/atomic"
	"time"

	"github.com/boundarylint/boundarylint/internal/atomicfile"
	"github.com/boundarylint/boundarylint/modspec"
)

// A scan cache keeps, between runs, what ReadGraph found in each directory
// of a module, with the stat of the directory and of each of its Go files.
// The next read lists again only the directories whose stat changed and
// reads again only the packages one of whose files changed: on a module
// nobody edited it stats each directory and file and reads no source.
// -V=full reads the graph on every go vet run, cached or not, so without
// it a fully cached run read every import clause of the module.
//
// Two rules keep it exact:
//   - a stat taken within racyWindow before the scan that recorded it
//     started is not trusted: a file written in the same clock tick as the
//     scan, and then edited again without changing its size, would keep
//     its stat (git's "racily clean" entries);
//   - a directory whose result depended on whether cgo is on is read again
//     every time: the cache is not keyed on that decision, which costs a
//     go command to ask.
//
// The file is keyed on everything else that selects files (the module,
// the build's tags, GOOS, GOARCH, the tool and release tags) and on
// scanCacheVersion; it is replaced atomically, and a file that does not
// decode is ignored.
type scanCache struct {
	Key   string
	Start int64                 // when the scan that wrote it started, Unix nanoseconds
	Dirs  map[string]*dirRecord // by module-relative directory ("." is the root)
}

// scanCacheVersion changes whenever what a record means changes.
const scanCacheVersion = "boundarylint-scan-1"

// racyWindow is the clock granularity the cache allows for: coarser than
// any file system's timestamps that Go runs on.
const racyWindow = 2 * time.Second

// dirRecord is one directory the walk entered.
type dirRecord struct {
	Stat    stamp
	Subdirs []string    // the subdirectories the go command may enter, by name
	GoMod   bool        // it has an entry named go.mod: the root of another module if it is not the root
	Files   []fileStamp // the Go files, by name
	Read    bool        // Pkg holds a read of Files (a directory with Go files)
	Pkg     *pkgSummary // nil: no package of the directory is in the build
	Cgo     bool        // the read depended on the cgo decision: never reused
}

// fileStamp is a Go file's name and stat.
type fileStamp struct {
	Name string
	Stat stamp
}

// stamp is what the cache compares of a file or directory (stampOf).
type stamp struct {
	Mtime, Ctime, Size int64
	Ino, Dev           uint64
}

// ReadGraphCached is ReadGraph, through the module's scan cache in the
// user's cache directory: what ReadGraph returns, reading only what
// changed since the last read of the module for the same build.
func ReadGraphCached(root, module string, b *Build) (*Graph, error) {
	key := scanKey(root, module, b)
	g, _, err := readGraphCached(root, module, b, scanCacheFile(key), key, racyWindow)
	return g, err
}

// scanKey names everything besides the files that decides what a read of
// the module finds.
func scanKey(root, module string, b *Build) string {
	c := b.ctx
	return fmt.Sprintf("%s\x00%s\x00%s\x00%s/%s\x00%s\x00%s\x00%s\x00%s\x00%s", scanCacheVersion, root, module, c.GOOS, c.GOARCH,
		strings.Join(c.BuildTags, ","), strings.Join(c.ToolTags, ","), strings.Join(c.ReleaseTags, ","), c.Compiler, runtime.Version())
}

// scanCacheFile is where the scan cache of key lives: beside the saved
// graphs (GraphFile).
func scanCacheFile(key string) string {
	sum := sha256.Sum256([]byte(key))
	return filepath.Join(cacheDir(), "scan-"+hex.EncodeToString(sum[:8])+".gob")
}

// readGraphCached reads the graph through the cache in file, trusting
// stats taken more than window before the cached scan started, and
// counts the directories it read again.
func readGraphCached(root, module string, b *Build, file, key string, window time.Duration) (*Graph, int, error) {
	s := &scan{root: root, module: module, b: b, fset: token.NewFileSet(),
		next: &scanCache{Key: key, Start: time.Now().UnixNano(), Dirs: map[string]*dirRecord{}}}
	if old := loadScanCache(file, key); old != nil {
		s.old, s.trustBefore = old.Dirs, old.Start-window.Nanoseconds()
	} else {
		removeStaleScanCaches(filepath.Dir(file)) // a new cache: let the directory not fill with those of deleted modules
	}
	var dirs []string
	if err := s.walk(".", &dirs); err != nil {
		return nil, 0, err
	}
	pkgs := make([]*pkgSummary, len(dirs))
	errs := make([]error, len(dirs))
	eachIndex(len(dirs), func(i int) { pkgs[i], errs[i] = s.read(dirs[i]) })
	var found []*pkgSummary
	for i := range dirs {
		if errs[i] != nil {
			return nil, 0, errs[i]
		}
		if pkgs[i] != nil {
			found = append(found, pkgs[i])
		}
	}
	slices.SortFunc(found, func(a, b *pkgSummary) int { return strings.Compare(a.Path, b.Path) })
	if s.changed.Load() || len(s.next.Dirs) != len(s.old) {
		saveScanCache(file, s.next) // a cache that cannot be written is only slower
	}
	return graphOf(root, module, b, found), int(s.reads.Load()), nil
}

// scan is one read of a module through its cache.
type scan struct {
	root, module string
	b            *Build
	fset         *token.FileSet
	old          map[string]*dirRecord
	trustBefore  int64 // Unix nanoseconds: later stats in old are not trusted
	next         *scanCache
	changed      atomic.Bool  // something was listed or read again
	reads        atomic.Int32 // directories read again
}

// trusted reports whether st, equal to a cached stat, may stand for the
// same content.
func (s *scan) trusted(st stamp) bool { return st.Mtime < s.trustBefore && st.Ctime < s.trustBefore }

// walk visits the directory rel and those below it that the go command
// enters (modspec.ModulePackages's walk), appending to dirs each one
// holding Go files. It lists a directory again only when its stat changed.
func (s *scan) walk(rel string, dirs *[]string) error {
	abs := filepath.Join(s.root, filepath.FromSlash(rel))
	fi, err := os.Stat(abs)
	if err != nil {
		return err
	}
	rec := &dirRecord{Stat: stampOf(fi)}
	if old := s.old[rel]; old != nil && old.Stat == rec.Stat && s.trusted(rec.Stat) {
		rec.Subdirs, rec.GoMod = old.Subdirs, old.GoMod
		for _, f := range old.Files {
			rec.Files = append(rec.Files, fileStamp{Name: f.Name})
		}
	} else {
		s.changed.Store(true)
		entries, err := os.ReadDir(abs)
		if err != nil {
			return err
		}
		for _, e := range entries {
			switch name := e.Name(); {
			case name == "go.mod":
				rec.GoMod = true
			case e.IsDir() && !modspec.SkipDirName(name):
				rec.Subdirs = append(rec.Subdirs, name)
			case !e.IsDir() && modspec.IsGoFile(name):
				rec.Files = append(rec.Files, fileStamp{Name: name})
			}
		}
	}
	s.next.Dirs[rel] = rec
	if rel != "." && rec.GoMod && modspec.IsNestedModule(abs) {
		return nil // another module's
	}
	if len(rec.Files) > 0 {
		*dirs = append(*dirs, rel)
	}
	for _, sub := range rec.Subdirs {
		if err := s.walk(path.Join(rel, sub), dirs); err != nil {
			return err
		}
	}
	return nil
}

// read returns the package of the directory rel: the cached one when
// neither its listing nor any of its files changed, else read again.
func (s *scan) read(rel string) (*pkgSummary, error) {
	rec, old := s.next.Dirs[rel], s.old[rel]
	abs := filepath.Join(s.root, filepath.FromSlash(rel))
	reuse := old != nil && old.Read && !old.Cgo && len(old.Files) == len(rec.Files)
	for i := range rec.Files {
		fi, err := os.Stat(filepath.Join(abs, rec.Files[i].Name))
		if err != nil {
			reuse = false // reading it says why
			break
		}
		rec.Files[i].Stat = stampOf(fi)
		reuse = reuse && old.Files[i] == rec.Files[i] && s.trusted(rec.Files[i].Stat)
	}
	rec.Read = true
	if reuse {
		rec.Pkg = old.Pkg
		return rec.Pkg, nil
	}
	s.changed.Store(true)
	s.reads.Add(1)
	b, askedCgo := s.b.tracked()
	p, _, err := readDir(abs, path.Join(s.module, rel), b, s.fset, nil)
	if err != nil {
		return nil, err
	}
	rec.Cgo = askedCgo.Load()
	if p != nil {
		rec.Pkg = p.summary()
	}
	return rec.Pkg, nil
}

func loadScanCache(file, key string) *scanCache {
	data, err := os.ReadFile(file)
	if err != nil {
		return nil
	}
	var c scanCache
	if gob.NewDecoder(bytes.NewReader(data)).Decode(&c) != nil || c.Key != key {
		return nil
	}
	return &c
}

// saveScanCache writes c to file. A cache that cannot be written only
// makes the next read slower, so its errors are dropped.
func saveScanCache(file string, c *scanCache) {
	var buf bytes.Buffer
	if gob.NewEncoder(&buf).Encode(c) != nil {
		return
	}
	if os.MkdirAll(filepath.Dir(file), 0o755) == nil {
		_ = atomicfile.Write(file, buf.Bytes())
	}
}

// staleScanCache is how long a scan cache nobody wrote stays.
const staleScanCache = 30 * 24 * time.Hour

// removeStaleScanCaches removes the scan caches in dir that no read has
// written for staleScanCache: those of modules deleted or moved, or of
// test modules.
func removeStaleScanCaches(dir string) {
	files, _ := filepath.Glob(filepath.Join(dir, "scan-*.gob"))
	for _, f := range files {
		if fi, err := os.Stat(f); err == nil && time.Since(fi.ModTime()) > staleScanCache {
			os.Remove(f)
		}
	}
}
