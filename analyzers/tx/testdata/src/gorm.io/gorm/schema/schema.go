// Package schema is a fixture copy of gorm.io/gorm/schema: only the
// naming strategy.
package schema

type Replacer interface{ Replace(name string) string }

type NamingStrategy struct {
	TablePrefix         string
	SingularTable       bool
	NameReplacer        Replacer
	NoLowerCase         bool
	IdentifierMaxLength int
}
