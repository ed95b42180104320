package util

func F() {}
