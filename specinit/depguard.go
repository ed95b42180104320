package specinit

import (
	"fmt"
	"path/filepath"
	"strings"
)

// isGolangciConfig tells a golangci-lint configuration by its name.
func isGolangciConfig(file string) bool {
	return strings.HasPrefix(filepath.Base(file), ".golangci")
}

// FromDepguard translates the depguard rules of a golangci-lint
// configuration.
func FromDepguard(root, file string) (*Draft, error) {
	return nil, fmt.Errorf("%s: translating depguard rules is not supported yet; init -from reads .go-arch-lint.yml", file)
}
