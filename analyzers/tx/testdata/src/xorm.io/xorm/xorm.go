// Package xorm is a fixture copy of the xorm.io/xorm API: only the
// signatures the tx analyzer's tests need.
package xorm

import (
	"database/sql"

	"xorm.io/xorm/names"
)

type Engine struct{}

func NewEngine(driver, dsn string) (*Engine, error)             { return &Engine{}, nil }
func (e *Engine) SetMapper(m names.Mapper)                      { e.SetTableMapper(m) }
func (e *Engine) SetTableMapper(m names.Mapper)                 {}
func (e *Engine) NewSession() *Session                          { return &Session{} }
func (e *Engine) Exec(sqlOrArgs ...any) (sql.Result, error)     { return nil, nil }
func (e *Engine) Table(tableNameOrBean any) *Session            { return &Session{} }
func (e *Engine) Insert(beans ...any) (int64, error)            { return 0, nil }
func (e *Engine) Find(rowsSlicePtr any, condiBean ...any) error { return nil }
func (e *Engine) Sync2(beans ...any) error                      { return nil }
func (e *Engine) Where(query any, args ...any) *Session         { return &Session{} }

type Session struct{}

func (s *Session) Exec(sqlOrArgs ...any) (sql.Result, error)     { return nil, nil }
func (s *Session) SQL(query any, args ...any) *Session           { return s }
func (s *Session) Table(tableNameOrBean any) *Session            { return s }
func (s *Session) Insert(beans ...any) (int64, error)            { return 0, nil }
func (s *Session) Find(rowsSlicePtr any, condiBean ...any) error { return nil }
func (s *Session) Get(beans ...any) (bool, error)                { return false, nil }
func (s *Session) Delete(beans ...any) (int64, error)            { return 0, nil }
func (s *Session) Count(bean ...any) (int64, error)              { return 0, nil }
func (s *Session) Where(query any, args ...any) *Session         { return s }
func (s *Session) Sync(beans ...any) error                       { return nil }
