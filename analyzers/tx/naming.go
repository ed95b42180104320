package tx

import (
	"strings"
	"unicode"
)

// The table names ORMs derive from a model type's name when the type has
// no TableName method, ported from their sources: gorm.io/gorm's
// schema.NamingStrategy (toDBName, then github.com/jinzhu/inflection's
// Plural), which github.com/jinzhu/gorm v1 shares but for its initialisms,
// and xorm's names.SnakeMapper and names.GonicMapper.

// titleInitialisms writes the initialisms of golint's list that gorm's
// toDBName keeps together ("UserID" is user_id) as words ("UserId"),
// scanning as the strings.Replacer gorm builds does: at each place the
// first word of the list that matches wins.
func titleInitialisms(name string) string {
	words := [...]string{"API", "ASCII", "CPU", "CSS", "DNS", "EOF", "GUID", "HTML", "HTTP", "HTTPS", "ID", "IP", "JSON", "LHS", "QPS", "RAM", "RHS",
		"RPC", "SLA", "SMTP", "SSH", "TLS", "TTL", "UID", "UI", "UUID", "URI", "URL", "UTF8", "VM", "XML", "XSRF", "XSS"}
	var b strings.Builder
next:
	for i := 0; i < len(name); {
		for _, w := range words {
			if strings.HasPrefix(name[i:], w) {
				b.WriteString(w[:1] + strings.ToLower(w[1:]))
				i += len(w)
				continue next
			}
		}
		b.WriteByte(name[i])
		i++
	}
	return b.String()
}

// gormTable is the table gorm gives a model type named name: prefix plus
// the snake_case name, pluralised unless singular is set.
func gormTable(name, prefix string, singular bool) string {
	if singular {
		return prefix + gormDBName(name)
	}
	return prefix + plural(gormDBName(name))
}

// gormDBName is gorm's NamingStrategy.toDBName: snake_case that keeps
// initialisms and runs of capitals together ("HTTPServer" is http_server).
func gormDBName(name string) string {
	if name == "" {
		return ""
	}
	value := titleInitialisms(name)
	upper := func(b byte) bool { return 'A' <= b && b <= 'Z' }
	var buf strings.Builder
	lastCase, curCase := false, upper(value[0])
	for i := 0; i < len(value)-1; i++ {
		v := value[i]
		nextCase := upper(value[i+1])
		nextNumber := '0' <= value[i+1] && value[i+1] <= '9'
		switch {
		case !curCase:
			buf.WriteByte(v)
		case lastCase && (nextCase || nextNumber):
			buf.WriteByte(v + 32)
		default:
			if i > 0 && value[i-1] != '_' && value[i+1] != '_' {
				buf.WriteByte('_')
			}
			buf.WriteByte(v + 32)
		}
		lastCase, curCase = curCase, nextCase
	}
	last := value[len(value)-1]
	if curCase {
		if !lastCase && len(value) > 1 {
			buf.WriteByte('_')
		}
		last += 32
	}
	buf.WriteByte(last)
	return buf.String()
}

// plural is github.com/jinzhu/inflection's Plural for a lower-case word:
// uncountable words, then irregular endings, then the regular rules, the
// last declared first.
func plural(s string) string {
	switch s {
	case "equipment", "information", "rice", "money", "species", "series", "fish", "sheep", "jeans", "police":
		return s
	}
	for _, irr := range [...][2]string{{"person", "people"}, {"man", "men"}, {"child", "children"}, {"sex", "sexes"}, {"move", "moves"}, {"mombie", "mombies"}} {
		if stem, ok := strings.CutSuffix(s, irr[0]); ok {
			return stem + irr[1]
		}
	}
	return pluralRule(s)
}

// pluralRule applies inflection's regular plural rules, in its order.
func pluralRule(s string) string {
	n := len(s)
	switch {
	case strings.HasSuffix(s, "quiz"):
		return s + "zes"
	case s == "oxen" || s == "mice" || s == "lice":
		return s
	case s == "ox":
		return "oxen"
	case s == "mouse" || s == "louse":
		return s[:1] + "ice"
	}
	for _, stem := range [...]string{"matr", "vert", "ind"} {
		if strings.HasSuffix(s, stem+"ix") || strings.HasSuffix(s, stem+"ex") {
			return s[:n-2] + "ices"
		}
	}
	switch {
	case strings.HasSuffix(s, "x") || strings.HasSuffix(s, "ch") || strings.HasSuffix(s, "ss") || strings.HasSuffix(s, "sh"):
		return s + "es"
	case n >= 2 && s[n-1] == 'y' && (!strings.ContainsRune("aeiouy", rune(s[n-2])) || strings.HasSuffix(s, "quy")):
		return s[:n-1] + "ies"
	case strings.HasSuffix(s, "hive"):
		return s + "s"
	case n >= 3 && strings.HasSuffix(s, "fe") && s[n-3] != 'f':
		return s[:n-2] + "ves"
	case strings.HasSuffix(s, "lf") || strings.HasSuffix(s, "rf"):
		return s[:n-1] + "ves"
	case strings.HasSuffix(s, "sis"):
		return s[:n-3] + "ses"
	case strings.HasSuffix(s, "ta") || strings.HasSuffix(s, "ia"):
		return s
	case strings.HasSuffix(s, "tum") || strings.HasSuffix(s, "ium"):
		return s[:n-2] + "a"
	case strings.HasSuffix(s, "buffalo") || strings.HasSuffix(s, "tomato"):
		return s + "es"
	case strings.HasSuffix(s, "bus"):
		return s + "es"
	case strings.HasSuffix(s, "alias") || strings.HasSuffix(s, "status"):
		return s + "es"
	case strings.HasSuffix(s, "octopi") || strings.HasSuffix(s, "viri"):
		return s
	case strings.HasSuffix(s, "octopus") || strings.HasSuffix(s, "virus"):
		return s[:n-2] + "i"
	case s == "axis" || s == "testis":
		return s[:n-2] + "es"
	case strings.HasSuffix(s, "s"):
		return s
	case n > 0 && 'a' <= s[n-1] && s[n-1] <= 'z':
		return s + "s"
	}
	return s
}

// xormTable is the table xorm's mapper gives a model type named name:
// SnakeMapper, its default, puts an underscore before every capital;
// GonicMapper keeps runs of capitals together.
func xormTable(name string, gonic bool) string {
	if !gonic {
		var b strings.Builder
		for i := 0; i < len(name); i++ {
			c := name[i]
			if 'A' <= c && c <= 'Z' {
				if i > 0 {
					b.WriteByte('_')
				}
				c += 'a' - 'A'
			}
			b.WriteByte(c)
		}
		return b.String()
	}
	upper := func(r rune) bool { return 'A' <= r && r <= 'Z' }
	var out []rune
	for i, r := range name {
		if upper(r) && i > 0 && !upper(out[len(out)-1]) {
			out = append(out, '_')
		}
		if l := len(out); !upper(r) && i > 1 && upper(out[l-1]) && upper(out[l-2]) {
			out = append(out, out[l-1])
			out[l-1] = '_'
		}
		out = append(out, r)
	}
	return strings.Map(unicode.ToLower, string(out))
}
