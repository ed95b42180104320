package y // want package:"imports example.com/tangle/a/y}"

// This package imports a back: a loop of two, a <-> b.

import "example.com/tangle/a/y" // want `b/y imports a/y, which belongs to component a that b may not depend on` `component cycle among 4 components, a, b, c, d; loops of two: a <-> b; break these 2 edges to make them a hierarchy \(each at one of its imports\): b/y/y.go:5 \(b -> a\), d/y/y.go:5 \(d -> a\); every edge is in the finding's chain`

const B = y.Y
