// Package koanf is a fixture copy of the github.com/knadh/koanf (v1) API.
package koanf

type Koanf struct{}

func New(delim string) *Koanf { return &Koanf{} }

func (k *Koanf) String(path string) string     { return "" }
func (k *Koanf) Int(path string) int           { return 0 }
func (k *Koanf) Exists(path string) bool       { return false }
func (k *Koanf) Cut(path string) *Koanf        { return k }
func (k *Koanf) Set(key string, val any) error { return nil }
func (k *Koanf) Keys() []string                { return nil }
