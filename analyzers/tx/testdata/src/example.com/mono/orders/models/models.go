// Package models calls gorm's model methods: the table is the model type's
// constant TableName.
package models

import (
	"example.com/mono/payments/model"
	"gorm.io/gorm"
)

// Order is orders' own model.
type Order struct{ ID int64 }

// TableName names the model's table for gorm.
func (Order) TableName() string { return "orders" } // want TableName:"table orders"

// Draft has no TableName: gorm names its table drafts, which no component
// owns.
type Draft struct{ ID int64 }

// Drafts is a named slice of drafts: gorm reads its element's table.
type Drafts []Draft

// Archived chooses its table at run time, which is not read.
type Archived struct{ Year string }

// TableName names the model's table for gorm.
func (a Archived) TableName() string { return "orders_" + a.Year }

// Foreign reads and writes payments' models from orders.
func Foreign(db *gorm.DB) { // want Foreign:"touches payments, refunds"
	var p model.Payment
	db.First(&p, 1) // want "orders/models queries table payments, owned by component payments"
	var rs []model.Refund
	db.Where("id > 0").Find(&rs)                   // want "orders/models queries table refunds, owned by component payments"
	db.Model(&model.Payment{}).Update("amount", 0) // want "orders/models queries table payments, owned by component payments"
}

// InTx writes an order and a payment in one gorm transaction.
func InTx(db *gorm.DB) error { // want InTx:"touches orders, payments"
	return db.Transaction(func(tx *gorm.DB) error { // want "touches tables of orders and payments"
		tx.Create(&Order{ID: 1})
		tx.Save(&model.Payment{ID: 1}) // want "orders/models queries table payments, owned by component payments"
		return nil
	})
}

// Own touches orders' model, the unclaimed drafts, and a model whose
// table is not constant.
func Own(db *gorm.DB) { // want Own:"touches drafts, orders"
	db.Delete(&Order{ID: 1})
	var ds Drafts
	db.Find(&ds)
	db.Save(Archived{Year: "2020"})
}

// Defaults uses payments' model without TableName: gorm's own name for it
// is payments' table, unless Table or Model earlier in the chain names
// another.
func Defaults(db *gorm.DB) { // want Defaults:"touches orders, payment_methods"
	db.Create(&model.PaymentMethod{ID: 1})                          // want "orders/models queries table payment_methods, owned by component payments"
	db.Where("id = 1").Find(&[]*model.PaymentMethod{})              // want "orders/models queries table payment_methods, owned by component payments"
	db.Table("orders").Create(&model.PaymentMethod{ID: 2})          // the orders table, by Table
	db.Model(&Order{}).Where("id = 1").Find(&model.PaymentMethod{}) // the orders table, by Model
}
