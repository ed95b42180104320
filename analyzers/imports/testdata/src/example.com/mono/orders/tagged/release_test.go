//go:build release

package tagged

import (
	"testing"

	"example.com/mono/payments/store" // finding: imports/private
)

func TestRelease(t *testing.T) { store.Save(1) }
