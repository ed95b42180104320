package model

// Route is what notify needs of route.
type Route struct{ Path string }
