// Package tx defines an Analyzer that checks data ownership and
// transactions against the components of a boundaries.yaml spec.
//
// # Analyzer tx
//
// tx: check that code uses only its own component's tables and that no transaction spans components
//
// Each rule below is documented once, with a bad and a good example, in the
// rule registry: `boundarylint help RULE` prints it, and docs/rules.md lists
// every rule. This comment tells the analyzer's story.
//
// Each component lists the tables it owns under owns.tables. A transaction
// that writes the tables of two components, or that another component
// joins, can only survive the split of the monolith as a distributed
// transaction. The analyzer reports:
//
//   - tx/foreign-table: a statement whose SQL is a constant (a literal, a named
//     constant from any package, a constant concatenation, sqlc's generated
//     constants) touches a table owned by another component;
//   - tx/cross-owner: the statements inside one transaction touch tables of two
//     or more owners, directly or through the functions called inside it;
//     reported once, at the Begin or runner call, with every owner, table
//     and place;
//   - tx/crossing: a transaction is passed to, returned from or stored into
//     a function, method, struct or variable of another component, or
//     another component's runner runs this component's code in its
//     transaction;
//   - tx/call-in-tx: inside a transaction, a call to a function of another
//     component, which after the split is a remote call inside a local
//     transaction.
//
// Shared components (shared: true) may be called and handed transactions;
// tables listed in data.shared_tables belong to nobody. For example, with
//
//	components:
//	  orders:
//	    packages: [internal/orders/...]
//	    depends_on: [payments]
//	    owns: {tables: [orders]}
//	  payments:
//	    packages: [internal/payments/...]
//	    owns: {tables: [payments, refunds]}
//
// this code of orders has three findings:
//
//	tx, _ := db.BeginTx(ctx, nil)                                  // cross-owner: orders and payments
//	tx.ExecContext(ctx, "INSERT INTO orders (id) VALUES ($1)", id)
//	tx.ExecContext(ctx, "UPDATE payments SET order_id = $1", id)  // foreign-table
//	payments.Charge(ctx, tx, id)                                   // tx-crossing
//	tx.Commit()
//
// and this one has none: the transaction stays inside orders and payments
// is called after the commit.
//
//	tx, _ := db.BeginTx(ctx, nil)
//	tx.ExecContext(ctx, "INSERT INTO orders (id) VALUES ($1)", id)
//	tx.Commit()
//	payments.Charge(ctx, id)
//
// A transaction's extent is the code from a call that returns a
// transaction (Begin, BeginTx, Beginx, gorm's Begin) to the last Commit or
// Rollback of the same variable in the same function (to the end of the
// function without one), and the body of a callback passed to a runner:
// gorm's Transaction, the spec's data.runners, and any function with a
// callback parameter that takes a transaction (pgx.BeginFunc,
// db.InTx(ctx, func(*sql.Tx) error)). Every statement and call inside the
// extent counts, whether or not it runs on the transaction: a statement on
// the pool while a transaction holds locks is the same coupling.
// Transactions are *sql.Tx, *sqlx.Tx,
// pgx.Tx, *pgxpool.Tx, bun.Tx, the Tx of an ent-generated package, gorm's
// *gorm.DB inside Transaction or from Begin, and data.transaction_types.
//
// Queries are the Exec, Query, QueryRow and Prepare methods (and Context
// forms) of database/sql's DB, Tx and Conn; sqlx's Get, Select, NamedExec,
// NamedQuery, MustExec, Queryx, QueryRowx, Preparex, PrepareNamed (methods
// and package functions); pgx's Exec, Query, QueryRow, Prepare on Conn,
// Tx and pgxpool.Pool, and Batch.Queue; gorm's Exec, Raw and Table;
// methods of interfaces that mirror these (sqlc's generated DBTX: Exec,
// Query, QueryRow, Prepare and Context forms returning database/sql's or
// pgx's result types); the
// spec's data.queries; and wrappers whose string parameter reaches one of
// these as the SQL text, found without configuration.
//
// Calls of functions count with the tables they touch: an object fact
// summarises, per function, each table it touches directly or through its
// callees, with one place each, across packages. Facts name tables, not
// owners, so they do not depend on the spec. SQL held in a local variable
// counts when every value assigned to it is constant (each alternative of
// an if or switch counts); gorm's model methods (Create, Save, First, Find,
// Delete, Model, ...) touch the table their model type's TableName method
// returns when that is a constant. A query whose tables stay unknown is
// not a finding, but drivers count it, so that no findings never reads as
// a clean data layer: with -findings (which only drivers set) each is a
// tx/unread note, and the standalone command counts them per package in
// its text summary and its JSON and SARIF output; plain go vet and
// golangci-lint runs do not show them. Limits: SQL built at run time is
// not read; calls through interfaces and function values are not
// followed; data.queries count where they are called, not in facts.
//
// A table claim that no statement of the module touches is the
// whole-module rule tx/unused-claim: with -findings each package tells
// drivers which table claims its statements use (whoever runs them,
// unclaimed code too), and a run over the whole module (the standalone
// command, cut, drift, doc) reports every claim none used, at its line of
// the spec. Plain go vet and golangci-lint, one package at a time, cannot.
//
// Findings can be silenced with //boundarylint:ignore
// <reason>.
package tx
