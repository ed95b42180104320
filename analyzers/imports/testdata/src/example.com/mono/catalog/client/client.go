package client // want package:"imports example.com/mono/catalog/api}" "api package catalog/client$"

// Package client is catalog's second api package; it exposes the first,
// which is no private package.

import "example.com/mono/catalog/api"

// Dial connects to a catalog.
func Dial(addr string) (*api.Service, error) { return nil, nil }
