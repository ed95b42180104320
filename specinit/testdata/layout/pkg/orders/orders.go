package orders

import _ "example.com/gen/pkg/log"
