// Package naming opens gorm with a naming strategy whose prefix puts every // want package:"names tables: gorm, prefix \"billing.\", singular false"
// default table name in the billing schema, where payments owns invoices.
package naming

import (
	"gorm.io/gorm"
	"gorm.io/gorm/schema"
)

// Open opens the database with the strategy.
func Open(d gorm.Dialector) (*gorm.DB, error) {
	return gorm.Open(d, &gorm.Config{NamingStrategy: schema.NamingStrategy{TablePrefix: "billing."}})
}

// Invoice has no TableName: billing.invoices under the strategy.
type Invoice struct{ ID int64 }

// Invoices reads payments' table through the default name.
func Invoices(db *gorm.DB) { // want Invoices:"touches billing.invoices"
	db.Find(&[]Invoice{}) // want "orders/naming queries table billing.invoices, owned by component payments"
}
