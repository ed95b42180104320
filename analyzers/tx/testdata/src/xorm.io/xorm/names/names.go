// Package names is a fixture copy of xorm.io/xorm/names: the mappers.
package names

type Mapper interface{ Obj2Table(string) string }

type SnakeMapper struct{}

func (SnakeMapper) Obj2Table(name string) string { return name }

type GonicMapper map[string]bool

func (GonicMapper) Obj2Table(name string) string { return name }
