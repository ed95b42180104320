package gen // want package:"imports }" `package tools/gen is not claimed by any component \(unassigned: deny, boundaries.yaml:3\); add it to a component's packages`

// Generate generates code.
func Generate() {}
