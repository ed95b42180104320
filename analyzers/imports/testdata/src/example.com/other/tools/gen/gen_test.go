package gen

import "testing"

// The generated test main of this package (tools/gen.test) is no package of
// the module and must not be reported as unclaimed.
func TestGenerate(t *testing.T) { Generate() }
