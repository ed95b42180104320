// Package envconfig is a fixture copy of the github.com/kelseyhightower/envconfig API.
package envconfig

func Process(prefix string, spec any) error { return nil }
func MustProcess(prefix string, spec any)   {}
func Usage(prefix string, spec any) error   { return nil }
