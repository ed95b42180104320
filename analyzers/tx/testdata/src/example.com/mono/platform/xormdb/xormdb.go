// Package xormdb opens the shared xorm engine with GonicMapper, which its // want package:"names tables: xorm, GonicMapper"
// importers' default table names follow.
package xormdb

import (
	"xorm.io/xorm"
	"xorm.io/xorm/names"
)

// Open opens the engine.
func Open() (*xorm.Engine, error) {
	e, err := xorm.NewEngine("sqlite", "file.db")
	if err != nil {
		return nil, err
	}
	e.SetMapper(names.GonicMapper{})
	return e, nil
}
