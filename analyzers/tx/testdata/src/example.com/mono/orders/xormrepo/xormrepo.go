// Package xormrepo queries through xorm: SQL text, Table, and models named
// by TableName or by the engine's mapper.
package xormrepo

import (
	"example.com/mono/platform/xormdb"
	"xorm.io/xorm"
)

// APIKey has no TableName: api_key under GonicMapper (a_p_i_key under
// xorm's default SnakeMapper).
type APIKey struct{ ID int64 }

// LedgerEntry has no TableName: ledger_entry.
type LedgerEntry struct{ ID int64 }

// Order names its table.
type Order struct{ ID int64 }

// TableName names the table for xorm.
func (Order) TableName() string { return "orders" } // want TableName:"table orders"

var _ = xormdb.Open

// Foreign reaches payments' tables every way xorm offers.
func Foreign(sess *xorm.Session) error { // want Foreign:"touches api_key, ledger_entry, orders, payments, refunds"
	if _, err := sess.Exec("DELETE FROM refunds WHERE id = ?", 1); err != nil { // want "orders/xormrepo queries table refunds, owned by component payments"
		return err
	}
	if _, err := sess.Insert(&Order{ID: 1}, &LedgerEntry{ID: 1}); err != nil { // want "orders/xormrepo queries table ledger_entry, owned by component payments"
		return err
	}
	var keys []*APIKey
	if err := sess.Where("id > 0").Find(&keys); err != nil { // want "orders/xormrepo queries table api_key, owned by component payments"
		return err
	}
	_, err := sess.Table("payments").Count() // want "orders/xormrepo queries table payments, owned by component payments"
	return err
}

// Own stays in orders' tables: Table wins over the model, and SQL's text
// over Find's destination.
func Own(sess *xorm.Session) error { // want Own:"touches orders"
	var rows []LedgerEntry
	if err := sess.SQL("SELECT id FROM orders").Find(&rows); err != nil {
		return err
	}
	return sess.Table(new(Order)).Where("id > 0").Find(&rows)
}

// migrations syncs payments' model from orders.
var migrations = []func(*xorm.Engine) error{
	func(e *xorm.Engine) error {
		return e.Sync2(new(Order), new(LedgerEntry)) // want "orders/xormrepo queries table ledger_entry, owned by component payments"
	},
}
