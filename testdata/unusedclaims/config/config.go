// Package config is the shared config struct.
package config

type Config struct {
	Payments struct{ Currency string }
	Legacy   string
}
