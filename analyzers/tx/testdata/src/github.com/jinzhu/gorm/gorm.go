// Package gorm is a fixture copy of the github.com/jinzhu/gorm (v1) API:
// only the signatures the tx analyzer's tests need.
package gorm

type DB struct{ Error error }

func Open(dialect string, args ...interface{}) (*DB, error)    { return &DB{}, nil }
func (s *DB) SingularTable(enable bool)                        {}
func (s *DB) Exec(sql string, values ...interface{}) *DB       { return s }
func (s *DB) Table(name string) *DB                            { return s }
func (s *DB) Where(query interface{}, args ...interface{}) *DB { return s }
func (s *DB) Find(out interface{}, where ...interface{}) *DB   { return s }
func (s *DB) Create(value interface{}) *DB                     { return s }
func (s *DB) AutoMigrate(values ...interface{}) *DB            { return s }
func (s *DB) DropTableIfExists(values ...interface{}) *DB      { return s }
func (s *DB) Transaction(fc func(tx *DB) error) error          { return nil }
