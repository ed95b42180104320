package a

import "testing"

func TestA(t *testing.T) { F() } // want "calls F, fact: true"

// Helper may be called by an external test package (export_test.go).
func Helper() {} // want Helper:"marked"
