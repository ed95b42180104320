package ctxkeys // want "context key claim platform/ctxkeys.Missing of component users \\(boundaries.yaml:13\\) names no type, variable or constant of package ctxkeys; fix the claim"

type key int

// UserID is claimed by users in the spec; TraceID is nobody's.
const (
	UserID key = iota
	TraceID
)
