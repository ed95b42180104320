// Package viper is a tiny offline stand-in for github.com/spf13/viper, just
// enough for the example monolith to compile: an in-memory key/value store
// with case-insensitive keys.
package viper

import (
	"strings"
	"sync"
	"time"
)

var (
	mu       sync.RWMutex
	values   = map[string]any{}
	defaults = map[string]any{}
)

func get(key string) any {
	key = strings.ToLower(key)
	mu.RLock()
	defer mu.RUnlock()
	if v, ok := values[key]; ok {
		return v
	}
	return defaults[key]
}

// Set sets the value of key.
func Set(key string, value any) {
	mu.Lock()
	defer mu.Unlock()
	values[strings.ToLower(key)] = value
}

// SetDefault sets the value of key when nothing else does.
func SetDefault(key string, value any) {
	mu.Lock()
	defer mu.Unlock()
	defaults[strings.ToLower(key)] = value
}

// GetString returns the value of key as a string.
func GetString(key string) string {
	s, _ := get(key).(string)
	return s
}

// GetInt returns the value of key as an int.
func GetInt(key string) int {
	n, _ := get(key).(int)
	return n
}

// GetDuration returns the value of key as a duration.
func GetDuration(key string) time.Duration {
	switch v := get(key).(type) {
	case time.Duration:
		return v
	case string:
		d, _ := time.ParseDuration(v)
		return d
	}
	return 0
}
