// Package queries holds sqlc-style generated query constants.
package queries

const InsertRefund = `-- name: InsertRefund :exec
INSERT INTO refunds (payment_id, amount) VALUES ($1, $2)`

const SelectPayment = "SELECT id, amount FROM payments WHERE id = $1"
