module github.com/boundarylint/boundarylint/testdata/schema

go 1.26.0

require (
	github.com/boundarylint/boundarylint v0.0.0
	github.com/santhosh-tekuri/jsonschema/v6 v6.0.2
	gopkg.in/yaml.v3 v3.0.1
)

require golang.org/x/text v0.14.0 // indirect

replace github.com/boundarylint/boundarylint => ../..
