package sqltables

import "strings"

// statementStart reads the keyword that starts a statement, or a query in
// parentheses, and the table it names right away.
func (p *parser) statementStart() {
	t := p.peek(0)
	if t.kind != word {
		return
	}
	verb := strings.ToUpper(t.text)
	if verb == "WITH" {
		if p.isCTE() {
			p.i++
			p.cte()
		}
		return
	}
	p.i++
	p.cur().verb = verb
	switch verb {
	case "SELECT", "VALUES", "DELETE":
		// FROM, JOIN and USING name the tables
	case "EXPLAIN":
		p.skipWords("ANALYZE", "ANALYSE", "VERBOSE", "QUERY", "PLAN")
		if p.peek(0).isPunct("(") {
			p.skipParens()
		}
		p.start = true
	case "TABLE", "COPY":
		p.table()
	case "INSERT", "REPLACE", "UPSERT":
		p.skipWords("LOW_PRIORITY", "DELAYED", "HIGH_PRIORITY", "IGNORE", "OR", "REPLACE", "ROLLBACK", "ABORT", "FAIL", "INTO")
		p.table()
	case "UPDATE":
		p.skipWords("LOW_PRIORITY", "IGNORE", "OR", "ROLLBACK", "ABORT", "REPLACE", "FAIL")
		p.fromItem(true)
	case "MERGE":
		p.skipWords("INTO")
		p.fromItem(false)
	case "TRUNCATE", "LOCK":
		p.skipWords("TABLE", "TABLES", "ONLY")
		p.tableList()
	case "CREATE":
		p.create()
	case "ALTER":
		if p.skipWords("TABLE") {
			p.skipWords("IF", "EXISTS", "ONLY")
			p.table()
		}
	case "DROP":
		switch {
		case p.skipWords("TABLE"):
			p.skipWords("IF", "EXISTS")
			p.tableList()
		case p.skipWords("INDEX"):
			p.onTable() // MySQL's DROP INDEX name ON table; PostgreSQL's names no table
		}
	case "RENAME": // MySQL's RENAME TABLE a TO b, c TO d: both names are the table's
		if p.skipWords("TABLE") {
			p.renames()
		}
	default: // SET, SHOW, BEGIN, GRANT, PRAGMA, CALL, ...: no tables
		p.skipStatement()
	}
}

// create reads the table of CREATE TABLE, CREATE INDEX ... ON and CREATE
// TRIGGER ... ON; the query of CREATE VIEW ... AS is read as any query.
func (p *parser) create() {
	p.skipWords("OR", "REPLACE", "TEMP", "TEMPORARY", "UNLOGGED", "GLOBAL", "LOCAL", "UNIQUE", "VIRTUAL", "MATERIALIZED")
	switch t := p.peek(0); {
	case t.is("TABLE"):
		p.i++
		p.skipWords("IF", "NOT", "EXISTS")
		p.table()
	case t.is("INDEX") || t.is("TRIGGER"):
		p.onTable()
	case t.is("VIEW"):
	default: // functions, types, extensions, ...
		p.skipStatement()
	}
}

// onTable reads the table after the ON of an index or trigger's header,
// skipping its name and options: CREATE INDEX [CONCURRENTLY] [IF NOT
// EXISTS] name ON [ONLY] table.
func (p *parser) onTable() {
	for !p.done() && !p.peek(0).is("ON") && !p.peek(0).isPunct(";") && !p.peek(0).isPunct("(") {
		p.i++
	}
	if p.skipWords("ON") {
		p.skipWords("ONLY")
		p.table()
	}
}

// renames reads "a TO b, c TO d", recording every name.
func (p *parser) renames() {
	for {
		p.table()
		if !p.skipWords("TO") {
			return
		}
		p.table()
		if !p.peek(0).isPunct(",") {
			return
		}
		p.i++
	}
}

// isCTE reports whether the WITH at the current token starts common table
// expressions: WITH [RECURSIVE] name [(columns)] AS [[NOT] MATERIALIZED] (.
func (p *parser) isCTE() bool {
	j := 1
	if p.peek(j).is("RECURSIVE") {
		j++
	}
	if k := p.peek(j).kind; k != word && k != quoted {
		return false
	}
	j++
	if p.peek(j).isPunct("(") {
		depth := 0
		for ; p.i+j < len(p.toks); j++ {
			if p.peek(j).isPunct("(") {
				depth++
			} else if p.peek(j).isPunct(")") {
				if depth--; depth == 0 {
					break
				}
			}
		}
		j++
	}
	if !p.peek(j).is("AS") {
		return false
	}
	j++
	if p.peek(j).is("NOT") {
		j++
	}
	if p.peek(j).is("MATERIALIZED") {
		j++
	}
	return p.peek(j).isPunct("(")
}

// cte reads the common table expressions after WITH.
func (p *parser) cte() {
	p.skipWords("RECURSIVE")
	p.cteHeader()
}

// cteHeader reads "name [(columns)] AS [[NOT] MATERIALIZED] (" and enters
// the CTE's body; the body's closing parenthesis leads to the next CTE or
// the main statement.
func (p *parser) cteHeader() {
	t := p.peek(0)
	if t.kind != word && t.kind != quoted {
		return
	}
	p.i++
	if p.ctes == nil {
		p.ctes = map[string]bool{}
	}
	p.ctes[strings.ToLower(t.text)] = true
	if p.peek(0).isPunct("(") {
		p.skipParens()
	}
	if !p.skipWords("AS") {
		return
	}
	p.skipWords("NOT", "MATERIALIZED")
	if p.peek(0).isPunct("(") {
		p.i++
		p.open(cteNext)
	}
}

// fromItem reads one item of a FROM list, a JOIN or USING: a table, a
// subquery, a table function or a parenthesised join. In a list, more
// items may follow after commas.
func (p *parser) fromItem(list bool) {
	p.skipWords("LATERAL", "ONLY")
	after := aliasNext
	if list {
		after = fromNext
	}
	if p.peek(0).isPunct("(") {
		p.i++
		if p.open(after) {
			return // a subquery
		}
		p.cur().query = true // a parenthesised join: (a JOIN b ON ...)
		p.fromItem(false)
		return
	}
	name, ok := p.name()
	if !ok {
		return
	}
	if p.peek(0).isPunct("(") { // a table function: generate_series(1, 3), json_each(x)
		p.i++
		p.open(after)
		return
	}
	p.record(name)
	if list {
		p.moreFromItems()
	} else {
		p.skipAlias()
	}
}

// moreFromItems reads an item's alias and the items after a comma.
func (p *parser) moreFromItems() {
	p.skipAlias()
	if p.peek(0).isPunct(",") {
		p.i++
		p.fromItem(true)
	}
}

// skipAlias skips "[AS] alias [(columns)]".
func (p *parser) skipAlias() {
	t := p.peek(0)
	switch {
	case t.is("AS"):
		p.i++
		if k := p.peek(0).kind; k == word || k == quoted {
			p.i++
		}
	case t.kind == quoted, t.kind == word && !notAlias(t.text):
		p.i++
	default:
		return
	}
	if p.peek(0).isPunct("(") {
		p.skipParens()
	}
}

// table reads one table name, as after INTO.
func (p *parser) table() {
	if name, ok := p.name(); ok {
		p.record(name)
	}
}

// tableList reads "table [options], table [options]...", as after TRUNCATE.
func (p *parser) tableList() {
	for {
		p.table()
		for !p.done() && !p.peek(0).isPunct(",") && !p.peek(0).isPunct(";") && !p.peek(0).isPunct("(") && !p.peek(0).isPunct(")") {
			p.i++
		}
		if !p.peek(0).isPunct(",") {
			return
		}
		p.i++
	}
}

func (p *parser) record(name string) { p.stmt = append(p.stmt, name) }

// name reads a possibly qualified name: a, "A", `a`, [a b], s.a, db.s.a.
func (p *parser) name() (string, bool) {
	var parts []string
	for {
		part, ok := p.namePart(len(parts) == 0)
		if !ok {
			break
		}
		parts = append(parts, part)
		if !p.peek(0).isPunct(".") {
			break
		}
		p.i++
	}
	return strings.Join(parts, "."), len(parts) > 0
}

func (p *parser) namePart(first bool) (string, bool) {
	t := p.peek(0)
	switch {
	case t.kind == quoted && t.text != "":
		p.i++
		return t.text, true
	case t.kind == word && !(first && notName(t.text)):
		p.i++
		return strings.ToLower(t.text), true
	case t.isPunct("["):
		var words []string
		for j := 1; ; j++ {
			switch w := p.peek(j); {
			case w.isPunct("]") && len(words) > 0:
				p.i += j + 1
				return strings.Join(words, " "), true
			case w.kind == word:
				words = append(words, w.text)
			default:
				return "", false
			}
		}
	}
	return "", false
}

// skipWords skips the keywords among kws at the current token, in any
// order, and reports whether it skipped any.
func (p *parser) skipWords(kws ...string) bool {
	skipped := false
	for {
		t := p.peek(0)
		found := false
		for _, kw := range kws {
			if t.is(kw) {
				found = true
				break
			}
		}
		if !found {
			return skipped
		}
		p.i++
		skipped = true
	}
}

// skipParens skips a balanced parenthesised group at the current token.
func (p *parser) skipParens() {
	depth := 0
	for ; !p.done(); p.i++ {
		if p.peek(0).isPunct("(") {
			depth++
		} else if p.peek(0).isPunct(")") {
			if depth--; depth <= 0 {
				p.i++
				return
			}
		}
	}
}

// skipStatement skips to the ';' that ends the statement.
func (p *parser) skipStatement() {
	depth := 0
	for ; !p.done(); p.i++ {
		switch t := p.peek(0); {
		case t.isPunct("("):
			depth++
		case t.isPunct(")"):
			depth--
		case t.isPunct(";") && depth <= 0:
			return
		}
	}
}

// notName reports whether a keyword cannot start a table name where one is
// expected: it is the clause that follows a missing or unusual name.
func notName(w string) bool {
	switch strings.ToUpper(w) {
	case "SELECT", "WITH", "VALUES", "WHERE", "SET", "ON", "USING", "LATERAL", "ONLY", "JOIN", "INNER", "LEFT",
		"RIGHT", "FULL", "CROSS", "NATURAL", "GROUP", "ORDER", "LIMIT", "RETURNING", "DEFAULT", "AS", "IF", "FROM", "INTO",
		"UNION", "EXCEPT", "INTERSECT", "WINDOW", "HAVING", "FOR", "STDIN", "STDOUT":
		return true
	}
	return false
}

// notAlias reports whether a keyword may follow a table where an alias
// could stand, so it is not taken for one.
func notAlias(w string) bool {
	switch strings.ToUpper(w) {
	case "WHERE", "JOIN", "INNER", "LEFT", "RIGHT", "FULL", "OUTER", "CROSS", "NATURAL", "ON", "USING", "SET",
		"GROUP", "ORDER", "LIMIT", "OFFSET", "HAVING", "WINDOW", "UNION", "EXCEPT", "INTERSECT", "MINUS", "RETURNING", "FOR",
		"VALUES", "SELECT", "DEFAULT", "WHEN", "FETCH", "STRAIGHT_JOIN", "USE", "FORCE", "IGNORE", "TABLESAMPLE", "LATERAL",
		"INDEXED", "NOT", "WITH", "FROM", "INTO", "LOCK", "PARTITION", "OUTPUT", "APPLY", "DO", "QUALIFY", "CONNECT", "START",
		"UPDATE", "DELETE", "INSERT", "READ", "WRITE", "LOW_PRIORITY", "OVERRIDING", "RESTART", "CONTINUE", "CASCADE",
		"RESTRICT", "ONLY", "AND", "OR", "IN", "IS", "BY", "ASC", "DESC", "CASE", "THEN", "ELSE", "END", "TO", "AS", "ALL",
		"NOWAIT", "SKIP", "MATCHED", "GO", "OPTION", "PRIMARY":
		return true
	}
	return false
}
