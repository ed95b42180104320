package core

import _ "example.com/gen/pkg/log"
