package sqltables

// Schema returns the tables whose schema the statements in sql change:
// the table of CREATE TABLE, ALTER TABLE, DROP TABLE, CREATE INDEX ... ON
// and RENAME TABLE, each once, in order of first appearance. These are the
// migrations of a table, which move with it when its owner is extracted;
// the tables such a statement only refers to (REFERENCES, the query of a
// CREATE VIEW) are not among them. Names are spelled as Tables spells them.
func Schema(sql string) []string {
	p := &parser{toks: lex(sql)}
	var out []string
	for !p.done() {
		for _, t := range p.schemaTargets() {
			out = appendOnce(out, t)
		}
		p.skipStatement()
		p.i++ // the ';'
	}
	return out
}

// schemaTargets reads the start of one statement and returns the tables
// whose schema it changes.
func (p *parser) schemaTargets() []string {
	verb := p.peek(0)
	p.i++
	switch {
	case verb.is("CREATE"):
		p.skipWords("OR", "REPLACE", "TEMP", "TEMPORARY", "UNLOGGED", "GLOBAL", "LOCAL", "UNIQUE", "VIRTUAL", "FULLTEXT", "SPATIAL")
		switch t := p.peek(0); {
		case t.is("TABLE"):
			p.i++
			p.skipWords("IF", "NOT", "EXISTS")
			return p.names(false)
		case t.is("INDEX"):
			for !p.done() && !p.peek(0).is("ON") && !p.peek(0).isPunct(";") && !p.peek(0).isPunct("(") {
				p.i++
			}
			if p.skipWords("ON") {
				p.skipWords("ONLY")
				return p.names(false)
			}
		}
	case verb.is("ALTER") && p.skipWords("TABLE"):
		p.skipWords("IF", "EXISTS", "ONLY")
		return p.names(false)
	case verb.is("DROP") && p.skipWords("TABLE"):
		p.skipWords("IF", "EXISTS")
		return p.names(true)
	case verb.is("RENAME") && p.skipWords("TABLE"):
		return p.names(true)
	}
	return nil
}

// names reads one table name, or with list a list of them separated by
// commas, RENAME's "a TO b" counting both.
func (p *parser) names(list bool) []string {
	var out []string
	for {
		name, ok := p.name()
		if !ok {
			return out
		}
		out = append(out, name)
		if !list {
			return out
		}
		switch {
		case p.peek(0).is("TO"), p.peek(0).isPunct(","):
			p.i++
		default:
			return out
		}
	}
}

func appendOnce(list []string, s string) []string {
	for _, x := range list {
		if x == s {
			return list
		}
	}
	return append(list, s)
}
