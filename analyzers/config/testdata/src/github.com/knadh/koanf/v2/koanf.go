// Package koanf is a fixture copy of the github.com/knadh/koanf/v2 API.
package koanf

type Koanf struct{}

type Conf struct{ Delim string }

func New(delim string) *Koanf      { return &Koanf{} }
func NewWithConf(conf Conf) *Koanf { return &Koanf{} }

func (k *Koanf) Get(path string) any                  { return nil }
func (k *Koanf) String(path string) string            { return "" }
func (k *Koanf) MustString(path string) string        { return "" }
func (k *Koanf) Bool(path string) bool                { return false }
func (k *Koanf) Unmarshal(path string, o any) error   { return nil }
func (k *Koanf) Delete(path string)                   {}
func (k *Koanf) Set(key string, val any) error        { return nil }
func (k *Koanf) MergeAt(in *Koanf, path string) error { return nil }
func (k *Koanf) Keys() []string                       { return nil }
