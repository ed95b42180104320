package gen

import _ "example.com/gen/pkg/log"
