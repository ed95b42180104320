// Package walk belongs to an in_process component: a layer of the one
// program, never a service.
package walk

import "context"

// Each calls f for every item: a callback, which could not cross a network,
// but a layer stays in process.
func Each(ctx context.Context, items []string, f func(string)) {
	for _, it := range items {
		f(it)
	}
}
