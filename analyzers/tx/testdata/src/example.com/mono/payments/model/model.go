// Package model holds gorm models of payments.
package model

// Payment is stored in the payments table.
type Payment struct {
	ID     int64
	Amount int64
}

// TableName names the model's table for gorm.
func (Payment) TableName() string { return "payments" } // want TableName:"table payments"

// Refund names its table through a constant.
type Refund struct{ ID int64 }

const refundsTable = "refunds"

// TableName names the model's table for gorm.
func (*Refund) TableName() string { return refundsTable } // want TableName:"table refunds"

// PaymentMethod has no TableName: gorm names its table payment_methods.
type PaymentMethod struct{ ID int64 }
