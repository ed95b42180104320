package a // want package:"imports example.com/other/tools/gen}"

import "example.com/other/tools/gen" // want `svc/a imports tools/gen, which no component claims \(unassigned: deny, boundaries.yaml:3\); add tools/gen to a component's packages`

// Run runs.
func Run() { gen.Generate() }
