package api // want package:"imports example.com/mono/catalog/store}" "api package catalog/api$"

// Package api is catalog's first api package: its exported declarations
// are the api note's, those of its _test.go files left out.

import "example.com/mono/catalog/store"

// Limit caps a page.
const Limit = 10

// Default is the item shown when none is found.
var Default *store.Item

// ID names an item.
type ID = string

// Service serves the catalog.
type Service struct {
	Store *store.Store
	cache map[ID]store.Item
}

// New returns a Service.
func New(s *store.Store) *Service { return &Service{Store: s} }

// Find returns an item.
func (s *Service) Find(id ID) (store.Item, error) { it, _ := s.Store.Get(id); return it, nil }

func (s *Service) count() int { return len(s.cache) }

// Page is one page of results.
type Page[T any, K comparable] struct {
	Items []T
	Next  K
}

// Pages names a page of items.
type Pages[K comparable] = Page[store.Item, K]

// Finder finds items.
type Finder interface {
	Find(id ID) (store.Item, error)
}

func helper() {}
