package util

// Each runs f for each item.
func Each(items []string, f func(string)) {
	for _, it := range items {
		f(it)
	}
}
