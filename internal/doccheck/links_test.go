package doccheck

import (
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
)

var (
	linkRE    = regexp.MustCompile(`\]\(([^)\s]+)\)`)
	headingRE = regexp.MustCompile(`^#{1,6} (.+)$`)
	// What GitHub drops from a heading to make its anchor.
	anchorDrop = regexp.MustCompile(`[^\p{L}\p{N}\- _]`)
)

// TestLinks checks every relative link and anchor in the repository's own
// Markdown (README.md, docs/, the example's documents), as a reader on
// GitHub would follow them. External links are not followed: CI is offline.
func TestLinks(t *testing.T) {
	root := filepath.Join("..", "..")
	anchors := map[string]map[string]bool{} // file -> anchors
	var files []string
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == "node_modules" || d.Name() == ".git") {
			return filepath.SkipDir
		}
		if !d.IsDir() && strings.HasSuffix(path, ".md") && !strings.Contains(path, "/golden/") {
			files = append(files, path)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(files) < 10 {
		t.Fatalf("found %d Markdown files: the walk went wrong", len(files))
	}
	for _, file := range files {
		data, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		for _, target := range links(string(data)) {
			if err := checkLink(anchors, file, target); err != nil {
				t.Error(err)
			}
		}
	}
}

// links returns the link targets of md outside code blocks and spans.
func links(md string) []string {
	var out []string
	fenced := false
	for _, line := range strings.Split(md, "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "```") {
			fenced = !fenced
			continue
		}
		if fenced {
			continue
		}
		for i, part := range strings.Split(line, "`") {
			if i%2 == 1 {
				continue // inside a code span
			}
			for _, m := range linkRE.FindAllStringSubmatch(part, -1) {
				out = append(out, m[1])
			}
		}
	}
	return out
}

func checkLink(anchors map[string]map[string]bool, from, target string) error {
	if strings.Contains(target, "://") || strings.HasPrefix(target, "mailto:") {
		return nil
	}
	path, anchor, _ := strings.Cut(target, "#")
	file := from
	if path != "" {
		file = filepath.Join(filepath.Dir(from), filepath.FromSlash(path))
		if _, err := os.Stat(file); err != nil {
			return fmt.Errorf("%s: link to %s: %w", from, target, err)
		}
	}
	if anchor == "" {
		return nil
	}
	if _, ok := anchors[file]; !ok {
		anchors[file] = headingAnchors(file)
	}
	if !anchors[file][anchor] {
		return fmt.Errorf("%s: link to %s: %s has no heading with anchor #%s", from, target, file, anchor)
	}
	return nil
}

// headingAnchors returns the anchors GitHub gives the headings of a
// Markdown file: lower case, punctuation dropped, spaces as hyphens, and
// -1, -2 ... for repeats.
func headingAnchors(file string) map[string]bool {
	out := map[string]bool{}
	data, err := os.ReadFile(file)
	if err != nil || !strings.HasSuffix(file, ".md") {
		return out
	}
	fenced := false
	for _, line := range strings.Split(string(data), "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "```") {
			fenced = !fenced
		}
		m := headingRE.FindStringSubmatch(line)
		if fenced || m == nil {
			continue
		}
		a := strings.ReplaceAll(anchorDrop.ReplaceAllString(strings.ToLower(m[1]), ""), " ", "-")
		for n, base := 1, a; out[a]; n++ {
			a = base + "-" + strconv.Itoa(n)
		}
		out[a] = true
	}
	return out
}

// TestCheckerFindsBrokenLinks: the checker itself fails on a missing file,
// a missing anchor and a repeated heading's wrong suffix, and accepts
// GitHub's anchors for punctuation and repeats.
func TestCheckerFindsBrokenLinks(t *testing.T) {
	dir := t.TempDir()
	page := filepath.Join(dir, "page.md")
	md := "# The `spec`: keys\n\n## Usage\n\n## Usage\n\n```\n## not a heading\n```\n" +
		"[a](#the-spec-keys) [b](#usage-1) [c](other.md) [d](#usage-2) [e](#not-a-heading) `[f](#nothing)`\n"
	if err := os.WriteFile(page, []byte(md), 0o644); err != nil {
		t.Fatal(err)
	}
	got := links(md)
	if strings.Join(got, " ") != "#the-spec-keys #usage-1 other.md #usage-2 #not-a-heading" {
		t.Fatalf("links = %q", got)
	}
	var bad []string
	for _, target := range got {
		if checkLink(map[string]map[string]bool{}, page, target) != nil {
			bad = append(bad, target)
		}
	}
	if strings.Join(bad, " ") != "other.md #usage-2 #not-a-heading" {
		t.Errorf("broken links found: %q, want other.md #usage-2 #not-a-heading", bad)
	}
}
