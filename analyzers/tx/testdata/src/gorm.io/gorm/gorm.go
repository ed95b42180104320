// Package gorm is a fixture copy of the gorm.io/gorm API: only the
// signatures the tx analyzer's tests need.
package gorm

import (
	"database/sql"

	"gorm.io/gorm/schema"
)

type Config struct{ NamingStrategy schema.NamingStrategy }

type Dialector interface{ Name() string }

func Open(d Dialector, opts ...*Config) (*DB, error) { return nil, nil }

type DB struct{ Error error }

func (db *DB) Transaction(fc func(tx *DB) error, opts ...*sql.TxOptions) error { return nil }
func (db *DB) Begin(opts ...*sql.TxOptions) *DB                                { return db }
func (db *DB) Commit() *DB                                                     { return db }
func (db *DB) Rollback() *DB                                                   { return db }
func (db *DB) Exec(sql string, values ...interface{}) *DB                      { return db }
func (db *DB) Raw(sql string, values ...interface{}) *DB                       { return db }
func (db *DB) Table(name string, args ...interface{}) *DB                      { return db }
func (db *DB) Create(value interface{}) *DB                                    { return db }
func (db *DB) Scan(dest interface{}) *DB                                       { return db }
func (db *DB) Model(value interface{}) *DB                                     { return db }
func (db *DB) Save(value interface{}) *DB                                      { return db }
func (db *DB) First(dest interface{}, conds ...interface{}) *DB                { return db }
func (db *DB) Find(dest interface{}, conds ...interface{}) *DB                 { return db }
func (db *DB) Delete(value interface{}, conds ...interface{}) *DB              { return db }
func (db *DB) Where(query interface{}, args ...interface{}) *DB                { return db }
func (db *DB) Update(column string, value interface{}) *DB                     { return db }
