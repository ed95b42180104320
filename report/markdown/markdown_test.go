package markdown

import "testing"

func TestEscapes(t *testing.T) {
	for _, tt := range []struct{ in, text, cell string }{
		{"payments.key", "payments.key", "payments.key"},
		{"a\r\nfake.go:1:1: x", `a\r\nfake.go:1:1: x`, `a\r\nfake.go:1:1: x`},
		{"a|b\n| c |", `a|b\n| c |`, `a\|b\n\| c \|`},
	} {
		if got := Text(tt.in); got != tt.text {
			t.Errorf("Text(%q) = %q, want %q", tt.in, got, tt.text)
		}
		if got := Cell(tt.in); got != tt.cell {
			t.Errorf("Cell(%q) = %q, want %q", tt.in, got, tt.cell)
		}
	}
}
