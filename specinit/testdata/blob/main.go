// Command tool runs the tool.
package main

import "example.com/tool/v2/internal/cli"

func main() { cli.Run() }
