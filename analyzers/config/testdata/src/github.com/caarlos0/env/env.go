// Package env is a fixture copy of the github.com/caarlos0/env API.
package env

type Options struct{ Prefix string }

func Parse(v any) error                          { return nil }
func ParseWithOptions(v any, opts Options) error { return nil }
