package main

// This file is used to declare module plugins, as `golangci-lint custom`
// generates it.

import (
	_ "github.com/boundarylint/boundarylint/plugin"
)
