package y // want package:"imports example.com/tangle/a/y}"

// This package closes the long loop a -> b -> c -> d -> a.

import "example.com/tangle/a/y" // want `d/y imports a/y, which belongs to component a that d may not depend on`

const D = y.Y
