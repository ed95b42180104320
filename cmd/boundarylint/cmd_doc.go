package main

import (
	"fmt"
	"io"

	"github.com/boundarylint/boundarylint/internal/atomicfile"
	"github.com/boundarylint/boundarylint/modspec"
	"github.com/boundarylint/boundarylint/report/archdoc"
)

const docUsage = `usage: boundarylint doc [-spec path] [-baseline path] [-tags list] [-check] FILE.md

Doc regenerates the sections of an architecture document that the spec
and the code decide, between markers in FILE.md:

    <!-- boundarylint:begin KIND [ARGS] -->
    ...generated...
    <!-- boundarylint:end -->

KIND is diagram (the target component graph, Mermaid), api [COMPONENT...]
(the api packages' exported declarations, from the type checker),
endpoints [COMPONENT...] (the HTTP routes and RPC methods each component's
handlers serve, with request and response fields, middleware and the
components that call the handler's package in process today), data
(tables by owner, who else touches them and the migrations that create or
alter them), config (env vars, config keys and fields by owner, and who
else reads them), paths (the component edges the code has, sync, async
and event, and transactions that cross) or events (each topic with its
owner, publishers and subscribers, and the asynchronous paths). Who else touches what comes from the findings of
every analyzer over the whole module, as cut runs them: baselined findings
count too, and so do findings in test code. Text outside the markers is
left alone. The file is replaced atomically.

-check writes nothing and exits 3 when a section is out of date or the
hand-written text names a package or environment variable the spec and
the module no longer have. A file without markers, with unbalanced ones
or naming an unknown component is an error (exit status 1), and nothing
is written.
`

// runDoc implements "boundarylint doc".
func runDoc(args []string, stdout, stderr io.Writer) int {
	fs := newFlagSet("doc", docUsage, stderr)
	m := registerModuleFlags(fs)
	check := fs.Bool("check", false, "exit 3 when the document is out of date; write nothing")
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if fs.NArg() != 1 {
		fmt.Fprint(stderr, docUsage)
		return 2
	}
	file := fs.Arg(0)
	data, err := atomicfile.ReadFile(file)
	if err != nil {
		fmt.Fprintf(stderr, "boundarylint doc: %v\n", err)
		return 1
	}
	d, err := archdoc.Parse(file, data)
	if err != nil {
		fmt.Fprintf(stderr, "boundarylint doc: %v\n", err)
		return 1
	}
	checked, err := modspec.LocateAndOpen(m.spec) // checked while go vet runs (m.run)
	if err != nil {
		modspec.PrintError(stderr, err)
		return 1
	}
	in, err := docInput(checked, m)
	if err != nil {
		modspec.PrintCommandError(stderr, "boundarylint doc", err)
		return 1
	}
	out, stale, err := archdoc.Update(d, in)
	if err != nil {
		fmt.Fprintf(stderr, "boundarylint doc: %v\n", err)
		return 1
	}
	if !*check {
		if err := atomicfile.Write(file, out); err != nil {
			fmt.Fprintf(stderr, "boundarylint doc: %v\n", err)
			return 1
		}
		fmt.Fprintf(stdout, "%s: %d sections, %d updated\n", file, len(d.Sections), len(stale))
		return 0
	}
	problems := archdoc.Problems(d, in)
	for _, s := range stale {
		fmt.Fprintf(stderr, "%s:%d: the %s section is out of date; run boundarylint doc %s\n", file, s.Line, s, file)
	}
	for _, p := range problems {
		fmt.Fprintln(stderr, p)
	}
	if len(stale)+len(problems) > 0 {
		return 3
	}
	return 0
}

// docInput gathers what the sections are generated from: the checked
// spec and a run of every analyzer over the module with the baseline
// marked (as cut runs it): the api packages' declarations, the code's
// component edges, the findings and the migrations. The declarations
// come from the imports analyzer's notes in that run, which go vet caches
// with the rest: a second type-check of the module (a go list -export of
// every api package's dependencies) cost more than the cached run.
func docInput(checked *modspec.Checked, m *moduleFlags) (*archdoc.Input, error) {
	res, _, err := m.run(checked)
	if err != nil {
		return nil, err
	}
	return &archdoc.Input{Spec: checked.Spec, Packages: checked.Packages, API: res.APIs, Edges: res.Edges,
		Findings: res.Findings, Migrations: res.Migrations, Endpoints: res.Endpoints, Unread: res.Unread, Events: res.Events}, nil
}
