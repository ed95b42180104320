// Package sqltables finds the tables a piece of SQL text touches.
//
// It is a forgiving tokenizer with just enough grammar to find table
// references, not a parser: it knows where SELECT, INSERT, UPDATE, DELETE,
// MERGE, UPSERT/REPLACE, TRUNCATE, COPY, LOCK and the table forms of CREATE,
// ALTER and DROP name tables (FROM and JOIN lists, INTO, USING, REFERENCES),
// follows subqueries and common table expressions at any depth (a CTE's own
// name is not a table), and reads the PostgreSQL, MySQL and SQLite
// spellings of identifiers ("quoted", `backquoted`, [bracketed],
// schema.qualified), comments (--, #, nested /* */), strings (”,
// E”, $tag$ $tag$) and placeholders ($1, ?, :name, @name). Text it does not
// understand yields fewer tables, never an error or a panic.
//
// Known limits: a CTE name hides tables of the same name in the whole
// statement, not only in the CTE's scope; MySQL's backslash escapes in
// '...' strings are read as SQL's standard (a backslash is an ordinary
// character), except in E'...' strings; '#' followed by a space starts a
// MySQL comment, so PostgreSQL's "a # b" operator hides the rest of its
// line; table names built from template text (%s, {{.Table}}) are not
// tables.
package sqltables

import "strings"

// Tables returns the tables the statements in sql touch, each once, in
// order of first appearance. Unquoted names are lower-cased, as SQL folds
// them; quoted names keep their case. A schema-qualified name keeps its
// qualifier: "billing.invoices".
func Tables(sql string) []string {
	p := &parser{toks: lex(sql)}
	p.run()
	return p.out
}

// parser walks the tokens once, with a stack of open parentheses.
type parser struct {
	toks  []token
	i     int
	stack []group // open parentheses, innermost last
	top   group   // the statement outside every parenthesis
	start bool    // the next token starts a statement (or a query in parentheses)

	stmt []string        // tables of the current statement
	ctes map[string]bool // CTE names of the current statement
	out  []string
	seen map[string]bool
}

// group is a statement or a parenthesised part of one.
type group struct {
	query bool     // FROM names tables here: a query, not a function's arguments
	verb  string   // the group's first keyword: SELECT, INSERT, DELETE, MERGE, COPY, ...
	after closeAct // what the closing parenthesis leads to
}

type closeAct uint8

const (
	none      closeAct = iota
	aliasNext          // a JOIN item: an alias may follow
	fromNext           // an item of a FROM list: an alias and more items may follow
	cteNext            // a CTE body: another CTE or the main statement follows
)

func (p *parser) peek(k int) token {
	if p.i+k < len(p.toks) {
		return p.toks[p.i+k]
	}
	return token{kind: punct, text: ""}
}

func (p *parser) done() bool { return p.i >= len(p.toks) }

func (p *parser) cur() *group {
	if len(p.stack) > 0 {
		return &p.stack[len(p.stack)-1]
	}
	return &p.top
}

func (p *parser) run() {
	p.endStatement()
	for !p.done() {
		if p.start {
			p.start = false
			p.statementStart()
			continue
		}
		p.step()
	}
	p.endStatement()
}

// step consumes one or more tokens outside a statement's start.
func (p *parser) step() {
	t := p.peek(0)
	switch {
	case t.isPunct(";"):
		p.i++
		p.endStatement()
	case t.isPunct("("):
		p.i++
		p.open(none)
	case t.isPunct(")"):
		p.i++
		p.close()
	case t.is("WITH") && p.isCTE():
		p.i++
		p.cte()
	case t.is("FROM") && p.fromNamesTables():
		p.i++
		p.fromItem(true)
	case t.is("JOIN") || t.is("STRAIGHT_JOIN") || t.is("APPLY"):
		p.i++
		p.fromItem(false)
	case t.is("USING") && !p.peek(1).isPunct("(") && (p.cur().verb == "DELETE" || p.cur().verb == "MERGE"):
		p.i++
		p.fromItem(true)
	case t.is("REFERENCES"):
		p.i++
		p.table()
	default:
		p.i++
	}
}

// open enters a parenthesis (already consumed) and reports whether a
// query starts inside it.
func (p *parser) open(after closeAct) bool {
	next := p.peek(0)
	q := next.is("SELECT") || next.is("WITH") || next.is("VALUES") || next.is("TABLE") ||
		next.is("INSERT") || next.is("UPDATE") || next.is("DELETE") || next.is("MERGE")
	p.stack = append(p.stack, group{query: q, after: after})
	p.start = q
	return q
}

// close leaves a parenthesis (already consumed).
func (p *parser) close() {
	if len(p.stack) == 0 {
		return
	}
	g := p.stack[len(p.stack)-1]
	p.stack = p.stack[:len(p.stack)-1]
	switch g.after {
	case aliasNext:
		p.skipAlias()
	case fromNext:
		p.moreFromItems()
	case cteNext:
		if p.peek(0).isPunct(",") {
			p.i++
			p.cteHeader()
			return
		}
		p.start = true
	}
}

// fromNamesTables reports whether a FROM at the current token starts a
// list of tables: not in a function's arguments (EXTRACT(YEAR FROM t)),
// not IS DISTINCT FROM, not COPY ... FROM STDIN.
func (p *parser) fromNamesTables() bool {
	g := p.cur()
	if !g.query || g.verb == "COPY" {
		return false
	}
	return p.i == 0 || !p.toks[p.i-1].is("DISTINCT")
}

func (p *parser) endStatement() {
	for _, t := range p.stmt {
		if p.ctes[strings.ToLower(t)] {
			continue
		}
		if p.seen == nil {
			p.seen = map[string]bool{}
		}
		if !p.seen[t] {
			p.seen[t] = true
			p.out = append(p.out, t)
		}
	}
	p.stmt, p.ctes, p.stack = p.stmt[:0], nil, p.stack[:0]
	p.top, p.start = group{query: true}, true
}
