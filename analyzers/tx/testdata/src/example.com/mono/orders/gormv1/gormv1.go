// Package gormv1 uses github.com/jinzhu/gorm, gorm's first version, with // want package:"names tables: gorm, prefix \"\", singular true"
// singular table names.
package gormv1

import "github.com/jinzhu/gorm"

// Open opens the database with singular table names.
func Open() (*gorm.DB, error) {
	db, err := gorm.Open("sqlite3", "file.db")
	if err == nil {
		db.SingularTable(true)
	}
	return db, err
}

// LedgerEntry has no TableName: ledger_entry, singular.
type LedgerEntry struct{ ID int64 }

// Migrate creates payments' table from orders and drops one by name.
func Migrate(db *gorm.DB) { // want Migrate:"touches ledger_entry, orders, refunds"
	db.AutoMigrate(&LedgerEntry{})  // want "orders/gormv1 queries table ledger_entry, owned by component payments"
	db.DropTableIfExists("refunds") // want "orders/gormv1 queries table refunds, owned by component payments"
	db.Exec("DELETE FROM orders")
}
