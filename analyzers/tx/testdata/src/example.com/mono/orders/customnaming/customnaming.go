// Package customnaming names tables with a replacer the analyzer cannot run. // want package:"names tables: gorm, a custom strategy"
package customnaming // want `uses claims boundaries.yaml:8:16`

import (
	"strings"

	"gorm.io/gorm"
	"gorm.io/gorm/schema"
)

// Open opens the database with the custom strategy.
func Open(d gorm.Dialector) (*gorm.DB, error) {
	return gorm.Open(d, &gorm.Config{NamingStrategy: schema.NamingStrategy{NameReplacer: strings.NewReplacer("Entry", "Line")}})
}

// LedgerEntry has no TableName: its default name is unknown here.
type LedgerEntry struct{ ID int64 }

// Named names its table, which wins over any strategy.
type Named struct{ ID int64 }

// TableName names the model's table for gorm.
func (Named) TableName() string { return "orders" } // want TableName:"table orders"

// Save saves both.
func Save(db *gorm.DB) { // want Save:"touches orders"
	db.Save(&LedgerEntry{}) // want `could not be read \(default table name unresolved\)`
	db.Save(&Named{})
}
