package m2

import "example.com/tool/v2/pkg/util"

func F() { util.F() }
