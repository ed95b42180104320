package util

import "context"

// Each runs f for each item.
func Each(items []string, f func(string)) {
	for _, it := range items {
		f(it)
	}
}

// Job is a shared interface; payments' notify.Mailer implements it.
type Job interface {
	Run(ctx context.Context) error
}
