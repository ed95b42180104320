// Package cli wires every module: nothing imports it, and it imports many components.
package cli

import (
	"example.com/tool/v2/internal/modules/m1"
	"example.com/tool/v2/internal/modules/m2"
	"example.com/tool/v2/internal/modules/m3"
	"example.com/tool/v2/internal/modules/m4"
)

func Run() { m1.F(); m2.F(); m3.F(); m4.F() }
