// Package cache holds shared state of a shared component: free for all.
package cache

var Entries = map[string]string{} // want Entries:"written after init"

func Put(k, v string) { Entries[k] = v }
