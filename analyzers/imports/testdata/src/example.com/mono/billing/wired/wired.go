package wired // want package:"imports example.com/mono/cmd/wiring}"

import "example.com/mono/cmd/wiring" // want `billing/wired imports cmd/wiring, which belongs to composition root server \(boundaries.yaml:30\), which nothing may import; move what billing/wired needs into a component both may depend on`

// Port reads the root's setting.
var Port = wiring.Port
