// Package legacy is claimed by no component: it is not checked.
package legacy

import "os"

func Read() string { return os.Getenv("STRIPE_SECRET_KEY") } // want Read:"gets env STRIPE_SECRET_KEY"
