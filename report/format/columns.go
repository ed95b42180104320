package format

import (
	"bytes"
	"os"
	"path/filepath"
	"unicode/utf16"
	"unicode/utf8"
)

// sourceLines reads the files findings are in, each once, to convert their
// columns: a finding's column counts bytes (go/token's), SARIF's columnKind
// utf16CodeUnits counts UTF-16 code units, and the two differ on a line
// with non-ASCII text before the finding.
type sourceLines struct {
	dir   string // relative file names resolve against it
	read  func(string) ([]byte, error)
	files map[string][][]byte // the file's lines; nil when it cannot be read
}

func newSourceLines(r Report) *sourceLines {
	read := r.ReadFile
	if read == nil {
		read = os.ReadFile
	}
	return &sourceLines{dir: r.Dir, read: read, files: map[string][][]byte{}}
}

// utf16Column returns the 1-based column, in UTF-16 code units, of the
// 1-based byte column col on line of file; 0 (no column) when col is 0 or
// the line cannot be read or is shorter than the column, rather than a
// column that may be wrong.
func (s *sourceLines) utf16Column(file string, line, col int) int {
	if col < 1 || line < 1 {
		return 0
	}
	lines := s.lines(file)
	if line > len(lines) || col-1 > len(lines[line-1]) {
		return 0
	}
	units := 0
	for prefix := lines[line-1][:col-1]; len(prefix) > 0; {
		r, size := utf8.DecodeRune(prefix)
		units += utf16.RuneLen(r) // an invalid byte decodes as U+FFFD, one unit
		prefix = prefix[size:]
	}
	return units + 1
}

// lines returns file's lines, reading it on first use.
func (s *sourceLines) lines(file string) [][]byte {
	if lines, ok := s.files[file]; ok {
		return lines
	}
	name := file
	if !filepath.IsAbs(name) && s.dir != "" {
		name = filepath.Join(s.dir, name)
	}
	var lines [][]byte
	if data, err := s.read(name); err == nil {
		lines = bytes.Split(data, []byte("\n"))
	}
	s.files[file] = lines
	return lines
}
