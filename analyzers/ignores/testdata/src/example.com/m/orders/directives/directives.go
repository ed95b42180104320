// Package directives has a directive without a reason and one that
// silences nothing.
package directives

import _ "example.com/m/payments/api" /* want `//boundarylint:ignore needs a reason` */ //boundarylint:ignore

//boundarylint:ignore nothing to silence here // want `//boundarylint:ignore silences nothing on line 8; remove it`
var x = 1

var y = 2 //boundarylint:ignore nothing here either // want `//boundarylint:ignore silences nothing on line 10; remove it`
