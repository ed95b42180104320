package store // want package:"imports }"

// Package store is private to catalog; its api exposes it. It is no api
// package: no api note.

// Store keeps items.
type Store struct{ items map[string]Item }

// Item is one entry of the catalog.
type Item struct {
	Name  string
	Price int64
}

// Get returns an item.
func (s *Store) Get(id string) (Item, bool) { it, ok := s.items[id]; return it, ok }
