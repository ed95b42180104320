package tx

import (
	"go/types"
	"strings"

	"github.com/boundarylint/boundarylint/analyzers/internal/typenames"
)

// What the analyzer knows about database libraries, matched by package
// path, type name and method name through type information.

const (
	sqlPkg    = "database/sql"
	sqlxPkg   = "github.com/jmoiron/sqlx"
	pgx5Pkg   = "github.com/jackc/pgx/v5"
	pgx4Pkg   = "github.com/jackc/pgx/v4"
	pgxpool5  = "github.com/jackc/pgx/v5/pgxpool"
	pgxpool4  = "github.com/jackc/pgx/v4/pgxpool"
	gormPkg   = "gorm.io/gorm"
	gorm1Pkg  = "github.com/jinzhu/gorm"
	xormPkg   = "xorm.io/xorm"
	bunPkg    = "github.com/uptrace/bun"
	noSQL     = -1
	tableName = -2 // gorm's Table(name): the argument is a table, not SQL
	modelArg  = -3 // gorm's Create(&m), xorm's Insert(&m): a model, whose type names the table, or a table name
	anySQL    = -4 // xorm's Exec(sqlOrArgs ...any): SQL text when it is a string
)

// builtinSQLArg returns the index of the SQL text argument of a query
// function or method of database/sql, sqlx, pgx or gorm, noSQL when fn runs
// no SQL, or tableName for gorm's Table.
func builtinSQLArg(fn *types.Func) int {
	recv, name := typenames.RecvName(fn), fn.Name()
	switch path := fn.Pkg().Path(); path {
	case sqlPkg:
		if (recv == "DB" || recv == "Tx" || recv == "Conn") && isSQLMethod(name, "Exec", "Query", "QueryRow", "Prepare") {
			return stringParam(fn, 0)
		}
	case sqlxPkg:
		if recv == "" || recv == "DB" || recv == "Tx" || recv == "Conn" {
			if isSQLMethod(name, "Exec", "Query", "QueryRow", "Prepare", "Get", "Select", "NamedExec", "NamedQuery", "MustExec",
				"Queryx", "QueryRowx", "Preparex", "PrepareNamed") {
				return stringParam(fn, 0)
			}
		}
	case pgx5Pkg, pgx4Pkg, pgxpool5, pgxpool4:
		switch {
		case recv == "Batch" && name == "Queue":
			return stringParam(fn, 0)
		case recv != "Conn" && recv != "Tx" && recv != "Pool":
		case name == "Exec" || name == "Query" || name == "QueryRow":
			return stringParam(fn, 0)
		case name == "Prepare": // Prepare(ctx, name, sql)
			return stringParam(fn, 1)
		}
	case gormPkg, gorm1Pkg:
		switch {
		case recv != "DB":
		case name == "Exec" || name == "Raw":
			return stringParam(fn, 0)
		case name == "Table":
			return tableName
		case isGormModelMethod(name):
			return modelArg
		}
	case xormPkg:
		return xormSQLArg(recv, name)
	}
	if isQueryInterfaceMethod(fn) {
		return stringParam(fn, 0)
	}
	return noSQL
}

// isGormModelMethod reports whether a method of *gorm.DB takes, as its
// first argument, a model value or a pointer to a model or to a slice of
// them, whose type names the table (or, for gorm v1's schema methods, a
// table name).
func isGormModelMethod(name string) bool {
	switch name {
	case "Model", "Create", "CreateInBatches", "Save", "First", "Take", "Last", "Find", "FindInBatches",
		"FirstOrInit", "FirstOrCreate", "Delete", "AutoMigrate", "CreateTable", "DropTable", "DropTableIfExists", "HasTable":
		return true
	}
	return false
}

// xormSQLArg is builtinSQLArg for xorm's Engine, Session and their
// interfaces, whose query methods take SQL text or a builder as any, and
// whose Table takes a table name or a model.
func xormSQLArg(recv, name string) int {
	switch recv {
	case "Engine", "Session", "EngineGroup", "Interface", "EngineInterface":
	default:
		return noSQL
	}
	switch name {
	case "Exec", "Query", "QueryString", "QueryInterface", "QuerySliceString", "SQL":
		return anySQL
	case "Table", "Insert", "InsertOne", "InsertMulti", "Find", "FindAndCount", "Get", "GetOrError", "Delete", "Update", "Count", "Exist",
		"Sync", "Sync2", "Iterate", "Rows", "Sum", "SumInt", "Sums", "SumsInt", "CreateTable", "CreateIndexes", "CreateUniques",
		"DropTable", "DropTables", "DropIndexes", "IsTableEmpty", "IsTableExist":
		return modelArg
	}
	return noSQL
}

// isQueryInterfaceMethod reports whether fn is a method of an interface
// that mirrors a driver's query method: named Exec, Query, QueryRow or
// Prepare (or a Context form) and returning database/sql's or pgx's result
// types, as sqlc's generated DBTX interface does for both.
func isQueryInterfaceMethod(fn *types.Func) bool {
	recv := fn.Signature().Recv()
	if recv == nil || !types.IsInterface(recv.Type()) || !isSQLMethod(fn.Name(), "Exec", "Query", "QueryRow", "Prepare") {
		return false
	}
	res := fn.Signature().Results()
	if res.Len() == 0 {
		return false
	}
	n := typenames.Named(res.At(0).Type())
	if n == nil || n.Obj().Pkg() == nil {
		return false
	}
	switch n.Obj().Pkg().Path() {
	case sqlPkg, pgx5Pkg, pgx4Pkg, pgx5Pkg + "/pgconn", "github.com/jackc/pgconn":
		return true
	}
	return false
}

// isSQLMethod reports whether name is one of the bases or its Context form.
func isSQLMethod(name string, bases ...string) bool {
	name = strings.TrimSuffix(name, "Context")
	for _, b := range bases {
		if name == b {
			return true
		}
	}
	return false
}

// stringParam returns the index of fn's string parameter number n
// (counting string parameters from 0), or noSQL.
func stringParam(fn *types.Func, n int) int {
	params := fn.Signature().Params()
	for i := 0; i < params.Len(); i++ {
		if b, ok := params.At(i).Type().Underlying().(*types.Basic); ok && b.Kind() == types.String {
			if n == 0 {
				return i
			}
			n--
		}
	}
	return noSQL
}

// builtinRunnerArg returns the index of the callback argument of a
// transaction runner whose callback parameter is not a transaction type:
// gorm's (*DB).Transaction(func(tx *gorm.DB) error). Runners whose callback
// takes a transaction type (pgx.BeginFunc, db.InTx(func(*sql.Tx) error)) are
// recognised by signature.
func builtinRunnerArg(fn *types.Func) int {
	if isGorm(fn.Pkg().Path()) && typenames.RecvName(fn) == "DB" && fn.Name() == "Transaction" {
		return 0
	}
	return -1
}

// beginsGormTx reports whether fn is gorm's (*DB).Begin, whose *gorm.DB
// result is a transaction.
func beginsGormTx(fn *types.Func) bool {
	return isGorm(fn.Pkg().Path()) && typenames.RecvName(fn) == "DB" && fn.Name() == "Begin"
}

// isGorm reports whether path is gorm's, v2 or v1.
func isGorm(path string) bool { return path == gormPkg || path == gorm1Pkg }
