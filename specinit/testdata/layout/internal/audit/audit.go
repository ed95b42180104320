package audit

import _ "example.com/gen/pkg/log"
