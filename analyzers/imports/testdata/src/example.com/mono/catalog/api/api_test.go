package api_test // want package:"imports }"

import (
	"testing"

	"example.com/mono/catalog/api"
)

// An external test package is no api package: no note.
func TestFind(t *testing.T) { _ = api.New(nil) }
