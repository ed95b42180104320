// Package doccheck holds the tests that keep the repository's Markdown
// honest offline: every relative link names a file that exists and every
// anchor a heading of that file, as GitHub renders them. It has no code:
// CI runs it as part of go test ./....
package doccheck
