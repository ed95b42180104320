// Command server is a composition root: it may construct payments' private
// store, but a transaction or a statement of its own is checked like any
// other component's, since after the split it would span two services too.
package main

import (
	"context"
	"database/sql"

	"example.com/mono/payments/store"
)

func main() {
	ctx := context.Background()
	db, _ := sql.Open("postgres", "")
	s := &store.Store{DB: db} // wiring with a pool: no transaction crosses
	_ = s.Settle(ctx, 1)
	db.ExecContext(ctx, "DELETE FROM refunds") // want `cmd/server queries table refunds, owned by component payments`
	tx, _ := db.BeginTx(ctx, nil)
	_ = store.Save(ctx, tx, 1) // want `cmd/server passes transaction tx to store.Save of component payments`
	_ = tx.Commit()
}
