package main

func Exported() {} // a command's functions: nothing can import them, so no fact

func main() { Exported() } // want "calls Exported, fact: false"
