// Package users is the customer directory.
package users

import "sync"

// User is a customer account.
type User struct {
	ID    int64
	Name  string
	Email string
}

var (
	mu  sync.RWMutex
	all = map[int64]User{1: {ID: 1, Name: "Ada Lovelace", Email: "ada@example.com"}}
)

// Lookup returns the user with the given id.
func Lookup(id int64) (User, bool) {
	mu.RLock()
	defer mu.RUnlock()
	u, ok := all[id]
	return u, ok
}

// Register adds or replaces a user.
func Register(u User) {
	mu.Lock()
	defer mu.Unlock()
	all[u.ID] = u
}
