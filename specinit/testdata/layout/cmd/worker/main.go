package main

import _ "example.com/gen/internal/orders"

func main() {}
