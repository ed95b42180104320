package sqltables

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// kind is the class of a token.
type kind uint8

const (
	word   kind = iota // an unquoted identifier or keyword
	quoted             // a "quoted", `backquoted` or [bracketed] identifier
	str                // a string literal: '...', E'...', $tag$...$tag$
	number             // a numeric literal
	param              // a placeholder: $1, ?, ?1, :name, @name
	punct              // an operator or punctuation mark, one character or "::"
)

// token is one lexical token. text is the identifier's name for word
// (as written) and quoted (unquoted), the character for punct, and empty
// for the rest.
type token struct {
	kind kind
	text string
}

// is reports whether t is the keyword kw (upper case).
func (t token) is(kw string) bool { return t.kind == word && strings.EqualFold(t.text, kw) }

// isPunct reports whether t is the punctuation mark p.
func (t token) isPunct(p string) bool { return t.kind == punct && t.text == p }

// lex splits sql into tokens, dropping whitespace and comments. It never
// fails: an unterminated string, comment or quoted identifier runs to the
// end of the text.
func lex(sql string) []token {
	var toks []token
	for i := 0; i < len(sql); {
		c := sql[i]
		var t token
		var n int
		switch {
		case c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v':
			i++
			continue
		case c == '-' && at(sql, i+1) == '-', c == '#' && isSpaceOrEnd(sql, i+1):
			i = lineEnd(sql, i)
			continue
		case c == '/' && at(sql, i+1) == '*':
			i = blockCommentEnd(sql, i)
			continue
		case c == '\'':
			t, n = token{kind: str}, quoteEnd(sql, i, '\'', false)-i
		case (c == 'E' || c == 'e') && at(sql, i+1) == '\'':
			t, n = token{kind: str}, quoteEnd(sql, i+1, '\'', true)-i
		case (c == 'N' || c == 'n' || c == 'X' || c == 'x' || c == 'B' || c == 'b') && at(sql, i+1) == '\'':
			t, n = token{kind: str}, quoteEnd(sql, i+1, '\'', false)-i
		case c == '"' || c == '`':
			end := quoteEnd(sql, i, c, false)
			t, n = token{kind: quoted, text: unquote(sql[i:end], c)}, end-i
		case c == '$':
			t, n = dollar(sql, i)
		case c == '?':
			t, n = token{kind: param}, 1+digits(sql, i+1)
		case (c == ':' || c == '@') && isIdentStart(sql, i+1) && !(c == ':' && i > 0 && sql[i-1] == ':'):
			t, n = token{kind: param}, 1+identLen(sql, i+1)
		case c == ':' && at(sql, i+1) == ':':
			t, n = token{kind: punct, text: "::"}, 2
		case c >= '0' && c <= '9', c == '.' && isDigit(at(sql, i+1)):
			t, n = token{kind: number}, numberLen(sql, i)
		case isIdentStart(sql, i):
			n = identLen(sql, i)
			t = token{kind: word, text: sql[i : i+n]}
		default:
			_, size := utf8.DecodeRuneInString(sql[i:])
			t, n = token{kind: punct, text: sql[i : i+size]}, size
		}
		toks = append(toks, t)
		i += n
	}
	return toks
}

func at(s string, i int) byte {
	if i < len(s) {
		return s[i]
	}
	return 0
}

func isDigit(c byte) bool { return c >= '0' && c <= '9' }

func isSpaceOrEnd(s string, i int) bool {
	c := at(s, i)
	return c == 0 || c == ' ' || c == '\t' || c == '\n' || c == '\r'
}

func lineEnd(s string, i int) int {
	if j := strings.IndexByte(s[i:], '\n'); j >= 0 {
		return i + j + 1
	}
	return len(s)
}

// blockCommentEnd returns the offset after the /* comment */ starting at i.
// Comments nest, as PostgreSQL has them.
func blockCommentEnd(s string, i int) int {
	depth := 0
	for i < len(s) {
		switch {
		case s[i] == '/' && at(s, i+1) == '*':
			depth++
			i += 2
		case s[i] == '*' && at(s, i+1) == '/':
			depth--
			i += 2
			if depth == 0 {
				return i
			}
		default:
			i++
		}
	}
	return len(s)
}

// quoteEnd returns the offset after the quoted text starting at i with the
// quote q (or '[' ... ']'). A doubled quote stands for itself; backslash
// escapes the next character when backslash is set.
func quoteEnd(s string, i int, q byte, backslash bool) int {
	for j := i + 1; j < len(s); j++ {
		switch {
		case backslash && s[j] == '\\':
			j++
		case s[j] == q && at(s, j+1) == q:
			j++
		case s[j] == q:
			return j + 1
		}
	}
	return len(s)
}

// unquote returns the name inside a quoted identifier.
func unquote(s string, q byte) string {
	if len(s) >= 2 && s[len(s)-1] == q {
		s = s[1 : len(s)-1]
	} else {
		s = s[1:]
	}
	return strings.ReplaceAll(s, string([]byte{q, q}), string(q))
}

// dollar lexes what starts with '$': a placeholder $1, a dollar-quoted
// string $$...$$ or $tag$...$tag$, or a lone '$'.
func dollar(s string, i int) (token, int) {
	if d := digits(s, i+1); d > 0 {
		return token{kind: param}, 1 + d
	}
	tag := 1
	if isIdentStart(s, i+1) {
		tag += identLen(s, i+1)
	}
	if at(s, i+tag) != '$' || strings.Contains(s[i+1:i+tag], "$") {
		return token{kind: punct, text: "$"}, 1
	}
	delim := s[i : i+tag+1]
	if j := strings.Index(s[i+len(delim):], delim); j >= 0 {
		return token{kind: str}, len(delim) + j + len(delim)
	}
	return token{kind: str}, len(s) - i
}

func digits(s string, i int) int {
	n := 0
	for i+n < len(s) && isDigit(s[i+n]) {
		n++
	}
	return n
}

func numberLen(s string, i int) int {
	j := i
	for j < len(s) {
		c := s[j]
		switch {
		case isDigit(c) || c == '.' || c == '_' || c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F' || c == 'x' || c == 'X':
			j++
		case (c == '+' || c == '-') && (s[j-1] == 'e' || s[j-1] == 'E') && !strings.ContainsAny(s[i:j], "xX"):
			j++
		default:
			return j - i
		}
	}
	return j - i
}

func isIdentStart(s string, i int) bool {
	if i >= len(s) {
		return false
	}
	c := s[i]
	if c < utf8.RuneSelf {
		return c == '_' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsLetter(r)
}

func identLen(s string, i int) int {
	j := i
	for j < len(s) {
		c := s[j]
		if c < utf8.RuneSelf {
			if c == '_' || c == '$' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || isDigit(c) {
				j++
				continue
			}
			break
		}
		r, size := utf8.DecodeRuneInString(s[j:])
		if !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			break
		}
		j += size
	}
	return j - i
}
