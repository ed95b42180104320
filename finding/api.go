package finding

// APIPackage is one api package of a component (a package the spec lists
// under the component's api), as the type checker sees it: each exported
// declaration printed as Go. It is no finding: it is the in-process side
// of a component's boundary, which the architecture document's api
// section lists. The imports analyzer, run with its -findings flag
// (drivers only), reports one per api package as a note diagnostic at
// the package clause whose Category is ImportsAPI and whose one Related
// entry is EncodeAPIPackage's text; a plain go vet or golangci-lint run
// never sees it. So the document's api section comes from the go vet run
// that finds everything else, cached with it, instead of a second
// type-check of the module.
type APIPackage struct {
	Path string `json:"path"` // module-relative, as the spec writes it
	// Decls are the exported declarations as Go without bodies: constants
	// and variables, then functions, then each type with its exported
	// methods, each group alphabetical. Declarations of _test.go files are
	// left out: a package's test variant describes the package.
	Decls []string `json:"decls,omitempty"`
	// Private lists the component's packages outside its api that the
	// declarations expose (a field or parameter of their types),
	// module-relative and sorted: callers must import them to use the
	// API, and the private rule forbids that.
	Private []string `json:"private,omitempty"`
}

// ImportsAPI is the Category of the note diagnostics that carry an
// APIPackage.
const ImportsAPI = "imports/api"

// encodedAPIPrefix starts the text of an encoded APIPackage.
const encodedAPIPrefix = "boundarylint-api:"

// EncodeAPIPackage returns p as one line of text that DecodeAPIPackage
// reads back.
func EncodeAPIPackage(p APIPackage) string { return encode(encodedAPIPrefix, p) }

// DecodeAPIPackage reads an APIPackage written by EncodeAPIPackage. ok is
// false when text is not one; err reports one that is but does not
// decode.
func DecodeAPIPackage(text string) (p APIPackage, ok bool, err error) {
	return decode[APIPackage](encodedAPIPrefix, "api note", text)
}
