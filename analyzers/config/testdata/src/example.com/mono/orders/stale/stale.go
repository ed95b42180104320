// Package stale has a directive that silences nothing.
package stale

import "os"

func Read() string {
	return os.Getenv("ORDERS_MODE") //boundarylint:ignore legacy // want `//boundarylint:ignore silences nothing on line 7; remove it`
}
